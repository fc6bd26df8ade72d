"""The chronology as a table model: the ids of the matching entries, and their rows on demand.

Opening a case runs one ids query; `data()` then fetches rows a page at a time (see
row_cache), so a 100,000-entry case shows its first screen after one page and keeps a bounded
number of pages however far the officer scrolls. Sorting and filtering ask the store for a
new id list (`EntryQuery`), never sort rows in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from stalkdesk.domain.query import EntryOrder, EntryQuery
from stalkdesk.domain.records import Entry
from stalkdesk.gui.chronology import columns
from stalkdesk.gui.chronology.columns import HEADERS, SORT_ORDER, Column
from stalkdesk.gui.chronology.row_cache import MAX_PAGES, PAGE_SIZE, PageCache

if TYPE_CHECKING:
    from stalkdesk.services.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the Entry behind a row
# A plain int: QHeaderView reads alignment with toInt(), which is 0 for PySide's flag type.
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_DELETED_COLOUR = QColor("#8a94a0")

# Entry fields each part of a query looks at: an edit to one of them can move a row or take it
# out of the filter, so the ids are asked for again; any other edit only repaints the row.
_ORDER_FIELDS = {EntryOrder.TIME: "when", EntryOrder.CHANNEL: "channel", EntryOrder.SOURCE: "source",
                 EntryOrder.SUMMARY: "summary", EntryOrder.ITEM: "item_number"}
_TEXT_FIELDS = frozenset({"summary", "account", "location"})
_BATCH = 500  # ids per get_many for a selection: well under SQLite's limit on query parameters


@dataclass(frozen=True, slots=True)
class _Row:
    entry: Entry
    cells: tuple[str, ...]


class ChronologyTableModel(QAbstractTableModel):
    """Read-only. Changes go through commands; they call `apply_change` (or `invalidate`)."""

    def __init__(self, ws: Workspace, case_id: int, query: EntryQuery | None = None,
                 page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES) -> None:
        super().__init__()
        self._ws = ws
        self._case_id = case_id
        self._query = query or EntryQuery()
        self._ids: list[int] = []
        self._rows_of: dict[int, int] | None = None  # id -> row, built when first needed
        self._totals: dict[bool, int] = {}  # entries in the case, by include_deleted
        self._cache: PageCache[_Row] = PageCache(self._load, page_size, max_pages)
        self._strike = QFont()
        self._strike.setStrikeOut(True)
        self._replace_ids(ws.entries.ids(case_id, self._query))

    # The id list.

    @property
    def query(self) -> EntryQuery:
        return self._query

    def set_workspace(self, ws: Workspace) -> None:
        """Use a newly unlocked workspace (the old one was closed on lock); call refresh_ids."""
        self._ws = ws

    def set_query(self, query: EntryQuery) -> None:
        """Show the entries matching `query`, in its order."""
        self._query = query
        self._replace_ids(self._ws.entries.ids(self._case_id, query))

    def refresh_ids(self) -> None:
        """Ask the store again for the current query's ids and drop every cached row: after
        entries were added, or changed somewhere else (an import, the evidence tab)."""
        self._totals.clear()
        self._replace_ids(self._ws.entries.ids(self._case_id, self._query))

    def clear(self) -> None:
        """Forget every id and row (the app is locking); `refresh_ids` brings them back.

        The filter goes too (its words can be a name); the sort order stays."""
        self.beginResetModel()
        self._query = EntryQuery(order=self._query.order, descending=self._query.descending)
        self._set_ids([])
        self._totals.clear()
        self.endResetModel()

    def _replace_ids(self, ids: list[int]) -> None:
        """The same entries in a new order is a layout change, so the selection and current
        row follow their entries; a different set of entries resets the model."""
        if not self._query.is_filtered:
            self._totals[self._query.include_deleted] = len(ids)
        if ids == self._ids:  # the rows may still have changed: fetch them again when shown
            self._cache.reset(ids)
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(Column) - 1))
            return
        if len(ids) != len(self._ids) or set(ids) != set(self._ids):
            self.beginResetModel()
            self._set_ids(ids)
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old_ids, persistent = self._ids, self.persistentIndexList()
        self._set_ids(ids)
        rows = self._row_index()
        self.changePersistentIndexList(
            persistent, [self.index(rows[old_ids[p.row()]], p.column()) for p in persistent])
        self.layoutChanged.emit()

    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._rows_of = None
        self._cache.reset(ids)

    def _row_index(self) -> dict[int, int]:
        if self._rows_of is None:
            self._rows_of = {entry_id: row for row, entry_id in enumerate(self._ids)}
        return self._rows_of

    def total(self) -> int:
        """Entries in the case (deleted ones too when the query shows them), unfiltered."""
        key = self._query.include_deleted
        if key not in self._totals:
            self._totals[key] = len(self._ws.entries.ids(self._case_id, EntryQuery(include_deleted=key)))
        return self._totals[key]

    # Rows.

    @property
    def cached_pages(self) -> list[int]:
        """Page numbers held, least recently used first (for tests and the benchmark)."""
        return self._cache.cached_pages

    def entry_id(self, row: int) -> int:
        return self._ids[row]

    def entry(self, row: int) -> Entry:
        return self._cache.get(row).entry

    def row_of(self, entry_id: int) -> int | None:
        return self._row_index().get(entry_id)

    def entries(self, rows: Iterable[int]) -> list[Entry]:
        """Entries of many rows (a selection) in the order given, without filling the cache."""
        wanted = list(rows)
        cached = {r: row.entry for r in wanted if (row := self._cache.peek(r)) is not None}
        missing = [self._ids[r] for r in wanted if r not in cached]
        fetched: dict[int, Entry] = {}
        for start in range(0, len(missing), _BATCH):
            fetched.update((e.id or 0, e) for e in self._ws.entries.get_many(missing[start:start + _BATCH]))
        return [cached[r] if r in cached else fetched[self._ids[r]] for r in wanted]

    def cell_texts(self, rows: Iterable[int]) -> list[tuple[str, ...]]:
        return [columns.cells(e) for e in self.entries(rows)]

    def invalidate(self, entry_ids: Iterable[int]) -> None:
        """Drop these entries' rows from the cache and repaint them (fetched again when shown)."""
        rows = sorted(r for i in entry_ids if (r := self.row_of(i)) is not None)
        if not rows:
            return
        self._cache.forget(rows)
        self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], len(Column) - 1))

    def apply_change(self, entry_ids: Sequence[int], fields: Iterable[str]) -> None:
        """Entries were changed in these fields: re-query if that can move or filter them."""
        if set(fields) & self._fields_in_query():
            self.refresh_ids()
        else:
            self.invalidate(entry_ids)

    def _fields_in_query(self) -> set[str]:
        q = self._query
        fields = {"when", "deleted", _ORDER_FIELDS[q.order]}
        parts = (("behaviours", q.behaviours), ("channel", q.channels), ("source", q.sources),
                 ("evidential_status", q.evidential), ("disclosure", q.disclosure))
        fields |= {name for name, wanted in parts if wanted}
        return fields | (_TEXT_FIELDS if q.text.strip() else set())

    def _load(self, ids: Sequence[int]) -> list[_Row]:
        return [_Row(e, columns.cells(e)) for e in self._ws.entries.get_many(ids)]

    # QAbstractItemModel.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Click to sort" if Column(section) in SORT_ORDER else "This column can't be sorted"
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.ITEM:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Column.ITEM else None
        if role not in _ROLES:
            return None  # decoration, size hints...: answered without touching the store
        row = self._cache.get(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == ENTRY_ROLE:
            return row.entry
        if role == Qt.ItemDataRole.ToolTipRole:
            return columns.tooltip(row.entry, column)
        if not row.entry.deleted:
            return None
        return _DELETED_COLOUR if role == Qt.ItemDataRole.ForegroundRole else self._strike

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the column's order; columns holding lists can't be sorted (ignored)."""
        if column not in SORT_ORDER:
            return
        query = replace(self._query, order=SORT_ORDER[Column(column)],
                        descending=order == Qt.SortOrder.DescendingOrder)
        if query != self._query:
            self.set_query(query)


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole, ENTRY_ROLE})
