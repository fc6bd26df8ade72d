"""One open case: a header with the way back to the list, and its tabs.

The Chronology and Evidence tabs are built by their own packages. They are imported when a
case opens, so that a build (or a branch) without one still opens cases, with a plain note
in that tab instead.
"""

from __future__ import annotations

import importlib
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from stalkdesk.domain.records import Case
from stalkdesk.gui.cases.case_overview import CaseOverview
from stalkdesk.gui.forms.ui_case_workspace import Ui_CaseWorkspace
from stalkdesk.gui.models.case_table import SHORT_OFFENCE
from stalkdesk.gui.tasks import Runner
from stalkdesk.services.workspace import Workspace

CHRONOLOGY_VIEW = ("stalkdesk.gui.chronology.view", "ChronologyView")
EVIDENCE_VIEW = ("stalkdesk.gui.evidence.view", "EvidenceView")
ANALYSIS_VIEW = ("stalkdesk.gui.analysis.view", "AnalysisView")
UNAVAILABLE = "The {what} is not available in this version of StalkDesk."


class Tab(IntEnum):
    OVERVIEW = 0
    CHRONOLOGY = 1
    EVIDENCE = 2
    ANALYSIS = 3


class CaseView(Protocol):
    """What the workspace needs of a tab that holds case data."""

    def clear(self) -> None: ...
    def reload(self) -> None: ...


def load_view_class(module: str, name: str) -> type[Any] | None:
    """The view class, or None if its package is not there.

    Only the view's own module being absent counts as "not there": an import error from
    inside it is a bug and is raised, not hidden behind a placeholder.
    """
    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name is not None and (module == error.name or module.startswith(error.name + ".")):
            return None
        raise
    view: type[Any] | None = getattr(loaded, name, None)
    return view


class CaseWorkspace(QWidget):
    """`back_requested` asks the window to close the case; `case_changed(Case)` follows edits."""

    back_requested = Signal()
    case_changed = Signal(object)
    status_message = Signal(str)  # a one-line outcome from a tab, for the window's status bar

    def __init__(self, ws: Workspace, case: Case, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseWorkspace()
        self.ui.setupUi(self)
        self._case = case
        self.overview = CaseOverview(ws, case, self)
        self.ui.overview_tab_layout.addWidget(self.overview)
        self.overview.case_changed.connect(self._case_changed)
        self.chronology: Any = self._embed(self.ui.chronology_tab, CHRONOLOGY_VIEW, "chronology", ws, runner)
        self.evidence: Any = self._embed(self.ui.evidence_tab, EVIDENCE_VIEW, "evidence gallery", ws, runner)
        self.analysis: Any = self._embed(self.ui.analysis_tab, ANALYSIS_VIEW, "analysis", ws, runner)
        if self.analysis is not None and self.chronology is not None:
            self.analysis.attach_chronology(self.chronology)
        self.ui.back_button.clicked.connect(self.back_requested)
        self._show_header()

    def _embed(self, tab: QWidget, where: tuple[str, str], what: str, ws: Workspace, runner: Runner) -> Any:
        view_class = load_view_class(*where)
        layout = tab.layout()
        assert isinstance(layout, QVBoxLayout)
        if view_class is None:
            label = QLabel(UNAVAILABLE.format(what=what), tab)
            label.setObjectName(f"{tab.objectName()}_placeholder_label")
            label.setProperty("role", "placeholder")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
            return None
        view = view_class(ws, self._case, runner, tab)
        layout.addWidget(view)
        message = getattr(view, "status_message", None)
        if message is not None:
            message.connect(self.status_message)
        return view

    @property
    def case(self) -> Case:
        return self._case

    @property
    def views(self) -> list[CaseView]:
        """Every tab that holds case data, the overview first."""
        return [v for v in (self.overview, self.chronology, self.evidence, self.analysis) if v is not None]

    @property
    def current_tab(self) -> Tab:
        return Tab(self.ui.tab_widget.currentIndex())

    def set_current_tab(self, tab: int) -> None:
        if 0 <= tab < self.ui.tab_widget.count():
            self.ui.tab_widget.setCurrentIndex(tab)

    def flush(self) -> None:
        """Commit every edit typed but not yet saved, in every tab."""
        self.overview.flush()
        if self.chronology is not None:
            self.chronology.flush()
        if self.analysis is not None:
            self.analysis.flush()

    def clear(self) -> None:
        """Drop the case's data from every tab and the header (on lock)."""
        for view in self.views:
            view.clear()
        self.ui.title_label.clear()
        self.ui.details_label.clear()

    def _case_changed(self, case: Case) -> None:
        self._case = case
        self._show_header()
        self.case_changed.emit(case)

    def _show_header(self) -> None:
        case = self._case
        self.ui.title_label.setText(case.operation or case.urn)
        offences = ", ".join(SHORT_OFFENCE[o] for o in case.offences)
        parts = [case.urn if case.operation else "", offences, case.status.label]
        self.ui.details_label.setText("  ·  ".join(p for p in parts if p))
