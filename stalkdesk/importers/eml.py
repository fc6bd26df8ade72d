"""Saved or forwarded emails: one .eml, an mbox, or a zip (or folder) of them.

    From: Sam Sample <sam.sample@example.com>
    To: Jo Example <jo@example.invalid>
    Date: Sun, 03 Mar 2024 21:15:07 +0000
    Subject: =?UTF-8?B?V2h5IHdvbid0IHlvdSBhbnN3ZXI/?=
    Message-ID: <1@mail.example.com>

Each message is one record: its headers say who and when (the Date header carries its zone),
its body is the text/plain part, or the HTML part reduced to text, after quoted-printable or
base64 and the declared charset (a wrong or unknown charset falls back to UTF-8, then
Windows-1252). Attachments are kept to become exhibits linked to their message. Victims
usually forward what they received: a "Forwarded message" or "Original Message" block gives
the original sender and date, which make the record, and the forward itself is noted in it.
An email attached whole (message/rfc822) is a record of its own.
"""

from __future__ import annotations

import email
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from email import policy
from email.errors import MessageError
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import BinaryIO

from stalkdesk.domain.vocab import Channel, ExhibitKind
from stalkdesk.importers import archive, dates, text
from stalkdesk.importers.base import (
    Attachment,
    FormatSpec,
    ImportFormatError,
    Parsed,
    ParsedRecord,
    ParseOptions,
    Skipped,
)
from stalkdesk.importers.mailtext import decode_bytes, header_text, html_to_text

MAX_FILE = archive.MAX_MEMBER
_HEADER_LINE = re.compile(r"[!-9;-~]{1,76}:")
_KNOWN = re.compile(r"(?:from|to|cc|date|subject|message-id|received|return-path|mime-version|content-type"
                    r"|delivered-to|reply-to|sender|x-[\w-]+|dkim-signature|thread-topic):", re.IGNORECASE)
_MBOX_SPLIT = re.compile(rb"(?:\A|\r?\n)From [^\r\n]*\r?\n")
_MBOX_QUOTED = re.compile(rb"(?m)^>(>*From )")
_SUFFIXES = (".eml", ".mbox", ".mbx", ".email")
# Lines that open a forwarded or replied-to message, as Gmail, Outlook and Apple Mail write them.
_FORWARD = re.compile(
    r"^[ \t>]*(?:-{3,}\s*Forwarded message\s*-{3,}|-{3,}\s*Original Message\s*-{3,}|Begin forwarded message:"
    r"|-{3,}\s*Forwarded by .{1,80}-{3,}|_{10,})[ \t]*$", re.IGNORECASE | re.MULTILINE)
# Outlook writes "Original Message" (or a line of underscores) above replies too: only a
# subject that says "forward" makes those a forward; a reply stays the replier's message.
_SAYS_FORWARD = re.compile(r"^\s*(?:re:\s*)*(?:fwd?|fw|tr|wg|vs|rv|i)\s*:", re.IGNORECASE)
_EXPLICIT = re.compile(r"forwarded", re.IGNORECASE)
_QUOTED_HEADER = re.compile(r"^[ \t>]*\*?(From|Sent|Date|To|Cc|Subject)\*?:[ \t]*(.*)$", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_MONTH_FIRST = re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})")
_MAX_DEPTH = 12


def sniff(head: bytes, name: str) -> None:
    if head.startswith(b"PK\x03\x04"):
        return  # a zip of emails: its members are checked when it is opened, before storing
    lines = text.head_text(head).lstrip("\r\n").splitlines()
    first = lines[0] if lines else ""
    if first.startswith("From "):  # an mbox: the headers follow the separator line
        lines = lines[1:]
    block = []
    for line in lines[:200]:
        if not line.strip():
            break
        block.append(line)
    starts = [line for line in block if not line[:1].isspace()]
    if not starts or not _HEADER_LINE.match(starts[0]) or sum(1 for line in starts if _KNOWN.match(line)) < 2:
        raise ImportFormatError(name, "this is not a saved email: it does not start with headers such as "
                                      '"From:", "Date:" and "Subject:".')


def _when(value: str) -> datetime | None:
    """A date as an email header or a forwarded block writes it; aware when it has a zone."""
    value = " ".join(value.split())
    if not value:
        return None
    try:
        found = parsedate_to_datetime(value)
        if found is not None:
            return found
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    rest = _WEEKDAY.sub("", value)
    rest = _MONTH_FIRST.sub(r"\2 \1 \3", rest)  # "March 3, 2024 9:15 PM" (Outlook, US)
    rest = re.sub(r"\s+at\s+", " ", rest)
    try:
        return dates.DateTimeReader(dayfirst=True).read(rest)
    except (ValueError, OverflowError):
        return None


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except (MessageError, ValueError, LookupError, UnicodeError, TypeError, IndexError):
        name = None
    return header_text(name).replace("/", "_").replace("\\", "_").strip() if name else ""


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except (MessageError, ValueError, LookupError, UnicodeError, TypeError, AssertionError):
        data = None
    return data if isinstance(data, bytes) else b""


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except (MessageError, ValueError, LookupError, UnicodeError, TypeError):
        return None


class _Body:
    """The parts of one message: its text, its attachments, the emails attached whole."""

    def __init__(self) -> None:
        self.plain: str | None = None
        self.html: str | None = None
        self.files: list[tuple[str, bytes]] = []
        self.messages: list[Message] = []

    def walk(self, part: Message, depth: int = 0) -> None:
        if depth > _MAX_DEPTH:
            return
        ctype = part.get_content_type()
        payload = part.get_payload()
        if ctype == "message/rfc822" and isinstance(payload, list):
            self.messages.extend(p for p in payload[:1] if isinstance(p, Message))
            return
        if isinstance(payload, list):
            for sub in payload:
                if isinstance(sub, Message):
                    self.walk(sub, depth + 1)
            return
        name = _filename(part)
        disposition = str(part.get("Content-Disposition", "")).lower()
        is_text = ctype in ("text/plain", "text/html") and not name and not disposition.startswith("attachment")
        if is_text:
            body = decode_bytes(_payload(part), _charset(part))
            if ctype == "text/plain" and self.plain is None:
                self.plain = body
            elif ctype == "text/html" and self.html is None:
                self.html = body
            return
        data = _payload(part)
        if data:
            ext = ctype.rsplit("/", 1)[-1].replace("+xml", "")[:8] or "bin"
            self.files.append((name or f"part-{len(self.files) + 1}.{ext}", data))

    def text(self) -> str:
        if self.plain is not None and self.plain.strip():
            return text.clean(self.plain.replace("\r\n", "\n")).strip()
        if self.html is not None:
            return html_to_text(self.html)
        return ""


class _Original:
    """What a forwarded block says of the message inside it."""

    def __init__(self, sender: str, name: str, when: datetime | None, when_text: str, subject: str, body: str,
                 note: str) -> None:
        self.sender, self.name, self.when, self.when_text = sender, name, when, when_text
        self.subject, self.body, self.note = subject, body, note


def find_forwarded(body: str, subject: str = "Fwd:") -> _Original | None:
    """The first forwarded message quoted in a body, if it names its sender. A block that
    could open a reply as well ("Original Message") counts only under a forward's subject."""
    for m in _FORWARD.finditer(body):
        if not _EXPLICIT.search(m[0]) and not _SAYS_FORWARD.match(subject):
            continue
        lines = body[m.end():].lstrip("\r\n").split("\n")
        fields: dict[str, str] = {}
        used = 0
        for used, line in enumerate(lines):  # noqa: B007 - the line after the headers is wanted
            h = _QUOTED_HEADER.match(line)
            if h:
                fields.setdefault(h[1].lower(), h[2].strip())
            elif line.strip(" >\t") or fields:
                break
        else:
            used = len(lines)
        if "from" not in fields:
            continue
        raw_from = fields["from"].replace("[mailto:", "<").replace("]", ">")
        name, address = parseaddr(raw_from)
        address = address if "@" in address else ""
        sender = address or name or raw_from.strip("<> ")
        when_text = fields.get("date") or fields.get("sent") or ""
        quoted = "\n".join(line[1:].lstrip() if line.startswith(">") else line for line in lines[used:]).strip()
        return _Original(sender, name or "", _when(when_text), when_text, fields.get("subject", ""), quoted,
                         body[:m.start()].strip())
    return None


class _Reader:
    def __init__(self, stream: BinaryIO, name: str, parsed: Parsed) -> None:
        self.stream, self.name, self.parsed = stream, name, parsed
        self.seq = 0

    def _sources(self) -> Iterator[tuple[str, bytes]]:
        """(file name, bytes) of each email file: the file itself, or each one in the zip."""
        self.stream.seek(0)
        if self.stream.read(4) != b"PK\x03\x04":
            self.stream.seek(0)
            data = self.stream.read(MAX_FILE + 1)
            if len(data) > MAX_FILE:
                raise ImportFormatError(self.name, "the file is too large to be an email.")
            yield self.name, data
            return
        self.stream.seek(0)
        zf, _ = archive.open_zip(self.stream, self.name)
        self.parsed.close = zf.close
        infos = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
        mails = [i for i in infos if i.filename.lower().endswith(_SUFFIXES)]
        if not mails:
            raise ImportFormatError(self.name, "this zip holds no emails (no .eml or .mbox file).")
        for info in infos:
            if info not in mails and not info.filename.rsplit("/", 1)[-1].startswith("."):
                self.parsed.skipped.append(Skipped(info.filename, "not an email file (.eml or .mbox)"))
        self.parsed.notes.append(f"{len(mails)} email file(s) read from the zip or folder.")
        for info in mails:
            try:
                yield info.filename, archive.read_member(zf, info, self.name)
            except ImportFormatError as exc:
                self.parsed.skipped.append(Skipped(info.filename, exc.reason))

    def records(self) -> Iterator[ParsedRecord]:
        found = False
        for file, data in self._sources():
            base = file.rsplit("/", 1)[-1]
            for index, message in enumerate(_split(data), 1):
                found = True
                yield from self._message(message, f"{base} message {index}")
        if not found:
            raise ImportFormatError(self.name, "no emails were found.")

    def _message(self, data: bytes, locator: str) -> Iterator[ParsedRecord]:
        try:
            msg = email.message_from_bytes(data, policy=policy.compat32)
            yield from self._records(msg, locator, 0)
        except RecursionError:
            self.parsed.skipped.append(Skipped(locator, "the email's parts are nested too deeply to read"))
        except (MessageError, ValueError, LookupError, UnicodeError, TypeError, IndexError, AttributeError) as exc:
            self.parsed.skipped.append(Skipped(locator, f"the email can't be read ({type(exc).__name__}: {exc})"))

    def _records(self, msg: Message, locator: str, depth: int) -> Iterator[ParsedRecord]:
        get = msg.get
        name, address = parseaddr(header_text(get("From")))
        sender = address if "@" in address else (name or address)
        date_text = header_text(get("Date"))
        when = _when(date_text)
        if when is None:  # the last hop's Received line still says when it arrived
            received = str(get("Received", ""))
            when = _when(received.rsplit(";", 1)[-1]) if ";" in received else None
        subject = header_text(get("Subject"))
        body = _Body()
        body.walk(msg)
        content = body.text()
        to = ", ".join(a for _, a in getaddresses([header_text(v) for v in msg.get_all("To", [])]) if a)
        cc = ", ".join(a for _, a in getaddresses([header_text(v) for v in msg.get_all("Cc", [])]) if a)
        details = "; ".join(f"{label}: {value}" for label, value in (
            ("From", header_text(get("From"))), ("To", to), ("Cc", cc), ("Date", date_text),
            ("Message-ID", header_text(get("Message-ID")))) if value)
        flags: tuple[str, ...] = ()
        original = find_forwarded(content, subject)
        if original is not None and original.sender:
            flags = ("forwarded",)
            forward = (f"Forwarded by {sender or 'an unknown sender'}"
                       + (f" on {date_text}" if date_text else "") + (f' as "{subject}"' if subject else "")
                       + (f", with the note: {original.note.rstrip('.')}" if original.note else "") + ".")
            if original.when is None:
                flags += ("forwarded_date_unreadable",)
                forward += (f' The original date "{original.when_text}" could not be read: the time is the '
                            "forward's." if original.when_text else " The original gives no date: the time is the "
                            "forward's.")
            else:
                when = original.when
            sender, name, subject, content = original.sender, original.name, original.subject, original.body
            details = f"{forward}\n{details}"
        if when is None:
            self.parsed.skipped.append(Skipped(locator, f'no readable date ("{date_text}")' if date_text
                                               else "the email has no Date header"))
        else:
            self.seq += 1
            seq = self.seq
            names = []
            for file_name, data in body.files:
                stored = f"email{seq}-{file_name}"
                self.parsed.attachments[stored] = Attachment(stored, len(data), _constant(data))
                names.append(stored)
            lines = [f"Subject: {subject}" if subject else "(no subject)", content]
            if names:
                lines.append("Attachments: " + ", ".join(n.split("-", 1)[1] for n in names))
            lines.append(f"--\n{details}")
            yield ParsedRecord(seq, locator, "message", when, "unknown", sender, name,
                               "\n".join(line for line in lines if line).strip(), None, ", ".join(names), flags,
                               Channel.EMAIL)
        if depth < 3:
            for n, inner in enumerate(body.messages, 1):
                inner_records = self._records(inner, f"{locator}, attached email {n}", depth + 1)
                for record in inner_records:
                    yield record._replace(flags=(*record.flags, "attached_email"))


def _constant(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def _split(data: bytes) -> list[bytes]:
    """The messages of an mbox, or the one message of an .eml."""
    if not data.startswith(b"From "):
        return [data]
    parts = [p for p in _MBOX_SPLIT.split(data) if p.strip()]
    return [_MBOX_QUOTED.sub(rb"\1", p) for p in parts]


def open_mail(stream: BinaryIO, name: str, options: ParseOptions) -> Parsed:
    parsed = Parsed(file=name)
    parsed.records = _Reader(stream, name, parsed).records
    return parsed


FORMAT = FormatSpec(
    name="eml", label="saved email", sniff=sniff, open=open_mail,
    exhibit_kind=ExhibitKind.DOCUMENT, channel=Channel.EMAIL, unit="messages", ordered=False,
)
