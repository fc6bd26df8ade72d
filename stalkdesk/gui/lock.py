"""Auto-lock: notice when nobody has touched the keyboard or mouse for a while.

A laptop left open in a victim's kitchen or a custody suite must not leave a case on
screen, so after `Settings.idle_lock_minutes` of no input the session locks exactly as
File > Lock does (see `app.Session.lock`).

The watcher is one event filter on the QApplication, so input to any window or dialog
counts, not only to the main window. The filter sits in front of every event the
application handles, so it only notes the time in a Python attribute; a slow timer
compares that time with the limit. Restarting a QTimer per event would be a Qt call per
mouse movement (and, with PySide6 6.12 on Python 3.11, a lost reference to None each).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from stalkdesk.gui.settings import Settings

# What counts as someone being there. Not paint, timer or focus events: those happen on an
# unattended screen too (a progress dialog repaints for as long as an import runs).
ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})

MAX_CHECK_MS = 1000  # the lock comes at most this late: a second on a five-minute limit


class IdleWatcher(QObject):
    """Emits `idle` once after the configured time without input; `start()` re-arms it."""

    idle = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._limit = 0.0  # seconds without input before `idle`; 0 while stopped
        self._last_input = time.monotonic()
        self._check = QTimer(self)
        # Coarse timers may run 5 % late, which matters for the milliseconds tests use.
        self._check.setTimerType(Qt.TimerType.PreciseTimer)
        self._check.timeout.connect(self._tick)
        self._app: QApplication | None = None

    @property
    def active(self) -> bool:
        return self._limit > 0

    @property
    def interval_ms(self) -> int:
        """The idle limit in force, in milliseconds (0 when stopped or off)."""
        return round(self._limit * 1000)

    def remaining_ms(self) -> int:
        """Milliseconds until `idle`, or -1 when the watcher is stopped or auto-lock is off."""
        if not self.active:
            return -1
        return max(0, round((self._last_input + self._limit - time.monotonic()) * 1000))

    def start(self) -> None:
        """Watch input from now on, with the limit the settings hold now."""
        app = QApplication.instance()
        if self._app is None and isinstance(app, QApplication):
            app.installEventFilter(self)
            self._app = app
        limit_ms = self._settings.idle_lock_ms
        if limit_ms <= 0:  # the officer (or their force's policy) turned auto-lock off
            self.stop()
            return
        self._limit = limit_ms / 1000
        self._last_input = time.monotonic()
        self._check.start(max(5, min(MAX_CHECK_MS, limit_ms // 4)))

    def stop(self) -> None:
        """Stop counting, e.g. while locked: typing a passphrase is not a reason to lock again."""
        self._limit = 0.0
        self._check.stop()

    def uninstall(self) -> None:
        self.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def _tick(self) -> None:
        if self.active and time.monotonic() - self._last_input >= self._limit:
            self.stop()  # once: the lock re-arms it after unlocking
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._limit and event.type() in ACTIVITY:
            self._last_input = time.monotonic()
        return False
