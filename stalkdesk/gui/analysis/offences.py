"""Points to prove: each offence as proved / partly / not yet, each point with its links.

Left, the offences and their points as a tree, and what StalkDesk counted from the
chronology; right, the chosen point: its wording, why it stands where it does, and the
items and exhibits linked to it, which the officer links, unlinks and annotates here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QWidget

from stalkdesk.domain.analysis.checklist import (
    OffenceStatus,
    PointStatus,
    Status,
    behaviours_present,
    course_of_conduct,
    fear_occasions,
)
from stalkdesk.domain.analysis.common import item_list
from stalkdesk.domain.records import Case, Entry, Exhibit
from stalkdesk.gui.analysis.links import ROW_HEIGHT, LinkBar, describe
from stalkdesk.gui.analysis.offence_models import BehaviourCountsModel, OffenceTreeModel
from stalkdesk.gui.forms.ui_offences_page import Ui_OffencesPage
from stalkdesk.gui.tasks import Runner, show_or_report
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace


class OffencesPage(QWidget):
    """Emits `changed` after a link is made or removed (FOUR and reports read the same links)."""

    changed = Signal()

    def __init__(self, ws: Workspace, case: Case, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OffencesPage()
        self.ui.setupUi(self)
        assert case.id is not None
        self._ws, self._case_id, self._runner = ws, case.id, runner
        self._generation = 0  # bumped by clear() and each load: only the latest result is shown
        self._loading = False
        self._entries: dict[int, Entry] = {}  # for describing the links
        self._exhibits: dict[int, Exhibit] = {}
        self.model = OffenceTreeModel(self)
        tree = self.ui.offences_tree
        tree.setModel(self.model)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.behaviours_model = BehaviourCountsModel(self)
        table = self.ui.behaviours_table
        table.setModel(self.behaviours_model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        badge = self.ui.status_label
        badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.ui.point_title_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.ui.point_title_layout.setAlignment(badge, Qt.AlignmentFlag.AlignVCenter)
        self.links = LinkBar(ws, case.id, self._point_id, self.ui.links_table, self.ui.link_edit,
                             self.ui.link_button, self.ui.link_selection_button, self.ui.unlink_button,
                             self.ui.message_label, self)
        self.links.changed.connect(self._links_changed)
        tree.selectionModel().currentChanged.connect(self._current_changed)
        self.ui.offences_splitter.setStretchFactor(0, 2)
        self.ui.offences_splitter.setStretchFactor(1, 3)
        self.ui.offences_splitter.setSizes([520, 780])
        self._show(None, None)

    # Loading.

    def reload(self) -> None:
        """Read the links and the chronology again and re-evaluate every offence, keeping the
        point that was chosen. Reading every entry of a large case takes seconds, so it is
        done by the task runner."""
        self._generation += 1
        generation = self._generation
        if not self.model.rowCount():
            self.ui.course_label.setText("Reading the chronology…")
        self._runner.run(load_offences, self._ws, self._case_id, progress_kwarg=None,
                         on_done=lambda loaded: self._loaded(generation, loaded),
                         on_error=lambda error: self._failed(generation, error))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        show_or_report(error, self.links.say)

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation:
            return  # cleared (locked) or reloaded since
        current = self._current_key()
        self._loading = True  # re-selecting the point is not the officer moving on
        offences, entries, exhibits = loaded
        self._entries = {e.id: e for e in entries if e.id is not None}
        self._exhibits = {x.id: x for x in exhibits if x.id is not None}
        self.model.set_offences(offences)
        self.ui.offences_tree.expandAll()
        self._show_counts(entries)
        index = self.model.index_of(*current) if current else QModelIndex()
        if not index.isValid():
            first = self.model.index(0, 0)
            index = self.model.index(0, 0, first) if first.isValid() else QModelIndex()
        if index.isValid():
            self.ui.offences_tree.setCurrentIndex(index)
        self._current_changed(self.ui.offences_tree.currentIndex(), QModelIndex())
        self._loading = False

    def clear(self) -> None:
        self._generation += 1
        self.model.clear()
        self.behaviours_model.clear()
        self.links.clear()
        self._entries, self._exhibits = {}, {}
        for label in (self.ui.course_label, self.ui.fear_label):
            label.clear()
        self._show(None, None)

    def _show_counts(self, entries: list[Entry]) -> None:
        _status, course = course_of_conduct(entries)
        self.ui.course_label.setText(f"<b>Course of conduct:</b> {html.escape(course)}.")
        fear_links = [i.entry_id for o in self.model.offences for p in o.points
                      if p.point.id.endswith(".fear") for i in p.items if i.entry_id is not None]
        linked, proxy = fear_occasions(entries, fear_links)
        parts = []
        if linked:
            parts.append(f"{len(linked)} linked by you ({item_list(e.item_number for e in linked)})")
        if proxy:
            parts.append(f"{len(proxy)} more recording threats of violence ({item_list(e.item_number for e in proxy)})")
        fear = "; ".join(parts) if parts else "none counted yet"
        self.ui.fear_label.setText(f"<b>Occasions of fear of violence:</b> {html.escape(fear)}.")
        self.behaviours_model.set_counts(*behaviours_present(entries))

    # The chosen point.

    def _current_key(self) -> tuple[str, str | None] | None:
        index = self.ui.offences_tree.currentIndex()
        offence = self.model.offence(index)
        if offence is None:
            return None
        point = self.model.point(index)
        return offence.key, point.point.id if point is not None else None

    def _point_id(self) -> str | None:
        point = self.model.point(self.ui.offences_tree.currentIndex())
        return point.point.id if point is not None else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._loading:
            self.links.say("")  # the officer moved on: a message about another point's links
        self._show(self.model.offence(current), self.model.point(current))

    def _show(self, offence: OffenceStatus | None, point: PointStatus | None) -> None:
        ui = self.ui
        ui.links_group.setVisible(point is not None)
        if offence is None:
            for label in (ui.point_title_label, ui.source_label, ui.wording_label, ui.reasons_label):
                label.clear()
            self._badge(None)
            self.links.model.clear()
            self.links.update_buttons()
            return
        if point is None:
            ui.point_title_label.setText(offence.title)
            ui.source_label.setText(f"{len(offence.points)} points to prove")
            ui.wording_label.setText("Choose a point on the left to see and link what supports it.")
            ui.reasons_label.setText(_reasons_html("Why", offence.reasons))
            self._badge(offence.status)
            self.links.model.clear()
        else:
            p = point.point
            ui.point_title_label.setText(p.title)
            ui.source_label.setText(p.source + ("   ·   one of two alternatives" if p.either else ""))
            ui.wording_label.setText(p.wording)
            lines = list(point.reasons)
            ui.reasons_label.setText(_reasons_html("Why", lines))
            self._badge(point.status)
            self.links.model.set_rows(describe(point.items, self._entries, self._exhibits))
        self.links.update_buttons()

    def _badge(self, status: Status | None) -> None:
        label = self.ui.status_label
        label.setText(status.label if status else "")
        label.setProperty("status", status.value if status else "")
        label.setVisible(status is not None)
        label.style().unpolish(label)  # re-read the stylesheet for the new property
        label.style().polish(label)

    def _links_changed(self) -> None:
        self.reload()
        self.changed.emit()


Loaded = tuple[list[OffenceStatus], list[Entry], list[Exhibit]]


def load_offences(ws: Workspace, case_id: int) -> Loaded:
    """What the page shows (on the task runner's thread): the offences evaluated, and the
    entries and exhibits for describing links and counting."""
    return analysis.offence_checklist(ws, case_id), ws.entries.list(case_id), ws.exhibits.list(case_id)


def _reasons_html(title: str, reasons: tuple[str, ...] | list[str]) -> str:
    if not reasons:
        return ""
    items = "".join(f"<li>{html.escape(r)}</li>" for r in reasons)
    return f"<b>{title}</b><ul style='margin-left: -20px; margin-top: 2px;'>{items}</ul>"
