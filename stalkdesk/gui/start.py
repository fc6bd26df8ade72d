"""From launch to an open workspace: first run, the remembered key, or the passphrase.

`exec_dialog` is how a dialog is run modally; tests pass a function that drives the
dialog's widgets instead, so the whole flow runs without a blocking event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from stalkdesk.errors import StoreError
from stalkdesk.gui.dialogs.first_run import FirstRunDialog
from stalkdesk.gui.dialogs.recovery_key import RecoveryKeyDialog
from stalkdesk.gui.dialogs.unlock import UnlockDialog
from stalkdesk.gui.tasks import Runner
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace

ExecDialog = Callable[[QDialog], int]

KEYRING_FAILED = "The key remembered on this computer did not open the store: {error}"


def exec_modal(dialog: QDialog) -> int:
    return dialog.exec()


def open_workspace(vault: Vault, runner: Runner, exec_dialog: ExecDialog = exec_modal,
                   use_keyring: bool = True) -> Workspace | None:
    """The unlocked workspace, or None if the officer chose to quit."""
    if not vault.exists():
        return _first_run(vault, runner, exec_dialog)
    message = ""
    if use_keyring:
        try:
            ws = vault.unlock_from_keyring()
        except StoreError as error:
            # A stale key (the store was restored from elsewhere): the passphrase still works.
            ws, message = None, KEYRING_FAILED.format(error=error)
        if ws is not None:
            return ws
    dialog = UnlockDialog(vault, runner, message)
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.workspace


def _first_run(vault: Vault, runner: Runner, exec_dialog: ExecDialog) -> Workspace | None:
    setup = FirstRunDialog(vault, runner)
    if exec_dialog(setup) != QDialog.DialogCode.Accepted or setup.workspace is None:
        return None
    # The dialog refuses to close until the officer confirms the key is written down.
    exec_dialog(RecoveryKeyDialog(setup.recovery_key))
    return setup.workspace
