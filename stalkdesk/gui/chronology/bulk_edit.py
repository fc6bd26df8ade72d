"""Bulk edit: add or remove behaviours and set statuses on every selected entry at once.

Each behaviour's box starts as the selection has it: ticked if every entry has it, clear if
none does, part-filled if some do. Part-filled means "leave as it is", so only the boxes the
officer changes become changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import DisclosureStatus, EvidentialStatus
from stalkdesk.gui.chronology.behaviours import add_checkboxes
from stalkdesk.gui.chronology.commands import BulkChange
from stalkdesk.gui.forms.ui_bulk_edit import Ui_BulkEditDialog

LEAVE = "Leave as it is"
Check = Qt.CheckState


class BulkEditDialog(QDialog):
    def __init__(self, entries: Sequence[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BulkEditDialog()
        self.ui.setupUi(self)
        ui = self.ui
        n = len(entries)
        self.setWindowTitle(f"Bulk edit {n:,} entries")
        ui.intro_label.setText(f"Changes apply to the {n:,} selected entries, each one recorded in the audit log. "
                               "Undo (Ctrl+Z) puts back each entry's own values.")
        self.boxes = add_checkboxes(ui.s2a_layout, ui.other_behaviours_layout, self)
        self._initial: dict[Any, Check] = {}
        for b, box in self.boxes.items():
            having = sum(b in e.behaviours for e in entries)
            state = Check.Checked if having == n else Check.Unchecked if having == 0 else Check.PartiallyChecked
            box.setTristate(state == Check.PartiallyChecked)  # only a mixed box can go back to "leave"
            box.setCheckState(state)
            self._initial[b] = state
        self._fill(ui.evidential_combo, list(EvidentialStatus))
        self._fill(ui.disclosure_combo, list(DisclosureStatus))
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(f"Apply to {n:,} entries")

    @staticmethod
    def _fill(combo: QComboBox, values: list[Any]) -> None:
        combo.addItem(LEAVE, None)
        for v in values:
            combo.addItem(v.label, v.value)

    def change(self) -> BulkChange:
        """What the officer asked for; empty if they changed nothing."""
        add = frozenset(b for b, box in self.boxes.items()
                        if box.checkState() == Check.Checked and self._initial[b] != Check.Checked)
        remove = frozenset(b for b, box in self.boxes.items()
                           if box.checkState() == Check.Unchecked and self._initial[b] != Check.Unchecked)
        evidential, disclosure = self.ui.evidential_combo.currentData(), self.ui.disclosure_combo.currentData()
        return BulkChange(add, remove, EvidentialStatus(evidential) if evidential else None,
                          DisclosureStatus(disclosure) if disclosure else None)
