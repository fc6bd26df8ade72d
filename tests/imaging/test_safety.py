"""Refusing unsafe image files, with messages an officer can pass on."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest
from PIL import Image, ImageFile

from stalkdesk.imaging import (
    ImageRejected,
    Problem,
    extract_metadata,
    make_thumbnail,
    open_image,
    open_unloaded,
)
from tests.imaging import images

OPENERS: list[Callable[[bytes, str], object]] = [open_image, extract_metadata, make_thumbnail]

REFUSED = [
    pytest.param(images.truncated_jpeg(), Problem.DAMAGED, "truncated JPEG data", id="truncated"),
    pytest.param(images.corrupt_bytes(), Problem.DAMAGED, "damaged or incomplete", id="corrupt"),
    pytest.param(images.bomb_png(), Problem.TOO_LARGE, "2,500,000,000 pixels", id="huge-bomb"),
    pytest.param(images.bomb_png(12_000, 12_000), Problem.TOO_LARGE, "12,000 x 12,000 pixels",
                 id="bomb"),
    pytest.param(images.tiff_bytes(), Problem.NOT_ACCEPTED, "(found: TIFF)", id="tiff"),
    pytest.param(b"%PDF-1.7\n", Problem.NOT_ACCEPTED, "(found: PDF document)", id="pdf"),
    pytest.param(b"\x00\x01garbage", Problem.NOT_ACCEPTED, "not recognised", id="unknown"),
    pytest.param(b"", Problem.EMPTY, "the file is empty", id="empty"),
]


@pytest.mark.parametrize(("data", "problem", "reason"), REFUSED)
def test_open_image_refuses_with_name_and_reason(data: bytes, problem: Problem,
                                                  reason: str) -> None:
    with pytest.raises(ImageRejected) as caught:
        open_image(data, "photo3.jpg")
    assert str(caught.value).startswith('"photo3.jpg" was not added: ')
    assert reason in str(caught.value)
    assert caught.value.problem is problem
    assert caught.value.name == "photo3.jpg"


# extract_metadata reads headers only, so truncated picture data is make_thumbnail's to catch.
EVERY_ENTRY_POINT = [
    pytest.param(opener, case.values[0], id=f"{opener.__name__}-{case.id}")
    for opener in OPENERS for case in REFUSED
    if not (opener is extract_metadata and case.id == "truncated")
]


@pytest.mark.parametrize(("opener", "data"), EVERY_ENTRY_POINT)
def test_every_entry_point_refuses(opener: Callable[[bytes, str], object], data: bytes) -> None:
    with pytest.raises(ImageRejected, match=r'^"photo3\.jpg" was not added: '):
        opener(data, "photo3.jpg")


def test_metadata_alone_does_not_vouch_for_picture_data() -> None:
    meta = extract_metadata(images.truncated_jpeg(), "cut.jpg")
    assert (meta.width, meta.height) == (320, 240)


def test_messages_read_as_plain_english() -> None:
    with pytest.raises(ImageRejected) as caught:
        open_image(images.truncated_jpeg(), "photo3.jpg")
    assert str(caught.value) == ('"photo3.jpg" was not added: the image is damaged or '
                                 "incomplete (truncated JPEG data).")
    with pytest.raises(ImageRejected) as caught:
        open_image(images.bomb_png(40_000, 40_000), "big.png", max_pixels=100_000_000)
    assert "(1,600,000,000 pixels; the limit is 100 megapixels)" in str(caught.value)


def test_own_pixel_limit_decides_not_pillows_global() -> None:
    data = images.png_screenshot(100, 100)
    with pytest.raises(ImageRejected, match=r"100 x 100 pixels; the limit is 0.005 megapixels"):
        open_image(data, "s.png", max_pixels=5_000)
    assert open_image(data, "s.png", max_pixels=10_000).size == (100, 100)


def test_pillow_globals_are_left_alone() -> None:
    before = Image.MAX_IMAGE_PIXELS
    for data in (images.bomb_png(), images.truncated_jpeg()):
        with pytest.raises(ImageRejected):
            open_image(data, "x")
    assert before == Image.MAX_IMAGE_PIXELS
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "WEBP", "BMP"])
def test_accepted_formats_open_and_decode(fmt: str) -> None:
    image = open_image(images.image_bytes(fmt), "picture")
    assert image.format == fmt
    assert image.size == (40, 30)


def test_the_bytes_decide_not_the_name() -> None:
    assert open_image(images.png_screenshot(), "renamed.jpg").format == "PNG"
    with pytest.raises(ImageRejected, match="found: TIFF"):
        open_image(images.tiff_bytes(), "disguised.png")


def test_open_unloaded_reads_headers_without_decoding() -> None:
    image = open_unloaded(images.truncated_jpeg(), "cut.jpg")
    assert image.size == (320, 240)
    assert image.tile  # picture data not yet read


def test_draft_decodes_jpeg_at_reduced_scale() -> None:
    image = open_image(images.jpeg_with_exif(2000, 1500), "p.jpg", draft_size=(256, 256))
    # The largest of 1/2, 1/4, 1/8 that keeps both sides at least 256: 1/4.
    assert image.size == (500, 375)


def test_rejection_survives_pickling_and_hides_control_characters() -> None:
    error = ImageRejected.empty("evil\nname.jpg")
    assert str(error) == '"evil?name.jpg" was not added: the file is empty.'
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.name, copy.problem, str(copy)) == (error.name, error.problem, str(error))
    assert isinstance(copy, ValueError)
