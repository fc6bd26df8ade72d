"""The officer's Stalking Protection Order application: its terms (spo_term) and its free
text (interim order request, reasons, duration), kept as narrative rows with "spo_" names
beside the case's other narrative texts. Every change writes its audit row in its own
transaction; removing a term marks it deleted, so the audit trail still explains it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlmodel import Session

from stalkdesk.domain.analysis.spo import SpoTerm, TermKind
from stalkdesk.errors import NotFound
from stalkdesk.store import audit
from stalkdesk.store.database import Database
from stalkdesk.store.tables import NarrativeRow, SpoTermRow

# Narrative rows holding the application's free text ("spo_" keeps them apart from
# CaseNarrative.FIELDS, which NarrativeRepo reads).
INTERIM = "spo_interim"  # "yes" or "no"
INTERIM_REASONS = "spo_interim_reasons"
DURATION = "spo_duration"  # Duration.stored: "2y", "5y", "further_order"
FIELDS = (INTERIM, INTERIM_REASONS, DURATION)


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _term(r: SpoTermRow) -> SpoTerm:
    return SpoTerm(TermKind(r.kind), r.text, r.position, r.case_id, _utc(r.created_at), _utc(r.updated_at), r.id)


def _short(text: str) -> str:
    one = " ".join(text.split())
    return one if len(one) <= 60 else one[:57] + "..."


class SpoRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _live(self, s: Session, term_id: int) -> SpoTermRow:
        row = s.get(SpoTermRow, term_id)
        if row is None or row.deleted:
            raise NotFound(f"There is no SPO term with id {term_id}.")
        return row

    def terms(self, case_id: int) -> list[SpoTerm]:
        """The case's live terms: prohibitions, then requirements, each by position."""
        q = select(SpoTermRow).where(SpoTermRow.case_id == case_id, SpoTermRow.deleted == False)  # noqa: E712
        with self.db.read() as s:
            rows = s.exec(q).scalars().all()
            terms = [_term(r) for r in rows]
        order = {k: n for n, k in enumerate(TermKind)}
        return sorted(terms, key=lambda t: (order[t.kind], t.position, t.id or 0))

    def term(self, term_id: int) -> SpoTerm:
        with self.db.read() as s:
            return _term(self._live(s, term_id))

    def add(self, case_id: int, kind: TermKind, text: str) -> SpoTerm:
        """Add a term at the end of its kind's list."""
        now = datetime.now(UTC)
        with self.db.write() as s:
            last = s.exec(select(func.max(SpoTermRow.position)).where(
                SpoTermRow.case_id == case_id, SpoTermRow.kind == kind.value,
                SpoTermRow.deleted == False)).scalar()  # noqa: E712
            row = SpoTermRow(case_id=case_id, kind=kind.value, text=text, position=(last or 0) + 1,
                             created_at=now, updated_at=now)
            s.add(row)
            s.flush()
            audit.record(s, self.db.actor, "create", "spo_term", row.id, case_id,
                         f"Proposed SPO {kind.value}: {_short(text)}")
            return _term(row)

    def edit(self, term_id: int, text: str) -> SpoTerm:
        with self.db.write() as s:
            row = self._live(s, term_id)
            if row.text == text:
                return _term(row)
            row.text, row.updated_at = text, datetime.now(UTC)
            audit.record(s, self.db.actor, "alter", "spo_term", row.id, row.case_id,
                         f"Changed SPO {row.kind}: {_short(text)}")
            return _term(row)

    def remove(self, term_id: int) -> None:
        with self.db.write() as s:
            row = self._live(s, term_id)
            row.deleted, row.updated_at = True, datetime.now(UTC)
            audit.record(s, self.db.actor, "delete", "spo_term", row.id, row.case_id,
                         f"Withdrew SPO {row.kind}: {_short(row.text)}")

    def reorder(self, case_id: int, kind: TermKind, ids: list[int]) -> list[SpoTerm]:
        """Put the live terms of one kind in the order of `ids` (which must be all of them)."""
        with self.db.write() as s:
            rows = s.exec(select(SpoTermRow).where(SpoTermRow.case_id == case_id, SpoTermRow.kind == kind.value,
                                                   SpoTermRow.deleted == False)).scalars().all()  # noqa: E712
            by_id = {r.id: r for r in rows}
            if sorted(ids) != sorted(by_id) or len(set(ids)) != len(ids):
                raise ValueError("reorder needs every live term of the kind exactly once")
            now = datetime.now(UTC)
            for n, term_id in enumerate(ids, 1):
                row = by_id[term_id]
                if row.position != n:
                    row.position, row.updated_at = n, now
            audit.record(s, self.db.actor, "alter", "spo_term", None, case_id,
                         f"Reordered the proposed SPO {kind.value}s")
        return [t for t in self.terms(case_id) if t.kind is kind]

    def texts(self, case_id: int) -> dict[str, str]:
        """The application's free-text fields (only those set)."""
        with self.db.read() as s:
            rows = s.exec(select(NarrativeRow).where(NarrativeRow.case_id == case_id,
                                                     NarrativeRow.field.in_(FIELDS))).scalars()
            return {r.field: r.text for r in rows}

    def set_texts(self, case_id: int, values: dict[str, str], summary: str) -> None:
        """Set several free-text fields at once, with one audit row if anything changed."""
        unknown = set(values) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown SPO field {sorted(unknown)[0]!r}")
        with self.db.write() as s:
            changed = False
            for name, text in values.items():
                row = s.get(NarrativeRow, (case_id, name))
                if row is None:
                    s.add(NarrativeRow(case_id=case_id, field=name, text=text, updated_at=datetime.now(UTC)))
                    changed = True
                elif row.text != text:
                    row.text, row.updated_at = text, datetime.now(UTC)
                    changed = True
            if changed:
                audit.record(s, self.db.actor, "alter", "spo_application", None, case_id, summary)
