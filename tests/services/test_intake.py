"""Intake of many files: read and checked ahead on worker threads, stored by one writer in order."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from stalkdesk.domain.records import Case
from stalkdesk.errors import Cancelled
from stalkdesk.services import intake
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.imaging.images import jpeg_with_exif, png_screenshot, truncated_jpeg


@pytest.fixture
def case(ws: Workspace) -> Case:
    return ws.cases.create(factories.case())


def _files(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"IMG_{n:04d}.jpg"
        path.write_bytes(jpeg_with_exif(64 + n, 48))
        paths.append(path)
    return paths


def test_files_are_stored_in_the_order_given_with_references_in_sequence(
        ws: Workspace, case: Case, tmp_path: Path) -> None:
    paths = _files(tmp_path, 9)
    (tmp_path / "notes.txt").write_text("Diary page typed up by the victim (fictional).")
    paths.insert(4, tmp_path / "notes.txt")

    result = intake.add_exhibit_files(ws, case.id or 0, paths)

    assert result.refused == []
    assert [e.original_filename for e in result.added] == [p.name for p in paths]
    numbers = [int(e.reference.rsplit("/", 1)[1]) for e in result.added]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(paths)
    for exhibit, path in zip(result.added, paths, strict=True):
        assert exhibit.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert ws.exhibits.read_original(exhibit.id or 0) == path.read_bytes()


def test_a_refused_file_keeps_its_place_and_the_rest_go_in(ws: Workspace, case: Case, tmp_path: Path) -> None:
    paths = _files(tmp_path, 3)
    bad = tmp_path / "cut_off.jpg"
    bad.write_bytes(truncated_jpeg())
    gone = tmp_path / "moved_away.png"  # listed, then moved before intake reached it
    paths[1:1] = [bad, gone]

    result = intake.add_exhibit_files(ws, case.id or 0, paths)

    assert [name for name, _ in result.refused] == ["cut_off.jpg", "moved_away.png"]
    assert "cut_off.jpg" in result.refused[0][1]
    assert [e.original_filename for e in result.added] == ["IMG_0000.jpg", "IMG_0001.jpg", "IMG_0002.jpg"]
    assert len(ws.exhibits.list(case.id or 0)) == 3


def test_a_cancel_stops_after_the_file_being_written_and_keeps_those_done(
        ws: Workspace, case: Case, tmp_path: Path) -> None:
    paths = _files(tmp_path, 8)
    (tmp_path / "shot.png").write_bytes(png_screenshot())
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done == 3:
            raise Cancelled("Cancelled.")

    with pytest.raises(Cancelled):
        intake.add_exhibit_files(ws, case.id or 0, paths, progress=progress)

    stored = ws.exhibits.list(case.id or 0)
    assert seen == [1, 2, 3]
    assert sorted(e.original_filename for e in stored) == [p.name for p in paths[:3]]
