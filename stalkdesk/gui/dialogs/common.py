"""Small pieces the dialogs share: the error label and the "remember" checkbox."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QMessageBox, QWidget

from stalkdesk.errors import UserError
from stalkdesk.gui.tasks import show_or_report
from stalkdesk.services import vault
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace

NO_KEYRING = (
    "This computer has no working credential store (keyring), so StalkDesk cannot "
    "remember the key. You will be asked for your passphrase each time."
)


def show_error(label: QLabel, message: str) -> None:
    """Show (or, with an empty message, hide) the red error line of a dialog."""
    label.setText(message)
    label.setVisible(bool(message))


def show_failure(label: QLabel, error: BaseException) -> None:
    """A known condition (UserError) goes on the dialog's error line; a bug goes to the
    crash handler, never as a raw message in the dialog."""
    show_or_report(error, lambda message: show_error(label, message))


def align_label_columns(*forms: QFormLayout) -> None:
    """Give several form layouts one label width, so fields in separate groups line up."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                labels.append(widget)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def fit_height(dialog: QDialog) -> None:
    """Shrink a dialog to its content's height; Designer's canvas size is only a guess."""
    dialog.resize(dialog.width(), dialog.sizeHint().height())


def configure_remember(check: QCheckBox) -> None:
    """Offer "Remember on this computer" only where an OS credential store works."""
    if not vault.keyring_available():
        check.setChecked(False)
        check.setEnabled(False)
        check.setToolTip(NO_KEYRING)


def remember_key(parent: QWidget, store: Vault, ws: Workspace) -> None:
    """Keep the key in the OS credential store; a failure here is worth a word, not a stop."""
    try:
        store.remember_key(ws)
    except UserError as error:
        QMessageBox.warning(parent, "StalkDesk", str(error))
