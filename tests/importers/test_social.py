"""Facebook Messenger, Instagram and Telegram exports: mojibake, threads, zips, dialects."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stalkdesk.domain.vocab import Channel
from stalkdesk.importers import registry, social
from stalkdesk.importers.base import ImportFormatError, ParseOptions
from stalkdesk.services.importing import ImportOptions, ImportRefused, preview, run_import
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.imaging.images import png_screenshot
from tests.importers.helpers import fixture, parse
from tests.importers.test_cli_import import _run

FUZZ = settings(max_examples=80, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
T0 = datetime(2024, 3, 3, 21, 15, 7, tzinfo=UTC)
PHOTO = "428519_10158.jpg"


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(("stored", "expected"), [
    ("\u00f0\u009f\u0098\u0080", "\U0001F600"),  # an emoji's UTF-8 bytes written as Latin-1 escapes
    ("Caf\u00c3\u00a9", "Café"),
    ("Café", "Café"),  # already right: "é" alone is not UTF-8, so it is left alone
    ("plain", "plain"),
    ("\u0141\u00f3d\u017a", "\u0141\u00f3d\u017a"),  # beyond Latin-1: can't be mojibake
])
def test_repair_only_where_it_round_trips(stored: str, expected: str) -> None:
    assert social.repair(stored) == expected


def test_facebook_thread_mojibake_media_reactions_shares_calls() -> None:
    records, parsed = parse("social", fixture("facebook_message_1.json"), "message_1.json")
    assert [r.seq for r in records] == [1, 2, 3, 4, 5, 6]
    newest, victim, photo, share, call, oldest = records
    assert newest.body == "You can't block me forever \U0001F600\nReactions: \U0001F622 by Jo Example"
    assert newest.when == datetime(2024, 3, 3, 21, 25, 7, tzinfo=UTC) and newest.locator == "message_1.json message 1"
    assert (newest.sender, newest.channel, newest.direction) == ("Sam Sample", Channel.SOCIAL_MEDIA, "unknown")
    assert victim.body == "Leave me alone. Café closed." and victim.sender == "Jo Example"
    assert photo.attachment == PHOTO and photo.body == ""
    assert share.body == "Sam Sample sent a link.\nShared: https://example.com/where-you-work"
    assert (call.kind, call.direction, call.duration_s) == ("call", "missed", 0)
    assert oldest.body == "Zoë, answer me" and oldest.when == T0 and oldest.locator == "message_1.json message 7"
    assert [(s.locator, s.reason) for s in parsed.skipped] == [
        ("message_1.json message 6", "the message has no readable timestamp")]
    assert any("repaired" in n for n in parsed.notes)
    assert any('thread "Sam Sample"' in n and "Sam Sample, Jo Example" in n for n in parsed.notes)


def test_instagram_thread_with_video() -> None:
    records, _ = parse("social", fixture("instagram_message_1.json"), "message_1.json")
    assert records[1].body == "Saw your story \u2764\ufe0f nice café" and records[1].attachment == "1234567.mp4"
    assert records[1].sender == "sam.sample.99"


def test_newer_facebook_layout_with_sender_name_and_text() -> None:
    doc = {"participants": ["Sam Sample", "Jo Example"], "threadName": "Sam Sample", "messages": [
        {"isUnsent": True, "media": [{"uri": "./media/abc.jpg"}], "reactions": [], "senderName": "Sam Sample",
         "text": "gone", "timestamp": 1709500507000, "type": "media"}]}
    (r,), _ = parse("social", json.dumps(doc).encode(), "thread.json")
    assert (r.sender, r.body, r.attachment, r.flags, r.when) == ("Sam Sample", "gone", "abc.jpg", ("unsent",), T0)


def test_a_thread_folder_zip_reads_every_message_file_in_order_with_media() -> None:
    base = "your_activity_across_facebook/messages/inbox/samsample_1029384756/"
    data = _zip({base + "message_2.json": fixture("facebook_message_2.json"),
                 base + "message_1.json": fixture("facebook_message_1.json"),
                 base + "photos/" + PHOTO: png_screenshot(20, 30),
                 "your_activity_across_facebook/posts/media/profile.jpg": png_screenshot(10, 10)})
    records, parsed = parse("social", data, "facebook-jo.example-2024-03-15.zip")
    assert len(records) == 7 and records[0].locator == base + "message_1.json message 1"
    assert records[-1].locator == base + "message_2.json message 1" and records[-1].body == "Hi again \U0001F44B"
    assert list(parsed.attachments) == [PHOTO]


def test_telegram_single_chat() -> None:
    records, parsed = parse("social", fixture("telegram_chat.json"), "result.json")
    by_id = {r.locator.rsplit(" ", 1)[1]: r for r in records}
    assert set(by_id) == {"102", "103", "104", "105", "106", "107", "108"}
    first = by_id["102"]
    assert (first.when, first.sender, first.body) == (T0, "Sam Sample", "Why are you ignoring me \U0001F621")
    assert first.locator == 'chat "Sam Sample" message 102'
    assert by_id["103"].body == "Look at https://example.com/you now" and by_id["103"].flags == ("edited",)
    assert by_id["104"].attachment == "photo_1@03-03-2024_21-20-00.jpg" and by_id["104"].body == "outside"
    assert (by_id["105"].kind, by_id["105"].direction, by_id["105"].sender) == ("call", "missed", "Sam Sample")
    assert by_id["106"].when == datetime(2024, 3, 3, 21, 30)  # no date_unixtime: local time, no zone
    assert by_id["107"].flags == ("media_not_exported",)
    assert by_id["108"].flags == ("forwarded",) and by_id["108"].body.startswith("(Forwarded from Pat Placeholder)")
    assert [(s.locator, s.reason) for s in parsed.skipped] == [
        ('chat "Sam Sample" message 101', "a Telegram service message (pin_message), not a message")]


def test_telegram_full_export_reads_every_chat() -> None:
    records, parsed = parse("social", fixture("telegram_result.json"), "result.json")
    assert len(records) == 8 and records[-1].locator == 'chat 2 "Book Club" message 1'
    assert records[0].locator == 'chat 1 "Sam Sample" message 102'
    assert any("2 chat(s)" in n for n in parsed.notes)


def test_telegram_dates_with_a_zone_and_without_unixtime() -> None:
    doc = {"name": "Sam", "type": "personal_chat", "messages": [
        {"id": 1, "type": "message", "date": "2024-03-03T22:15:07+01:00", "from": "Sam", "text": "x"}]}
    (r,), _ = parse("social", json.dumps(doc).encode(), "result.json")
    assert r.when == T0


def test_not_a_message_export_is_refused() -> None:
    for data in (b"[1, 2]", b'{"people": []}', fixture("whatsapp_android.txt")):
        with pytest.raises(ImportFormatError, match="not"):
            parse("social", data, "x.json")
    with pytest.raises(ImportFormatError, match=r"no message_1\.json"):
        parse("social", _zip({"a.txt": b"x"}), "x.zip")
    with pytest.raises(ImportFormatError, match="can't be read"):
        parse("social", b'{"messages": [', "x.json")


def _only_format_errors(data: bytes, name: str = "message_1.json") -> None:
    try:
        registry.sniff("social", data[:65536], name)
        parsed = social.open_export(io.BytesIO(data), name, ParseOptions())
        for _ in parsed.records():
            pass
        for attachment in parsed.attachments.values():
            attachment.read()
        parsed.close()
    except ImportFormatError as exc:
        assert str(exc).startswith(f'"{name}') and exc.reason


@FUZZ
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_raise_only_the_importers_error(data: bytes) -> None:
    _only_format_errors(data)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12)
    | st.sampled_from(["message", "service", "phone_call", "1709500507", "2024-03-03T21:15:07", "\u00f0\u009f"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from([
        "messages", "participants", "chats", "list", "sender_name", "timestamp_ms", "content", "photos", "uri",
        "reactions", "share", "type", "date", "date_unixtime", "from", "text", "photo", "file", "action",
        "call_duration", "id", "name", "reaction", "actor", "link", "left_chats", "media", "timestamp"]),
        inner, max_size=6), max_leaves=30)


@FUZZ
@given(doc=st.dictionaries(st.sampled_from(["messages", "participants", "chats", "name"]), _JSON, max_size=4))
def test_json_shaped_like_an_export_raises_only_the_importers_error(doc: dict[str, object]) -> None:
    _only_format_errors(json.dumps(doc).encode())


@FUZZ
@given(cut=st.integers(0, 3000), junk=st.binary(max_size=30),
       seed=st.sampled_from(["facebook_message_1.json", "telegram_result.json", "instagram_message_1.json"]))
def test_real_exports_cut_and_damaged(cut: int, junk: bytes, seed: str) -> None:
    data = fixture(seed)
    _only_format_errors(data[:cut] + junk + data[cut + len(junk):])


def test_deeply_nested_json_is_refused_with_a_message() -> None:
    for data in (b'{"participants": ' + b"[" * 5000 + b"]" * 5000 + b"}",
                 b'{"participants": 1, "messages": [' + b'{"a":' * 900 + b"1" + b"}" * 900 + b"]}"):
        with pytest.raises(ImportFormatError, match="JSON"):
            list(social.open_export(io.BytesIO(data), "message_1.json", ParseOptions()).records())


# Through the import service and the command line.

@pytest.fixture
def case_id(ws: Workspace) -> int:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.suspect())  # "Sam Sample": matched by name
    ws.people.add(case.id, factories.victim())
    return case.id


def test_a_thread_folder_imports_with_its_photo_linked(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    thread = tmp_path / "samsample_1029384756"
    (thread / "photos").mkdir(parents=True)
    (thread / "message_1.json").write_bytes(fixture("facebook_message_1.json"))
    (thread / "message_2.json").write_bytes(fixture("facebook_message_2.json"))
    (thread / "photos" / PHOTO).write_bytes(png_screenshot(20, 30))
    summary = run_import(ws, case_id, "social", thread)
    assert summary.records == 7 and summary.media_added == ["AF/1/1"]
    entries = ws.entries.list(case_id)
    assert [e.summary for e in entries] == [
        "1 message from the suspect at 21:15",
        "5 messages from the suspect (1 missed or rejected) between 21:15 and 21:25"]
    group = entries[1]
    assert group.channel is Channel.SOCIAL_MEDIA and "\U0001F600" in group.account
    assert ("AF/1/1", "message 3") in [(x.reference, x.locator) for x in group.exhibits]
    assert summary.zone_note == ""  # Facebook gives instants


def test_a_telegram_export_folder_links_its_photos(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    export = tmp_path / "ChatExport_2024-03-15"
    (export / "photos").mkdir(parents=True)
    (export / "result.json").write_bytes(fixture("telegram_chat.json"))
    (export / "photos" / "photo_1@03-03-2024_21-20-00.jpg").write_bytes(png_screenshot(20, 30))
    summary = run_import(ws, case_id, "social", export)
    assert summary.media_added == ["AF/1/1"] and summary.records == 7
    (entry,) = ws.entries.list(case_id)
    assert ("AF/1/1", "message 3") in [(x.reference, x.locator) for x in entry.exhibits]


def test_telegram_dry_run_and_import_once_only(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_bytes(fixture("telegram_chat.json"))
    head = ws.audit.head()
    dry = preview(ws, case_id, "social", path)
    assert ws.audit.head() == head and ws.exhibits.list(case_id) == []
    assert dry.records == 7 and dry.suggested == ("name:sam sample",) and dry.entries == 1
    assert dry.zone_note == "Times as exported, read as UK local time."  # message 106 has no unixtime
    run_import(ws, case_id, "social", path)
    with pytest.raises(ImportRefused, match="already in this case"):
        run_import(ws, case_id, "social", path)
    assert run_import(ws, case_id, "social", path, ImportOptions(force=True)).source_reference == "AF/1"


def test_cli_end_to_end(ws: Workspace, tmp_path: Path) -> None:
    case = ws.cases.create(factories.case())
    path = tmp_path / "facebook.zip"
    path.write_bytes(_zip({"messages/inbox/sam_1/message_1.json": fixture("facebook_message_1.json")}))
    code, out, _ = _run(ws, "social", str(path), "--case", case.urn, "--suspect", "Sam Sample", "--dry-run")
    assert code == 0 and "Dry run: nothing was stored." in out and ws.exhibits.list(case.id or 0) == []
    assert "Would make 1 chronology entry from 5 of the suspect's contacts." in out
    code, out, _ = _run(ws, "social", str(path), "--case", case.urn, "--suspect", "Sam Sample")
    assert "Imported as exhibit AF/1: 6 records stored, 1 chronology entry (item 1)" in out
    assert "message 6: the message has no readable timestamp" in out
