"""Fictional analysis data for the GUI tests and the screenshots: the victim's places, a
suspect location file with visits near them, links, FOUR notes and S-DASH screenings.

Every position is made up: a point in open countryside, offsets in metres from it.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

from stalkdesk.domain.analysis.candidates import VictimPlace
from stalkdesk.domain.analysis.four import FourElement
from stalkdesk.domain.analysis.sdash import QUESTION_IDS
from stalkdesk.domain.records import Exhibit
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.errors import Conflict, NotFound
from stalkdesk.services import analysis
from stalkdesk.services.intake import add_exhibit_bytes
from stalkdesk.services.workspace import Workspace

HOME = (52.40000, -1.50000)  # fictional
WORK = (52.41800, -1.47100)
M_PER_DEG_LAT = 111_195.0


def offset(origin: tuple[float, float], north_m: float, east_m: float) -> tuple[float, float]:
    lat, lon = origin
    return (lat + north_m / M_PER_DEG_LAT, lon + east_m / (M_PER_DEG_LAT * math.cos(math.radians(lat))))


def location_csv(start: datetime, visits: list[tuple[tuple[float, float], int, int]], days: int = 3) -> bytes:
    """Fixes every 10 minutes for `days`, 4 km from the first place visited, except during
    `visits`: (place, hour offset from `start`, minutes) spent 40-90 m from it, a fix a minute."""
    away = offset(visits[0][0], 3000, -2500)
    rows = ["time,latitude,longitude,accuracy"]
    t, end = start, start + timedelta(days=days)
    while t < end:
        near = next(((p, h, m) for p, h, m in visits
                     if start + timedelta(hours=h) <= t < start + timedelta(hours=h, minutes=m)), None)
        if near is None:
            lat, lon = away
            step = timedelta(minutes=10)
        else:
            k = (t - start).total_seconds() / 60
            lat, lon = offset(near[0], 40 + 25 * math.sin(k / 3), 30 * math.cos(k / 5))
            step = timedelta(minutes=1)
        rows.append(f"{t:%Y-%m-%dT%H:%M:%SZ},{lat:.6f},{lon:.6f},12")
        t += step
    return ("\n".join(rows) + "\n").encode()


def add_location_exhibit(ws: Workspace, case_id: int, start: datetime | None = None,
                         home: tuple[float, float] = HOME, work: tuple[float, float] = WORK) -> Exhibit:
    """The suspect's location records with three evening visits near home and one near work."""
    start = start or datetime(2024, 6, 20, 0, 0, tzinfo=UTC)
    data = location_csv(start, [(home, 19, 35), (home, 44, 50), (work, 56, 25), (home, 67, 40)])
    return add_exhibit_bytes(ws, case_id, "suspect_locations_2024-06.csv", data,
                             description="Suspect's phone location history (fictional)")


def add_places(ws: Workspace, case_id: int) -> list[VictimPlace]:
    return [analysis.save_place(ws, case_id, VictimPlace("Home", *HOME, 25)),
            analysis.save_place(ws, case_id, VictimPlace("Work", *WORK, 60, "Office car park"))]


def add_screenings(ws: Workspace, case_id: int) -> None:
    yes_first = ("very_frightened", "loitering", "third_parties")
    analysis.add_sdash(ws, case_id, {q: "yes" if q in yes_first else "no" for q in QUESTION_IDS[:8]},
                       {"loitering": "Seen outside her home twice"}, assessed_on=date(2024, 3, 4),
                       officer="PC Sam Fictional (4321)")
    yes_then = (*yes_first, "threats", "visits", "property_damage")
    analysis.add_sdash(ws, case_id, {q: "yes" if q in yes_then else "no" for q in QUESTION_IDS},
                       {"threats": "Threat to 'make her pay' (item 60)"}, assessed_on=date(2024, 5, 6),
                       officer="DC Alex Fictional (9999)")
    analysis.add_sdash(ws, case_id, {q: "yes" if q in (*yes_then, "violence_history") else "no" for q in QUESTION_IDS},
                       assessed_on=date(2024, 6, 28), officer="DC Alex Fictional (9999)",
                       note="Escalating: daily contact, loitering at home.", review_on=date(2024, 7, 26))


_LINKS = (("pha_s2a.harassment", 12, "Victim describes feeling hunted"),
          ("pha_s2a.harassment", 41, "Neighbour saw her in tears"),
          ("pha_s2a.knew", 8, "Told by the victim to stop contact"),
          ("pha_s2a.knew", "AF/1", "Her reply: 'leave me alone'"),
          ("pha_s4a.fear", 60, "Victim feared he would hurt her"),
          ("pha_s4a.fear", 78, "Victim feared he would hurt her"),
          ("four.unwanted", 8, ""), ("four.repeated", 60, ""))


def seed(ws: Workspace, case_id: int) -> None:
    """For the screenshots of the demo case: whatever of the above the demo itself lacks."""
    for point_id, target, note in _LINKS:
        try:
            if isinstance(target, int):
                analysis.link_point(ws, case_id, point_id, item_number=target, note=note)
            else:
                analysis.link_point(ws, case_id, point_id, exhibit_ref=target, note=note)
        except (Conflict, NotFound):
            pass  # the demo has it already, or has fewer items
    notes = ws.analysis.four_notes(case_id)
    if not notes.get("fixated"):
        analysis.set_four_note(ws, case_id, FourElement.FIXATED, "Messages return to the same theme: that she owes "
                               "him another chance. No other interest appears in five months.")
    if not notes.get("unwanted"):
        analysis.set_four_note(ws, case_id, FourElement.UNWANTED,
                               "Told to stop on 10/02 and again in writing on 03/03.")
    if not analysis.sdash_history(ws, case_id):
        add_screenings(ws, case_id)
    places = analysis.places(ws, case_id) or add_places(ws, case_id)
    if analysis.candidates(ws, case_id):
        return
    x = add_location_exhibit(ws, case_id, home=(places[0].lat, places[0].lon), work=(places[-1].lat, places[-1].lon))
    found = analysis.find_colocation(ws, case_id, x.id or 0)
    if found:
        analysis.confirm_candidate(ws, found[0].id or 0, Behaviour.LOITERING)
    if len(found) > 2:
        analysis.dismiss_candidate(ws, found[2].id or 0, "Suspect's own gym is next to her office")
