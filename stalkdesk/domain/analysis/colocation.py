"""Co-location: every occasion the suspect's location records put them near a victim's place
(any time) or near the victim (within a time window), merged into visits.

Built for a year of fixes at one a minute (about 500,000) on each side without comparing
all pairs. Positions are projected (equirectangular, around the data's centre) only to hash
them into a grid of square cells a little larger than the distance, so that anything within
the distance lies in the same or a neighbouring cell; times are sorted so that the fixes
within the window are found by bisection. The distance itself is the equirectangular one
at the pair's mean latitude on a sphere of the Earth's mean radius: within a millimetre of
the great-circle distance at these ranges. The cell is widened by how much the projection
can stretch east-west distances over the data's range of latitudes, so no pair is missed
however far the data spreads. `brute_force_*` compare every pair: the reference for tests.

Both searches take an optional `progress(done, total)`, called every `PROGRESS_EVERY`
suspect fixes and once at the end, so a caller can show how far it got, and stop it: an
exception raised from `progress` (the task runner's `Cancelled`) unwinds the search.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from operator import attrgetter

from stalkdesk.domain.analysis.common import AnalysisError

EARTH_RADIUS_M = 6_371_008.8
VICTIM = "the victim"
DEFAULT_DISTANCE_M = 200.0
DEFAULT_WINDOW = timedelta(minutes=10)
DEFAULT_MERGE_GAP = timedelta(minutes=15)
PROGRESS_EVERY = 4096  # suspect fixes between progress calls: about 5 ms of search

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Fix:
    at: datetime  # aware
    lat: float  # decimal degrees
    lon: float
    accuracy_m: float | None = None
    seq: int = 0  # line or record number in the source, for provenance


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    lat: float
    lon: float
    radius_m: float = 0.0  # the place's own extent: "near" is within radius + distance of the point


@dataclass(frozen=True, slots=True)
class Visit:
    target: str  # the place's name, or VICTIM
    place: int | None  # index of the place in the list given; None for the victim's own track
    start: datetime  # UTC: the first fix near, and the last
    end: datetime
    closest_m: float  # to the place's point, or to the victim's nearest fix within the window
    closest_at: datetime
    fixes: int  # suspect fixes near during the visit
    first_seq: int
    last_seq: int
    accuracy_m: float | None = None  # the stated accuracy of the closest fix


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Metres between two points given in degrees, as the search measures them."""
    r1, r2 = math.radians(lat1), math.radians(lat2)
    dx = math.radians(lon2 - lon1) * (math.cos(r1) + math.cos(r2)) * 0.5
    return EARTH_RADIUS_M * math.hypot(dx, r2 - r1)


class _Track:
    """Fixes in time order as parallel lists: times (s), latitude and longitude (radians), cos(lat)."""

    def __init__(self, fixes: Sequence[Fix], max_accuracy_m: float | None) -> None:
        kept = list(fixes) if max_accuracy_m is None else [
            f for f in fixes if f.accuracy_m is None or f.accuracy_m <= max_accuracy_m]
        ats = list(map(attrgetter("at"), kept))
        if None in set(map(attrgetter("tzinfo"), ats)):
            raise AnalysisError("A location fix has a time with no zone, so the moment is unknown.")
        t = list(map(datetime.timestamp, ats))
        order = sorted(range(len(kept)), key=t.__getitem__)  # stable: equal times keep their order
        self.fixes = [kept[i] for i in order]
        self.t = [t[i] for i in order]
        rad = math.pi / 180
        self.lat = [f.lat * rad for f in self.fixes]
        self.lon = [f.lon * rad for f in self.fixes]
        self.cos = [math.cos(a) for a in self.lat]


class _Grid:
    """Cells of side `distance * stretch` over the data's extent; cell keys are ints."""

    def __init__(self, lats: Sequence[float], lons: Sequence[float], distance: float) -> None:
        self.lat_min, lat_max = min(lats), max(lats)
        self.lon_min, lon_max = min(lons), max(lons)
        k = math.cos((self.lat_min + lat_max) / 2)
        edge = math.cos(min(max(abs(self.lat_min), abs(lat_max)), math.radians(89.9)))
        stretch = max(1.0, k / edge)  # projected / measured east-west distance, at worst
        cell = distance * stretch * (1 + 1e-9) + 1e-9
        self.fx, self.fy = EARTH_RADIUS_M * k / cell, EARTH_RADIUS_M / cell
        self.nx = int((lon_max - self.lon_min) * self.fx) + 1
        self.ny = int((lat_max - self.lat_min) * self.fy) + 1
        # Two spare rows per column: a neighbour key one past either edge lands in an empty cell.
        self.stride = self.ny + 3
        s = self.stride
        self.neighbours = (-s - 1, -s, -s + 1, -1, 0, 1, s - 1, s, s + 1)

    def keys(self, track: _Track) -> list[int]:
        fx, fy, x0, y0, s = self.fx, self.fy, self.lon_min, self.lat_min, self.stride
        return [int((lo - x0) * fx) * s + int((la - y0) * fy) for la, lo in zip(track.lat, track.lon, strict=True)]

    def cell(self, lat: float, lon: float) -> tuple[int, int]:
        return int((lon - self.lon_min) * self.fx), int((lat - self.lat_min) * self.fy)


def _merge(track: _Track, hits: dict[int, float], gap: timedelta, target: str, place: int | None) -> list[Visit]:
    """Near fixes no more than `gap` apart become one visit. `hits`: fix index -> squared
    angular distance (the closest within reach)."""
    visits: list[Visit] = []
    runs: list[list[int]] = []
    limit = gap.total_seconds()
    for i in sorted(hits):
        if runs and track.t[i] - track.t[runs[-1][-1]] <= limit:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        c = min(run, key=hits.__getitem__)
        seqs = [track.fixes[i].seq for i in run]
        closest = track.fixes[c]
        visits.append(Visit(target, place, track.fixes[run[0]].at.astimezone(UTC),
                            track.fixes[run[-1]].at.astimezone(UTC), EARTH_RADIUS_M * math.sqrt(hits[c]),
                            closest.at.astimezone(UTC), len(run), min(seqs), max(seqs), closest.accuracy_m))
    return visits


def _check(distance: float, window: timedelta | None = None) -> None:
    if not distance > 0:
        raise AnalysisError("The distance must be more than 0 metres.")
    if window is not None and window < timedelta(0):
        raise AnalysisError("The time window can't be negative.")


def near_places(suspect: Sequence[Fix], places: Sequence[Place], distance: float = DEFAULT_DISTANCE_M,
                merge_gap: timedelta = DEFAULT_MERGE_GAP, max_accuracy_m: float | None = None,
                progress: Progress | None = None) -> list[Visit]:
    """Visits to each place: suspect fixes within `distance` metres (plus the place's radius)
    of the place's point, at any time. Sorted by start, then place."""
    _check(distance)
    s = _Track(suspect, max_accuracy_m)
    if not s.fixes or not places:
        return []
    rad = math.pi / 180
    plat, plon = [p.lat * rad for p in places], [p.lon * rad for p in places]
    grid = _Grid(s.lat + plat, s.lon + plon, distance)
    cells: defaultdict[int, list[int]] = defaultdict(list)
    for n, p in enumerate(places):
        cx, cy = grid.cell(plat[n], plon[n])
        reach = math.ceil((p.radius_m + distance) / distance)
        for x in range(max(cx - reach, 0), min(cx + reach, grid.nx) + 1):
            for y in range(max(cy - reach, 0), min(cy + reach, grid.ny) + 1):
                cells[x * grid.stride + y].append(n)
    limits = [((p.radius_m + distance) / EARTH_RADIUS_M) ** 2 for p in places]
    pcos = [math.cos(a) for a in plat]
    hits: list[dict[int, float]] = [{} for _ in places]
    lat, lon, cos = s.lat, s.lon, s.cos
    keys = grid.keys(s)
    total = len(keys)
    for first in range(0, total, PROGRESS_EVERY):  # in blocks, so progress costs nothing per fix
        if progress is not None:
            progress(first, total)
        for i, key in enumerate(keys[first:first + PROGRESS_EVERY], first):
            near = cells.get(key)
            if near is None:
                continue
            for n in near:
                dy = plat[n] - lat[i]
                dx = (plon[n] - lon[i]) * (pcos[n] + cos[i]) * 0.5
                d2 = dx * dx + dy * dy
                if d2 <= limits[n]:
                    hits[n][i] = d2
    if progress is not None:
        progress(total, total)
    return _sorted([v for n, p in enumerate(places) for v in _merge(s, hits[n], merge_gap, p.name, n)])


def near_track(suspect: Sequence[Fix], victim: Sequence[Fix], distance: float = DEFAULT_DISTANCE_M,
               window: timedelta = DEFAULT_WINDOW, merge_gap: timedelta = DEFAULT_MERGE_GAP,
               max_accuracy_m: float | None = None, progress: Progress | None = None) -> list[Visit]:
    """Visits near the victim: suspect fixes within `distance` metres of a victim fix taken
    no more than `window` before or after."""
    _check(distance, window)
    s, v = _Track(suspect, max_accuracy_m), _Track(victim, max_accuracy_m)
    if not s.fixes or not v.fixes:
        return []
    grid = _Grid(s.lat + v.lat, s.lon + v.lon, distance)
    by_cell: defaultdict[int, list[int]] = defaultdict(list)
    for j, key in enumerate(grid.keys(v)):
        by_cell[key].append(j)
    # Each cell's fixes are in time order already (indices follow time): keep their times beside them.
    vcells = {key: (idx, [v.t[j] for j in idx]) for key, idx in by_cell.items()}
    scells: defaultdict[int, list[int]] = defaultdict(list)
    for i, key in enumerate(grid.keys(s)):
        scells[key].append(i)
    limit, span = (distance / EARTH_RADIUS_M) ** 2, window.total_seconds()
    st, slat, slon, scos = s.t, s.lat, s.lon, s.cos
    vlat, vlon, vcos = v.lat, v.lon, v.cos
    hits: dict[int, float] = {}
    # Suspect fixes are counted cell by cell, a large cell (the suspect's own home) in blocks,
    # so progress comes every few thousand fixes searched; `due` is when the next call is.
    total, done, due = len(st), 0, PROGRESS_EVERY
    if progress is not None:
        progress(0, total)
    for key, mine in scells.items():
        lists = [vcells[key + o] for o in grid.neighbours if key + o in vcells]
        if not lists:
            done += len(mine)
            continue
        blocks = (mine,) if len(mine) <= PROGRESS_EVERY else [
            mine[k:k + PROGRESS_EVERY] for k in range(0, len(mine), PROGRESS_EVERY)]
        for block in blocks:
            if done >= due and progress is not None:
                progress(done, total)
                due = done + PROGRESS_EVERY
            done += len(block)
            for i in block:
                ti = st[i]
                la, ln, cs = slat[i], slon[i], scos[i]
                best = math.inf
                for idx, times in lists:
                    lo = bisect_left(times, ti - span)
                    for j in idx[lo:bisect_right(times, ti + span, lo)]:
                        dy = vlat[j] - la
                        dx = (vlon[j] - ln) * (vcos[j] + cs) * 0.5
                        d2 = dx * dx + dy * dy
                        if d2 < best:
                            best = d2
                if best <= limit:
                    hits[i] = best
    if progress is not None:
        progress(total, total)
    return _merge(s, hits, merge_gap, VICTIM, None)


def _sorted(visits: list[Visit]) -> list[Visit]:
    return sorted(visits, key=lambda v: (v.start, v.place if v.place is not None else -1))


def brute_force_places(suspect: Sequence[Fix], places: Sequence[Place], distance: float = DEFAULT_DISTANCE_M,
                       merge_gap: timedelta = DEFAULT_MERGE_GAP, max_accuracy_m: float | None = None) -> list[Visit]:
    """`near_places` by comparing every fix with every place: the reference, not for use."""
    s = _Track(suspect, max_accuracy_m)
    rad = math.pi / 180
    hits: list[dict[int, float]] = [{} for _ in places]
    for n, p in enumerate(places):
        la, ln, cs = p.lat * rad, p.lon * rad, math.cos(p.lat * rad)
        limit = ((p.radius_m + distance) / EARTH_RADIUS_M) ** 2
        for i in range(len(s.t)):
            dy, dx = la - s.lat[i], (ln - s.lon[i]) * (cs + s.cos[i]) * 0.5
            if dx * dx + dy * dy <= limit:
                hits[n][i] = dx * dx + dy * dy
    return _sorted([v for n, p in enumerate(places) for v in _merge(s, hits[n], merge_gap, p.name, n)])


def brute_force_track(suspect: Sequence[Fix], victim: Sequence[Fix], distance: float = DEFAULT_DISTANCE_M,
                      window: timedelta = DEFAULT_WINDOW, merge_gap: timedelta = DEFAULT_MERGE_GAP,
                      max_accuracy_m: float | None = None) -> list[Visit]:
    """`near_track` by comparing every pair of fixes: the reference, not for use."""
    s, v = _Track(suspect, max_accuracy_m), _Track(victim, max_accuracy_m)
    limit, span = (distance / EARTH_RADIUS_M) ** 2, window.total_seconds()
    hits: dict[int, float] = {}
    for i, ti in enumerate(s.t):
        best = math.inf
        for j, tj in enumerate(v.t):
            if ti - span <= tj <= ti + span:
                dy, dx = v.lat[j] - s.lat[i], (v.lon[j] - s.lon[i]) * (v.cos[j] + s.cos[i]) * 0.5
                best = min(best, dx * dx + dy * dy)
        if best <= limit:
            hits[i] = best
    return _merge(s, hits, merge_gap, VICTIM, None)
