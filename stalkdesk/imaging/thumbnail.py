"""Small JPEG previews of exhibits, turned the way the victim's phone shows them.

A thumbnail is a derived view, not evidence: it carries no metadata at all (no EXIF, GPS,
ICC profile or comment), so showing or exporting one cannot leak more than its pixels.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Final

from PIL import Image

from .metadata import read_orientation
from .safety import DEFAULT_MAX_PIXELS, format_name, guarded, open_image, open_unloaded

THUMBNAIL_QUALITY: Final = 80
_T: Final = Image.Transpose
# EXIF orientation -> the turn that undoes it (as ImageOps.exif_transpose does, without
# re-encoding the EXIF, which raises on junk EXIF and which we discard anyway).
_UPRIGHT: Final = {2: _T.FLIP_LEFT_RIGHT, 3: _T.ROTATE_180, 4: _T.FLIP_TOP_BOTTOM,
                   5: _T.TRANSPOSE, 6: _T.ROTATE_270, 7: _T.TRANSVERSE, 8: _T.ROTATE_90}
_ALPHA_MODES: Final = {"RGBA", "RGBa", "LA", "La", "PA"}
_HIGH_BIT_MODES: Final = {"I", "I;16", "I;16L", "I;16B", "I;16N"}


@dataclass(frozen=True, slots=True)
class Thumbnail:
    """A baseline JPEG preview and its size in pixels (already upright)."""

    jpeg: bytes
    width: int
    height: int


# 500, not 512: a 12-megapixel photo (4000 or 4032 px wide) then decodes at 1/8 scale
# (500 or 504 px), where 512 would force 1/4 scale and about a third more decoding time.
THUMBNAIL_SIDE: Final = 500


def make_thumbnail(
    data: bytes, name: str, max_side: int = THUMBNAIL_SIDE, *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> Thumbnail:
    """An upright JPEG preview of an accepted image, no side longer than `max_side`.

    The whole file is decoded once (so a damaged or truncated one raises `ImageRejected`),
    but a JPEG is decoded straight at 1/2, 1/4 or 1/8 scale, which roughly halves the
    time for a phone photo. Transparency is shown on white. Never enlarges.
    """
    if max_side < 1:
        raise ValueError(f"max_side must be at least 1, not {max_side}")
    # Ask the JPEG decoder for the thumbnail's real shape (not a square), so that it may
    # pick the smallest DCT scale that still covers it.
    width, height = open_unloaded(data, name, max_pixels=max_pixels).size
    scale = min(1.0, max_side / max(width, height, 1))
    shape = (max(1, int(width * scale)), max(1, int(height * scale)))
    image = open_image(data, name, max_pixels=max_pixels, draft_size=shape)
    turn = _UPRIGHT.get(read_orientation(image))
    with guarded(name, format_name(image), max_pixels):
        picture = _on_white(image)
        # After the draft a JPEG is under ~2x max_side, where bilinear (which Pillow widens
        # to the scale, so it does not alias) looks as good as bicubic at 80% of the cost.
        # reducing_gap box-averages big PNG screenshots first, which is faster still.
        picture.thumbnail((max_side, max_side), Image.Resampling.BILINEAR, reducing_gap=2.0)
        if turn is not None:
            picture = picture.transpose(turn)
        # Pillow copies a JPEG comment from `info` into what it saves; start clean.
        picture.info.clear()
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=THUMBNAIL_QUALITY)
    return Thumbnail(out.getvalue(), picture.width, picture.height)


def _on_white(image: Image.Image) -> Image.Image:
    """An RGB copy, flattening transparency onto white and scaling 16-bit grey to 8-bit."""
    if image.mode in _HIGH_BIT_MODES:
        # Converting straight to 8 bits clips (most 16-bit greys would come out white).
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
        image.info.pop("transparency", None)  # a 16-bit key colour means nothing now
    if image.mode in _ALPHA_MODES or "transparency" in image.info:
        rgba = image.convert("RGBA")
        return Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba).convert("RGB")
    # convert() copies even when the mode already matches; the caller owns `image` anyway.
    return image if image.mode == "RGB" else image.convert("RGB")
