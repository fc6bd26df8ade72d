from __future__ import annotations

from datetime import datetime

import pytest

from stalkdesk.importers.base import ImportFormatError
from tests.importers.helpers import fixture, parse, whatsapp_zip


def test_android_layout_24_hour_day_first() -> None:
    records, parsed = parse("whatsapp", fixture("whatsapp_android.txt"))
    assert [r.seq for r in records] == list(range(1, 12))
    assert parsed.dayfirst is True and "14/03/2024" in parsed.notes[0]
    first, multi = records[0], records[2]
    assert first.kind == "system" and first.body.startswith("Messages and calls are end-to-end encrypted")
    assert multi.when == datetime(2024, 3, 3, 21, 3) and multi.locator == "line 3"
    assert multi.body == "I know you're home.\nI can see the lights on.\nAnswer the door"
    assert records[3].sender == "Jo Example" and records[3].locator == "line 6"


def test_android_media_deleted_and_system_lines() -> None:
    records, _ = parse("whatsapp", fixture("whatsapp_android.txt"))
    by_seq = {r.seq: r for r in records}
    assert by_seq[5].flags == ("media_omitted",)
    assert by_seq[6].attachment == "IMG-20240303-WA0001.jpg" and by_seq[6].body == "your car"
    assert by_seq[7].flags == ("deleted",)
    assert by_seq[9].kind == "system" and "changed to +44 7700 900789" in by_seq[9].body
    assert by_seq[10].sender == "+44 7700 900789"
    assert by_seq[11].kind == "system" and by_seq[11].sender == ""


def test_out_of_order_times_are_kept_as_exported() -> None:
    records, _ = parse("whatsapp", fixture("whatsapp_android.txt"))
    assert [r.when.minute for r in records[4:7]] == [5, 6, 1]  # flagged later, by the import


def test_ios_layout_12_hour_month_first_with_invisible_marks() -> None:
    records, parsed = parse("whatsapp", fixture("whatsapp_ios.txt"))
    assert parsed.dayfirst is False  # 3/14/24 can only be month-first
    assert records[0].kind == "system" and records[0].body.startswith("Messages and calls")
    assert records[1].when == datetime(2024, 3, 3, 21, 2, 15) and records[1].body == "Why aren\u2019t you answering"
    assert records[2].attachment == "00000012-PHOTO-2024-03-03-21-03-40.jpg"
    assert records[3].body == "Stop \U0001F622"
    assert (records[4].kind, records[4].direction) == ("call", "missed")
    assert records[5].flags == ("media_omitted",)
    assert records[6].when == datetime(2024, 3, 14, 0, 30) and records[6].body == "Still awake?\nI know you are"
    assert records[7].body == "Answer me" and records[7].flags == ("edited",)
    assert not any(c in r.body + r.sender for r in records for c in "\u200e\u200f\u202f\ufeff\u00a0")


def test_locale_variant_dotted_dates() -> None:
    records, parsed = parse("whatsapp", fixture("whatsapp_german.txt"))
    assert records[0].kind == "system"
    assert records[2].when == datetime(2024, 3, 25, 7, 45) and parsed.dayfirst is True


@pytest.mark.parametrize(("option", "expected"), [(None, datetime(2024, 2, 1, 9)), (True, datetime(2024, 2, 1, 9)),
                                                   (False, datetime(2024, 1, 2, 9))])
def test_undecided_date_order_follows_the_option_then_uk(option: bool | None, expected: datetime) -> None:
    records, parsed = parse("whatsapp", fixture("whatsapp_undated_order.txt"), dayfirst=option)
    assert records[0].when == expected
    assert ("as asked" in parsed.notes[0]) == (option is not None)


def test_the_file_decides_over_the_option() -> None:
    records, parsed = parse("whatsapp", fixture("whatsapp_android.txt"), dayfirst=False)
    assert parsed.dayfirst is True and records[1].when == datetime(2024, 3, 3, 21, 2)


def test_encodings_and_bom() -> None:
    text = fixture("whatsapp_android.txt").decode()
    for data in (b"\xef\xbb\xbf" + text.encode(), text.encode("utf-16"), text.encode("utf-16-le")):
        records, _ = parse("whatsapp", data)
        assert len(records) == 11 and records[1].body == "Why aren't you answering me"


def test_not_a_whatsapp_export_is_refused_by_sniffing() -> None:
    with pytest.raises(ImportFormatError, match="not a WhatsApp chat export"):
        parse("whatsapp", fixture("not_whatsapp.txt"), name="letter.txt")


def test_zip_with_media() -> None:
    data = whatsapp_zip(fixture("whatsapp_ios.txt"), {"00000012-PHOTO-2024-03-03-21-03-40.jpg": b"\xff\xd8fake"})
    records, parsed = parse("whatsapp", data, name="WhatsApp Chat - Sam Sample.zip")
    assert len(records) == 8
    assert list(parsed.attachments) == ["00000012-PHOTO-2024-03-03-21-03-40.jpg"]
    assert parsed.attachments["00000012-PHOTO-2024-03-03-21-03-40.jpg"].read() == b"\xff\xd8fake"
    parsed.close()


def test_zip_without_a_chat_is_refused() -> None:
    with pytest.raises(ImportFormatError, match="no WhatsApp chat"):
        parse("whatsapp", whatsapp_zip(b"just some notes", {}, chat_name="notes.txt"), name="x.zip")
