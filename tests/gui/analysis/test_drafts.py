"""Locking with the New S-DASH or a Confirm/Dismiss dialog open: what the officer typed is
kept as a draft in the encrypted store (never as a record), nothing of it stays on screen
while locked, and the next time the dialog opens it starts from the draft. A co-location
search can be cancelled from its progress dialog, and then stores nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from stalkdesk.domain.analysis.candidates import CandidateStatus
from stalkdesk.domain.analysis.sdash import Answer
from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import Behaviour, DisclosureStatus
from stalkdesk.gui.analysis.candidate_dialog import CandidateDialog
from stalkdesk.gui.analysis.risk import DISCARD, RESUME
from stalkdesk.gui.analysis.sdash_dialog import SdashDialog
from stalkdesk.gui.analysis.view import AnalysisView, Section
from stalkdesk.gui.app import Session
from stalkdesk.gui.cases.case_workspace import Tab
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import Deliver, Show, SyncTaskRunner, TaskHandle
from stalkdesk.services import analysis
from stalkdesk.services.analysis import SdashDraft
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.conftest import PASSPHRASE
from tests.gui.analysis import seed
from tests.gui.cases.helpers import all_model_texts
from tests.gui.drive import Driver, unlock
from tests.gui.evidence.conftest import FakePrompts

pytestmark = pytest.mark.gui

STARTED = datetime(2026, 11, 29, 14, 2, tzinfo=UTC)


def readable_texts(root: Any) -> list[str]:
    """Every model text, field and label under a widget: what could be read off it."""
    texts = all_model_texts(root)
    texts += [w.text() for w in root.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in root.findChildren(QPlainTextEdit)]
    texts += [w.text() for w in root.findChildren(QLabel)]
    return texts


def answer_box(choice: str) -> Callable[[QMessageBox], None]:
    def click(box: QMessageBox) -> None:
        assert "Resume the S-DASH started on" in box.text()
        button = box.findChild(QPushButton, choice) if choice else box.button(QMessageBox.StandardButton.Cancel)
        assert button is not None
        button.click()
    return click


def drive(**actions: Callable[[Any], None]) -> Callable[[QDialog], int]:
    """An exec_dialog stand-in: the action for the dialog's class; every call recorded."""
    def run(dialog: QDialog) -> int:
        seen.append(type(dialog).__name__)
        actions[type(dialog).__name__](dialog)
        return dialog.result()
    seen: list[str] = []
    run.seen = seen  # type: ignore[attr-defined]
    return run


# The real lock, through the session, with a screening half answered.

@pytest.fixture
def stored_case(home: Path) -> Case:
    ws = Vault(home).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case("01FC0000125", operation="Op Rowan"))
    ws.entries.add_many(case.id or 0, [factories.entry(n, summary=f"Occasion {n}", disclosure=DisclosureStatus.USED)
                                       for n in range(3)])
    ws.close()
    return case


def test_a_half_answered_sdash_survives_the_lock_as_a_draft_and_is_recorded_once(
        qtbot: QtBot, home: Path, tmp_path: Path, stored_case: Case) -> None:
    cid = stored_case.id or 0
    while_locked: list[list[str]] = []
    windows: list[MainWindow] = []
    dialogs: list[SdashDialog] = []

    def look_then_unlock(dialog: Any) -> None:
        if windows:  # the first unlock opens the window; later ones come after a lock
            old = windows[0]
            while_locked.append([t for t in readable_texts(old) if "Canary" in t])
            while_locked.append([t for d in dialogs for t in readable_texts(d) if "Canary" in t])
            while_locked.append([type(d).__name__ for d in dialogs if d.isVisible()])
        unlock(dialog)

    settings = Settings.in_file(tmp_path / "ui.ini")
    settings.idle_lock_minutes = 0
    session = Session(Vault(home), SyncTaskRunner(), Driver(UnlockDialog=look_then_unlock), settings)
    try:
        assert session.start()
        window = session.window
        assert window is not None
        windows.append(window)
        workspace = window.open_case(cid, Tab.ANALYSIS)
        view = workspace.analysis
        assert isinstance(view, AnalysisView)
        view.set_section(Section.RISK)

        def half_answer_then_lock(dialog: SdashDialog) -> None:
            dialogs.append(dialog)
            dialog.set_answer("threats", Answer.YES, "Canary threat note")
            dialog.set_answer("violence_history", Answer.NO)
            dialog.ui.note_edit.setPlainText("Canary overall note")
            window.ui.lock_action.trigger()  # Ctrl+L with the dialog open

        view.risk.exec_dialog = drive(SdashDialog=half_answer_then_lock)
        view.risk.ui.new_sdash_button.click()

        assert while_locked == [[], [], []]  # nothing of the case, nor of the screening, while locked
        ws = session.workspace
        assert ws is not None
        assert analysis.sdash_history(ws, cid) == []  # a half-answered screening is not a record
        draft = analysis.sdash_draft(ws, cid)
        assert draft is not None
        assert draft.answers["threats"] is Answer.YES and draft.answers["violence_history"] is Answer.NO
        assert draft.notes == {"threats": "Canary threat note"} and draft.note == "Canary overall note"
        assert [e.summary for e in ws.audit.events(cid) if e.object_type == "draft"] == [
            f"Kept the draft draft_sdash ({len(ws.narrative.draft(cid, 'draft_sdash'))} characters)"]

        # Unlocked: the case and tab are back, and New S-DASH offers to resume.
        new_window = session.window
        assert new_window is not None and new_window.workspace is not None
        view = new_window.workspace.analysis
        assert isinstance(view, AnalysisView)
        view.set_section(Section.RISK)
        page = view.risk
        assert page.ui.new_sdash_button.text() == "&Resume S-DASH…"
        assert "unsaved screening started on" in page.ui.trigger_label.text()
        assert page.history_model.rowCount() == 0

        def finish(dialog: SdashDialog) -> None:
            assert dialog.answers()["threats"] is Answer.YES
            assert dialog.answers()["violence_history"] is Answer.NO
            assert dialog.answers()["loitering"] is Answer.UNKNOWN
            assert dialog.notes["threats"].text() == "Canary threat note"
            assert dialog.ui.note_edit.toPlainText() == "Canary overall note"
            assert dialog.resumed_label.isVisibleTo(dialog)
            dialog.set_answer("very_frightened", Answer.YES)
            dialog.accept()

        page.exec_dialog = drive(QMessageBox=answer_box(RESUME), SdashDialog=finish)
        page.ui.new_sdash_button.click()
        assert page.exec_dialog.seen == ["QMessageBox", "SdashDialog"]  # type: ignore[attr-defined]
        [saved] = analysis.sdash_history(ws, cid)  # recorded once
        assert saved.yes_count == 2 and saved.answer("threats") is Answer.YES
        assert saved.note == "Canary overall note"
        assert analysis.sdash_draft(ws, cid) is None and ws.narrative.draft(cid, "draft_sdash") == ""
        assert page.history_model.rowCount() == 1
        assert page.ui.new_sdash_button.text() == "&New S-DASH…"
        assert "unsaved screening" not in page.ui.trigger_label.text()
    finally:
        session.shutdown()


def test_the_idle_lock_closes_a_modal_sdash_and_keeps_its_draft(qtbot: QtBot, home: Path, tmp_path: Path,
                                                                 stored_case: Case) -> None:
    """The real thing: the dialog runs its own exec() loop when the idle lock comes."""
    cid = stored_case.id or 0
    settings = Settings.in_file(tmp_path / "ui.ini")
    settings.idle_lock_minutes = 0
    session = Session(Vault(home), SyncTaskRunner(), Driver(), settings)
    try:
        assert session.start()
        window = session.window
        assert window is not None
        view = window.open_case(cid, Tab.ANALYSIS).analysis
        assert isinstance(view, AnalysisView)
        view.set_section(Section.RISK)
        results: list[int] = []

        def answer_then_go_idle() -> None:
            dialog = view.risk.dialog
            assert dialog is not None and dialog.isModal() and dialog.isVisible()
            dialog.set_answer("visits", Answer.YES, "Canary visit note")
            session.lock()  # what IdleWatcher.idle does

        def exec_for_real(dialog: QDialog) -> int:
            QTimer.singleShot(0, answer_then_go_idle)
            results.append(dialog.exec())
            return results[-1]

        view.risk.exec_dialog = exec_for_real
        opened = view.risk.new_sdash()
        assert results == [QDialog.DialogCode.Rejected] and opened is not None and opened.set_aside
        assert opened.notes["visits"].text() == ""  # wiped before the lock goes on
        qtbot.waitUntil(lambda: session.window is not window and session.window is not None, timeout=5000)
        ws = session.workspace
        assert ws is not None
        draft = analysis.sdash_draft(ws, cid)
        assert draft is not None and draft.answers["visits"] is Answer.YES
        assert draft.notes == {"visits": "Canary visit note"}
        assert analysis.sdash_history(ws, cid) == []
    finally:
        session.shutdown()


# The Risk page alone.

def _draft() -> SdashDraft:
    return SdashDraft(STARTED, STARTED.date(), "PC Fictional", {"threats": Answer.YES}, {"threats": "Draft note"})


def test_discarding_the_draft_removes_it_and_starts_afresh(view: AnalysisView, ws: Workspace, case: Case) -> None:
    cid = case.id or 0
    analysis.save_sdash_draft(ws, cid, _draft())
    view.set_section(Section.RISK)

    def fresh(dialog: SdashDialog) -> None:
        assert set(dialog.answers().values()) == {Answer.UNKNOWN}
        assert dialog.notes["threats"].text() == ""
        assert not dialog.resumed_label.isVisibleTo(dialog)
        dialog.reject()

    view.risk.exec_dialog = drive(QMessageBox=answer_box(DISCARD), SdashDialog=fresh)
    view.risk.ui.new_sdash_button.click()
    assert view.risk.exec_dialog.seen == ["QMessageBox", "SdashDialog"]  # type: ignore[attr-defined]
    assert analysis.sdash_draft(ws, cid) is None
    assert analysis.sdash_history(ws, cid) == []
    assert view.risk.ui.new_sdash_button.text() == "&New S-DASH…"
    assert [e.summary for e in ws.audit.events(cid) if e.object_type == "draft"][-1] == "Removed the draft draft_sdash"


def test_cancelling_the_resume_question_keeps_the_draft(view: AnalysisView, ws: Workspace, case: Case) -> None:
    cid = case.id or 0
    analysis.save_sdash_draft(ws, cid, _draft())
    view.set_section(Section.RISK)
    view.risk.exec_dialog = drive(QMessageBox=answer_box(""))
    assert view.risk.new_sdash() is None
    assert view.risk.exec_dialog.seen == ["QMessageBox"]  # type: ignore[attr-defined]
    assert analysis.sdash_draft(ws, cid) == _draft()


def test_closing_a_resumed_screening_unsaved_discards_it(view: AnalysisView, ws: Workspace, case: Case) -> None:
    cid = case.id or 0
    analysis.save_sdash_draft(ws, cid, _draft())
    view.set_section(Section.RISK)
    view.risk.exec_dialog = drive(QMessageBox=answer_box(RESUME), SdashDialog=QDialog.reject)
    view.risk.ui.new_sdash_button.click()
    assert analysis.sdash_draft(ws, cid) is None
    assert analysis.sdash_history(ws, cid) == []


def test_a_draft_never_shows_in_the_history_or_the_narrative(view: AnalysisView, ws: Workspace,
                                                             case: Case) -> None:
    cid = case.id or 0
    view.set_section(Section.RISK)

    def half_answer_then_lock(dialog: SdashDialog) -> None:
        dialog.set_answer("threats", Answer.YES, "Half answered")
        view.clear()  # what the workspace does on lock: flush, then clear

    view.risk.exec_dialog = drive(SdashDialog=half_answer_then_lock)
    dialog = view.risk.new_sdash()
    assert dialog is not None and dialog.set_aside and not dialog.isVisible()
    assert [e.text() for e in dialog.notes.values() if e.text()] == []  # wiped
    assert analysis.sdash_draft(ws, cid) is not None
    view.reload()
    view.refresh_current()
    assert analysis.sdash_history(ws, cid) == [] and analysis.latest_sdash(ws, cid) is None
    assert view.risk.history_model.rowCount() == 0
    assert "No screening recorded yet" in view.risk.ui.trigger_label.text()
    assert "Half answered" not in repr(ws.narrative.get(cid))
    assert not any("Half answered" in t for t in readable_texts(view))


def test_a_blank_new_screening_leaves_no_draft(view: AnalysisView, ws: Workspace, case: Case) -> None:
    cid = case.id or 0
    view.set_section(Section.RISK)
    view.risk.exec_dialog = drive(SdashDialog=lambda _dialog: view.clear())
    dialog = view.risk.new_sdash()
    assert dialog is not None and dialog.set_aside
    assert ws.narrative.draft(cid, "draft_sdash") == ""
    assert not [e for e in ws.audit.events(cid) if e.object_type == "draft"]


# Confirm / Dismiss of a co-location visit.

def _search(ws: Workspace, case: Case, view: AnalysisView) -> None:
    seed.add_places(ws, case.id or 0)
    x = seed.add_location_exhibit(ws, case.id or 0, datetime(2024, 3, 5, tzinfo=UTC))
    view.set_section(Section.COLOCATION)
    page = view.colocation
    page.ui.suspect_combo.setCurrentIndex(page.ui.suspect_combo.findData(x.id))
    page.ui.search_button.click()
    assert page.candidates_model.rowCount() == 4


def test_a_confirm_half_typed_survives_the_lock_and_is_confirmed_once(
        view: AnalysisView, ws: Workspace, case: Case, prompts: FakePrompts) -> None:
    cid = case.id or 0
    _search(ws, case, view)
    page = view.colocation
    chosen = page.candidates_model.candidate(0)
    opened: list[CandidateDialog] = []

    def type_then_lock(dialog: Any) -> None:
        opened.append(dialog)
        dialog.ui.behaviour_combo.setCurrentIndex(dialog.ui.behaviour_combo.findData(Behaviour.FOLLOWING))
        dialog.ui.text_edit.setText("Canary followed her from the bus stop")
        view.clear()  # the lock: flush, then clear

    prompts.actions["CandidateDialog"] = type_then_lock
    page.ui.candidates_table.selectRow(0)
    page.ui.confirm_button.click()
    [dialog] = opened
    assert dialog.set_aside and not dialog.isVisible()
    assert not [t for t in readable_texts(view) + readable_texts(dialog) if "Canary" in t]
    draft = analysis.candidate_draft(ws, cid, chosen.id or 0)
    assert draft is not None and draft.confirm and draft.behaviour is Behaviour.FOLLOWING
    assert draft.text == "Canary followed her from the bus stop"
    assert ws.analysis.candidate(chosen.id or 0).status is CandidateStatus.PROPOSED

    # Unlocked: Dismiss of the same visit starts afresh (and keeps the Confirm draft) ...
    view.reload()
    view.refresh_current()
    row = page.candidates_model.row_of(chosen.id)
    assert row is not None
    page.ui.candidates_table.selectRow(row)

    def blank(dialog: Any) -> None:
        assert dialog.ui.text_edit.text() == ""
        dialog.reject()

    prompts.actions["CandidateDialog"] = blank
    page.ui.dismiss_button.click()
    assert analysis.candidate_draft(ws, cid, chosen.id or 0) == draft

    # ... and Confirm starts from the draft; confirming removes it.
    def resumed(dialog: Any) -> None:
        assert dialog.behaviour is Behaviour.FOLLOWING
        assert dialog.ui.text_edit.text() == "Canary followed her from the bus stop"
        dialog.accept()

    prompts.actions["CandidateDialog"] = resumed
    page.ui.confirm_button.click()
    stored = ws.analysis.candidate(chosen.id or 0)
    assert stored.status is CandidateStatus.CONFIRMED and stored.behaviour is Behaviour.FOLLOWING
    added = [e for e in ws.entries.list(cid) if e.summary == "Canary followed her from the bus stop"]
    assert len(added) == 1 and added[0].id == stored.entry_id
    assert analysis.candidate_draft(ws, cid, chosen.id or 0) is None
    assert ws.narrative.draft(cid, "draft_colocation") == ""


def test_a_dismiss_reason_draft_is_discarded_when_closed_unsaved(
        view: AnalysisView, ws: Workspace, case: Case, prompts: FakePrompts) -> None:
    cid = case.id or 0
    _search(ws, case, view)
    page = view.colocation
    chosen = page.candidates_model.candidate(1)
    analysis.save_candidate_draft(ws, cid, analysis.CandidateDraft(chosen.id or 0, False, "His gym"))
    seen: list[str] = []

    def look_then_cancel(dialog: Any) -> None:
        seen.append(dialog.ui.text_edit.text())
        dialog.reject()

    prompts.actions["CandidateDialog"] = look_then_cancel
    page.ui.candidates_table.selectRow(1)
    page.ui.dismiss_button.click()
    assert seen == ["His gym"]
    assert analysis.candidate_draft(ws, cid, chosen.id or 0) is None
    assert ws.analysis.candidate(chosen.id or 0).status is CandidateStatus.PROPOSED


# Cancelling a co-location search.

class CancelOnSecondProgress(SyncTaskRunner):
    """Inline, and the officer presses the progress dialog's Cancel once the search has begun."""

    def __init__(self) -> None:
        self.dialogs: list[QProgressDialog] = []
        self.shown: list[tuple[int, int]] = []

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> TaskHandle:
        dialog = kwargs.get("progress_dialog")
        if dialog is not None:
            self.dialogs.append(dialog)
        return super().run(fn, *args, **kwargs)

    def _start(self, handle: TaskHandle, call: Any, show: Show, deliver: Deliver) -> None:
        def show_then_cancel(done: int, total: int) -> None:
            show(done, total)
            self.shown.append((done, total))
            if len(self.shown) == 2 and self.dialogs:
                cancel = self.dialogs[-1].findChild(QPushButton)
                assert cancel is not None and cancel.text() == "Cancel"
                cancel.click()

        super()._start(handle, call, show_then_cancel, deliver)


def test_cancelling_a_search_stores_nothing(qtbot: QtBot, ws: Workspace, case: Case, prompts: FakePrompts,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from stalkdesk.domain.analysis import colocation
    monkeypatch.setattr(colocation, "PROGRESS_EVERY", 100)  # a small file still reports part-way
    runner = CancelOnSecondProgress()
    view = AnalysisView(ws, case, runner, prompts=prompts)
    qtbot.addWidget(view)
    view.show()
    cid = case.id or 0
    seed.add_places(ws, cid)
    x = seed.add_location_exhibit(ws, cid, datetime(2024, 3, 5, tzinfo=UTC))
    view.set_section(Section.COLOCATION)
    page = view.colocation
    page.ui.suspect_combo.setCurrentIndex(page.ui.suspect_combo.findData(x.id))
    audit_before = len(ws.audit.events(cid))
    page.ui.search_button.click()
    assert len(runner.shown) == 2 and runner.shown[1][0] < runner.shown[1][1]  # stopped part-way
    assert analysis.candidates(ws, cid) == []
    assert len(ws.audit.events(cid)) == audit_before  # no search recorded either
    assert page.ui.search_status_label.text() == "Search cancelled: no visits were stored."
    assert not page.searching and page.ui.search_button.isEnabled()
    assert page.candidates_model.rowCount() == 0
