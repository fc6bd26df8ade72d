"""The Analysis tab's patterns "Save CSV…" asks who the file is for and why, and logs both."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from stalkdesk.domain.records import Case
from stalkdesk.gui.analysis.view import AnalysisView, Section
from stalkdesk.services.workspace import Workspace
from tests.gui.evidence.conftest import PURPOSE, RECIPIENT, FakePrompts

pytestmark = pytest.mark.gui


def test_save_csv_logs_recipient_and_purpose(view: AnalysisView, ws: Workspace, case: Case,
                                             prompts: FakePrompts, tmp_path: Path) -> None:
    view.set_section(Section.PATTERNS)
    prompts.save_to = tmp_path / "weekly.csv"
    view.patterns.ui.save_button.click()
    assert prompts.save_to.exists()
    last = ws.audit.events(case.id or 0)[-1]
    assert last.action == "export" and "Exported patterns of contact (weekly table" in last.summary
    assert "SHA-256" in last.summary
    assert last.reason == f"recipient: {RECIPIENT}; purpose: {PURPOSE}; Patterns export"


def test_cancelling_the_details_writes_nothing(view: AnalysisView, ws: Workspace, case: Case,
                                              prompts: FakePrompts, tmp_path: Path) -> None:
    view.set_section(Section.PATTERNS)
    prompts.save_to = tmp_path / "weekly.csv"
    prompts.actions["ExportDetailsDialog"] = QDialog.reject
    before = len(ws.audit.events(case.id or 0))
    view.patterns.ui.save_button.click()
    assert not prompts.save_to.exists() and prompts.suggested == []
    assert len(ws.audit.events(case.id or 0)) == before
