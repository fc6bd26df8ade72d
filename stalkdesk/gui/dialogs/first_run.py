"""First run: who the officer is, and the passphrase that makes the encrypted store."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stalkdesk.domain.records import Officer
from stalkdesk.gui.dialogs.common import (
    align_label_columns,
    configure_remember,
    fit_height,
    remember_key,
    show_error,
    show_failure,
)
from stalkdesk.gui.forms.ui_first_run import Ui_FirstRunDialog
from stalkdesk.gui.tasks import Runner
from stalkdesk.services.vault import MIN_PASSPHRASE, Vault
from stalkdesk.services.workspace import Workspace

_INITIALS = re.compile(r"[A-Z]{1,4}")


def strength_hint(passphrase: str, confirm: str = "") -> str:
    """A plain-words hint; the real rule (a minimum length) is enforced by the vault."""
    if not passphrase:
        return (f"At least {MIN_PASSPHRASE} characters. A few ordinary words make a "
                "passphrase that is strong and easy to type.")
    if len(passphrase) < MIN_PASSPHRASE:
        return f"Too short: {len(passphrase)} of at least {MIN_PASSPHRASE} characters."
    if confirm and confirm != passphrase:
        return "The two passphrases do not match."
    if len(passphrase) >= 20 or len(passphrase.split()) >= 4:
        return "Strong."
    if len(passphrase) >= 15:
        return "Good. Longer is stronger still."
    return "Acceptable. Longer is stronger: try three or four ordinary words."


class FirstRunDialog(QDialog):
    """Creates the store on accept; then `workspace` and `recovery_key` are set."""

    def __init__(self, vault: Vault, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._vault = vault
        self._runner = runner
        self.workspace: Workspace | None = None
        self.recovery_key = ""
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Create store")
        configure_remember(self.ui.remember_check)
        show_error(self.ui.error_label, "")
        align_label_columns(self.ui.officer_layout, self.ui.passphrase_layout)
        for edit in (self.ui.name_edit, self.ui.initials_edit, self.ui.passphrase_edit,
                     self.ui.confirm_edit):
            edit.textChanged.connect(self._update)
        self._update()
        fit_height(self)

    def officer(self) -> Officer:
        ui = self.ui
        return Officer(
            name=ui.name_edit.text().strip(),
            initials=ui.initials_edit.text().strip().upper(),
            rank=ui.rank_edit.text().strip(),
            warrant_number=ui.warrant_edit.text().strip(),
            force=ui.force_edit.text().strip(),
            unit=ui.unit_edit.text().strip(),
        )

    def _problem(self) -> str:
        """What still stops the store being created, or "" when nothing does."""
        officer = self.officer()
        passphrase = self.ui.passphrase_edit.text()
        if not officer.name:
            return "Enter your name."
        if not _INITIALS.fullmatch(officer.initials):
            return "Enter the one to four letters that start your exhibit references."
        if len(passphrase) < MIN_PASSPHRASE:
            return f"The passphrase must be at least {MIN_PASSPHRASE} characters long."
        if passphrase != self.ui.confirm_edit.text():
            return "Type the same passphrase in both boxes."
        return ""

    def _update(self) -> None:
        self.ui.strength_label.setText(
            strength_hint(self.ui.passphrase_edit.text(), self.ui.confirm_edit.text()))
        self._ok.setEnabled(not self._problem())

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            show_error(self.ui.error_label, problem)
            return
        show_error(self.ui.error_label, "")
        self._set_busy(True)
        self._runner.run(self._vault.create, self.ui.passphrase_edit.text(), self.officer(),
                         progress_kwarg=None, on_done=self._created, on_error=self._failed)

    def _created(self, result: tuple[Workspace, str]) -> None:
        self.workspace, self.recovery_key = result
        self.ui.passphrase_edit.clear()
        self.ui.confirm_edit.clear()
        if self.ui.remember_check.isChecked():
            remember_key(self, self._vault, self.workspace)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_failure(self.ui.error_label, error)

    def _set_busy(self, busy: bool) -> None:
        self.ui.officer_group.setEnabled(not busy)
        self.ui.passphrase_group.setEnabled(not busy)
        self.ui.button_box.setEnabled(not busy)
        self._ok.setText("Creating…" if busy else "Create store")

    def reject(self) -> None:
        # Closing mid-creation would lose the workspace being opened; wait for it to finish.
        # (QDialog's closeEvent and Escape both come through here.)
        if self.ui.button_box.isEnabled():
            super().reject()
