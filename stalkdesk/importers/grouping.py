"""Contacts from the suspect that come close together become one chronology entry.

"14 WhatsApp messages from the suspect between 21:02 and 21:58" reads better than fourteen
lines, and 10,000 messages make a chronology an interviewer can use. Every record is kept
and linked to its entry, so nothing is lost by grouping.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from stalkdesk.domain.records import Entry, ExhibitLink, Provenance
from stalkdesk.domain.vocab import DEFAULT_ZONE, Behaviour, Channel, EvidentialStatus, Source
from stalkdesk.domain.when import Precision, When
from stalkdesk.importers.base import FormatSpec, ParsedEntry, noun
from stalkdesk.importers.identity import shown


class Contact(NamedTuple):
    """A contact record ready for the store but for its entry: the fields of ContactRecord, in
    its order, so that `ContactRecord(*contact, entry_id)` makes one."""

    kind: str
    at: datetime  # aware, UTC
    identity: str
    direction: str
    channel: Channel | None
    zone_assumed: bool
    display_name: str
    body: str
    duration_s: int | None
    attachment: str
    locator: str
    seq: int
    flags: tuple[str, ...]


DEFAULT_WINDOW = timedelta(minutes=60)
SHOWN_IN_ACCOUNT = 5  # records quoted in an entry's account


def group_times(times: Sequence[datetime], window: timedelta = DEFAULT_WINDOW) -> list[list[int]]:
    """Positions of `times` in runs where each is within `window` of the one before, in time
    order (ties in the order given). A gap longer than the window starts a new run."""
    order = sorted(range(len(times)), key=times.__getitem__)
    groups: list[list[int]] = []
    last: datetime | None = None
    for i in order:
        at = times[i]
        if last is None or at - last > window:
            groups.append([i])
        else:
            groups[-1].append(i)
        last = at
    return groups


class RunningGroups:
    """Entry ids for the suspect's contacts as they are read, so that they can be stored at
    once with the entry they will belong to: what `group_times` makes of them, per channel,
    when they come in time order, the groups numbered from `first_id` in the order they
    start. Contacts that come out of time order may be given the wrong id; the importer
    compares with the groups made afterwards from all of them and mends those
    (services.importing)."""

    def __init__(self, window: timedelta, first_id: int) -> None:
        self.window, self.next_id = window, first_id
        self.open: dict[Channel | None, list[Any]] = {}  # channel -> [entry id, time of its last contact]

    def __call__(self, channel: Channel | None, at: datetime) -> int:
        current = self.open.get(channel)
        if current is None or at - current[1] > self.window:
            current = self.open[channel] = [self.next_id, at]
            self.next_id += 1
        else:
            current[1] = at
        entry_id: int = current[0]
        return entry_id


def seq_range(unit: str, seqs: Sequence[int]) -> str:
    """"messages 1201-1214" (the span in the source, whatever lies between)."""
    low, high = min(seqs), max(seqs)
    return f"{unit} {low}-{high}" if high != low else f"{unit.rstrip('s')} {low}"


def _clock(at: datetime, tz: ZoneInfo) -> datetime:
    return at.astimezone(tz)


def _span(first: datetime, last: datetime) -> str:
    if first.strftime("%H:%M") == last.strftime("%H:%M") and first.date() == last.date():
        return f"at {first:%H:%M}"
    if first.date() == last.date():
        return f"between {first:%H:%M} and {last:%H:%M}"
    return f"between {first:%H:%M} on {first:%d/%m/%Y} and {last:%H:%M} on {last:%d/%m/%Y}"


# The same few identities are shown in thousands of entries, and formatting a phone number
# (phonenumbers parses it again) costs some 100 microseconds.
_shown = lru_cache(maxsize=4096)(shown)


def _line(r: Contact, tz: ZoneInfo) -> str:
    at = f"{_clock(r.at, tz):%d/%m/%Y %H:%M:%S}"
    who = r.display_name or _shown(r.identity)
    if r.kind == "call":
        length = f", {r.duration_s} s" if r.duration_s else ""
        return f"{at} {r.direction} call from {who}{length}"
    body = " ".join(r.body.split())
    body = body if len(body) <= 200 else body[:199] + "…"
    media = f" [{r.attachment}]" if r.attachment else ""
    return f"{at} {who}: {body}{media}".rstrip()


def group_entry(spec: FormatSpec, records: Sequence[Contact], *, source_id: int, source_ref: str,
                zone: str, media: Sequence[ExhibitLink] = (), people: tuple[int, ...] = (),
                zone_note: str = "") -> Entry:
    """The chronology entry for one group of the suspect's contacts (records in time order)."""
    tz = ZoneInfo(zone)
    first, last = records[0], records[-1]
    channel: Channel | None = first.channel
    what = noun(spec, channel, len(records))
    missed = sum(1 for r in records if r.kind == "call" and r.direction in ("missed", "rejected"))
    extra = f" ({missed} missed or rejected)" if missed else ""
    span = _span(_clock(first.at, tz), _clock(last.at, tz))
    summary = f"{len(records)} {what} from the suspect{extra} {span}"
    locator = seq_range(spec.unit, [r.seq for r in records])
    start = first.at.replace(second=0, microsecond=0)
    end = last.at.replace(second=0, microsecond=0)
    when = When(start, Precision.MINUTE, zone, end if end > start else None)
    shown_lines = [_line(r, tz) for r in records[:SHOWN_IN_ACCOUNT]]
    more = len(records) - len(shown_lines)
    account = "\n".join([
        f"{len(records)} {what} from the suspect, {locator} of exhibit {source_ref}.",
        *([zone_note] if zone_note else []),
        *shown_lines,
        *([f"... and {more} more (see the records of this entry)."] if more > 0 else []),
    ])
    flags = sorted({f for r in records for f in r.flags})
    if flags:
        account += "\nFlags on these records: " + ", ".join(flags).replace("_", " ") + "."
    return Entry(
        when=when, summary=summary, behaviours=(Behaviour.CONTACTING,), channel=channel, account=account,
        source=Source.PHONE_DOWNLOAD, source_reference=f"{source_ref} {locator}",
        exhibits=(ExhibitLink(source_id, locator), *media), people=people,
        evidential_status=EvidentialStatus.EXHIBITED,
        provenance=Provenance(source_id, locator, spec.name),
    )


def zone_note(zone: str) -> str:
    """What an entry says of times that had no zone in the file, read in `zone`."""
    place = "UK local time" if zone == DEFAULT_ZONE else f"local time in {zone}"
    return f"Times as exported, read as {place}."


class EntriesAsRead:
    """The entries of the suspect's contacts, made while the file is still being read (in the
    time a second process parses, services.import_worker).

    Fed the kept contacts and the ids RunningGroups gave them (from `first_id`), as they grow
    (`take`): a group is made into its entry once a later contact on its channel starts
    another, and `ready()` hands out those made, in the order of their ids, as soon as every
    one before them is made. That is right only for a file in time order, as the importer's
    own grouping afterwards is (services.importing._groups): a contact out of order stops it
    (`in_order` False, and `close()` None), and the importer makes them itself, from all the
    contacts."""

    def __init__(self, spec: FormatSpec, *, source_id: int, source_ref: str, zone: str, first_id: int,
                 people: tuple[int, ...] = ()) -> None:
        self.spec, self.source_id, self.source_ref, self.zone, self.people = spec, source_id, source_ref, zone, people
        self.open: dict[Channel | None, tuple[int, list[Contact]]] = {}  # channel -> (entry id, its contacts)
        self.made: dict[int, Entry] = {}  # entry id -> entry, not yet handed out
        self.next_id = first_id  # the id of the next entry to hand out
        self.taken = 0  # contacts taken so far
        self.last: datetime | None = None
        self.in_order = True

    def take(self, kept: Sequence[Contact], ids: Sequence[int]) -> None:
        """The contacts kept since the last call: kept[taken:], with their entry ids."""
        start, self.taken = self.taken, len(kept)
        if not self.in_order:
            return
        for i in range(start, len(kept)):
            contact, entry_id = kept[i], ids[i]
            if self.last is not None and contact.at < self.last:
                self.in_order, self.open, self.made = False, {}, {}
                return
            self.last = contact.at
            current = self.open.get(contact.channel)
            if current is None or current[0] != entry_id:
                if current is not None:
                    self._make(*current)
                current = self.open[contact.channel] = (entry_id, [])
            current[1].append(contact)

    def ready(self) -> list[Entry]:
        """The entries made since the last call whose ids follow on from those handed out."""
        out = []
        while self.next_id in self.made:
            out.append(self.made.pop(self.next_id))
            self.next_id += 1
        return out

    def close(self) -> list[Entry] | None:
        """Once every contact is taken: the entries not yet handed out, in the order of their
        ids; None if the contacts came out of time order."""
        if not self.in_order:
            return None
        for group in self.open.values():
            self._make(*group)
        self.open = {}
        return self.ready()

    def _make(self, entry_id: int, members: list[Contact]) -> None:
        note = zone_note(self.zone) if any(c.zone_assumed for c in members) else ""
        self.made[entry_id] = group_entry(self.spec, members, source_id=self.source_id, source_ref=self.source_ref,
                                          zone=self.zone, people=self.people, zone_note=note)


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"


def _behaviours(text: str) -> tuple[Behaviour, ...]:
    found = []
    for part in text.replace(";", ",").replace("/", ",").split(","):
        key = " ".join(part.split()).casefold()
        for b in Behaviour:
            if key and key in (b.value.replace("_", " "), b.label.casefold(), b.value):
                found.append(b)
    return tuple(dict.fromkeys(found))


def _source(text: str, default: Source) -> Source:
    key = " ".join(text.split()).casefold()
    return next((s for s in Source if key in (s.value.replace("_", " "), s.label.casefold())), default)


def row_entry(spec: FormatSpec, row: ParsedEntry, *, source_id: int, source_ref: str,
              people: Mapping[str, int] = {}, zone_note: str = "") -> Entry:
    """The chronology entry for one row of a diary or spreadsheet chronology.

    `people` maps case-folded names (and aliases) of people in the case to their ids, so that
    witnesses written by name are linked to them."""
    behaviours = _behaviours(row.behaviour)
    witnesses = tuple(dict.fromkeys(
        people[k] for k in (" ".join(w.split()).casefold() for w in row.witnesses.replace(";", ",").split(","))
        if k in people))
    lines = [row.description]
    if row.witnesses:
        lines.append(f"Witnesses (as written): {row.witnesses}")
    if row.behaviour and not behaviours:
        lines.append(f"Behaviour (as written): {row.behaviour}")
    if row.exhibits:
        lines.append(f"Exhibits (as written): {row.exhibits}")
    if zone_note and row.when.precision in (Precision.MINUTE, Precision.EXACT):
        lines.append(zone_note)
    lines.append(f"From {row.locator} of exhibit {source_ref}.")
    return Entry(
        when=row.when, summary=_first_line(row.description), behaviours=behaviours, account="\n".join(lines),
        location=row.location, source=_source(row.source, Source.VICTIM_ACCOUNT),
        source_reference=f"{source_ref} {row.locator}", witnesses=witnesses,
        exhibits=(ExhibitLink(source_id, row.locator),), evidential_status=EvidentialStatus.ACCOUNT_ONLY,
        provenance=Provenance(source_id, row.locator, spec.name),
    )
