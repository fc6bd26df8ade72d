"""Reading the audit trail, and recording what is not a change: views, exports, handovers."""

from __future__ import annotations

from sqlalchemy import select

from stalkdesk.domain.records import AuditEvent
from stalkdesk.store import audit
from stalkdesk.store.database import Database
from stalkdesk.store.tables import AuditRow

# Actions that DPA 2018 s.62 asks to be logged besides changes.
EVENT_ACTIONS = frozenset({"view", "export", "print", "handover"})


class AuditRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, action: str, object_type: str, object_id: int | None, case_id: int | None,
               summary: str, reason: str = "") -> AuditEvent:
        """Log a consultation or disclosure (who, what, when, why) in its own transaction."""
        if action not in EVENT_ACTIONS:
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
