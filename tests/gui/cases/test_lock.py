"""Lock (File > Lock and the idle timer): typed edits are saved first, then nothing of the
case is left in the window's models, the store closes, and unlocking reopens the same
case and tab with the edit in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit

from stalkdesk.domain.records import Case
from stalkdesk.gui.app import Session
from stalkdesk.gui.cases.case_workspace import Tab
from stalkdesk.gui.cases.person import PersonDialog
from stalkdesk.gui.lock import IdleWatcher
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.vault import Vault
from tests import factories
from tests.conftest import PASSPHRASE
from tests.gui.cases.helpers import all_model_texts, overview
from tests.gui.drive import Driver, unlock

pytestmark = pytest.mark.gui

# Text that exists only in this case, so finding it anywhere after the lock is a leak.
SECRETS = ("01FC0000124", "Op Larch", "Op Canarywood", "Canary Victim", "Canary entry text",
           "Canary summary typed")


@pytest.fixture
def stored_case(home: Path) -> Case:
    ws = Vault(home).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case("01FC0000124", operation="Op Larch"))
    assert case.id is not None
    ws.people.add(case.id, factories.victim(name="Canary Victim"))
    ws.entries.add(case.id, factories.entry(summary="Canary entry text"))
    ws.close()
    return case


def _type_into(qtbot, edit: QLineEdit, text: str, focus: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Typed, not committed: no Enter, no focus-out, and less than a second."""
    if focus:
        edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)  # key events go to the edit whether or not it has the focus


class LockedState:
    """Records what the old window and store look like while the unlock dialog is up."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.checks: list[dict[str, Any]] = []

    def unlock(self, dialog: QDialog) -> None:
        window = self.window
        if window is not None:
            texts = all_model_texts(window) + [e.text() for e in window.findChildren(QLineEdit)]
            self.checks.append({
                "visible": window.isVisible(),
                "leaks": sorted({s for s in SECRETS for t in texts if s in t}),
                "title": window.windowTitle(),
            })
        unlock(dialog)


@pytest.fixture
def locked() -> LockedState:
    return LockedState()


@pytest.fixture
def session(home: Path, runner: SyncTaskRunner, settings: Settings, locked: LockedState) -> Iterator[Session]:
    settings.idle_lock_minutes = 0  # only the idle tests turn it on
    session = Session(Vault(home), runner, Driver(UnlockDialog=locked.unlock), settings)
    yield session
    session.shutdown()


def _start(session: Session, locked: LockedState, case: Case, tab: Tab = Tab.OVERVIEW) -> MainWindow:
    assert session.start()
    window = session.window
    assert window is not None and case.id is not None
    window.open_case(case.id, tab)
    locked.window = window
    return window


def test_lock_saves_the_pending_edit_then_forgets_the_case(qtbot, session: Session, locked: LockedState,  # type: ignore[no-untyped-def]
                                                          stored_case: Case) -> None:
    window = _start(session, locked, stored_case, Tab.EVIDENCE)
    first_ws = session.workspace
    assert first_ws is not None
    page = overview(window)
    chronology = window.workspace.chronology if window.workspace is not None else None
    if chronology is not None:
        # The real chronology is there: its models hold the entry before the lock, and a
        # summary typed in its editor is pending as well.
        assert any("Canary entry text" in t for t in all_model_texts(window))
        chronology.table.selectRow(0)
        assert chronology.editor.entry is not None
        entry_id = chronology.editor.entry.id or 0
        _type_into(qtbot, chronology.editor.ui.summary_edit, "Canary summary typed")
        chronology.copy_selected()  # case text on the clipboard must not outlive the lock
        assert "Canary entry text" in QGuiApplication.clipboard().text()
    # Into the overview without moving the focus: leaving the editor would commit its summary.
    _type_into(qtbot, page.ui.operation_edit, "Op Canarywood", focus=False)
    assert page.pending
    assert first_ws.cases.get(stored_case.id or 0).operation == "Op Larch"
    if chronology is not None:
        assert first_ws.entries.get(entry_id).summary == "Canary entry text"

    window.ui.lock_action.trigger()

    # ...and nothing of the case while the unlock dialog is up.
    [while_locked] = locked.checks
    assert while_locked == {"visible": False, "leaks": [], "title": "StalkDesk"}
    assert first_ws.db.closed  # the key is wiped
    assert "Canary" not in QGuiApplication.clipboard().text()

    ws = session.workspace
    new_window = session.window
    assert ws is not None and ws is not first_ws
    assert new_window is not None and new_window is not window and new_window.isVisible()
    assert ws.cases.get(stored_case.id or 0).operation == "Op Canarywood"  # saved before the lock
    if chronology is not None:
        assert ws.entries.get(entry_id).summary == "Canary summary typed"
    assert new_window.workspace is not None
    assert new_window.workspace.case.id == stored_case.id
    assert new_window.workspace.current_tab == Tab.EVIDENCE  # the same tab
    assert overview(new_window).ui.operation_edit.text() == "Op Canarywood"
    assert new_window.windowTitle() == "01FC0000124 – Op Canarywood – StalkDesk"


def test_a_person_being_typed_is_saved_at_lock(qtbot, session: Session, locked: LockedState,  # type: ignore[no-untyped-def]
                                               stored_case: Case) -> None:
    window = _start(session, locked, stored_case)
    page = overview(window)
    page.ui.add_person_button.click()
    [dialog] = page.findChildren(PersonDialog)
    dialog.ui.name_edit.setText("Canary Witness")
    dialog.ui.phones_edit.setPlainText("07700 900321")
    window.ui.lock_action.trigger()
    # Closing the open dialog costs one turn of the event loop before the lock itself.
    qtbot.waitUntil(lambda: len(locked.checks) == 1, timeout=3000)
    assert locked.checks[0]["leaks"] == []
    ws = session.workspace
    assert ws is not None
    people = {p.name: p for p in ws.people.list(stored_case.id or 0)}
    assert people["Canary Witness"].phones == ("+447700900321",)


def test_lock_waits_for_a_message_box_to_return(qtbot, session: Session, locked: LockedState,  # type: ignore[no-untyped-def]
                                               stored_case: Case) -> None:
    window = _start(session, locked, stored_case)
    page = overview(window)
    page.ui.people_table.selectRow(0)
    QTimer.singleShot(50, window.ui.lock_action.trigger)  # the officer walked away mid-question
    page._remove_person()  # a real QMessageBox.question: its own event loop, until the lock closes it
    qtbot.waitUntil(lambda: session.window is not window, timeout=3000)
    ws = session.workspace
    assert ws is not None
    assert [p.name for p in ws.people.list(stored_case.id or 0)] == ["Canary Victim"]  # not removed
    assert locked.checks[0]["leaks"] == []


def test_idle_time_locks(qtbot, session: Session, locked: LockedState, settings: Settings,  # type: ignore[no-untyped-def]
                         stored_case: Case) -> None:
    window = _start(session, locked, stored_case, Tab.CHRONOLOGY)
    settings.idle_lock_minutes = 40 / 60_000  # 40 ms
    assert session.idle is not None
    session.idle.start()
    assert session.idle.interval_ms == 40

    def unlock_without_relocking(dialog: QDialog) -> None:
        settings.idle_lock_minutes = 0  # or it would lock again 40 ms after unlocking
        LockedState.unlock(locked, dialog)

    session._exec_dialog = Driver(UnlockDialog=unlock_without_relocking)
    qtbot.waitUntil(lambda: session.window is not window, timeout=3000)
    assert locked.checks[0]["visible"] is False and locked.checks[0]["leaks"] == []
    new_window = session.window
    assert new_window is not None and new_window.workspace is not None
    assert new_window.workspace.current_tab == Tab.CHRONOLOGY
    assert not session.idle.active  # auto-lock was turned off before the unlock


def test_a_busy_store_postpones_the_idle_lock(session: Session, locked: LockedState, stored_case: Case,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = _start(session, locked, stored_case)
    monkeypatch.setattr(SyncTaskRunner, "busy", True)
    assert session.lock() is False
    assert session.window is window and window.isVisible()
    assert locked.checks == []


def test_the_last_case_reopens_at_start(session: Session, settings: Settings, stored_case: Case) -> None:
    settings.last_open_case_urn = stored_case.urn
    settings.last_case_tab = Tab.EVIDENCE
    assert session.start()
    window = session.window
    assert window is not None and window.workspace is not None
    assert window.workspace.case.id == stored_case.id
    assert window.workspace.current_tab == Tab.EVIDENCE


def test_a_missing_last_case_is_forgotten(session: Session, settings: Settings) -> None:
    settings.last_open_case_urn = "01FC0000999"
    assert session.start()
    assert session.window is not None and session.window.workspace is None
    assert settings.last_open_case_urn == ""


# The watcher itself


@pytest.fixture
def watcher(qtbot, settings: Settings) -> Iterator[IdleWatcher]:  # type: ignore[no-untyped-def]
    watcher = IdleWatcher(settings)
    yield watcher
    watcher.uninstall()


def test_input_restarts_the_count(qtbot, watcher: IdleWatcher, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    settings.idle_lock_minutes = 1
    watcher.start()
    assert watcher.interval_ms == 60_000
    qtbot.wait(60)
    assert watcher.remaining_ms() < 59_960
    target = QLineEdit()
    qtbot.addWidget(target)
    qtbot.keyClick(target, "a")  # input to any widget at all counts
    assert watcher.remaining_ms() > 59_900


def test_fires_after_the_interval(qtbot, watcher: IdleWatcher, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    settings.idle_lock_minutes = 30 / 60_000  # 30 ms
    watcher.start()
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
    assert not watcher.active  # once: the lock re-arms it after unlocking


def test_zero_turns_it_off_and_stop_ignores_input(qtbot, watcher: IdleWatcher, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    settings.idle_lock_minutes = 0
    watcher.start()
    assert not watcher.active
    settings.idle_lock_minutes = 1
    watcher.start()
    watcher.stop()
    target = QLineEdit()
    qtbot.addWidget(target)
    qtbot.keyClick(target, "a")  # typing the passphrase while locked re-arms nothing
    assert not watcher.active
