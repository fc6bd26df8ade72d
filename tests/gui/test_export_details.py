"""The "who is it for, and why?" question every GUI export asks first (gui/dialogs/export_details),
and the audit trail's CSV export that uses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from stalkdesk.domain.records import Case
from stalkdesk.gui.audit.dialog import AuditTrailDialog
from stalkdesk.gui.dialogs import export_details
from stalkdesk.gui.dialogs.export_details import ExportDetails, ExportDetailsDialog, ask_export_details
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.conftest import PASSPHRASE
from tests.gui.evidence.conftest import PURPOSE, RECIPIENT, FakePrompts

pytestmark = pytest.mark.gui


@pytest.fixture
def case(ws: Workspace) -> Case:
    case = ws.cases.create(factories.case())
    ws.entries.add_many(case.id or 0, [factories.entry(i) for i in range(3)])
    return case


def test_continue_waits_for_both_lines_and_tidies_them(qtbot: QtBot) -> None:
    dialog = ExportDetailsDialog("The audit trail CSV")
    qtbot.addWidget(dialog)
    assert not dialog.continue_button.isEnabled() and dialog.details is None
    dialog.recipient_edit.setText("  CPS   Fictional Area ")
    assert not dialog.continue_button.isEnabled()
    dialog.accept()  # Enter with Purpose still blank
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.purpose_edit.setText("charging\tdecision")
    assert dialog.continue_button.isEnabled()
    assert dialog.details == ExportDetails("CPS Fictional Area", "charging decision")
    assert "The audit trail CSV will leave the encrypted store" in dialog.intro_label.text()


def test_the_last_answer_is_offered_again_until_the_store_is_locked(qtbot: QtBot, ws: Workspace,
                                                                   home: Path) -> None:
    prompts, parent = FakePrompts(), QWidget()
    qtbot.addWidget(parent)
    assert ask_export_details(ws, prompts, parent, "A file") == ExportDetails(RECIPIENT, PURPOSE)
    offered: list[tuple[str, str]] = []

    def look_and_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDetailsDialog)
        offered.append((dialog.recipient_edit.text(), dialog.purpose_edit.text()))
        dialog.reject()

    prompts.actions["ExportDetailsDialog"] = look_and_cancel
    assert ask_export_details(ws, prompts, parent, "A file") is None  # cancelled: nothing to write
    assert offered == [(RECIPIENT, PURPOSE)]
    assert export_details.remembered(ws) == ExportDetails(RECIPIENT, PURPOSE)  # a cancel forgets nothing
    # Locking closes the store and unlocking opens a new Workspace: nothing typed is offered.
    relocked = Vault(home).unlock(PASSPHRASE)
    try:
        ask_export_details(relocked, prompts, parent, "A file")
        assert offered[-1] == ("", "")
    finally:
        relocked.close()
    export_details.forget(ws)
    assert export_details.remembered(ws) is None


def _audit_dialog(qtbot: QtBot, ws: Workspace, case: Case, prompts: FakePrompts) -> AuditTrailDialog:
    dialog = AuditTrailDialog(ws, case, SyncTaskRunner(), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_audit_csv_logs_recipient_and_purpose(qtbot: QtBot, ws: Workspace, case: Case,
                                                  tmp_path: Path) -> None:
    prompts = FakePrompts()
    prompts.save_to = tmp_path / "audit.csv"
    dialog = _audit_dialog(qtbot, ws, case, prompts)
    dialog.panel.ui.export_button.click()
    assert prompts.save_to.exists()
    assert [type(d).__name__ for d in prompts.dialogs][:1] == ["ExportDetailsDialog"]
    last = ws.audit.events(case.id)[-1]
    assert last.action == "export"
    assert last.reason == f"recipient: {RECIPIENT}; purpose: {PURPOSE}; Audit trail export"


def test_cancelling_the_details_writes_nothing_and_asks_no_file(qtbot: QtBot, ws: Workspace, case: Case,
                                                                tmp_path: Path) -> None:
    prompts = FakePrompts()
    prompts.save_to = tmp_path / "audit.csv"
    prompts.actions["ExportDetailsDialog"] = QDialog.reject
    dialog = _audit_dialog(qtbot, ws, case, prompts)
    before = len(ws.audit.events(case.id))
    dialog.panel.ui.export_button.click()
    assert not prompts.save_to.exists() and prompts.suggested == [] and prompts.confirmations == []
    assert len(ws.audit.events(case.id)) == before
