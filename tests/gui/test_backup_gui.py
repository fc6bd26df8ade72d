"""File > Back up now… and the backup reminder on the case list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services import backup
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.conftest import PASSPHRASE
from tests.gui.evidence.conftest import FakePrompts

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.in_file(tmp_path / "ui-settings.ini")


@pytest.fixture
def make_window(qtbot, ws: Workspace, runner: SyncTaskRunner, settings: Settings):  # type: ignore[no-untyped-def]
    ws.cases.create(factories.case())  # the reminder lives on the case list

    def make() -> MainWindow:
        window = MainWindow(ws, runner, settings=settings)
        qtbot.addWidget(window)
        window.prompts = FakePrompts()
        window.show()
        return window
    return make


@pytest.fixture
def window(make_window) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield make_window()


def prompts(window: MainWindow) -> FakePrompts:
    assert isinstance(window.prompts, FakePrompts)
    return window.prompts


def test_back_up_now_writes_a_verified_backup(window: MainWindow, ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "backups" / "monday"  # no suffix: .sdbackup is added
    target.parent.mkdir()
    prompts(window).save_to = target
    window.ui.backup_action.trigger()
    written = target.with_suffix(".sdbackup")
    manifest = backup.verify_file(written, PASSPHRASE)  # its own key file opens it; every digest matches
    tables = manifest["tables"]
    assert isinstance(tables, dict) and tables["case_file"]["rows"] == 1
    told = prompts(window).informed[-1]
    assert f"Backup written and verified: {written}" in told
    assert backup.last_backup(ws) is not None
    event = ws.audit.events()[-1]
    assert (event.action, event.object_type, event.reason) == ("export", "store", "Backup")
    assert event.summary.split("SHA-256 ")[1].rstrip(")") in told
    assert window.ui.backup_action.isEnabled()


def test_a_failed_backup_says_why_and_writes_nothing(window: MainWindow, ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.sdbackup"
    folder.mkdir()
    prompts(window).save_to = folder
    window.ui.backup_action.trigger()
    assert "The backup was not made." in prompts(window).informed[-1]
    assert "is a folder" in prompts(window).informed[-1]
    assert backup.last_backup(ws) is None


def test_choosing_no_file_does_nothing(window: MainWindow, ws: Workspace) -> None:
    window.ui.backup_action.trigger()  # save_to is None: the officer cancelled the chooser
    assert prompts(window).informed == [] and backup.last_backup(ws) is None


def test_reminder_shown_when_never_backed_up_and_gone_after_backing_up(window: MainWindow, tmp_path: Path) -> None:
    reminder = window.backup_reminder
    assert reminder.isVisible()
    assert "never been backed up" in reminder.text_label.text()
    prompts(window).save_to = tmp_path / "b.sdbackup"
    reminder.backup_button.click()  # "Back up now…" on the banner itself
    assert (tmp_path / "b.sdbackup").exists()
    assert not reminder.isVisible()


def test_reminder_follows_the_age_of_the_last_backup(window: MainWindow, ws: Workspace, tmp_path: Path) -> None:
    backup.backup_open_store(ws, tmp_path / "b.sdbackup")
    reminder = window.backup_reminder
    now = datetime.now(UTC)
    assert not reminder.check(ws, 7, now)  # recent: hidden
    assert not reminder.isVisible()
    assert reminder.check(ws, 7, now + timedelta(days=8))  # old: shown, with the age
    assert reminder.isVisible()
    assert "8 days ago" in reminder.text_label.text() and "set to 7 days" in reminder.text_label.text()
    assert not reminder.check(ws, 0, now + timedelta(days=800))  # 0: reminders off


def test_the_setting_turns_the_reminder_off(make_window, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    assert Settings.backup_reminder_days.default == 7
    settings.backup_reminder_days = 0
    window = make_window()
    assert not window.backup_reminder.isVisible()


def test_not_now_hides_the_reminder(window: MainWindow) -> None:
    window.backup_reminder.dismiss_button.click()
    assert not window.backup_reminder.isVisible()


def test_lock_hides_the_reminder(window: MainWindow) -> None:
    window.lock_down()
    assert window.backup_reminder.isHidden()
