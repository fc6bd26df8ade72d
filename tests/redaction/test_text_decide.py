"""Deciding many text redactions at once, reading only what they need, and incremental rescans."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from stalkdesk.domain.records import ContactRecord, Exhibit
from stalkdesk.domain.redaction import Status
from stalkdesk.errors import Conflict, InvalidInput, NotFound
from stalkdesk.services import text_redaction as tr
from stalkdesk.services.workspace import Workspace
from tests import factories

NUMBER = "07700 900456"  # fictional (Ofcom drama range)


@pytest.fixture
def case_id(ws: Workspace) -> int:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.entries.add_many(case.id, [
        factories.entry(0, summary=f"Texted from {NUMBER}"),
        factories.entry(1, summary="Waited outside", location="near ZZ99 9ZZ"),
        factories.entry(2, summary="Wrote to amy@example.invalid"),
        factories.entry(3, summary="Nothing personal here"),
    ])
    x = ws.exhibits.add(case.id, Exhibit("AF/1", "Chat export (fictional)"), io.BytesIO(b"fictional bytes"))
    assert x.id is not None
    ws.records.add_many(case.id, x.id, [
        ContactRecord("message", datetime(2024, 3, 3, 21, 0, tzinfo=UTC), "+447700900999",
                      body="my car is AB12 CDE", seq=1),
        ContactRecord("message", datetime(2024, 3, 3, 21, 1, tzinfo=UTC), "+447700900999", body="ok", seq=2),
    ])
    tr.suggest(ws, case.id)
    return case.id


def _by_where(ws: Workspace, case_id: int) -> dict[str, int]:
    return {s.where: s.redaction.id or 0 for s in tr.suggestions(ws, case_id)}


def _span_audit(ws: Workspace, case_id: int) -> list[str]:
    return [e.summary for e in ws.audit.events(case_id) if e.object_type == "text_redaction"]


def test_decide_many_records_each_with_one_audit_row_and_the_reason(ws: Workspace, case_id: int) -> None:
    ids = _by_where(ws, case_id)
    chosen = [ids["item 1, summary"], ids["message 1 of AF/1, body"], ids["item 3, summary"]]
    before = len(ws.audit.events(case_id))
    done = tr.decide(ws, chosen, Status.ACCEPTED, "third-party  identity")
    assert [r.id for r in done] == chosen
    assert all(r.status is Status.ACCEPTED and r.reason == "third-party identity" for r in done)
    events = ws.audit.events(case_id)[before:]
    assert [e.object_id for e in events] == chosen
    assert all(e.reason == "third-party identity" and e.summary.startswith("Accepted redaction") for e in events)
    assert "message 1 of AF/1, body" in events[1].summary
    left = {s.redaction.id: s.redaction.status for s in tr.suggestions(ws, case_id)}
    assert left[ids["item 2, location"]] is Status.SUGGESTED


def test_decide_many_is_all_or_nothing(ws: Workspace, case_id: int) -> None:
    ids = _by_where(ws, case_id)
    entry = next(e for e in ws.entries.list(case_id) if e.item_number == 2)
    ws.entries.update(replace(entry, location="the park"))  # the postcode's words are gone
    chosen = [ids["item 1, summary"], ids["item 2, location"], ids["item 3, summary"]]
    before = ws.audit.events(case_id)
    with pytest.raises(Conflict, match="item 2, location"):
        tr.decide(ws, chosen, Status.ACCEPTED, "victim address")
    with pytest.raises(NotFound, match="999999"):
        tr.decide(ws, [ids["item 1, summary"], 999999], Status.DISMISSED, "not needed")
    assert ws.audit.events(case_id) == before
    assert all(ws.redactions.get(i).status is Status.SUGGESTED for i in chosen)
    # Dismissing needs no text, so the same three can be dismissed together.
    assert len(tr.decide(ws, chosen, Status.DISMISSED, "evidence")) == 3


def test_decide_refuses_a_missing_reason_or_a_non_decision(ws: Workspace, case_id: int) -> None:
    some = list(_by_where(ws, case_id).values())[:2]
    with pytest.raises(InvalidInput, match="reason"):
        tr.decide(ws, some, Status.ACCEPTED, "  ")
    with pytest.raises(InvalidInput, match="accepted"):
        tr.decide(ws, some, Status.SUGGESTED, "undo")
    assert tr.decide(ws, [], Status.ACCEPTED, "nothing") == []


def test_accept_reads_only_the_records_of_its_spans(ws: Workspace, case_id: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _by_where(ws, case_id)

    def whole_case(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("read the whole case")

    monkeypatch.setattr(ws.entries, "list", whole_case)
    monkeypatch.setattr(ws.entries, "ids", whole_case)
    monkeypatch.setattr(ws.exhibits, "list", whole_case)
    monkeypatch.setattr(ws.redactions, "record_texts", whole_case)
    monkeypatch.setattr(ws.redactions, "list", whole_case)
    done = tr.accept(ws, ids["message 1 of AF/1, body"], "vehicle")
    assert done.status is Status.ACCEPTED
    tr.dismiss(ws, ids["item 3, summary"], "the suspect's own email: evidence")
    assert "in item 3, summary" in _span_audit(ws, case_id)[-1]


def test_a_span_in_a_deleted_entry_is_named_and_refused(ws: Workspace, case_id: int) -> None:
    ids = _by_where(ws, case_id)
    entry = next(e for e in ws.entries.list(case_id) if e.item_number == 1)
    ws.entries.set_deleted([entry.id or 0], True)
    with pytest.raises(Conflict, match="item 1, summary, which has been deleted"):
        tr.accept(ws, ids["item 1, summary"], "phone number")
    assert tr.dismiss(ws, ids["item 1, summary"], "deleted anyway").status is Status.DISMISSED


def test_rescan_scans_only_the_texts_changed_since_the_last_scan(ws: Workspace, case_id: int,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[str] = []
    real = tr.scan

    def counting(text: str) -> object:
        scanned.append(text)
        return real(text)

    monkeypatch.setattr(tr, "scan", counting)
    again = tr.suggest(ws, case_id)
    assert scanned == [] and again.unchanged == again.texts and again.added == []
    entry = next(e for e in ws.entries.list(case_id) if e.item_number == 4)
    ws.entries.update(replace(entry, summary="Rang from 07700 900123"))
    x = ws.exhibits.list(case_id)[0]
    ws.records.add_many(case_id, x.id or 0, [ContactRecord(
        "message", datetime(2024, 3, 4, 9, 0, tzinfo=UTC), "+447700900999", body="email me at jo@example.invalid",
        seq=3)])
    result = tr.suggest(ws, case_id)
    assert sorted(scanned) == ["Rang from 07700 900123", "email me at jo@example.invalid"]
    assert sorted(r.text for r in result.added) == ["07700 900123", "jo@example.invalid"]
    assert result.unchanged == result.texts - 2


def test_rescan_scans_everything_again_if_the_stored_spans_changed_otherwise(
        ws: Workspace, case_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _by_where(ws, case_id)
    tr.accept(ws, ids["item 1, summary"], "phone number")  # a decision keeps the rescan incremental
    assert tr.suggest(ws, case_id).unchanged > 0
    ws.redactions.withdraw(case_id, [ids["item 2, location"]])  # not through a scan
    result = tr.suggest(ws, case_id)
    assert result.unchanged == 0
    assert [r.text for r in result.added] == ["ZZ99 9ZZ"]


def test_a_restored_entry_is_scanned_again(ws: Workspace, case_id: int) -> None:
    entry = ws.entries.add(case_id, factories.entry(9, summary="Call 07700 900777"))
    ws.entries.set_deleted([entry.id or 0], True)
    assert tr.suggest(ws, case_id).added == []
    ws.entries.set_deleted([entry.id or 0], False)
    assert [r.text for r in tr.suggest(ws, case_id).added] == ["07700 900777"]
