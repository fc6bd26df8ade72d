"""Asks for the passphrase. A wrong one is said in the dialog; nothing else happens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stalkdesk.errors import WrongPassphrase
from stalkdesk.gui.dialogs.common import configure_remember, fit_height, remember_key, show_error, show_failure
from stalkdesk.gui.forms.ui_unlock import Ui_UnlockDialog
from stalkdesk.gui.tasks import Runner
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace

FAILED_NOTE = "The failed attempt goes in the audit trail at the next unlock (never what was typed)."


class UnlockDialog(QDialog):
    """Unlocks on accept (key derivation runs off the GUI thread); then `workspace` is set."""

    def __init__(self, vault: Vault, runner: Runner, message: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._vault = vault
        self._runner = runner
        self.workspace: Workspace | None = None
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Unlock")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Quit")
        self.ui.folder_label.setText(f"Store: {vault.folder}")
        configure_remember(self.ui.remember_check)
        show_error(self.ui.error_label, message)
        self.ui.passphrase_edit.textChanged.connect(self._update)
        self._update()
        fit_height(self)

    def _update(self) -> None:
        self._ok.setEnabled(bool(self.ui.passphrase_edit.text()))

    def accept(self) -> None:
        passphrase = self.ui.passphrase_edit.text()
        if not passphrase:
            return
        self._set_busy(True)
        self._runner.run(self._vault.unlock, passphrase, progress_kwarg=None,
                         on_done=self._unlocked, on_error=self._failed)

    def _unlocked(self, ws: Workspace) -> None:
        self.workspace = ws
        self.ui.passphrase_edit.clear()
        if self.ui.remember_check.isChecked():
            remember_key(self, self._vault, ws)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.ui.passphrase_edit.clear()
        self.ui.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        show_failure(self.ui.error_label, error)
        if isinstance(error, WrongPassphrase):
            self.ui.error_label.setText(f"{error} {FAILED_NOTE}")
            fit_height(self)  # three lines now: nothing may be cut off

    def _set_busy(self, busy: bool) -> None:
        self.ui.passphrase_edit.setEnabled(not busy)
        self.ui.button_box.setEnabled(not busy)
        self._ok.setText("Unlocking…" if busy else "Unlock")
        if busy:
            show_error(self.ui.error_label, "")
        else:
            self._update()

    def reject(self) -> None:
        if self.ui.button_box.isEnabled():  # not while the key is being derived
            super().reject()
