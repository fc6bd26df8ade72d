"""Redaction for the CPS: personal details replaced by markers in the data, before printing.

The contact details of victims, witnesses and third parties (their `Person.REDACTABLE`
fields: date of birth, addresses, phone numbers, emails, vehicles) are removed from the
people table and wherever they occur in free text: entries, exhibit descriptions, the
officer's narrative. Because this happens to the data, the words never reach the PDF, its
metadata or its outline: nothing is hidden under a box that could be lifted.

Matching is deliberately generous. Addresses also match by their parts (house number and
street, the street alone, the postcode); phone numbers match in any common written form
(07700 900123, 07700900123, +44 7700 900123, +44 (0)7700 900123, 0044 ...); dates of birth
in numeric and written forms; vehicles by their registration mark. Suspects are not
redacted: the CPS needs their details.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

import phonenumbers

from stalkdesk.domain import phones
from stalkdesk.domain.records import (
    CaseNarrative,
    ContactRecord,
    ContinuityEvent,
    Entry,
    Exhibit,
    ExhibitLink,
    Person,
)
from stalkdesk.domain.redaction import Status, TextRedaction
from stalkdesk.domain.redaction import apply as apply_spans
from stalkdesk.domain.vocab import Role
from stalkdesk.reports.model import PrintedPerson

PROTECTED_ROLES = frozenset({Role.VICTIM, Role.WITNESS, Role.THIRD_PARTY})
KINDS = {"address": "address", "phone": "phone number", "email": "email", "dob": "date of birth",
         "vehicle": "vehicle"}
_SEP = r"[\s.\-()]*"
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", re.IGNORECASE)
_HOUSE = re.compile(r"^(?:(?:flat|apartment|apt|unit)\s+\w+\s+)?\d+[a-z]?\s+(.+)$", re.IGNORECASE)
# UK registration marks: current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D) styles.
_PLATES = re.compile(r"\b([A-Z]{2}\d{2})\s?([A-Z]{3})\b|\b([A-Z]\d{1,3})\s?([A-Z]{3})\b"
                     r"|\b([A-Z]{3})\s?(\d{1,3}[A-Z])\b")


_NOT_DIGIT = re.compile(r"\D+")


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str
    pattern: str
    trigger: str  # must occur in the lower-cased text (or, if numeric, in its digits) to match
    numeric: bool


def _rule(kind: str, pattern: str, source: str) -> _Rule:
    """A rule for text-like values: triggered by their longest word."""
    words = [w.lower() for w in re.split(r"[\s,()]+", source) if w]
    return _Rule(kind, pattern, max(words, key=len) if words else source.lower(), False)


def marker(kind: str) -> str:
    return f"[REDACTED \u2013 {KINDS[kind]}]"


def _literal(text: str) -> str:
    """A pattern for text as typed, whatever the spacing, commas or case."""
    words = [re.escape(w) for w in re.split(r"[\s,]+", text.strip()) if w]
    return r"(?<!\w)" + r"[\s,]+".join(words) + r"(?!\w)" if words else ""


def _digits(digits: str) -> str:
    return _SEP.join(digits)


def phone_pattern(e164: str) -> str:
    """Every common written form of one number, matched by its digits."""
    try:
        parsed = phonenumbers.parse(e164, "GB")
        cc, nsn = str(parsed.country_code), phonenumbers.national_significant_number(parsed)
    except phonenumbers.NumberParseException:
        only = re.sub(r"\D", "", e164)
        return rf"(?<![\d+]){_digits(only)}(?!\d)" if len(only) >= 6 else ""
    international = rf"(?:\+|00){_SEP}{_digits(cc)}{_SEP}(?:\(0\){_SEP})?{_digits(nsn)}"
    national = rf"0{_SEP}{_digits(nsn)}"
    return rf"(?<![\d+(])\(?(?:{international}|{national}|{_digits(nsn)})(?!\d)"


def dob_pattern(d: date) -> str:
    month, mon = _MONTHS[d.month - 1], _MONTHS[d.month - 1][:3]
    day = rf"0?{d.day}(?:st|nd|rd|th)?"
    names = rf"(?:{month}|{mon}\.?)"
    forms = [
        rf"0?{d.day}[/.\-]0?{d.month}[/.\-](?:{d.year}|{d.year % 100:02d})",
        rf"{d.year}[/.\-]0?{d.month}[/.\-]0?{d.day}",
        rf"{day}\s+(?:of\s+)?{names},?\s+{d.year}",
        rf"{names}\s+{day},?\s+{d.year}",
    ]
    return rf"(?<!\d)(?:{'|'.join(forms)})(?!\d)"


def _address_patterns(address: str) -> list[tuple[str, str, str]]:
    """(kind, pattern, text it stands for): the whole address first, then its parts."""
    found = [("address", _literal(address), address)]
    for part in (p.strip() for p in address.split(",")):
        if re.search(r"\d", part) and len(part) >= 4:
            found.append(("address", _literal(part), part))
        street = _HOUSE.match(part)
        if street and len(street.group(1).split()) >= 2:
            found.append(("address", _literal(street.group(1)), street.group(1)))
    for outward, inward in _POSTCODE.findall(address):
        found.append(("address", rf"(?<!\w){re.escape(outward)}\s*{re.escape(inward)}(?!\w)", outward))
    return found


def _vehicle_patterns(vehicle: str) -> list[tuple[str, str, str]]:
    found = [("vehicle", _literal(vehicle), vehicle)]
    for groups in _PLATES.findall(vehicle.upper()):
        a, b = [g for g in groups if g]
        found.append(("vehicle", rf"(?<!\w){re.escape(a)}\s?{re.escape(b)}(?!\w)", a))
    return found


class Redactor:
    """Replaces the protected people's details wherever they occur. `Redactor.none()` is a no-op.

    Each pattern has a cheap trigger (a word it must contain, or the digits a phone number
    must contain): a text is searched only for the patterns whose trigger it holds, which
    keeps 10,000 entries quick to redact. Patterns run longest first, so a whole address
    is replaced before its parts.
    """

    def __init__(self, people: Iterable[Person], spans: Iterable[TextRedaction] = ()) -> None:
        # Spans the officer accepted, by (target, record id, field): applied before the people's details.
        self._spans: dict[tuple[str, int | None, str], list[TextRedaction]] = {}
        for span in spans:
            if span.status is Status.ACCEPTED:  # suggestions and dismissed spans stay as written
                self._spans.setdefault(span.key, []).append(span)
        protected = [p for p in people if p.role in PROTECTED_ROLES]
        first: list[_Rule] = []  # whole values
        rest: list[_Rule] = []  # their parts, after the wholes
        for p in protected:
            for address in p.addresses:
                whole, *parts = _address_patterns(address)
                first.append(_rule(*whole))
                rest.extend(_rule(*part) for part in parts)
            for vehicle in p.vehicles:
                whole, *parts = _vehicle_patterns(vehicle)
                first.append(_rule(*whole))
                rest.extend(_rule(*part) for part in parts)
            for email in p.emails:
                first.append(_Rule("email", rf"(?<![\w.+-]){re.escape(email)}(?![\w-])", email.lower(), False))
            for number in p.phones:
                digits = re.sub(r"\D", "", number)
                first.append(_Rule("phone", phone_pattern(number), digits[-6:], True))
            if p.date_of_birth is not None:
                first.append(_Rule("dob", dob_pattern(p.date_of_birth), f"{p.date_of_birth.year % 100:02d}", True))
        ordered = sorted(first, key=lambda r: -len(r.pattern)) + sorted(rest, key=lambda r: -len(r.pattern))
        self._rules = [r for r in dict.fromkeys(ordered) if r.pattern]
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self.active = True

    @classmethod
    def none(cls) -> Redactor:
        r = cls(())
        r.active = False
        return r

    def text(self, text: str) -> str:
        if not self._rules or not text:
            return text
        low, digits = text.lower(), _NOT_DIGIT.sub("", text)
        hit = tuple(i for i, r in enumerate(self._rules) if r.trigger in (digits if r.numeric else low))
        if not hit:
            return text
        rx = self._compiled.get(hit)
        if rx is None:
            rx = self._compiled[hit] = re.compile(
                "|".join(f"(?P<{self._rules[i].kind}_{i}>{self._rules[i].pattern})" for i in hit), re.IGNORECASE)
        return rx.sub(lambda m: marker((m.lastgroup or "address").rsplit("_", 1)[0]), text)

    def person(self, p: Person) -> PrintedPerson:
        shown = [phones.display(n) for n in p.phones]
        dob = f"{p.date_of_birth:%d/%m/%Y}" if p.date_of_birth else ""
        hide = self.active and p.role in PROTECTED_ROLES
        return PrintedPerson(
            role=p.role, name=p.name, relationship=p.relationship, aliases=p.aliases,
            date_of_birth=marker("dob") if hide and dob else dob,
            addresses=tuple(marker("address") for _ in p.addresses) if hide else p.addresses,
            phones=tuple(marker("phone") for _ in shown) if hide else tuple(shown),
            emails=tuple(marker("email") for _ in p.emails) if hide else p.emails,
            vehicles=tuple(marker("vehicle") for _ in p.vehicles) if hide else p.vehicles,
            handles=p.handles, notes=self.text(p.notes), id=p.id,
        )

    def _field(self, target: str, owner: int | None, name: str, text: str) -> str:
        """One field of a record: its accepted spans first (their offsets are into the stored
        text), then the protected people's details."""
        spans = self._spans.get((target, owner, name))
        return self.text(apply_spans(text, spans) if spans else text)

    def entry(self, e: Entry) -> Entry:
        if not self._rules and not self._spans:
            return e
        t = self.text

        def f(name: str, text: str) -> str:
            return self._field("entry", e.id, name, text)

        return replace(e, summary=f("summary", e.summary), account=f("account", e.account),
                       location=f("location", e.location),
                       source_reference=t(e.source_reference),
                       exhibits=tuple(ExhibitLink(x.exhibit_id, t(x.locator), x.reference) for x in e.exhibits))

    def exhibit(self, x: Exhibit) -> Exhibit:
        if not self._rules and not self._spans:
            return x
        t = self.text
        return replace(x, description=self._field("exhibit", x.id, "description", x.description),
                       seized_where=t(x.seized_where),
                       location_now=t(x.location_now), original_filename=t(x.original_filename))

    def continuity(self, c: ContinuityEvent) -> ContinuityEvent:
        return replace(c, purpose=self.text(c.purpose)) if self._rules else c

    def narrative(self, n: CaseNarrative) -> CaseNarrative:
        return replace(n, **{name: self._field("narrative", None, name, getattr(n, name))
                             for name in CaseNarrative.FIELDS})

    def record(self, r: ContactRecord) -> ContactRecord:
        """An imported message, its body redacted like an entry's text."""
        if not self._rules and not self._spans:
            return r
        return replace(r, body=self._field("contact_record", r.id, "body", r.body))
