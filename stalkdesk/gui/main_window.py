"""The main window: protective marking, the case list (or an empty state), menus, status."""

from __future__ import annotations

import importlib.util
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMessageBox, QProgressDialog, QWidget

from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import DEFAULT_MARKING
from stalkdesk.errors import UserError
from stalkdesk.gui import about
from stalkdesk.gui.forms.ui_main_window import Ui_MainWindow
from stalkdesk.gui.models.case_table import SORT_ROLE, CaseTableModel, Column
from stalkdesk.gui.tasks import Progress, Runner, report_unhandled
from stalkdesk.services.workspace import Workspace

STORE_STATUS = "Store: encrypted (SQLCipher 4)"
DEMO_MODULE = "stalkdesk.services.demo"


def demo_available() -> bool:
    return importlib.util.find_spec(DEMO_MODULE) is not None


def load_demo_case(ws: Workspace, progress: Progress | None = None) -> Case:
    """The demo service, imported on use: it is optional in a build and loads a lot of text."""
    from stalkdesk.services.demo import load_demo  # type: ignore[import-not-found, unused-ignore]

    case: Case = load_demo(ws, progress=progress)
    return case


class MainWindow(QMainWindow):
    """One open workspace. Emits `lock_requested`; whoever opened the workspace closes it."""

    lock_requested = Signal()
    closed = Signal()

    def __init__(self, ws: Workspace, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._ws = ws
        self._runner = runner
        self._progress: QProgressDialog | None = None
        self.ui.marking_banner_label.setText(DEFAULT_MARKING)

        self.case_model = CaseTableModel(ws.cases.list)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.case_model)
        self._proxy.setSortRole(SORT_ROLE)
        table = self.ui.case_table
        table.setModel(self._proxy)
        table.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.OPERATION, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        officer = ws.officer.display if ws.officer else "Officer not set"
        self.officer_label = QLabel(f"Officer: {officer}")
        self.store_label = QLabel(STORE_STATUS)
        for label in (self.officer_label, self.store_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.ui.status_bar.addPermanentWidget(label)

        self.ui.load_demo_action.triggered.connect(self.load_demo)
        self.ui.load_demo_button.clicked.connect(self.load_demo)
        self.ui.lock_action.triggered.connect(self.lock_requested)
        self.ui.about_action.triggered.connect(lambda: about.show(self))
        self.case_model.modelReset.connect(self._update_state)
        self.case_model.refresh()
        if ws.migration_backup:
            self.statusBar().showMessage(
                f"The store was upgraded to this version; the previous copy is {ws.migration_backup}")

    @property
    def showing_empty_state(self) -> bool:
        return self.ui.case_stack.currentWidget() is self.ui.empty_page

    def _update_state(self) -> None:
        has_cases = self.case_model.rowCount() > 0
        self.ui.case_stack.setCurrentWidget(self.ui.cases_page if has_cases else self.ui.empty_page)
        has_demo = any(self.case_model.summary(r).case.is_demo for r in range(self.case_model.rowCount()))
        can_load = demo_available() and not has_demo and self._progress is None
        for widget in (self.ui.load_demo_action, self.ui.load_demo_button):
            widget.setEnabled(can_load)
        if not demo_available():
            self.ui.load_demo_button.setToolTip("The demo case is not included in this version.")
        self.ui.lock_action.setEnabled(self._progress is None)

    def load_demo(self) -> None:
        """Load the fictional demo case off the GUI thread, with a cancellable progress dialog."""
        if self._progress is not None:
            return
        dialog = QProgressDialog("Loading the fictional demo case…", "Cancel", 0, 0, self)
        dialog.setWindowTitle("StalkDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a quick load should not flash a dialog
        self._progress = dialog
        self._update_state()
        self._runner.run(load_demo_case, self._ws, progress_dialog=dialog, on_done=self._demo_loaded,
                         on_error=self._demo_failed, on_cancelled=self._demo_cancelled)

    def _task_over(self, message: str) -> None:
        if self._progress is not None:
            self._progress.deleteLater()
            self._progress = None
        self.case_model.refresh()
        if message:
            self.statusBar().showMessage(message, 8000)

    def _demo_loaded(self, case: Any) -> None:
        title = case.title if isinstance(case, Case) else "the demo case"
        self._task_over(f"Loaded {title}. Every person and event in it is fictional.")

    def _demo_cancelled(self) -> None:
        self._task_over("Loading the demo case was cancelled.")

    def _demo_failed(self, error: BaseException) -> None:
        self._task_over("")
        if isinstance(error, UserError):
            QMessageBox.information(self, "StalkDesk", str(error))
        else:
            report_unhandled(error)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
