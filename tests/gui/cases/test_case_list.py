from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from stalkdesk.domain.records import Case
from stalkdesk.gui.cases.case_workspace import Tab
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.models.case_table import Column
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.gui.cases.helpers import audit_rows

pytestmark = pytest.mark.gui


@pytest.fixture
def three_cases(ws: Workspace) -> None:
    ws.cases.create(factories.case("01FC0000124", operation="Op Larch", crime_reference="FC/111/24",
                                   officer_in_case="DC Pat Smith (1234)"))
    ws.cases.create(factories.case("01FC0000224", operation="Op Birch", crime_reference="FC/222/24",
                                   officer_in_case="DC Lee Jones (5678)"))
    ws.cases.create(factories.case("02XY0000324", operation="Op Rowan", crime_reference="XY/333/24",
                                   officer_in_case="PC Sam Smith (9012)"))


def _urns(window: MainWindow) -> set[str]:
    model = window.ui.case_table.model()
    return {model.index(r, Column.URN).data() for r in range(model.rowCount())}


@pytest.mark.parametrize(("query", "expected"), [
    ("", {"01FC0000124", "01FC0000224", "02XY0000324"}),
    ("birch", {"01FC0000224"}),                       # operation, any case
    ("XY/333", {"02XY0000324"}),                      # crime reference
    ("smith", {"01FC0000124", "02XY0000324"}),        # officer in the case
    ("smith larch", {"01FC0000124"}),                 # every word, in any field
    ("01 FC 00002 24", {"01FC0000224"}),              # a URN typed as it is printed
    ("01/FC", {"01FC0000124", "01FC0000224"}),
    ("nothing like it", set()),
])
def test_search_filters_the_list(qtbot, window: MainWindow, three_cases: None,  # type: ignore[no-untyped-def]
                                 query: str, expected: set[str]) -> None:
    window.case_model.refresh()
    qtbot.keyClicks(window.ui.search_edit, query)
    assert _urns(window) == expected
    assert window.case_model.rowCount() == 3  # filtered in the view, not dropped from the model
    if not expected:
        assert window.ui.cases_hint_label.text() == "No case matches “nothing like it”."
    window.ui.search_edit.clear()
    assert len(_urns(window)) == 3
    assert window.ui.cases_hint_label.text().startswith("Double-click a case")


def _row_of(window: MainWindow, urn: str) -> int:
    model = window.ui.case_table.model()
    return next(r for r in range(model.rowCount()) if model.index(r, Column.URN).data() == urn)


def test_double_click_opens_the_case_and_logs_the_view(qtbot, window: MainWindow, ws: Workspace,  # type: ignore[no-untyped-def]
                                                       case: Case) -> None:
    window.case_model.refresh()
    table = window.ui.case_table
    rect = table.visualRect(table.model().index(_row_of(window, case.urn), Column.OPERATION))
    # QTest's double-click is only the second click: an item view needs the first one too.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace is not None and window.workspace.case.id == case.id
    assert window.ui.case_stack.currentWidget() is window.ui.case_page
    assert window.windowTitle() == "01FC0000124 – Op Larch – StalkDesk"
    assert window.ui.marking_banner_label.text() == "OFFICIAL-SENSITIVE"
    assert window.workspace.current_tab == Tab.OVERVIEW
    assert window.ui.close_case_action.isEnabled()
    assert audit_rows(ws)[-1] == ("view", "case", case.id, "Opened the case")
    assert window.settings.last_open_case_urn == "01FC0000124"


def test_enter_opens_the_selected_case(qtbot, window: MainWindow, three_cases: None) -> None:  # type: ignore[no-untyped-def]
    window.case_model.refresh()
    table = window.ui.case_table
    table.setCurrentIndex(table.model().index(_row_of(window, "02XY0000324"), Column.URN))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.workspace is not None and window.workspace.case.urn == "02XY0000324"


def test_close_case_goes_back_to_the_list(window: MainWindow, case: Case) -> None:
    assert case.id is not None
    window.open_case(case.id)
    assert window.ui.close_case_action.shortcut().toString() == "Ctrl+W"
    window.ui.close_case_action.trigger()
    assert window.workspace is None
    assert window.ui.case_stack.currentWidget() is window.ui.cases_page
    assert window.windowTitle() == "StalkDesk"
    assert not window.ui.close_case_action.isEnabled()
    assert window.settings.last_open_case_urn == ""  # closed on purpose: not reopened next time


def test_back_button_and_banner_follow_the_case(qtbot, window: MainWindow, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    plain = ws.cases.create(factories.case("01FC0000999", operation="", marking="OFFICIAL"))
    assert plain.id is not None
    workspace = window.open_case(plain.id)
    assert window.ui.marking_banner_label.text() == "OFFICIAL"
    assert window.windowTitle() == "01FC0000999 – StalkDesk"
    assert workspace.ui.title_label.text() == "01FC0000999"
    qtbot.mouseClick(workspace.ui.back_button, Qt.MouseButton.LeftButton)
    assert window.workspace is None
    assert window.ui.marking_banner_label.text() == "OFFICIAL-SENSITIVE"


def test_tabs_hold_the_views_or_a_note(window: MainWindow, case: Case) -> None:
    assert case.id is not None
    workspace = window.open_case(case.id, tab=Tab.CHRONOLOGY)
    assert workspace.current_tab == Tab.CHRONOLOGY
    tabs = workspace.ui.tab_widget
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Overview", "Chronology", "Evidence", "Analysis"]
    for view, tab in ((workspace.chronology, workspace.ui.chronology_tab),
                      (workspace.evidence, workspace.ui.evidence_tab),
                      (workspace.analysis, workspace.ui.analysis_tab)):
        if view is None:  # that package is not in this build
            assert "not available" in tab.findChild(QLabel).text()
        else:
            assert view.parent() is tab
    assert window.settings.last_case_tab == Tab.CHRONOLOGY


def test_enter_in_the_search_opens_the_only_match(qtbot, window: MainWindow, three_cases: None) -> None:  # type: ignore[no-untyped-def]
    window.case_model.refresh()
    qtbot.keyClicks(window.ui.search_edit, "smith")
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Return)
    assert window.workspace is None  # two cases: the first is selected instead
    assert window.ui.case_table.selectionModel().selectedRows()[0].row() == 0
    qtbot.keyClicks(window.ui.search_edit, " rowan")
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Return)
    assert window.workspace is not None and window.workspace.case.urn == "02XY0000324"
