"""Reports… in the main window's Case menu: only with a case open, Ctrl+P, closed with the case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stalkdesk.domain.records import Case
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, ws: Workspace, runner: SyncTaskRunner, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(ws, runner, settings=Settings.in_file(tmp_path / "ui-settings.ini"))
    qtbot.addWidget(window)
    window.show()
    yield window


def test_reports_action_follows_the_open_case(window: MainWindow, case: Case) -> None:
    action = window.ui.reports_action
    assert action.shortcut().toString() == "Ctrl+P"
    assert action in window.ui.case_menu.actions()
    assert not action.isEnabled()
    assert case.id is not None
    window.open_case(case.id)
    assert action.isEnabled()
    action.trigger()
    dialog = window.reports_dialog
    assert dialog is not None and dialog.isVisible() and dialog.case.urn == case.urn
    action.trigger()
    assert window.reports_dialog is dialog  # one at a time
    dialog.generate()
    assert dialog.draft is not None
    window.close_case()
    assert window.reports_dialog is None and dialog.draft is None  # the PDF in memory is dropped
    assert not action.isEnabled()


def test_locking_closes_the_dialog_and_drops_the_pdf(window: MainWindow, case: Case) -> None:
    assert case.id is not None
    window.open_case(case.id)
    dialog = window.show_reports()
    assert dialog is not None
    dialog.generate()
    window.lock_down()
    assert window.reports_dialog is None and dialog.draft is None
