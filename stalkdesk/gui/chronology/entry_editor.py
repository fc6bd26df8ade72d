"""The side panel that edits one chronology entry, saving as the officer works.

There is no Save button. A typed field is committed when it loses focus, on Enter, or after
a short pause in typing; a tick box, list or choice at once. Each commit is one `edited(old,
new)` signal, which the view turns into one undoable command. A When that can't be read is
never committed: the field keeps the text and says why beside it. `flush()` commits whatever
is pending, before the app locks or the case closes, so no typed text is lost.

Changes arriving from elsewhere (undo, redo, bulk edit) come in through `show_entry`, which
rewrites only the fields that changed in the store, so text being typed is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QHeaderView, QWidget

from stalkdesk.domain.records import Entry, Exhibit, Person
from stalkdesk.domain.vocab import DEFAULT_ZONE, Channel, DisclosureStatus, EvidentialStatus, Source
from stalkdesk.domain.when import WhenError, describe
from stalkdesk.gui.chronology import entry_fields
from stalkdesk.gui.chronology.behaviours import add_checkboxes
from stalkdesk.gui.chronology.entry_fields import NO_DATE, Binding, ReportedField, WhenField
from stalkdesk.gui.chronology.link_lists import ExhibitLinksModel, PeopleModel
from stalkdesk.gui.dialogs.common import align_label_columns
from stalkdesk.gui.forms.ui_entry_editor import Ui_EntryEditor

IDLE_MS = 800  # a pause in typing this long commits the text
_SAVING = "Changes are saved as you go; Ctrl+Z undoes them."
_MAX_LIST_ROWS = 7
_UNREADABLE = object()  # what reading a When that doesn't parse gives: equal to no value


def _fit_rows(view: QAbstractItemView, rows: int, row_height: int, extra: int = 0) -> None:
    """As tall as its rows, up to a few (then it scrolls): a case has a handful of people."""
    shown = min(max(rows, 2), _MAX_LIST_ROWS)
    view.setFixedHeight(shown * max(row_height, 1) + extra + 2 * view.frameWidth())


class EntryEditor(QWidget):
    edited = Signal(object, object)  # (old Entry, new Entry)

    def __init__(self, parent: QWidget | None = None, zone: str = DEFAULT_ZONE) -> None:
        super().__init__(parent)
        self.ui = Ui_EntryEditor()
        self.ui.setupUi(self)
        self._entry: Entry | None = None
        self._loading = False  # True while widgets are filled from an entry: not an edit
        ui = self.ui
        self.behaviour_boxes = add_checkboxes(ui.s2a_layout, ui.other_behaviours_layout, ui.editor_contents)
        self.people = PeopleModel(self)
        self.witnesses = PeopleModel(self)
        self.exhibits = ExhibitLinksModel(self)
        ui.people_list.setModel(self.people)
        ui.witnesses_list.setModel(self.witnesses)
        ui.exhibits_table.setModel(self.exhibits)
        self._choices: dict[str, tuple[QComboBox, list[Any]]] = {
            "channel": (ui.channel_combo, [None, *Channel]),
            "source": (ui.source_combo, list(Source)),
            "evidential_status": (ui.evidential_combo, list(EvidentialStatus)),
            "disclosure": (ui.disclosure_combo, list(DisclosureStatus)),
        }
        for combo, values in self._choices.values():
            combo.addItems([v.label if v is not None else "Not recorded" for v in values])
            combo.activated.connect(self._commit)
        self._when = WhenField(ui.when_edit, lambda: self._entry, zone)
        self._reported = ReportedField(ui.reported_date_edit, lambda: self._entry, zone)
        self._fields = self._bindings()

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._commit)
        for line in (ui.when_edit, ui.summary_edit, ui.location_edit, ui.source_reference_edit,
                     ui.disclosure_reason_edit):
            line.textEdited.connect(self._typed)
            line.editingFinished.connect(self._commit)
        ui.disclosure_combo.currentIndexChanged.connect(self._show_reason_state)
        ui.when_edit.textEdited.connect(self._show_understood)
        ui.account_edit.textChanged.connect(self._typed)
        ui.account_edit.installEventFilter(self)  # QPlainTextEdit has no editingFinished
        ui.reported_date_edit.dateChanged.connect(self._typed)
        ui.reported_date_edit.editingFinished.connect(self._commit)
        for box in self.behaviour_boxes.values():
            box.toggled.connect(self._commit)
        for model in (self.people, self.witnesses, self.exhibits):
            model.itemChanged.connect(self._item_changed)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        ui.exhibits_table.horizontalHeader().setDefaultAlignment(left)
        align_label_columns(ui.what_form, ui.source_form)
        self._tab_order()
        self._show(None)
        self._show_reason_state()

    def _bindings(self) -> dict[str, Binding]:
        """Entry field -> (read the widget, write the widget). Reading When may raise WhenError."""
        ui = self.ui
        fields: dict[str, Binding] = {
            "when": (self._when.read, self._when.write),
            "summary": entry_fields.line(ui.summary_edit),
            "account": (ui.account_edit.toPlainText, ui.account_edit.setPlainText),
            "location": entry_fields.line(ui.location_edit),
            "source_reference": entry_fields.line(ui.source_reference_edit),
            "disclosure_reason": entry_fields.line(ui.disclosure_reason_edit),
            "reported_at": (self._reported.read, self._reported.write),
            "behaviours": entry_fields.behaviours(self.behaviour_boxes, lambda: self._entry),
            "people": (lambda: self.people.checked(self._base.people), self.people.set_checked),
            "witnesses": (lambda: self.witnesses.checked(self._base.witnesses), self.witnesses.set_checked),
            "exhibits": (lambda: self.exhibits.links(self._base.exhibits), self.exhibits.set_links),
        }
        for name, (combo, values) in self._choices.items():
            fields[name] = entry_fields.choice(combo, values)
        return fields

    # The case's people and exhibits, for the lists.

    def set_people(self, people: Sequence[Person]) -> None:
        def fill() -> None:
            self.people.set_people(people)
            self.witnesses.set_people(people)

        self._refill(fill)
        for view in (self.ui.people_list, self.ui.witnesses_list):
            _fit_rows(view, len(people), view.sizeHintForRow(0) if people else 0)

    def set_exhibits(self, exhibits: Sequence[Exhibit]) -> None:
        self._refill(lambda: self.exhibits.set_exhibits(exhibits))
        table = self.ui.exhibits_table
        # After filling: clearing the model took the header's sections, and their modes, with it.
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(1, table.fontMetrics().horizontalAdvance("messages 1201-1257") + 12)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader().height() if exhibits else 0
        _fit_rows(table, len(exhibits), table.verticalHeader().defaultSectionSize(), header)

    def _refill(self, fill: Callable[[], object]) -> None:
        self.flush()
        self._loading = True
        try:
            fill()
            if self._entry is not None:
                for name in ("people", "witnesses", "exhibits"):
                    self._fields[name][1](getattr(self._entry, name))
        finally:
            self._loading = False

    # The entry.

    @property
    def entry(self) -> Entry | None:
        """The entry as last saved (pending typing not included)."""
        return self._entry

    @property
    def _base(self) -> Entry:
        assert self._entry is not None
        return self._entry

    def set_entry(self, entry: Entry | None) -> None:
        """Edit another entry (None: none); what was pending for the last one is saved first."""
        self.flush()
        self._entry = entry
        self._show(entry)

    def show_entry(self, stored: Entry) -> None:
        """The entry being edited changed in the store: rewrite the fields that changed there."""
        if self._entry is None or stored.id != self._entry.id:
            return
        old, self._entry = self._entry, stored
        self._loading = True
        try:
            for name, (read, write) in self._fields.items():
                value = getattr(stored, name)
                if value != getattr(old, name) and self._read(read) != value:
                    write(value)
        finally:
            self._loading = False
        self._show_state(stored)
        self._show_understood()

    def clear(self) -> None:
        """Empty every field and list (the app is locking): no case data stays in the panel."""
        self._idle.stop()
        self._entry = None
        self._loading = True
        try:
            for model in (self.people, self.witnesses, self.exhibits):
                model.clear()
        finally:
            self._loading = False
        self._show(None)

    def flush(self) -> None:
        """Commit whatever is typed but not yet saved, now."""
        table = self.ui.exhibits_table
        focus = QApplication.focusWidget()
        if focus is not None and table.isAncestorOf(focus):
            table.commitData(focus)  # a "where in it" still being typed
        self._commit()

    def focus_when(self) -> None:
        self.ui.when_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.when_edit.selectAll()

    # Committing.

    def _typed(self) -> None:
        if not self._loading and self._entry is not None:
            self._idle.start()

    def _item_changed(self, item: Any) -> None:
        if self._loading:
            return
        if item.model() is self.exhibits:
            self.exhibits.tick_if_located(item)  # may change a tick box: one commit below
        self._commit()

    def _commit(self) -> None:
        self._idle.stop()
        if self._loading or self._entry is None or self._entry.deleted:
            return
        values = {name: self._read(read) for name, (read, _write) in self._fields.items()}
        new = replace(self._entry, **{k: v for k, v in values.items() if v is not _UNREADABLE})
        if new != self._entry:
            self.edited.emit(self._entry, new)

    @staticmethod
    def _read(read: Callable[[], Any]) -> Any:
        try:
            return read()
        except WhenError:
            return _UNREADABLE  # stays as saved; the message is already beside the field

    # Showing.

    def _show(self, entry: Entry | None) -> None:
        self._idle.stop()
        self._loading = True
        try:
            for name, (_read, write) in self._fields.items():
                if entry is not None:
                    write(getattr(entry, name))
            if entry is None:
                self._blank()
        finally:
            self._loading = False
        self._show_state(entry)
        self._show_understood()

    def _blank(self) -> None:
        ui = self.ui
        self._when.blank()
        for line in (ui.summary_edit, ui.location_edit, ui.source_reference_edit, ui.disclosure_reason_edit):
            line.clear()
        ui.account_edit.clear()
        ui.reported_date_edit.setDate(NO_DATE)
        for box in self.behaviour_boxes.values():
            box.setChecked(False)
        for combo, _values in self._choices.values():
            combo.setCurrentIndex(0)
        for model in (self.people, self.witnesses):
            model.set_checked(())
        self.exhibits.set_links(())

    def _show_state(self, entry: Entry | None) -> None:
        ui = self.ui
        if entry is None:
            ui.title_label.setText("No entry selected")
            ui.status_label.setText("Select an entry to see it here, or press Ctrl+N to add one.")
        elif entry.deleted:
            ui.title_label.setText(f"Item {entry.item_number} (deleted)")
            ui.status_label.setText("This entry is deleted. Restore it (right-click it in the list) to edit it.")
        else:
            ui.title_label.setText(f"Item {entry.item_number}")
            ui.status_label.setText(_SAVING)
        ui.editor_scroll_area.setEnabled(entry is not None and not entry.deleted)

    def _show_reason_state(self) -> None:
        """The reason for sensitivity is asked for only of an entry marked unused sensitive (it
        is kept, not cleared, if the status changes: setting it back brings the reason back)."""
        combo, values = self._choices["disclosure"]
        sensitive = values[max(combo.currentIndex(), 0)] is DisclosureStatus.SENSITIVE
        self.ui.disclosure_reason_edit.setEnabled(sensitive)
        self.ui.disclosure_reason_label.setEnabled(sensitive)

    def _show_understood(self) -> None:
        """Under the When field: how the text was read, or why it can't be (in red)."""
        label = self.ui.when_understood_label
        error = False
        if self._entry is None:
            text = ""
        else:
            try:
                text = f"Understood as {describe(self._when.read())}"
            except WhenError as e:
                text, error = f"{e} Not saved.", True
        label.setText(text)
        if label.property("error") != error:
            label.setProperty("error", error)
            label.style().unpolish(label)
            label.style().polish(label)

    def _tab_order(self) -> None:
        ui = self.ui
        chain = [ui.channel_combo, *self.behaviour_boxes.values(), ui.source_combo]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.account_edit and event.type() == QEvent.Type.FocusOut:
            self._commit()
        return super().eventFilter(watched, event)
