"""The parent side of the kill campaigns: start scripts/crashy_worker.py, kill its children
with SIGKILL at random moments, and check the store after every kill.

Used by tests/trust/test_kill.py (short, in `make test`) and scripts/soak.py (long). After
each kill, in this process: the store opens with nothing but the passphrase; `verify`
passes (SQLCipher and SQLite integrity, every exhibit re-hashed, the audit chain); every
acknowledged change is there; an import is there whole or not at all (and running an
interrupted one again leaves exactly one copy); the backup file, once one was
acknowledged, still verifies.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func
from sqlalchemy import select as sql_select

from stalkdesk.domain.records import Case
from stalkdesk.services import backup as backup_service
from stalkdesk.services.vault import Vault
from stalkdesk.services.verify import verify
from stalkdesk.store.tables import ContactRecordRow, EntryRow

ROOT = Path(__file__).resolve().parents[2]
WORKER = ROOT / "scripts" / "crashy_worker.py"


def load_worker() -> object:
    """scripts/crashy_worker.py as a module (it is a script, not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("crashy_worker", WORKER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class WorkerServer:
    """One long-lived `crashy_worker.py serve`: StalkDesk is imported once, each round is
    a fork (milliseconds) instead of a new interpreter (most of a second)."""

    def __init__(self, passphrase: str, log: Path, warm_home: Path) -> None:
        env = dict(os.environ, STALKDESK_PASSPHRASE=passphrase, PYTHONUNBUFFERED="1")
        self.log = log
        self._err = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([sys.executable, str(WORKER), "serve", str(warm_home)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self._err, env=env, cwd=ROOT)
        self._buf = b""
        if self._line(30) != "ready":
            raise RuntimeError(f"the worker did not start: {self.tail()}")

    def _line(self, timeout: float) -> str | None:
        """The next line from the server, or None if none came within `timeout`."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError(f"the worker exited: {self.tail()}")
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return line.decode()

    def round(self, job: dict[str, object], delay: float, after: str | None = None,
              timeout: float = 120.0) -> tuple[list[list[str]], dict[str, float]]:
        """Run one job and SIGKILL it `delay` seconds after it started (or after its first
        `after` acknowledgement). Returns the acks it printed, and when each kind of ack
        first came (seconds from the start)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(job) + "\n").encode())
        self.proc.stdin.flush()
        started = self._line(30)
        if not started or not started.startswith("started "):
            raise RuntimeError(f"no child started ({started!r}): {self.tail()}")
        pid = int(started.split()[1])
        t0 = time.monotonic()
        acks: list[list[str]] = []
        first: dict[str, float] = {}
        deadline = t0 + (timeout if after else delay)
        while (left := deadline - time.monotonic()) > 0:
            line = self._line(left)
            if line is None:
                break
            if line.startswith("error "):
                os.kill(pid, signal.SIGKILL)
                self._reap(pid)
                raise RuntimeError(f"the worker failed: {line[6:].replace(' | ', chr(10))}")
            ack = line.split()[1:]
            acks.append(ack)
            first.setdefault(ack[0], time.monotonic() - t0)
            if after is not None and ack[0] == after:
                deadline, after = time.monotonic() + delay, None
        # Our own grandchild, not yet reaped (the server waits for "reap"): its id is ours.
        os.kill(pid, signal.SIGKILL)
        for line in self._reap(pid):
            acks.append(line.split()[1:])
        return acks, first

    def _reap(self, pid: int) -> list[str]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"reap\n")
        self.proc.stdin.flush()
        late: list[str] = []  # acks already in the pipe when the kill landed
        while (line := self._line(30)) is not None:
            if line.startswith(f"exit {pid} "):
                status = int(line.split()[2])
                if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                    raise RuntimeError(f"the child ended on its own ({status}): {self.tail()}")
                return late
            if line.startswith("ack "):
                late.append(line)
        raise RuntimeError(f"the server did not reap its child: {self.tail()}")

    def tail(self) -> str:
        self._err.flush()
        return self.log.read_text(errors="replace")[-2000:]

    def stop(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout:
            self.proc.stdout.close()
        self._err.close()


@dataclass
class Ledger:
    """What a home's workers acknowledged, across every round."""

    entries: dict[int, str] = field(default_factory=dict)
    versions: dict[int, int] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
    exhibits: dict[int, str] = field(default_factory=dict)
    people: dict[int, str] = field(default_factory=dict)
    imports: dict[str, bool] = field(default_factory=dict)  # token -> acknowledged
    backups: list[str] = field(default_factory=list)

    def take(self, acks: list[list[str]]) -> None:
        for ack in acks:
            kind, *rest = ack
            if kind == "entry":
                self.entries[int(rest[0])] = rest[1]
            elif kind == "update":
                self.versions[int(rest[0])] = int(rest[1])
            elif kind == "delete":
                self.deleted.add(int(rest[0]))
            elif kind == "exhibit":
                self.exhibits[int(rest[0])] = rest[1]
            elif kind == "person":
                self.people[int(rest[0])] = rest[1]
            elif kind == "import":
                self.imports[rest[0]] = True
            elif kind == "backup":
                self.backups.append(rest[0])

    @property
    def size(self) -> int:
        return (len(self.entries) + len(self.versions) + len(self.deleted) + len(self.exhibits)
                + len(self.people) + sum(self.imports.values()) + len(self.backups))


@dataclass
class Figures:
    kills: int = 0
    acks: int = 0  # acknowledged changes taken from the workers
    checked: int = 0  # acknowledged changes checked present, summed over every check
    imports_absent: int = 0
    imports_whole: int = 0
    reruns: int = 0
    backups_verified: int = 0
    stale_scratch: int = 0  # backup working folders left behind by a kill
    seconds: float = 0.0
    modes: Counter[str] = field(default_factory=Counter)
    timing: Counter[str] = field(default_factory=Counter)  # seconds spent per phase, all lanes
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"kills {self.kills} ({dict(self.modes)}), acknowledged changes {self.acks}, checks of "
                f"acknowledged changes {self.checked}, imports absent {self.imports_absent} / whole "
                f"{self.imports_whole} (re-run {self.reruns}), backups verified {self.backups_verified}, "
                f"stale backup folders {self.stale_scratch}, failures {len(self.failures)}, "
                f"{self.seconds:.1f} s ({', '.join(f'{k} {v:.1f}' for k, v in self.timing.items())})")


def check_home(home: Path, passphrase: str, case_id: int, ledger: Ledger, figures: Figures,
               import_size: int, backup_file: Path | None, rerun: Callable[..., None] | None) -> list[str]:
    """Open the store as an officer would after the crash and check everything acknowledged."""
    problems: list[str] = []
    vault = Vault(home)
    ws = vault.unlock(passphrase)  # no recovery step, no prompt: it just opens
    try:
        report = verify(ws)
        problems += [f"verify: {p}" for p in report.problems]
        entries = _entries(ws, case_id)
        for entry_id, summary in ledger.entries.items():
            got = entries.get(entry_id)
            if got is None or got[0] != summary:
                state = "missing" if got is None else "altered"
                problems.append(f"acknowledged entry {entry_id} ({summary}) is {state}")
        for entry_id, version in ledger.versions.items():
            account = entries[entry_id][1] if entry_id in entries else ""
            have = int(account[1:]) if account.startswith("v") else 0
            if not version <= have <= version + 1:  # the last acknowledged, or the one in flight
                problems.append(f"entry {entry_id}: acknowledged update v{version}, found {account!r}")
        for entry_id in ledger.deleted:
            if entry_id not in entries or not entries[entry_id][2]:
                problems.append(f"entry {entry_id}: acknowledged soft delete is not there")
        exhibits = {x.id: x for x in ws.exhibits.list(case_id, include_deleted=True)}
        for exhibit_id, sha in ledger.exhibits.items():
            if exhibit_id not in exhibits or exhibits[exhibit_id].sha256 != sha:
                problems.append(f"acknowledged exhibit {exhibit_id} is missing or altered")
        people = {p.id: p.name.replace(" ", "_") for p in ws.people.list(case_id)}
        for person_id, name in ledger.people.items():
            if people.get(person_id) != name:
                problems.append(f"acknowledged person {person_id} ({name}) is missing")
        figures.checked += ledger.size
        for token, acked in list(ledger.imports.items()):
            n_entries, n_records = _import_counts(ws, token)
            if (n_entries, n_records) == (import_size, import_size):
                figures.imports_whole += 1
                ledger.imports[token] = True
            elif (n_entries, n_records) == (0, 0) and not acked:
                figures.imports_absent += 1
                if rerun is not None:
                    rerun(ws, case_id, token, import_size)
                    figures.reruns += 1
                    if _import_counts(ws, token) != (import_size, import_size):
                        problems.append(f"import {token} run again: {_import_counts(ws, token)} rows, not one copy")
                    ledger.imports[token] = True
            else:
                problems.append(f"import {token} (acknowledged: {acked}) is partial: "
                                f"{n_entries} entries, {n_records} records of {import_size}")
    finally:
        ws.close()
    if ledger.backups and backup_file is not None:
        try:
            backup_service.verify_file(backup_file, passphrase)  # the previous backup, intact
            figures.backups_verified += 1
        except Exception as exc:
            problems.append(f"the backup file no longer verifies: {type(exc).__name__}: {exc}")
        figures.stale_scratch = sum(1 for p in backup_file.parent.iterdir() if p.name.startswith(".stalkdesk-work-"))
    return problems


def _entries(ws: object, case_id: int) -> dict[int, tuple[str, str, bool]]:
    """Summary, account and deleted flag of every entry of the case, in one narrow query
    (the repository's full Entry objects cost more than the check itself)."""
    db = ws.db  # type: ignore[attr-defined]
    with db.read() as s:
        rows = s.exec(sql_select(EntryRow.id, EntryRow.summary, EntryRow.account, EntryRow.deleted)
                      .where(EntryRow.case_id == case_id)).all()
    return {int(r[0]): (str(r[1]), str(r[2]), bool(r[3])) for r in rows}


def _import_counts(ws: object, token: str) -> tuple[int, int]:
    db = ws.db  # type: ignore[attr-defined]
    with db.read() as s:
        n_entries = s.exec(sql_select(func.count()).where(EntryRow.summary.like(f"{token} item %"))).scalar()
        n_records = s.exec(sql_select(func.count()).where(ContactRecordRow.locator.like(f"{token}:%"))).scalar()
    return int(n_entries or 0), int(n_records or 0)


@dataclass
class Plan:
    """How many kills of each kind, and how long to let each run before the kill."""

    mixed: int
    imports: int
    big_imports: int  # imports of `big_size` entries; the others have `import_size`
    backups: int
    import_size: int = 1_000
    big_size: int = 10_000
    mixed_delay: float = 0.5  # longest run of edits before the kill
    rerun_limit: int = 10**9  # interrupted imports re-run in-process, per lane (each costs the import's time)
    lanes: int = 2  # campaigns run side by side, each with its own worker and stores


def run_campaign(template: Path, work: Path, passphrase: str, plan: Plan, seed: int,
                 progress: Callable[[str], None] | None = None) -> Figures:
    """Kill workers as often as `plan` says; return the figures (failures listed, not raised)."""
    rng = random.Random(seed)
    rounds = (["mixed"] * plan.mixed + ["import"] * plan.imports + ["big"] * plan.big_imports
              + ["backup"] * plan.backups)
    rng.shuffle(rounds)
    started = time.monotonic()
    lanes = [_Lane(template, work / f"lane{i}", passphrase, plan, seed * 100 + i, progress)
             for i in range(plan.lanes)]
    with ThreadPoolExecutor(len(lanes)) as pool:
        done = list(pool.map(lambda lane: lane.run(rounds[lane.index::plan.lanes]), lanes))
    figures = Figures()
    for f in done:
        for name in ("kills", "acks", "checked", "imports_absent", "imports_whole", "reruns",
                     "backups_verified", "stale_scratch"):
            setattr(figures, name, getattr(figures, name) + getattr(f, name))
        figures.modes.update(f.modes)
        figures.timing.update(f.timing)
        figures.failures += f.failures
    figures.seconds = time.monotonic() - started
    return figures


class _Lane:
    """One worker server and its stores: a mixed-edit home and a backup home that live for
    the whole campaign (so acknowledged changes accumulate), and a fresh home per import."""

    def __init__(self, template: Path, work: Path, passphrase: str, plan: Plan, seed: int,
                 progress: Callable[[str], None] | None) -> None:
        self.template, self.work, self.passphrase, self.plan = template, work, passphrase, plan
        self.index = seed % 100
        self.rng = random.Random(seed)
        self.progress = progress
        self.figures = Figures()
        work.mkdir(parents=True, exist_ok=True)

    def new_home(self, name: str) -> tuple[Path, int]:
        home = self.work / name
        shutil.rmtree(home, ignore_errors=True)
        shutil.copytree(self.template, home)
        ws = Vault(home).unlock(self.passphrase)
        try:
            case = ws.cases.create(Case(urn=f"01KT{self.rng.randrange(10**7):07d}", operation="Op Crash"))
        finally:
            ws.close()
        assert case.id is not None
        return home, case.id

    def run(self, rounds: list[str]) -> Figures:
        worker = load_worker()
        # The first import and the first backup calibrate the kill times of the others.
        rest = list(rounds)
        calibration = [rest.pop(rest.index(kind)) for kind in ("import", "backup") if kind in rest]
        rounds = calibration + self.rng.sample(rest, len(rest))
        figures, plan = self.figures, self.plan
        clock = time.monotonic()

        def lap(phase: str) -> None:
            nonlocal clock
            now = time.monotonic()
            figures.timing[phase] += now - clock
            clock = now

        server = WorkerServer(self.passphrase, self.work / "worker.log", self.template)
        lap("start")
        try:
            homes = {"mixed": self.new_home("mixed"), "backup": self.new_home("backup")}
            ledgers = {"mixed": Ledger(), "backup": Ledger()}
            backup_file = self.work / "backups" / "store.sdbackup"
            backup_file.parent.mkdir(exist_ok=True)
            # How long an import and a backup take here, measured by letting the first of
            # each run to completion (then killing it just after): kill times are then drawn
            # over that span, so some kills land before, most during, some after, on a fast
            # machine or a loaded one alike.
            took: dict[str, float] = {}
            for n, kind in enumerate(rounds):
                token = f"K{self.index}x{n}"
                size = plan.big_size if kind == "big" else plan.import_size
                if kind in ("import", "big"):
                    home, case_id = self.new_home("import")
                    ledger = Ledger(imports={token: False})
                else:
                    (home, case_id), ledger = homes[kind], ledgers[kind]
                lap("homes")
                job: dict[str, object] = {
                    "mode": "import" if kind == "big" else kind, "home": str(home), "case_id": case_id,
                    "seed": self.rng.randrange(2**32), "token": token, "import_size": size,
                    "backup": str(backup_file)}
                ack_kind = {"import": "import", "big": "import", "backup": "backup"}.get(kind)
                after, delay = None, self.rng.uniform(0.0, plan.mixed_delay)
                if kind in ("import", "backup") and kind not in took:
                    after, delay = ack_kind, self.rng.uniform(0.0, 0.2)
                elif kind == "big":  # always mid-import: the point is a large one cut short
                    scale = took.get("import", 0.5) * plan.big_size / plan.import_size
                    delay = self.rng.uniform(0.3, 0.9) * scale
                elif ack_kind is not None:
                    delay = self.rng.uniform(0.0, 1.25 * took[kind])
                try:
                    acks, first = server.round(job, delay, after)
                    if ack_kind in first:
                        took.setdefault(kind, first[ack_kind])
                except RuntimeError as exc:
                    figures.failures.append(f"lane {self.index} kill {n} ({kind}): {exc}")
                    break
                lap("rounds")
                figures.kills += 1
                figures.modes[kind] += 1
                figures.acks += len(acks)
                ledger.take(acks)
                rerun = worker.import_batch if figures.reruns < plan.rerun_limit else None  # type: ignore[attr-defined]
                try:
                    problems = check_home(home, self.passphrase, case_id, ledger, figures, size,
                                          backup_file if kind == "backup" else None, rerun)
                except Exception as exc:
                    problems = [f"{type(exc).__name__}: {exc}"]
                figures.failures += [f"lane {self.index} kill {n} ({kind}, {len(acks)} acks): {p}"
                                     for p in problems]
                lap("checks")
                if self.progress and (n + 1) % 25 == 0:
                    self.progress(f"lane {self.index}: {n + 1} kills, {len(figures.failures)} failures")
        finally:
            server.stop()
        return figures
