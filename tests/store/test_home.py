from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from stalkdesk.errors import (
    InvalidInput,
    KeyringUnavailable,
    NoStore,
    NotAStore,
    StoreDamaged,
    StoreExists,
    WrongPassphrase,
    WrongRecoveryKey,
)
from stalkdesk.services.vault import Vault, keyring_available
from tests import factories
from tests.conftest import OFFICER, PASSPHRASE, MemoryKeyring


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_create_then_unlock(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "h")
    ws, recovery = vault.create(PASSPHRASE, OFFICER)
    ws.cases.create(factories.case())
    ws.close()
    assert recovery
    ws = vault.unlock(PASSPHRASE)
    assert [s.case.urn for s in ws.cases.list()] == ["01FC0000124"]
    assert ws.officer == OFFICER
    ws.close()


def test_short_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="at least"):
        Vault(tmp_path / "h").create("short", OFFICER)
    assert not (tmp_path / "h").exists()


def test_create_refuses_existing_store(home: Path) -> None:
    with pytest.raises(StoreExists):
        Vault(home).create(PASSPHRASE, OFFICER)


def test_wrong_passphrase_changes_no_byte(home: Path) -> None:
    before = snapshot(home)
    with pytest.raises(WrongPassphrase):
        Vault(home).unlock("not the passphrase at all")
    assert snapshot(home) == before


def test_wrong_recovery_key_changes_no_byte(home: Path) -> None:
    before = snapshot(home)
    with pytest.raises(WrongRecoveryKey):
        Vault(home).unlock_with_recovery("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "a brand new passphrase")
    assert snapshot(home) == before


def test_recovery_key_opens_and_sets_new_passphrase(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "h")
    ws, recovery = vault.create(PASSPHRASE, OFFICER)
    ws.cases.create(factories.case())
    ws.close()
    ws = vault.unlock_with_recovery(recovery, "forgotten and replaced")
    assert len(ws.cases.list()) == 1
    ws.close()
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    vault.unlock("forgotten and replaced").close()


def test_change_passphrase_rewraps_key_only(home: Path) -> None:
    db_before = hashlib.sha256((home / "stalkdesk.db").read_bytes()).hexdigest()
    vault = Vault(home)
    vault.change_passphrase(PASSPHRASE, "another good passphrase")
    assert hashlib.sha256((home / "stalkdesk.db").read_bytes()).hexdigest() == db_before
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    vault.unlock("another good passphrase").close()


def test_change_passphrase_with_wrong_old_changes_nothing(home: Path) -> None:
    before = snapshot(home)
    with pytest.raises(WrongPassphrase):
        Vault(home).change_passphrase("wrong old passphrase", "another good passphrase")
    assert snapshot(home) == before


def test_no_store_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(NoStore, match="stalkdesk init"):
        Vault(tmp_path / "nothing").unlock(PASSPHRASE)


def test_plain_sqlite_file_is_refused(home: Path) -> None:
    db = home / "stalkdesk.db"
    db.unlink()
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = snapshot(home)
    with pytest.raises(NotAStore, match="unencrypted SQLite"):
        Vault(home).unlock(PASSPHRASE)
    assert snapshot(home) == before


@pytest.mark.parametrize("damage", ["garbage", "truncate", "zero_header"])
def test_damaged_database_is_reported(home: Path, damage: str) -> None:
    db = home / "stalkdesk.db"
    data = bytearray(db.read_bytes())
    if damage == "garbage":
        data = bytearray(b"this is not a database" * 300)
    elif damage == "truncate":
        data = data[:100]
    else:
        data[:64] = bytes(64)
    db.write_bytes(bytes(data))
    with pytest.raises((NotAStore, StoreDamaged)):
        Vault(home).unlock(PASSPHRASE)


def test_missing_database_is_reported(home: Path) -> None:
    (home / "stalkdesk.db").unlink()
    with pytest.raises(StoreDamaged, match="missing"):
        Vault(home).unlock(PASSPHRASE)
    assert not (home / "stalkdesk.db").exists()


def test_keyring_remember_unlock_forget(home: Path, fake_keyring: MemoryKeyring) -> None:
    vault = Vault(home)
    assert vault.unlock_from_keyring() is None
    ws = vault.unlock(PASSPHRASE)
    vault.remember_key(ws)
    ws.close()
    assert len(fake_keyring.secrets) == 1
    ws = vault.unlock_from_keyring()
    assert ws is not None and ws.officer == OFFICER
    ws.close()
    vault.forget_key()
    assert vault.unlock_from_keyring() is None


def test_headless_keyring_falls_back_to_passphrase(home: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert not keyring_available()
    vault = Vault(home)
    assert vault.unlock_from_keyring() is None
    ws = vault.unlock(PASSPHRASE)
    with pytest.raises(KeyringUnavailable, match="passphrase each time"):
        vault.remember_key(ws)
    ws.close()


def test_closing_wipes_the_key(home: Path) -> None:
    ws = Vault(home).unlock(PASSPHRASE)
    assert not ws.db.closed
    ws.close()
    assert ws.db.closed
