"""Whatever bytes arrive, the imaging functions either succeed or raise ImageRejected."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stalkdesk.imaging import ImageRejected, extract_metadata, make_thumbnail, open_image
from tests.imaging import images

ENTRY_POINTS: list[Callable[[bytes, str], object]] = [
    open_image, extract_metadata, lambda data, name: make_thumbnail(data, name, 64)]

# Real signatures steer the fuzzer past sniffing and into each of Pillow's parsers.
SIGNATURES = [b"", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1\x00\x40Exif\x00\x00II*\x00",
              b"\x89PNG\r\n\x1a\n", b"GIF89a", b"RIFF\x00\x10\x00\x00WEBPVP8 ",
              b"RIFF\x00\x10\x00\x00WEBPVP8L", b"BM\x00\x10\x00\x00\x00\x00\x00\x00\x36\x00"
              b"\x00\x00\x28\x00\x00\x00"]
VALID = [images.jpeg_with_exif(48, 32), images.png_screenshot(40, 60, "RGBA"),
         images.image_bytes("GIF"), images.image_bytes("WEBP"), images.image_bytes("BMP")]
# No example database: it would write fuzz inputs into the working tree.
FUZZ = settings(max_examples=120, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])


def _only_rejections(data: bytes) -> None:
    for entry_point in ENTRY_POINTS:
        try:
            entry_point(data, "fuzz.bin")
        except ImageRejected as rejected:
            assert str(rejected).startswith('"fuzz.bin" was not added: ')


@FUZZ
@given(prefix=st.sampled_from(SIGNATURES), body=st.binary(max_size=300))
def test_arbitrary_bytes(prefix: bytes, body: bytes) -> None:
    _only_rejections(prefix + body)


@FUZZ
@given(source=st.sampled_from(VALID), cut=st.floats(0.05, 1.0),
       flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)),
                      max_size=6))
def test_damaged_real_files(source: bytes, cut: float,
                            flips: list[tuple[float, int]]) -> None:
    data = bytearray(source[: max(1, int(len(source) * cut))])
    for where, value in flips:
        data[int(where * len(data))] = value
    _only_rejections(bytes(data))


GOOD_EXIF = images.exif_block(altitude=5.0, software="FictOS", serial="F-1").tobytes()


@FUZZ
@given(cut=st.integers(6, len(GOOD_EXIF)),
       flips=st.lists(st.tuples(st.integers(6, len(GOOD_EXIF) - 1), st.integers(0, 255)),
                      min_size=1, max_size=8))
def test_junk_exif_never_stops_a_good_photo(cut: int, flips: list[tuple[int, int]]) -> None:
    payload = bytearray(GOOD_EXIF[:cut])
    for where, value in flips:
        if where < len(payload):
            payload[where] = value
    data = images.jpeg_with_raw_exif(bytes(payload))
    json.dumps(extract_metadata(data, "p.jpg").to_dict(), allow_nan=False)
    make_thumbnail(data, "p.jpg", 16)


@pytest.mark.parametrize("data", VALID)
def test_fuzz_seeds_are_themselves_accepted(data: bytes) -> None:
    for entry_point in ENTRY_POINTS:
        entry_point(data, "seed")
