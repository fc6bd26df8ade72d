from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from stalkdesk.gui.app import create_application, run_gui
from stalkdesk.services.vault import Vault
from tests.gui.drive import Driver, cancel

pytestmark = pytest.mark.gui


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    quit_on_close = qapp.quitOnLastWindowClosed()
    yield qapp
    qapp.setQuitOnLastWindowClosed(quit_on_close)


def test_reuses_the_running_application(app: QApplication) -> None:
    assert create_application([]) is app


def test_quitting_at_first_run_exits_cleanly(app: QApplication, new_vault: Vault) -> None:
    hook = sys.excepthook
    driver = Driver(FirstRunDialog=cancel)
    assert run_gui(new_vault, [], exec_dialog=driver) == 0
    assert driver.seen == ["FirstRunDialog"]
    assert sys.excepthook is hook  # the crash handler is removed again
    assert not new_vault.exists()


def test_installed_pyside6_does_not_leak_none(app: QApplication) -> None:
    # PySide6 6.12.0 drops a reference to None on every Qt call that returns nothing; on
    # Python 3.11 that ends in "Fatal Python error: none_dealloc" mid-session. pyproject.toml
    # excludes that release; this fails if a leaking one is installed again.
    before = sys.getrefcount(None)
    for _ in range(10_000):
        app.processEvents()
    assert sys.getrefcount(None) > before - 1_000
