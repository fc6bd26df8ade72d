from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from stalkdesk.domain.records import Exhibit
from stalkdesk.errors import DiskFull, InvalidInput, StoreDamaged, StoreExists, WrongPassphrase
from stalkdesk.services import backup
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.backup import table_digests
from tests import factories
from tests.conftest import PASSPHRASE


def fill(ws: Workspace) -> None:
    case = ws.cases.create(factories.case())
    cid = case.id or 0
    ws.people.add(cid, factories.victim())
    ws.entries.add_many(cid, [factories.entry(i, summary=f"Fictional event {i}") for i in range(50)])
    ws.exhibits.add(cid, Exhibit(reference="AF/1", description="x", original_filename="x.bin"),
                    io.BytesIO(bytes(range(256)) * 5000))


def digests(ws: Workspace) -> dict[str, dict[str, object]]:
    with ws.db.read() as s:
        return table_digests(s.connection().connection.dbapi_connection)


def test_backup_while_open_then_restore_into_empty_home_is_identical(home: Path, tmp_path: Path) -> None:
    vault = Vault(home)
    ws = vault.unlock(PASSPHRASE)
    fill(ws)
    target = tmp_path / "out" / "case.sdbackup"
    info = backup.backup(vault, ws, target)  # the store stays open throughout
    expected = info.tables
    sha = {x.reference: x.sha256 for x in ws.exhibits.list(1)}
    ws.close()
    assert target.exists() and info.tables["entry"]["rows"] == 50
    assert not any(p.name.startswith(".stalkdesk-work-") for p in target.parent.iterdir())
    raw = target.read_bytes()
    assert b"Fictional event" not in raw  # the backup is as unreadable as the store

    restored = Vault(tmp_path / "restored")
    assert backup.restore(restored, target, PASSPHRASE) is None
    ws2 = restored.unlock(PASSPHRASE)
    try:
        assert digests(ws2) == expected
        assert {x.reference: x.sha256 for x in ws2.exhibits.list(1)} == sha
        assert ws2.exhibits.read_original(1) == bytes(range(256)) * 5000
    finally:
        ws2.close()


def test_restore_refuses_to_overwrite_without_force_and_keeps_old_aside(home: Path, tmp_path: Path) -> None:
    vault = Vault(home)
    ws = vault.unlock(PASSPHRASE)
    fill(ws)
    target = tmp_path / "b.sdbackup"
    backup.backup(vault, ws, target)
    ws.cases.create(factories.case(urn="01FC0000224"))  # after the backup
    ws.close()
    with pytest.raises(StoreExists, match="--force"):
        backup.restore(vault, target, PASSPHRASE)
    aside = backup.restore(vault, target, PASSPHRASE, force=True)
    assert aside is not None and (aside / "stalkdesk.db").exists()
    ws = vault.unlock(PASSPHRASE)
    assert [s.case.urn for s in ws.cases.list()] == ["01FC0000124"]
    ws.close()


def test_wrong_passphrase_restores_nothing(home: Path, tmp_path: Path) -> None:
    vault = Vault(home)
    ws = vault.unlock(PASSPHRASE)
    target = tmp_path / "b.sdbackup"
    backup.backup(vault, ws, target)
    ws.close()
    empty = tmp_path / "empty"
    with pytest.raises(WrongPassphrase):
        backup.restore(Vault(empty), target, "not the passphrase at all")
    assert not (empty / "stalkdesk.db").exists()


def test_tampered_backup_is_refused(home: Path, tmp_path: Path) -> None:
    vault = Vault(home)
    ws = vault.unlock(PASSPHRASE)
    fill(ws)
    target = tmp_path / "b.sdbackup"
    backup.backup(vault, ws, target)
    ws.close()
    with zipfile.ZipFile(target) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    db = bytearray(members["stalkdesk.db"])
    db[len(db) // 2] ^= 0x01
    members["stalkdesk.db"] = bytes(db)
    bad = tmp_path / "bad.sdbackup"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with pytest.raises(StoreDamaged, match="does not match its manifest"):
        backup.verify_file(bad, PASSPHRASE)
    with pytest.raises(StoreDamaged):
        backup.restore(Vault(tmp_path / "r"), bad, PASSPHRASE)
    assert not (tmp_path / "r" / "stalkdesk.db").exists()


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04garbage"])
def test_garbage_is_not_a_backup(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "x.sdbackup"
    f.write_bytes(content)
    with pytest.raises(StoreDamaged, match="not a StalkDesk backup"):
        backup.verify_file(f, PASSPHRASE)


def test_failed_backup_leaves_previous_backup_intact(home: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    vault = Vault(home)
    ws = vault.unlock(PASSPHRASE)
    target = tmp_path / "b.sdbackup"
    backup.backup(vault, ws, target)
    before = target.read_bytes()
    fill(ws)

    def crash(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("stalkdesk.store.backup._fsync", crash)
    with pytest.raises(DiskFull, match="disk is full"):
        backup.backup(vault, ws, target)
    ws.close()
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".stalkdesk")] == []


def test_backup_target_must_be_a_file(home: Path, tmp_path: Path) -> None:
    vault = Vault(home)
    ws = vault.unlock(PASSPHRASE)
    with pytest.raises(InvalidInput, match="is a folder"):
        backup.backup(vault, ws, tmp_path)
    ws.close()
