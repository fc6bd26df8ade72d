"""Text redaction spans (suggested, accepted, dismissed) and the image redactions' record.

Every change is audited in its own transaction. A scan's new suggestions go in as one
write with one audit row (as an import does), so a case of a thousand messages costs one
commit; decisions are one row each, with the officer's reason in the audit row too.
"""

from __future__ import annotations

import builtins
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session

from stalkdesk.domain.redaction.spans import KIND_LABELS, Status, TextRedaction
from stalkdesk.errors import NotFound
from stalkdesk.store import audit
from stalkdesk.store.database import Database
from stalkdesk.store.tables import (
    AuditRow,
    ContactRecordRow,
    DerivativeRow,
    EntryRow,
    ExhibitRow,
    TextRedactionRow,
)

RECORD_PAGE = 5000


def _utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _to(r: TextRedactionRow) -> TextRedaction:
    return TextRedaction(
        case_id=r.case_id, target=r.target, field=r.field, start=r.start, end=r.end, text=r.text, kind=r.kind,
        status=Status(r.status), reason=r.reason, decided_by=r.decided_by, decided_at=_utc(r.decided_at),
        entry_id=r.entry_id, record_id=r.record_id, exhibit_id=r.exhibit_id, created_at=_utc(r.created_at), id=r.id)


def _counted(items: Sequence[TextRedaction]) -> str:
    kinds = Counter(KIND_LABELS.get(i.kind, i.kind) for i in items)
    return ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))


@dataclass(frozen=True, slots=True)
class RecordText:
    """An imported record's text, where it came from, and the entry that groups it."""

    id: int
    body: str
    source_exhibit_id: int
    seq: int
    entry_id: int | None


@dataclass(frozen=True, slots=True)
class Decision:
    """One span to decide: its id, how the officer names its place, and new offsets if it moved."""

    redaction_id: int
    where: str
    anchor: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class ImageRedaction:
    """A redacted version of an image exhibit, with its parameters and who made it."""

    exhibit_id: int
    reference: str
    version: int
    params: dict[str, Any]
    note: str
    created_at: datetime
    created_by: str


class RedactionRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, case_id: int, status: Status | None = None) -> list[TextRedaction]:
        q = select(TextRedactionRow).where(TextRedactionRow.case_id == case_id)
        if status is not None:
            q = q.where(TextRedactionRow.status == status.value)
        with self.db.read() as s:
            return [_to(r) for r in s.exec(q.order_by(TextRedactionRow.id)).scalars()]

    def get(self, redaction_id: int) -> TextRedaction:
        with self.db.read() as s:
            return _to(self._row(s, redaction_id))

    def get_many(self, redaction_ids: Sequence[int]) -> builtins.list[TextRedaction]:
        """Several spans, in the order asked for; NotFound names the first id that is not stored."""
        ids = builtins.list(dict.fromkeys(redaction_ids))
        rows: dict[int, TextRedaction] = {}
        with self.db.read() as s:
            for start in range(0, len(ids), RECORD_PAGE):
                q = select(TextRedactionRow).where(TextRedactionRow.id.in_(ids[start:start + RECORD_PAGE]))
                rows.update((r.id, _to(r)) for r in s.exec(q).scalars())
        missing = [i for i in ids if i not in rows]
        if missing:
            raise NotFound(f"There is no redaction suggestion with id {missing[0]}.")
        return [rows[i] for i in ids]

    @staticmethod
    def _row(s: Session, redaction_id: int) -> TextRedactionRow:
        row = s.get(TextRedactionRow, redaction_id)
        if row is None:
            raise NotFound(f"There is no redaction suggestion with id {redaction_id}.")
        return row

    def add_many(self, case_id: int, items: Sequence[TextRedaction]) -> builtins.list[TextRedaction]:
        """Store new suggestions, with one audit row for the lot."""
        if not items:
            return []
        now = datetime.now(UTC)
        with self.db.write() as s:
            rows = [TextRedactionRow(
                case_id=case_id, target=i.target, entry_id=i.entry_id, record_id=i.record_id,
                exhibit_id=i.exhibit_id, field=i.field, start=i.start, end=i.end, text=i.text, kind=i.kind,
                status=Status.SUGGESTED.value, created_at=now, updated_at=now) for i in items]
            s.add_all(rows)
            s.flush()
            audit.record(s, self.db.actor, "create", "text_redaction", None, case_id,
                         f"Scan suggested {len(rows)} redactions ({_counted(items)})")
            return [_to(r) for r in rows]

    def move(self, case_id: int, moves: Sequence[tuple[int, int, int]]) -> None:
        """Re-anchor suggestions whose words moved when their text was edited: (id, start, end)."""
        if not moves:
            return
        with self.db.write() as s:
            for redaction_id, start, end in moves:
                row = self._row(s, redaction_id)
                row.start, row.end, row.updated_at = start, end, datetime.now(UTC)
            audit.record(s, self.db.actor, "alter", "text_redaction", None, case_id,
                         f"Re-anchored {len(moves)} redaction suggestions to edited text")

    def withdraw(self, case_id: int, ids: Sequence[int]) -> None:
        """Remove suggestions (never decisions) whose words are no longer in their text."""
        if not ids:
            return
        with self.db.write() as s:
            s.exec(delete(TextRedactionRow).where(TextRedactionRow.id.in_(list(ids)),
                                                  TextRedactionRow.status == Status.SUGGESTED.value))
            audit.record(s, self.db.actor, "delete", "text_redaction", None, case_id,
                         f"Withdrew {len(ids)} redaction suggestions: their text was edited away")

    def decide(self, redaction_id: int, status: Status, reason: str, where: str,
               anchor: tuple[int, int] | None = None) -> TextRedaction:
        """Accept or dismiss one span with the officer's reason; `where` names it for the audit row."""
        return self.decide_many([Decision(redaction_id, where, anchor)], status, reason)[0]

    def decide_many(self, decisions: Sequence[Decision], status: Status, reason: str
                    ) -> builtins.list[TextRedaction]:
        """Accept or dismiss many spans with one reason, in one transaction: all or none, one
        audit row each (naming the span's place, with the reason)."""
        if not decisions:
            return []
        now = datetime.now(UTC)
        verb = {Status.ACCEPTED: "Accepted", Status.DISMISSED: "Dismissed"}.get(status, "Reopened")
        done = []
        with self.db.write() as s:
            ids = [d.redaction_id for d in decisions]
            rows: dict[int | None, TextRedactionRow] = {}
            for start in range(0, len(ids), RECORD_PAGE):
                q = select(TextRedactionRow).where(TextRedactionRow.id.in_(ids[start:start + RECORD_PAGE]))
                rows.update((r.id, r) for r in s.exec(q).scalars())
            for d in decisions:
                row = rows.get(d.redaction_id)
                if row is None:
                    raise NotFound(f"There is no redaction suggestion with id {d.redaction_id}.")
                if d.anchor is not None:
                    row.start, row.end = d.anchor
                row.status, row.reason = status.value, reason
                row.decided_by, row.decided_at, row.updated_at = self.db.actor, now, now
                audit.record(s, self.db.actor, "alter", "text_redaction", row.id, row.case_id,
                             f"{verb} redaction {row.id} ({KIND_LABELS.get(row.kind, row.kind)}) in {d.where}",
                             reason)
                done.append(_to(row))
            return done

    # What is scanned and reported on, beside the repos that own it.

    def record_texts(self, case_id: int) -> Iterator[RecordText]:
        """Imported records with a text body, a page at a time, in id order."""
        after = 0
        while True:
            q = (select(ContactRecordRow.id, ContactRecordRow.body, ContactRecordRow.source_exhibit_id,
                        ContactRecordRow.seq, ContactRecordRow.entry_id)
                 .where(ContactRecordRow.case_id == case_id, ContactRecordRow.id > after,  # type: ignore[operator]
                        ContactRecordRow.body != "")
                 .order_by(ContactRecordRow.id).limit(RECORD_PAGE))
            with self.db.read() as s:
                page = [RecordText(*r) for r in s.exec(q).all()]
            yield from page
            if len(page) < RECORD_PAGE:
                return
            after = page[-1].id

    def entry_texts(self, case_id: int) -> Iterator[tuple[int, str, str, str]]:
        """(id, summary, account, location) of the case's entries not deleted, a page at a time:
        only the scanned columns, none of the links a whole Entry carries."""
        after = 0
        while True:
            q = (select(EntryRow.id, EntryRow.summary, EntryRow.account, EntryRow.location)
                 .where(EntryRow.case_id == case_id, EntryRow.id > after,  # type: ignore[operator]
                        EntryRow.deleted == False)  # noqa: E712
                 .order_by(EntryRow.id).limit(RECORD_PAGE))
            with self.db.read() as s:
                page = [(r[0], r[1], r[2], r[3]) for r in s.exec(q).all()]
            yield from page
            if len(page) < RECORD_PAGE:
                return
            after = page[-1][0]

    def record_text(self, record_id: int) -> RecordText:
        with self.db.read() as s:
            r = s.get(ContactRecordRow, record_id)
            if r is None or r.id is None:
                raise NotFound(f"There is no imported record with id {record_id}.")
            return RecordText(r.id, r.body, r.source_exhibit_id, r.seq, r.entry_id)

    def records_by_id(self, record_ids: Sequence[int]) -> dict[int, RecordText]:
        """Several imported records' texts, in reads of at most a page of ids."""
        found: dict[int, RecordText] = {}
        ids = sorted(set(record_ids))
        for start in range(0, len(ids), RECORD_PAGE):
            q = (select(ContactRecordRow.id, ContactRecordRow.body, ContactRecordRow.source_exhibit_id,
                        ContactRecordRow.seq, ContactRecordRow.entry_id)
                 .where(ContactRecordRow.id.in_(ids[start:start + RECORD_PAGE])))
            with self.db.read() as s:
                found.update((r[0], RecordText(*r)) for r in s.exec(q).all())
        return found

    def image_redactions(self, case_id: int) -> builtins.list[ImageRedaction]:
        """Every redacted version of the case's exhibits, oldest first, with who made it."""
        q = (select(DerivativeRow, ExhibitRow.reference)
             .join(ExhibitRow, ExhibitRow.id == DerivativeRow.exhibit_id)
             .where(ExhibitRow.case_id == case_id, DerivativeRow.kind == "redacted")
             .order_by(DerivativeRow.created_at, DerivativeRow.id))
        with self.db.read() as s:
            rows = s.exec(q).all()
            ids = [d.id for d, _ in rows]
            who: dict[int, str] = dict(s.exec(select(AuditRow.object_id, AuditRow.officer).where(
                AuditRow.object_type == "derivative", AuditRow.action == "create",
                AuditRow.object_id.in_(ids))).all()) if ids else {}
            return [ImageRedaction(d.exhibit_id, ref, d.version, dict(d.params or {}), d.note,
                                   _utc(d.created_at) or datetime.now(UTC), who.get(d.id, ""))
                    for d, ref in rows]
