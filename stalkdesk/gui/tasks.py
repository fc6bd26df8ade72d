"""The one way to run a service call off the GUI thread.

    runner.run(load_demo, ws, on_done=self._loaded, progress_dialog=dialog)

calls `load_demo(ws, progress=callback)` on a worker thread. The service reports through a
plain `progress(done, total)` callback; the runner carries those numbers to the dialog by
a queued signal, so no widget is touched from the worker. The result, or the exception,
comes back on the GUI thread. Cancelling (the dialog's Cancel button or `TaskHandle.cancel`)
makes the next `progress` call raise `Cancelled`, which unwinds the service like any error:
its write transaction rolls back.

The pool has one thread. SQLCipher connections may cross threads (check_same_thread=False)
but the store has a single writer, so tasks queue rather than run side by side.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from stalkdesk.errors import Cancelled, UserError

# Services are plain functions; these are the shapes the runner hands them and calls back.
Progress = Callable[[int, int], None]
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]

_PROGRESS_INTERVAL = 0.05  # seconds: a 100,000-row import should not queue 100,000 repaints


class CancelToken:
    """Thread-safe flag a task can poll; the runner's progress callback polls it for you."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled if cancel() was called; call between units of work."""
        if self._event.is_set():
            raise Cancelled("Cancelled.")


def report_unhandled(error: BaseException) -> None:
    """The default on_error: hand the exception to the crash handler (sys.excepthook)."""
    sys.excepthook(type(error), error, error.__traceback__)


def show_or_report(error: BaseException, show: Callable[[str], object]) -> None:
    """A known condition (UserError) is told to the officer through `show`; anything else is
    a bug and goes to the crash handler, never as a raw message on screen."""
    if isinstance(error, UserError):
        show(str(error))
    else:
        report_unhandled(error)


class TaskHandle:
    """What `run` returns: lets the caller cancel, and tells whether the task is over."""

    def __init__(self, token: CancelToken) -> None:
        self.token = token
        self.finished = False
        # One callable object, so the same one can be disconnected from a progress dialog.
        self.on_dialog_cancel: Callable[[], None] = token.cancel

    def cancel(self) -> None:
        self.token.cancel()


Call = Callable[[Progress], tuple[bool, Any]]  # runs the task; (ok, result-or-exception)
Show = Callable[[int, int], None]
Deliver = Callable[[tuple[bool, Any]], None]


class _TaskRunnerBase:
    """The shared contract: both runners call, report and deliver in exactly the same way."""

    def run(self, fn: Callable[..., Any], *args: Any, on_done: OnDone,
            on_error: OnError = report_unhandled, on_cancelled: Callable[[], None] | None = None,
            progress_dialog: QProgressDialog | None = None, progress_kwarg: str | None = "progress",
            cancel_token: CancelToken | None = None, **kwargs: Any) -> TaskHandle:
        """Call `fn(*args, progress=..., **kwargs)`; the callbacks run on the GUI thread.

        `progress_kwarg=None` suits a function that takes no progress callback. A
        `Cancelled` exception goes to `on_cancelled` (or nowhere), any other to `on_error`.
        """
        handle = TaskHandle(cancel_token or CancelToken())
        dialog = progress_dialog
        if dialog is not None:
            dialog.canceled.connect(handle.on_dialog_cancel)
            dialog.setValue(0)

        def call(progress: Progress) -> tuple[bool, Any]:
            call_kwargs = {**kwargs, progress_kwarg: progress} if progress_kwarg else kwargs
            try:
                return True, fn(*args, **call_kwargs)
            except Exception as error:  # every failure is delivered; on_error decides what it means
                return False, error

        def show(done: int, total: int) -> None:
            if dialog is not None and not dialog.wasCanceled():
                dialog.setMaximum(max(total, 1))
                dialog.setValue(min(done, total))

        def deliver(outcome: tuple[bool, Any]) -> None:
            handle.finished = True
            if dialog is not None:
                dialog.canceled.disconnect(handle.on_dialog_cancel)
                dialog.reset()  # hides it, whether or not it reached 100 %
            ok, value = outcome
            if ok:
                on_done(value)
            elif not isinstance(value, Cancelled):
                on_error(value)
            elif on_cancelled is not None:
                on_cancelled()

        self._start(handle, call, show, deliver)
        return handle

    def _start(self, handle: TaskHandle, call: Call, show: Show, deliver: Deliver) -> None:
        raise NotImplementedError


class _Task(QObject):
    """Lives on the GUI thread; the worker only emits its signals (queued across threads)."""

    progressed = Signal(int, int)
    completed = Signal(object)  # (ok, result-or-exception)

    def __init__(self, show: Show, deliver: Deliver) -> None:
        super().__init__()
        self._show = show
        self._deliver = deliver
        self.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.completed.connect(self._on_completed, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._show(done, total)

    @Slot(object)
    def _on_completed(self, outcome: tuple[bool, Any]) -> None:
        self._deliver(outcome)


class _Worker(QRunnable):
    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self._body = body

    def run(self) -> None:
        self._body()


class TaskRunner(_TaskRunnerBase):
    """Runs tasks one at a time on a worker thread; see the module docstring."""

    def __init__(self) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)  # one writer: tasks queue in order
        self._live: dict[TaskHandle, _Task] = {}

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def _start(self, handle: TaskHandle, call: Call, show: Show, deliver: Deliver) -> None:
        def finish(outcome: tuple[bool, Any]) -> None:
            self._live.pop(handle, None)
            deliver(outcome)

        task = self._live[handle] = _Task(show, finish)
        last = 0.0

        def progress(done: int, total: int) -> None:  # runs on the worker thread
            nonlocal last
            handle.token.check()
            now = time.monotonic()
            if done >= total or now - last >= _PROGRESS_INTERVAL:
                last = now
                task.progressed.emit(done, total)

        self._pool.start(_Worker(lambda: task.completed.emit(call(progress))))

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel what is running and wait for it, before the store is closed."""
        for handle in list(self._live):
            handle.cancel()
        return self._pool.waitForDone(timeout_ms)


class SyncTaskRunner(_TaskRunnerBase):
    """Same interface, run inline on the calling thread: for tests, deterministic."""

    busy = False

    def _start(self, handle: TaskHandle, call: Call, show: Show, deliver: Deliver) -> None:
        def progress(done: int, total: int) -> None:
            handle.token.check()
            show(done, total)

        deliver(call(progress))

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        return True


# What windows and dialogs take: the real runner in the app, the inline one in tests.
Runner = TaskRunner | SyncTaskRunner
