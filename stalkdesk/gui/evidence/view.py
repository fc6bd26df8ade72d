"""The Evidence tab: a gallery of a case's exhibits, intake by drop or dialog, and the viewer.

The main window embeds one `EvidenceView` per open case and calls `clear()` when the store
is locked: every thumbnail, picture and description of the case is then dropped from the
models and widgets, and any open viewer is closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.errors import UserError
from stalkdesk.gui.evidence.add_evidence import AddEvidenceDialog
from stalkdesk.gui.evidence.gallery_delegate import CARD, GalleryDelegate, well_size
from stalkdesk.gui.evidence.gallery_model import FILTER_ROLE, ID_ROLE, ExhibitListModel
from stalkdesk.gui.evidence.intake import BatchIntake, plural
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.evidence.thumbnails import ThumbnailLoader
from stalkdesk.gui.evidence.viewer import ExhibitViewer
from stalkdesk.gui.forms.ui_evidence_view import Ui_EvidenceView
from stalkdesk.gui.tasks import Runner
from stalkdesk.services import disclosure
from stalkdesk.services.workspace import Workspace


class EvidenceView(QWidget):
    """Emits `status_message` with a one-line outcome the main window may show too."""

    status_message = Signal(str)

    def __init__(self, ws: Workspace, case: Case, runner: Runner, parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvidenceView()
        self.ui.setupUi(self)
        assert case.id is not None
        self._ws, self._case, self._case_id, self._runner = ws, case, case.id, runner
        self._prompts = prompts or Prompts()
        self._intake = BatchIntake(ws, case, runner, self._prompts, self, self._intake_finished)
        self._locked = False
        self._empty_text = (self.ui.empty_title_label.text(), self.ui.empty_text_label.text())
        self.viewers: dict[int, ExhibitViewer] = {}

        # Thumbnails are scaled in the worker to the card's well at the screen's density.
        # One reader thread: a batch is mostly one read, and the store's pool has four
        # connections, shared with the task runner's writer and the GUI thread.
        self.loader = ThumbnailLoader(ws.exhibits.thumbnails, well_size() * self.devicePixelRatioF(), threads=1,
                                      parent=self)
        self.model = ExhibitListModel(lambda: ws.exhibits.list(self._case_id), self.loader, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        gallery = self.ui.gallery_list
        gallery.setModel(self.proxy)
        gallery.setItemDelegate(GalleryDelegate(gallery))
        gallery.setGridSize(CARD)
        gallery.setSpacing(0)
        gallery.viewport().installEventFilter(self)
        gallery.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        gallery.setDragEnabled(False)
        gallery.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        gallery.customContextMenuRequested.connect(self._show_context_menu)

        self.ui.filter_edit.textChanged.connect(self._filter)
        self.ui.add_button.clicked.connect(lambda: self.add_evidence())  # not clicked(bool) as a path
        self.ui.open_button.clicked.connect(self._open_current)
        gallery.activated.connect(self._open_index)  # double-click or Enter
        gallery.selectionModel().selectionChanged.connect(self._update_state)
        for signal in (self.model.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_state)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.gallery_list.viewport():
            # Share the spare width between the columns, so the grid fills the row evenly
            # instead of leaving a ragged gap on the right.
            width = self.ui.gallery_list.viewport().width()
            columns = max(1, (width - 2) // CARD.width())
            self.ui.gallery_list.setGridSize(QSize(max(CARD.width(), (width - 2) // columns), CARD.height()))
        return super().eventFilter(watched, event)

    # Loading and locking.

    def reload(self) -> None:
        self._locked = False
        self.model.refresh()
        self._update_state()

    def clear(self) -> None:
        """Drop every thumbnail, picture and text of the case (the store is being locked)."""
        for viewer in list(self.viewers.values()):
            viewer.close()
        self.viewers.clear()
        self._intake.abandon()  # the runner is cancelling it; its outcome would read a closed store
        self.model.clear()
        self.ui.filter_edit.clear()
        self._say("")
        self._locked = True
        self._update_state()

    def _update_state(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.ui.gallery_stack.setCurrentWidget(self.ui.gallery_page if total else self.ui.empty_page)
        self.ui.count_label.setText(plural(total, "exhibit") if shown == total else f"{shown} of {total} exhibits")
        self.ui.open_button.setEnabled(self._current_id() is not None)
        self.ui.add_button.setEnabled(not self._intake.busy and not self._locked)
        self.ui.filter_edit.setEnabled(not self._locked)
        self.setAcceptDrops(not self._locked)
        title, text = ("The store is locked", "Unlock StalkDesk to see this case's exhibits.") if self._locked \
            else self._empty_text
        self.ui.empty_title_label.setText(title)
        self.ui.empty_text_label.setText(text)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_state()

    def _say(self, message: str) -> None:
        self.ui.message_label.setText(message)
        self.ui.message_label.setVisible(bool(message))
        if message:
            self.status_message.emit(message)

    # Opening.

    def _current_id(self) -> int | None:
        selected = self.ui.gallery_list.selectionModel().selectedIndexes()
        if not selected:
            return None
        current = self.ui.gallery_list.currentIndex()
        exhibit_id: int = (current if current in selected else selected[0]).data(ID_ROLE)
        return exhibit_id

    def _open_current(self) -> None:
        if (exhibit_id := self._current_id()) is not None:
            self.open_exhibit(exhibit_id)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_exhibit(index.data(ID_ROLE))

    def open_exhibit(self, exhibit_id: int) -> ExhibitViewer:
        """Show the viewer for an exhibit, raising the one already open for it."""
        viewer = self.viewers.get(exhibit_id)
        if viewer is None:
            row = self.model.row_of(exhibit_id)
            exhibit = self.model.exhibit(row) if row is not None else self._ws.exhibits.get(exhibit_id)
            viewer = ExhibitViewer(self._ws, self._case, exhibit, self._runner, self._prompts, self)
            viewer.finished.connect(lambda _result, eid=exhibit_id: self._viewer_closed(eid))
            self.viewers[exhibit_id] = viewer
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        return viewer

    def _viewer_closed(self, exhibit_id: int) -> None:
        viewer = self.viewers.pop(exhibit_id, None)
        if viewer is not None:
            viewer.deleteLater()

    def _select(self, exhibit_ids: list[int]) -> None:
        selection = self.ui.gallery_list.selectionModel()
        selection.clearSelection()
        rows = [row for eid in exhibit_ids if (row := self.model.row_of(eid)) is not None]
        for n, row in enumerate(rows):
            index = self.proxy.mapFromSource(self.model.index(row))
            if n == 0:  # the first becomes current too, so the keyboard starts there
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.Select)
                self.ui.gallery_list.scrollTo(index)
            else:
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)

    # The selection's context menu: Open, and Disclosure > the four CPIA statuses.

    def selected_ids(self) -> list[int]:
        """The selected exhibits' ids, in gallery order."""
        rows = sorted(self.ui.gallery_list.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [int(i.data(ID_ROLE)) for i in rows]

    def context_menu(self) -> QMenu | None:
        """The menu for the selection (None if nothing is selected)."""
        ids = self.selected_ids()
        if not ids or self._locked:
            return None
        menu = QMenu(self)
        if len(ids) == 1:
            menu.addAction("Open", self._open_current)
        sub = menu.addMenu("Disclosure")
        sub.setToolTipsVisible(True)
        current = {self.model.exhibit(row).disclosure for eid in ids if (row := self.model.row_of(eid)) is not None}
        for status in DisclosureStatus:
            action = sub.addAction(status.label)
            action.setCheckable(True)
            action.setChecked(current == {status})  # a tick only where every selected one has it
            action.setData(status.value)
            action.triggered.connect(lambda _checked=False, st=status: self.set_disclosure(self.selected_ids(), st))
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.exec(self.ui.gallery_list.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def set_disclosure(self, exhibit_ids: list[int], status: DisclosureStatus) -> None:
        """Set the disclosure status of exhibits (all or none, each change audited), then show it."""
        if not exhibit_ids:
            return
        try:
            stored = disclosure.set_exhibit_disclosure(self._ws, exhibit_ids, status)
        except UserError as e:
            self._say(f"The disclosure status was not changed: {e}")
            return
        self.reload()
        self._select(exhibit_ids)
        for exhibit in stored:
            viewer = self.viewers.get(exhibit.id or 0)
            if viewer is not None:
                viewer.exhibit_changed(exhibit)
        what = stored[0].reference if len(stored) == 1 else plural(len(stored), "exhibit")
        message = f"{what}: disclosure set to {status.label.lower()}."
        if status is DisclosureStatus.SENSITIVE:
            missing = [x.reference for x in stored if not x.disclosure_reason.strip()]
            if missing:
                message += (f" Give {'its' if len(stored) == 1 else 'each'} reason for sensitivity in the viewer's "
                            f"details (printed on the MG6D): {', '.join(missing[:5])}"
                            + ("…" if len(missing) > 5 else "") + ".")
        self._say(message)

    # Intake: one file through the dialog, or many by drag and drop.

    def add_evidence(self, path: Path | None = None) -> None:
        dialog = AddEvidenceDialog(self._ws, self._case, self._runner, self._prompts, path, self)
        if self._prompts.exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.exhibit is not None:
            self.reload()
            self._select([dialog.exhibit.id or 0])
            self._say(f"Exhibit {dialog.exhibit.reference} added: {dialog.exhibit.original_filename}.")
        dialog.deleteLater()

    def add_paths(self, paths: list[Path]) -> None:
        """Take in dropped files and folders, after the officer confirms, with progress."""
        self._intake.start(paths)
        self._update_state()

    def _intake_finished(self, message: str, added: list[int]) -> None:
        self.reload()
        if added:
            self._select(added)
        self._say(message)

    # Drag and drop from the file manager, anywhere on the tab.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
            self._set_dropping(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_dropping(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_dropping(False)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def _set_dropping(self, on: bool) -> None:
        for widget in (self.ui.gallery_list, self.ui.empty_page):
            widget.setProperty("dropping", on)
            widget.style().unpolish(widget)  # re-read the stylesheet for the new property
            widget.style().polish(widget)
