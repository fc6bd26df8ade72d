"""Add evidence: one file, with the reference, description and provenance the officer gives.

The reference is proposed (the next free one under the officer's initials) and checked as
it is typed, beside the field: its shape (JS/1, JS/1/1) and that the case does not use it
yet. Intake itself runs off the GUI thread; a refusal (damaged image, same file already in
the case) is said in the dialog and nothing is stored.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stalkdesk.domain import exhibit_ref
from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.domain.vocab import ExhibitKind
from stalkdesk.gui.dialogs.common import fit_height, show_error, show_failure
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_add_evidence import Ui_AddEvidenceDialog
from stalkdesk.gui.tasks import Runner
from stalkdesk.imaging import ImageRejected, extract_metadata, is_decodable_image, sniff_media_type
from stalkdesk.services.intake import add_exhibit_file, guess_kind, propose_reference
from stalkdesk.services.workspace import Workspace

HEAD_BYTES = 1 << 20  # enough for any EXIF block (JPEG APP1 is at most 64 KB), for the guess


def local_to_utc(value: QDateTime, zone: str) -> datetime:
    """A wall time typed in the case's zone as an aware UTC datetime (the store keeps UTC)."""
    wall: datetime = value.toPython()  # type: ignore[assignment]  # typed as object in the stubs
    return wall.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def guess_kind_of(path: Path) -> ExhibitKind:
    """The kind intake would choose, from the file's first bytes and EXIF (device => photo)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return ExhibitKind.OTHER
    media_type = sniff_media_type(head, path.name)
    metadata: dict[str, object] = {}
    if is_decodable_image(media_type):
        # A refused image: intake will say why in full; the guess does not matter then.
        with contextlib.suppress(ImageRejected):
            metadata = extract_metadata(head, path.name).to_dict()
    return guess_kind(media_type, metadata)


class AddEvidenceDialog(QDialog):
    """On success `exhibit` holds what was stored and the dialog is accepted."""

    def __init__(self, ws: Workspace, case: Case, runner: Runner, prompts: Prompts | None = None,
                 path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddEvidenceDialog()
        self.ui.setupUi(self)
        assert case.id is not None
        self._ws, self._case, self._case_id, self._runner = ws, case, case.id, runner
        self._prompts = prompts or Prompts()
        self.path: Path | None = None
        self.exhibit: Exhibit | None = None
        self._used = {ref.upper() for ref in ws.exhibits.references(case.id)}
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Add exhibit")
        for kind in ExhibitKind:
            self.ui.kind_combo.addItem(kind.label, kind)
        self.ui.seized_edit.setDateTime(QDateTime.currentDateTime())
        self.ui.reference_edit.setText(propose_reference(ws, case.id))
        self.ui.reference_edit.textChanged.connect(self._update)
        self.ui.choose_button.clicked.connect(self._choose)
        show_error(self.ui.error_label, "")
        if path is not None:
            self.set_path(path)
        self._update()
        fit_height(self)

    def set_path(self, path: Path) -> None:
        self.path = path
        self.ui.file_edit.setText(str(path))
        self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(guess_kind_of(path)))
        show_error(self.ui.error_label, "")
        self._update()

    def reference_problem(self) -> str:
        """Why the typed reference cannot be used, or "" if it can."""
        try:
            ref = exhibit_ref.normalise(self.ui.reference_edit.text())
        except exhibit_ref.ExhibitRefError as error:
            return str(error)
        if ref in self._used:
            return f"{ref} is already used in this case: choose another reference."
        return ""

    def _choose(self) -> None:
        folder = str(self.path.parent) if self.path else ""
        chosen = self._prompts.open_file(self, "Choose the file to add as an exhibit", folder)
        if chosen is not None:
            self.set_path(chosen)

    def _update(self) -> None:
        text = self.ui.reference_edit.text().strip()
        problem = self.reference_problem() if text else "Give the exhibit a reference, e.g. JS/1."
        label = self.ui.reference_message_label
        label.setText(problem or "Available")
        label.setProperty("problem", bool(problem))
        label.style().unpolish(label)  # re-read the stylesheet for the new property
        label.style().polish(label)
        self._ok.setEnabled(not problem and self.path is not None)

    def accept(self) -> None:
        if self.path is None or self.reference_problem():
            return
        ui = self.ui
        seized = local_to_utc(ui.seized_edit.dateTime(), self._case.zone) if ui.seized_check.isChecked() else None
        self._set_busy(True)
        self._runner.run(
            add_exhibit_file, self._ws, self._case_id, self.path, progress_kwarg=None,
            reference=ui.reference_edit.text(), description=ui.description_edit.toPlainText().strip(),
            kind=ExhibitKind(ui.kind_combo.currentData()), produced_by=ui.producer_edit.text().strip(),
            seized_at=seized, seized_where=ui.where_edit.text().strip(),
            on_done=self._added, on_error=self._failed,
        )

    def _added(self, exhibit: Exhibit) -> None:
        self.exhibit = exhibit
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_failure(self.ui.error_label, error)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.button_box, self.ui.choose_button, self.ui.reference_edit):
            widget.setEnabled(not busy)
        self._ok.setText("Adding…" if busy else "Add exhibit")
        if not busy:
            self._update()

    def reject(self) -> None:
        if self.ui.button_box.isEnabled():  # not while the file is being stored
            super().reject()
