"""A folder of screenshots and photos: exhibits, EXIF-proposed entries, refusals per file."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stalkdesk.domain.vocab import DerivativeKind, EvidentialStatus, ExhibitKind
from stalkdesk.domain.when import Precision
from stalkdesk.errors import InvalidInput
from stalkdesk.importers import images, registry
from stalkdesk.importers.base import ImportFormatError, ParseOptions
from stalkdesk.services import analysis, image_import
from stalkdesk.services.importing import ImportOptions, ImportRefused, run_import
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.imaging.images import jpeg_with_exif, png_screenshot, truncated_jpeg
from tests.importers.test_cli_import import _run

FUZZ = settings(max_examples=80, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


# The pure part: what a picture's EXIF proposes.

def test_capture_time_with_the_devices_offset() -> None:
    assert images.taken_at({"exif_time": "2024-07-01T21:15:07", "exif_offset": "+01:00"}) == (
        datetime(2024, 7, 1, 20, 15, 7, tzinfo=UTC), False, False)


def test_capture_time_without_an_offset_is_uk_local_time() -> None:
    assert images.taken_at({"exif_time": "2024-07-01T21:15:07"}) == (
        datetime(2024, 7, 1, 20, 15, 7, tzinfo=UTC), True, False)
    assert images.taken_at({"exif_time": "2024-10-27T01:30:00"}) == (
        datetime(2024, 10, 27, 0, 30, tzinfo=UTC), True, True)  # the hour the clocks went back
    assert images.taken_at({"exif_time": "2024-03-31T01:30:00"}) is None  # never happened
    assert images.taken_at({"exif_time": None}) is None
    assert images.taken_at({"exif_time": "not a time"}) is None


def test_proposal_names_the_file_the_device_and_the_position() -> None:
    meta = {"exif_time": "2024-03-03T21:15:07", "exif_offset": "+00:00", "gps": [51.5, -0.12],
            "device": "Fictional Phone 1"}
    entry = images.proposal("IMG_0001.jpg", ExhibitKind.PHOTO, meta, exhibit_id=7, exhibit_ref="AF/3")
    assert entry is not None
    assert entry.summary == "Photo IMG_0001.jpg taken on Fictional Phone 1"
    assert entry.when.start == datetime(2024, 3, 3, 21, 15, 7, tzinfo=UTC) and entry.when.precision is Precision.EXACT
    assert entry.location == "51.50000, -0.12000 (EXIF GPS)"
    assert entry.provenance is not None and (entry.provenance.exhibit_id, entry.provenance.importer) == (7, "images")
    assert entry.exhibits[0].exhibit_id == 7 and entry.evidential_status is EvidentialStatus.EXHIBITED
    assert "exhibit AF/3" in entry.account and "+00:00" in entry.account
    assert images.proposal("s.png", ExhibitKind.SCREENSHOT, {"gps": [51.5, 0.1]}, exhibit_id=1, exhibit_ref="X") is None


@FUZZ
@given(meta=st.dictionaries(st.sampled_from(["exif_time", "exif_offset", "gps", "device"]),
                            st.none() | st.text(max_size=30) | st.lists(st.floats() | st.text(max_size=5), max_size=3)
                            | st.sampled_from(["2024-03-03T21:15:07", "+01:00", "-99:99", "2024-13-40T25:61:00"])))
def test_any_metadata_proposes_an_entry_or_nothing(meta: dict[str, object]) -> None:
    entry = images.proposal("a.jpg", ExhibitKind.PHOTO, meta, exhibit_id=1, exhibit_ref="AF/1")
    assert entry is None or entry.when.start.tzinfo is not None


@FUZZ
@given(data=st.binary(max_size=300))
def test_sniff_and_open_raise_only_the_importers_error(data: bytes) -> None:
    try:
        registry.sniff("images", data, "photo.jpg")
        parsed = images.open_picture(io.BytesIO(data), "photo.jpg", ParseOptions())
        assert list(parsed.records()) == []
    except ImportFormatError as exc:
        assert str(exc).startswith('"photo.jpg"') and exc.reason


def test_sniff_knows_pictures() -> None:
    images.sniff(png_screenshot(10, 10), "a.png")
    images.sniff(jpeg_with_exif(16, 16), "a.jpg")
    with pytest.raises(ImportFormatError, match="not a picture"):
        images.sniff(b"%PDF-1.7", "a.pdf")


# Through the service.

@pytest.fixture
def case_id(ws: Workspace) -> int:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    return case.id


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "From Jo's phone"
    (root / "Screenshots").mkdir(parents=True)
    (root / "IMG_0001.jpg").write_bytes(jpeg_with_exif(64, 48, when="2024:03:03 21:15:07", offset="+00:00",
                                                       gps=(51.5, -0.12)))
    (root / "IMG_0002.jpg").write_bytes(jpeg_with_exif(64, 48, when="2024:07:01 08:00:00", offset=None, gps=None))
    (root / "Screenshots" / "Screenshot_20240303-2120.png").write_bytes(png_screenshot(40, 80))
    (root / "broken.jpg").write_bytes(truncated_jpeg())
    (root / "notes.txt").write_bytes(b"Jo's notes about the car")
    (root / "IMG_0001_copy.jpg").write_bytes((root / "IMG_0001.jpg").read_bytes())
    (root / ".hidden.jpg").write_bytes(b"ignored")
    return root


def test_folder_import_makes_exhibits_entries_and_reports_refusals(ws: Workspace, case_id: int,
                                                                   folder: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = image_import.run_images(ws, case_id, [folder], ImportOptions(),
                                     progress=lambda d, t: seen.append((d, t)))
    assert result.files == 6 and seen[-1] == (6, 6)
    assert result.added == ["AF/1", "AF/2", "AF/3"]
    assert {s.file for s in result.refused} == {
        "broken.jpg", "IMG_0001_copy.jpg", "notes.txt"}
    copy = next(s for s in result.refused if s.file == "IMG_0001_copy.jpg")
    assert "already in this case as exhibit AF/1" in copy.reason
    assert "not a picture" in next(s.reason for s in result.refused if s.file == "notes.txt")
    by_name = {p.file: p for p in result.pictures}
    shot = by_name["Screenshots/Screenshot_20240303-2120.png"]
    assert shot.kind is ExhibitKind.SCREENSHOT and not shot.proposes_entry
    assert shot.note == "a screenshot without a camera time"
    assert by_name["IMG_0002.jpg"].zone_assumed
    exhibits = {x.reference: x for x in ws.exhibits.list(case_id)}
    assert exhibits["AF/1"].kind is ExhibitKind.PHOTO and exhibits["AF/1"].original_filename == "IMG_0001.jpg"
    assert ws.exhibits.read_original(exhibits["AF/1"].id or 0) == (folder / "IMG_0001.jpg").read_bytes()
    assert ws.exhibits.derivatives(exhibits["AF/1"].id or 0, DerivativeKind.THUMBNAIL.value)
    entries = ws.entries.list(case_id)
    assert result.entries == 2 and result.items == (1, 2)
    assert [e.summary for e in entries] == ["Photo IMG_0001.jpg taken on Fictional Phone 1",
                                            "Photo IMG_0002.jpg taken on Fictional Phone 1"]
    assert entries[0].location == "51.50000, -0.12000 (EXIF GPS)"
    assert [(x.reference, x.locator) for x in entries[0].exhibits] == [("AF/1", "EXIF")]
    assert entries[1].when.start == datetime(2024, 7, 1, 7, tzinfo=UTC)  # BST, read as UK local time
    assert "read as UK local time" in entries[1].account


def test_dry_run_writes_nothing(ws: Workspace, case_id: int, folder: Path) -> None:
    head = ws.audit.head()
    result = image_import.preview(ws, case_id, [folder])
    assert ws.audit.head() == head and ws.exhibits.list(case_id) == [] and ws.entries.list(case_id) == []
    assert result.entries == 2 and len(result.pictures) == 3 and len(result.refused) == 3 and not result.stored
    copy = next(s for s in result.refused if s.file == "IMG_0001_copy.jpg")
    assert copy.reason == "the same picture as IMG_0001.jpg (same SHA-256); it would be taken in once"


def test_a_cancel_part_way_leaves_nothing(ws: Workspace, case_id: int, folder: Path) -> None:
    head = ws.audit.head()

    def progress(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        image_import.run_images(ws, case_id, [folder], progress=progress)
    assert ws.audit.head() == head and ws.exhibits.list(case_id) == [] and ws.entries.list(case_id) == []


def test_the_same_pictures_again_are_refused_unless_forced(ws: Workspace, case_id: int, folder: Path) -> None:
    image_import.run_images(ws, case_id, [folder])
    again = image_import.run_images(ws, case_id, [folder / "IMG_0001.jpg"])
    assert again.added == [] and again.entries == 0 and "use --force" in again.refused[0].reason
    forced = image_import.run_images(ws, case_id, [folder / "IMG_0001.jpg"], ImportOptions(force=True))
    assert forced.added == [] and forced.entries == 1 and forced.pictures[0].reference == "AF/1"
    assert len(ws.exhibits.list(case_id)) == 3


def test_nothing_to_import_and_the_record_path_refuses_pictures(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImportRefused, match="holds no files"):
        image_import.preview(ws, case_id, [empty])
    with pytest.raises(ImportRefused, match="image_import"):
        run_import(ws, case_id, "images", tmp_path)


def test_photo_gps_is_a_fix_for_co_location(ws: Workspace, case_id: int, folder: Path) -> None:
    image_import.run_images(ws, case_id, [folder])
    exhibits = {x.reference: x for x in ws.exhibits.list(case_id)}
    (fix,) = analysis.load_fixes(ws, exhibits["AF/1"].id or 0)
    assert (fix.at, round(fix.lat, 5), round(fix.lon, 5)) == (datetime(2024, 3, 3, 21, 15, 7, tzinfo=UTC), 51.5, -0.12)
    with pytest.raises(InvalidInput, match="no EXIF GPS position"):
        analysis.load_fixes(ws, exhibits["AF/2"].id or 0)


def test_cli_end_to_end(ws: Workspace, case_id: int, folder: Path) -> None:
    urn = ws.cases.get(case_id).urn
    code, out, _ = _run(ws, "images", str(folder), "--case", urn, "--dry-run")
    assert code == 0 and "Dry run: nothing was stored." in out and ws.exhibits.list(case_id) == []
    assert "Would add 3 exhibits and make 2 chronology entries." in out
    assert "notes.txt: not a picture" in out
    code, out, _ = _run(ws, "images", str(folder), "--case", urn, "--produced-by", "Jo Example")
    assert code == 0
    assert "Imported 3 pictures as exhibits (AF/1 to AF/3), 2 chronology entries proposed from EXIF (items 1-2)." in out
    assert "03/03/2024 21:15" in out and "51.50000, -0.12000" in out
    assert ws.exhibits.list(case_id)[0].produced_by == "Jo Example"
