"""A new S-DASH screening: the eleven questions answered yes / no / unknown, with notes.

A screening is kept as history and never overwritten; "Save" records it (and, if asked,
the next review date) through the service, which audits it. A refusal keeps the dialog
open with the reason.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QLineEdit, QRadioButton, QWidget

from stalkdesk.domain.analysis.sdash import QUESTIONS, Answer, SdashAssessment
from stalkdesk.errors import UserError
from stalkdesk.gui.forms.ui_sdash_dialog import Ui_SdashDialog
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace

REVIEW_AFTER_DAYS = 28  # the default offered for the next review; the officer changes it


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class SdashDialog(QDialog):
    """`assessment` is the saved screening after Save, else None."""

    def __init__(self, ws: Workspace, case_id: int, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SdashDialog()
        self.ui.setupUi(self)
        self._ws, self._case_id = ws, case_id
        self.assessment: SdashAssessment | None = None
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
        self._count()

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
                note=self.ui.note_edit.toPlainText(), review_on=review)
        except UserError as error:
            self.ui.error_label.setText(str(error))
            return
        super().accept()
