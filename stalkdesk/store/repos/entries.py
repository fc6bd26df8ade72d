"""Chronology entries: stable item numbers, soft delete, links to people and exhibits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import delete, func, literal, or_, select, update
from sqlmodel import Session

from stalkdesk.domain.query import EntryOrder, EntryQuery
from stalkdesk.domain.records import Entry, ExhibitLink, Provenance
from stalkdesk.domain.vocab import Behaviour, Channel, DisclosureStatus, EvidentialStatus, Source
from stalkdesk.domain.when import Precision, When
from stalkdesk.errors import NotFound
from stalkdesk.store import audit, sqlite
from stalkdesk.store.database import Database
from stalkdesk.store.tables import CaseRow, EntryExhibitRow, EntryPersonRow, EntryRow, ExhibitRow


def _values(e: Entry) -> dict[str, object]:
    """The entry's own columns (not its links), as the table stores them."""
    prov = e.provenance
    return {
        "start_utc": e.when.start,
        "end_utc": e.when.end,
        "precision": e.when.precision.value,
        "zone": e.when.zone,
        "approx_text": e.when.approx_text,
        "reported_at": e.reported_at,
        "behaviours": ",".join(b.value for b in e.behaviours),
        "channel": e.channel.value if e.channel else None,
        "summary": e.summary,
        "account": e.account,
        "location": e.location,
        "source": e.source.value,
        "source_reference": e.source_reference,
        "evidential_status": e.evidential_status.value,
        "disclosure": e.disclosure.value,
        "disclosure_reason": e.disclosure_reason,
        "prov_exhibit_id": prov.exhibit_id if prov else None,
        "prov_locator": prov.locator if prov else "",
        "prov_importer": prov.importer if prov else "",
    }


def _driver_values(e: Entry) -> dict[str, object]:
    """`_values` with times as SQLAlchemy stores them, for rows written straight to the driver."""
    return {k: sqlite.db_time(v) if isinstance(v, datetime) else v for k, v in _values(e).items()}


def _next_id(s: Session) -> int:
    return int(s.exec(select(func.max(EntryRow.id))).scalar() or 0) + 1


def _case(s: Session, case_id: int) -> CaseRow:
    case = s.get(CaseRow, case_id)
    if case is None:
        raise NotFound(f"There is no case with id {case_id}.")
    return case


def _check_first_id(s: Session, wanted: int) -> None:
    """The id the next entry gets must be `wanted` (records stored before their entries refer to it)."""
    base = _next_id(s)
    if wanted != base:
        raise RuntimeError(f"entries were to start at id {wanted}, but the next free id is {base}")


def _numbered_on(s: Session, actor: str, case: CaseRow, first_item: int, count: int, first_id: int,
                 summary: str, now: datetime) -> None:
    """After `count` entries added from item `first_item` (id `first_id`): the case's next item
    number moved past them, and the one audit row for all of them."""
    case.next_item_number = first_item + count
    case.updated_at = now
    audit.record(s, actor, "create", "entry", first_id if count == 1 else None, case.id, summary)


def _insert(s: Session, case_id: int, entries: Sequence[Entry], first_id: int, first_item: int,
            now: datetime) -> None:
    """Rows for the entries and their links, with consecutive ids and item numbers.

    Ids are given here, not returned: BEGIN IMMEDIATE makes this the only writer, and a plain
    executemany (every row with the same columns) is what keeps a 100,000-row import in
    seconds. RETURNING, or rows that leave out their NULL columns, split the batch into many
    statements. Plain rows straight to the driver, as the records of an import are:
    SQLAlchemy's per-row work was half of adding ten thousand imported entries."""
    ids = range(first_id, first_id + len(entries))
    stamp, conn = sqlite.db_time(now), s.connection()
    values = [_driver_values(e) for e in entries]
    sqlite.executemany(
        conn, "entry", ("id", "case_id", "item_number", *values[0], "deleted", "created_at", "updated_at"),
        [(i, case_id, first_item + n, *v.values(), False, stamp, stamp)
         for n, (i, v) in enumerate(zip(ids, values, strict=True))])
    people = [(i, p, role) for i, e in zip(ids, entries, strict=True)
              for role, group in (("involved", e.people), ("witness", e.witnesses))
              for p in dict.fromkeys(group)]
    links = [(i, x.exhibit_id, x.locator) for i, e in zip(ids, entries, strict=True)
             for x in {lk.exhibit_id: lk for lk in e.exhibits}.values()]
    if people:
        sqlite.executemany(conn, "entry_person", ("entry_id", "person_id", "role"), people)
    if links:
        sqlite.executemany(conn, "entry_exhibit", ("entry_id", "exhibit_id", "locator"), links)


class EntryBatches:
    """Entries an import adds in batches as it makes them, all inside its one transaction:
    ids from `first_id` and item numbers from the case's next, consecutive across batches, as
    add_many gives them. `finish` then moves the case's next item number on and writes the
    one audit row; `discard` removes every entry added (the import makes them again)."""

    def __init__(self, db: Database, case_id: int, first_id: int) -> None:
        self.db, self.case_id, self.first_id = db, case_id, first_id
        self.first_item: int | None = None  # read from the case with the first batch
        self.count = 0

    def add(self, entries: Sequence[Entry]) -> None:
        if not entries:
            return
        with self.db.write() as s:
            if self.first_item is None:
                self.first_item = _case(s, self.case_id).next_item_number
                _check_first_id(s, self.first_id)
            _insert(s, self.case_id, entries, self.first_id + self.count, self.first_item + self.count,
                    datetime.now(UTC))
        self.count += len(entries)

    def discard(self) -> None:
        if not self.count:
            return
        ids = (self.first_id, self.first_id + self.count)
        with self.db.write() as s:
            for table in (EntryPersonRow, EntryExhibitRow):
                s.exec(delete(table).where(table.entry_id >= ids[0], table.entry_id < ids[1]))  # type: ignore[arg-type]
            s.exec(delete(EntryRow).where(EntryRow.id >= ids[0], EntryRow.id < ids[1]))  # type: ignore[arg-type,operator]
        self.count, self.first_item = 0, None

    def finish(self, summary: str) -> tuple[int, int] | None:
        """The case's next item number moved on, and one audit row (`summary`): the first and
        last item numbers added, if any."""
        if not self.count or self.first_item is None:
            return None
        with self.db.write() as s:
            _numbered_on(s, self.db.actor, _case(s, self.case_id), self.first_item, self.count, self.first_id,
                         summary, datetime.now(UTC))
        return self.first_item, self.first_item + self.count - 1


def _apply(row: EntryRow, e: Entry) -> None:
    for name, value in _values(e).items():
        setattr(row, name, value)


def to_entry(
    row: EntryRow, people: Sequence[EntryPersonRow] = (), links: Sequence[tuple[EntryExhibitRow, str]] = ()
) -> Entry:
    return Entry(
        when=When(row.start_utc, Precision(row.precision), row.zone, row.end_utc, row.approx_text),
        summary=row.summary,
        behaviours=tuple(Behaviour(b) for b in row.behaviours.split(",") if b),
        channel=Channel(row.channel) if row.channel else None,
        account=row.account,
        location=row.location,
        source=Source(row.source),
        source_reference=row.source_reference,
        reported_at=row.reported_at,
        people=tuple(p.person_id for p in people if p.role == "involved"),
        witnesses=tuple(p.person_id for p in people if p.role == "witness"),
        exhibits=tuple(ExhibitLink(link.exhibit_id, link.locator, ref) for link, ref in links),
        evidential_status=EvidentialStatus(row.evidential_status),
        disclosure=DisclosureStatus(row.disclosure),
        disclosure_reason=row.disclosure_reason,
        provenance=(
            Provenance(row.prov_exhibit_id, row.prov_locator, row.prov_importer)
            if row.prov_exhibit_id is not None
            else None
        ),
        item_number=row.item_number,
        deleted=row.deleted,
        case_id=row.case_id,
        id=row.id,
    )


class EntryRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, case_id: int, entry: Entry) -> Entry:
        return self.add_many(case_id, [entry])[0]

    def next_id(self) -> int:
        """The id the next entry added will have (inside a transaction, for an import)."""
        with self.db.write() as s:
            return _next_id(s)

    def add_many(self, case_id: int, entries: Sequence[Entry], summary: str = "") -> list[Entry]:
        """Add entries in one transaction with consecutive item numbers; one audit row. (An
        import whose records refer to their entries' ids adds them with `batches`.)"""
        if not entries:
            return []
        now = datetime.now(UTC)
        with self.db.write() as s:
            case = _case(s, case_id)
            first, base = case.next_item_number, _next_id(s)
            _insert(s, case_id, entries, base, first, now)
            last = first + len(entries) - 1
            what = summary or (f"Added item {first}" if first == last else f"Added items {first}-{last}")
            _numbered_on(s, self.db.actor, case, first, len(entries), base, what, now)
            return [replace(e, id=base + n, item_number=first + n, case_id=case_id, deleted=False)
                    for n, e in enumerate(entries)]

    def batches(self, case_id: int, first_id: int) -> EntryBatches:
        """Entries an import adds as it makes them, inside its transaction (see EntryBatches)."""
        if not self.db.in_transaction():
            raise RuntimeError("entries are added in batches only inside a transaction: all of them or none")
        return EntryBatches(self.db, case_id, first_id)

    def update(self, entry: Entry) -> Entry:
        with self.db.write() as s:
            row = _get(s, entry.id)
            _apply(row, entry)
            row.updated_at = datetime.now(UTC)
            assert row.id is not None
            s.exec(delete(EntryPersonRow).where(EntryPersonRow.entry_id == row.id))
            s.exec(delete(EntryExhibitRow).where(EntryExhibitRow.entry_id == row.id))
            _write_links(s, row.id, entry)
            audit.record(s, self.db.actor, "alter", "entry", row.id, row.case_id, f"Changed item {row.item_number}")
        return self.get(row.id)

    def set_deleted(self, entry_ids: Iterable[int], deleted: bool) -> None:
        """Soft delete (or restore) entries: the row and its item number stay."""
        ids = list(entry_ids)
        with self.db.write() as s:
            rows = s.exec(select(EntryRow).where(EntryRow.id.in_(ids))).scalars().all()
            for row in rows:
                row.deleted = deleted
                row.updated_at = datetime.now(UTC)
                audit.record(s, self.db.actor, "delete" if deleted else "restore", "entry",
                             row.id, row.case_id, f"{'Deleted' if deleted else 'Restored'} item {row.item_number}")

    def get(self, entry_id: int) -> Entry:
        return self.get_many([entry_id])[0]

    def get_many(self, entry_ids: Sequence[int]) -> list[Entry]:
        """Entries in the order asked for (the Qt model fills its row cache this way)."""
        with self.db.read() as s:
            rows = {r.id: r for r in s.exec(select(EntryRow).where(EntryRow.id.in_(entry_ids))).scalars()}
            missing = [i for i in entry_ids if i not in rows]
            if missing:
                raise NotFound(f"There is no chronology entry with id {missing[0]}.")
            people: dict[int, list[EntryPersonRow]] = {}
            for p in s.exec(select(EntryPersonRow).where(EntryPersonRow.entry_id.in_(entry_ids))).scalars():
                people.setdefault(p.entry_id, []).append(p)
            links: dict[int, list[tuple[EntryExhibitRow, str]]] = {}
            q = (select(EntryExhibitRow, ExhibitRow.reference)
                 .join(ExhibitRow, ExhibitRow.id == EntryExhibitRow.exhibit_id)
                 .where(EntryExhibitRow.entry_id.in_(entry_ids)))
            for link, ref in s.exec(q).all():
                links.setdefault(link.entry_id, []).append((link, ref))
            return [to_entry(rows[i], people.get(i, ()), links.get(i, ())) for i in entry_ids]

    def ids(self, case_id: int, query: EntryQuery | None = None) -> list[int]:
        """Entry ids of a case matching the query, in its order (default: when it happened).

        Only ids: the chronology view keeps these and fetches rows as they scroll into
        sight, so a 100,000-entry case costs one narrow index scan here."""
        q_ = query or EntryQuery()
        q = select(EntryRow.id).where(EntryRow.case_id == case_id)
        if not q_.include_deleted:
            q = q.where(EntryRow.deleted == False)  # noqa: E712
        if sqlite.fts_query(q_.text):
            q = q.where(EntryRow.id.in_(sqlite.fts_entry_ids(q_.text)))
        if q_.behaviours:
            # Codes are stored comma-joined; wrapping both sides in commas makes the match exact.
            padded = literal(",") + EntryRow.behaviours + literal(",")
            q = q.where(or_(*(padded.contains(f",{b.value},") for b in sorted(q_.behaviours))))
        for column, wanted in ((EntryRow.channel, q_.channels), (EntryRow.source, q_.sources),
                               (EntryRow.evidential_status, q_.evidential), (EntryRow.disclosure, q_.disclosure)):
            if wanted:
                q = q.where(column.in_(sorted(w.value for w in wanted)))
        if q_.start is not None:
            q = q.where(EntryRow.start_utc >= q_.start)
        if q_.end is not None:
            q = q.where(EntryRow.start_utc < q_.end)
        # Time order comes straight from the covering index (no sort) only if ORDER BY is
        # exactly its columns; other orders sort, with time and item number as tie-breaks.
        keys = [_ORDER[q_.order]] if q_.order != EntryOrder.TIME else []
        keys += [EntryRow.start_utc, EntryRow.item_number]
        if q_.descending:
            keys = [keys[0].desc(), *keys[1:]] if len(keys) == 3 else [k.desc() for k in keys]
        q = q.order_by(*keys)
        with self.db.read() as s:
            # Core execute, not the ORM: 100,000 plain ints need no identity map.
            return list(s.connection().execute(q).scalars())

    def ids_citing(self, exhibit_id: int) -> list[int]:
        """Entries (not deleted) that cite an exhibit, by when they happened: the viewer's list."""
        q = (select(EntryRow.id).join(EntryExhibitRow, EntryExhibitRow.entry_id == EntryRow.id)
             .where(EntryExhibitRow.exhibit_id == exhibit_id, EntryRow.deleted == False)  # noqa: E712
             .order_by(EntryRow.start_utc, EntryRow.item_number))
        with self.db.read() as s:
            return list(s.exec(q).scalars().all())

    def list(self, case_id: int, include_deleted: bool = False) -> list[Entry]:
        ids = self.ids(case_id, EntryQuery(include_deleted=include_deleted))
        return self.get_many(ids) if ids else []

    def bulk_set(self, entry_ids: Sequence[int], **values: str) -> None:
        """Set statuses on many entries at once (bulk edit), one audit row each."""
        allowed = {"evidential_status", "disclosure", "behaviours"}
        if not set(values) <= allowed:
            raise ValueError(f"bulk_set takes only {sorted(allowed)}")
        with self.db.write() as s:
            s.exec(update(EntryRow).where(EntryRow.id.in_(entry_ids)).values(**values, updated_at=datetime.now(UTC)))
            for row in s.exec(select(EntryRow).where(EntryRow.id.in_(entry_ids))).scalars():
                audit.record(s, self.db.actor, "alter", "entry", row.id, row.case_id,
                             f"Changed item {row.item_number}: {', '.join(sorted(values))}")


_ORDER = {
    EntryOrder.TIME: EntryRow.start_utc,
    EntryOrder.ITEM: EntryRow.item_number,
    EntryOrder.CHANNEL: EntryRow.channel,
    EntryOrder.SOURCE: EntryRow.source,
    EntryOrder.SUMMARY: EntryRow.summary,
}


def _get(s: Session, entry_id: int | None) -> EntryRow:
    row = s.get(EntryRow, entry_id) if entry_id is not None else None
    if row is None:
        raise NotFound(f"There is no chronology entry with id {entry_id}.")
    return row


def _write_links(s: Session, entry_id: int, e: Entry) -> None:
    for pid in dict.fromkeys(e.people):
        s.add(EntryPersonRow(entry_id=entry_id, person_id=pid, role="involved"))
    for pid in dict.fromkeys(e.witnesses):
        s.add(EntryPersonRow(entry_id=entry_id, person_id=pid, role="witness"))
    for link in {lk.exhibit_id: lk for lk in e.exhibits}.values():
        s.add(EntryExhibitRow(entry_id=entry_id, exhibit_id=link.exhibit_id, locator=link.locator))
