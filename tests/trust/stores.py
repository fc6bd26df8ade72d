"""Stores with something in them, what they should read back as, and ways to damage them."""

from __future__ import annotations

import hashlib
import io
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from stalkdesk.domain.records import ContactRecord, Exhibit
from stalkdesk.errors import StoreDamaged, StoreError
from stalkdesk.services.vault import Vault
from stalkdesk.services.verify import verify
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.conftest import PASSPHRASE

PAGE = 4096  # SQLCipher 4's default page size (the WAL's frames are this plus 24 bytes)
WAL_FRAME = 24 + PAGE


def files(home: Path) -> dict[str, str]:
    """SHA-256 of every file in the folder: to show a refused open changed nothing."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(home.iterdir()) if p.is_file()}


def fill(ws: Workspace, entries: int = 300, evidence: int = 300_000, seed: int = 1) -> int:
    """A case with people, long entries, contact records and two exhibits; its id."""
    rng = random.Random(seed)
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.victim())
    ws.people.add(case.id, factories.suspect())
    added = ws.entries.add_many(case.id, [factories.entry(i, summary=f"Fictional event {i} " + "x" * 400)
                                          for i in range(entries)])
    big = ws.exhibits.add(case.id, Exhibit(reference="AF/1", description="Phone download", original_filename="dl.bin"),
                          io.BytesIO(rng.randbytes(evidence)))
    ws.exhibits.add(case.id, Exhibit(reference="AF/2", description="Note", original_filename="note.txt"),
                    io.BytesIO(b"A short note\n" * 50))
    assert big.id is not None
    ws.records.add_many(case.id, big.id, [
        ContactRecord(kind="message", at=datetime(2024, 3, 1, tzinfo=UTC) + timedelta(minutes=i),
                      identity="+447700900002", body=f"message {i}", seq=i + 1, entry_id=added[i % entries].id)
        for i in range(200)])
    return case.id


def snapshot(ws: Workspace, case_id: int) -> dict[str, Any]:
    """Everything an officer would be shown, as plain values."""
    return {name: read(ws, case_id) for name, read in READS.items()}


READS: dict[str, Callable[[Workspace, int], Any]] = {
    "cases": lambda ws, c: sorted(s.case.urn for s in ws.cases.list()),
    "entries": lambda ws, c: {e.id: e.summary for e in ws.entries.list(c, include_deleted=True)},
    "people": lambda ws, c: sorted(p.name for p in ws.people.list(c)),
    "exhibits": lambda ws, c: {x.reference: hashlib.sha256(ws.exhibits.read_original(x.id or 0)).hexdigest()
                               for x in ws.exhibits.list(c)},
    "records": lambda ws, c: [r.body for x in ws.exhibits.list(c)[:1]
                              for r in ws.records.for_source(x.id or 0, limit=10_000)],
    "audit": lambda ws, c: [e.hash for e in ws.audit.events()],
}


@dataclass
class Outcome:
    """What an officer would see after damage: refused (and why), or what read back."""

    refused_at_open: str | None = None
    reads: dict[str, str] | None = None  # read -> "ok" | "damaged: message"
    verify: str = ""  # "ok" | "problems: ..." | "damaged: message"

    @property
    def noticed(self) -> bool:
        return bool(self.refused_at_open) or self.verify != "ok" or any(
            v != "ok" for v in (self.reads or {}).values())


def probe(home: Path, case_id: int, expected: dict[str, Any]) -> Outcome:
    """Open a damaged store as an officer would. Every read must either fail with
    StoreDamaged or return exactly what was there before: never partial data as complete,
    never another exception. Raises AssertionError if it does anything else."""
    try:
        ws = Vault(home).unlock(PASSPHRASE)
    except StoreError as exc:
        assert_actionable(exc)
        return Outcome(refused_at_open=f"{type(exc).__name__}: {exc}")
    outcome = Outcome(reads={})
    try:
        for name, read in READS.items():
            try:
                got = read(ws, case_id)
            except StoreDamaged as exc:
                assert_actionable(exc)
                outcome.reads[name] = f"damaged: {exc}"  # type: ignore[index]
            else:
                assert got == expected[name], f"{name} read back different data without an error"
                outcome.reads[name] = "ok"  # type: ignore[index]
        try:
            report = verify(ws)
            outcome.verify = "ok" if report.ok else "problems: " + "; ".join(report.problems)
        except StoreDamaged as exc:
            assert_actionable(exc)
            outcome.verify = f"damaged: {exc}"
    finally:
        ws.close()
    return outcome


def assert_actionable(exc: StoreError) -> None:
    """A store error must tell the officer what to do, not only what went wrong."""
    text = str(exc)
    assert text.endswith(".") and len(text) > 40, text
    if isinstance(exc, StoreDamaged):
        assert "backup" in text, f"damage reported without offering a restore: {text}"


# Ways to damage a file.


def flip(path: Path, offset: int, mask: int = 0x10) -> None:
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= mask
    path.write_bytes(bytes(data))


def zero(path: Path, offset: int, length: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset:offset + length] = bytes(len(data[offset:offset + length]))
    path.write_bytes(bytes(data))


def truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(size)


def copy_home(source: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    return target
