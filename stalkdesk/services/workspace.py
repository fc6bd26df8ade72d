"""The unlocked store, as the GUI and the command line see it.

A `Workspace` bundles the repositories of one open store and knows which officer is
acting, so every change is recorded against them. Build one through `services.vault`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from stalkdesk.domain.records import Case, Officer
from stalkdesk.store.database import Database
from stalkdesk.store.repos.analysis import AnalysisRepo
from stalkdesk.store.repos.audit_log import AuditRepo
from stalkdesk.store.repos.cases import CaseRepo, ProfileRepo
from stalkdesk.store.repos.entries import EntryRepo
from stalkdesk.store.repos.exhibits import ExhibitRepo
from stalkdesk.store.repos.narrative import NarrativeRepo
from stalkdesk.store.repos.people import PersonRepo
from stalkdesk.store.repos.records import RecordRepo
from stalkdesk.store.repos.redactions import RedactionRepo
from stalkdesk.store.repos.spo import SpoRepo


class Workspace:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.cases = CaseRepo(db)
        self.people = PersonRepo(db)
        self.entries = EntryRepo(db)
        self.exhibits = ExhibitRepo(db)
        self.profile = ProfileRepo(db)
        self.audit = AuditRepo(db)
        self.narrative = NarrativeRepo(db)
        self.records = RecordRepo(db)
        self.analysis = AnalysisRepo(db)
        self.redactions = RedactionRepo(db)
        self.spo = SpoRepo(db)
        self.officer: Officer | None = self.profile.officer()
        db.actor = self.officer.display if self.officer else "officer not yet set"

    def set_officer(self, officer: Officer) -> None:
        self.profile.set_officer(officer)
        self.officer = officer
        self.db.actor = officer.display

    def transaction(self) -> AbstractContextManager[object]:
        """Make several changes all-or-nothing: `with ws.transaction(): ...`."""
        return self.db.transaction()

    def case(self, urn: str) -> Case:
        return self.cases.by_urn(urn)

    @property
    def migration_backup(self) -> str | None:
        """Where the store was copied before a schema upgrade at this open, if there was one."""
        backup = self.db.migration_backup
        return str(backup) if backup else None

    def close(self) -> None:
        self.db.close()
