"""The import service: provenance, grouping, all-or-nothing, refusals, dry runs."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from stalkdesk.domain.vocab import Behaviour, Channel, EvidentialStatus, ExhibitKind, Role, Source
from stalkdesk.domain.when import Precision
from stalkdesk.errors import InvalidInput
from stalkdesk.services import importing
from stalkdesk.services.importing import ImportOptions, ImportRefused, MappingNeeded, preview, run_import
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.imaging.images import png_screenshot
from tests.importers.helpers import fixture, whatsapp_zip


class Stop(Exception):
    pass


@pytest.fixture
def case_id(ws: Workspace) -> int:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.suspect(phones=("+447700900456",)))
    ws.people.add(case.id, factories.victim())
    return case.id


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_whatsapp_import_groups_the_suspects_messages_with_provenance(ws: Workspace, case_id: int,
                                                                       tmp_path: Path) -> None:
    path = _file(tmp_path, "WhatsApp Chat with Sam Sample.txt", fixture("whatsapp_android.txt"))
    summary = run_import(ws, case_id, "whatsapp", path)
    source = ws.exhibits.find_by_sha256(case_id, hashlib.sha256(path.read_bytes()).hexdigest())
    assert source is not None
    assert source.reference == summary.source_reference == "AF/1" and source.kind is ExhibitKind.MESSAGE_EXPORT
    assert ws.exhibits.read_original(source.id or 0) == path.read_bytes()  # byte-exact
    assert summary.records == 11 and ws.records.count(case_id) == 11
    assert summary.suspects == ("+447700900456", "name:sam sample")  # from the case's suspect
    entries = ws.entries.list(case_id)
    assert [e.summary for e in entries] == [
        "5 WhatsApp messages from the suspect between 21:01 and 21:06",
        "1 WhatsApp message from the suspect at 23:40"]
    first = entries[0]
    assert first.behaviours == (Behaviour.CONTACTING,) and first.channel is Channel.WHATSAPP
    assert first.source is Source.PHONE_DOWNLOAD and first.evidential_status is EvidentialStatus.EXHIBITED
    assert first.provenance is not None and first.provenance.locator == "messages 2-7"
    assert [(x.reference, x.locator) for x in first.exhibits] == [("AF/1", "messages 2-7")]
    assert first.when.precision is Precision.MINUTE
    assert first.when.start == datetime(2024, 3, 3, 21, 1, tzinfo=UTC)
    assert first.when.end == datetime(2024, 3, 3, 21, 6, tzinfo=UTC)
    assert "Times as exported, read as UK local time." in first.account
    assert "out of order" in first.account
    grouped = ws.records.for_entry(first.id or 0)
    assert [r.seq for r in grouped] == [2, 3, 5, 6, 7]  # the deleted message (seq 7) came out of order
    stored = {r.seq: r for r in ws.records.for_source(source.id or 0)}
    assert stored[4].entry_id is None and stored[4].direction == "outgoing"  # the victim's own message
    assert stored[2].direction == "incoming" and stored[2].zone_assumed
    assert stored[7].flags == ("deleted", "out_of_order")
    assert stored[10].identity == "+447700900789" and stored[10].entry_id is None  # a new number, not yet linked


def test_named_suspect_identities_replace_the_cases(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    path = _file(tmp_path, "chat.txt", fixture("whatsapp_android.txt"))
    summary = run_import(ws, case_id, "whatsapp", path,
                         ImportOptions(suspects=("07700 900789", "Sam Sample"), group_window=timedelta(minutes=5)))
    assert summary.suspects == ("+447700900789", "name:sam sample")
    assert [e.summary for e in ws.entries.list(case_id)] == [
        "5 WhatsApp messages from the suspect between 21:01 and 21:06",
        "1 WhatsApp message from the suspect at 23:40", "1 WhatsApp message from the suspect at 08:16"]


def test_zip_media_become_sub_exhibits_linked_to_their_entry(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    photo = png_screenshot(40, 60)
    data = whatsapp_zip(fixture("whatsapp_ios.txt"), {"00000012-PHOTO-2024-03-03-21-03-40.jpg": photo,
                                                       "broken.jpg": b"\xff\xd8\xff\xe0 not really"})
    summary = run_import(ws, case_id, "whatsapp", _file(tmp_path, "WhatsApp Chat - Sam Sample.zip", data),
                         ImportOptions(dayfirst=True))
    assert summary.media_added == ["AF/1/1"]
    assert [s.locator for s in summary.skipped] == ["broken.jpg"]  # refused, reported, not fatal
    media = next(x for x in ws.exhibits.list(case_id) if x.reference == "AF/1/1")
    assert ws.exhibits.read_original(media.id or 0) == photo
    entry = ws.entries.list(case_id)[0]
    assert ("AF/1/1", "message 3") in [(x.reference, x.locator) for x in entry.exhibits]


@pytest.mark.parametrize("batch", [1, 50_000])
def test_a_message_out_of_order_is_linked_to_the_group_of_its_time(ws: Workspace, case_id: int, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   batch: int) -> None:
    # Records are stored as they are read, with the entry their group is expected to get; a
    # message exported after a later one belongs with the earlier group, and is moved there.
    # Stored one by one, the first group's entry is stored as soon as the third message
    # closes it (grouping.EntriesAsRead), and taken back when the late one comes.
    monkeypatch.setattr(importing, "BATCH", batch)
    head = len(ws.audit.events(case_id))
    chat = ("03/03/2024, 21:00 - Sam Sample: Fictional one\n"
            "03/03/2024, 21:10 - Sam Sample: Fictional two\n"
            "03/03/2024, 23:30 - Sam Sample: Fictional three\n"
            "03/03/2024, 21:20 - Sam Sample: Fictional late\n"
            "03/03/2024, 23:40 - Sam Sample: Fictional four\n")
    summary = run_import(ws, case_id, "whatsapp", _file(tmp_path, "chat.txt", chat.encode()))
    first, second = sorted(ws.entries.list(case_id), key=lambda e: e.item_number or 0)
    assert (first.item_number, second.item_number) == summary.items == (1, 2) and second.id == (first.id or 0) + 1
    assert first.summary == "3 WhatsApp messages from the suspect between 21:00 and 21:20"
    assert [r.body for r in ws.records.for_entry(first.id or 0)] == ["Fictional one", "Fictional two",
                                                                      "Fictional late"]
    assert [r.body for r in ws.records.for_entry(second.id or 0)] == ["Fictional three", "Fictional four"]
    assert [x.locator for x in first.exhibits] == ["messages 1-4"]
    events = [e.summary for e in ws.audit.events(case_id)[head:] if e.object_type == "entry"]
    assert len(events) == 1 and events[0].endswith(": 5 records, 2 chronology entries")
    assert ws.entries.add(case_id, factories.entry()).item_number == 3


def test_sms_backup_and_calls(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    summary = run_import(ws, case_id, "sms", _file(tmp_path, "sms-20240315.xml", fixture("sms_backup.xml")))
    assert summary.records == 6 and summary.media_added == ["AF/1/1"]
    assert [s.locator for s in summary.skipped] == ["sms 7"]
    assert summary.zone_note == ""  # the backup gives UTC instants
    calls = run_import(ws, case_id, "sms", _file(tmp_path, "calls-20240315.xml", fixture("calls_backup.xml")))
    assert calls.source_reference == "AF/2"
    summaries = [e.summary for e in ws.entries.list(case_id)]
    assert summaries == ["4 calls from the suspect (3 missed or rejected) between 21:00 and 21:10",
                         "3 text messages from the suspect between 21:02 and 21:10",
                         "1 text message from the suspect at 23:59", "1 call from the suspect at 07:00"]


def test_call_records_mapping_is_remembered_per_layout(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    path = _file(tmp_path, "odd.csv", fixture("calls_unknown.csv"))
    with pytest.raises(MappingNeeded) as info:
        run_import(ws, case_id, "calls", path)
    assert info.value.columns == ("When", "Who", "How long", "Which way")
    mapping = {"datetime": "When", "number": "Who", "duration": "How long", "direction": "Which way"}
    run_import(ws, case_id, "calls", path, ImportOptions(columns=mapping))
    again = _file(tmp_path, "odd-2.csv", fixture("calls_unknown.csv") + b"2024-03-04T08:00:00,07700 900456,3,in\r\n")
    summary = run_import(ws, case_id, "calls", again)
    assert summary.records == 4 and any("last time" in n for n in summary.notes)


def test_diary_rows_become_entries(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    ws.people.add(case_id, factories.victim(name="Alex Witness", role=Role.WITNESS))
    summary = run_import(ws, case_id, "csv", _file(tmp_path, "diary.csv", fixture("diary_cp1252.csv")))
    assert summary.entries == 4 and [s.locator for s in summary.skipped] == ["row 5"]
    entries = ws.entries.list(case_id)
    flowers = next(e for e in entries if e.summary.startswith("Sam sent flowers"))
    assert flowers.source is Source.VICTIM_ACCOUNT and flowers.location == "Fictional Florists, High Street"
    assert len(flowers.witnesses) == 1 and "Witnesses (as written): Alex Witness" in flowers.account
    assert [(x.reference, x.locator) for x in flowers.exhibits] == [("AF/1", "row 2")]
    assert ws.exhibits.list(case_id)[0].kind is ExhibitKind.DOCUMENT


def test_same_file_twice_is_refused_unless_forced(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    path = _file(tmp_path, "chat.txt", fixture("whatsapp_android.txt"))
    run_import(ws, case_id, "whatsapp", path)
    head = ws.audit.head()
    with pytest.raises(ImportRefused, match="already in this case as exhibit AF/1"):
        run_import(ws, case_id, "whatsapp", path)
    assert ws.audit.head() == head and ws.records.count(case_id) == 11
    assert preview(ws, case_id, "whatsapp", path).already == "AF/1"
    forced = run_import(ws, case_id, "whatsapp", path, ImportOptions(force=True))
    assert forced.source_reference == "AF/1" and len(ws.exhibits.list(case_id)) == 1
    assert ws.records.count(case_id) == 22
    # Each import's records sit under its own entries (the file has a message out of order,
    # whose entry is mended after the records are stored, and the same seqs twice now).
    entries = sorted(ws.entries.list(case_id), key=lambda e: e.item_number or 0)
    assert len(entries) == 4
    for entry in entries:
        records = ws.records.for_entry(entry.id or 0)
        assert len(records) == int(entry.summary.split()[0])
    assert {r.seq for r in ws.records.for_entry(entries[0].id or 0)} == {2, 3, 5, 6, 7}
    assert {r.seq for r in ws.records.for_entry(entries[2].id or 0)} == {2, 3, 5, 6, 7}


@pytest.mark.parametrize(("fmt", "name"), [("whatsapp", "diary_cp1252.csv"), ("sms", "whatsapp_android.txt"),
                                           ("calls", "sms_backup.xml"), ("csv", "sms_truncated.xml")])
def test_wrong_format_is_refused_before_anything_is_stored(ws: Workspace, case_id: int, tmp_path: Path, fmt: str,
                                                           name: str) -> None:
    head = ws.audit.head()
    with pytest.raises(ImportRefused, match="nothing was stored"):
        run_import(ws, case_id, fmt, _file(tmp_path, name, fixture(name)))
    assert ws.audit.head() == head and ws.exhibits.list(case_id) == []


def test_an_import_that_fails_half_way_leaves_nothing(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    head = ws.audit.head()
    path = _file(tmp_path, "chat.txt", fixture("whatsapp_android.txt"))

    def progress(done: int, total: int) -> None:
        if done > total // 2:  # in the storing half: the exhibit and entries are written by now
            raise Stop

    with pytest.raises(Stop):
        run_import(ws, case_id, "whatsapp", path, progress=progress)
    assert ws.audit.head() == head
    assert ws.exhibits.list(case_id) == [] and ws.entries.list(case_id) == [] and ws.records.count(case_id) == 0
    run_import(ws, case_id, "whatsapp", path)  # and it can be imported afterwards
    assert ws.records.count(case_id) == 11


def test_dry_run_previews_and_writes_nothing(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    head = ws.audit.head()
    path = _file(tmp_path, "clock.txt", fixture("whatsapp_clock_change.txt"))
    result = preview(ws, case_id, "whatsapp", path)
    assert ws.audit.head() == head and ws.exhibits.list(case_id) == []
    assert result.records == 4 and result.ambiguous == 1 and result.entries == 3
    assert result.skipped[0].locator == "line 2" and "never happened" in result.skipped[0].reason
    sam = result.participants[0]
    assert (sam.identity, sam.count, sam.names) == ("name:sam sample", 4, {"Sam Sample"})
    assert result.suggested == ("name:sam sample",)


def test_bad_suspect_identity_is_refused(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    path = _file(tmp_path, "chat.txt", fixture("whatsapp_android.txt"))
    with pytest.raises(InvalidInput, match="wrong number of digits"):
        preview(ws, case_id, "whatsapp", path, ImportOptions(suspects=("07700",)))
    with pytest.raises(ImportRefused, match="no such file"):
        preview(ws, case_id, "whatsapp", tmp_path / "missing.txt")
    with pytest.raises(ImportRefused, match="formats it knows"):
        preview(ws, case_id, "fax", path)
