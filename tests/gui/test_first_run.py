from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox

import stalkdesk.services.vault as vault_module
from stalkdesk.gui.dialogs.common import NO_KEYRING
from stalkdesk.gui.dialogs.first_run import FirstRunDialog, strength_hint
from stalkdesk.gui.dialogs.recovery_key import RecoveryKeyDialog
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.vault import Vault
from tests.conftest import PASSPHRASE, MemoryKeyring

pytestmark = pytest.mark.gui

RECOVERY = re.compile(r"^[A-Z0-9]{4}(-[A-Z0-9]{4}){7}$")


def _fill(dialog: FirstRunDialog, qtbot, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    ui = dialog.ui
    qtbot.keyClicks(ui.name_edit, "Alex Fictional")
    ui.rank_edit.setText("DC")
    ui.warrant_edit.setText("9999")
    ui.force_edit.setText("Fictional Constabulary")
    ui.unit_edit.setText("Stalking Unit")
    qtbot.keyClicks(ui.initials_edit, "af")
    qtbot.keyClicks(ui.passphrase_edit, passphrase)
    qtbot.keyClicks(ui.confirm_edit, passphrase)


def _ok(dialog: QDialog) -> object:
    return dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]


def test_creates_the_store(qtbot, new_vault: Vault, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                           fake_keyring: MemoryKeyring) -> None:
    dialog = FirstRunDialog(new_vault, runner)
    qtbot.addWidget(dialog)
    assert not _ok(dialog).isEnabled()
    _fill(dialog, qtbot)
    dialog.ui.remember_check.setChecked(True)
    assert _ok(dialog).isEnabled()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert new_vault.exists()
    assert dialog.workspace is not None
    assert dialog.workspace.officer is not None
    assert dialog.workspace.officer.initials == "AF"
    assert dialog.workspace.officer.display == "DC Alex Fictional (9999)"
    assert RECOVERY.match(dialog.recovery_key)
    assert dialog.ui.passphrase_edit.text() == ""  # not left lying in a widget
    assert fake_keyring.secrets, "Remember on this computer kept the key"
    dialog.workspace.close()


def test_ok_waits_for_matching_passphrases(qtbot, new_vault: Vault, runner: SyncTaskRunner) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(new_vault, runner)
    qtbot.addWidget(dialog)
    _fill(dialog, qtbot)
    qtbot.keyClicks(dialog.ui.confirm_edit, "x")
    assert not _ok(dialog).isEnabled()
    assert dialog.ui.strength_label.text() == "The two passphrases do not match."
    dialog.accept()  # e.g. Enter pressed: explains instead of closing
    assert dialog.ui.error_label.isVisibleTo(dialog)
    assert not new_vault.exists()


def test_strength_hint() -> None:
    assert "At least 10" in strength_hint("")
    assert strength_hint("short").startswith("Too short: 5 of")
    assert strength_hint("tenletters").startswith("Acceptable")
    assert strength_hint(PASSPHRASE) == "Strong."


def test_remember_is_disabled_without_a_keyring(qtbot, new_vault: Vault, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vault_module, "keyring_available", lambda: False)
    dialog = FirstRunDialog(new_vault, runner)
    qtbot.addWidget(dialog)
    assert not dialog.ui.remember_check.isEnabled()
    assert dialog.ui.remember_check.toolTip() == NO_KEYRING


def test_recovery_key_dialog_holds_until_recorded(qtbot) -> None:  # type: ignore[no-untyped-def]
    key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.key_label.text() == "ABCD-EFGH-JKLM-NPQR\nSTUV-WXYZ-2345-6789"
    assert dialog.ui.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    font = dialog.ui.key_label.font()
    assert font.family() == QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    assert font.pointSize() == 20
    assert "shown only this once" in dialog.ui.explanation_label.text()
    assert not _ok(dialog).isEnabled()
    dialog.reject()  # Escape
    assert dialog.isVisible()
    dialog.ui.recorded_check.setChecked(True)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
