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
    records: int = 0  # every contact, kept or passed on
    by_kind: dict[str, int] = field(default_factory=dict)
    participants: dict[str, Participant] = field(default_factory=dict)
    cited: dict[str, int] = field(default_factory=dict)  # attachment name -> seq of the record citing it
    skipped: list[Skipped] = field(default_factory=list)
    out_of_order: int = 0
    ambiguous: int = 0
    zone_assumed: int = 0


Row = tuple[Any, ...]
# Rows ready for the store's driver, in its contact_record column order: (case id, source
# exhibit id, then ContactRecord's fields in order as stored: channel by value, the time as
# integer microseconds since 1970 UTC, zone_assumed as 0 or 1 (the driver binds a bool by a
# slower path), flags joined by commas; then the entry id or None).
# store.repos.records.RecordRepo.insert_rows takes them (tests/importers check the layout).
Sink = Callable[[list[Row]], object]
EntryOf = Callable[[Channel | None, datetime], int]  # the entry id of a suspect's contact (RunningGroups)


def stage(spec: FormatSpec, records: Iterable[ParsedRecord], *, zone: str, suspects: frozenset[str],
          victim: frozenset[str] = frozenset(), tick: Callable[[int], None] | None = None,
          sink: Sink | None = None, batch: int = 50_000, entry_of: EntryOf | None = None,
          source: tuple[int, int] = (0, 0), staged: Staged | None = None) -> Staged:
    """Convert every record. The suspect's contacts (made or attempted by them) are kept for
    grouping. With a `sink`, every contact also goes to it as a row for the store (`source`:
    the case and source exhibit ids the rows start with), in lists of `batch` as soon as they
    are ready, so that a million-row log is never held whole: the suspect's with the entry id
    `entry_of` gives (required with a sink), the others with none. No sink: a preview.

    A record with no direction is "incoming" when it is from the suspect and "outgoing" when
    it is from the victim (a WhatsApp export names people, not directions).

    `staged`: the Staged to fill and return, for a caller that reads its kept contacts as
    they grow (from the sink); a new one otherwise."""
    if sink is not None and entry_of is None:
        raise TypeError("stage(): a sink needs entry_of, to give the suspect's contacts their entries")
    out = Staged() if staged is None else staged
    kept, skipped, by_kind, cited = out.kept, out.skipped, out.by_kind, out.cited
    clock, identity_of = LocalClock(zone), IdentityCache()
    offsets = clock.offsets  # the clock's per-hour cache, read inline: this loop runs a million times
    stats: dict[str, list[Any]] = {}  # identity -> [count, first, last, names]
    identities: dict[str, str] = {}  # raw -> normalised, read inline (IdentityCache is a call per record)
    default_channel, ordered = spec.channel, spec.ordered
    new, utc = tuple.__new__, UTC
    # Times as the time since 1970 `since` (for the row's microseconds) and aware `at`, by
    # adding and subtracting epochs: exact, and a fifth of the cost of replace(tzinfo=...).
    utc_epoch, naive_epoch, micro = datetime(1970, 1, 1, tzinfo=UTC), datetime(1970, 1, 1), timedelta(microseconds=1)
    case_id, source_id = source
    previous: datetime | None = None
    passed: list[Row] = []
    kept_entry = out.kept_entry
    n = ambiguous = assumed_count = out_of_order = 0
    for seq, locator, kind, when, direction, sender, display_name, body, duration, attachment, flags, channel \
            in records:
        assumed = when.tzinfo is None
        since = None
        if assumed:
            assumed_count += 1
            offset = offsets.get(when.toordinal() * 24 + when.hour)
            if offset is not None:
                since = when - offset - naive_epoch
                at = utc_epoch + since
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
        channel = channel or default_channel
        entry_id = None
        if from_suspect:
            kept.append(new(Contact, (kind, at, identity, direction, channel, assumed, display_name, body, duration,
                                      attachment, locator, seq, flags)))
            if entry_of is not None:
                kept_entry.append(entry_id := entry_of(channel, at))
        if sink is not None:
            if since is None:
                since = at - utc_epoch
            passed.append((case_id, source_id, seq, locator, kind, None if channel is None else channel._value_,
                           since // micro, 1 if assumed else 0, direction, identity, display_name, body,
                           duration, attachment, ",".join(flags) if flags else "", entry_id))
            if len(passed) >= batch:
                sink(passed)
                passed = []
        n += 1
        if tick is not None and n % TICK == 0:
            tick(n)
    if sink is not None and passed:
        sink(passed)
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
