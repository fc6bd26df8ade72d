"""The viewer's two tables as models: chronology entries citing an exhibit, and its continuity.

Both are short (a handful of rows per exhibit), so they hold their rows in memory and
reload whole after a change. Each takes a source callable, so tests need no view.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt

from stalkdesk.domain import when
from stalkdesk.domain.records import ContinuityEvent, Entry
from stalkdesk.domain.vocab import DEFAULT_ZONE
from stalkdesk.gui.evidence.details import local_text
from stalkdesk.gui.models.rows import Index, RowsTableModel

T = TypeVar("T")


class _RowsModel(RowsTableModel[T]):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cut-off cell
            text = self.cell(self._rows[index.row()], index.column())
            return f"<p>{html.escape(text)}</p>" if text else None
        return None

    def cell(self, item: T, column: int) -> str:
        raise NotImplementedError


class CitingEntriesModel(_RowsModel[Entry]):
    """Chronology entries that cite the exhibit, in the order they happened."""

    headers = ("Item", "When", "Summary", "Where in the exhibit")

    def __init__(self, source: Callable[[], Sequence[Entry]], exhibit_id: int,
                 parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self._exhibit_id = exhibit_id

    def cell(self, item: Entry, column: int) -> str:
        if column == 0:
            return str(item.item_number) if item.item_number is not None else ""
        if column == 1:
            return when.render(item.when)
        if column == 2:
            return item.summary
        return "; ".join(link.locator for link in item.exhibits
                         if link.exhibit_id == self._exhibit_id and link.locator)


class ContinuityTableModel(_RowsModel[ContinuityEvent]):
    """The exhibit's continuity log, oldest first."""

    headers = ("When", "Action", "From", "To", "Purpose", "Recorded by")

    def __init__(self, source: Callable[[], Sequence[ContinuityEvent]], zone: str = DEFAULT_ZONE,
                 parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self._zone = zone

    def cell(self, item: ContinuityEvent, column: int) -> str:
        values = (local_text(item.at, self._zone), item.action.label, item.from_person, item.to_person,
                  item.purpose, item.recorded_by)
        return values[column]
