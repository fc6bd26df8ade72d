"""Tests for stalkdesk.domain.when: reading, converting and showing dates and times."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stalkdesk.domain.when import (
    AmbiguousTimeError,
    NonexistentTimeError,
    Precision,
    When,
    WhenError,
    describe,
    from_local,
    from_utc,
    local_end,
    local_start,
    parse_when,
    render,
    sort_key,
)

TODAY = date(2025, 6, 1)
LONDON = ZoneInfo("Europe/London")


def utc(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, us: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, us, tzinfo=UTC)


def parse(text: str, **kwargs: object) -> When:
    return parse_when(text, today=TODAY, **kwargs)  # type: ignore[arg-type]


# --- moments -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        ("03/03/2024 21:15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("3/3/24 21:15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("  03/03/2024   21:15  ", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("03/03/2024 21:15:07", utc(2024, 3, 3, 21, 15, 7), Precision.EXACT),
        ("03/03/2024 9:15pm", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("03/03/2024 9.15 P.M.", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("03/03/2024 9pm", utc(2024, 3, 3, 21, 0), Precision.MINUTE),
        ("03/03/2024 12am", utc(2024, 3, 3, 0, 0), Precision.MINUTE),
        ("03/03/2024 12:30pm", utc(2024, 3, 3, 12, 30), Precision.MINUTE),
        ("03/03/2024 21.15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("03.03.2024 21:15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("03-03-2024 21:15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("03/03-2024 21:15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("03/03/2024, 21:15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("03/03/2024 at 21:15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("03/03/2024 2115hrs", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("03/03/2024 21:15 hrs", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("21:15 on 03/03/2024", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("2024-03-03 21:15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("2024-03-03T21:15:00Z", utc(2024, 3, 3, 21, 15), Precision.EXACT),
        ("2024-03-03T21:15:00+01:00", utc(2024, 3, 3, 20, 15), Precision.EXACT),
        ("2024-03-03T21:15:00.250-0500", utc(2024, 3, 4, 2, 15), Precision.EXACT),
        ("2024-03-03 21:15 UTC", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("3 March 2024 21:15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("Sunday 3 March 2024 9:15pm", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("March 3, 2024 21:15", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
        ("30/06/2024 21:15", utc(2024, 6, 30, 20, 15), Precision.MINUTE),
        ("30/06/2024 21:15 BST", utc(2024, 6, 30, 20, 15), Precision.MINUTE),
        ("03/03/2024 21:15 gmt", utc(2024, 3, 3, 21, 15), Precision.MINUTE),
    ],
)
def test_reads_moments(text: str, start: datetime, precision: Precision) -> None:
    w = parse(text)
    assert (w.start, w.precision, w.end, w.zone, w.approx_text) == (
        start,
        precision,
        None,
        "Europe/London",
        "",
    )


@pytest.mark.parametrize(
    ("text", "local", "precision"),
    [
        ("03/03/2024", datetime(2024, 3, 3), Precision.DAY),
        ("3/3/24", datetime(2024, 3, 3), Precision.DAY),
        ("2024-03-03", datetime(2024, 3, 3), Precision.DAY),
        ("30/06/2024", datetime(2024, 6, 30), Precision.DAY),
        ("3 March 2024", datetime(2024, 3, 3), Precision.DAY),
        ("3rd March 2024", datetime(2024, 3, 3), Precision.DAY),
        ("3rd of March 2024", datetime(2024, 3, 3), Precision.DAY),
        ("3 Mar 24", datetime(2024, 3, 3), Precision.DAY),
        ("Sunday 3 March 2024", datetime(2024, 3, 3), Precision.DAY),
        ("sun, 3 mar. 2024", datetime(2024, 3, 3), Precision.DAY),
        ("March 3, 2024", datetime(2024, 3, 3), Precision.DAY),
        ("Sunday, March 3rd 2024", datetime(2024, 3, 3), Precision.DAY),
        ("1 Sept 2024", datetime(2024, 9, 1), Precision.DAY),
        ("03/2024", datetime(2024, 3, 1), Precision.MONTH),
        ("3/2024", datetime(2024, 3, 1), Precision.MONTH),
        ("March 2024", datetime(2024, 3, 1), Precision.MONTH),
        ("Mar 2024", datetime(2024, 3, 1), Precision.MONTH),
        ("JUNE 2024", datetime(2024, 6, 1), Precision.MONTH),
    ],
)
def test_reads_days_and_months_as_local_midnight(text: str, local: datetime, precision: Precision) -> None:
    w = parse(text)
    assert w.precision is precision
    assert local_start(w).replace(tzinfo=None) == local
    assert w.end is None


@pytest.mark.parametrize(
    ("text", "year"),
    [("1/1/00", 2000), ("3/3/24", 2024), ("3/3/69", 2069), ("3/3/70", 1970), ("31/12/99", 1999)],
)
def test_two_digit_years_pivot_at_70(text: str, year: int) -> None:
    assert local_start(parse_when(text, today=date(2069, 1, 1))).year == year


def test_dayfirst_false_reads_us_order() -> None:
    assert local_start(parse("03/04/2024", dayfirst=False)).date() == date(2024, 3, 4)
    assert local_start(parse("03/04/2024")).date() == date(2024, 4, 3)
    assert local_start(parse("2024-03-04", dayfirst=False)).date() == date(2024, 3, 4)  # ISO is never US


def test_dayfirst_false_does_not_guess_when_the_month_is_impossible() -> None:
    with pytest.raises(WhenError, match=r'"31/12/2024".*month-first.*no month 31'):
        parse("31/12/2024", dayfirst=False)


def test_reads_time_ranges() -> None:
    w = parse("03/03/2024 21:02\u201321:58")
    assert (w.start, w.end, w.precision) == (
        utc(2024, 3, 3, 21, 2),
        utc(2024, 3, 3, 21, 58),
        Precision.MINUTE,
    )
    w = parse("03/03/2024 21:02 to 04/03/2024 01:10")
    assert (w.start, w.end) == (utc(2024, 3, 3, 21, 2), utc(2024, 3, 4, 1, 10))
    w = parse("03/03/2024 21:02:00 - 21:58:30")
    assert (w.end, w.precision) == (utc(2024, 3, 3, 21, 58, 30), Precision.EXACT)


def test_range_zone_written_once_applies_to_a_repeated_start() -> None:
    w = parse("26/10/2025 01:10\u201301:40 GMT")
    assert (w.start, w.end) == (utc(2025, 10, 26, 1, 10), utc(2025, 10, 26, 1, 40))
    w = parse("26/10/2025 01:30 BST\u201301:10 GMT")
    assert (w.start, w.end) == (utc(2025, 10, 26, 0, 30), utc(2025, 10, 26, 1, 10))
    w = parse("26/10/2025 00:50\u201301:10 GMT")  # 00:50 happened once, in BST
    assert (w.start, w.end) == (utc(2025, 10, 25, 23, 50), utc(2025, 10, 26, 1, 10))


# --- approximate ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("early March 2024", date(2024, 3, 1), date(2024, 3, 10)),
        ("mid March 2024", date(2024, 3, 11), date(2024, 3, 20)),
        ("mid-March 2024", date(2024, 3, 11), date(2024, 3, 20)),
        ("middle of March 2024", date(2024, 3, 11), date(2024, 3, 20)),
        ("late March 2024", date(2024, 3, 21), date(2024, 3, 31)),
        ("late February 2024", date(2024, 2, 21), date(2024, 2, 29)),
        ("end of March 2024", date(2024, 3, 21), date(2024, 3, 31)),
        ("the end of 03/2024", date(2024, 3, 21), date(2024, 3, 31)),
        ("beginning of April 2024", date(2024, 4, 1), date(2024, 4, 10)),
        ("start of Apr 2024", date(2024, 4, 1), date(2024, 4, 10)),
        ("early 2024", date(2024, 1, 1), date(2024, 4, 30)),
        ("mid 2024", date(2024, 5, 1), date(2024, 8, 31)),
        ("late 2024", date(2024, 9, 1), date(2024, 12, 31)),
        ("around 3 March 2024", date(2024, 2, 29), date(2024, 3, 6)),
        ("about March 2024", date(2024, 3, 1), date(2024, 3, 31)),
        ("approx 03/2024", date(2024, 3, 1), date(2024, 3, 31)),
        ("approx. 3/3/24", date(2024, 2, 29), date(2024, 3, 6)),
        ("c. 3/3/24", date(2024, 2, 29), date(2024, 3, 6)),
        ("c.3/3/24", date(2024, 2, 29), date(2024, 3, 6)),
        ("circa 2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("around summer 2024", date(2024, 6, 1), date(2024, 8, 31)),
        ("spring 2024", date(2024, 3, 1), date(2024, 5, 31)),
        ("summer 2024", date(2024, 6, 1), date(2024, 8, 31)),
        ("autumn 2024", date(2024, 9, 1), date(2024, 11, 30)),
        ("winter 2024", date(2024, 12, 1), date(2025, 2, 28)),
        ("Christmas 2023", date(2023, 12, 24), date(2023, 12, 26)),
        ("xmas 2023", date(2023, 12, 24), date(2023, 12, 26)),
        ("New Year 2024", date(2023, 12, 31), date(2024, 1, 1)),
        ("new year's 2024", date(2023, 12, 31), date(2024, 1, 1)),
        ("week of 04/03/2024", date(2024, 3, 4), date(2024, 3, 10)),
        ("w/c 04/03/2024", date(2024, 3, 4), date(2024, 3, 10)),
        ("week commencing 4 March 2024", date(2024, 3, 4), date(2024, 3, 10)),
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("3 March 2024 (approx.)", date(2024, 2, 29), date(2024, 3, 6)),
    ],
)
def test_reads_approximate_dates_as_whole_day_ranges(text: str, first: date, last: date) -> None:
    w = parse(text)
    assert w.precision is Precision.APPROXIMATE
    end = local_end(w)
    assert end is not None
    assert local_start(w).replace(tzinfo=None) == datetime.combine(first, datetime.min.time())
    assert end.replace(tzinfo=None) == datetime.combine(last + timedelta(days=1), datetime.min.time())


def test_approximate_keeps_the_officers_words_tidied() -> None:
    assert parse("  early   March 2024 ").approx_text == "early March 2024"
    assert parse("early March 2024 (approx.)").approx_text == "early March 2024"


def test_approximate_range_is_converted_to_utc_in_summer() -> None:
    w = parse("summer 2024")
    assert (w.start, w.end) == (utc(2024, 5, 31, 23), utc(2024, 8, 31, 23))


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2024", "there is no 31 February 2024."),
        ("29/02/2023", "there is no 29 February 2023."),
        ("13/13/2024", "there is no month 13"),
        ("13/2024", "there is no month 13"),
        ("03/03/2024 25:00", "25:00 is not a time of day"),
        ("03/03/2024 21:60", "not a time of day"),
        ("03/03/2024 13pm", "12-hour times"),
        ("next tuesday-ish blah", "as a date. Try 03/03/2024 21:15, 03/03/2024, 03/2024"),
        ("blah", 'Try 03/03/2024 21:15, 03/03/2024, 03/2024 or "early March 2024".'),
        ("03/03/2024 21", "as a date"),
        ("Monday 3 March 2024", "3 March 2024 was a Sunday, not a Monday"),
        ("March 2024 21:15", "a time needs a full date"),
        ("around 3/3/24 21:00", "can't include a time"),
        ("early 3 March 2024", "early, mid and late go with a month or a year"),
        ("week of March 2024", "needs the first day"),
        ("03/03/2024 21:58\u201321:02", "ends before it starts"),
        ("03/03/2024 21:00-22:00", "not a UTC offset"),
        ("March \u2013 May 2024", "a range starts with a date and time"),
        ("03/03/2024 21:00 to next week", "end of a range"),
        ("01/01/1899", "the year 1899 is out of range"),
        ("03/03/2024 21:15 BST", "UK clocks were on GMT, not BST"),
        ("30/06/2024 21:15 GMT", "UK clocks were on BST (UTC+1), not GMT"),
        ("(approx.)", "as a date"),
    ],
)
def test_rejects_with_a_message_quoting_the_input(text: str, reason: str) -> None:
    with pytest.raises(WhenError) as caught:
        parse(text)
    assert f'"{text}"' in str(caught.value)
    assert reason in str(caught.value)


def test_rejects_empty_text() -> None:
    for text in ("", "   ", "\n\t"):
        with pytest.raises(WhenError, match="No date given"):
            parse(text)


def test_rejects_more_than_a_year_ahead() -> None:
    assert parse("01/06/2026").start == utc(2026, 5, 31, 23)  # exactly a year is fine
    for text in ("02/06/2026", "2027", "summer 2027", "3/3/45"):
        with pytest.raises(WhenError, match=rf'"{text}".*in the future'):
            parse(text)
    with pytest.raises(WhenError, match="two-digit years"):
        parse("3/3/45")
    assert parse_when("28/02/2025", today=date(2024, 2, 29)).precision is Precision.DAY


def test_future_limit_defaults_to_the_real_today() -> None:
    with pytest.raises(WhenError, match="in the future"):
        parse_when(f"01/01/{date.today().year + 2}")


def test_unknown_zone_is_a_when_error() -> None:
    with pytest.raises(WhenError, match='Unknown time zone "Mars/Olympus"'):
        parse_when("03/03/2024", "Mars/Olympus")


# --- clock changes -------------------------------------------------------------------------

# (spring-forward day, fall-back day): last Sundays of March and October
CHANGES = [(date(2024, 3, 31), date(2024, 10, 27)), (date(2025, 3, 30), date(2025, 10, 26))]


@pytest.mark.parametrize(("spring", "autumn"), CHANGES)
def test_times_either_side_of_the_clock_changes(spring: date, autumn: date) -> None:
    def at(day: date, hm: str) -> datetime:
        return parse(f"{day:%d/%m/%Y} {hm}").start

    def u(day: date, h: int, m: int) -> datetime:
        return datetime(day.year, day.month, day.day, h, m, tzinfo=UTC)

    assert at(spring, "00:59") == u(spring, 0, 59)  # GMT
    assert at(spring, "02:00") == u(spring, 1, 0)  # BST: 02:00 is the first minute after
    assert at(autumn, "00:59") == u(autumn, 0, 59) - timedelta(hours=1)  # BST
    assert at(autumn, "02:00") == u(autumn, 2, 0)  # GMT


@pytest.mark.parametrize(("spring", "autumn"), CHANGES)
@pytest.mark.parametrize("hm", ["01:00", "01:30", "01:59"])
def test_the_skipped_hour_does_not_exist(spring: date, autumn: date, hm: str) -> None:
    text = f"{spring:%d/%m/%Y} {hm}"
    message = f"does not exist in UK time: clocks went forward at 01:00 GMT on {spring:%d/%m/%Y}"
    for suffix in ("", " BST", " GMT"):
        with pytest.raises(NonexistentTimeError, match=message) as caught:
            parse(text + suffix)
        assert f'"{text}{suffix}"' in str(caught.value)
    with pytest.raises(NonexistentTimeError, match=message):
        from_local(datetime.strptime(text, "%d/%m/%Y %H:%M"), Precision.MINUTE)


@pytest.mark.parametrize(("spring", "autumn"), CHANGES)
@pytest.mark.parametrize("hm", ["01:00", "01:30", "01:59"])
def test_the_repeated_hour_needs_bst_or_gmt(spring: date, autumn: date, hm: str) -> None:
    text = f"{autumn:%d/%m/%Y} {hm}"
    with pytest.raises(AmbiguousTimeError) as caught:
        parse(text)
    assert f'"{text}"' in str(caught.value)
    assert "happened twice" in str(caught.value)
    assert f"clocks went back at 02:00 BST on {autumn:%d/%m/%Y}" in str(caught.value)
    assert "Add BST" in str(caught.value) and "GMT" in str(caught.value)

    local = datetime.strptime(text, "%d/%m/%Y %H:%M")
    first, second = local - timedelta(hours=1), local  # as UTC wall times
    assert parse(text + " BST").start == first.replace(tzinfo=UTC)
    assert parse(text + " bst").start == first.replace(tzinfo=UTC)
    assert parse(text + " GMT").start == second.replace(tzinfo=UTC)
    with pytest.raises(AmbiguousTimeError, match="happened twice"):
        from_local(local, Precision.MINUTE)
    assert from_local(local, Precision.MINUTE, fold=0).start == first.replace(tzinfo=UTC)
    assert from_local(local, Precision.MINUTE, fold=1).start == second.replace(tzinfo=UTC)


def test_clock_change_days_themselves_are_fine() -> None:
    for spring, autumn in CHANGES:
        for day in (spring, autumn):
            w = parse(f"{day:%d/%m/%Y}")
            assert local_start(w).replace(tzinfo=None) == datetime(day.year, day.month, day.day)


def test_other_zones_suggest_an_offset_and_accept_it() -> None:
    with pytest.raises(AmbiguousTimeError, match='"03/11/2024 01:30 -04:00" for the first'):
        parse_when("03/11/2024 01:30", "America/New_York", today=TODAY)
    w = parse_when("03/11/2024 01:30 -05:00", "America/New_York", today=TODAY)
    assert w.start == utc(2024, 11, 3, 6, 30)
    with pytest.raises(NonexistentTimeError, match="America/New_York time: clocks went forward at 02:00 EST"):
        parse_when("10/03/2024 02:30", "America/New_York", today=TODAY)


def test_a_skipped_midnight_raises_rather_than_shifting() -> None:
    # Brazil moved clocks from 00:00 to 01:00 on 4 November 2018.
    with pytest.raises(NonexistentTimeError, match="clocks went forward at 00:00"):
        from_local(datetime(2018, 11, 4), Precision.DAY, "America/Sao_Paulo")
    with pytest.raises(NonexistentTimeError, match='"04/11/2018"'):
        parse_when("04/11/2018", "America/Sao_Paulo", today=TODAY)


def test_a_repeated_midnight_starts_the_day_at_the_first_one() -> None:
    # Cuba moved clocks back from 01:00 to 00:00 on 3 November 2024.
    w = from_local(datetime(2024, 11, 3, 15), Precision.DAY, "America/Havana")
    assert w.start == utc(2024, 11, 3, 4)  # 00:00 CDT (UTC-4)


# --- from_local / from_utc -----------------------------------------------------------------


def test_from_local_cuts_to_the_precision() -> None:
    local = datetime(2024, 6, 30, 21, 15, 7, 500)
    assert from_local(local, Precision.EXACT).start == utc(2024, 6, 30, 20, 15, 7, 500)
    assert from_local(local, Precision.MINUTE).start == utc(2024, 6, 30, 20, 15)
    assert from_local(local, Precision.DAY).start == utc(2024, 6, 29, 23)
    assert from_local(local, Precision.MONTH).start == utc(2024, 5, 31, 23)


def test_from_local_range_and_approximate() -> None:
    w = from_local(datetime(2024, 3, 3, 21, 2), Precision.MINUTE, end=datetime(2024, 3, 3, 21, 58))
    assert w.end == utc(2024, 3, 3, 21, 58)
    w = from_local(
        datetime(2024, 3, 1), Precision.APPROXIMATE, end=datetime(2024, 3, 11), approx_text=" early  March "
    )
    assert (w.approx_text, w.end) == ("early March", utc(2024, 3, 11))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"local": datetime(2024, 3, 3, tzinfo=UTC), "precision": Precision.MINUTE}, "carries a time zone"),
        ({"local": datetime(2024, 3, 3), "precision": Precision.APPROXIMATE}, "approx_text"),
        ({"local": datetime(2024, 3, 3), "precision": Precision.DAY, "approx_text": "x"}, "approx_text"),
        ({"local": datetime(2024, 3, 3), "precision": Precision.DAY, "end": datetime(2024, 3, 4)}, "no end"),
        (
            {"local": datetime(2024, 3, 3, 2), "precision": Precision.MINUTE, "end": datetime(2024, 3, 3, 1)},
            "not after",
        ),
        ({"local": datetime(2024, 3, 3), "precision": Precision.DAY, "zone": "Nowhere"}, "Unknown time zone"),
    ],
)
def test_from_local_refuses(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(WhenError, match=message):
        from_local(**kwargs)  # type: ignore[arg-type]


def test_from_utc() -> None:
    phone = datetime(2024, 6, 30, 22, 15, 7, 123456, tzinfo=timezone(timedelta(hours=2)))
    w = from_utc(phone)
    assert (w.start, w.precision, w.zone) == (
        utc(2024, 6, 30, 20, 15, 7, 123456),
        Precision.EXACT,
        "Europe/London",
    )
    assert w.start.tzinfo is UTC
    assert from_utc(phone, Precision.MINUTE).start == utc(2024, 6, 30, 20, 15)
    assert from_utc(phone, Precision.DAY).start == utc(2024, 6, 29, 23)
    assert from_utc(phone, Precision.MONTH, "UTC").start == utc(2024, 6, 1)


def test_from_utc_keeps_the_second_of_a_repeated_minute() -> None:
    w = from_utc(utc(2025, 10, 26, 1, 30, 45), Precision.MINUTE)
    assert w.start == utc(2025, 10, 26, 1, 30)
    assert render(w) == "26/10/2025 01:30 GMT"


def test_from_utc_refuses_naive_and_approximate() -> None:
    with pytest.raises(WhenError, match="no time zone"):
        from_utc(datetime(2024, 3, 3, 21, 15))
    with pytest.raises(WhenError, match="wording"):
        from_utc(utc(2024, 3, 3), Precision.APPROXIMATE)


def test_local_start_and_end() -> None:
    w = parse("30/06/2024 21:02\u201321:58")
    assert local_start(w) == datetime(2024, 6, 30, 21, 2, tzinfo=LONDON)
    assert local_start(w).utcoffset() == timedelta(hours=1)
    assert local_end(w) == datetime(2024, 6, 30, 21, 58, tzinfo=LONDON)
    assert local_end(parse("30/06/2024")) is None


# --- render / describe ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "03/03/2024 21:15:07",
        "03/03/2024 21:15",
        "30/06/2024 21:15",
        "03/03/2024",
        "03/2024",
        "early March 2024 (approx.)",
        "around 3 March 2024 (approx.)",
        "winter 2024 (approx.)",
        "03/03/2024 21:02\u201321:58",
        "03/03/2024 21:02 \u2013 04/03/2024 01:10",
        "30/06/2024 23:30 \u2013 01/07/2024 00:15",
        "26/10/2025 01:30 BST",
        "26/10/2025 01:30 GMT",
        "26/10/2025 00:50\u201301:10 GMT",
        "26/10/2025 01:30 BST\u201301:10 GMT",
    ],
)
def test_render_of_parse_gives_back_canonical_text(text: str) -> None:
    w = parse(text)
    assert render(w) == text
    assert parse(render(w)) == w


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("3/3/24 9:15pm", "03/03/2024 21:15"),
        ("Sunday 3 March 2024", "03/03/2024"),
        ("Mar 2024", "03/2024"),
        ("31/03/2024 00:30 \u2013 31/03/2024 02:30", "31/03/2024 00:30\u201302:30"),  # across the change
        ("2024-03-03T21:15:00Z", "03/03/2024 21:15:00"),
        ("2024-06-30T21:15:00Z", "30/06/2024 22:15:00"),
        (" early   March 2024 ", "early March 2024 (approx.)"),
    ],
)
def test_render_normalises(text: str, canonical: str) -> None:
    assert render(parse(text)) == canonical


@pytest.mark.parametrize(
    ("text", "long"),
    [
        ("03/03/2024 21:15", "Sunday 3 March 2024, 21:15 GMT"),
        ("03/03/2024 21:15:07", "Sunday 3 March 2024, 21:15:07 GMT"),
        ("30/06/2024 21:15", "Sunday 30 June 2024, 21:15 BST (UTC+1)"),
        ("26/10/2025 01:30 BST", "Sunday 26 October 2025, 01:30 BST (UTC+1)"),
        ("26/10/2025 01:30 GMT", "Sunday 26 October 2025, 01:30 GMT"),
        ("03/03/2024", "Sunday 3 March 2024"),
        ("03/2024", "March 2024"),
        ("early March 2024", "early March 2024: between 1 and 10 March 2024"),
        ("summer 2024", "summer 2024: between 1 June and 31 August 2024"),
        ("winter 2024", "winter 2024: between 1 December 2024 and 28 February 2025"),
        ("03/03/2024 21:02\u201321:58", "Sunday 3 March 2024, 21:02 to 21:58 GMT"),
        (
            "03/03/2024 21:02 \u2013 04/03/2024 01:10",
            "Sunday 3 March 2024, 21:02 GMT to Monday 4 March 2024, 01:10 GMT",
        ),
        ("26/10/2025 00:30\u201302:30", "Sunday 26 October 2025, 00:30 BST (UTC+1) to 02:30 GMT"),
    ],
)
def test_describe(text: str, long: str) -> None:
    assert describe(parse(text)) == long


def test_describe_other_zones_and_edge_cases() -> None:
    w = parse_when("03/03/2024 21:15", "Asia/Kolkata", today=TODAY)
    assert describe(w) == "Sunday 3 March 2024, 21:15 IST (UTC+5:30)"
    assert (
        describe(from_utc(utc(2024, 3, 3, 21, 15), Precision.MINUTE, "UTC"))
        == "Sunday 3 March 2024, 21:15 UTC"
    )
    single = from_local(
        datetime(2024, 3, 3), Precision.APPROXIMATE, end=datetime(2024, 3, 4), approx_text="x"
    )
    assert describe(single) == "x: on 3 March 2024"
    assert describe(from_local(datetime(2024, 3, 3), Precision.APPROXIMATE, approx_text="x")) == "x"


def test_render_other_zones_marks_repeated_times_with_an_offset() -> None:
    w = from_utc(utc(2024, 11, 3, 5, 30), Precision.MINUTE, "America/New_York")
    assert render(w) == "03/11/2024 01:30 -04:00"
    assert parse_when(render(w), "America/New_York", today=TODAY) == w


# --- sort_key ------------------------------------------------------------------------------


def test_sort_key_orders_by_start_then_finer_precision() -> None:
    entries = [
        parse("early March 2024"),
        parse("03/2024"),
        parse("01/03/2024"),
        parse("01/03/2024 00:00"),
        parse("01/03/2024 00:00:00"),
        parse("03/03/2024 21:15"),
        parse("29/02/2024 23:59"),
    ]
    ordered = sorted(reversed(entries), key=sort_key)
    assert [render(w) for w in ordered] == [
        "29/02/2024 23:59",
        "01/03/2024 00:00:00",
        "01/03/2024 00:00",
        "01/03/2024",
        "03/2024",
        "early March 2024 (approx.)",
        "03/03/2024 21:15",
    ]


def test_when_stays_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        parse("03/03/2024").precision = Precision.MONTH  # type: ignore[misc]


# --- properties ----------------------------------------------------------------------------

ZONES = ["Europe/London", "UTC", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"]


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31), timezones=st.just(UTC)),
    st.sampled_from(ZONES),
)
def test_minute_render_reads_back_to_the_same_start(instant: datetime, zone: str) -> None:
    w = from_utc(instant, Precision.MINUTE, zone)
    text = render(w)
    back = parse_when(text, zone, today=date(2061, 1, 1))
    assert back.start == w.start
    assert back.precision is Precision.MINUTE
    wall = local_start(w)
    if wall.replace(fold=1 - wall.fold).utcoffset() != wall.utcoffset():  # the repeated hour
        bare = f"{wall:%d/%m/%Y %H:%M}"
        assert text != bare
        with pytest.raises(AmbiguousTimeError):
            parse_when(bare, zone, today=date(2061, 1, 1))


def _only_when_errors(text: str) -> None:
    try:
        w = parse_when(text, today=TODAY)
    except WhenError:
        return
    assert w.start.tzinfo is UTC
    assert parse_when(render(w), today=TODAY) == w or w.precision is Precision.APPROXIMATE


@given(st.text())
def test_arbitrary_text_only_raises_when_error(text: str) -> None:
    _only_when_errors(text)


@given(
    st.text(
        alphabet="0123456789/.-: apmBSTGMTZUC+,\u2013()approxearlymidlatewinterMarchSundayof", max_size=40
    )
)
def test_date_like_text_only_raises_when_error(text: str) -> None:
    _only_when_errors(text)
