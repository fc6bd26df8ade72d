"""Saved and forwarded emails: headers, bodies, charsets, forwards, mboxes, zips and folders."""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stalkdesk.domain.vocab import Channel
from stalkdesk.importers import eml, registry
from stalkdesk.importers.base import ImportFormatError, ParseOptions
from stalkdesk.services.importing import ImportOptions, ImportRefused, preview, run_import
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.importers.helpers import fixture, parse
from tests.importers.test_cli_import import _run

FUZZ = settings(max_examples=80, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SUSPECT = "sam.sample@example.com"


def _mail(headers: str, body: str = "Hello.", ctype: str = "text/plain; charset=utf-8", cte: str = "") -> bytes:
    extra = f"Content-Transfer-Encoding: {cte}\r\n" if cte else ""
    return (f"{headers.strip()}\r\nMIME-Version: 1.0\r\nContent-Type: {ctype}\r\n{extra}\r\n{body}").encode()


def test_headers_make_the_record_and_the_body_is_decoded() -> None:
    records, parsed = parse("eml", fixture("email_plain.eml"), "car.eml")
    (r,) = records
    assert (r.kind, r.channel, r.locator, r.seq) == ("message", Channel.EMAIL, "car.eml message 1", 1)
    assert r.when == datetime(2024, 3, 3, 21, 15, 7, tzinfo=UTC)  # the Date header's zone kept
    assert (r.sender, r.display_name, r.direction) == ("Sam.Sample@example.com", "Sam Sample", "unknown")
    assert r.body.startswith("Subject: Why won't you answer? \U0001F622\n")  # RFC 2047, base64, emoji
    assert "outside the café" in r.body and "You owe me £200" in r.body  # quoted-printable UTF-8
    assert "<div" not in r.body  # text/plain preferred over the HTML alternative
    assert "Cc: alex@example.org" in r.body and "Message-ID: <CAF1xyz.0001@mail.example.com>" in r.body
    assert r.attachment == "email1-car.png" and list(parsed.attachments) == ["email1-car.png"]
    assert parsed.attachments["email1-car.png"].read().startswith(b"\x89PNG")


def test_html_only_with_a_wrong_charset_and_an_unknown_encoded_word() -> None:
    (r,), _ = parse("eml", fixture("email_html_broken_charset.eml"), "html.eml")
    assert r.body.startswith("Subject: Good morning\n")  # charset "x-fictional-charset" falls back
    assert "Good morning & don't ignore me." in r.body
    assert "I know where you’ll be – 8am." in r.body  # declared Latin-1, written in UTF-8
    assert "alert(1)" not in r.body and "color: red" not in r.body and "<p>" not in r.body


@pytest.mark.parametrize(("charset", "payload", "expected"), [
    ("x-nonsense", "Caf\u00e9 \U0001F600".encode(), "Café 😀"),
    ("us-ascii", "Caf\u00e9".encode(), "Café"),
    ("windows-1252", b"I\x92m here", "I’m here"),
    ("utf-8", b"broken \xff byte", "broken ÿ byte"),
])
def test_base64_bodies_in_declared_and_broken_charsets(charset: str, payload: bytes, expected: str) -> None:
    data = _mail(f"From: {SUSPECT}\r\nDate: Sun, 03 Mar 2024 21:15:07 +0000\r\nSubject: x",
                 base64.b64encode(payload).decode(), f"text/plain; charset={charset}", "base64")
    (r,), _ = parse("eml", data, "b64.eml")
    assert expected in r.body


def test_raw_8bit_headers_mixed_with_encoded_words() -> None:
    data = ("From: Sam Sample <sam.sample@example.com>\r\nDate: Sun, 03 Mar 2024 21:15:07 +0000\r\n"
            "Subject: Café \u2615 =?iso-8859-1?q?caf=E9?= again\r\n\r\nbody").encode()
    (r,), _ = parse("eml", data, "raw.eml")
    assert r.body.startswith("Subject: Café \u2615 café again\n")
    latin = "From: sam.sample@example.com\r\nDate: Sun, 03 Mar 2024 21:15:07 +0000\r\nSubject: Caf\xe9\r\n\r\nx"
    (r,), _ = parse("eml", latin.encode("cp1252"), "latin.eml")
    assert r.body.startswith("Subject: Café\n")


def test_gmail_forward_takes_the_original_sender_and_date_and_keeps_provenance() -> None:
    (r,), _ = parse("eml", fixture("email_forwarded_gmail.eml"), "fwd.eml")
    assert (r.sender, r.display_name) == ("sam.sample@example.com", "Sam Sample")
    assert r.when == datetime(2024, 3, 3, 23, 41)  # no zone in the block: read later as UK local time
    assert r.flags == ("forwarded",)
    assert r.body.startswith("Subject: You can't hide\nI know you moved.")
    assert ('Forwarded by jo@example.invalid on Tue, 5 Mar 2024 09:30:12 +0000 as "Fwd: You can\'t hide", '
            "with the note: This is the one I told you about." in r.body)
    assert "Message-ID: <CAJo.fwd.1@mail.example.invalid>" in r.body


def test_outlook_original_message_block_with_mailto_and_windows_1252() -> None:
    (r,), _ = parse("eml", fixture("email_forwarded_outlook.eml"), "fw.eml")
    assert (r.sender, r.when, r.flags) == ("sam.sample@example.com", datetime(2024, 3, 3, 21, 45), ("forwarded",))
    assert "Pick up the phone. I’m not going away." in r.body and "> Pick" not in r.body
    assert "Forwarded by jo@example.invalid" in r.body


def test_a_reply_above_an_original_message_stays_the_repliers() -> None:
    body = ("Leave me alone.\r\n\r\n-----Original Message-----\r\nFrom: Sam Sample [mailto:sam.sample@example.com]"
            "\r\nSent: 03 March 2024 21:45\r\nSubject: hello again\r\n\r\nPick up the phone.\r\n")
    data = _mail("From: jo@example.invalid\r\nDate: Wed, 6 Mar 2024 10:00:00 +0000\r\nSubject: RE: hello again", body)
    (r,), _ = parse("eml", data, "reply.eml")
    assert (r.sender, r.flags) == ("jo@example.invalid", ()) and r.when == datetime(2024, 3, 6, 10, tzinfo=UTC)


def test_forward_with_an_unreadable_date_keeps_the_forward_time_and_says_so() -> None:
    body = ("see below\r\n\r\nBegin forwarded message:\r\n\r\nFrom: Sam Sample <sam.sample@example.com>\r\n"
            "Subject: hi\r\nDate: sometime last week\r\nTo: Jo\r\n\r\nhello\r\n")
    data = _mail("From: jo@example.invalid\r\nDate: Tue, 5 Mar 2024 09:30:12 +0000\r\nSubject: Fwd: hi", body)
    (r,), _ = parse("eml", data, "apple.eml")
    assert r.sender == "sam.sample@example.com" and r.when == datetime(2024, 3, 5, 9, 30, 12, tzinfo=UTC)
    assert r.flags == ("forwarded", "forwarded_date_unreadable") and '"sometime last week"' in r.body


def test_an_email_attached_whole_is_a_record_of_its_own() -> None:
    inner = _mail(f"From: Sam Sample <{SUSPECT}>\r\nDate: Sat, 02 Mar 2024 22:00:00 +0000\r\nSubject: inner",
                  "the original").decode()
    body = ("--b1\r\nContent-Type: text/plain\r\n\r\nAttached the one he sent.\r\n--b1\r\n"
            "Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" + inner + "\r\n--b1--\r\n")
    data = _mail("From: jo@example.invalid\r\nDate: Tue, 5 Mar 2024 09:30:12 +0000\r\nSubject: Fwd: inner", body,
                 'multipart/mixed; boundary="b1"')
    records, _ = parse("eml", data, "outer.eml")
    assert [(r.sender, r.locator, r.flags) for r in records] == [
        ("jo@example.invalid", "outer.eml message 1", ()),
        (SUSPECT, "outer.eml message 1, attached email 1", ("attached_email",))]
    assert records[1].when == datetime(2024, 3, 2, 22, tzinfo=UTC) and "the original" in records[1].body


def test_mbox_messages_unquoted_and_an_undated_one_skipped() -> None:
    records, parsed = parse("eml", fixture("email_mailbox.mbox"), "inbox.mbox")
    assert [(r.seq, r.locator, r.sender) for r in records] == [
        (1, "inbox.mbox message 1", SUSPECT), (2, "inbox.mbox message 2", "jo@example.invalid")]
    assert "\nFrom the start I was right." in records[0].body  # ">From " written by the mbox, undone
    assert [(s.locator, s.reason) for s in parsed.skipped] == [("inbox.mbox message 3", "the email has no Date header")]


def test_received_line_dates_an_email_without_a_date_header() -> None:
    data = _mail(f"Received: from a.example.com by b.example.invalid; Mon, 4 Mar 2024 08:00:00 +0100\r\n"
                 f"From: {SUSPECT}\r\nSubject: undated")
    (r,), _ = parse("eml", data, "r.eml")
    assert r.when == datetime(2024, 3, 4, 7, tzinfo=UTC)


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_a_zip_of_emails_names_each_file_in_its_locator() -> None:
    data = _zip({"mail/b.eml": fixture("email_forwarded_gmail.eml"), "mail/a.eml": fixture("email_plain.eml"),
                 "mail/notes.txt": b"not an email"})
    records, parsed = parse("eml", data, "emails.zip")
    assert [r.locator for r in records] == ["a.eml message 1", "b.eml message 1"]
    assert [s.locator for s in parsed.skipped] == ["mail/notes.txt"]
    assert list(parsed.attachments) == ["email1-car.png"]


def test_not_an_email_is_refused_by_sniffing() -> None:
    for data in (fixture("whatsapp_android.txt"), b"Dear Jo,\r\nFrom: me\r\n", b"{}"):
        with pytest.raises(ImportFormatError, match="not a saved email"):
            registry.sniff("eml", data, "letter.eml")
    with pytest.raises(ImportFormatError, match="no emails"):
        parse("eml", _zip({"a.txt": b"x"}), "nothing.zip")


def _only_format_errors(data: bytes, name: str = "mail.eml") -> None:
    try:
        registry.sniff("eml", data[:65536], name)
        parsed = eml.open_mail(io.BytesIO(data), name, ParseOptions())
        for _ in parsed.records():
            pass
        for attachment in parsed.attachments.values():
            attachment.read()
        parsed.close()
    except ImportFormatError as exc:
        assert str(exc).startswith(f'"{name}"') and exc.reason


@FUZZ
@given(data=st.binary(max_size=800))
def test_arbitrary_bytes_raise_only_the_importers_error(data: bytes) -> None:
    _only_format_errors(data)


_HEADERS = st.sampled_from([
    "From: ", "To: ", "Cc: ", "Date: ", "Subject: =?utf-8?B?", "Subject: =?x-bad?Q?", "Message-ID: <",
    "Content-Type: multipart/mixed; boundary=b", "Content-Type: text/html; charset=", "--b", "--b--",
    "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: quoted-printable", "",
    "---------- Forwarded message ---------", "-----Original Message-----", "Sent: ", "From ", ">From ",
    "Content-Type: message/rfc822", "Content-Disposition: attachment; filename*=utf-8''"])
_LINES = st.lists(st.tuples(_HEADERS, st.text(max_size=30)).map("".join), max_size=25).map("\r\n".join)


@FUZZ
@given(text=_LINES, encoding=st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_header_shaped_text_raises_only_the_importers_error(text: str, encoding: str) -> None:
    _only_format_errors(("From: a@example.com\r\nDate: Sun, 3 Mar 2024 21:00 +0000\r\n" + text)
                        .encode(encoding, errors="replace"))


@FUZZ
@given(cut=st.integers(0, 3000), junk=st.binary(max_size=40),
       seed=st.sampled_from(["email_plain.eml", "email_forwarded_gmail.eml", "email_mailbox.mbox"]))
def test_real_emails_cut_and_damaged(cut: int, junk: bytes, seed: str) -> None:
    data = fixture(seed)
    _only_format_errors(data[:cut] + junk + data[cut + len(junk):])


# Through the import service.

@pytest.fixture
def case_id(ws: Workspace) -> int:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.suspect(emails=(SUSPECT,)))
    ws.people.add(case.id, factories.victim())
    return case.id


def test_import_stores_the_email_its_attachment_and_a_linked_entry(ws: Workspace, case_id: int,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "car.eml"
    path.write_bytes(fixture("email_plain.eml"))
    summary = run_import(ws, case_id, "eml", path)
    assert summary.records == 1 and summary.media_added == ["AF/1/1"]
    assert summary.suspects == ("name:sam sample", SUSPECT)
    source = ws.exhibits.find_by_sha256(case_id, hashlib.sha256(path.read_bytes()).hexdigest())
    assert source is not None and source.reference == "AF/1"
    (entry,) = ws.entries.list(case_id)
    assert entry.summary == "1 email from the suspect at 21:15" and entry.channel is Channel.EMAIL
    assert [(x.reference, x.locator) for x in entry.exhibits] == [("AF/1", "message 1"), ("AF/1/1", "message 1")]
    assert entry.provenance is not None and entry.provenance.importer == "eml"
    media = next(x for x in ws.exhibits.list(case_id) if x.reference == "AF/1/1")
    assert media.original_filename == "email1-car.png" and "AF/1, message 1" in media.description
    (stored,) = ws.records.for_source(source.id or 0)
    assert stored.direction == "incoming" and stored.locator == "car.eml message 1"


def test_every_attachment_of_an_email_is_an_exhibit_linked_to_its_entry(ws: Workspace, case_id: int,
                                                                         tmp_path: Path) -> None:
    body = "".join(
        f"--b1\r\nContent-Type: {ctype}; name={name}\r\nContent-Disposition: attachment; filename={name}\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{base64.b64encode(data).decode()}\r\n"
        for name, ctype, data in (("a.pdf", "application/pdf", b"%PDF-1.4 fictional"),
                                  ("b.txt", "text/plain", b"a fictional note")))
    body = "--b1\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n" + body + "--b1--\r\n"
    path = tmp_path / "two.eml"
    path.write_bytes(_mail(f"From: {SUSPECT}\r\nDate: Sun, 03 Mar 2024 21:15:07 +0000\r\nSubject: files", body,
                           'multipart/mixed; boundary="b1"'))
    summary = run_import(ws, case_id, "eml", path)
    assert summary.media_added == ["AF/1/1", "AF/1/2"]
    (entry,) = ws.entries.list(case_id)
    assert [(x.reference, x.locator) for x in entry.exhibits] == [
        ("AF/1", "message 1"), ("AF/1/1", "message 1"), ("AF/1/2", "message 1")]


def test_a_folder_of_emails_is_one_source_exhibit_and_the_forward_is_the_suspects(
        ws: Workspace, case_id: int, tmp_path: Path) -> None:
    folder = tmp_path / "Emails from Jo"
    folder.mkdir()
    (folder / "1.eml").write_bytes(fixture("email_forwarded_gmail.eml"))
    (folder / "2.eml").write_bytes(fixture("email_forwarded_outlook.eml"))
    (folder / "inbox.mbox").write_bytes(fixture("email_mailbox.mbox"))
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    dry = preview(ws, case_id, "eml", folder)
    assert dry.records == 4 and dry.entries == 3 and ws.exhibits.list(case_id) == []
    summary = run_import(ws, case_id, "eml", folder)
    (source,) = ws.exhibits.list(case_id)
    assert source.original_filename == "Emails from Jo.zip" and source.media_type == "application/zip"
    assert source.metadata["folder_files"] == {  # type: ignore[comparison-overlap]
        "1.eml": hashlib.sha256(fixture("email_forwarded_gmail.eml")).hexdigest(),
        "2.eml": hashlib.sha256(fixture("email_forwarded_outlook.eml")).hexdigest(),
        "inbox.mbox": hashlib.sha256(fixture("email_mailbox.mbox")).hexdigest()}
    with zipfile.ZipFile(io.BytesIO(ws.exhibits.read_original(source.id or 0))) as zf:
        assert zf.read("2.eml") == fixture("email_forwarded_outlook.eml")  # each file byte-exact
    assert [e.summary for e in ws.entries.list(case_id)] == [
        "1 email from the suspect at 21:45", "1 email from the suspect at 23:41", "1 email from the suspect at 20:00"]
    assert "Times as exported, read as UK local time." in ws.entries.list(case_id)[0].account
    assert summary.skipped[0].locator == "inbox.mbox message 3"
    with pytest.raises(ImportRefused, match="already in this case as exhibit AF/1"):
        run_import(ws, case_id, "eml", folder)  # the same folder makes the same bundle


def test_an_email_import_that_fails_half_way_leaves_nothing(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    path = tmp_path / "car.eml"
    path.write_bytes(fixture("email_plain.eml"))
    head = ws.audit.head()

    def progress(done: int, total: int) -> None:
        if done > total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_import(ws, case_id, "eml", path, progress=progress)
    assert ws.audit.head() == head and ws.exhibits.list(case_id) == [] and ws.records.count(case_id) == 0
    assert run_import(ws, case_id, "eml", path, ImportOptions(force=True)).records == 1


def test_a_file_that_is_not_email_is_refused_before_storing(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    path = tmp_path / "chat.eml"
    path.write_bytes(fixture("whatsapp_android.txt"))
    with pytest.raises(ImportRefused, match=r"not a saved email.*nothing was stored"):
        run_import(ws, case_id, "eml", path)
    assert ws.exhibits.list(case_id) == []


def test_cli_end_to_end(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    path = tmp_path / "fwd.eml"
    path.write_bytes(fixture("email_forwarded_gmail.eml"))
    urn = ws.cases.get(case_id).urn
    code, out, _ = _run(ws, "eml", str(path), "--case", urn, "--dry-run")
    assert code == 0 and "Dry run: nothing was stored." in out and ws.exhibits.list(case_id) == []
    assert "sam.sample@example.com" in out and "[suspect]" in out
    code, out, _ = _run(ws, "eml", str(path), "--case", urn, "--suspect", "Sam.Sample@example.com")
    assert "Imported as exhibit AF/1: 1 record stored, 1 chronology entry (item 1)" in out
    assert "Note: Times as exported, read as UK local time." in out
    with pytest.raises(ImportRefused, match="already in this case"):
        _run(ws, "eml", str(path), "--case", urn)
    code, out, _ = _run(ws, "eml", str(path), "--case", urn, "--force")
    assert code == 0 and "already exhibit AF/1" in out
