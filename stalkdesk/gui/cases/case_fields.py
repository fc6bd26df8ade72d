"""The case's own fields, shared by the New case dialog and the Overview tab.

Both Designer forms name their widgets the same way (`urn_edit`, `urn_error_label`,
`offences_layout`, ...); this class fills them from a `Case`, reads them back, and puts a
service's `FieldInvalid` message beside the field it names.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from stalkdesk.domain.records import Case
from stalkdesk.domain.validation import normalise_urn
from stalkdesk.domain.vocab import DEFAULT_MARKING, MARKINGS, Offence
from stalkdesk.gui.dialogs.common import show_error


class CaseFormUi(Protocol):
    """The widgets a case form's Designer file must provide."""

    urn_edit: QLineEdit
    urn_error_label: QLabel
    operation_edit: QLineEdit
    crime_reference_edit: QLineEdit
    offences_layout: QVBoxLayout
    other_offence_edit: QLineEdit
    other_offence_error_label: QLabel
    officer_edit: QLineEdit
    marking_combo: QComboBox
    marking_error_label: QLabel
    error_label: QLabel


class CaseFields(QObject):
    """`edited` fires as text is typed; `committed` when an edit is finished (Enter,
    focus out, a box ticked, a choice made), which is the moment to save it."""

    edited = Signal()
    committed = Signal()

    def __init__(self, ui: CaseFormUi, parent: QWidget, tab_after: QWidget) -> None:
        """`tab_after`: the widget the offence checkboxes follow in the tab order."""
        super().__init__(parent)
        self.ui = ui
        # Checkboxes come from the vocabulary, so a new offence needs no Designer change;
        # they go above the "other offence" line, which belongs to the last of them.
        self.offence_checks: dict[Offence, QCheckBox] = {}
        for n, offence in enumerate(Offence):
            check = QCheckBox(offence.label, parent)
            check.setObjectName(f"{offence.value}_check")
            ui.offences_layout.insertWidget(n, check)
            self.offence_checks[offence] = check
            check.toggled.connect(self._offence_toggled)
        # Made at run time, the boxes would otherwise come last in the tab order.
        chain = [tab_after, *self.offence_checks.values(), ui.other_offence_edit]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        ui.marking_combo.addItems(list(MARKINGS))
        ui.marking_combo.setCurrentText(DEFAULT_MARKING)
        ui.marking_combo.activated.connect(self.committed)
        for edit in self.line_edits:
            edit.textEdited.connect(self.edited)
            edit.editingFinished.connect(self.committed)
        self._update_other()
        self.clear_errors()

    @property
    def line_edits(self) -> tuple[QLineEdit, ...]:
        ui = self.ui
        return (ui.urn_edit, ui.operation_edit, ui.crime_reference_edit, ui.other_offence_edit, ui.officer_edit)

    def _offence_toggled(self) -> None:
        self._update_other()
        # Ticking "Other" is finished only once the offence is named (the line's focus-out
        # commits it); saving now would only earn an error for not having typed it yet.
        if not (self.offence_checks[Offence.OTHER].isChecked() and not self.ui.other_offence_edit.text().strip()):
            self.committed.emit()

    def _update_other(self) -> None:
        on = self.offence_checks[Offence.OTHER].isChecked()
        self.ui.other_offence_edit.setEnabled(on)
        if on and not self.ui.other_offence_edit.text():
            self.ui.other_offence_edit.setFocus()

    def fill(self, case: Case, keep_focused: bool = False) -> None:
        """Show `case`. With `keep_focused`, the field being typed in keeps its text and cursor."""
        ui = self.ui
        values = {ui.urn_edit: case.urn, ui.operation_edit: case.operation,
                  ui.crime_reference_edit: case.crime_reference, ui.other_offence_edit: case.other_offence,
                  ui.officer_edit: case.officer_in_case}
        for edit, text in values.items():
            if edit.text() != text and not (keep_focused and edit.hasFocus()):
                edit.setText(text)
        for offence, check in self.offence_checks.items():
            check.blockSignals(True)  # filling is not an edit to save
            check.setChecked(offence in case.offences)
            check.blockSignals(False)
        ui.marking_combo.setCurrentText(case.marking)
        self.ui.other_offence_edit.setEnabled(self.offence_checks[Offence.OTHER].isChecked())

    def read(self, base: Case) -> Case:
        """`base` with what the form shows, tidied as the service will tidy it, so that an
        unchanged form compares equal to the stored case and is not saved again."""
        ui = self.ui
        offences = tuple(o for o, check in self.offence_checks.items() if check.isChecked())
        other = ui.other_offence_edit.text().strip() if Offence.OTHER in offences else ""
        return replace(base, urn=normalise_urn(ui.urn_edit.text()), operation=ui.operation_edit.text().strip(),
                       crime_reference=ui.crime_reference_edit.text().strip(), offences=offences,
                       other_offence=other, officer_in_case=ui.officer_edit.text().strip(),
                       marking=ui.marking_combo.currentText())

    def error_label(self, field: str) -> QLabel:
        """The label beside `field`, or the form's general one for a field without its own."""
        ui = self.ui
        labels = {"urn": ui.urn_error_label, "other_offence": ui.other_offence_error_label,
                  "offences": ui.other_offence_error_label, "marking": ui.marking_error_label}
        return labels.get(field, ui.error_label)

    def show_field_error(self, field: str, message: str) -> None:
        self.clear_errors()
        show_error(self.error_label(field), message)

    def clear_errors(self) -> None:
        ui = self.ui
        for label in (ui.urn_error_label, ui.other_offence_error_label, ui.marking_error_label, ui.error_label):
            show_error(label, "")

    def clear(self) -> None:
        """Empty every field (on lock), without it counting as an edit."""
        for edit in self.line_edits:
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        for check in self.offence_checks.values():
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.clear_errors()
