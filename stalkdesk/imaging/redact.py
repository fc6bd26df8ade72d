"""Redacted copies of pictures: solid black over the marked areas, no metadata at all.

Regions are given in the coordinates of the picture AS SHOWN (after its EXIF orientation
is applied), because that is what the officer drew on. The copy is upright and carries no
orientation tag, no EXIF (GPS, device serials), XMP, IPTC, ICC profile, comment or PNG
text: only pixels. Filling is with opaque black, never blur, so nothing underneath can be
recovered. A JPEG stays a JPEG (quality 95, no chroma subsampling) and every 8 x 8 block a
region touches is filled whole: JPEG compression then cannot smear neighbouring pixels into
the region, so every pixel the officer marked decodes as exactly black. A PNG stays a PNG
(lossless, the fill exact to the pixel); any other format becomes a PNG. Of an animated GIF
or WebP only the first frame, the one shown, is kept.

Pure: bytes in, bytes out; decoding goes through `safety.open_image` (format allow-list,
pixel limit, truncation check). Nothing touches the disk.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from PIL import ExifTags, Image, ImageDraw

from stalkdesk.errors import InvalidInput

from .errors import ImageRejected
from .metadata import read_exif, read_orientation
from .safety import DEFAULT_MAX_PIXELS, format_name, guarded, open_image

JPEG_QUALITY: Final = 95
JPEG_BLOCK: Final = 8  # with 4:4:4 sampling every JPEG block (MCU) is 8 x 8 pixels
_T: Final = Image.Transpose
_UPRIGHT: Final = {2: _T.FLIP_LEFT_RIGHT, 3: _T.ROTATE_180, 4: _T.FLIP_TOP_BOTTOM,
                   5: _T.TRANSPOSE, 6: _T.ROTATE_270, 7: _T.TRANSVERSE, 8: _T.ROTATE_90}
_ALPHA_MODES: Final = {"RGBA", "RGBa", "LA", "La", "PA"}
_HIGH_BIT_MODES: Final = {"I", "I;16", "I;16L", "I;16B", "I;16N", "F"}
_XMP_GPS: Final = (b"exif:GPSLatitude", b"exif:GPSLongitude")


class RedactionRefused(InvalidInput):
    """A redaction that cannot be made; `str(error)` names the file or region and why."""


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle in pixels of the upright picture: `w` x `h` from (x, y) at top left."""

    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True, slots=True)
class Polygon:
    """A freehand outline in pixels of the upright picture; the inside is filled."""

    points: tuple[tuple[int, int], ...]


Shape = Rect | Polygon


@dataclass(frozen=True, slots=True)
class RedactedImage:
    """The redacted file and what was learnt making it."""

    data: bytes
    media_type: str  # "image/jpeg" or "image/png"
    width: int
    height: int
    had_gps: bool  # the original said where it was taken (EXIF or XMP GPS)
    had_metadata: bool  # the original carried EXIF, XMP, ICC, a comment or text chunks


def redact_image(data: bytes, name: str, shapes: Sequence[Shape], *,
                 max_pixels: int = DEFAULT_MAX_PIXELS) -> RedactedImage:
    """The picture upright, each shape filled with opaque black, re-encoded bare.

    Raises `RedactionRefused` for no shapes, a shape that is empty or not wholly inside the
    picture, or a file that is not an accepted image or cannot be decoded.
    """
    if not shapes:
        raise RedactionRefused("Nothing to redact: mark at least one area.")
    try:
        image = open_image(data, name, max_pixels=max_pixels)
    except ImageRejected as exc:
        raise RedactionRefused(f'"{exc.name}" cannot be redacted: {exc.reason}.') from exc
    fmt = format_name(image)
    had_gps, had_metadata = _gps(image), _has_metadata(image)
    orientation = read_orientation(image)
    width, height = (image.height, image.width) if orientation >= 5 else image.size
    for number, shape in enumerate(shapes, start=1):
        check_shape(shape, width, height, number)
    jpeg = fmt == "JPEG"
    try:
        with guarded(name, fmt, max_pixels):
            encoded = _redact(image, _UPRIGHT.get(orientation), shapes, jpeg)
    except ImageRejected as exc:
        raise RedactionRefused(f'"{exc.name}" cannot be redacted: {exc.reason}.') from exc
    return RedactedImage(encoded, "image/jpeg" if jpeg else "image/png", width, height,
                         had_gps, had_metadata)


def _redact(image: Image.Image, turn: Image.Transpose | None, shapes: Sequence[Shape], jpeg: bool) -> bytes:
    picture = _plain(image.transpose(turn) if turn is not None else image, jpeg)
    width, height = picture.size
    draw = ImageDraw.Draw(picture)
    fill = _fill(picture.mode)
    outlines = [s for s in shapes if isinstance(s, Polygon)]
    for shape in shapes:
        if isinstance(shape, Rect):
            left, top, right, bottom = (_blocks(shape, width, height) if jpeg else
                                        (shape.x, shape.y, shape.x + shape.w, shape.y + shape.h))
            draw.rectangle((left, top, right - 1, bottom - 1), fill=fill)
        elif not jpeg:
            draw.polygon(list(shape.points), fill=fill, outline=fill)
    if jpeg and outlines:
        picture.paste(fill, (0, 0), _touched_blocks(outlines, width, height))
    out = io.BytesIO()
    if jpeg:
        picture.save(out, "JPEG", quality=JPEG_QUALITY, subsampling=0)
    else:
        picture.save(out, "PNG", compress_level=6)
    return out.getvalue()


def check_shape(shape: Shape, width: int, height: int, number: int = 1) -> None:
    """Refuse an empty shape or one not wholly inside a `width` x `height` picture."""
    where = f"Area {number}"
    size = f"the picture is {width} x {height} pixels"
    if isinstance(shape, Rect):
        if shape.w < 1 or shape.h < 1:
            raise RedactionRefused(f"{where} is empty ({shape.w} x {shape.h} pixels): draw it again.")
        if shape.x < 0 or shape.y < 0 or shape.x + shape.w > width or shape.y + shape.h > height:
            raise RedactionRefused(
                f"{where} ({shape.w} x {shape.h} at {shape.x}, {shape.y}) is outside the picture: {size}.")
        return
    if len(shape.points) < 3:
        raise RedactionRefused(f"{where} needs at least three points to enclose anything.")
    xs, ys = [p[0] for p in shape.points], [p[1] for p in shape.points]
    if min(xs) < 0 or min(ys) < 0 or max(xs) > width or max(ys) > height:
        raise RedactionRefused(f"{where} (a freehand outline) goes outside the picture: {size}.")
    if max(xs) == min(xs) or max(ys) == min(ys) or _area(shape.points) == 0:
        raise RedactionRefused(f"{where} (a freehand outline) encloses nothing: draw it again.")


def bounds(shape: Shape) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of a shape, right and bottom exclusive."""
    if isinstance(shape, Rect):
        return shape.x, shape.y, shape.x + shape.w, shape.y + shape.h
    xs, ys = [p[0] for p in shape.points], [p[1] for p in shape.points]
    return min(xs), min(ys), max(xs) + 1, max(ys) + 1


def _blocks(shape: Shape, width: int, height: int) -> tuple[int, int, int, int]:
    """The shape's bounding box widened to whole JPEG blocks (at most 7 pixels each side)."""
    left, top, right, bottom = bounds(shape)
    b = JPEG_BLOCK
    return ((left // b) * b, (top // b) * b,
            min(width, math.ceil(right / b) * b), min(height, math.ceil(bottom / b) * b))


def _touched_blocks(outlines: Sequence[Polygon], width: int, height: int) -> Image.Image:
    """A mask of every whole JPEG block that any outline covers any pixel of."""
    b = JPEG_BLOCK
    padded = (math.ceil(width / b) * b, math.ceil(height / b) * b)
    mask = Image.new("L", padded, 0)
    draw = ImageDraw.Draw(mask)
    for outline in outlines:
        draw.polygon(list(outline.points), fill=255, outline=255)
    # reduce() averages exact 8 x 8 blocks, so one covered pixel leaves a block non-zero.
    blocks = mask.reduce(b).point(lambda v: 255 if v else 0)
    return blocks.resize(padded, Image.Resampling.NEAREST).crop((0, 0, width, height))


def _area(points: Sequence[tuple[int, int]]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1)
                   in zip(points, [*points[1:], points[0]], strict=True))) / 2


def _plain(picture: Image.Image, jpeg: bool) -> Image.Image:
    """A fresh pixel-only copy in a mode the output format takes; no `info` is carried."""
    if picture.mode in _HIGH_BIT_MODES:
        # Straight to 8 bits would clip most 16-bit greys to white; scale them instead.
        picture = picture.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if jpeg:
        mode = "L" if picture.mode in ("L", "1") else "RGB"
    elif picture.mode in _ALPHA_MODES or "transparency" in picture.info:
        mode = "RGBA"
    else:
        mode = "L" if picture.mode in ("L", "1") else "RGB"
    # Image.new + paste, not copy(): copy() keeps `info` (EXIF, ICC, XMP, comments, text).
    plain = Image.new(mode, picture.size)
    plain.paste(picture.convert(mode) if picture.mode != mode else picture)
    return plain


def _fill(mode: str) -> int | tuple[int, ...]:
    # Opaque in RGBA too: a transparent "redaction" would show whatever a viewer puts behind.
    fills: dict[str, int | tuple[int, ...]] = {"L": 0, "RGB": (0, 0, 0), "RGBA": (0, 0, 0, 255)}
    return fills[mode]


def _gps(image: Image.Image) -> bool:
    exif = read_exif(image)
    try:
        if exif.get_ifd(ExifTags.IFD.GPSInfo):
            return True
    except Exception:  # junk EXIF: Pillow raises almost anything; read_exif explains
        pass
    xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
    raw = xmp.encode("utf-8", "replace") if isinstance(xmp, str) else bytes(xmp)
    return any(tag in raw for tag in _XMP_GPS)


def _has_metadata(image: Image.Image) -> bool:
    keys = {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "photoshop", "adobe"}
    return bool(keys & set(image.info)) or bool(read_exif(image)) or bool(getattr(image, "text", None))
