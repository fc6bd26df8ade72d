"""The SPO application's terms, duration and interim request: rules and the audited store."""

from __future__ import annotations

import pytest

from stalkdesk.domain.analysis.common import AnalysisError
from stalkdesk.domain.analysis.spo import (
    COMMON_TERMS,
    Duration,
    SpoTerm,
    TermKind,
    clean_text,
    common_term,
    numbered,
    parse_duration,
)
from stalkdesk.errors import InvalidInput, NotFound
from stalkdesk.services import spo
from stalkdesk.services.workspace import Workspace
from tests import factories


def _case(ws: Workspace) -> int:
    return ws.cases.create(factories.case()).id or 0


def _actions(ws: Workspace, cid: int) -> list[str]:
    return [f"{e.action} {e.object_type}" for e in ws.audit.events(cid)]


# The domain rules.

def test_duration_is_at_least_two_years_or_until_further_order() -> None:
    assert parse_duration("2").years == 2
    assert parse_duration("5 years").years == 5 and parse_duration("10y").years == 10
    assert parse_duration("until further order") == Duration(None)
    assert parse_duration("") == Duration(2)  # the minimum, when nothing is said
    with pytest.raises(AnalysisError, match="at least 2 years"):
        parse_duration("1 year")
    with pytest.raises(AnalysisError, match="not a duration"):
        parse_duration("eighteen months")
    assert "s.2(5)" in Duration(3).text and "further order" in Duration(None).text


def test_terms_are_numbered_prohibitions_first_each_by_position() -> None:
    terms = [SpoTerm(TermKind.REQUIREMENT, "r-b", 2, id=1), SpoTerm(TermKind.PROHIBITION, "p-b", 2, id=2),
             SpoTerm(TermKind.REQUIREMENT, "r-a", 1, id=3), SpoTerm(TermKind.PROHIBITION, "p-a", 1, id=4)]
    assert [(n, t.text) for n, t in numbered(terms)] == [("P1", "p-a"), ("P2", "p-b"), ("R1", "r-a"),
                                                         ("R2", "r-b")]


def test_common_terms_cover_the_usual_conditions() -> None:
    keys = {t.key for t in COMMON_TERMS}
    assert {"no_contact", "no_zone", "no_posting", "no_monitoring", "assessment", "notify_names"} <= keys
    assert common_term("assessment").kind is TermKind.REQUIREMENT
    assert common_term("no_contact").kind is TermKind.PROHIBITION
    assert "directly or indirectly" in common_term("no_contact").text
    with pytest.raises(AnalysisError, match="not one of the common terms"):
        common_term("no_such_term")


def test_term_text_is_tidied_and_must_not_be_empty() -> None:
    assert clean_text("  Not to   contact\r\n\r\nanyone  ") == "Not to contact\nanyone"
    with pytest.raises(AnalysisError, match="empty"):
        clean_text(" \n ")
    with pytest.raises(AnalysisError, match="2,000 characters"):
        clean_text("x" * 2001)


# The service over the store.

def test_add_edit_remove_terms_with_audit(ws: Workspace) -> None:
    cid = _case(ws)
    p1 = spo.add_term(ws, cid, common="no_contact")
    r1 = spo.add_term(ws, cid, "requirement", "To attend a fictional programme")
    p2 = spo.add_term(ws, cid, "prohibition", "Not to enter Fictional Street")
    assert [(n, t.id) for n, t in spo.numbered_terms(ws, cid)] == [("P1", p1.id), ("P2", p2.id), ("R1", r1.id)]
    edited = spo.edit_term(ws, p2.id or 0, "Not to enter  Fictional Street or Example Road")
    assert edited.text == "Not to enter Fictional Street or Example Road"
    spo.remove_term(ws, p1.id or 0)
    assert [(n, t.id) for n, t in spo.numbered_terms(ws, cid)] == [("P1", p2.id), ("R1", r1.id)]
    with pytest.raises(NotFound):
        spo.edit_term(ws, p1.id or 0, "brought back")  # a withdrawn term stays withdrawn
    assert _actions(ws, cid)[-5:] == ["create spo_term", "create spo_term", "create spo_term", "alter spo_term",
                                      "delete spo_term"]
    assert "Withdrew SPO prohibition: Not to contact" in ws.audit.events(cid)[-1].summary


def test_a_common_term_can_be_reworded_or_reclassified(ws: Workspace) -> None:
    cid = _case(ws)
    t = spo.add_term(ws, cid, common="no_contact", text="Not to contact Jo Example by any means")
    assert (t.kind, t.text) == (TermKind.PROHIBITION, "Not to contact Jo Example by any means")
    with pytest.raises(InvalidInput, match="prohibition or a requirement"):
        spo.add_term(ws, cid, None, "no kind given")
    with pytest.raises(InvalidInput, match="not a kind of term"):
        spo.add_term(ws, cid, "condition", "wrong kind")
    with pytest.raises(InvalidInput, match="empty"):
        spo.add_term(ws, cid, "prohibition", "   ")
    assert len(spo.terms(ws, cid)) == 1


def test_reorder_and_move_terms(ws: Workspace) -> None:
    cid = _case(ws)
    a, b, c = (spo.add_term(ws, cid, "prohibition", f"Fictional term {x}") for x in "abc")
    r = spo.add_term(ws, cid, "requirement", "Fictional requirement")
    spo.reorder_terms(ws, cid, "prohibition", [c.id or 0, a.id or 0, b.id or 0])
    assert [t.text[-1] for t in spo.terms(ws, cid) if t.kind is TermKind.PROHIBITION] == ["c", "a", "b"]
    spo.move_term(ws, b.id or 0, -5)  # to the top, and no further
    assert [n for n, t in spo.numbered_terms(ws, cid) if t.id == b.id] == ["P1"]
    spo.move_term(ws, b.id or 0, 1)
    assert [t.text[-1] for t in spo.terms(ws, cid) if t.kind is TermKind.PROHIBITION] == ["c", "b", "a"]
    assert spo.terms(ws, cid)[-1].id == r.id  # requirements untouched
    with pytest.raises(InvalidInput, match="every proposed prohibition once"):
        spo.reorder_terms(ws, cid, "prohibition", [a.id or 0, b.id or 0])


def test_interim_request_needs_reasons_and_duration_is_stored(ws: Workspace) -> None:
    cid = _case(ws)
    app = spo.application(ws, cid)
    assert not app.interim.requested and app.duration == Duration(2) and not app.duration_set
    with pytest.raises(InvalidInput, match="Say why"):
        spo.set_interim(ws, cid, True, "  ")
    spo.set_interim(ws, cid, True, "Fictional: threats continue after police attended.")
    spo.set_duration(ws, cid, "until further order")
    app = spo.application(ws, cid)
    assert app.interim.requested and app.interim.reasons.startswith("Fictional: threats")
    assert app.duration == Duration(None) and app.duration_set
    spo.set_duration(ws, cid, "3 years")
    assert spo.application(ws, cid).duration == Duration(3)
    with pytest.raises(InvalidInput, match="at least 2 years"):
        spo.set_duration(ws, cid, "1")
    assert _actions(ws, cid).count("alter spo_application") == 3
    spo.set_duration(ws, cid, "3")  # unchanged: nothing to record
    assert _actions(ws, cid).count("alter spo_application") == 3
    assert ws.narrative.get(cid) == type(ws.narrative.get(cid))()  # the MG3/MG5 texts are untouched


def test_unknown_case_is_refused(ws: Workspace) -> None:
    with pytest.raises(NotFound):
        spo.add_term(ws, 999, common="no_contact")
