from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import CaseStatus, Offence, Relationship, Role
from stalkdesk.gui.cases import case_overview
from stalkdesk.gui.cases.case_overview import CaseOverview
from stalkdesk.gui.cases.person import PersonDialog
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.models.person_table import Column
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.gui.cases.helpers import audit_rows, overview

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window: MainWindow, case: Case) -> CaseOverview:
    assert case.id is not None
    window.open_case(case.id)
    return overview(window)


def _retype(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_shows_the_case(page: CaseOverview, case: Case) -> None:
    ui = page.ui
    assert ui.urn_edit.text() == case.urn
    assert ui.operation_edit.text() == "Op Larch"
    assert ui.crime_reference_edit.text() == "FC/123/24"
    assert ui.officer_edit.text() == "DC Pat Placeholder (1234)"
    assert page.fields.offence_checks[Offence.PHA_S2A].isChecked()
    assert ui.status_combo.currentData() == CaseStatus.OPEN
    assert not page.pending


def test_enter_saves_the_field_and_it_is_audited(qtbot, window: MainWindow, page: CaseOverview,  # type: ignore[no-untyped-def]
                                                 ws: Workspace, case: Case) -> None:
    _retype(qtbot, page.ui.operation_edit, "Op Larch II")
    assert ws.cases.get(case.id or 0).operation == "Op Larch"  # still typing: not yet
    qtbot.keyClick(page.ui.operation_edit, Qt.Key.Key_Return)
    assert ws.cases.get(case.id or 0).operation == "Op Larch II"
    assert audit_rows(ws)[-1][:3] == ("alter", "case", case.id)
    assert audit_rows(ws)[-1][3] == "Changed operation"
    assert window.windowTitle() == "01FC0000124 – Op Larch II – StalkDesk"
    assert window.workspace is not None and window.workspace.ui.title_label.text() == "Op Larch II"
    assert page.ui.save_state_label.text() == "All changes saved."


def test_a_pause_in_typing_saves(qtbot, page: CaseOverview, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page._idle.setInterval(20)
    _retype(qtbot, page.ui.crime_reference_edit, "FC/456/24")
    qtbot.waitUntil(lambda: ws.cases.get(case.id or 0).crime_reference == "FC/456/24", timeout=2000)
    assert page.focusWidget() is page.ui.crime_reference_edit  # saving does not disturb the typing


def test_ticking_an_offence_or_choosing_a_status_saves_at_once(page: CaseOverview, ws: Workspace,
                                                              case: Case) -> None:
    page.fields.offence_checks[Offence.PHA_S4A].setChecked(True)
    assert ws.cases.get(case.id or 0).offences == (Offence.PHA_S2A, Offence.PHA_S4A)
    combo = page.ui.status_combo
    combo.setCurrentIndex(combo.findData(CaseStatus.AWAITING_CHARGE))
    combo.activated.emit(combo.currentIndex())  # what a choice made by the officer emits
    assert ws.cases.get(case.id or 0).status == CaseStatus.AWAITING_CHARGE


def test_a_refused_field_is_explained_beside_it_and_not_saved(qtbot, page: CaseOverview, ws: Workspace,  # type: ignore[no-untyped-def]
                                                              case: Case) -> None:
    before = audit_rows(ws)
    _retype(qtbot, page.ui.urn_edit, "not a urn")
    qtbot.keyClick(page.ui.urn_edit, Qt.Key.Key_Return)
    assert page.ui.urn_error_label.isVisible()
    assert "is not a URN" in page.ui.urn_error_label.text()
    assert page.ui.save_state_label.text().startswith("Not saved")
    assert ws.cases.get(case.id or 0).urn == case.urn and audit_rows(ws) == before
    _retype(qtbot, page.ui.urn_edit, "01FC0000125")
    qtbot.keyClick(page.ui.urn_edit, Qt.Key.Key_Return)
    assert not page.ui.urn_error_label.isVisible()
    assert ws.cases.get(case.id or 0).urn == "01FC0000125"


def test_an_unchanged_form_writes_nothing(page: CaseOverview, ws: Workspace) -> None:
    before = audit_rows(ws)
    page.ui.operation_edit.editingFinished.emit()
    page.flush()
    assert audit_rows(ws) == before


# People


def _person_dialog(page: CaseOverview) -> PersonDialog:
    [dialog] = [d for d in page.findChildren(PersonDialog) if d.isVisible()]  # closed ones linger
    return dialog


def _save(qtbot, dialog: PersonDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_add_edit_and_remove_a_person(qtbot, page: CaseOverview, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.mouseClick(page.ui.add_person_button, Qt.MouseButton.LeftButton)
    dialog = _person_dialog(page)
    ui = dialog.ui
    ui.role_combo.setCurrentIndex(ui.role_combo.findData(Role.SUSPECT))
    qtbot.keyClicks(ui.name_edit, "Sam Sample")
    ui.aliases_edit.setPlainText("Sammy\n\nS. Sample")
    ui.dob_known_check.setChecked(True)
    ui.dob_edit.setDate(QDate(1988, 4, 2))
    ui.phones_edit.setPlainText("07700 900123\n+44 7700 900456")
    ui.emails_edit.setPlainText("Sam@Example.invalid")
    ui.handles_edit.setPlainText("instagram:@sam.sample")
    ui.relationship_combo.setCurrentIndex(ui.relationship_combo.findData(Relationship.EX_PARTNER))
    assert "redacted" in ui.redaction_note_label.text()
    _save(qtbot, dialog)
    assert not dialog.isVisible()

    [stored] = ws.people.list(case.id or 0)
    assert stored.role == Role.SUSPECT and stored.name == "Sam Sample"
    assert stored.aliases == ("Sammy", "S. Sample")
    assert stored.date_of_birth == date(1988, 4, 2)
    assert stored.phones == ("+447700900123", "+447700900456")  # normalised to E.164
    assert stored.emails == ("sam@example.invalid",)
    assert stored.relationship == Relationship.EX_PARTNER
    model = page.people_model
    assert model.rowCount() == 1
    assert model.index(0, Column.PHONES).data() == "07700 900123, 07700 900456"  # shown the UK way
    assert model.index(0, Column.RELATIONSHIP).data() == "Ex partner"
    assert page.ui.people_table.currentIndex().row() == 0  # the new person is selected

    qtbot.mouseClick(page.ui.edit_person_button, Qt.MouseButton.LeftButton)
    dialog = _person_dialog(page)
    assert dialog.ui.phones_edit.toPlainText() == "07700 900123\n07700 900456"
    assert dialog.ui.dob_edit.date() == QDate(1988, 4, 2)
    dialog.ui.name_edit.setText("Samuel Sample")
    dialog.ui.phones_edit.setPlainText("07700900789")
    _save(qtbot, dialog)
    [stored] = ws.people.list(case.id or 0)
    assert stored.name == "Samuel Sample" and stored.phones == ("+447700900789",)
    assert audit_rows(ws)[-1][:2] == ("alter", "person")

    monkeypatch.setattr(case_overview.QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    page.ui.people_table.selectRow(0)
    qtbot.mouseClick(page.ui.remove_person_button, Qt.MouseButton.LeftButton)
    assert ws.people.list(case.id or 0) == []
    assert model.rowCount() == 0
    assert audit_rows(ws)[-1][:2] == ("delete", "person")
    assert not page.ui.edit_person_button.isEnabled()


def test_a_bad_phone_is_explained_beside_it(qtbot, page: CaseOverview, ws: Workspace, case: Case) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.ui.add_person_button, Qt.MouseButton.LeftButton)
    dialog = _person_dialog(page)
    qtbot.keyClicks(dialog.ui.name_edit, "Jo Example")
    dialog.ui.phones_edit.setPlainText("07700")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.phones_error_label.isVisible()
    assert "07700" in dialog.ui.phones_error_label.text()
    assert ws.people.list(case.id or 0) == []
    dialog.ui.phones_edit.setPlainText("07700 900123")
    _save(qtbot, dialog)
    assert [p.phones for p in ws.people.list(case.id or 0)] == [("+447700900123",)]


def test_removing_asks_first(page: CaseOverview, ws: Workspace, case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    ws.people.add(case.id or 0, factories.victim())
    page.reload()
    monkeypatch.setattr(case_overview.QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    page.ui.people_table.selectRow(0)
    page.ui.remove_person_button.click()
    assert len(ws.people.list(case.id or 0)) == 1


def test_people_are_listed_victim_first(page: CaseOverview, ws: Workspace, case: Case, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    ws.people.add(case.id or 0, factories.suspect())
    ws.people.add(case.id or 0, factories.victim())
    page.reload()
    model = page.people_model
    assert [model.index(r, Column.ROLE).data() for r in range(2)] == ["Victim", "Suspect"]
    assert model.index(0, Column.RELATIONSHIP).data() == ""  # "not applicable" is left blank
    assert model.headerData(Column.PHONES, Qt.Orientation.Horizontal) == "Phones"
    qtmodeltester.check(model)
