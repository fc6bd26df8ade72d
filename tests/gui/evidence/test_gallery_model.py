"""ExhibitListModel and its thumbnail loader, without a view."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPixmap

from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.domain.vocab import ExhibitKind
from stalkdesk.gui.evidence.gallery_model import (
    DESCRIPTION_ROLE,
    FILTER_ROLE,
    LOADING_ROLE,
    REFERENCE_ROLE,
    ExhibitListModel,
)
from stalkdesk.gui.evidence.intake import summary_headline
from stalkdesk.gui.evidence.thumbnails import ThumbnailLoader
from stalkdesk.services.workspace import Workspace
from tests.gui.evidence.conftest import add_image
from tests.imaging.images import jpeg_with_exif, png_screenshot

pytestmark = pytest.mark.gui

DECORATION = Qt.ItemDataRole.DecorationRole


def _audio(ws: Workspace, case: Case) -> Exhibit:
    assert case.id is not None
    return ws.exhibits.add(case.id, Exhibit(reference="AF/10", description="Voicemail from the suspect",
                                            kind=ExhibitKind.AUDIO, original_filename="voicemail.mp3",
                                            media_type="audio/mpeg"), io.BytesIO(b"ID3" + b"\x00" * 500))


@pytest.fixture
def model(qtbot, ws: Workspace, case: Case):  # type: ignore[no-untyped-def]
    add_image(ws, case, jpeg_with_exif(320, 240), "IMG_0001.jpg", description="Car outside the house")
    add_image(ws, case, png_screenshot(), "Screenshot_1.png", description="WhatsApp messages")
    _audio(ws, case)
    loader = ThumbnailLoader(ws.exhibits.thumbnails, QSize(100, 100))
    model = ExhibitListModel(lambda: ws.exhibits.list(case.id or 0), loader)
    model.refresh()
    yield model
    model.clear()  # waits for the loader: nothing reads the store after it closes


def test_rows_are_in_reference_order_with_text_and_tooltip(model: ExhibitListModel) -> None:
    refs = [model.index(r).data(REFERENCE_ROLE) for r in range(model.rowCount())]
    assert refs == ["AF/1", "AF/2", "AF/10"]  # numeric order, not text order
    first = model.index(0)
    assert first.data() == "AF/1\nCar outside the house"
    assert first.data(DESCRIPTION_ROLE) == "Car outside the house"
    tip = first.data(Qt.ItemDataRole.ToolTipRole)
    exhibit = model.exhibit(0)
    assert "IMG_0001.jpg" in tip and f"SHA-256 {exhibit.sha256[:16]}…" in tip
    assert exhibit.sha256 not in tip  # short form only
    assert "KB" in tip
    assert "voicemail.mp3" in model.index(2).data(FILTER_ROLE)


def test_thumbnails_arrive_from_the_worker_and_audio_keeps_its_icon(qtbot, model: ExhibitListModel) -> None:  # type: ignore[no-untyped-def]
    for row in range(model.rowCount()):
        assert isinstance(model.index(row).data(DECORATION), QPixmap)  # type icon meanwhile
    assert model.index(0).data(LOADING_ROLE) is True
    assert model.index(2).data(LOADING_ROLE) is False  # audio is never decoded
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    qtbot.waitUntil(lambda: model.thumbnail_count == 2, timeout=5000)
    photo = model.index(0).data(DECORATION)
    assert photo.cacheKey() == model.thumbnail(model.exhibit(0).id or 0).cacheKey()  # type: ignore[union-attr]
    assert (photo.width(), photo.height()) == (100, 75)  # scaled to the box, aspect kept
    assert model.index(0).data(LOADING_ROLE) is False
    assert model.thumbnail(model.exhibit(2).id or 0) is None


def test_filter_matches_reference_description_and_file_name(model: ExhibitListModel) -> None:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterRole(FILTER_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    for text, expected in (("af/2", ["AF/2"]), ("whatsapp", ["AF/2"]), ("MP3", ["AF/10"]), ("af/", 3)):
        proxy.setFilterFixedString(text)
        found = [proxy.index(r, 0).data(REFERENCE_ROLE) for r in range(proxy.rowCount())]
        assert found == expected or len(found) == expected


def test_clear_forgets_rows_and_pictures(qtbot, model: ExhibitListModel) -> None:  # type: ignore[no-untyped-def]
    model.index(0).data(DECORATION)
    qtbot.waitUntil(lambda: model.thumbnail_count == 1, timeout=5000)
    model.clear()
    assert model.rowCount() == 0 and model.thumbnail_count == 0


def test_summary_headline() -> None:
    assert summary_headline(2, 1) == "2 exhibits added; 1 file refused:"
    assert summary_headline(1, 0) == "1 exhibit added."
    assert summary_headline(0, 3) == "No exhibits added; 3 files refused:"
