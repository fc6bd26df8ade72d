"""The audit trail's write path: one row per change, in the change's own transaction.

Each row's hash covers the previous row's hash and this row's canonical content, so a
row edited, removed or inserted later breaks the chain from that point on.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session

from stalkdesk.domain.records import AuditEvent
from stalkdesk.store.tables import AuditRow

GENESIS = "0" * 64


def canonical(row: AuditRow) -> bytes:
    """The bytes a row's hash is taken over: fixed key order, UTC ISO times, UTF-8."""
    doc = {
        "seq": row.seq,
        "at": row.at.astimezone(UTC).isoformat(timespec="microseconds"),
        "officer": row.officer,
        "action": row.action,
        "object_type": row.object_type,
        "object_id": row.object_id,
        "case_id": row.case_id,
        "summary": row.summary,
        "reason": row.reason,
    }
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def chain_hash(prev_hash: str, row: AuditRow) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(row)).hexdigest()


def record(
    session: Session,
    officer: str,
    action: str,
    object_type: str,
    object_id: int | None,
    case_id: int | None,
    summary: str,
    reason: str = "",
) -> AuditRow:
    """Append one audit row. Must run inside a write transaction (BEGIN IMMEDIATE), which
    serialises writers so that two rows never claim the same predecessor."""
    last = session.exec(select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
    prev_seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    row = AuditRow(
        seq=prev_seq + 1,
        at=datetime.now(UTC),
        officer=officer,
        action=action,
        object_type=object_type,
        object_id=object_id,
        case_id=case_id,
        summary=summary,
        reason=reason,
        prev_hash=prev_hash,
        hash="",
    )
    row.hash = chain_hash(prev_hash, row)
    session.add(row)
    return row


def to_record(row: AuditRow) -> AuditEvent:
    assert row.seq is not None
    return AuditEvent(
        seq=row.seq,
        at=row.at,
        officer=row.officer,
        action=row.action,
        object_type=row.object_type,
        object_id=row.object_id,
        case_id=row.case_id,
        summary=row.summary,
        reason=row.reason,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def first_break(rows: list[AuditRow]) -> str | None:
    """Recompute the chain; describe the first row that does not fit, or None if all do."""
    prev = GENESIS
    for expected_seq, row in enumerate(rows, start=1):
        if row.seq != expected_seq:
            return f"audit row {expected_seq} is missing (found {row.seq} next)"
        if row.prev_hash != prev or chain_hash(prev, row) != row.hash:
            return f"audit row {row.seq} ({row.action} {row.object_type}) has been altered"
        prev = row.hash
    return None
