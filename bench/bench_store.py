"""Store figures: unlocking, a large chronology, what SQLCipher costs, streaming an exhibit.

Every record is fictional and every store lives in the harness's temporary folder, removed
after each benchmark. The "bare" baselines insert the same precomputed rows into a table
made with the store's own DDL (read from a real store's sqlite_master), on connections set
with the store's own PRAGMAS, so only the layer being measured differs.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import random
import shutil
import sqlite3
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlcipher3 import dbapi2 as sqlcipher

from bench.harness import MB, Context, Workload, benchmark, interleave, measure, ratio_of, report, say
from stalkdesk.domain.records import Case, Entry, Exhibit, Officer
from stalkdesk.domain.vocab import Behaviour, Channel, ExhibitKind, Source
from stalkdesk.domain.when import Precision, When
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from stalkdesk.store import keyfile
from stalkdesk.store.database import Database
from stalkdesk.store.home import StoreHome
from stalkdesk.store.keyfile import DEFAULT_KDF, KdfParams
from stalkdesk.store.repos.content import CHUNK_SIZE
from stalkdesk.store.sqlite import PRAGMAS

PASSPHRASE = "fictional benchmark passphrase"
OFFICER = Officer(name="Alex Fictional", initials="AF", rank="DC", warrant_number="0000",
                  force="Fictional Constabulary", unit="Stalking Unit")
# Stores whose unlocking is not what is measured use a token KDF, as the tests do.
FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
CIPHER_GOAL = "<= 1.3"  # SQLCipher / plain SQLite on the same workload
# The page cache the store's connections get (SQLCipher's build default); the bare stdlib
# connections are given the same, or a scan or lookup would compare cache sizes.
_probe = sqlcipher.connect(":memory:")
STORE_CACHE_SIZE = int(_probe.execute("PRAGMA cache_size").fetchone()[0])
_probe.close()


def new_store(folder: Path, kdf: KdfParams = FAST_KDF) -> tuple[Workspace, int]:
    """A new store with one fictional case; returns it open, and the case id."""
    vault = Vault(folder)
    vault.kdf = kdf
    ws, _recovery = vault.create(PASSPHRASE, OFFICER)
    case = ws.cases.create(Case(urn="01ZZ0000001", operation="Op Benchmark (fictional)"))
    assert case.id is not None
    return ws, case.id


def remove_db(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)


# A fictional chronology.

_SUMMARIES = (
    "Text message received from withheld number", "Seen waiting outside the workplace",
    "Voicemail left on the victim's phone", "Flowers delivered to the home address",
    "Comment posted under the victim's photo", "Followed from the station to the bus stop",
    "Email sent to the victim's employer", "Car seen parked opposite the house overnight",
    "Friend contacted asking where the victim lives now", "Parcel left on the doorstep",
)
_PLACES = (
    "Fictional Street, Exampletown ZZ99 9ZZ", "Sample Road car park, Exampletown",
    "Outside 1 Imaginary Close, Exampletown", "Exampletown railway station", "Online", "",
)
_WORD_TEXT = (
    "she he said the message again later evening morning phone called asked where why "
    "waiting outside house car street saw felt scared told friend police work door window "
    "night left returned account profile photo comment sent received number unknown blocked "
    "new followed walked bus station parcel flowers card note ring doorbell screenshot"
)
_WORDS = _WORD_TEXT.split()


def fictional_entries(n: int, seed: int = 7) -> list[Entry]:
    """n realistic entries, roughly chronological, with an account of 20-60 words each."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 1, 8, 0, tzinfo=UTC)
    behaviours, channels = list(Behaviour), list(Channel)
    entries = []
    for i in range(n):
        at = start + timedelta(minutes=7 * i + rng.randrange(5))
        words = rng.choices(_WORDS, k=rng.randint(20, 60))
        entries.append(Entry(
            when=When(at, Precision.MINUTE),
            summary=rng.choice(_SUMMARIES),
            behaviours=tuple(rng.sample(behaviours, rng.randint(1, 2))),
            channel=rng.choice(channels),
            account=" ".join(words).capitalize() + ".",
            location=rng.choice(_PLACES),
            source=Source.PHONE_DOWNLOAD if i % 3 else Source.VICTIM_ACCOUNT,
            source_reference=f"MSG-{i:06d}",
            reported_at=at + timedelta(days=rng.randint(0, 20)),
        ))
    return entries


COLUMNS = ("case_id", "item_number", "start_utc", "end_utc", "precision", "zone", "approx_text",
           "reported_at", "behaviours", "channel", "summary", "account", "location", "source",
           "source_reference", "evidential_status", "disclosure", "prov_exhibit_id", "prov_locator",
           "prov_importer", "deleted", "created_at", "updated_at")
INSERT = f"INSERT INTO entry ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
SCAN = "SELECT * FROM entry WHERE case_id = 1 AND deleted = 0 ORDER BY start_utc, item_number"
LOOKUP = "SELECT * FROM entry WHERE id = ?"


def _sql_time(dt: datetime | None) -> str | None:
    # As SQLAlchemy's SQLite dialect writes a DateTime (our datetimes are all UTC).
    return None if dt is None else dt.strftime("%Y-%m-%d %H:%M:%S.%f")


def bare_rows(entries: Sequence[Entry], case_id: int) -> list[tuple[Any, ...]]:
    """The values the store writes for these entries, in COLUMNS order."""
    now = _sql_time(datetime.now(UTC))
    return [
        (case_id, n, _sql_time(e.when.start), _sql_time(e.when.end), e.when.precision.value, e.when.zone,
         e.when.approx_text, _sql_time(e.reported_at), ",".join(b.value for b in e.behaviours),
         e.channel.value if e.channel else None, e.summary, e.account, e.location, e.source.value,
         e.source_reference, e.evidential_status.value, e.disclosure.value, None, "", "", 0, now, now)
        for n, e in enumerate(entries, 1)
    ]


@dataclass(frozen=True)
class Schema:
    table: list[str]  # stub parent tables, then the entry table and its index as the store has them
    fts: list[str]  # the store's full-text index over entries, and its insert trigger


def store_schema(folder: Path) -> Schema:
    home = StoreHome(folder)
    key = keyfile.unwrap_with_passphrase(keyfile.read(home.keys_path), PASSPHRASE)
    con = Target("store", sqlcipher, bytes(key)).connect(home.db_path)
    try:
        rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    finally:
        con.close()
    sql = {name: text for _, name, _, text in rows}
    # Every index the store keeps on entries (their names change with migrations).
    indexes = [text for kind, _, table, text in rows if kind == "index" and table == "entry"]
    # Parents for the entry table's foreign keys, which foreign_keys=ON checks on every insert.
    parents = ["CREATE TABLE case_file (id INTEGER PRIMARY KEY)",
               "CREATE TABLE exhibit (id INTEGER PRIMARY KEY)",
               "INSERT INTO case_file (id) VALUES (1)"]
    return Schema([*parents, sql["entry"], *indexes], [sql["entry_fts"], sql["entry_fts_ai"]])


@dataclass(frozen=True)
class Target:
    """A database library and key: stdlib sqlite3, or sqlcipher3 with a raw key or none."""

    label: str
    module: Any
    key: bytes | None = None

    def connect(self, path: Path) -> Any:
        con = self.module.connect(str(path), isolation_level=None)
        if self.key is not None:
            con.execute(f"PRAGMA key = \"x'{self.key.hex()}'\"")
        con.execute(f"PRAGMA cache_size = {STORE_CACHE_SIZE}")
        for name, value, expected in PRAGMAS:  # the store's own settings, checked likewise
            con.execute(f"PRAGMA {name} = {value}")
            got = str(con.execute(f"PRAGMA {name}").fetchone()[0]).lower()
            if got != expected:
                raise RuntimeError(f"{self.label}: {name} is {got!r}, not {expected!r}")
        return con


PLAIN = Target("stdlib sqlite3", sqlite3)
UNKEYED = Target("SQLCipher library, no key", sqlcipher)
_serial = itertools.count()


def new_bare(folder: Path, target: Target, schema: list[str]) -> tuple[Path, Any]:
    path = folder / f"bare-{next(_serial)}.db"
    con = target.connect(path)
    for statement in schema:
        con.execute(statement)
    return path, con


def insert_all(con: Any, rows: list[tuple[Any, ...]]) -> None:
    con.execute("BEGIN")
    con.executemany(INSERT, rows)
    con.execute("COMMIT")


def bare_insert(folder: Path, target: Target, schema: list[str], rows: list[tuple[Any, ...]]) -> Workload:
    """executemany of all rows in one transaction into a new file; the file is made untimed."""

    def setup() -> tuple[Path, Any]:
        return new_bare(folder, target, schema)

    def insert(state: tuple[Path, Any]) -> None:
        insert_all(state[1], rows)

    def teardown(state: tuple[Path, Any]) -> None:
        state[1].close()
        remove_db(state[0])

    return Workload(insert, setup, teardown)


def store_insert(template: Path, folder: Path, case_id: int, entries: list[Entry], batch: int) -> Workload:
    """Workspace.entries.add_many in batches, into a fresh copy of an empty store."""

    def setup() -> tuple[Path, Workspace]:
        home = folder / f"store-{next(_serial)}"
        shutil.copytree(template, home)
        return home, Vault(home).unlock(PASSPHRASE)

    def insert(state: tuple[Path, Workspace]) -> None:
        ws = state[1]
        for i in range(0, len(entries), batch):
            ws.entries.add_many(case_id, entries[i : i + batch])

    def teardown(state: tuple[Path, Workspace]) -> None:
        state[1].close()
        shutil.rmtree(state[0])

    return Workload(insert, setup, teardown)


def _rate(n: float, seconds: float, unit: str) -> str:
    return f"{n / seconds:,.0f} {unit}/s"


@benchmark("store.unlock")
def unlock(ctx: Context) -> None:
    """The real default KDF: the key derivation alone, opening with the key, and both."""
    folder = ctx.tempdir("unlock") / "home"
    ws, _ = new_store(folder, DEFAULT_KDF)
    ws.close()
    home = StoreHome(folder)
    kf = keyfile.read(home.keys_path)
    key = keyfile.unwrap_with_passphrase(kf, PASSPHRASE)

    def open_with_key(state: dict[str, Any]) -> None:
        state["ws"] = Workspace(Database(home.db_path, state["key"]))

    def open_with_passphrase(state: dict[str, Any]) -> None:
        state["ws"] = Vault(folder).unlock(PASSPHRASE)

    def close(state: dict[str, Any]) -> None:
        state["ws"].close()

    res = interleave({
        "kdf": lambda: keyfile.unwrap_with_passphrase(kf, PASSPHRASE),
        "open": Workload(open_with_key, lambda: {"key": bytearray(key)}, close),
        "total": Workload(open_with_passphrase, dict, close),
    }, ctx.repeat, track_memory=True)
    cost = f"Argon2id t={kf.kdf.time_cost}, {kf.kdf.memory_kib // 1024} MiB, p={kf.kdf.parallelism}"
    report("KDF alone: unwrap with passphrase", res["kdf"], note=cost)
    report("open with the data key (no KDF)", res["open"], note="engine, first connection, schema check")
    report("open+unlock (default Argon2id)", res["total"], goal=1.0, note="Vault.unlock")
    report("open+unlock peak RSS growth", res["total"].rss_mb(), note="Argon2id memory is by design")
    kdf, opening, total = res["kdf"].median, res["open"].median, res["total"].median
    say(f"split: KDF {kdf:.3f} s + open {opening:.3f} s = {kdf + opening:.3f} s "
        f"(measured together: {total:.3f} s); the KDF is {kdf / (kdf + opening):.0%} of it and "
        f"uses {statistics.median(res['kdf'].cpu):.2f} s of CPU over {kf.kdf.parallelism} lanes")


@benchmark("store.insert")
def insert(ctx: Context) -> None:
    """A 100,000-entry chronology through the store vs a bare executemany of the same rows."""
    n, batch = ctx.size(100_000, 10_000), ctx.size(10_000, 2_000)
    tmp = ctx.tempdir("insert")
    ws, case_id = new_store(tmp / "template")
    ws.close()
    schema = store_schema(tmp / "template")
    entries = fictional_entries(n)
    rows = bare_rows(entries, case_id)
    res = interleave({
        "store": store_insert(tmp / "template", tmp, case_id, entries, batch),
        "plain": bare_insert(tmp, PLAIN, schema.table, rows),
        "cipher_fts": bare_insert(tmp, Target("SQLCipher", sqlcipher, os.urandom(32)),
                                  schema.table + schema.fts, rows),
    }, ctx.repeat)
    store, plain, cipher_fts = res["store"], res["plain"], res["cipher_fts"]
    report(f"store: add_many {n:,} entries, {batch:,}/batch", store, note=_rate(n, store.median, "rows"))
    report(f"bare sqlite3 executemany {n:,} rows", plain, note=_rate(n, plain.median, "rows"))
    report("store / bare sqlite3", ratio_of(store, plain))
    report("bare SQLCipher + FTS5 trigger, same rows", cipher_fts, note=_rate(n, cipher_fts.median, "rows"))
    report("store / bare SQLCipher + FTS5", ratio_of(store, cipher_fts))
    say("The last ratio is the cost above the database itself (same encryption, same index and "
        "full-text trigger): Python objects, SQLAlchemy, RETURNING ids, the audit row.")


@benchmark("store.cipher")
def cipher(ctx: Context) -> None:
    """SQLCipher vs plain SQLite: the same bare inserts, a full ordered scan, point lookups."""
    n = ctx.size(100_000, 10_000)
    tmp = ctx.tempdir("cipher")
    ws, case_id = new_store(tmp / "template")
    ws.close()
    schema = store_schema(tmp / "template").table
    rows = bare_rows(fictional_entries(n), case_id)
    targets = {"cipher": Target("SQLCipher, raw key", sqlcipher, os.urandom(32)),
               "plain": PLAIN, "unkeyed": UNKEYED}
    res = interleave({k: bare_insert(tmp, t, schema, rows) for k, t in targets.items()}, ctx.repeat)
    report(f"insert {n:,}: SQLCipher (raw key)", res["cipher"])
    report(f"insert {n:,}: stdlib sqlite3", res["plain"])
    report(f"insert {n:,}: SQLCipher library, no key", res["unkeyed"])
    report("insert: SQLCipher / sqlite3", ratio_of(res["cipher"], res["plain"]), goal=CIPHER_GOAL)
    report("insert: SQLCipher / unkeyed", ratio_of(res["cipher"], res["unkeyed"]), goal=CIPHER_GOAL)

    # Reads: one database per target, filled once; each run opens a fresh connection so
    # that SQLite's page cache starts empty (the files stay in the OS cache: no disk reads).
    paths = {}
    for k, t in targets.items():
        paths[k], con = new_bare(tmp, t, schema)
        insert_all(con, rows)
        con.close()
    ids = random.Random(3).sample(range(1, n + 1), 1000)

    def reader(k: str, work: Any) -> Workload:
        return Workload(work, lambda: targets[k].connect(paths[k]), lambda con: con.close())

    def scan(con: Any) -> None:
        assert len(con.execute(SCAN).fetchall()) == n

    def lookups(con: Any) -> None:
        for i in ids:
            con.execute(LOOKUP, (i,)).fetchone()

    def warm_reader(k: str) -> Workload:
        def setup() -> Any:
            con = targets[k].connect(paths[k])
            lookups(con)  # the same pages are now decrypted in SQLite's cache
            return con

        return Workload(lookups, setup, lambda con: con.close())

    read_repeat = 2 * ctx.repeat + 1  # short runs: more of them for a steady median
    for what, make in (("scan by time", lambda k: reader(k, scan)),
                       ("1,000 lookups by id, cold", lambda k: reader(k, lookups)),
                       ("1,000 lookups by id, warm", warm_reader)):
        res = interleave({k: make(k) for k in targets}, read_repeat)
        report(f"{what}: SQLCipher", res["cipher"])
        report(f"{what}: stdlib sqlite3", res["plain"])
        report(f"{what}: SQLCipher / sqlite3", ratio_of(res["cipher"], res["plain"]), goal=CIPHER_GOAL)
        report(f"{what}: SQLCipher / unkeyed", ratio_of(res["cipher"], res["unkeyed"]), goal=CIPHER_GOAL)
    say(f"stdlib sqlite3 is SQLite {sqlite3.sqlite_version}; SQLCipher bundles SQLite "
        f"{sqlcipher.sqlite_version}. 'unkeyed' is the SQLCipher library writing a plain file: "
        "the same SQLite, so that ratio is encryption alone. Cold runs open a new connection "
        f"(empty page cache, files in the OS cache); all use cache_size {STORE_CACHE_SIZE}.")


class PseudoRandomStream(io.RawIOBase):
    """`size` pseudo-random bytes (an AES-CTR keystream), made as they are read: the whole
    never exists in memory and, like real media, it does not compress."""

    _ZEROS = memoryview(bytes(CHUNK_SIZE))  # a view: slicing it copies nothing

    def __init__(self, size: int, seed: int = 1) -> None:
        super().__init__()
        self._left = size
        self._keystream = Cipher(algorithms.AES(seed.to_bytes(32, "big")), modes.CTR(bytes(16))).encryptor()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self._left, CHUNK_SIZE)
        if n > 0:
            buffer[:n] = self._keystream.update(self._ZEROS[:n])
            self._left -= n
        return n


def _source(size: int) -> io.BufferedReader:
    return io.BufferedReader(PseudoRandomStream(size), buffer_size=CHUNK_SIZE)


@benchmark("store.exhibit")
def exhibit(ctx: Context) -> None:
    """A 200 MB original streamed in through Workspace.exhibits.add and back out."""
    size = ctx.size(200, 20) * MB
    tmp = ctx.tempdir("exhibit")
    meta = Exhibit(reference="AF/1", description="Fictional video for a benchmark", kind=ExhibitKind.VIDEO,
                   original_filename="fictional.mp4", media_type="video/mp4")
    digest, src = hashlib.sha256(), _source(size)
    while chunk := src.read(CHUNK_SIZE):
        digest.update(chunk)
    expected = digest.hexdigest()
    source = measure(lambda: sum(1 for _ in iter(_source(size).read1, b"")), ctx.repeat)

    def fresh() -> dict[str, Any]:
        ws, case_id = new_store(tmp / f"store-{next(_serial)}")
        return {"ws": ws, "case_id": case_id}

    def add(state: dict[str, Any]) -> None:
        state["exhibit"] = state["ws"].exhibits.add(state["case_id"], meta, _source(size))

    def done(state: dict[str, Any]) -> None:
        ws = state["ws"]
        ws.close()
        shutil.rmtree(ws.db.path.parent)
        stored = state.get("exhibit")
        if stored is not None and (stored.sha256 != expected or stored.size != size):
            raise AssertionError("the stored exhibit is not the bytes that were sent")

    write = measure(add, ctx.repeat, setup=fresh, teardown=done, track_memory=True)

    reader = fresh()
    add(reader)
    ws, exhibit_id = reader["ws"], reader["exhibit"].id

    def read_back() -> None:
        if sum(len(chunk) for chunk in ws.exhibits.iter_original(exhibit_id)) != size:
            raise AssertionError("the exhibit read back is the wrong size")

    try:
        read = measure(read_back, ctx.repeat, track_memory=True)
        check = hashlib.sha256()
        for chunk in ws.exhibits.iter_original(exhibit_id):
            check.update(chunk)
        if check.hexdigest() != expected:
            raise AssertionError("the exhibit read back differs from the original")
    finally:
        ws.close()
    mb = size // MB
    report(f"source stream alone ({mb} MB, no store)", source, note=_rate(mb, source.median, "MB"))
    report(f"exhibit write {mb} MB: exhibits.add", write, note=_rate(mb, write.median, "MB"))
    report("exhibit write throughput", write.per_second(mb, "MB/s"))
    report("exhibit write peak RSS growth", write.rss_mb(), goal=64, note=f"file {mb} MB")
    report(f"exhibit read {mb} MB: iter_original", read, note=_rate(mb, read.median, "MB"))
    report("exhibit read throughput", read.per_second(mb, "MB/s"))
    report("exhibit read peak RSS growth", read.rss_mb(), goal=64, note=f"file {mb} MB")
    say("Write includes SHA-256 of the stream, 1 MiB chunk inserts, the dedup lookup and the commit "
        "(fsync); the read-back was checked byte-exact by SHA-256 outside the timing.")
