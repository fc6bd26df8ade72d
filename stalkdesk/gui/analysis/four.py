"""FOUR: a card for each of Fixated, Obsessive, Unwanted and Repeated, with the officer's
note and the items that illustrate it.

Notes are saved as they are typed, like the Overview tab: after a short pause, when the
note loses focus, and on `flush()` (lock, closing the case), so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QWidget

from stalkdesk.domain.analysis.four import FourAssessment, FourElement
from stalkdesk.domain.records import Case, Entry, Exhibit
from stalkdesk.errors import UserError
from stalkdesk.gui.analysis.links import LinkBar, describe
from stalkdesk.gui.forms.ui_four_card import Ui_FourCard
from stalkdesk.gui.forms.ui_four_page import Ui_FourPage
from stalkdesk.gui.tasks import Runner, show_or_report
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace

IDLE_SAVE_MS = 1000  # as the Overview tab


class FourCard(QGroupBox):
    """One element; `edited` fires on each keystroke, `committed` when the note loses focus."""

    edited = Signal()
    committed = Signal()

    def __init__(self, ws: Workspace, case_id: int, element: FourElement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FourCard()
        self.ui.setupUi(self)
        self.element = element
        self.setTitle(element.label)
        self.setObjectName(f"four_{element.value}_card")
        self.ui.prompt_label.setText(element.prompt)
        self.saved_note = ""
        self.links = LinkBar(ws, case_id, lambda: element.point_id, self.ui.links_table, self.ui.link_edit,
                             self.ui.link_button, self.ui.link_selection_button, self.ui.unlink_button,
                             self.ui.message_label, self)
        self._filling = False
        self.ui.note_edit.textChanged.connect(self._typed)
        self.ui.note_edit.installEventFilter(self)
        self.ui.counted_label.hide()
        self.links.say("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.note_edit and event.type() == QEvent.Type.FocusOut:
            self.committed.emit()
        return super().eventFilter(watched, event)

    @property
    def note(self) -> str:
        return self.ui.note_edit.toPlainText()

    @property
    def pending(self) -> bool:
        return self.note.strip() != self.saved_note.strip()

    def fill(self, note: str, keep_typing: bool = False) -> None:
        self.saved_note = note
        if keep_typing and self.ui.note_edit.hasFocus():
            return  # the officer is mid-sentence: their text stays as typed
        self._filling = True
        self.ui.note_edit.setPlainText(note)
        self._filling = False

    def _typed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def clear(self) -> None:
        self._filling = True
        self.ui.note_edit.clear()
        self._filling = False
        self.saved_note = ""
        self.ui.counted_label.clear()
        self.links.clear()


class FourPage(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, case: Case, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FourPage()
        self.ui.setupUi(self)
        assert case.id is not None
        self._ws, self._case_id, self._runner = ws, case.id, runner
        self._cleared = False  # after clear() the blank notes must never be saved over the case
        self._generation = 0  # bumped by clear() and each load: only the latest result is shown
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_SAVE_MS)
        self._idle.timeout.connect(lambda: self.save(typing=True))
        self.cards: dict[FourElement, FourCard] = {}
        for n, element in enumerate(FourElement):
            card = FourCard(ws, case.id, element, self)
            card.edited.connect(self._idle.start)
            card.committed.connect(self.save)
            card.links.changed.connect(self._links_changed)
            self.cards[element] = card
            self.ui.cards_layout.addWidget(card, n // 2, n % 2)

    def reload(self) -> None:
        """Read the notes and links again; the hint for Repeated counts every entry, which on
        a large case takes seconds, so this runs on the task runner."""
        self._cleared = False
        self._generation += 1
        generation = self._generation
        self._runner.run(load_four, self._ws, self._case_id, progress_kwarg=None,
                         on_done=lambda loaded: self._loaded(generation, loaded),
                         on_error=lambda error: self._failed(generation, error))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        show_or_report(error, self.ui.save_state_label.setText)

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation or self._cleared:
            return
        assessment, entries, exhibits = loaded
        for v in assessment.elements:
            card = self.cards[v.element]
            card.fill(v.note, keep_typing=True)
            card.ui.counted_label.setText(f"<b>From the chronology:</b> {v.hint}" if v.hint else "")
            card.ui.counted_label.setVisible(bool(v.hint))
            card.links.model.set_rows(describe(v.items, entries, exhibits))
        self._show_summary()

    def _show_summary(self) -> None:
        """"FOUR: 3 of 4 elements addressed", from what the cards hold now."""
        missing = [e.label for e, c in self.cards.items() if not (c.note.strip() or c.links.model.rowCount())]
        head = f"FOUR: {4 - len(missing)} of 4 elements addressed"
        self.ui.summary_label.setText(f"{head} (not yet: {', '.join(missing)})" if missing else head)

    def save(self, typing: bool = False) -> bool:
        """Save every note that differs from the stored one; False if one was refused."""
        self._idle.stop()
        if self._cleared:
            return True
        ok = True
        for card in self.cards.values():
            if not card.pending:
                continue
            try:
                analysis.set_four_note(self._ws, self._case_id, card.element, card.note)
            except UserError as error:
                card.links.say(str(error))
                ok = False
                continue
            card.saved_note = card.note.strip()
        self.ui.save_state_label.setText("All changes saved." if ok else "Not saved: see the message below.")
        self._show_summary()
        return ok

    def flush(self) -> None:
        self.save()

    def clear(self) -> None:
        self._idle.stop()
        self._cleared = True
        self._generation += 1
        self.ui.summary_label.clear()
        for card in self.cards.values():
            card.clear()

    def _links_changed(self) -> None:
        self.save()
        self.reload()
        self.changed.emit()


Loaded = tuple[FourAssessment, dict[int, Entry], dict[int, Exhibit]]


def load_four(ws: Workspace, case_id: int) -> Loaded:
    """The assessment, with the linked entries and the exhibits to describe the links (on
    the task runner's thread)."""
    assessment = analysis.four(ws, case_id)
    wanted = {i.entry_id for v in assessment.elements for i in v.items if i.entry_id is not None}
    exhibits = {x.id: x for x in ws.exhibits.list(case_id) if x.id is not None}
    return assessment, {i: ws.entries.get(i) for i in wanted}, exhibits
