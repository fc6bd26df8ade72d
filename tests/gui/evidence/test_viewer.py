"""The exhibit viewer: orientation, view-only rotation, details, continuity, export."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from stalkdesk.domain.records import Case, Exhibit, ExhibitLink
from stalkdesk.domain.vocab import ContinuityAction, ExhibitKind
from stalkdesk.gui.evidence.viewer import ExhibitViewer
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.gui.evidence.conftest import FakePrompts, add_image
from tests.imaging.images import jpeg_with_exif, truncated_jpeg

pytestmark = pytest.mark.gui

Open = Callable[[Exhibit], ExhibitViewer]


@pytest.fixture
def open_viewer(qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                prompts: FakePrompts) -> Iterator[Open]:
    def make(exhibit: Exhibit) -> ExhibitViewer:
        viewer = ExhibitViewer(ws, case, exhibit, runner, prompts)
        qtbot.addWidget(viewer)
        viewer.resize(1000, 700)
        viewer.show()
        return viewer
    yield make


@pytest.fixture
def sideways(ws: Workspace, case: Case) -> Exhibit:
    """Stored landscape (64 x 48) with EXIF orientation 6: a phone shows it portrait."""
    return add_image(ws, case, jpeg_with_exif(64, 48, orientation=6), "IMG_0006.jpg")


def test_exif_orientation_is_applied_in_memory(open_viewer: Open, sideways: Exhibit) -> None:
    viewer = open_viewer(sideways)
    pixmap = viewer.ui.image_view.pixmap()
    assert (pixmap.width(), pixmap.height()) == (48, 64)
    assert viewer.ui.picture_stack.currentWidget() is viewer.ui.image_page


def test_rotating_and_zooming_change_the_view_only(open_viewer: Open, ws: Workspace, sideways: Exhibit) -> None:
    before = hashlib.sha256(ws.exhibits.read_original(sideways.id or 0)).hexdigest()
    viewer = open_viewer(sideways)
    view = viewer.ui.image_view
    viewer.ui.rotate_right_button.click()
    viewer.ui.rotate_right_button.click()
    viewer.ui.rotate_left_button.click()
    assert view.rotation == 90
    viewer.ui.actual_size_button.click()
    viewer.ui.zoom_in_button.click()
    assert view.scale_factor == pytest.approx(1.25) and viewer.ui.zoom_label.text() == "125%"
    for _ in range(20):
        viewer.ui.zoom_in_button.click()
    assert view.scale_factor == 8.0  # 800 % at most
    assert (view.pixmap().width(), view.pixmap().height()) == (48, 64)
    after = hashlib.sha256(ws.exhibits.read_original(sideways.id or 0)).hexdigest()
    assert before == after == sideways.sha256


def test_details_show_the_full_hash_and_exif(open_viewer: Open, sideways: Exhibit) -> None:
    viewer = open_viewer(sideways)
    assert viewer.sha256_field is not None
    assert viewer.sha256_field.toPlainText() == sideways.sha256 and len(sideways.sha256) == 64
    assert viewer.sha256_field.isReadOnly()
    form = viewer.ui.details_form
    shown = {form.itemAt(r, form.ItemRole.LabelRole).widget().text():  # type: ignore[union-attr]
             form.itemAt(r, form.ItemRole.FieldRole).widget() for r in range(form.rowCount())}  # type: ignore[union-attr]
    assert shown["Taken (EXIF)"].text() == "03/03/2024 21:15:07 (device offset +00:00)"  # type: ignore[attr-defined]
    assert shown["GPS (EXIF)"].text() == "51.500000, -0.120000"  # type: ignore[attr-defined]
    assert shown["Device (EXIF)"].text() == "Fictional Phone 1"  # type: ignore[attr-defined]
    assert shown["Dimensions"].text().startswith("64 × 48 pixels (shown 48 × 64")  # type: ignore[attr-defined]


def test_entries_citing_the_exhibit_are_listed(open_viewer: Open, ws: Workspace, case: Case,
                                               sideways: Exhibit) -> None:
    ws.entries.add(case.id or 0, factories.entry(summary="Car seen outside the house",
                                                 exhibits=(ExhibitLink(sideways.id or 0, "image 1"),)))
    viewer = open_viewer(sideways)
    model = viewer.citing_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(4)] == ["1", "03/03/2024 21:15", "Car seen outside the house",
                                                            "image 1"]
    assert viewer.ui.log_tabs.tabText(0) == "Chronology (1)"


def test_adding_a_continuity_event(open_viewer: Open, ws: Workspace, sideways: Exhibit,
                                   prompts: FakePrompts) -> None:
    def fill(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.action_combo.setCurrentIndex(ui.action_combo.findData(ContinuityAction.HANDED_OVER))
        ui.from_edit.setText("DC Alex Fictional")
        ui.to_edit.setText("Digital forensics unit")
        ui.purpose_edit.setText("Check for editing")
        dialog.accept()

    prompts.actions["ContinuityEventDialog"] = fill
    viewer = open_viewer(sideways)
    before = viewer.continuity_model.rowCount()
    viewer.ui.add_continuity_button.click()
    stored = ws.exhibits.continuity(sideways.id or 0)
    assert len(stored) == before + 1
    event = stored[-1]
    assert (event.action, event.to_person, event.recorded_by) == (
        ContinuityAction.HANDED_OVER, "Digital forensics unit", "DC Alex Fictional (9999)")
    model = viewer.continuity_model
    assert [model.index(model.rowCount() - 1, c).data() for c in (1, 3, 4)] == [
        "Handed over", "Digital forensics unit", "Check for editing"]


def test_export_writes_the_original_byte_for_byte(open_viewer: Open, ws: Workspace, sideways: Exhibit,
                                                  prompts: FakePrompts, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    prompts.save_to = out / "AF_1.jpg"
    viewer = open_viewer(sideways)
    viewer.ui.export_button.click()
    assert prompts.suggested[0].name == "AF_1.jpg"
    assert "NOT be encrypted" in prompts.confirmations[0]
    assert (out / "AF_1.jpg").read_bytes() == ws.exhibits.read_original(sideways.id or 0)
    assert [p.name for p in out.iterdir()] == ["AF_1.jpg"]  # no temporary file left
    copied = ws.exhibits.continuity(sideways.id or 0)[-1]
    assert copied.action == ContinuityAction.COPIED and copied.to_person == str(out / "AF_1.jpg")
    assert "SHA-256 matches" in viewer.ui.status_label.text()


def test_export_declined_at_the_warning_writes_nothing(open_viewer: Open, sideways: Exhibit,
                                                       prompts: FakePrompts, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    prompts.save_to, prompts.answer = out / "AF_1.jpg", False
    open_viewer(sideways).ui.export_button.click()
    assert list(out.iterdir()) == []


def test_a_corrupt_stored_picture_shows_the_reason(open_viewer: Open, ws: Workspace, case: Case) -> None:
    # Intake refuses such a file; this one is put in behind its back, as a damaged store would hold it.
    damaged = ws.exhibits.add(case.id or 0, Exhibit(reference="AF/9", description="x", kind=ExhibitKind.PHOTO,
                                                    original_filename="cut.jpg", media_type="image/jpeg"),
                              io.BytesIO(truncated_jpeg()))
    viewer = open_viewer(damaged)
    assert viewer.ui.picture_stack.currentWidget() is viewer.ui.message_page
    assert viewer.ui.message_title_label.text() == "This picture cannot be shown"
    assert "truncated JPEG data" in viewer.ui.message_text_label.text()
    assert viewer.ui.image_view.pixmap().isNull()


def test_a_recording_is_described_not_decoded(open_viewer: Open, ws: Workspace, case: Case) -> None:
    audio = ws.exhibits.add(case.id or 0, Exhibit(reference="AF/3", description="Voicemail", kind=ExhibitKind.AUDIO,
                                                  original_filename="vm.mp3", media_type="audio/mpeg"),
                            io.BytesIO(b"ID3" + bytes(200)))
    viewer = open_viewer(audio)
    assert viewer.ui.message_title_label.text() == "Audio: no preview"
    assert not viewer.ui.message_icon_label.pixmap().isNull()
    assert not viewer.ui.zoom_in_button.isEnabled()
    assert viewer.sha256_field is not None and viewer.sha256_field.toPlainText() == audio.sha256
