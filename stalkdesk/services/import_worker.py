"""A big call log or chat read by a second process while this one stores it, in the same transaction.

Reading a million call records (CSV, dates, UTC, numbers) costs about as much as storing
them, and one Python process does one of the two at a time. So on a machine with two cores
or more a big file of a format listed in FORMATS is read by a child process, which sends
batches through a pipe while this process stores them: rows ready for the store (a call
log, with the entries of the suspect's groups as it makes them, for a file in time order),
or the parsed records, converted here (a chat, whose parsing is most of the work:
PARSE_ONLY). Nothing is written anywhere but the store: a pipe is memory. The store is only
ever touched here, by the importing process, inside its one transaction: all of the import
or none of it.

The child is this module run by the same Python (`python -m`), not multiprocessing: it
imports nothing of the calling program (a GUI, a script) and needs no start-up guard there.
It reads the file with the same options and checks, once read, that it is still the one
hashed (same SHA-256). It dies with its parent: its next write to the pipe fails, and the parent kills it
on any error or cancel. A problem in it comes back as the import's own error, with a message.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from stalkdesk.domain.records import Entry
from stalkdesk.importers import calls, registry, whatsapp
from stalkdesk.importers.base import FormatSpec, ImportFormatError, Parsed, ParsedRecord, ParseOptions, Skipped
from stalkdesk.importers.grouping import Contact, EntriesAsRead, RunningGroups
from stalkdesk.importers.staging import Row, Staged, stage

if sys.platform == "linux":
    import fcntl

# Formats read this way, and how to open a file again exactly as it was opened here (a call
# log's columns by number). Media inside a WhatsApp zip are taken by this process, from its
# own opening of the file; the child reads only the records.
FORMATS: dict[str, Callable[[Parsed], ParseOptions | None]] = {
    "calls": calls.options_used, "whatsapp": whatsapp.options_used}
# Formats whose reading is mostly parsing (a chat's lines, by regular expressions): the child
# only parses them, and this process converts and stores the records, which then takes about
# as long. Parsing a call log is cheap beside storing it: the child converts those too.
PARSE_ONLY = frozenset({"whatsapp"})
MIN_BYTES = 4 << 20  # below this, starting a process costs more than it saves
BATCH = 5_000  # rows per message (some 400 KB): the pipe holds two
FIRST_BATCH = 500
PIPE_BYTES = 1 << 20


class ReadFailed(Exception):
    """The child could not read the file; the message says why, for the officer."""


@dataclass(frozen=True)
class Job:
    """What the child needs to read the file exactly as this process would."""

    path: str
    fmt: str
    name: str  # the file's name, as messages give it
    sha256: str  # of the bytes hashed and stored as the exhibit
    options: ParseOptions  # as the file was opened here, its column mapping included
    zone: str
    suspects: frozenset[str]
    victim: frozenset[str]
    case_id: int
    window: timedelta  # the group window: the child gives the suspect's contacts their entry ids
    people: tuple[int, ...] = ()  # the case's suspects (person ids), named by the entries it makes
    batch: int = BATCH  # rows per message


@dataclass
class Outcome:
    staged: Staged  # its `kept` contacts rebuilt here, or none if `entries` were made
    skipped: list[Skipped]  # the parser's
    notes: list[str]  # the parser's, added while reading
    dayfirst: bool | None
    # The entries of the suspect's contacts made by the child as it read (grouping.EntriesAsRead)
    # and not yet sent, and how many contacts all of them hold; None if the contacts came out
    # of time order (those sent are then taken back).
    entries: list[Entry] | None = None
    grouped: int = 0


class EntrySink(Protocol):
    """Where the entries the child makes are stored as they come (store.repos.entries.EntryBatches)."""

    def add(self, entries: Sequence[Entry]) -> None: ...

    def discard(self) -> None: ...


def wanted(fmt: str, path: Path, size: int) -> bool:
    """Whether to read this file in a child process."""
    return (fmt in FORMATS and size >= MIN_BYTES and path.is_file() and (os.cpu_count() or 1) >= 2
            and bool(sys.executable) and sys.platform != "win32" and not getattr(sys, "frozen", False))


def _widen(fd: int) -> None:
    """Let the pipe hold a megabyte (64 KB by default, on Linux), so that the child can write
    its next batches while this process is still storing one, rather than wait for it."""
    if sys.platform == "linux":
        with contextlib.suppress(OSError):  # a lower limit set for this machine: the default
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)


def _send(conn: Connection, message: tuple[str, Any]) -> None:
    conn.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))


class Reader:
    """The parent's end: start the child, feed its rows to `insert`, take its outcome (with
    the suspect's contacts, from which the caller makes their entries)."""

    def __init__(self, job: Job) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        _widen(from_child_w)
        env = dict(os.environ)
        # The same stalkdesk as this one: first on the path, and not a folder of that name in
        # the working directory (-P: the working directory is not put first).
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-P", "-m", __name__, str(to_child_r), str(from_child_w)],
                pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, env=env, close_fds=True)
        except BaseException:
            for fd in (to_child_r, to_child_w, from_child_r, from_child_w):
                os.close(fd)
            raise
        os.close(to_child_r)
        os.close(from_child_w)
        self.out = Connection(to_child_w, readable=False)
        self.inp = Connection(from_child_r, writable=False)
        self.name, self.done = job.name, False
        self.parse_only = job.fmt in PARSE_ONLY
        self.parser_outcome: tuple[list[Skipped], list[str], bool | None] = ([], [], None)
        try:
            _send(self.out, ("job", job))
        except BaseException:
            self.close()
            raise

    def run(self, source_id: int, source_ref: str, first_entry: int, insert: Callable[[list[Row]], object],
            entries: EntrySink, progress: Callable[[float], None]) -> Outcome:
        """Let the child read, storing each batch of rows it sends, and of the suspect's
        entries as it makes them (`entries`, from `first_entry`; taken back if the file turns
        out to be out of time order); progress(fraction of the file). The suspect's contacts
        come with entry ids from `first_entry` (grouping.RunningGroups); their entries cite the
        source exhibit (`source_ref`)."""
        try:
            _send(self.out, ("source", (source_id, source_ref, first_entry)))
        except OSError:
            raise self._stopped() from None
        while True:
            kind, payload = self._receive()
            if kind == "rows":
                insert(payload)
            elif kind == "entries":
                entries.add(payload)
            elif kind == "discard":
                entries.discard()
            elif kind == "tick":
                progress(payload)
            else:
                assert kind == "done"
                self.done = True
                staged, kept, skipped, notes, dayfirst, rest, grouped = payload
                new = tuple.__new__
                staged.kept = [new(Contact, c) for c in kept]
                return Outcome(staged, skipped, notes, dayfirst, rest, grouped)

    def records(self, progress: Callable[[float], None]) -> Iterator[ParsedRecord]:
        """For a format in PARSE_ONLY: the records the child parses, as they come (plain
        tuples of ParsedRecord's fields). When they have all come, the parser's skipped
        lines, notes and date order are in `parser_outcome`."""
        while True:
            kind, payload = self._receive()
            if kind == "records":
                yield from payload
            elif kind == "tick":
                progress(payload)
            else:
                assert kind == "parsed"
                self.done = True
                self.parser_outcome = payload
                return

    def _receive(self) -> tuple[str, Any]:
        """The child's next message; its refusal or failure raised as the importer's errors."""
        try:
            kind, payload = pickle.loads(self.inp.recv_bytes())
        except (EOFError, OSError):
            raise self._stopped() from None
        if kind == "refused":
            raise ImportFormatError(*payload)
        if kind == "failed":
            raise ReadFailed(f'"{self.name}" could not be read: {payload}')
        return kind, payload

    def _stopped(self) -> ReadFailed:
        code = self.process.wait()
        return ReadFailed(f'"{self.name}" could not be read: the process reading it stopped unexpectedly '
                          f"(exit code {code}).")

    def close(self) -> None:
        """Stop the child if it is still running (an error or a cancel here) and wait for it."""
        for conn in (self.out, self.inp):
            conn.close()
        if self.done:  # it is ending by itself
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _child(inp: Connection, out: Connection) -> None:
    gc.disable()  # as the importing process does (services.importing._bulk): no cycles, a million objects
    kind, job = pickle.loads(inp.recv_bytes())
    assert kind == "job" and isinstance(job, Job)
    try:
        spec = registry.get(job.fmt)
        with open(job.path, "rb") as fh:
            parsed = spec.open(fh, job.name, job.options)
            # What opening noted, the parent noted too, opening the same file the same way: only
            # what reading adds goes back (the chat of a zip was not named twice).
            parsed.notes.clear()
            parsed.skipped.clear()
            try:
                last = _pass_records(out, parsed, fh) if job.fmt in PARSE_ONLY else \
                    _pass_rows(inp, out, job, spec, parsed, fh)
            finally:
                parsed.close()
        # Checked once read (so that reading starts at once): the bytes read must be those that
        # were hashed and stored as the exhibit. If not, the parent rolls the import back.
        if _sha256(job.path) != job.sha256:
            _send(out, ("refused", (job.name, "the file changed while it was being imported.", "")))
            return
        _send(out, last)
    except ImportFormatError as exc:
        _send(out, ("refused", (exc.file, exc.reason, exc.where)))
    except (BrokenPipeError, EOFError):
        pass  # the parent has gone or given up: nothing to tell
    except BaseException as exc:  # every failure goes back to the parent as a message
        _send(out, ("failed", f"{type(exc).__name__}: {exc}"))


def _pass_rows(inp: Connection, out: Connection, job: Job, spec: FormatSpec, parsed: Parsed,
               fh: BinaryIO) -> tuple[str, Any]:
    """Read, convert and send rows ready for the store, once the parent says which source
    exhibit and entry ids they belong to, and the entries of the suspect's contacts as they
    are made (or, if the file is out of time order, "discard" for those sent); the last
    message, with the entries not yet sent (or the contacts, for the parent to make them)."""
    kind, (source_id, source_ref, first_entry) = pickle.loads(inp.recv_bytes())
    assert kind == "source"
    size = max(os.fstat(fh.fileno()).st_size, 1)
    staged = Staged()
    # Media become exhibits in the parent, which links them to entries: only without them here.
    builder = None if parsed.attachments else EntriesAsRead(
        spec, source_id=source_id, source_ref=source_ref, zone=job.zone, first_id=first_entry, people=job.people)

    def sink(rows: list[Row]) -> None:
        _send(out, ("rows", rows))
        if builder is not None and builder.in_order:  # while the parent stores them
            builder.take(staged.kept, staged.kept_entry)
            if not builder.in_order:
                _send(out, ("discard", None))
            elif made := builder.ready():
                _send(out, ("entries", made))

    stage(spec, parsed.records(), zone=job.zone, suspects=job.suspects, victim=job.victim,
          tick=lambda _: _send(out, ("tick", fh.tell() / size)), sink=sink, batch=job.batch,
          entry_of=RunningGroups(job.window, first_entry), source=(job.case_id, source_id), staged=staged)
    entries = None
    if builder is not None and builder.in_order:
        builder.take(staged.kept, staged.kept_entry)
        entries = builder.close() if not parsed.attachments else None  # none found while reading either
        if entries is None:
            _send(out, ("discard", None))
    grouped = len(staged.kept)
    # Plain tuples (a NamedTuple is slow to unpickle), and only if the parent makes the entries.
    kept = [tuple(c) for c in staged.kept] if entries is None else []
    staged.kept, staged.kept_entry = [], staged.kept_entry if entries is None else []
    return "done", (staged, kept, parsed.skipped, parsed.notes, parsed.dayfirst, entries, grouped)


def _pass_records(out: Connection, parsed: Parsed, fh: BinaryIO) -> tuple[str, Any]:
    """Parse only, sending the records in batches as plain tuples (a NamedTuple is slow to
    unpickle); the last message, with what the parser noted. Started at once (the parent
    needs no ids for these), with a small first batch so that the parent starts soon."""
    size = max(os.fstat(fh.fileno()).st_size, 1)
    batch: list[tuple[Any, ...]] = []
    limit = FIRST_BATCH
    for record in parsed.records():
        batch.append(tuple(record))
        if len(batch) >= limit:
            _send(out, ("records", batch))
            _send(out, ("tick", fh.tell() / size))
            batch, limit = [], BATCH
    if batch:
        _send(out, ("records", batch))
    return "parsed", (parsed.skipped, parsed.notes, parsed.dayfirst)


def main(argv: list[str]) -> None:
    """The child's entry point: argv holds the pipe ends (read, write)."""
    inp, out = Connection(int(argv[0]), writable=False), Connection(int(argv[1]), readable=False)
    try:
        _child(inp, out)
    except (BrokenPipeError, EOFError):
        pass
    finally:
        out.close()
        inp.close()


if __name__ == "__main__":  # run as `python -m`: use the module proper, whose classes the parent pickles
    from stalkdesk.services import import_worker

    import_worker.main(sys.argv[1:])
    os._exit(0)  # all it had to say is said; freeing a million objects one by one is no use
