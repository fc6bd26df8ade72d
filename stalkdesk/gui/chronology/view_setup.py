"""The chronology view's table set-up and its actions, kept apart from its behaviour."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMenu, QTableView, QWidget

from stalkdesk.gui.chronology.columns import COLUMN_OF_ORDER, HEADERS, SORT_ORDER, Column
from stalkdesk.gui.chronology.table_model import ChronologyTableModel

if TYPE_CHECKING:
    from stalkdesk.gui.chronology.view import ChronologyView

# Widths as text samples, so they follow the font size the officer's desktop uses.
# The summary takes the rest; the others show their usual values and elide the long tail
# (an approximate date, a third behaviour), which the cell's tooltip then spells out.
_WIDTH_SAMPLES = {
    Column.ITEM: "00000",
    Column.WHEN: "00/00/0000 00:00–00:00",
    Column.BEHAVIOURS: "Contacting, Watching or",
    Column.CHANNEL: "Social media",
    Column.SOURCE: "Witness statement",
    Column.EXHIBITS: "AF/12 (messages 1-6)",
}
_TABLE_STYLE = """
#chronology_table { background-color: #ffffff; alternate-background-color: #f6f8fa;
                    border: 1px solid #c3ccd7; selection-background-color: #d6e4f5;
                    selection-color: #1f2d3d; }
"""

Ctx = Qt.ShortcutContext


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the store is asked for a large case's ids (a fraction of a second)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def set_up_table(table: QTableView, model: ChronologyTableModel) -> None:
    table.setStyleSheet(_TABLE_STYLE)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAccessibleName("Chronology")
    rows = table.verticalHeader()
    rows.hide()
    # Fixed row heights: the view never measures rows, so it never asks for all 100,000.
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    fitter = ColumnFitter(table)
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(COLUMN_OF_ORDER[model.query.order], Qt.SortOrder.AscendingOrder)

    def sort(section: int, order: Qt.SortOrder) -> None:
        if Column(section) in SORT_ORDER:
            with busy():
                model.sort(section, order)
            return
        header.blockSignals(True)  # not sortable: put the arrow back where the order is
        current = Qt.SortOrder.DescendingOrder if model.query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(COLUMN_OF_ORDER[model.query.order], current)
        header.blockSignals(False)

    header.sortIndicatorChanged.connect(sort)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: _column_menu(table, fitter, pos))


class ColumnFitter(QObject):
    """Keeps the summary readable in a narrow window: behaviours, channel, source and exhibits
    give up to half their width (they elide; their tooltips say it all) before the summary
    falls below SUMMARY_MIN. Item and When never shrink: they are what officers read out.
    Once the officer resizes a column by hand, their widths are left alone."""

    SUMMARY_MIN = 280
    SHRINK_TO = 0.5
    FIXED = (Column.ITEM, Column.WHEN)

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        metrics = table.fontMetrics()
        self._natural = {c: metrics.horizontalAdvance(s) + 16 for c, s in _WIDTH_SAMPLES.items()}
        self._fitting = False
        self._by_hand = False
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        table = self._table
        shown = {c: w for c, w in self._natural.items() if not table.isColumnHidden(c)}
        fixed = sum(w for c, w in shown.items() if c in self.FIXED)
        room = table.viewport().width() - self.SUMMARY_MIN - fixed
        total = sum(w for c, w in shown.items() if c not in self.FIXED) or 1
        scale = min(1.0, max(self.SHRINK_TO, room / total))
        self._fitting = True
        try:
            for column, width in shown.items():
                table.setColumnWidth(column, width if column in self.FIXED else int(width * scale))
        finally:
            self._fitting = False

    def set_hidden(self, column: Column, hidden: bool) -> None:
        """Hide or show a column (not a resize by hand), then share out the width again."""
        self._fitting = True
        try:
            self._table.setColumnHidden(column, hidden)
        finally:
            self._fitting = False
        if not self._by_hand:
            self.fit()

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if not self._fitting and section != Column.SUMMARY:
            self._by_hand = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._by_hand:
            self.fit()
        return False


def _column_menu(table: QTableView, fitter: ColumnFitter, pos: QPoint) -> None:
    """Show or hide columns; Summary always stays, or a row would say nothing."""
    menu = QMenu(table)
    for column in Column:
        action = menu.addAction(HEADERS[column])
        action.setCheckable(True)
        action.setChecked(not table.isColumnHidden(column))
        action.setEnabled(column != Column.SUMMARY)
        action.toggled.connect(lambda shown, c=column: fitter.set_hidden(c, not shown))
    menu.exec(table.horizontalHeader().mapToGlobal(pos))


class ViewActions:
    """The view's actions, shortcuts and context menu. Shortcuts that mean something else in
    a text field (Delete, Ctrl+C, Enter) act only while the table has the focus."""

    def __init__(self, view: ChronologyView) -> None:
        self._view = view
        table = view.table

        def make(text: str, slot: Callable[[], None], keys: list[QKeySequence], context: Ctx,
                 owner: QWidget) -> QAction:
            action = QAction(text, view)
            action.setShortcuts(keys)
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            owner.addAction(action)
            return action

        key = QKeySequence
        within = Ctx.WidgetWithChildrenShortcut
        self.new = make("New entry", view.new_entry, [key(key.StandardKey.New)], within, view)
        self.edit = make("Edit", view.edit, [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter)], Ctx.WidgetShortcut, table)
        self.delete = make("Delete", view.delete_selected, [key(key.StandardKey.Delete)], Ctx.WidgetShortcut, table)
        self.restore = make("Restore", view.restore_selected, [], Ctx.WidgetShortcut, table)
        self.bulk_edit = make("Bulk edit…", view.bulk_edit, [], Ctx.WidgetShortcut, table)
        self.copy = make("Copy rows", view.copy_selected, [key(key.StandardKey.Copy)], Ctx.WidgetShortcut, table)
        self.undo = make("Undo", view.undo, [key("Ctrl+Z")], within, view)
        self.redo = make("Redo", view.redo, [key("Ctrl+Shift+Z"), key("Ctrl+Y")], within, view)
        view.addAction(view.filter_bar.find_action)  # Ctrl+F from the table and the editor too
        stack = view.undo_stack
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(lambda text: self.undo.setText(f"Undo {text}" if text else "Undo"))
        stack.redoTextChanged.connect(lambda text: self.redo.setText(f"Redo {text}" if text else "Redo"))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().selectionChanged.connect(self.update)
        view.model.modelReset.connect(self.update)
        self.update()

    def update(self) -> None:
        rows = len(self._view.table.selectionModel().selectedRows())
        for action in (self.delete, self.restore, self.bulk_edit, self.copy):
            action.setEnabled(rows > 0)
        self.edit.setEnabled(rows > 0)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self._view.table)
        deleted_shown = self._view.model.query.include_deleted
        for action in (self.new, self.edit, None, self.copy, None, self.bulk_edit, self.delete,
                       self.restore if deleted_shown else None, None, self.undo, self.redo):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self._view.table.viewport().mapToGlobal(pos))
