"""GUI figures: opening a 100,000-entry chronology, filtering it, and what it holds in memory.

One fictional demo case (`load_demo(ws, entries=100000)`, about half a minute to make) in a
store with a token KDF, in the harness's temporary folder. Qt runs on the offscreen platform.

Memory is measured in a fresh child process (`python -m bench.bench_gui --probe FOLDER`), so
that the 100,000 entries this process built to make the store are not counted: the child
unlocks the store, opens the case, scrolls to the end and reports its resident memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from bench.harness import MB, Context, Result, Workload, benchmark, measure, report, say
from stalkdesk.domain.query import EntryQuery
from stalkdesk.domain.records import Case, Officer
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.gui.chronology.columns import Column
from stalkdesk.gui.chronology.row_cache import PAGE_SIZE
from stalkdesk.gui.chronology.view import ChronologyView
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.demo import DEMO_URN, load_demo
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.keyfile import KdfParams

PASSPHRASE = "fictional benchmark passphrase"
OFFICER = Officer(name="Alex Fictional", initials="AF", rank="DC", warrant_number="0000",
                  force="Fictional Constabulary", unit="Stalking Unit")
FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)  # unlocking is not measured here
WINDOW = (1400, 900)
SCROLL_STEP = 1000  # rows per scroll step to the end: every step lands on a page not yet fetched
ROOT = Path(__file__).resolve().parents[1]


def app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QtCore.qInstallMessageHandler(_quiet)
    return QApplication([])


def _quiet(kind: QtCore.QtMsgType, context: QtCore.QMessageLogContext, message: str) -> None:
    # The offscreen platform's one complaint about window size hints says nothing about us.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


class PaintProbe(QObject):
    """Notes when the table's viewport receives a paint event."""

    def __init__(self, viewport: QObject) -> None:
        super().__init__()
        self.painted = False
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def open_and_paint(ws: Workspace, case: Case) -> ChronologyView:
    """Construct the view, show it, and return once its first rows have been painted.

    The paint event is delivered inside processEvents() and QTableView::paintEvent asks the
    model for every visible cell, which fetches the first page of rows from the store. So
    the loop ends after the event-loop pass in which (a) the viewport received a paint event
    and (b) the model holds the page of the first rows: both done, the rows are on screen
    (in the offscreen backing store, which is what a real window would then show).
    """
    view = ChronologyView(ws, case, SyncTaskRunner())
    view.resize(*WINDOW)
    probe = PaintProbe(view.table.viewport())
    view.show()
    deadline = time.perf_counter() + 30
    while not (probe.painted and view.model.cached_pages):
        app().processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the chronology never painted its first rows")
    return view


def close(view: ChronologyView) -> None:
    view.close()
    view.deleteLater()
    app().processEvents()


def make_store(folder: Path, entries: int) -> tuple[Workspace, Case]:
    """The demo case in a new store, closed and opened again as an officer would find it the
    next day: closing checkpoints the write-ahead log the load filled, which reads would
    otherwise have to search, and leaves the loading process's caches behind."""
    vault = Vault(folder)
    vault.kdf = FAST_KDF
    ws, _recovery = vault.create(PASSPHRASE, OFFICER)
    case = load_demo(ws, entries=entries)
    ws.close()
    return Vault(folder).unlock(PASSPHRASE), case


@benchmark("gui.chronology")
def chronology(ctx: Context) -> None:
    """Open a 100,000-entry case in the chronology, filter it, and its memory."""
    n = ctx.size(100_000, 10_000)
    folder = ctx.tempdir("gui") / "home"
    started = time.perf_counter()
    ws, case = make_store(folder, n)
    say(f"demo case of {n:,} entries made in {time.perf_counter() - started:.0f} s (not timed below)")
    app()
    try:
        _figures(ctx, ws, case, n)
    finally:
        ws.close()
    _memory(ctx, folder, n)


def _figures(ctx: Context, ws: Workspace, case: Case, n: int) -> None:
    assert case.id is not None
    case_id = case.id
    ids = measure(lambda: ws.entries.ids(case_id), ctx.repeat)
    first_ids = ws.entries.ids(case_id)[:PAGE_SIZE]
    page = measure(lambda: ws.entries.get_many(first_ids), ctx.repeat)
    opened = measure(lambda state: state.update(view=open_and_paint(ws, case)), ctx.repeat,
                     setup=dict, teardown=lambda state: close(state["view"]))
    report(f"open {n:,}-entry case to first rows painted", opened, goal=0.5)
    report("  of which: store ids() of the whole case", ids)
    report(f"  of which: store get_many() of the first {PAGE_SIZE}", page)

    view = open_and_paint(ws, case)
    model = view.model
    try:
        def filtered(query: EntryQuery) -> Workload:
            def run(_state: object) -> None:
                model.set_query(query)
                if model.rowCount():
                    model.data(model.index(0, Column.SUMMARY))  # the first page, as a paint would
            return Workload(run, setup=lambda: model.set_query(EntryQuery(text="no-such-word-here")))

        cases = {
            'filter: text "station"': EntryQuery(text="station"),
            "filter: behaviour Following": EntryQuery(behaviours=frozenset({Behaviour.FOLLOWING})),
            "filters cleared: all entries": EntryQuery(),
        }
        for label, query in cases.items():
            w = filtered(query)
            result = measure(w.fn, ctx.repeat, setup=w.setup)
            alone = measure(lambda q=query: ws.entries.ids(case_id, q), ctx.repeat)
            model.set_query(query)
            goal = 0.1 if query.is_filtered else None
            report(f"{label}, ids + first page", result, goal=goal, note=f"{model.rowCount():,} rows")
            report("  of which: store ids() alone", alone)
    finally:
        close(view)
    say("Opening and clearing the filters are dominated by the store's ids() query (above): "
        "ORDER BY start_utc, item_number is not covered by ix_entry_case_time, so SQLite sorts "
        "in a temporary B-tree after reading every row; the ORM adds its per-row cost on top.")


def _memory(ctx: Context, folder: Path, n: int) -> None:
    probes = [_probe_child(folder) for _ in range(max(1, ctx.repeat // 2))]
    runs = [r for r in probes if r is not None]
    if len(runs) < len(probes):
        say("memory: not measured here (no /proc)")
        return
    report("cold open in a new process, to first rows painted", Result([r["open_s"] for r in runs]))
    report("RSS after opening the case", Result([r["rss_open"] / MB for r in runs], unit="MB"))
    report(f"RSS after scrolling to the end ({n:,} rows)", Result([r["rss_end"] / MB for r in runs], unit="MB"),
           goal=400, note=f"peak {max(r['hwm'] for r in runs) / MB:.0f} MB")
    say(f"The child process scrolls {SCROLL_STEP:,} rows at a time to the end, painting at each step, so "
        f"it fetches {n // SCROLL_STEP:,} pages and keeps at most the cache's bound of them.")


def _probe_child(folder: Path) -> dict[str, Any] | None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "bench.bench_gui", "--probe", str(folder)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    result: dict[str, Any] | None = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _status_bytes(name: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
    raise LookupError(name)


def probe(folder: Path) -> dict[str, Any] | None:
    """In a fresh process: open the demo case, scroll to the end, report time and memory."""
    if not Path("/proc/self/status").exists():
        return None
    app()
    ws = Vault(folder).unlock(PASSPHRASE)
    try:
        case = ws.case(DEMO_URN)
        t0 = time.perf_counter()
        view = open_and_paint(ws, case)
        opened = time.perf_counter() - t0
        rss_open = _status_bytes("VmRSS")
        bar = view.table.verticalScrollBar()
        for row in range(0, view.model.rowCount(), SCROLL_STEP):
            view.table.scrollTo(view.model.index(row, 0))
            app().processEvents()
        view.table.scrollToBottom()
        app().processEvents()
        assert bar.value() == bar.maximum()
        result = {"open_s": opened, "rss_open": rss_open, "rss_end": _status_bytes("VmRSS"),
                  "hwm": _status_bytes("VmHWM"), "pages": len(view.model.cached_pages)}
        close(view)
        return result
    finally:
        ws.close()


if __name__ == "__main__" and sys.argv[1:2] == ["--probe"]:
    print(json.dumps(probe(Path(sys.argv[2]))))
