"""Exhibits: originals byte-exact, derived copies beside them, continuity events."""

from __future__ import annotations

import builtins
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from stalkdesk.domain.records import ContinuityEvent, Derivative, Exhibit
from stalkdesk.domain.vocab import ContinuityAction, DisclosureStatus, ExhibitKind
from stalkdesk.errors import Conflict, NotFound
from stalkdesk.store import audit
from stalkdesk.store.database import Database
from stalkdesk.store.repos import content
from stalkdesk.store.tables import ContentRow, ContinuityRow, DerivativeRow, ExhibitRow


def to_exhibit(row: ExhibitRow) -> Exhibit:
    return Exhibit(
        reference=row.reference,
        description=row.description,
        kind=ExhibitKind(row.kind),
        produced_by=row.produced_by,
        seized_at=row.seized_at,
        seized_where=row.seized_where,
        original_filename=row.original_filename,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        metadata=dict(row.meta),
        disclosure=DisclosureStatus(row.disclosure),
        disclosure_reason=row.disclosure_reason,
        location_now=row.location_now,
        created_at=row.created_at,
        deleted=row.deleted,
        case_id=row.case_id,
        content_id=row.content_id,
        id=row.id,
    )


@dataclass(frozen=True)
class NewDerivative:
    kind: str
    data: bytes
    media_type: str
    note: str = ""


_EDITABLE = ("reference", "description", "kind", "produced_by", "seized_at", "seized_where",
             "disclosure", "disclosure_reason", "location_now")


class ExhibitRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, case_id: int, exhibit: Exhibit, original: BinaryIO,
            continuity: ContinuityEvent | None = None,
            derived: Sequence[NewDerivative] = ()) -> Exhibit:
        """Store the original bytes, the exhibit and its first derived copies (thumbnail)
        in one transaction: all of them or none."""
        now = datetime.now(UTC)
        try:
            with self.db.write() as s:
                stored = content.put_stream(s, case_id, original)
                twin = s.exec(select(ExhibitRow.reference).where(
                    ExhibitRow.case_id == case_id, ExhibitRow.sha256 == stored.sha256,
                    ExhibitRow.deleted == False)).scalars().first()  # noqa: E712
                if twin is not None:
                    raise Conflict(f'"{exhibit.original_filename}" is already in this case as exhibit '
                                   f"{twin} (same SHA-256). It was not added again.")
                row = ExhibitRow(
                    case_id=case_id, reference=exhibit.reference, description=exhibit.description,
                    kind=exhibit.kind.value, produced_by=exhibit.produced_by,
                    seized_at=exhibit.seized_at, seized_where=exhibit.seized_where,
                    original_filename=exhibit.original_filename, media_type=exhibit.media_type,
                    size=stored.size, sha256=stored.sha256, meta=dict(exhibit.metadata),
                    disclosure=exhibit.disclosure.value, disclosure_reason=exhibit.disclosure_reason,
                    location_now=exhibit.location_now,
                    content_id=stored.id, created_at=now, updated_at=now,
                )
                s.add(row)
                s.flush()
                if continuity is not None:
                    s.add(_continuity_row(row.id, continuity, now))
                for d in derived:
                    made = content.put_stream(s, case_id, io.BytesIO(d.data))
                    s.add(DerivativeRow(exhibit_id=row.id, kind=d.kind, version=1, content_id=made.id,
                                        media_type=d.media_type, note=d.note, created_at=now))
                audit.record(s, self.db.actor, "create", "exhibit", row.id, case_id,
                             f"Exhibit {row.reference} taken in: {exhibit.original_filename} "
                             f"({stored.size} bytes, SHA-256 {stored.sha256})")
        except IntegrityError:
            raise Conflict(f"Exhibit reference {exhibit.reference} is already used in this case.") from None
        return to_exhibit(row)

    def update(self, exhibit: Exhibit) -> Exhibit:
        """Change the description fields. The original bytes and hash never change."""
        try:
            with self.db.write() as s:
                row = s.get(ExhibitRow, exhibit.id) if exhibit.id is not None else None
                if row is None:
                    raise NotFound(f"There is no exhibit with id {exhibit.id}.")
                for name in _EDITABLE:
                    value: Any = getattr(exhibit, name)
                    setattr(row, name, value.value if hasattr(value, "value") else value)
                row.updated_at = datetime.now(UTC)
                audit.record(s, self.db.actor, "alter", "exhibit", row.id, row.case_id,
                             f"Changed exhibit {row.reference}")
                return to_exhibit(row)
        except IntegrityError:
            raise Conflict(f"Exhibit reference {exhibit.reference} is already used in this case.") from None

    def get(self, exhibit_id: int) -> Exhibit:
        with self.db.read() as s:
            row = s.get(ExhibitRow, exhibit_id)
            if row is None:
                raise NotFound(f"There is no exhibit with id {exhibit_id}.")
            return to_exhibit(row)

    def list(self, case_id: int, include_deleted: bool = False) -> builtins.list[Exhibit]:
        with self.db.read() as s:
            q = select(ExhibitRow).where(ExhibitRow.case_id == case_id)
            if not include_deleted:
                q = q.where(ExhibitRow.deleted == False)  # noqa: E712
            return [to_exhibit(r) for r in s.exec(q.order_by(ExhibitRow.id)).scalars()]

    def references(self, case_id: int) -> builtins.list[str]:
        with self.db.read() as s:
            q = select(ExhibitRow.reference).where(ExhibitRow.case_id == case_id)
            return list(s.exec(q).scalars())

    def find_by_sha256(self, case_id: int, sha256: str) -> Exhibit | None:
        with self.db.read() as s:
            q = select(ExhibitRow).where(ExhibitRow.case_id == case_id, ExhibitRow.sha256 == sha256,
                                         ExhibitRow.deleted == False)  # noqa: E712
            row = s.exec(q).scalars().first()
            return to_exhibit(row) if row else None

    def iter_original(self, exhibit_id: int) -> Iterator[bytes]:
        """The original bytes, chunk by chunk, exactly as received."""
        with self.db.read() as s:
            row = s.get(ExhibitRow, exhibit_id)
            if row is None or row.content_id is None:
                raise NotFound(f"There is no exhibit with id {exhibit_id}.")
            yield from content.iter_chunks(s, row.content_id)

    def read_original(self, exhibit_id: int) -> bytes:
        """The whole original in memory: for images being shown, not for large media."""
        return b"".join(self.iter_original(exhibit_id))

    # Derived copies (thumbnails, redacted versions), kept beside the original.

    def add_derivative(self, exhibit_id: int, kind: str, data: bytes, media_type: str,
                       note: str = "", params: dict[str, Any] | None = None) -> Derivative:
        now = datetime.now(UTC)
        with self.db.write() as s:
            ex = s.get(ExhibitRow, exhibit_id)
            if ex is None:
                raise NotFound(f"There is no exhibit with id {exhibit_id}.")
            version = (s.exec(select(func.max(DerivativeRow.version)).where(
                DerivativeRow.exhibit_id == exhibit_id, DerivativeRow.kind == kind)).scalar() or 0) + 1
            stored = content.put_stream(s, ex.case_id, io.BytesIO(data))
            row = DerivativeRow(exhibit_id=exhibit_id, kind=kind, version=version, content_id=stored.id,
                                media_type=media_type, note=note, params=params or {}, created_at=now)
            s.add(row)
            s.flush()
            audit.record(s, self.db.actor, "create", "derivative", row.id, ex.case_id,
                         f"{kind.capitalize()} version {version} of {ex.reference} (SHA-256 {stored.sha256})")
            return _to_derivative(row, stored)

    def derivatives(self, exhibit_id: int, kind: str | None = None) -> builtins.list[Derivative]:
        with self.db.read() as s:
            q = (select(DerivativeRow, ContentRow).join(ContentRow, ContentRow.id == DerivativeRow.content_id)
                 .where(DerivativeRow.exhibit_id == exhibit_id))
            if kind:
                q = q.where(DerivativeRow.kind == kind)
            rows = s.exec(q.order_by(DerivativeRow.kind, DerivativeRow.version)).all()
            return [_to_derivative(d, c) for d, c in rows]

    def thumbnails(self, exhibit_ids: Sequence[int]) -> dict[int, bytes]:
        """The newest thumbnail of each exhibit that has one, fetched in one read."""
        with self.db.read() as s:
            q = (select(DerivativeRow.exhibit_id, DerivativeRow.content_id)
                 .where(DerivativeRow.exhibit_id.in_(exhibit_ids), DerivativeRow.kind == "thumbnail")
                 .order_by(DerivativeRow.version))
            latest = {exhibit_id: content_id for exhibit_id, content_id in s.exec(q).all()}
            return {eid: b"".join(content.iter_chunks(s, cid)) for eid, cid in latest.items()}

    def read_derivative(self, derivative: Derivative) -> bytes:
        assert derivative.content_id is not None
        with self.db.read() as s:
            return b"".join(content.iter_chunks(s, derivative.content_id))

    def derivative_params(self, derivative_id: int) -> dict[str, Any]:
        """How a derived copy was made (e.g. a redacted version's regions), as stored."""
        with self.db.read() as s:
            row = s.get(DerivativeRow, derivative_id)
            if row is None:
                raise NotFound(f"There is no derived version with id {derivative_id}.")
            return dict(row.params)

    # Continuity.

    def add_continuity(self, exhibit_id: int, event: ContinuityEvent) -> ContinuityEvent:
        now = datetime.now(UTC)
        with self.db.write() as s:
            ex = s.get(ExhibitRow, exhibit_id)
            if ex is None:
                raise NotFound(f"There is no exhibit with id {exhibit_id}.")
            row = _continuity_row(exhibit_id, event, now)
            s.add(row)
            s.flush()
            audit.record(s, self.db.actor, "create", "continuity", row.id, ex.case_id,
                         f"{event.action.label} {ex.reference}: {event.purpose}".rstrip(": "))
            return replace(event, id=row.id, exhibit_id=exhibit_id)

    def continuity(self, exhibit_id: int) -> builtins.list[ContinuityEvent]:
        with self.db.read() as s:
            q = select(ContinuityRow).where(ContinuityRow.exhibit_id == exhibit_id).order_by(ContinuityRow.at)
            return [
                ContinuityEvent(r.at, ContinuityAction(r.action), r.from_person, r.to_person,
                                r.purpose, r.recorded_by, r.exhibit_id, r.id)
                for r in s.exec(q).scalars()
            ]


def _continuity_row(exhibit_id: int, e: ContinuityEvent, now: datetime) -> ContinuityRow:
    return ContinuityRow(exhibit_id=exhibit_id, at=e.at, action=e.action.value, from_person=e.from_person,
                         to_person=e.to_person, purpose=e.purpose, recorded_by=e.recorded_by, created_at=now)


def _to_derivative(row: DerivativeRow, c: ContentRow) -> Derivative:
    assert row.id is not None
    return Derivative(exhibit_id=row.exhibit_id, kind=row.kind, version=row.version, sha256=c.sha256,
                      media_type=row.media_type, size=c.size, created_at=row.created_at, note=row.note,
                      content_id=row.content_id, id=row.id)
