"""A new S-DASH screening: the eleven questions answered yes / no / unknown, with notes.

A screening is kept as history and never overwritten; "Save" records it (and, if asked,
the next review date) through the service, which audits it. A refusal keeps the dialog
open with the reason.

If StalkDesk locks (or quits) while the dialog is open, the page keeps what was typed as a
draft in the encrypted store (`draft()`, then `wipe()`), never as a screening; the next
dialog is opened from that draft (`draft=`) and saving it removes the draft.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QLineEdit, QRadioButton, QWidget

from stalkdesk.domain.analysis.sdash import QUESTIONS, Answer, SdashAssessment
from stalkdesk.errors import UserError
from stalkdesk.gui.forms.ui_sdash_dialog import Ui_SdashDialog
from stalkdesk.services import analysis
from stalkdesk.services.analysis import SdashDraft
from stalkdesk.services.workspace import Workspace

REVIEW_AFTER_DAYS = 28  # the default offered for the next review; the officer changes it


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class SdashDialog(QDialog):
    """`assessment` is the saved screening after Save, else None. `draft`: a screening set
    aside on lock, to go on with. `set_aside` is True once the page kept the dialog's state as
    a draft (on lock): closing it then is not the officer discarding it."""

    def __init__(self, ws: Workspace, case_id: int, today: date | None = None, parent: QWidget | None = None,
                 draft: SdashDraft | None = None, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SdashDialog()
        self.ui.setupUi(self)
        self._ws, self._case_id = ws, case_id
        self.assessment: SdashAssessment | None = None
        self.set_aside = False
        self.resumed = draft is not None
        self.started = draft.started if draft is not None else (now or datetime.now().astimezone())
        day = today or date.today()
        self.ui.date_edit.setDate(qdate(day))
        self.ui.date_edit.setMaximumDate(qdate(day))
        self.ui.officer_edit.setText(ws.officer.display if ws.officer else "")
        self.ui.review_date_edit.setDate(qdate(day).addDays(REVIEW_AFTER_DAYS))
        self.ui.review_date_edit.setEnabled(False)
        self.ui.review_check.toggled.connect(self.ui.review_date_edit.setEnabled)
        _applies, why = analysis.sdash_trigger(ws, case_id)
        self.ui.trigger_label.setText(why + ".")
        self.groups: dict[str, QButtonGroup] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.radios: dict[tuple[str, Answer], QRadioButton] = {}
        grid = self.ui.questions_layout
        for col, heading in enumerate(("", "Question", "Yes", "No", "Unknown", "Note")):
            label = QLabel(f"<b>{heading}</b>", self)
            grid.addWidget(label, 0, col)
        for row, q in enumerate(QUESTIONS, start=1):
            grid.addWidget(QLabel(f"{q.number}.", self), row, 0)
            topic = QLabel(q.topic, self)
            topic.setWordWrap(True)
            grid.addWidget(topic, row, 1)
            group = QButtonGroup(self)
            for col, answer in enumerate(Answer, start=2):
                button = QRadioButton(self)
                button.setObjectName(f"{q.id}_{answer.value}_radio")
                button.setToolTip(f"{q.topic}: {answer.label}")
                button.setAccessibleName(f"{q.topic}: {answer.label}")
                group.addButton(button, col)
                self.radios[q.id, answer] = button
                grid.addWidget(button, row, col)
                button.setChecked(answer is Answer.UNKNOWN)
            group.buttonToggled.connect(lambda _b, _on: self._count())
            self.groups[q.id] = group
            note = QLineEdit(self)
            note.setObjectName(f"{q.id}_note_edit")
            note.setPlaceholderText("What the victim said, or why")
            grid.addWidget(note, row, 5)
            self.notes[q.id] = note
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(5, 2)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText("Save screening")
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.resumed_label = QLabel(self)
        self.resumed_label.setObjectName("resumed_label")
        self.resumed_label.setWordWrap(True)
        self.resumed_label.hide()
        self.ui.dialog_layout.insertWidget(0, self.resumed_label)
        if draft is not None:
            self._fill(draft)
        self._count()

    def _fill(self, draft: SdashDraft) -> None:
        self.setWindowTitle(f"S-DASH screening started on {self.started.astimezone():%d/%m/%Y %H:%M}")
        self.resumed_label.setText(
            f"<b>Resumed:</b> the screening started on {self.started.astimezone():%d/%m/%Y at %H:%M}, set aside "
            "unsaved when StalkDesk locked. It is recorded only when you save it.")
        self.resumed_label.show()
        self.ui.date_edit.setDate(qdate(min(draft.assessed_on, pydate(self.ui.date_edit.maximumDate()))))
        self.ui.officer_edit.setText(draft.officer)
        for qid, answer in draft.answers.items():
            if (qid, answer) in self.radios:
                self.radios[qid, answer].setChecked(True)
        for qid, note in draft.notes.items():
            if qid in self.notes:
                self.notes[qid].setText(note)
        self.ui.note_edit.setPlainText(draft.note)
        self.ui.review_check.setChecked(draft.review_on is not None)
        if draft.review_on is not None:
            self.ui.review_date_edit.setDate(qdate(draft.review_on))

    def draft(self) -> SdashDraft:
        """What is typed so far, to keep (not record) when the app locks."""
        review = pydate(self.ui.review_date_edit.date()) if self.ui.review_check.isChecked() else None
        return SdashDraft(self.started, pydate(self.ui.date_edit.date()), self.ui.officer_edit.text(),
                          self.answers(), {q: e.text() for q, e in self.notes.items() if e.text()},
                          self.ui.note_edit.toPlainText(), review)

    def worth_keeping(self) -> bool:
        """A resumed screening, or any answer or note given: a blank new one is not kept."""
        return (self.resumed or any(a is not Answer.UNKNOWN for a in self.answers().values())
                or any(e.text() for e in self.notes.values()) or bool(self.ui.note_edit.toPlainText())
                or self.ui.review_check.isChecked())

    def wipe(self) -> None:
        """Forget what was typed (on lock, once it is kept as a draft)."""
        for edit in (self.ui.officer_edit, *self.notes.values()):
            edit.clear()
        self.ui.note_edit.clear()
        for (_qid, answer), button in self.radios.items():
            if answer is Answer.UNKNOWN:
                button.setChecked(True)
        for label in (self.ui.trigger_label, self.resumed_label, self.ui.error_label):
            label.clear()

    def set_answer(self, question_id: str, answer: Answer, note: str = "") -> None:
        """For tests and keyboard users alike: tick one answer (and type its note)."""
        self.radios[question_id, answer].setChecked(True)
        if note:
            self.notes[question_id].setText(note)

    def answers(self) -> dict[str, Answer]:
        order = list(Answer)
        return {qid: order[g.checkedId() - 2] for qid, g in self.groups.items()}

    def _count(self) -> None:
        answers = self.answers().values()
        yes = sum(a is Answer.YES for a in answers)
        unknown = sum(a is Answer.UNKNOWN for a in answers)
        self.ui.yes_count_label.setText(f"<b>{yes} of 11 yes</b>, {unknown} unknown")

    def accept(self) -> None:
        review = pydate(self.ui.review_date_edit.date()) if self.ui.review_check.isChecked() else None
        try:
            self.assessment = analysis.add_sdash(
                self._ws, self._case_id, self.answers(), {q: e.text() for q, e in self.notes.items() if e.text()},
                assessed_on=pydate(self.ui.date_edit.date()), officer=self.ui.officer_edit.text(),
                note=self.ui.note_edit.toPlainText(), review_on=review, discard_draft=True)
        except UserError as error:
            self.ui.error_label.setText(str(error))
            return
        super().accept()
