"""Fetching and decoding gallery thumbnails off the GUI thread.

The gallery asks for the thumbnails of the rows it is about to paint; they are read from
the store in batches (one read transaction each) and decoded and scaled to the card size
on a worker thread, so a 200-exhibit case scrolls without stalling. Only the conversion to
QPixmap, which Qt allows on the GUI thread alone, happens there.

The thumbnails are JPEGs StalkDesk made itself at intake from an image already decoded
safely (`imaging.make_thumbnail`), so Qt's own decoder is acceptable for them; an
original supplied by a victim never goes through `QImage.fromData`.

This pool only reads. SQLite in WAL mode lets it read while an intake writes, so
thumbnails keep appearing during a long import.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from stalkdesk.errors import UserError
from stalkdesk.gui.tasks import report_unhandled

Fetch = Callable[[Sequence[int]], Mapping[int, bytes]]
BATCH = 24  # about two screens of cards: one read transaction, a few MB at most


def decode_thumbnail(data: bytes, box: QSize) -> QImage | None:
    """Our own JPEG thumbnail as a QImage no larger than `box`, or None if it is unreadable."""
    image = QImage.fromData(data, "JPEG")  # type: ignore[arg-type]  # the stubs say bytes; PySide wants str
    if image.isNull():
        return None
    if image.width() > box.width() or image.height() > box.height():
        image = image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


class _Signals(QObject):
    # Emitted on the worker thread, received on the GUI thread (the QObject lives there).
    loaded = Signal(int, object, object)  # generation, requested ids, {id: QImage}
    failed = Signal(int, object, object)  # generation, requested ids, exception


class _Batch(QRunnable):
    def __init__(self, fetch: Fetch, ids: list[int], box: QSize, generation: int, signals: _Signals) -> None:
        super().__init__()
        self._fetch, self._ids, self._box = fetch, ids, box
        self._generation, self._signals = generation, signals

    def run(self) -> None:
        try:
            blobs = self._fetch(self._ids)
            images = {eid: image for eid, data in blobs.items()
                      if (image := decode_thumbnail(data, self._box)) is not None}
        except Exception as error:  # delivered to the GUI thread, which decides what it means
            self._signals.failed.emit(self._generation, self._ids, error)
            return
        self._signals.loaded.emit(self._generation, self._ids, images)


class ThumbnailLoader(QObject):
    """Queues batches of exhibit ids; `loaded(ids, images)` arrives on the GUI thread.

    `cancel()` drops what is queued and waits for the batch in progress, and results of
    an earlier generation are discarded: after it returns, nothing of the old case arrives
    and no read is in flight, so the store can be locked.
    """

    loaded = Signal(object, object)  # requested ids, {id: QImage}

    def __init__(self, fetch: Fetch, box: QSize, threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.box = box
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    def request(self, ids: Sequence[int]) -> None:
        wanted = list(ids)
        for start in range(0, len(wanted), BATCH):
            chunk = wanted[start:start + BATCH]
            self._pool.start(_Batch(self._fetch, chunk, QSize(self.box), self._generation, self._signals))

    def cancel(self) -> None:
        self._generation += 1
        self._pool.clear()
        self._pool.waitForDone()

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """For tests and shutdown: block until every queued batch has run."""
        return self._pool.waitForDone(timeout_ms)

    @Slot(int, object, object)
    def _on_loaded(self, generation: int, ids: list[int], images: dict[int, QImage]) -> None:
        if generation == self._generation:
            self.loaded.emit(ids, images)

    @Slot(int, object, object)
    def _on_failed(self, generation: int, ids: list[int], error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, UserError):  # a bug: the crash handler shows it
            report_unhandled(error)
        # A known store condition (it was locked under us): the cards keep their type icons.
        self.loaded.emit(ids, {})
