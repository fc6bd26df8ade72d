"""A read-only table model over a short list of records, reloaded whole from a source.

The case list, a case's people and the viewer's tables each hold a handful to a few
hundred rows; they share everything but how a record becomes cells.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

# A plain int: QHeaderView reads the alignment with QVariant::toInt(), which gives 0 for
# PySide's flag type, so a header would ignore it.
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses set `headers` (and `right_aligned` columns) and implement `data`."""

    headers: tuple[str, ...] = ()
    right_aligned: frozenset[int] = frozenset()

    def __init__(self, source: Callable[[], Sequence[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows: list[T] = []

    def load(self) -> list[T]:
        """The rows to show, in order; override to sort."""
        return list(self._source())

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self.load()
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row from memory (on lock); `refresh()` fills it again."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def row(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right_aligned:
            return RIGHT
        return None
