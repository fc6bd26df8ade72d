from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import Offence
from stalkdesk.gui.cases.new_case import NewCaseDialog
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.services.workspace import Workspace
from tests.gui.cases.helpers import audit_rows

pytestmark = pytest.mark.gui


def _dialog(window: MainWindow) -> NewCaseDialog:
    window.ui.new_case_action.trigger()
    dialog = window.findChild(NewCaseDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _create(qtbot, dialog: NewCaseDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_shortcut_and_fields(window: MainWindow, ws: Workspace) -> None:
    assert window.ui.new_case_action.shortcut().toString() == "Ctrl+Shift+N"
    dialog = _dialog(window)
    labels = [check.text() for check in dialog.fields.offence_checks.values()]
    assert labels == [o.label for o in Offence]  # the statute wording, in full
    assert "Protection from Harassment Act 1997 s.4A" in labels[3]
    assert ws.officer is not None and dialog.ui.officer_edit.text() == ws.officer.display
    combo = dialog.ui.marking_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["OFFICIAL", "OFFICIAL-SENSITIVE"]
    assert combo.currentText() == "OFFICIAL-SENSITIVE"
    assert not dialog.ui.other_offence_edit.isEnabled()
    dialog.fields.offence_checks[Offence.OTHER].setChecked(True)
    assert dialog.ui.other_offence_edit.isEnabled()


def test_bad_urn_is_explained_beside_the_field_and_creates_nothing(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                   ws: Workspace) -> None:
    before = audit_rows(ws)
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.ui.urn_edit, "12345")
    _create(qtbot, dialog)
    assert dialog.isVisible()
    error = dialog.ui.urn_error_label
    assert error.isVisible() and "is not a URN" in error.text()
    assert not dialog.ui.error_label.isVisible()
    assert dialog.focusWidget() is dialog.ui.urn_edit  # (hasFocus needs an active window)
    assert ws.cases.list() == [] and audit_rows(ws) == before


def test_other_offence_needs_its_name(qtbot, window: MainWindow, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.ui.urn_edit, "01FC0000124")
    dialog.fields.offence_checks[Offence.OTHER].setChecked(True)
    _create(qtbot, dialog)
    assert dialog.ui.other_offence_error_label.isVisible()
    assert "other offence" in dialog.ui.other_offence_error_label.text()
    assert not dialog.ui.urn_error_label.isVisible()
    assert ws.cases.list() == []


def test_duplicate_urn_is_explained_beside_the_field(qtbot, window: MainWindow, case: Case,  # type: ignore[no-untyped-def]
                                                     ws: Workspace) -> None:
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.ui.urn_edit, case.urn.lower())
    _create(qtbot, dialog)
    assert dialog.isVisible()
    assert "already exists" in dialog.ui.urn_error_label.text()
    assert len(ws.cases.list()) == 1


def test_good_case_is_created_listed_and_opened(qtbot, window: MainWindow, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.ui.urn_edit, "01 fc 00001 24")
    qtbot.keyClicks(dialog.ui.operation_edit, "Operation Hazel")
    qtbot.keyClicks(dialog.ui.crime_reference_edit, "FC/999/24")
    dialog.fields.offence_checks[Offence.PHA_S2A].setChecked(True)
    dialog.fields.offence_checks[Offence.OTHER].setChecked(True)
    qtbot.keyClicks(dialog.ui.other_offence_edit, "Malicious Communications Act 1988 s.1")
    dialog.ui.marking_combo.setCurrentText("OFFICIAL")
    _create(qtbot, dialog)
    assert not dialog.isVisible()

    [summary] = ws.cases.list()
    stored = summary.case
    assert stored.urn == "01FC0000124"  # tidied by the service
    assert stored.operation == "Operation Hazel" and stored.crime_reference == "FC/999/24"
    assert stored.offences == (Offence.PHA_S2A, Offence.OTHER)
    assert stored.other_offence == "Malicious Communications Act 1988 s.1"
    assert stored.marking == "OFFICIAL"
    assert ws.officer is not None and stored.officer_in_case == ws.officer.display
    assert window.case_model.rowCount() == 1
    assert window.workspace is not None and window.workspace.case.id == stored.id
    assert window.windowTitle() == "01FC0000124 – Operation Hazel – StalkDesk"
    assert [r[0] for r in audit_rows(ws)[-2:]] == ["create", "view"]


def test_cancel_creates_nothing(window: MainWindow, ws: Workspace) -> None:
    dialog = _dialog(window)
    dialog.ui.urn_edit.setText("01FC0000124")
    dialog.reject()
    assert ws.cases.list() == [] and window.workspace is None
