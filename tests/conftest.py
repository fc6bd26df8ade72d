"""Shared test set-up: headless Qt, a fake keyring, cheap key derivation, a template store.

Key derivation is deliberately slow (about half a second); tests use tiny Argon2 costs
so that the suite stays quick. The cost is stored in the key file, so nothing else changes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest

from stalkdesk.domain.records import Officer
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.keyfile import KdfParams

PASSPHRASE = "correct horse battery staple"
FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
OFFICER = Officer(name="Alex Fictional", initials="AF", rank="DC", warrant_number="9999",
                  force="Fictional Constabulary", unit="Stalking Unit")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory credential store, standing in for the OS one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def _isolation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MemoryKeyring]:
    """Every test: a fake keyring, fast KDF, and no way to touch the real data folder."""
    fake = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(fake)
    monkeypatch.setattr(Vault, "kdf", FAST_KDF)
    monkeypatch.setenv("STALKDESK_HOME", str(tmp_path / "default-home"))
    monkeypatch.delenv("STALKDESK_PASSPHRASE", raising=False)
    yield fake
    keyring.set_keyring(previous)


@pytest.fixture
def fake_keyring(_isolation: MemoryKeyring) -> MemoryKeyring:
    return _isolation


@pytest.fixture(scope="session")
def _template_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store made per test session; each test gets its own copy."""
    folder = tmp_path_factory.mktemp("template") / "home"
    saved = Vault.kdf
    Vault.kdf = FAST_KDF
    try:
        ws, _ = Vault(folder).create(PASSPHRASE, OFFICER)
        ws.close()
    finally:
        Vault.kdf = saved
    return folder


@pytest.fixture
def home(_template_home: Path, tmp_path: Path) -> Path:
    target = tmp_path / "home"
    shutil.copytree(_template_home, target)
    return target


@pytest.fixture
def ws(home: Path) -> Iterator[Workspace]:
    workspace = Vault(home).unlock(PASSPHRASE)
    yield workspace
    workspace.close()
