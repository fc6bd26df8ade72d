"""Redacting in the exhibit viewer: draw with the mouse, give a reason, save, show, export."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.domain.vocab import RedactionReason
from stalkdesk.gui.evidence.viewer import ExhibitViewer
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.imaging.redact import Polygon, Rect
from stalkdesk.services import image_redaction as redaction
from stalkdesk.services import reports
from stalkdesk.services.workspace import Workspace
from tests.gui.evidence.conftest import FakePrompts, add_image
from tests.imaging.images import jpeg_with_exif, png_screenshot
from tests.reports import pdf

pytestmark = pytest.mark.gui

Open = Callable[[Exhibit], ExhibitViewer]


@pytest.fixture
def open_viewer(qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                prompts: FakePrompts) -> Iterator[Open]:
    def make(exhibit: Exhibit) -> ExhibitViewer:
        viewer = ExhibitViewer(ws, case, exhibit, runner, prompts)
        qtbot.addWidget(viewer)
        viewer.resize(1100, 700)
        viewer.show()
        qtbot.waitExposed(viewer)
        return viewer
    yield make


def _at(viewer: ExhibitViewer, x: float, y: float) -> QPoint:
    """Where picture pixel (x, y) is on the view's viewport."""
    return viewer.ui.image_view.mapFromScene(QPointF(x, y))


def drag(qtbot, viewer: ExhibitViewer, points: list[tuple[float, float]]) -> None:  # type: ignore[no-untyped-def]
    """Press at the first point, move through the rest, release at the last."""
    port = viewer.ui.image_view.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=_at(viewer, *points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(port, _at(viewer, x, y))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=_at(viewer, *points[-1]))


def choose(viewer: ExhibitViewer, reason: RedactionReason) -> None:
    combo = viewer.redaction.panel.ui.reason_combo
    index = combo.findData(reason.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a pick in the open list sends


def _black(viewer: ExhibitViewer, x: int, y: int) -> bool:
    return viewer.ui.image_view.pixmap().toImage().pixelColor(x, y) == QColor(0, 0, 0)


def test_draw_a_rectangle_pick_a_reason_save_and_export_for_the_cps(  # type: ignore[no-untyped-def]
        qtbot, open_viewer: Open, ws: Workspace, case: Case, tmp_path: Path) -> None:
    photo = add_image(ws, case, jpeg_with_exif(640, 480), "IMG_0100.jpg")
    viewer = open_viewer(photo)
    control = viewer.redaction
    assert control.redact_button.isVisible() and control.redact_button.text() == "Redact…"
    assert not control.version_combo.isEnabled()  # only the original so far

    qtbot.mouseClick(control.redact_button, Qt.MouseButton.LeftButton)
    panel = control.panel
    assert panel.isVisible() and not viewer.ui.details_panel.isVisible()
    assert panel.ui.gps_warning_label.isVisible()  # the photo has EXIF GPS
    drag(qtbot, viewer, [(100, 120), (200, 160), (300, 220)])

    assert len(panel.model.regions) == 1
    box = panel.model.regions[0].shape
    assert isinstance(box, Rect)
    # Drawn on screen at the fitted zoom: the box covers the dragged span, to within a pixel.
    assert abs(box.x - 100) <= 2 and abs(box.y - 120) <= 2
    assert abs(box.x + box.w - 300) <= 2 and abs(box.y + box.h - 220) <= 2
    assert panel.model.data(panel.model.index(0, 1)) == "Choose a reason"

    qtbot.mouseClick(panel.ui.save_button, Qt.MouseButton.LeftButton)
    assert panel.ui.error_label.text() == "Area 1 has no reason: choose one."
    assert redaction.redaction_history(ws, photo.id or 0) == []

    choose(viewer, RedactionReason.PHONE_NUMBER)
    assert panel.model.data(panel.model.index(0, 1)) == "Phone number"
    qtbot.mouseClick(panel.ui.save_button, Qt.MouseButton.LeftButton)

    history = redaction.redaction_history(ws, photo.id or 0)
    assert [v.version for v in history] == [1]
    assert history[0].regions == (redaction.Region(box, RedactionReason.PHONE_NUMBER),)
    assert not panel.isVisible() and viewer.ui.details_panel.isVisible()
    assert control.version_combo.currentText() == "Redacted v1 (newest)"
    assert viewer.ui.status_label.text().startswith("Saved redacted version 1")
    assert "including GPS" in viewer.ui.status_label.text()
    assert _black(viewer, 200, 170)  # the redacted version is what is shown now
    derived = Image.open(io.BytesIO(redaction.read_version(ws, history[0]))).convert("RGB")
    assert {derived.getpixel((x, y)) for x in range(box.x, box.x + box.w)
            for y in range(box.y, box.y + box.h)} == {(0, 0, 0)}
    assert ws.exhibits.read_original(photo.id or 0) == jpeg_with_exif(640, 480)

    out = tmp_path / "charge-file-cps.pdf"
    reports.charge_file(ws, case.urn, out, generated_at=datetime(2024, 7, 1, tzinfo=UTC))
    text = " ".join(" ".join(pdf.texts(pdf.reader(out))).split())
    assert f"Shown: redacted version 1, SHA-256 {history[0].derivative.sha256}" in text


def test_editing_starts_from_the_newest_areas_and_keeps_every_version(  # type: ignore[no-untyped-def]
        qtbot, open_viewer: Open, ws: Workspace, case: Case) -> None:
    shot = add_image(ws, case, png_screenshot(390, 844), "Screenshot_0101.png")
    redaction.redact_exhibit(ws, shot.id or 0, [redaction.Region(Rect(20, 30, 100, 40),
                                                                 RedactionReason.VICTIM_ADDRESS)])
    viewer = open_viewer(shot)
    control = viewer.redaction
    assert control.redact_button.text() == "Edit redaction…"

    qtbot.mouseClick(control.redact_button, Qt.MouseButton.LeftButton)
    panel = control.panel
    assert not panel.ui.gps_warning_label.isVisible()  # a screenshot: no GPS
    assert "Editing redacted version 1: saving makes version 2" in panel.ui.title_label.text()
    assert [(r.shape, r.reason) for r in panel.model.regions] == [(Rect(20, 30, 100, 40),
                                                                   RedactionReason.VICTIM_ADDRESS)]
    assert not _black(viewer, 50, 50)  # editing shows the original, the areas drawn over it

    qtbot.mouseClick(panel.ui.freehand_tool_button, Qt.MouseButton.LeftButton)
    drag(qtbot, viewer, [(200, 400), (300, 400), (300, 500), (200, 500), (200, 405)])
    assert len(panel.model.regions) == 2 and isinstance(panel.model.regions[1].shape, Polygon)
    choose(viewer, RedactionReason.OTHER)
    qtbot.mouseClick(panel.ui.save_button, Qt.MouseButton.LeftButton)
    assert panel.ui.error_label.text() == 'Area 2 is redacted for "Other": say why in its note.'
    qtbot.keyClicks(panel.ui.note_edit, "child's school badge")
    qtbot.mouseClick(panel.ui.save_button, Qt.MouseButton.LeftButton)

    history = redaction.redaction_history(ws, shot.id or 0)
    assert [v.version for v in history] == [1, 2]
    assert history[1].regions[1].note == "child's school badge"
    combo = control.version_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Original", "Redacted v2 (newest)", "Redacted v1"]
    assert _black(viewer, 50, 50) and _black(viewer, 250, 450)

    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert not _black(viewer, 50, 50)  # the original again
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert _black(viewer, 50, 50) and not _black(viewer, 250, 450)  # version 1 had one area
    assert viewer.ui.status_label.text().startswith("Showing redacted version 1")


def test_delete_an_area_and_cancel_saves_nothing(qtbot, open_viewer: Open, ws: Workspace,  # type: ignore[no-untyped-def]
                                                 case: Case) -> None:
    shot = add_image(ws, case, png_screenshot(390, 844), "Screenshot_0102.png")
    viewer = open_viewer(shot)
    control = viewer.redaction
    qtbot.mouseClick(control.redact_button, Qt.MouseButton.LeftButton)
    drag(qtbot, viewer, [(10, 10), (60, 60)])
    drag(qtbot, viewer, [(100, 100), (150, 160)])
    drag(qtbot, viewer, [(100, 300), (101, 300)])  # a click, not an area
    panel = control.panel
    assert len(panel.model.regions) == 2 and panel.selected_row() == 1
    qtbot.mouseClick(panel.ui.delete_button, Qt.MouseButton.LeftButton)
    assert len(panel.model.regions) == 1
    assert len(control.overlay._items) == 1  # what is drawn follows the list
    qtbot.mouseClick(panel.ui.cancel_button, Qt.MouseButton.LeftButton)
    assert not control.redacting and control.overlay._items == []
    assert redaction.redaction_history(ws, shot.id or 0) == []
    assert viewer.ui.details_panel.isVisible()


def test_a_recording_offers_no_redaction(open_viewer: Open, ws: Workspace, case: Case) -> None:
    assert case.id is not None
    from stalkdesk.services.intake import add_exhibit_bytes

    note = add_exhibit_bytes(ws, case.id, "notes.txt", b"Fictional typed notes.\n")
    viewer = open_viewer(note)
    assert not viewer.redaction.redact_button.isVisible()
