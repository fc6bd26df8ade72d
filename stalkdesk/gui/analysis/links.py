"""Linking chronology items and exhibits to a point (or a FOUR element): the link bar shared
by the points-to-prove page and the FOUR cards.

The officer types item numbers and exhibit references ("14, 16-18, AF/2") or takes the rows
selected in the Chronology tab; each becomes one link, saved (and audited) by the service.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QPushButton, QTableView

from stalkdesk.domain.analysis.common import LinkedItem, dmy, local_day
from stalkdesk.domain.records import Entry, Exhibit
from stalkdesk.errors import InvalidInput, UserError
from stalkdesk.gui.analysis.offence_models import LinkedItemsModel, LinkRow
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace

MAX_RANGE = 500  # "1-100000" is a typing slip, not a request for 100,000 links
_RANGE = re.compile(r"(\d+)-(\d+)")

ROW_HEIGHT = 26  # the analysis tables are read as lists: denser than the default
Target = int | str  # an item number, or an exhibit reference


def parse_targets(text: str) -> list[Target]:
    """Item numbers (single or "16-18") and exhibit references, in the order typed, without
    repeats. Raises InvalidInput naming the part that is neither."""
    out: list[Target] = []
    for part in re.split(r"[,;\s]+", re.sub(r"\s*[-–]\s*", "-", text.strip())):
        if not part or part.lower() in ("item", "items", "and", "exhibit", "exhibits"):
            continue
        if part.isdigit():
            out.append(int(part))
        elif m := _RANGE.fullmatch(part):
            a, b = int(m[1]), int(m[2])
            if b < a or b - a >= MAX_RANGE:
                raise InvalidInput(f'"{part}" is not a range of item numbers (lowest first, at most {MAX_RANGE}).')
            out.extend(range(a, b + 1))
        elif "/" in part:
            out.append(part.upper())
        else:
            raise InvalidInput(f'"{part}" is neither an item number nor an exhibit reference such as AF/2.')
    return list(dict.fromkeys(out))


def describe(items: Sequence[LinkedItem], entries: Mapping[int, Entry],
             exhibits: Mapping[int, Exhibit]) -> list[LinkRow]:
    """Each linked item with what it is: the entry's day and summary, or the exhibit's description."""
    rows = []
    for i in items:
        if i.entry_id is not None and (e := entries.get(i.entry_id)) is not None:
            rows.append(LinkRow(i, f"{dmy(local_day(e))}  {e.summary}"))
        elif i.exhibit_id is not None and (x := exhibits.get(i.exhibit_id)) is not None:
            rows.append(LinkRow(i, x.description))
        else:
            rows.append(LinkRow(i, ""))
    return rows


def link_targets(ws: Workspace, case_id: int, point_id: str, targets: Sequence[Target]) -> tuple[int, list[str]]:
    """Link each target; (how many were linked, the reasons the others were not)."""
    linked, problems = 0, []
    for t in targets:
        try:
            if isinstance(t, int):
                analysis.link_point(ws, case_id, point_id, item_number=t)
            else:
                analysis.link_point(ws, case_id, point_id, exhibit_ref=t)
            linked += 1
        except UserError as error:
            problems.append(str(error))
    return linked, problems


def set_up_links_table(table: QTableView, model: LinkedItemsModel) -> None:
    table.setModel(model)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class LinkBar(QObject):
    """Drives one links table and its bar (edit, Link, chronology selection, Unlink) for the
    point `point_id()` names. Emits `changed` after any link is made, removed or re-noted."""

    changed = Signal()

    def __init__(self, ws: Workspace, case_id: int, point_id: Callable[[], str | None], table: QTableView,
                 edit: QLineEdit, link_button: QPushButton, selection_button: QPushButton,
                 unlink_button: QPushButton, message_label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self._point_id = ws, case_id, point_id
        self.table, self.edit, self.message_label = table, edit, message_label
        self.link_button, self.selection_button, self.unlink_button = link_button, selection_button, unlink_button
        self.model = LinkedItemsModel(self._save_note, self)
        set_up_links_table(table, self.model)
        # Set by the view when the Chronology tab is there: the item numbers selected in it.
        self.chronology_selection: Callable[[], list[int]] | None = None
        link_button.clicked.connect(self.link_typed)
        edit.returnPressed.connect(self.link_typed)
        selection_button.clicked.connect(self.link_selection)
        unlink_button.clicked.connect(self.unlink_selected)
        unlink = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        unlink.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the table has the focus
        unlink.activated.connect(self.unlink_selected)
        table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.model.modelReset.connect(self.update_buttons)
        self.update_buttons()

    def say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def update_buttons(self) -> None:
        has_point = self._point_id() is not None
        for widget in (self.edit, self.link_button):
            widget.setEnabled(has_point)
        self.selection_button.setEnabled(has_point and self.chronology_selection is not None)
        self.unlink_button.setEnabled(has_point and self.table.selectionModel().hasSelection())

    def link(self, targets: Sequence[Target]) -> int:
        point_id = self._point_id()
        if point_id is None or not targets:
            return 0
        linked, problems = link_targets(self.ws, self.case_id, point_id, targets)
        if linked:
            self.changed.emit()  # the page re-reads, clearing the message line: say why after
        self.say(" ".join(problems))
        return linked

    def link_typed(self) -> None:
        try:
            targets = parse_targets(self.edit.text())
        except InvalidInput as error:
            self.say(str(error))
            return
        if not targets:
            self.say("Type item numbers or exhibit references to link, e.g. 14, 16-18, AF/2.")
            return
        if self.link(targets) and not self.message_label.text():
            self.edit.clear()

    def link_selection(self) -> None:
        numbers = self.chronology_selection() if self.chronology_selection is not None else []
        if not numbers:
            self.say("Select one or more entries in the Chronology tab first.")
            return
        self.link(numbers)

    def unlink_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = self.model.link_ids(rows)
        for link_id in ids:
            analysis.unlink_point(self.ws, link_id)
        if ids:
            self.say("")
            self.changed.emit()

    def _save_note(self, link_id: int, note: str) -> bool:
        try:
            analysis.set_link_note(self.ws, link_id, note)
        except UserError as error:
            self.say(str(error))
            return False
        self.say("")
        # After the delegate has finished committing: the refresh resets this model.
        QTimer.singleShot(0, self.changed.emit)
        return True

    def clear(self) -> None:
        self.model.clear()
        self.edit.clear()
        self.say("")
