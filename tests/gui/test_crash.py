from __future__ import annotations

import sys

import pytest

from stalkdesk.errors import WrongPassphrase
from stalkdesk.gui.crash import CRASH_MESSAGE, CrashHandler

pytestmark = pytest.mark.gui


def _raise(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_bug_is_logged_to_stderr_and_shown_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[tuple[str, bool]] = []
    handler = CrashHandler(show=lambda message, user: shown.append((message, user)))
    handler(*_raise(RuntimeError("Jo Example's address leaked into a message")))  # type: ignore[arg-type]
    assert shown == [(CRASH_MESSAGE, False)]
    assert "Traceback" not in CRASH_MESSAGE and "Jo Example" not in CRASH_MESSAGE
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError" in err


def test_user_error_is_shown_as_its_own_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[tuple[str, bool]] = []
    handler = CrashHandler(show=lambda message, user: shown.append((message, user)))
    handler(*_raise(WrongPassphrase("That passphrase is not right.")))  # type: ignore[arg-type]
    assert shown == [("That passphrase is not right.", True)]
    assert capsys.readouterr().err == ""


def test_a_failure_while_showing_does_not_stack_boxes(capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[str] = []

    def show(message: str, user: bool) -> None:
        shown.append(message)
        handler(*_raise(ValueError("during repaint")))  # type: ignore[arg-type]

    handler = CrashHandler(show=show)
    handler(*_raise(RuntimeError("first")))  # type: ignore[arg-type]
    assert shown == [CRASH_MESSAGE]
    capsys.readouterr()


def test_install_and_uninstall_restore_the_hook() -> None:
    before = sys.excepthook
    handler = CrashHandler(show=lambda message, user: None).install()
    assert sys.excepthook is handler
    handler.uninstall()
    assert sys.excepthook is before
