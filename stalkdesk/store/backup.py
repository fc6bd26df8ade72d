"""Backups: one file holding an encrypted copy of the store, its key file and a manifest.

    backup.sdbackup (a zip, stored uncompressed: its members are already encrypted)
      stalkdesk.db      a consistent copy made with SQLite's online backup API (never a
                        plain file copy), encrypted with the same data key
      stalkdesk.keys    the wrapped key: the same passphrase and recovery key open it
      manifest.json     store id, schema, time, the database copy's SHA-256, and per-table
                        row counts and digests (no personal data)

The copy is verified after writing (reopened, every table digest recomputed) and only
then renamed into place, so a crash or a kill during a backup leaves the previous
backup untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from stalkdesk.errors import InvalidInput, StoreDamaged, StoreExists
from stalkdesk.store import keyfile, sqlite
from stalkdesk.store.atomic import fsync_dir
from stalkdesk.store.database import Database, translate_errors

FORMAT = "stalkdesk-backup/1"
MANIFEST = "manifest.json"
MEMBERS = ("stalkdesk.db", "stalkdesk.keys", MANIFEST)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    sha256: str  # of the backup file as written
    tables: dict[str, dict[str, Any]]
    created_utc: str


def table_digests(con: Any) -> dict[str, dict[str, Any]]:
    """Row count and SHA-256 of every ordinary table's rows, in primary-key order."""
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'entry_fts%' ORDER BY name")]
    out: dict[str, dict[str, Any]] = {}
    for name in names:
        digest, count = hashlib.sha256(), 0
        for row in con.execute(f'SELECT * FROM "{name}" ORDER BY rowid' if _has_rowid(con, name)
                               else f'SELECT * FROM "{name}" ORDER BY 1'):
            for value in row:
                digest.update(value if isinstance(value, bytes) else repr(value).encode())
                digest.update(b"\x1f")
            digest.update(b"\x1e")
            count += 1
        out[name] = {"rows": count, "sha256": digest.hexdigest()}
    return out


def _has_rowid(con: Any, name: str) -> bool:
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0] or ""
    return "WITHOUT ROWID" not in sql.upper()


def make_backup(db: Database, keys_path: Path, target: Path) -> BackupInfo:
    """Write a verified backup of the open store to `target` (replacing it only at the end)."""
    target = target.expanduser().resolve()
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder: give a file name for the backup, e.g. stalkdesk.sdbackup.")
    with _scratch(target.parent) as work, translate_errors():
        copy = work / "stalkdesk.db"
        dest = sqlite.connect_raw(copy, db._key)
        try:
            with db.engine.connect() as conn:
                conn.connection.dbapi_connection.backup(dest)  # type: ignore[union-attr]
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            tables = table_digests(dest)
            revision = dest.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            dest.close()
        created = datetime.now(UTC).isoformat(timespec="seconds")
        manifest = {
            "format": FORMAT, "store_id": keyfile.read(keys_path).store_id, "schema": revision,
            "created_utc": created, "database_sha256": _sha256_file(copy), "tables": tables,
        }
        staged = work / "backup.zip"
        with zipfile.ZipFile(staged, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.write(copy, "stalkdesk.db")
            zf.write(keys_path, "stalkdesk.keys")
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
        _fsync(staged)
        key = bytearray(db._key)
        try:
            verify_backup(staged, key)
        finally:
            key[:] = bytes(len(key))
        os.replace(staged, target)
        fsync_dir(target.parent)
    return BackupInfo(target, _sha256_file(target), tables, created)


def read_manifest(path: Path) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(path) as zf:
            if sorted(zf.namelist()) != sorted(MEMBERS):
                raise ValueError(f"unexpected contents {sorted(zf.namelist())}")
            manifest: dict[str, Any] = json.loads(zf.read(MANIFEST))
        if (not isinstance(manifest, dict) or manifest.get("format") != FORMAT
                or not isinstance(manifest.get("tables"), dict)
                or not isinstance(manifest.get("database_sha256"), str)):
            raise ValueError("unknown manifest format")
        return manifest
    except (OSError, zipfile.BadZipFile, zlib.error, ValueError, KeyError, UnicodeDecodeError,
            RecursionError) as exc:
        raise StoreDamaged(f"{path} is not a StalkDesk backup, or it is damaged ({exc}).") from None


def verify_backup(path: Path, key: bytearray) -> dict[str, Any]:
    """Check the database copy's hash and every table digest against the manifest."""
    manifest = read_manifest(path)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".stalkdesk-verify-") as tmp:
        try:
            db_copy = _extract(path, Path(tmp))
        except (OSError, zipfile.BadZipFile, zlib.error, KeyError) as exc:
            raise StoreDamaged(f"{path}: the database inside the backup is damaged ({exc}).") from None
        if _sha256_file(db_copy) != manifest["database_sha256"]:
            raise StoreDamaged(f"{path}: the database inside does not match its manifest (SHA-256 differs).")
        con = sqlite.connect_raw(db_copy, key)
        try:
            got = table_digests(con)
        finally:
            con.close()
    if got != manifest["tables"]:
        bad = sorted(t for t in set(got) | set(manifest["tables"]) if got.get(t) != manifest["tables"].get(t))
        raise StoreDamaged(f"{path}: table(s) {', '.join(bad)} differ from the manifest.")
    return manifest


def verify_with_passphrase(path: Path, passphrase: str) -> dict[str, Any]:
    """Verify a backup using the passphrase it was made under (its own key file)."""
    read_manifest(path)
    try:
        with zipfile.ZipFile(path) as zf:
            text = zf.read("stalkdesk.keys").decode("utf-8", "replace")
    except (OSError, zipfile.BadZipFile, zlib.error, KeyError) as exc:
        raise StoreDamaged(f"{path}: the key file inside the backup is damaged ({exc}).") from None
    kf = keyfile.KeyFile.from_json(text, path)
    key = keyfile.unwrap_with_passphrase(kf, passphrase)
    try:
        return verify_backup(path, key)
    finally:
        key[:] = bytes(len(key))


def restore_backup(path: Path, home: Path, passphrase: str, force: bool = False) -> Path | None:
    """Restore into `home`. An existing store is refused unless `force`, and then moved
    aside (returned), never deleted. The backup is verified with the passphrase first."""
    read_manifest(path)
    has_store = (home / "stalkdesk.keys").exists() or (home / "stalkdesk.db").exists()
    if has_store and not force:
        raise StoreExists(f"There is already a store in {home}. Use --force to replace it; "
                          "the current store will be kept aside, not deleted.")
    home.parent.mkdir(parents=True, exist_ok=True)
    with _scratch(home.parent) as work:
        staged = work / "home"
        staged.mkdir(mode=0o700)
        try:
            with zipfile.ZipFile(path) as zf:
                for name in ("stalkdesk.db", "stalkdesk.keys"):
                    (staged / name).write_bytes(zf.read(name))
        except (zipfile.BadZipFile, zlib.error, KeyError) as exc:
            raise StoreDamaged(f"{path} is damaged ({exc}). Nothing was restored.") from None
        # A backup of an older schema is upgraded on its first open, with its own copy first.
        verify_with_passphrase(path, passphrase)
        aside = None
        if has_store:
            aside = home.with_name(f"{home.name}.replaced-{datetime.now(UTC):%Y%m%dT%H%M%SZ}")
            os.replace(home, aside)
        elif home.exists():
            home.rmdir()  # an empty folder only; anything else would have been a store
        os.replace(staged, home)
        fsync_dir(home.parent)
    return aside


@contextmanager
def _scratch(parent: Path) -> Iterator[Path]:
    """A private working folder beside the target (same filesystem, so rename is atomic),
    removed whatever happens. It holds only encrypted files."""
    parent.mkdir(parents=True, exist_ok=True)
    # Folders left by a backup that was killed part-way hold only encrypted copies, but
    # they take space: clear those older than an hour (a running backup's is newer).
    for stale in parent.glob(".stalkdesk-work-*"):
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > 3600:
                shutil.rmtree(stale, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix=".stalkdesk-work-", dir=parent))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _extract(path: Path, folder: Path) -> Path:
    with zipfile.ZipFile(path) as zf:
        out = folder / "stalkdesk.db"
        with zf.open("stalkdesk.db") as src, open(out, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
    return out


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
