"""Deciding a co-location visit: confirm it as loitering, watching or following (it becomes a
chronology entry with provenance to the location records) or dismiss it with a reason.

Both save through the service in `accept()`; a refusal keeps the dialog open with the reason.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stalkdesk.domain.analysis.candidates import BEHAVIOURS, Candidate
from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.errors import UserError
from stalkdesk.gui.analysis.tables import place_name
from stalkdesk.gui.forms.ui_candidate_dialog import Ui_CandidateDialog
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace


def visit_text(c: Candidate, zone: str) -> str:
    tz = ZoneInfo(zone)
    start, end = c.start.astimezone(tz), c.end.astimezone(tz)
    fixes = "1 fix" if c.fixes == 1 else f"{c.fixes} fixes"
    return (f"<b>{place_name(c)}</b>: {start:%d/%m/%Y %H:%M} to {end:%H:%M}, closest {c.closest_m:.0f} m "
            f"at {c.closest_at.astimezone(tz):%H:%M}, {fixes} within {c.distance_m:.0f} m ({c.locator}).")


class CandidateDialog(QDialog):
    """`confirm=True`: choose the behaviour and summary; `entry` is the new chronology entry
    after OK. `confirm=False`: give a reason; `candidate` is the dismissed visit after OK."""

    def __init__(self, ws: Workspace, candidate: Candidate, zone: str, confirm: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CandidateDialog()
        self.ui.setupUi(self)
        self._ws, self._candidate, self._confirm = ws, candidate, confirm
        self.entry: Entry | None = None
        self.candidate: Candidate | None = None
        self.ui.visit_label.setText(visit_text(candidate, zone))
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if confirm:
            self.setWindowTitle("Confirm visit: add it to the chronology")
            ok.setText("Add to chronology")
            for b in BEHAVIOURS:
                self.ui.behaviour_combo.addItem(b.label, b)
            self.ui.behaviour_combo.currentIndexChanged.connect(self._preview)
            self.ui.text_edit.textChanged.connect(self._preview)
            self._preview()
        else:
            self.setWindowTitle("Dismiss visit")
            ok.setText("Dismiss")
            self.ui.behaviour_label.hide()
            self.ui.behaviour_combo.hide()
            self.ui.text_label.setText("&Reason")
            self.ui.text_edit.setPlaceholderText("Why this is not a stalking occasion, e.g. the suspect's own "
                                                 "workplace")
            self.ui.preview_label.setText("The visit stays recorded as dismissed, so a later search does not "
                                          "propose it again.")
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    @property
    def behaviour(self) -> Behaviour:
        return Behaviour(self.ui.behaviour_combo.currentData())

    def _preview(self) -> None:
        try:
            entry = analysis.preview_entry(self._ws, self._candidate.id or 0, self.behaviour, self.ui.text_edit.text())
        except UserError as error:
            self.ui.error_label.setText(str(error))
            return
        self.ui.error_label.clear()
        self.ui.text_edit.setPlaceholderText(entry.summary if not self.ui.text_edit.text() else "")
        self.ui.preview_label.setText(f"<b>The entry's account:</b> {entry.account}<br><b>Source:</b> "
                                      f"{entry.source_reference}")

    def accept(self) -> None:
        try:
            if self._confirm:
                self.entry = analysis.confirm_candidate(self._ws, self._candidate.id or 0, self.behaviour,
                                                        self.ui.text_edit.text().strip())
            else:
                self.candidate = analysis.dismiss_candidate(self._ws, self._candidate.id or 0, self.ui.text_edit.text())
        except UserError as error:
            self.ui.error_label.setText(str(error))
            return
        super().accept()
