from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from stalkdesk.gui.dialogs.unlock import UnlockDialog
from stalkdesk.gui.tasks import SyncTaskRunner, TaskRunner
from stalkdesk.services.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.gui


def _unlock(qtbot, dialog: UnlockDialog, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.ui.passphrase_edit, passphrase)
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_wrong_then_right_passphrase(qtbot, home: Path, runner: SyncTaskRunner) -> None:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(Vault(home), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.error_label.isVisible()

    _unlock(qtbot, dialog, "not the passphrase")
    assert dialog.isVisible() and dialog.workspace is None
    assert dialog.ui.error_label.isVisible()
    assert "passphrase is not right" in dialog.ui.error_label.text()
    assert dialog.ui.passphrase_edit.text() == ""

    _unlock(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.workspace is not None
    assert dialog.workspace.officer is not None
    dialog.workspace.close()


def test_unlocks_on_a_worker_thread(qtbot, home: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(Vault(home), TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    _unlock(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.workspace is not None, timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.workspace is not None
    dialog.workspace.close()


def test_quit_rejects(qtbot, home: Path, runner: SyncTaskRunner) -> None:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(Vault(home), runner)
    qtbot.addWidget(dialog)
    cancel = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Quit"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.workspace is None
