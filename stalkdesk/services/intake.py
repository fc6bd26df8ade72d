"""Taking evidence in: hash, read metadata, make a thumbnail, store the original byte-exact.

Images are decoded (safely, from an allow-list, with size limits) before anything is
stored, so a damaged or hostile file is refused with nothing written. Other files
(audio, video, PDFs, documents) are streamed in and kept exactly as received.
"""

from __future__ import annotations

import io
import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from stalkdesk.domain import exhibit_ref
from stalkdesk.domain.records import ContinuityEvent, Exhibit
from stalkdesk.domain.vocab import ContinuityAction, DerivativeKind, ExhibitKind
from stalkdesk.errors import InvalidInput, UserError
from stalkdesk.imaging.errors import ImageRejected
from stalkdesk.imaging.metadata import extract_metadata
from stalkdesk.imaging.sniff import is_decodable_image, sniff_media_type
from stalkdesk.imaging.thumbnail import make_thumbnail
from stalkdesk.services.files import unreadable
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.repos.exhibits import NewDerivative

MAX_IMAGE_BYTES = 256 * 1024 * 1024  # larger "images" are refused rather than read whole
PREPARE_THREADS = 2  # decode/thumbnail threads ahead of the one writer (this is a 2-core laptop)
PREPARE_AHEAD = 4  # files read ahead of the writer: each may be a whole 12 MP photo in memory
Progress = Callable[[int, int], None]


@dataclass
class IntakeResult:
    added: list[Exhibit] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)


def propose_reference(ws: Workspace, case_id: int) -> str:
    """The next free reference under the officer's initials (JS/1, JS/2, ...)."""
    initials = ws.officer.initials if ws.officer else "XX"
    return exhibit_ref.next_reference(initials, ws.exhibits.references(case_id))


def guess_kind(media_type: str, metadata: dict[str, object]) -> ExhibitKind:
    if media_type == "image/png":
        return ExhibitKind.SCREENSHOT
    if media_type.startswith("image/"):
        return ExhibitKind.PHOTO if metadata.get("device") else ExhibitKind.SCREENSHOT
    if media_type.startswith("audio/"):
        return ExhibitKind.AUDIO
    if media_type.startswith("video/"):
        return ExhibitKind.VIDEO
    if media_type in ("application/pdf", "text/plain") or "officedocument" in media_type:
        return ExhibitKind.DOCUMENT
    return ExhibitKind.OTHER


def add_exhibit_bytes(
    ws: Workspace, case_id: int, filename: str, data: bytes, *, reference: str | None = None,
    description: str = "", kind: ExhibitKind | None = None, produced_by: str = "",
    seized_at: datetime | None = None, seized_where: str = "",
) -> Exhibit:
    """Take in one file already in memory (an image, a small document)."""
    prepared = _inspect(filename, data[:4096], data)
    return _store(ws, case_id, prepared, io.BytesIO(data), reference=reference, description=description,
                  kind=kind, produced_by=produced_by, seized_at=seized_at, seized_where=seized_where)


def add_exhibit_file(
    ws: Workspace, case_id: int, path: Path, *, reference: str | None = None, description: str = "",
    kind: ExhibitKind | None = None, produced_by: str = "", seized_at: datetime | None = None,
    seized_where: str = "",
) -> Exhibit:
    """Take in one file from disk. Images are read whole (to check them); anything else is
    streamed so that a large recording never sits in memory."""
    return _store_file(ws, case_id, _prepare(path), reference=reference, description=description, kind=kind,
                       produced_by=produced_by, seized_at=seized_at, seized_where=seized_where)


def add_exhibit_files(ws: Workspace, case_id: int, paths: Sequence[Path], *, produced_by: str = "",
                      progress: Progress | None = None) -> IntakeResult:
    """Take in many files. A refused file is reported and the rest still go in.

    Two stages: reading, checking and thumbnailing (`_prepare`, which needs no store and
    spends its time in Pillow and hashlib with the GIL released) runs on `PREPARE_THREADS`
    threads a few files ahead of the single writer, which stores each file in its own
    transaction, in the order given. At most `PREPARE_AHEAD` files are held in memory.
    A cancel (raised by `progress`) stops after the file being written; the files already
    written stay in, each complete.
    """
    result = IntakeResult()
    with ThreadPoolExecutor(PREPARE_THREADS, thread_name_prefix="intake-prepare") as pool:
        pending: deque[Future[_Prepared]] = deque()
        queue = iter(paths)
        try:
            for done in range(len(paths)):
                while len(pending) < PREPARE_AHEAD and (path := next(queue, None)) is not None:
                    pending.append(pool.submit(_prepare_or_refuse, path))
                prepared = pending.popleft().result()
                try:
                    if prepared.refusal is not None:
                        raise prepared.refusal
                    result.added.append(_store_file(ws, case_id, prepared, produced_by=produced_by))
                except UserError as exc:
                    result.refused.append((prepared.path.name, str(exc)))
                if progress:
                    progress(done + 1, len(paths))
        finally:
            for future in pending:
                future.cancel()
    return result


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A file read and checked, ready for the writer. `data` is the whole file for an image
    (already decoded once to check it), None for anything streamed at store time."""

    path: Path
    filename: str
    head: bytes
    media_type: str
    data: bytes | None = None
    metadata: dict[str, object] = field(default_factory=dict)
    derived: tuple[NewDerivative, ...] = ()
    refusal: UserError | None = None


def _prepare_or_refuse(path: Path) -> _Prepared:
    """`_prepare` on a worker thread: a refusal travels back as data, in file order."""
    try:
        return _prepare(path)
    except UserError as exc:
        return _Prepared(path, path.name, b"", "", refusal=exc)


def _prepare(path: Path) -> _Prepared:
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
            if not is_decodable_image(sniff_media_type(head, path.name)):
                return replace(_inspect(path.name, head, None), path=path)
            if os.fstat(fh.fileno()).st_size > MAX_IMAGE_BYTES:
                raise InvalidInput(f'"{path.name}" was not added: it is too large for an image.')
            fh.seek(0)
            data = fh.read()
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return replace(_inspect(path.name, head, data), path=path)


def _unreadable(path: Path, exc: OSError) -> Exception:
    message = unreadable(path, exc, "added")
    return InvalidInput(message) if message is not None else exc


def _inspect(filename: str, head: bytes, image: bytes | None) -> _Prepared:
    """Sniff the type; for an image, decode it safely, read its metadata and make the thumbnail."""
    media_type = sniff_media_type(head, filename)
    if image is not None and is_decodable_image(media_type):
        try:
            metadata = extract_metadata(image, filename).to_dict()
            thumb = make_thumbnail(image, filename)
        except ImageRejected as exc:
            raise InvalidInput(str(exc)) from None
        derived = NewDerivative(DerivativeKind.THUMBNAIL.value, thumb.jpeg, "image/jpeg",
                                "Thumbnail for display; the original is unchanged")
        return _Prepared(Path(filename), filename, head, media_type, image, metadata, (derived,))
    if image is not None and not head:
        raise InvalidInput(f'"{filename}" was not added: the file is empty.')
    return _Prepared(Path(filename), filename, head, media_type, image)


def _store_file(ws: Workspace, case_id: int, prepared: _Prepared, **details: Any) -> Exhibit:
    """Store a prepared file: from memory if it was read whole, else streamed from disk."""
    if prepared.data is not None:
        return _store(ws, case_id, prepared, io.BytesIO(prepared.data), **details)
    try:
        with open(prepared.path, "rb") as fh:
            return _store(ws, case_id, prepared, fh, **details)
    except OSError as exc:
        raise _unreadable(prepared.path, exc) from None


def _store(
    ws: Workspace, case_id: int, prepared: _Prepared, stream: BinaryIO, *, reference: str | None = None,
    description: str = "", kind: ExhibitKind | None = None, produced_by: str = "",
    seized_at: datetime | None = None, seized_where: str = "",
) -> Exhibit:
    """The writer's part: reference, exhibit record, continuity and content in one transaction."""
    try:
        ref = exhibit_ref.normalise(reference) if reference else propose_reference(ws, case_id)
    except exhibit_ref.ExhibitRefError as exc:
        raise InvalidInput(str(exc)) from None
    kind = kind or guess_kind(prepared.media_type, prepared.metadata)
    officer = ws.officer.display if ws.officer else ""
    exhibit = Exhibit(
        reference=ref, description=description or f"{kind.label} supplied as {prepared.filename}", kind=kind,
        produced_by=produced_by, seized_at=seized_at, seized_where=seized_where,
        original_filename=prepared.filename, media_type=prepared.media_type, metadata=dict(prepared.metadata),
    )
    stored = ContinuityEvent(
        at=datetime.now(UTC), action=ContinuityAction.STORED, from_person=produced_by,
        to_person=officer, purpose="Original taken into the encrypted case store", recorded_by=officer,
    )
    return ws.exhibits.add(case_id, exhibit, stream, continuity=stored, derived=list(prepared.derived))
