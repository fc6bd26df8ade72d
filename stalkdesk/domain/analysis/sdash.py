"""S-DASH (2009) risk screening for stalking and harassment: eleven yes/no questions, used
when there are two or more incidents or the victim is very frightened; more yeses, more risk.

Only the topics of the questions are reproduced, in StalkDesk's own words: officers ask
them as their force has trained them. Each screening is kept (date, officer, answers with
notes, why it applied), so that the history and the count of yes answers over time show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from stalkdesk.domain.analysis.common import AnalysisError, dmy


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True, slots=True)
class Question:
    id: str  # stable: stored with each answer
    number: int
    topic: str


QUESTIONS: tuple[Question, ...] = tuple(Question(qid, n, topic) for n, (qid, topic) in enumerate((
    ("very_frightened", "The victim is very frightened"),
    ("previous_harassment", "The suspect has harassed or stalked before (the victim or anyone else)"),
    ("property_damage", "The suspect has damaged or destroyed property"),
    ("visits", "The suspect turns up at the victim's home or work more than three times a week"),
    ("loitering", "The suspect loiters or hangs around near the victim"),
    ("threats", "The suspect has threatened physical or sexual violence"),
    ("third_parties", "The suspect has harassed people connected with the victim (family, friends, colleagues)"),
    ("current_violence", "There was violence in the current incident"),
    ("recruiting_others", "The suspect has got others to help with the harassment"),
    ("substance_misuse", "The suspect misuses drugs or alcohol"),
    ("violence_history", "The suspect has a history of violence"),
), start=1))
QUESTION_IDS = tuple(q.id for q in QUESTIONS)


@dataclass(frozen=True, slots=True)
class SdashAnswer:
    question_id: str
    answer: Answer = Answer.UNKNOWN
    note: str = ""


@dataclass(frozen=True, slots=True)
class SdashAssessment:
    assessed_on: date
    officer: str
    answers: tuple[SdashAnswer, ...]  # one per question, in the questions' order
    trigger: str = ""  # why screening applied, as shown when it was recorded
    note: str = ""
    case_id: int | None = None
    created_at: datetime | None = None
    id: int | None = None

    @property
    def yes_count(self) -> int:
        return sum(a.answer is Answer.YES for a in self.answers)

    @property
    def unknown_count(self) -> int:
        return sum(a.answer is Answer.UNKNOWN for a in self.answers)

    def answer(self, question_id: str) -> Answer:
        return next((a.answer for a in self.answers if a.question_id == question_id), Answer.UNKNOWN)

    @property
    def summary(self) -> str:
        unknown = f", {self.unknown_count} unknown" if self.unknown_count else ""
        return f"S-DASH {dmy(self.assessed_on)} by {self.officer}: {self.yes_count} of 11 yes{unknown}"


def make_assessment(assessed_on: date, officer: str, answers: Mapping[str, Answer | str],
                    notes: Mapping[str, str] | None = None, trigger: str = "", note: str = "") -> SdashAssessment:
    """A complete screening: every question answered, those not given as unknown."""
    notes = notes or {}
    unknown = sorted((set(answers) | set(notes)) - set(QUESTION_IDS))
    if unknown:
        raise AnalysisError(f"S-DASH has no question {unknown[0]!r}.")
    if not officer.strip():
        raise AnalysisError("Say which officer carried out the screening.")
    rows = []
    for qid in QUESTION_IDS:
        raw = answers.get(qid, Answer.UNKNOWN)
        try:
            value = Answer(raw)
        except ValueError:
            raise AnalysisError(f"{raw!r} is not an answer: use yes, no or unknown.") from None
        rows.append(SdashAnswer(qid, value, notes.get(qid, "")))
    return SdashAssessment(assessed_on, officer.strip(), tuple(rows), trigger, note)


def trigger(incidents: int, very_frightened: Answer | None) -> tuple[bool, str]:
    """Whether screening applies: two or more incidents, or the victim very frightened."""
    reasons = []
    if incidents >= 2:
        reasons.append(f"{incidents} incidents recorded (two or more)")
    if very_frightened is Answer.YES:
        reasons.append("the victim is very frightened")
    if reasons:
        return True, "Screening applies: " + " and ".join(reasons)
    said = "1 incident" if incidents == 1 else f"{incidents} incidents"
    return False, f"Not yet required: {said} and the victim is not recorded as very frightened"


def yes_trend(history: Sequence[SdashAssessment]) -> list[tuple[date, int]]:
    """(date, yes answers) for each screening, oldest first."""
    ordered = sorted(history, key=lambda a: (a.assessed_on, a.id or 0))
    return [(a.assessed_on, a.yes_count) for a in ordered]


def trend_sentence(history: Sequence[SdashAssessment]) -> str:
    points = yes_trend(history)
    if not points:
        return "No S-DASH screening recorded."
    if len(points) == 1:
        return f"One screening: {points[0][1]} yes on {dmy(points[0][0])}."
    (d0, y0), (d1, y1) = points[-2], points[-1]
    change = "up from" if y1 > y0 else "down from" if y1 < y0 else "the same as"
    return f"{y1} yes on {dmy(d1)}, {change} {y0} on {dmy(d0)} ({len(points)} screenings)."


@dataclass(frozen=True, slots=True)
class CaseReview:
    """When the case's risk is next to be reviewed, as the officer set it."""

    case_id: int
    review_on: date | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReviewStatus:
    case_id: int
    urn: str
    review_on: date | None
    due: bool
    text: str
    latest: SdashAssessment | None = None


def review_status(case_id: int, urn: str, review_on: date | None, today: date,
                  latest: SdashAssessment | None = None) -> ReviewStatus:
    """"Review due" on or after the review date; how overdue, for the case list."""
    if review_on is None:
        return ReviewStatus(case_id, urn, None, False, "No review date set", latest)
    days = (today - review_on).days
    if days < 0:
        text = f"Review on {dmy(review_on)}"
    elif days == 0:
        text = "Review due today"
    else:
        text = f"Review due: {days} day{'s' if days > 1 else ''} overdue (since {dmy(review_on)})"
    return ReviewStatus(case_id, urn, review_on, days >= 0, text, latest)
