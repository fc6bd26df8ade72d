"""Add continuity event: one movement of an exhibit, recorded against the acting officer."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stalkdesk.domain.records import ContinuityEvent, Exhibit
from stalkdesk.domain.vocab import DEFAULT_ZONE, ContinuityAction
from stalkdesk.gui.dialogs.common import fit_height, show_error, show_failure
from stalkdesk.gui.evidence.add_evidence import local_to_utc
from stalkdesk.gui.forms.ui_continuity_event import Ui_ContinuityEventDialog
from stalkdesk.gui.tasks import Runner
from stalkdesk.services.workspace import Workspace


class ContinuityEventDialog(QDialog):
    """Saves through `ws.exhibits.add_continuity` on accept; then `saved` holds what was saved.

    The write goes through the runner like every other: behind an intake that holds the
    store's one writer it waits there, not in the GUI thread.
    """

    def __init__(self, ws: Workspace, exhibit: Exhibit, runner: Runner, zone: str = DEFAULT_ZONE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContinuityEventDialog()
        self.ui.setupUi(self)
        assert exhibit.id is not None
        self._ws, self._exhibit_id, self._runner, self._zone = ws, exhibit.id, runner, zone
        # Not `self.event`: that would hide QWidget.event(), through which Qt delivers every event.
        self.saved: ContinuityEvent | None = None
        self.recorded_by = ws.officer.display if ws.officer else ""
        self.setWindowTitle(f"Add continuity event: {exhibit.reference}")
        self.ui.intro_label.setText(
            f"Record a movement of exhibit {exhibit.reference}: when it happened, who handed it to whom, and why.")
        for action in ContinuityAction:
            self.ui.action_combo.addItem(action.label, action)
        self.ui.action_combo.setCurrentIndex(self.ui.action_combo.findData(ContinuityAction.EXAMINED))
        self.ui.when_edit.setDateTime(QDateTime.currentDateTime())
        self.ui.recorded_by_value_label.setText(self.recorded_by or "Officer not set")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("Add event")
        show_error(self.ui.error_label, "")
        fit_height(self)

    def accept(self) -> None:
        ui = self.ui
        if not (ui.from_edit.text().strip() or ui.to_edit.text().strip() or ui.purpose_edit.text().strip()):
            show_error(ui.error_label, "Say who it came from, who it went to, or why: an event with none "
                                       "of them would not explain the movement.")
            return
        event = ContinuityEvent(
            at=local_to_utc(ui.when_edit.dateTime(), self._zone),
            action=ContinuityAction(ui.action_combo.currentData()),
            from_person=ui.from_edit.text().strip(), to_person=ui.to_edit.text().strip(),
            purpose=ui.purpose_edit.text().strip(), recorded_by=self.recorded_by,
        )
        ui.button_box.setEnabled(False)
        self._runner.run(self._ws.exhibits.add_continuity, self._exhibit_id, event, progress_kwarg=None,
                         on_done=self._saved, on_error=self._failed)

    def _saved(self, event: ContinuityEvent) -> None:
        self.saved = event
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.ui.button_box.setEnabled(True)
        show_failure(self.ui.error_label, error)
