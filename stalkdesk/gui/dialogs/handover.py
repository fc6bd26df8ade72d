"""Case > Hand over case… and File > Receive case…: a case to or from a colleague's laptop.

Both run the handover service off the GUI thread (Argon2id and the copy take seconds) and
say a known failure (a wrong passphrase, an altered file, a case already here) on the
dialog's error line; nothing is written or added in that case.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QProgressDialog, QPushButton, QWidget

from stalkdesk.domain.records import Case
from stalkdesk.gui.dialogs.common import fit_height, show_error, show_failure
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_handover_export import Ui_HandoverExportDialog
from stalkdesk.gui.forms.ui_handover_import import Ui_HandoverImportDialog
from stalkdesk.gui.tasks import Runner
from stalkdesk.services import handover
from stalkdesk.services.handover import HandoverInfo
from stalkdesk.services.vault import MIN_PASSPHRASE
from stalkdesk.services.workspace import Workspace

SUFFIX = ".sdcase"


def strength_hint(passphrase: str) -> tuple[bool, str]:
    """(acceptable, a word on its strength): length is what resists guessing offline."""
    if not passphrase:
        return False, f"At least {MIN_PASSPHRASE} characters; three or four unrelated words are best."
    if len(passphrase) < MIN_PASSPHRASE:
        return False, f"Too short: {len(passphrase)} of at least {MIN_PASSPHRASE} characters."
    words = len(passphrase.split())
    if len(passphrase) >= 20 and words >= 3:
        return True, "Strong: long, and several words."
    if len(passphrase) >= 16:
        return True, "Good; another unrelated word would make it stronger."
    return True, "Acceptable, but short: add another word or two."


def _progress(parent: QWidget, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "Cancel", 0, 0, parent)
    dialog.setWindowTitle("StalkDesk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setCancelButton(None)  # type: ignore[arg-type]  # the key derivation cannot stop part-way
    return dialog


class _HandoverDialog(QDialog):
    _ok: QPushButton
    _busy_text = ""

    def _set_busy(self, busy: bool, ok_text: str) -> None:
        for widget in self.findChildren(QLineEdit):
            widget.setEnabled(not busy)
        self._ok.setText(self._busy_text if busy else ok_text)
        self._ok.setEnabled(not busy)
        self._buttons().setEnabled(not busy)

    def _buttons(self) -> QDialogButtonBox:
        raise NotImplementedError

    def reject(self) -> None:
        if self._buttons().isEnabled():  # not while the file is being written or read
            super().reject()


class HandoverExportDialog(_HandoverDialog):
    """Asks recipient, purpose, file and passphrase (twice); then shows the file's SHA-256."""

    _busy_text = "Writing…"

    def __init__(self, ws: Workspace, case: Case, runner: Runner, prompts: Prompts | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverExportDialog()
        self.ui.setupUi(self)
        self._ws, self._case, self._runner = ws, case, runner
        self._prompts = prompts or Prompts()
        self.info: HandoverInfo | None = None
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Hand over")
        self.setWindowTitle(f"Hand over case {case.urn}")
        self.ui.intro_label.setText(
            f"Write case {case.urn} ({case.operation or 'no operation name'}) with its people, chronology, "
            "exhibits and audit trail to one encrypted file for a colleague's StalkDesk. The case stays "
            "in this store.")
        self.ui.file_edit.setText(str(Path.home() / f"{case.urn}-{date.today():%Y-%m-%d}{SUFFIX}"))
        self.ui.browse_button.clicked.connect(self._browse)
        for edit in (self.ui.recipient_edit, self.ui.purpose_edit, self.ui.file_edit, self.ui.passphrase_edit,
                     self.ui.confirm_edit):
            edit.textChanged.connect(self._update)
        show_error(self.ui.error_label, "")
        self.ui.result_label.hide()
        self._update()
        fit_height(self)

    def _buttons(self) -> QDialogButtonBox:
        return self.ui.button_box

    def _browse(self) -> None:
        chosen = self._prompts.save_path(self, "Save the handover file", Path(self.ui.file_edit.text()))
        if chosen is not None:
            self.ui.file_edit.setText(str(chosen if chosen.suffix else chosen.with_suffix(SUFFIX)))

    def _update(self) -> None:
        ui = self.ui
        ok, hint = strength_hint(ui.passphrase_edit.text())
        same = ui.passphrase_edit.text() == ui.confirm_edit.text()
        if ok and ui.confirm_edit.text() and not same:
            hint = "The two passphrases are different."
        ui.strength_label.setText(hint)
        ready = all(e.text().strip() for e in (ui.recipient_edit, ui.purpose_edit, ui.file_edit))
        self._ok.setEnabled(self.info is None and ready and ok and same)

    def accept(self) -> None:
        if self.info is not None:  # the result is shown: OK closes
            super().accept()
            return
        ui = self.ui
        if ui.passphrase_edit.text() != ui.confirm_edit.text():
            show_error(ui.error_label, "The two passphrases are different. Nothing was written.")
            return
        target = Path(ui.file_edit.text().strip()).expanduser()
        show_error(ui.error_label, "")
        self._set_busy(True, "Hand over")
        self._runner.run(handover.export_case, self._ws, self._case.urn, target, ui.passphrase_edit.text(),
                         ui.recipient_edit.text(), ui.purpose_edit.text(), progress_kwarg=None,
                         progress_dialog=_progress(self, f"Writing case {self._case.urn} for handover…"),
                         on_done=self._written, on_error=self._failed)

    def _written(self, info: HandoverInfo) -> None:
        self.info = info
        for edit in (self.ui.passphrase_edit, self.ui.confirm_edit):
            edit.clear()
        self._set_busy(False, "Close")
        for widget in (self.ui.recipient_edit, self.ui.purpose_edit, self.ui.file_edit, self.ui.browse_button,
                       self.ui.passphrase_edit, self.ui.confirm_edit):
            widget.setEnabled(False)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self._ok.setEnabled(True)
        self.ui.result_label.setText(
            f"Written: {info.path}\n{info.rows.get('entry', 0)} entries, {info.rows.get('exhibit', 0)} exhibits.\n"
            f"SHA-256 of the file: {info.sha256}\n"
            "Give the recipient this SHA-256 and the passphrase separately from the file. "
            "The handover is in the audit trail.")
        self.ui.result_label.show()
        self.ui.strength_label.clear()
        fit_height(self)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False, "Hand over")
        self._update()
        show_failure(self.ui.error_label, error)
        fit_height(self)


class HandoverImportDialog(_HandoverDialog):
    """Asks file and passphrase; on success `case` is the case received."""

    _busy_text = "Checking…"

    def __init__(self, ws: Workspace, runner: Runner, prompts: Prompts | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverImportDialog()
        self.ui.setupUi(self)
        self._ws, self._runner = ws, runner
        self._prompts = prompts or Prompts()
        self.case: Case | None = None
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Receive")
        self.ui.browse_button.clicked.connect(self._browse)
        for edit in (self.ui.file_edit, self.ui.passphrase_edit):
            edit.textChanged.connect(self._update)
        show_error(self.ui.error_label, "")
        self._update()
        fit_height(self)

    def _buttons(self) -> QDialogButtonBox:
        return self.ui.button_box

    def _browse(self) -> None:
        chosen = self._prompts.open_file(self, "Choose the handover file (.sdcase)", str(Path.home()))
        if chosen is not None:
            self.ui.file_edit.setText(str(chosen))

    def _update(self) -> None:
        self._ok.setEnabled(bool(self.ui.file_edit.text().strip() and self.ui.passphrase_edit.text()))

    def accept(self) -> None:
        source = Path(self.ui.file_edit.text().strip()).expanduser()
        passphrase = self.ui.passphrase_edit.text()
        if not passphrase or not self.ui.file_edit.text().strip():
            return
        show_error(self.ui.error_label, "")
        self._set_busy(True, "Receive")
        self._runner.run(handover.import_case, self._ws, source, passphrase, progress_kwarg=None,
                         progress_dialog=_progress(self, f"Checking and taking in {source.name}…"),
                         on_done=self._received, on_error=self._failed)

    def _received(self, case: Case) -> None:
        self.case = case
        self.ui.passphrase_edit.clear()
        self._set_busy(False, "Receive")
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False, "Receive")
        self.ui.passphrase_edit.clear()
        self.ui.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()
        show_failure(self.ui.error_label, error)
        fit_height(self)
