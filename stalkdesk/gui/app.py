"""Starting the desktop app: the QApplication, the crash handler, unlock, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from stalkdesk.gui import crash
from stalkdesk.gui.clipboard import secret_clipboard
from stalkdesk.gui.forms import rc_stalkdesk  # noqa: F401  (registers the :/icons resources)
from stalkdesk.gui.lock import IdleWatcher
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.start import ExecDialog, exec_modal, open_workspace
from stalkdesk.gui.tasks import Runner, TaskRunner
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace

APP_NAME = "StalkDesk"
APP_ICON = ":/icons/stalkdesk.svg"
_UNWIND_TRIES = 20  # event-loop turns to wait for closed modal dialogs to return from exec()


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so QSettings lands in a StalkDesk folder.

    `argv` is the command line after the program name, as `main()` has it; Qt's own
    options in it (such as `-platform`) are honoured, anything else is ignored by Qt.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt 6 scales for high DPI by itself; pass fractional factors (150 %) through unrounded
    # so text is crisp on the 1.25x / 1.5x laptop panels forces issue.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    program = sys.argv[0] if sys.argv and sys.argv[0] else APP_NAME.lower()
    app = QApplication([program, *(sys.argv[1:] if argv is None else argv)])
    # Fusion looks the same on Windows, macOS and Linux, so screenshots and guides match.
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(APP_ICON))
    return app


class Session:
    """Owns the open workspace and its window, and swaps them on Lock (File > Lock, or
    `Settings.idle_lock_minutes` without input).

    Qt's quit-on-last-window-closed is off: locking closes the window but must not quit.
    """

    def __init__(self, vault: Vault, runner: Runner, exec_dialog: ExecDialog = exec_modal,
                 settings: Settings | None = None) -> None:
        self._vault = vault
        self._runner = runner
        self._exec_dialog = exec_dialog
        self.settings = settings if settings is not None else Settings()
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self.idle: IdleWatcher | None = None
        self._locking = False
        self._unwind_tries = 0

    def start(self, use_keyring: bool = True) -> bool:
        """Unlock and show the main window; False if the officer quit instead."""
        ws = open_workspace(self._vault, self._runner, self._exec_dialog, use_keyring)
        if ws is None:
            return False
        self.workspace = ws
        self.window = MainWindow(ws, self._runner, settings=self.settings)
        self.window.lock_requested.connect(self.lock)
        self.window.closed.connect(self._window_closed)
        self.window.show()
        self.window.restore_session()  # the case and tab open before a lock (or the last quit)
        if self.idle is None:
            self.idle = IdleWatcher(self.settings)
            self.idle.idle.connect(self.lock)
        self.idle.start()
        return True

    def lock(self) -> bool:
        """Save what is typed, forget it on screen, close the store (the key is wiped),
        then ask for the passphrase (never the keyring) and reopen the same case and tab.

        False if the lock could not happen yet: a task is writing to the store, or a modal
        dialog's exec() was still unwinding (the lock is retried once it has).
        """
        if self._locking or self.window is None:
            return False
        if self._runner.busy:  # a long import or demo load: lock once it is over
            if self.idle is not None:
                self.idle.start()
            return False
        if self._unwind_modal():
            return False
        if self.idle is not None:
            self.idle.stop()
        self._locking = True
        try:
            self.window.lock_down()  # pending edits saved FIRST, then every view cleared
            secret_clipboard().clear()  # case text we copied does not outlive the lock
            self._close()
            unlocked = self.start(use_keyring=False)
        finally:
            self._locking = False
        if not unlocked:
            QCoreApplication.quit()
        return unlocked

    def _unwind_modal(self) -> bool:
        """Close dialogs and menus; True if the lock must wait a turn of the event loop.

        A dialog or menu run with exec() (a message box, a file chooser, a context menu)
        has its own event loop on the stack. Closing the store and deleting the window while
        that loop still runs would pull its parent out from under it, so after closing such
        things the lock happens on a later turn of the main loop, once their exec() returned.
        """
        if self.window is not None:
            self.window.flush()  # before closing anything: a person half-entered is kept
        closed = False
        for _ in range(10):  # a few, not forever: some dialogs refuse to close while busy
            widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
            if widget is None:
                break
            # reject(), not close(): a message box without an Escape button ignores close().
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()
            closed = True
        nested = QThread.currentThread().loopLevel() > 1  # 1 is app.exec() itself
        if (closed or nested) and self._unwind_tries < _UNWIND_TRIES:
            self._unwind_tries += 1
            QTimer.singleShot(0, self.lock)
            return True
        self._unwind_tries = 0
        return False

    def _window_closed(self) -> None:
        if not self._locking:
            QCoreApplication.quit()

    def _close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self._runner.shutdown()
        if self.workspace is not None:
            self.workspace.close()  # disposes connections and overwrites the key in memory
            self.workspace = None

    def shutdown(self) -> None:
        self._locking = True  # closing the window now is not a request to quit again
        if self.idle is not None:
            self.idle.uninstall()
            self.idle = None
        self._close()


def run_gui(vault: Vault, argv: list[str] | None = None, exec_dialog: ExecDialog = exec_modal) -> int:
    """Run the desktop app until the officer quits; returns the process exit code."""
    app = create_application(argv)
    app.setQuitOnLastWindowClosed(False)
    handler = crash.install()
    session = Session(vault, TaskRunner(), exec_dialog)
    try:
        if not session.start():
            return 0
        return app.exec()
    finally:
        session.shutdown()
        handler.uninstall()
