"""People in a case: victim, suspect, witnesses, third parties."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from stalkdesk.domain.records import Person
from stalkdesk.domain.vocab import Relationship, Role
from stalkdesk.errors import NotFound
from stalkdesk.store import audit
from stalkdesk.store.database import Database
from stalkdesk.store.tables import PersonRow

_LISTS = ("aliases", "addresses", "phones", "emails", "handles", "vehicles")


def to_person(row: PersonRow) -> Person:
    return Person(
        role=Role(row.role),
        name=row.name,
        aliases=tuple(row.aliases),
        date_of_birth=row.date_of_birth,
        addresses=tuple(row.addresses),
        phones=tuple(row.phones),
        emails=tuple(row.emails),
        handles=tuple(row.handles),
        vehicles=tuple(row.vehicles),
        relationship=Relationship(row.relationship),
        notes=row.notes,
        case_id=row.case_id,
        id=row.id,
    )


def _apply(row: PersonRow, p: Person) -> None:
    row.role = p.role.value
    row.name = p.name
    row.date_of_birth = p.date_of_birth
    for name in _LISTS:
        setattr(row, name, list(getattr(p, name)))
    row.relationship = p.relationship.value
    row.notes = p.notes


class PersonRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, case_id: int, person: Person) -> Person:
        row = PersonRow(case_id=case_id, role=person.role.value, name=person.name)
        _apply(row, person)
        with self.db.write() as s:
            s.add(row)
            s.flush()
            audit.record(s, self.db.actor, "create", "person", row.id, case_id,
                         f"Added {person.role.label.lower()} {person.name}")
        return replace(person, id=row.id, case_id=case_id)

    def update(self, person: Person) -> Person:
        with self.db.write() as s:
            row = s.get(PersonRow, person.id) if person.id is not None else None
            if row is None:
                raise NotFound(f"There is no person with id {person.id}.")
            _apply(row, person)
            audit.record(s, self.db.actor, "alter", "person", row.id, row.case_id, f"Changed {person.name}")
            return to_person(row)

    def delete(self, person_id: int) -> None:
        with self.db.write() as s:
            row = s.get(PersonRow, person_id)
            if row is None:
                raise NotFound(f"There is no person with id {person_id}.")
            row.deleted = True
            audit.record(s, self.db.actor, "delete", "person", row.id, row.case_id, f"Removed {row.name}")

    def list(self, case_id: int) -> list[Person]:
        with self.db.read() as s:
            q = (select(PersonRow).where(PersonRow.case_id == case_id, PersonRow.deleted == False)  # noqa: E712
                 .order_by(PersonRow.id))
            return [to_person(r) for r in s.exec(q).scalars()]
