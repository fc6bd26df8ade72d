"""The import wizard driven headless to the end, with the inline task runner."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot

from stalkdesk.domain.records import Case
from stalkdesk.gui.importing.models import Column
from stalkdesk.gui.importing.wizard import ImportWizard, PageId
from stalkdesk.services.importing import run_import
from stalkdesk.services.workspace import Workspace

pytestmark = pytest.mark.gui


def _wait_for(qtbot: QtBot, wizard: ImportWizard, page: PageId) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=5000)


def _to_summary(wizard: ImportWizard, path: Path, fmt: str = "") -> None:
    wizard.file_page.set_path(path)
    wizard.next()
    assert wizard.currentId() == PageId.FORMAT
    if fmt:
        wizard.format_page.set_format(fmt)
    wizard.next()
    assert wizard.currentId() == PageId.PARTICIPANTS, wizard.format_page.ui.error_label.text()
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY


def _stored(ws: Workspace, case: Case) -> tuple[int, int, int]:
    assert case.id is not None
    return len(ws.entries.list(case.id)), len(ws.exhibits.list(case.id)), ws.records.count(case.id)


def test_a_whatsapp_export_is_imported_to_the_end(qtbot: QtBot, ws: Workspace, case: Case, wizard: ImportWizard,
                                                 chat: Path) -> None:
    assert case.id is not None
    imported: list[object] = []
    wizard.imported.connect(imported.append)
    wizard.file_page.set_path(chat)
    assert wizard.file_page.ui.file_info_label.text().startswith("“WhatsApp Chat with Sam Sample.txt”")
    wizard.next()
    assert wizard.format_page.format() == "whatsapp"  # recognised from its contents
    assert "WhatsApp chat export" in wizard.format_page.ui.detected_label.text()
    wizard.next()
    assert wizard.currentId() == PageId.PARTICIPANTS  # a chat has no columns to map
    people = wizard.participants_page.model
    rows = {people.index(r, Column.IDENTITY).data(): r for r in range(people.rowCount())}
    assert set(rows) == {"Sam Sample", "Jo Example"}
    assert people.index(rows["Sam Sample"], Column.RECORDS).data() == "5"
    assert people.suspects() == ("name:sam sample",)  # the case's suspect, ticked for the officer
    wizard.next()
    summary = wizard.summary_page.ui.summary_label.text()
    assert "Would import “WhatsApp Chat with Sam Sample.txt”, keeping the file as a new exhibit." in summary
    assert "<b>7</b> (6 messages, 1 system)" in summary and "<b>2 entries</b>, from 5 of the suspect's" in summary
    assert "Sam Sample" in summary
    assert _stored(ws, case) == (0, 0, 0)  # the previews stored nothing
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    _wait_for(qtbot, wizard, PageId.RESULT)
    assert len(imported) == 1
    entries = ws.entries.list(case.id)
    assert [e.summary for e in entries] == ["3 WhatsApp messages from the suspect between 21:01 and 21:06",
                                            "2 WhatsApp messages from the suspect between 07:30 and 07:31"]
    source = ws.exhibits.find_by_sha256(case.id, hashlib.sha256(chat.read_bytes()).hexdigest())
    assert source is not None and ws.exhibits.read_original(source.id or 0) == chat.read_bytes()
    assert "as exhibit <b>AF/1</b>" in wizard.result_page.ui.result_label.text()
    assert ws.records.count(case.id) == 7


def test_the_ticks_and_the_group_window_change_the_preview(qtbot: QtBot, wizard: ImportWizard, chat: Path) -> None:
    wizard.file_page.set_path(chat)
    wizard.next()
    wizard.next()
    page = wizard.participants_page
    page.ui.window_spin.setValue(2)
    wizard.next()
    assert "<b>3 entries</b>" in wizard.summary_page.ui.summary_label.text()
    wizard.back()
    table = page.ui.participants_table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, Column.IDENTITY))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # from any cell of the row, by keyboard
    assert page.model.suspects() == ()
    assert "No identity is ticked" in page.ui.suspect_note_label.text()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    table.setCurrentIndex(page.model.index(1, Column.IDENTITY))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert page.model.suspects() == ("name:sam sample", "name:jo example")
    wizard.next()
    summary = wizard.summary_page.ui.summary_label.text()
    assert "Jo Example, Sam Sample" in summary and "from 6 of the suspect's contacts" in summary


def test_call_records_of_an_unknown_layout_go_through_the_column_mapping(
        qtbot: QtBot, ws: Workspace, case: Case, wizard: ImportWizard, calls_csv: Path, tmp_path: Path) -> None:
    assert case.id is not None
    wizard.file_page.set_path(calls_csv)
    wizard.next()
    wizard.format_page.set_format("calls")
    wizard.next()
    assert wizard.currentId() == PageId.COLUMNS
    page = wizard.columns_page
    assert "could not tell which column" in page.ui.intro_label.text()
    page.combos["number"].setCurrentText("Party")
    wizard.next()
    assert wizard.currentId() == PageId.COLUMNS  # the date and time are still needed
    assert "Still needed" in page.ui.error_label.text() and "date" in page.ui.error_label.text()
    for role, column in (("datetime", "Moment"), ("duration", "Secs"), ("direction", "Way")):
        page.combos[role].setCurrentText(column)
    wizard.next()
    assert wizard.currentId() == PageId.PARTICIPANTS
    people = wizard.participants_page.model
    assert people.index(0, Column.IDENTITY).data() == "07700 900456"  # normalised, shown as officers write it
    assert people.suspects() == ("+447700900456",)
    wizard.next()
    wizard.next()
    _wait_for(qtbot, wizard, PageId.RESULT)
    assert [e.summary for e in ws.entries.list(case.id)] == ["2 calls from the suspect between 21:00 and 21:40"]

    # The mapping is remembered for the next file with the same columns.
    second = tmp_path / "provider-calls-2.csv"
    second.write_text("Moment,Party,Secs,Way\n04/03/2024 08:00:00,07700 900456,5,in\n", encoding="utf-8")
    again = ImportWizard(ws, case, wizard.background._runner)
    qtbot.addWidget(again)
    again.show()
    again.file_page.set_path(second)
    again.next()
    again.format_page.set_format("calls")
    again.next()
    assert again.currentId() == PageId.COLUMNS
    assert "mapped as the last time" in again.columns_page.ui.intro_label.text()
    assert again.columns_page.combos["datetime"].currentText() == "Moment"


def test_a_recognised_layout_is_shown_for_confirmation(wizard: ImportWizard, tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    path.write_text("Date/Time,Number,Direction,Duration\n03/03/2024 21:00,07700 900456,Incoming,10\n",
                    encoding="utf-8")
    wizard.file_page.set_path(path)
    wizard.next()
    assert wizard.format_page.format() == "calls"
    wizard.next()
    assert wizard.currentId() == PageId.COLUMNS
    page = wizard.columns_page
    assert "recognised the columns" in page.ui.intro_label.text()
    assert not page.findChildren(QComboBox, "datetime_combo")  # nothing to choose, only to check
    wizard.next()
    assert wizard.currentId() == PageId.PARTICIPANTS


def test_a_file_that_is_not_the_format_chosen_is_refused_with_the_reason(ws: Workspace, case: Case,
                                                                         wizard: ImportWizard, chat: Path) -> None:
    wizard.file_page.set_path(chat)
    wizard.next()
    wizard.format_page.set_format("sms")
    wizard.next()
    assert wizard.currentId() == PageId.FORMAT
    message = wizard.format_page.ui.error_label
    assert message.isVisible()
    assert "this is not an SMS Backup & Restore file" in message.text()
    assert "nothing was stored" in message.text()
    assert _stored(ws, case) == (0, 0, 0)
    wizard.format_page.set_format("whatsapp")  # the officer corrects it
    assert not message.isVisible()
    wizard.next()
    assert wizard.currentId() == PageId.PARTICIPANTS


def test_cancelling_during_the_import_leaves_the_case_as_it_was(ws: Workspace, case: Case, wizard: ImportWizard,
                                                                chat: Path) -> None:
    _to_summary(wizard, chat)
    progress: list[int] = []

    def cancel_at_first_report(done: int, _total: int) -> None:
        progress.append(done)
        wizard.run_page.ui.cancel_import_button.click()  # while the service is inside its transaction

    wizard.background.progressed.connect(cancel_at_first_report)
    wizard.next()
    assert progress and progress[0] < 1000  # cancelled before the import had finished
    assert wizard.currentId() == PageId.RUN and wizard.run_page.cancelled
    assert "Nothing was stored" in wizard.run_page.ui.status_label.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert _stored(ws, case) == (0, 0, 0)  # no exhibit, no record, no entry


def test_the_same_file_again_is_refused_unless_import_again_is_ticked(
        qtbot: QtBot, ws: Workspace, case: Case, wizard: ImportWizard, chat: Path) -> None:
    assert case.id is not None
    run_import(ws, case.id, "whatsapp", chat)
    before = _stored(ws, case)
    _to_summary(wizard, chat)
    page = wizard.summary_page
    assert page.ui.already_group.isVisible()
    assert "already in this case as exhibit <b>AF/1</b>" in page.ui.already_label.text()
    assert not page.ui.force_check.isChecked()
    assert not page.isComplete()  # Import is disabled until the officer asks for it explicitly
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY and _stored(ws, case) == before
    page.ui.force_check.setChecked(True)
    assert page.isComplete()
    wizard.next()
    _wait_for(qtbot, wizard, PageId.RESULT)
    entries, exhibits, records = _stored(ws, case)
    assert (entries, exhibits, records) == (before[0] * 2, before[1], before[2] * 2)  # the exhibit is reused


def test_skipped_lines_are_listed_and_can_be_copied(qtbot: QtBot, wizard: ImportWizard, tmp_path: Path,
                                                    chat: Path) -> None:
    path = tmp_path / "chat with preamble.txt"
    path.write_text("Exported from a fictional phone\n" + chat.read_text(encoding="utf-8"), encoding="utf-8")
    _to_summary(wizard, path)
    assert wizard.summary_page.skipped.rowCount() == 1
    wizard.next()
    _wait_for(qtbot, wizard, PageId.RESULT)
    page = wizard.result_page
    assert page.ui.skipped_view.isVisible() and page.ui.copy_skipped_button.isVisible()
    page.ui.copy_skipped_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == (
        "chat with preamble.txt, line 1: 1 line(s) of text before the first message")


def test_cancel_while_reading_closes_and_drops_the_late_result(wizard: ImportWizard, chat: Path) -> None:
    wizard.file_page.set_path(chat)
    wizard.next()
    wizard.reject()
    assert not wizard.isVisible()
    assert wizard.background.closed


def test_a_diary_goes_straight_from_its_columns_to_the_preview(qtbot: QtBot, ws: Workspace, case: Case,
                                                              wizard: ImportWizard, tmp_path: Path) -> None:
    assert case.id is not None
    path = tmp_path / "victim diary.csv"
    path.write_text("Date,Time,What happened,Where\n03/03/2024,21:00,He waited outside the house,Home\n"
                    "05/03/2024,,He followed me to work,High Street\n", encoding="utf-8")
    wizard.file_page.set_path(path)
    wizard.next()
    assert wizard.format_page.format() == "csv"
    wizard.next()
    assert wizard.currentId() == PageId.COLUMNS  # recognised: shown to be checked
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY  # diary rows have no people to tick
    assert "<b>2 entries</b>" in wizard.summary_page.ui.summary_label.text()
    wizard.next()
    _wait_for(qtbot, wizard, PageId.RESULT)
    summaries = [e.summary for e in ws.entries.list(case.id)]
    assert len(summaries) == 2 and summaries[0].startswith("He waited outside the house")


def test_a_folder_of_pictures_is_taken_in_through_the_image_import(qtbot: QtBot, ws: Workspace, case: Case,
                                                                  wizard: ImportWizard, tmp_path: Path) -> None:
    from tests.imaging.images import jpeg_with_exif, png_screenshot

    assert case.id is not None
    folder = tmp_path / "screenshots"
    folder.mkdir()
    (folder / "IMG_0001.jpg").write_bytes(jpeg_with_exif())
    (folder / "Screenshot 1.png").write_bytes(png_screenshot(60, 120))
    wizard.file_page.set_path(folder)
    assert "2 files" in wizard.file_page.ui.file_info_label.text()
    wizard.next()
    assert wizard.format_page.format() == "images"
    assert wizard.format_page.ui.date_order_group.isHidden()  # pictures carry their own times
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY
    assert "Would take in <b>2 pictures</b>" in wizard.summary_page.ui.summary_label.text()
    assert len(ws.exhibits.list(case.id)) == 0
    wizard.next()
    _wait_for(qtbot, wizard, PageId.RESULT)
    assert len(ws.exhibits.list(case.id)) == 2
    assert "Took in <b>2 pictures</b>" in wizard.result_page.ui.result_label.text()


def test_a_file_dropped_on_the_first_page_is_taken(wizard: ImportWizard, chat: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    def drop(*paths: Path) -> None:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        wizard.file_page.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    drop(chat, tmp_path / "other.txt")  # two at once: which one is meant is not guessed
    assert wizard.file_page.path() is None and not wizard.file_page.isComplete()
    drop(chat)
    assert wizard.file_page.path() == chat and wizard.file_page.isComplete()


def test_reading_and_importing_run_off_the_gui_thread(qtbot: QtBot, ws: Workspace, case: Case, chat: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from stalkdesk.gui.importing import pages_run
    from stalkdesk.gui.tasks import TaskRunner

    threads: list[str] = []
    real_preview, real_import = pages_run.preview, pages_run.run_import

    def preview(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real_preview(*args, **kwargs)  # type: ignore[arg-type]

    def run_import(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real_import(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pages_run, "preview", preview)
    monkeypatch.setattr(pages_run, "run_import", run_import)
    runner = TaskRunner()
    wizard = ImportWizard(ws, case, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    try:
        wizard.file_page.set_path(chat)
        wizard.next()
        for page in (wizard.format_page, wizard.participants_page, wizard.summary_page):
            qtbot.waitUntil(page.isComplete, timeout=10_000)
            wizard.next()
        _wait_for(qtbot, wizard, PageId.RESULT)
    finally:
        runner.shutdown()
    assert len(threads) == 3 and threading.main_thread().name not in threads
    assert len(ws.entries.list(case.id or 0)) == 2
