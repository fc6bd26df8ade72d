"""Case text on the clipboard: marked secret for clipboard managers, and not left there.

Clipboard managers keep a history on disk; KDE's and most others skip entries that carry
the `x-kde-passwordManagerHint: secret` type, and Windows' history skips those with
`ExcludeClipboardContentFromMonitorProcessing`. What StalkDesk put there is cleared after
30 seconds and when the store locks, but only while the clipboard still holds our text:
what the officer copied since, from anywhere, is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000
_SECRET_TYPES = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01\x00\x00\x00",
}


class SecretClipboard(QObject):
    """One per application: `copy(text)` and `clear()` (called on lock)."""

    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        for mime, value in _SECRET_TYPES.items():
            data.setData(mime, value)
        QGuiApplication.clipboard().setMimeData(data)
        self._text = text
        self._timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds what we put there."""
        self._timer.stop()
        if self._text is not None and QGuiApplication.clipboard().text() == self._text:
            QGuiApplication.clipboard().clear()
        self._text = None


_instance: SecretClipboard | None = None


def secret_clipboard() -> SecretClipboard:
    """The application's one SecretClipboard (made on first use, owned by the app).

    It also clears at quit: case text should not outlive the app, and PySide6 (6.11) crashes
    on exit when the clipboard still holds a QMimeData that Python made."""
    global _instance
    if _instance is None:
        app = QGuiApplication.instance()
        _instance = SecretClipboard(parent=app)
        if isinstance(app, QGuiApplication):
            app.aboutToQuit.connect(_instance.clear)
    return _instance
