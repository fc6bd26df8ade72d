"""The exhibit viewer's "Export original…": who for and why first, then an audit export row
(recipient, purpose, SHA-256) beside the continuity event, both through services.exhibit_export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from stalkdesk.domain.records import Exhibit
from stalkdesk.domain.vocab import ContinuityAction
from stalkdesk.errors import InvalidInput
from stalkdesk.gui.evidence.export import export_and_record
from stalkdesk.services.workspace import Workspace
from tests.gui.evidence.conftest import PURPOSE, RECIPIENT, FakePrompts
from tests.gui.evidence.test_viewer import Open, open_viewer, sideways  # noqa: F401  (fixtures)

pytestmark = pytest.mark.gui


def test_export_logs_recipient_purpose_and_sha256(open_viewer: Open, ws: Workspace,  # noqa: F811
                                                  sideways: Exhibit, prompts: FakePrompts,  # noqa: F811
                                                  tmp_path: Path) -> None:
    prompts.save_to = tmp_path / "AF_1.jpg"
    open_viewer(sideways).ui.export_button.click()
    assert prompts.save_to.read_bytes() == ws.exhibits.read_original(sideways.id or 0)
    [export] = [e for e in ws.audit.events(sideways.case_id) if e.action == "export"]
    assert (export.object_type, export.object_id) == ("exhibit", sideways.id)
    assert export.reason == f"recipient: {RECIPIENT}; purpose: {PURPOSE}"
    assert f"SHA-256 {sideways.sha256}" in export.summary and "AF_1.jpg" in export.summary
    assert ws.exhibits.continuity(sideways.id or 0)[-1].action == ContinuityAction.COPIED


def test_cancelling_the_details_writes_and_records_nothing(open_viewer: Open, ws: Workspace,  # noqa: F811
                                                           sideways: Exhibit, prompts: FakePrompts,  # noqa: F811
                                                           tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    prompts.save_to = out / "AF_1.jpg"
    prompts.actions["ExportDetailsDialog"] = QDialog.reject
    viewer = open_viewer(sideways)
    continuity = len(ws.exhibits.continuity(sideways.id or 0))
    audit = len(ws.audit.events(sideways.case_id))
    viewer.ui.export_button.click()
    assert list(out.iterdir()) == [] and prompts.suggested == []
    assert len(ws.exhibits.continuity(sideways.id or 0)) == continuity
    assert len(ws.audit.events(sideways.case_id)) == audit


def test_the_task_refuses_without_recipient_before_writing(ws: Workspace, sideways: Exhibit,  # noqa: F811
                                                           tmp_path: Path) -> None:
    target = tmp_path / "AF_1.jpg"
    with pytest.raises(InvalidInput, match="recipient and purpose"):
        export_and_record(ws, sideways, target, recipient=RECIPIENT, purpose=" ")
    assert not target.exists()
