"""Making, unlocking and re-keying the store; remembering its key in the OS keyring."""

from __future__ import annotations

from pathlib import Path

from stalkdesk.domain.records import Officer
from stalkdesk.errors import InvalidInput
from stalkdesk.services.workspace import Workspace
from stalkdesk.store import home as store_home
from stalkdesk.store.keyfile import DEFAULT_KDF, KdfParams

MIN_PASSPHRASE = 10


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to resist guessing if the laptop is lost."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            f"The passphrase must be at least {MIN_PASSPHRASE} characters long; "
            "a few ordinary words make a good one."
        )


class Vault:
    """The store in one data folder. Nothing here holds the key longer than it must."""

    # Tests lower this to keep key derivation fast; real stores use the default.
    kdf: KdfParams = DEFAULT_KDF

    def __init__(self, folder: Path) -> None:
        self.home = store_home.StoreHome(folder)

    @property
    def folder(self) -> Path:
        return self.home.folder

    def exists(self) -> bool:
        return self.home.exists()

    def create(self, passphrase: str, officer: Officer | None = None) -> tuple[Workspace, str]:
        """A new store. Returns it unlocked and the recovery key, to be shown once."""
        check_passphrase(passphrase)
        db, recovery = self.home.create(passphrase, self.kdf)
        ws = Workspace(db)
        if officer is not None:
            ws.set_officer(officer)
        return ws, recovery

    def unlock(self, passphrase: str) -> Workspace:
        return Workspace(self.home.unlock(passphrase))

    def unlock_with_recovery(self, recovery_key: str, new_passphrase: str) -> Workspace:
        check_passphrase(new_passphrase)
        return Workspace(self.home.unlock_with_recovery(recovery_key, new_passphrase))

    def change_passphrase(self, old: str, new: str) -> None:
        check_passphrase(new)
        self.home.change_passphrase(old, new)

    def unlock_from_keyring(self) -> Workspace | None:
        db = self.home.unlock_from_keyring()
        return Workspace(db) if db else None

    def remember_key(self, ws: Workspace) -> None:
        self.home.remember_key(ws.db)

    def forget_key(self) -> None:
        self.home.forget_key()


keyring_available = store_home.keyring_available
keyring_backend_name = store_home.keyring_backend_name
