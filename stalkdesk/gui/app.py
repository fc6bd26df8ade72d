"""Starting the desktop app: the QApplication, the crash handler, unlock, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from stalkdesk.gui import crash
from stalkdesk.gui.forms import rc_stalkdesk  # noqa: F401  (registers the :/icons resources)
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.start import ExecDialog, exec_modal, open_workspace
from stalkdesk.gui.tasks import Runner, TaskRunner
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace

APP_NAME = "StalkDesk"
APP_ICON = ":/icons/stalkdesk.svg"


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
    """Owns the open workspace and its window, and swaps them on Lock.

    Qt's quit-on-last-window-closed is off: locking closes the window but must not quit.
    """

    def __init__(self, vault: Vault, runner: Runner, exec_dialog: ExecDialog = exec_modal) -> None:
        self._vault = vault
        self._runner = runner
        self._exec_dialog = exec_dialog
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self._locking = False

    def start(self, use_keyring: bool = True) -> bool:
        """Unlock and show the main window; False if the officer quit instead."""
        ws = open_workspace(self._vault, self._runner, self._exec_dialog, use_keyring)
        if ws is None:
            return False
        self.workspace = ws
        self.window = MainWindow(ws, self._runner)
        self.window.lock_requested.connect(self.lock)
        self.window.closed.connect(self._window_closed)
        self.window.show()
        return True

    def lock(self) -> None:
        """Close the window and the store, then ask for the passphrase (never the keyring)."""
        if self._runner.busy:
            return
        self._locking = True
        try:
            self._close()
            unlocked = self.start(use_keyring=False)
        finally:
            self._locking = False
        if not unlocked:
            QCoreApplication.quit()

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
