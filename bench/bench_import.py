"""Import figures: a million call records and 100,000 WhatsApp messages, end to end.

Each file is generated (fictional: numbers from Ofcom's drama range 07700 900000-900999,
made-up names) and imported through `services.importing.run_import` into a fresh store
(made, with the case's two people, before the clock starts, as the bare file's table is):
parse, store the source exhibit, the records and the grouped entries, commit. Beside it, a
bare stdlib `sqlite3` executemany of the same rows (precomputed, outside the timing) into a
plain file with the same columns and indexes: the cheapest possible insert, for the ratio.
Peak memory is read from a separate process per workload (its VmHWM on Linux, ru_maxrss
elsewhere), so that nothing this process did before can hide it.
"""

from __future__ import annotations

import json
import os
import pickle
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bench.bench_store import new_store
from bench.harness import MB, Context, Result, Workload, benchmark, interleave, ratio_of, report, say
from stalkdesk.domain.records import Person
from stalkdesk.domain.vocab import Role
from stalkdesk.importers import identity, registry
from stalkdesk.importers.base import ParseOptions
from stalkdesk.importers.grouping import DEFAULT_WINDOW, RunningGroups
from stalkdesk.importers.staging import stage
from stalkdesk.services import import_worker
from stalkdesk.services.importing import ImportOptions, run_import

SUSPECT = "07700 900456"
CALLS_GOAL, WHATSAPP_GOAL, RATIO_GOAL = 10.0, 3.0, "<= 3"
_NUMBERS = [f"07700 900{n:03d}" for n in range(1000)]
_WORDS = ("why", "won't", "you", "answer", "me", "I", "know", "you're", "home", "saw", "your", "car", "outside",
          "we", "need", "to", "talk", "please", "just", "call", "back", "tonight", "again", "work")


def write_calls(path: Path, n: int, seed: int = 1) -> None:
    """A call-record CSV as a phone download tool writes it: one row per call, in time order,
    30% of them with the suspect's number."""
    rnd = random.Random(seed)
    at = datetime(2023, 9, 1, 7, 0)
    directions = ("Incoming", "Outgoing", "Missed", "Incoming", "Rejected")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("Date/Time,Direction,Other Party,Duration (s),Type\r\n")
        for _ in range(n):
            # Busy stretches with quiet hours between: about 10,000 groups of the suspect's calls.
            at += timedelta(seconds=rnd.randint(3600, 4 * 3600) if rnd.random() < 0.01 else rnd.randint(1, 60))
            other = SUSPECT if rnd.random() < 0.3 else rnd.choice(_NUMBERS)
            direction = rnd.choice(directions)
            duration = 0 if direction in ("Missed", "Rejected") else rnd.randint(1, 900)
            fh.write(f"{at:%d/%m/%Y %H:%M:%S},{direction},{other},{duration},Voice\r\n")


def write_whatsapp(path: Path, n: int, seed: int = 2) -> None:
    """An Android WhatsApp export: 24-hour, day-first, some messages over several lines."""
    rnd = random.Random(seed)
    at = datetime(2023, 9, 1, 7, 0)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"{at:%d/%m/%Y, %H:%M} - Messages and calls are end-to-end encrypted. No one outside of this "
                 "chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n")
        for _ in range(n - 1):
            # Conversations with hours between them: about 2,000 groups of the suspect's messages.
            at += timedelta(seconds=rnd.randint(2 * 3600, 12 * 3600) if rnd.random() < 0.02 else rnd.randint(5, 300))
            who = "Sam Sample" if rnd.random() < 0.6 else "Jo Example"
            text = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(2, 14)))
            if rnd.random() < 0.05:
                text += "\n" + " ".join(rnd.choice(_WORDS) for _ in range(5))
            fh.write(f"{at:%d/%m/%Y, %H:%M} - {who}: {text}\n")


_SUSPECT = Person(role=Role.SUSPECT, name="Sam Sample", phones=("+447700900456",))
_VICTIM = Person(role=Role.VICTIM, name="Jo Example", phones=("+447700900123",))


def _store(folder: Path) -> tuple[Any, int]:
    ws, case_id = new_store(folder)
    ws.people.add(case_id, _SUSPECT)
    ws.people.add(case_id, _VICTIM)
    return ws, case_id


def _import(fmt: str, source: Path, folder: Path) -> tuple[int, int]:
    ws, case_id = _store(folder)
    try:
        return _run(fmt, source, (ws, case_id))
    finally:
        ws.close()


def _run(fmt: str, source: Path, store: tuple[Any, int]) -> tuple[int, int]:
    """The import alone, into a store made beforehand (as the bare baseline's file is)."""
    ws, case_id = store
    summary = run_import(ws, case_id, fmt, source, ImportOptions())
    return summary.records, summary.entries


_SCHEMA = """CREATE TABLE contact_record (id INTEGER NOT NULL PRIMARY KEY, case_id INTEGER NOT NULL,
    source_exhibit_id INTEGER NOT NULL, seq INTEGER NOT NULL, locator VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    channel VARCHAR, at_utc BIGINT NOT NULL, zone_assumed BOOLEAN NOT NULL, direction VARCHAR NOT NULL,
    identity VARCHAR NOT NULL, display_name VARCHAR NOT NULL, body VARCHAR NOT NULL, duration_s INTEGER,
    attachment VARCHAR NOT NULL, flags VARCHAR NOT NULL, entry_id INTEGER);
CREATE INDEX ix_contact_record_case_time ON contact_record (case_id, at_utc);
CREATE INDEX ix_contact_record_source_seq ON contact_record (source_exhibit_id, seq);
CREATE INDEX ix_contact_record_entry_id ON contact_record (entry_id) WHERE entry_id IS NOT NULL;"""
_INSERT = ("INSERT INTO contact_record (case_id, source_exhibit_id, seq, locator, kind, channel, at_utc, zone_assumed, "
           "direction, identity, display_name, body, duration_s, attachment, flags, entry_id) "
           "VALUES (1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def bare_rows(fmt: str, source: Path) -> list[tuple[Any, ...]]:
    """The rows the import stores, as plain tuples, for the bare baseline: with the case's
    suspect and victim, so the same directions, and the same entry ids (entries 1, 2, ... of
    the suspect's groups, as in a fresh store)."""
    spec = registry.get(fmt)
    rows: list[tuple[Any, ...]] = []
    with open(source, "rb") as fh:
        parsed = spec.open(fh, source.name, ParseOptions())
        stage(spec, parsed.records(), zone="Europe/London", suspects=frozenset(identity.of_person(_SUSPECT)),
              victim=frozenset(identity.of_person(_VICTIM)), sink=rows.extend,
              entry_of=RunningGroups(DEFAULT_WINDOW, 1))
    return [row[2:] for row in rows]  # from seq to the entry id: the baseline's statement gives the rest


def _settle() -> None:
    """Called last before each run is timed: let the disk finish with the runs before (the
    checkpoint a closing connection writes, and the discards of removed files: hundreds of
    megabytes for a million records), so that they do not land in this run's fsync."""
    if hasattr(os, "sync"):
        os.sync()


def _keep_rows(rows: list[tuple[Any, ...]], folder: Path) -> Path:
    """The baseline's rows written aside (generated, fictional), to be read for each of its runs."""
    path = folder / "bare-rows.pickle"
    with open(path, "wb") as fh:
        pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _bare(folder: Path, rows_file: Path) -> Workload:
    """The baseline: its rows are read before each of its runs and dropped after it. Held in
    this process for the whole benchmark, they slowed the import timed beside them: a
    million call records took 7.9-8.8 s with them and 6.5-7.0 s without, four runs of each
    alternating in one process. (How they are made, staged then sliced, is the likely cause:
    a million plain tuples made at once did not slow it.)"""
    def setup() -> tuple[sqlite3.Connection, list[tuple[Any, ...]]]:
        path = folder / "bare.db"
        for p in (path, path.with_name("bare.db-wal"), path.with_name("bare.db-shm")):
            p.unlink(missing_ok=True)
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.executescript(_SCHEMA)
        with open(rows_file, "rb") as fh:
            rows = pickle.load(fh)
        _settle()
        return con, rows

    def insert(state: tuple[sqlite3.Connection, list[tuple[Any, ...]]]) -> None:
        con, rows = state
        con.execute("BEGIN")
        con.executemany(_INSERT, rows)
        con.execute("COMMIT")

    return Workload(insert, setup, lambda state: state[0].close())


def _peak_rss(fmt: str, source: Path, folder: Path) -> tuple[Result, Result]:
    """Peak resident memory of a fresh process that does the whole import, and of the process
    it starts to read a big call log (services.import_worker; 0 if none), in MB."""
    out = subprocess.run([sys.executable, "-m", "bench.bench_import", fmt, str(source), str(folder)],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).parents[1])
    found = json.loads(out.stdout.strip().splitlines()[-1])
    return Result([found["maxrss"] / MB], unit="MB"), Result([found["reader_maxrss"] / MB], unit="MB")


def _figures(ctx: Context, fmt: str, label: str, n: int, write: Any, goal: float) -> None:
    tmp = ctx.tempdir(fmt)
    source = tmp / (f"calls-{n}.csv" if fmt == "calls" else f"WhatsApp Chat with Sam Sample ({n}).txt")
    write(source, n)
    rows_file = _keep_rows(bare_rows(fmt, source), tmp)
    runs = iter(range(1_000_000))

    def fresh() -> Path:
        return tmp / f"store-{next(runs)}"

    def new_store() -> tuple[Any, int, Path]:
        folder = fresh()
        store = (*_store(folder), folder)
        _settle()
        return store

    def done(store: tuple[Any, int, Path]) -> None:
        store[0].close()
        shutil.rmtree(store[2], ignore_errors=True)

    res = interleave({"import": Workload(lambda store: _run(fmt, source, store[:2]), new_store, done),
                      "bare": _bare(tmp, rows_file)}, ctx.repeat)
    size = source.stat().st_size / MB
    report(f"{label}: import end to end", res["import"], goal=goal, note=f"{n:,} rows, {size:.0f} MB")
    report(f"{label}: bare sqlite3 executemany", res["bare"])
    report(f"{label}: import / bare sqlite3", ratio_of(res["import"], res["bare"]), goal=RATIO_GOAL)
    report(f"{label}: import rate", res["import"].per_second(n, "rows/s"))
    own, reader = _peak_rss(fmt, source, fresh())
    report(f"{label}: peak RSS (own process)", own)
    if reader.median:
        report(f"{label}: peak RSS (reading process)", reader)


@benchmark("import.calls")
def calls(ctx: Context) -> None:
    """A generated call-record CSV imported end to end."""
    n = ctx.size(1_000_000, 50_000)
    _figures(ctx, "calls", f"{n // 1000:,}k call records", n, write_calls, CALLS_GOAL if n >= 1_000_000 else 1.0)
    say("End to end: SHA-256 and sniffing, two passes of CSV parsing (date order, then records), UK time to UTC, "
        "numbers normalised, grouping, the source exhibit, the records and entries, one commit (fsync). From "
        f"{import_worker.MIN_BYTES >> 20} MB a second process reads the file while this one stores it: on a busy "
        "machine (load average near the CPU count) the two compete for the cores and the figure rises.")


@benchmark("import.whatsapp")
def whatsapp(ctx: Context) -> None:
    """A generated WhatsApp export imported end to end."""
    n = ctx.size(100_000, 10_000)
    _figures(ctx, "whatsapp", f"{n // 1000:,}k WhatsApp messages", n, write_whatsapp,
             WHATSAPP_GOAL if n >= 100_000 else 0.5)
    say("The bare baseline inserts the same rows (message text included) with no parsing, no encryption, "
        "no full-text index and no chronology entries.")


if __name__ == "__main__":  # the child process of _peak_rss
    fmt_arg, source_arg, folder_arg = sys.argv[1:4]
    records, entries = _import(fmt_arg, Path(source_arg), Path(folder_arg))
    # Linux carries ru_maxrss across fork and exec: a child of a big parent starts "big". The
    # high-water mark of this process's own memory (VmHWM) is the figure wanted; ru_maxrss elsewhere.
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    try:
        with open("/proc/self/status") as status:
            maxrss = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        pass
    # The reading process, if one was started (waited for: its peak is in RUSAGE_CHILDREN).
    reader_maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    print(json.dumps({"records": records, "entries": entries, "maxrss": maxrss, "reader_maxrss": reader_maxrss}))
    shutil.rmtree(folder_arg, ignore_errors=True)
