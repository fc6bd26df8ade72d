"""The import wizard: choose a file, check its format (and columns), tick the suspect's
identities, preview, import with progress and cancel, and read the result.

    wizard = ImportWizard(ws, case, runner, parent, path=dropped)
    wizard.imported.connect(...)   # the chronology and evidence tabs reload
    wizard.open()

Reading a whole file (the preview, twice: the people in it, then the entries the chosen
identities would make) and the import itself run through the task runner, off the GUI
thread. Only a file's first bytes are read on the GUI thread, to recognise its format and
columns. The import service writes everything in one transaction, so a cancelled or failed
import leaves the case as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget, QWizard

from stalkdesk.domain.records import Case
from stalkdesk.gui.importing import detect
from stalkdesk.gui.importing.detect import ColumnsProbe, Detection
from stalkdesk.gui.importing.pages_choose import ColumnsPage, FilePage, FormatPage
from stalkdesk.gui.importing.pages_run import ParticipantsPage, ResultPage, RunPage, SummaryPage
from stalkdesk.gui.tasks import CancelToken, Runner
from stalkdesk.services.image_import import ImageImportResult
from stalkdesk.services.importing import ImportOptions, ImportPreview, ImportSummary
from stalkdesk.services.workspace import Workspace

STYLE = """
QLabel#error_label { color: #b00020; }
QLabel#status_label, QLabel#notes_label, QLabel#date_order_hint_label, QLabel#suspect_note_label,
QLabel#file_info_label, QLabel#formats_label { color: #4a5a6a; }
QLabel[role="sample"] { color: #4a5a6a; font-style: italic; }
QLabel[role="needed"] { font-weight: bold; }
QFrame#drop_frame { background-color: #f6f8fa; border: 1px dashed #8a9bb0; border-radius: 6px; }
QFrame#drop_frame[hover="true"] { background-color: #e3edf8; border: 1px solid #2f6db3; }
QGroupBox#already_group { color: #7a4b00; }
QTableView, QListView { background-color: #ffffff; alternate-background-color: #f6f8fa;
                        border: 1px solid #c3ccd7; selection-background-color: #d6e4f5;
                        selection-color: #1f2d3d; }
"""


PLAIN_LABELS = frozenset({"error_label", "status_label", "file_info_label", "formats_label"})


class PageId(IntEnum):
    FILE = 0
    FORMAT = 1
    COLUMNS = 2
    PARTICIPANTS = 3
    SUMMARY = 4
    RUN = 5
    RESULT = 6


@dataclass
class ImportState:
    """What the officer has chosen so far, and what the service has said about it."""

    zone: str
    path: Path | None = None
    detection: Detection | None = None
    format: str = ""
    dayfirst: bool = True
    probe: ColumnsProbe | None = None
    columns: dict[str, str] = field(default_factory=dict)  # role -> column, as the officer mapped it
    suspects: tuple[str, ...] = ()
    window_minutes: int = 60
    force: bool = False
    people: ImportPreview | None = None  # the first preview: who is in the file
    people_key: tuple[Any, ...] | None = None
    preview: ImportPreview | ImageImportResult | None = None  # with the ticked identities and the window
    preview_key: tuple[Any, ...] | None = None
    summary: ImportSummary | ImageImportResult | None = None

    def options(self, *, suspects: tuple[str, ...] | None = None) -> ImportOptions:
        return ImportOptions(suspects=self.suspects if suspects is None else suspects,
                             group_window=timedelta(minutes=self.window_minutes),
                             dayfirst=None if self.dayfirst else False,  # None: the file decides, else UK
                             force=self.force, zone=self.zone, columns=dict(self.columns))

    def file_key(self) -> tuple[Any, ...]:
        """What the file is read with: a change means the people in it must be read again."""
        return (self.path, self.format, self.dayfirst, tuple(sorted(self.columns.items())))

    def preview_options_key(self) -> tuple[Any, ...]:
        return (*self.file_key(), self.suspects, self.window_minutes)


class Background(QObject):
    """One task at a time for the wizard, through the app's runner, with progress as a signal.

    The runner's own progress callback raises Cancelled once `cancel()` is called, inside
    the service (and so inside its transaction). Results of a task that was superseded, or
    that arrive after the wizard closed, are dropped."""

    progressed = Signal(int, int)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self._token: CancelToken | None = None
        self.running = False
        self.closed = False
        self._slot: Callable[[int, int], None] | None = None

    def start(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None], on_cancelled: Callable[[], None]) -> None:
        self.cancel()
        self._generation += 1
        generation = self._generation
        token = self._token = CancelToken()
        self.running = True
        relay = self.progressed

        def call(*call_args: Any, progress: Callable[[int, int], None]) -> Any:
            def both(done: int, total: int) -> None:
                progress(done, total)  # raises Cancelled when asked to stop
                relay.emit(done, total)

            return fn(*call_args, progress=both)

        def back(callback: Callable[..., None]) -> Callable[..., None]:
            def deliver(*value: Any) -> None:
                if generation != self._generation:
                    return  # superseded: a newer task is the one that counts
                self.running = False
                if not self.closed:
                    callback(*value)
            return deliver

        self._runner.run(call, *args, cancel_token=token, on_done=back(on_done), on_error=back(on_error),
                         on_cancelled=back(on_cancelled))

    def cancel(self) -> None:
        if self.running and self._token is not None:
            self._token.cancel()

    def listen(self, slot: Callable[[int, int], None]) -> None:
        """Progress goes to this slot only (the page now showing it)."""
        if self._slot is not None:
            self.progressed.disconnect(self._slot)
        self._slot = slot
        self.progressed.connect(slot)


class ImportWizard(QWizard):
    """`imported(ImportSummary)` as soon as an import has been stored."""

    imported = Signal(object)

    def __init__(self, ws: Workspace, case: Case, runner: Runner, parent: QWidget | None = None, *,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        assert case.id is not None
        self.setObjectName("import_wizard")
        self.ws, self.case, self.case_id = ws, case, case.id
        self.state = ImportState(zone=case.zone)
        self.background = Background(runner, self)
        self._close_when_stopped = False
        self.choose_file: Callable[[QWidget], Path | None] = _choose_file
        self.choose_folder: Callable[[QWidget], Path | None] = _choose_folder
        self.setWindowTitle(f"Import into {case.operation or case.urn}")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Import")
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Close")
        self.setStyleSheet(STYLE)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(760, 560)
        self.resize(860, 620)
        self.file_page = FilePage(self)
        self.format_page = FormatPage(self)
        self.columns_page = ColumnsPage(self)
        self.participants_page = ParticipantsPage(self)
        self.summary_page = SummaryPage(self)
        self.run_page = RunPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in ((PageId.FILE, self.file_page), (PageId.FORMAT, self.format_page),
                              (PageId.COLUMNS, self.columns_page), (PageId.PARTICIPANTS, self.participants_page),
                              (PageId.SUMMARY, self.summary_page), (PageId.RUN, self.run_page),
                              (PageId.RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setStartId(PageId.FILE)
        for label in self.findChildren(QLabel):
            if label.objectName() in PLAIN_LABELS:  # file names and messages such as "no <smses> list"
                label.setTextFormat(Qt.TextFormat.PlainText)
        if path is not None:
            self.file_page.set_path(path)

    def nextId(self) -> int:
        current = self.currentId()
        if current == PageId.FORMAT and self.state.probe is not None:
            return PageId.COLUMNS
        if current in (PageId.FORMAT, PageId.COLUMNS):
            # Only contacts have people to name; diary rows and pictures go straight to the preview.
            return PageId.PARTICIPANTS if self.makes == "records" else PageId.SUMMARY
        if current == PageId.RESULT:
            return -1
        return current + 1 if current >= 0 else -1

    @property
    def makes(self) -> str:
        return detect.makes(self.state.format) if self.state.format else "records"

    @property
    def busy(self) -> bool:
        return self.background.running

    def reject(self) -> None:
        """Cancel closes the wizard; while an import is being written it cancels the import
        first and closes once the store has rolled it back."""
        if self.busy and self.currentId() == PageId.RUN:
            self._close_when_stopped = True
            self.run_page.cancel()
            return
        self.background.cancel()
        self.background.closed = True
        super().reject()

    def task_stopped(self) -> None:
        """The import task is over (stored, cancelled or failed): close if Cancel asked to."""
        if self._close_when_stopped:
            self._close_when_stopped = False
            self.background.closed = True
            super().reject()

    def done(self, result: int) -> None:
        self.background.closed = True
        super().done(result)


def _choose_file(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Choose the file to import")
    return Path(chosen) if chosen else None


def _choose_folder(parent: QWidget) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, "Choose the folder to import")
    return Path(chosen) if chosen else None
