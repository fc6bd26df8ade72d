"""Thumbnails: small, upright, stripped of metadata, and made from any accepted image."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

from stalkdesk.imaging import ImageRejected, make_thumbnail
from tests.imaging import images


def _markers(jpeg: bytes) -> list[int]:
    """The JPEG segment markers before the picture data (APPn, COM, DQT...)."""
    found, at = [], 2
    while at + 4 <= len(jpeg) and jpeg[at] == 0xFF:
        marker = jpeg[at + 1]
        found.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        at += 2 + struct.unpack(">H", jpeg[at + 2:at + 4])[0]
    return found


def _is_white(pixel: object) -> bool:
    return isinstance(pixel, tuple) and min(pixel) > 245  # JPEG may shift it a little


def test_camera_photo_fits_and_keeps_aspect() -> None:
    thumb = make_thumbnail(images.jpeg_with_exif(4000, 3000), "IMG_0001.jpg")
    assert (thumb.width, thumb.height) == (500, 375)
    with Image.open(io.BytesIO(thumb.jpeg)) as decoded:
        assert (decoded.format, decoded.mode, decoded.size) == ("JPEG", "RGB", (500, 375))


def test_rotated_photo_comes_out_portrait() -> None:
    thumb = make_thumbnail(images.jpeg_with_exif(4000, 3000, orientation=6), "p.jpg")
    assert (thumb.width, thumb.height) == (375, 500)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_matches_what_a_phone_shows(orientation: int) -> None:
    data = images.jpeg_with_exif(400, 300, orientation=orientation)
    expected = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
    thumb = make_thumbnail(data, "p.jpg", max_side=200)
    with Image.open(io.BytesIO(thumb.jpeg)) as got:
        difference = ImageChops.difference(got.convert("RGB"), expected.resize(got.size))
        assert max(ImageStat.Stat(difference).mean) < 4


def test_output_carries_no_metadata() -> None:
    source = Image.open(io.BytesIO(images.jpeg_with_exif(800, 600)))
    out = io.BytesIO()
    source.save(out, "JPEG", exif=source.getexif().tobytes(), comment=b"victim's note",
                icc_profile=b"\x00" * 128)
    thumb = make_thumbnail(out.getvalue(), "p.jpg")
    markers = _markers(thumb.jpeg)
    assert 0xE1 not in markers and 0xE2 not in markers and 0xFE not in markers  # EXIF, ICC, COM
    with Image.open(io.BytesIO(thumb.jpeg)) as decoded:
        assert not decoded.getexif()
        assert not {"exif", "icc_profile", "comment", "xmp"} & set(decoded.info)


def test_transparency_is_shown_on_white() -> None:
    thumb = make_thumbnail(images.png_screenshot(mode="RGBA"), "Screenshot.png")
    assert (thumb.width, thumb.height) == (231, 500)
    with Image.open(io.BytesIO(thumb.jpeg)) as decoded:
        assert _is_white(decoded.convert("RGB").getpixel((2, 2)))


@pytest.mark.parametrize(("fmt", "mode"), [
    ("PNG", "1"), ("PNG", "L"), ("PNG", "LA"), ("PNG", "P"), ("PNG", "RGBA"), ("PNG", "I;16"),
    ("JPEG", "L"), ("JPEG", "CMYK"), ("GIF", "P"), ("WEBP", "RGBA"), ("BMP", "RGB"),
    ("BMP", "P"),
])
def test_every_mode_becomes_rgb(fmt: str, mode: str) -> None:
    thumb = make_thumbnail(images.image_bytes(fmt, mode, (64, 48)), f"x.{fmt.lower()}", 32)
    assert (thumb.width, thumb.height) == (32, 24)
    with Image.open(io.BytesIO(thumb.jpeg)) as decoded:
        assert decoded.mode == "RGB"


def test_sixteen_bit_grey_is_scaled_not_clipped_white() -> None:
    out = io.BytesIO()
    Image.new("I;16", (40, 40), 0x4000).save(out, "PNG")
    with Image.open(io.BytesIO(make_thumbnail(out.getvalue(), "g.png", 16).jpeg)) as decoded:
        assert decoded.getpixel((8, 8)) == pytest.approx((64, 64, 64), abs=3)


def test_transparent_palette_gif_is_shown_on_white() -> None:
    image = Image.new("P", (20, 20), 0)
    image.putpalette([0, 0, 0, 255, 0, 0])
    out = io.BytesIO()
    image.save(out, "GIF", transparency=0)
    with Image.open(io.BytesIO(make_thumbnail(out.getvalue(), "t.gif").jpeg)) as decoded:
        assert _is_white(decoded.convert("RGB").getpixel((5, 5)))


def test_small_images_are_not_enlarged() -> None:
    thumb = make_thumbnail(images.jpeg_with_exif(100, 50), "p.jpg")
    assert (thumb.width, thumb.height) == (100, 50)


def test_truncated_photo_is_refused_even_when_drafted() -> None:
    with pytest.raises(ImageRejected, match=r'"cut\.jpg" .*truncated JPEG data'):
        make_thumbnail(images.truncated_jpeg(), "cut.jpg", max_side=64)


def test_bad_size_argument_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="max_side") as caught:
        make_thumbnail(images.jpeg_with_exif(), "p.jpg", max_side=0)
    assert not isinstance(caught.value, ImageRejected)
