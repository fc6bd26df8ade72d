"""Who a record is from, in one comparable form, so the officer names the suspect once.

Phone numbers become E.164 (GB the default region), email addresses lower case, social
handles "handle:<name>", and anything else (a contact name saved in the victim's phone)
"name:<name>" compared without case. Withheld and unknown callers are "withheld".
"""

from __future__ import annotations

import re

from stalkdesk.domain import phones
from stalkdesk.domain.records import Person
from stalkdesk.importers.text import clean

WITHHELD = "withheld"
_PHONEISH = re.compile(r"\+?[\d\s().\-/]{3,}", re.ASCII)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_WITHHELD_WORDS = frozenset({"", "-1", "-2", "-3", "unknown", "private", "private number", "withheld",
                             "no caller id", "restricted", "anonymous", "payphone", "null", "(unknown)"})


def normalise(raw: str, region: str = "GB") -> str:
    """The comparable form of an identity as a source writes it. Never raises."""
    text = " ".join(clean(raw).split())
    low = text.lower()
    if low in _WITHHELD_WORDS:
        return WITHHELD
    if _PHONEISH.fullmatch(text) and sum(c.isdigit() for c in text) >= 3:
        try:
            return phones.normalise(text, region)
        except phones.PhoneError:
            digits = "".join(c for c in text if c.isdigit())
            return ("+" if text.startswith("+") else "") + digits  # short codes, odd lengths
    if _EMAIL.fullmatch(text):
        return low
    if low.startswith("handle:"):
        return "handle:" + low[7:].strip()
    if low.startswith("@") and len(low) > 1:
        return "handle:" + low[1:]
    if low.startswith("name:"):
        return "name:" + low[5:].strip()
    return "name:" + text.casefold()


class IdentityCache:
    """normalise() once per distinct raw identity: a call log repeats a few hundred numbers."""

    def __init__(self, region: str = "GB") -> None:
        self.region = region
        self._seen: dict[str, str] = {}

    def __call__(self, raw: str) -> str:
        try:
            return self._seen[raw]
        except KeyError:
            found = self._seen[raw] = normalise(raw, self.region)
            return found


def of_person(person: Person) -> set[str]:
    """Every identity a Person's record gives: phones, emails, handles, name and aliases."""
    found = {normalise(p) for p in person.phones}
    found |= {e.strip().lower() for e in person.emails if e.strip()}
    for h in person.handles:
        low = h.strip().lower()
        if low:
            found.add("handle:" + low)
            bare = low.rsplit(":", 1)[-1].lstrip("@")  # "instagram:@name" -> "name"
            if bare:
                found.add("handle:" + bare)
    found |= {"name:" + " ".join(n.split()).casefold() for n in (person.name, *person.aliases) if n.strip()}
    return found


def shown(identity: str) -> str:
    """An identity as an officer reads it: 07700 900456, sam sample, @name."""
    if identity.startswith("+"):
        return phones.display(identity)
    if identity.startswith("name:"):
        return identity[5:]
    if identity.startswith("handle:"):
        return "@" + identity[7:].lstrip("@")
    return identity
