"""`stalkdesk import FORMAT PATH --case URN ...`: the import service on the command line.

Wired into stalkdesk.cli by `add_parser(sub)` and `COMMANDS["import"] = run` (with the
error stream). Progress goes to stderr for long files, at most once a second; the summary,
or with --dry-run the preview, goes to stdout.
"""

from __future__ import annotations

import argparse
import re
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from stalkdesk.errors import InvalidInput
from stalkdesk.importers import registry
from stalkdesk.importers.identity import shown
from stalkdesk.services import image_import
from stalkdesk.services.importing import ImportOptions, ImportPreview, ImportSummary, preview, run_import
from stalkdesk.services.workspace import Workspace

_WINDOW = re.compile(r"\s*(?:(\d+)\s*h(?:ours?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?)?)?)?\s*", re.IGNORECASE)


def group_window(text: str) -> timedelta:
    """"60m", "90", "1h", "1h30m" -> a timedelta (bare numbers are minutes)."""
    if text.strip().isdigit():
        minutes = int(text)
    else:
        m = _WINDOW.fullmatch(text)
        if m is None or not (m[1] or m[2]):
            raise argparse.ArgumentTypeError(f'"{text}" is not a time window; try 60m, 90m or 2h.')
        minutes = int(m[1] or 0) * 60 + int(m[2] or 0)
    if not 1 <= minutes <= 7 * 24 * 60:
        raise argparse.ArgumentTypeError("the group window must be between 1 minute and 7 days.")
    return timedelta(minutes=minutes)


def _mapping(text: str) -> tuple[str, str]:
    role, sep, column = text.partition("=")
    if not sep or not role.strip() or not column.strip():
        raise argparse.ArgumentTypeError(f'"{text}" is not ROLE=COLUMN, e.g. datetime="Start time" or number=3.')
    return role.strip().lower(), column.strip()


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = sub.add_parser("import", help="import a chat export, SMS backup, call records or a diary into a case",
                       description="Formats: " + ", ".join(registry.names()) + ". The file is kept as an exhibit; "
                       "the suspect's contacts close together become one chronology entry each.")
    p.add_argument("format", choices=registry.names(), metavar="FORMAT", help=" | ".join(registry.names()))
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--case", required=True, metavar="URN")
    p.add_argument("--suspect", action="append", default=[], metavar="IDENTITY",
                   help="the suspect's number, name, email or @handle as in the file (repeatable; default: "
                   "those recorded for the case's suspect)")
    p.add_argument("--group-window", type=group_window, default=timedelta(minutes=60), metavar="60m",
                   help="contacts closer than this become one entry (default 60m)")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", dest="dayfirst", action="store_const", const=True, default=None,
                       help="read 03/04/2024 as 3 April when the file does not say (the default)")
    order.add_argument("--monthfirst", dest="dayfirst", action="store_const", const=False,
                       help="read 03/04/2024 as March 4 when the file does not say")
    p.add_argument("--map", action="append", type=_mapping, default=[], metavar="ROLE=COLUMN",
                   help="which column holds what, for a table StalkDesk does not recognise (repeatable)")
    p.add_argument("--produced-by", default="", help="who produced the material, e.g. the victim")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported; store nothing")
    p.add_argument("--force", action="store_true", help="import a file already in the case once more")
    return p


class _Progress:
    """Percentages on stderr, no more than once a second, and only once a second has passed."""

    def __init__(self, err: TextIO, label: str) -> None:
        self.err, self.label = err, label
        self.start = self.last = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last >= 1.0 and total:
            self.last, self.shown = now, True
            print(f"{self.label}: {100 * done // total}%", file=self.err, flush=True)


def _n(count: int, one: str, many: str = "") -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _when(at: datetime | None, zone: ZoneInfo) -> str:
    return f"{at.astimezone(zone):%d/%m/%Y %H:%M}" if at else ""


def _print_common(r: ImportPreview, zone: ZoneInfo, out: TextIO) -> None:
    kinds = ", ".join(f"{n:,} {k}" for k, n in sorted(r.by_kind.items()))
    print(f"{r.file}: {_n(r.records, 'record')}" + (f" ({kinds})" if kinds else ""), file=out)
    if r.participants:
        print("Participants:", file=out)
        for p in r.participants[:20]:
            mark = "  [suspect]" if p.identity in r.suspects else ""
            names = ", ".join(sorted(p.names - {shown(p.identity)}))[:40]
            print(f"  {shown(p.identity):<22} {names:<40} {p.count:>8,}  {_when(p.first, zone)} to "
                  f"{_when(p.last, zone)}{mark}", file=out)
        if len(r.participants) > 20:
            print(f"  ... and {len(r.participants) - 20} more", file=out)
    if r.suspects:
        print("Suspect identities: " + ", ".join(shown(s) for s in r.suspects), file=out)
    elif r.records:
        print("No suspect identity: records are stored but not grouped. Add --suspect, or record the suspect's "
              "number and name in the case.", file=out)
    for note in [*r.notes, *([r.zone_note] if r.zone_note else [])]:
        print(f"Note: {note}", file=out)
    if r.out_of_order or r.ambiguous:
        print(f"Flagged: {r.out_of_order:,} out of order, {r.ambiguous:,} in the hour the clocks went back",
              file=out)
    if r.skipped:
        print(f"Skipped {len(r.skipped):,}:", file=out)
        for s in r.skipped[:50]:
            print(f"  {s}", file=out)
        if len(r.skipped) > 50:
            print(f"  ... and {len(r.skipped) - 50:,} more", file=out)


def run(ws: Workspace, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    case = ws.case(args.case)
    if case.id is None:
        raise InvalidInput(f"There is no case with URN {args.case}.")
    options = ImportOptions(suspects=tuple(args.suspect), group_window=args.group_window, dayfirst=args.dayfirst,
                            force=args.force, zone=case.zone, columns=dict(args.map), produced_by=args.produced_by)
    zone = ZoneInfo(case.zone)
    progress = _Progress(err, f"Importing {args.path.name}")
    if args.format == "images":
        return _run_images(ws, case.id, args, options, zone, progress, out)
    if args.dry_run:
        result: ImportPreview = preview(ws, case.id, args.format, args.path, options, progress)
        print("Dry run: nothing was stored.", file=out)
        _print_common(result, zone, out)
        if result.already:
            print(f"This file is already exhibit {result.already}; importing it needs --force.", file=out)
        print(f"Would make {_n(result.entries, 'chronology entry', 'chronology entries')}"
              + (f" from {result.grouped:,} of the suspect's contacts." if result.grouped else "."), file=out)
        return 0
    summary: ImportSummary = run_import(ws, case.id, args.format, args.path, options, progress)
    _print_common(summary, zone, out)
    first, last = summary.items or (0, 0)
    items = f" (item {first})" if first == last else f" (items {first}-{last})"
    print(f"Imported as exhibit {summary.source_reference}: {_n(summary.records, 'record')} stored, "
          f"{_n(summary.entries, 'chronology entry', 'chronology entries')}{items if summary.items else ''}"
          + (f" grouping {summary.grouped:,} of the suspect's contacts" if summary.grouped else "") + ".", file=out)
    if summary.media_added:
        print(f"Media exhibits added: {len(summary.media_added)} ({', '.join(summary.media_added[:10])}"
              + (", ..." if len(summary.media_added) > 10 else "") + ")", file=out)
    return 0


def _run_images(ws: Workspace, case_id: int, args: argparse.Namespace, options: ImportOptions, zone: ZoneInfo,
                progress: _Progress, out: TextIO) -> int:
    """Pictures: each one an exhibit, EXIF times proposing entries; refusals listed per file."""
    run_it = image_import.preview if args.dry_run else image_import.run_images
    result = run_it(ws, case_id, [args.path], options, progress)
    if args.dry_run:
        print("Dry run: nothing was stored.", file=out)
    print(f"{result.source}: {_n(result.files, 'file')}, {_n(len(result.pictures), 'picture')} "
          f"{'to take in' if args.dry_run else 'taken in'}", file=out)
    for p in result.pictures:
        taken = _when(p.taken, zone) or "no EXIF time"
        where = f"{p.gps[0]:.5f}, {p.gps[1]:.5f}" if p.gps else ""
        outcome = "entry" if p.proposes_entry else f"no entry: {p.note}"
        print(f"  {p.file[:40]:<40} {p.kind.value:<10} {taken:<16} {where:<20} {p.reference:<8} {outcome}", file=out)
    if any(p.zone_assumed for p in result.pictures):
        print("Note: camera times without a zone are read as UK local time.", file=out)
    if result.refused:
        print(f"Refused {len(result.refused):,}:", file=out)
        for s in result.refused[:50]:
            print(f"  {s.file}: {s.reason}", file=out)
        if len(result.refused) > 50:
            print(f"  ... and {len(result.refused) - 50:,} more", file=out)
    entries = _n(result.entries, "chronology entry", "chronology entries")
    if args.dry_run:
        print(f"Would add {_n(len(result.pictures), 'exhibit')} and make {entries}.", file=out)
        return 0
    first, last = result.items or (0, 0)
    items = (f" (item {first})" if first == last else f" (items {first}-{last})") if result.items else ""
    added = f" ({result.added[0]} to {result.added[-1]})" if len(result.added) > 1 else (
        f" ({result.added[0]})" if result.added else "")
    print(f"Imported {_n(len(result.added), 'picture')} as exhibits{added}, {entries} proposed from EXIF"
          f"{items}.", file=out)
    return 0
