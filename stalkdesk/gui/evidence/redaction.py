"""Redaction in the exhibit viewer: draw areas, give reasons, save a redacted version.

The controller adds two things beside the viewer's Export button: a list of the versions to
show (the original, then each redacted version, newest first) and a "Redact" button. In
redact mode the original is shown, the details panel gives way to the list of areas
(`RedactionPanel`), and drags on the picture draw areas (`RedactionOverlay`). Saving runs
`services.image_redaction.redact_exhibit` through the task runner; the new version is then
shown. Editing starts from the newest version's areas; every version is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QSizePolicy, QToolButton, QWidget

from stalkdesk.domain.records import Exhibit
from stalkdesk.errors import UserError
from stalkdesk.gui.evidence.picture import decode_upright
from stalkdesk.gui.evidence.redaction_overlay import RedactionOverlay
from stalkdesk.gui.evidence.redaction_panel import DraftRegion, RedactionPanel
from stalkdesk.gui.forms.ui_exhibit_viewer import Ui_ExhibitViewer
from stalkdesk.gui.tasks import Runner, report_unhandled
from stalkdesk.imaging import ImageRejected, is_decodable_image
from stalkdesk.imaging.redact import Shape
from stalkdesk.services.image_redaction import (
    RedactionVersion,
    has_gps,
    latest_redaction,
    read_version,
    redact_exhibit,
    redaction_history,
)
from stalkdesk.services.workspace import Workspace

ORIGINAL = "Original"


def load_redacted_picture(ws: Workspace, version: RedactionVersion, name: str) -> QImage:
    """Read a redacted version and decode it like an original (it is already upright)."""
    return decode_upright(read_version(ws, version), name)


class RedactionController(QObject):
    """Owns the version list, the Redact button, the areas panel and the drawing overlay."""

    def __init__(self, ws: Workspace, exhibit: Exhibit, runner: Runner, ui: Ui_ExhibitViewer,
                 show_original: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        assert exhibit.id is not None
        self._ws, self._exhibit, self._runner, self._ui = ws, exhibit, runner, ui
        self._show_original = show_original
        self._open = True
        self._just_saved: str | None = None  # shown instead of the usual line for the new version
        self.versions: list[RedactionVersion] = []
        self._sizes: list[int] = []  # the splitters before redact mode, restored after

        self.version_combo = QComboBox()
        self.version_combo.setObjectName("version_combo")
        self.version_combo.setAccessibleName("Version shown")
        self.version_combo.setToolTip("Show the original or a redacted version (the CPS gets the newest)")
        # Room for "Redacted v12 (newest)" without widening the window past a laptop screen.
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.version_combo.setMinimumContentsLength(18)
        self.redact_button = QToolButton()
        self.redact_button.setObjectName("redact_button")
        self.redact_button.setText("Redact…")
        # Beside "Export original…", not in the picture toolbar: that row is already as wide
        # as a laptop screen allows.
        bottom = ui.bottom_layout
        at = bottom.indexOf(ui.export_button) + 1
        bottom.insertWidget(at, self.redact_button)
        bottom.insertWidget(at, self.version_combo)
        image = is_decodable_image(exhibit.media_type)
        self.version_combo.setVisible(image)
        self.redact_button.setVisible(image)
        self.redact_button.setEnabled(False)  # until the original is on screen
        ui.picture_stack.currentChanged.connect(self._page_changed)

        self.panel = RedactionPanel()
        self.panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        ui.main_splitter.addWidget(self.panel)
        self.panel.hide()
        self.overlay = RedactionOverlay(ui.image_view)

        self.version_combo.activated.connect(self._version_chosen)
        self.redact_button.clicked.connect(self.start)
        self.overlay.drawn.connect(self._drawn)
        self.panel.shapes_changed.connect(self._redraw)
        self.panel.tool_changed.connect(self._tool_changed)
        self.panel.save_requested.connect(self.save)
        self.panel.cancel_requested.connect(self.stop)
        self.refresh_versions()

    @property
    def redacting(self) -> bool:
        return self.overlay.active

    def _page_changed(self, _index: int) -> None:
        # Nothing to draw on while the picture is loading or could not be decoded.
        if not self.redacting:
            self.redact_button.setEnabled(self._ui.picture_stack.currentWidget() is self._ui.image_page)

    # The versions.

    def refresh_versions(self, show: int | None = None) -> None:
        """Reload the list; `show` picks a version number to display now."""
        image = is_decodable_image(self._exhibit.media_type)
        self.versions = redaction_history(self._ws, self._exhibit.id or 0) if image else []
        combo = self.version_combo
        combo.clear()
        combo.addItem(ORIGINAL, None)
        for v in sorted(self.versions, key=lambda v: -v.version):
            newest = " (newest)" if v is self.versions[-1] else ""
            combo.addItem(f"Redacted v{v.version}{newest}", v.version)
        combo.setEnabled(len(self.versions) > 0)
        self.redact_button.setText("Edit redaction…" if self.versions else "Redact…")
        self.redact_button.setToolTip(
            "Change the newest redacted version's areas; saving makes a new version and keeps the old"
            if self.versions else "Cover areas with solid black for the version disclosed to the CPS")
        if show is not None:
            combo.setCurrentIndex(combo.findData(show))
            self._version_chosen(combo.currentIndex())

    def _version_chosen(self, index: int) -> None:
        number = self.version_combo.itemData(index)
        if number is None:
            self._ui.status_label.clear()
            self._show_original()
            return
        version = next(v for v in self.versions if v.version == number)
        name = self._exhibit.original_filename or self._exhibit.reference
        self._runner.run(load_redacted_picture, self._ws, version, name, progress_kwarg=None,
                         on_done=lambda image: self._shown(image, version), on_error=self._load_failed)

    def _shown(self, image: QImage, version: RedactionVersion) -> None:
        if not self._open:
            return
        self._ui.image_view.set_pixmap(QPixmap.fromImage(image))
        self._ui.picture_stack.setCurrentWidget(self._ui.image_page)
        gps = " GPS and all other metadata were removed." if version.gps_removed else " No metadata is kept."
        saved, self._just_saved = self._just_saved, None
        self._ui.status_label.setText(saved or (
            f"Showing redacted version {version.version} ({len(version.regions)} areas, "
            f"SHA-256 {version.derivative.sha256[:16]}…).{gps}"))

    def _load_failed(self, error: BaseException) -> None:
        if not isinstance(error, ImageRejected | UserError):
            report_unhandled(error)
        elif self._open:
            self._ui.status_label.setText(f"The redacted version cannot be shown: {error}")

    # Redact mode.

    def start(self) -> None:
        """Show the original with the newest version's areas (if any) ready to change."""
        if self.version_combo.currentData() is not None:
            self.version_combo.setCurrentIndex(0)
            self._show_original()
        latest = latest_redaction(self._ws, self._exhibit.id or 0)
        drafts = [DraftRegion(r.shape, r.reason, r.note) for r in latest.regions] if latest else []
        title = (f"Editing redacted version {latest.version}: saving makes version {latest.version + 1}"
                 if latest else "New redacted version")
        self.panel.start(title, drafts, has_gps(self._exhibit))
        splitter = self._ui.main_splitter
        self._sizes = splitter.sizes()
        self._ui.details_panel.hide()
        self.panel.show()
        # The panel takes the details panel's place (a widget added to a splitter starts at 0 wide).
        wanted = max(self._sizes[splitter.indexOf(self._ui.details_panel)], self.panel.sizeHint().width(), 380)
        sizes = [0] * splitter.count()
        sizes[splitter.indexOf(self.panel)] = wanted
        sizes[splitter.indexOf(self._ui.picture_panel)] = max(200, sum(self._sizes) - wanted)
        splitter.setSizes(sizes)
        # The logs below give way too: drawing wants the height, and the panel its list.
        self._ui.log_tabs.hide()
        self.overlay.set_active(True)
        self.version_combo.setEnabled(False)
        self.redact_button.setEnabled(False)
        self._ui.status_label.setText("Redacting: drag over the picture to cover an area.")
        self._redraw()

    def stop(self) -> None:
        """Leave redact mode; unsaved areas are dropped."""
        self.overlay.set_active(False)
        self.panel.hide()
        self.panel.model.set_regions([])
        self._ui.details_panel.show()
        self._ui.log_tabs.show()
        if self._sizes:
            self._ui.main_splitter.setSizes(self._sizes)
        self.version_combo.setEnabled(len(self.versions) > 0)
        self.redact_button.setEnabled(True)
        self._page_changed(0)
        self._ui.status_label.clear()

    def _drawn(self, shape: Shape) -> None:
        self.panel.add_shape(shape)

    def _redraw(self) -> None:
        if self.overlay.active:
            self.overlay.show_shapes(self.panel.shapes(), self.panel.selected_row())

    def _tool_changed(self, freehand: bool) -> None:
        self.overlay.freehand = freehand

    def save(self, regions: list[object]) -> None:
        self.panel.set_busy(True, "Saving the redacted version…")
        self._runner.run(redact_exhibit, self._ws, self._exhibit.id, regions,
                         on_done=self._saved, on_error=self._save_failed)

    def _saved(self, version: RedactionVersion) -> None:
        if not self._open:
            return
        self.panel.set_busy(False)
        self.stop()
        gps = "All metadata was removed, including GPS." if version.gps_removed else "All metadata was removed."
        self._just_saved = (f"Saved redacted version {version.version} (SHA-256 {version.derivative.sha256[:16]}…). "
                            f"{gps} The original is unchanged.")
        self.refresh_versions(show=version.version)

    def _save_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            self.panel.set_busy(False)
            report_unhandled(error)
        elif self._open:
            self.panel.set_busy(False)
            self.panel.show_error(str(error))

    def clear(self) -> None:
        """Forget the areas and versions (the viewer is closing or the app is locking)."""
        self._open = False
        self.overlay.set_active(False)
        self.panel.model.set_regions([])
        self.version_combo.clear()
        self.versions = []
