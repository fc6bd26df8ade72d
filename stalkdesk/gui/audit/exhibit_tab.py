"""The exhibit viewer's "Audit trail" tab: the rows about one exhibit, its derived copies
and its continuity events."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.gui.audit.panel import AuditPanel
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.tasks import Runner
from stalkdesk.services.audit_trail import AuditScope
from stalkdesk.services.workspace import Workspace

TAB_TITLE = "Audit trail"


def add_audit_tab(tabs: QTabWidget, ws: Workspace, case: Case, exhibit: Exhibit, runner: Runner,
                  prompts: Prompts | None = None) -> AuditPanel:
    """Add the tab (last) and return its panel, empty until the viewer's `refresh()`; the
    caller clears it with the viewer."""
    assert case.id is not None and exhibit.id is not None
    page = QWidget(tabs)
    page.setObjectName("audit_tab")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(6, 6, 6, 6)
    panel = AuditPanel(ws, AuditScope(case.id, exhibit.id, f"{case.urn} {exhibit.reference}"), runner, prompts,
                       page, refresh=False)
    panel.tab = page
    panel.ui.imported_label.hide()  # a sender's rows name the sender's ids, so none are shown here
    layout.addWidget(panel)
    tabs.addTab(page, TAB_TITLE)
    return panel
