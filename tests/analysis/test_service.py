"""The analysis services over a real (encrypted, temporary) store."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest

from stalkdesk.domain.analysis.candidates import CandidateStatus, VictimPlace
from stalkdesk.domain.analysis.checklist import Status
from stalkdesk.domain.analysis.four import FourElement
from stalkdesk.domain.records import ContactRecord, Exhibit
from stalkdesk.domain.vocab import Behaviour, Channel, DisclosureStatus, Offence
from stalkdesk.errors import Conflict, InvalidInput, NotFound
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace
from tests import factories

M_PER_DEG_LAT = 111_195.08


def _case(ws: Workspace, **kw: object) -> int:
    return ws.cases.create(factories.case(**kw)).id or 0


def _exhibit(ws: Workspace, cid: int, ref: str, data: bytes, name: str = "") -> int:
    x = ws.exhibits.add(cid, Exhibit(reference=ref, description="Fictional", original_filename=name or ref),
                        io.BytesIO(data))
    return x.id or 0


def _actions(ws: Workspace, cid: int) -> list[str]:
    return [f"{e.action} {e.object_type}" for e in ws.audit.events(cid)]


def test_links_drive_the_checklist_and_the_mg3_map(ws: Workspace) -> None:
    cid = _case(ws, offences=(Offence.PHA_S2A,))
    added = ws.entries.add_many(cid, [factories.entry(0, behaviours=(Behaviour.WATCHING,)), factories.entry(1),
                                      factories.entry(2, disclosure=DisclosureStatus.UNUSED)])
    xid = _exhibit(ws, cid, "AF/1", b"fictional statement")
    before = analysis.offence_checklist(ws, cid)
    assert [o.key for o in before] == ["pha_s2a", "spo"]
    assert before[0].status is Status.PARTLY
    assert "No item linked to 'harassment'" in before[0].reasons
    link = analysis.link_point(ws, cid, "pha_s2a.harassment", item_number=2, note="victim distressed")
    analysis.link_point(ws, cid, "pha_s2a.knew", exhibit_ref="af/1")
    after = analysis.offence_checklist(ws, cid, include_spo=False)
    assert [o.key for o in after] == ["pha_s2a"] and after[0].status is Status.PROVED
    assert "Harassment: linked item 2" in after[0].reasons
    with pytest.raises(Conflict, match="already linked"):
        analysis.link_point(ws, cid, "pha_s2a.harassment", entry_id=added[1].id)
    with pytest.raises(InvalidInput, match="not a point"):
        analysis.link_point(ws, cid, "pha_s9.x", item_number=1)
    with pytest.raises(NotFound, match="no item 99"):
        analysis.link_point(ws, cid, "pha_s2a.harassment", item_number=99)
    with pytest.raises(InvalidInput, match="no exhibit AF/9"):
        analysis.link_point(ws, cid, "pha_s2a.knew", exhibit_ref="AF/9")
    other = _case(ws, urn="01FC0000224")
    with pytest.raises(NotFound, match="in this case"):
        analysis.link_point(ws, other, "pha_s2.knew", exhibit_id=xid)

    report = analysis.points_for_report(ws, cid)
    assert report["pha_s2a.harassment"] == ["item 2"]
    assert report["pha_s2a.knew"] == ["AF/1"]
    assert report["pha_s2a.course"] == ["2 occasions used as evidence, first 03/03/2024, last 03/03/2024"]
    assert report["pha_s2a.stalking"] == ["s.2A(3)(b) contacting (1), s.2A(3)(g) watching or spying (1)"]
    assert report["pha_s4.fear"] == [] and report["pha_s4a.effect"] == [] and report["spo.risk"] == []

    assert analysis.set_link_note(ws, link.id or 0, "distress").note == "distress"
    analysis.unlink_point(ws, link.id or 0)
    assert analysis.offence_checklist(ws, cid)[0].status is Status.PARTLY
    assert _actions(ws, cid).count("create point_link") == 2
    assert "alter point_link" in _actions(ws, cid) and "delete point_link" in _actions(ws, cid)


def test_four_notes_and_links(ws: Workspace) -> None:
    cid = _case(ws)
    ws.entries.add_many(cid, [factories.entry(0), factories.entry(1)])
    analysis.set_four_note(ws, cid, FourElement.FIXATED, "Talks of nothing but the victim")
    analysis.set_four_note(ws, cid, "unwanted", "Told him to stop on 01/03")
    analysis.set_four_note(ws, cid, "unwanted", "Told him to stop on 01/03")  # no change, no audit row
    analysis.link_point(ws, cid, FourElement.REPEATED.point_id, item_number=1)
    got = analysis.four(ws, cid)
    assert got.addressed == 3 and got.view(FourElement.FIXATED).note == "Talks of nothing but the victim"
    assert got.view(FourElement.REPEATED).items[0].label == "item 1"
    with pytest.raises(InvalidInput):
        analysis.set_four_note(ws, cid, "furious", "x")
    assert _actions(ws, cid).count("alter four_note") == 2


def test_sdash_history_trigger_and_reviews(ws: Workspace) -> None:
    cid = _case(ws)
    ws.entries.add(cid, factories.entry(0))
    assert analysis.sdash_trigger(ws, cid)[0] is False
    first = analysis.add_sdash(ws, cid, {"very_frightened": "yes", "threats": "no"},
                               {"very_frightened": "Won't leave the house"}, assessed_on=date(2024, 3, 1))
    assert first.trigger == "Screening applies: the victim is very frightened"
    assert first.officer == "DC Alex Fictional (9999)" and first.id is not None
    ws.entries.add(cid, factories.entry(1))
    second = analysis.add_sdash(ws, cid, {q: "yes" for q in ("very_frightened", "threats", "loitering")},
                                assessed_on=date(2024, 4, 1), review_on=date(2024, 5, 1))
    assert second.trigger == "Screening applies: 2 incidents recorded (two or more) and the victim is very frightened"
    history = analysis.sdash_history(ws, cid)
    assert [a.yes_count for a in history] == [1, 3]
    assert history[0].answers[0].note == "Won't leave the house" and len(history[0].answers) == 11
    assert analysis.latest_sdash(ws, cid) == second
    assert analysis.sdash_trend(ws, cid) == [(date(2024, 3, 1), 1), (date(2024, 4, 1), 3)]
    with pytest.raises(InvalidInput, match="no question"):
        analysis.add_sdash(ws, cid, {"weather": "yes"})

    other = _case(ws, urn="01FC0000224")
    rows = {r.case_id: r for r in analysis.reviews(ws, today=date(2024, 5, 3))}
    assert analysis.reviews(ws, today=date(2024, 5, 3), cases=ws.cases.list()) == list(rows.values())
    assert rows[cid].due and rows[cid].text == "Review due: 2 days overdue (since 01/05/2024)"
    assert rows[cid].latest == second
    assert not rows[other].due and rows[other].text == "No review date set"
    analysis.set_review_date(ws, cid, date(2024, 6, 1), "after the hearing")
    assert ws.analysis.review(cid).note == "after the hearing"
    assert "create sdash" in _actions(ws, cid) and "alter case_review" in _actions(ws, cid)


def test_patterns_count_records_once_and_only_the_suspects(ws: Workspace) -> None:
    cid = _case(ws)
    source = _exhibit(ws, cid, "AF/1", b"fictional chat export")
    grouped = ws.entries.add(cid, factories.entry(0, summary="Messages", behaviours=(Behaviour.CONTACTING,
                                                                                    Behaviour.THREATS_OF_VIOLENCE)))
    ws.entries.add(cid, factories.entry(48, channel=Channel.IN_PERSON, behaviours=(Behaviour.LOITERING,)))
    start = datetime(2024, 3, 3, 21, 2, tzinfo=UTC)  # 21:02 GMT
    sus, vic = "+447700900456", "+447700900123"
    records = [ContactRecord(kind="message", at=start + timedelta(minutes=i), identity=sus, direction="incoming",
                             channel=Channel.WHATSAPP, seq=i + 1, entry_id=grouped.id) for i in range(5)]
    records += [ContactRecord(kind="message", at=start, identity=sus, direction="outgoing",
                              channel=Channel.WHATSAPP, seq=6, entry_id=grouped.id),
                ContactRecord(kind="call", at=start + timedelta(days=1), identity=vic, direction="missed",
                              channel=Channel.CALL, seq=7)]
    ws.records.add_many(cid, source, records)
    p = analysis.patterns(ws, cid)
    assert p.total == 7  # 5 incoming messages + 1 missed call + 1 entry without records
    assert p.per_day == {date(2024, 3, 3): 5, date(2024, 3, 4): 1, date(2024, 3, 5): 1}
    assert p.per_day_by_behaviour[date(2024, 3, 3)] == {"contacting": 5, "threats_of_violence": 5}
    assert p.core_times[6][21] == 5  # Sunday 21:00
    assert p.identities == (vic, sus)  # sorted
    only = analysis.patterns(ws, cid, suspect_identities=[sus])
    assert only.total == 6 and only.identities == (sus,) and set(only.channels) == {"whatsapp", "in_person"}
    assert "WhatsApp" in only.csv("daily").splitlines()[0]


def _csv(points: list[tuple[int, float]]) -> bytes:
    lines = ["time,latitude,longitude,accuracy"]
    for minute, metres_north in points:
        t = datetime(2024, 3, 3, 21, 0, tzinfo=UTC) + timedelta(minutes=minute)
        lines.append(f"{t:%d/%m/%Y %H:%M:%S},{51.5007 + metres_north / M_PER_DEG_LAT:.7f},-0.1246000,10")
    return ("\n".join(lines) + "\n").encode()


def test_colocation_candidates_confirmed_into_the_chronology_or_dismissed(ws: Workspace) -> None:
    cid = _case(ws)
    home = analysis.save_place(ws, cid, VictimPlace("  Home ", 51.5007, -0.1246, 20))
    analysis.save_place(ws, cid, VictimPlace("Work", 51.6, -0.2))
    with pytest.raises(InvalidInput, match="not a position"):
        analysis.save_place(ws, cid, VictimPlace("Nowhere", 0, 0))
    suspect = _exhibit(ws, cid, "AF/4", _csv([(0, 5000), (10, 120), (15, 60), (25, 3000), (120, 30)]), "s.csv")
    found = analysis.find_colocation(ws, cid, suspect)
    assert [(c.target, c.fixes, c.locator, c.place_id) for c in found] == [
        ("Home", 2, "records 3-4", home.id), ("Home", 1, "record 6", home.id)]
    assert analysis.find_colocation(ws, cid, suspect, distance_m=300) == []  # the same visits: not proposed again

    entry = analysis.confirm_candidate(ws, found[0].id or 0, Behaviour.LOITERING)
    assert entry.item_number == 1 and entry.behaviours == (Behaviour.LOITERING,)
    assert entry.provenance is not None and entry.provenance.exhibit_id == suspect
    assert entry.provenance.locator == "records 3-4" and entry.exhibits[0].reference == "AF/4"
    assert entry.summary == "Loitering: location records put the suspect within 60 m of the victim's place " \
                            '"Home" (2 location fixes)'
    assert f"{entry.when.start:%H:%M}" == "21:10" and f"{entry.when.end:%H:%M}" == "21:15"
    with pytest.raises(Conflict, match="already been confirmed"):
        analysis.confirm_candidate(ws, found[0].id or 0, Behaviour.WATCHING)
    with pytest.raises(InvalidInput, match="loitering, watching or following"):
        analysis.confirm_candidate(ws, found[1].id or 0, Behaviour.CONTACTING)
    dismissed = analysis.dismiss_candidate(ws, found[1].id or 0, "victim's own visit")
    assert dismissed.status is CandidateStatus.DISMISSED and dismissed.note == "victim's own visit"
    assert [c.status for c in analysis.candidates(ws, cid)] == [CandidateStatus.CONFIRMED, CandidateStatus.DISMISSED]
    assert analysis.candidates(ws, cid, CandidateStatus.CONFIRMED)[0].entry_id == entry.id

    analysis.remove_place(ws, home.id or 0)
    assert [p.name for p in analysis.places(ws, cid)] == ["Work"]
    assert analysis.candidates(ws, cid)[0].place_id == home.id  # kept, pointing at the removed place
    actions = _actions(ws, cid)
    assert actions.count("create colocation") == 2 and "create entry" in actions
    assert "delete victim_place" in actions


def test_colocation_against_the_victims_own_records(ws: Workspace) -> None:
    cid = _case(ws)
    suspect = _exhibit(ws, cid, "AF/4", _csv([(0, 100), (30, 100), (60, 100)]), "s.csv")
    victim = _exhibit(ws, cid, "AF/5", _csv([(5, 0), (70, 0)]), "v.csv")
    found = analysis.find_colocation(ws, cid, suspect, victim_exhibit_id=victim)
    assert [(c.where, c.fixes, c.victim_exhibit_id) for c in found] == [
        ("the victim (from the victim's own location records)", 1, victim)] * 2
    preview = analysis.preview_entry(ws, found[0].id or 0, Behaviour.FOLLOWING)
    assert {x.exhibit_id for x in preview.exhibits} == {suspect, victim}
    with pytest.raises(InvalidInput, match="Add the victim's places"):
        analysis.find_colocation(ws, cid, suspect)
    bad = _exhibit(ws, cid, "AF/6", b"time,lat,lon\n03/03/2024 21:00,north,0\n", "bad.csv")
    with pytest.raises(InvalidInput, match=r"bad\.csv, line 2"):
        analysis.find_colocation(ws, cid, bad, victim_exhibit_id=victim)
