"""The Analysis tab: points to prove, FOUR, risk screening, patterns of contact and
co-location, one section at a time from the list on the left.

A section reads the store when it is shown, and again whenever it is shown after the tab
was hidden (the officer may have added exhibits or entries in another tab) or after
`reload()`; not when the case opens on another tab: a large case costs nothing until the
officer looks. The heavy reads go through the task runner.
`clear()` (on lock) empties every model, chart and field; `reload()` brings them back.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from stalkdesk.domain.records import Case
from stalkdesk.gui.analysis.colocation import ColocationPage
from stalkdesk.gui.analysis.four import FourPage
from stalkdesk.gui.analysis.links import LinkBar
from stalkdesk.gui.analysis.offences import OffencesPage
from stalkdesk.gui.analysis.patterns import PatternsPage
from stalkdesk.gui.analysis.risk import RiskPage
from stalkdesk.gui.analysis.spo import SpoPage
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_analysis_view import Ui_AnalysisView
from stalkdesk.gui.tasks import Runner
from stalkdesk.services.workspace import Workspace


class Section(IntEnum):
    OFFENCES = 0
    FOUR = 1
    RISK = 2
    PATTERNS = 3
    COLOCATION = 4
    SPO = 5

    @property
    def label(self) -> str:
        return ("Points to prove", "FOUR", "Risk (S-DASH)", "Patterns of contact", "Co-location",
                "SPO application")[self]


class AnalysisView(QWidget):
    """Emits `chronology_changed` when it added entries (a confirmed visit), so the
    Chronology tab can re-read them, and `status_message` with one-line outcomes."""

    chronology_changed = Signal()
    status_message = Signal(str)

    def __init__(self, ws: Workspace, case: Case, runner: Runner, parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AnalysisView()
        self.ui.setupUi(self)
        assert case.id is not None
        self._ws, self._case = ws, case
        self.prompts = prompts or Prompts()
        self.offences = OffencesPage(ws, case, runner, self)
        self.four = FourPage(ws, case, runner, self)
        self.risk = RiskPage(ws, case, self)
        self.patterns = PatternsPage(ws, case, runner, self.prompts, self)
        self.colocation = ColocationPage(ws, case, runner, self.prompts, self)
        self.spo = SpoPage(ws, case, runner, self.prompts, self)
        self.pages: dict[Section, Any] = {
            Section.OFFENCES: self.offences, Section.FOUR: self.four, Section.RISK: self.risk,
            Section.PATTERNS: self.patterns, Section.COLOCATION: self.colocation, Section.SPO: self.spo}
        self.sections = QStandardItemModel(self)
        for section in Section:
            self.ui.section_stack.addWidget(self.pages[section])
            item = QStandardItem(section.label)
            item.setEditable(False)
            self.sections.appendRow(item)
        self.ui.section_list.setModel(self.sections)
        self._stale: set[Section] = set(Section)
        self._read: set[Section] = set()  # read since the last clear(): only these can be saved
        self._locked = False
        self._shown = Section.OFFENCES
        self.offences.changed.connect(lambda: self._mark_stale(Section.FOUR, Section.PATTERNS))
        self.four.changed.connect(lambda: self._mark_stale(Section.OFFENCES))
        self.colocation.chronology_changed.connect(self._visit_confirmed)
        self.spo.points_wanted.connect(self.show_spo_grounds)
        chooser = self.ui.section_list.selectionModel()
        chooser.currentRowChanged.connect(lambda now, _was: self._section_chosen(now.row()))
        self.ui.section_list.setCurrentIndex(self.sections.index(Section.OFFENCES, 0))

    # The workspace's protocol.

    def reload(self) -> None:
        """Read the case again: now for the section in view, later for the others."""
        self._locked = False
        self._mark_stale(*Section)

    def clear(self) -> None:
        """Save what is typed, then drop every model, chart and field of the case (on lock)."""
        self.flush()
        self._locked = True
        for page in self.pages.values():
            page.clear()
        self._stale = set(Section)
        self._read = set()

    def flush(self) -> None:
        """Commit a FOUR note or review note typed but not yet saved."""
        if self._locked:
            return
        if Section.FOUR in self._read:
            self.four.flush()
        if Section.RISK in self._read:
            self.risk.flush()
        if Section.SPO in self._read:
            self.spo.flush()
        if Section.COLOCATION in self._read:
            self.colocation.flush()  # a Confirm or Dismiss being typed is kept as a draft

    def attach_chronology(self, chronology: Any) -> None:
        """Work with the Chronology tab: link its selected rows, re-read after its edits,
        and have it re-read the entries a confirmed visit adds."""
        def selected_items() -> list[int]:
            entries = chronology.model.entries(chronology.selected_rows())
            return [e.item_number for e in entries if e.item_number is not None and not e.deleted]

        for bar in self.link_bars:
            bar.chronology_selection = selected_items
            bar.update_buttons()
        # Bound methods, not lambdas: Qt drops the connections when either side is deleted.
        chronology.undo_stack.indexChanged.connect(self._chronology_edited)
        self.chronology_changed.connect(chronology.reload)

    @property
    def link_bars(self) -> list[LinkBar]:
        return [self.offences.links, *(card.links for card in self.four.cards.values())]

    @property
    def current_section(self) -> Section:
        return Section(max(self.ui.section_list.currentIndex().row(), 0))

    def set_section(self, section: Section) -> None:
        self.ui.section_list.setCurrentIndex(self.sections.index(section, 0))
        self.refresh_current()

    def show_spo_grounds(self) -> None:
        """Points to prove, on the first SPO ground: where items are linked to the grounds."""
        self.set_section(Section.OFFENCES)
        index = self.offences.model.index_of("spo", "spo.acts")
        if index.isValid():
            self.offences.ui.offences_tree.setCurrentIndex(index)

    # Keeping what is shown current.

    def _mark_stale(self, *sections: Section) -> None:
        self._stale.update(sections)
        if self.isVisible():
            self.refresh_current()

    def _chronology_edited(self, _index: int) -> None:
        self._mark_stale(*Section)

    def refresh_current(self) -> None:
        """Read the section in view from the store, if it may have changed since last read."""
        section = self.current_section
        if self._locked or section not in self._stale:
            return
        self._stale.discard(section)
        self._read.add(section)
        self.pages[section].reload()

    def _section_chosen(self, row: int) -> None:
        if row < 0:
            return
        if self._shown is Section.FOUR and not self._locked and Section.FOUR in self._read:
            self.four.flush()  # leaving FOUR mid-sentence saves the note, as leaving a field does
        self._shown = Section(row)
        self.ui.section_stack.setCurrentIndex(row)
        if self.isVisible():
            self.refresh_current()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_current()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the tab: save what is typed; read everything again on coming back."""
        self.flush()
        if not self._locked:
            self._stale = set(Section)
        super().hideEvent(event)

    def _visit_confirmed(self) -> None:
        self._stale.update({Section.OFFENCES, Section.FOUR, Section.RISK, Section.PATTERNS})
        self.chronology_changed.emit()
        self.status_message.emit("The visit was added to the chronology.")
