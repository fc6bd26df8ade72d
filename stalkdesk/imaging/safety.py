"""Opening untrusted image bytes without letting them crash, stall or exhaust the app.

Every picture a victim supplies comes through here before Pillow decodes it. The bytes are
sniffed first and only the matching Pillow plugin may read them, the pixel count is checked
before any decoding, and whatever Pillow raises about the file becomes `ImageRejected`.
Nothing is written to disk: Pillow reads from an in-memory buffer.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

from PIL import Image, ImageFile, UnidentifiedImageError

from .errors import ImageRejected
from .sniff import ACCEPTED_IMAGE_FORMATS, SNIFF_BYTES, describe, sniff_media_type

DEFAULT_MAX_PIXELS: Final = 100_000_000
"""100 megapixels: beyond any phone camera, and at most ~400 MB once decoded."""

_BOMB_PIXELS: Final = re.compile(r"\((\d+) pixels\)")
# Multi-picture JPEGs (phones' portrait and burst shots) are JPEGs to the people reading.
_FORMAT_NAMES: Final = {"MPO": "JPEG"}


def accepted_format(data: bytes, name: str) -> str:
    """The Pillow format name ("JPEG", "PNG", ...) of an accepted image, judged by its bytes.

    Raises `ImageRejected` for an empty file or anything that is not JPEG, PNG, GIF, WebP or
    BMP, whatever the file is called.
    """
    if not data:
        raise ImageRejected.empty(name)
    media_type = sniff_media_type(data[:SNIFF_BYTES], name)
    if media_type not in ACCEPTED_IMAGE_FORMATS:
        raise ImageRejected.not_accepted(name, describe(media_type))
    return ACCEPTED_IMAGE_FORMATS[media_type]


def format_name(image: Image.Image) -> str:
    """The format to show people for an image opened here, e.g. "JPEG" for an MPO."""
    found = image.format or "image"
    return _FORMAT_NAMES.get(found, found)


@contextmanager
def quiet_pillow() -> Iterator[None]:
    """Silence Pillow's warnings about the input; callers treat those conditions as results.

    Not thread-safe in the way `warnings.catch_warnings` is not: concurrent use can leave
    these two filters installed, which is harmless.
    """
    with warnings.catch_warnings():
        # Our own pixel limit decides; Pillow's warning threshold is lower and global.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        # "Corrupt EXIF data", "Truncated File Read" and the like: routine in phone files.
        warnings.simplefilter("ignore", UserWarning)
        yield


@contextmanager
def guarded(name: str, fmt: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> Iterator[None]:
    """Run Pillow work on untrusted data, turning its failures into `ImageRejected`."""
    with quiet_pillow():
        try:
            yield
        except (ImageRejected, MemoryError):
            raise
        except Image.DecompressionBombError as exc:
            # Pillow refuses at twice its global limit before we can see the size.
            found = _BOMB_PIXELS.search(str(exc))
            size = f"{int(found[1]):,}" if found else "too many"
            raise ImageRejected.too_large(name, size, max_pixels) from exc
        # Deliberately broad: Pillow's parsers raise OSError, SyntaxError, ValueError,
        # struct.error, IndexError, TypeError, KeyError, EOFError... on hostile input, and
        # one bad file must not end an import. The cause stays chained for the log.
        except Exception as exc:
            raise ImageRejected.damaged(name, _detail(fmt, exc)) from exc


def open_unloaded(
    data: bytes, name: str, *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> ImageFile.ImageFile:
    """Open `data` and read its headers only: size, mode, EXIF. No pixels are decoded.

    The result has passed the format allow-list and the pixel limit, but its picture data
    has NOT been checked: a truncated file looks fine here. Call `open_image` before showing
    or converting pixels.
    """
    fmt = accepted_format(data, name)
    with guarded(name, fmt, max_pixels):
        image = Image.open(io.BytesIO(data), formats=[fmt])
    width, height = image.size
    if width * height > max_pixels:
        raise ImageRejected.too_large(name, f"{width:,} x {height:,}", max_pixels)
    if width < 1 or height < 1:
        raise ImageRejected.damaged(name, f"{fmt} header gives no picture size")
    return image


def open_image(
    data: bytes,
    name: str,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    draft_size: tuple[int, int] | None = None,
) -> Image.Image:
    """Open and fully decode an accepted image, refusing anything unsafe or incomplete.

    `draft_size` lets the JPEG decoder scale down by 1/2, 1/4 or 1/8 while decoding, to
    the smallest size still at least that big; the result is then smaller than the file's
    own size, so read dimensions for records from `extract_metadata`, not from this.
    Raises `ImageRejected` for empty, disallowed, oversized, damaged or truncated files.
    """
    image = open_unloaded(data, name, max_pixels=max_pixels)
    with guarded(name, format_name(image), max_pixels):
        if draft_size is not None:
            image.draft("RGB", draft_size)
        # load() is what reads every byte of picture data, so truncation surfaces here;
        # it relies on ImageFile.LOAD_TRUNCATED_IMAGES staying False.
        image.load()
    return image


def _detail(fmt: str, exc: Exception) -> str:
    if isinstance(exc, UnidentifiedImageError):
        return f"not a readable {fmt} file"  # Pillow's own text names a memory address
    text = str(exc).strip()
    if "truncated" in text.lower():
        return f"truncated {fmt} data"
    first_line = text.splitlines()[0][:100] if text else type(exc).__name__
    return f"{fmt} decoder: {first_line}"
