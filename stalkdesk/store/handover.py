"""Case handover: one authenticated, encrypted file holding one case, for a colleague's laptop.

    FILE = MAGIC, 4-byte header length, header JSON, then an SQLCipher database
    header: format, schema, Argon2id parameters and salt, the database's size and SHA-256,
            and the random bundle key wrapped with AES-256-GCM under the handover
            passphrase, with the rest of the header as associated data
    database: the case's rows (with their original ids), keyed with the bundle key

Any changed byte fails: in the header, the key does not unwrap; in the database, its
SHA-256 does not match the (authenticated) header. The header holds no case data.
On import every row gets a new id in the receiving store; item numbers and exhibit
references are kept, so "item 14" and "JS/3" mean the same on both laptops.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import struct
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import argon2.low_level
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Table, func, insert, inspect, select
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from stalkdesk.errors import Conflict, InvalidInput, NewerSchema, StoreDamaged, WrongPassphrase
from stalkdesk.store import audit, migrate, sqlite
from stalkdesk.store.atomic import fsync_dir
from stalkdesk.store.database import Database
from stalkdesk.store.keyfile import DEFAULT_KDF, KdfParams
from stalkdesk.store.tables import ContinuityRow

MAGIC = b"STALKDESK-CASE\x00\x01"
FORMAT = "stalkdesk-case/1"
BATCH = 64  # rows per insert: content chunks are 1 MiB each

# The case's tables in the order rows must go in, and how each finds its rows.
_BY_PARENT = {"content_chunk": ("content_id", "content"), "derivative": ("exhibit_id", "exhibit"),
              "continuity": ("exhibit_id", "exhibit"), "entry_person": ("entry_id", "entry"),
              "entry_exhibit": ("entry_id", "entry"), "sdash_answer": ("assessment_id", "sdash_assessment")}
# Every other table finds its rows by case_id. A table added to the store must be added
# here too, or handed-over cases lose it (test_handover checks that every table is listed).
ORDER = ("case_file", "person", "content", "content_chunk", "exhibit", "derivative", "continuity", "entry",
         "entry_person", "entry_exhibit", "contact_record", "case_narrative", "point_link", "four_note",
         "sdash_assessment", "sdash_answer", "case_review", "victim_place", "colocation_candidate",
         "text_redaction", "spo_term", "imported_audit", "audit_event")


@dataclass(frozen=True)
class HandoverInfo:
    path: Path
    sha256: str
    rows: dict[str, int]


def _tables() -> dict[str, Table]:
    return {name: SQLModel.metadata.tables[name] for name in ORDER}


def _own_id(table: Table) -> str | None:
    """The table's own integer key, if it has a single one that a new store re-numbers."""
    pk = list(table.primary_key.columns)
    return pk[0].name if len(pk) == 1 and pk[0].name in ("id", "seq") else None


def _columns(conn: Connection) -> dict[str, set[str]]:
    """The tables of `conn`'s database and their columns. A bundle written by an older
    StalkDesk lacks the tables and columns added since (each added column has a default)."""
    found = inspect(conn)
    return {name: {c["name"] for c in found.get_columns(name)} for name in found.get_table_names()}


def _rows(conn: Connection, table: Table, case_id: int | None, ids: dict[str, set[int]],
          columns: set[str]) -> Iterable[Any]:
    q = select(*[c for c in table.columns if c.name in columns])
    if case_id is not None:
        if table.name in _BY_PARENT:
            column, parent = _BY_PARENT[table.name]
            q = q.where(table.c[column].in_(sorted(ids[parent])))
        else:
            q = q.where((table.c.id if table.name == "case_file" else table.c.case_id) == case_id)
    key = _own_id(table)
    if key:
        q = q.order_by(table.c[key])
    return conn.execute(q)


def copy_case(src: Connection, dst: Connection, case_id: int | None, remap: bool,
              skip: tuple[str, ...] = ()) -> dict[str, dict[int, int]]:
    """Copy one case's rows from `src` to `dst` (all rows of `src` when case_id is None).

    With `remap`, rows get fresh ids after the highest in `dst` (the write transaction is
    the only writer) and every foreign key is translated; returns old -> new id maps."""
    tables, present = _tables(), _columns(src)
    maps: dict[str, dict[int, int]] = {}
    seen: dict[str, set[int]] = {}
    for name in ORDER:
        maps[name], seen[name] = {}, set()
        if name in skip or name not in present:
            continue
        table = tables[name]
        key = _own_id(table)
        next_id = 1 + (dst.execute(select(func.max(table.c[key]))).scalar() or 0) if (key and remap) else 0
        batch: list[dict[str, Any]] = []
        for row in _rows(src, table, case_id, seen, present[name]):
            values = dict(row._mapping)
            if key:
                seen[name].add(values[key])
            if remap:
                for column in table.columns:
                    for fk in column.foreign_keys:
                        old = values.get(column.name)
                        if old is not None:
                            values[column.name] = maps[fk.column.table.name][old]
                if key:
                    maps[name][values[key]] = next_id
                    values[key] = next_id
                    next_id += 1
            batch.append(values)
            if len(batch) >= BATCH:
                dst.execute(insert(table), batch)
                batch = []
        if batch:
            dst.execute(insert(table), batch)
    return maps


def export_case(db: Database, case_id: int, target: Path, passphrase: str,
                kdf: KdfParams = DEFAULT_KDF) -> HandoverInfo:
    """Write the case to `target` atomically (temp file beside it, fsync, rename)."""
    target = target.expanduser().resolve()
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder: give a file name such as case.sdcase.")
    bundle_key = bytearray(secrets.token_bytes(32))
    with tempfile.TemporaryDirectory(prefix=".stalkdesk-handover-", dir=target.parent) as tmp:
        inner = Path(tmp) / "case.db"
        engine = sqlite.make_engine(inner, bundle_key)
        try:
            SQLModel.metadata.create_all(engine, tables=list(_tables().values()))
            with db.read() as s, engine.begin() as dst:
                copy_case(s.connection(), dst, case_id, remap=False)
                rows = {n: int(dst.execute(select(func.count()).select_from(t)).scalar() or 0)
                        for n, t in _tables().items()}
            raw = engine.raw_connection()  # outside any transaction: WAL can only be left there
            try:
                raw.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                raw.close()
        finally:
            engine.dispose()
        data_sha, size = _file_digest(inner)
        salt = secrets.token_bytes(16)
        header: dict[str, Any] = {
            "format": FORMAT, "schema": migrate.head_revision(), "database_sha256": data_sha,
            "database_size": size, "kdf": {"name": "argon2id", "time_cost": kdf.time_cost,
                                            "memory_kib": kdf.memory_kib, "parallelism": kdf.parallelism,
                                            "salt": _b64(salt)},
        }
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(_kek(passphrase, salt, kdf)).encrypt(nonce, bytes(bundle_key), _aad(header))
        bundle_key[:] = bytes(32)
        header["wrapped_key"] = _b64(nonce + wrapped)
        head = json.dumps(header, sort_keys=True).encode()
        staged = Path(tmp) / "out.sdcase"
        with open(staged, "wb") as out, open(inner, "rb") as body:
            out.write(MAGIC + struct.pack(">I", len(head)) + head)
            while chunk := body.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(staged, target)
        fsync_dir(target.parent)
    return HandoverInfo(target, _file_digest(target)[0], rows)


def open_bundle(source: Path, passphrase: str, workdir: Path) -> tuple[Path, bytearray, str]:
    """Check and unpack a bundle into `workdir`; returns the database, its key and the
    bundle's SHA-256. Raises StoreDamaged (altered or not a bundle) or WrongPassphrase."""
    try:
        with open(source, "rb") as fh:
            header = _read_header(fh, source)
            inner = workdir / "case.db"
            digest = hashlib.sha256()
            with open(inner, "wb") as out:
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
    except FileNotFoundError:
        raise InvalidInput(f"There is no file {source}.") from None
    wrapped = _unb64(header["wrapped_key"], source)
    kdf = header["kdf"]
    params = KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]))
    try:
        kek = _kek(passphrase, _unb64(kdf["salt"], source), params)
        key = bytearray(AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], _aad(header)))
    except InvalidTag:
        raise WrongPassphrase(
            f"{source.name} could not be opened: the handover passphrase is wrong, or the file "
            "has been altered. Nothing was imported."
        ) from None
    if digest.hexdigest() != header["database_sha256"]:
        raise StoreDamaged(f"{source.name} has been altered or damaged (its contents do not match "
                           "its authenticated header). Nothing was imported.")
    known = {r.revision for r in migrate.script_revisions()}
    if header["schema"] not in known:
        raise NewerSchema(f"{source.name} was written by a newer version of StalkDesk. Update to import it.")
    return inner, key, _file_digest(source)[0]


def import_case(db: Database, source: Path, passphrase: str) -> tuple[int, str, str]:
    """Copy the bundle's case into the store in one transaction, with a continuity event
    on every exhibit and the sender's audit rows kept aside. Returns (case id, URN,
    bundle SHA-256)."""
    tables = _tables()
    with tempfile.TemporaryDirectory(prefix=".stalkdesk-handover-", dir=db.path.parent) as tmp:
        inner, key, bundle_sha = open_bundle(source, passphrase, Path(tmp))
        engine = sqlite.make_engine(inner, key)
        try:
            with engine.connect() as src, db.write() as s:
                dst = s.connection()
                cases = tables["case_file"]
                urn = src.execute(select(cases.c.urn)).scalar_one()
                if dst.execute(select(cases.c.id).where(cases.c.urn == urn)).first():
                    raise Conflict(f"Case {urn} is already in this store. Nothing was imported.")
                maps = copy_case(src, dst, None, remap=True, skip=("audit_event",))
                case_id = maps["case_file"][next(iter(maps["case_file"]))]
                sender = _keep_sender_audit(src, dst, case_id, bundle_sha)
                now = datetime.now(UTC)
                for old_id, new_id in maps["exhibit"].items():
                    ref = src.execute(select(tables["exhibit"].c.reference)
                                      .where(tables["exhibit"].c.id == old_id)).scalar_one()
                    s.add(ContinuityRow(exhibit_id=new_id, at=now, action="received", from_person=sender,
                                        to_person=db.actor, recorded_by=db.actor, created_at=now,
                                        purpose=f"Case handover: bundle SHA-256 {bundle_sha} ({ref})"))
                audit.record(s, db.actor, "handover", "case", case_id, case_id,
                             f"Received case {urn} from {sender}: {len(maps['entry'])} entries, "
                             f"{len(maps['exhibit'])} exhibits, bundle SHA-256 {bundle_sha}",
                             reason="Case handover (import)")
                return case_id, urn, bundle_sha
        finally:
            engine.dispose()
            key[:] = bytes(len(key))


def _keep_sender_audit(src: Connection, dst: Connection, case_id: int, bundle_sha: str) -> str:
    """The sender's audit rows go verbatim into imported_audit; returns the last officer."""
    table = SQLModel.metadata.tables["audit_event"]
    present = _columns(src).get("audit_event", set())
    rows = [dict(r._mapping) for r in src.execute(
        select(*[c for c in table.columns if c.name in present]).order_by(table.c.seq))]
    keep = SQLModel.metadata.tables["imported_audit"]
    for start in range(0, len(rows), 500):
        dst.execute(insert(keep), [
            {k: v for k, v in r.items() if k != "case_id"} | {"case_id": case_id, "bundle_sha256": bundle_sha}
            for r in rows[start:start + 500]])
    return str(rows[-1]["officer"]) if rows else "the sending officer"


def _read_header(fh: BinaryIO, source: Path) -> dict[str, Any]:
    problem = f"{source.name} is not a StalkDesk case handover file, or it is damaged."
    if fh.read(len(MAGIC)) != MAGIC:
        raise StoreDamaged(problem)
    raw_len = fh.read(4)
    if len(raw_len) != 4:
        raise StoreDamaged(problem)
    (length,) = struct.unpack(">I", raw_len)
    if length > 1 << 16:
        raise StoreDamaged(problem)
    try:
        header: dict[str, Any] = json.loads(fh.read(length))
        if header.get("format") != FORMAT:
            raise ValueError("format")
        for field in ("schema", "database_sha256", "database_size", "kdf", "wrapped_key"):
            header[field]
        return header
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise StoreDamaged(problem) from None


def _aad(header: dict[str, Any]) -> bytes:
    return json.dumps({k: v for k, v in header.items() if k != "wrapped_key"}, sort_keys=True).encode()


def _kek(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return argon2.low_level.hash_secret_raw(
        passphrase.encode(), salt, time_cost=kdf.time_cost, memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism, hash_len=32, type=argon2.low_level.Type.ID)


def _file_digest(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, source: Path) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except ValueError:
        raise StoreDamaged(f"{source.name} is not a StalkDesk case handover file, or it is damaged.") from None
