"""GUI fixtures: the inline task runner, and a data folder with no store in it yet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.vault import Vault


@pytest.fixture(autouse=True)
def _no_secret_left_on_the_clipboard() -> Iterator[None]:
    """Empty the clipboard after a test that copied case text, as the app does at quit: a
    QMimeData made by Python and still on the clipboard crashes PySide6 when the process ends."""
    yield
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        data = app.clipboard().mimeData()
        if data is not None and data.hasFormat("x-kde-passwordManagerHint"):
            app.clipboard().clear()


@pytest.fixture
def runner() -> SyncTaskRunner:
    return SyncTaskRunner()


@pytest.fixture
def new_vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "new-home")
