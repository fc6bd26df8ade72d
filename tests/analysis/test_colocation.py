from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stalkdesk.domain.analysis.colocation import (
    VICTIM,
    Fix,
    Place,
    brute_force_places,
    brute_force_track,
    distance_m,
    near_places,
    near_track,
)
from stalkdesk.domain.analysis.common import AnalysisError

T0 = datetime(2024, 3, 3, 20, 0, tzinfo=UTC)
HOME = Place("Home", 51.5007, -0.1246)
M_PER_DEG_LAT = 111_195.08  # on the sphere the search uses


def north(metres: float, of: Place = HOME) -> tuple[float, float]:
    return of.lat + metres / M_PER_DEG_LAT, of.lon


def fix(minutes: float, lat: float, lon: float, seq: int = 0, acc: float | None = None) -> Fix:
    return Fix(T0 + timedelta(minutes=minutes), lat, lon, acc, seq)


def test_distance_matches_the_great_circle_at_these_ranges() -> None:
    lat2, lon2 = 51.5020, -0.1220
    a, b = math.radians(HOME.lat), math.radians(lat2)
    hav = math.sin((b - a) / 2) ** 2 + math.cos(a) * math.cos(b) * math.sin(math.radians(lon2 - HOME.lon) / 2) ** 2
    great_circle = 2 * 6_371_008.8 * math.asin(math.sqrt(hav))
    assert abs(distance_m(HOME.lat, HOME.lon, lat2, lon2) - great_circle) < 0.001


def test_fixes_near_a_place_merge_into_visits() -> None:
    track = [fix(0, *north(150), seq=10, acc=12), fix(5, *north(40), seq=11, acc=30), fix(10, *north(199), seq=12),
             fix(14, *north(5000), seq=13), fix(24, *north(100), seq=14),  # 14 min after 10: same visit
             fix(60, *north(201), seq=15),  # just outside
             fix(80, *north(0), seq=16)]  # 56 min after the last near fix: a new visit
    visits = near_places(track, [HOME])
    assert [(v.fixes, v.first_seq, v.last_seq) for v in visits] == [(4, 10, 14), (1, 16, 16)]
    v = visits[0]
    assert (v.target, v.place, v.start, v.end) == ("Home", 0, T0, T0 + timedelta(minutes=24))
    assert round(v.closest_m) == 40 and v.closest_at == T0 + timedelta(minutes=5) and v.accuracy_m == 30
    assert near_places(track, [HOME], merge_gap=timedelta(minutes=10))[0].fixes == 3


def test_a_places_radius_widens_it() -> None:
    track = [fix(0, *north(350))]
    assert near_places(track, [HOME]) == []
    assert len(near_places(track, [Place("School", HOME.lat, HOME.lon, radius_m=160)])) == 1


def test_near_the_victim_needs_both_distance_and_time() -> None:
    victim = [fix(0, *north(0)), fix(30, *north(0))]
    suspect = [fix(-11, *north(50)), fix(-10, *north(50)), fix(9, *north(150)), fix(21, *north(150)),
               fix(30, *north(250)), fix(41, *north(10))]
    visits = near_track(suspect, victim)
    minutes = [((v.start - T0) / timedelta(minutes=1), (v.end - T0) / timedelta(minutes=1), v.fixes) for v in visits]
    assert minutes == [(-10, -10, 1), (9, 21, 2)]  # 19 minutes apart: two visits; 12 apart: one
    assert visits[0].target == VICTIM and visits[0].place is None and round(visits[0].closest_m) == 50
    wider = near_track(suspect, victim, window=timedelta(minutes=11))  # now -11 and 41 too
    assert [v.fixes for v in wider] == [2, 2, 1]
    assert near_track(suspect, victim, distance=40) == []


def test_inputs_are_checked() -> None:
    naive = Fix(datetime(2024, 3, 3, 20, 0), HOME.lat, HOME.lon)
    with pytest.raises(AnalysisError, match="no zone"):
        near_places([naive], [HOME])
    with pytest.raises(AnalysisError, match="more than 0"):
        near_places([], [HOME], distance=0)
    assert near_track([], [fix(0, HOME.lat, HOME.lon)]) == []
    low = [fix(0, *north(10), acc=500), fix(1, *north(10), acc=20)]
    assert near_places(low, [HOME], max_accuracy_m=100)[0].fixes == 1


def _walk(rng: random.Random, n: int, lat: float, lon: float, step_deg: float, minutes: float) -> list[Fix]:
    out = []
    for i in range(n):
        lat += rng.uniform(-step_deg, step_deg)
        lon += rng.uniform(-step_deg, step_deg) * 1.6
        at = T0 + timedelta(minutes=i * minutes + rng.random())
        out.append(Fix(at, lat, lon, rng.choice([None, 8.0, 25.0]), i + 1))
    rng.shuffle(out)  # the search must not rely on the file's order
    return out


@pytest.mark.parametrize("seed", range(6))
def test_indexed_search_finds_what_brute_force_finds(seed: int) -> None:
    rng = random.Random(seed)
    suspect = _walk(rng, 400, 51.50, -0.12, 0.002, 1)
    victim = _walk(rng, 400, 51.50, -0.12, 0.002, 1)
    places = [Place(f"P{i}", 51.5 + rng.uniform(-0.01, 0.01), -0.12 + rng.uniform(-0.01, 0.01),
                    rng.choice([0.0, 50.0])) for i in range(5)]
    for d in (50.0, 200.0):
        track = near_track(suspect, victim, d)
        assert track == brute_force_track(suspect, victim, d)
        assert near_places(suspect, places, d) == brute_force_places(suspect, places, d)
    assert track, "the random walks should meet at 200 m"


def test_data_spread_over_the_country_misses_nothing() -> None:
    # East-west distances stretch when projected around the middle latitude; the grid allows for it.
    rng = random.Random(7)
    suspect, victim = [], []
    for i in range(300):
        lat, lon = rng.uniform(50.0, 58.6), rng.uniform(-6.0, 1.7)
        t = T0 + timedelta(minutes=i)
        victim.append(Fix(t, lat, lon, None, i))
        offset = rng.uniform(0, 190) / (111_195 * math.cos(math.radians(lat)))
        suspect.append(Fix(t + timedelta(minutes=rng.uniform(-5, 5)), lat, lon + offset, None, i))
    assert near_track(suspect, victim) == brute_force_track(suspect, victim)
    assert sum(v.fixes for v in near_track(suspect, victim)) == 300


fixes = st.builds(
    lambda m, dy, dx, acc, seq: Fix(T0 + timedelta(minutes=m), 51.5 + dy, -0.12 + dx, acc, seq),
    st.floats(0, 240), st.floats(-0.004, 0.004), st.floats(-0.006, 0.006),
    st.sampled_from([None, 5.0, 50.0]), st.integers(1, 10_000))


@settings(max_examples=60, deadline=None)
@given(st.lists(fixes, max_size=60), st.lists(fixes, max_size=60), st.floats(5, 400),
       st.integers(0, 30), st.integers(1, 30))
def test_indexed_equals_brute_force_on_generated_data(suspect: list[Fix], victim: list[Fix], d: float,
                                                       window: int, gap: int) -> None:
    w, g = timedelta(minutes=window), timedelta(minutes=gap)
    assert near_track(suspect, victim, d, w, g) == brute_force_track(suspect, victim, d, w, g)
    places = [Place(f"P{i}", f.lat, f.lon, 20.0 * i) for i, f in enumerate(victim[:4])]
    assert near_places(suspect, places, d, g) == brute_force_places(suspect, places, d, g)
