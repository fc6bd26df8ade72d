"""The demo case's analysis and SPO application: the victim's places, two S-DASH
screenings, the officer's links for the SPO grounds, proposed terms, an interim order
request, and (separately, as it adds an exhibit and chronology entries) the suspect's
location history with co-location visits found, some confirmed and one dismissed.

All fictional. The coordinates lie in the North Sea, about 100 km off the Yorkshire coast,
so they are nobody's home. Each part is added only if the case has none of it yet.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from stalkdesk.domain.analysis.candidates import VictimPlace
from stalkdesk.domain.analysis.common import PointLink
from stalkdesk.domain.analysis.sdash import make_assessment
from stalkdesk.domain.analysis.spo import common_term
from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import Behaviour, ExhibitKind
from stalkdesk.services import analysis
from stalkdesk.services.intake import add_exhibit_bytes
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.repos.spo import DURATION, INTERIM, INTERIM_REASONS

HOME = ("Home", 54.2100, 2.1500, 25.0)
WORK = ("Work (Placeholder Insurance)", 54.2215, 2.1712, 60.0)
SUSPECT_HOME = (54.2050, 2.1050)
SUSPECT_WORK = (54.2310, 2.0990)
VICTIM_NAME = "Rachel Demoton"
LOCATION_FILE = "suspect_location_history_FICTIONAL.csv"
_TZ = ZoneInfo("Europe/London")

_TERMS = ("no_contact", "no_approach", "no_follow", "no_posting", "no_monitoring", "no_third_parties",
          "assessment", "disclose_accounts", "disclose_vehicles")
_ZONE = ("Not to enter Nowhere Lane or Fable Road, Demotown, or Imaginary Way, Demotown, for any purpose.")
_INTERIM_REASONS = (
    "The suspect's conduct has escalated since March: following, damage to the victim's car and two sets of "
    "threats of violence, the latest on 21/06/2024 after she moved to her sister's address. He continued after "
    "she reported him to police on 18/03/2024 and after officers attended on 09/06/2024. The latest S-DASH "
    "screening records 8 yes answers. Without an interim order the victim has no protection until the full "
    "hearing, which the court cannot list for several weeks.")

# (point, summary the entry starts with, the officer's note)
_LINKS = (
    ("spo.acts", "Suspect followed the victim from the station", "Following: s.2A(3)(a)"),
    ("spo.acts", "Suspect's car parked opposite the victim's home", "Loitering and watching: s.2A(3)(e), (g)"),
    ("spo.acts", "Suspect published an Instagram post", "Publishing material about her: s.2A(3)(c)"),
    ("spo.acts", "Suspect messaged that he knew she had changed", "Monitoring her email: s.2A(3)(d)"),
    ("spo.acts", "Suspect rang the victim's doorbell", "Loitering at her home late at night"),
    ("spo.risk", "Threatening WhatsApp messages after", "Threat after she went to police"),
    ("spo.risk", "Driver's door of the victim's car scratched", "Damage: escalation from contact to property"),
    ("spo.risk", "Threatening text messages about the victim staying", "Knows where she is staying; threat of harm"),
    ("spo.necessary", "Victim reported the suspect's conduct to police", "Conduct continued after the report"),
    ("spo.necessary", "Victim called 999; officers attended", "Conduct continued after police attended"),
    ("spo.necessary", "Victim moved in with her sister", "She has had to leave her home: no lesser step protects"),
)


def add_demo_analysis(ws: Workspace, case_id: int) -> None:
    """Places, screenings, review date, SPO ground links, terms and the interim request.

    Uses the repositories only, so it can run inside the demo's own transaction."""
    add_demo_analysis_places(ws, case_id)
    officer = ws.officer.display if ws.officer else "DC Demo Officer"
    if not ws.analysis.sdash(case_id):
        first = {"very_frightened": "yes", "previous_harassment": "no", "property_damage": "no", "visits": "no",
                 "loitering": "yes", "threats": "no", "third_parties": "yes", "current_violence": "no",
                 "recruiting_others": "no", "substance_misuse": "unknown", "violence_history": "no"}
        later = dict(first, property_damage="yes", visits="yes", threats="yes", recruiting_others="yes",
                     substance_misuse="yes")
        notes = {"threats": "WhatsApp 12/05/2024 and texts 21/06/2024 (fictional)"}
        ws.analysis.add_sdash(case_id, make_assessment(date(2024, 3, 18), officer, first,
                                                       trigger="Screening applies: the victim is very frightened"))
        ws.analysis.add_sdash(case_id, make_assessment(date(2024, 5, 13), officer, dict(later, visits="no",
                                                                                       recruiting_others="no"),
                                                       notes, trigger="Screening applies: new threats"))
        ws.analysis.add_sdash(case_id, make_assessment(date(2024, 6, 22), officer, later, notes,
                                                       trigger="Screening applies: threats after she moved"))
        ws.analysis.set_review(case_id, date(2024, 7, 6), "Review after the SPO hearing (fictional)")
    if not ws.analysis.links(case_id, "spo."):
        entries = ws.entries.list(case_id)
        for point_id, starts, note in _LINKS:
            e = _entry(entries, starts)
            if e is not None and e.id is not None:
                ws.analysis.add_link(case_id, PointLink(point_id, entry_id=e.id, note=note))
    if not ws.spo.terms(case_id):
        for key in _TERMS:
            t = common_term(key)
            ws.spo.add(case_id, t.kind, t.text.replace("[the victim]", VICTIM_NAME)
                       .replace("[named provider]", "the Demotown Stalking Intervention Service (fictional)"))
        zone = common_term("no_zone")
        ws.spo.add(case_id, zone.kind, _ZONE)
    if not ws.spo.texts(case_id):
        ws.spo.set_texts(case_id, {INTERIM: "yes", INTERIM_REASONS: _INTERIM_REASONS, DURATION: "5y"},
                         "Demo SPO application (fictional)")


def _entry(entries: list[Entry], starts: str) -> Entry | None:
    return next((e for e in entries if e.summary.startswith(starts) and not e.deleted), None)


# The suspect's location history.

def _offset(lat: float, lon: float, north_m: float, east_m: float) -> tuple[float, float]:
    return lat + north_m / 111_195.0, lon + east_m / (111_195.0 * math.cos(math.radians(lat)))


# (local start, minutes, place, metres north and east of it, spread in metres): evening visits.
_VISITS = (
    (datetime(2024, 5, 30, 17, 4), 38, WORK, (30.0, -55.0), 25.0),  # the note on the windscreen, 17:35
    (datetime(2024, 6, 3, 21, 40), 52, HOME, (-60.0, 40.0), 30.0),
    (datetime(2024, 6, 9, 22, 52), 24, HOME, (12.0, 8.0), 10.0),  # the doorbell, 23:10
    (datetime(2024, 6, 16, 20, 15), 64, HOME, (95.0, -70.0), 35.0),
    (datetime(2024, 6, 19, 7, 45), 41, WORK, (-110.0, 20.0), 30.0),
)
_PASSING = datetime(2024, 6, 12, 8, 0)  # drives past the end of her road on his way to work


def location_csv(first: date = date(2024, 5, 27), days: int = 28, seed: int = 20240527) -> bytes:
    """A fix every 2 minutes for `days` days: home, work, and the evening visits."""
    rng = random.Random(seed)
    rows = ["time,latitude,longitude,accuracy"]
    visits = {v[0].date(): v for v in _VISITS}
    for n in range(days):
        day = first + timedelta(days=n)
        legs = _day_plan(day, visits.get(day))
        t = datetime(day.year, day.month, day.day)
        while t.date() == day:
            lat, lon, spread = _where(legs, t)
            north, east = rng.gauss(0, spread), rng.gauss(0, spread)
            lat, lon = _offset(lat, lon, north, east)
            acc = max(5, round(abs(rng.gauss(12, 6))))
            local = t.replace(tzinfo=_TZ)
            rows.append(f"{local.isoformat()},{lat:.6f},{lon:.6f},{acc}")
            t += timedelta(minutes=2)
    return ("\n".join(rows) + "\n").encode()


_Point = tuple[float, float]
_Leg = tuple[datetime, datetime, _Point, _Point, float]  # from, to, start point, end point, spread


def _day_plan(day: date, visit: tuple[datetime, int, tuple[str, float, float, float], tuple[float, float], float]
              | None) -> list[_Leg]:
    d = datetime(day.year, day.month, day.day)
    home, work = SUSPECT_HOME, SUSPECT_WORK
    weekday = day.weekday() < 5
    legs: list[_Leg] = []
    if weekday:
        to_work = [home, work]
        if d.date() == _PASSING.date():
            # stuck in traffic at the end of her road for a few minutes
            to_work = [home, _offset(HOME[1], HOME[2], -170.0, -80.0), _offset(HOME[1], HOME[2], -160.0, 10.0), work]
        legs += _travel(d.replace(hour=7, minute=50), 26, to_work)
        legs.append((d.replace(hour=8, minute=16), d.replace(hour=17), work, work, 15.0))
        legs += _travel(d.replace(hour=17), 22, [work, home])
        after = d.replace(hour=17, minute=22)
    else:
        after = d
    if visit is not None:
        start, minutes, (_, plat, plon, _), (north, east), spread = visit
        spot = _offset(plat, plon, north, east)
        there = start + timedelta(minutes=minutes)
        if start.hour < 9:  # a morning visit on the way to work replaces the usual journey
            legs = [leg for leg in legs if leg[0].hour >= 17]
            legs += _travel(start - timedelta(minutes=20), 20, [home, spot])
            legs.append((start, there, spot, spot, spread))
            legs += _travel(there, 24, [spot, work])
            legs.append((there + timedelta(minutes=24), d.replace(hour=17), work, work, 15.0))
        else:
            legs.append((after, start - timedelta(minutes=20), home, home, 12.0))
            legs += _travel(start - timedelta(minutes=20), 20, [home, spot])
            legs.append((start, there, spot, spot, spread))
            legs += _travel(there, 20, [spot, home])
    return sorted(legs)


def _travel(start: datetime, minutes: int, points: list[_Point]) -> list[_Leg]:
    legs: list[_Leg] = []
    step = timedelta(minutes=minutes / (len(points) - 1))
    for i in range(len(points) - 1):
        legs.append((start + i * step, start + (i + 1) * step, points[i], points[i + 1], 8.0))
    return legs


def _where(legs: list[_Leg], t: datetime) -> tuple[float, float, float]:
    for a, b, p, q, spread in legs:
        if a <= t < b:
            f = (t - a) / (b - a)
            return p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f, spread
    return SUSPECT_HOME[0], SUSPECT_HOME[1], 12.0


def add_demo_locations(ws: Workspace, case_id: int) -> int:
    """The suspect's location history as an exhibit, searched against the victim's places;
    two visits confirmed into the chronology, one dismissed. Returns the visits found."""
    if any(x.original_filename == LOCATION_FILE for x in ws.exhibits.list(case_id)):
        return 0
    add_demo_analysis_places(ws, case_id)
    initials = ws.officer.initials if ws.officer else "DO"
    n = len(ws.exhibits.list(case_id)) + 1
    x = add_exhibit_bytes(
        ws, case_id, LOCATION_FILE, location_csv(), reference=f"{initials}/{n}",
        description="Location history from the suspect's phone account, 27/05/2024 to 23/06/2024, one fix "
                    "every 2 minutes (FICTIONAL DEMO DATA)",
        kind=ExhibitKind.DOCUMENT, produced_by="Digital forensic unit (fictional)",
        seized_at=datetime(2024, 6, 24, 10, 0, tzinfo=UTC), seized_where="Demotown police station (fictional)")
    assert x.id is not None
    found = analysis.find_colocation(ws, case_id, x.id)
    for c in found:
        local = c.start.astimezone(_TZ)
        if c.id is None:
            continue
        if (local.month, local.day) in ((6, 3), (6, 16)):
            analysis.confirm_candidate(ws, c.id, Behaviour.LOITERING)
        elif (local.month, local.day) == (6, 19):
            analysis.confirm_candidate(ws, c.id, Behaviour.WATCHING)
        elif (local.month, local.day) == (6, 12):
            analysis.dismiss_candidate(ws, c.id, "Passing on the main road on his usual way to work")
    return len(found)


def add_demo_analysis_places(ws: Workspace, case_id: int) -> None:
    if not ws.analysis.places(case_id):
        for name, lat, lon, radius in (HOME, WORK):
            ws.analysis.save_place(case_id, VictimPlace(name, lat, lon, radius, "FICTIONAL DEMO PLACE"))
