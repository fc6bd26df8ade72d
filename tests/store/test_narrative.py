from __future__ import annotations

import pytest

from stalkdesk.domain.records import CaseNarrative
from stalkdesk.services.workspace import Workspace
from tests import factories


def test_narrative_fields_round_trip_and_are_audited(ws: Workspace) -> None:
    case = ws.cases.create(factories.case())
    cid = case.id or 0
    assert ws.narrative.get(cid) == CaseNarrative()
    ws.narrative.set(cid, "suspect_account", "No comment interview (fictional).")
    ws.narrative.set(cid, "victim_views", "Supports a restraining order.")
    ws.narrative.set(cid, "victim_views", "Supports a restraining order.")  # unchanged: no audit row
    ws.narrative.set(cid, "victim_views", "Supports a restraining order with an exclusion zone.")
    got = ws.narrative.get(cid)
    assert got.suspect_account == "No comment interview (fictional)."
    assert got.victim_views == "Supports a restraining order with an exclusion zone."
    assert [e.object_type for e in ws.audit.events(cid)].count("narrative") == 3
    with pytest.raises(ValueError):
        ws.narrative.set(cid, "not_a_field", "x")
