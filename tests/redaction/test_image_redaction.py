"""Image redaction: solid fill where marked, no metadata, originals untouched, versions kept."""

from __future__ import annotations

import hashlib
import io
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageDraw, PngImagePlugin

from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.domain.vocab import RedactionReason
from stalkdesk.errors import InvalidInput
from stalkdesk.imaging.redact import Polygon, Rect, RedactionRefused, redact_image
from stalkdesk.services import image_redaction as redaction
from stalkdesk.services import reports
from stalkdesk.services.image_redaction import Region
from stalkdesk.services.intake import add_exhibit_bytes
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.tables import ExhibitRow
from tests import factories
from tests.imaging.images import (
    corrupt_bytes,
    exif_block,
    image_bytes,
    jpeg_with_exif,
    png_screenshot,
    truncated_jpeg,
)
from tests.reports import pdf

PHONE = RedactionReason.PHONE_NUMBER
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
       b'exif:GPSLatitude="51,30.0N" exif:GPSLongitude="0,7.2W" xmp:CreatorTool="Fictional"/>'
       b"</rdf:RDF></x:xmpmeta>")
LEAKS = (b"Exif", b"http://ns.adobe.com/xap", b"Photoshop", b"8BIM", b"Fictional", b"SN-0001", b"ICC_PROFILE",
         b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"iCCP")


@pytest.fixture
def case(ws: Workspace) -> Case:
    return ws.cases.create(factories.case())


def _add(ws: Workspace, case: Case, data: bytes, name: str) -> Exhibit:
    assert case.id is not None
    return add_exhibit_bytes(ws, case.id, name, data)


def _iptc_jpeg() -> bytes:
    """A camera JPEG with GPS, a serial, XMP, an ICC profile, a comment and an IPTC (APP13) block."""
    out = io.BytesIO()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    picture = Image.new("RGB", (320, 240), (200, 180, 160))
    picture.save(out, "JPEG", quality=90, exif=exif_block(serial="SN-0001").tobytes(), icc_profile=icc,
                 comment=b"Fictional comment", xmp=XMP)
    data = out.getvalue()
    record = b"\x1c\x02\x78" + struct.pack(">H", 18) + b"Fictional caption."
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(record)) + record
    body = b"Photoshop 3.0\x00" + resource
    app13 = b"\xff\xed" + struct.pack(">H", len(body) + 2) + body
    return data[:2] + app13 + data[2:]


def _tagged_png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "Fictional text chunk")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    info.add_text("Author", "Fictional", zip=True)
    out = io.BytesIO()
    Image.open(io.BytesIO(png_screenshot(200, 300))).save(
        out, "PNG", pnginfo=info, exif=exif_block(serial="SN-0001").tobytes(),
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    return out.getvalue()


def _assert_bare(data: bytes) -> None:
    image = Image.open(io.BytesIO(data))
    assert dict(image.getexif()) == {}
    assert set(image.info) <= {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi"}
    for marker in LEAKS:
        assert marker not in data, marker


def _pixels(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


@pytest.mark.parametrize(("name", "data", "fmt"), [
    ("IMG_0001.jpg", jpeg_with_exif(640, 480), "JPEG"),
    ("Screenshot_1.png", png_screenshot(390, 844), "PNG"),
])
def test_every_pixel_inside_the_rectangle_is_black(ws: Workspace, case: Case, name: str, data: bytes,
                                                   fmt: str) -> None:
    exhibit = _add(ws, case, data, name)
    box = Rect(13, 21, 101, 57)  # deliberately not on JPEG block boundaries
    made = redaction.redact_exhibit(ws, exhibit.id or 0, [Region(box, PHONE)])
    derived = redaction.read_version(ws, made)
    image = Image.open(io.BytesIO(derived))
    assert image.format == fmt
    px = image.convert("RGB").load()
    assert px is not None
    inside = [px[x, y] for x in range(box.x, box.x + box.w) for y in range(box.y, box.y + box.h)]
    assert len(inside) == 101 * 57 and set(inside) == {(0, 0, 0)}
    # Beyond the fill (at most one 8-pixel JPEG block out), the picture is still there.
    assert px[box.x + box.w + 8, box.y + box.h + 8] != (0, 0, 0)


def test_a_png_is_filled_exactly_to_the_pixel(ws: Workspace, case: Case) -> None:
    data = png_screenshot(200, 300)
    result = redact_image(data, "shot.png", [Rect(10, 10, 30, 20)])
    before, after = _pixels(data), _pixels(result.data)
    for x in range(200):
        for y in range(40):
            inside = 10 <= x < 40 and 10 <= y < 30
            assert after.getpixel((x, y)) == ((0, 0, 0) if inside else before.getpixel((x, y)))


def test_a_freehand_outline_is_filled_inside_and_nowhere_else() -> None:
    data = image_bytes("PNG", size=(100, 100))
    result = redact_image(data, "a.png", [Polygon(((10, 10), (90, 10), (10, 90)))])
    after, before = _pixels(result.data), _pixels(data)
    assert after.getpixel((20, 20)) == (0, 0, 0)
    assert after.getpixel((80, 80)) == before.getpixel((80, 80))  # across the diagonal


def test_a_freehand_outline_on_a_jpeg_fills_only_the_blocks_it_touches() -> None:
    data = jpeg_with_exif(160, 160)
    triangle = Polygon(((8, 8), (150, 8), (8, 150)))
    after = _pixels(redact_image(data, "a.jpg", [triangle]).data)
    inside = [(x, y) for x in range(8, 151) for y in range(8, 151) if x + y <= 158]
    assert {after.getpixel(p) for p in inside} == {(0, 0, 0)}
    # Within the outline's bounding box but across the diagonal: the picture is still there.
    assert max(after.getpixel((140, 140))) > 40  # type: ignore[arg-type]


@pytest.mark.parametrize("data", [_iptc_jpeg(), _tagged_png()], ids=["jpeg", "png"])
def test_the_redacted_file_carries_no_metadata(ws: Workspace, case: Case, data: bytes) -> None:
    original = Image.open(io.BytesIO(data))
    assert original.getexif() and ({"icc_profile"} & set(original.info))  # the fixture does carry it
    exhibit = _add(ws, case, data, "with-metadata.jpg" if data[:2] == b"\xff\xd8" else "with-metadata.png")
    made = redaction.redact_exhibit(ws, exhibit.id or 0, [Region(Rect(0, 0, 16, 16), PHONE)])
    assert made.gps_removed is True  # EXIF GPS in both
    _assert_bare(redaction.read_version(ws, made))


def test_gps_is_reported_only_when_the_original_had_it() -> None:
    with_gps = redact_image(jpeg_with_exif(64, 48), "a.jpg", [Rect(0, 0, 8, 8)])
    without = redact_image(jpeg_with_exif(64, 48, gps=None), "b.jpg", [Rect(0, 0, 8, 8)])
    xmp_only = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(xmp_only, "JPEG", xmp=XMP)
    assert with_gps.had_gps and not without.had_gps
    assert redact_image(xmp_only.getvalue(), "c.jpg", [Rect(0, 0, 8, 8)]).had_gps


def test_the_original_is_untouched(ws: Workspace, case: Case) -> None:
    data = _iptc_jpeg()
    exhibit = _add(ws, case, data, "IMG_0002.jpg")
    redaction.redact_exhibit(ws, exhibit.id or 0, [Region(Rect(5, 5, 50, 50), PHONE)])
    again = ws.exhibits.get(exhibit.id or 0)
    assert again.sha256 == exhibit.sha256 == hashlib.sha256(data).hexdigest()
    assert ws.exhibits.read_original(exhibit.id or 0) == data


def test_the_region_lands_where_the_officer_drew_it_on_a_turned_photo(ws: Workspace, case: Case) -> None:
    # Stored landscape 64 x 48 with a red patch at its top left; EXIF orientation 6 means a
    # phone turns it 90 degrees clockwise, so the officer sees a 48 x 64 portrait with the
    # red patch at the TOP RIGHT, and draws there.
    stored = Image.new("RGB", (64, 48), "white")
    ImageDraw.Draw(stored).rectangle((0, 0, 15, 15), fill=(255, 0, 0))
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=95, exif=exif_block(orientation=6).tobytes())
    exhibit = _add(ws, case, out.getvalue(), "IMG_0006.jpg")

    made = redaction.redact_exhibit(ws, exhibit.id or 0, [Region(Rect(32, 0, 16, 16), PHONE)])
    image = Image.open(io.BytesIO(redaction.read_version(ws, made)))
    assert image.size == (48, 64)  # upright
    assert 0x0112 not in image.getexif()  # and no orientation tag to turn it again
    rgb = image.convert("RGB")
    assert {rgb.getpixel((x, y)) for x in range(32, 48) for y in range(16)} == {(0, 0, 0)}
    reddish = [(x, y) for x in range(48) for y in range(64)
               if (p := rgb.getpixel((x, y))) and p[0] > 150 and p[1] < 100]  # type: ignore[index]
    assert reddish == []  # the red patch is wholly gone
    assert rgb.getpixel((5, 60))[0] > 200  # type: ignore[index]  # the far corner is still white


@pytest.mark.parametrize(("region", "words"), [
    (Rect(600, 10, 100, 10), "outside the picture"),
    (Rect(-1, 0, 10, 10), "outside the picture"),
    (Rect(0, 0, 640, 481), "outside the picture"),
    (Rect(10, 10, 0, 5), "empty"),
    (Polygon(((0, 0), (10, 10))), "three points"),
    (Polygon(((0, 0), (10, 10), (20, 20))), "encloses nothing"),
    (Polygon(((0, 0), (700, 10), (20, 20))), "outside the picture"),
])
def test_a_region_not_inside_the_picture_is_refused(ws: Workspace, case: Case, region: Rect | Polygon,
                                                    words: str) -> None:
    exhibit = _add(ws, case, jpeg_with_exif(640, 480), "IMG_0003.jpg")
    with pytest.raises(RedactionRefused, match=words) as caught:
        redaction.redact_exhibit(ws, exhibit.id or 0, [Region(Rect(0, 0, 5, 5), PHONE), Region(region, PHONE)])
    assert "Area 2" in str(caught.value) and isinstance(caught.value, InvalidInput)
    assert redaction.redaction_history(ws, exhibit.id or 0) == []


def test_refusals_name_the_reason(ws: Workspace, case: Case) -> None:
    assert case.id is not None
    good = Region(Rect(0, 0, 5, 5), PHONE)
    note = _add(ws, case, b"Fictional typed notes.\n", "notes.txt")
    with pytest.raises(RedactionRefused, match="is not a picture"):
        redaction.redact_exhibit(ws, note.id or 0, [good])

    photo = _add(ws, case, jpeg_with_exif(64, 48), "IMG_0004.jpg")
    with pytest.raises(RedactionRefused, match="Nothing to redact"):
        redaction.redact_exhibit(ws, photo.id or 0, [])
    with pytest.raises(RedactionRefused, match='"other": say why'):
        redaction.redact_exhibit(ws, photo.id or 0, [Region(Rect(0, 0, 5, 5), RedactionReason.OTHER, "  ")])

    with ws.db.write() as s:  # no service deletes exhibits yet; a handover can bring deleted ones
        row = s.get(ExhibitRow, photo.id)
        assert row is not None
        row.deleted = True
    with pytest.raises(RedactionRefused, match="has been deleted"):
        redaction.redact_exhibit(ws, photo.id or 0, [good])
    assert redaction.redaction_history(ws, photo.id or 0) == []


@pytest.mark.parametrize(("data", "words"), [
    (truncated_jpeg(), "damaged or incomplete"),
    (corrupt_bytes(), "damaged or incomplete"),
])
def test_a_corrupt_picture_cannot_be_redacted_and_says_why(ws: Workspace, case: Case, data: bytes,
                                                           words: str) -> None:
    assert case.id is not None
    # Intake refuses such files, so store one as an older version or a handover might have.
    media = "image/jpeg" if data[:2] == b"\xff\xd8" else "image/png"
    exhibit = ws.exhibits.add(case.id, Exhibit(reference="XX/9", description="Fictional damaged photo",
                                               original_filename="broken.img", media_type=media),
                              io.BytesIO(data))
    with pytest.raises(RedactionRefused, match=f'"broken.img" cannot be redacted: the image is {words}'):
        redaction.redact_exhibit(ws, exhibit.id or 0, [Region(Rect(0, 0, 5, 5), PHONE)])


def test_non_image_bytes_are_refused_by_the_imaging_layer() -> None:
    with pytest.raises(RedactionRefused, match="not an image format StalkDesk accepts"):
        redact_image(b"%PDF-1.7 fictional", "file.jpg", [Rect(0, 0, 1, 1)])


@pytest.mark.parametrize("fmt", ["GIF", "WEBP", "BMP"])
def test_other_formats_become_png(fmt: str) -> None:
    result = redact_image(image_bytes(fmt, size=(40, 30)), f"a.{fmt.lower()}", [Rect(1, 1, 10, 10)])
    assert result.media_type == "image/png"
    assert Image.open(io.BytesIO(result.data)).format == "PNG"
    assert _pixels(result.data).getpixel((5, 5)) == (0, 0, 0)


def test_transparent_pixels_are_filled_opaque() -> None:
    result = redact_image(png_screenshot(100, 100, mode="RGBA"), "a.png", [Rect(0, 0, 10, 10)])
    image = Image.open(io.BytesIO(result.data))
    assert image.mode == "RGBA" and image.getpixel((5, 5)) == (0, 0, 0, 255)


def test_editing_makes_a_new_version_and_keeps_the_history(ws: Workspace, case: Case, tmp_path: Path) -> None:
    exhibit = _add(ws, case, jpeg_with_exif(640, 480), "IMG_0005.jpg")
    eid = exhibit.id or 0
    first = redaction.redact_exhibit(ws, eid, [Region(Rect(0, 0, 64, 64), PHONE),
                                               Region(Rect(100, 100, 50, 50), RedactionReason.OTHER, " pet's name ")])
    first_bytes = redaction.read_version(ws, first)

    latest = redaction.latest_redaction(ws, eid)
    assert latest is not None and latest.version == 1
    assert latest.regions == (Region(Rect(0, 0, 64, 64), PHONE),
                              Region(Rect(100, 100, 50, 50), RedactionReason.OTHER, "pet's name"))
    edited = [*latest.regions[1:], Region(Rect(300, 200, 40, 40), RedactionReason.VICTIM_ADDRESS)]
    second = redaction.redact_exhibit(ws, eid, edited)

    history = redaction.redaction_history(ws, eid)
    assert [v.version for v in history] == [1, 2]
    assert history[0].derivative.sha256 == first.derivative.sha256
    assert redaction.read_version(ws, history[0]) == first_bytes  # the earlier version is kept as it was
    assert history[1].regions == tuple(edited)
    assert all(v.based_on_sha256 == exhibit.sha256 for v in history)
    # Made from the original each time: the area dropped in the edit shows again.
    assert _pixels(redaction.read_version(ws, second)).getpixel((10, 10)) != (0, 0, 0)
    assert ws.exhibits.derivative_params(second.derivative.id or 0) == {
        "regions": [{"shape": "rect", "x": 100, "y": 100, "w": 50, "h": 50, "reason": "other", "note": "pet's name"},
                    {"shape": "rect", "x": 300, "y": 200, "w": 40, "h": 40, "reason": "victim address", "note": ""}],
        "based_on_sha256": exhibit.sha256, "gps_removed": True}

    audit = [e.summary for e in ws.audit.events(case.id) if e.object_type == "derivative"]
    assert [s.split(" (")[0] for s in audit if s.startswith("Redacted")] == [
        f"Redacted version 1 of {exhibit.reference}", f"Redacted version 2 of {exhibit.reference}"]

    # The CPS charge file shows the newest version, the internal one the original.
    out = tmp_path / "cps.pdf"
    reports.charge_file(ws, case.urn, out, generated_at=datetime(2024, 7, 1, tzinfo=UTC))
    text = " ".join(" ".join(pdf.texts(pdf.reader(out))).split())
    assert f"Shown: redacted version 2, SHA-256 {second.derivative.sha256}" in text
    inside = tmp_path / "internal.pdf"
    reports.charge_file(ws, case.urn, inside, unredacted=True, generated_at=datetime(2024, 7, 1, tzinfo=UTC))
    assert "Shown: redacted version" not in " ".join(" ".join(pdf.texts(pdf.reader(inside))).split())
