"""The audit trail of a case or an exhibit: filter, chain status, CSV export. Read-only.

Looking at the audit trail is not logged as a consultation: the store logs a view when a
case is opened (which is how this panel is reached) and `stalkdesk audit` logs none either.
The CSV export, a file leaving the store, is logged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QProgressDialog, QWidget

from stalkdesk.errors import UserError
from stalkdesk.gui.audit.model import AuditTableModel, Column
from stalkdesk.gui.dialogs.export_details import ask_export_details
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_audit_panel import Ui_AuditPanel
from stalkdesk.gui.tasks import Runner, report_unhandled, show_or_report
from stalkdesk.services import audit_trail
from stalkdesk.services.audit_trail import AuditScope, ChainStatus
from stalkdesk.services.workspace import Workspace

ALL_ACTIONS = "All actions"
NOT_ENCRYPTED = ("The CSV file will NOT be encrypted.",
                 "It names officers and summarises every change to the case. Save it only where your "
                 "force allows, and delete it when no longer needed. The export is itself recorded in "
                 "the audit trail.")


class AuditPanel(QWidget):
    def __init__(self, ws: Workspace, scope: AuditScope, runner: Runner, prompts: Prompts | None = None,
                 parent: QWidget | None = None, refresh: bool = True) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditPanel()
        self.ui.setupUi(self)
        self._ws, self.scope, self._runner = ws, scope, runner
        self._prompts = prompts or Prompts()
        self._open = True
        self.chain: ChainStatus | None = None
        self.tab: QWidget = self  # the page holding the panel, where it is one tab of several
        self.model = AuditTableModel(lambda action: audit_trail.keys(ws, scope, action),
                                     lambda keys: audit_trail.listings(ws, keys), self)
        table = self.ui.audit_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((Column.SEQ, 90), (Column.TIME, 170), (Column.OFFICER, 190), (Column.ACTION, 90),
                              (Column.OBJECT, 110), (Column.REASON, 150)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.ui.action_combo.currentIndexChanged.connect(self._filter_changed)
        self.ui.export_button.clicked.connect(self.export_csv)
        if refresh:
            self.refresh()

    def refresh(self) -> None:
        """Reload the rows, the actions offered and the chain status."""
        if not self._open:
            return
        combo = self.ui.action_combo
        current = self.model.action
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(ALL_ACTIONS, "")
        for action in audit_trail.actions(self._ws, self.scope):
            combo.addItem(action, action)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self.model.set_action(str(combo.currentData() or ""))
        self._update_counts()
        self._set_chain(None)
        self._runner.run(audit_trail.chain_status, self._ws, progress_kwarg=None,
                         on_done=self._set_chain, on_error=self._chain_failed)

    def set_action(self, action: str) -> None:
        """Filter to one action ("" for all), as choosing it in the list does."""
        self.ui.action_combo.setCurrentIndex(max(self.ui.action_combo.findData(action), 0))

    def _filter_changed(self) -> None:
        if not self._open:  # the list being emptied on close
            return
        self.model.set_action(str(self.ui.action_combo.currentData() or ""))
        self._update_counts()

    def _update_counts(self) -> None:
        n, imported = self.model.rowCount(), self.model.imported_count
        text = f"{n} row{'s' if n != 1 else ''}"
        if imported:
            text += f", {imported} handed over with the case"
        self.ui.count_label.setText(text)
        self.ui.imported_label.setVisible(imported > 0)
        self.ui.export_button.setEnabled(n > 0)

    def _set_chain(self, status: ChainStatus | None) -> None:
        if not self._open:
            return
        self.chain = status
        label = self.ui.chain_label
        label.setText("Checking the chain…" if status is None else status.text)
        label.setProperty("state", "" if status is None else "intact" if status.intact else "broken")
        label.style().unpolish(label)
        label.style().polish(label)

    def _chain_failed(self, error: BaseException) -> None:
        if not self._open:
            return
        if isinstance(error, UserError):
            self._set_chain(ChainStatus(0, "", f"the audit trail could not be read in full ({error})"))
        else:
            report_unhandled(error)

    # Export: the one file this panel writes, and only when asked.

    def export_csv(self) -> None:
        details = ask_export_details(self._ws, self._prompts, self, "The audit trail CSV")
        if details is None:
            return
        name = f"audit-{self.scope.title or self.scope.case_id}.csv".replace("/", "-").replace(" ", "-")
        target = self._prompts.save_path(self, "Export the audit trail as CSV", Path.home() / name)
        if target is None:
            return
        if not self._prompts.confirm(self, NOT_ENCRYPTED[0], NOT_ENCRYPTED[1], ok_text="Save unencrypted CSV",
                                     warning=True):
            return
        dialog = QProgressDialog("Exporting the audit trail…", "Cancel", 0, 0, self)
        dialog.setWindowTitle("StalkDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        self.ui.export_button.setEnabled(False)
        self._runner.run(audit_trail.export_csv, self._ws, self.scope, target, self.model.action or None,
                         recipient=details.recipient, purpose=details.purpose,
                         progress_dialog=dialog, on_done=lambda n: self._exported(target, n),
                         on_error=self._export_failed,
                         on_cancelled=lambda: self._export_over("Export cancelled: nothing was saved."))

    def _exported(self, target: Path, rows: int) -> None:
        self._export_over(f"Saved {rows} rows to {target}. This file is not encrypted; "
                          "the export is recorded in the audit trail.")
        if self._open:
            self.refresh()  # the export's own row

    def _export_failed(self, error: BaseException) -> None:
        self._export_over("")  # the button back; the reason (if a known one) on the status line
        show_or_report(error, self._export_over)

    def _export_over(self, message: str) -> None:
        if self._open:
            self.ui.export_button.setEnabled(self.model.rowCount() > 0)
            self.ui.status_label.setText(message)

    def clear(self) -> None:
        """Forget every row shown (on close and on lock)."""
        self._open = False
        self.model.clear()
        self.ui.action_combo.clear()
        for label in (self.ui.status_label, self.ui.count_label, self.ui.chain_label):
            label.clear()
