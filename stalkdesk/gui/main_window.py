"""The main window: protective marking, the case list (or an empty state) or one open case,
menus, status."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMessageBox, QProgressDialog, QWidget

from stalkdesk.domain.records import Case, CaseSummary
from stalkdesk.domain.vocab import DEFAULT_MARKING
from stalkdesk.errors import NotFound, UserError
from stalkdesk.gui import about
from stalkdesk.gui.audit.dialog import AuditTrailDialog
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
        self._new_case_dialog: NewCaseDialog | None = None
        self._locked = False
        self.workspace: CaseWorkspace | None = None
        if not self.settings.window_geometry.isEmpty():
            self.restoreGeometry(self.settings.window_geometry)

        self.case_model = CaseTableModel(ws.cases.list, self, reviews=lambda: analysis.reviews(ws))
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
        self._setup_trust_actions()
        self._setup_import_action()
        self._setup_reports_action()
        self._setup_redaction_action()
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
        self.ui.close_case_action.setEnabled(self.workspace is not None)
        self._update_trust_actions()
        self.ui.import_action.setEnabled(self.workspace is not None)
        self.ui.reports_action.setEnabled(self.workspace is not None)
        self.ui.redaction_action.setEnabled(self.workspace is not None)

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
        if self.reports_dialog is not None:
            self.reports_dialog.reject()  # it prints the case being closed
        if self.redaction_dialog is not None:
            self.redaction_dialog.reject()  # it shows the case being closed
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

    def new_case(self) -> None:
        if self._new_case_dialog is not None:
            self._new_case_dialog.raise_()
            return
        dialog = self._new_case_dialog = NewCaseDialog(self._ws, self)
        dialog.finished.connect(lambda _result: self._new_case_closed(dialog))
        dialog.open()  # not exec(): an idle lock must be able to close it (see app.Session.lock)

    def _new_case_closed(self, dialog: NewCaseDialog) -> None:
        self._new_case_dialog = None
        dialog.deleteLater()
        if dialog.case is not None and dialog.case.id is not None and not self._locked:
            self.case_model.refresh()
            self.open_case(dialog.case.id)

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
        if self._new_case_dialog is not None:
            self._new_case_dialog.reject()  # a case is created only when the officer says so
        self._close_trust_dialogs()
        if self.import_wizard is not None:
            self.import_wizard.reject()  # nothing is stored unless the import had finished
        if self.reports_dialog is not None:
            self.reports_dialog.reject()  # drops the PDF held in memory for the preview
        if self.redaction_dialog is not None:
            self.redaction_dialog.reject()  # forgets the words found and their context
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

    # Trust: the audit trail, backups and case handover (issue 6).

    def _setup_trust_actions(self) -> None:
        self.prompts = Prompts()  # tests answer file choosers and message boxes through this
        self.audit_dialog: AuditTrailDialog | None = None
        self.handover_dialog: HandoverExportDialog | HandoverImportDialog | None = None
        self.backup = BackupAction(self._ws, self._runner, self.prompts, self)
        self.backup_reminder = BackupReminder(self.ui.cases_page)
        self.ui.cases_layout.insertWidget(1, self.backup_reminder)  # under the title, above the list
        self.ui.audit_trail_action.triggered.connect(self.show_audit_trail)
        self.ui.handover_action.triggered.connect(self.hand_over_case)
        self.ui.receive_case_action.triggered.connect(self.receive_case)
        self.ui.backup_action.triggered.connect(self.back_up_now)
        self.backup_reminder.backup_requested.connect(self.back_up_now)
        self.backup.finished.connect(self._backup_over)
        self.check_backup_reminder()

    def _update_trust_actions(self) -> None:
        has_case = self.workspace is not None
        self.ui.audit_trail_action.setEnabled(has_case)
        self.ui.handover_action.setEnabled(has_case)
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
        self._update_trust_actions()

    def _backup_over(self, info: object) -> None:
        self._update_trust_actions()
        if info is not None:
            self.backup_reminder.hide()
            self.statusBar().showMessage("Backup written and verified.", 8000)

    def show_audit_trail(self) -> None:
        if self.workspace is None:
            return
        if self.audit_dialog is not None:
            self.audit_dialog.close()
        dialog = self.audit_dialog = AuditTrailDialog(self._ws, self.workspace.case, self._runner, self.prompts,
                                                      self)
        dialog.finished.connect(lambda _result: self._trust_dialog_closed(dialog))
        dialog.show()  # non-modal: the case stays usable beside it

    def hand_over_case(self) -> None:
        if self.workspace is None or self.handover_dialog is not None:
            return
        self.workspace.flush()  # what is typed goes with the case
        dialog = self.handover_dialog = HandoverExportDialog(self._ws, self.workspace.case, self._runner,
                                                             self.prompts, self)
        dialog.finished.connect(lambda _result: self._trust_dialog_closed(dialog))
        dialog.open()

    def receive_case(self) -> None:
        if self.handover_dialog is not None:
            return
        dialog = self.handover_dialog = HandoverImportDialog(self._ws, self._runner, self.prompts, self)
        dialog.finished.connect(lambda _result: self._trust_dialog_closed(dialog))
        dialog.open()

    def _trust_dialog_closed(self, dialog: QWidget) -> None:
        if dialog is self.audit_dialog:
            self.audit_dialog = None
        if dialog is self.handover_dialog:
            self.handover_dialog = None
        if isinstance(dialog, HandoverImportDialog) and dialog.case is not None and not self._locked:
            self.case_model.refresh()
            self.statusBar().showMessage(
                f"Received case {dialog.case.urn}; continuity is recorded on its exhibits.", 8000)
        dialog.deleteLater()

    def _close_trust_dialogs(self) -> None:
        for dialog in (self.audit_dialog, self.handover_dialog):
            if dialog is not None:
                dialog.reject()
        self.backup_reminder.hide()

    # Importing a file into the open case (issue 5).

    def _setup_import_action(self) -> None:
        self.import_wizard: ImportWizard | None = None
        self.ui.import_action.triggered.connect(lambda: self.import_file())

    def import_file(self, path: Path | None = None) -> ImportWizard | None:
        """The import wizard for the open case (one at a time), starting at `path` if given."""
        if self.workspace is None:
            return None
        if self.import_wizard is not None:
            self.import_wizard.raise_()
            return self.import_wizard
        wizard = self.import_wizard = ImportWizard(self._ws, self.workspace.case, self._runner, self, path=path)
        wizard.imported.connect(self._imported)
        wizard.finished.connect(lambda _result: self._import_closed(wizard))
        wizard.open()
        return wizard

    def _imported(self, summary: Any) -> None:
        if self.workspace is not None and not self._locked:
            for view in self.workspace.views:
                view.reload()
        reference = getattr(summary, "source_reference", "")
        self.statusBar().showMessage(f"Imported as exhibit {reference}." if reference else "Imported.", 8000)

    def _import_closed(self, wizard: ImportWizard) -> None:
        if wizard is self.import_wizard:
            self.import_wizard = None
        wizard.deleteLater()

    # Printing: the Reports dialog (issue 4).

    def _setup_reports_action(self) -> None:
        self.reports_dialog: ReportsDialog | None = None
        self.ui.reports_action.triggered.connect(self.show_reports)

    def show_reports(self) -> ReportsDialog | None:
        """The Reports dialog for the open case (one at a time, non-modal)."""
        if self.workspace is None:
            return None
        if self.reports_dialog is not None and self.reports_dialog.case.id != self.workspace.case.id:
            self.reports_dialog.reject()
        if self.reports_dialog is None:
            self.workspace.flush()  # print what is typed
            dialog = self.reports_dialog = ReportsDialog(self._ws, self.workspace.case, self._runner, self.prompts,
                                                         self)
            dialog.finished.connect(lambda _result: self._reports_closed(dialog))
            dialog.saved.connect(lambda result: self.statusBar().showMessage(
                f"Saved {result.path.name}; the export is recorded in the audit trail.", 8000))
        self.reports_dialog.show()
        self.reports_dialog.raise_()
        return self.reports_dialog

    def _reports_closed(self, dialog: ReportsDialog) -> None:
        if dialog is self.reports_dialog:
            self.reports_dialog = None
        if dialog.task is None:  # a save still running delivers to the dialog: keep it until then
            dialog.deleteLater()

    # Text redaction (issue 8).

    def _setup_redaction_action(self) -> None:
        self.redaction_dialog: RedactionDialog | None = None
        self.ui.redaction_action.triggered.connect(self.show_redaction)

    def show_redaction(self) -> RedactionDialog | None:
        """The Redaction dialog for the open case (one at a time, non-modal)."""
        if self.workspace is None:
            return None
        if self.redaction_dialog is not None and self.redaction_dialog.case.id != self.workspace.case.id:
            self.redaction_dialog.reject()
        if self.redaction_dialog is None:
            self.workspace.flush()  # scan what is typed
            dialog = self.redaction_dialog = RedactionDialog(self._ws, self.workspace.case, self._runner,
                                                             self.prompts, self)
            dialog.finished.connect(lambda _result: self._redaction_closed(dialog))
            dialog.entry_requested.connect(self.show_entry)
        self.redaction_dialog.show()
        self.redaction_dialog.raise_()
        return self.redaction_dialog

    def _redaction_closed(self, dialog: RedactionDialog) -> None:
        if dialog is self.redaction_dialog:
            self.redaction_dialog = None
        if dialog.task is None:  # a task still running delivers to the dialog: it goes after that
            dialog.deleteLater()

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
