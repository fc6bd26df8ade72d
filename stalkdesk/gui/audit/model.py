"""The audit trail as a table model: row keys held in full, rows fetched a page at a time.

A case can gather many thousands of rows over a year; the model holds only their keys
(see `services.audit_trail`) and asks for the rows on screen, like the chronology does.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from stalkdesk.gui.chronology.row_cache import PageCache
from stalkdesk.gui.models.rows import Index
from stalkdesk.services.audit_trail import AuditListing, uk_time

LISTING_ROLE = Qt.ItemDataRole.UserRole + 1
IMPORTED_BACKGROUND = QColor("#fff4dc")  # amber: rows handed over with the case
IMPORTED_TIP = ("Handed over with the case: the sending officer's own audit row, kept beside this "
                "store's chain (bundle SHA-256 {bundle}).")


class Column(IntEnum):
    SEQ = 0
    TIME = 1
    OFFICER = 2
    ACTION = 3
    OBJECT = 4
    SUMMARY = 5
    REASON = 6


HEADERS = ("Seq", "Time (UK)", "Officer", "Action", "Object", "Summary", "Reason")


def object_text(listing: AuditListing) -> str:
    e = listing.event
    return e.object_type if e.object_id is None else f"{e.object_type} {e.object_id}"


def cell(listing: AuditListing, column: int) -> str:
    e = listing.event
    if column == Column.SEQ:
        return f"imported {e.seq}" if listing.imported else str(e.seq)
    values = {Column.TIME: uk_time(e.at), Column.OFFICER: e.officer, Column.ACTION: e.action,
              Column.OBJECT: object_text(listing), Column.SUMMARY: e.summary, Column.REASON: e.reason}
    return values[Column(column)]


class AuditTableModel(QAbstractTableModel):
    """Read-only. `keys(action)` gives the row keys for a filter; `load(keys)` the rows."""

    def __init__(self, keys: Callable[[str], Sequence[int]],
                 load: Callable[[Sequence[int]], list[AuditListing]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys_for = keys
        self._cache: PageCache[AuditListing] = PageCache(load)
        self._keys: Sequence[int] = ()
        self.action = ""
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_action(self, action: str) -> None:
        """Show only rows of this action ("" for all)."""
        self.action = action
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._keys = list(self._keys_for(self.action))
        self._cache.reset(self._keys)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on close and on lock)."""
        self.beginResetModel()
        self._keys = ()
        self._cache.clear()
        self.endResetModel()

    @property
    def imported_count(self) -> int:
        return sum(1 for k in self._keys if k < 0)

    def listing(self, row: int) -> AuditListing:
        return self._cache.get(row)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
                        Qt.ItemDataRole.FontRole, LISTING_ROLE):
            return None
        listing = self._cache.get(index.row())
        if role == LISTING_ROLE:
            return listing
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(listing, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if listing.imported:
                return IMPORTED_TIP.format(bundle=listing.imported_from)
            text = cell(listing, index.column())  # the whole of a cut-off cell, never read as markup
            return f"<p>{html.escape(text)}</p>" if text and index.column() in (Column.SUMMARY, Column.REASON) else None
        if listing.imported:
            return QBrush(IMPORTED_BACKGROUND) if role == Qt.ItemDataRole.BackgroundRole else self._italic
        return None
