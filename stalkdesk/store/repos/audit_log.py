"""Reading the audit trail, and recording what is not a change: views, exports, handovers."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, or_, select

from stalkdesk.domain.records import AuditEvent
from stalkdesk.store import audit
from stalkdesk.store.database import Database
from stalkdesk.store.tables import AuditRow, ContinuityRow, DerivativeRow, ImportedAuditRow

# Actions that DPA 2018 s.62 asks to be logged besides changes.
EVENT_ACTIONS = frozenset({"view", "export", "print", "handover"})
# Written at the first successful unlock after wrong passphrases (none can be written before:
# a wrong passphrase must leave every file byte-identical, and the store is closed).
UNLOCK_FAILED = "unlock_failed"
RECORDABLE = EVENT_ACTIONS | {UNLOCK_FAILED}


class AuditRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, action: str, object_type: str, object_id: int | None, case_id: int | None,
               summary: str, reason: str = "") -> AuditEvent:
        """Log a consultation or disclosure (who, what, when, why) in its own transaction."""
        if action not in RECORDABLE:
            raise ValueError(f"audit action {action!r} is recorded with the change itself, not here")
        with self.db.write() as s:
            row = audit.record(s, self.db.actor, action, object_type, object_id, case_id, summary, reason)
            s.flush()
            return audit.to_record(row)

    def events(self, case_id: int | None = None) -> list[AuditEvent]:
        q = select(AuditRow).order_by(AuditRow.seq)
        if case_id is not None:
            q = q.where(AuditRow.case_id == case_id)
        with self.db.read() as s:
            return [audit.to_record(r) for r in s.exec(q).scalars()]

    def head(self) -> tuple[int, str]:
        """The newest row's number and chain hash: printed on exports so truncation shows."""
        with self.db.read() as s:
            last = s.exec(select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
            return (last[0], last[1]) if last else (0, audit.GENESIS)

    # The audit view (GUI): numbers first, rows fetched a page at a time.

    def _where(self, case_id: int | None, exhibit_id: int | None, action: str | None) -> list[object]:
        conds: list[object] = []
        if case_id is not None:
            conds.append(AuditRow.case_id == case_id)
        if exhibit_id is not None:
            # The exhibit itself, its derived copies and its continuity events.
            conds.append(or_(
                and_(AuditRow.object_type == "exhibit", AuditRow.object_id == exhibit_id),
                and_(AuditRow.object_type == "derivative", AuditRow.object_id.in_(
                    select(DerivativeRow.id).where(DerivativeRow.exhibit_id == exhibit_id))),
                and_(AuditRow.object_type == "continuity", AuditRow.object_id.in_(
                    select(ContinuityRow.id).where(ContinuityRow.exhibit_id == exhibit_id)))))
        if action:
            conds.append(AuditRow.action == action)
        return conds

    def seqs(self, case_id: int | None = None, exhibit_id: int | None = None,
             action: str | None = None) -> list[int]:
        """The row numbers of this store's own rows that match, oldest first."""
        q = select(AuditRow.seq).where(*self._where(case_id, exhibit_id, action)).order_by(AuditRow.seq)
        with self.db.read() as s:
            return [int(r) for r in s.exec(q).scalars()]

    def by_seqs(self, seqs: Sequence[int]) -> list[AuditEvent]:
        """The rows with these numbers, in the order given."""
        with self.db.read() as s:
            found = {r.seq: audit.to_record(r) for r in s.exec(
                select(AuditRow).where(AuditRow.seq.in_(list(seqs)))).scalars()}
        return [found[n] for n in seqs if n in found]

    def imported_ids(self, case_id: int, action: str | None = None) -> list[int]:
        """A handed-over case's sender's rows (kept beside this store's chain), oldest first."""
        q = select(ImportedAuditRow.id).where(ImportedAuditRow.case_id == case_id)
        if action:
            q = q.where(ImportedAuditRow.action == action)
        with self.db.read() as s:
            return [int(r) for r in s.exec(q.order_by(ImportedAuditRow.id)).scalars()]

    def imported_by_ids(self, ids: Sequence[int]) -> list[tuple[AuditEvent, str]]:
        """Imported rows as events (with their case id in this store) and the bundle's SHA-256."""
        with self.db.read() as s:
            rows = s.exec(select(ImportedAuditRow).where(ImportedAuditRow.id.in_(list(ids)))).scalars()
            found = {r.id: (AuditEvent(seq=r.seq, at=r.at, officer=r.officer, action=r.action,
                                       object_type=r.object_type, object_id=r.object_id, case_id=r.case_id,
                                       summary=r.summary, reason=r.reason, prev_hash=r.prev_hash, hash=r.hash),
                            r.bundle_sha256) for r in rows}
        return [found[i] for i in ids if i in found]

    def actions(self, case_id: int | None = None, exhibit_id: int | None = None) -> list[str]:
        """The actions that occur among the matching rows (imported ones included), sorted."""
        with self.db.read() as s:
            found = set(s.exec(select(AuditRow.action).where(*self._where(case_id, exhibit_id, None))
                               .distinct()).scalars())
            if case_id is not None and exhibit_id is None:
                found |= set(s.exec(select(ImportedAuditRow.action)
                                    .where(ImportedAuditRow.case_id == case_id).distinct()).scalars())
        return sorted(found)

    def chain(self) -> tuple[int, str, str | None]:
        """Recompute the whole chain as `verify` does: (rows, head hash, first break or None)."""
        with self.db.read() as s:
            rows = list(s.exec(select(AuditRow).order_by(AuditRow.seq)).scalars())
            head = rows[-1].hash if rows else audit.GENESIS
            return len(rows), head, audit.first_break(rows)

    def latest(self, action: str, object_type: str, reason: str | None = None) -> AuditEvent | None:
        """The newest row of this kind (e.g. the last backup), or None."""
        q = select(AuditRow).where(AuditRow.action == action, AuditRow.object_type == object_type)
        if reason is not None:
            q = q.where(AuditRow.reason == reason)
        with self.db.read() as s:
            row = s.exec(q.order_by(AuditRow.seq.desc()).limit(1)).scalars().first()
            return audit.to_record(row) if row is not None else None
