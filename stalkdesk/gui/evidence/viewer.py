"""The exhibit viewer: the picture, its details, the entries citing it and its continuity.

The original is read from the encrypted store and decoded in memory, off the GUI thread,
by the hardened decoder (`picture.load_picture`); recordings and documents are not opened
at all, only described. A picture that cannot be decoded shows the reason in its place.
The only file this window ever writes is an export the officer asks for, after a warning.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QProgressDialog, QTableView, QWidget

from stalkdesk.domain.records import Case, Entry, Exhibit
from stalkdesk.errors import UserError
from stalkdesk.gui.audit.exhibit_tab import add_audit_tab
from stalkdesk.gui.dialogs.export_details import ask_export_details
from stalkdesk.gui.evidence.continuity_dialog import ContinuityEventDialog
from stalkdesk.gui.evidence.details import metadata_rows
from stalkdesk.gui.evidence.export import export_and_record, suggested_name
from stalkdesk.gui.evidence.gallery_model import caption
from stalkdesk.gui.evidence.hash_field import HashField
from stalkdesk.gui.evidence.icons import kind_icon
from stalkdesk.gui.evidence.log_models import CitingEntriesModel, ContinuityTableModel
from stalkdesk.gui.evidence.picture import load_picture
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.evidence.reason_field import DisclosureField, SensitivityReasonField
from stalkdesk.gui.evidence.redaction import RedactionController
from stalkdesk.gui.forms.ui_exhibit_viewer import Ui_ExhibitViewer
from stalkdesk.gui.tasks import Runner, report_unhandled, show_or_report
from stalkdesk.imaging import ImageRejected, is_decodable_image
from stalkdesk.services.workspace import Workspace


def entries_citing(ws: Workspace, exhibit_id: int) -> list[Entry]:
    ids = ws.entries.ids_citing(exhibit_id)
    return ws.entries.get_many(ids) if ids else []


class ExhibitViewer(QDialog):
    """Non-modal; `clear()` (also run on close) drops the picture and every text shown."""

    def __init__(self, ws: Workspace, case: Case, exhibit: Exhibit, runner: Runner,
                 prompts: Prompts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExhibitViewer()
        self.ui.setupUi(self)
        assert exhibit.id is not None
        self._ws, self._case, self.exhibit, self._runner = ws, case, exhibit, runner
        self._prompts = prompts or Prompts()
        self._open = True  # False once closed: late task results are then dropped
        self.sha256_field: HashField | None = None
        self.reason_field: SensitivityReasonField | None = None
        self.disclosure_field: DisclosureField | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setWindowTitle(f"Exhibit {exhibit.reference}: {exhibit.description}")
        self.ui.marking_banner_label.setText(case.marking)
        # The picture takes what the details panel and the logs do not need.
        self.ui.main_splitter.setSizes([780, 440])
        self.ui.main_splitter.setStretchFactor(0, 1)
        self.ui.vertical_splitter.setSizes([560, 200])
        self.ui.vertical_splitter.setStretchFactor(0, 1)

        view = self.ui.image_view
        for button, action in ((self.ui.zoom_in_button, view.zoom_in), (self.ui.zoom_out_button, view.zoom_out),
                               (self.ui.fit_button, view.fit), (self.ui.actual_size_button, view.actual_size),
                               (self.ui.rotate_left_button, view.rotate_left),
                               (self.ui.rotate_right_button, view.rotate_right)):
            button.clicked.connect(action)
        view.zoom_changed.connect(lambda scale: self.ui.zoom_label.setText(f"{scale:.0%}"))
        for button, keys in ((self.ui.zoom_in_button, QKeySequence.StandardKey.ZoomIn),
                             (self.ui.zoom_out_button, QKeySequence.StandardKey.ZoomOut),
                             (self.ui.fit_button, QKeySequence("Ctrl+0")),
                             (self.ui.actual_size_button, QKeySequence("Ctrl+1"))):
            button.setShortcut(QKeySequence(keys))
            shown = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.toolTip()} ({shown})")

        self.citing_model = CitingEntriesModel(lambda: entries_citing(ws, exhibit.id or 0), exhibit.id, self)
        self.continuity_model = ContinuityTableModel(lambda: ws.exhibits.continuity(exhibit.id or 0),
                                                     case.zone, self)
        self._setup_table(self.ui.citing_table, self.citing_model, stretch=2)
        self._setup_table(self.ui.continuity_table, self.continuity_model, stretch=4)

        self.audit_panel = add_audit_tab(self.ui.log_tabs, ws, case, exhibit, runner, self._prompts)
        self.ui.add_continuity_button.clicked.connect(self.add_continuity_event)
        self.ui.export_button.clicked.connect(self.export_original)
        self._fill_details()
        self.refresh_logs()
        if self.citing_model.rowCount() == 0:  # nothing cites it yet: its continuity says more
            self.ui.log_tabs.setCurrentWidget(self.ui.continuity_tab)
        # Redacted versions: the version list, the Redact button and its panel (redaction.py).
        self.redaction = RedactionController(ws, exhibit, runner, self.ui, self._show_picture, self)
        self._show_picture()

    # The picture.

    def _show_picture(self) -> None:
        e = self.exhibit
        self._set_tools_enabled(False)
        if not is_decodable_image(e.media_type):
            self._show_message(kind_icon(e.kind, 128, caption(e)), f"{e.kind.label}: no preview",
                               "StalkDesk keeps this file exactly as received but does not open it. "
                               "Its details, the chronology entries citing it and its continuity are "
                               "beside this.")
            return
        self._show_message(kind_icon(e.kind, 128, caption(e)), "Opening the picture…",
                           "Decrypting and decoding the original in memory.")
        self._runner.run(load_picture, self._ws, e.id, e.original_filename, progress_kwarg=None,
                         on_done=self._picture_loaded, on_error=self._picture_failed)

    def _picture_loaded(self, image: QImage) -> None:
        if not self._open:
            return
        self.ui.image_view.set_pixmap(QPixmap.fromImage(image))
        self.ui.picture_stack.setCurrentWidget(self.ui.image_page)
        self._set_tools_enabled(True)

    def _picture_failed(self, error: BaseException) -> None:
        if not self._open:
            return
        if not isinstance(error, ImageRejected | UserError):
            report_unhandled(error)
            return
        # ImageRejected's own sentence says the file "was not added", true at intake but not
        # here: the same reason is given with the right verb.
        reason = f"The picture cannot be decoded: {error.reason}." if isinstance(error, ImageRejected) else str(error)
        self._show_message(kind_icon(self.exhibit.kind, 128, caption(self.exhibit)),
                           "This picture cannot be shown",
                           f"{reason}\nThe stored original is kept exactly as received; its SHA-256 is "
                           "in the details.")

    def _show_message(self, icon: QPixmap, title: str, text: str) -> None:
        self.ui.message_icon_label.setPixmap(icon)
        self.ui.message_title_label.setText(title)
        self.ui.message_text_label.setText(text)
        self.ui.picture_stack.setCurrentWidget(self.ui.message_page)

    def _set_tools_enabled(self, enabled: bool) -> None:
        for button in (self.ui.zoom_in_button, self.ui.zoom_out_button, self.ui.fit_button,
                       self.ui.actual_size_button, self.ui.rotate_left_button, self.ui.rotate_right_button):
            button.setEnabled(enabled)
        # Picture tools over a recording's icon would suggest there is something to zoom.
        self.ui.picture_toolbar_widget.setVisible(enabled)

    # The panels.

    def _fill_details(self) -> None:
        form = self.ui.details_form
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row in metadata_rows(self.exhibit, self._case.zone):
            label = QLabel(row.label)
            label.setStyleSheet("color: #4a5a6a;")
            label.setTextFormat(Qt.TextFormat.PlainText)
            value: QWidget
            if row.label == "SHA-256":
                value = self.sha256_field = HashField(row.value, mono)
            elif row.edit == "disclosure_reason":
                value = self.reason_field = SensitivityReasonField(self._ws, self.exhibit,
                                                                   self.ui.status_label.setText)
                self.reason_field.saved.connect(self._exhibit_saved)
            elif row.edit == "disclosure":
                value = self.disclosure_field = DisclosureField(self._ws, self.exhibit,
                                                                self.ui.status_label.setText)
                self.disclosure_field.saved.connect(self._exhibit_saved)
            else:
                value = QLabel(row.value)
                value.setTextFormat(Qt.TextFormat.PlainText)  # EXIF and file names are not markup
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if row.mono:
                    value.setFont(mono)
            value.setAccessibleName(row.label)
            form.addRow(label, value)

    def _exhibit_saved(self, exhibit: Exhibit) -> None:
        self.exhibit = exhibit
        for field in (self.disclosure_field, self.reason_field):
            if field is not None:
                field.set_exhibit(exhibit)  # each saves over the exhibit as now stored
        self.refresh_logs()  # the change is in the audit trail

    def exhibit_changed(self, exhibit: Exhibit) -> None:
        """The exhibit was changed elsewhere (the gallery's Disclosure menu): show it as stored."""
        if self._open and exhibit.id == self.exhibit.id:
            self._exhibit_saved(exhibit)

    def _setup_table(self, table: QTableView, model: CitingEntriesModel | ContinuityTableModel,
                     stretch: int) -> None:
        table.setModel(model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def refresh_logs(self) -> None:
        self.citing_model.refresh()
        self.continuity_model.refresh()
        cited = self.citing_model.rowCount()
        self.ui.citing_empty_label.setVisible(cited == 0)
        self.ui.citing_table.setVisible(cited > 0)
        tabs = self.ui.log_tabs
        tabs.setTabText(tabs.indexOf(self.ui.chronology_tab), f"Chronology ({cited})")
        tabs.setTabText(tabs.indexOf(self.ui.continuity_tab), f"Continuity ({self.continuity_model.rowCount()})")
        self.audit_panel.refresh()  # a continuity event added is in the audit trail too
        tabs.setTabText(tabs.indexOf(self.audit_panel.tab), f"Audit trail ({self.audit_panel.model.rowCount()})")

    def add_continuity_event(self) -> None:
        dialog = ContinuityEventDialog(self._ws, self.exhibit, self._runner, self._case.zone, self)
        if self._prompts.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh_logs()
        dialog.deleteLater()

    # Export: the one file this window writes, and only when asked.

    def export_original(self) -> None:
        e = self.exhibit
        details = ask_export_details(self._ws, self._prompts, self, f"A copy of the original of {e.reference}")
        if details is None:
            return
        target = self._prompts.save_path(self, f"Export the original of {e.reference}",
                                         Path.home() / suggested_name(e))
        if target is None:
            return
        if not self._prompts.confirm(
                self, "The saved copy will NOT be encrypted.",
                f"Anyone who can open {target.parent} can open {target.name}. Save originals only where "
                "your force allows (an encrypted drive or the evidence share) and delete the copy when "
                "it is no longer needed. The export is recorded in the exhibit's continuity and the audit trail.",
                ok_text="Save unencrypted copy", warning=True):
            return
        dialog = QProgressDialog(f"Exporting {e.reference}…", "Cancel", 0, 1000, self)
        dialog.setWindowTitle("StalkDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        self.ui.export_button.setEnabled(False)
        self._runner.run(export_and_record, self._ws, e, target, recipient=details.recipient,
                         purpose=details.purpose, progress_dialog=dialog,
                         on_done=self._exported, on_error=self._export_failed,
                         on_cancelled=lambda: self._export_over("Export cancelled: nothing was saved."))

    def _exported(self, target: Path) -> None:
        if self._open:
            self.refresh_logs()  # the copy is in the continuity log now
        self._export_over(f"Saved {target} (SHA-256 matches the original). This copy is not encrypted.")

    def _export_failed(self, error: BaseException) -> None:
        self._export_over("")  # the button back; the reason (if a known one) on the status line
        show_or_report(error, self._export_over)

    def _export_over(self, message: str) -> None:
        if self._open:
            self.ui.export_button.setEnabled(True)
            self.ui.status_label.setText(message)

    # Closing.

    def clear(self) -> None:
        """Forget the picture and everything shown about the exhibit (on close and on lock)."""
        self.redaction.clear()
        self.ui.image_view.clear()
        self.ui.message_icon_label.clear()
        for label in (self.ui.message_title_label, self.ui.message_text_label, self.ui.status_label):
            label.clear()
        self.citing_model.clear()
        self.continuity_model.clear()
        self.audit_panel.clear()
        if self.reason_field is not None:
            self.reason_field.clear()  # before its row (and the widget) goes
            self.reason_field = None
        if self.disclosure_field is not None:
            self.disclosure_field.clear()
            self.disclosure_field = None
        form = self.ui.details_form
        while form.rowCount():
            form.removeRow(0)
        self.sha256_field = None

    def done(self, result: int) -> None:
        if self.reason_field is not None:
            self.reason_field.flush()  # what is typed is saved before the viewer forgets it
        self._open = False
        self.clear()
        super().done(result)
