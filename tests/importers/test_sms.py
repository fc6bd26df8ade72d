from __future__ import annotations

from datetime import UTC, datetime

import pytest

from stalkdesk.domain.vocab import Channel
from stalkdesk.importers.base import ImportFormatError
from tests.importers.helpers import fixture, parse


def test_texts_and_picture_messages() -> None:
    records, parsed = parse("sms", fixture("sms_backup.xml"), name="sms-20240315101244.xml")
    assert [r.locator for r in records] == ["sms 1", "sms 2", "sms 3", "sms 4", "mms 5", "sms 6"]
    first = records[0]
    assert first.when == datetime(2024, 3, 3, 21, 2, tzinfo=UTC)  # milliseconds since 1970, UTC
    assert (first.direction, first.sender, first.display_name) == ("incoming", "07700 900456", "Sam Sample")
    assert first.channel is Channel.SMS and first.body == "Why aren't you answering"
    assert records[1].body == "I'm outside \U0001F600 \u2605"  # emoji written as surrogate references
    assert records[2].direction == "outgoing"
    assert records[3].body == "Line one\nLine two"
    mms = records[4]
    assert (mms.direction, mms.sender, mms.body) == ("incoming", "+447700900456", "Look who is outside \U0001F600")
    assert mms.attachment == "mms5-2-IMG_0001.png"
    assert parsed.attachments[mms.attachment].read().startswith(b"\x89PNG")
    assert parsed.skipped[0].locator == "sms 7" and "no readable date" in parsed.skipped[0].reason
    assert parsed.notes == []  # the count attribute is right


def test_truncated_file_imports_what_is_intact_and_reports_the_rest() -> None:
    records, parsed = parse("sms", fixture("sms_truncated.xml"), name="sms-cut.xml")
    assert len(records) == 3
    assert parsed.skipped[0].locator.startswith("line 7")
    assert "cut short" in parsed.skipped[0].reason
    assert parsed.notes == ["The file says it holds 120 records; 3 were found."]


def test_call_log() -> None:
    records, _ = parse("sms", fixture("calls_backup.xml"), name="calls-20240315.xml")
    assert [r.direction for r in records] == ["missed", "missed", "rejected", "incoming", "outgoing", "missed",
                                              "incoming"]
    assert all(r.kind == "call" and r.channel is Channel.CALL for r in records)
    assert records[3].duration_s == 42
    assert records[5].sender == "withheld" and records[5].flags == ("withheld",)
    assert records[6].flags == ("voicemail",)
    assert records[4].display_name == ""  # "(Unknown)" is no name


@pytest.mark.parametrize(("data", "reason"), [
    (b"<html><body>hello</body></html>", "no <smses> or <calls>"),
    (b"Date,Number\n", "not XML"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><smses/>', "document type"),
    ("<smses/>".encode("utf-16"), "not in UTF-8"),
])
def test_other_files_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ImportFormatError, match=reason):
        parse("sms", data, name="x.xml")


def test_wrong_root_is_refused() -> None:
    with pytest.raises(ImportFormatError, match="not <smses>"):
        parse("sms", b"<messages><smses/></messages>", name="x.xml")
