from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from stalkdesk.domain.analysis.sdash import review_status
from stalkdesk.domain.vocab import CaseStatus, Offence
from stalkdesk.gui.models.case_table import SORT_ROLE, SUMMARY_ROLE, CaseTableModel, Column
from stalkdesk.services.workspace import Workspace
from tests import factories

pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def model(ws: Workspace) -> CaseTableModel:
    ws.cases.create(factories.case("01FC0000124", operation="Op Larch",
                                   offences=(Offence.PHA_S2A, Offence.PHA_S4A)))
    ws.cases.create(factories.case("01FC0000999", operation="Op Birch",
                                   offences=(Offence.OTHER,), other_offence="Malicious Communications",
                                   status=CaseStatus.CHARGED))
    table = CaseTableModel(ws.cases.list)
    table.refresh()
    return table


def _row(model: CaseTableModel, urn: str) -> int:
    rows = [r for r in range(model.rowCount()) if model.summary(r).case.urn == urn]
    assert len(rows) == 1
    return rows[0]


def _text(model: CaseTableModel, row: int, column: Column) -> str:
    return model.data(model.index(row, column), DISPLAY)


def test_shape_and_headers(model: CaseTableModel) -> None:
    assert model.rowCount() == 2
    assert model.columnCount() == 8
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(8)]
    assert headers == ["URN", "Operation", "Offences", "Entries", "Exhibits", "Status", "Risk review", "Updated"]
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None


def test_cells(model: CaseTableModel) -> None:
    larch = _row(model, "01FC0000124")
    assert _text(model, larch, Column.URN) == "01FC0000124"
    assert _text(model, larch, Column.OPERATION) == "Op Larch"
    assert _text(model, larch, Column.OFFENCES) == "s.2A PHA, s.4A PHA"
    assert _text(model, larch, Column.ENTRIES) == "0"
    assert _text(model, larch, Column.EXHIBITS) == "0"
    assert _text(model, larch, Column.STATUS) == CaseStatus.OPEN.label
    updated = _text(model, larch, Column.UPDATED)
    assert datetime.strptime(updated, "%d %b %Y %H:%M")  # a readable local time
    tooltip = model.data(model.index(larch, Column.OFFENCES), Qt.ItemDataRole.ToolTipRole)
    assert "s.2A" in tooltip and "Protection from Harassment Act 1997" in tooltip
    alignment = model.data(model.index(larch, Column.ENTRIES), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_other_offence_is_named_in_the_tooltip(model: CaseTableModel) -> None:
    birch = _row(model, "01FC0000999")
    assert _text(model, birch, Column.OFFENCES) == "Other"
    tooltip = model.data(model.index(birch, Column.OFFENCES), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Malicious Communications"
    assert _text(model, birch, Column.STATUS) == CaseStatus.CHARGED.label


def test_roles_for_sorting_and_selection(model: CaseTableModel) -> None:
    row = _row(model, "01FC0000124")
    assert model.data(model.index(row, Column.ENTRIES), SORT_ROLE) == 0
    assert model.data(model.index(row, Column.OPERATION), SORT_ROLE) == "op larch"
    assert model.data(model.index(row, Column.URN), SUMMARY_ROLE).case.urn == "01FC0000124"
    assert model.data(QModelIndex(), DISPLAY) is None


def test_refresh_picks_up_new_cases(model: CaseTableModel, ws: Workspace) -> None:
    ws.cases.create(factories.case("01FC0000555"))
    assert model.rowCount() == 2  # nothing changes until asked
    model.refresh()
    assert model.rowCount() == 3


def test_passes_qt_model_checks(model: CaseTableModel, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)


def test_risk_review_column_shows_the_date_or_how_late_it_is(ws: Workspace) -> None:
    due = ws.cases.create(factories.case("01FC0000124", operation="Op Larch"))
    later = ws.cases.create(factories.case("01FC0000999", operation="Op Birch"))
    undated = ws.cases.create(factories.case("01FC0000555", operation="Op Rowan"))
    today = date(2026, 11, 29)
    statuses = [review_status(due.id or 0, due.urn, date(2026, 11, 26), today),
                review_status(later.id or 0, later.urn, date(2026, 12, 24), today),
                review_status(undated.id or 0, undated.urn, None, today)]
    model = CaseTableModel(ws.cases.list, reviews=lambda cases: statuses)
    model.refresh()
    cells = {model.summary(r).case.urn: model.index(r, Column.REVIEW) for r in range(model.rowCount())}

    assert cells["01FC0000124"].data(DISPLAY) == "3 days overdue"
    assert cells["01FC0000124"].data(Qt.ItemDataRole.FontRole).bold()
    assert "No S-DASH screening recorded" in cells["01FC0000124"].data(Qt.ItemDataRole.ToolTipRole)
    assert cells["01FC0000999"].data(DISPLAY) == "24/12/2026"
    assert cells["01FC0000999"].data(Qt.ItemDataRole.FontRole) is None
    assert cells["01FC0000555"].data(DISPLAY) == ""
    order = sorted(cells, key=lambda urn: cells[urn].data(SORT_ROLE))
    assert order == ["01FC0000124", "01FC0000999", "01FC0000555"]  # undated last
