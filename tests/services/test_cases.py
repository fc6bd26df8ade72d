from __future__ import annotations

import pytest

from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import Offence
from stalkdesk.errors import Conflict
from stalkdesk.services.cases import FieldInvalid, create_case, save_person, update_case
from stalkdesk.services.workspace import Workspace
from tests import factories


def test_urn_is_normalised(ws: Workspace) -> None:
    case = create_case(ws, Case(urn="01 ab 12345/24", operation="  Op Example  "))
    assert (case.urn, case.operation) == ("01AB1234524", "Op Example")
    assert ws.case("01AB1234524").id == case.id


@pytest.mark.parametrize(("case", "field", "words"), [
    (Case(urn=""), "urn", "Enter the case's URN"),
    (Case(urn="12345"), "urn", "is not a URN"),
    (Case(urn="01AB1234524", offences=(Offence.OTHER,)), "other_offence", "which other offence"),
    (Case(urn="01AB1234524", marking="SECRET"), "marking", "protective marking"),
    (Case(urn="01AB1234524", zone="Mars/Olympus"), "zone", "time zone"),
])
def test_bad_case_names_the_field(ws: Workspace, case: Case, field: str, words: str) -> None:
    with pytest.raises(FieldInvalid, match=words) as exc:
        create_case(ws, case)
    assert exc.value.field == field
    assert ws.cases.list() == []


def test_duplicate_urn_is_a_conflict(ws: Workspace) -> None:
    create_case(ws, Case(urn="01AB1234524"))
    with pytest.raises(Conflict, match="already exists"):
        create_case(ws, Case(urn="01ab1234524"))


def test_update_case(ws: Workspace) -> None:
    case = create_case(ws, Case(urn="01AB1234524"))
    from dataclasses import replace

    changed = update_case(ws, replace(case, operation="Op Renamed", offences=(Offence.PHA_S4A,)))
    assert ws.case("01AB1234524").operation == "Op Renamed" == changed.operation


def test_person_phones_normalised_and_bad_ones_named(ws: Workspace) -> None:
    case = create_case(ws, Case(urn="01AB1234524"))
    cid = case.id or 0
    p = save_person(ws, cid, factories.victim(phones=("07700 900123", "+44 7700 900123", " "),
                                              emails=(" Jo@Example.INVALID ",)))
    assert p.phones == ("+447700900123",) and p.emails == ("jo@example.invalid",)
    with pytest.raises(FieldInvalid, match="07700") as exc:
        save_person(ws, cid, factories.victim(phones=("07700",)))
    assert exc.value.field == "phones"
    with pytest.raises(FieldInvalid) as exc:
        save_person(ws, cid, factories.victim(emails=("not an email",)))
    assert exc.value.field == "emails"
    assert [x.id for x in ws.people.list(cid)] == [p.id]
