from __future__ import annotations

from pathlib import Path

import pytest

from stalkdesk.errors import NotAStore, WrongPassphrase, WrongRecoveryKey
from stalkdesk.store import keyfile
from tests.conftest import FAST_KDF


def test_passphrase_unwraps_the_same_random_key() -> None:
    kf, key, _ = keyfile.create("a long enough passphrase", FAST_KDF)
    assert len(key) == 32
    assert keyfile.unwrap_with_passphrase(kf, "a long enough passphrase") == key


def test_two_stores_get_different_keys() -> None:
    _, key1, rec1 = keyfile.create("same passphrase here", FAST_KDF)
    _, key2, rec2 = keyfile.create("same passphrase here", FAST_KDF)
    assert key1 != key2 and rec1 != rec2


def test_wrong_passphrase_is_refused_clearly() -> None:
    kf, _, _ = keyfile.create("a long enough passphrase", FAST_KDF)
    with pytest.raises(WrongPassphrase, match="not right"):
        keyfile.unwrap_with_passphrase(kf, "a long enough passphrasE")


def test_recovery_key_unwraps_however_it_is_typed() -> None:
    kf, key, recovery = keyfile.create("a long enough passphrase", FAST_KDF)
    assert len(recovery.split("-")) == 8
    typed = recovery.lower().replace("-", " ")
    assert keyfile.unwrap_with_recovery(kf, typed) == key


def test_wrong_recovery_key_is_refused() -> None:
    kf, _, recovery = keyfile.create("a long enough passphrase", FAST_KDF)
    wrong = ("A" if recovery[0] != "A" else "B") + recovery[1:]
    with pytest.raises(WrongRecoveryKey):
        keyfile.unwrap_with_recovery(kf, wrong)


def test_slots_cannot_be_swapped() -> None:
    # The slot name is bound in as associated data: a passphrase blob moved into the
    # recovery slot must not decrypt there.
    kf, _, _ = keyfile.create("a long enough passphrase", FAST_KDF)
    swapped = keyfile.KeyFile(kf.store_id, kf.kdf, kf.salt, kf.passphrase_slot, kf.salt, kf.passphrase_slot)
    with pytest.raises(WrongRecoveryKey):
        keyfile.unwrap_with_recovery(swapped, "a long enough passphrase")


def test_rewrap_changes_passphrase_and_keeps_recovery() -> None:
    kf, key, recovery = keyfile.create("old passphrase here", FAST_KDF)
    new = keyfile.rewrap(kf, key, "new passphrase here")
    assert keyfile.unwrap_with_passphrase(new, "new passphrase here") == key
    with pytest.raises(WrongPassphrase):
        keyfile.unwrap_with_passphrase(new, "old passphrase here")
    assert keyfile.unwrap_with_recovery(new, recovery) == key


def test_file_round_trip_holds_no_key_material(tmp_path: Path) -> None:
    kf, key, recovery = keyfile.create("a long enough passphrase", FAST_KDF)
    path = tmp_path / "k"
    keyfile.write(path, kf)
    raw = path.read_bytes()
    assert key.hex().encode() not in raw and bytes(key) not in raw
    assert recovery.encode() not in raw
    assert keyfile.unwrap_with_passphrase(keyfile.read(path), "a long enough passphrase") == key


@pytest.mark.parametrize("content", [b"", b"{}", b"not json", b"\xff\xfe\x00", b'{"format": "stalkdesk-keys/1"}'])
def test_damaged_key_file_is_reported_not_raised_raw(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "stalkdesk.keys"
    path.write_bytes(content)
    with pytest.raises(NotAStore, match="key file"):
        keyfile.read(path)


def test_default_kdf_is_memory_hard() -> None:
    # About half a second on this class of machine: measured by `make bench`, not here.
    assert keyfile.DEFAULT_KDF.memory_kib >= 64 * 1024
    assert keyfile.DEFAULT_KDF.time_cost >= 2
