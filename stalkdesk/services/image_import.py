"""Importing a folder (or a list) of screenshots and photos into a case.

Each picture goes through the exhibit intake (hashed, decoded safely, thumbnailed, stored
byte-exact); one that is refused (damaged, not a picture, already in the case) is reported
with its reason and the rest still go in. Where a picture's EXIF says when it was taken,
a chronology entry is proposed with the exhibit as its provenance; screenshots without a
camera time are listed but make no entry. Everything is one transaction: a cancel or a
failure part-way leaves the case as it was. `preview` says the same without writing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import ExhibitKind
from stalkdesk.errors import UserError
from stalkdesk.imaging.errors import ImageRejected
from stalkdesk.imaging.metadata import extract_metadata
from stalkdesk.imaging.sniff import describe, is_decodable_image, sniff_media_type
from stalkdesk.imaging.thumbnail import make_thumbnail
from stalkdesk.importers import images
from stalkdesk.services import intake
from stalkdesk.services.files import unreadable
from stalkdesk.services.importing import ImportOptions, ImportRefused, SkippedItem
from stalkdesk.services.workspace import Workspace

Progress = Callable[[int, int], None]
_DEFAULTS = ImportOptions()


@dataclass(frozen=True)
class Picture:
    """One picture taken in (or that would be), and what its EXIF gave."""

    file: str  # as named in the folder
    kind: ExhibitKind
    taken: datetime | None = None  # UTC, from EXIF
    zone_assumed: bool = False
    gps: tuple[float, float] | None = None
    device: str = ""
    reference: str = ""  # the exhibit's, once stored (or already there)
    proposes_entry: bool = False
    note: str = ""  # why no entry, when there is none


@dataclass
class ImageImportResult:
    source: str  # the folder or file named
    files: int = 0
    pictures: list[Picture] = field(default_factory=list)
    refused: list[SkippedItem] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # exhibit references made
    entries: int = 0
    items: tuple[int, int] | None = None
    stored: bool = False


def pictures(paths: Sequence[Path]) -> list[tuple[Path, str]]:
    """(path, name shown) of every file to take in: the files given and, in name order, every
    file inside the folders given; hidden files and system clutter left out."""
    found: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            inside = [p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path))]
            found.extend((p, p.relative_to(path).as_posix()) for p in sorted(
                inside, key=lambda p: p.relative_to(path).as_posix().lower()))
        else:
            found.append((path, path.name))
    return found


def _hidden(relative: Path) -> bool:
    return any(p.startswith(".") for p in relative.parts) or relative.name.lower() in ("thumbs.db", "desktop.ini")


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > intake.MAX_IMAGE_BYTES:
            raise ImportRefused(f'"{path.name}" is too large for a picture.')
        return path.read_bytes()
    except OSError as exc:
        message = unreadable(path, exc, "imported")
        if message is None:
            raise
        raise ImportRefused(message) from None


def _examine(name: str, data: bytes, zone: str) -> tuple[Picture, dict[str, object]]:
    """What a picture's own bytes say, without storing it. Raises ImportRefused for a file
    that is not a picture, or a picture too damaged to decode."""
    media = sniff_media_type(data[:4096], name)
    if not media.startswith("image/"):
        kind = describe(media) or media
        raise ImportRefused(f"not a picture ({kind}); add it as an exhibit on its own if it matters")
    if not is_decodable_image(media):
        label = describe(media) or media
        return Picture(name, ExhibitKind.PHOTO, note=f"{label}: stored as it is; StalkDesk does not read its "
                                                    "EXIF, so no entry is proposed"), {}
    try:
        metadata = extract_metadata(data, name).to_dict()
        make_thumbnail(data, name)  # proves the picture data decodes, as the intake will
    except ImageRejected as exc:
        raise ImportRefused(str(exc)) from None
    kind = intake.guess_kind(media, metadata)
    found = images.taken_at(metadata, zone)
    where = images.position(metadata)
    device = metadata.get("device")
    note = "" if found else ("a screenshot without a camera time" if kind is ExhibitKind.SCREENSHOT
                             else "no readable EXIF time")
    return Picture(name, kind, found[0] if found else None, bool(found and found[1]), where,
                   device if isinstance(device, str) else "", proposes_entry=found is not None,
                   note=note), metadata


def _one(ws: Workspace, case_id: int, path: Path, name: str, options: ImportOptions, store: bool,
         seen: dict[str, str], result: ImageImportResult, entries: list[Entry]) -> None:
    data = _read(path)
    picture, metadata = _examine(name, data, options.zone)
    digest = hashlib.sha256(data).hexdigest()
    twin = ws.exhibits.find_by_sha256(case_id, digest)
    if twin is None and digest in seen:  # only in a dry run: a real one has stored the first by now
        raise ImportRefused(f"the same picture as {seen[digest]} (same SHA-256); it would be taken in once")
    if twin is not None and not options.force:
        raise ImportRefused(f"already in this case as exhibit {twin.reference} (same SHA-256); not added again, "
                            "use --force to propose its entry again")
    reference = twin.reference if twin else ""
    exhibit_id = 0
    if twin is not None:
        exhibit_id = twin.id or 0
    elif store:
        try:
            made = intake.add_exhibit_bytes(ws, case_id, Path(name).name, data, kind=picture.kind,
                                            produced_by=options.produced_by,
                                            description=f"{picture.kind.label} supplied as {name}")
        except UserError as exc:
            raise ImportRefused(str(exc)) from None
        reference, exhibit_id = made.reference, made.id or 0
        result.added.append(reference)
    else:
        reference = "(new)"
    seen[digest] = name
    entry = images.proposal(name, picture.kind, metadata, exhibit_id=exhibit_id, exhibit_ref=reference,
                            zone=options.zone) if picture.proposes_entry else None
    if entry is not None:
        entries.append(entry)
    result.pictures.append(Picture(picture.file, picture.kind, picture.taken, picture.zone_assumed, picture.gps,
                                   picture.device, reference, entry is not None, picture.note))


def _run(ws: Workspace, case_id: int, paths: Sequence[Path], options: ImportOptions, progress: Progress | None,
         store: bool) -> ImageImportResult:
    files = pictures(paths)
    label = paths[0].name if len(paths) == 1 else f"{len(paths)} files and folders"
    if not files:
        raise ImportRefused(f'"{label}" holds no files to import; nothing was stored.')
    result = ImageImportResult(label, len(files), stored=store)
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for done, (path, name) in enumerate(files, 1):
        try:
            _one(ws, case_id, path, name, options, store, seen, result, entries)
        except ImportRefused as exc:
            result.refused.append(SkippedItem(name, "refused", str(exc)))
        if progress is not None:
            progress(done, len(files))
    entries.sort(key=lambda e: e.when.start)
    result.entries = len(entries)
    if store and entries:
        made = ws.entries.add_many(case_id, entries, summary=(
            f"Imported {len(result.added)} pictures from {label}: {len(entries)} chronology entries proposed "
            "from their EXIF times"))
        result.items = (made[0].item_number or 0, made[-1].item_number or 0)
    return result


def preview(ws: Workspace, case_id: int, paths: Sequence[Path], options: ImportOptions = _DEFAULTS,
            progress: Progress | None = None) -> ImageImportResult:
    """What importing these pictures would do (the --dry-run): nothing is written."""
    return _run(ws, case_id, paths, options, progress, store=False)


def run_images(ws: Workspace, case_id: int, paths: Sequence[Path], options: ImportOptions = _DEFAULTS,
               progress: Progress | None = None) -> ImageImportResult:
    """Take the pictures in, with their proposed entries, in one transaction."""
    with ws.transaction():
        return _run(ws, case_id, paths, options, progress, store=True)
