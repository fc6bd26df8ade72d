"""What the wizard asks of a file before the import service reads it all (no Qt here).

`detect` ranks the registry's formats for a file: those whose sniff accepts its first bytes,
best first (a format that opens the file as it is beats one that would need its columns
mapped). `check` refuses a file that is not the chosen format, and `probe_columns` says, for
a table, which column holds what: as recognised, as remembered for that layout, or still to
be mapped. Formats come from the registry, so a new importer appears without changes here.
"""

from __future__ import annotations

import importlib
import io
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from stalkdesk.importers import registry
from stalkdesk.importers.base import ColumnsNeeded, ImportFormatError, Parsed, ParseOptions
from stalkdesk.importers.columns import layout_key
from stalkdesk.services.files import unreadable
from stalkdesk.services.importing import LAYOUT_SETTING, ImportRefused
from stalkdesk.services.workspace import Workspace

HEAD_BYTES = 64 * 1024  # what the service sniffs, too
ZIP_HEAD = b"PK\x03\x04"  # the service takes a folder in as a zip of its files
FOLDER_SAMPLE = 200  # files of a folder looked at to see whether it holds pictures
FOLDER_PROBE_BYTES = 32 << 20  # a folder up to this size is tried against the formats
REFUSED = " It was not imported; nothing was stored."

# How the wizard names a table's roles; a role not listed is shown as its own name.
ROLE_LABELS = {
    "datetime": "Date and time", "date": "Date", "time": "Time", "direction": "Direction (in / out)",
    "number": "Other party's number", "caller": "Calling number (A)", "called": "Called number (B)",
    "duration": "Duration", "type": "Type of record", "name": "Contact name", "description": "Description",
    "location": "Location", "witnesses": "Witnesses", "behaviour": "Behaviour", "source": "Source",
    "exhibits": "Exhibit references",
}


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role.replace("_", " ").capitalize())


@dataclass(frozen=True)
class Detection:
    """The formats that accept the file, best first; `sure` when the first is clearly right."""

    formats: tuple[str, ...]
    sure: bool


@dataclass(frozen=True)
class ColumnsProbe:
    """A table's columns. `columns` (all headings) and `samples` are known only when the
    layout was not recognised; `mapping` is role -> heading as it would be used."""

    layout: str = ""
    columns: tuple[str, ...] = ()
    mapping: Mapping[str, str] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
    samples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    roles: tuple[str, ...] = ()
    remembered: bool = False  # `mapping` is the officer's own, from a file of this layout before

    @property
    def needs_mapping(self) -> bool:
        return bool(self.columns)


def label(fmt: str) -> str:
    """The format's name on its own ("WhatsApp chat export", "Call data records (CSV)")."""
    text = noun(fmt)
    return text[:1].upper() + text[1:]


def noun(fmt: str) -> str:
    """The format's name inside a sentence, as its importer writes it."""
    return registry.get(fmt).label


def read_head(path: Path) -> bytes:
    """The file's first bytes (nothing for a folder); an unreadable file is refused plainly."""
    if path.is_dir():
        return b""
    try:
        with open(path, "rb") as fh:
            return fh.read(HEAD_BYTES)
    except OSError as exc:
        message = unreadable(path, exc, "imported")
        if message is None:
            raise
        raise ImportRefused(message) from None


def makes(fmt: str) -> str:
    """What the format makes: "records" (contacts, grouped), "entries" (diary rows) or "images"."""
    return registry.get(fmt).makes


def _folder_files(path: Path) -> list[Path]:
    """The folder's files as the import service takes them: in name order, hidden ones left out."""
    found = [p for p in path.rglob("*") if p.is_file()]
    return sorted(p for p in found if not any(part.startswith(".") for part in p.relative_to(path).parts))


def _pictures_in(path: Path, fmt: str) -> tuple[int, int]:
    """(pictures, files) among the first files of a folder, by their first bytes."""
    files = _folder_files(path)[:FOLDER_SAMPLE]
    spec, count = registry.get(fmt), 0
    for file in files:
        try:
            with open(file, "rb") as fh:
                spec.sniff(fh.read(64), file.name)
            count += 1
        except (ImportFormatError, OSError):
            continue
    return count, len(files)


def _folder_zip(path: Path) -> bytes | None:
    """A small folder as the zip the import service makes of it (in memory only), to try a
    format on; None for a large one, which is then not ranked."""
    files = _folder_files(path)
    if not files or sum(f.stat().st_size for f in files) > FOLDER_PROBE_BYTES:
        return None
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for file in files:
            zf.writestr(file.relative_to(path).as_posix(), file.read_bytes())
    return buf.getvalue()


def _sniff(fmt: str, head: bytes, path: Path) -> None:
    """The registry's sniff; a folder is offered as the zip the service will make of it."""
    if path.is_dir():
        if makes(fmt) == "images":
            if _pictures_in(path, fmt)[0] == 0:
                raise ImportFormatError(path.name, "this folder holds no pictures (JPEG, PNG, GIF, WebP, BMP, "
                                                   "HEIC or TIFF).")
            return
        registry.sniff(fmt, ZIP_HEAD, path.name)
    else:
        registry.sniff(fmt, head, path.name)


def _accepts(fmt: str, head: bytes, path: Path) -> bool:
    try:
        _sniff(fmt, head, path)
    except ImportFormatError:
        return False
    return True


def _reads(parsed: Parsed, fmt: str) -> bool:
    """Whether the format reads a first record (or row) of what it opened. Readers of a zip
    open lazily, so several accept any zip until one is asked for its first record."""
    if makes(fmt) == "images":
        return True
    items = parsed.entries() if makes(fmt) == "entries" else parsed.records()
    try:
        return next(iter(items), None) is not None
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()  # runs the reader's own clean-up while its file is still open


def _fit(fmt: str, path: Path, head: bytes, bundle: bytes | None) -> float:
    """How well the format reads the file's start: 3 as it is (4: a folder of nothing but
    pictures, for the picture format), 2 opened but nothing read from a zip, 1-2 with
    columns to map or unknown, 0 not at all."""
    if path.is_dir() and makes(fmt) == "images":
        pictures, files = _pictures_in(path, fmt)
        return 4.0 if pictures == files else 1.5  # only pictures: a zip-reading format would find nothing
    if path.is_dir() and bundle is None:
        return 1.5  # too large to try here: the service checks it before storing anything
    try:
        with (io.BytesIO(bundle) if path.is_dir() and bundle is not None else open(path, "rb")) as fh:
            parsed = registry.get(fmt).open(fh, path.name, ParseOptions())
            try:
                if (path.is_dir() or head.startswith(ZIP_HEAD)) and not _reads(parsed, fmt):
                    return 2.0
            finally:
                parsed.close()
    except ColumnsNeeded as exc:
        return 1.0 + min(len(exc.found), 9) / 10
    except (ImportFormatError, OSError):
        return 0.0
    return 3.0


def detect(path: Path, progress: Callable[[int, int], None] | None = None) -> Detection:
    """Rank the formats for this file. Reads its head, and opens it once per candidate (a zip
    or folder also gives each its first record): run it off the GUI thread."""
    head = read_head(path)
    accepting = [f for f in registry.names() if _accepts(f, head, path)]
    bundle = _folder_zip(path) if path.is_dir() and any(makes(f) != "images" for f in accepting) else None
    fits = []
    for i, fmt in enumerate(accepting):
        fits.append((_fit(fmt, path, head, bundle), i, fmt))
        if progress is not None:
            progress(i + 1, len(accepting))
    scored = sorted(fits, key=lambda t: (-t[0], t[1]))
    ranked = tuple(f for score, _, f in scored if score > 0)
    if not ranked:
        return Detection((), False)
    best = scored[0][0]
    sure = best >= 3.0 and sum(1 for score, _, _ in scored if score >= best) == 1
    return Detection(ranked, sure)


def check(fmt: str, path: Path) -> None:
    """Refuse the file if it is not the format chosen (raises ImportRefused, stores nothing)."""
    head = read_head(path)
    try:
        _sniff(fmt, head, path)
    except ImportFormatError as exc:
        raise ImportRefused(f"{exc}{REFUSED}") from None


def roles_of(fmt: str) -> tuple[str, ...]:
    """The columns a table format can use (its module's ROLES), in its own order."""
    spec = registry.get(fmt)
    module = importlib.import_module(spec.open.__module__)
    roles = getattr(module, "ROLES", ())
    return tuple(str(r) for r in roles)


def probe_columns(ws: Workspace, fmt: str, path: Path, dayfirst: bool | None = None,
                  columns: Mapping[str, str] | None = None) -> ColumnsProbe | None:
    """The table's columns, or None for a format that has none. Reads only the top rows.

    Raises ImportRefused if the file can't be opened as the format (with `columns`, if the
    mapping given does not fit the file)."""
    if path.is_dir() or makes(fmt) not in ("records", "entries"):
        return None
    spec = registry.get(fmt)
    options = ParseOptions(dayfirst, dict(columns or {}))
    try:
        with open(path, "rb") as fh:
            parsed = spec.open(fh, path.name, options)
            parsed.close()
    except ColumnsNeeded as exc:
        key = layout_key(exc.columns)
        remembered = ws.profile.setting(f"{LAYOUT_SETTING}{spec.name}.{key}", None)
        known = isinstance(remembered, dict) and not columns
        mapping = {str(k): str(v) for k, v in remembered.items()} if known else dict(exc.found)
        return ColumnsProbe(key, exc.columns, mapping, exc.missing, exc.samples, roles_of(fmt), known)
    except ImportFormatError as exc:
        raise ImportRefused(f"{exc}{REFUSED}") from None
    except OSError as exc:
        message = unreadable(path, exc, "imported")
        if message is None:
            raise
        raise ImportRefused(message) from None
    if not parsed.layout:
        return None
    return ColumnsProbe(parsed.layout, mapping=dict(parsed.mapping), roles=roles_of(fmt))
