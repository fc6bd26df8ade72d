"""Hostile input for the store's own parsers: the key file, a backup file, the database
file and its WAL. Each target takes bytes and must either accept them or raise a
StoreError whose message says what is wrong; anything else is a failure.

Used by tests/trust/test_hostile.py (hypothesis, in `make test`) and by scripts/soak.py
(a longer mutation loop that starts from valid files and damages them)."""

from __future__ import annotations

import random
import shutil
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from stalkdesk.errors import StoreError
from stalkdesk.services.vault import Vault
from stalkdesk.store import backup, keyfile
from stalkdesk.store.database import Database
from tests import factories
from tests.conftest import FAST_KDF, OFFICER, PASSPHRASE


class Seeds:
    """Valid files to start mutating from, made once in a scratch folder. (A plain class:
    hypothesis prints dataclass fields in full, megabytes of them.)"""

    def __init__(self, folder: Path, keys: bytes, backup: bytes, database: bytes, wal: bytes,
                 key: bytearray) -> None:
        self.folder, self.keys, self.backup, self.database, self.wal, self.key = (
            folder, keys, backup, database, wal, key)

    def __repr__(self) -> str:  # hypothesis prints its arguments; the bytes are not worth reading
        return f"Seeds({self.folder})"


def make_seeds(folder: Path) -> Seeds:
    home = folder / "seed-home"
    saved, Vault.kdf = Vault.kdf, FAST_KDF
    try:
        ws, _ = Vault(home).create(PASSPHRASE, OFFICER)
    finally:
        Vault.kdf = saved
    case = ws.cases.create(factories.case())
    ws.entries.add_many(case.id or 0, [factories.entry(i) for i in range(20)])
    backup.make_backup(ws.db, home / "stalkdesk.keys", folder / "seed.sdbackup")
    ws.entries.add(case.id or 0, factories.entry(99, summary="only in the WAL"))
    wal = (home / "stalkdesk.db-wal").read_bytes()
    key = bytearray(ws.db._key)
    ws.close()
    return Seeds(folder, (home / "stalkdesk.keys").read_bytes(), (folder / "seed.sdbackup").read_bytes(),
                 (home / "stalkdesk.db").read_bytes(), wal, key)


# The targets.


def keyfile_text(seeds: Seeds, data: bytes) -> None:
    keyfile.KeyFile.from_json(data.decode("utf-8", "replace"), seeds.folder / "stalkdesk.keys")


def keyfile_file(seeds: Seeds, data: bytes) -> None:
    path = seeds.folder / "fuzz.keys"
    path.write_bytes(data)
    keyfile.read(path)


def backup_manifest(seeds: Seeds, data: bytes) -> None:
    path = seeds.folder / "fuzz.sdbackup"
    path.write_bytes(data)
    backup.read_manifest(path)


def backup_verify(seeds: Seeds, data: bytes) -> None:
    path = seeds.folder / "fuzz.sdbackup"
    path.write_bytes(data)
    backup.verify_with_passphrase(path, PASSPHRASE)


def database_file(seeds: Seeds, data: bytes) -> None:
    _open_and_read(seeds, data, None)


def wal_file(seeds: Seeds, data: bytes) -> None:
    _open_and_read(seeds, seeds.database, data)


def _open_and_read(seeds: Seeds, database: bytes, wal: bytes | None) -> None:
    folder = seeds.folder / "fuzz-db"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / "stalkdesk.db").write_bytes(database)
    if wal is not None:
        (folder / "stalkdesk.db-wal").write_bytes(wal)
    db = Database(folder / "stalkdesk.db", bytearray(seeds.key))
    try:
        from stalkdesk.services.workspace import Workspace

        ws = Workspace(db)
        for summary in ws.cases.list():
            ws.entries.list(summary.case.id or 0)
    finally:
        db.close()


TARGETS: dict[str, tuple[Callable[[Seeds, bytes], None], Callable[[Seeds], bytes]]] = {
    "key file (text)": (keyfile_text, lambda s: s.keys),
    "key file (file)": (keyfile_file, lambda s: s.keys),
    "backup manifest": (backup_manifest, lambda s: s.backup),
    "backup verify": (backup_verify, lambda s: s.backup),
    "database file": (database_file, lambda s: s.database),
    "database WAL": (wal_file, lambda s: s.wal),
}


# Mutation (for the soak loop).

INTERESTING = [b"[" * 2000, b"1e999", b"NaN", b"-1", b"18446744073709551616", b"\x00" * 64, b"\xff" * 64,
               b'{"format": "stalkdesk-keys/1"}', b"null", b"PK\x03\x04"]


def mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 1, 2, 4, 16))):
        if not out:
            out += rng.randbytes(rng.randint(1, 64))
            continue
        at = rng.randrange(len(out))
        op = rng.randrange(7)
        if op == 0:
            out[at] ^= 1 << rng.randrange(8)
        elif op == 1:
            out[at] = rng.randrange(256)
        elif op == 2:
            del out[at:]
        elif op == 3:
            out[at:at + rng.randint(1, 4096)] = bytes(rng.randint(1, 4096))
        elif op == 4:
            out[at:at] = rng.choice(INTERESTING)
        elif op == 5:
            span = rng.randint(1, 256)
            out[at:at] = out[at:at + span]
        else:
            del out[at:at + rng.randint(1, 256)]
    return bytes(out)


@dataclass
class FuzzFigures:
    tried: dict[str, int] = field(default_factory=dict)
    accepted: dict[str, int] = field(default_factory=dict)
    failures: dict[str, list[str]] = field(default_factory=dict)  # signature -> examples (first few)

    @property
    def failure_count(self) -> int:
        return sum(len(v) for v in self.failures.values())


def signature(target: str, exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/stalkdesk/" in f.filename]
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return f"{target}: {type(exc).__name__} at {where}"


def run_one(seeds: Seeds, target: str, data: bytes, figures: FuzzFigures) -> None:
    run, _ = TARGETS[target]
    figures.tried[target] = figures.tried.get(target, 0) + 1
    try:
        run(seeds, data)
    except StoreError as exc:
        if not str(exc).strip():
            figures.failures.setdefault(f"{target}: StoreError without a message", []).append(data[:64].hex())
        return
    except Exception as exc:
        figures.failures.setdefault(signature(target, exc), []).append(f"{type(exc).__name__}: {exc}"[:200])
        return
    figures.accepted[target] = figures.accepted.get(target, 0) + 1


def campaign(iterations: int, seed: int, folder: Path | None = None) -> FuzzFigures:
    """Mutate each target's valid file `iterations` times in all."""
    rng = random.Random(seed)
    figures = FuzzFigures()
    work = Path(tempfile.mkdtemp(prefix="stalkdesk-fuzz-", dir=folder))
    try:
        seeds = make_seeds(work)
        names = list(TARGETS)
        for i in range(iterations):
            target = names[i % len(names)]
            start = TARGETS[target][1](seeds)
            data = mutate(rng, start) if rng.random() < 0.95 else rng.randbytes(rng.randint(0, 2048))
            run_one(seeds, target, data, figures)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures
