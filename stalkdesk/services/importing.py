"""Importing a phone's messages, a call log or a diary into a case, all of it or none of it.

`preview` reads the file and says what would be imported (participants, suggested suspect
identities, what would be skipped and why) without writing anything. `run_import` stores
the source file as an exhibit (byte-exact, SHA-256), the media inside it as exhibits, every
record, and one chronology entry per group of the suspect's contacts, in ONE transaction.
"""

from __future__ import annotations

import gc
import hashlib
import io
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import BinaryIO

from stalkdesk.domain.records import ContinuityEvent, Entry, Exhibit, ExhibitLink, Person
from stalkdesk.domain.vocab import DEFAULT_ZONE, ContinuityAction, Role
from stalkdesk.errors import InvalidInput, UserError
from stalkdesk.imaging.sniff import sniff_media_type
from stalkdesk.importers import identity, registry
from stalkdesk.importers.base import (
    ColumnsNeeded,
    FormatSpec,
    ImportFormatError,
    Parsed,
    ParsedEntry,
    ParseOptions,
    Skipped,
)
from stalkdesk.importers.columns import layout_key
from stalkdesk.importers.grouping import (
    DEFAULT_WINDOW,
    EntriesAsRead,
    RunningGroups,
    group_entry,
    row_entry,
    zone_note,
)
from stalkdesk.importers.staging import EntryOf, Participant, Row, Sink, Staged, groups, stage
from stalkdesk.services import import_worker, intake
from stalkdesk.services.files import unreadable
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.repos.entries import EntryBatches

Progress = Callable[[int, int], None]
PROGRESS_TOTAL = 1000  # progress(done, PROGRESS_TOTAL): reading is the first half, storing the second
BATCH = 50_000  # records per insert
LAYOUT_SETTING = "import.layout."  # + format + layout key: the officer's column mapping, remembered
MAX_FOLDER = 1 << 30  # a folder is bundled in memory; beyond this the officer gives its zip instead


class ImportRefused(InvalidInput):
    """The file can't be imported as asked (wrong format, unreadable, already imported)."""


class MappingNeeded(ImportRefused):
    """A table's columns were not all recognised: the officer maps them (role -> column)."""

    def __init__(self, error: ColumnsNeeded) -> None:
        first = error.columns[0] if error.columns else "column 1"
        super().__init__(f'{error} Nothing was stored. Say which column holds what, e.g. datetime="{first}" '
                         "(--map ROLE=COLUMN on the command line).")
        self.columns, self.found, self.missing, self.samples = error.columns, error.found, error.missing, error.samples


@dataclass(frozen=True)
class ImportOptions:
    suspects: tuple[str, ...] = ()  # identities as typed; none: those of the case's suspect
    group_window: timedelta = DEFAULT_WINDOW
    dayfirst: bool | None = None
    force: bool = False  # import again a file already in the case (its exhibit is reused)
    zone: str = DEFAULT_ZONE
    columns: Mapping[str, str] = field(default_factory=dict)  # role -> column, for tables
    produced_by: str = ""


@dataclass(frozen=True)
class SkippedItem:
    file: str
    locator: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}, {self.locator}: {self.reason}"


@dataclass
class ImportPreview:
    format: str
    file: str
    records: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    entries: int = 0  # chronology entries that would be made
    grouped: int = 0  # records inside those entries
    participants: list[Participant] = field(default_factory=list)  # most records first
    suggested: tuple[str, ...] = ()  # participants matching the case's suspect
    suspects: tuple[str, ...] = ()  # identities treated as the suspect's
    skipped: list[SkippedItem] = field(default_factory=list)
    out_of_order: int = 0
    ambiguous: int = 0
    attachments: int = 0
    notes: list[str] = field(default_factory=list)
    zone_note: str = ""
    already: str = ""  # the exhibit reference if this file is already in the case


@dataclass
class ImportSummary(ImportPreview):
    source_reference: str = ""
    items: tuple[int, int] | None = None  # first and last item numbers made
    media_added: list[str] = field(default_factory=list)


@dataclass
class _Work:
    """One file being imported: opened and sniffed, then staged (its records converted)."""

    spec: FormatSpec
    path: Path
    fh: BinaryIO
    sha256: str
    already: str  # reference of an exhibit with the same bytes in the case, if any
    parsed: Parsed
    suspects: frozenset[str]  # identities treated as the suspect's
    case_suspect: frozenset[str]  # those of the case's suspect (for suggestions)
    victim: frozenset[str]
    staged: Staged = field(default_factory=Staged)
    rows: list[ParsedEntry] = field(default_factory=list)  # diary rows, for formats that make entries
    groups: list[list[int]] = field(default_factory=list)  # positions in staged.kept
    # Or, for a file in time order with no media, the groups' entries made as the records
    # were read (grouping.EntriesAsRead; the reading process then sends no contacts):
    built: list[Entry] | None = None  # those still to store
    built_stored: int = 0  # how many were stored as they were made
    built_from: int = 0  # how many of the suspect's contacts all of them hold

    def entry_count(self) -> int:
        if self.spec.makes == "entries":
            return len(self.rows)
        return len(self.built) + self.built_stored if self.built is not None else len(self.groups)

    def grouped(self) -> int:
        return self.built_from if self.built is not None else sum(len(g) for g in self.groups)


def parse_suspect(text: str) -> str:
    """An identity as typed after --suspect: a phone number, email, @handle or name."""
    found = identity.normalise(text)
    if found == identity.WITHHELD:
        raise InvalidInput(f'"{text}" can\'t identify anyone: withheld numbers are not an identity.')
    if not found.startswith(("+", "name:", "handle:")) and "@" not in found:
        raise InvalidInput(f'"{text}" has the wrong number of digits for a phone number.')
    return found


@contextmanager
def _bulk() -> Iterator[None]:
    """The cyclic garbage collector paused for a bulk import. With a million records alive it
    would walk them all again and again, a third of the import's time; nothing the import
    makes needs it (no reference cycles), and it runs again, as before, at the end."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _report(progress: Progress | None, fraction: float) -> None:
    if progress is not None:
        progress(min(PROGRESS_TOTAL, int(fraction * PROGRESS_TOTAL)), PROGRESS_TOTAL)


def _sha256(fh: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := fh.read(1 << 20):
        digest.update(chunk)
    fh.seek(0)
    return digest.hexdigest()


def _parse(ws: Workspace, spec: FormatSpec, path: Path, fh: BinaryIO, options: ImportOptions) -> Parsed:
    """Open the file with its parser; an unrecognised table layout is tried with the mapping
    the officer gave for that layout before, if any."""
    parse_options = ParseOptions(options.dayfirst, dict(options.columns), options.zone)
    try:
        fh.seek(0)
        return spec.open(fh, path.name, parse_options)
    except ColumnsNeeded as exc:
        remembered = ws.profile.setting(f"{LAYOUT_SETTING}{spec.name}.{layout_key(exc.columns)}", None)
        if options.columns or not isinstance(remembered, dict):
            raise MappingNeeded(exc) from None
        try:
            fh.seek(0)
            parsed = spec.open(fh, path.name, replace(parse_options, columns=remembered))
        except ColumnsNeeded as again:
            raise MappingNeeded(again) from None
        parsed.notes.append("Columns mapped as the last time a file of this layout was imported.")
        return parsed


def _open_work(ws: Workspace, case_id: int, fmt: str, path: Path, fh: BinaryIO, options: ImportOptions,
               refuse_twice: bool = False) -> _Work:
    """Hash, sniff and open the file: everything that can refuse it before anything is stored."""
    try:
        spec = registry.get(fmt)
    except KeyError as exc:
        raise ImportRefused(str(exc.args[0])) from None
    sha256 = _sha256(fh)
    already = ws.exhibits.find_by_sha256(case_id, sha256)
    if already is not None and refuse_twice:  # before a million rows are parsed for nothing
        raise ImportRefused(f'"{path.name}" is already in this case as exhibit {already.reference} (same '
                            "SHA-256). It was not imported again; use --force to import its records once more.")
    people = ws.people.list(case_id)
    case_suspect = frozenset().union(*(identity.of_person(p) for p in people if p.role is Role.SUSPECT))
    victim = frozenset().union(*(identity.of_person(p) for p in people if p.role is Role.VICTIM))
    chosen = frozenset(parse_suspect(s) for s in options.suspects) or case_suspect
    try:
        registry.sniff(fmt, fh.read(64 * 1024), path.name)
        parsed = _parse(ws, spec, path, fh, options)
    except ImportFormatError as exc:
        raise ImportRefused(f"{exc} It was not imported; nothing was stored.") from None
    return _Work(spec, path, fh, sha256, already.reference if already else "", parsed, chosen, case_suspect,
                 victim - chosen)


@dataclass
class _AsRead:
    """The suspect's entries made and stored as each batch of records is stored: while a
    second process parses on, rather than after the last record. For a file in time order
    with no media (grouping.EntriesAsRead); otherwise undone, and made afterwards."""

    builder: EntriesAsRead
    batches: EntryBatches

    def stored(self, staged: Staged) -> None:
        self.builder.take(staged.kept, staged.kept_entry)
        if self.builder.in_order:
            self.batches.add(self.builder.ready())
        else:
            self.batches.discard()

    def close(self, work: _Work, staged: Staged) -> None:
        self.builder.take(staged.kept, staged.kept_entry)
        rest = None if work.parsed.attachments else self.builder.close()  # eml finds media as it reads
        if rest is None:
            self.batches.discard()
            return
        work.built, work.built_stored, work.built_from = rest, self.batches.count, len(staged.kept)


def _stage(work: _Work, options: ImportOptions, progress: Progress | None, share: float,
           sink: Sink | None = None, entry_of: EntryOf | None = None,
           reader: import_worker.Reader | None = None, source: tuple[int, int] = (0, 0),
           as_read: _AsRead | None = None) -> None:
    """Read every record (or row); progress runs from 0 to `share` with the file. `reader`: a
    child process parsing the file (import_worker.PARSE_ONLY), whose records are used.
    `as_read`: the suspect's entries made and stored with each batch of records."""
    size, furthest = max(_size(work), 1), 0
    staged, store = Staged(), sink
    if sink is not None and as_read is not None:
        def store(rows: list[Row]) -> None:
            sink(rows)
            as_read.stored(staged)

    def tick(_: int) -> None:
        nonlocal furthest
        furthest = max(furthest, work.fh.tell())
        _report(progress, share * furthest / size)

    records = work.parsed.records() if reader is None else \
        reader.records(lambda fraction: _report(progress, share * fraction))
    try:
        # Stored in small batches when a child parses: it waits, its pipe full, while one is stored.
        work.staged = stage(work.spec, records, zone=options.zone, suspects=work.suspects, victim=work.victim,
                            tick=tick if reader is None else None, sink=store,
                            batch=BATCH if reader is None else import_worker.BATCH, entry_of=entry_of, source=source,
                            staged=staged)
        work.rows = list(work.parsed.entries())
    except (ImportFormatError, import_worker.ReadFailed) as exc:
        raise ImportRefused(f"{exc} It was not imported; nothing was stored.") from None
    if reader is not None:
        _take_notes(work.parsed, *reader.parser_outcome)
    if as_read is not None:
        as_read.close(work, staged)
    if work.built is None:
        work.groups = _groups(work.staged, options.group_window) if work.spec.makes == "records" else []


def _reader(case_id: int, work: _Work, options: ImportOptions, people: tuple[int, ...]) -> import_worker.Reader | None:
    """A child process reading the file, if it is worth one (see services.import_worker)."""
    if isinstance(work.fh, io.BytesIO) or not import_worker.wanted(work.spec.name, work.path, _size(work)):
        return None
    used = import_worker.FORMATS[work.spec.name](work.parsed)
    if used is None:
        return None
    try:
        return import_worker.Reader(import_worker.Job(
            str(work.path), work.spec.name, work.path.name, work.sha256, used, options.zone, work.suspects,
            work.victim, case_id, options.group_window, people))
    except OSError:  # no process could be started (out of processes or memory): read it here
        return None


def _take_notes(parsed: Parsed, skipped: list[Skipped], notes: list[str], dayfirst: bool | None) -> None:
    """What the child's parser found while reading, added to this process's opening of the file."""
    parsed.skipped.extend(skipped)
    parsed.notes.extend(notes)
    parsed.dayfirst = dayfirst


def _groups(staged: Staged, window: timedelta) -> list[list[int]]:
    """The groups of the suspect's contacts (staging.groups). When they came in time order and
    were stored with the ids RunningGroups gave them (with this window), those ids already
    are the groups, in order: taken as they are, without sorting a million contacts again."""
    kept = staged.kept
    if kept and len(staged.kept_entry) == len(kept) and all(a.at <= b.at for a, b in pairwise(kept)):
        numbered: dict[int, list[int]] = {}
        for i, entry_id in enumerate(staged.kept_entry):
            numbered.setdefault(entry_id, []).append(i)
        return list(numbered.values())
    return groups(staged, window)


def _stage_elsewhere(reader: import_worker.Reader, ws: Workspace, source: Exhibit, batches: EntryBatches,
                     work: _Work, options: ImportOptions, progress: Progress | None, share: float) -> None:
    """`_stage` done by the child process: its rows are stored as they come. For a file in
    time order it makes the suspect's entries too, while it reads, stored as they come."""
    try:
        done = reader.run(source.id or 0, source.reference, batches.first_id, ws.records.insert_rows, batches,
                          lambda fraction: _report(progress, share * fraction))
    except (ImportFormatError, import_worker.ReadFailed) as exc:
        raise ImportRefused(f"{exc} It was not imported; nothing was stored.") from None
    work.staged = done.staged
    _take_notes(work.parsed, done.skipped, done.notes, done.dayfirst)
    if done.entries is not None:
        work.built, work.built_stored, work.built_from = done.entries, batches.count, done.grouped
    else:
        work.groups = _groups(work.staged, options.group_window)


def _preview(work: _Work, zone: str) -> ImportPreview:
    staged, spec = work.staged, work.spec
    people = sorted(staged.participants.values(), key=lambda p: (-p.count, p.identity))
    skipped = [SkippedItem(work.path.name, s.locator, s.reason) for s in (*work.parsed.skipped, *staged.skipped)]
    assumed = staged.zone_assumed or (spec.makes == "entries" and bool(work.rows))
    return ImportPreview(
        format=spec.name, file=work.path.name, records=staged.records, by_kind=dict(staged.by_kind),
        entries=work.entry_count(), grouped=work.grouped(), participants=people,
        suggested=tuple(p.identity for p in people if p.identity in work.case_suspect),
        suspects=tuple(sorted(work.suspects)), skipped=skipped, out_of_order=staged.out_of_order,
        ambiguous=staged.ambiguous, attachments=len(work.parsed.attachments), notes=list(work.parsed.notes),
        zone_note=zone_note(zone) if assumed else "", already=work.already)


def preview(ws: Workspace, case_id: int, fmt: str, path: Path, options: ImportOptions = ImportOptions(),
            progress: Progress | None = None) -> ImportPreview:
    """What an import would do, writing nothing (the --dry-run)."""
    _not_pictures(fmt)
    with _open(path) as fh:
        work = _open_work(ws, case_id, fmt, path, fh, options)
        try:
            with _bulk():
                _stage(work, options, progress, 1.0)
        finally:
            work.parsed.close()
    return _preview(work, options.zone)


def _not_pictures(fmt: str) -> None:
    if fmt.lower() == "images":  # no source file: each picture is its own exhibit
        raise ImportRefused("Pictures are imported by services.image_import (stalkdesk import images ...).")


def _folder_files(path: Path) -> list[tuple[str, Path]]:
    """(name inside the folder, path) of every file in it, in name order; hidden ones left out."""
    found = [(p.relative_to(path).as_posix(), p) for p in path.rglob("*") if p.is_file()]
    return sorted((r, p) for r, p in found if not any(part.startswith(".") for part in r.split("/")))


def _bundle(path: Path) -> BinaryIO:
    """A folder as one uncompressed zip in memory, its files byte-exact, in name order and
    with fixed times, so that the same folder always makes the same bytes (and SHA-256).
    Exports that arrive as a folder (a Facebook thread, a Telegram export, saved emails)
    are then read, and kept as the source exhibit, as the zip their service would give."""
    files = _folder_files(path)
    if not files:
        raise ImportRefused(f'"{path.name}" is an empty folder; nothing was stored.')
    if sum(p.stat().st_size for _, p in files) > MAX_FOLDER:
        raise ImportRefused(f'"{path.name}" is too large to take in as a folder: import its zip instead.')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, p in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            zf.writestr(info, p.read_bytes())
    buf.seek(0)
    return buf


def _size(work: _Work) -> int:
    if isinstance(work.fh, io.BytesIO):  # a folder's bundle
        with work.fh.getbuffer() as view:
            return view.nbytes
    return work.path.stat().st_size


def _open(path: Path) -> BinaryIO:
    try:
        if path.is_dir():
            return _bundle(path)
        return open(path, "rb")
    except OSError as exc:
        message = unreadable(path, exc, "imported")
        if message is None:
            raise
        raise ImportRefused(message) from None


def run_import(ws: Workspace, case_id: int, fmt: str, path: Path, options: ImportOptions = ImportOptions(),
               progress: Progress | None = None) -> ImportSummary:
    """Import the file into the case: everything in one transaction, or nothing.

    The file is refused (wrong format, unreadable, already in the case) before the transaction
    starts. Inside it, records are stored as they are read, so that a million-row call log is
    never held whole (only the suspect's contacts are kept, to make their entries at the end);
    a problem found later still rolls all of them back."""
    _not_pictures(fmt)
    with _open(path) as fh:
        work = _open_work(ws, case_id, fmt, path, fh, options, refuse_twice=not options.force)
        try:
            with _bulk(), ws.transaction(), ws.records.bulk_cache(_size(work) >= import_worker.MIN_BYTES):
                return _store(ws, case_id, work, options, progress)
        finally:
            work.parsed.close()


def _mend(ws: Workspace, source_id: int, first_record: int, first_entry: int, work: _Work) -> None:
    """Give the right entry to any of the suspect's contacts stored with another.

    Contacts are stored as they are read, with the entry id their group will have
    (importers.grouping.RunningGroups); that is right for a file in time order. The groups
    are then made from all of them (`work.groups`, entries numbered from `first_entry` in
    that order), and a contact that came out of order, and so was given another group's id,
    is changed here. `first_record`: the first record id of this import (the same file
    imported again with --force has the same seqs)."""
    kept, stored = work.staged.kept, work.staged.kept_entry
    wrong: list[tuple[int, int]] = []  # (entry id, seq)
    for entry_id, group in enumerate(work.groups, start=first_entry):
        wrong.extend((entry_id, kept[i].seq) for i in group if stored[i] != entry_id)
    ws.records.relink(source_id, first_record, wrong)


def _store(ws: Workspace, case_id: int, work: _Work, options: ImportOptions,
           progress: Progress | None) -> ImportSummary:
    people = _suspect_ids(ws.people.list(case_id))
    reader = _reader(case_id, work, options, people)  # a big file is read by a second process
    try:
        source = _source_exhibit(ws, case_id, work, options)
        assert source.id is not None
        source_id = source.id
        # Every record is stored as it is read, the suspect's with the id of the entry made for
        # its group at the end: the link is checked at commit (a deferred foreign key).
        first_entry, first_record = ws.entries.next_id(), ws.records.next_id()
        ws.records.defer_links()
        batches = ws.entries.batches(case_id, first_entry)
        if reader is None or reader.parse_only:
            # Media become exhibits after the records: entries that link them are made then.
            as_read = None if work.parsed.attachments or work.spec.makes != "records" else _AsRead(EntriesAsRead(
                work.spec, source_id=source_id, source_ref=source.reference, zone=options.zone, first_id=first_entry,
                people=people), batches)
            _stage(work, options, progress, 0.9, entry_of=RunningGroups(options.group_window, first_entry),
                   reader=reader, sink=ws.records.insert_rows, source=(case_id, source_id), as_read=as_read)
        else:
            _stage_elsewhere(reader, ws, source, batches, work, options, progress, 0.9)
    finally:
        if reader is not None:
            reader.close()
    _mend(ws, source_id, first_record, first_entry, work)
    summary = ImportSummary(**vars(_preview(work, options.zone)), source_reference=source.reference)
    if work.already:
        summary.notes.append(f"The file is already exhibit {work.already}: its records were imported again, "
                             "as asked.")
    media = _media(ws, case_id, work, source, summary)
    entries = _entries(ws, case_id, work, source, media, summary, options)
    # Not needed any more: freed now, not walked by the garbage collector when it runs again.
    work.staged.kept, work.staged.kept_entry, work.groups = [], [], []
    batches.add(entries)
    summary.items = batches.finish(
        f"Imported {work.spec.label} {work.path.name} as exhibit {source.reference}: "
        f"{work.staged.records:,} records, {batches.count:,} chronology entries")
    _report(progress, 0.95)
    if work.parsed.layout and options.columns:  # remembered for the next file of this layout
        ws.profile.set_setting(f"{LAYOUT_SETTING}{work.spec.name}.{work.parsed.layout}", dict(work.parsed.mapping))
    _report(progress, 1.0)
    return summary


def _source_exhibit(ws: Workspace, case_id: int, work: _Work, options: ImportOptions) -> Exhibit:
    existing = ws.exhibits.find_by_sha256(case_id, work.sha256)
    if existing is not None:  # only reached with --force
        return existing
    fh = work.fh
    fh.seek(0)
    head = fh.read(4096)
    fh.seek(0)
    officer = ws.officer.display if ws.officer else ""
    folder = isinstance(fh, io.BytesIO)
    exhibit = Exhibit(
        reference=intake.propose_reference(ws, case_id), kind=work.spec.exhibit_kind,
        description=f"{work.spec.label[:1].upper()}{work.spec.label[1:]} supplied as {work.path.name}"
        + (" (a folder, kept as an uncompressed zip of its files, each byte-exact)" if folder else ""),
        produced_by=options.produced_by, original_filename=work.path.name + (".zip" if folder else ""),
        media_type="application/zip" if folder else sniff_media_type(head, work.path.name),
        metadata={"importer": work.spec.name, **(_folder_hashes(fh) if folder else {})})
    stored = ContinuityEvent(at=datetime.now(UTC), action=ContinuityAction.STORED, from_person=options.produced_by,
                             to_person=officer, purpose="Original taken into the encrypted case store for import",
                             recorded_by=officer)
    return ws.exhibits.add(case_id, exhibit, fh, continuity=stored)


def _folder_hashes(fh: BinaryIO) -> dict[str, object]:
    """The SHA-256 of each file of a bundled folder, as it was on disk."""
    with zipfile.ZipFile(fh) as zf:
        hashes = {i.filename: hashlib.sha256(zf.read(i)).hexdigest() for i in zf.infolist()}
    fh.seek(0)
    return {"folder_files": hashes}


def _cited(staged_cited: Mapping[str, int]) -> dict[str, int]:
    """Attachment name -> seq of the record citing it, where a record cites several
    ("a.jpg, b.pdf", as an email or a picture message can)."""
    found = dict(staged_cited)
    for names, seq in staged_cited.items():
        for name in names.split(", "):
            found.setdefault(name, seq)
    return found


def _media(ws: Workspace, case_id: int, work: _Work, source: Exhibit, summary: ImportSummary) -> dict[str, ExhibitLink]:
    """Media inside the source become sub-exhibits (JS/4/1...); a refused one is reported, not fatal."""
    links: dict[str, ExhibitLink] = {}
    taken = set(ws.exhibits.references(case_id))
    number = 0
    cited = _cited(work.staged.cited)
    for name, attachment in sorted(work.parsed.attachments.items()):
        try:
            data = attachment.read()
            twin = ws.exhibits.find_by_sha256(case_id, hashlib.sha256(data).hexdigest())
            if twin is None:
                number += 1
                while f"{source.reference}/{number}" in taken:
                    number += 1
                where = f", {work.spec.unit.rstrip('s')} {cited[name]}" if name in cited else ""
                twin = intake.add_exhibit_bytes(ws, case_id, name, data, reference=f"{source.reference}/{number}",
                                                description=f"{name} from {source.reference}{where}",
                                                produced_by=source.produced_by)
                summary.media_added.append(twin.reference)
        except (ImportFormatError, UserError) as exc:
            summary.skipped.append(SkippedItem(work.path.name, name, str(exc)))
            continue
        links[name] = ExhibitLink(twin.id or 0, f"{work.spec.unit.rstrip('s')} {cited[name]}" if name in cited else "")
    return links


def _entries(ws: Workspace, case_id: int, work: _Work, source: Exhibit, media: dict[str, ExhibitLink],
             summary: ImportSummary, options: ImportOptions) -> list[Entry]:
    assert source.id is not None
    people = ws.people.list(case_id)
    if work.spec.makes == "entries":
        names = {" ".join(n.split()).casefold(): p.id or 0 for p in people for n in (p.name, *p.aliases)}
        return [row_entry(work.spec, row, source_id=source.id, source_ref=source.reference, people=names,
                          zone_note=summary.zone_note) for row in work.rows]
    if work.built is not None:  # made as the records were read (grouping.EntriesAsRead): the rest
        return work.built
    suspects = _suspect_ids(people)
    kept = work.staged.kept
    made = []
    for group in work.groups:
        members = [kept[i] for i in group]
        links = tuple(media[a] for c in members if c.attachment for a in dict.fromkeys(
            (c.attachment, *c.attachment.split(", "))) if a in media)
        # The note on times read in the local zone, where they were (EntriesAsRead does the same).
        note = zone_note(options.zone) if any(c.zone_assumed for c in members) else ""
        made.append(group_entry(work.spec, members, source_id=source.id, source_ref=source.reference,
                                zone=options.zone, media=links, people=suspects, zone_note=note))
    return made


def _suspect_ids(people: Sequence[Person]) -> tuple[int, ...]:
    """The case's suspects, whom every grouped entry names."""
    return tuple(p.id or 0 for p in people if p.role is Role.SUSPECT)

