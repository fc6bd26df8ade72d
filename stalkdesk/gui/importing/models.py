"""The wizard's lists: the people in a file (tick the suspect's identities) and what was skipped."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import IntEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from stalkdesk.gui.importing.summary import as_written
from stalkdesk.importers.identity import WITHHELD
from stalkdesk.importers.staging import Participant
from stalkdesk.services.importing import SkippedItem

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class Column(IntEnum):
    SUSPECT = 0
    IDENTITY = 1
    NAMES = 2
    RECORDS = 3
    FIRST = 4
    LAST = 5


HEADERS = {Column.SUSPECT: "Suspect's", Column.IDENTITY: "Identity", Column.NAMES: "Shown as",
           Column.RECORDS: "Records", Column.FIRST: "First", Column.LAST: "Last"}
NOT_AN_IDENTITY = "A withheld or unknown caller can't be named as the suspect's identity."


class ParticipantTableModel(QAbstractTableModel):
    """Everyone in the file with their record count and date range; the officer ticks which
    identities are the suspect's. `suspects_changed` follows every tick."""

    suspects_changed = Signal()

    def __init__(self, zone: str = "Europe/London", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = ZoneInfo(zone)
        self._rows: list[Participant] = []
        self._ticked: set[str] = set()

    def set_participants(self, participants: Sequence[Participant], suspects: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self._rows = list(participants)
        present = {p.identity for p in self._rows}
        self._ticked = {s for s in suspects if s in present and s != WITHHELD}
        self.endResetModel()
        self.suspects_changed.emit()

    def clear(self) -> None:
        self.set_participants([])

    def suspects(self) -> tuple[str, ...]:
        """The ticked identities, in the order of the list (most records first)."""
        return tuple(p.identity for p in self._rows if p.identity in self._ticked)

    def participant(self, row: int) -> Participant:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def _when(self, at: datetime | None) -> str:
        return f"{at.astimezone(self._zone):%d/%m/%Y %H:%M}" if at else ""

    def data(self, index: Index, role: int = Role.DisplayRole) -> object:
        if not index.isValid():
            return None
        p, column = self._rows[index.row()], Column(index.column())
        if role == Role.CheckStateRole and column is Column.SUSPECT:
            return Qt.CheckState.Checked if p.identity in self._ticked else Qt.CheckState.Unchecked
        if role == Role.DisplayRole and column is not Column.SUSPECT:  # that column is its check box
            name = as_written(p)
            return {
                Column.IDENTITY: name,
                Column.NAMES: ", ".join(sorted(n for n in p.names if n.casefold() != name.casefold())),
                Column.RECORDS: f"{p.count:,}",
                Column.FIRST: self._when(p.first),
                Column.LAST: self._when(p.last),
            }[column]
        if role == Role.ToolTipRole and p.identity == WITHHELD:
            return NOT_AN_IDENTITY
        if role == Role.TextAlignmentRole and column is Column.RECORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.AccessibleTextRole and column is Column.SUSPECT:
            return "suspect's" if p.identity in self._ticked else "not the suspect's"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.SUSPECT and self._rows[index.row()].identity != WITHHELD:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: object, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.CheckStateRole or index.column() != Column.SUSPECT:
            return False
        identity = self._rows[index.row()].identity
        if identity == WITHHELD:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if checked:
            self._ticked.add(identity)
        else:
            self._ticked.discard(identity)
        self.dataChanged.emit(index, index, [Role.CheckStateRole])
        self.suspects_changed.emit()
        return True


class SkippedListModel(QAbstractListModel):
    """What was not imported, one line each: file, where in it, and why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[SkippedItem] = []

    def set_items(self, items: Sequence[SkippedItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def text(self) -> str:
        """Every line, for the clipboard."""
        return "\n".join(str(item) for item in self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Role.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Role.DisplayRole, Role.ToolTipRole):
            return str(self._items[index.row()])
        return None
