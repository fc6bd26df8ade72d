"""Drafts: a document rendered into memory writes and logs nothing until it is saved."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from stalkdesk.domain.records import Case
from stalkdesk.errors import InvalidInput
from stalkdesk.reports.model import InterviewOptions
from stalkdesk.services import reports
from stalkdesk.services.workspace import Workspace
from tests.reports.conftest import GENERATED


def exports(ws: Workspace, case: Case) -> list[str]:
    return [e.summary for e in ws.audit.events(case.id) if e.action == "export"]


def test_a_draft_is_only_in_memory_until_saved(ws: Workspace, small: Case, tmp_path: Path) -> None:
    draft = reports.draft_interview(ws, small.urn, InterviewOptions(), generated_at=GENERATED)
    assert draft.pdf.startswith(b"%PDF") and draft.pages >= 1 and draft.entries == 3
    assert list(tmp_path.iterdir()) == [tmp_path / "home"] and exports(ws, small) == []

    result = reports.save_draft(ws, draft, tmp_path / "chronology.pdf", reason="Recipient: CPS (fictional)")
    assert (tmp_path / "chronology.pdf").read_bytes() == draft.pdf
    assert result.sha256 == hashlib.sha256(draft.pdf).hexdigest() and result.pages == draft.pages
    [summary] = exports(ws, small)
    assert result.sha256 in summary and "interview chronology (no filter)" in summary
    assert [e.reason for e in ws.audit.events(small.id) if e.action == "export"] == ["Recipient: CPS (fictional)"]


def test_a_draft_is_the_same_document_the_one_step_export_writes(ws: Workspace, small: Case,
                                                                 tmp_path: Path) -> None:
    draft = reports.draft_charge_file(ws, small.urn, generated_at=GENERATED)
    result = reports.charge_file(ws, small.urn, tmp_path / "file.pdf", generated_at=GENERATED)
    assert (tmp_path / "file.pdf").read_bytes() == draft.pdf and result.pages == draft.pages


def test_saving_into_a_missing_folder_is_refused_plainly(ws: Workspace, small: Case, tmp_path: Path) -> None:
    draft = reports.draft_interview(ws, small.urn, generated_at=GENERATED)
    with pytest.raises(InvalidInput, match="could not be saved"):
        reports.save_draft(ws, draft, tmp_path / "no-such-folder" / "x.pdf")
    assert exports(ws, small) == []
