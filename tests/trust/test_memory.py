"""Secrets in memory: once the store is locked, the data key is nowhere in this process.

What is measured and why it is asserted or only reported:
- the data key, raw and as hex (lower and upper case): must not be found after lock.
  The store keys SQLCipher through a wiped buffer (never a str), SQLCipher wipes its own
  copies when the connections close, and Database.close() wipes the key and any hex
  copy it handed out that nobody else holds.
- a canary put into a case: counted and reported, not asserted. Case text passes
  through many Python objects (str, SQLAlchemy rows, dataclasses) that CPython frees
  without clearing; there is no general way to wipe them, only to drop them.

Each test makes its own store, so its key is its own: other tests in this process that
opened the shared template store (same key) cannot leave copies that would be counted.
"""

from __future__ import annotations

import gc
import io
import secrets
from pathlib import Path

import pytest

from stalkdesk.domain.records import Exhibit
from stalkdesk.services import backup
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.database import _overwrite_str
from tests import factories
from tests.conftest import OFFICER, PASSPHRASE, MemoryKeyring
from tests.trust import memscan

pytestmark = pytest.mark.skipif(not memscan.available(), reason="needs /proc/self/mem (Linux)")


def key_needles(key: bytearray) -> dict[str, bytearray]:
    return {"raw": bytearray(key), "hex": memscan.hex_of(key), "HEX": memscan.hex_of(key, upper=True)}


def new_store(folder: Path) -> None:
    ws, _ = Vault(folder).create(PASSPHRASE, OFFICER)
    ws.close()


def work_with(ws: Workspace, canary: str, folder: Path) -> None:
    """An ordinary session: type, import, take evidence in, search, read back, back up."""
    case = ws.cases.create(factories.case(operation=f"Op {canary}"))
    assert case.id is not None
    ws.people.add(case.id, factories.victim(notes=canary))
    ws.entries.add_many(case.id, [factories.entry(i, summary=f"{canary} {i}") for i in range(100)])
    ws.exhibits.add(case.id, Exhibit(reference="AF/1", description=canary, original_filename="note.txt"),
                    io.BytesIO(canary.encode() * 1000))
    assert len(ws.entries.list(case.id)) == 100
    assert ws.exhibits.read_original(1).startswith(canary.encode())
    ws.cases.record_view(case.id)
    backup.backup(Vault(folder), ws, folder.parent / "session.sdbackup")


def test_locked_store_leaves_no_key_in_memory(tmp_path: Path, record_property: pytest.RecordProperty,
                                              fake_keyring: MemoryKeyring) -> None:
    folder = tmp_path / "home"
    new_store(folder)
    vault = Vault(folder)
    ws = vault.unlock(PASSPHRASE)
    needles = key_needles(ws.db._key)
    canary = "CANARY-" + secrets.token_hex(6)
    needles["canary"] = bytearray(canary.encode())
    work_with(ws, canary, folder)
    vault.remember_key(ws)  # "remember on this computer", then changed mind
    vault.forget_key()

    open_scan = memscan.scan(needles)
    # The scanner must see the key while the store is open (the Database and SQLCipher
    # hold it): otherwise a clean result below would prove nothing.
    assert open_scan.counts["raw"] >= 1, open_scan.counts

    ws.close()  # lock; the window may well keep the Workspace object itself for a while
    gc.collect()
    locked = memscan.scan(needles)
    del ws, vault
    report = (f"memory scan ({locked.regions} regions, {locked.bytes_read >> 20} MiB): open {open_scan.counts}, "
              f"locked {locked.counts}")
    print(report)
    record_property("memory_scan", report)
    for name in ("raw", "hex", "HEX"):
        assert locked.counts[name] == 0, f"data key ({name}) still in memory after lock at {locked.where[name][:5]}"
    for needle in needles.values():
        needle[:] = bytes(len(needle))


def test_key_handed_to_the_keyring_is_overwritten_once_let_go(tmp_path: Path) -> None:
    folder = tmp_path / "home"
    new_store(folder)
    ws = Vault(folder).unlock(PASSPHRASE)
    needles = key_needles(ws.db._key)
    assert len(ws.db.key_hex()) == 64  # handed over, and the caller keeps no reference
    assert memscan.scan(needles).counts["hex"] >= 1  # still there until the store is locked
    ws.close()
    assert memscan.scan(needles).counts["hex"] == 0
    for needle in needles.values():
        needle[:] = bytes(len(needle))


def test_key_text_still_held_by_someone_is_left_alone(tmp_path: Path) -> None:
    # A str is shared, immutable data: overwriting one that a caller still holds (here, a
    # credential store that keeps it) would corrupt that caller. Only unshared ones go.
    folder = tmp_path / "home"
    new_store(folder)
    ws = Vault(folder).unlock(PASSPHRASE)
    expected = bytes(ws.db._key)
    held = ws.db.key_hex()
    ws.close()
    assert bytes.fromhex(held) == expected
    Vault(folder).unlock(PASSPHRASE).close()


def test_overwrite_str_is_cpython_specific_and_checks_layout() -> None:
    text = bytes(range(32)).hex()  # made at run time: not interned, not shared
    assert _overwrite_str(text)
    assert text == "\x00" * 64
    assert not _overwrite_str("ünïcode is not touched")
    assert not _overwrite_str("")
