"""The people of one case as a table model: role, name, relationship, phones, emails.

A case has a handful of people, so the model holds them all, like the case list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from stalkdesk.domain import phones
from stalkdesk.domain.records import Person
from stalkdesk.domain.vocab import Relationship, Role

Index = QModelIndex | QPersistentModelIndex

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


class PersonTableModel(QAbstractTableModel):
    """Read-only; `refresh()` reloads from the injected source after a change."""

    def __init__(self, source: Callable[[], Sequence[Person]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows: list[Person] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = sorted(self._source(), key=lambda p: (_ROLE_ORDER[p.role], p.id or 0))
        self.endResetModel()

    def clear(self) -> None:
        """Drop every person from memory (on lock)."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def person(self, row: int) -> Person:
        return self._rows[row]

    def row_of(self, person_id: int | None) -> int:
        """The row showing that person, or -1."""
        return next((n for n, p in enumerate(self._rows) if p.id == person_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(Column):
            return HEADERS[Column(section)]
        return None

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
