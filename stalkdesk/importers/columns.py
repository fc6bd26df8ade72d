"""Tables (call records, diaries, spreadsheets): finding the heading row and what each column is.

Headings are matched loosely ("Date/Time", "date time" and "DATETIME" are one), a title or
blank lines above the headings are passed over, and the officer's own mapping (role ->
heading, or column number from 1) always wins. A layout's key lets a mapping be remembered.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence

from stalkdesk.importers import dates
from stalkdesk.importers.base import ColumnsNeeded, ImportFormatError

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
HEADER_SEARCH_ROWS = 25


def norm(heading: str) -> str:
    return _NOT_ALNUM.sub("", heading.lower())


def sniff_delimiter(lines: Sequence[str]) -> str:
    """The delimiter most consistently present in the first lines: comma, semicolon, tab or bar."""
    best, best_score = ",", -1.0
    for d in (",", ";", "\t", "|"):
        counts = [line.count(d) for line in lines if line.strip()]
        if not counts:
            continue
        score = min(counts) * 2 + sum(counts) / len(counts) if max(counts) else -1.0
        if score > best_score:
            best, best_score = d, score
    return best


def find_header(rows: Sequence[Sequence[str]], synonyms: Mapping[str, frozenset[str]], need: int = 2) -> int | None:
    """Index of the first row naming at least `need` known columns, or None."""
    known = frozenset().union(*synonyms.values())
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for cell in row if norm(cell) in known) >= need:
            return i
    return None


def _looks_like_data(row: Sequence[str]) -> bool:
    return any(dates.order_fields(c) or (c[:4].isdigit() and c[4:5] == "-") for c in row)


def locate(top: Sequence[Sequence[str]], synonyms: Mapping[str, frozenset[str]]
           ) -> tuple[tuple[str, ...], int, dict[str, int], bool]:
    """(headings, index of the first data row, role -> column recognised, headings recognised?).

    Without a recognisable heading row, the first non-blank row is taken as headings unless
    it looks like data (it holds a date), in which case the columns are "column 1", ...."""
    header = find_header(top, synonyms)
    if header is not None:
        headings = tuple(c.strip() for c in top[header])
        return headings, header + 1, detect(headings, synonyms), True
    first = next((i for i, r in enumerate(top) if any(c.strip() for c in r)), 0)
    if first < len(top) and not _looks_like_data(top[first]):
        headings = tuple(c.strip() for c in top[first])
        return headings, first + 1, detect(headings, synonyms), False
    width = max((len(r) for r in top), default=0)
    return tuple(f"column {i}" for i in range(1, width + 1)), first, {}, False


def detect(headings: Sequence[str], synonyms: Mapping[str, frozenset[str]]) -> dict[str, int]:
    """role -> column index for each role whose heading is recognised (first match wins)."""
    found: dict[str, int] = {}
    for i, heading in enumerate(headings):
        key = norm(heading)
        for role, names in synonyms.items():
            if key in names and role not in found:
                found[role] = i
                break
    return found


def apply_mapping(file: str, headings: Sequence[str], found: dict[str, int], mapping: Mapping[str, str],
                  roles: Sequence[str]) -> dict[str, int]:
    """The detected columns with the officer's mapping laid over them."""
    result = dict(found)
    by_name = {norm(h): i for i, h in enumerate(headings)}
    for role, column in mapping.items():
        if role not in roles:
            raise ImportFormatError(file, f'"{role}" is not a column this format uses; it uses {", ".join(roles)}.')
        text = column.strip()
        if text.isdigit() and 1 <= int(text) <= len(headings):
            index = int(text) - 1
        elif norm(text) in by_name:
            index = by_name[norm(text)]
        else:
            listed = ", ".join(f'"{h}"' for h in headings)
            raise ImportFormatError(file, f'there is no column "{column}" (for {role}); the columns are {listed}.')
        for other, i in list(result.items()):
            if i == index and other != role:
                del result[other]  # a column is one thing: the officer's say wins over a guess
        result[role] = index
    return result


def layout_key(headings: Sequence[str]) -> str:
    """A short stable key for a layout (its headings), to remember the officer's mapping."""
    return hashlib.sha256("|".join(norm(h) for h in headings).encode()).hexdigest()[:16]


def samples(headings: Sequence[str], rows: Sequence[Sequence[str]], n: int = 3) -> dict[str, tuple[str, ...]]:
    return {h: tuple(r[i] for r in rows[:n] if i < len(r)) for i, h in enumerate(headings)}


def need(file: str, headings: Sequence[str], columns: dict[str, int], missing: Sequence[str],
         rows: Sequence[Sequence[str]]) -> ColumnsNeeded:
    found = {role: headings[i] for role, i in columns.items()}
    return ColumnsNeeded(file, tuple(headings), found, tuple(missing), samples(headings, rows))
