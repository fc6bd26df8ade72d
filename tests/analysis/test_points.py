from __future__ import annotations

from dataclasses import replace

import pytest

from stalkdesk.domain.analysis.checklist import (
    Status,
    behaviours_present,
    course_of_conduct,
    evaluate,
    fear_occasions,
)
from stalkdesk.domain.analysis.common import AnalysisError, PointLink, item_list
from stalkdesk.domain.analysis.points import CHECKLISTS, POINTS, point
from stalkdesk.domain.vocab import Behaviour, DisclosureStatus
from tests.analysis.helpers import entry

T = Behaviour.THREATS_OF_VIOLENCE


def test_point_ids_are_stable_and_cite_the_act() -> None:
    assert set(CHECKLISTS) == {"pha_s2", "pha_s2a", "pha_s4", "pha_s4a", "spo", "spo_breach"}
    # The MG3 (stalkdesk.reports.points) keys its support map by these ids.
    for pid in ("pha_s2.course", "pha_s2.harassment", "pha_s2.knew", "pha_s2a.stalking", "pha_s4.fear",
                "pha_s4.knew", "pha_s4a.course", "pha_s4a.stalking", "pha_s4a.knew", "spo_breach.excuse"):
        assert pid in POINTS
    assert [p.id for p in CHECKLISTS["spo"].points] == ["spo.acts", "spo.risk", "spo.necessary"]
    assert "s.1(1)(c)" in point("spo.necessary").source
    assert "s.7(3)" in point("pha_s2.course").source
    assert "at least two occasions" in point("pha_s4.fear").wording
    with pytest.raises(AnalysisError, match="not a point"):
        point("pha_s9.nothing")


def test_one_occasion_is_not_a_course_of_conduct_two_are() -> None:
    assert course_of_conduct([])[0] is Status.NOT_YET
    status, text = course_of_conduct([entry(1)])
    assert status is Status.PARTLY and "one occasion is not a course of conduct" in text
    status, text = course_of_conduct([entry(1), entry(2)])
    assert status is Status.PROVED
    assert text == "2 occasions used as evidence, first 04/02/2024, last 05/02/2024"


def test_only_used_live_entries_are_occasions() -> None:
    unused = entry(2, disclosure=DisclosureStatus.UNUSED)
    sensitive = entry(3, disclosure=DisclosureStatus.SENSITIVE)
    deleted = entry(4, deleted=True)
    assert course_of_conduct([entry(1), unused, sensitive, deleted])[0] is Status.PARTLY
    assert course_of_conduct([entry(1), unused, entry(5)])[0] is Status.PROVED


def test_occasion_dates_are_uk_local() -> None:
    # 23:30 UTC on 30/06/2024 is 00:30 BST on 01/07/2024.
    late = entry(1, days=148.604)
    assert course_of_conduct([late, entry(2, days=149)])[1].endswith("first 01/07/2024, last 01/07/2024")


def test_behaviours_listed_in_the_acts_order_with_counts() -> None:
    es = [entry(1, Behaviour.WATCHING, Behaviour.CONTACTING), entry(2, Behaviour.CONTACTING), entry(3, T),
          entry(4, Behaviour.FOLLOWING, disclosure=DisclosureStatus.UNUSED)]
    listed, others = behaviours_present(es)
    assert [c.text for c in listed] == ["s.2A(3)(b) contacting (2)", "s.2A(3)(g) watching or spying (1)"]
    assert [c.text for c in others] == ["threats of violence (1)"]


def test_fear_counts_threats_as_a_proxy_and_the_officers_links_whatever_their_tags() -> None:
    es = [entry(1, T), entry(2), entry(3, T, disclosure=DisclosureStatus.UNUSED), entry(4, T, deleted=True)]
    linked, proxy = fear_occasions(es, [2, 4])
    assert [e.id for e in linked] == [2]  # linked, although not tagged as a threat; 4 is deleted
    assert [e.id for e in proxy] == [1]  # 3 is not used evidence


def _links(point_id: str, *entry_ids: int) -> list[PointLink]:
    return [PointLink(point_id, entry_id=i, id=i) for i in entry_ids]


def test_s4_fear_needs_two_occasions_linked_by_the_officer() -> None:
    es = [entry(1, T), entry(2, T), entry(3)]
    s4 = CHECKLISTS["pha_s4"]
    fear = evaluate(s4, es, [], {}).points[1]
    assert fear.status is Status.PARTLY  # two threats: a proxy, not the victim's fear
    assert "2 occasions counted: 2 recording threats of violence (items 1-2)" in fear.reasons[0]
    assert any("a recorded threat alone does not show" in r for r in fear.reasons)
    one = evaluate(s4, es, _links("pha_s4.fear", 1), {}).points[1]
    assert one.status is Status.PARTLY
    two = evaluate(s4, es, _links("pha_s4.fear", 1, 3), {}).points[1]
    assert two.status is Status.PROVED
    assert two.computed == "3 occasions counted: 2 linked by the officer (items 1, 3); 1 recording threats " \
                           "of violence (item 2)"
    assert evaluate(s4, [entry(1)], [], {}).points[1].status is Status.NOT_YET


def test_offence_status_proved_partly_not_yet() -> None:
    s2 = CHECKLISTS["pha_s2"]
    nothing = evaluate(s2, [], [], {})
    assert nothing.status is Status.NOT_YET
    assert "No item linked to 'knew or ought to have known'" in nothing.reasons
    es = [entry(n) for n in range(1, 38)]
    partly = evaluate(s2, es, [], {})
    assert partly.status is Status.PARTLY
    assert partly.reasons[0] == "Course of conduct: 37 occasions used as evidence, first 04/02/2024, last 11/03/2024"
    links = [PointLink("pha_s2.harassment", entry_id=4, note="victim's distress", id=1),
             PointLink("pha_s2.knew", exhibit_id=9, id=2)]
    proved = evaluate(s2, es, links, {9: "AF/2"})
    assert proved.status is Status.PROVED
    assert "Harassment: linked item 4" in proved.reasons
    assert "Knew or ought to have known: linked exhibit AF/2" in proved.reasons
    assert proved.points[1].items[0].note == "victim's distress"


def test_links_to_deleted_items_are_not_counted() -> None:
    es = [entry(1), entry(2), entry(3, deleted=True)]
    got = evaluate(CHECKLISTS["pha_s2"], es, _links("pha_s2.harassment", 3), {}).points[1]
    assert got.status is Status.NOT_YET
    assert "Harassment: 1 linked item since deleted, not counted" in got.reasons


def test_s2a_stalking_point_from_behaviours_or_links() -> None:
    s2a = CHECKLISTS["pha_s2a"]
    assert evaluate(s2a, [entry(1, Behaviour.LOITERING), entry(2)], [], {}).points[2].status is Status.PROVED
    only_other = evaluate(s2a, [entry(1, T), entry(2, Behaviour.DAMAGE)], [], {}).points[2]
    assert only_other.status is Status.PARTLY and "not exhaustive" in only_other.reasons[1]
    linked = evaluate(s2a, [entry(1, T)], _links("pha_s2a.stalking", 1), {}).points[2]
    assert linked.status is Status.PROVED


def test_s4a_either_fear_or_serious_alarm_or_distress() -> None:
    s4a = CHECKLISTS["pha_s4a"]
    es = [entry(1, Behaviour.FOLLOWING), entry(2)]
    base = [*_links("pha_s4a.harassment", 1), PointLink("pha_s4a.knew", entry_id=2, id=50)]
    assert evaluate(s4a, es, base, {}).status is Status.PARTLY
    alarm = [*base, PointLink("pha_s4a.alarm", exhibit_id=7, note="moved home", id=60)]
    assert evaluate(s4a, es, alarm, {7: "AF/7"}).status is Status.PROVED  # (ii) without (i)
    fear = base + [PointLink("pha_s4a.fear", entry_id=i, id=70 + i) for i in (1, 2)]
    assert evaluate(s4a, es, fear, {}).status is Status.PROVED  # (i) without (ii)


def test_item_lists_collapse_runs() -> None:
    assert item_list([3, 4, 5, 7, 9, 10]) == "items 3-5, 7, 9-10"
    assert item_list([4]) == "item 4"
    assert item_list([]) == ""


def test_unused_spo_point_cannot_be_proved_without_links() -> None:
    spo = evaluate(CHECKLISTS["spo"], [entry(1, Behaviour.WATCHING), entry(2)], [], {})
    assert [p.status for p in spo.points] == [Status.PROVED, Status.NOT_YET, Status.NOT_YET]
    assert spo.status is Status.PARTLY
    assert replace(spo.points[0]).computed.startswith("s.2A(3)(b) contacting (1)")
