"""A StalkDesk process that exists to be killed (tests/trust/test_kill.py, scripts/soak.py).

    crashy_worker.py serve [HOME]  a fork server: imports StalkDesk once (and warms up on a
                                 copy of HOME), then reads one JSON job per line on stdin
                                 and forks a child to run it
    crashy_worker.py run JOB     run one job (JSON) in this process, until killed

A job is {"mode": "mixed" | "import" | "backup", "home": folder, "case_id": int,
"seed": int, "token": str, "import_size": int, "backup": file}. The store is opened
with the passphrase in STALKDESK_PASSPHRASE; its key file carries its own (fast, in
tests) Argon2 cost. STALKDESK_HOME is the default home.

The child prints "started PID", then one "ack ..." line for each change, written and
flushed only after the commit has returned: what the parent reads is exactly what was
acknowledged when it sends SIGKILL. A job never ends on its own (after an import or
between backups it carries on with edits), so the parent always kills a live process.
Under the server, the child is reaped only when the parent writes "reap": until then its
process id cannot be reused, so killing it by id is always safe.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import signal
import sys
import traceback
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from stalkdesk.domain.records import ContactRecord, Entry, Exhibit, Person
from stalkdesk.domain.vocab import Behaviour, Channel, Role
from stalkdesk.domain.when import Precision, When
from stalkdesk.services import backup as backup_service
from stalkdesk.services import intake
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace

START = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)


def entry(n: int, summary: str) -> Entry:
    return Entry(when=When(START + timedelta(minutes=n), Precision.MINUTE), summary=summary,
                 behaviours=(Behaviour.CONTACTING,), channel=Channel.SMS)


def import_batch(ws: Workspace, case_id: int, token: str, size: int) -> None:
    """An import as the importers do it: one transaction holding the source exhibit,
    `size` chronology entries and `size` contact records, all marked with `token`."""
    with ws.transaction():
        source = ws.exhibits.add(
            case_id, Exhibit(reference=f"IMP/{token}", description=f"Import source {token}",
                             original_filename=f"{token}.txt"),
            io.BytesIO(f"import source {token}\n".encode() * 100))
        assert source.id is not None
        added = ws.entries.add_many(case_id, [entry(i, f"{token} item {i}") for i in range(size)],
                                    summary=f"Imported {token}")
        ws.records.add_many(case_id, source.id, [
            ContactRecord(kind="message", at=START + timedelta(minutes=i), identity="+447700900001",
                          direction="incoming", channel=Channel.SMS, body=f"{token} message {i}",
                          locator=f"{token}:{i}", seq=i + 1, entry_id=added[i].id)
            for i in range(size)])


class Worker:
    def __init__(self, job: dict[str, object], out: TextIO) -> None:
        self.job = job
        self.out = out
        self.rng = random.Random(int(str(job.get("seed", 0))))
        self.token = str(job.get("token", "T"))
        self.case_id = int(str(job["case_id"]))
        self.mine: list[int] = []  # entries added by this run and not deleted
        self.versions: dict[int, int] = {}
        self.n = 0

    def ack(self, *words: object) -> None:
        self.out.write("ack " + " ".join(str(w) for w in words) + "\n")
        self.out.flush()

    def run(self) -> None:
        home = Path(str(self.job.get("home") or os.environ["STALKDESK_HOME"]))
        vault = Vault(home)
        ws = vault.unlock(os.environ["STALKDESK_PASSPHRASE"])
        mode = self.job["mode"]
        if mode == "import":
            import_batch(ws, self.case_id, self.token, int(str(self.job.get("import_size", 10_000))))
            self.ack("import", self.token)
        while True:
            if mode == "backup":
                for _ in range(3):
                    self.edit(ws)
                target = Path(str(self.job["backup"]))
                info = backup_service.backup(vault, ws, target)
                self.ack("backup", info.sha256)
            else:
                self.edit(ws)

    def edit(self, ws: Workspace) -> None:
        """One acknowledged change, chosen at random: add, add several, update, soft
        delete, an exhibit or a person."""
        self.n += 1
        tag = f"{self.token}-{self.n}"
        op = self.rng.choices(("add", "batch", "update", "delete", "exhibit", "person"), (4, 1, 3, 1, 1, 1))[0]
        if op in ("update", "delete") and not self.mine:
            op = "add"
        if op == "add":
            e = ws.entries.add(self.case_id, entry(self.n, tag))
            assert e.id is not None
            self.mine.append(e.id)
            self.ack("entry", e.id, tag)
        elif op == "batch":
            added = ws.entries.add_many(self.case_id, [entry(self.n, f"{tag}.{i}") for i in range(5)])
            for e in added:
                assert e.id is not None
                self.mine.append(e.id)
                self.ack("entry", e.id, e.summary)
        elif op == "update":
            entry_id = self.rng.choice(self.mine)
            version = self.versions.get(entry_id, 0) + 1
            ws.entries.update(replace(ws.entries.get(entry_id), account=f"v{version}"))
            self.versions[entry_id] = version
            self.ack("update", entry_id, version)
        elif op == "delete":
            entry_id = self.mine.pop(self.rng.randrange(len(self.mine)))
            ws.entries.set_deleted([entry_id], True)
            self.ack("delete", entry_id)
        elif op == "exhibit":
            data = b"BIN\x00" + self.rng.randbytes(self.rng.randint(1, 48 * 1024))
            ex = intake.add_exhibit_bytes(ws, self.case_id, f"{tag}.bin", data)
            self.ack("exhibit", ex.id, hashlib.sha256(data).hexdigest())
        else:
            p = ws.people.add(self.case_id, Person(role=Role.WITNESS, name=f"Witness {tag}"))
            self.ack("person", p.id, p.name.replace(" ", "_"))


def run_job(job: dict[str, object], out: TextIO) -> None:
    out.write(f"started {os.getpid()}\n")
    out.flush()
    try:
        Worker(job, out).run()
    except BaseException:
        # Say so, then wait to be killed like every other child: the parent reaps us.
        out.write("error " + traceback.format_exc().replace("\n", " | ") + "\n")
        out.flush()
        while True:
            signal.pause()


def warm_up(template: Path) -> None:
    """Do every kind of job once on a copy of `template`, so that each forked child starts
    as warm as a running app (schema scripts read, SQL compiled) instead of paying that
    first-use cost inside the window where it is meant to be killed."""
    import shutil
    import tempfile

    from stalkdesk.domain.records import Case

    folder = Path(tempfile.mkdtemp(prefix="stalkdesk-warm-"))
    try:
        shutil.copytree(template, folder / "home")
        vault = Vault(folder / "home")
        ws = vault.unlock(os.environ["STALKDESK_PASSPHRASE"])
        case = ws.cases.create(Case(urn="01WU0000001"))
        assert case.id is not None
        worker = Worker({"case_id": case.id, "token": "W"}, io.StringIO())
        for _ in range(15):
            worker.edit(ws)
        import_batch(ws, case.id, "W", 10)
        backup_service.backup(vault, ws, folder / "warm.sdbackup")
        ws.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def serve(template: Path | None) -> None:
    if template is not None:
        warm_up(template)
    print("ready", flush=True)
    while line := sys.stdin.readline():
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                run_job(job, sys.stdout)
            finally:
                os._exit(1)  # never back into the server loop
        if sys.stdin.readline().strip() != "reap":
            os.kill(pid, signal.SIGKILL)  # the parent went away: take the child with us
        _, status = os.waitpid(pid, 0)
        print(f"exit {pid} {status}", flush=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["serve"] and len(argv) <= 2:
        serve(Path(argv[1]) if len(argv) == 2 else None)
        return 0
    if argv[:1] == ["run"] and len(argv) == 2:
        run_job(json.loads(argv[1]), sys.stdout)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
