"""Risk: whether S-DASH screening applies, the history of screenings with each one's
answers, the yes count over time, and the date of the next risk review.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

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
from stalkdesk.services.workspace import Workspace


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

    def clear(self) -> None:
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

    def new_sdash(self) -> SdashDialog:
        dialog = SdashDialog(self._ws, self._case_id, self.today(), self)
        try:
            if self.exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.assessment is not None:
                self.reload()
                self.changed.emit()
        finally:
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
        """Save a review note typed but not yet committed."""
        review = self._ws.analysis.review(self._case_id)
        if self.ui.review_note_edit.text().strip() != review.note:
            self._review_edited()
