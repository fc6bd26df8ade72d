"""Scanners for personal data in free text: each returns the spans it is sure of.

Officers review every suggestion, so a false positive costs a click, but a noisy list
trains people to click "dismiss" without reading. Each scanner therefore checks more
than shape: phone numbers must be valid for their region (libphonenumber), or fall in
Ofcom's ranges reserved for drama (so fictional data behaves like real data); postcodes
use the letters the Royal Mail allows in the inward code; registrations must be in
capitals and, for current marks, carry a real age identifier; National Insurance
numbers use HMRC's allowed prefixes; card numbers must pass the Luhn check. Dates count
as dates of birth only close after "born", "DOB" or "date of birth".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import phonenumbers

from stalkdesk.domain.redaction.spans import Span

Scanner = Callable[[str], Iterator[Span]]

# Ofcom numbers for drama (Ofcom, "Telephone numbers for use in TV and radio drama").
_DRAMA = re.compile(r"^(?:7700900|1632960|2079460|11[3-8]4960|1214960|1314960|1414960|1514960|1614960"
                    r"|2890180|2920180|3069990|8081570|9098790)\d{3}$")
_DIGITS7 = re.compile(r"(?:\d\D{0,3}){7}")


def phones(text: str) -> Iterator[Span]:
    """UK numbers as written in the UK (07700 900123, +44 (0)7700 900123, 0044 ...), and
    international numbers written with their country code."""
    if not _DIGITS7.search(text):
        return
    for m in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        raw = m.raw_string
        if raw[0] not in "0+(":  # bare digit runs are references, counts, times
            continue
        nsn = phonenumbers.national_significant_number(m.number)
        if len(re.sub(r"\D", "", raw)) < 9:
            continue
        if phonenumbers.is_valid_number(m.number) or (m.number.country_code == 44 and _DRAMA.match(nsn)):
            yield Span(m.start, m.end, raw, "phone")


_EMAIL = re.compile(r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
                    r"[A-Za-z]{2,24}(?![\w-])")


def emails(text: str) -> Iterator[Span]:
    if "@" not in text:
        return
    for m in _EMAIL.finditer(text):
        yield Span(m.start(), m.end(), m.group(), "email")


# The outward code's shape, and the inward code's letters (never C, I, K, M, O or V):
# "2PM" or "4AM" after a road number are not postcodes.
POSTCODE = re.compile(r"(?<![\w-])([A-PR-UWYZ][A-HK-Z]?\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})(?![\w-])",
                      re.IGNORECASE)


def postcodes(text: str) -> Iterator[Span]:
    for m in POSTCODE.finditer(text):
        found = m.group()
        if found.islower() and " " not in found:
            continue  # "ab12cd" run together in lower case is more likely a code or a handle
        if not (found.isupper() or found.islower()):
            continue  # mixed case ("Sw1a 1aa") is a word, not a postcode
        yield Span(m.start(), m.end(), found, "postcode")


# UK registration marks, in capitals: current (AB12 CDE), prefix (A123 BCD), suffix (ABC 123D).
_CURRENT = re.compile(r"(?<![\w-])([A-Z]{2})(\d{2}) ?([A-Z]{3})(?![\w-])")
_PREFIX = re.compile(r"(?<![\w-])([A-HJ-NPR-Y])(\d{1,3}) ?([A-PR-Z]{3})(?![\w-])")
_SUFFIX = re.compile(r"(?<![\w-])([A-PR-Z]{3}) ?(\d{1,3})([A-HJ-NPR-Y])(?![\w-])")
# Capitalised words and acronyms case notes are full of, which the older styles would take.
_NOT_PLATE = frozenset({"SMS", "MMS", "CPS", "URN", "DOB", "BST", "GMT", "UTC", "PHA", "SPO", "CAD", "PNC",
                        "MG", "ABE", "DVLA", "ANPR", "CCTV", "NHS", "PDF", "CSV", "GPS", "APP", "TEL", "REF",
                        "MOB", "ITEM", "PAGE", "THE", "AND", "FOR", "ROOM", "FLAT", "UNIT", "BUS", "ROUTE"})
_UNDER = re.compile(r"[A-Z]{3,}")


def _age(digits: str) -> bool:
    """Age identifiers issued since September 2001: 02-29 (March) and 51-79 (September)."""
    n = int(digits)
    return 2 <= n <= 29 or 51 <= n <= 79


def vehicles(text: str) -> Iterator[Span]:
    if not _UNDER.search(text) and not re.search(r"[A-Z]{2}\d{2}", text):
        return
    for m in _CURRENT.finditer(text):
        if _age(m.group(2)):
            yield Span(m.start(), m.end(), m.group(), "vehicle")
    for rx, letters in ((_PREFIX, 3), (_SUFFIX, 1)):
        for m in rx.finditer(text):
            if m.group(letters) not in _NOT_PLATE and m.group(1) not in _NOT_PLATE:
                yield Span(m.start(), m.end(), m.group(), "vehicle")


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE = (rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d{{2}}|(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+(?:19|20)\d{{2}}"
         rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}})")
# The cue, then up to a few words (not a full stop or a new line), then the date.
_DOB = re.compile(rf"\b(?:born|d\.?o\.?b|date\s+of\s+birth)\b\.?[^.\n\d]{{0,24}}?(?<![\d/])({_DATE})(?![\d/])",
                  re.IGNORECASE)


def _plausible(date_text: str) -> bool:
    numeric = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}", date_text)
    if numeric:
        return 1 <= int(numeric[1]) <= 31 and 1 <= int(numeric[2]) <= 12
    iso = re.fullmatch(r"\d{4}-(\d{1,2})-(\d{1,2})", date_text)
    if iso:
        return 1 <= int(iso[1]) <= 12 and 1 <= int(iso[2]) <= 31
    day = re.match(r"(\d{1,2})", date_text) or re.search(r"\s(\d{1,2})", date_text)
    return day is None or 1 <= int(day[1]) <= 31


def dates_of_birth(text: str) -> Iterator[Span]:
    low = text.lower()
    if "born" not in low and "dob" not in low and "d.o.b" not in low and "birth" not in low:
        return
    for m in _DOB.finditer(text):
        if _plausible(m.group(1)):
            yield Span(m.start(1), m.end(1), m.group(1), "dob")


# HMRC: first letter not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V; some pairs never issued.
_NINO = re.compile(r"(?<![\w-])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![\w-])")
_NINO_NEVER = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def ni_numbers(text: str) -> Iterator[Span]:
    for m in _NINO.finditer(text):
        if m.group(1) not in _NINO_NEVER:
            yield Span(m.start(), m.end(), m.group(), "ni_number")


# 13-19 digits, in groups separated by single spaces or hyphens, starting like a card scheme.
_CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
_SCHEMES = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9])|3(?:0[0-5]|[68]))")


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def cards(text: str) -> Iterator[Span]:
    if not _DIGITS7.search(text):
        return
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and _SCHEMES.match(digits) and luhn(digits) and len(set(digits)) > 1:
            yield Span(m.start(), m.end(), m.group(), "card")


# Most specific first: where two scanners claim overlapping words, the earlier one wins.
SCANNERS: tuple[Scanner, ...] = (cards, ni_numbers, emails, dates_of_birth, postcodes, vehicles, phones)


def scan(text: str) -> list[Span]:
    """Every span of personal data the scanners find, in text order, none overlapping."""
    if not text:
        return []
    taken: list[Span] = []
    for scanner in SCANNERS:
        for span in scanner(text):
            if all(span.end <= t.start or span.start >= t.end for t in taken):
                taken.append(span)
    return sorted(taken, key=lambda s: s.start)
