"""File > Back up now…, and the reminder on the case list when the last backup is old.

The backup is the store's own (`services.backup`): an encrypted, consistent copy made while
the store is open, verified against its manifest before it replaces any earlier file. When
the last one was made is read from its audit row, the store's only record of it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressDialog, QPushButton, QWidget

from stalkdesk.errors import UserError
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.tasks import Runner, report_unhandled
from stalkdesk.services import backup
from stalkdesk.services.backup import BackupInfo
from stalkdesk.services.workspace import Workspace

SUFFIX = ".sdbackup"
REMINDER_STYLE = """
#backup_reminder { background-color: #fff4dc; border: 1px solid #e0b458; border-radius: 4px; }
#backup_reminder QLabel { color: #5a4300; }
"""


def suggested_name(today: date | None = None) -> str:
    return f"stalkdesk-{today or date.today():%Y-%m-%d}{SUFFIX}"


def reminder_text(last: datetime | None, days: int, now: datetime | None = None) -> str:
    if last is None:
        return "This store has never been backed up. A lost or damaged laptop would lose every case."
    age = ((now or datetime.now(UTC)) - last).days
    return (f"The last backup of this store was {age} days ago ({last.astimezone(UTC):%d/%m/%Y}); "
            f"the reminder is set to {days} days.")


class BackupReminder(QFrame):
    """A quiet banner, never a modal question: "Back up now" or dismiss until next unlock."""

    backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_reminder")
        self.setStyleSheet(REMINDER_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_button = QPushButton("Back up now…")
        self.backup_button.setAutoDefault(False)
        self.dismiss_button = QPushButton("Not now")
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.setToolTip("Hide this reminder until the store is next unlocked")
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.backup_button)
        layout.addWidget(self.dismiss_button)
        self.backup_button.clicked.connect(self.backup_requested)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def check(self, ws: Workspace, days: int, now: datetime | None = None) -> bool:
        """Show the reminder if it is due (`days` 0 turns it off); True if shown."""
        due = backup.backup_overdue(ws, days, now)
        if due:
            self.text_label.setText(reminder_text(backup.last_backup(ws), days, now))
        self.setVisible(due)
        return due


class BackupAction(QObject):
    """Choose a file, write the backup off the GUI thread, then say where and what."""

    finished = Signal(object)  # the BackupInfo, or None if cancelled or failed

    def __init__(self, ws: Workspace, runner: Runner, prompts: Prompts, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws, self._runner, self.prompts, self._parent = ws, runner, prompts, parent
        self.running = False

    def start(self) -> None:
        if self.running:
            return
        target = self.prompts.save_path(self._parent, "Back up the store to", Path.home() / suggested_name())
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(SUFFIX)
        dialog = QProgressDialog("Backing up the store and checking the copy…", "Cancel", 0, 0, self._parent)
        dialog.setWindowTitle("StalkDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.running = True
        self._runner.run(backup.backup_open_store, self._ws, target, progress_dialog=dialog,
                         on_done=lambda info: self._done(info, dialog), on_error=lambda e: self._failed(e, dialog),
                         on_cancelled=lambda: self._over(None, dialog))

    def _over(self, info: BackupInfo | None, dialog: QProgressDialog) -> None:
        self.running = False
        dialog.deleteLater()
        self.finished.emit(info)

    def _done(self, info: BackupInfo, dialog: QProgressDialog) -> None:
        self._over(info, dialog)
        rows = sum(int(t["rows"]) for t in info.tables.values())
        self.prompts.inform(
            self._parent, f"Backup written and verified: {info.path}",
            f"{rows} rows in {len(info.tables)} tables; every table digest was checked against the manifest "
            f"before the file was put in place.\nSHA-256 of the file: {info.sha256}\n\nThe backup is encrypted "
            "with the same key: your passphrase or recovery key opens it (`stalkdesk restore`). Keep it on a "
            "drive your force approves, away from this laptop.")

    def _failed(self, error: BaseException, dialog: QProgressDialog) -> None:
        self._over(None, dialog)
        if isinstance(error, UserError):
            self.prompts.inform(self._parent, "The backup was not made.", str(error))
        else:
            report_unhandled(error)
