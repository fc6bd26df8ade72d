"""The chronology of one open case: filter bar, table and entry editor, with undo.

Every change goes through a command on `undo_stack` (one per open case, kept until the case
closes); the commands write through the Workspace and call back `_entries_changed`, which
updates the table and the editor from the store.

Opening asks the store for the case's ids directly on the GUI thread, then one page of rows
when the table paints. A thread would not show the first rows any sooner (they need the ids),
and a read here cannot queue behind an import on the single task thread. bench/bench_gui.py
measures it: on 100,000 entries the store's ids() query is most of the time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QSplitter, QTableView, QVBoxLayout, QWidget

from stalkdesk.domain.query import EntryQuery
from stalkdesk.domain.records import Case, Entry
from stalkdesk.domain.when import parse_when
from stalkdesk.gui.chronology import columns
from stalkdesk.gui.chronology.bulk_edit import BulkEditDialog
from stalkdesk.gui.chronology.commands import AddEntry, BulkEdit, CommandContext, DeleteEntries, EditEntry
from stalkdesk.gui.chronology.entry_editor import EntryEditor
from stalkdesk.gui.chronology.filter_bar import FilterBar
from stalkdesk.gui.chronology.table_model import ChronologyTableModel
from stalkdesk.gui.chronology.view_setup import ViewActions, busy, set_up_table
from stalkdesk.gui.clipboard import secret_clipboard
from stalkdesk.gui.importing.drop import dropped_path
from stalkdesk.gui.start import ExecDialog, exec_modal
from stalkdesk.gui.tasks import Runner

if TYPE_CHECKING:
    from stalkdesk.services.workspace import Workspace

Selection = QItemSelectionModel.SelectionFlag


class ChronologyView(QWidget):
    import_requested = Signal(object)  # Path of one file or folder dropped on the tab: the import wizard opens

    def __init__(self, ws: Workspace, case: Case, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert case.id is not None
        self.setObjectName("chronology_view")
        self._ws, self._case = ws, case
        self._runner = runner  # for long jobs on the chronology (imports, exports) as they arrive
        self._syncing = False  # the model is being updated from the store: not the officer moving
        self._was_reset = False
        self.exec_dialog: ExecDialog = exec_modal  # tests drive dialogs instead of exec()
        self.confirm: Callable[[str], bool] = self._ask
        self.show_message: Callable[[str], None] = self._warn
        self.undo_stack = QUndoStack(self)
        self._ctx = CommandContext(ws, case.id, self._entries_changed, lambda e: self.show_message(str(e)))

        self.filter_bar = FilterBar(self, zone=case.zone)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("chronology_splitter")
        self.table = QTableView(self.splitter)
        self.table.setObjectName("chronology_table")
        self.editor = EntryEditor(self.splitter, zone=case.zone)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the table, not the editor
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 420])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

        with busy():
            self.model = ChronologyTableModel(ws, case.id)
        self.table.setModel(self.model)
        set_up_table(self.table, self.model)
        self.model.modelAboutToBeReset.connect(self._note_reset)
        self.view_actions = ViewActions(self)
        self.editor.set_people(ws.people.list(case.id))
        self.editor.set_exhibits(ws.exhibits.list(case.id))
        self.editor.edited.connect(self._edited)
        self.filter_bar.query_changed.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.setAcceptDrops(True)  # a file dropped here is offered to the import wizard
        self._update_count()

    # For the case tab and the app.

    def flush(self) -> None:
        """Save whatever is typed in the editor and not yet committed."""
        self.editor.flush()

    def clear(self) -> None:
        """Before the app locks: save, then empty the table, editor and filters of case data."""
        self.flush()
        self.filter_bar.blockSignals(True)
        self.filter_bar.clear_filters()
        self.filter_bar.blockSignals(False)
        self.model.clear()
        self.editor.clear()
        self.filter_bar.ui.count_label.clear()

    def reload(self, ws: Workspace | None = None) -> None:
        """Read the case again (after unlocking, pass the new Workspace; after an import)."""
        if ws is not None:
            self._ws = self._ctx.ws = ws
            self.model.set_workspace(ws)
        self.editor.set_people(self._ws.people.list(self._ctx.case_id))
        self.editor.set_exhibits(self._ws.exhibits.list(self._ctx.case_id))
        with busy(), self._keeping_selection():
            self.model.refresh_ids()
        self._update_count()
        editing = self.editor.entry
        if editing is not None:
            self.editor.show_entry(self._ws.entries.get(editing.id or 0))

    # Actions.

    def new_entry(self) -> None:
        """A new entry dated today, open in the editor with its When selected for typing."""
        self.editor.flush()
        today = datetime.now(ZoneInfo(self._case.zone)).date()
        command = AddEntry(self._ctx, Entry(when=parse_when(f"{today:%d/%m/%Y}", self._case.zone), summary=""))
        self.undo_stack.push(command)
        if command.entry_id is None:
            return  # the store refused; the message has been shown
        self._select([command.entry_id], command.entry_id)
        editing = self.editor.entry
        if editing is None or editing.id != command.entry_id:  # hidden by the filters
            self.editor.set_entry(self._ws.entries.get(command.entry_id))
        self.editor.focus_when()

    def edit(self) -> None:
        if self.editor.entry is not None:
            self.editor.focus_when()

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        entries = [e for e in self.model.entries(rows) if not e.deleted]
        if not entries:
            return
        if len(entries) > 1 and not self.confirm(
                f"Delete {len(entries):,} entries? Their item numbers stay reserved, and Undo brings them back."):
            return
        self.editor.flush()
        self.undo_stack.push(DeleteEntries(self._ctx, entries))
        if self.model.rowCount():
            self._select_row(min(min(rows), self.model.rowCount() - 1))

    def restore_selected(self) -> None:
        """Bring back deleted entries (shown with "Show deleted"), under their own item numbers."""
        entries = [e for e in self.model.entries(self.selected_rows()) if e.deleted]
        if entries:
            self.editor.flush()
            self.undo_stack.push(DeleteEntries(self._ctx, entries, restore=True))

    def bulk_edit(self) -> None:
        entries = [e for e in self.model.entries(self.selected_rows()) if not e.deleted]
        if not entries:
            return
        self.editor.flush()
        dialog = BulkEditDialog(entries, self)
        try:
            if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            change = dialog.change()
        finally:
            dialog.deleteLater()
        if not change.is_empty:
            self.undo_stack.push(BulkEdit(self._ctx, entries, change))

    def copy_selected(self) -> None:
        """The selected rows as tab-separated text with a header, in table order. It is case
        text: marked secret for clipboard managers and cleared after 30 s and on lock."""
        rows = self.selected_rows()
        if rows:
            secret_clipboard().copy(columns.tsv(self.model.cell_texts(rows)))

    def undo(self) -> None:
        self.editor.flush()  # pending typing becomes the step that is undone, not lost
        self.undo_stack.undo()

    def redo(self) -> None:
        self.editor.flush()
        self.undo_stack.redo()

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    # Reacting.

    def _edited(self, old: Entry, new: Entry) -> None:
        self.undo_stack.push(EditEntry(self._ctx, old, new))

    def _filter(self, query: EntryQuery) -> None:
        sort = self.model.query
        with busy(), self._keeping_selection():
            self.model.set_query(replace(query, order=sort.order, descending=sort.descending))
        self._update_count()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing:
            self.editor.set_entry(self.model.entry(current.row()) if current.isValid() else None)

    def _entries_changed(self, entry_ids: Sequence[int], fields: frozenset[str]) -> None:
        """A command changed entries in the store: bring the table and the editor up to date."""
        with self._keeping_selection():
            self.model.apply_change(entry_ids, fields)
        editing = self.editor.entry
        if editing is not None and editing.id in entry_ids:
            self.editor.show_entry(self._ws.entries.get(editing.id or 0))
        if "deleted" in fields:
            self._update_count()

    def _update_count(self) -> None:
        query = self.model.query
        self.filter_bar.set_count(self.model.rowCount(), self.model.total(), query.is_filtered)

    def _note_reset(self) -> None:
        self._was_reset = True

    @contextmanager
    def _keeping_selection(self) -> Iterator[None]:
        """A model reset loses the selection; put it back by entry id, and the scroll place.
        (Layout changes keep it by themselves.)"""
        model, table = self.model, self.table
        current = table.currentIndex()
        current_id = model.entry_id(current.row()) if current.isValid() else None
        selected = [model.entry_id(r) for r in self.selected_rows()]
        top = table.indexAt(QPoint(0, 0))
        top_id = model.entry_id(top.row()) if top.isValid() else None
        self._syncing, self._was_reset = True, False
        try:
            yield
        finally:
            if self._was_reset:
                self._select(selected, current_id, scroll=False)
                top_row = model.row_of(top_id) if top_id is not None else None
                if top_row is not None:
                    table.scrollTo(model.index(top_row, 0), QTableView.ScrollHint.PositionAtTop)
            self._syncing = False

    def _select(self, entry_ids: list[int], current_id: int | None, scroll: bool = True) -> None:
        model, selection = self.model, QItemSelection()
        rows = sorted(r for i in entry_ids if (r := model.row_of(i)) is not None)
        last = model.columnCount() - 1
        for first, end in _runs(rows):  # one range per run of rows: Ctrl+A is one range, not 100,000
            selection.select(model.index(first, 0), model.index(end, last))
        chooser = self.table.selectionModel()
        chooser.select(selection, Selection.ClearAndSelect | Selection.Rows)
        row = model.row_of(current_id) if current_id is not None else None
        if row is not None:
            chooser.setCurrentIndex(model.index(row, 0), Selection.NoUpdate)
            if scroll:
                self.table.scrollTo(model.index(row, 0))

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, Selection.ClearAndSelect | Selection.Rows)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_requested.emit(path)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, "StalkDesk", text)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, "StalkDesk", question)
        return answer == QMessageBox.StandardButton.Yes


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
