"""The one place unexpected errors end up: logged to stderr, shown as a plain message.

The traceback goes to stderr and nowhere else. Local variables and messages in it can hold
personal data from a case, so it is never written to a log file on the laptop. The officer
sees a calm sentence, not the traceback. Known conditions (`UserError`) that reach this far
are shown as their own message, which is already written for the officer.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from stalkdesk.errors import UserError

CRASH_MESSAGE = (
    "Something went wrong inside StalkDesk, and the last action may not have finished. "
    "Changes that were already saved are kept.\n\n"
    "If this happens again, note what you were doing and report it to your IT service desk. "
    "The technical details were written to the console only, not to a file."
)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
Show = Callable[[str, bool], None]  # (message, is_user_error)


def show_message_box(message: str, is_user_error: bool) -> None:
    """Show the message over the active window, if the application is up."""
    if QApplication.instance() is None:
        return
    parent: QWidget | None = QApplication.activeWindow()
    if is_user_error:
        QMessageBox.warning(parent, "StalkDesk", message)
    else:
        QMessageBox.critical(parent, "StalkDesk", message)


class CrashHandler:
    """A sys.excepthook. `show` is injectable so tests can check what would be shown."""

    def __init__(self, show: Show = show_message_box) -> None:
        self._show = show
        self._previous: ExceptHook | None = None
        self._showing = False

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if isinstance(error, UserError):
            self._present(str(error), True)
            return
        # stderr only, never a file: see the module docstring. (A windowed Windows build
        # has no stderr at all; then the details are simply not kept.)
        if sys.stderr is not None:
            print("StalkDesk: unexpected error", file=sys.stderr)
            traceback.print_exception(kind, error, tb, file=sys.stderr)
        self._present(CRASH_MESSAGE, False)

    def _present(self, message: str, is_user_error: bool) -> None:
        # A failure while the box is open (e.g. in a repaint) must not stack up more boxes.
        if self._showing:
            return
        self._showing = True
        try:
            self._show(message, is_user_error)
        finally:
            self._showing = False

    def install(self) -> CrashHandler:
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
            self._previous = None


def install(show: Show = show_message_box) -> CrashHandler:
    """Route every uncaught exception (also those raised in Qt slots) to a CrashHandler."""
    return CrashHandler(show).install()
