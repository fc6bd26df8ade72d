"""The Evidence tab as a whole: opening viewers, and clearing everything on lock."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from stalkdesk.domain.records import Case
from stalkdesk.gui.evidence.view import EvidenceView
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace
from tests.gui.evidence.conftest import FakePrompts, add_image
from tests.imaging.images import jpeg_with_exif, png_screenshot

pytestmark = pytest.mark.gui

SECRET = "Photograph of the fictional suspect's car"


def _texts(view: EvidenceView) -> str:
    widgets = view.findChildren(QLabel) + view.findChildren(QLineEdit)
    return "\n".join([w.text() for w in widgets] + [w.toPlainText() for w in view.findChildren(QPlainTextEdit)])


def test_clear_leaves_nothing_of_the_case(qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                                          prompts: FakePrompts) -> None:
    photo = add_image(ws, case, jpeg_with_exif(320, 240), "IMG_0001.jpg", description=SECRET)
    add_image(ws, case, png_screenshot(), "Screenshot_1.png")
    view = EvidenceView(ws, case, runner, prompts=prompts)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model.thumbnail_count == 2, timeout=5000)
    assert view.ui.count_label.text() == "2 exhibits"
    view.ui.filter_edit.setText("fictional suspect")
    assert view.ui.count_label.text() == "1 of 2 exhibits"
    viewer = view.open_exhibit(photo.id or 0)
    assert view.open_exhibit(photo.id or 0) is viewer  # one viewer per exhibit
    assert not viewer.ui.image_view.pixmap().isNull()
    assert SECRET in viewer.windowTitle()

    view.clear()

    assert view.model.rowCount() == 0 and view.model.thumbnail_count == 0 and view.proxy.rowCount() == 0
    assert view.viewers == {} and not viewer.isVisible()
    assert viewer.ui.image_view.pixmap().isNull()
    assert viewer.continuity_model.rowCount() == 0 and viewer.citing_model.rowCount() == 0
    assert viewer.ui.details_form.rowCount() == 0 and viewer.sha256_field is None
    assert SECRET not in _texts(view) and "IMG_0001" not in _texts(view)
    assert view.ui.empty_title_label.text() == "The store is locked"
    assert not view.ui.add_button.isEnabled() and not view.acceptDrops()

    view.reload()  # unlocked again
    assert view.model.rowCount() == 2 and view.ui.add_button.isEnabled()
    view.clear()


def test_add_evidence_button_runs_the_dialog_and_selects_the_new_exhibit(
        qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner, prompts: FakePrompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "IMG_0042.jpg"
    photo.write_bytes(jpeg_with_exif(64, 48))
    prompts.open_to = photo

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.ui.choose_button.click()
        dialog.ui.description_edit.setPlainText("Photograph of a note on the windscreen")
        dialog.accept()

    prompts.actions["AddEvidenceDialog"] = fill
    view = EvidenceView(ws, case, runner, prompts=prompts)
    qtbot.addWidget(view)
    view.ui.add_button.click()
    assert view.model.rowCount() == 1
    assert view.ui.message_label.text() == "Exhibit AF/1 added: IMG_0042.jpg."
    assert view.ui.open_button.isEnabled()  # the new exhibit is selected
    view.clear()
