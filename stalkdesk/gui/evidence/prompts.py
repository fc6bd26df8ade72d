"""Every modal question the Evidence tab asks, behind one object so tests can answer them.

The view, the viewer and the dialogs never call `exec()` or a static `QFileDialog` /
`QMessageBox` function themselves; they ask their `Prompts`. Tests pass a subclass that
records the question and answers at once, so no blocking event loop ever runs in a test.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

TITLE = "StalkDesk"


class Prompts:
    """The real, modal implementation."""

    def exec_dialog(self, dialog: QDialog) -> int:
        return dialog.exec()

    def open_file(self, parent: QWidget, caption: str, folder: str = "") -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, caption, folder)
        return Path(chosen) if chosen else None

    def save_path(self, parent: QWidget, caption: str, suggested: Path) -> Path | None:
        # The native dialog asks before overwriting, so the caller need not ask again.
        chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested))
        return Path(chosen) if chosen else None

    def confirm(self, parent: QWidget, text: str, informative: str = "", ok_text: str = "OK",
                warning: bool = False) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question,
                          TITLE, text, QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText(informative)
        ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel if warning else ok)
        self.exec_dialog(box)
        return box.clickedButton() is ok

    def inform(self, parent: QWidget, text: str, informative: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Information, TITLE, text, QMessageBox.StandardButton.Ok, parent)
        box.setInformativeText(informative)
        self.exec_dialog(box)
