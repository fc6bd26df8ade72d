"""SPO application: what the officer proposes to the magistrates' court under the Stalking
Protection Act 2019, edited here rather than only on the command line.

Left, the three grounds (s.1(1)) with their status and linked items, read-only: links are
made in Points to prove. Below them, how long the order is to last and the interim order
request. Right, the prohibitions (P1 ...) and requirements (R1 ...) as numbered lists: add
a common term or the officer's own wording, edit in place, move, remove. Every change goes
through `services.spo`, which audits it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QPushButton, QTableView, QWidget

from stalkdesk.domain.analysis.checklist import OffenceStatus, Status
from stalkdesk.domain.analysis.spo import Duration, SpoApplication, SpoTerm, TermKind
from stalkdesk.domain.records import Case
from stalkdesk.errors import UserError
from stalkdesk.gui.analysis.offences import Loaded, load_offences
from stalkdesk.gui.analysis.spo_models import SpoGroundsModel, SpoTermsModel, TermEditDelegate
from stalkdesk.gui.analysis.spo_term_dialog import SpoTermDialog
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.forms.ui_spo_page import Ui_SpoPage
from stalkdesk.gui.reports import documents
from stalkdesk.gui.tasks import Runner, show_or_report
from stalkdesk.services import spo
from stalkdesk.services.workspace import Workspace

IDLE_SAVE_MS = 1000  # as the FOUR notes and the Overview tab
SPO_DOCUMENT = "spo"  # the Reports dialog's key for the application pack
_ERROR = "color: #b00020;"


class TermsBox:
    """One kind's table and buttons, wired to the page."""

    def __init__(self, page: SpoPage, kind: TermKind) -> None:
        ui, k = page.ui, kind.value
        self.kind = kind
        self.table: QTableView = getattr(ui, f"{k}_table")
        self.common_button: QPushButton = getattr(ui, f"{k}_common_button")
        self.own_button: QPushButton = getattr(ui, f"{k}_own_button")
        self.edit_button: QPushButton = getattr(ui, f"{k}_edit_button")
        self.up_button: QPushButton = getattr(ui, f"{k}_up_button")
        self.down_button: QPushButton = getattr(ui, f"{k}_down_button")
        self.remove_button: QPushButton = getattr(ui, f"{k}_remove_button")
        self.model = SpoTermsModel(kind, page.save_text, page, lambda ids, moved: page.reorder(kind, ids, moved))
        self.table.setModel(self.model)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.delegate = TermEditDelegate(self.table)
        self.table.setItemDelegateForColumn(SpoTermsModel.TEXT, self.delegate)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SpoTermsModel.NUMBER, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SpoTermsModel.NUMBER, 52)
        header.setSectionResizeMode(SpoTermsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.common_button.clicked.connect(lambda: page.add_term(kind, common=True))
        self.own_button.clicked.connect(lambda: page.add_term(kind, common=False))
        self.edit_button.clicked.connect(self.edit)
        self.up_button.clicked.connect(lambda: page.move_term(kind, -1))
        self.down_button.clicked.connect(lambda: page.move_term(kind, 1))
        self.remove_button.clicked.connect(lambda: page.remove(kind))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.model.modelReset.connect(self.update_buttons)
        self.update_buttons()

    @property
    def current(self) -> SpoTerm | None:
        row = self.table.currentIndex().row()
        return self.model.row(row) if 0 <= row < self.model.rowCount() else None

    def select(self, term_id: int | None) -> None:
        row = self.model.row_of(term_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, SpoTermsModel.TEXT))
        self.update_buttons()

    def edit(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(self.model.index(index.row(), SpoTermsModel.TEXT))

    def update_buttons(self) -> None:
        row, n = self.table.currentIndex().row(), self.model.rowCount()
        chosen = 0 <= row < n
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < n - 1)

    def set_enabled(self, enabled: bool) -> None:
        self.common_button.setEnabled(enabled)
        self.own_button.setEnabled(enabled)


class SpoPage(QWidget):
    """Emits `changed` after any change to the application, and `points_wanted` when the
    officer asks to link items to the grounds (the view shows Points to prove)."""

    changed = Signal()
    points_wanted = Signal()

    def __init__(self, ws: Workspace, case: Case, runner: Runner, prompts: Prompts | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SpoPage()
        self.ui.setupUi(self)
        assert case.id is not None
        self._ws, self._case, self._case_id, self._runner = ws, case, case.id, runner
        self.prompts = prompts or Prompts()
        # Opens the Reports dialog and returns it; by default the main window's (one per case).
        self.open_reports: Callable[[], Any] | None = None
        self._generation = 0  # bumped by clear() and each load: only the latest grounds are shown
        self._cleared = True  # nothing read yet: nothing to save
        self._filling = False
        self._app = SpoApplication()
        self._grounds: OffenceStatus | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_SAVE_MS)
        self._idle.timeout.connect(self.save_interim)
        self.boxes = {kind: TermsBox(self, kind) for kind in TermKind}
        self.grounds_model = SpoGroundsModel(self)
        tree = self.ui.grounds_tree
        tree.setModel(self.grounds_model)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        tree.header().resizeSection(1, 150)
        self.ui.spo_splitter.setStretchFactor(0, 2)
        self.ui.spo_splitter.setStretchFactor(1, 3)
        self.ui.spo_splitter.setSizes([460, 700])
        self.ui.points_button.clicked.connect(self.points_wanted.emit)
        self.ui.fixed_radio.toggled.connect(self._duration_edited)
        self.ui.further_radio.toggled.connect(self._duration_edited)
        self.ui.years_spin.valueChanged.connect(self._duration_edited)
        self.ui.interim_check.toggled.connect(self._interim_toggled)
        self.ui.reasons_edit.textChanged.connect(self._reasons_typed)
        self.ui.reasons_edit.installEventFilter(self)
        self.ui.preview_button.setVisible(self.can_preview)
        self.ui.preview_button.clicked.connect(self.preview)
        self.ui.summary_label.hide()
        self._set_enabled(False)

    # Loading and clearing.

    def reload(self) -> None:
        """Read the terms, duration and interim request now, and the grounds (which read
        every entry) through the task runner."""
        self._cleared = False
        self._set_enabled(True)
        self._show_application(keep_typing=True)
        self._generation += 1
        generation = self._generation
        if not self.grounds_model.rowCount():
            self.ui.grounds_state_label.setText("Reading the chronology…")
        self._runner.run(load_offences, self._ws, self._case_id, progress_kwarg=None,
                         on_done=lambda loaded: self._grounds_loaded(generation, loaded),
                         on_error=lambda error: self._failed(generation, error))

    def clear(self) -> None:
        """Drop every term, ground and field (on lock) without saving the emptied fields."""
        self._idle.stop()
        self._cleared = True
        self._generation += 1
        self._app = SpoApplication()
        self._grounds = None
        self.grounds_model.clear()
        for box in self.boxes.values():
            box.model.clear()
        self._filling = True
        self.ui.reasons_edit.clear()
        self.ui.interim_check.setChecked(False)
        self._set_duration_buttons(None)
        self._filling = False
        for label in (self.ui.summary_label, self.ui.grounds_state_label, self.ui.duration_hint_label,
                      self.ui.interim_state_label, self.ui.terms_message_label):
            label.clear()
        self.ui.summary_label.hide()  # an empty banner would still show as a coloured strip
        self._set_enabled(False)

    def flush(self) -> None:
        """Save a term being edited in place and reasons typed but not yet saved."""
        if self._cleared:
            return
        for box in self.boxes.values():
            box.delegate.commit()
        if self.reasons_pending:
            self.save_interim()

    def _set_enabled(self, enabled: bool) -> None:
        for box in self.boxes.values():
            box.set_enabled(enabled)
        for w in (self.ui.fixed_radio, self.ui.further_radio, self.ui.interim_check, self.ui.points_button,
                  self.ui.preview_button):
            w.setEnabled(enabled)
        self.ui.years_spin.setEnabled(enabled and self.ui.fixed_radio.isChecked())
        self.ui.reasons_edit.setEnabled(enabled and self.ui.interim_check.isChecked())

    def _show_application(self, keep_typing: bool = False, select: SpoTerm | None = None) -> None:
        """Show the application as stored; with `keep_typing`, an interim request ticked or
        reasons typed but not yet saved stay as the officer left them."""
        keep = keep_typing and self.reasons_pending
        self._app = app = spo.application(self._ws, self._case_id)
        for kind, box in self.boxes.items():
            current = select.id if select is not None and select.kind is kind else (
                box.current.id if box.current else None)
            box.model.set_terms(app.terms)
            box.table.resizeRowsToContents()
            box.select(current)
        self._filling = True
        if not keep:
            self.ui.interim_check.setChecked(app.interim.requested)
            self.ui.reasons_edit.setPlainText(app.interim.reasons)
        self._set_duration_buttons(app.duration if app.duration_set else None)
        self._filling = False
        self.ui.reasons_edit.setEnabled(not self._cleared and self.ui.interim_check.isChecked())
        if not keep:
            self._show_interim_state()
        self._show_duration_hint()
        self._show_summary()

    def _show_summary(self) -> None:
        app, grounds = self._app, self._grounds
        p, r = len(app.prohibitions), len(app.requirements)
        parts = [f"{p} prohibition{'s' * (p != 1)} and {r} requirement{'s' * (r != 1)} proposed"]
        if not app.duration_set:
            parts.append("duration not yet chosen")
        else:
            years = app.duration.years
            parts.append("until a further order" if years is None else f"for {years} years")
        parts.append("interim order requested" if app.interim.requested else "no interim order requested")
        text = "SPO application: " + "; ".join(parts) + "."
        if grounds is not None:
            proved = sum(1 for ps in grounds.points if ps.status is Status.PROVED)
            text += f"  Grounds with support in the file: {proved} of {len(grounds.points)}."
        self.ui.summary_label.setText(text)
        self.ui.summary_label.show()

    # The grounds.

    def _grounds_loaded(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation or self._cleared:
            return
        offences, entries, exhibits = loaded
        ground = next((o for o in offences if o.key == "spo"), None)
        self.grounds_model.set_grounds(ground.points if ground else (),
                                       {e.id: e for e in entries if e.id is not None},
                                       {x.id: x for x in exhibits if x.id is not None})
        self.ui.grounds_tree.expandAll()
        self.ui.grounds_state_label.setText(f"Overall: {ground.status.label}" if ground else "")
        self._grounds = ground
        self._show_summary()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        show_or_report(error, self.ui.grounds_state_label.setText)

    # The terms.

    def save_text(self, term_id: int, text: str) -> SpoTerm | None:
        """Store an edit made in place; None (and the reason shown) if refused."""
        try:
            term = spo.edit_term(self._ws, term_id, text)
        except UserError as error:
            self._say(f"Not saved: {error}", error=True)
            return None
        self._say(f"{self._number(term)} saved.")
        QTimer.singleShot(0, self, lambda: self._after_change(term))  # not inside the view's commit
        return term

    def add_term(self, kind: TermKind, common: bool) -> SpoTermDialog:
        dialog = SpoTermDialog(self._ws, self._case_id, kind, common, [t.text for t in self._app.terms], self)
        try:
            if self.prompts.exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.term is not None:
                self._after_change(dialog.term)
                self._say(f"{self._number(dialog.term)} added.")
        finally:
            dialog.deleteLater()
        return dialog

    def move_term(self, kind: TermKind, offset: int) -> None:
        term = self.boxes[kind].current
        if term is None or term.id is None:
            return
        try:
            spo.move_term(self._ws, term.id, offset)
        except UserError as error:
            self._say(str(error), error=True)
            return
        self._after_change(term)
        self._say(f"Moved: now {self._number(term)}.")

    def reorder(self, kind: TermKind, ids: list[int], moved: int) -> None:
        """A term dragged to another place: store the new order, then show it once the
        drop is over (the view is still handling it)."""
        try:
            spo.reorder_terms(self._ws, self._case_id, kind, ids)
        except UserError as error:
            self._say(str(error), error=True)
            return
        term = next((t for t in self._app.terms if t.id == moved), None)
        QTimer.singleShot(0, self, lambda: self._after_change(term))
        self._say("Moved: the terms are renumbered.")

    def remove(self, kind: TermKind) -> None:
        box = self.boxes[kind]
        term = box.current
        if term is None or term.id is None:
            return
        number = box.model.number(box.table.currentIndex().row())
        short = term.text if len(term.text) <= 160 else term.text[:157] + "…"
        if not self.prompts.confirm(self, f"Remove {kind.value} {number} from the application?", short,
                                    ok_text="Remove", warning=True):
            return
        try:
            spo.remove_term(self._ws, term.id)
        except UserError as error:
            self._say(str(error), error=True)
            return
        row = box.table.currentIndex().row()
        self._after_change(None)
        if box.model.rowCount():
            box.select(box.model.row(min(row, box.model.rowCount() - 1)).id)
        self._say(f"{kind.label} {number} removed; the later ones are renumbered.")

    def _after_change(self, select: SpoTerm | None) -> None:
        if self._cleared:
            return
        self._show_application(keep_typing=True, select=select)
        self.changed.emit()

    def _number(self, term: SpoTerm) -> str:
        for n, t in spo.numbered_terms(self._ws, self._case_id):
            if t.id == term.id:
                return n
        return term.kind.label

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.terms_message_label.setText(text)
        self.ui.terms_message_label.setStyleSheet(_ERROR if error else "")

    # Duration.

    def _set_duration_buttons(self, duration: Duration | None) -> None:
        """Show `duration`, or no choice at all (None: the officer has not chosen one yet)."""
        with QSignalBlocker(self.ui.fixed_radio), QSignalBlocker(self.ui.further_radio), \
                QSignalBlocker(self.ui.years_spin):
            group = self.ui.fixed_radio.group()
            if group is not None:
                group.setExclusive(False)
            self.ui.fixed_radio.setAutoExclusive(False)
            self.ui.further_radio.setAutoExclusive(False)
            self.ui.fixed_radio.setChecked(duration is not None and duration.years is not None)
            self.ui.further_radio.setChecked(duration is not None and duration.years is None)
            self.ui.fixed_radio.setAutoExclusive(True)
            self.ui.further_radio.setAutoExclusive(True)
            if duration is not None and duration.years is not None:
                self.ui.years_spin.setValue(duration.years)
        self.ui.years_spin.setEnabled(not self._cleared and self.ui.fixed_radio.isChecked())

    def _duration_edited(self, *_args: object) -> None:
        if self._filling or self._cleared:
            return
        if self.ui.fixed_radio.isChecked():
            chosen = Duration(self.ui.years_spin.value())
        elif self.ui.further_radio.isChecked():
            chosen = Duration(None)
        else:
            return
        self.ui.years_spin.setEnabled(chosen.years is not None)
        if self._app.duration_set and chosen == self._app.duration:
            return
        try:
            spo.set_duration(self._ws, self._case_id, chosen)
        except UserError as error:
            self.ui.duration_hint_label.setText(str(error))
            return
        self._app = spo.application(self._ws, self._case_id)
        self._show_duration_hint()
        self._show_summary()
        self.changed.emit()

    def _show_duration_hint(self) -> None:
        app = self._app
        if not app.duration_set:
            text = "Not chosen yet: the application would print the minimum, 2 years, marked as not chosen."
        elif app.duration.years is None:
            text = "Until the court discharges or varies it on a further application (s.2(4)(b))."
        else:
            text = f"{app.duration.years} years from the day the order is made; the least the Act allows is 2."
        self.ui.duration_hint_label.setText(text)

    # The interim order.

    @property
    def reasons_pending(self) -> bool:
        if self._cleared:
            return False
        typed = self.ui.reasons_edit.toPlainText().strip()
        return (self.ui.interim_check.isChecked(), typed) != (self._app.interim.requested,
                                                            self._app.interim.reasons.strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.reasons_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _interim_toggled(self, checked: bool) -> None:
        if self._filling or self._cleared:
            return
        self.ui.reasons_edit.setEnabled(checked)
        if checked and not self.ui.reasons_edit.toPlainText().strip():
            self.ui.reasons_edit.setFocus()
            self._show_interim_state("Say why an interim order is needed: it is saved once you write the reasons.")
            return
        self.save_interim()

    def _reasons_typed(self) -> None:
        if not self._filling and not self._cleared:
            self._idle.start()

    def save_interim(self) -> bool:
        """Save the interim request and its reasons as they stand; False if refused."""
        self._idle.stop()
        if self._cleared:
            return True
        if not self.reasons_pending:
            self._show_interim_state()  # e.g. ticked, then unticked before writing reasons
            return True
        try:
            spo.set_interim(self._ws, self._case_id, self.ui.interim_check.isChecked(),
                            self.ui.reasons_edit.toPlainText())
        except UserError as error:
            self._show_interim_state(str(error))
            return False
        self._app = spo.application(self._ws, self._case_id)
        self._show_interim_state()
        self._show_summary()
        self.changed.emit()
        return True

    def _show_interim_state(self, problem: str = "") -> None:
        label = self.ui.interim_state_label
        if problem:
            label.setText(problem)
            label.setStyleSheet(_ERROR)
            return
        interim = self._app.interim
        label.setStyleSheet("")
        if interim.requested:
            label.setText(f"Requested; {len(interim.reasons):,} characters of reasons, saved as you type.")
        else:
            label.setText("Not requested: the order would be sought at the full hearing only.")

    # The printed application.

    @property
    def can_preview(self) -> bool:
        return any(d.key == SPO_DOCUMENT for d in documents.DOCUMENTS)

    def preview(self) -> Any:
        """The Reports dialog, on the SPO application pack: the main window's if there is
        one (one per case), else a dialog of this page's own."""
        self.flush()
        dialog = self.open_reports() if self.open_reports else self._main_window_reports()
        if dialog is not None:
            dialog.choose_document(SPO_DOCUMENT)
        return dialog

    def _main_window_reports(self) -> Any:
        show = getattr(self.window(), "show_reports", None)
        if callable(show):
            return show()
        from stalkdesk.gui.reports.reports_dialog import ReportsDialog

        dialog = ReportsDialog(self._ws, self._case, self._runner, self.prompts, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog
