"""Case > Hand over case… and File > Receive case…, through the dialogs."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.gui.dialogs.handover import HandoverExportDialog, HandoverImportDialog, strength_hint
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.vault import Vault
from stalkdesk.services.verify import verify
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.conftest import OFFICER, PASSPHRASE
from tests.gui.evidence.conftest import FakePrompts

pytestmark = pytest.mark.gui

HANDOVER = "handover passphrase for a colleague"


@pytest.fixture
def case(ws: Workspace) -> Case:
    case = ws.cases.create(factories.case())
    cid = case.id or 0
    ws.people.add(cid, factories.victim())
    ws.exhibits.add(cid, Exhibit(reference="AF/1", description="Fictional download"), io.BytesIO(b"P" * 3000))
    ws.entries.add_many(cid, [factories.entry(i) for i in range(5)])
    return case


@pytest.fixture
def colleague(tmp_path: Path) -> Iterator[Workspace]:
    ws, _ = Vault(tmp_path / "colleague").create(PASSPHRASE, OFFICER)
    yield ws
    ws.close()


def fill_export(dialog: HandoverExportDialog, target: Path, passphrase: str = HANDOVER,
                again: str | None = None) -> None:
    ui = dialog.ui
    ui.recipient_edit.setText("DC Fictional Colleague (1234)")
    ui.purpose_edit.setText("Case transferred to the receiving unit")
    ui.file_edit.setText(str(target))
    ui.passphrase_edit.setText(passphrase)
    ui.confirm_edit.setText(passphrase if again is None else again)


def export(qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner, target: Path) -> HandoverExportDialog:  # type: ignore[no-untyped-def]
    dialog = HandoverExportDialog(ws, case, runner, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    fill_export(dialog, target)
    dialog.accept()
    return dialog


def receive(qtbot, ws: Workspace, runner: SyncTaskRunner, source: Path,  # type: ignore[no-untyped-def]
            passphrase: str = HANDOVER) -> HandoverImportDialog:
    dialog = HandoverImportDialog(ws, runner, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.file_edit.setText(str(source))
    dialog.ui.passphrase_edit.setText(passphrase)
    dialog.accept()
    return dialog


def test_strength_hint() -> None:
    assert strength_hint("short")[0] is False and "Too short" in strength_hint("short")[1]
    assert strength_hint("tenletters")[0] is True
    assert strength_hint("three unrelated words here")[1].startswith("Strong")


def test_export_asks_everything_and_shows_the_bundle_sha256(qtbot, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                                             runner: SyncTaskRunner, tmp_path: Path) -> None:
    dialog = HandoverExportDialog(ws, case, runner, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog._ok
    fill_export(dialog, tmp_path / "case.sdcase", again="something else entirely")
    assert not ok.isEnabled()
    assert "different" in dialog.ui.strength_label.text()
    dialog.ui.confirm_edit.setText(HANDOVER)
    dialog.ui.recipient_edit.setText("  ")
    assert not ok.isEnabled()  # the recipient is required: the disclosure is logged
    dialog.ui.recipient_edit.setText("DC Fictional Colleague (1234)")
    assert ok.isEnabled()
    dialog.accept()
    target = tmp_path / "case.sdcase"
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert dialog.info is not None and dialog.info.sha256 == digest
    assert digest in dialog.ui.result_label.text() and dialog.ui.result_label.isVisible()
    assert dialog.ui.passphrase_edit.text() == "" and dialog.ui.confirm_edit.text() == ""
    event = ws.audit.events(case.id)[-1]
    assert (event.action, event.reason) == ("handover", "Case transferred to the receiving unit")
    assert "DC Fictional Colleague (1234)" in event.summary and digest in event.summary
    dialog.accept()  # "Close"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_export_then_import_into_a_second_home(qtbot, ws: Workspace, case: Case, colleague: Workspace,  # type: ignore[no-untyped-def]
                                               runner: SyncTaskRunner, tmp_path: Path) -> None:
    target = tmp_path / "case.sdcase"
    export(qtbot, ws, case, runner, target)
    dialog = receive(qtbot, colleague, runner, target)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.case is not None and dialog.case.urn == case.urn
    assert [s.case.urn for s in colleague.cases.list()] == [case.urn]
    assert verify(colleague).ok


def test_wrong_passphrase_says_so_and_adds_nothing(qtbot, ws: Workspace, case: Case, colleague: Workspace,  # type: ignore[no-untyped-def]
                                                   runner: SyncTaskRunner, tmp_path: Path) -> None:
    target = tmp_path / "case.sdcase"
    export(qtbot, ws, case, runner, target)
    dialog = receive(qtbot, colleague, runner, target, "not the handover passphrase")
    assert dialog.isVisible() and dialog.case is None
    assert dialog.ui.error_label.isVisible()
    assert "handover passphrase is wrong, or the file has been altered. Nothing was imported." \
        in dialog.ui.error_label.text()
    assert dialog.ui.passphrase_edit.text() == ""
    assert colleague.cases.list() == []


def test_altered_bundle_is_refused_with_a_clear_message(qtbot, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                                        colleague: Workspace, runner: SyncTaskRunner,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "case.sdcase"
    export(qtbot, ws, case, runner, target)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    dialog = receive(qtbot, colleague, runner, target)
    assert "has been altered or damaged" in dialog.ui.error_label.text()
    assert colleague.cases.list() == []


def test_through_the_main_window_menus(qtbot, ws: Workspace, case: Case, colleague: Workspace,  # type: ignore[no-untyped-def]
                                       runner: SyncTaskRunner, tmp_path: Path) -> None:
    sender = MainWindow(ws, runner, settings=Settings.in_file(tmp_path / "a.ini"))
    qtbot.addWidget(sender)
    assert not sender.ui.handover_action.isEnabled() and not sender.ui.audit_trail_action.isEnabled()
    sender.open_case(case.id or 0)
    assert sender.ui.handover_action.isEnabled() and sender.ui.audit_trail_action.isEnabled()
    sender.ui.handover_action.trigger()
    assert isinstance(sender.handover_dialog, HandoverExportDialog)
    fill_export(sender.handover_dialog, tmp_path / "case.sdcase")
    sender.handover_dialog.accept()
    sender.handover_dialog.accept()
    assert sender.handover_dialog is None
    sender.ui.audit_trail_action.trigger()
    assert sender.audit_dialog is not None
    assert sender.audit_dialog.panel.model.listing(sender.audit_dialog.panel.model.rowCount() - 1).event.action \
        == "handover"

    receiver = MainWindow(colleague, runner, settings=Settings.in_file(tmp_path / "b.ini"))
    qtbot.addWidget(receiver)
    assert receiver.case_model.rowCount() == 0
    receiver.ui.receive_case_action.trigger()
    dialog = receiver.handover_dialog
    assert isinstance(dialog, HandoverImportDialog)
    dialog.ui.file_edit.setText(str(tmp_path / "case.sdcase"))
    dialog.ui.passphrase_edit.setText(HANDOVER)
    dialog.accept()
    assert receiver.handover_dialog is None
    assert receiver.case_model.rowCount() == 1
    assert case.urn in receiver.statusBar().currentMessage()
    sender.lock_down()
    assert sender.audit_dialog is None
