"""The wizard from the main window: Import… (Ctrl+I) on an open case, or a file dropped on the
chronology; after the import the case's tabs show what came in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from pytestqt.qtbot import QtBot

from stalkdesk.domain.records import Case
from stalkdesk.gui.importing.wizard import PageId
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(ws, SyncTaskRunner(), settings=Settings.in_file(tmp_path / "ui-settings.ini"))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.lock_down()


def test_import_is_offered_only_with_a_case_open(window: MainWindow, case: Case) -> None:
    action = window.ui.import_action
    assert action.shortcut() == QKeySequence("Ctrl+I")
    assert not action.isEnabled() and window.import_file() is None
    window.open_case(case.id or 0)
    assert action.isEnabled()
    action.trigger()
    assert window.import_wizard is not None and window.import_wizard.isVisible()


def test_after_an_import_the_chronology_and_evidence_reload(qtbot: QtBot, window: MainWindow, case: Case,
                                                            chat: Path) -> None:
    workspace = window.open_case(case.id or 0)
    assert workspace.chronology.model.rowCount() == 0
    wizard = window.import_file(chat)
    assert wizard is not None
    assert wizard.file_page.path() == chat
    for _ in range(3):
        wizard.next()
    assert wizard.currentId() == PageId.SUMMARY
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.RESULT, timeout=5000)
    assert workspace.chronology.model.rowCount() == 2  # reloaded without closing the case
    assert workspace.evidence.model.rowCount() == 1  # the chat itself, as exhibit AF/1
    assert "AF/1" in window.statusBar().currentMessage()
    wizard.accept()
    assert window.import_wizard is None


def test_a_file_dropped_on_the_chronology_opens_the_wizard(window: MainWindow, case: Case, chat: Path) -> None:
    workspace = window.open_case(case.id or 0)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(chat))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    workspace.chronology.dropEvent(event)
    assert window.import_wizard is not None
    assert window.import_wizard.file_page.path() == chat


def test_locking_closes_the_wizard(window: MainWindow, case: Case, chat: Path) -> None:
    window.open_case(case.id or 0)
    wizard = window.import_file(chat)
    assert wizard is not None
    window.lock_down()
    assert not wizard.isVisible()
    assert window.import_wizard is None
