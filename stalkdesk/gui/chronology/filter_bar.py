"""The bar above the chronology: search words, vocabulary filters, dates, deleted entries.

Every part combines (AND) into one `EntryQuery`, emitted as `query_changed` whenever the
officer changes something. Typing waits for a short pause, so a word typed quickly is one
query (the search runs in the store's full-text index), not one per letter.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDateEdit, QWidget

from stalkdesk.domain.query import EntryQuery
from stalkdesk.domain.vocab import DEFAULT_ZONE, Behaviour, Channel, DisclosureStatus, EvidentialStatus, Source
from stalkdesk.gui.chronology.behaviours import behaviour_groups, behaviour_tooltip
from stalkdesk.gui.chronology.choice_menu import ChoiceMenu
from stalkdesk.gui.forms.ui_filter_bar import Ui_FilterBar

TEXT_DELAY_MS = 150
ANY_DATE = QDate(1900, 1, 1)  # the date edits' minimum, shown as "any"


class FilterBar(QWidget):
    query_changed = Signal(object)  # EntryQuery

    def __init__(self, parent: QWidget | None = None, zone: str = DEFAULT_ZONE) -> None:
        super().__init__(parent)
        self.ui = Ui_FilterBar()
        self.ui.setupUi(self)
        self._zone = ZoneInfo(zone)
        ui = self.ui
        self.behaviours = ChoiceMenu(ui.behaviours_button, "Behaviours", behaviour_groups(),
                                     {b: behaviour_tooltip(b) for b in Behaviour})
        self.channels = ChoiceMenu(ui.channel_button, "Channel", [("", list(Channel))])
        self.sources = ChoiceMenu(ui.source_button, "Source", [("", list(Source))])
        self.evidential = ChoiceMenu(ui.evidential_button, "Evidence", [("Evidential status", list(EvidentialStatus))])
        self.disclosure = ChoiceMenu(ui.disclosure_button, "Disclosure", [("", list(DisclosureStatus))])
        for menu in (self.behaviours, self.channels, self.sources, self.evidential, self.disclosure):
            menu.changed.connect(self._emit)
        for edit in (ui.from_date_edit, ui.to_date_edit):
            edit.setMinimumDate(ANY_DATE)
            edit.setDate(ANY_DATE)
            edit.dateChanged.connect(self._emit)
            edit.calendarWidget().installEventFilter(self)
            edit.installEventFilter(self)  # Delete: back to "any"
        ui.show_deleted_check.toggled.connect(self._emit)
        ui.clear_button.clicked.connect(self.clear_filters)
        ui.clear_button.setEnabled(False)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self._emit)
        ui.search_edit.textChanged.connect(lambda _text: self._text_timer.start())
        ui.search_edit.returnPressed.connect(self._emit)  # Enter searches at once

        # The view adds this action to itself too, so Ctrl+F works from the table and editor.
        self.find_action = QAction("Find", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self._last = self.query()

    def query(self) -> EntryQuery:
        """What the bar asks for now (order is the table's business, so it is left default)."""
        ui = self.ui
        return EntryQuery(
            text=ui.search_edit.text().strip(),
            behaviours=self.behaviours.selected(),
            channels=self.channels.selected(),
            sources=self.sources.selected(),
            evidential=self.evidential.selected(),
            disclosure=self.disclosure.selected(),
            start=self._day_start(ui.from_date_edit, 0),
            end=self._day_start(ui.to_date_edit, 1),  # the whole of the "to" day
            include_deleted=ui.show_deleted_check.isChecked(),
        )

    def _day_start(self, edit: QDateEdit, days_after: int) -> datetime | None:
        """Midnight at the start of the chosen day (+ days_after) in the case's zone, in UTC."""
        if edit.date() == ANY_DATE:
            return None
        d = date(edit.date().year(), edit.date().month(), edit.date().day()) + timedelta(days=days_after)
        return datetime(d.year, d.month, d.day, tzinfo=self._zone).astimezone(UTC)

    def clear_filters(self) -> None:
        """Back to the whole chronology, as one query_changed."""
        ui = self.ui
        widgets: list[QObject] = [ui.search_edit, ui.from_date_edit, ui.to_date_edit, ui.show_deleted_check,
                                  self.behaviours, self.channels, self.sources, self.evidential, self.disclosure]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            ui.search_edit.clear()
            ui.from_date_edit.setDate(ANY_DATE)
            ui.to_date_edit.setDate(ANY_DATE)
            ui.show_deleted_check.setChecked(False)
            for menu in (self.behaviours, self.channels, self.sources, self.evidential, self.disclosure):
                menu.clear()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._text_timer.stop()
        self._emit()

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    def set_count(self, shown: int, total: int, filtered: bool) -> None:
        """ "1,234 of 150,000 entries" while filtering, else "150,000 entries"."""
        noun = "entry" if total == 1 else "entries"
        label = self.ui.count_label
        label.setText(f"{shown:,} of {total:,} {noun}" if filtered else f"{total:,} {noun}")
        if label.property("filtered") != filtered:
            label.setProperty("filtered", filtered)
            label.style().unpolish(label)
            label.style().polish(label)

    def _emit(self) -> None:
        self._text_timer.stop()
        query = self.query()
        self.ui.clear_button.setEnabled(query.is_filtered or query.include_deleted)
        if query != self._last:  # e.g. a space typed after a word: same search, no new query
            self._last = query
            self.query_changed.emit(query)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        for edit in (self.ui.from_date_edit, self.ui.to_date_edit):
            if watched is edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                    and event.key() == Qt.Key.Key_Delete:
                edit.setDate(ANY_DATE)
                return True
        # A date edit on "any" holds 01/01/1900; open its calendar on this month instead.
        if event.type() == QEvent.Type.Show:
            for edit in (self.ui.from_date_edit, self.ui.to_date_edit):
                if watched is edit.calendarWidget() and edit.date() == ANY_DATE:
                    today = QDate.currentDate()
                    edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
