"""The co-location search reports progress every few thousand fixes and can be stopped from
its progress callback; stopped in the service, it stores nothing."""

from __future__ import annotations

import io
import itertools
import random
from datetime import UTC, datetime, timedelta

import pytest

from stalkdesk.domain.analysis import colocation
from stalkdesk.domain.analysis.candidates import VictimPlace
from stalkdesk.domain.analysis.colocation import PROGRESS_EVERY, Fix, Place, near_places, near_track
from stalkdesk.domain.records import Exhibit
from stalkdesk.errors import Cancelled
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace
from tests import factories

T0 = datetime(2024, 3, 3, 0, 0, tzinfo=UTC)
HOME = Place("Home", 51.5007, -0.1246)
M_PER_DEG_LAT = 111_195.08


def track(n: int, seed: int) -> list[Fix]:
    """A fictional walk around HOME, a fix a minute, within about 3 km of it."""
    rng = random.Random(seed)
    north = east = 0.0
    fixes = []
    for m in range(n):
        north = max(-3000.0, min(3000.0, north + rng.gauss(0, 60)))
        east = max(-3000.0, min(3000.0, east + rng.gauss(0, 60)))
        fixes.append(Fix(T0 + timedelta(minutes=m, seconds=rng.uniform(0, 30)), HOME.lat + north / M_PER_DEG_LAT,
                         HOME.lon + east / (M_PER_DEG_LAT * 0.622), 10.0, m + 2))
    return fixes


class Recorder:
    def __init__(self, stop_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.stop_at = stop_at

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))
        if self.stop_at is not None and len(self.calls) >= self.stop_at:
            raise Cancelled("Cancelled.")


def _check_steady(calls: list[tuple[int, int]], total: int) -> None:
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    dones = [d for d, _t in calls]
    assert dones == sorted(dones)
    assert all(0 < b - a <= PROGRESS_EVERY * 2 for a, b in itertools.pairwise(dones))
    assert {t for _d, t in calls} == {total}


def test_near_places_reports_every_few_thousand_fixes_and_finds_the_same() -> None:
    suspect = track(20_000, 1)
    places = [HOME, Place("Work", HOME.lat + 0.01, HOME.lon, 50)]
    progress = Recorder()
    assert near_places(suspect, places, progress=progress) == near_places(suspect, places)
    _check_steady(progress.calls, len(suspect))
    assert len(progress.calls) >= len(suspect) // PROGRESS_EVERY


def test_near_track_reports_every_few_thousand_fixes_and_finds_the_same() -> None:
    suspect, victim = track(20_000, 2), track(20_000, 3)
    progress = Recorder()
    assert near_track(suspect, victim, progress=progress) == near_track(suspect, victim)
    _check_steady(progress.calls, len(suspect))


def test_one_crowded_cell_still_reports_progress() -> None:
    """A suspect whose phone sits at home all year: most fixes fall in one cell."""
    at_home = [Fix(T0 + timedelta(minutes=m), HOME.lat, HOME.lon, 10.0, m) for m in range(20_000)]
    victim = [Fix(T0 + timedelta(minutes=m), HOME.lat + 50 / M_PER_DEG_LAT, HOME.lon, 10.0, m)
              for m in range(0, 20_000, 7)]
    progress = Recorder()
    near_track(at_home, victim, progress=progress)
    _check_steady(progress.calls, len(at_home))
    assert len(progress.calls) >= len(at_home) // PROGRESS_EVERY


@pytest.mark.parametrize("search", ["places", "track"])
def test_an_exception_from_progress_stops_the_search(search: str) -> None:
    suspect, victim = track(20_000, 4), track(20_000, 5)
    progress = Recorder(stop_at=2)
    with pytest.raises(Cancelled):
        if search == "places":
            near_places(suspect, [HOME], progress=progress)
        else:
            near_track(suspect, victim, progress=progress)
    assert len(progress.calls) == 2 and progress.calls[-1][0] < len(suspect)


def _csv(fixes: list[Fix]) -> bytes:
    lines = ["time,latitude,longitude,accuracy"]
    lines += [f"{f.at:%Y-%m-%dT%H:%M:%SZ},{f.lat:.7f},{f.lon:.7f},{f.accuracy_m}" for f in fixes]
    return ("\n".join(lines) + "\n").encode()


def _exhibit(ws: Workspace, cid: int, ref: str, data: bytes) -> int:
    x = ws.exhibits.add(cid, Exhibit(reference=ref, description="Fictional", original_filename=f"{ref}.csv"),
                        io.BytesIO(data))
    return x.id or 0


@pytest.mark.parametrize("against", ["places", "victim"])
def test_a_search_stopped_part_way_stores_nothing(ws: Workspace, monkeypatch: pytest.MonkeyPatch,
                                                   against: str) -> None:
    monkeypatch.setattr(colocation, "PROGRESS_EVERY", 200)
    cid = ws.cases.create(factories.case()).id or 0
    analysis.save_place(ws, cid, VictimPlace("Home", HOME.lat, HOME.lon))
    suspect = _exhibit(ws, cid, "AF1", _csv(track(3000, 6)))
    victim = _exhibit(ws, cid, "AF2", _csv(track(3000, 7))) if against == "victim" else None
    audit_before = len(ws.audit.events(cid))
    progress = Recorder(stop_at=4)
    with pytest.raises(Cancelled):
        analysis.find_colocation(ws, cid, suspect, victim_exhibit_id=victim, progress=progress)
    read = 3000 if victim is None else 6000
    assert progress.calls[0] == (read, read + 3000)  # the fixes read, then the search
    assert read < progress.calls[-1][0] < read + 3000
    assert analysis.candidates(ws, cid) == []
    assert len(ws.audit.events(cid)) == audit_before

    # Not stopped: the same search stores its visits, after the last progress call.
    progress = Recorder()
    found = analysis.find_colocation(ws, cid, suspect, victim_exhibit_id=victim, progress=progress)
    assert found and analysis.candidates(ws, cid) == found
    assert progress.calls[-1] == (read + 3000, read + 3000)
