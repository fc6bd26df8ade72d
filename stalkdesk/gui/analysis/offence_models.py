"""Qt models for the points to prove: offences and their points as a tree, the items
linked to one point (with an editable note), and the s.2A behaviours counted.

They hold plain data handed to them (`set_*`), so they are tested without a view or a store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from stalkdesk.domain.analysis.checklist import BehaviourCount, OffenceStatus, PointStatus, Status
from stalkdesk.domain.analysis.common import LinkedItem
from stalkdesk.gui.models.rows import RIGHT, RowsTableModel

Index = QModelIndex | QPersistentModelIndex

# One colour per status, used by the tree, the badges' stylesheet (analysis_view.ui) and charts.
STATUS_COLOURS = {Status.PROVED: "#2e7d32", Status.PARTLY: "#b7791f", Status.NOT_YET: "#6b7785"}
STATUS_MARKS = {Status.PROVED: "●", Status.PARTLY: "◐", Status.NOT_YET: "○"}


class OffenceTreeModel(QAbstractItemModel):
    """Offences at the top level, their points beneath; columns: title, status.

    An index's internal id is 0 for an offence and (offence row + 1) for its points, so no
    Python object has to be kept alive behind Qt's pointer.
    """

    headers = ("Offence and points to prove", "Status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offences: list[OffenceStatus] = []

    def set_offences(self, offences: Sequence[OffenceStatus]) -> None:
        self.beginResetModel()
        self._offences = list(offences)
        self.endResetModel()

    def clear(self) -> None:
        self.set_offences([])

    @property
    def offences(self) -> list[OffenceStatus]:
        return list(self._offences)

    def offence(self, index: Index) -> OffenceStatus | None:
        if not index.isValid():
            return None
        parent_row = index.internalId() - 1
        return self._offences[index.row() if parent_row < 0 else parent_row]

    def point(self, index: Index) -> PointStatus | None:
        """The point at `index`, or None for an offence row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._offences[index.internalId() - 1].points[index.row()]

    def index_of(self, offence_key: str, point_id: str | None = None) -> QModelIndex:
        for row, o in enumerate(self._offences):
            if o.key != offence_key:
                continue
            top = self.index(row, 0)
            if point_id is None:
                return top
            for prow, p in enumerate(o.points):
                if p.point.id == point_id:
                    return self.index(prow, 0, top)
        return QModelIndex()

    # Qt's model interface.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._offences)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._offences):
            return len(self._offences[parent.row()].points)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        point = self.point(index)
        offence = self.offence(index)
        assert offence is not None
        status = point.status if point is not None else offence.status
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                return f"{STATUS_MARKS[status]}  {status.label}"
            return point.point.title if point is not None else offence.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if point is not None:
                return "\n".join(point.reasons) or point.point.wording
            return "\n".join(offence.reasons)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(QColor(STATUS_COLOURS[status]))
        if role == Qt.ItemDataRole.FontRole and (point is None or index.column() == 1):
            font = QFont()
            font.setBold(True)
            return font
        return None


@dataclass(frozen=True, slots=True)
class LinkRow:
    item: LinkedItem
    what: str  # the entry's date and summary, or the exhibit's description


class LinkedItemsModel(RowsTableModel[LinkRow]):
    """The items linked to one point; the Note column is edited in place and saved by
    `save_note(link_id, text)`, which returns False if the store refused it."""

    headers = ("Item", "What it is", "Note")
    NOTE = 2

    def __init__(self, save_note: Callable[[int, str], bool], parent: QObject | None = None) -> None:
        self._pending: list[LinkRow] = []
        super().__init__(lambda: self._pending, parent)
        self._save_note = save_note

    def set_rows(self, rows: Sequence[LinkRow]) -> None:
        self._pending = list(rows)
        self.refresh()
        self._pending = []

    def link_ids(self, rows: Sequence[int]) -> list[int]:
        return [i for r in rows if (i := self.row(r).item.link_id) is not None]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.NOTE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (r.item.label, r.what, r.item.note)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return r.what
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.NOTE and not r.item.note:
            return QBrush(QColor("#8a96a3"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.NOTE:
            return False
        r = self.row(index.row())
        if r.item.link_id is None or str(value).strip() == r.item.note:
            return False
        return self._save_note(r.item.link_id, str(value))


class BehaviourCountsModel(RowsTableModel[BehaviourCount]):
    """Acts associated with stalking on entries used as evidence: the Act's list first."""

    headers = ("s.2A(3)", "Behaviour", "Occasions")
    right_aligned = frozenset({2})

    def __init__(self, parent: QObject | None = None) -> None:
        self._pending: list[BehaviourCount] = []
        super().__init__(lambda: self._pending, parent)

    def set_counts(self, listed: Sequence[BehaviourCount], others: Sequence[BehaviourCount]) -> None:
        self._pending = [*listed, *others]
        self.refresh()
        self._pending = []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            para = c.behaviour.s2a_paragraph or ""
            return (para.removeprefix("s.2A(3)") or "other", c.behaviour.label, str(c.count))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.behaviour.statute_wording
        return None
