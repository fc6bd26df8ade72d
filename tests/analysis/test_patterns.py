from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from stalkdesk.domain.analysis.patterns import Contact, analyse, contacts_from_entries, escalation
from stalkdesk.domain.vocab import Behaviour, Channel, DisclosureStatus
from stalkdesk.domain.when import Precision, When
from tests.analysis.helpers import entry


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def test_days_and_core_times_are_uk_local_time() -> None:
    summer = Contact(at(2024, 6, 30, 23, 30), at(2024, 6, 30, 23, 30), channel=Channel.SMS)  # 00:30 BST Mon 1 July
    winter = Contact(at(2024, 1, 14, 23, 30), at(2024, 1, 14, 23, 30), channel=Channel.CALL)  # 23:30 GMT Sun 14 Jan
    p = analyse([summer, winter])
    assert p.per_day == {date(2024, 1, 14): 1, date(2024, 7, 1): 1}
    assert p.core_times[0][0] == 1  # Monday, 00:00-00:59
    assert p.core_times[6][23] == 1  # Sunday, 23:00-23:59
    assert sum(map(sum, p.core_times)) == 2
    assert p.first is not None and p.first.utcoffset() == timedelta(0)
    assert p.last is not None and f"{p.last:%d/%m/%Y %H:%M}" == "01/07/2024 00:30"


def test_hour_buckets_count_each_record() -> None:
    bucket = Contact(at(2024, 3, 4, 21, 2), at(2024, 3, 4, 21, 58), count=41, channel=Channel.WHATSAPP,
                     identity="+447700900456")
    one = Contact(at(2024, 3, 5, 8), at(2024, 3, 5, 8), channel=Channel.SMS, identity="+447700900999")
    p = analyse([bucket, one])
    assert p.total == 42 and p.busiest_day == (date(2024, 3, 4), 41)
    assert p.per_day_by_channel[date(2024, 3, 4)] == {"whatsapp": 41}
    assert p.per_day_by_behaviour[date(2024, 3, 4)] == {"contacting": 41}
    assert p.channels == ("whatsapp", "sms") and p.identities == ("+447700900456", "+447700900999")
    assert p.longest_quiet == (at(2024, 3, 4, 21, 58), at(2024, 3, 5, 8))  # from the bucket's last record


def test_entries_become_contacts_unless_records_stand_behind_them() -> None:
    day_only = entry(4, when=When(at(2024, 2, 10, 0), Precision.DAY))
    month = entry(5, when=When(at(2024, 2, 1, 0), Precision.MONTH))
    irrelevant = entry(6, disclosure=DisclosureStatus.NOT_RELEVANT)
    unused = entry(7, Behaviour.FOLLOWING, channel=Channel.IN_PERSON, disclosure=DisclosureStatus.UNUSED)
    contacts, vague = contacts_from_entries([entry(1), entry(2), entry(3, deleted=True), day_only, month,
                                             irrelevant, unused], represented=[2])
    assert vague == 1 and len(contacts) == 3
    p = analyse(contacts, vague=vague)
    assert p.total == 3 and p.untimed == 1 and sum(map(sum, p.core_times)) == 2
    assert p.channels == ("sms", "in_person")
    assert p.summary()[-2:] == ["1 entries dated only to a month or approximately are not counted by day.",
                                "1 contacts known only to the day are not in the times of day."]


def test_escalation_last_four_weeks_against_the_four_before() -> None:
    as_of = date(2024, 6, 28)
    recent = {as_of - timedelta(days=i): 3 for i in range(28)}  # 84
    before = {as_of - timedelta(days=28 + i): 1 for i in range(28)}  # 28
    up = escalation(recent | before, as_of)
    assert (up.recent, up.previous, up.trend) == (84, 28, "rising") and up.ratio == 3.0
    assert up.sentence == ("Escalating: 84 contacts in the 4 weeks to 28/06/2024 against 28 in the 4 weeks "
                           "before (3.0 times as many).")
    down = escalation({as_of: 1, as_of - timedelta(days=30): 4}, as_of)
    assert down.trend == "falling" and "75% fewer" in down.sentence
    assert escalation({as_of: 10, as_of - timedelta(days=40): 9}, as_of).trend == "steady"
    assert escalation({as_of: 2}, as_of).trend == "started"
    assert escalation({as_of - timedelta(days=60): 2}, as_of).sentence == "No contact in the 8 weeks to 28/06/2024."
    # The day 56 days back is outside both windows.
    assert escalation({as_of - timedelta(days=56): 5, as_of: 1}, as_of).previous == 0


def test_weeks_tables_and_csv() -> None:
    threat = (Behaviour.CONTACTING, Behaviour.THREATS_OF_VIOLENCE)
    cs = [Contact(at(2024, 3, d, 12), at(2024, 3, d, 12), channel=Channel.SMS,
                  behaviours=threat if d == 5 else (Behaviour.CONTACTING,)) for d in (4, 5, 11)]
    p = analyse(cs)
    assert p.per_week == {date(2024, 3, 4): 2, date(2024, 3, 11): 1}
    rows = p.rows("daily")
    assert rows[0] == ["Date", "Contacts", "SMS", "Contacting", "Threats of violence"]
    assert rows[2] == ["05/03/2024", "1", "1", "1", "1"]
    assert p.rows("weekly")[1] == ["04/03/2024", "2", "2", "2", "1"]
    assert p.csv("daily").splitlines()[1] == "04/03/2024,1,1,1,0"
    core = p.rows("core_times")
    assert core[0][:3] == ["Day", "00", "01"] and core[1][13] == "2"  # Monday 12:00, twice
    assert p.rows("summary")[1] == ["3 contacts from 04/03/2024 12:00 to 11/03/2024 12:00."]
    assert "Longest quiet period: 6.0 days, 05/03/2024 12:00 to 11/03/2024 12:00." in p.summary()


def test_no_contacts() -> None:
    p = analyse([], as_of=date(2024, 1, 1))
    assert p.total == 0 and p.summary() == ["No contact recorded."] and p.busiest_day is None
    assert p.rows("daily") == [["Date", "Contacts"]]


def test_records_take_their_entrys_behaviours_and_stand_for_it() -> None:
    from stalkdesk.domain.analysis.patterns import contacts_from_case

    grouped = entry(1, Behaviour.THREATS_OF_VIOLENCE)
    mothers = entry(2)  # groups only records from someone other than the suspect
    gone = entry(3, deleted=True)
    sus, other = "+447700900456", "+447700900789"
    records = [Contact(at(2024, 3, 4, 21), at(2024, 3, 4, 21, 30), 4, Channel.SMS, identity=sus, entry_id=1),
               Contact(at(2024, 3, 4, 22), at(2024, 3, 4, 22), 2, Channel.SMS, identity=other, entry_id=2),
               Contact(at(2024, 3, 5, 9), at(2024, 3, 5, 9), 3, Channel.SMS, identity=sus, entry_id=3),
               Contact(at(2024, 3, 6, 9), at(2024, 3, 6, 9), 1, Channel.CALL, identity=sus)]
    contacts, vague = contacts_from_case(records, [grouped, mothers, gone, entry(4)], [sus])
    p = analyse(contacts)
    assert vague == 0 and p.total == 6  # 4 grouped + 1 ungrouped record + entry 4, which has no records
    assert p.per_day_by_behaviour[date(2024, 3, 4)] == {"threats_of_violence": 4}
    assert analyse(contacts_from_case(records, [grouped, mothers, gone])[0]).total == 7
