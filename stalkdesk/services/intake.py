"""Taking evidence in: hash, read metadata, make a thumbnail, store the original byte-exact.

Images are decoded (safely, from an allow-list, with size limits) before anything is
stored, so a damaged or hostile file is refused with nothing written. Other files
(audio, video, PDFs, documents) are streamed in and kept exactly as received.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

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
    return _add(ws, case_id, filename, io.BytesIO(data), data[:4096], data, reference=reference,
                description=description, kind=kind, produced_by=produced_by,
                seized_at=seized_at, seized_where=seized_where)


def add_exhibit_file(
    ws: Workspace, case_id: int, path: Path, *, reference: str | None = None, description: str = "",
    kind: ExhibitKind | None = None, produced_by: str = "", seized_at: datetime | None = None,
    seized_where: str = "",
) -> Exhibit:
    """Take in one file from disk. Images are read whole (to check them); anything else is
    streamed so that a large recording never sits in memory."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
            media_type = sniff_media_type(head, path.name)
            fh.seek(0)
            if is_decodable_image(media_type):
                if path.stat().st_size > MAX_IMAGE_BYTES:
                    raise InvalidInput(f'"{path.name}" was not added: it is too large for an image.')
                data = fh.read()
                return _add(ws, case_id, path.name, io.BytesIO(data), head, data, reference=reference,
                            description=description, kind=kind, produced_by=produced_by,
                            seized_at=seized_at, seized_where=seized_where)
            return _add(ws, case_id, path.name, fh, head, None, reference=reference,
                        description=description, kind=kind, produced_by=produced_by,
                        seized_at=seized_at, seized_where=seized_where)
    except OSError as exc:
        message = unreadable(path, exc, "added")
        if message is None:
            raise
        raise InvalidInput(message) from None


def add_exhibit_files(ws: Workspace, case_id: int, paths: Sequence[Path], *, produced_by: str = "",
                      progress: Progress | None = None) -> IntakeResult:
    """Take in many files. A refused file is reported and the rest still go in."""
    result = IntakeResult()
    for done, path in enumerate(paths):
        try:
            result.added.append(add_exhibit_file(ws, case_id, path, produced_by=produced_by))
        except UserError as exc:
            result.refused.append((path.name, str(exc)))
        if progress:
            progress(done + 1, len(paths))
    return result


def _add(
    ws: Workspace, case_id: int, filename: str, stream: BinaryIO, head: bytes, image: bytes | None, *,
    reference: str | None, description: str, kind: ExhibitKind | None, produced_by: str,
    seized_at: datetime | None, seized_where: str,
) -> Exhibit:
    media_type = sniff_media_type(head, filename)
    metadata: dict[str, object] = {}
    derived: list[NewDerivative] = []
    if image is not None and is_decodable_image(media_type):
        try:
            metadata = extract_metadata(image, filename).to_dict()
            thumb = make_thumbnail(image, filename)
        except ImageRejected as exc:
            raise InvalidInput(str(exc)) from None
        derived.append(NewDerivative(DerivativeKind.THUMBNAIL.value, thumb.jpeg, "image/jpeg",
                                     "Thumbnail for display; the original is unchanged"))
    elif image is not None and not head:
        raise InvalidInput(f'"{filename}" was not added: the file is empty.')
    try:
        ref = exhibit_ref.normalise(reference) if reference else propose_reference(ws, case_id)
    except exhibit_ref.ExhibitRefError as exc:
        raise InvalidInput(str(exc)) from None
    kind = kind or guess_kind(media_type, metadata)
    officer = ws.officer.display if ws.officer else ""
    exhibit = Exhibit(
        reference=ref, description=description or f"{kind.label} supplied as {filename}", kind=kind,
        produced_by=produced_by, seized_at=seized_at, seized_where=seized_where,
        original_filename=filename, media_type=media_type, metadata=metadata,
    )
    stored = ContinuityEvent(
        at=datetime.now(UTC), action=ContinuityAction.STORED, from_person=produced_by,
        to_person=officer, purpose="Original taken into the encrypted case store", recorded_by=officer,
    )
    return ws.exhibits.add(case_id, exhibit, stream, continuity=stored, derived=derived)


