"""Risk: whether S-DASH screening applies, the history of screenings with each one's
answers, the yes count over time, and the date of the next risk review.

A screening half answered when StalkDesk locks is kept as a draft in the store (`flush`),
never recorded; New S-DASH then offers to resume it (or discard it and start again).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableView, QWidget

from stalkdesk.domain.analysis.sdash import review_status, trend_sentence
from stalkdesk.domain.records import Case
from stalkdesk.errors import UserError
from stalkdesk.gui.analysis import charts
from stalkdesk.gui.analysis.links import ROW_HEIGHT
from stalkdesk.gui.analysis.sdash_dialog import SdashDialog, pydate, qdate
from stalkdesk.gui.analysis.tables import SdashAnswersModel, SdashHistoryModel
from stalkdesk.gui.forms.ui_risk_page import Ui_RiskPage
from stalkdesk.gui.start import ExecDialog, exec_modal
from stalkdesk.services import analysis
from stalkdesk.services.analysis import SdashDraft
from stalkdesk.services.workspace import Workspace

RESUME, DISCARD = "resume", "discard"


def resume_prompt(draft: SdashDraft, parent: QWidget | None = None) -> QMessageBox:
    """"Resume the S-DASH started on ...?": Resume, Discard it and start again, or Cancel."""
    answered = sum(a.value != "unknown" for a in draft.answers.values())
    box = QMessageBox(QMessageBox.Icon.Question, "StalkDesk",
                      f"Resume the S-DASH started on {draft.started.astimezone():%d/%m/%Y %H:%M}?",
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("resume_sdash_box")
    box.setInformativeText(f"It was set aside unsaved when StalkDesk locked, with {answered} of 11 questions "
                           "answered yes or no. It is not a recorded screening until you save it.")
    resume = box.addButton("&Resume", QMessageBox.ButtonRole.AcceptRole)
    resume.setObjectName(RESUME)
    discard = box.addButton("&Discard it and start again", QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName(DISCARD)
    box.setDefaultButton(resume)
    return box


def _plain_table(table: QTableView, *stretch: int) -> None:
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class RiskPage(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RiskPage()
        self.ui.setupUi(self)
        assert case.id is not None
        self._ws, self._case_id = ws, case.id
        self.exec_dialog: ExecDialog = exec_modal  # tests drive the dialog instead of exec()
        self.today: Callable[[], date] = date.today
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()
        self.dialog: SdashDialog | None = None  # the New S-DASH dialog while it is open
        self._new_text = self.ui.new_sdash_button.text()
        self._filling = False
        self.history_model = SdashHistoryModel(self)
        self.answers_model = SdashAnswersModel(self)
        self.ui.history_table.setModel(self.history_model)
        self.ui.answers_table.setModel(self.answers_model)
        _plain_table(self.ui.history_table, 4)
        _plain_table(self.ui.answers_table, 1, 3)
        self.ui.answers_table.setWordWrap(True)
        self.chart_view = charts.chart_view(self)
        self.chart_view.setObjectName("sdash_chart_view")
        self.ui.trend_layout.addWidget(self.chart_view, 1)
        self.ui.risk_splitter.setStretchFactor(0, 3)
        self.ui.risk_splitter.setStretchFactor(1, 2)
        self.ui.risk_splitter.setSizes([760, 500])
        self.ui.history_table.selectionModel().selectionChanged.connect(self._chosen)
        self.ui.new_sdash_button.clicked.connect(self.new_sdash)
        self.ui.review_check.toggled.connect(self._review_edited)
        self.ui.review_date_edit.dateChanged.connect(self._review_edited)
        self.ui.review_note_edit.editingFinished.connect(self._review_edited)

    def reload(self) -> None:
        history = analysis.sdash_history(self._ws, self._case_id)
        _applies, why = analysis.sdash_trigger(self._ws, self._case_id)
        latest = history[-1] if history else None
        self.ui.trigger_label.setText(why + "." + (f"  Latest: {latest.summary}." if latest else
                                                   "  No screening recorded yet."))
        self.history_model.set_rows(history)
        if history:
            self.ui.history_table.selectRow(0)
        else:
            self._chosen(QItemSelection(), QItemSelection())
        self.ui.trend_label.setText(trend_sentence(history))
        self.chart_view.setChart(charts.yes_trend(analysis.sdash_trend(self._ws, self._case_id)))
        self._show_review()
        self._show_draft()

    def _show_draft(self) -> None:
        draft = analysis.sdash_draft(self._ws, self._case_id)
        button = self.ui.new_sdash_button
        button.setText("&Resume S-DASH…" if draft else self._new_text)
        button.setMinimumWidth(button.sizeHint().width())  # the banner beside it wraps instead
        if draft is not None:
            self.ui.trigger_label.setText(
                self.ui.trigger_label.text() + f"  An unsaved screening started on "
                f"{draft.started.astimezone():%d/%m/%Y %H:%M} is waiting to be finished.")

    def clear(self) -> None:
        if self.dialog is not None:  # kept as a draft by flush(): nothing of it stays on screen
            self.dialog.wipe()
            self.dialog.reject()
        self.ui.new_sdash_button.setText(self._new_text)
        self.history_model.clear()
        self.answers_model.clear()
        self.chart_view.setChart(charts.empty_chart())
        self._filling = True
        for label in (self.ui.trigger_label, self.ui.trend_label, self.ui.answers_title_label,
                      self.ui.review_status_label):
            label.clear()
        self.ui.review_note_edit.clear()
        self.ui.review_check.setChecked(False)
        self._filling = False

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.history_table.selectionModel().selectedRows()
        a = self.history_model.row(rows[0].row()) if rows else None
        self.answers_model.show(a)
        self.ui.answers_title_label.setText(
            (f"Answers on {a.assessed_on:%d/%m/%Y}" + (f". Note: {a.note}" if a.note else "")) if a else "")

    def new_sdash(self) -> SdashDialog | None:
        """A new screening, or the one set aside on lock (None if the officer chose neither)."""
        draft = analysis.sdash_draft(self._ws, self._case_id)
        if draft is not None:
            box = resume_prompt(draft, self)
            try:
                self.exec_dialog(box)
                chosen = box.clickedButton().objectName() if box.clickedButton() is not None else ""
            finally:
                box.deleteLater()
            if chosen not in (RESUME, DISCARD):
                return None
            if chosen == DISCARD:
                analysis.discard_sdash_draft(self._ws, self._case_id)
                draft = None
                self.reload()
        dialog = self.dialog = SdashDialog(self._ws, self._case_id, self.today(), self, draft, self.now())
        try:
            result = self.exec_dialog(dialog)
            if result == QDialog.DialogCode.Accepted and dialog.assessment is not None:
                self.reload()  # the draft went with the save
                self.changed.emit()
            elif dialog.set_aside:  # locked (or quitting): the draft is kept; the store may be closed now
                dialog.wipe()
            elif draft is not None:  # the officer closed a resumed screening unsaved: discarded
                analysis.discard_sdash_draft(self._ws, self._case_id)
                self.reload()
        finally:
            self.dialog = None
            dialog.deleteLater()
        return dialog

    # The next review.

    def _show_review(self) -> None:
        review = self._ws.analysis.review(self._case_id)
        self._filling = True
        self.ui.review_check.setChecked(review.review_on is not None)
        self.ui.review_date_edit.setEnabled(review.review_on is not None)
        self.ui.review_date_edit.setDate(qdate(review.review_on or self.today()))
        if not self.ui.review_note_edit.hasFocus():
            self.ui.review_note_edit.setText(review.note)
        self._filling = False
        latest = self.history_model.row(0) if self.history_model.rowCount() else None
        status = review_status(self._case_id, "", review.review_on, self.today(), latest)
        self.ui.review_status_label.setText(status.text)
        due = "color: #b00020; font-weight: bold;" if status.due else ""
        self.ui.review_status_label.setStyleSheet(due)

    def _review_edited(self, *_args: object) -> None:
        if self._filling:
            return
        on = pydate(self.ui.review_date_edit.date()) if self.ui.review_check.isChecked() else None
        self.ui.review_date_edit.setEnabled(on is not None)
        try:
            analysis.set_review_date(self._ws, self._case_id, on, self.ui.review_note_edit.text())
        except UserError as error:
            self.ui.review_status_label.setText(str(error))
            return
        self._show_review()
        self.changed.emit()

    def flush(self) -> None:
        """Save a review note typed but not yet committed, and keep a screening being
        answered as a draft (this runs when the app locks or quits with the dialog open)."""
        if self.dialog is not None:
            if self.dialog.worth_keeping():
                analysis.save_sdash_draft(self._ws, self._case_id, self.dialog.draft())
            self.dialog.set_aside = True  # from here on the dialog closing is not the officer discarding
        review = self._ws.analysis.review(self._case_id)
        if self.ui.review_note_edit.text().strip() != review.note:
            self._review_edited()
