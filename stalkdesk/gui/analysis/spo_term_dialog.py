"""Adding a prohibition or requirement: one of the common terms, its wording shown whole
and edited before it is added, or the officer's own wording.

The dialog only collects the wording; `term` holds what was added once it is accepted.
The service adds it (and audits it), so a refusal (empty, too long) is shown here and the
dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stalkdesk.domain.analysis.spo import COMMON_TERMS, MAX_TERM_CHARS, SpoTerm, TermKind
from stalkdesk.errors import UserError
from stalkdesk.gui.analysis.spo_models import CommonTermsModel
from stalkdesk.gui.forms.ui_spo_term_dialog import Ui_SpoTermDialog
from stalkdesk.services import spo
from stalkdesk.services.workspace import Workspace


class SpoTermDialog(QDialog):
    def __init__(self, ws: Workspace, case_id: int, kind: TermKind, common: bool,
                 proposed: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SpoTermDialog()
        self.ui.setupUi(self)
        self._ws, self._case_id, self.kind, self.common = ws, case_id, kind, common
        self.term: SpoTerm | None = None
        self.model = CommonTermsModel([t for t in COMMON_TERMS if t.kind is kind], self)
        self.model.set_proposed(proposed)
        self.ui.common_list.setModel(self.model)
        what = kind.value
        if common:
            self.setWindowTitle(f"Add a common {what}")
            self.ui.intro_label.setText(
                f"Choose a common {what}, then make its wording fit this case below. These are starting "
                "points in StalkDesk's own words, not a statutory list: propose only what is necessary to "
                "protect from the risk (SPA 2019 s.2(2)).")
        else:
            self.setWindowTitle(f"Add a {what} in your own words")
            self.ui.intro_label.setText(f"Write the {what} as it is to be printed in the application. "
                                        "Say exactly what is prohibited or required, where and for whom.")
            self.ui.common_list.hide()
            self.ui.wording_label.setText("&Wording (as it will be printed)")
            self.resize(self.width(), 340)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(f"&Add {what}")
        self.ui.common_list.selectionModel().selectionChanged.connect(self._chosen)
        self.ui.wording_edit.textChanged.connect(self._typed)
        self.ui.button_box.accepted.connect(self.add)
        self.ui.button_box.rejected.connect(self.reject)
        if common and self.model.rowCount():
            first = next((n for n in range(self.model.rowCount()) if not self.model.proposed(n)), 0)
            self.choose(first)
        self._typed()

    @property
    def chosen_row(self) -> int:
        rows = self.ui.common_list.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def choose(self, row: int) -> None:
        self.ui.common_list.setCurrentIndex(self.model.index(row))

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.chosen_row
        if row < 0:
            return
        term = self.model.term(row)
        self.ui.wording_edit.setPlainText(term.text)
        notes = [term.note] if term.note else []
        if self.model.proposed(row):
            notes.append("This one is already proposed in the application.")
        self.ui.note_label.setText("  ".join(notes))
        self.ui.common_list.scrollTo(self.model.index(row))

    def _typed(self) -> None:
        n = len(self.ui.wording_edit.toPlainText().strip())
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < n <= MAX_TERM_CHARS)
        self.ui.message_label.setText(f"{n:,} characters: a term is limited to {MAX_TERM_CHARS:,}."
                                      if n > MAX_TERM_CHARS else "")

    def add(self) -> None:
        """Add the term as worded; stay open with the reason if the service refuses it."""
        text = self.ui.wording_edit.toPlainText()
        row = self.chosen_row if self.common else -1
        try:
            if row >= 0:
                self.term = spo.add_term(self._ws, self._case_id, self.kind, text, common=self.model.term(row).key)
            else:
                self.term = spo.add_term(self._ws, self._case_id, self.kind, text)
        except UserError as error:
            self.ui.message_label.setText(str(error))
            return
        self.accept()
