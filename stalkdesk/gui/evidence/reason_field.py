"""The exhibit's disclosure status and reason for sensitivity, edited in the viewer's details.

Like the entry editor there is no Save button. The status (`DisclosureField`, a list of the
four CPIA statuses) is saved as soon as another is chosen; the reason (`SensitivityReasonField`)
when the field loses focus, on Enter, or after a short pause in typing. Each save is one
audited change of the exhibit, through `services.disclosure.set_exhibit_disclosure` or the
exhibit store. The reason is printed on the sensitive schedule (MG6D), so it is asked for
only of an exhibit marked unused sensitive; for any other the field is shown but cannot be
typed in. The viewer keeps both fields on the exhibit as last stored (`set_exhibit`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from stalkdesk.domain.records import Exhibit
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.errors import UserError
from stalkdesk.services import disclosure
from stalkdesk.services.workspace import Workspace

IDLE_MS = 800  # as the entry editor: a pause in typing this long saves the text
_NOT_SENSITIVE = "Only for an exhibit marked unused sensitive"


class SensitivityReasonField(QLineEdit):
    saved = Signal(object)  # the Exhibit as stored after the change

    def __init__(self, ws: Workspace, exhibit: Exhibit, report: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(exhibit.disclosure_reason, parent)
        self._ws, self.exhibit, self._report = ws, exhibit, report
        self._show_state()
        self.setAccessibleName("Reason sensitive")
        self.setCursorPosition(0)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.flush)
        self.textEdited.connect(lambda _text: self._idle.start())
        self.editingFinished.connect(self.flush)

    def _show_state(self) -> None:
        sensitive = self.exhibit.disclosure is DisclosureStatus.SENSITIVE
        self.setEnabled(sensitive)
        self.setPlaceholderText("Why it is sensitive, for the MG6D" if sensitive else _NOT_SENSITIVE)
        self.setToolTip("Printed on the sensitive schedule (MG6D). " + ("Saved as you type." if sensitive
                                                                         else _NOT_SENSITIVE + "."))

    def set_exhibit(self, exhibit: Exhibit) -> None:
        """The exhibit as stored after a change made elsewhere (its disclosure status): typing
        in progress is kept, and the field is enabled only if the exhibit is now sensitive."""
        typed = " ".join(self.text().split()) != self.exhibit.disclosure_reason and self.isEnabled()
        self.exhibit = exhibit
        if not typed and self.text() != exhibit.disclosure_reason:
            self.setText(exhibit.disclosure_reason)
            self.setCursorPosition(0)
        self._show_state()

    def flush(self) -> None:
        """Save the text now if it differs from the stored reason."""
        self._idle.stop()
        text = " ".join(self.text().split())
        if not self.isEnabled() or text == self.exhibit.disclosure_reason:
            return
        try:
            self.exhibit = self._ws.exhibits.update(replace(self.exhibit, disclosure_reason=text))
        except UserError as e:
            self._report(f"The reason for sensitivity was not saved: {e}")
            return
        self.saved.emit(self.exhibit)

    def clear(self) -> None:
        """Forget the text (on close and on lock) without saving the emptied field."""
        self._idle.stop()
        self.blockSignals(True)
        try:
            super().clear()
        finally:
            self.blockSignals(False)
        self.setEnabled(False)


class DisclosureField(QComboBox):
    """The exhibit's disclosure status: used, unused non-sensitive, unused sensitive, not relevant.

    Choosing another status saves it at once, as one audited change; a save that fails puts
    the stored status back and says why."""

    saved = Signal(object)  # the Exhibit as stored after the change

    def __init__(self, ws: Workspace, exhibit: Exhibit, report: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self.exhibit, self._report = ws, exhibit, report
        for status in DisclosureStatus:
            self.addItem(status.label, status.value)
        self._show(exhibit.disclosure)
        self.setAccessibleName("Disclosure")
        self.setToolTip("The exhibit's CPIA status: which schedule, if any, lists it. Saved when chosen.")
        self.currentIndexChanged.connect(self._chosen)

    @property
    def status(self) -> DisclosureStatus:
        return DisclosureStatus(self.currentData())

    def set_exhibit(self, exhibit: Exhibit) -> None:
        """Show the exhibit as stored after a change made elsewhere."""
        self.exhibit = exhibit
        self._show(exhibit.disclosure)

    def _show(self, status: DisclosureStatus) -> None:
        self.blockSignals(True)
        try:
            self.setCurrentIndex(self.findData(status.value))
        finally:
            self.blockSignals(False)

    def _chosen(self, _index: int) -> None:
        status = self.status
        if status is self.exhibit.disclosure:
            return
        try:
            self.exhibit = disclosure.set_exhibit_disclosure(self._ws, [self.exhibit.id or 0], status)[0]
        except UserError as e:
            self._show(self.exhibit.disclosure)
            self._report(f"The disclosure status was not saved: {e}")
            return
        self._report(f"Exhibit {self.exhibit.reference} is now {status.label.lower()}.")
        self.saved.emit(self.exhibit)

    def clear(self) -> None:
        """Forget the exhibit's status (on close and on lock) without saving anything."""
        self.blockSignals(True)
        try:
            super().clear()
        finally:
            self.blockSignals(False)
        self.setEnabled(False)
