"""The key file: the store's random data key, wrapped, never in the clear.

The database is keyed with a random 256-bit data key. This file keeps that key wrapped
(AES-256-GCM) twice: under a key derived from the officer's passphrase with Argon2id,
and under a one-time recovery key shown once at setup. Changing the passphrase re-wraps
the key; the database is not touched. The file holds no personal data.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import argon2.low_level
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from stalkdesk.errors import NotAStore, WrongPassphrase, WrongRecoveryKey
from stalkdesk.store.atomic import write_atomic

FORMAT = "stalkdesk-keys/1"
KEY_BYTES = 32
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud safely


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default costs about half a second on an ordinary laptop."""

    time_cost: int = 3
    memory_kib: int = 256 * 1024
    parallelism: int = 2


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class KeyFile:
    store_id: str
    kdf: KdfParams
    salt: bytes
    passphrase_slot: bytes  # nonce + ciphertext
    recovery_salt: bytes
    recovery_slot: bytes

    def to_json(self) -> str:
        doc = self._doc()
        # A checksum of its own, so that a damaged key file is reported as damaged, not as a
        # wrong passphrase (both would otherwise just fail the AES-GCM tag).
        doc["check"] = _check(doc)
        return json.dumps(doc, indent=2) + "\n"

    def _doc(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "store_id": self.store_id,
            "kdf": {
                "name": "argon2id",
                "time_cost": self.kdf.time_cost,
                "memory_kib": self.kdf.memory_kib,
                "parallelism": self.kdf.parallelism,
                "salt": _b64(self.salt),
            },
            "wrap": "aes-256-gcm",
            "passphrase_slot": _b64(self.passphrase_slot),
            "recovery": {"kdf": "hkdf-sha256", "salt": _b64(self.recovery_salt)},
            "recovery_slot": _b64(self.recovery_slot),
        }

    @classmethod
    def from_json(cls, text: str, where: Path) -> KeyFile:
        try:
            doc = json.loads(text)
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("unknown format")
            if "check" in doc and doc["check"] != _check({k: v for k, v in doc.items() if k != "check"}):
                raise ValueError("its checksum does not match")
            kdf = doc["kdf"]
            params = KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]))
            if not (1 <= params.time_cost <= 64 and 8 <= params.memory_kib <= 4 * 1024 * 1024
                    and 1 <= params.parallelism <= 64):
                raise ValueError("its key-derivation costs are out of range")
            return cls(
                store_id=str(doc["store_id"]),
                kdf=params,
                salt=_unb64(kdf["salt"]),
                passphrase_slot=_unb64(doc["passphrase_slot"]),
                recovery_salt=_unb64(doc["recovery"]["salt"]),
                recovery_slot=_unb64(doc["recovery_slot"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError) as exc:
            raise NotAStore(
                f"The key file {where} is damaged or is not a StalkDesk key file ({exc}). "
                "Restore it from a backup, or unlock with the recovery key."
            ) from None


def create(passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> tuple[KeyFile, bytearray, str]:
    """Make a new data key; return the key file, the data key and the recovery key text."""
    store_id = str(uuid.uuid4())
    data_key = bytearray(secrets.token_bytes(KEY_BYTES))
    recovery = _new_recovery_key()
    salt = secrets.token_bytes(16)
    recovery_salt = secrets.token_bytes(16)
    keyfile = KeyFile(
        store_id=store_id,
        kdf=kdf,
        salt=salt,
        passphrase_slot=_wrap(_passphrase_kek(passphrase, salt, kdf), data_key, store_id, "passphrase"),
        recovery_salt=recovery_salt,
        recovery_slot=_wrap(_recovery_kek(recovery, recovery_salt), data_key, store_id, "recovery"),
    )
    return keyfile, data_key, recovery


def unwrap_with_passphrase(keyfile: KeyFile, passphrase: str) -> bytearray:
    kek = _passphrase_kek(passphrase, keyfile.salt, keyfile.kdf)
    try:
        return _unwrap(kek, keyfile.passphrase_slot, keyfile.store_id, "passphrase")
    except InvalidTag:
        raise WrongPassphrase("That passphrase is not right for this store. Nothing was changed.") from None


def unwrap_with_recovery(keyfile: KeyFile, recovery_key: str) -> bytearray:
    kek = _recovery_kek(recovery_key, keyfile.recovery_salt)
    try:
        return _unwrap(kek, keyfile.recovery_slot, keyfile.store_id, "recovery")
    except InvalidTag:
        raise WrongRecoveryKey(
            "That recovery key is not right for this store. Check each group of letters. "
            "Nothing was changed."
        ) from None


def rewrap(keyfile: KeyFile, data_key: bytearray, new_passphrase: str) -> KeyFile:
    """The same data key under a new passphrase (fresh salt); the recovery slot is kept."""
    salt = secrets.token_bytes(16)
    kek = _passphrase_kek(new_passphrase, salt, keyfile.kdf)
    return replace(keyfile, salt=salt, passphrase_slot=_wrap(kek, data_key, keyfile.store_id, "passphrase"))


def read(path: Path) -> KeyFile:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        text = ""
    return KeyFile.from_json(text, path)


def write(path: Path, keyfile: KeyFile) -> None:
    write_atomic(path, keyfile.to_json().encode("utf-8"))


def normalise_recovery_key(text: str) -> str:
    """Accept the recovery key however it was typed: case, spaces and dashes don't matter."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _new_recovery_key() -> str:
    # 32 symbols of 5 bits each: 160 bits, shown as 8 groups of 4.
    symbols = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(symbols[i : i + 4] for i in range(0, 32, 4))


def _passphrase_kek(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return argon2.low_level.hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=argon2.low_level.Type.ID,
    )


def _recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    # The recovery key carries 160 random bits, so a fast KDF is enough.
    material = normalise_recovery_key(recovery_key).encode("ascii")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"stalkdesk recovery").derive(material)


def _wrap(kek: bytes, data_key: bytearray, store_id: str, slot: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(kek).encrypt(nonce, bytes(data_key), f"{store_id}:{slot}".encode())


def _unwrap(kek: bytes, blob: bytes, store_id: str, slot: str) -> bytearray:
    nonce, ciphertext = blob[:12], blob[12:]
    return bytearray(AESGCM(kek).decrypt(nonce, ciphertext, f"{store_id}:{slot}".encode()))


def _check(doc: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
