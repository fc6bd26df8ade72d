"""The filter bar combines its parts into one EntryQuery."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from stalkdesk.domain.query import EntryQuery
from stalkdesk.domain.vocab import Behaviour, Channel, DisclosureStatus, EvidentialStatus, Source
from stalkdesk.gui.chronology.filter_bar import FilterBar
from stalkdesk.gui.chronology.view import ChronologyView

pytestmark = pytest.mark.gui


@pytest.fixture
def bar(qtbot: QtBot) -> FilterBar:
    widget = FilterBar()
    qtbot.addWidget(widget)
    return widget


def test_parts_combine_into_one_query(qtbot: QtBot, bar: FilterBar) -> None:
    with qtbot.waitSignal(bar.query_changed, timeout=1000) as typed:
        qtbot.keyClicks(bar.ui.search_edit, "station car")
    assert typed.args == [EntryQuery(text="station car")]  # one query after the pause, not one a letter
    with qtbot.waitSignal(bar.query_changed) as picked:
        bar.behaviours.action(Behaviour.LOITERING).trigger()
    assert picked.args[0] == EntryQuery(text="station car", behaviours=frozenset({Behaviour.LOITERING}))
    bar.channels.action(Channel.SMS).trigger()
    bar.sources.action(Source.CCTV).trigger()
    bar.evidential.action(EvidentialStatus.EXHIBITED).trigger()
    bar.disclosure.action(DisclosureStatus.UNUSED).trigger()
    bar.ui.from_date_edit.setDate(QDate(2024, 3, 3))
    bar.ui.to_date_edit.setDate(QDate(2024, 6, 1))
    with qtbot.waitSignal(bar.query_changed) as last:
        bar.ui.show_deleted_check.setChecked(True)
    assert last.args[0] == EntryQuery(
        text="station car", behaviours=frozenset({Behaviour.LOITERING}), channels=frozenset({Channel.SMS}),
        sources=frozenset({Source.CCTV}), evidential=frozenset({EvidentialStatus.EXHIBITED}),
        disclosure=frozenset({DisclosureStatus.UNUSED}),
        start=datetime(2024, 3, 3, 0, 0, tzinfo=UTC),  # GMT: midnight is midnight UTC
        end=datetime(2024, 6, 1, 23, 0, tzinfo=UTC),  # the whole of 1 June, BST
        include_deleted=True)
    assert bar.ui.behaviours_button.text() == "Behaviours (1) ▾"
    with qtbot.waitSignal(bar.query_changed) as cleared:
        bar.ui.clear_button.click()
    assert cleared.args == [EntryQuery()]
    assert bar.ui.search_edit.text() == "" and bar.ui.from_date_edit.specialValueText() == "any"


def test_delete_sets_a_date_back_to_any(qtbot: QtBot, bar: FilterBar) -> None:
    bar.ui.from_date_edit.setDate(QDate(2024, 3, 3))
    assert bar.query().start is not None
    qtbot.keyClick(bar.ui.from_date_edit, Qt.Key.Key_Delete)
    assert bar.query().start is None and bar.ui.from_date_edit.text() == "any"


def test_count_reads_as_a_sentence(bar: FilterBar) -> None:
    bar.set_count(1234, 150_000, filtered=True)
    assert bar.ui.count_label.text() == "1,234 of 150,000 entries"
    bar.set_count(1, 1, filtered=False)
    assert bar.ui.count_label.text() == "1 entry"


def test_view_applies_filters_and_counts(qtbot: QtBot, view: ChronologyView) -> None:
    assert view.filter_bar.ui.count_label.text() == "12 entries"
    view.filter_bar.behaviours.action(Behaviour.FOLLOWING).trigger()
    assert view.model.rowCount() == 3
    assert view.filter_bar.ui.count_label.text() == "3 of 12 entries"


def test_ctrl_f_focuses_the_search(view: ChronologyView) -> None:
    # The offscreen platform never activates a window, so shortcuts can't be typed here: check
    # the action is Ctrl+F, reaches the whole view, and moves the view's focus to the search.
    action = view.filter_bar.find_action
    assert action.shortcut() == QKeySequence("Ctrl+F")
    assert action in view.actions() and action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    view.show()
    action.trigger()
    assert view.focusWidget() is view.filter_bar.ui.search_edit
