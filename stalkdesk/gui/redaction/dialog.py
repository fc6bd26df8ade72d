"""Case > Redaction…: find personal data in a case's text, and accept or dismiss each find.

The scan (`services.text_redaction.suggest`) reads every entry, imported message, exhibit
description and the narrative, so it runs through the task runner with a progress dialog;
so does reading the list back and deciding many rows at once. Every decision carries a
reason (a common one from `RedactionReason`, or the officer's own words) and is audited by
the service. Double-clicking a row in a chronology entry asks for that entry to be shown.
`clear()` (also on close, and on lock) forgets every row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QProgressDialog, QWidget

from stalkdesk.domain.records import Case
from stalkdesk.domain.redaction import Status
from stalkdesk.domain.vocab import RedactionReason
from stalkdesk.errors import UserError
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_reason_dialog import Ui_ReasonDialog
from stalkdesk.gui.forms.ui_redaction_dialog import Ui_RedactionDialog
from stalkdesk.gui.redaction.model import (
    SUGGESTION_ROLE,
    Column,
    SuggestionFilterProxyModel,
    SuggestionTableModel,
)
from stalkdesk.gui.tasks import Progress, Runner, TaskHandle, report_unhandled
from stalkdesk.services import text_redaction
from stalkdesk.services.text_redaction import ScanResult, Suggestion
from stalkdesk.services.workspace import Workspace

STATUS_CHOICES: tuple[tuple[str, Status | None], ...] = (
    ("All decisions", None), ("Suggested: to decide", Status.SUGGESTED),
    ("Accepted: redacted", Status.ACCEPTED), ("Dismissed: left in", Status.DISMISSED))


def decide(ws: Workspace, ids: Sequence[int], accept: bool, reason: str,
           progress: Progress | None = None) -> int:
    """Accept (or dismiss) every span in `ids` with one reason, all or none of them: one
    transaction (`text_redaction.decide`), with one audit row per span."""
    if progress is not None:
        progress(0, len(ids))
    done = text_redaction.decide(ws, ids, Status.ACCEPTED if accept else Status.DISMISSED, reason)
    if progress is not None:
        progress(len(done), len(ids))
    return len(done)


class ScanProgress(QProgressDialog):
    """The scan counts texts without knowing how many there are: a busy bar and the count."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__("Scanning the case for personal data…", "Cancel", 0, 0, parent)
        self.setWindowTitle("Redaction")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumDuration(300)

    def setMaximum(self, maximum: int) -> None:
        """Kept at 0 (busy): the runner's total is unknown for a scan."""

    def setValue(self, progress: int) -> None:
        if progress:
            self.setLabelText(f"Scanning the case for personal data… {progress:,} texts read")
        super().setValue(0)


class ReasonDialog(QDialog):
    """Asks the reason for accepting or dismissing some spans: a common reason, or typed."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.ui.question_label.setText(question)
        combo = self.ui.reason_combo
        combo.addItems([r.value for r in RedactionReason if r is not RedactionReason.OTHER])
        combo.setCurrentIndex(-1)
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText("Choose, or type the reason")
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        combo.currentTextChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))

    @property
    def reason(self) -> str:
        return " ".join(self.ui.reason_combo.currentText().split())


class RedactionDialog(QDialog):
    entry_requested = Signal(int)  # an entry id: show it in the chronology

    def __init__(self, ws: Workspace, case: Case, runner: Runner, prompts: Prompts | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert case.id is not None
        self.ui = Ui_RedactionDialog()
        self.ui.setupUi(self)
        self._ws, self.case, self._runner = ws, case, runner
        self._prompts = prompts or Prompts()
        self._open = True  # False once closed: late task results are then dropped
        self.task: TaskHandle | None = None
        self.setWindowTitle(f"Redaction – {case.urn} {case.operation}".strip())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.ui.marking_label.setText(case.marking)
        self.model = SuggestionTableModel(self)
        self.proxy = SuggestionFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.suggestions_table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.WHERE, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.WORDS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.WHERE, 230), (Column.KIND, 150), (Column.STATUS, 150),
                              (Column.REASON, 170)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        for text, status in STATUS_CHOICES:
            self.ui.status_combo.addItem(text, status.value if status else None)
        self._fill_kinds()
        self.ui.status_combo.currentIndexChanged.connect(self._filter)
        self.ui.kind_combo.currentIndexChanged.connect(self._filter)
        self.ui.scan_button.clicked.connect(self.scan)
        self.ui.accept_button.clicked.connect(lambda: self.decide_selected(accept=True))
        self.ui.dismiss_button.clicked.connect(lambda: self.decide_selected(accept=False))
        self.ui.button_box.rejected.connect(self.reject)
        table.doubleClicked.connect(self._double_clicked)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    # Reading and scanning.

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the case's spans again (off the GUI thread)."""
        self._start(text_redaction.suggestions, self._ws, self.case.id, progress_kwarg=None,
                    on_done=lambda rows: self._loaded(rows, then))

    def scan(self) -> None:
        """Scan the case; then show what was found (new finds added to the rows kept)."""
        dialog = ScanProgress(self)
        self.ui.status_label.setText("Scanning…")
        self._start(text_redaction.suggest, self._ws, self.case.id, progress_dialog=dialog,
                    on_done=lambda result: self._scanned(result, dialog),
                    on_error=lambda error: self._failed(error, dialog),
                    on_cancelled=lambda: self._cancelled(dialog))

    def _scanned(self, result: ScanResult, dialog: QProgressDialog) -> None:
        dialog.hide()
        dialog.deleteLater()
        if not self._open:
            return
        found = len(result.added)
        words = [f"{result.texts:,} texts scanned", f"{found:,} new find{'s' if found != 1 else ''}"]
        if result.unchanged:
            words[0] += f" ({result.unchanged:,} unchanged since the last scan)"
        if result.moved:
            words.append(f"{result.moved:,} moved with edited text")
        if result.withdrawn:
            words.append(f"{result.withdrawn:,} withdrawn (the words were edited away)")
        message = "; ".join(words) + "."
        self.reload(lambda: self.ui.status_label.setText(message))

    def _cancelled(self, dialog: QProgressDialog) -> None:
        dialog.hide()
        dialog.deleteLater()
        self.ui.status_label.setText("The scan was cancelled: nothing was added.")

    def _loaded(self, rows: list[Suggestion], then: Callable[[], None] | None) -> None:
        if not self._open:
            return
        selected = {s.redaction.id for s in self.selected()}
        self.model.set_rows(rows)
        self._fill_kinds()
        self._reselect(selected)
        self._update_count()
        self._update_buttons()
        if then is not None:
            then()

    # Deciding.

    def selected(self) -> list[Suggestion]:
        rows = self.ui.suggestions_table.selectionModel().selectedRows()
        return [i.data(SUGGESTION_ROLE) for i in sorted(rows, key=lambda i: i.row())]

    def decide_selected(self, accept: bool) -> None:
        """Ask the reason, then accept (or dismiss) every selected span."""
        chosen = self.selected()
        if not chosen or self.task is not None:
            return
        what = (f"the {chosen[0].redaction.label} “{chosen[0].redaction.text}” in {chosen[0].where}"
                if len(chosen) == 1 else f"these {len(chosen)} finds")
        question = (f"Redact {what} in every CPS version? Why?" if accept
                    else f"Leave {what} in every version? Why?")
        dialog = ReasonDialog(question, self)
        dialog.setWindowTitle("Accept: redact" if accept else "Dismiss: leave in")
        if self._prompts.exec_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.reason:
            return
        ids = [s.redaction.id or 0 for s in chosen]
        done = "redacted" if accept else "dismissed (left in)"
        # One transaction reading only the spans' own records: a progress bar only if it is slow.
        progress = QProgressDialog(f"Recording {len(ids)} decisions…", "Cancel", 0, len(ids), self)
        progress.setWindowTitle("Redaction")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        self._start(decide, self._ws, ids, accept, dialog.reason, progress_dialog=progress,
                    on_done=lambda n: self.reload(lambda: self.ui.status_label.setText(
                        f"{n} {'find' if n == 1 else 'finds'} {done}, reason “{dialog.reason}”.")),
                    on_cancelled=lambda: self.ui.status_label.setText("Cancelled: no decision was recorded."))

    # Plumbing.

    def _start(self, fn: Callable[..., object], *args: object, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None = None, **kwargs: object) -> None:
        def done(result: Any) -> None:
            self.task = None
            if self._open:
                on_done(result)
                self._update_buttons()
            self._delete_if_closed()

        def failed(error: BaseException) -> None:
            self.task = None
            (on_error or self._failed)(error)
            self._delete_if_closed()

        cancelled = kwargs.pop("on_cancelled", None)

        def stopped() -> None:
            self.task = None
            if callable(cancelled):
                cancelled()
            self._update_buttons()
            self._delete_if_closed()

        handle = self._runner.run(fn, *args, on_done=done, on_error=failed, on_cancelled=stopped,
                                  **kwargs)  # type: ignore[arg-type]
        if not handle.finished:  # the test runner has already delivered, and set it None
            self.task = handle
        self._update_buttons()

    def _delete_if_closed(self) -> None:
        """A dialog closed while its task ran was kept for the result (see MainWindow): now it goes."""
        if not self._open and self.task is None and self.parent() is not None:
            self.deleteLater()

    def _failed(self, error: BaseException, dialog: QProgressDialog | None = None) -> None:
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        if not self._open:
            return
        self._update_buttons()
        if isinstance(error, UserError):
            self.ui.status_label.setText(str(error))
            self._prompts.inform(self, str(error))
        else:
            report_unhandled(error)

    def _fill_kinds(self) -> None:
        combo = self.ui.kind_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All kinds", None)
        for kind, label in self.model.kinds():
            combo.addItem(label[:1].upper() + label[1:], kind)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _filter(self) -> None:
        status = self.ui.status_combo.currentData()  # Qt gives the StrEnum back as its str
        self.proxy.set_filter(Status(status) if status else None, self.ui.kind_combo.currentData())
        self._update_count()
        self._update_buttons()

    def _reselect(self, ids: set[int | None]) -> None:
        table = self.ui.suggestions_table
        selection = table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(SUGGESTION_ROLE).redaction.id in ids:
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        to_decide = sum(1 for r in range(total) if self.model.suggestion(r).redaction.status is Status.SUGGESTED)
        if total == 0:
            text = "Nothing found yet: scan the case."
        else:
            text = f"{to_decide:,} of {total:,} to decide" + (f"; {shown:,} shown" if shown != total else "")
        self.ui.count_label.setText(text)

    def _update_buttons(self) -> None:
        idle = self.task is None and self._open
        chosen = idle and bool(self.ui.suggestions_table.selectionModel().selectedRows())
        self.ui.scan_button.setEnabled(idle)
        self.ui.accept_button.setEnabled(chosen)
        self.ui.dismiss_button.setEnabled(chosen)

    def _double_clicked(self, index: QModelIndex) -> None:
        s: Suggestion = index.siblingAtColumn(0).data(SUGGESTION_ROLE)
        r = s.redaction
        entry_id = r.entry_id
        if entry_id is None and r.record_id is not None:
            entry_id = self._entry_of_record(r.record_id)
        if entry_id is not None:
            self.entry_requested.emit(entry_id)
        else:
            self.ui.status_label.setText(f"{s.place[:1].upper()}{s.place[1:]} is not a chronology entry.")

    def _entry_of_record(self, record_id: int) -> int | None:
        try:
            return self._ws.redactions.record_text(record_id).entry_id
        except UserError:
            return None

    def clear(self) -> None:
        """Forget every row and message (on close and on lock)."""
        self.model.clear()
        self.ui.kind_combo.blockSignals(True)
        self.ui.kind_combo.clear()
        self.ui.kind_combo.blockSignals(False)
        for label in (self.ui.count_label, self.ui.status_label):
            label.clear()

    def done(self, result: int) -> None:
        self._open = False
        if self.task is not None:
            self.task.cancel()  # a scan still running stores nothing
        self.clear()
        super().done(result)
