"""The text-redaction suggestions of a case as a table model, and the filter over it.

A case with a large message import can have thousands of spans; each row is a small frozen
`Suggestion` already named and put in context by the service, so the model holds them all
and the proxy filters by decision and kind without asking the store again.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from stalkdesk.domain.redaction import Status
from stalkdesk.gui.models.rows import Index
from stalkdesk.services.text_redaction import Suggestion

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_TEXT = {Status.SUGGESTED: "Suggested", Status.ACCEPTED: "Accepted: redacted",
               Status.DISMISSED: "Dismissed: left in"}
_BACKGROUND = {Status.ACCEPTED: QColor("#e3f1e3"), Status.DISMISSED: QColor("#eeeeee")}


class Column(IntEnum):
    WHERE = 0
    KIND = 1
    WORDS = 2
    STATUS = 3
    REASON = 4


HEADERS = ("Where", "Kind", "Words in context", "Decision", "Reason")


def words_text(s: Suggestion) -> str:
    """The context with the span between chevrons: «07700 900456»."""
    return s.context.replace("[[", "\u00ab").replace("]]", "\u00bb")


def cell(s: Suggestion, column: int) -> str:
    r = s.redaction
    if column == Column.WHERE:
        return s.where
    if column == Column.KIND:
        return r.label
    if column == Column.WORDS:
        return words_text(s)
    if column == Column.STATUS:
        return STATUS_TEXT[r.status] + (" (text edited since the scan)" if s.stale else "")
    return r.reason


class SuggestionTableModel(QAbstractTableModel):
    """Read-only rows; `set_rows` replaces them all, `replace` changes some after a decision."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Suggestion] = []

    def set_rows(self, rows: Sequence[Suggestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def replace(self, decided: Sequence[Suggestion]) -> None:
        """Put these (same ids, new decisions) in place of the rows they were."""
        by_id = {s.redaction.id: s for s in decided}
        for row, old in enumerate(self._rows):
            new = by_id.get(old.redaction.id)
            if new is not None:
                self._rows[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def kinds(self) -> list[tuple[str, str]]:
        """(kind, label) of every kind present, by label."""
        return sorted({(s.redaction.kind, s.redaction.label) for s in self._rows}, key=lambda kl: kl[1])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(s, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.where if index.column() == Column.WHERE else cell(s, index.column()) or None
        if role == Qt.ItemDataRole.BackgroundRole and s.redaction.status in _BACKGROUND:
            return QBrush(_BACKGROUND[s.redaction.status])
        if role == SUGGESTION_ROLE:
            return s
        if role == SORT_ROLE:
            if index.column() == Column.WHERE:
                # Chronology items in their order, then the rest by name.
                return (s.item_number is None, s.item_number or 0, s.where, s.redaction.start)
            return cell(s, index.column()).casefold()
        return None


class SuggestionFilterProxyModel(QSortFilterProxyModel):
    """Rows with one decision and one kind (None: any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: Status | None = None
        self.kind: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, status: Status | None, kind: str | None) -> None:
        self.beginFilterChange()
        self.status, self.kind = status, kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, SuggestionTableModel)
        r = model.suggestion(source_row).redaction
        return (self.status is None or r.status is self.status) and (self.kind is None or r.kind == self.kind)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        return bool(a < b)
