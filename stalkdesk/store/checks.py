"""Checks of a whole store: page integrity, evidence hashes, derived links, audit chain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from stalkdesk.errors import StoreError
from stalkdesk.store import audit, sqlite
from stalkdesk.store.database import Database
from stalkdesk.store.repos import content
from stalkdesk.store.tables import AuditRow, ContentRow, DerivativeRow, ExhibitRow


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    exhibits_checked: int = 0
    derivatives_checked: int = 0
    audit_rows_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_store(db: Database, progress: Callable[[int, int], None] | None = None) -> CheckReport:
    """Every check runs even when an earlier one meets damage: a bad page in the exhibit
    or audit tables is reported as a problem, never raised, so verify always finishes."""
    report = CheckReport()
    with db.read() as s:
        report.problems += [f"database: {p}" for p in sqlite.integrity_problems(s.connection())]
    for what, check in (("exhibits", _check_evidence), ("audit trail", _check_audit)):
        try:
            check(db, report, progress)
        except StoreError as exc:
            report.problems.append(f"{what}: could not be read in full ({exc})")
    return report


def _check_evidence(db: Database, report: CheckReport, progress: Callable[[int, int], None] | None) -> None:
    with db.read() as s:
        exhibits = s.exec(select(ExhibitRow).order_by(ExhibitRow.id)).scalars().all()
        derivatives = s.exec(select(DerivativeRow).order_by(DerivativeRow.id)).scalars().all()
        total = len(exhibits) + len(derivatives)
        for n, ex in enumerate(exhibits):
            where = f"exhibit {ex.reference} (case {ex.case_id}, file {ex.original_filename!r})"
            if ex.content_id is None or s.get(ContentRow, ex.content_id) is None:
                report.problems.append(f"{where}: its original content is missing")
            else:
                try:
                    actual = content.rehash(s, ex.content_id)
                except Exception as exc:  # a missing chunk is reported, not raised
                    report.problems.append(f"{where}: its original could not be read ({exc})")
                else:
                    if actual != ex.sha256:
                        report.problems.append(
                            f"{where}: SHA-256 is {actual}, but {ex.sha256} was recorded at intake"
                        )
            report.exhibits_checked += 1
            if progress:
                progress(n + 1, total)
        for n, d in enumerate(derivatives):
            where = f"{d.kind} version {d.version} of exhibit id {d.exhibit_id}"
            if s.get(ExhibitRow, d.exhibit_id) is None:
                report.problems.append(f"{where}: its original exhibit does not exist")
            row = s.get(ContentRow, d.content_id)
            if row is None:
                report.problems.append(f"{where}: its content is missing")
            elif content.rehash(s, d.content_id) != row.sha256:
                report.problems.append(f"{where}: its content does not match its SHA-256")
            report.derivatives_checked += 1
            if progress:
                progress(len(exhibits) + n + 1, total)


def _check_audit(db: Database, report: CheckReport, progress: Callable[[int, int], None] | None) -> None:
    with db.read() as s:
        rows = list(s.exec(select(AuditRow).order_by(AuditRow.seq)).scalars())
        report.audit_rows_checked = len(rows)
        broken = audit.first_break(rows)
        if broken:
            report.problems.append(f"audit trail: {broken}")
