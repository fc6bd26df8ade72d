"""Checks on what officers type, each failure naming the field and the reason."""

from __future__ import annotations

import re
from dataclasses import replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from stalkdesk.domain import phones
from stalkdesk.domain.records import Case, Person
from stalkdesk.domain.vocab import MARKINGS, Offence

# A police URN: force code (2 digits), unit (2 letters or digits), number (5 digits), year (2 digits).
_URN = re.compile(r"^\d{2}[A-Z0-9]{2}\d{5}\d{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class FieldError(ValueError):
    """`field` is the record's attribute name; `str(error)` is the sentence to show."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def normalise_urn(text: str) -> str:
    """'01 AB 12345 24' or '01/AB/12345/24' -> '01AB1234524'."""
    return re.sub(r"[\s/\-]", "", text).upper()


def check_case(case: Case) -> Case:
    """The case tidied (URN normalised), or FieldError for the first problem."""
    urn = normalise_urn(case.urn)
    if not urn:
        raise FieldError("urn", "Enter the case's URN.")
    if not _URN.match(urn):
        raise FieldError("urn", f'"{case.urn}" is not a URN: expected 11 characters such as 01AB1234524 '
                                "(force, unit, number, year).")
    if Offence.OTHER in case.offences and not case.other_offence.strip():
        raise FieldError("other_offence", "Say which other offence is under consideration.")
    if case.marking not in MARKINGS:
        raise FieldError("marking", f'"{case.marking}" is not a protective marking StalkDesk prints '
                                    f"({', '.join(MARKINGS)}).")
    try:
        ZoneInfo(case.zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise FieldError("zone", f'"{case.zone}" is not a time zone name such as Europe/London.') from None
    return replace(case, urn=urn, operation=case.operation.strip(), crime_reference=case.crime_reference.strip())


def check_person(person: Person) -> Person:
    """The person tidied (phones in E.164, emails lower-case), or FieldError."""
    if not person.name.strip():
        raise FieldError("name", "Enter the person's name (or a description, such as 'unknown male').")
    numbers = []
    for raw in person.phones:
        if raw.strip():
            try:
                numbers.append(phones.normalise(raw))
            except phones.PhoneError as exc:
                raise FieldError("phones", str(exc)) from None
    emails = []
    for raw in person.emails:
        email = raw.strip()
        if email and not _EMAIL.match(email):
            raise FieldError("emails", f'"{raw}" is not an email address.')
        if email:
            emails.append(email.lower())
    clean = tuple(dict.fromkeys(numbers)), tuple(dict.fromkeys(emails))
    return replace(person, name=person.name.strip(), phones=clean[0], emails=clean[1],
                   addresses=tuple(a.strip() for a in person.addresses if a.strip()),
                   aliases=tuple(a.strip() for a in person.aliases if a.strip()),
                   vehicles=tuple(v.strip().upper() for v in person.vehicles if v.strip()))
