from __future__ import annotations

from pathlib import Path

import pytest

from stalkdesk.gui.start import open_workspace
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.vault import Vault
from tests.conftest import OFFICER, PASSPHRASE
from tests.gui.drive import Driver, cancel

pytestmark = pytest.mark.gui


def test_first_run_creates_the_store_then_shows_the_recovery_key(
        new_vault: Vault, runner: SyncTaskRunner) -> None:
    driver = Driver()
    ws = open_workspace(new_vault, runner, driver)
    assert ws is not None
    assert driver.seen == ["FirstRunDialog", "RecoveryKeyDialog"]
    assert ws.officer is not None and ws.officer.name == OFFICER.name
    ws.close()


def test_cancelled_first_run_leaves_no_store(new_vault: Vault, runner: SyncTaskRunner) -> None:
    assert open_workspace(new_vault, runner, Driver(FirstRunDialog=cancel)) is None
    assert not new_vault.exists()


def test_existing_store_asks_for_the_passphrase(home: Path, runner: SyncTaskRunner) -> None:
    driver = Driver()
    ws = open_workspace(Vault(home), runner, driver)
    assert driver.seen == ["UnlockDialog"]
    assert ws is not None
    ws.close()


def test_remembered_key_opens_without_a_dialog(home: Path, runner: SyncTaskRunner) -> None:
    vault = Vault(home)
    ws = vault.unlock(PASSPHRASE)
    vault.remember_key(ws)
    ws.close()
    driver = Driver()
    ws = open_workspace(vault, runner, driver)
    assert ws is not None and driver.seen == []
    ws.close()
    # Lock asks for the passphrase even with a remembered key.
    ws = open_workspace(vault, runner, driver, use_keyring=False)
    assert ws is not None and driver.seen == ["UnlockDialog"]
    ws.close()


def test_quit_at_unlock(home: Path, runner: SyncTaskRunner) -> None:
    assert open_workspace(Vault(home), runner, Driver(UnlockDialog=cancel)) is None
