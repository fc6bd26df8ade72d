"""ChronologyTableModel without a view: rows, roles, lazy paging, sorting, filtering."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from stalkdesk.domain.query import EntryOrder, EntryQuery
from stalkdesk.domain.records import Case, Entry
from stalkdesk.domain.vocab import Behaviour, Channel
from stalkdesk.domain.when import parse_when
from stalkdesk.gui.chronology.columns import Column
from stalkdesk.gui.chronology.table_model import ENTRY_ROLE, ChronologyTableModel
from stalkdesk.services.workspace import Workspace
from tests import factories

pytestmark = pytest.mark.gui

Role = Qt.ItemDataRole


@pytest.fixture
def model(ws: Workspace, case: Case, entries: list[Entry]) -> ChronologyTableModel:
    return ChronologyTableModel(ws, case.id or 0)


def text(model: ChronologyTableModel, row: int, column: Column) -> str:
    return model.data(model.index(row, column), Role.DisplayRole)


def items(model: ChronologyTableModel) -> list[int | None]:
    return [model.entry(r).item_number for r in range(model.rowCount())]


def test_shape_and_headers(model: ChronologyTableModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (12, 7)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Item", "When", "Behaviours", "Channel", "Summary", "Source", "Exhibits"]
    assert model.rowCount(model.index(0, 0)) == 0


def test_cells_by_role(model: ChronologyTableModel) -> None:
    assert [text(model, 0, c) for c in Column] == [
        "1", "03/03/2024 21:15", "Following", Channel.SMS.label, "Fictional event 00", "Victim account",
        "AF/1 (messages 1-3)"]
    assert model.data(model.index(0, Column.WHEN), Role.ToolTipRole) == "Sunday 3 March 2024, 21:15 GMT"
    assert "s.2A(3)(a)" in model.data(model.index(0, Column.BEHAVIOURS), Role.ToolTipRole)
    assert model.data(model.index(0, Column.ITEM), Role.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, 0), ENTRY_ROLE).summary == "Fictional event 00"
    assert model.data(model.index(0, 0), Role.ForegroundRole) is None  # not deleted: the normal colours


def test_when_is_shown_at_its_precision(ws: Workspace, case: Case) -> None:
    for typed in ("03/2024", "early March 2024"):
        ws.entries.add(case.id or 0, factories.entry(when=parse_when(typed), summary=typed))
    model = ChronologyTableModel(ws, case.id or 0)
    shown = {text(model, r, Column.SUMMARY): text(model, r, Column.WHEN) for r in range(model.rowCount())}
    assert shown == {"03/2024": "03/2024", "early March 2024": "early March 2024 (approx.)"}


def test_rows_are_fetched_a_page_at_a_time(ws: Workspace, case: Case, entries: list[Entry],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[int]] = []
    real = ws.entries.get_many

    def spy(ids: Sequence[int]) -> list[Entry]:
        calls.append(list(ids))
        return real(ids)

    monkeypatch.setattr(ws.entries, "get_many", spy)
    model = ChronologyTableModel(ws, case.id or 0, page_size=4, max_pages=2)
    assert calls == []  # opening fetches ids only
    model.data(model.index(0, Column.SUMMARY))
    model.data(model.index(3, Column.WHEN))
    assert calls == [[e.id for e in entries[:4]]]
    text(model, 9, Column.SUMMARY)
    assert calls[-1] == [e.id for e in entries[8:12]]
    model.data(model.index(5, 0), Role.SizeHintRole)  # roles the table doesn't show: no fetch
    assert len(calls) == 2
    text(model, 5, Column.ITEM)  # a third page: the least recently used (page 0) is dropped
    text(model, 0, Column.ITEM)
    assert len(calls) == 4 and calls[-1] == [e.id for e in entries[:4]]


def test_sort_asks_the_store(model: ChronologyTableModel) -> None:
    model.sort(Column.ITEM, Qt.SortOrder.DescendingOrder)
    assert model.query.order == EntryOrder.ITEM and model.query.descending
    assert items(model) == list(range(12, 0, -1))
    model.sort(Column.BEHAVIOURS)  # a list column: not sortable, nothing changes
    assert model.query.order == EntryOrder.ITEM
    model.sort(Column.CHANNEL)
    assert [text(model, r, Column.CHANNEL) for r in (0, 11)] == [Channel.CALL.label, Channel.SMS.label]


def test_sort_keeps_persistent_indexes_on_their_entries(model: ChronologyTableModel) -> None:
    first = QPersistentModelIndex(model.index(0, Column.SUMMARY))
    model.sort(Column.WHEN, Qt.SortOrder.DescendingOrder)
    assert first.row() == 11 and first.data() == "Fictional event 00"


def test_set_query_filters(model: ChronologyTableModel, ws: Workspace, entries: list[Entry]) -> None:
    model.set_query(EntryQuery(text="station"))
    assert [text(model, r, Column.SUMMARY) for r in range(model.rowCount())] == [
        "Fictional event 03 at the station", "Fictional event 07 at the station"]
    model.set_query(EntryQuery(behaviours=frozenset({Behaviour.FOLLOWING})))
    assert items(model) == [1, 5, 9]
    assert model.total() == 12
    ws.entries.set_deleted([entries[1].id or 0], True)
    model.set_query(EntryQuery(include_deleted=True))
    assert model.rowCount() == 12
    assert model.data(model.index(1, 0), Role.ForegroundRole) is not None  # greyed
    assert model.data(model.index(1, 0), Role.FontRole).strikeOut()
    model.set_query(EntryQuery())
    assert model.rowCount() == 11 and model.row_of(entries[1].id or 0) is None


def test_invalidate_refetches_and_repaints(qtbot: QtBot, model: ChronologyTableModel, ws: Workspace,
                                           entries: list[Entry]) -> None:
    assert text(model, 2, Column.SUMMARY) == "Fictional event 02"
    ws.entries.update(replace(entries[2], summary="Changed elsewhere"))
    assert text(model, 2, Column.SUMMARY) == "Fictional event 02"  # cached
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.invalidate([entries[2].id or 0])
    assert signal.args[0].row() == 2 and signal.args[1].row() == 2
    assert text(model, 2, Column.SUMMARY) == "Changed elsewhere"


def test_apply_change_requeries_only_when_order_or_filter_can_change(
        model: ChronologyTableModel, ws: Workspace, entries: list[Entry]) -> None:
    late = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
    first = QPersistentModelIndex(model.index(0, Column.SUMMARY))
    moved = ws.entries.update(replace(entries[0], when=replace(entries[0].when, start=late)))
    model.apply_change([moved.id or 0], {"when"})
    assert model.row_of(moved.id or 0) == 11 and first.row() == 11  # moved, and the index followed it
    ws.entries.update(replace(entries[5], summary="Only the words changed"))
    model.apply_change([entries[5].id or 0], {"summary"})
    assert text(model, model.row_of(entries[5].id or 0) or 0, Column.SUMMARY) == "Only the words changed"


def test_entry_row_of_refresh_and_clear(model: ChronologyTableModel, ws: Workspace, case: Case,
                                        entries: list[Entry]) -> None:
    assert model.entry(3).id == entries[3].id
    assert model.row_of(entries[3].id or 0) == 3
    assert [e.item_number for e in model.entries([4, 0])] == [5, 1]
    ws.entries.add(case.id or 0, factories.entry(100, summary="Later"))
    assert model.rowCount() == 12
    model.refresh_ids()
    assert model.rowCount() == 13 and model.total() == 13
    model.clear()
    assert model.rowCount() == 0 and model.row_of(entries[0].id or 0) is None


def test_passes_qt_model_checks(model: ChronologyTableModel, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
