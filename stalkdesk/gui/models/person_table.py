"""The people of one case as a table model: role, name, relationship, phones, emails.

A case has a handful of people, so the model holds them all, like the case list.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from stalkdesk.domain import phones
from stalkdesk.domain.records import Person
from stalkdesk.domain.vocab import Relationship, Role
from stalkdesk.gui.models.rows import Index, RowsTableModel

PERSON_ROLE = Qt.ItemDataRole.UserRole  # the Person behind a row


class Column(IntEnum):
    ROLE = 0
    NAME = 1
    RELATIONSHIP = 2
    PHONES = 3
    EMAILS = 4


HEADERS = {
    Column.ROLE: "Role",
    Column.NAME: "Name",
    Column.RELATIONSHIP: "Relationship to victim",
    Column.PHONES: "Phones",
    Column.EMAILS: "Emails",
}

# Victim first, then suspect: the order a file for the CPS introduces people in.
_ROLE_ORDER = {role: n for n, role in enumerate(Role)}


class PersonTableModel(RowsTableModel[Person]):
    """Read-only; `refresh()` reloads from the injected source after a change."""

    headers = tuple(HEADERS[c] for c in Column)

    def load(self) -> list[Person]:
        return sorted(self._source(), key=lambda p: (_ROLE_ORDER[p.role], p.id or 0))

    def person(self, row: int) -> Person:
        return self._rows[row]

    def row_of(self, person_id: int | None) -> int:
        """The row showing that person, or -1."""
        return next((n for n, p in enumerate(self._rows) if p.id == person_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.PHONES, Column.EMAILS):
            return self._display(person, column).replace(", ", "\n") or None
        if role == PERSON_ROLE:
            return person
        return None

    @staticmethod
    def _display(person: Person, column: Column) -> str:
        if column == Column.ROLE:
            return person.role.label
        if column == Column.NAME:
            return person.name
        if column == Column.RELATIONSHIP:
            # "Not applicable" for the victim themself says nothing; leave the cell empty.
            return "" if person.relationship == Relationship.NOT_APPLICABLE else person.relationship.label
        if column == Column.PHONES:
            return ", ".join(phones.display(p) for p in person.phones)
        return ", ".join(person.emails)
