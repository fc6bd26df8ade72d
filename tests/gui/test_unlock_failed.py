"""The unlock dialog: a wrong passphrase writes nothing; the next unlock logs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from stalkdesk.gui.dialogs.unlock import UnlockDialog
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.vault import Vault
from stalkdesk.services.verify import verify
from tests.conftest import PASSPHRASE
from tests.services.test_failed_unlocks import WRONG, failed_rows, files

pytestmark = pytest.mark.gui


def test_the_unlock_dialog_wrong_then_right(qtbot, home: Path) -> None:  # type: ignore[no-untyped-def]
    vault = Vault(home)
    dialog = UnlockDialog(vault, SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    before = files(home)
    dialog.ui.passphrase_edit.setText(WRONG)
    dialog.accept()
    assert dialog.workspace is None and files(home) == before
    assert "goes in the audit trail at the next unlock" in dialog.ui.error_label.text()
    dialog.ui.passphrase_edit.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.workspace is not None
    try:
        assert [s.split(" (")[0] for s in failed_rows(dialog.workspace)] == ["Unlock failed 1 time"]
        assert verify(dialog.workspace).ok
    finally:
        dialog.workspace.close()
