"""Patterns of contact: how often, by which means, when, and whether it is escalating.

Counted from chronology entries and from imported contact records (messages, calls,
emails), in UK local time (BST handled by zoneinfo). An imported record is one contact; an
entry that groups records is represented by them, and an entry without records is one
contact. The store hands records over already bucketed by clock hour (`Contact.count`):
UK offsets are whole hours, so a UTC hour is one local hour and the day and hour of every
record stay exact.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from stalkdesk.domain.analysis.common import dmy
from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import DEFAULT_ZONE, Behaviour, Channel, DisclosureStatus
from stalkdesk.domain.when import Precision

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
UNKNOWN = "unknown"  # the key for contacts with no channel
# Table headings: "Other" would otherwise head both a channel column and a behaviour column.
_CHANNEL_LABELS = {Channel.SMS: "SMS", Channel.WHATSAPP: "WhatsApp", Channel.IN_PERSON: "In person",
                   Channel.OTHER: "Other channel"}
RISING, FALLING = 1.25, 0.8  # a convention for the wording, not a rule of law


def channel_label(key: str) -> str:
    if key == UNKNOWN:
        return "Unknown channel"
    ch = Channel(key)
    return _CHANNEL_LABELS.get(ch, ch.label)


def behaviour_label(key: str) -> str:
    b = Behaviour(key)
    return "Other behaviour" if b is Behaviour.OTHER else b.label


@dataclass(frozen=True, slots=True)
class Contact:
    """One contact, or `count` contacts within one clock hour (`first` to `last`)."""

    first: datetime  # aware
    last: datetime
    count: int = 1
    channel: Channel | None = None
    behaviours: tuple[Behaviour, ...] = (Behaviour.CONTACTING,)
    identity: str = ""
    timed: bool = True  # False: only the day is known, so it stays out of "core times"
    entry_id: int | None = None  # for imported records: the chronology entry grouping them


def _counted(e: Entry) -> bool:
    return not e.deleted and e.disclosure is not DisclosureStatus.NOT_RELEVANT


def contacts_from_case(records: Iterable[Contact], entries: Iterable[Entry],
                       identities: Iterable[str] = ()) -> tuple[list[Contact], int]:
    """(contacts, entries too vague to put on a day) from a case's record buckets and entries.

    A record takes the behaviours of the entry grouping it (contacting if none); records of
    a deleted or not-relevant entry are left out, as that entry is. `identities`, if given,
    keeps only records from those identities (the suspect's numbers and accounts); entries
    that group records stay represented by them even when all are filtered out."""
    entries = list(entries)
    live = {e.id: e for e in entries if _counted(e)}
    wanted = set(identities)
    out: list[Contact] = []
    represented: set[int] = set()
    for r in records:
        if r.entry_id is not None:
            represented.add(r.entry_id)
            e = live.get(r.entry_id)
            if e is None:
                continue
            if e.behaviours:
                r = replace(r, behaviours=e.behaviours)
        if not wanted or r.identity in wanted:
            out.append(r)
    from_entries, vague = contacts_from_entries(entries, represented)
    return out + from_entries, vague


def contacts_from_entries(entries: Iterable[Entry], represented: Iterable[int] = ()) -> tuple[list[Contact], int]:
    """(contacts, entries too vague to put on a day). Deleted and not-relevant entries are
    left out, as are entries in `represented` (those whose imported records are counted)."""
    skip = set(represented)
    out: list[Contact] = []
    vague = 0
    for e in entries:
        if not _counted(e) or e.id in skip:
            continue
        if e.when.precision in (Precision.MONTH, Precision.APPROXIMATE):
            vague += 1
            continue
        timed = e.when.precision in (Precision.EXACT, Precision.MINUTE)
        out.append(Contact(e.when.start, e.when.start, 1, e.channel, e.behaviours or (Behaviour.OTHER,),
                           "", timed))
    return out, vague


@dataclass(frozen=True, slots=True)
class Escalation:
    as_of: date
    recent: int  # contacts in the 4 weeks ending on as_of
    previous: int  # contacts in the 4 weeks before those
    ratio: float | None  # recent / previous; None when previous is 0
    trend: str  # "rising", "falling", "steady", "started", "none"
    sentence: str


def escalation(per_day: dict[date, int], as_of: date) -> Escalation:
    """The last 4 weeks (28 days ending on `as_of`) against the 4 weeks before."""
    recent_from, previous_from = as_of - timedelta(days=27), as_of - timedelta(days=55)
    recent = sum(n for d, n in per_day.items() if recent_from <= d <= as_of)
    previous = sum(n for d, n in per_day.items() if previous_from <= d < recent_from)
    span = f"in the 4 weeks to {dmy(as_of)}"
    if recent == previous == 0:
        return Escalation(as_of, 0, 0, None, "none", f"No contact in the 8 weeks to {dmy(as_of)}.")
    if previous == 0:
        return Escalation(as_of, recent, 0, None, "started",
                          f"Started or resumed: {recent} contacts {span}, none in the 4 weeks before.")
    ratio = recent / previous
    counts = f"{recent} contacts {span} against {previous} in the 4 weeks before"
    if ratio >= RISING:
        return Escalation(as_of, recent, previous, ratio, "rising",
                          f"Escalating: {counts} ({ratio:.1f} times as many).")
    if ratio <= FALLING:
        return Escalation(as_of, recent, previous, ratio, "falling",
                          f"Fewer contacts: {counts} ({round(100 * (1 - ratio))}% fewer).")
    return Escalation(as_of, recent, previous, ratio, "steady", f"About the same: {counts}.")


@dataclass(frozen=True)
class Patterns:
    zone: str
    total: int
    per_day: dict[date, int]
    per_day_by_channel: dict[date, dict[str, int]]
    per_day_by_behaviour: dict[date, dict[str, int]]
    per_week: dict[date, int]  # keyed by the Monday that starts the week
    per_week_by_channel: dict[date, dict[str, int]]
    per_week_by_behaviour: dict[date, dict[str, int]]
    core_times: tuple[tuple[int, ...], ...]  # [weekday, Monday = 0][hour 0-23], timed contacts
    first: datetime | None  # local
    last: datetime | None
    busiest_day: tuple[date, int] | None
    longest_quiet: tuple[datetime, datetime] | None  # local: the last contact before, the first after
    channels: tuple[str, ...]
    behaviours: tuple[str, ...]
    identities: tuple[str, ...]
    escalation: Escalation
    vague: int = 0  # entries dated too roughly to count on a day
    untimed: int = 0  # contacts known to the day only, not in core times
    notes: tuple[str, ...] = field(default=())

    @property
    def quiet_days(self) -> float:
        if self.longest_quiet is None:
            return 0.0
        return (self.longest_quiet[1] - self.longest_quiet[0]).total_seconds() / 86400

    def summary(self) -> list[str]:
        """The headline figures, one sentence each."""
        if not self.total or self.first is None or self.last is None:
            return ["No contact recorded."]
        fmt = "%d/%m/%Y %H:%M"
        lines = [f"{self.total} contacts from {self.first:{fmt}} to {self.last:{fmt}}."]
        if self.busiest_day:
            lines.append(f"Busiest day: {dmy(self.busiest_day[0])}, {self.busiest_day[1]} contacts.")
        if self.longest_quiet:
            a, b = self.longest_quiet
            lines.append(f"Longest quiet period: {self.quiet_days:.1f} days, {a:{fmt}} to {b:{fmt}}.")
        known = [c for c in self.channels if c != UNKNOWN]
        if known:
            lines.append(f"{len(known)} channel{'s' if len(known) != 1 else ''} used: "
                         + ", ".join(channel_label(c) for c in known) + ".")
        if self.identities:
            lines.append(f"{len(self.identities)} identities used by the suspect.")
        lines.append(self.escalation.sentence)
        return lines + list(self.notes)

    def rows(self, kind: str = "daily") -> list[list[str]]:
        """A table with its header row: "daily", "weekly", "core_times" or "summary"."""
        if kind == "core_times":
            return [["Day", *(f"{h:02d}" for h in range(24))],
                    *([DAYS[d], *(str(n) for n in row)] for d, row in enumerate(self.core_times))]
        if kind == "summary":
            return [["Figure"], *([line] for line in self.summary())]
        if kind not in ("daily", "weekly"):
            raise ValueError(f"no table called {kind!r}")
        daily = kind == "daily"
        totals = self.per_day if daily else self.per_week
        by_ch = self.per_day_by_channel if daily else self.per_week_by_channel
        by_b = self.per_day_by_behaviour if daily else self.per_week_by_behaviour
        head = ["Date" if daily else "Week beginning", "Contacts", *(channel_label(c) for c in self.channels),
                *(behaviour_label(b) for b in self.behaviours)]
        body = [[dmy(d), str(n), *(str(by_ch[d].get(c, 0)) for c in self.channels),
                 *(str(by_b[d].get(b, 0)) for b in self.behaviours)] for d, n in sorted(totals.items())]
        return [head, *body]

    def csv(self, kind: str = "daily") -> str:
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(self.rows(kind))
        return out.getvalue()


def analyse(contacts: Sequence[Contact], zone: str = DEFAULT_ZONE, as_of: date | None = None,
            vague: int = 0) -> Patterns:
    """Count `contacts` by local day, week, channel, behaviour and time of day."""
    tz = ZoneInfo(zone)
    per_day: Counter[date] = Counter()
    by_ch: defaultdict[date, Counter[str]] = defaultdict(Counter)
    by_b: defaultdict[date, Counter[str]] = defaultdict(Counter)
    core = [[0] * 24 for _ in range(7)]
    channels: Counter[str] = Counter()
    behaviours: Counter[str] = Counter()
    untimed = 0
    for c in contacts:
        local = c.first.astimezone(tz)
        day, ch = local.date(), c.channel.value if c.channel else UNKNOWN
        per_day[day] += c.count
        by_ch[day][ch] += c.count
        channels[ch] += c.count
        for b in c.behaviours:
            by_b[day][b.value] += c.count
            behaviours[b.value] += c.count
        if c.timed:
            core[local.weekday()][local.hour] += c.count
        else:
            untimed += c.count
    per_week: Counter[date] = Counter()
    wk_ch: defaultdict[date, Counter[str]] = defaultdict(Counter)
    wk_b: defaultdict[date, Counter[str]] = defaultdict(Counter)
    for day, n in per_day.items():
        monday = day - timedelta(days=day.weekday())
        per_week[monday] += n
        wk_ch[monday].update(by_ch[day])
        wk_b[monday].update(by_b[day])
    ordered = sorted(contacts, key=lambda c: c.first)
    quiet: tuple[datetime, datetime] | None = None
    seen_last: datetime | None = None
    for c in ordered:
        if seen_last is not None and c.first > seen_last and (
                quiet is None or c.first - seen_last > quiet[1] - quiet[0]):
            quiet = (seen_last, c.first)
        seen_last = c.last if seen_last is None else max(seen_last, c.last)
    busiest = min(per_day.items(), key=lambda kv: (-kv[1], kv[0])) if per_day else None
    last_day = max(per_day) if per_day else (as_of or date.today())
    notes = []
    if vague:
        notes.append(f"{vague} entries dated only to a month or approximately are not counted by day.")
    if untimed:
        notes.append(f"{untimed} contacts known only to the day are not in the times of day.")
    return Patterns(
        zone=zone, total=sum(per_day.values()),
        per_day=dict(sorted(per_day.items())), per_day_by_channel={d: dict(v) for d, v in sorted(by_ch.items())},
        per_day_by_behaviour={d: dict(v) for d, v in sorted(by_b.items())},
        per_week=dict(sorted(per_week.items())), per_week_by_channel={d: dict(v) for d, v in sorted(wk_ch.items())},
        per_week_by_behaviour={d: dict(v) for d, v in sorted(wk_b.items())},
        core_times=tuple(tuple(r) for r in core),
        first=ordered[0].first.astimezone(tz) if ordered else None,
        last=max(c.last for c in ordered).astimezone(tz) if ordered else None,
        busiest_day=busiest,
        longest_quiet=(quiet[0].astimezone(tz), quiet[1].astimezone(tz)) if quiet else None,
        channels=tuple(sorted(channels, key=lambda k: (k == UNKNOWN, -channels[k], k))),
        behaviours=tuple(k for k, _ in behaviours.most_common()),
        identities=tuple(sorted({c.identity for c in contacts if c.identity})),
        escalation=escalation(per_day, as_of or last_day),
        vague=vague, untimed=untimed, notes=tuple(notes),
    )
