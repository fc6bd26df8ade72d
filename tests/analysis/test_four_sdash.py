from __future__ import annotations

from datetime import date

import pytest

from stalkdesk.domain.analysis.common import AnalysisError, PointLink
from stalkdesk.domain.analysis.four import FourElement, assess_four, element_for_point
from stalkdesk.domain.analysis.sdash import (
    QUESTIONS,
    Answer,
    make_assessment,
    review_status,
    trend_sentence,
    trigger,
    yes_trend,
)
from tests.analysis.helpers import entry


def test_four_elements_with_notes_links_and_the_repeated_hint() -> None:
    links = [PointLink("four.fixated", entry_id=2, note="100 texts a day", id=1),
             PointLink("four.unwanted", exhibit_id=5, id=2), PointLink("pha_s2.knew", entry_id=1, id=3)]
    got = assess_four({FourElement.OBSESSIVE: "Waits outside daily"}, links, [entry(1), entry(2)], {5: "AF/5"})
    assert [v.element for v in got.elements] == list(FourElement)
    assert got.view(FourElement.FIXATED).items[0].label == "item 2"
    assert got.view(FourElement.UNWANTED).items[0].label == "exhibit AF/5"
    assert got.view(FourElement.REPEATED).hint.startswith("2 occasions used as evidence")
    assert got.addressed == 3
    assert got.summary == "FOUR: 3 of 4 elements addressed (not yet: Repeated)"
    assert element_for_point("four.repeated") is FourElement.REPEATED
    assert element_for_point("pha_s2.knew") is None
    with pytest.raises(AnalysisError):
        element_for_point("four.furious")


def test_sdash_has_the_eleven_topics() -> None:
    assert len(QUESTIONS) == 11
    assert [q.number for q in QUESTIONS] == list(range(1, 12))
    assert QUESTIONS[0].id == "very_frightened" and QUESTIONS[-1].id == "violence_history"
    assert "more than three times a week" in QUESTIONS[3].topic


def test_sdash_answers_default_to_unknown_and_are_checked() -> None:
    a = make_assessment(date(2024, 3, 1), "DC Fictional", {"very_frightened": "yes", "threats": Answer.YES,
                                                           "loitering": "no"}, {"threats": "said he'd hurt her"})
    assert a.yes_count == 2 and a.unknown_count == 8
    assert a.answer("threats") is Answer.YES and a.answers[5].note == "said he'd hurt her"
    assert a.summary == "S-DASH 01/03/2024 by DC Fictional: 2 of 11 yes, 8 unknown"
    with pytest.raises(AnalysisError, match="no question"):
        make_assessment(date(2024, 3, 1), "DC Fictional", {"weather": "yes"})
    with pytest.raises(AnalysisError, match="not an answer"):
        make_assessment(date(2024, 3, 1), "DC Fictional", {"threats": "maybe"})
    with pytest.raises(AnalysisError, match="which officer"):
        make_assessment(date(2024, 3, 1), " ", {})


def test_sdash_trigger_two_incidents_or_very_frightened() -> None:
    assert trigger(1, None) == (False, "Not yet required: 1 incident and the victim is not recorded as very frightened")
    assert trigger(2, None) == (True, "Screening applies: 2 incidents recorded (two or more)")
    assert trigger(1, Answer.YES) == (True, "Screening applies: the victim is very frightened")
    assert trigger(0, Answer.NO)[0] is False


def test_yes_count_over_time() -> None:
    first = make_assessment(date(2024, 3, 1), "DC A", {"threats": "yes"})
    second = make_assessment(date(2024, 4, 1), "DC A", {"threats": "yes", "loitering": "yes", "visits": "yes"})
    assert yes_trend([second, first]) == [(date(2024, 3, 1), 1), (date(2024, 4, 1), 3)]
    assert trend_sentence([first, second]) == "3 yes on 01/04/2024, up from 1 on 01/03/2024 (2 screenings)."
    assert trend_sentence([]) == "No S-DASH screening recorded."


def test_review_due_on_and_after_the_date() -> None:
    today = date(2024, 5, 10)
    assert review_status(1, "01ZZ0000124", None, today).text == "No review date set"
    before = review_status(1, "01ZZ0000124", date(2024, 5, 11), today)
    assert not before.due and before.text == "Review on 11/05/2024"
    assert review_status(1, "01ZZ0000124", today, today).text == "Review due today"
    late = review_status(1, "01ZZ0000124", date(2024, 5, 7), today)
    assert late.due and late.text == "Review due: 3 days overdue (since 07/05/2024)"
