"""Drives the start-up dialogs in place of a modal `exec()`, for flow tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from stalkdesk.gui.dialogs.first_run import FirstRunDialog
from stalkdesk.gui.dialogs.recovery_key import RecoveryKeyDialog
from stalkdesk.gui.dialogs.unlock import UnlockDialog
from tests.conftest import OFFICER, PASSPHRASE


def fill_first_run(dialog: FirstRunDialog) -> None:
    ui = dialog.ui
    ui.name_edit.setText(OFFICER.name)
    ui.rank_edit.setText(OFFICER.rank)
    ui.warrant_edit.setText(OFFICER.warrant_number)
    ui.initials_edit.setText(OFFICER.initials)
    ui.passphrase_edit.setText(PASSPHRASE)
    ui.confirm_edit.setText(PASSPHRASE)
    dialog.accept()


def record_key(dialog: RecoveryKeyDialog) -> None:
    dialog.ui.recorded_check.setChecked(True)
    dialog.accept()


def unlock(dialog: UnlockDialog) -> None:
    dialog.ui.passphrase_edit.setText(PASSPHRASE)
    dialog.accept()


def cancel(dialog: QDialog) -> None:
    dialog.reject()


class Driver:
    """An `exec_dialog` stand-in: runs the action for each dialog's type and records it."""

    def __init__(self, **actions: Callable[..., None]) -> None:
        self.actions: dict[str, Callable[..., None]] = {
            "FirstRunDialog": fill_first_run, "RecoveryKeyDialog": record_key, "UnlockDialog": unlock,
        }
        self.actions.update(actions)
        self.seen: list[str] = []

    def __call__(self, dialog: QDialog) -> int:
        name = type(dialog).__name__
        self.seen.append(name)
        self.actions[name](dialog)
        return dialog.result()
