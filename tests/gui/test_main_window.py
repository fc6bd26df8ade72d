from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import stalkdesk
from stalkdesk.domain.records import Case
from stalkdesk.errors import Conflict
from stalkdesk.gui import about, main_window
from stalkdesk.gui.app import Session
from stalkdesk.gui.main_window import STORE_STATUS, MainWindow
from stalkdesk.gui.models.case_table import Column
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.gui.drive import Driver

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """UI settings in a file of the test's own, never the officer's QSettings."""
    return Settings.in_file(tmp_path / "ui-settings.ini")


@pytest.fixture
def window(qtbot, ws: Workspace, runner: SyncTaskRunner, settings: Settings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(ws, runner, settings=settings)
    qtbot.addWidget(window)
    window.show()
    yield window


def test_banner_title_and_status(window: MainWindow) -> None:
    banner = window.ui.marking_banner_label
    assert banner.text() == "OFFICIAL-SENSITIVE"
    assert banner.isVisible() and banner.font().bold()
    assert banner.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert window.windowTitle() == "StalkDesk"
    assert window.officer_label.text() == "Officer: DC Alex Fictional (9999)"
    assert window.store_label.text() == STORE_STATUS == "Store: encrypted (SQLCipher 4)"
    assert window.ui.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.ui.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.ui.new_case_action.shortcut().toString() == "Ctrl+Shift+N"
    assert window.ui.close_case_action.shortcut().toString() == "Ctrl+W"
    assert not window.ui.close_case_action.isEnabled()  # no case is open


def test_empty_store_shows_an_invitation(window: MainWindow) -> None:
    assert window.showing_empty_state
    assert window.ui.empty_title_label.text() == "No cases yet"
    assert window.ui.load_demo_button.text() == "Load the fictional demo case"
    assert window.ui.load_demo_button.isVisible()
    assert window.ui.empty_new_case_button.isVisible()  # a first real case needs no demo first


def test_cases_replace_the_empty_state(qtbot, ws: Workspace, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                                       settings: Settings) -> None:
    ws.cases.create(factories.case("01FC0000124", operation="Op Larch"))
    window = MainWindow(ws, runner, settings=settings)
    qtbot.addWidget(window)
    assert not window.showing_empty_state
    view = window.ui.case_table
    assert view.model().rowCount() == 1
    assert view.model().index(0, Column.OPERATION).data() == "Op Larch"


@pytest.mark.slow  # the real demo service draws its fictional images
def test_demo_case_loads_into_the_table(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("stalkdesk.services.demo")
    qtbot.mouseClick(window.ui.load_demo_button, Qt.MouseButton.LeftButton)
    assert not window.showing_empty_state
    assert window.ui.case_table.model().rowCount() == 1
    assert window.case_model.summary(0).case.is_demo
    assert window.case_model.summary(0).entry_count > 0
    assert not window.ui.load_demo_button.isEnabled()  # once is enough
    assert "fictional" in window.statusBar().currentMessage()


def test_lock_closes_the_store_and_asks_again(qtbot, home: Path, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                                               settings: Settings) -> None:
    driver = Driver()
    session = Session(Vault(home), runner, driver, settings)
    assert session.start()
    first_ws, first_window = session.workspace, session.window
    assert first_window is not None and first_ws is not None
    first_window.ui.lock_action.trigger()
    assert first_ws.db.closed  # the key is wiped from memory
    assert driver.seen == ["UnlockDialog", "UnlockDialog"]
    assert session.window is not None and session.window is not first_window
    assert session.window.isVisible()
    session.shutdown()
    assert session.workspace is None


def _fake_demo(ws: Workspace, progress: Callable[[int, int], None] | None = None) -> Case:
    """Stands in for services.demo, so the window's side is tested on its own."""
    for n in range(1, 4):
        assert progress is not None
        progress(n, 3)
    return ws.cases.create(factories.case("01ZZ0000124", operation="Op Demo", is_demo=True))


def test_demo_loading_through_the_task_api(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "demo_available", lambda: True)
    monkeypatch.setattr(main_window, "load_demo_case", _fake_demo)
    window.case_model.refresh()
    window.ui.load_demo_action.trigger()
    assert not window.showing_empty_state
    assert window.case_model.summary(0).case.urn == "01ZZ0000124"
    assert window.statusBar().currentMessage().startswith("Loaded Op Demo (01ZZ0000124).")
    assert not window.ui.load_demo_action.isEnabled()
    assert window.ui.lock_action.isEnabled()


def test_demo_already_loaded_is_explained(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def conflict(ws: Workspace, progress: object = None) -> None:
        raise Conflict("The demo case is already in this store.")

    monkeypatch.setattr(main_window, "demo_available", lambda: True)
    monkeypatch.setattr(main_window, "load_demo_case", conflict)
    monkeypatch.setattr(main_window.QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window.case_model.refresh()
    window.load_demo()
    assert shown == ["The demo case is already in this store."]
    assert window.showing_empty_state


def test_about_names_the_version() -> None:
    assert about.version() == stalkdesk.__version__
    assert f"StalkDesk {stalkdesk.__version__}" in about.text()


def test_window_geometry_is_remembered(qtbot, ws: Workspace, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                                       settings: Settings) -> None:
    first = MainWindow(ws, runner, settings=settings)
    qtbot.addWidget(first)
    first.resize(760, 520)  # within the offscreen screen (800x600), which restoreGeometry keeps to
    first.show()
    first.close()
    assert not settings.window_geometry.isEmpty()
    second = MainWindow(ws, runner, settings=settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 520)


def test_settings_are_declared_once_with_types_and_defaults(settings: Settings) -> None:
    declared = Settings.declared()
    assert set(declared) == {"idle_lock_minutes", "last_open_case_urn", "last_case_tab", "window_geometry",
                             "backup_reminder_days"}
    assert settings.idle_lock_minutes == 5.0 and settings.idle_lock_ms == 300_000
    assert settings.last_open_case_urn == "" and settings.last_case_tab == 0
    settings.qsettings.setValue(declared["idle_lock_minutes"].key, "soon")  # edited by hand
    assert settings.idle_lock_minutes == 5.0  # not 0, which would turn auto-lock off
