"""Shows the recovery key once, and does not let go until the officer says it is recorded."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stalkdesk.gui.forms.ui_recovery_key import Ui_RecoveryKeyDialog


def key_lines(recovery_key: str) -> str:
    """Eight groups on two lines of four, which is easier to copy by hand than one long line."""
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:]) if len(groups) > 1 else recovery_key


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(20)
        font.setBold(True)
        self.ui.key_label.setFont(font)
        self.ui.key_label.setText(key_lines(recovery_key))
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setEnabled(False)
        self.ui.recorded_check.toggled.connect(self._ok.setEnabled)

    def reject(self) -> None:
        # Escape or the close button must not skip the one chance to record the key.
        if self.ui.recorded_check.isChecked():
            super().reject()
