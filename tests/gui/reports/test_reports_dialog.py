"""The Reports dialog: generate into memory, preview, save where chosen, log the export."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QProgressDialog

from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.gui.reports import reports_dialog
from stalkdesk.gui.reports.documents import DOCUMENTS
from stalkdesk.gui.reports.reports_dialog import ReportsDialog
from stalkdesk.gui.tasks import SyncTaskRunner, TaskRunner
from stalkdesk.services.reports import Version
from stalkdesk.services.workspace import Workspace
from tests.gui.reports.conftest import FakePrompts, make_case

pytestmark = pytest.mark.gui


def exports(ws: Workspace, case: Case) -> list[Any]:
    return [e for e in ws.audit.events(case.id) if e.action == "export"]


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_generate_preview_then_save_records_the_export(dialog: ReportsDialog, ws: Workspace, case: Case,
                                                        prompts: FakePrompts, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialog.ui.recipient_edit.setText("CPS Direct (fictional)")
    dialog.ui.purpose_edit.setText("Charging decision")
    dialog.ui.generate_button.click()

    draft = dialog.draft
    assert draft is not None and draft.version is Version.CPS
    assert draft.pdf.startswith(b"%PDF")
    assert dialog.pdf.pageCount() == draft.pages == len(read_pdf(draft.pdf).pages)
    assert dialog.ui.page_count_label.text() == f"of {draft.pages}"
    assert dialog.ui.preview_stack.currentWidget() is dialog.ui.pdf_page
    assert "Not saved" in dialog.ui.status_label.text()
    assert files_in(out) == [] and exports(ws, case) == []  # a preview writes and logs nothing

    prompts.save_to = out / "chronology.pdf"
    dialog.ui.save_button.click()

    assert "NOT encrypted" in prompts.captions[0]
    assert prompts.suggested[0].name == "01FC0000124 interview chronology (CPS).pdf"
    saved = out / "chronology.pdf"
    assert files_in(out) == [saved]  # no temporary file left beside it
    data = saved.read_bytes()
    assert data == draft.pdf
    assert len(PdfReader(saved).pages) == draft.pages
    digest = hashlib.sha256(data).hexdigest()
    [row] = exports(ws, case)
    assert digest in row.summary and "CPS version" in row.summary
    assert row.reason == "recipient: CPS Direct (fictional); purpose: Charging decision"
    assert f"row {row.seq}" in dialog.ui.status_label.text()


def read_pdf(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def test_page_navigation_and_zoom(qtbot, ws: Workspace, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                                  prompts: FakePrompts) -> None:
    case = make_case(ws, 60)
    dialog = ReportsDialog(ws, case, runner, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.generate()
    assert dialog.draft is not None and dialog.page_count == dialog.draft.pages > 2
    assert not dialog.ui.previous_button.isEnabled() and dialog.ui.next_button.isEnabled()
    dialog.ui.next_button.click()
    assert dialog.current_page == 1 and dialog.ui.page_spin.value() == 2
    dialog.ui.page_spin.setValue(dialog.page_count)
    assert dialog.current_page == dialog.page_count - 1 and not dialog.ui.next_button.isEnabled()
    dialog.ui.previous_button.click()
    assert dialog.current_page == dialog.page_count - 2
    dialog.ui.zoom_combo.setCurrentText("100 %")
    dialog.ui.zoom_in_button.click()
    assert dialog.ui.zoom_combo.currentText() == "125 %" and dialog.view.zoomFactor() == pytest.approx(1.25)
    dialog.ui.zoom_out_button.click()
    dialog.ui.zoom_out_button.click()
    assert dialog.ui.zoom_combo.currentText() == "75 %"


class CancellingProgress(QProgressDialog):
    """Presses Cancel as soon as the document has made some progress."""

    values: ClassVar[list[int]] = []

    def setValue(self, value: int) -> None:
        super().setValue(value)
        CancellingProgress.values.append(value)
        if 0 < value < self.maximum():
            self.canceled.emit()  # what its Cancel button does


def test_cancel_mid_generation_leaves_nothing(qtbot, ws: Workspace, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                                              prompts: FakePrompts, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    case = make_case(ws, 260)  # progress is reported every 200 rows
    monkeypatch.setattr(reports_dialog, "QProgressDialog", CancellingProgress)
    CancellingProgress.values = []
    before = files_in(tmp_path)
    dialog = ReportsDialog(ws, case, runner, prompts)
    qtbot.addWidget(dialog)
    dialog.generate()
    assert 200 in CancellingProgress.values  # it was stopped part-way, not before it began
    assert dialog.draft is None and dialog.task is None
    assert dialog.ui.status_label.text().startswith("Cancelled.")
    assert not dialog.ui.save_button.isEnabled() and dialog.ui.options_panel.isEnabled()
    assert dialog.ui.preview_stack.currentWidget() is dialog.ui.placeholder_page
    assert exports(ws, case) == []
    assert files_in(tmp_path) == before  # not a byte written: no PDF, no temporary file


def test_a_folder_that_cannot_be_written_gives_a_plain_message(dialog: ReportsDialog, ws: Workspace, case: Case,
                                                               prompts: FakePrompts, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    crashes: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: crashes.append(args))
    not_a_folder = tmp_path / "not-a-folder"
    not_a_folder.write_text("a file where a folder should be")
    prompts.save_to = not_a_folder / "chronology.pdf"
    dialog.generate()
    dialog.save()
    assert crashes == []  # no traceback for the officer
    [message] = prompts.informed
    assert message.startswith("The PDF was not saved.") and "chronology.pdf" in message
    assert "Traceback" not in message
    assert exports(ws, case) == []
    assert dialog.ui.save_button.isEnabled()  # the preview is still there to save elsewhere


def test_the_unredacted_version_is_warned_about_and_marked(dialog: ReportsDialog, ws: Workspace, case: Case,
                                                           prompts: FakePrompts, tmp_path: Path) -> None:
    assert not dialog.ui.unredacted_warning_label.isVisible()
    dialog.ui.unredacted_radio.setChecked(True)
    assert dialog.ui.unredacted_warning_label.isVisible()
    assert "NOT FOR DISCLOSURE" in dialog.ui.unredacted_warning_label.text()
    dialog.generate()
    assert dialog.draft is not None and dialog.draft.version is Version.UNREDACTED
    assert "Unredacted" in dialog.ui.status_label.text()
    assert "UNREDACTED" in read_pdf(dialog.draft.pdf).pages[0].extract_text()

    prompts.save_to = tmp_path / "internal.pdf"
    prompts.answer = False  # the officer thinks again
    dialog.save()
    assert "UNREDACTED" in prompts.confirmations[0] and not prompts.save_to.exists()
    assert prompts.captions == [] and exports(ws, case) == []

    prompts.answer = True
    dialog.save()
    assert prompts.suggested[0].name.endswith("(UNREDACTED).pdf")
    assert prompts.save_to.exists()
    [row] = exports(ws, case)
    assert "Unredacted internal version" in row.summary


def test_options_reach_the_document(dialog: ReportsDialog) -> None:
    ui = dialog.ui
    ui.behaviours_group.setChecked(True)
    for n in range(ui.behaviours_list.count()):
        item = ui.behaviours_list.item(n)
        if item.text() == Behaviour.FOLLOWING.label:
            item.setCheckState(item.checkState().Checked)
    ui.large_print_check.setChecked(True)
    ui.notes_column_check.setChecked(True)
    choices = dialog.choices()
    assert choices.behaviours == frozenset({Behaviour.FOLLOWING})
    assert choices.large_print and choices.notes_column and not choices.unredacted
    assert choices.start is None and choices.end is None  # no dates ticked: everything
    dialog.generate()
    assert dialog.draft is not None and dialog.draft.entries == 4  # entries 0, 3, 6, 9 of 12
    assert "behaviours: Following" in dialog.draft.what


def test_a_reversed_date_range_is_refused(dialog: ReportsDialog, prompts: FakePrompts) -> None:
    ui = dialog.ui
    ui.from_check.setChecked(True)
    ui.to_check.setChecked(True)
    ui.from_date.setDate(ui.to_date.date().addDays(1))
    dialog.generate()
    assert dialog.draft is None and prompts.informed == ["The date range is empty. The From date is after the To date."]


def test_changing_options_after_the_preview_blocks_saving_it(dialog: ReportsDialog) -> None:
    dialog.generate()
    assert dialog.ui.save_button.isEnabled()
    dialog.ui.large_print_check.setChecked(True)
    assert not dialog.ui.save_button.isEnabled()
    assert "generate the preview again" in dialog.ui.status_label.text()
    dialog.ui.recipient_edit.setText("Someone")  # who it is for does not change the document
    dialog.generate()
    assert dialog.ui.save_button.isEnabled()


def test_the_pre_charge_file_has_no_chronology_filters(dialog: ReportsDialog) -> None:
    dialog.choose_document("charge_file")
    assert not dialog.ui.range_group.isEnabled() and not dialog.ui.behaviours_group.isEnabled()
    assert not dialog.ui.layout_group.isEnabled() and dialog.ui.version_group.isEnabled()
    assert "MG3" in dialog.ui.document_description_label.text()
    dialog.generate()
    assert dialog.draft is not None and dialog.draft.what == "pre-charge file"
    assert dialog.pdf.pageCount() == dialog.draft.pages


def test_closing_forgets_the_preview(dialog: ReportsDialog) -> None:
    dialog.generate()
    assert dialog.draft is not None
    dialog.reject()
    assert dialog.draft is None and dialog.pdf.pageCount() == 0


def test_every_document_has_a_distinct_key_and_file_name() -> None:
    assert len({d.key for d in DOCUMENTS}) == len(DOCUMENTS)
    names = {d.suggested_name("01ZZ0000124", Version.CPS) for d in DOCUMENTS}
    assert len(names) == len(DOCUMENTS) and all(n.endswith("(CPS).pdf") for n in names)


def test_generation_runs_on_the_worker_thread(qtbot, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                              prompts: FakePrompts) -> None:
    runner = TaskRunner()
    dialog = ReportsDialog(ws, case, runner, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.generate()
        assert dialog.task is not None and not dialog.ui.options_panel.isEnabled()  # busy meanwhile
        qtbot.waitUntil(lambda: dialog.draft is not None, timeout=30_000)
        assert dialog.task is None and dialog.ui.options_panel.isEnabled()
        assert dialog.pdf.pageCount() == dialog.draft.pages  # type: ignore[union-attr]
    finally:
        assert runner.shutdown()


def test_the_date_range_starts_from_the_case_entries(dialog: ReportsDialog) -> None:
    # factories.entry(n) is 03/03/2024 21:15 UTC plus n hours: 12 entries end on 04/03/2024
    assert dialog.ui.from_date.date().toString("dd/MM/yyyy") == "03/03/2024"
    assert dialog.ui.to_date.date().toString("dd/MM/yyyy") == "04/03/2024"
    dialog.ui.to_check.setChecked(True)
    dialog.ui.to_date.setDate(dialog.ui.from_date.date())
    dialog.generate()
    assert dialog.draft is not None and dialog.draft.entries == 3  # 21:15, 22:15, 23:15 on the 3rd
