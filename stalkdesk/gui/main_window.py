"""The main window: protective marking, the case list (or an empty state) or one open case,
menus, status."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMainWindow, QMessageBox, QProgressDialog, QWidget

from stalkdesk.domain.records import Case, CaseSummary
from stalkdesk.domain.vocab import DEFAULT_MARKING
from stalkdesk.errors import NotFound, UserError
from stalkdesk.gui import about
from stalkdesk.gui.audit.dialog import AuditTrailDialog
from stalkdesk.gui.case_dialogs import CaseDialogs
from stalkdesk.gui.cases.case_workspace import CaseWorkspace, Tab
from stalkdesk.gui.cases.new_case import NewCaseDialog
from stalkdesk.gui.dialogs.backup import BackupAction, BackupReminder
from stalkdesk.gui.dialogs.handover import HandoverExportDialog, HandoverImportDialog
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_main_window import Ui_MainWindow
from stalkdesk.gui.importing.wizard import ImportWizard
from stalkdesk.gui.models.case_table import SUMMARY_ROLE, CaseFilterProxyModel, CaseTableModel, Column
from stalkdesk.gui.redaction.dialog import RedactionDialog
from stalkdesk.gui.reports.reports_dialog import ReportsDialog
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import Progress, Runner, report_unhandled
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace

APP_TITLE = "StalkDesk"
STORE_STATUS = "Store: encrypted (SQLCipher 4)"
DEMO_MODULE = "stalkdesk.services.demo"
OPEN_HINT = "Double-click a case, or select it and press Enter, to open it."


def demo_available() -> bool:
    return importlib.util.find_spec(DEMO_MODULE) is not None


def load_demo_case(ws: Workspace, progress: Progress | None = None) -> Case:
    """The demo service, imported on use: it is optional in a build and loads a lot of text."""
    from stalkdesk.services.demo import load_demo  # type: ignore[import-not-found, unused-ignore]

    case: Case = load_demo(ws, progress=progress)
    return case


def window_title(case: Case | None) -> str:
    """The title as "URN – Operation – StalkDesk", so the taskbar says which case is on screen."""
    if case is None:
        return APP_TITLE
    return " – ".join(p for p in (case.urn, case.operation, APP_TITLE) if p)


class MainWindow(QMainWindow):
    """One open workspace. Emits `lock_requested`; whoever opened the workspace closes it."""

    lock_requested = Signal()
    closed = Signal()

    def __init__(self, ws: Workspace, runner: Runner, parent: QWidget | None = None, *,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._ws = ws
        self._runner = runner
        self.settings = settings if settings is not None else Settings()
        self._progress: QProgressDialog | None = None
        self._dialogs = CaseDialogs()
        self.prompts = Prompts()  # tests answer file choosers and message boxes through this
        self._locked = False
        self.workspace: CaseWorkspace | None = None
        if not self.settings.window_geometry.isEmpty():
            self.restoreGeometry(self.settings.window_geometry)

        self.case_model = CaseTableModel(ws.cases.list, self, reviews=lambda cases: analysis.reviews(ws, cases=cases))
        self.proxy = CaseFilterProxyModel(self)
        self.proxy.setSourceModel(self.case_model)
        table = self.ui.case_table
        table.setModel(self.proxy)
        table.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.OPERATION, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.activated.connect(self._open_index)  # double-click, or Enter on the current row
        self.ui.search_edit.textChanged.connect(self._search)
        self.ui.search_edit.returnPressed.connect(self._search_entered)

        officer = ws.officer.display if ws.officer else "Officer not set"
        self.officer_label = QLabel(f"Officer: {officer}")
        self.store_label = QLabel(STORE_STATUS)
        for label in (self.officer_label, self.store_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.ui.status_bar.addPermanentWidget(label)

        for trigger in (self.ui.new_case_action.triggered, self.ui.new_case_button.clicked,
                        self.ui.empty_new_case_button.clicked):
            trigger.connect(self.new_case)
        self.ui.close_case_action.triggered.connect(self.close_case)
        self.ui.load_demo_action.triggered.connect(self.load_demo)
        self.ui.load_demo_button.clicked.connect(self.load_demo)
        self.ui.lock_action.triggered.connect(self.lock_requested)
        self.ui.about_action.triggered.connect(lambda: about.show(self))
        self.ui.audit_trail_action.triggered.connect(self.show_audit_trail)
        self.ui.handover_action.triggered.connect(self.hand_over_case)
        self.ui.receive_case_action.triggered.connect(self.receive_case)
        self.ui.import_action.triggered.connect(lambda: self.import_file())
        self.ui.reports_action.triggered.connect(self.show_reports)
        self.ui.redaction_action.triggered.connect(self.show_redaction)
        self._setup_backup()
        self.case_model.modelReset.connect(self._update_state)
        self._show_case(None)
        self.case_model.refresh()
        if ws.migration_backup:
            self.statusBar().showMessage(
                f"The store was upgraded to this version; the previous copy is {ws.migration_backup}")

    @property
    def showing_empty_state(self) -> bool:
        return self.ui.case_stack.currentWidget() is self.ui.empty_page

    def _update_state(self) -> None:
        if self.workspace is None:
            has_cases = self.case_model.rowCount() > 0
            self.ui.case_stack.setCurrentWidget(self.ui.cases_page if has_cases else self.ui.empty_page)
        has_demo = any(self.case_model.summary(r).case.is_demo for r in range(self.case_model.rowCount()))
        can_load = demo_available() and not has_demo and self._progress is None
        for widget in (self.ui.load_demo_action, self.ui.load_demo_button):
            widget.setEnabled(can_load)
        if not demo_available():
            self.ui.load_demo_button.setToolTip("The demo case is not included in this version.")
        self.ui.lock_action.setEnabled(self._progress is None)
        for action in (self.ui.close_case_action, self.ui.audit_trail_action, self.ui.handover_action,
                       self.ui.import_action, self.ui.reports_action, self.ui.redaction_action):
            action.setEnabled(self.workspace is not None)
        self._update_backup_actions()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        if self.proxy.searching and self.proxy.rowCount() == 0:
            self.ui.cases_hint_label.setText(f"No case matches “{text.strip()}”.")
        else:
            self.ui.cases_hint_label.setText(OPEN_HINT)

    def _search_entered(self) -> None:
        """Enter in the search field opens the one case found, or moves to the first of several."""
        if self.proxy.rowCount() == 1:
            self._open_index(self.proxy.index(0, Column.URN))
        elif self.proxy.rowCount() > 1:
            self.ui.case_table.selectRow(0)
            self.ui.case_table.setFocus()

    # Opening and closing cases

    def _open_index(self, index: QModelIndex) -> None:
        summary = index.siblingAtColumn(Column.URN).data(SUMMARY_ROLE)
        if isinstance(summary, CaseSummary) and summary.case.id is not None:
            self.open_case(summary.case.id)

    def open_case(self, case_id: int, tab: int = 0) -> CaseWorkspace:
        """Show the case in place of the list; the consultation is logged (DPA 2018 s.62)."""
        self.close_case()
        case = self._ws.cases.get(case_id)
        self._ws.cases.record_view(case_id)
        workspace = CaseWorkspace(self._ws, case, self._runner, self.ui.case_page)
        workspace.set_current_tab(tab)
        workspace.back_requested.connect(self.close_case)
        workspace.case_changed.connect(self._show_case)
        workspace.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        dropped = getattr(workspace.chronology, "import_requested", None)
        if dropped is not None:  # a file dropped on the chronology opens the import wizard
            dropped.connect(self.import_file)
        workspace.ui.tab_widget.currentChanged.connect(self._remember_tab)
        self.ui.case_page_layout.addWidget(workspace)
        self.ui.case_stack.setCurrentWidget(self.ui.case_page)
        self.workspace = workspace
        self._show_case(case)
        self._remember_tab(workspace.current_tab)
        self._update_state()
        return workspace

    def close_case(self) -> None:
        """Save what is typed, then go back to the list (which shows the new counts)."""
        workspace = self.workspace
        if workspace is None:
            return
        self._dialogs.close_case()  # the Reports and Redaction dialogs show the case being closed
        workspace.flush()
        workspace.clear()
        self.workspace = None
        self.ui.case_page_layout.removeWidget(workspace)
        workspace.deleteLater()
        self._show_case(None)
        self.settings.last_open_case_urn = ""
        self.case_model.refresh()
        self.ui.case_table.setFocus()

    def _show_case(self, case: Case | None) -> None:
        """The marking banner and the title follow the open case (or the list)."""
        self.ui.marking_banner_label.setText(case.marking if case else DEFAULT_MARKING)
        self.setWindowTitle(window_title(case))
        if case is not None:
            self.settings.last_open_case_urn = case.urn  # a URN changed in the overview too

    def _remember_tab(self, tab: int) -> None:
        self.settings.last_case_tab = int(tab)

    def restore_session(self) -> None:
        """Reopen the case (and tab) that was open when the window last closed or locked."""
        urn = self.settings.last_open_case_urn
        if not urn or self.workspace is not None:
            return
        try:
            case = self._ws.case(urn)
        except NotFound:  # removed, or another store: start from the list
            self.settings.last_open_case_urn = ""
            return
        if case.id is not None:
            self.open_case(case.id, self.settings.last_case_tab)

    # Locking

    def flush(self) -> None:
        """Save every edit typed but not yet committed, in every tab of the open case."""
        if self.workspace is not None and not self._locked:
            self.workspace.flush()

    def lock_down(self) -> None:
        """Before the store closes: save every pending edit FIRST, then forget case data.

        The order matters: clearing first would lose what was typed; saving after clearing
        would write the empty fields over the case.
        """
        self.flush()
        self._save_geometry()
        self._locked = True
        # A new case is created only when the officer says so; an import stores nothing unless it
        # had finished; the Reports dialog drops the PDF it holds, Redaction the words it found.
        self._dialogs.close_all()
        self.backup_reminder.hide()
        if self.workspace is not None:
            self.workspace.clear()
        self.case_model.clear()
        self.ui.search_edit.clear()  # what was searched for can be a name
        self.statusBar().clearMessage()
        self.setWindowTitle(APP_TITLE)
        self.hide()

    def _save_geometry(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()

    # The demo case

    def load_demo(self) -> None:
        """Load the fictional demo case off the GUI thread, with a cancellable progress dialog."""
        if self._progress is not None:
            return
        dialog = QProgressDialog("Loading the fictional demo case…", "Cancel", 0, 0, self)
        dialog.setWindowTitle(APP_TITLE)
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
            QMessageBox.information(self, APP_TITLE, str(error))
        else:
            report_unhandled(error)

    # Backups

    def _setup_backup(self) -> None:
        self.backup = BackupAction(self._ws, self._runner, self.prompts, self)
        self.backup_reminder = BackupReminder(self.ui.cases_page)
        self.ui.cases_layout.insertWidget(1, self.backup_reminder)  # under the title, above the list
        self.ui.backup_action.triggered.connect(self.back_up_now)
        self.backup_reminder.backup_requested.connect(self.back_up_now)
        self.backup.finished.connect(self._backup_over)
        self.check_backup_reminder()

    def _update_backup_actions(self) -> None:
        """Backing up, and receiving a case, wait for the demo load or a backup to finish."""
        idle = self._progress is None and not self.backup.running
        self.ui.backup_action.setEnabled(idle)
        self.ui.receive_case_action.setEnabled(idle)

    def check_backup_reminder(self) -> bool:
        """After unlock: the reminder banner if the last backup is older than the setting."""
        self.backup.prompts = self.prompts
        return self.backup_reminder.check(self._ws, self.settings.backup_reminder_days)

    def back_up_now(self) -> None:
        self.backup.prompts = self.prompts
        self.backup.start()
        self._update_backup_actions()

    def _backup_over(self, info: object) -> None:
        self._update_backup_actions()
        if info is not None:
            self.backup_reminder.hide()
            self.statusBar().showMessage("Backup written and verified.", 8000)

    # Menu actions: each dialog one at a time, kept by `self._dialogs` (case_dialogs.py)

    @property
    def audit_dialog(self) -> AuditTrailDialog | None:
        return self._dialogs.get("audit", AuditTrailDialog)

    @property
    def handover_dialog(self) -> HandoverExportDialog | HandoverImportDialog | None:
        dialog = self._dialogs.get("handover", QDialog)
        return dialog if isinstance(dialog, (HandoverExportDialog, HandoverImportDialog)) else None

    @property
    def import_wizard(self) -> ImportWizard | None:
        return self._dialogs.get("import", ImportWizard)

    @property
    def reports_dialog(self) -> ReportsDialog | None:
        return self._dialogs.get("reports", ReportsDialog)

    @property
    def redaction_dialog(self) -> RedactionDialog | None:
        return self._dialogs.get("redaction", RedactionDialog)

    def _open_on_case(self, kind: str, make: Callable[[Case], QDialog], *, closes_with_case: bool = False,
                      flush: bool = False, modal: bool = False, reopen: bool = False) -> bool:
        """Open (or raise) the dialog of `kind` on the open case; False if no case is open.

        `closes_with_case`: it goes when the case closes, and is replaced for another case.
        `flush`: it reads the case, so what is typed is saved first.
        """
        workspace = self.workspace
        if workspace is None:
            return False
        case = workspace.case
        self._dialogs.open(kind, lambda: make(case), case_id=case.id if closes_with_case else None,
                           flush=workspace.flush if flush else None, modal=modal, reopen=reopen)
        return True

    def new_case(self) -> None:
        self._dialogs.open("new case", lambda: NewCaseDialog(self._ws, self), modal=True,
                           on_finished=self._new_case_closed)

    def _new_case_closed(self, dialog: NewCaseDialog) -> None:
        if dialog.case is not None and dialog.case.id is not None and not self._locked:
            self.case_model.refresh()
            self.open_case(dialog.case.id)

    def show_audit_trail(self) -> None:
        """The open case's audit trail, read afresh each time; it stays open beside the case list."""
        self._open_on_case("audit", lambda case: AuditTrailDialog(self._ws, case, self._runner, self.prompts, self),
                           reopen=True)

    def hand_over_case(self) -> None:
        self._open_on_case("handover", lambda case: HandoverExportDialog(self._ws, case, self._runner, self.prompts,
                                                                         self),
                           flush=True, modal=True)  # what is typed goes with the case

    def receive_case(self) -> None:
        self._dialogs.open("handover", lambda: HandoverImportDialog(self._ws, self._runner, self.prompts, self),
                           modal=True, on_finished=self._received)

    def _received(self, dialog: HandoverImportDialog) -> None:
        if dialog.case is not None and not self._locked:
            self.case_model.refresh()
            self.statusBar().showMessage(
                f"Received case {dialog.case.urn}; continuity is recorded on its exhibits.", 8000)

    def import_file(self, path: Path | None = None) -> ImportWizard | None:
        """The import wizard for the open case, starting at `path` if given."""
        if not self._open_on_case("import", lambda case: self._import_wizard(case, path), modal=True):
            return None
        return self.import_wizard

    def _import_wizard(self, case: Case, path: Path | None) -> ImportWizard:
        wizard = ImportWizard(self._ws, case, self._runner, self, path=path)
        wizard.imported.connect(self._imported)
        return wizard

    def _imported(self, summary: Any) -> None:
        if self.workspace is not None and not self._locked:
            for view in self.workspace.views:
                view.reload()
        reference = getattr(summary, "source_reference", "")
        self.statusBar().showMessage(f"Imported as exhibit {reference}." if reference else "Imported.", 8000)

    def show_reports(self) -> ReportsDialog | None:
        """The Reports dialog for the open case (non-modal); it prints what is typed."""
        if not self._open_on_case("reports", self._reports_dialog, closes_with_case=True, flush=True):
            return None
        return self.reports_dialog

    def _reports_dialog(self, case: Case) -> ReportsDialog:
        dialog = ReportsDialog(self._ws, case, self._runner, self.prompts, self)
        dialog.saved.connect(lambda result: self.statusBar().showMessage(
            f"Saved {result.path.name}; the export is recorded in the audit trail.", 8000))
        return dialog

    def show_redaction(self) -> RedactionDialog | None:
        """The Redaction dialog for the open case (non-modal); it scans what is typed."""
        if not self._open_on_case("redaction", self._redaction_dialog, closes_with_case=True, flush=True):
            return None
        return self.redaction_dialog

    def _redaction_dialog(self, case: Case) -> RedactionDialog:
        dialog = RedactionDialog(self._ws, case, self._runner, self.prompts, self)
        dialog.entry_requested.connect(self.show_entry)
        return dialog

    def show_entry(self, entry_id: int) -> None:
        """Select an entry in the open case's chronology (if the filter shows it)."""
        chronology = self.workspace.chronology if self.workspace is not None else None
        if chronology is None or self._locked:
            return
        self.workspace.set_current_tab(Tab.CHRONOLOGY)  # type: ignore[union-attr]
        row = chronology.model.row_of(entry_id)
        if row is None:
            self.statusBar().showMessage("That entry is hidden by the chronology's filter, or deleted.", 8000)
            return
        chronology.table.selectRow(row)
        chronology.table.scrollTo(chronology.model.index(row, 0))
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._locked:  # after lock_down there is nothing left to save, only blanks
            self.flush()
            self._save_geometry()
        self.closed.emit()
        super().closeEvent(event)
