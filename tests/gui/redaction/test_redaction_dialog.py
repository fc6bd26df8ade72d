"""Case > Redaction…: scan a case, accept and dismiss finds with reasons, forget them on lock."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.domain.redaction import Status
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.redaction.dialog import ReasonDialog, RedactionDialog
from stalkdesk.gui.redaction.model import SUGGESTION_ROLE, Column
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace
from tests import factories

pytestmark = pytest.mark.gui

PHONE = "07700 900456"


class ReasonPrompts(Prompts):
    """Answers the reason dialog with `reason` (None: Cancel), and records the questions."""

    def __init__(self) -> None:
        self.reason: str | None = "phone number"
        self.questions: list[str] = []
        self.informed: list[str] = []

    def exec_dialog(self, dialog: QDialog) -> int:
        assert isinstance(dialog, ReasonDialog)
        self.questions.append(dialog.ui.question_label.text())
        if self.reason is None:
            dialog.reject()
        else:
            dialog.ui.reason_combo.setEditText(self.reason)
            dialog.accept()
        return dialog.result()

    def inform(self, parent: QWidget, text: str, informative: str = "") -> None:
        self.informed.append(text)


@pytest.fixture
def case(ws: Workspace) -> Case:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.exhibits.add(case.id, Exhibit("AF/1", "Screenshot sent by jo@example.invalid"), io.BytesIO(b"x"))
    ws.entries.add_many(case.id, [
        factories.entry(0, summary="Fictional call", account=f"He rang her from {PHONE} at night."),
        factories.entry(1, summary="Fictional visit", location="Outside a house in ZZ99 9ZZ"),
        factories.entry(2, summary="Nothing personal here"),
    ])
    return ws.cases.get(case.id)


@pytest.fixture
def prompts() -> ReasonPrompts:
    return ReasonPrompts()


@pytest.fixture
def dialog(qtbot: QtBot, ws: Workspace, case: Case, prompts: ReasonPrompts) -> RedactionDialog:
    d = RedactionDialog(ws, case, SyncTaskRunner(), prompts)
    qtbot.addWidget(d)
    d.show()
    return d


def rows(d: RedactionDialog) -> list[tuple[str, ...]]:
    p = d.proxy
    return [tuple(str(p.index(r, c).data()) for c in range(p.columnCount())) for r in range(p.rowCount())]


def select(d: RedactionDialog, match: Callable[[tuple[str, ...]], bool]) -> None:
    table = d.ui.suggestions_table
    table.clearSelection()
    for r, row in enumerate(rows(d)):
        if match(row):
            table.selectionModel().select(d.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                          | QItemSelectionModel.SelectionFlag.Rows)


def test_scan_then_accept_a_phone_number_with_a_reason(dialog: RedactionDialog, ws: Workspace, case: Case,
                                                       prompts: ReasonPrompts) -> None:
    assert dialog.model.rowCount() == 0 and "scan the case" in dialog.ui.count_label.text()
    assert not dialog.ui.accept_button.isEnabled()
    dialog.ui.scan_button.click()
    shown = rows(dialog)
    phone = [r for r in shown if r[Column.KIND] == "phone number"]
    assert len(phone) == 1
    assert phone[0][Column.WHERE] == "item 1, account"
    assert f"\u00ab{PHONE}\u00bb" in phone[0][Column.WORDS] and "He rang her from" in phone[0][Column.WORDS]
    assert phone[0][Column.STATUS] == "Suggested"
    assert {r[Column.KIND] for r in shown} >= {"phone number", "postcode", "email"}
    assert "texts scanned" in dialog.ui.status_label.text()

    select(dialog, lambda r: r[Column.KIND] == "phone number")
    assert dialog.ui.accept_button.isEnabled()
    dialog.ui.accept_button.click()
    assert PHONE in prompts.questions[0] and "item 1, account" in prompts.questions[0]
    phone_row = next(r for r in rows(dialog) if r[Column.KIND] == "phone number")
    assert phone_row[Column.STATUS] == "Accepted: redacted" and phone_row[Column.REASON] == "phone number"
    accepted = ws.redactions.list(case.id or 0, Status.ACCEPTED)
    assert [(a.text, a.reason) for a in accepted] == [(PHONE, "phone number")]
    assert "redacted" in dialog.ui.status_label.text()


def test_dismiss_several_rows_at_once_and_filter(dialog: RedactionDialog, ws: Workspace, case: Case,
                                                 prompts: ReasonPrompts) -> None:
    dialog.scan()
    prompts.reason = "Needed for the  court to find the place"
    select(dialog, lambda r: r[Column.KIND] in ("postcode", "email"))
    assert len(dialog.selected()) == 2
    dialog.ui.dismiss_button.click()
    assert "these 2 finds" in prompts.questions[0]
    dismissed = ws.redactions.list(case.id or 0, Status.DISMISSED)
    assert sorted(d.kind for d in dismissed) == ["email", "postcode"]
    assert {d.reason for d in dismissed} == {"Needed for the court to find the place"}
    combo = dialog.ui.status_combo
    combo.setCurrentIndex(combo.findData(Status.DISMISSED.value))
    assert sorted(r[Column.KIND] for r in rows(dialog)) == ["email", "postcode"]
    assert all(r[Column.STATUS] == "Dismissed: left in" for r in rows(dialog))
    combo.setCurrentIndex(combo.findData(Status.SUGGESTED.value))
    assert [r[Column.KIND] for r in rows(dialog)] == ["phone number"]
    combo.setCurrentIndex(0)
    kinds = dialog.ui.kind_combo
    kinds.setCurrentIndex(kinds.findData("postcode"))
    assert [r[Column.KIND] for r in rows(dialog)] == ["postcode"]


def test_a_decision_without_a_reason_is_not_made(dialog: RedactionDialog, ws: Workspace, case: Case,
                                                 prompts: ReasonPrompts) -> None:
    dialog.scan()
    select(dialog, lambda r: r[Column.KIND] == "phone number")
    prompts.reason = None  # Cancel
    dialog.ui.accept_button.click()
    prompts.reason = "   "  # only spaces: OK stays disabled, and nothing is decided
    dialog.ui.accept_button.click()
    assert ws.redactions.list(case.id or 0, Status.SUGGESTED)
    assert ws.redactions.list(case.id or 0, Status.ACCEPTED) == []


def test_rescan_adds_nothing_twice(dialog: RedactionDialog) -> None:
    dialog.scan()
    before = dialog.model.rowCount()
    dialog.scan()
    assert dialog.model.rowCount() == before and "0 new finds" in dialog.ui.status_label.text()


def test_reason_dialog_offers_the_common_reasons() -> None:
    d = ReasonDialog("Why?")
    items = [d.ui.reason_combo.itemText(i) for i in range(d.ui.reason_combo.count())]
    assert items == ["victim address", "phone number", "third-party identity", "irrelevant personal data"]
    assert d.ui.reason_combo.isEditable()
    d.deleteLater()


@pytest.fixture
def window(qtbot: QtBot, ws: Workspace, tmp_path: Path, prompts: ReasonPrompts) -> Iterator[MainWindow]:
    w = MainWindow(ws, SyncTaskRunner(), settings=Settings.in_file(tmp_path / "ui-settings.ini"))
    w.prompts = prompts
    qtbot.addWidget(w)
    w.show()
    yield w


def test_case_menu_opens_it_and_double_click_shows_the_entry(window: MainWindow, case: Case) -> None:
    action = window.ui.redaction_action
    assert action in window.ui.case_menu.actions() and not action.isEnabled()
    assert case.id is not None
    window.open_case(case.id)
    assert action.isEnabled()
    action.trigger()
    dialog = window.redaction_dialog
    assert dialog is not None and dialog.isVisible()
    action.trigger()
    assert window.redaction_dialog is dialog  # one at a time
    dialog.scan()
    row = next(r for r in range(dialog.proxy.rowCount())
               if dialog.proxy.index(r, Column.KIND).data() == "postcode")
    entry_id = dialog.proxy.index(row, 0).data(SUGGESTION_ROLE).redaction.entry_id
    dialog.ui.suggestions_table.doubleClicked.emit(dialog.proxy.index(row, Column.WORDS))
    workspace = window.workspace
    assert workspace is not None
    assert workspace.ui.tab_widget.currentWidget() is workspace.ui.chronology_tab
    assert workspace.chronology.editor.entry.id == entry_id
    assert workspace.chronology.editor.entry.item_number == 2


def test_lock_closes_it_and_forgets_the_rows(window: MainWindow, case: Case) -> None:
    assert case.id is not None
    window.open_case(case.id)
    dialog = window.show_redaction()
    assert dialog is not None
    dialog.scan()
    assert dialog.model.rowCount() > 0
    window.lock_down()
    assert window.redaction_dialog is None
    assert dialog.model.rowCount() == 0 and dialog.ui.count_label.text() == ""
    assert not dialog.isVisible()


def test_closing_the_case_closes_it(window: MainWindow, case: Case) -> None:
    assert case.id is not None
    window.open_case(case.id)
    dialog = window.show_redaction()
    assert dialog is not None
    window.close_case()
    assert window.redaction_dialog is None and not dialog.isVisible()
    assert not window.ui.redaction_action.isEnabled()


def test_tables_hold_no_data_before_a_case_is_read(qtbot: QtBot, ws: Workspace, case: Case) -> None:
    d = RedactionDialog(ws, case, SyncTaskRunner(), ReasonPrompts())
    qtbot.addWidget(d)
    assert d.windowTitle().startswith(f"Redaction – {case.urn}")
    assert d.ui.marking_label.text() == case.marking
    assert d.ui.suggestions_table.horizontalHeader().count() == 5
    assert d.ui.suggestions_table.model().headerData(0, Qt.Orientation.Horizontal) == "Where"


def test_scan_runs_off_the_gui_thread(qtbot: QtBot, ws: Workspace, case: Case,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from stalkdesk.gui.tasks import TaskRunner
    from stalkdesk.services import text_redaction

    threads: list[str] = []
    real = text_redaction.suggest

    def suggest(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(text_redaction, "suggest", suggest)
    runner = TaskRunner()
    d = RedactionDialog(ws, case, runner, ReasonPrompts())
    qtbot.addWidget(d)
    d.show()
    try:
        qtbot.waitUntil(lambda: d.task is None, timeout=10_000)
        d.scan()
        assert not d.ui.scan_button.isEnabled()  # one task at a time
        qtbot.waitUntil(lambda: d.model.rowCount() == 3 and d.task is None, timeout=10_000)
    finally:
        runner.shutdown()
    assert threads and threading.main_thread().name not in threads
    assert d.ui.scan_button.isEnabled() and "3 new finds" in d.ui.status_label.text()
