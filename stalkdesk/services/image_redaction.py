"""Redacted versions of picture exhibits, for disclosure to the CPS.

    result = redact_exhibit(ws, exhibit_id, [Region(Rect(10, 20, 300, 40), RedactionReason.PHONE_NUMBER)])

A redacted version is a derived copy ("redacted" derivative, version 1, 2, ...) made from
the ORIGINAL each time, never from an earlier redacted version: editing a redaction means
loading the newest version's regions, changing them and saving a new version, and every
earlier version stays in the history. The original and its SHA-256 never change. The
derivative's params record each region with its reason, the original's SHA-256 and whether
GPS was removed; its audit row is written in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from stalkdesk.domain.records import Derivative, Exhibit
from stalkdesk.domain.vocab import DerivativeKind, RedactionReason
from stalkdesk.imaging.redact import Polygon, Rect, RedactedImage, RedactionRefused, Shape, redact_image
from stalkdesk.imaging.sniff import is_decodable_image
from stalkdesk.services.workspace import Workspace

Progress = Callable[[int, int], None]
MAX_NOTE: Final = 500
KIND: Final = DerivativeKind.REDACTED.value


@dataclass(frozen=True, slots=True)
class Region:
    """One marked area of the picture as shown, and why it is hidden."""

    shape: Shape
    reason: RedactionReason
    note: str = ""  # required when the reason is "other"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any]
        if isinstance(self.shape, Rect):
            s = self.shape
            data = {"shape": "rect", "x": s.x, "y": s.y, "w": s.w, "h": s.h}
        else:
            data = {"shape": "polygon", "points": [[x, y] for x, y in self.shape.points]}
        return {**data, "reason": self.reason.value, "note": self.note.strip()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Region:
        shape: Shape
        if data.get("shape") == "polygon":
            shape = Polygon(tuple((int(x), int(y)) for x, y in data["points"]))
        else:
            shape = Rect(int(data["x"]), int(data["y"]), int(data["w"]), int(data["h"]))
        return cls(shape, RedactionReason(data["reason"]), str(data.get("note", "")))


@dataclass(frozen=True, slots=True)
class RedactionVersion:
    """One saved redacted version of an exhibit."""

    derivative: Derivative
    regions: tuple[Region, ...]
    based_on_sha256: str
    gps_removed: bool

    @property
    def version(self) -> int:
        return self.derivative.version

    @property
    def created_at(self) -> datetime:
        return self.derivative.created_at


def redact_exhibit(ws: Workspace, exhibit_id: int, regions: Sequence[Region],
                   progress: Progress | None = None) -> RedactionVersion:
    """Make and store the next redacted version of a picture exhibit from its original.

    Raises `RedactionRefused` (an `InvalidInput`) for a deleted or non-picture exhibit, a
    corrupt picture, no regions, a region outside the picture or a reason without its note.
    """
    exhibit = redactable(ws, exhibit_id)
    _check_reasons(regions)
    if progress:
        progress(0, 2)
    original = ws.exhibits.read_original(exhibit_id)
    name = exhibit.original_filename or exhibit.reference
    made: RedactedImage = redact_image(original, name, [r.shape for r in regions])
    if progress:
        progress(1, 2)
    params = {"regions": [r.to_json() for r in regions], "based_on_sha256": exhibit.sha256,
              "gps_removed": made.had_gps}
    derivative = ws.exhibits.add_derivative(exhibit_id, KIND, made.data, made.media_type,
                                            note=_note(regions, made.had_gps), params=params)
    if progress:
        progress(2, 2)
    return RedactionVersion(derivative, tuple(regions), exhibit.sha256, made.had_gps)


def redactable(ws: Workspace, exhibit_id: int) -> Exhibit:
    """The exhibit, if it is a live picture that can be redacted; else `RedactionRefused`."""
    exhibit = ws.exhibits.get(exhibit_id)
    if exhibit.deleted:
        raise RedactionRefused(f"Exhibit {exhibit.reference} has been deleted: it cannot be redacted.")
    if not is_decodable_image(exhibit.media_type):
        raise RedactionRefused(
            f"Exhibit {exhibit.reference} is not a picture ({exhibit.media_type}): only JPEG, PNG, GIF, "
            "WebP and BMP pictures can be redacted here.")
    return exhibit


def redaction_history(ws: Workspace, exhibit_id: int) -> list[RedactionVersion]:
    """Every redacted version of the exhibit, oldest first."""
    return [_version(ws, d) for d in ws.exhibits.derivatives(exhibit_id, KIND)]


def latest_redaction(ws: Workspace, exhibit_id: int) -> RedactionVersion | None:
    """The newest redacted version (the one the CPS gets), or None if there is none."""
    history = redaction_history(ws, exhibit_id)
    return max(history, key=lambda v: v.version) if history else None


def read_version(ws: Workspace, version: RedactionVersion) -> bytes:
    """The redacted file's bytes (already bare of metadata)."""
    return ws.exhibits.read_derivative(version.derivative)


def has_gps(exhibit: Exhibit) -> bool:
    """True when intake read a GPS position from the picture's EXIF."""
    return exhibit.metadata.get("gps") is not None


def _version(ws: Workspace, d: Derivative) -> RedactionVersion:
    assert d.id is not None
    params = ws.exhibits.derivative_params(d.id)
    regions = tuple(Region.from_json(r) for r in params.get("regions", []))
    return RedactionVersion(d, regions, str(params.get("based_on_sha256", "")),
                            bool(params.get("gps_removed", False)))


def _check_reasons(regions: Sequence[Region]) -> None:
    for number, region in enumerate(regions, start=1):
        if not isinstance(region.reason, RedactionReason):
            raise RedactionRefused(f"Area {number} has no reason: choose one from the list.")
        note = region.note.strip()
        if region.reason is RedactionReason.OTHER and not note:
            raise RedactionRefused(f'Area {number} is redacted for "other": say why in its note.')
        if len(note) > MAX_NOTE:
            raise RedactionRefused(f"Area {number}'s note is {len(note)} characters: keep it under {MAX_NOTE}.")


def _note(regions: Sequence[Region], gps: bool) -> str:
    reasons = sorted({r.reason.value for r in regions})
    areas = f"{len(regions)} area{'s' if len(regions) != 1 else ''}"
    return f"{areas} redacted ({', '.join(reasons)}); metadata removed{', including GPS' if gps else ''}"
