from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from stalkdesk.errors import Cancelled, Conflict, InvalidInput
from stalkdesk.gui.tasks import CancelToken, SyncTaskRunner, TaskRunner, show_or_report

pytestmark = pytest.mark.gui


def counting(n: int, progress: Callable[[int, int], None]) -> dict[str, Any]:
    for i in range(1, n + 1):
        progress(i, n)
    return {"n": n, "thread": threading.current_thread()}


def failing(progress: Callable[[int, int], None]) -> None:
    raise Conflict("That demo case is loaded already.")


class Outcome:
    def __init__(self) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self.callback_threads: list[threading.Thread] = []

    def done(self, result: Any) -> None:
        self.callback_threads.append(threading.current_thread())
        self.result = result

    def failed(self, error: BaseException) -> None:
        self.callback_threads.append(threading.current_thread())
        self.error = error

    def was_cancelled(self) -> None:
        self.cancelled = True

    @property
    def over(self) -> bool:
        return self.result is not None or self.error is not None or self.cancelled


@pytest.fixture
def dialog(qtbot) -> QProgressDialog:  # type: ignore[no-untyped-def]
    dialog = QProgressDialog("Working…", "Cancel", 0, 0)
    qtbot.addWidget(dialog)
    return dialog


def test_worker_runs_off_the_gui_thread_and_delivers_on_it(qtbot, dialog: QProgressDialog) -> None:  # type: ignore[no-untyped-def]
    runner, outcome = TaskRunner(), Outcome()
    handle = runner.run(counting, 5, progress_dialog=dialog, on_done=outcome.done, on_error=outcome.failed)
    qtbot.waitUntil(lambda: outcome.over, timeout=5000)
    assert outcome.result["n"] == 5
    assert outcome.result["thread"] is not threading.main_thread()
    assert outcome.callback_threads == [threading.main_thread()]
    assert handle.finished and not runner.busy
    assert runner.shutdown()


def test_errors_come_back_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner, outcome = TaskRunner(), Outcome()
    runner.run(failing, on_done=outcome.done, on_error=outcome.failed)
    qtbot.waitUntil(lambda: outcome.over, timeout=5000)
    assert isinstance(outcome.error, Conflict)
    assert outcome.callback_threads == [threading.main_thread()]


def test_cancel_raises_in_the_task_at_its_next_progress_call(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner, outcome = TaskRunner(), Outcome()
    started, release = threading.Event(), threading.Event()

    def slow(progress: Callable[[int, int], None]) -> str:
        started.set()
        release.wait(5)
        progress(1, 2)
        return "finished anyway"

    handle = runner.run(slow, on_done=outcome.done, on_error=outcome.failed,
                        on_cancelled=outcome.was_cancelled)
    assert started.wait(5)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: outcome.over, timeout=5000)
    assert outcome.cancelled and outcome.result is None and outcome.error is None


def test_sync_runner_has_the_same_behaviour(dialog: QProgressDialog) -> None:
    runner, outcome = SyncTaskRunner(), Outcome()
    runner.run(counting, 3, progress_dialog=dialog, on_done=outcome.done, on_error=outcome.failed)
    assert outcome.result["n"] == 3
    assert outcome.result["thread"] is threading.main_thread()
    runner.run(failing, on_done=outcome.done, on_error=outcome.failed)
    assert isinstance(outcome.error, Conflict)


def test_progress_dialog_cancel_button_cancels(dialog: QProgressDialog) -> None:
    runner, outcome = SyncTaskRunner(), Outcome()

    def cancels_midway(progress: Callable[[int, int], None]) -> str:
        progress(1, 10)
        assert dialog.maximum() == 10 and dialog.value() == 1
        dialog.findChild(QPushButton).click()
        progress(2, 10)
        return "not reached"

    runner.run(cancels_midway, progress_dialog=dialog, on_done=outcome.done,
               on_error=outcome.failed, on_cancelled=outcome.was_cancelled)
    assert outcome.error is None
    assert outcome.cancelled and outcome.result is None


def test_no_progress_kwarg_for_plain_functions() -> None:
    outcome = Outcome()
    SyncTaskRunner().run(sum, [1, 2, 3], progress_kwarg=None, on_done=outcome.done)
    assert outcome.result == 6


def test_unhandled_errors_go_to_the_crash_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: seen.append(error))
    SyncTaskRunner().run(failing, on_done=lambda result: None)
    assert isinstance(seen[0], Conflict)


def test_cancel_token() -> None:
    token = CancelToken()
    token.check()
    token.cancel()
    assert token.cancelled
    with pytest.raises(Cancelled):
        token.check()


def test_show_or_report_tells_known_conditions_and_reports_bugs(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: reported.append(error))
    show_or_report(InvalidInput("The disk is full."), shown.append)
    bug = KeyError("a bug")
    show_or_report(bug, shown.append)
    assert shown == ["The disk is full."] and reported == [bug]
