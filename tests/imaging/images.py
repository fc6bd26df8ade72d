"""Fictional test images, made in memory: no real person, place or photo is involved.

Every helper returns the bytes of a file so tests never write to disk, as the product must not.
"""

from __future__ import annotations

import io
import struct
import zlib
from fractions import Fraction

from PIL import ExifTags, Image, ImageDraw
from PIL.TiffImagePlugin import IFDRational

DEFAULT_WHEN = "2024:03:03 21:15:07"


def _picture(width: int, height: int, noise: float = 0.0) -> Image.Image:
    """A smooth two-tone gradient, optionally with sensor-like noise mixed in."""
    across = Image.linear_gradient("L").resize((width, height))
    down = Image.linear_gradient("L").rotate(90).resize((width, height))
    picture = Image.merge("RGB", (across, down, Image.blend(across, down, 0.5)))
    if noise:
        grain = Image.effect_noise((width, height), 40)
        grains = (grain, grain.transpose(Image.Transpose.ROTATE_180),
                  grain.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
        picture = Image.blend(picture, Image.merge("RGB", grains), noise)
    return picture


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    """Unsigned degrees/minutes/seconds rationals, as cameras write GPS positions."""
    # Whole hundredths of a second, so float error cannot produce 60 seconds.
    total = Fraction(round(abs(value) * 360_000), 100)
    degrees, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return (IFDRational(int(degrees), 1), IFDRational(int(minutes), 1),
            IFDRational(seconds.numerator, seconds.denominator))


def exif_block(
    when: str | None = DEFAULT_WHEN,
    offset: str | None = "+00:00",
    make: str | None = "Fictional",
    model: str | None = "Phone 1",
    gps: tuple[float, float] | None = (51.5, -0.12),
    orientation: int = 1,
    altitude: float | None = None,
    software: str | None = None,
    serial: str | None = None,
) -> Image.Exif:
    """An EXIF block with the usual base, Exif and GPS IFDs filled in as a phone would."""
    exif = Image.Exif()
    base, extra = ExifTags.Base, ExifTags.GPS
    exif[base.Orientation] = orientation
    for tag, text in ((base.Make, make), (base.Model, model), (base.Software, software),
                      (base.DateTime, when)):
        if text is not None:
            exif[tag] = text
    exif_ifd = exif.get_ifd(ExifTags.IFD.Exif)
    for tag, text in ((base.DateTimeOriginal, when), (base.OffsetTimeOriginal, offset),
                      (base.BodySerialNumber, serial)):
        if text is not None:
            exif_ifd[tag] = text
    if gps is not None:
        gps_ifd = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps_ifd[extra.GPSLatitudeRef] = "N" if gps[0] >= 0 else "S"
        gps_ifd[extra.GPSLatitude] = _dms(gps[0])
        gps_ifd[extra.GPSLongitudeRef] = "E" if gps[1] >= 0 else "W"
        gps_ifd[extra.GPSLongitude] = _dms(gps[1])
        if altitude is not None:
            gps_ifd[extra.GPSAltitudeRef] = b"\x01" if altitude < 0 else b"\x00"
            fraction = Fraction(abs(altitude)).limit_denominator(1000)
            gps_ifd[extra.GPSAltitude] = IFDRational(fraction.numerator, fraction.denominator)
    return exif


def jpeg_with_exif(
    width: int = 640,
    height: int = 480,
    when: str | None = DEFAULT_WHEN,
    offset: str | None = "+00:00",
    make: str | None = "Fictional",
    model: str | None = "Phone 1",
    gps: tuple[float, float] | None = (51.5, -0.12),
    orientation: int = 1,
    altitude: float | None = None,
    software: str | None = None,
    serial: str | None = None,
    quality: int = 85,
) -> bytes:
    """A camera-style JPEG whose EXIF says when, where and on what it was taken."""
    exif = exif_block(when, offset, make, model, gps, orientation, altitude, software, serial)
    return jpeg_with_raw_exif(exif.tobytes(), width, height, quality)


def jpeg_with_raw_exif(exif: bytes, width: int = 64, height: int = 48,
                       quality: int = 85) -> bytes:
    """A JPEG carrying exactly the given EXIF payload, junk or not."""
    out = io.BytesIO()
    _picture(width, height).save(out, "JPEG", quality=quality, exif=exif)
    return out.getvalue()


def exif_from_entries(entries: list[tuple[int, int, int, bytes]]) -> bytes:
    """A raw EXIF block whose first directory holds exactly these (tag, type, count, data).

    Pillow coerces values to each tag's proper type when it writes EXIF; this does not, so
    tests can give a field the wrong type as broken apps do. Types: 2 ASCII, 3 SHORT,
    4 LONG, 5 RATIONAL, 7 UNDEFINED.
    """
    data_at = 8 + 2 + 12 * len(entries) + 4  # values too big for a field go after the table
    table, extra = b"", b""
    for tag, kind, count, value in entries:
        if len(value) <= 4:
            field = value.ljust(4, b"\x00")
        else:
            field, extra = struct.pack("<I", data_at + len(extra)), extra + value
        table += struct.pack("<HHI", tag, kind, count) + field
    return (b"Exif\x00\x00II*\x00" + struct.pack("<IH", 8, len(entries)) + table
            + b"\x00" * 4 + extra)


def noisy_photo_jpeg(width: int = 4000, height: int = 3000, quality: int = 90,
                     noise: float = 0.25) -> bytes:
    """A phone-sized JPEG with grain, so its size (about 3.7 MB at 12 MP) is like a real photo."""
    out = io.BytesIO()
    _picture(width, height, noise).save(out, "JPEG", quality=quality,
                                         exif=exif_block().tobytes())
    return out.getvalue()


def png_screenshot(width: int = 390, height: int = 844, mode: str = "RGB") -> bytes:
    """A fictional phone screenshot: message bubbles on a plain background, in `mode`."""
    background = (0, 0, 0, 0) if mode in ("RGBA", "LA") else "white"
    screen = Image.new("RGBA", (width, height), background)
    draw = ImageDraw.Draw(screen)
    for row in range(0, height - 60, 90):
        left = 20 if (row // 90) % 2 else width // 3
        draw.rounded_rectangle((left, row + 20, left + width // 2, row + 80), 12,
                               fill=(30, 120, 250, 255))
        draw.text((left + 10, row + 35), "fictional message", fill=(255, 255, 255, 255))
    out = io.BytesIO()
    screen.convert(mode).save(out, "PNG")
    return out.getvalue()


def image_bytes(fmt: str, mode: str = "RGB", size: tuple[int, int] = (40, 30)) -> bytes:
    """A small picture saved in any format Pillow can write, e.g. GIF, WEBP, BMP, TIFF."""
    out = io.BytesIO()
    _picture(*size).convert(mode).save(out, fmt)
    return out.getvalue()


def truncated_jpeg() -> bytes:
    """A photo cut off part-way through its picture data, as an interrupted copy leaves it."""
    whole = noisy_photo_jpeg(320, 240, quality=90)
    return whole[: len(whole) * 2 // 3]


def corrupt_bytes() -> bytes:
    """A file that starts like a PNG but whose chunks are garbage."""
    return b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb_png(width: int = 50_000, height: int = 50_000) -> bytes:
    """A tiny PNG whose header claims enormous 1-bit dimensions (a decompression bomb)."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * (1 + (width + 7) // 8), 9)  # one row is enough to lie
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels)
            + _chunk(b"IEND", b""))


def tiff_bytes() -> bytes:
    """A valid TIFF: a real image, but in a format StalkDesk does not accept."""
    return image_bytes("TIFF")
