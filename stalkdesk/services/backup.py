"""`stalkdesk backup` / `restore`: encrypted, verified copies of the whole store."""

from __future__ import annotations

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


def restore(vault: Vault, source: Path, passphrase: str, force: bool = False) -> Path | None:
    """Restore a backup into the vault's folder; returns where an existing store was moved."""
    return store_backup.restore_backup(source, vault.folder, passphrase, force)


def verify_file(source: Path, passphrase: str) -> dict[str, object]:
    """Check a backup file without restoring it: its manifest, hash and every table digest."""
    return store_backup.verify_with_passphrase(source, passphrase)
