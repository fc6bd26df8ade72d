"""The chronology view: add, edit, delete and bulk edit with undo; copy; sort; lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from stalkdesk.domain.query import EntryOrder
from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import Behaviour, Channel, EvidentialStatus
from stalkdesk.domain.when import Precision
from stalkdesk.errors import DiskFull
from stalkdesk.gui.chronology.bulk_edit import BulkEditDialog
from stalkdesk.gui.chronology.columns import Column
from stalkdesk.gui.chronology.view import ChronologyView
from stalkdesk.gui.chronology.view_setup import ColumnFitter
from stalkdesk.services.workspace import Workspace

pytestmark = pytest.mark.gui


def select(view: ChronologyView, *rows: int) -> None:
    view.table.clearSelection()
    for row in rows:
        view.table.selectionModel().select(
            view.model.index(row, 0), view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows)


def test_add_undo_redo_and_item_numbers_are_not_reused(view: ChronologyView, ws: Workspace) -> None:
    view.new_entry()
    added = view.editor.entry
    assert added is not None and added.item_number == 13 and added.when.precision == Precision.DAY
    assert view.model.rowCount() == 13 and view.model.entry_id(view.table.currentIndex().row()) == added.id
    assert view.editor.focusWidget() is view.editor.ui.when_edit  # ready to type the date
    view.undo()
    assert ws.entries.get(added.id or 0).deleted and view.model.rowCount() == 12
    view.redo()
    assert not ws.entries.get(added.id or 0).deleted and view.model.rowCount() == 13
    view.undo()
    view.new_entry()
    assert view.editor.entry is not None and view.editor.entry.item_number == 14
    assert view.undo_stack.count() == 1  # the new add replaced the undone one


def test_edit_undo_redo(qtbot: QtBot, view: ChronologyView, ws: Workspace, entries: list[Entry]) -> None:
    view.table.selectRow(0)
    view.editor.ui.summary_edit.setText("Changed summary")
    view.editor.ui.summary_edit.editingFinished.emit()
    assert ws.entries.get(entries[0].id or 0).summary == "Changed summary"
    assert view.view_actions.undo.text() == "Undo Edit item 1: summary"
    view.undo()
    assert ws.entries.get(entries[0].id or 0).summary == "Fictional event 00"
    assert view.editor.ui.summary_edit.text() == "Fictional event 00"
    view.redo()
    assert ws.entries.get(entries[0].id or 0).summary == "Changed summary"
    assert view.model.data(view.model.index(0, Column.SUMMARY)) == "Changed summary"


def test_delete_asks_for_many_and_undoes(view: ChronologyView, ws: Workspace, entries: list[Entry]) -> None:
    select(view, 0, 1, 2)
    asked: list[str] = []

    def decline(question: str) -> bool:
        asked.append(question)
        return False

    view.confirm = decline
    view.delete_selected()
    assert asked and "3 entries" in asked[0] and view.model.rowCount() == 12  # declined
    view.confirm = lambda question: True
    view.delete_selected()
    assert [ws.entries.get(e.id or 0).deleted for e in entries[:4]] == [True, True, True, False]
    assert view.model.rowCount() == 9
    view.undo()
    assert not any(ws.entries.get(e.id or 0).deleted for e in entries[:3])
    assert view.model.rowCount() == 12


def test_restore_a_deleted_entry(view: ChronologyView, ws: Workspace, entries: list[Entry]) -> None:
    ws.entries.set_deleted([entries[4].id or 0], True)
    view.filter_bar.ui.show_deleted_check.setChecked(True)
    select(view, view.model.row_of(entries[4].id or 0) or 0)
    view.restore_selected()
    assert not ws.entries.get(entries[4].id or 0).deleted
    assert view.view_actions.undo.text() == "Undo Restore item 5"
    view.undo()
    assert ws.entries.get(entries[4].id or 0).deleted


def test_bulk_edit_three_rows_and_undo(view: ChronologyView, ws: Workspace, entries: list[Entry]) -> None:
    before = [ws.entries.get(e.id or 0) for e in entries[:3]]

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, BulkEditDialog)
        box = dialog.boxes[Behaviour.FOLLOWING]
        assert box.checkState() == Qt.CheckState.PartiallyChecked  # one of the three has it
        dialog.boxes[Behaviour.WATCHING].setChecked(True)
        dialog.boxes[Behaviour.CONTACTING].setCheckState(Qt.CheckState.Unchecked)
        dialog.ui.evidential_combo.setCurrentIndex(dialog.ui.evidential_combo.findText("Exhibited"))
        dialog.accept()
        return dialog.result()

    view.exec_dialog = drive
    select(view, 0, 1, 2)
    view.bulk_edit()
    after = [ws.entries.get(e.id or 0) for e in entries[:3]]
    assert [a.behaviours for a in after] == [(Behaviour.FOLLOWING, Behaviour.WATCHING), (Behaviour.WATCHING,),
                                             (Behaviour.WATCHING,)]
    assert {a.evidential_status for a in after} == {EvidentialStatus.EXHIBITED}
    assert ws.entries.get(entries[3].id or 0) == entries[3]
    view.undo()
    assert [ws.entries.get(e.id or 0) for e in entries[:3]] == before


def test_copy_puts_rows_on_the_clipboard(view: ChronologyView) -> None:
    select(view, 1, 0)
    view.copy_selected()
    assert QGuiApplication.clipboard().text() == (
        "Item\tWhen\tBehaviours\tChannel\tSummary\tSource\tExhibits\n"
        f"1\t03/03/2024 21:15\tFollowing\t{Channel.SMS.label}\tFictional event 00\tVictim account\t"
        "AF/1 (messages 1-3)\n"
        f"2\t03/03/2024 22:15\tContacting\t{Channel.CALL.label}\tFictional event 01\tPhone download\t\n")


def test_header_sorts_the_sortable_columns(view: ChronologyView) -> None:
    header = view.table.horizontalHeader()
    header.setSortIndicator(Column.ITEM, Qt.SortOrder.DescendingOrder)
    assert view.model.query.order == EntryOrder.ITEM and view.model.entry(0).item_number == 12
    header.setSortIndicator(Column.BEHAVIOURS, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == Column.ITEM  # not sortable: the arrow goes back


def test_columns_can_be_hidden(view: ChronologyView) -> None:
    fitter = view.table.findChild(ColumnFitter)
    assert fitter is not None
    fitter.set_hidden(Column.EXHIBITS, True)
    assert view.table.isColumnHidden(Column.EXHIBITS)
    fitter.set_hidden(Column.EXHIBITS, False)
    assert not view.table.isColumnHidden(Column.EXHIBITS) and view.table.columnWidth(Column.EXHIBITS) > 0


def test_shortcuts(view: ChronologyView) -> None:
    acts = view.view_actions
    assert acts.new.shortcut() == QKeySequence("Ctrl+N")
    assert acts.undo.shortcut() == QKeySequence("Ctrl+Z")
    assert acts.redo.shortcut() == QKeySequence("Ctrl+Shift+Z")
    assert acts.copy.shortcut() == QKeySequence("Ctrl+C") and acts.delete.shortcut() == QKeySequence("Del")
    assert acts.delete.shortcutContext() == Qt.ShortcutContext.WidgetShortcut  # Del in a text field is text


def test_clear_saves_then_leaves_no_case_data(qtbot: QtBot, view: ChronologyView, ws: Workspace,
                                              entries: list[Entry]) -> None:
    view.table.selectRow(0)
    view.filter_bar.ui.search_edit.setText("event 01")
    view.filter_bar.ui.search_edit.returnPressed.emit()
    assert view.model.rowCount() == 1
    qtbot.keyClicks(view.editor.ui.account_edit, "Pending words ")
    view.clear()
    assert ws.entries.get(entries[0].id or 0).account.startswith("Pending words")  # flushed first
    assert view.model.rowCount() == 0 and view.editor.entry is None
    texts = [w.text() for w in view.findChildren(QLineEdit) + view.findChildren(QLabel)]
    texts += [w.toPlainText() for w in view.findChildren(QPlainTextEdit)]
    leaked = [t for t in texts for e in entries if e.summary in t or e.account in t or "Fictional" in t]
    assert leaked == []
    assert view.editor.people.rowCount() == 0 and view.editor.exhibits.rowCount() == 0
    view.reload()
    assert view.model.rowCount() == 12  # the search words went with the rest


def test_a_change_the_store_refuses_is_shown_and_not_kept(view: ChronologyView, ws: Workspace,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(entry: Entry) -> Entry:
        raise DiskFull("The disk is full: nothing was saved.")

    monkeypatch.setattr(ws.entries, "update", refuse)
    view.table.selectRow(0)
    view.editor.behaviour_boxes[Behaviour.DAMAGE].click()
    assert view.messages == ["The disk is full: nothing was saved."]  # type: ignore[attr-defined]
    assert view.undo_stack.count() == 0  # no undo step for a change that never happened
