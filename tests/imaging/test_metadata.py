"""Reading when, where and on what a photo was taken, from good and bad EXIF."""

from __future__ import annotations

import io
import json
import struct
from dataclasses import replace

import pytest
from PIL import ExifTags, Image
from PIL.TiffImagePlugin import IFDRational

from stalkdesk.imaging import ImageMetadata, extract_metadata
from tests.imaging import images

BASE, GPS = ExifTags.Base, ExifTags.GPS


def test_fixture_round_trips() -> None:
    data = images.jpeg_with_exif(640, 480, orientation=6, software="FictOS 2", serial="F-0001")
    meta = extract_metadata(data, "IMG_0001.jpg")
    assert replace(meta, gps=None) == ImageMetadata(
        width=640, height=480, format="JPEG", exif_time="2024-03-03T21:15:07",
        exif_offset="+00:00", device="Fictional Phone 1", gps=None,
        gps_altitude=None, orientation=6, software="FictOS 2", serial="F-0001",
    )
    assert meta.gps == pytest.approx((51.5, -0.12))
    assert meta.displayed_size == (480, 640)


@pytest.mark.parametrize("where", [(51.5, -0.12), (-33.8688, 151.2093), (40.7128, -74.006),
                                   (-22.9068, -43.1729), (0.0, 0.0)])
def test_gps_is_signed_by_hemisphere(where: tuple[float, float]) -> None:
    meta = extract_metadata(images.jpeg_with_exif(gps=where), "p.jpg")
    assert meta.gps == pytest.approx(where, abs=1e-6)


def test_altitude_below_sea_level_is_negative() -> None:
    meta = extract_metadata(images.jpeg_with_exif(altitude=-3.5), "p.jpg")
    assert meta.gps_altitude == pytest.approx(-3.5)
    assert extract_metadata(images.jpeg_with_exif(altitude=112.0), "p.jpg").gps_altitude == 112


def test_missing_exif_gives_nones() -> None:
    meta = extract_metadata(images.png_screenshot(), "Screenshot.png")
    assert (meta.width, meta.height, meta.format, meta.orientation) == (390, 844, "PNG", 1)
    assert (meta.exif_time, meta.device, meta.gps, meta.exif_offset) == (None, None, None, None)


def test_unknown_date_is_none() -> None:
    meta = extract_metadata(images.jpeg_with_exif(when="0000:00:00 00:00:00"), "p.jpg")
    assert meta.exif_time is None
    assert meta.exif_offset is None  # an offset without its time is not reported


def _jpeg(exif: Image.Exif) -> bytes:
    return images.jpeg_with_raw_exif(exif.tobytes())


def test_time_falls_back_to_digitized_then_file_time_with_matching_offset() -> None:
    exif = Image.Exif()
    exif[BASE.DateTime] = "2024:03:05 08:00:00"
    extra = exif.get_ifd(ExifTags.IFD.Exif)
    extra[BASE.OffsetTime] = "-05:00"
    extra[BASE.OffsetTimeOriginal] = "+01:00"
    meta = extract_metadata(_jpeg(exif), "p.jpg")
    assert (meta.exif_time, meta.exif_offset) == ("2024-03-05T08:00:00", "-05:00")
    extra[BASE.DateTimeDigitized] = "2024:03:04 07:00:00"
    meta = extract_metadata(_jpeg(exif), "p.jpg")
    assert (meta.exif_time, meta.exif_offset) == ("2024-03-04T07:00:00", None)


def test_device_does_not_repeat_the_make() -> None:
    data = images.jpeg_with_exif(make="Fictional ", model="Fictional Cam X\x00")
    assert extract_metadata(data, "p.jpg").device == "Fictional Cam X"
    assert extract_metadata(images.jpeg_with_exif(make=None), "p.jpg").device == "Phone 1"


def test_junk_values_become_none() -> None:
    exif = Image.Exif()
    exif[BASE.Orientation] = 9
    exif[BASE.DateTime] = "2024:13:45 25:61:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[GPS.GPSLatitudeRef] = "N"
    gps[GPS.GPSLatitude] = (IFDRational(51, 0), IFDRational(0, 0), IFDRational(1, 0))
    gps[GPS.GPSLongitudeRef] = "Q"
    gps[GPS.GPSLongitude] = (IFDRational(1, 1), IFDRational(2, 1), IFDRational(3, 1))
    gps[GPS.GPSAltitude] = IFDRational(5, 0)
    extra = exif.get_ifd(ExifTags.IFD.Exif)
    extra[BASE.OffsetTimeOriginal] = "+99:00"
    extra[BASE.DateTimeOriginal] = "not a date"
    meta = extract_metadata(_jpeg(exif), "junk.jpg")
    assert meta.orientation == 1
    assert (meta.exif_time, meta.gps, meta.gps_altitude) == (None, None, None)


def test_wrong_types_become_none() -> None:
    payload = images.exif_from_entries([
        (BASE.Make, 3, 1, struct.pack("<H", 12345)),  # a number where text belongs
        (BASE.Orientation, 2, 2, b"6\x00"),  # text where a number belongs
        (BASE.DateTime, 5, 1, struct.pack("<II", 2024, 0)),  # a rational, dividing by zero
        (BASE.Software, 4, 2, struct.pack("<II", 1, 2)),
        (BASE.Model, 7, 7, b"Phone 1"),  # bytes: tolerated as text
    ])
    meta = extract_metadata(images.jpeg_with_raw_exif(payload), "junk.jpg")
    assert (meta.orientation, meta.device) == (1, "Phone 1")
    assert (meta.exif_time, meta.software) == (None, None)


def test_position_without_hemisphere_is_dropped() -> None:
    exif = images.exif_block()
    del exif.get_ifd(ExifTags.IFD.GPSInfo)[GPS.GPSLongitudeRef]
    assert extract_metadata(_jpeg(exif), "p.jpg").gps is None


@pytest.mark.parametrize("payload", [
    b"Exif\x00\x00",
    b"Exif\x00\x00II*\x00",
    b"Exif\x00\x00II*\x00\xff\xff\xff\x7f",
    b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x05\x01\x0f\x00\x02\xff\xff\xff\xff",
    images.exif_block().tobytes()[:60],
    b"Exif\x00\x00" + bytes(range(256)) * 3,
])
def test_broken_exif_block_does_not_raise(payload: bytes) -> None:
    meta = extract_metadata(images.jpeg_with_raw_exif(payload), "junk.jpg")
    assert (meta.width, meta.height) == (64, 48)


def test_to_dict_is_json_safe() -> None:
    meta = extract_metadata(images.jpeg_with_exif(altitude=10.0), "p.jpg")
    data = meta.to_dict()
    assert data["gps"] == pytest.approx([51.5, -0.12])
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert set(data) == {"width", "height", "format", "exif_time", "exif_offset", "device",
                         "gps", "gps_altitude", "orientation", "software", "serial"}


def test_multi_picture_jpeg_reports_as_jpeg() -> None:
    out = io.BytesIO()
    frames = [Image.new("RGB", (32, 24), colour) for colour in ("red", "blue")]
    frames[0].save(out, "MPO", save_all=True, append_images=frames[1:])
    assert extract_metadata(out.getvalue(), "portrait.jpg").format == "JPEG"
