"""Failed unlocks: nothing written at the attempt (issue 2), one audit row at the next unlock
(issue 6), never the passphrase tried."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from stalkdesk.errors import WrongPassphrase, WrongRecoveryKey
from stalkdesk.services.vault import Vault
from stalkdesk.services.verify import verify
from stalkdesk.services.workspace import Workspace
from tests.conftest import OFFICER, PASSPHRASE

WRONG = "not the passphrase at all"


def files(home: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(home.rglob("*")) if p.is_file()}


def failed_rows(ws: Workspace) -> list[str]:
    return [e.summary for e in ws.audit.events() if e.action == "unlock_failed"]


def test_a_wrong_passphrase_writes_nothing_then_the_next_unlock_logs_it(home: Path) -> None:
    vault = Vault(home)
    before = files(home)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            vault.unlock(WRONG)
    assert files(home) == before  # byte-identical: nothing was written at the attempts
    assert len(vault.failed_unlocks) == 2
    ws = vault.unlock(PASSPHRASE)
    try:
        events = [e for e in ws.audit.events() if e.action == "unlock_failed"]
        assert len(events) == 1
        e = events[0]
        assert e.summary.startswith("Unlock failed 2 times (")
        assert e.summary.count(" UTC") == 2 and "before this unlock" in e.summary
        assert WRONG not in e.summary and WRONG not in e.reason
        assert (e.officer, e.case_id, e.object_type) == (OFFICER.display, None, "store")
        assert e.seq == ws.audit.head()[0]  # the newest row, in its own transaction
        assert verify(ws).ok  # the chain still verifies
        assert vault.failed_unlocks == []
    finally:
        ws.close()
    ws = vault.unlock(PASSPHRASE)  # a clean unlock writes no such row
    try:
        assert len(failed_rows(ws)) == 1
    finally:
        ws.close()


def test_no_failures_no_row(home: Path) -> None:
    ws = Vault(home).unlock(PASSPHRASE)
    try:
        assert failed_rows(ws) == []
    finally:
        ws.close()


def test_a_wrong_recovery_key_counts_too(home: Path) -> None:
    vault = Vault(home)
    before = files(home)
    with pytest.raises(WrongRecoveryKey):
        vault.unlock_with_recovery("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "a new passphrase here")
    assert files(home) == before
    ws = vault.unlock(PASSPHRASE)
    try:
        assert [s.split(" (")[0] for s in failed_rows(ws)] == ["Unlock failed 1 time"]
    finally:
        ws.close()

