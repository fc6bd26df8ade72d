"""Making, unlocking and re-keying the store; remembering its key in the OS keyring."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from stalkdesk.domain.records import Officer
from stalkdesk.errors import InvalidInput, StoreError, WrongPassphrase, WrongRecoveryKey
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
        # Failed unlocks since the last successful one, kept in this process's memory only:
        # a wrong passphrase must change no byte, so they are logged at the next unlock.
        self.failed_unlocks: list[datetime] = []
        self._failed_lock = threading.Lock()  # unlock runs on the task thread

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
        try:
            db = self.home.unlock(passphrase)
        except WrongPassphrase:
            self._note_failed_unlock()
            raise
        return self._log_failed_unlocks(Workspace(db))

    def unlock_with_recovery(self, recovery_key: str, new_passphrase: str) -> Workspace:
        check_passphrase(new_passphrase)
        try:
            db = self.home.unlock_with_recovery(recovery_key, new_passphrase)
        except WrongRecoveryKey:
            self._note_failed_unlock()
            raise
        return self._log_failed_unlocks(Workspace(db))

    def _note_failed_unlock(self) -> None:
        with self._failed_lock:
            self.failed_unlocks.append(datetime.now(UTC))

    def _log_failed_unlocks(self, ws: Workspace) -> Workspace:
        """One audit row (its own transaction, the officer from the profile) for the failed
        attempts before this unlock: how many and when, never what was typed."""
        with self._failed_lock:
            failed, self.failed_unlocks = self.failed_unlocks, []
        if failed:
            try:
                ws.audit.record("unlock_failed", "store", None, None, failed_unlock_summary(failed))
            except StoreError:
                with self._failed_lock:  # a store that cannot be written now: try next time
                    self.failed_unlocks[:0] = failed
        return ws

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


def failed_unlock_summary(times: list[datetime]) -> str:
    """"Unlock failed 2 times (2026-11-29 12:01:02 UTC, ...) before this unlock"."""
    shown = ", ".join(t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") for t in times)
    plural = "time" if len(times) == 1 else "times"
    return (f"Unlock failed {len(times)} {plural} ({shown}) before this unlock, in the same run of "
            "StalkDesk; the passphrases tried are not recorded")


keyring_available = store_home.keyring_available
keyring_backend_name = store_home.keyring_backend_name
