"""Redaction over domain records: personal details become markers, in every written form."""

from __future__ import annotations

from datetime import date

import pytest

from stalkdesk.domain.records import CaseNarrative, Person
from stalkdesk.domain.vocab import Role
from stalkdesk.reports.redact import Redactor, marker
from tests import factories

VICTIM = factories.victim(date_of_birth=date(1990, 7, 4), vehicles=("Blue estate, ZZ51 XYZ",))
SUSPECT = factories.suspect(phones=("+447700900999",), addresses=("9 Other Road, Sampleton, ZZ99 8ZZ",))
WITNESS = Person(Role.WITNESS, "Wes Witness", phones=("+48601234567",), emails=("wes@example.invalid",))


@pytest.fixture
def r() -> Redactor:
    return Redactor([VICTIM, SUSPECT, WITNESS])


@pytest.mark.parametrize("written", [
    "07700 900123", "07700900123", "+44 7700 900123", "+447700900123", "+44 (0)7700 900123",
    "0044 7700 900123", "07700-900-123", "(07700) 900 123", "7700 900123",
])
def test_phone_numbers_in_any_common_form(r: Redactor, written: str) -> None:
    assert r.text(f"She rang {written} twice.") == f"She rang {marker('phone')} twice."


def test_foreign_numbers_of_witnesses(r: Redactor) -> None:
    assert r.text("Call +48 601 234 567 or 0048601234567") == f"Call {marker('phone')} or {marker('phone')}"


def test_other_numbers_are_left_alone(r: Redactor) -> None:
    text = "Call 07700 900124 or 907700900123, at 21:15 on 03/03/2024, incident 0123."
    assert r.text(text) == text


def test_addresses_whole_and_in_parts(r: Redactor) -> None:
    assert r.text("He went to 1 Fictional Street, Exampletown, ZZ99 9ZZ.") == f"He went to {marker('address')}."
    assert r.text("seen at 1 fictional street again") == f"seen at {marker('address')} again"
    assert r.text("walking along Fictional Street") == f"walking along {marker('address')}"
    assert r.text("postcode zz999zz") == f"postcode {marker('address')}"
    assert r.text("Exampletown centre") == "Exampletown centre"  # a town alone identifies no one


def test_dates_of_birth_in_numeric_and_written_forms(r: Redactor) -> None:
    for written in ("04/07/1990", "4/7/1990", "04.07.90", "1990-07-04", "4th July 1990", "4 Jul 1990",
                    "July 4, 1990"):
        assert r.text(f"born {written}.") == f"born {marker('dob')}.", written
    assert r.text("on 04/07/2024") == "on 04/07/2024"


def test_emails_and_vehicles(r: Redactor) -> None:
    assert r.text("Mail JO@example.invalid now") == f"Mail {marker('email')} now"
    assert r.text("the car zz51xyz and ZZ51 XYZ") == f"the car {marker('vehicle')} and {marker('vehicle')}"


def test_the_suspect_is_not_redacted(r: Redactor) -> None:
    text = "He lives at 9 Other Road, Sampleton and his phone is 07700 900999."
    assert r.text(text) == text
    printed = r.person(SUSPECT)
    assert printed.phones == ("07700 900999",) and printed.addresses == SUSPECT.addresses


def test_people_fields_become_markers(r: Redactor) -> None:
    p = r.person(VICTIM)
    assert p.name == VICTIM.name
    assert p.date_of_birth == marker("dob")
    assert p.addresses == (marker("address"),) and p.phones == (marker("phone"),)
    assert p.emails == (marker("email"),) and p.vehicles == (marker("vehicle"),)


def test_entries_exhibits_and_narrative(r: Redactor) -> None:
    e = r.entry(factories.entry(summary="At 1 Fictional Street", account="Rang 07700900123",
                                location="1 Fictional Street"))
    assert "Fictional Street" not in e.summary + e.account + e.location
    n = r.narrative(CaseNarrative(victim_views="She lives at 1 Fictional Street", headline_summary="ok"))
    assert n.victim_views == f"She lives at {marker('address')}" and n.headline_summary == "ok"


def test_unredacted_redactor_changes_nothing() -> None:
    r = Redactor.none()
    assert r.text("1 Fictional Street 07700 900123") == "1 Fictional Street 07700 900123"
    assert r.person(VICTIM).addresses == VICTIM.addresses
    assert r.person(VICTIM).date_of_birth == "04/07/1990"
