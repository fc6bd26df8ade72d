"""Taking evidence in: a drop of files and folders, and the Add evidence dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import ExhibitKind
from stalkdesk.errors import Cancelled
from stalkdesk.gui.evidence import intake
from stalkdesk.gui.evidence.add_evidence import AddEvidenceDialog
from stalkdesk.gui.evidence.intake import IntakeSummaryDialog, expand_paths
from stalkdesk.gui.evidence.view import EvidenceView
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.intake import add_exhibit_file
from stalkdesk.services.workspace import Workspace
from tests.gui.evidence.conftest import FakePrompts, add_image
from tests.imaging.images import jpeg_with_exif, png_screenshot, truncated_jpeg

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
         prompts: FakePrompts) -> Iterator[EvidenceView]:
    view = EvidenceView(ws, case, runner, prompts=prompts)
    qtbot.addWidget(view)
    yield view
    view.clear()  # stops the thumbnail worker before the store closes


def _drop(view: EvidenceView, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)


def test_drop_adds_good_files_and_names_the_refused_one(view: EvidenceView, ws: Workspace, case: Case,
                                                        prompts: FakePrompts, tmp_path: Path) -> None:
    folder = tmp_path / "from the victim"
    folder.mkdir()
    (folder / "IMG_0001.jpg").write_bytes(jpeg_with_exif(320, 240))
    (folder / "cut_off.jpg").write_bytes(truncated_jpeg())
    loose = tmp_path / "Screenshot_1.png"
    loose.write_bytes(png_screenshot())
    summaries: list[str] = []
    prompts.actions["IntakeSummaryDialog"] = lambda d: (summaries.append(d.text), d.accept())  # type: ignore[attr-defined, func-returns-value]

    _drop(view, [folder, loose])

    assert "Add 3 files to Op Fictional (01FC0000124) as exhibits?" in prompts.confirmations[0]
    stored = ws.exhibits.list(case.id or 0)
    assert sorted(e.original_filename for e in stored) == ["IMG_0001.jpg", "Screenshot_1.png"]
    assert [type(d) for d in prompts.dialogs] == [IntakeSummaryDialog]
    text = summaries[0]
    assert text.startswith("2 exhibits added; 1 file refused:\n")
    assert '"cut_off.jpg" was not added: the image is damaged or incomplete (truncated JPEG data).' in text
    assert view.model.rowCount() == 2
    assert view.ui.message_label.text().startswith("2 exhibits added; 1 file refused")
    assert len(view.ui.gallery_list.selectionModel().selectedIndexes()) == 2  # the new ones


def test_declining_the_drop_stores_nothing(view: EvidenceView, ws: Workspace, case: Case,
                                           prompts: FakePrompts, tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(jpeg_with_exif(64, 48))
    prompts.answer = False
    _drop(view, [tmp_path / "a.jpg"])
    assert ws.exhibits.list(case.id or 0) == []


def test_cancelling_keeps_what_was_added_and_says_so(view: EvidenceView, ws: Workspace, case: Case,
                                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.jpg").write_bytes(jpeg_with_exif(64, 48, when=f"2024:03:0{n + 1} 10:00:00"))

    def cancelled_after_one(ws_: Workspace, case_id: int, paths: list[Path], progress: object) -> None:
        add_exhibit_file(ws_, case_id, paths[0])
        raise Cancelled("Cancelled.")

    monkeypatch.setattr(intake, "add_exhibit_files", cancelled_after_one)
    view.add_paths([tmp_path])
    assert view.model.rowCount() == 1
    assert view.ui.message_label.text() == ("Adding evidence was cancelled: 1 exhibit had already been added; "
                                            "the other files were not.")
    assert view.ui.add_button.isEnabled()


def test_folders_expand_recursively_without_hidden_files(tmp_path: Path) -> None:
    for name in ("b.jpg", "a.jpg", ".hidden.jpg", "Thumbs.db", "sub/c.png", ".git/x.jpg", "sub/.d.jpg"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = expand_paths([tmp_path, tmp_path / "a.jpg", tmp_path / ".hidden.jpg"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.jpg", "b.jpg", "sub/c.png"]


def test_dialog_proposes_the_next_reference_and_refuses_a_duplicate(qtbot, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                                                     runner: SyncTaskRunner,
                                                                     tmp_path: Path) -> None:
    add_image(ws, case, jpeg_with_exif(64, 48), "first.jpg")
    photo = tmp_path / "IMG_0002.jpg"
    photo.write_bytes(jpeg_with_exif(64, 48, when="2024:03:04 09:00:00"))
    dialog = AddEvidenceDialog(ws, case, runner, path=photo)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.reference_edit.text() == "AF/2"
    assert ui.reference_message_label.text() == "Available"
    assert ui.kind_combo.currentData() == ExhibitKind.PHOTO  # EXIF names a device

    ui.reference_edit.setText("af/1")
    assert ui.reference_message_label.text() == "AF/1 is already used in this case: choose another reference."
    assert not dialog._ok.isEnabled()
    ui.reference_edit.setText("AF 1 x")
    assert "is not an exhibit reference" in ui.reference_message_label.text()
    dialog.accept()  # refused while the reference is wrong: nothing stored
    assert len(ws.exhibits.list(case.id or 0)) == 1

    ui.reference_edit.setText("af/2")
    ui.description_edit.setPlainText("Photograph of the suspect's car")
    ui.producer_edit.setText("Jo Example (victim)")
    dialog.accept()
    assert dialog.result() == AddEvidenceDialog.DialogCode.Accepted
    assert dialog.exhibit is not None and dialog.exhibit.reference == "AF/2"
    stored = ws.exhibits.get(dialog.exhibit.id or 0)
    assert (stored.description, stored.produced_by, stored.kind) == (
        "Photograph of the suspect's car", "Jo Example (victim)", ExhibitKind.PHOTO)
    assert stored.seized_at is None  # not ticked: not recorded


def test_dialog_shows_a_refusal_and_stores_nothing(qtbot, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                                   runner: SyncTaskRunner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(truncated_jpeg())
    dialog = AddEvidenceDialog(ws, case, runner, path=broken)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != AddEvidenceDialog.DialogCode.Accepted
    assert '"broken.jpg" was not added' in dialog.ui.error_label.text()
    assert ws.exhibits.list(case.id or 0) == []
