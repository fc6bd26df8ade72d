"""Deciding a co-location visit: confirm it as loitering, watching or following (it becomes a
chronology entry with provenance to the location records) or dismiss it with a reason.

Both save through the service in `accept()`; a refusal keeps the dialog open with the reason.
If StalkDesk locks while the dialog is open, the page keeps the behaviour and the text typed
as a draft for that visit (`draft()`), and the next Confirm (or Dismiss) of it starts from there.
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
from stalkdesk.services.analysis import CandidateDraft
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
                 parent: QWidget | None = None, draft: CandidateDraft | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CandidateDialog()
        self.ui.setupUi(self)
        self._ws, self._candidate, self._confirm = ws, candidate, confirm
        self.entry: Entry | None = None
        self.candidate: Candidate | None = None
        self.set_aside = False  # True once the page kept what is typed as a draft (on lock)
        self.resumed = draft is not None and draft.confirm == confirm
        if draft is not None and draft.confirm == confirm:
            self.ui.text_edit.setText(draft.text)
        self.ui.visit_label.setText(visit_text(candidate, zone))
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if confirm:
            self.setWindowTitle("Confirm visit: add it to the chronology")
            ok.setText("Add to chronology")
            for b in BEHAVIOURS:
                self.ui.behaviour_combo.addItem(b.label, b)
            if draft is not None and draft.confirm and draft.behaviour is not None:
                self.ui.behaviour_combo.setCurrentIndex(max(self.ui.behaviour_combo.findData(draft.behaviour), 0))
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

    def draft(self) -> CandidateDraft:
        """What is typed so far, to keep when the app locks."""
        return CandidateDraft(self._candidate.id or 0, self._confirm, self.ui.text_edit.text(),
                              self.behaviour if self._confirm else None)

    def worth_keeping(self) -> bool:
        """A resumed decision, or a summary, reason or behaviour chosen: an untouched one is not kept."""
        chose = self._confirm and self.ui.behaviour_combo.currentIndex() > 0
        return self.resumed or bool(self.ui.text_edit.text()) or chose

    def wipe(self) -> None:
        """Forget the visit and what was typed (on lock, once it is kept as a draft)."""
        self.ui.text_edit.blockSignals(True)
        self.ui.text_edit.clear()
        self.ui.text_edit.setPlaceholderText("")
        for label in (self.ui.visit_label, self.ui.preview_label, self.ui.error_label):
            label.clear()

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
        analysis.discard_candidate_draft(self._ws, self._candidate.case_id or 0, self._candidate.id or 0)
        super().accept()
