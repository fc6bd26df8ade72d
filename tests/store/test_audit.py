from __future__ import annotations

import io

import pytest
from sqlalchemy import text

from stalkdesk.domain.records import Exhibit
from stalkdesk.errors import Conflict
from stalkdesk.services.verify import verify
from stalkdesk.services.workspace import Workspace
from tests import factories


def audit_rows(ws: Workspace) -> list[tuple[int, str, str, str]]:
    with ws.db.read() as s:
        return [tuple(r) for r in s.connection().exec_driver_sql(
            "SELECT seq, officer, action, object_type FROM audit_event ORDER BY seq")]  # type: ignore[misc]


def test_every_change_writes_an_audit_row_naming_the_officer(ws: Workspace) -> None:
    before = len(audit_rows(ws))
    case = ws.cases.create(factories.case())
    cid = case.id or 0
    entry = ws.entries.add(cid, factories.entry())
    ws.entries.set_deleted([entry.id or 0], True)
    ws.people.add(cid, factories.victim())
    ws.exhibits.add(cid, Exhibit(reference="AF/1", description="x"), io.BytesIO(b"x"))
    ws.cases.record_view(cid)
    rows = audit_rows(ws)[before:]
    assert [(r[2], r[3]) for r in rows] == [
        ("create", "case"), ("create", "entry"), ("delete", "entry"), ("create", "person"),
        ("create", "exhibit"), ("view", "case")]
    assert all(r[1] == "DC Alex Fictional (9999)" for r in rows)


def test_a_failed_change_leaves_no_audit_row(ws: Workspace) -> None:
    ws.cases.create(factories.case())
    before = audit_rows(ws)
    with pytest.raises(Conflict):
        ws.cases.create(factories.case())  # same URN: refused
    assert audit_rows(ws) == before


def test_chain_verifies_and_tampering_is_found(ws: Workspace) -> None:
    case = ws.cases.create(factories.case())
    ws.entries.add_many(case.id or 0, [factories.entry(i) for i in range(5)])
    ws.entries.add(case.id or 0, factories.entry(9))
    report = verify(ws)
    assert report.ok, report.problems
    with ws.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET summary = 'nothing happened' WHERE seq = 3"))
    report = verify(ws)
    assert report.problems == ["audit trail: audit row 3 (create entry) has been altered"]


def test_removed_row_is_found(ws: Workspace) -> None:
    ws.cases.create(factories.case())
    ws.cases.create(factories.case(urn="01FC0000224"))
    with ws.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE seq = 2"))
    assert any("audit row 2 is missing" in p for p in verify(ws).problems)


def test_altered_exhibit_byte_is_found(ws: Workspace) -> None:
    case = ws.cases.create(factories.case())
    ws.exhibits.add(case.id or 0, Exhibit(reference="AF/1", description="x", original_filename="x.bin"),
                    io.BytesIO(b"original evidence bytes"))
    with ws.db.engine.begin() as conn:
        conn.execute(text("UPDATE content_chunk SET data = CAST(X'00' || substr(data, 2) AS BLOB)"))
    problems = verify(ws).problems
    assert len(problems) == 1
    assert problems[0].startswith("exhibit AF/1 (case 1, file 'x.bin'): SHA-256 is ")


def test_exports_are_recorded_with_reason_and_head_moves(ws: Workspace) -> None:
    case = ws.cases.create(factories.case())
    seq, head = ws.audit.head()
    event = ws.audit.record("export", "case", case.id, case.id, "Interview chronology PDF, sha256 abc",
                            reason="For the CPS: charging decision")
    assert (event.seq, event.prev_hash) == (seq + 1, head)
    assert ws.audit.head() == (event.seq, event.hash)
    assert [e.action for e in ws.audit.events(case.id)] == ["create", "export"]
    assert ws.audit.events(case.id)[-1].reason == "For the CPS: charging decision"
    with pytest.raises(ValueError):
        ws.audit.record("alter", "case", case.id, case.id, "not through here")
    assert verify(ws).ok
