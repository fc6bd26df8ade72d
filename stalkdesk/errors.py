"""Known conditions, each with a message an officer can act on.

Every layer raises these for what it knows can go wrong (a wrong passphrase, a full disk,
a damaged file, bad input); the CLI prints them as one line and the GUI shows them in a
dialog. Anything else is a bug and goes to the crash handler.
"""

from __future__ import annotations


class UserError(Exception):
    """Base class: `str(error)` is a complete sentence for the officer."""


class InvalidInput(UserError):
    """Something typed or supplied is not acceptable; the message names the field and why."""


class StoreError(UserError):
    """A condition of the encrypted store."""


class NoStore(StoreError):
    pass


class StoreExists(StoreError):
    pass


class WrongPassphrase(StoreError):
    pass


class WrongRecoveryKey(StoreError):
    pass


class NotAStore(StoreError):
    pass


class StoreDamaged(StoreError):
    pass


class NewerSchema(StoreError):
    pass


class StoreBusy(StoreError):
    pass


class DiskFull(StoreError):
    pass


class NotFound(StoreError):
    pass


class Conflict(StoreError):
    """The change would break a rule (duplicate URN or exhibit reference, ...)."""


class KeyringUnavailable(StoreError):
    pass


class Cancelled(UserError):
    """The officer cancelled a long operation; what it had done is rolled back."""
