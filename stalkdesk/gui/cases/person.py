"""Add or edit one person of a case: who they are and how to reach them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from stalkdesk.domain import phones
from stalkdesk.domain.records import Person
from stalkdesk.domain.vocab import Relationship, Role
from stalkdesk.gui.dialogs.common import show_error
from stalkdesk.gui.forms.ui_person import Ui_PersonDialog
from stalkdesk.services import cases
from stalkdesk.services.workspace import Workspace

_BLANK = Person(role=Role.WITNESS, name="")

def lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    """One item per non-blank line; the service tidies the rest."""
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class PersonDialog(QDialog):
    """Saves through `services.cases.save_person` on accept and stays open, with the reason
    beside the field, if it is refused. After `accepted`, `person` is the stored person."""

    def __init__(self, ws: Workspace, case_id: int, person: Person | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._ws = ws
        self._case_id = case_id
        self._original = person
        self.person: Person | None = None
        for role in Role:
            self.ui.role_combo.addItem(role.label, role)
        for relationship in Relationship:
            self.ui.relationship_combo.addItem(relationship.label, relationship)
        self.ui.dob_known_check.toggled.connect(self.ui.dob_edit.setEnabled)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.setWindowTitle("Edit person" if person else "Add person")
        self._fill(person or _BLANK)
        self._clear_errors()
        self.resize(self.width(), self.sizeHint().height())

    def _list_edits(self) -> dict[str, QPlainTextEdit]:
        ui = self.ui
        return {"aliases": ui.aliases_edit, "addresses": ui.addresses_edit, "phones": ui.phones_edit,
                "emails": ui.emails_edit, "handles": ui.handles_edit, "vehicles": ui.vehicles_edit}

    def _fill(self, person: Person) -> None:
        ui = self.ui
        ui.role_combo.setCurrentIndex(ui.role_combo.findData(person.role))
        ui.name_edit.setText(person.name)
        ui.relationship_combo.setCurrentIndex(ui.relationship_combo.findData(person.relationship))
        ui.notes_edit.setPlainText(person.notes)
        dob = person.date_of_birth
        ui.dob_known_check.setChecked(dob is not None)
        ui.dob_edit.setEnabled(dob is not None)
        # A blank date edit is not possible; an adult's plausible date is the least surprising.
        ui.dob_edit.setDate(QDate(dob.year, dob.month, dob.day) if dob else QDate(1990, 1, 1))
        for name, edit in self._list_edits().items():
            values = getattr(person, name)
            shown = [phones.display(v) for v in values] if name == "phones" else list(values)
            edit.setPlainText("\n".join(shown))

    def read(self) -> Person:
        """What the form shows, on top of the person being edited (their id and case)."""
        ui = self.ui
        base = self._original or _BLANK
        picked = ui.dob_edit.date()
        dob = date(picked.year(), picked.month(), picked.day()) if ui.dob_known_check.isChecked() else None
        # Qt hands StrEnum item data back as plain str, hence Role(...) and Relationship(...).
        return replace(base, role=Role(ui.role_combo.currentData()), name=ui.name_edit.text().strip(),
                       relationship=Relationship(ui.relationship_combo.currentData()),
                       notes=ui.notes_edit.toPlainText().strip(), date_of_birth=dob,
                       aliases=lines(ui.aliases_edit), addresses=lines(ui.addresses_edit),
                       phones=lines(ui.phones_edit), emails=lines(ui.emails_edit),
                       handles=lines(ui.handles_edit), vehicles=lines(ui.vehicles_edit))

    def accept(self) -> None:
        self._clear_errors()
        try:
            self.person = cases.save_person(self._ws, self._case_id, self.read())
        except cases.FieldInvalid as error:
            label, widget = self._error_place(error.field)
            show_error(label, str(error))
            widget.setFocus()
            return
        super().accept()

    def _error_place(self, field: str) -> tuple[QLabel, QWidget]:
        ui = self.ui
        places: dict[str, tuple[QLabel, QWidget]] = {
            "name": (ui.name_error_label, ui.name_edit),
            "phones": (ui.phones_error_label, ui.phones_edit),
            "emails": (ui.emails_error_label, ui.emails_edit),
        }
        return places.get(field, (ui.error_label, ui.name_edit))

    def _clear_errors(self) -> None:
        ui = self.ui
        for label in (ui.name_error_label, ui.phones_error_label, ui.emails_error_label, ui.error_label):
            show_error(label, "")

    @property
    def changed(self) -> bool:
        """Whether the form differs from what was stored (phones compared as shown)."""
        shown = self._original or _BLANK
        return self.read() != replace(shown, phones=tuple(phones.display(p) for p in shown.phones))

    def discard(self) -> None:
        """Empty the form and close without saving (on lock: no personal data left on screen)."""
        self.ui.name_edit.clear()
        self.ui.notes_edit.clear()
        for edit in self._list_edits().values():
            edit.clear()
        self.reject()
