"""The wizard's sentences about a preview or an import (rich text; no Qt here)."""

from __future__ import annotations

from html import escape

from stalkdesk.importers.identity import shown
from stalkdesk.importers.staging import Participant
from stalkdesk.services.image_import import ImageImportResult
from stalkdesk.services.importing import ImportPreview, ImportSummary


def as_written(p: Participant) -> str:
    """A phone number or handle as officers read it; a contact name as the file writes it."""
    text = shown(p.identity)
    return next((n for n in sorted(p.names) if n.casefold() == text.casefold()), text)


def _n(count: int, one: str, many: str = "") -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _kinds(result: ImportPreview) -> str:
    return ", ".join(_n(n, k) for k, n in sorted(result.by_kind.items()))


def records_line(result: ImportPreview) -> str:
    kinds = _kinds(result)
    people = _n(len(result.participants), "person or number", "people or numbers")
    return (f"“{result.file}”: {_n(result.records, 'record')}" + (f" ({kinds})" if kinds else "")
            + f" from {people}.")


def _suspects(result: ImportPreview) -> str:
    if not result.suspects:
        return "none: the records are stored, none grouped into entries"
    people = {p.identity: p for p in result.participants}
    return escape(", ".join(as_written(people[s]) if s in people else shown(s) for s in result.suspects))


def _table(intro: str, rows: list[tuple[str, str]]) -> str:
    """A lead sentence and label/value rows, as the wizard's summaries show them."""
    cells = "".join(f'<tr><td style="color:#4a5a6a; padding:3px 18px 3px 0">{escape(label)}</td>'
                    f'<td style="padding:3px 0">{value}</td></tr>' for label, value in rows)
    return f'<p style="margin-bottom:6px">{intro}</p><table cellspacing="0">{cells}</table>'


def _entries(count: int) -> str:
    return f"<b>{_n(count, 'entry', 'entries')}</b>"


def _skipped(count: int) -> str:
    return f"<b>{count:,}</b> (listed below)" if count else "none"


def _items(items: tuple[int, int] | None) -> str:
    if items is None:
        return ""
    first, last = items
    return f" (item {first})" if first == last else f" (items {first}–{last})"


def describe_preview(result: ImportPreview, window_minutes: int) -> str:
    name = escape(result.file)
    intro = (f"Would import “{name}” again; the file itself is already exhibit {escape(result.already)}."
             if result.already else f"Would import “{name}”, keeping the file as a new exhibit.")
    kinds = _kinds(result)
    rows = [("Records", f"<b>{result.records:,}</b>" + (f" ({escape(kinds)})" if kinds else ""))]
    entries = _entries(result.entries)
    if result.grouped:
        entries += (f", from {result.grouped:,} of the suspect's contacts (those less than {window_minutes} "
                    "minutes apart make one entry)")
    rows.append(("Chronology", entries))
    if result.attachments:
        rows.append(("Media", f"{_n(result.attachments, 'file')} inside it, each an exhibit of its own"))
    rows.append(("Skipped", _skipped(len(result.skipped))))
    if result.participants or result.suspects:
        rows.append(("Suspect's identities", _suspects(result)))
    return _table(intro, rows)


def notes(result: ImportPreview) -> list[str]:
    found = [escape(n) for n in (*result.notes, *([result.zone_note] if result.zone_note else []))]
    if result.out_of_order or result.ambiguous:
        found.append(f"Flagged: {result.out_of_order:,} out of order, {result.ambiguous:,} in the hour the clocks "
                     "went back.")
    return found


def describe_result(summary: ImportSummary) -> str:
    entries = _entries(summary.entries) + _items(summary.items)
    if summary.grouped:
        entries += f", grouping {summary.grouped:,} of the suspect's contacts"
    rows = [("Records stored", f"<b>{summary.records:,}</b>"), ("Chronology", entries)]
    if summary.media_added:
        refs = ", ".join(summary.media_added[:10]) + (", …" if len(summary.media_added) > 10 else "")
        rows.append(("Media exhibits", f"{len(summary.media_added):,} ({escape(refs)})"))
    rows.append(("Skipped", _skipped(len(summary.skipped))))
    return _table(f"Imported “{escape(summary.file)}” as exhibit <b>{escape(summary.source_reference)}</b>.", rows)


def describe_pictures(result: ImageImportResult) -> str:
    """A folder of pictures, before (a preview) or after it was taken in."""
    timed = sum(1 for p in result.pictures if p.proposes_entry)
    untimed = len(result.pictures) - timed
    source = escape(result.source)
    if result.stored:
        added = (f"{escape(result.added[0])} to {escape(result.added[-1])}" if len(result.added) > 1
                 else escape(result.added[0]) if result.added else "none")
        intro = f"Took in <b>{_n(len(result.added), 'picture')}</b> from “{source}”."
        rows = [("Exhibits", added), ("Chronology", _entries(result.entries) + _items(result.items)
                                      + " proposed from camera times")]
    else:
        intro = (f"Would take in <b>{_n(len(result.pictures), 'picture')}</b> from “{source}”, each an exhibit "
                 "of its own.")
        rows = [("Files", f"{result.files:,}"),
                ("Chronology", _entries(result.entries) + " proposed from the camera times in their EXIF")]
    if untimed:
        rows.append(("No camera time", f"{_n(untimed, 'picture')}: listed as exhibits, no entry "
                                       "(screenshots seldom have one)"))
    rows.append(("Refused", _skipped(len(result.refused))))
    return _table(intro, rows)
