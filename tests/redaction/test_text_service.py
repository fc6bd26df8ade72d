"""Scanning a case for personal data, and the officer's decisions on what it finds."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from stalkdesk.domain.records import ContactRecord, Exhibit
from stalkdesk.domain.redaction import Status, TextRedaction, apply, marker
from stalkdesk.errors import Conflict, InvalidInput
from stalkdesk.services import text_redaction as tr
from stalkdesk.services.workspace import Workspace
from tests import factories

NUMBER = "07700 900456"  # a third party's number, not on any person record


@pytest.fixture
def case_id(ws: Workspace) -> int:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.victim())
    ws.entries.add_many(case.id, [
        factories.entry(0, summary=f"Texted from {NUMBER}", account="Her friend's email is amy@example.invalid."),
        factories.entry(1, summary="Waited outside", location="near ZZ99 9ZZ"),
        factories.entry(2, summary="Nothing personal here"),
    ])
    x = ws.exhibits.add(case.id, Exhibit("AF/1", f"Screenshot of texts from {NUMBER}", media_type="image/png"),
                        io.BytesIO(b"fictional bytes"))
    assert x.id is not None
    ws.records.add_many(case.id, x.id, [
        ContactRecord("message", datetime(2024, 3, 3, 21, 0, tzinfo=UTC), "+447700900999",
                      body="my car is AB12 CDE, card 4111 1111 1111 1111", seq=1),
        ContactRecord("message", datetime(2024, 3, 3, 21, 1, tzinfo=UTC), "+447700900999", body="ok", seq=2),
    ])
    ws.narrative.set(case.id, "key_witnesses", "Amy (DOB 04/07/1990) saw him.")
    return case.id


def test_suggest_scans_entries_records_exhibits_and_narrative(ws: Workspace, case_id: int) -> None:
    result = tr.suggest(ws, case_id)
    got = {(s.where, s.redaction.text, s.redaction.kind) for s in tr.suggestions(ws, case_id)}
    assert got == {
        ("item 1, summary", NUMBER, "phone"),
        ("item 1, account", "amy@example.invalid", "email"),
        ("item 2, location", "ZZ99 9ZZ", "postcode"),
        ("exhibit AF/1, description", NUMBER, "phone"),
        ("message 1 of AF/1, body", "AB12 CDE", "vehicle"),
        ("message 1 of AF/1, body", "4111 1111 1111 1111", "card"),
        ("narrative, key witnesses", "04/07/1990", "dob"),
    }
    assert len(result.added) == 7 and all(r.status is Status.SUGGESTED for r in result.added)
    first = next(s for s in tr.suggestions(ws, case_id) if s.where == "item 1, summary")
    assert first.context == f"Texted from [[{NUMBER}]]" and first.item_number == 1 and not first.stale
    audit = [e for e in ws.audit.events(case_id) if e.object_type == "text_redaction"]
    assert len(audit) == 1 and "7 redactions" in audit[0].summary


def test_rescanning_adds_nothing_and_decisions_are_not_proposed_again(ws: Workspace, case_id: int) -> None:
    tr.suggest(ws, case_id)
    assert tr.suggest(ws, case_id).added == []
    by_where = {s.where: s.redaction for s in tr.suggestions(ws, case_id)}
    tr.accept(ws, by_where["item 1, summary"].id or 0, "third-party identity")
    tr.dismiss(ws, by_where["item 2, location"].id or 0, "the suspect's work postcode: evidence")
    again = tr.suggest(ws, case_id)
    assert again.added == [] and again.moved == 0
    statuses = sorted(s.redaction.status.value for s in tr.suggestions(ws, case_id))
    assert statuses.count("accepted") == 1 and statuses.count("dismissed") == 1 and len(statuses) == 7


def test_a_reason_is_required_and_decisions_are_audited(ws: Workspace, case_id: int) -> None:
    tr.suggest(ws, case_id)
    target = tr.suggestions(ws, case_id)[0].redaction
    assert target.id is not None
    with pytest.raises(InvalidInput, match="reason"):
        tr.accept(ws, target.id, "   ")
    with pytest.raises(InvalidInput, match="reason"):
        tr.dismiss(ws, target.id, "")
    assert ws.redactions.get(target.id).status is Status.SUGGESTED
    done = tr.accept(ws, target.id, "phone  number")
    assert done.status is Status.ACCEPTED and done.reason == "phone number"
    assert done.decided_by.startswith("DC Alex Fictional") and done.decided_at is not None
    event = ws.audit.events(case_id)[-1]
    assert event.object_id == target.id and event.reason == "phone number"
    assert "Accepted redaction" in event.summary and "item 1, summary" in event.summary


def test_edited_text_moves_suggestions_withdraws_gone_ones_and_keeps_decisions(ws: Workspace, case_id: int) -> None:
    tr.suggest(ws, case_id)
    by_where = {s.where: s.redaction for s in tr.suggestions(ws, case_id)}
    accepted = tr.accept(ws, by_where["item 1, summary"].id or 0, "phone number")
    entries = {e.item_number: e for e in ws.entries.list(case_id)}
    ws.entries.update(replace(entries[1], summary=f"On Monday he texted from {NUMBER}",
                              account="No email now."))
    ws.entries.update(replace(entries[2], location="outside the shop, ZZ99 9ZZ"))
    stale = {s.where: s for s in tr.suggestions(ws, case_id)}
    assert stale["item 1, summary"].stale and stale["item 2, location"].stale
    result = tr.suggest(ws, case_id)
    assert (result.added, result.moved, result.withdrawn) == ([], 1, 1)  # postcode moved, email gone
    now = {s.where: s for s in tr.suggestions(ws, case_id)}
    assert "item 1, account" not in now
    assert not now["item 2, location"].stale
    # The accepted span keeps its old offsets but still redacts the number where it now is.
    assert now["item 1, summary"].stale and now["item 1, summary"].redaction.id == accepted.id
    text = ws.entries.get(entries[1].id or 0).summary
    assert apply(text, [now["item 1, summary"].redaction]) == f"On Monday he texted from {marker('phone')}"


def test_accepting_a_suggestion_whose_words_are_gone_is_refused(ws: Workspace, case_id: int) -> None:
    tr.suggest(ws, case_id)
    target = next(s.redaction for s in tr.suggestions(ws, case_id) if s.where == "item 2, location")
    entry = next(e for e in ws.entries.list(case_id) if e.item_number == 2)
    ws.entries.update(replace(entry, location="the park"))
    with pytest.raises(Conflict, match="no longer contains"):
        tr.accept(ws, target.id or 0, "victim address")
    tr.dismiss(ws, target.id or 0, "gone anyway")  # dismissing is always possible


def test_accepting_a_moved_suggestion_re_anchors_it(ws: Workspace, case_id: int) -> None:
    tr.suggest(ws, case_id)
    target = next(s.redaction for s in tr.suggestions(ws, case_id) if s.where == "item 2, location")
    entry = next(e for e in ws.entries.list(case_id) if e.item_number == 2)
    ws.entries.update(replace(entry, location="close to ZZ99 9ZZ"))
    done = tr.accept(ws, target.id or 0, "victim address")
    assert "close to ZZ99 9ZZ"[done.start:done.end] == "ZZ99 9ZZ"


def _span(start: int, end: int, text: str, kind: str = "phone") -> TextRedaction:
    return TextRedaction(1, "entry", "summary", start, end, text, kind, Status.ACCEPTED, entry_id=1)


def test_apply_by_offsets_then_by_words() -> None:
    text = "Call 07700 900456 or 07700 900456 now"
    assert apply(text, [_span(5, 17, "07700 900456")]) == f"Call {marker('phone')} or 07700 900456 now"
    both = [_span(5, 17, "07700 900456"), _span(21, 33, "07700 900456")]
    assert apply(text, both) == f"Call {marker('phone')} or {marker('phone')} now"
    # Edited since: the offsets no longer hold the words, so they are replaced wherever they are.
    assert apply("He said: " + text, [_span(5, 17, "07700 900456")]) == \
        f"He said: Call {marker('phone')} or {marker('phone')} now"
    assert apply("nothing left", [_span(5, 17, "07700 900456")]) == "nothing left"
