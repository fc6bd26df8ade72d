from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from stalkdesk.gui.clipboard import SecretClipboard, secret_clipboard

pytestmark = pytest.mark.gui


def test_copied_text_is_marked_secret_and_cleared_after_the_delay(qtbot: QtBot) -> None:
    clip = SecretClipboard(clear_after_ms=50)
    clip.copy("Fictional summary of item 14")
    board = QGuiApplication.clipboard()
    assert board.text() == "Fictional summary of item 14"
    assert bytes(board.mimeData().data("x-kde-passwordManagerHint").data()) == b"secret"
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)


def test_clear_leaves_what_the_officer_copied_since(qtbot: QtBot) -> None:
    clip = SecretClipboard(clear_after_ms=60_000)
    clip.copy("Fictional case text")
    QGuiApplication.clipboard().setText("something copied from another program")
    clip.clear()
    assert QGuiApplication.clipboard().text() == "something copied from another program"


def test_clear_on_lock_empties_our_text(qtbot: QtBot) -> None:
    clip = SecretClipboard(clear_after_ms=60_000)
    clip.copy("Fictional case text")
    clip.clear()
    assert QGuiApplication.clipboard().text() == ""


def test_the_apps_clipboard_is_emptied_when_the_app_quits(qtbot: QtBot) -> None:
    clip = secret_clipboard()
    clip.copy("Item 14: fictional case text")
    QGuiApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert QGuiApplication.clipboard().text() == ""
