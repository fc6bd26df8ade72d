"""The store's folder: the encrypted database, its key file, and unlocking it.

    <home>/stalkdesk.db        SQLCipher 4 database (plus -wal / -shm while open)
    <home>/stalkdesk.keys      the wrapped data key (no personal data)
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.errors

from stalkdesk.errors import KeyringUnavailable, NoStore, StoreDamaged, StoreExists
from stalkdesk.store import keyfile
from stalkdesk.store.database import Database

DB_NAME = "stalkdesk.db"
KEYS_NAME = "stalkdesk.keys"
KEYRING_SERVICE = "StalkDesk"


class StoreHome:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keys_path(self) -> Path:
        return self.folder / KEYS_NAME

    def _sidecars(self) -> list[Path]:
        return [self.db_path.with_name(self.db_path.name + ext) for ext in ("-wal", "-shm")]

    def exists(self) -> bool:
        return self.keys_path.exists()

    def create(
        self, passphrase: str, kdf: keyfile.KdfParams = keyfile.DEFAULT_KDF
    ) -> tuple[Database, str]:
        """Make a new store. Returns it open, and the recovery key to show once."""
        if self.exists() or self.db_path.exists():
            raise StoreExists(f"There is already a StalkDesk store in {self.folder}.")
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.folder, 0o700)
        kf, data_key, recovery = keyfile.create(passphrase, kdf)
        try:
            db = Database(self.db_path, data_key)
            keyfile.write(self.keys_path, kf)
        except BaseException:
            # No half-made store: without the key file nobody could open it anyway.
            for leftover in (self.db_path, self.keys_path, *self._sidecars()):
                leftover.unlink(missing_ok=True)
            raise
        return db, recovery

    def _keyfile(self) -> keyfile.KeyFile:
        if not self.exists():
            raise NoStore(
                f"There is no StalkDesk store in {self.folder}. Run `stalkdesk init` to make one."
            )
        return keyfile.read(self.keys_path)

    def store_id(self) -> str:
        return self._keyfile().store_id

    def unlock(self, passphrase: str) -> Database:
        key = keyfile.unwrap_with_passphrase(self._keyfile(), passphrase)
        return self._open(key)

    def _open(self, key: bytearray) -> Database:
        if not self.db_path.exists():
            raise StoreDamaged(
                f"The key file is in {self.folder} but the database {DB_NAME} is missing. "
                "Restore the folder from a backup."
            )
        return Database(self.db_path, key)

    def unlock_with_recovery(self, recovery_key: str, new_passphrase: str) -> Database:
        """Open with the recovery key and set a new passphrase at the same time."""
        kf = self._keyfile()
        key = keyfile.unwrap_with_recovery(kf, recovery_key)
        db = self._open(key)
        keyfile.write(self.keys_path, keyfile.rewrap(kf, key, new_passphrase))
        return db

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key; the database itself is not rewritten."""
        kf = self._keyfile()
        key = keyfile.unwrap_with_passphrase(kf, old)
        try:
            keyfile.write(self.keys_path, keyfile.rewrap(kf, key, new))
        finally:
            key[:] = bytes(len(key))

    # The OS credential store ("remember on this computer").

    def unlock_from_keyring(self) -> Database | None:
        """The store opened with the key kept in the keyring, or None if none is kept."""
        store_id = self._keyfile().store_id
        try:
            secret = keyring.get_password(KEYRING_SERVICE, store_id)
        except keyring.errors.KeyringError:
            return None
        if not secret:
            return None
        return self._open(bytearray.fromhex(secret))

    def remember_key(self, db: Database) -> None:
        if not keyring_available():
            raise KeyringUnavailable(
                "This computer has no working credential store (keyring), so StalkDesk "
                "cannot remember the key. You will be asked for your passphrase each time."
            )
        try:
            keyring.set_password(KEYRING_SERVICE, self.store_id(), db.key_hex())
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                f"The computer's credential store refused to keep the key ({exc}). "
                "You will be asked for your passphrase each time."
            ) from None

    def forget_key(self) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, self.store_id())


def keyring_available() -> bool:
    """False where keyring found no usable backend (headless Linux without a secret service)."""
    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring):
        return False
    if isinstance(backend, keyring.backends.chainer.ChainerBackend):
        return bool(backend.backends)
    return True


def keyring_backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"
