"""Cases, the officer profile and store-wide settings."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from stalkdesk.domain.records import Case, CaseSummary, Officer
from stalkdesk.domain.vocab import CaseStatus, Offence
from stalkdesk.errors import Conflict, NotFound
from stalkdesk.store import audit
from stalkdesk.store.database import Database
from stalkdesk.store.tables import CaseRow, EntryRow, ExhibitRow, OfficerRow, SettingRow


def to_case(row: CaseRow) -> Case:
    return Case(
        urn=row.urn,
        operation=row.operation,
        crime_reference=row.crime_reference,
        offences=tuple(Offence(o) for o in row.offences),
        other_offence=row.other_offence,
        status=CaseStatus(row.status),
        officer_in_case=row.officer_in_case,
        zone=row.zone,
        marking=row.marking,
        is_demo=row.is_demo,
        created_at=row.created_at,
        updated_at=row.updated_at,
        id=row.id,
    )


def _apply(row: CaseRow, case: Case) -> None:
    row.urn = case.urn
    row.operation = case.operation
    row.crime_reference = case.crime_reference
    row.offences = [o.value for o in case.offences]
    row.other_offence = case.other_offence
    row.status = case.status.value
    row.officer_in_case = case.officer_in_case
    row.zone = case.zone
    row.marking = case.marking
    row.is_demo = case.is_demo


class CaseRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[CaseSummary]:
        with self.db.read() as s:
            entries: dict[int, int] = dict(
                s.exec(
                    select(EntryRow.case_id, func.count())
                    .where(EntryRow.deleted == False)  # noqa: E712
                    .group_by(EntryRow.case_id)
                ).all()
            )
            exhibits: dict[int, int] = dict(
                s.exec(
                    select(ExhibitRow.case_id, func.count())
                    .where(ExhibitRow.deleted == False)  # noqa: E712
                    .group_by(ExhibitRow.case_id)
                ).all()
            )
            rows = s.exec(select(CaseRow).order_by(CaseRow.updated_at.desc())).scalars().all()
            return [
                CaseSummary(to_case(r), entries.get(r.id, 0), exhibits.get(r.id, 0)) for r in rows
            ]

    def get(self, case_id: int) -> Case:
        with self.db.read() as s:
            row = s.get(CaseRow, case_id)
            if row is None:
                raise NotFound(f"There is no case with id {case_id}.")
            return to_case(row)

    def by_urn(self, urn: str) -> Case:
        with self.db.read() as s:
            return to_case(_by_urn(s, urn))

    def create(self, case: Case) -> Case:
        now = datetime.now(UTC)
        row = CaseRow(created_at=now, updated_at=now, urn=case.urn)
        _apply(row, case)
        try:
            with self.db.write() as s:
                s.add(row)
                s.flush()
                audit.record(s, self.db.actor, "create", "case", row.id, row.id, f"Created case {case.urn}")
        except IntegrityError:
            raise Conflict(f"A case with URN {case.urn} already exists.") from None
        return to_case(row)

    def update(self, case: Case) -> Case:
        if case.id is None:
            raise NotFound("That case has not been saved yet.")
        try:
            with self.db.write() as s:
                row = s.get(CaseRow, case.id)
                if row is None:
                    raise NotFound(f"There is no case with id {case.id}.")
                changed = _changes(to_case(row), case)
                _apply(row, case)
                row.updated_at = datetime.now(UTC)
                audit.record(s, self.db.actor, "alter", "case", row.id, row.id, f"Changed {changed}")
        except IntegrityError:
            raise Conflict(f"A case with URN {case.urn} already exists.") from None
        return to_case(row)

    def record_view(self, case_id: int, what: str = "Opened the case") -> None:
        """DPA 2018 s.62 asks for consultation to be logged as well as changes."""
        with self.db.write() as s:
            audit.record(s, self.db.actor, "view", "case", case_id, case_id, what)


def _by_urn(s: Session, urn: str) -> CaseRow:
    row = s.exec(select(CaseRow).where(CaseRow.urn == urn)).scalars().first()
    if row is None:
        raise NotFound(f"There is no case with URN {urn}.")
    return row


def _changes(before: Case, after: Case) -> str:
    fields = [f for f in ("urn", "operation", "crime_reference", "offences", "other_offence",
                          "status", "officer_in_case", "zone", "marking")
              if getattr(before, f) != getattr(after, f)]
    return ", ".join(fields) or "nothing"


class ProfileRepo:
    """The officer using this store, and settings kept inside the encrypted database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def officer(self) -> Officer | None:
        with self.db.read() as s:
            row = s.get(OfficerRow, 1)
            if row is None:
                return None
            return Officer(row.name, row.initials, row.rank, row.warrant_number, row.force, row.unit)

    def set_officer(self, officer: Officer) -> None:
        with self.db.write() as s:
            row = s.get(OfficerRow, 1) or OfficerRow(id=1, name="", initials="")
            for name in ("name", "initials", "rank", "warrant_number", "force", "unit"):
                setattr(row, name, getattr(officer, name))
            s.add(row)
            audit.record(s, self.db.actor, "alter", "officer", 1, None, f"Officer profile set: {officer.display}")

    def setting(self, key: str, default: Any = None) -> Any:
        with self.db.read() as s:
            row = s.get(SettingRow, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.db.write() as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value
            audit.record(s, self.db.actor, "alter", "setting", None, None, f"Setting {key} changed")

