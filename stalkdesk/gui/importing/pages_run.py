"""The wizard's later pages: the people in the file, the preview, the import, the result.

Each reads the whole file through the task runner (the service's preview, or the import),
with a progress bar; Next waits until the page has what it needs.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWizardPage,
)

from stalkdesk.gui.clipboard import secret_clipboard
from stalkdesk.gui.dialogs.common import show_error, show_failure
from stalkdesk.gui.forms.ui_import_participants_page import Ui_ImportParticipantsPage
from stalkdesk.gui.forms.ui_import_result_page import Ui_ImportResultPage
from stalkdesk.gui.forms.ui_import_run_page import Ui_ImportRunPage
from stalkdesk.gui.forms.ui_import_summary_page import Ui_ImportSummaryPage
from stalkdesk.gui.importing.models import Column, ParticipantTableModel, SkippedListModel
from stalkdesk.gui.importing.summary import describe_pictures, describe_preview, describe_result, notes, records_line
from stalkdesk.services import image_import
from stalkdesk.services.image_import import ImageImportResult
from stalkdesk.services.importing import ImportPreview, ImportSummary, SkippedItem, preview, run_import

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QProgressBar

    from stalkdesk.gui.importing.wizard import ImportWizard


SKIPPED_ROWS_SHOWN = 12


def _show_progress(bar: QProgressBar, done: int, total: int) -> None:
    bar.setMaximum(max(total, 1))
    bar.setValue(min(done, total))


class _RowFocus(QStyledItemDelegate):
    """No focus frame around one cell: the selected row (arrow keys move it, Space ticks) is
    what shows where the keyboard is."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus  # type: ignore[attr-defined]


class ParticipantsPage(QWizardPage):
    """Reads the file once to list everyone in it; the case's suspect's identities come ticked."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_ImportParticipantsPage()
        self.ui.setupUi(self)
        self.model = ParticipantTableModel(wizard.case.zone, self)
        table = self.ui.participants_table
        table.setModel(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setItemDelegate(_RowFocus(table))
        toggle = QAction("Tick or untick as the suspect's", table)
        toggle.setShortcut(QKeySequence(Qt.Key.Key_Space))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.triggered.connect(self.toggle_current)
        table.addAction(toggle)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAMES, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.model.suspects_changed.connect(self._ticked)
        self._loading = False
        show_error(self.ui.error_label, "")

    def initializePage(self) -> None:
        state = self._wizard.state
        self.ui.window_spin.setValue(state.window_minutes)
        if state.people is not None and state.people_key == state.file_key():
            self._ticked()
            return
        self.model.clear()
        state.people = state.preview = None
        show_error(self.ui.error_label, "")
        self._loading = True
        self.completeChanged.emit()
        self.ui.read_progress_bar.show()
        self.ui.read_progress_bar.setRange(0, 0)
        assert state.path is not None
        self.ui.status_label.setText(f"Reading “{state.path.name}”…")
        key = state.file_key()
        background = self._wizard.background
        background.listen(lambda d, t: _show_progress(self.ui.read_progress_bar, d, t))
        background.start(preview, self._wizard.ws, self._wizard.case_id, state.format, state.path,
                         state.options(suspects=()),
                         on_done=lambda result: self._read(result, key), on_error=self._failed,
                         on_cancelled=lambda: None)

    def cleanupPage(self) -> None:
        self._wizard.background.cancel()
        self._loading = False

    def toggle_current(self) -> None:
        """Space ticks (or unticks) the current row, wherever in the row the keyboard is."""
        row = self.ui.participants_table.currentIndex().row()
        if row < 0:
            return
        index = self.model.index(row, Column.SUSPECT)
        ticked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.model.setData(index, Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked,
                           Qt.ItemDataRole.CheckStateRole)

    def _read(self, result: ImportPreview, key: tuple[Any, ...]) -> None:
        state = self._wizard.state
        state.people, state.people_key = result, key
        self._loading = False
        self.ui.read_progress_bar.hide()
        self.ui.status_label.setText(records_line(result))
        self.model.set_participants(result.participants, result.suspects)
        self.ui.participants_table.resizeColumnsToContents()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.ui.read_progress_bar.hide()
        self.ui.status_label.clear()
        show_failure(self.ui.error_label, error)
        self.completeChanged.emit()

    def _ticked(self) -> None:
        people = self._wizard.state.people
        if people is None:
            self.ui.suspect_note_label.clear()
            return
        ticked = self.model.suspects()
        if not people.participants:
            text = "No one is named in this file."
        elif not ticked:
            text = ("No identity is ticked, so the suspect's contacts can't be told apart: the records are stored "
                    "but the identities recorded for the case's suspect decide what is grouped. Tick theirs.")
        elif set(ticked) & set(people.suggested) and set(ticked) <= set(people.suggested):
            text = "Ticked: the identities recorded for the case's suspect. Tick any other they used."
        else:
            text = f"{len(ticked)} identit{'y' if len(ticked) == 1 else 'ies'} ticked as the suspect's."
        self.ui.suspect_note_label.setText(text)

    def isComplete(self) -> bool:
        return not self._loading and self._wizard.state.people is not None

    def validatePage(self) -> bool:
        if not self.isComplete():  # next() called directly does not wait for the Next button
            return False
        state = self._wizard.state
        state.suspects = self.model.suspects()
        state.window_minutes = self.ui.window_spin.value()
        return True


class SummaryPage(QWizardPage):
    """What the import would do with the identities ticked; the last page before storing."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_ImportSummaryPage()
        self.ui.setupUi(self)
        self.setCommitPage(True)
        self.skipped = SkippedListModel(self)
        self.ui.skipped_view.setModel(self.skipped)
        self.ui.force_check.toggled.connect(lambda _on: self.completeChanged.emit())
        self._loading = False
        show_error(self.ui.error_label, "")

    def initializePage(self) -> None:
        state = self._wizard.state
        self.ui.force_check.setChecked(False)
        if state.preview is not None and state.preview_key == state.preview_options_key():
            self._show(state.preview)
            return
        state.preview = None
        self._clear()
        self._loading = True
        self.completeChanged.emit()
        assert state.path is not None
        self.ui.status_label.setText(f"Working out the chronology entries from “{state.path.name}”…")
        self.ui.preview_progress_bar.show()
        self.ui.preview_progress_bar.setRange(0, 0)
        key = state.preview_options_key()
        background = self._wizard.background
        background.listen(lambda d, t: _show_progress(self.ui.preview_progress_bar, d, t))
        if self._wizard.makes == "images":  # pictures: each its own exhibit, through the image import
            background.start(image_import.preview, self._wizard.ws, self._wizard.case_id, [state.path],
                             state.options(), on_done=lambda result: self._previewed(result, key),
                             on_error=self._failed, on_cancelled=lambda: None)
            return
        background.start(preview, self._wizard.ws, self._wizard.case_id, state.format, state.path,
                         state.options(), on_done=lambda result: self._previewed(result, key),
                         on_error=self._failed, on_cancelled=lambda: None)

    def cleanupPage(self) -> None:
        self._wizard.background.cancel()
        self._loading = False

    def _clear(self) -> None:
        for label in (self.ui.summary_label, self.ui.notes_label, self.ui.skipped_label):
            label.clear()
        self.ui.already_group.hide()
        self.ui.skipped_view.hide()
        self.skipped.clear()
        show_error(self.ui.error_label, "")

    def _previewed(self, result: ImportPreview | ImageImportResult, key: tuple[Any, ...]) -> None:
        state = self._wizard.state
        state.preview, state.preview_key = result, key
        self._loading = False
        self._show(result)
        self.completeChanged.emit()

    def _show(self, result: ImportPreview | ImageImportResult) -> None:
        self._clear()
        self.ui.preview_progress_bar.hide()
        self.ui.status_label.clear()
        if isinstance(result, ImageImportResult):
            self.ui.summary_label.setText(describe_pictures(result))
            _show_skipped(self.ui.skipped_label, self.ui.skipped_view, self.skipped, result.refused,
                          "Would refuse")
            return
        self.ui.summary_label.setText(describe_preview(result, self._wizard.state.window_minutes))
        self.ui.notes_label.setText("<br>".join(notes(result)))
        if result.already:
            self.ui.already_label.setText(
                f"“{escape(result.file)}” is already in this case as exhibit <b>{escape(result.already)}</b> "
                "(the same SHA-256). "
                "It will not be imported again unless you ask: importing it again adds its records a second time "
                "and makes new chronology entries for them.")
            self.ui.already_group.show()
        _show_skipped(self.ui.skipped_label, self.ui.skipped_view, self.skipped, result.skipped, "Would skip")

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.ui.preview_progress_bar.hide()
        self.ui.status_label.clear()
        show_failure(self.ui.error_label, error)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        result = self._wizard.state.preview
        if self._loading or result is None:
            return False
        if isinstance(result, ImageImportResult):
            return bool(result.pictures)
        return not result.already or self.ui.force_check.isChecked()

    def validatePage(self) -> bool:
        if not self.isComplete():  # not without a preview, nor an already imported file unticked
            return False
        self._wizard.state.force = self.ui.force_check.isChecked()
        return True


def _show_skipped(label: QLabel, view: Any, model: SkippedListModel, items: list[SkippedItem], verb: str) -> None:
    model.set_items(items)
    count = len(items)
    label.setText(f"{verb} {count:,}:" if count else "")
    label.setVisible(bool(count))
    view.setVisible(bool(count))
    # As tall as its lines, up to a dozen; a long list scrolls rather than pushing the page apart.
    rows = max(1, min(count, SKIPPED_ROWS_SHOWN))
    view.setFixedHeight(rows * view.sizeHintForRow(0) + 2 * view.frameWidth() + 4 if count else 0)


class RunPage(QWizardPage):
    """The import itself, with progress and Cancel; moves on to the result when stored."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_ImportRunPage()
        self.ui.setupUi(self)
        self.ui.cancel_import_button.clicked.connect(self.cancel)
        self._stored = False
        self.cancelled = False
        show_error(self.ui.error_label, "")

    def initializePage(self) -> None:
        state = self._wizard.state
        assert state.path is not None
        self._stored = self.cancelled = False
        show_error(self.ui.error_label, "")
        self.ui.status_label.setText(f"Importing “{state.path.name}”…")
        bar = self.ui.import_progress_bar
        bar.show()
        bar.setRange(0, 1000)
        bar.setValue(0)
        bar.setTextVisible(True)
        self.ui.cancel_import_button.show()
        self.ui.cancel_import_button.setEnabled(True)
        background = self._wizard.background
        background.listen(lambda d, t: _show_progress(bar, d, t))
        if self._wizard.makes == "images":
            background.start(image_import.run_images, self._wizard.ws, self._wizard.case_id, [state.path],
                             state.options(), on_done=self._stored_ok, on_error=self._failed,
                             on_cancelled=self._cancelled)
            return
        background.start(run_import, self._wizard.ws, self._wizard.case_id, state.format, state.path,
                         state.options(), on_done=self._stored_ok, on_error=self._failed,
                         on_cancelled=self._cancelled)

    def cancel(self) -> None:
        if self._wizard.background.running:
            self.ui.cancel_import_button.setEnabled(False)
            self.ui.status_label.setText("Cancelling: undoing what was written…")
            self._wizard.background.cancel()

    def _over(self) -> None:
        self.ui.cancel_import_button.hide()
        self.completeChanged.emit()
        self._wizard.task_stopped()

    def _stored_ok(self, summary: ImportSummary | ImageImportResult) -> None:
        self._stored = True
        self._wizard.state.summary = summary
        self.ui.import_progress_bar.setValue(self.ui.import_progress_bar.maximum())
        self._wizard.imported.emit(summary)
        self._over()
        # On the next turn of the event loop: with an inline runner this is still inside
        # initializePage(), and QWizard must finish showing this page before leaving it.
        QTimer.singleShot(0, self._advance)

    def _advance(self) -> None:
        if self._wizard.currentPage() is self:
            self._wizard.next()

    def _cancelled(self) -> None:
        self.cancelled = True
        self.ui.import_progress_bar.hide()
        self.ui.status_label.setText("The import was cancelled. Nothing was stored: the case is as it was.")
        self._wizard.setButtonText(self._wizard.WizardButton.CancelButton, "&Close")
        self._over()

    def _failed(self, error: BaseException) -> None:
        self.ui.import_progress_bar.hide()
        self.ui.status_label.setText("The import failed. Nothing was stored: the case is as it was.")
        self._wizard.setButtonText(self._wizard.WizardButton.CancelButton, "&Close")
        show_failure(self.ui.error_label, error)  # a known condition shown here; a bug to the crash handler
        self._over()

    def isComplete(self) -> bool:
        return self._stored


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_ImportResultPage()
        self.ui.setupUi(self)
        self.skipped = SkippedListModel(self)
        self.ui.skipped_view.setModel(self.skipped)
        self.ui.copy_skipped_button.clicked.connect(self.copy_skipped)

    def initializePage(self) -> None:
        summary = self._wizard.state.summary
        assert summary is not None
        if isinstance(summary, ImageImportResult):
            self.ui.result_label.setText(describe_pictures(summary))
            self.ui.notes_label.clear()
            skipped = summary.refused
            _show_skipped(self.ui.skipped_label, self.ui.skipped_view, self.skipped, skipped, "Refused")
        else:
            self.ui.result_label.setText(describe_result(summary))
            self.ui.notes_label.setText("<br>".join(notes(summary)))
            skipped = summary.skipped
            _show_skipped(self.ui.skipped_label, self.ui.skipped_view, self.skipped, skipped, "Skipped")
        self.ui.copy_skipped_button.setVisible(bool(skipped))

    def copy_skipped(self) -> None:
        """The skipped list as text; it names people, so the clipboard treats it as secret."""
        text = self.skipped.text()
        if text:
            secret_clipboard().copy(text)
