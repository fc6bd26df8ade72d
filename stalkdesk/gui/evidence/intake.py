"""Taking in many files at once (a drop from the file manager): which files, the run, the summary.

A dropped folder is expanded recursively. Hidden files and folders are skipped, and so is
the clutter that file managers hide (Thumbs.db, desktop.ini): a victim's phone backup or a
copied folder is full of them, and none is evidence the officer chose. The officer
confirms, intake runs off the GUI thread with a cancellable progress dialog, and every
refused file is then listed with its reason; the others are in.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from stalkdesk.domain.records import Case
from stalkdesk.errors import UserError
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_intake_summary import Ui_IntakeSummaryDialog
from stalkdesk.gui.tasks import Runner, report_unhandled
from stalkdesk.services.intake import IntakeResult, add_exhibit_files
from stalkdesk.services.workspace import Workspace

Finished = Callable[[str, list[int]], None]  # a one-line outcome, the ids of exhibits added

SYSTEM_CLUTTER = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db"})


def is_hidden(path: Path) -> bool:
    """Hidden by name (".x", as on Linux and macOS) or by the Windows hidden/system attribute."""
    if path.name.startswith(".") or path.name.casefold() in SYSTEM_CLUTTER:
        return True
    attributes = getattr(_stat(path), "st_file_attributes", 0)
    return bool(attributes & (getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0) | getattr(stat, "FILE_ATTRIBUTE_SYSTEM", 0)))


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """The files to take in: files as given, folders walked in name order, each file once.

    A file that cannot be read is still listed, so intake refuses it with a reason rather
    than it vanishing silently; symbolic links to folders are not followed (no loops).
    """
    found: list[Path] = []
    for path in paths:
        if is_hidden(path):
            continue
        if path.is_dir():
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not is_hidden(Path(folder, d)))
                found += (Path(folder, f) for f in sorted(files) if not is_hidden(Path(folder, f)))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def summary_headline(added: int, refused: int) -> str:
    """ "2 exhibits added; 1 file refused:" (the colon introduces the list of reasons)."""
    text = f"{plural(added, 'exhibit')} added" if added else "No exhibits added"
    return f"{text}; {plural(refused, 'file')} refused:" if refused else f"{text}."


def refusal_text(name: str, reason: str) -> str:
    # Intake's reasons name the file ('"x.jpg" was not added: ...'); a store error may not.
    return reason if name in reason else f"{name}: {reason}"


class IntakeSummaryDialog(QDialog):
    """What was added and, one per paragraph, each refused file with the reason."""

    def __init__(self, added: int, refused: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeSummaryDialog()
        self.ui.setupUi(self)
        self.ui.headline_label.setText(summary_headline(added, len(refused)))
        self.ui.refused_text.setPlainText("\n\n".join(refusal_text(name, reason) for name, reason in refused))
        self.setWindowTitle("Evidence added" if added else "No evidence added")

    @property
    def text(self) -> str:
        """Everything the dialog says, for tests and for copying into a note."""
        return f"{self.ui.headline_label.text()}\n{self.ui.refused_text.toPlainText()}"


class BatchIntake:
    """Runs one multi-file intake at a time for a case and reports through `finished`."""

    def __init__(self, ws: Workspace, case: Case, runner: Runner, prompts: Prompts, parent: QWidget,
                 finished: Finished) -> None:
        assert case.id is not None
        self._ws, self._case, self._case_id, self._runner = ws, case, case.id, runner
        self._prompts, self._parent, self._finished = prompts, parent, finished
        self.busy = False
        self._abandoned = False

    def abandon(self) -> None:
        """The store is being locked: a late outcome must not touch it or the view any more."""
        self._abandoned = True

    def start(self, paths: Iterable[Path]) -> None:
        if self.busy:
            self._finished("Evidence is already being added: wait for it to finish, then drop again.", [])
            return
        files = expand_paths(paths)
        if not files:
            self._finished("Nothing to add: the dropped folders hold no files (hidden files are skipped).", [])
            return
        count = plural(len(files), "file")
        if not self._prompts.confirm(
                self._parent, f"Add {count} to {self._case.title} as exhibits?",
                "Each is given the next free reference under your initials and stored byte for byte "
                "in the encrypted store. A damaged or unreadable file is refused and nothing of it is "
                "stored; the rest still go in.", ok_text=f"Add {count}"):
            return
        dialog = QProgressDialog(f"Adding {count} to {self._case.title}…", "Cancel", 0, len(files), self._parent)
        dialog.setWindowTitle("StalkDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a quick intake should not flash a dialog
        self.busy, self._abandoned = True, False
        before = set(self._ws.exhibits.references(self._case_id))
        self._runner.run(add_exhibit_files, self._ws, self._case_id, files, progress_dialog=dialog,
                         on_done=lambda result: self._done(result, dialog),
                         on_error=lambda error: self._failed(error, dialog),
                         on_cancelled=lambda: self._cancelled(before, dialog))

    def _over(self, dialog: QProgressDialog) -> bool:
        """Tidy up; False if the outcome is to be dropped (the store was locked meanwhile)."""
        dialog.deleteLater()
        self.busy = False
        return not self._abandoned

    def _done(self, result: IntakeResult, dialog: QProgressDialog) -> None:
        if not self._over(dialog):
            return
        headline = summary_headline(len(result.added), len(result.refused))
        if result.refused:
            summary = IntakeSummaryDialog(len(result.added), result.refused, self._parent)
            self._prompts.exec_dialog(summary)
            summary.deleteLater()
            headline = headline.rstrip(":") + " (see the reasons given)."
        self._finished(headline, [e.id for e in result.added if e.id is not None])

    def _cancelled(self, before: set[str], dialog: QProgressDialog) -> None:
        if not self._over(dialog):
            return
        # Each file is its own transaction: those finished before the cancel stay in.
        kept = len(set(self._ws.exhibits.references(self._case_id)) - before)
        self._finished(f"Adding evidence was cancelled: {plural(kept, 'exhibit')} had already been added; "
                       "the other files were not.", [])

    def _failed(self, error: BaseException, dialog: QProgressDialog) -> None:
        live = self._over(dialog)
        if not isinstance(error, UserError):
            report_unhandled(error)  # a bug, locked or not
        elif live:
            self._finished("", [])
            self._prompts.inform(self._parent, "Evidence could not be added.", str(error))
