"""Who an exported file is for and why: asked before every file the GUI writes out of the store.

Every export leaves an audit row with the recipient and the purpose (issues 6 and 8), worded
by `services.exports.export_reason` as the CLI words it. The panels that export (the audit
trail's CSV, the patterns CSV, an exhibit's original) call `ask_export_details` before they
show the file chooser; cancelling it writes nothing.

The last recipient and purpose typed are offered again for the next export, in memory only
and per unlocked store: the memory is keyed by the `Workspace`, which locking closes and
replaces, so nothing typed survives a lock (and `forget` clears it outright).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ExportDetails:
    """The recipient and purpose of one export, tidied (single spaces, no ends)."""

    recipient: str
    purpose: str


_remembered: weakref.WeakKeyDictionary[Workspace, ExportDetails] = weakref.WeakKeyDictionary()


def remembered(ws: Workspace) -> ExportDetails | None:
    """The details typed for the last export made with this unlocked store, if any."""
    return _remembered.get(ws)


def forget(ws: Workspace | None = None) -> None:
    """Drop the remembered details (of one store, or all)."""
    if ws is None:
        _remembered.clear()
    else:
        _remembered.pop(ws, None)


class ExportDetailsDialog(QDialog):
    """Two required lines, "Recipient" and "Purpose"; Continue is enabled once both are given."""

    def __init__(self, what: str, details: ExportDetails | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_details_dialog")
        self.setWindowTitle("Who is it for, and why?")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(
            f"{what} will leave the encrypted store. Say who it is going to and why: both are "
            "recorded in the case's audit trail with the export.", self)
        self.intro_label.setObjectName("intro_label")
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        form = QFormLayout()
        self.recipient_edit = QLineEdit(self)
        self.recipient_edit.setObjectName("recipient_edit")
        self.recipient_edit.setPlaceholderText("e.g. CPS Direct, the defence, MARAC, a colleague (case review)")
        self.recipient_edit.setAccessibleName("Recipient")
        self.purpose_edit = QLineEdit(self)
        self.purpose_edit.setObjectName("purpose_edit")
        self.purpose_edit.setPlaceholderText("e.g. charging decision, disclosure, risk meeting")
        self.purpose_edit.setAccessibleName("Purpose")
        form.addRow("&Recipient:", self.recipient_edit)
        form.addRow("&Purpose:", self.purpose_edit)
        layout.addLayout(form)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.button_box.setObjectName("button_box")
        self.continue_button = self.button_box.addButton("Continue…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setObjectName("continue_button")
        self.continue_button.setDefault(True)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        for edit in (self.recipient_edit, self.purpose_edit):
            edit.textChanged.connect(self._update)
        if details is not None:
            self.recipient_edit.setText(details.recipient)
            self.purpose_edit.setText(details.purpose)
        self._update()

    @property
    def details(self) -> ExportDetails | None:
        """What was typed, tidied; None while either line is blank."""
        recipient = " ".join(self.recipient_edit.text().split())
        purpose = " ".join(self.purpose_edit.text().split())
        return ExportDetails(recipient, purpose) if recipient and purpose else None

    def _update(self) -> None:
        self.continue_button.setEnabled(self.details is not None)

    def accept(self) -> None:
        if self.details is not None:  # Enter in a blank line does not get past the question
            super().accept()


def ask_export_details(ws: Workspace, prompts: Prompts, parent: QWidget, what: str) -> ExportDetails | None:
    """Ask who `what` ("The audit trail CSV") is for and why, offering the last answer; None
    if the officer cancelled (or left a line blank), in which case nothing is to be written."""
    dialog = ExportDetailsDialog(what, remembered(ws), parent)
    try:
        accepted = prompts.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        details = dialog.details if accepted else None
    finally:
        dialog.deleteLater()
    if details is not None:
        _remembered[ws] = details
    return details
