"""Co-location figures: a year of location fixes at one a minute (about 500,000) for the
suspect, against five victim places and against the victim's own 500,000-fix track.

The data is fictional and generated from a fixed seed: the victim is at home overnight, at
work by day and commutes between; the suspect wanders a city-sized area (a random walk) and
on a few days a week spends half an hour near wherever the victim is. The indexed search is
compared with brute force (every pair) on a subset both can run: the same 5,000 x 5,000
fixes (2,000 with --quick), interleaved, with the visits found checked to be identical.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta

from bench.harness import Context, benchmark, interleave, measure, ratio_of, report, say
from stalkdesk.domain.analysis.colocation import (
    Fix,
    Place,
    brute_force_places,
    brute_force_track,
    near_places,
    near_track,
)

START = datetime(2024, 1, 1, tzinfo=UTC)
CENTRE = (52.4800, -1.9000)  # a fictional city-sized area
M_LAT = 111_195.0
M_LON = M_LAT * math.cos(math.radians(CENTRE[0]))


def _at(north_m: float, east_m: float) -> tuple[float, float]:
    return CENTRE[0] + north_m / M_LAT, CENTRE[1] + east_m / M_LON


PLACES = [Place(name, *_at(n, e), radius) for name, n, e, radius in (
    ("Home", 0, 0, 30), ("Work", 3_500, 2_000, 80), ("School", 600, -900, 120),
    ("Parents' home", -4_000, 1_500, 30), ("Gym", 1_200, 2_600, 40))]


def victim_track(n: int, rng: random.Random) -> list[tuple[float, float]]:
    """Metres (north, east) of the victim, minute by minute: home, commute, work."""
    home, work = (0.0, 0.0), (3_500.0, 2_000.0)
    out = []
    for m in range(n):
        h = (m // 60) % 24 + (m % 60) / 60
        if 8 <= h < 9:
            f = h - 8
        elif 17 <= h < 18:
            f = 18 - h
        else:
            f = 1.0 if 9 <= h < 17 else 0.0
        out.append((home[0] + f * (work[0] - home[0]) + rng.gauss(0, 15),
                    home[1] + f * (work[1] - home[1]) + rng.gauss(0, 15)))
    return out


def make_fixes(n: int, seed: int = 2024) -> tuple[list[Fix], list[Fix]]:
    rng = random.Random(seed)
    victim_m = victim_track(n, rng)
    visits = {d: rng.randrange(0, 24 * 60 - 30) for d in range(n // 1440 + 1) if rng.random() < 0.4}
    north, east, suspect, victim = 6_000.0, -5_000.0, [], []
    for m in range(n):
        day, minute = divmod(m, 1440)
        north = min(10_000.0, max(-10_000.0, north + rng.gauss(0, 40)))
        east = min(10_000.0, max(-10_000.0, east + rng.gauss(0, 40)))
        near = day in visits and visits[day] <= minute < visits[day] + 30
        s = (victim_m[m][0] + rng.gauss(0, 80), victim_m[m][1] + rng.gauss(0, 80)) if near else (north, east)
        at = START + timedelta(minutes=m, seconds=rng.uniform(0, 20))
        suspect.append(Fix(at, *_at(*s), rng.choice((8.0, 12.0, 25.0, 60.0)), m + 2))
        victim.append(Fix(at + timedelta(seconds=rng.uniform(0, 30)), *_at(*victim_m[m]), 10.0, m + 2))
    return suspect, victim


@benchmark("analysis.colocation")
def bench_colocation(ctx: Context) -> None:
    n = ctx.size(500_000, 50_000)
    sub = ctx.size(5_000, 2_000)
    suspect, victim = make_fixes(n)
    say(f"{n:,} suspect fixes and {n:,} victim fixes ({n / 1440:.0f} days at one a minute), generated")

    places = measure(lambda: near_places(suspect, PLACES), ctx.repeat, track_memory=True)
    found = near_places(suspect, PLACES)
    report(f"near 5 places: {n:,} fixes", places, goal=5.0, note=f"{len(found)} visits")
    report("near 5 places: peak RSS growth", places.rss_mb())
    track = measure(lambda: near_track(suspect, victim), ctx.repeat, track_memory=True)
    visits = near_track(suspect, victim)
    report(f"near the victim: {n:,} x {n:,} fixes", track, goal=10.0,
           note=f"{len(visits)} visits, {sum(v.fixes for v in visits):,} fixes near")
    report("near the victim: peak RSS growth", track.rss_mb())

    # Brute force on the same subset: the first `sub` minutes of both tracks.
    s_sub, v_sub = suspect[:sub], victim[:sub]
    if near_track(s_sub, v_sub) != brute_force_track(s_sub, v_sub):
        raise AssertionError("the indexed search and brute force found different visits")
    if near_places(suspect, PLACES) != brute_force_places(suspect, PLACES):
        raise AssertionError("the indexed search and brute force found different place visits")
    say(f"checked: same visits as brute force ({len(near_track(s_sub, v_sub))} on the {sub:,} x {sub:,} "
        f"subset, {len(found)} near the places)")
    res = interleave({"brute": lambda: brute_force_track(s_sub, v_sub), "index": lambda: near_track(s_sub, v_sub)},
                     max(3, ctx.repeat - 2))
    report(f"near the victim {sub:,} x {sub:,}: brute force", res["brute"])
    report(f"near the victim {sub:,} x {sub:,}: indexed", res["index"])
    report("near the victim: brute force / indexed", ratio_of(res["brute"], res["index"]),
           note="grows with the size: pairs are n squared")
    res = interleave({"brute": lambda: brute_force_places(suspect, PLACES),
                      "index": lambda: near_places(suspect, PLACES)}, max(3, ctx.repeat - 2))
    report(f"near 5 places {n:,}: brute force / indexed", ratio_of(res["brute"], res["index"]))
    say(f"Brute force near the victim at the full size is {(n / sub) ** 2:,.0f} times the subset's pairs "
        f"(about {res['brute'].median * (n / sub) ** 2 / 3600:.1f} hours); near 5 places it is linear too, so "
        "the index gains little there.")

    # The progress callback (the GUI's Cancel) must not slow the search: with it / without it.
    calls: list[int] = []

    def note_progress(done: int, _total: int) -> None:
        calls.append(done)

    for name, search in (("near 5 places", lambda p: near_places(suspect, PLACES, progress=p)),
                         ("near the victim", lambda p: near_track(suspect, victim, progress=p))):
        calls.clear()
        rounds = ctx.repeat + 2  # a 1 % difference needs more rounds than the brute-force ratio
        timed = interleave({"with": lambda s=search: s(note_progress), "without": lambda s=search: s(None)}, rounds)
        report(f"{name}: with progress / without", ratio_of(timed["with"], timed["without"]), goal="<= 1.02",
               note=f"{len(calls) // (rounds + 1)} progress calls a search")  # + the warm-up round
