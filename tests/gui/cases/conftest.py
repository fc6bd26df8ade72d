"""Fixtures for the case screens: UI settings in a file of the test's own, a window, a case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stalkdesk.domain.records import Case
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace
from tests import factories


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Never the officer's own QSettings: a test must not reopen their last case."""
    return Settings.in_file(tmp_path / "ui-settings.ini")


@pytest.fixture
def case(ws: Workspace) -> Case:
    return ws.cases.create(factories.case("01FC0000124", operation="Op Larch", crime_reference="FC/123/24",
                                          officer_in_case="DC Pat Placeholder (1234)"))


@pytest.fixture
def window(qtbot, ws: Workspace, runner: SyncTaskRunner, settings: Settings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(ws, runner, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.lock_down()  # stops idle saves from reaching a closed store after the test
