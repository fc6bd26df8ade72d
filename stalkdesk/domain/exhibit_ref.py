"""Exhibit references: the producer's initials, a number, optional sub-numbers (JS/1/1)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_REF = re.compile(r"^([A-Z]{1,4})/(\d{1,5})((?:/\d{1,5})*)$")


class ExhibitRefError(ValueError):
    pass


def normalise(reference: str) -> str:
    """Upper-case and trim a typed reference, and check its shape."""
    text = reference.strip().upper().replace(" ", "")
    if not _REF.match(text):
        raise ExhibitRefError(
            f'"{reference}" is not an exhibit reference: use initials, "/" and a number, '
            'for example JS/1, or JS/1/1 for a sub-exhibit.'
        )
    return text


def file_stem(reference: str) -> str:
    """The reference as a file name: "/" is not allowed there, so JS/1/1 becomes JS_1_1."""
    return normalise(reference).replace("/", "_")


def next_reference(initials: str, existing: Iterable[str]) -> str:
    """Propose the next top-level reference for these initials, after the highest in use."""
    prefix = initials.strip().upper()
    if not re.fullmatch(r"[A-Z]{1,4}", prefix):
        raise ExhibitRefError(
            f'"{initials}" cannot start an exhibit reference: use one to four letters.'
        )
    highest = 0
    for ref in existing:
        m = _REF.match(ref)
        if m and m.group(1) == prefix:
            highest = max(highest, int(m.group(2)))
    return f"{prefix}/{highest + 1}"


def sort_key(reference: str) -> tuple[str, tuple[int, ...]]:
    """Order JS/2 before JS/10, and JS/1 before JS/1/1."""
    m = _REF.match(reference)
    if not m:
        return (reference, ())
    numbers = [int(m.group(2))] + [int(n) for n in m.group(3).split("/") if n]
    return (m.group(1), tuple(numbers))
