"""The entry editor's "Reason sensitive": only for sensitive entries, saved and undone like the rest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.gui.chronology.view import ChronologyView
from stalkdesk.services.workspace import Workspace

pytestmark = pytest.mark.gui


def test_reason_is_enabled_only_for_sensitive_and_saved_with_undo(qtbot: QtBot, view: ChronologyView,
                                                                 ws: Workspace) -> None:
    view.table.selectRow(2)
    entry = view.editor.entry
    assert entry is not None
    ui = view.editor.ui
    assert not ui.disclosure_reason_edit.isEnabled()
    sensitive = list(DisclosureStatus).index(DisclosureStatus.SENSITIVE)
    ui.disclosure_combo.setCurrentIndex(sensitive)
    ui.disclosure_combo.activated.emit(sensitive)
    assert ui.disclosure_reason_edit.isEnabled()
    assert ws.entries.get(entry.id or 0).disclosure is DisclosureStatus.SENSITIVE
    qtbot.keyClicks(ui.disclosure_reason_edit, "Names a covert source")
    qtbot.keyClick(ui.disclosure_reason_edit, Qt.Key.Key_Return)
    assert ws.entries.get(entry.id or 0).disclosure_reason == "Names a covert source"
    assert view.undo_stack.count() == 2
    assert view.undo_stack.undoText() == f"Edit item {entry.item_number}: reason sensitive"
    view.undo_stack.undo()
    assert ws.entries.get(entry.id or 0).disclosure_reason == ""
    assert ui.disclosure_reason_edit.text() == ""
    view.undo_stack.undo()
    assert not ui.disclosure_reason_edit.isEnabled()


def test_pending_reason_is_saved_on_flush(qtbot: QtBot, view: ChronologyView, ws: Workspace) -> None:
    view.table.selectRow(0)
    entry = view.editor.entry
    assert entry is not None
    ui = view.editor.ui
    sensitive = list(DisclosureStatus).index(DisclosureStatus.SENSITIVE)
    ui.disclosure_combo.setCurrentIndex(sensitive)
    ui.disclosure_combo.activated.emit(sensitive)
    qtbot.keyClicks(ui.disclosure_reason_edit, "Third party's health")
    view.flush()
    assert ws.entries.get(entry.id or 0).disclosure_reason == "Third party's health"
