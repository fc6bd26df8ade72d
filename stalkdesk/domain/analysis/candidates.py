"""Co-location visits as candidate chronology entries, and the victim's places.

A visit becomes a candidate; the officer confirms it (it becomes an entry tagged loitering,
watching or following, with provenance to the location exhibit) or dismisses it. Both are
kept, so that a later search does not propose the same visit again.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from stalkdesk.domain.analysis.colocation import VICTIM, Place, Visit
from stalkdesk.domain.analysis.common import AnalysisError
from stalkdesk.domain.records import Entry, ExhibitLink, Provenance
from stalkdesk.domain.vocab import DEFAULT_ZONE, Behaviour, Channel, EvidentialStatus, Source
from stalkdesk.domain.when import Precision, When

IMPORTER = "colocation"
BEHAVIOURS = (Behaviour.LOITERING, Behaviour.WATCHING, Behaviour.FOLLOWING)


class CandidateStatus(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True, slots=True)
class VictimPlace:
    """A place the victim uses (home, work, school), its point entered by the officer."""

    name: str
    lat: float
    lon: float
    radius_m: float = 0.0
    note: str = ""
    case_id: int | None = None
    id: int | None = None

    def as_place(self) -> Place:
        return Place(self.name, self.lat, self.lon, self.radius_m)


def check_place(p: VictimPlace) -> VictimPlace:
    name = " ".join(p.name.split())
    if not name:
        raise AnalysisError("Give the place a name, such as Home or Work.")
    if not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180) or (p.lat == 0 and p.lon == 0):
        raise AnalysisError(f"{p.lat}, {p.lon} is not a position: give latitude and longitude in degrees.")
    if not (0 <= p.radius_m <= 5000) or math.isnan(p.radius_m):
        raise AnalysisError("The radius must be between 0 and 5,000 metres.")
    return VictimPlace(name, p.lat, p.lon, p.radius_m, p.note, p.case_id, p.id)


@dataclass(frozen=True, slots=True)
class Candidate:
    source_exhibit_id: int  # the suspect's location records
    target: str  # the place's name, or colocation.VICTIM
    start: datetime  # UTC
    end: datetime
    closest_m: float
    closest_at: datetime
    fixes: int
    first_seq: int
    last_seq: int
    accuracy_m: float | None = None
    place_id: int | None = None  # None: near the victim's own location records
    victim_exhibit_id: int | None = None
    distance_m: float = 200.0  # the distance searched with
    status: CandidateStatus = CandidateStatus.PROPOSED
    behaviour: Behaviour | None = None
    entry_id: int | None = None  # the chronology entry made on confirming
    note: str = ""  # the officer's reason for dismissing, or anything else
    case_id: int | None = None
    created_at: datetime | None = None
    id: int | None = None

    @property
    def locator(self) -> str:
        """Where in the location exhibit: "records 1201-1257" (lines of a CSV, records of JSON)."""
        if self.first_seq == self.last_seq:
            return f"record {self.first_seq}"
        return f"records {self.first_seq}-{self.last_seq}"

    @property
    def where(self) -> str:
        return "the victim (from the victim's own location records)" if self.target == VICTIM \
            else f'the victim\'s place "{self.target}"'


def from_visit(v: Visit, source_exhibit_id: int, place_id: int | None, distance_m: float,
               victim_exhibit_id: int | None = None) -> Candidate:
    return Candidate(source_exhibit_id, v.target, v.start, v.end, v.closest_m, v.closest_at, v.fixes,
                     v.first_seq, v.last_seq, v.accuracy_m, place_id, victim_exhibit_id, distance_m)


def already_known(c: Candidate, known: Iterable[Candidate]) -> bool:
    """A candidate for the same records and target overlapping one already found (whatever
    became of it): re-running a search, even with another distance, does not repeat it."""
    return any(k.source_exhibit_id == c.source_exhibit_id and k.target == c.target and k.place_id == c.place_id
               and k.start <= c.end and c.start <= k.end for k in known)


def _minute(dt: datetime, up: bool = False) -> datetime:
    floor = dt.replace(second=0, microsecond=0)
    return floor + timedelta(minutes=1) if up and floor != dt else floor


def proposed_entry(c: Candidate, behaviour: Behaviour, exhibit_ref: str, zone: str = DEFAULT_ZONE,
                   summary: str = "") -> Entry:
    """The chronology entry a confirmed candidate becomes."""
    if behaviour not in BEHAVIOURS:
        raise AnalysisError("A location visit is recorded as loitering, watching or following.")
    start, end = _minute(c.start), _minute(c.end, up=True)
    when = When(start, Precision.MINUTE, zone, end if end > start else None)
    fixes = "1 location fix" if c.fixes == 1 else f"{c.fixes} location fixes"
    text = summary or (f"{behaviour.label}: location records put the suspect within {c.closest_m:.0f} m "
                       f"of {c.where} ({fixes})")
    accuracy = f" (stated accuracy {c.accuracy_m:.0f} m)" if c.accuracy_m is not None else ""
    closest = c.closest_at.astimezone(ZoneInfo(zone))
    account = (f"Closest fix {c.closest_m:.0f} m at {closest:%H:%M:%S}{accuracy}. Found by a search "
               f"of exhibit {exhibit_ref} ({c.locator}) for fixes within {c.distance_m:.0f} m, and confirmed "
               "by the officer.")
    link = ExhibitLink(c.source_exhibit_id, c.locator)
    extra = (ExhibitLink(c.victim_exhibit_id, "times of the visit"),) if c.victim_exhibit_id else ()
    return Entry(when=when, summary=text, behaviours=(behaviour,), channel=Channel.IN_PERSON, account=account,
                 location=c.target if c.target != VICTIM else "", source=Source.OTHER,
                 source_reference=f"Location records {exhibit_ref}, {c.locator}", exhibits=(link, *extra),
                 evidential_status=EvidentialStatus.EXHIBITED,
                 provenance=Provenance(c.source_exhibit_id, c.locator, IMPORTER))
