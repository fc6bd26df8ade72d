"""GUI fixtures: the inline task runner, and a data folder with no store in it yet."""

from __future__ import annotations

from pathlib import Path

import pytest

from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.vault import Vault


@pytest.fixture
def runner() -> SyncTaskRunner:
    return SyncTaskRunner()


@pytest.fixture
def new_vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "new-home")
