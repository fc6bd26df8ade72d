"""Case > Audit trail…: a case's audit trail in its own non-modal window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from stalkdesk.domain.records import Case
from stalkdesk.gui.audit.panel import AuditPanel
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.tasks import Runner
from stalkdesk.services.audit_trail import AuditScope
from stalkdesk.services.workspace import Workspace

BANNER_STYLE = "background-color: #1f3a5f; color: #ffffff; padding: 5px; font-weight: bold;"


class AuditTrailDialog(QDialog):
    """Read-only. `clear()` (also on close) forgets every row shown."""

    def __init__(self, ws: Workspace, case: Case, runner: Runner, prompts: Prompts | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert case.id is not None
        self.setWindowTitle(f"Audit trail – {case.urn} {case.operation}".strip())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.resize(1180, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 10)
        self.marking_label = QLabel(case.marking)
        self.marking_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.marking_label.setStyleSheet(BANNER_STYLE)
        layout.addWidget(self.marking_label)
        body = QVBoxLayout()
        body.setContentsMargins(12, 6, 12, 0)
        self.intro_label = QLabel(
            f"Every change, view, export and handover of case {case.urn}, oldest first, with the time in UK "
            "local time. Each row's hash covers the one before, so a row altered or removed later shows "
            "as a break in the chain. Nothing here can be edited.")
        self.intro_label.setWordWrap(True)
        body.addWidget(self.intro_label)
        self.panel = AuditPanel(ws, AuditScope(case.id, title=case.urn), runner, prompts, self)
        body.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body.addWidget(buttons)
        layout.addLayout(body, 1)

    def done(self, result: int) -> None:
        self.panel.clear()
        super().done(result)
