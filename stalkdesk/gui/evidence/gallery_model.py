"""The exhibits of a case as a list model for the gallery: text, thumbnail, tooltip.

A case has tens to a few hundred exhibits, so their records are held in memory; the
thumbnails are not fetched up front but when a card is first painted (the view asks for
its decoration), in batches, by the `ThumbnailLoader`. Until a thumbnail arrives the card
shows its type icon.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap

from stalkdesk.domain import exhibit_ref
from stalkdesk.domain.records import Exhibit
from stalkdesk.gui.evidence.details import human_size
from stalkdesk.gui.evidence.icons import kind_icon
from stalkdesk.gui.evidence.thumbnails import ThumbnailLoader
from stalkdesk.imaging import is_decodable_image

Index = QModelIndex | QPersistentModelIndex

EXHIBIT_ROLE = Qt.ItemDataRole.UserRole  # the Exhibit behind a row
ID_ROLE = Qt.ItemDataRole.UserRole + 1
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 2
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 3
FILTER_ROLE = Qt.ItemDataRole.UserRole + 4  # what the filter field searches
LOADING_ROLE = Qt.ItemDataRole.UserRole + 5  # True while the thumbnail is on its way
ICON_SIZE = 96


def caption(exhibit: Exhibit) -> str:
    """The file's extension for a type icon ("MP3"), as officers recognise files by it."""
    return PurePath(exhibit.original_filename).suffix.lstrip(".").upper()[:4]


def escaped_tooltip(*lines: str) -> str:
    """Rich text with every value escaped. Qt renders a tooltip that looks like HTML as HTML,
    and file names, descriptions and message text come from the victim's or suspect's devices."""
    return "<p style='white-space:pre'>" + "<br>".join(html.escape(line) for line in lines) + "</p>"


def tooltip(exhibit: Exhibit) -> str:
    short = f"{exhibit.sha256[:16]}…" if exhibit.sha256 else "not recorded"
    return escaped_tooltip(f"{exhibit.reference}: {exhibit.original_filename or 'no file name'}",
                           f"{human_size(exhibit.size)}, {exhibit.media_type}", f"SHA-256 {short}")


class ExhibitListModel(QAbstractListModel):
    """Read-only. `refresh()` reloads from the injected source; `clear()` forgets everything."""

    def __init__(self, source: Callable[[], Sequence[Exhibit]], loader: ThumbnailLoader | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._loader = loader
        self._rows: list[Exhibit] = []
        self._row_of: dict[int, int] = {}
        self._pixmaps: dict[int, QPixmap] = {}
        self._asked: set[int] = set()  # requested from the loader
        self._answered: set[int] = set()  # came back, with a thumbnail or without one
        self._pending: list[int] = []
        # Coalesces the decoration requests of one paint into one batch for the loader.
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request_pending)
        if loader is not None:
            loader.loaded.connect(self._on_loaded)

    def refresh(self) -> None:
        exhibits = sorted(self._source(), key=lambda e: exhibit_ref.sort_key(e.reference))
        self.beginResetModel()
        self._rows = exhibits
        self._row_of = {e.id: row for row, e in enumerate(exhibits) if e.id is not None}
        # Thumbnails never change for an exhibit, so those already shown are kept (no flicker).
        self._pixmaps = {eid: pm for eid, pm in self._pixmaps.items() if eid in self._row_of}
        self._asked = {eid for eid in self._asked if eid in self._row_of}
        self._answered &= self._asked
        self.endResetModel()

    def clear(self) -> None:
        """Drop every record and picture of the case (the store is being locked)."""
        if self._loader is not None:
            self._loader.cancel()
        self._flush.stop()
        self.beginResetModel()
        self._rows, self._row_of, self._pixmaps = [], {}, {}
        self._asked, self._answered, self._pending = set(), set(), []
        self.endResetModel()

    def exhibit(self, row: int) -> Exhibit:
        return self._rows[row]

    def row_of(self, exhibit_id: int) -> int | None:
        return self._row_of.get(exhibit_id)

    def thumbnail(self, exhibit_id: int) -> QPixmap | None:
        return self._pixmaps.get(exhibit_id)

    @property
    def thumbnail_count(self) -> int:
        return len(self._pixmaps)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{e.reference}\n{e.description}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(e)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(e)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Exhibit {e.reference}, {e.kind.label}: {e.description}"
        if role == EXHIBIT_ROLE:
            return e
        if role == ID_ROLE:
            return e.id
        if role == REFERENCE_ROLE:
            return e.reference
        if role == DESCRIPTION_ROLE:
            return e.description
        if role == FILTER_ROLE:
            return f"{e.reference}\n{e.description}\n{e.original_filename}"
        if role == LOADING_ROLE:
            return self._wants_thumbnail(e) and e.id not in self._answered
        return None

    def _wants_thumbnail(self, e: Exhibit) -> bool:
        return self._loader is not None and e.id is not None and is_decodable_image(e.media_type)

    def _decoration(self, e: Exhibit) -> QPixmap:
        if e.id is not None and e.id in self._pixmaps:
            return self._pixmaps[e.id]
        if self._wants_thumbnail(e) and e.id not in self._asked:
            assert e.id is not None
            self._asked.add(e.id)
            self._pending.append(e.id)
            self._flush.start()
        return kind_icon(e.kind, ICON_SIZE, caption(e))

    def _request_pending(self) -> None:
        pending, self._pending = self._pending, []
        if pending and self._loader is not None:
            self._loader.request(pending)

    def _on_loaded(self, ids: list[int], images: dict[int, QImage]) -> None:
        for eid in ids:
            row = self._row_of.get(eid)
            if row is None:
                continue  # removed, or the case was cleared, while it was being read
            self._answered.add(eid)
            if eid in images:
                self._pixmaps[eid] = QPixmap.fromImage(images[eid])
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
