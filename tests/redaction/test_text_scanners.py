"""The scanners: what they find, and the near misses they must leave alone."""

from __future__ import annotations

import pytest

from stalkdesk.domain.redaction import scan
from stalkdesk.domain.redaction.scanners import cards, luhn, phones


def found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in scan(text)]


def test_spans_are_offsets_into_the_text() -> None:
    text = "Rang 07700 900123, mailed jo@example.invalid."
    for s in scan(text):
        assert text[s.start:s.end] == s.text
    assert [s.kind for s in scan(text)] == ["phone", "email"]


@pytest.mark.parametrize("written", [
    "07700 900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900123", "0044 7700 900123",
    "07700-900-123", "01632 960123", "020 7946 0018", "0117 496 0123", "+48 601 234 567",
])
def test_phone_numbers(written: str) -> None:
    assert found(f"He rang {written} twice.") == [(written, "phone")]


@pytest.mark.parametrize("text", [
    "at 21:15 on 03/03/2024, incident 0123",
    "crime reference 2024/123456",
    "URN 01ZZ0000124",
    "item 12345 67890",  # a bare digit run is a reference, not a number someone wrote as a phone
    "7700 900123",
    "07700 12",  # too short
    "04444 444444",  # no UK number starts 04
    "01000 000000",  # nor 010
])
def test_phone_near_misses(text: str) -> None:
    assert list(phones(text)) == []
    assert [s for s in scan(text) if s.kind == "phone"] == []


def test_emails() -> None:
    assert found("Mail jo.example+x@example.invalid. Or JO@Example.Invalid!") == [
        ("jo.example+x@example.invalid", "email"), ("JO@Example.Invalid", "email")]
    assert found("@handle and name@ and a@b and user@localhost") == []


@pytest.mark.parametrize("postcode", ["ZZ99 9ZZ", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT",
                                      "m1 1ae", "EC1A1BB"])
def test_postcodes(postcode: str) -> None:
    assert found(f"lives near {postcode}, sadly") == [(postcode, "postcode")]


@pytest.mark.parametrize("text", [
    "on the M6 at 2PM", "the M62 5PM train", "Sw1a 1aa", "ec1a1bb", "QA1 1AA", "AB1 1CD",  # C is never inward
    "room 101", "model X1 2AM",
])
def test_postcode_near_misses(text: str) -> None:
    assert [s for s in scan(text) if s.kind == "postcode"] == []


@pytest.mark.parametrize("plate", ["AB12 CDE", "ZZ51XYZ", "A123 BCD", "K9 ABC", "ABC 123D", "XYZ1A"])
def test_vehicle_registrations(plate: str) -> None:
    assert found(f"a blue car, {plate}, outside") == [(plate, "vehicle")]


@pytest.mark.parametrize("text", [
    "AB99 CDE",  # no such age identifier
    "ab12 cde",  # registrations are written in capitals
    "SMS 5A", "CPS 12B", "URN 1A",  # acronyms the older styles would take
    "Abc 123d", "MG6C", "PHA s2A",
])
def test_vehicle_near_misses(text: str) -> None:
    assert [s for s in scan(text) if s.kind == "vehicle"] == []


@pytest.mark.parametrize(("text", "dob"), [
    ("born 04/07/1990.", "04/07/1990"),
    ("DOB: 4th July 1990", "4th July 1990"),
    ("d.o.b. 04.07.90", "04.07.90"),
    ("her date of birth is July 4, 1990", "July 4, 1990"),
    ("Born on the 4 Jul 1990 in Exampletown", "4 Jul 1990"),
    ("dob 1990-07-04", "1990-07-04"),
])
def test_dates_of_birth(text: str, dob: str) -> None:
    assert found(text) == [(dob, "dob")]


@pytest.mark.parametrize("text", [
    "on 04/07/1990 she moved",  # a date with no cue
    "born in Exampletown. On 04/07/1990 she moved",  # the cue is in another sentence
    "born 31/13/1990",  # no 13th month
    "the baby was born yesterday, and on the 12th the suspect called again at 14:00 about 2024",
])
def test_date_of_birth_near_misses(text: str) -> None:
    assert [s for s in scan(text) if s.kind == "dob"] == []


@pytest.mark.parametrize("nino", ["AB 12 34 56 C", "AB123456C", "JG103759A"])
def test_national_insurance_numbers(nino: str) -> None:
    assert found(f"NI number {nino} on file") == [(nino, "ni_number")]


@pytest.mark.parametrize("text", ["QQ123456C", "GB123456A", "DA123456A", "AB123456E", "ab123456c",
                                  "AB1234567C"])
def test_national_insurance_near_misses(text: str) -> None:
    assert [s for s in scan(text) if s.kind == "ni_number"] == []


@pytest.mark.parametrize("card", ["4111 1111 1111 1111", "4111111111111111", "5500-0000-0000-0004",
                                  "3782 822463 10005"])
def test_card_numbers(card: str) -> None:
    assert found(f"paid with {card} yesterday") == [(card, "card")]


@pytest.mark.parametrize("text", [
    "4111 1111 1111 1112",  # fails the Luhn check
    "9111 1111 1111 1116",  # passes Luhn, but no card scheme starts with 9
    "0000 0000 0000 0000",
    "phone 07700 900123 and 07700 900124",  # two numbers side by side are not a card
])
def test_card_near_misses(text: str) -> None:
    assert list(cards(text)) == []


def test_luhn() -> None:
    assert luhn("79927398713") and not luhn("79927398710")


def test_overlaps_resolve_to_the_more_specific_kind() -> None:
    spans = scan("Card 4111 1111 1111 1111, ring 07700 900123 or email 07700900123@example.invalid")
    assert [(s.text, s.kind) for s in spans] == [
        ("4111 1111 1111 1111", "card"), ("07700 900123", "phone"), ("07700900123@example.invalid", "email")]


def test_empty_and_plain_text() -> None:
    assert scan("") == []
    assert scan("He waited outside her work for an hour on Tuesday and followed her to the bus.") == []
