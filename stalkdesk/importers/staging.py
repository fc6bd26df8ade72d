"""From parsed records to contacts ready to store: times to UTC, identities compared, flags.

The same for every format, and pure: the import service feeds it a parser's records and
stores what comes out. This is the per-record hot loop of a million-row import, so it works
on plain tuples and caches whatever repeats (zone offsets per hour, normalised numbers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from stalkdesk.domain.vocab import Channel
from stalkdesk.importers.base import FormatSpec, ParsedRecord, Skipped
from stalkdesk.importers.clock import AMBIGUOUS, LocalClock, NonexistentTimeError
from stalkdesk.importers.grouping import DEFAULT_WINDOW, Contact, group_times
from stalkdesk.importers.identity import IdentityCache

OUT_OF_ORDER = "out_of_order"
FROM_SUSPECT = frozenset({"incoming", "missed", "rejected"})  # contact made or attempted by them
TICK = 8192  # records between progress reports


@dataclass
class Participant:
    """Someone in the source, with how much of it is theirs."""

    identity: str
    names: set[str] = field(default_factory=set)
    count: int = 0
    first: datetime | None = None
    last: datetime | None = None


@dataclass
class Staged:
    kept: list[Contact] = field(default_factory=list)  # the suspect's contacts, held for grouping
    kept_entry: list[int] = field(default_factory=list)  # the entry id each was stored with (if stored)
    kept_in_order: bool = True  # each of the suspect's contacts no earlier than the one before
    records: int = 0  # every contact, kept or passed on
    by_kind: dict[str, int] = field(default_factory=dict)
    participants: dict[str, Participant] = field(default_factory=dict)
    cited: dict[str, int] = field(default_factory=dict)  # attachment name -> seq of the record citing it
    skipped: list[Skipped] = field(default_factory=list)
    out_of_order: int = 0
    ambiguous: int = 0
    zone_assumed: int = 0


Sink = Callable[[list[Contact], list[int | None]], None]  # contacts to store, with their entry ids
EntryOf = Callable[[Channel | None, datetime], int]  # the entry id of a suspect's contact (RunningGroups)


def stage(spec: FormatSpec, records: Iterable[ParsedRecord], *, zone: str, suspects: frozenset[str],
          victim: frozenset[str] = frozenset(), tick: Callable[[int], None] | None = None,
          sink: Sink | None = None, batch: int = 50_000, entry_of: EntryOf | None = None) -> Staged:
    """Convert every record. The suspect's contacts (made or attempted by them) are kept for
    grouping. Contacts go to `sink` in lists of `batch` as soon as they are ready (to be
    stored: so a million-row log is not held whole), each with its entry id: none for a
    contact not grouped, and for the suspect's the id `entry_of` gives (without it, the
    suspect's contacts are not passed on, but stored by the caller once grouped). No sink:
    nothing is passed on (a preview).

    A record with no direction is "incoming" when it is from the suspect and "outgoing" when
    it is from the victim (a WhatsApp export names people, not directions)."""
    out = Staged()
    kept, skipped, by_kind, cited = out.kept, out.skipped, out.by_kind, out.cited
    clock, identity_of = LocalClock(zone), IdentityCache()
    offsets = clock.offsets  # the clock's per-hour cache, read inline: this loop runs a million times
    stats: dict[str, list[Any]] = {}  # identity -> [count, first, last, names]
    identities: dict[str, str] = {}  # raw -> normalised, read inline (IdentityCache is a call per record)
    default_channel, ordered = spec.channel, spec.ordered
    new, utc = tuple.__new__, UTC
    utc_epoch, naive_epoch = datetime(1970, 1, 1, tzinfo=UTC), datetime(1970, 1, 1)
    previous: datetime | None = None
    passed: list[Contact] = []
    passed_ids: list[int | None] = []
    kept_entry = out.kept_entry
    if sink is None:
        entry_of = None  # nothing is stored: no entry ids to give
    n = ambiguous = assumed_count = out_of_order = 0
    for seq, locator, kind, when, direction, sender, display_name, body, duration, attachment, flags, channel \
            in records:
        assumed = when.tzinfo is None
        if assumed:
            assumed_count += 1
            offset = offsets.get(when.toordinal() * 24 + when.hour)
            if offset is not None:  # (when - offset).replace(tzinfo=utc), a fifth of the cost
                at = utc_epoch - offset + (when - naive_epoch)
            else:
                try:
                    at, twice = clock.to_utc(when)
                except NonexistentTimeError:
                    skipped.append(Skipped(locator, f"{when:%d/%m/%Y %H:%M} never happened in {zone} time: "
                                                    "the clocks went forward then"))
                    assumed_count -= 1
                    continue
                if twice:
                    flags += (AMBIGUOUS,)
                    ambiguous += 1
        else:
            at = when.astimezone(utc)
        if ordered and previous is not None and at < previous:
            flags += (OUT_OF_ORDER,)
            out_of_order += 1
        previous = at
        identity = identities.get(sender)
        if identity is None:
            identity = identities[sender] = identity_of(sender) if sender else ""
        from_suspect = False
        if identity in suspects:
            if direction == "unknown":
                direction = "incoming"
            from_suspect = direction in FROM_SUSPECT and kind != "system"
        elif direction == "unknown" and identity in victim:
            direction = "outgoing"
        if identity:
            st = stats.get(identity)
            if st is None:
                st = stats[identity] = [0, at, at, set()]
            st[0] += 1
            if at < st[1]:
                st[1] = at
            elif at > st[2]:
                st[2] = at
            if display_name:
                st[3].add(display_name)
        if attachment:
            cited.setdefault(attachment, seq)
        by_kind[kind] = by_kind.get(kind, 0) + 1
        contact = new(Contact, (kind, at, identity, direction, channel or default_channel, assumed, display_name,
                                body, duration, attachment, locator, seq, flags))
        if from_suspect:
            if kept and at < kept[-1][1]:
                out.kept_in_order = False
            kept.append(contact)
            if entry_of is not None:
                passed.append(contact)
                passed_ids.append(entry_id := entry_of(contact[4], at))
                kept_entry.append(entry_id)
        elif sink is not None:
            passed.append(contact)
            passed_ids.append(None)
        if sink is not None and len(passed) >= batch:
            sink(passed, passed_ids)
            passed, passed_ids = [], []
        n += 1
        if tick is not None and n % TICK == 0:
            tick(n)
    if sink is not None and passed:
        sink(passed, passed_ids)
    out.participants = {i: Participant(i, names, count, first, last)
                        for i, (count, first, last, names) in stats.items()}
    out.records, out.ambiguous, out.zone_assumed, out.out_of_order = n, ambiguous, assumed_count, out_of_order
    return out


def groups(staged: Staged, window: timedelta = DEFAULT_WINDOW) -> list[list[int]]:
    """The suspect's contacts in groups (positions in staged.kept), one channel per group, in
    time order of their first contact."""
    by_channel: dict[Channel | None, list[int]] = {}
    for i, contact in enumerate(staged.kept):
        by_channel.setdefault(contact.channel, []).append(i)
    found: list[list[int]] = []
    for rows in by_channel.values():
        times = [staged.kept[i].at for i in rows]
        found.extend([rows[j] for j in group] for group in group_times(times, window))
    found.sort(key=lambda g: (staged.kept[g[0]].at, staged.kept[g[0]].seq))
    return found
