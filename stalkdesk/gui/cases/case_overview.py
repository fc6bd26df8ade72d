"""The Overview tab: the case's details, saved as they are made, and its people.

There is no Save button. A field is saved when the officer finishes with it (Enter, or
focus leaving it), when a box is ticked or a choice made, and after a short pause in typing,
so that nothing typed is lost if the laptop is shut or the session locks mid-sentence.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import CaseStatus
from stalkdesk.errors import Conflict, UserError
from stalkdesk.gui.cases.case_fields import CaseFields
from stalkdesk.gui.cases.person import PersonDialog
from stalkdesk.gui.forms.ui_case_overview import Ui_CaseOverview
from stalkdesk.gui.models.person_table import PersonTableModel
from stalkdesk.services import cases
from stalkdesk.services.workspace import Workspace

IDLE_SAVE_MS = 1000  # a pause in typing this long saves what is there

# When a field cannot be saved at lock time, these go back to their stored values so that
# the rest of the form can still be saved (the offence list and its "other" name go together).
_REVERT = {"other_offence": ("offences", "other_offence"), "offences": ("offences", "other_offence")}


class CaseOverview(QWidget):
    """Emits `case_changed(Case)` after each save, so the header and window title follow."""

    case_changed = Signal(object)

    def __init__(self, ws: Workspace, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseOverview()
        self.ui.setupUi(self)
        self._ws = ws
        self._case = case
        self._person_dialog: PersonDialog | None = None
        self._cleared = False  # after clear() the blank form must never be saved over the case
        self.fields = CaseFields(self.ui, self, tab_after=self.ui.status_combo)
        for status in CaseStatus:
            self.ui.status_combo.addItem(status.label, status)
        self.ui.status_combo.activated.connect(lambda _index: self.save())

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_SAVE_MS)
        self._idle.timeout.connect(lambda: self.save(typing=True))
        self.fields.edited.connect(self._idle.start)
        self.fields.committed.connect(self.save)

        assert case.id is not None
        self.people_model = PersonTableModel(lambda: ws.people.list(case.id or 0), self)
        table = self.ui.people_table
        table.setModel(self.people_model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the emails, the longest and the least read
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.activated.connect(self._edit_person_at)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.people_model.modelReset.connect(self._update_buttons)
        self.ui.add_person_button.clicked.connect(lambda: self._open_person(None))
        self.ui.edit_person_button.clicked.connect(lambda: self._edit_person_at(table.currentIndex()))
        self.ui.remove_person_button.clicked.connect(self._remove_person)
        self.reload()

    @property
    def case(self) -> Case:
        return self._case

    def reload(self) -> None:
        """Show the case and its people as stored."""
        self._cleared = False
        self._case = self._ws.cases.get(self._case.id or 0)
        self._show_case(keep_focused=False)
        self.people_model.refresh()

    def _show_case(self, keep_focused: bool) -> None:
        self.fields.fill(self._case, keep_focused=keep_focused)
        self.ui.status_combo.setCurrentIndex(self.ui.status_combo.findData(self._case.status))

    def _read(self) -> Case:
        # Qt hands StrEnum item data back as plain str.
        return replace(self.fields.read(self._case), status=CaseStatus(self.ui.status_combo.currentData()))

    @property
    def pending(self) -> bool:
        """Whether the form shows anything the store does not yet hold."""
        return self._read() != self._case

    def save(self, typing: bool = False) -> bool:
        """Save what the form shows; False (with the reason beside the field) if refused.

        While the officer is still typing (`typing`), the field with the cursor keeps its
        text as typed, and a refusal for that field waits until they leave it.
        """
        self._idle.stop()
        if self._cleared or not self.pending:
            return True
        try:
            saved = cases.update_case(self._ws, self._read())
        except (cases.FieldInvalid, Conflict) as error:
            field = getattr(error, "field", "urn")  # Conflict: a URN another case already has
            if not (typing and self._field_has_focus(field)):
                self.fields.show_field_error(field, str(error))
            self.ui.save_state_label.setText("Not saved: see the message above.")
            return False
        self._saved(saved, keep_focused=typing)
        return True

    def _saved(self, saved: Case, keep_focused: bool) -> None:
        self._case = saved
        self.fields.clear_errors()
        self._show_case(keep_focused=keep_focused)
        self.ui.save_state_label.setText("All changes saved.")
        self.case_changed.emit(saved)

    def _field_has_focus(self, field: str) -> bool:
        ui = self.ui
        widgets = {"urn": ui.urn_edit, "other_offence": ui.other_offence_edit}
        widget = widgets.get(field)
        return widget is not None and widget.hasFocus()

    def flush(self) -> None:
        """Commit everything typed, now (before a lock or closing the case).

        A field the service refuses cannot be stored; it goes back to its stored value so the
        other changes still are. An open person dialog is saved if what it holds is valid.
        """
        self._idle.stop()
        if self._cleared:
            return
        dialog = self._person_dialog
        if dialog is not None and dialog.changed:
            dialog.accept()  # saves, or stays open if refused
        candidate = self._read()
        for _ in range(len(_REVERT) + 3):
            if candidate == self._case:
                break
            try:
                self._saved(cases.update_case(self._ws, candidate), keep_focused=False)
                break
            except (cases.FieldInvalid, Conflict) as error:
                field = getattr(error, "field", "urn")
                names = _REVERT.get(field, (field,))
                candidate = replace(candidate, **{n: getattr(self._case, n) for n in names})

    def clear(self) -> None:
        """Forget the case's data: every field and the people (on lock)."""
        self._cleared = True
        self._idle.stop()
        if self._person_dialog is not None:
            self._person_dialog.discard()
        self.fields.clear()
        self.people_model.clear()

    # People

    def _update_buttons(self) -> None:
        selected = self.ui.people_table.selectionModel().hasSelection()
        self.ui.edit_person_button.setEnabled(selected)
        self.ui.remove_person_button.setEnabled(selected)

    def _edit_person_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_person(index.row())

    def _open_person(self, row: int | None) -> None:
        person = self.people_model.person(row) if row is not None else None
        dialog = PersonDialog(self._ws, self._case.id or 0, person, self)
        # open(), not exec(): a nested event loop would still be running when an idle lock
        # closes the store underneath it.
        dialog.finished.connect(lambda _result: self._person_closed(dialog))
        self._person_dialog = dialog
        dialog.open()

    def _person_closed(self, dialog: PersonDialog) -> None:
        self._person_dialog = None
        dialog.deleteLater()
        if dialog.person is not None:
            self.people_model.refresh()
            row = self.people_model.row_of(dialog.person.id)
            if row >= 0:
                self.ui.people_table.selectRow(row)

    def _remove_person(self) -> None:
        index = self.ui.people_table.currentIndex()
        if not index.isValid():
            return
        person = self.people_model.person(index.row())
        answer = QMessageBox.question(
            self, "Remove person",
            f"Remove {person.name} from this case?\n\nThe audit trail keeps a record of the removal.")
        if answer != QMessageBox.StandardButton.Yes or person.id is None:
            return
        try:
            self._ws.people.delete(person.id)
        except UserError as error:
            QMessageBox.warning(self, "StalkDesk", str(error))
        self.people_model.refresh()
