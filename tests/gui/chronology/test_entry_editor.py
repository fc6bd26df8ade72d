"""The entry editor saves as the officer works: one undo command per commit, never bad input."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stalkdesk.domain.records import Case, Entry, Exhibit, ExhibitLink
from stalkdesk.domain.vocab import Behaviour, Channel
from stalkdesk.domain.when import Precision, When
from stalkdesk.gui.chronology.view import ChronologyView
from stalkdesk.services.workspace import Workspace
from tests import factories

pytestmark = pytest.mark.gui


def open_row(view: ChronologyView, row: int) -> Entry:
    view.table.selectRow(row)
    entry = view.editor.entry
    assert entry is not None and entry.id == view.model.entry_id(row)
    return entry


def test_shows_the_selected_entry(view: ChronologyView) -> None:
    open_row(view, 0)
    ui = view.editor.ui
    assert ui.title_label.text() == "Item 1"
    assert ui.when_edit.text() == "03/03/2024 21:15"
    assert ui.when_understood_label.text() == "Understood as Sunday 3 March 2024, 21:15 GMT"
    assert ui.summary_edit.text() == "Fictional event 00"
    assert view.editor.behaviour_boxes[Behaviour.FOLLOWING].isChecked()
    assert ui.channel_combo.currentText() == Channel.SMS.label
    assert view.editor.exhibits.item(0, 1).text() == "messages 1-3"
    assert view.editor.behaviour_boxes[Behaviour.FOLLOWING].toolTip() == "s.2A(3)(a): following a person"


def test_typed_date_shows_how_it_was_understood_and_saves_once(qtbot: QtBot, view: ChronologyView,
                                                              ws: Workspace) -> None:
    entry = open_row(view, 1)
    edit = view.editor.ui.when_edit
    edit.clear()
    qtbot.keyClicks(edit, "3/3/24 21:15")
    assert view.editor.ui.when_understood_label.text() == "Understood as Sunday 3 March 2024, 21:15 GMT"
    assert view.undo_stack.count() == 0  # typing alone is not yet a commit
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert view.undo_stack.count() == 1
    assert ws.entries.get(entry.id or 0).when.start == datetime(2024, 3, 3, 21, 15, tzinfo=UTC)
    view.flush()
    assert view.undo_stack.count() == 1  # nothing more was pending


def test_unreadable_date_shows_why_and_saves_nothing(qtbot: QtBot, view: ChronologyView, ws: Workspace) -> None:
    entry = open_row(view, 1)
    edit = view.editor.ui.when_edit
    edit.clear()
    qtbot.keyClicks(edit, "31/02/2024")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    view.flush()
    label = view.editor.ui.when_understood_label
    assert "there is no 31 February 2024" in label.text() and label.property("error") is True
    assert view.undo_stack.count() == 0
    assert ws.entries.get(entry.id or 0) == entry
    assert edit.text() == "31/02/2024"  # kept for the officer to correct


def test_behaviour_tick_saves_and_undoes(view: ChronologyView, ws: Workspace) -> None:
    entry = open_row(view, 1)
    view.editor.behaviour_boxes[Behaviour.WATCHING].click()
    assert view.undo_stack.count() == 1
    assert ws.entries.get(entry.id or 0).behaviours == (Behaviour.CONTACTING, Behaviour.WATCHING)
    view.undo()
    assert ws.entries.get(entry.id or 0).behaviours == (Behaviour.CONTACTING,)
    assert not view.editor.behaviour_boxes[Behaviour.WATCHING].isChecked()


def test_flush_commits_a_pending_summary(qtbot: QtBot, view: ChronologyView, ws: Workspace) -> None:
    entry = open_row(view, 2)
    qtbot.keyClick(view.editor.ui.summary_edit, Qt.Key.Key_End)
    qtbot.keyClicks(view.editor.ui.summary_edit, " (typed)")
    assert view.undo_stack.count() == 0
    view.flush()
    assert ws.entries.get(entry.id or 0).summary == "Fictional event 02 (typed)"
    assert view.undo_stack.count() == 1
    assert view.model.data(view.model.index(2, 4)) == "Fictional event 02 (typed)"


def test_a_pause_in_typing_commits(qtbot: QtBot, view: ChronologyView, ws: Workspace) -> None:
    entry = open_row(view, 2)
    view.editor._idle.setInterval(20)  # the real pause is 800 ms
    qtbot.keyClicks(view.editor.ui.account_edit, "More. ")
    qtbot.waitUntil(lambda: view.undo_stack.count() == 1, timeout=2000)
    assert ws.entries.get(entry.id or 0).account.startswith("More. ")


def test_locating_an_exhibit_links_it(view: ChronologyView, ws: Workspace, exhibit: Exhibit) -> None:
    entry = open_row(view, 4)
    view.editor.exhibits.item(0, 1).setText("messages 4-5")
    assert view.undo_stack.count() == 1
    assert ws.entries.get(entry.id or 0).exhibits == (ExhibitLink(exhibit.id or 0, "messages 4-5", "AF/1"),)


def test_witness_tick_saves(view: ChronologyView, ws: Workspace) -> None:
    entry = open_row(view, 3)
    view.editor.witnesses.item(0).setCheckState(Qt.CheckState.Checked)
    saved = ws.entries.get(entry.id or 0)
    assert len(saved.witnesses) == 1 and saved.people == entry.people


def test_saving_another_field_leaves_an_imported_time_exact(view: ChronologyView, ws: Workspace,
                                                            case: Case) -> None:
    # A phone export's time has a fraction of a second the When field never shows.
    exact = When(datetime(2024, 3, 3, 8, 0, 7, 250_000, tzinfo=UTC), Precision.EXACT)
    imported = ws.entries.add(case.id or 0, factories.entry(when=exact, summary="Imported"))
    view.reload()
    view.table.selectRow(view.model.row_of(imported.id or 0) or 0)
    view.editor.behaviour_boxes[Behaviour.DAMAGE].click()
    saved = ws.entries.get(imported.id or 0)
    assert Behaviour.DAMAGE in saved.behaviours and saved.when == exact
