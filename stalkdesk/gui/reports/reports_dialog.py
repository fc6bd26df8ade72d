"""The Reports dialog: choose a document and its options, preview it, then save it.

The PDF is rendered off the GUI thread into memory (the task API, with progress and
Cancel) and previewed from a QBuffer with QtPdf: nothing touches the disk until the
officer presses Save and picks a place. Saving writes the file atomically and records the
export in the audit trail with the PDF's SHA-256 and the recipient and purpose given here
(services.reports.save_draft; the disclosure schedules and the redaction log through
services.disclosure.save_disclosure, which also writes them as CSV from the same lines).
Cancelling, closing the dialog or locking drops the bytes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QProgressDialog, QPushButton, QWidget

from stalkdesk.domain import when as when_mod
from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.errors import UserError
from stalkdesk.gui.chronology.behaviours import behaviour_groups, behaviour_tooltip
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_reports_dialog import Ui_ReportsDialog
from stalkdesk.gui.reports import documents as documents_mod
from stalkdesk.gui.reports.documents import DOCUMENTS, Choices, Document
from stalkdesk.gui.tasks import Runner, TaskHandle, report_unhandled
from stalkdesk.services.disclosure import DisclosureExport
from stalkdesk.services.reports import Draft, ExportResult, Version
from stalkdesk.services.workspace import Workspace

# (label, zoom factor); 0 = fit the width, -1 = the whole page
ZOOMS: tuple[tuple[str, float], ...] = (("Fit width", 0.0), ("Whole page", -1.0), ("50 %", 0.5), ("75 %", 0.75),
                                        ("100 %", 1.0), ("125 %", 1.25), ("150 %", 1.5), ("200 %", 2.0))
NOT_SAVED = "Not saved: nothing has been written to disk."


def _day(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class ReportsDialog(QDialog):
    """Non-modal, one per open case; `saved` carries the ExportResult of each save."""

    saved = Signal(object)

    def __init__(self, ws: Workspace, case: Case, runner: Runner, prompts: Prompts | None = None,
                 parent: QWidget | None = None, *, documents: tuple[Document, ...] = DOCUMENTS) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsDialog()
        self.ui.setupUi(self)
        self._ws = ws
        self.case = case
        self._runner = runner
        self.prompts = prompts or Prompts()
        self.documents = documents
        self.draft: Draft | None = None
        self.draft_document: Document | None = None
        self.task: TaskHandle | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._closed = False
        self._buffer: QBuffer | None = None
        self.setWindowTitle(f"Reports \u2013 {case.urn}" + (f" \u2013 {case.operation}" if case.operation else ""))

        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self.ui.pdf_page)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.pdf_layout.addWidget(self.view)
        self._add_widgets()

        for document in documents:
            self.ui.document_combo.addItem(document.title, document.key)
        for _heading, members in behaviour_groups():
            for b in members:
                item = QListWidgetItem(b.label, self.ui.behaviours_list)
                item.setData(Qt.ItemDataRole.UserRole, b.value)
                item.setToolTip(behaviour_tooltip(b))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        for label, _factor in ZOOMS:
            self.ui.zoom_combo.addItem(label)
        first, last = self._entry_dates()
        self.ui.from_date.setDate(QDate(first.year, first.month, first.day))
        self.ui.to_date.setDate(QDate(last.year, last.month, last.day))

        self.ui.document_combo.currentIndexChanged.connect(self._document_changed)
        self.ui.unredacted_radio.toggled.connect(self._version_changed)
        self.ui.generate_button.clicked.connect(self.generate)
        self.ui.save_button.clicked.connect(self.save)
        self.save_csv_button.clicked.connect(self.save_csv)
        for changed in (self.ui.from_check.toggled, self.ui.to_check.toggled, self.ui.from_date.dateChanged,
                        self.ui.to_date.dateChanged, self.ui.behaviours_group.toggled,
                        self.ui.behaviours_list.itemChanged, self.ui.large_print_check.toggled,
                        self.ui.notes_column_check.toggled, self.ui.unredacted_radio.toggled,
                        self.ui.document_combo.currentIndexChanged):
            changed.connect(self._options_changed)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_shown)
        self.ui.page_spin.valueChanged.connect(lambda page: self.go_to_page(page - 1))
        self.ui.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        self.ui.next_button.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        self.ui.zoom_combo.currentIndexChanged.connect(self._zoom_chosen)
        self.ui.zoom_out_button.clicked.connect(lambda: self._step_zoom(-1))
        self.ui.zoom_in_button.clicked.connect(lambda: self._step_zoom(1))
        self._document_changed()
        self._version_changed()
        self._show_preview(False)

    def _add_widgets(self) -> None:
        """The per-document warning and "Save CSV\u2026", beside the Designer form's widgets."""
        ui = self.ui
        self.document_note_label = QLabel(ui.options_panel)
        self.document_note_label.setObjectName("document_note_label")
        self.document_note_label.setWordWrap(True)
        self.document_note_label.setStyleSheet(
            "#document_note_label { color: #a4161a; font-weight: bold; border: 1px solid #a4161a; "
            "border-radius: 3px; padding: 4px; }")
        ui.options_layout.insertWidget(ui.options_layout.indexOf(ui.document_description_label) + 1,
                                       self.document_note_label)
        self.save_csv_button = QPushButton("Save CSV\u2026", self)
        self.save_csv_button.setObjectName("save_csv_button")
        self.save_csv_button.setToolTip("Save the same lines as a CSV file for a spreadsheet (not encrypted; "
                                        "the export is recorded in the audit trail)")
        self.save_csv_button.setEnabled(False)
        ui.save_layout.insertWidget(ui.save_layout.indexOf(ui.save_button), self.save_csv_button)

    # What the officer chose

    @property
    def document(self) -> Document:
        return self.documents[max(self.ui.document_combo.currentIndex(), 0)]

    def choose_document(self, key: str) -> None:
        index = self.ui.document_combo.findData(key)
        if index < 0:
            raise KeyError(key)
        self.ui.document_combo.setCurrentIndex(index)

    def choices(self) -> Choices:
        doc, ui = self.document, self.ui
        behaviours: frozenset[Behaviour] = frozenset()
        if doc.behaviours and ui.behaviours_group.isChecked():
            behaviours = frozenset(Behaviour(item.data(Qt.ItemDataRole.UserRole)) for item in self._behaviour_items()
                                   if item.checkState() == Qt.CheckState.Checked)
        return Choices(
            start=_day(ui.from_date.date()) if doc.dates and ui.from_check.isChecked() else None,
            end=_day(ui.to_date.date()) if doc.dates and ui.to_check.isChecked() else None,
            behaviours=behaviours,
            large_print=doc.large_print and ui.large_print_check.isChecked(),
            notes_column=doc.notes_column and ui.notes_column_check.isChecked(),
            unredacted=doc.versions and ui.unredacted_radio.isChecked())

    def reason(self) -> str:
        """The export's reason in the audit trail: who it is for and why."""
        return documents_mod.reason(self.ui.recipient_edit.text(), self.ui.purpose_edit.text())

    def _entry_dates(self) -> tuple[date, date]:
        """The days of the case's first and last entries: where a range starts from."""
        ids = self._ws.entries.ids(self.case.id) if self.case.id is not None else []
        if not ids:
            today = date.today()
            return today, today
        first, last = self._ws.entries.get_many([ids[0], ids[-1]])
        return when_mod.local_start(first.when).date(), when_mod.local_start(last.when).date()

    def _behaviour_items(self) -> list[QListWidgetItem]:
        listing = self.ui.behaviours_list
        return [listing.item(n) for n in range(listing.count())]

    def _document_changed(self) -> None:
        doc, ui = self.document, self.ui
        ui.document_description_label.setText(doc.description)
        ui.range_group.setEnabled(doc.dates)
        ui.behaviours_group.setEnabled(doc.behaviours)
        ui.large_print_check.setEnabled(doc.large_print)
        ui.notes_column_check.setEnabled(doc.notes_column)
        ui.layout_group.setEnabled(doc.large_print or doc.notes_column)
        ui.version_group.setEnabled(doc.versions)
        self.document_note_label.setText(doc.note)
        self.document_note_label.setVisible(bool(doc.note))
        self.save_csv_button.setVisible(doc.csv)
        self.ui.save_reminder_label.setText(
            f"The saved {'PDF or CSV' if doc.csv else 'PDF'} is not encrypted: keep it only where case papers may "
            "be kept. The export is recorded in the audit trail.")

    def _version_changed(self) -> None:
        self.ui.unredacted_warning_label.setVisible(self.ui.unredacted_radio.isChecked())

    def _options_changed(self) -> None:
        """A preview of other options must not be saved as if it were this one."""
        if self.draft is not None:
            self.ui.save_button.setEnabled(False)
            self.save_csv_button.setEnabled(False)
            self.ui.status_label.setText("The options have changed: generate the preview again to save them.")

    # Generating

    def generate(self) -> None:
        if self.task is not None:
            return
        choices, document = self.choices(), self.document
        if choices.start and choices.end and choices.start > choices.end:
            self.prompts.inform(self, "The date range is empty.", "The From date is after the To date.")
            return
        self._drop_draft()
        dialog = QProgressDialog(f"Generating the {document.title.lower()}\u2026", "Cancel", 0, 0, self)
        dialog.setWindowTitle("Reports")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # a short document should not flash a dialog
        self.progress_dialog = dialog
        self._set_busy(True)
        self.ui.status_label.setText(f"Generating the {document.title.lower()}\u2026")
        handle = self._runner.run(document.render, self._ws, self.case.urn, choices, progress_dialog=dialog,
                                  on_done=lambda draft: self._generated(document, draft),
                                  on_error=lambda error: self._failed(error, "The document could not be made."),
                                  on_cancelled=self._cancelled)
        self.task = None if handle.finished else handle

    def _generated(self, document: Document, draft: Any) -> None:
        self._task_over()
        if self._closed or not isinstance(draft, Draft):
            return
        self.draft, self.draft_document = draft, document
        self._load_preview(draft.pdf)
        pages = f"{draft.pages} page{'s' if draft.pages != 1 else ''}"
        self.ui.status_label.setText(f"{document.title}, {draft.version.label}: {pages}. {NOT_SAVED}")
        self.ui.save_button.setEnabled(True)
        self.save_csv_button.setEnabled(document.csv)

    def _cancelled(self) -> None:
        self._task_over()
        if not self._closed:
            self.ui.status_label.setText(f"Cancelled. {NOT_SAVED}")

    def _failed(self, error: BaseException, what: str) -> None:
        self._task_over()
        if self._closed:
            return
        if isinstance(error, UserError):
            self.ui.status_label.setText(f"{what} {error}")
            self.prompts.inform(self, what, str(error))
        else:
            self.ui.status_label.setText(what)
            report_unhandled(error)

    def _task_over(self) -> None:
        self.task = None
        if self.progress_dialog is not None:
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        if not self._closed:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.ui.options_panel.setEnabled(not busy)
        self.ui.save_button.setEnabled(not busy and self.draft is not None)
        self.save_csv_button.setEnabled(not busy and self.draft is not None and self.draft_document is not None
                                        and self.draft_document.csv)

    # Preview

    def _load_preview(self, pdf: bytes) -> None:
        self.pdf.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        pages = self.pdf.pageCount()
        self.ui.page_spin.setMaximum(max(pages, 1))
        self.ui.page_count_label.setText(f"of {pages}")
        self._show_preview(pages > 0)
        self.go_to_page(0)

    def _show_preview(self, shown: bool) -> None:
        self.ui.preview_stack.setCurrentWidget(self.ui.pdf_page if shown else self.ui.placeholder_page)
        for widget in (self.ui.page_spin, self.ui.zoom_combo, self.ui.zoom_in_button, self.ui.zoom_out_button):
            widget.setEnabled(shown)
        self._page_shown(self.current_page if shown else 0)

    @property
    def page_count(self) -> int:
        return self.pdf.pageCount() if self.pdf.status() == QPdfDocument.Status.Ready else 0

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count:
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())
            self._page_shown(page)

    def _page_shown(self, page: int) -> None:
        count = self.page_count
        self.ui.previous_button.setEnabled(count > 0 and page > 0)
        self.ui.next_button.setEnabled(page < count - 1)
        if count and self.ui.page_spin.value() != page + 1:
            self.ui.page_spin.blockSignals(True)
            self.ui.page_spin.setValue(page + 1)
            self.ui.page_spin.blockSignals(False)

    def _zoom_chosen(self, index: int) -> None:
        factor = ZOOMS[index][1]
        if factor == 0.0:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif factor < 0:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)

    def _step_zoom(self, step: int) -> None:
        """Zoom in or out through the fixed percentages, starting from the nearest one."""
        fixed = [n for n, (_label, f) in enumerate(ZOOMS) if f > 0]
        index = self.ui.zoom_combo.currentIndex()
        if index not in fixed:
            now = self.view.zoomFactor()
            index = min(fixed, key=lambda n: abs(ZOOMS[n][1] - now))
        position = min(max(fixed.index(index) + step, 0), len(fixed) - 1)
        self.ui.zoom_combo.setCurrentIndex(fixed[position])

    # Saving

    def save(self) -> None:
        """Save the previewed PDF where the officer chooses."""
        self._save_as("PDF")

    def save_csv(self) -> None:
        """Save the previewed schedule or log as CSV: the same lines, for a spreadsheet."""
        if self.draft_document is not None and self.draft_document.csv:
            self._save_as("CSV")

    def _save_as(self, kind: str) -> None:
        draft, document = self.draft, self.draft_document
        if draft is None or document is None or self.task is not None:
            return
        recipient, purpose = self.ui.recipient_edit.text().strip(), self.ui.purpose_edit.text().strip()
        if document.needs_recipient and draft.version is Version.CPS and not (recipient and purpose):
            self.prompts.inform(self, "Say who it is going to and why.",
                                f"The {document.title} leaves the unit: give the recipient and the purpose "
                                "(for example \u201cCPS Fictional Area\u201d and \u201cpre-charge advice\u201d). "
                                "Both are written to the audit trail with the file's SHA-256.")
            return
        if draft.version is Version.UNREDACTED and not self.prompts.confirm(
                self, "Save the UNREDACTED internal version?",
                "It prints addresses, phone numbers, emails and dates of birth in full and is marked "
                "NOT FOR DISCLOSURE on every page. It must not go to the CPS or the defence.",
                ok_text="Save unredacted", warning=True):
            return
        suffix = f".{kind.lower()}"
        suggested = Path.home() / document.suggested_name(draft.urn, draft.version, suffix)
        path = self.prompts.save_path(self, f"Save the {kind} (the saved file is NOT encrypted)", suggested)
        if path is None:
            return
        if path.suffix.lower() != suffix:  # the format follows the button, whatever the name typed
            path = path.with_name(path.name + suffix)
        self._set_busy(True)
        self.ui.status_label.setText(f"Saving {path.name}\u2026")
        handle = self._runner.run(document.save, self._ws, draft, path, recipient, purpose,
                                  progress_kwarg=None, on_done=self._saved,
                                  on_error=lambda error: self._failed(error, f"The {kind} was not saved."))
        self.task = None if handle.finished else handle

    def _saved(self, result: Any) -> None:
        self._task_over()
        if not isinstance(result, ExportResult | DisclosureExport):
            return
        size = (f"{result.pages} pages" if result.pages
                else f"CSV, {result.lines} line{'s' if result.lines != 1 else ''}"
                if isinstance(result, DisclosureExport) else "0 pages")
        self.ui.status_label.setText(
            f"Saved as {result.path} ({size}, SHA-256 {result.sha256[:16]}\u2026). "
            f"The export is recorded in the audit trail (row {result.audit_seq}). The file is not encrypted.")
        self.saved.emit(result)

    # Closing: the PDF exists only in memory, so dropping it is all the clean-up there is.

    def _drop_draft(self) -> None:
        self.draft = self.draft_document = None
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self._show_preview(False)
        self.ui.page_count_label.setText("of 0")
        self.ui.save_button.setEnabled(False)
        self.save_csv_button.setEnabled(False)

    def done(self, result: int) -> None:
        """Close (or lock): stop a running generation and forget the PDF."""
        self._closed = True
        if self.task is not None:
            self.task.cancel()
        self._drop_draft()
        super().done(result)
