"""`stalkdesk backup` / `restore`: encrypted, verified copies of the whole store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from stalkdesk.store import backup as store_backup
from stalkdesk.store.backup import BackupInfo


def backup(vault: Vault, ws: Workspace, target: Path) -> BackupInfo:
    """Write a verified backup while the store is open, and log it in the audit trail."""
    info = store_backup.make_backup(ws.db, vault.home.keys_path, target)
    rows = sum(t["rows"] for t in info.tables.values())
    ws.audit.record("export", "store", None, None,
                    f"Encrypted backup written to {info.path} ({rows} rows, SHA-256 {info.sha256})",
                    reason="Backup")
    return info


def backup_open_store(ws: Workspace, target: Path,
                      progress: Callable[[int, int], None] | None = None) -> BackupInfo:
    """`backup` for a caller holding only the workspace (the GUI): the key file is the one
    beside the open database. `progress` is accepted for the task runner; the copy is one step."""
    if progress:
        progress(0, 1)
    info = backup(Vault(ws.db.path.parent), ws, target)
    if progress:
        progress(1, 1)
    return info


def last_backup(ws: Workspace) -> datetime | None:
    """When the last backup of this store was written (UTC), from its audit row: the store
    keeps no other record, and the audit row cannot be changed unnoticed."""
    event = ws.audit.latest("export", "store", reason="Backup")
    if event is None:
        return None
    return event.at if event.at.tzinfo else event.at.replace(tzinfo=UTC)


def backup_overdue(ws: Workspace, days: int, now: datetime | None = None) -> bool:
    """True when a reminder is due: reminders on (days > 0) and no backup in that many days."""
    if days <= 0:
        return False
    last = last_backup(ws)
    return last is None or (now or datetime.now(UTC)) - last > timedelta(days=days)


def restore(vault: Vault, source: Path, passphrase: str, force: bool = False) -> Path | None:
    """Restore a backup into the vault's folder; returns where an existing store was moved."""
    return store_backup.restore_backup(source, vault.folder, passphrase, force)


def verify_file(source: Path, passphrase: str) -> dict[str, object]:
    """Check a backup file without restoring it: its manifest, hash and every table digest."""
    return store_backup.verify_with_passphrase(source, passphrase)
