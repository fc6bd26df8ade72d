"""File > New case: the URN and the case's headline details, checked by the case service."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stalkdesk.domain.records import Case
from stalkdesk.errors import Conflict
from stalkdesk.gui.cases.case_fields import CaseFields
from stalkdesk.gui.forms.ui_new_case import Ui_NewCaseDialog
from stalkdesk.services import cases
from stalkdesk.services.workspace import Workspace


class NewCaseDialog(QDialog):
    """Creates the case on accept and stays open, with the reason beside the field, if the
    service refuses it. After `accepted`, `case` is the stored case."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        self._ws = ws
        self.case: Case | None = None
        self.fields = CaseFields(self.ui, self, tab_after=self.ui.crime_reference_edit)
        self.fields.fill(Case(urn="", officer_in_case=ws.officer.display if ws.officer else ""))
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Create case")
        self.ui.urn_edit.textChanged.connect(self._update)
        self._update()
        self.ui.urn_edit.setFocus()
        self.resize(self.width(), self.sizeHint().height())

    def _update(self) -> None:
        self._ok.setEnabled(bool(self.ui.urn_edit.text().strip()))

    def accept(self) -> None:
        try:
            self.case = cases.create_case(self._ws, self.fields.read(Case(urn="")))
        except cases.FieldInvalid as error:
            self._refused(error.field, str(error))
            return
        except Conflict as error:  # the only conflict a new case can meet is its URN
            self._refused("urn", str(error))
            return
        super().accept()

    def _refused(self, field: str, message: str) -> None:
        self.fields.show_field_error(field, message)
        widgets = {"urn": self.ui.urn_edit, "other_offence": self.ui.other_offence_edit,
                   "marking": self.ui.marking_combo}
        widget = widgets.get(field)
        if widget is not None:
            widget.setFocus()
