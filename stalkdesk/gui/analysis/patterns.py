"""Patterns of contact: contacts per week (or day) by channel or behaviour as stacked bars,
the core times heat grid, the headline figures, and the numbers as CSV.

Counting reads every entry and imported record of the case, so it runs through the task
runner; a result that arrives after the page was cleared (lock) or recounted is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from stalkdesk.domain.analysis.patterns import Patterns, behaviour_label, channel_label
from stalkdesk.domain.records import Case
from stalkdesk.errors import UserError
from stalkdesk.gui.analysis import charts
from stalkdesk.gui.analysis.tables import CoreTimesModel, FiguresModel
from stalkdesk.gui.clipboard import secret_clipboard
from stalkdesk.gui.dialogs.export_details import ask_export_details
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_patterns_page import Ui_PatternsPage
from stalkdesk.gui.tasks import Runner, report_unhandled
from stalkdesk.services import analysis
from stalkdesk.services.analysis_export import patterns_csv
from stalkdesk.services.exports import export_reason
from stalkdesk.services.workspace import Workspace

TABLES = (("weekly", "Contacts per week"), ("daily", "Contacts per day"), ("core_times", "Core times"),
          ("summary", "Summary figures"))
NOT_ENCRYPTED = ("The CSV file will not be encrypted.",
                 "It holds counts of contacts in this case. Keep it on an encrypted drive and delete it when "
                 "it is no longer needed. The export is recorded in the audit trail.")


class PatternsPage(QWidget):
    def __init__(self, ws: Workspace, case: Case, runner: Runner, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PatternsPage()
        self.ui.setupUi(self)
        assert case.id is not None
        self._ws, self._case, self._runner, self._prompts = ws, case, runner, prompts
        self.patterns: Patterns | None = None
        self._generation = 0  # bumped by clear() and each count: only the latest result is shown
        self.ui.period_combo.addItem("per week", False)
        self.ui.period_combo.addItem("per day", True)
        self.ui.breakdown_combo.addItem("by channel", "channel")
        self.ui.breakdown_combo.addItem("by behaviour", "behaviour")
        for key, label in TABLES:
            self.ui.table_combo.addItem(label, key)
        self.figures_model = FiguresModel(self)
        self.core_model = CoreTimesModel(self)
        figures = self.ui.figures_table
        figures.setModel(self.figures_model)
        figures.verticalHeader().hide()
        figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        figures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        figures.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        figures.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        core = self.ui.core_table
        core.setModel(self.core_model)
        core.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        core.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        core.setStyleSheet("QTableView#core_table { gridline-color: #e3e8ee; }")
        self.chart_view = charts.chart_view(self)
        self.chart_view.setObjectName("patterns_chart_view")
        self.ui.chart_layout.addWidget(self.chart_view)
        self.ui.patterns_splitter.setStretchFactor(0, 3)
        self.ui.patterns_splitter.setStretchFactor(1, 2)
        self.ui.period_combo.currentIndexChanged.connect(self._draw)
        self.ui.breakdown_combo.currentIndexChanged.connect(self._draw)
        self.ui.copy_button.clicked.connect(self.copy_csv)
        self.ui.save_button.clicked.connect(self.save_csv)
        self.ui.refresh_button.clicked.connect(self.reload)
        self._update_buttons()

    def reload(self) -> None:
        """Count again, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        self.ui.notes_label.setText("Counting…")
        self.ui.refresh_button.setEnabled(False)
        self._runner.run(analysis.patterns, self._ws, self._case.id or 0, progress_kwarg=None,
                         on_done=lambda p: self._counted(generation, p),
                         on_error=lambda e: self._failed(generation, e))

    def _counted(self, generation: int, found: Patterns) -> None:
        if generation != self._generation:
            return
        self.patterns = found
        self.figures_model.set_patterns(found)
        self.core_model.set_patterns(found)
        self.ui.trend_label.setText(found.escalation.sentence)
        notes = [*found.notes, "Times are UK local time; darker cells are busier hours."]
        self.ui.notes_label.setText(" ".join(notes))
        self._draw()
        self._update_buttons()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._update_buttons()
        if isinstance(error, UserError):
            self.ui.notes_label.setText(str(error))
        else:
            self.ui.notes_label.clear()
            report_unhandled(error)

    def _draw(self) -> None:
        p = self.patterns
        if p is None:
            self.chart_view.setChart(charts.empty_chart())
            return
        daily = bool(self.ui.period_combo.currentData())
        by = self.ui.breakdown_combo.currentData()
        if by == "channel":
            data = p.per_day_by_channel if daily else p.per_week_by_channel
            keys, name = p.channels, channel_label
        else:
            data = p.per_day_by_behaviour if daily else p.per_week_by_behaviour
            keys, name = p.behaviours, behaviour_label
        title = (f"Contacts {'per day' if daily else 'per week (weeks begin on Monday)'} "
                 f"by {by}: {p.total:,} in all")
        self.chart_view.setChart(charts.stacked_bars(data, keys, {k: name(k) for k in keys}, daily, title))
        self.ui.chart_group.setTitle(f"Contacts {'per day' if daily else 'per week'} by {by}")

    def clear(self) -> None:
        self._generation += 1
        self.patterns = None
        self.figures_model.clear()
        self.core_model.clear()
        self.chart_view.setChart(charts.empty_chart())
        self.ui.trend_label.clear()
        self.ui.notes_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.patterns is not None
        for button in (self.ui.copy_button, self.ui.save_button):
            button.setEnabled(ready)
        self.ui.refresh_button.setEnabled(True)

    # The numbers.

    def csv_text(self) -> str:
        assert self.patterns is not None
        return self.patterns.csv(self.ui.table_combo.currentData())

    def copy_csv(self) -> None:
        """The chosen table as CSV, marked secret for clipboard managers (it is case data)."""
        if self.patterns is not None:
            secret_clipboard().copy(self.csv_text())
            self.ui.notes_label.setText(f"Copied {self.ui.table_combo.currentText().lower()} as CSV.")

    def save_csv(self) -> None:
        if self.patterns is None:
            return
        details = ask_export_details(self._ws, self._prompts, self, "The patterns CSV")
        if details is None:
            return
        kind = self.ui.table_combo.currentData()
        name = f"{self._case.urn}-{kind.replace('_', '-')}.csv"
        target = self._prompts.save_path(self, "Save the numbers as CSV", Path.home() / name)
        if target is None or not self._prompts.confirm(self, NOT_ENCRYPTED[0], NOT_ENCRYPTED[1],
                                                       ok_text="Save unencrypted CSV", warning=True):
            return
        try:
            done = patterns_csv(self._ws, self._case.id or 0, target, kind, found=self.patterns,
                                reason=export_reason(details.recipient, details.purpose, "Patterns export"))
        except UserError as error:
            self.ui.notes_label.setText(str(error))
            return
        self.ui.notes_label.setText(f"Saved {done.rows} rows to {target}. This file is not encrypted.")
