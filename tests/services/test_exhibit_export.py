"""services.exhibit_export: an original written out of the store is logged in continuity and
as an audit export (recipient, purpose, SHA-256), both or neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from stalkdesk.domain.records import Exhibit
from stalkdesk.domain.vocab import ContinuityAction
from stalkdesk.errors import InvalidInput
from stalkdesk.services.exhibit_export import record_original_export
from stalkdesk.services.intake import add_exhibit_bytes
from stalkdesk.services.verify import verify
from stalkdesk.services.workspace import Workspace
from tests import factories


@pytest.fixture
def exhibit(ws: Workspace) -> Exhibit:
    case = ws.cases.create(factories.case())
    return add_exhibit_bytes(ws, case.id or 0, "voicemail.m4a", b"fictional voicemail bytes")


def test_records_continuity_and_an_export_row(ws: Workspace, exhibit: Exhibit, tmp_path: Path) -> None:
    event = record_original_export(ws, exhibit, tmp_path / "AF_1.m4a", "  Defence  solicitor (fictional)",
                                   "disclosure")
    assert (event.action, event.object_type, event.object_id) == ("export", "exhibit", exhibit.id)
    assert event.reason == "recipient: Defence solicitor (fictional); purpose: disclosure"
    assert f"SHA-256 {exhibit.sha256}" in event.summary
    copied = ws.exhibits.continuity(exhibit.id or 0)[-1]
    assert copied.action == ContinuityAction.COPIED and copied.to_person == str(tmp_path / "AF_1.m4a")
    assert verify(ws).ok


@pytest.mark.parametrize(("recipient", "purpose"), [("", "disclosure"), ("Defence", "  ")])
def test_refuses_without_both_and_records_nothing(ws: Workspace, exhibit: Exhibit, tmp_path: Path,
                                                  recipient: str, purpose: str) -> None:
    before = len(ws.audit.events(exhibit.case_id)), ws.exhibits.continuity(exhibit.id or 0)
    with pytest.raises(InvalidInput, match="recipient and purpose"):
        record_original_export(ws, exhibit, tmp_path / "x", recipient, purpose)
    assert (len(ws.audit.events(exhibit.case_id)), ws.exhibits.continuity(exhibit.id or 0)) == before


def test_a_failed_export_row_takes_the_continuity_event_with_it(ws: Workspace, exhibit: Exhibit, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    before = ws.exhibits.continuity(exhibit.id or 0)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("fictional disk failure")

    monkeypatch.setattr(ws.audit, "record", fail)
    with pytest.raises(OSError):
        record_original_export(ws, exhibit, tmp_path / "x", "Defence", "disclosure")
    assert ws.exhibits.continuity(exhibit.id or 0) == before
