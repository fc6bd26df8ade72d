"""The list of areas being redacted, each with its reason, beside the picture.

The panel holds the draft: areas drawn (or loaded from the newest redacted version to edit)
and not yet saved. Nothing here writes anything; the viewer's redaction controller saves
through the service when the officer presses Save.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QFrame, QWidget

from stalkdesk.domain.vocab import RedactionReason
from stalkdesk.gui.forms.ui_redaction_panel import Ui_RedactionPanel
from stalkdesk.imaging.redact import Rect, Shape
from stalkdesk.services.image_redaction import Region

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


@dataclass
class DraftRegion:
    """An area as drawn; `reason` is None until the officer picks one."""

    shape: Shape
    reason: RedactionReason | None = None
    note: str = ""

    def problem(self) -> str | None:
        if self.reason is None:
            return "has no reason: choose one"
        if self.reason is RedactionReason.OTHER and not self.note.strip():
            return 'is redacted for "Other": say why in its note'
        return None


def describe(shape: Shape) -> str:
    if isinstance(shape, Rect):
        return f"{shape.w} × {shape.h} at {shape.x}, {shape.y}"
    return f"Freehand, {len(shape.points)} points"


class RegionTableModel(QAbstractTableModel):
    """The draft areas: number, shape and place, reason, note."""

    HEADERS = ("#", "Reason", "Area", "Note")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.regions: list[DraftRegion] = []

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.regions)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        region = self.regions[index.row()]
        column = index.column()
        if column == 0:
            return str(index.row() + 1)
        if column == 1:
            return region.reason.label if region.reason else "Choose a reason"
        if column == 2:
            return describe(region.shape)
        return region.note

    def set_regions(self, regions: list[DraftRegion]) -> None:
        self.beginResetModel()
        self.regions = regions
        self.endResetModel()

    def append(self, region: DraftRegion) -> int:
        row = len(self.regions)
        self.beginInsertRows(QModelIndex(), row, row)
        self.regions.append(region)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.regions[row]
        self.endRemoveRows()

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))


class RedactionPanel(QFrame):
    """Emits `shapes_changed()` when the areas or the selection change (to redraw them),
    `save_requested(regions)` with complete regions, `cancel_requested()` and
    `tool_changed(freehand)`."""

    shapes_changed = Signal()
    save_requested = Signal(list)
    cancel_requested = Signal()
    tool_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RedactionPanel()
        self.ui.setupUi(self)
        self.model = RegionTableModel(self)
        table = self.ui.regions_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)  # the note takes what is left
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for reason in RedactionReason:
            self.ui.reason_combo.addItem(reason.label, reason.value)  # Qt keeps a plain str
        self.ui.reason_combo.setCurrentIndex(-1)
        table.selectionModel().currentRowChanged.connect(self._selected)
        self.ui.reason_combo.activated.connect(self._reason_chosen)
        self.ui.note_edit.textEdited.connect(self._note_edited)
        self.ui.delete_button.clicked.connect(self.delete_selected)
        self.ui.save_button.clicked.connect(self._save)
        self.ui.cancel_button.clicked.connect(self.cancel_requested)
        self.ui.freehand_tool_button.toggled.connect(self.tool_changed)
        self.model.rowsInserted.connect(self.shapes_changed)
        self.model.rowsRemoved.connect(self.shapes_changed)
        self.model.modelReset.connect(self.shapes_changed)
        for signal in (self.model.rowsInserted, self.model.modelReset, self.model.dataChanged):
            signal.connect(self._fit_columns)
        self._selected(QModelIndex(), QModelIndex())

    # What the controller sets and reads.

    def start(self, title: str, regions: list[DraftRegion], gps: bool) -> None:
        self.ui.title_label.setText(title)
        self.ui.gps_warning_label.setVisible(gps)
        self.ui.error_label.clear()
        self.ui.rect_tool_button.setChecked(True)
        self.model.set_regions(regions)
        self._select(len(regions) - 1 if regions else None)

    def shapes(self) -> list[Shape]:
        return [r.shape for r in self.model.regions]

    def selected_row(self) -> int | None:
        index = self.ui.regions_table.currentIndex()
        return index.row() if index.isValid() else None

    def add_shape(self, shape: Shape) -> None:
        """A newly drawn area: listed, selected, and the reason list ready for a choice."""
        row = self.model.append(DraftRegion(shape))
        self._select(row)
        self.ui.error_label.clear()
        self.ui.reason_combo.setFocus()

    def set_busy(self, busy: bool, message: str = "") -> None:
        for widget in (self.ui.save_button, self.ui.cancel_button, self.ui.delete_button,
                       self.ui.regions_table, self.ui.reason_combo, self.ui.note_edit):
            widget.setEnabled(not busy)
        self.ui.error_label.setText(message)
        if not busy:
            self._selected(self.ui.regions_table.currentIndex(), QModelIndex())

    def show_error(self, message: str) -> None:
        self.ui.error_label.setText(message)

    # Slots.

    def _fit_columns(self) -> None:
        table = self.ui.regions_table
        for column in range(self.model.columnCount() - 1):
            table.resizeColumnToContents(column)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.model.remove(row)
        self._select(min(row, len(self.model.regions) - 1) if self.model.regions else None)

    def _select(self, row: int | None) -> None:
        table = self.ui.regions_table
        if row is None:
            table.setCurrentIndex(QModelIndex())
            table.clearSelection()
            self._selected(QModelIndex(), QModelIndex())
        else:
            table.selectRow(row)
            table.setCurrentIndex(self.model.index(row, 0))
        self.shapes_changed.emit()

    def _selected(self, current: Index, _previous: Index) -> None:
        region = self.model.regions[current.row()] if current.isValid() else None
        for widget in (self.ui.reason_combo, self.ui.note_edit, self.ui.delete_button):
            widget.setEnabled(region is not None)
        combo = self.ui.reason_combo
        combo.setCurrentIndex(combo.findData(region.reason.value) if region and region.reason else -1)
        self.ui.note_edit.setText(region.note if region else "")
        self.shapes_changed.emit()

    def _reason_chosen(self, index: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        region = self.model.regions[row]
        region.reason = RedactionReason(self.ui.reason_combo.itemData(index))
        self.model.changed(row)
        if region.reason is RedactionReason.OTHER and not region.note.strip():
            self.ui.note_edit.setFocus()

    def _note_edited(self, text: str) -> None:
        row = self.selected_row()
        if row is not None:
            self.model.regions[row].note = text
            self.model.changed(row)

    def _save(self) -> None:
        regions = self.model.regions
        if not regions:
            self.show_error("Nothing to save: drag over the picture to mark an area first.")
            return
        for number, region in enumerate(regions, start=1):
            problem = region.problem()
            if problem:
                self._select(number - 1)
                self.show_error(f"Area {number} {problem}.")
                return
        self.ui.error_label.clear()
        self.save_requested.emit([Region(r.shape, r.reason, r.note.strip())
                                  for r in regions if r.reason is not None])
