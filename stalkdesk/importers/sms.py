""""SMS Backup & Restore" XML: <smses> (texts and picture messages) and <calls> (call logs).

    <smses count="2">
      <sms address="07700 900456" date="1709499720000" type="1" body="..." contact_name="Sam" />
      <mms date="1709499780000" msg_box="1" address="+447700900456">
        <parts><part ct="text/plain" text="..." /><part ct="image/jpeg" name="a.jpg" data="..." /></parts>
        <addrs><addr address="+447700900456" type="137" /></addrs>
      </mms>
    </smses>
    <calls count="1"><call number="07700900456" duration="0" date="..." type="3" /></calls>

Dates are milliseconds since 1970 in UTC, so no zone is assumed. Quirks handled: emoji written
as pairs of UTF-16 surrogate character references (which XML parsers reject), stray control
characters, a file cut short (what is intact is imported and the cut is reported), and a
`count` attribute that disagrees with the records found.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import BinaryIO, cast

from stalkdesk.domain.vocab import Channel, ExhibitKind
from stalkdesk.importers.base import (
    Attachment,
    FormatSpec,
    ImportFormatError,
    Parsed,
    ParsedRecord,
    ParseOptions,
    Skipped,
)

CHUNK = 256 * 1024
_ROOTS = (b"<smses", b"<calls")
_REF = re.compile(rb"&#(?:(\d{1,8})|[xX]([0-9a-fA-F]{1,6}));(?:&#(?:(\d{1,8})|[xX]([0-9a-fA-F]{1,6}));)?")
_CONTROL = bytes(range(0, 9)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
_Kind = tuple[str, tuple[str, ...]]
_SMS_TYPES: dict[str, _Kind] = {
    "1": ("incoming", ()), "2": ("outgoing", ()), "3": ("outgoing", ("draft",)), "4": ("outgoing", ("outbox",)),
    "5": ("outgoing", ("failed",)), "6": ("outgoing", ("queued",))}
_CALL_TYPES: dict[str, _Kind] = {
    "1": ("incoming", ()), "2": ("outgoing", ()), "3": ("missed", ()), "4": ("incoming", ("voicemail",)),
    "5": ("rejected", ()), "6": ("rejected", ("blocked",)), "7": ("incoming", ("answered_elsewhere",))}
_HIDDEN_CALLER = {"2": "withheld", "3": "unknown", "4": "payphone"}
_FROM, _TO = "137", "151"


def sniff(head: bytes, name: str) -> None:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in start[:200]:
        raise ImportFormatError(name, "this XML is not in UTF-8, as SMS Backup & Restore writes it.")
    if not start.startswith(b"<"):
        raise ImportFormatError(name, "this is not an SMS Backup & Restore file: it is not XML.")
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise ImportFormatError(name, "this XML declares a document type, which SMS Backup & Restore never "
                                      "does; it was refused for safety.")
    if not any(root in head for root in _ROOTS):
        raise ImportFormatError(name, "this is not an SMS Backup & Restore file: there is no <smses> or "
                                      "<calls> list.")


def _char(n: int) -> bytes:
    ok = n in (9, 10, 13) or 0x20 <= n <= 0xD7FF or 0xE000 <= n <= 0xFFFD or 0x10000 <= n <= 0x10FFFF
    return b"&#%d;" % (n if ok else 0xFFFD)


def _fix_ref(m: re.Match[bytes]) -> bytes:
    first = int(m[1]) if m[1] else int(m[2], 16)
    if m[3] is None and m[4] is None:
        return _char(first)
    second = int(m[3]) if m[3] else int(m[4], 16)
    if 0xD800 <= first <= 0xDBFF and 0xDC00 <= second <= 0xDFFF:
        return b"&#%d;" % (0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    return _char(first) + _char(second)


def _chunks(stream: BinaryIO, name: str) -> Iterator[bytes]:
    """The file in pieces an XML parser accepts: surrogate pairs joined, bad characters replaced."""
    carry = b""
    while True:
        block = stream.read(CHUNK)
        data = carry + block
        if not block:
            if data:
                yield _REF.sub(_fix_ref, data.translate(None, _CONTROL))
            return
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise ImportFormatError(name, "this XML declares a document type or entity; refused for safety.")
        cut = data.find(b"&", max(0, len(data) - 24))  # a reference may run over the end of the block
        data, carry = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
        yield _REF.sub(_fix_ref, data.translate(None, _CONTROL))


def _when(value: str | None) -> datetime:
    n = int(value or "")
    if n <= 0:
        raise ValueError("no date")
    return datetime.fromtimestamp(n / 1000 if n > 10**11 else n, UTC)  # MMS dates are sometimes seconds


def _name(elem: ET.Element) -> str:
    name = (elem.get("contact_name") or "").strip()
    return "" if name.lower() in ("(unknown)", "null", "unknown") else name


class _Reader:
    def __init__(self, stream: BinaryIO, name: str, parsed: Parsed) -> None:
        self.stream, self.name, self.parsed = stream, name, parsed

    def records(self) -> Iterator[ParsedRecord]:
        self.stream.seek(0)
        parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
        root: ET.Element | None = None
        depth = seq = found = 0
        declared: str | None = None
        try:
            for chunk in _chunks(self.stream, self.name):
                parser.feed(chunk)
                for pair in parser.read_events():
                    event, elem = cast(tuple[str, ET.Element], pair)  # start/end events carry an element
                    if event == "start":
                        depth += 1
                        if depth == 1:
                            root, declared = elem, elem.get("count")
                            if elem.tag not in ("smses", "calls"):
                                raise ImportFormatError(self.name, f"the list is <{elem.tag}>, not <smses> or <calls>.")
                        continue
                    depth -= 1
                    if depth != 1 or root is None:
                        continue
                    seq += 1
                    found += 1
                    record = self._record(seq, elem)
                    if record is not None:
                        yield record
                    root.clear()  # parsed elements are not kept: a backup can be gigabytes
            parser.close()
        except ET.ParseError as exc:
            line, column = getattr(exc, "position", (0, 0))
            if root is None:
                raise ImportFormatError(self.name, f"the XML can't be read ({exc}).") from None
            self.parsed.skipped.append(Skipped(
                f"line {line}, column {column}",
                f"the file is damaged or cut short here ({str(exc).split(':')[0]}); the {found:,} complete "
                "records before it were imported, anything after it was not"))
        if root is None:
            raise ImportFormatError(self.name, "no <smses> or <calls> list was found.")
        if declared is not None and declared.strip() != str(found):
            self.parsed.notes.append(f'The file says it holds {declared} records; {found:,} were found.')

    def _record(self, seq: int, elem: ET.Element) -> ParsedRecord | None:
        where = f"{elem.tag} {seq}"
        try:
            when = _when(elem.get("date"))
        except (ValueError, OverflowError, OSError):
            self.parsed.skipped.append(Skipped(where, f'no readable date ("{elem.get("date", "")}")'))
            return None
        if elem.tag == "sms":
            direction, flags = _SMS_TYPES.get(elem.get("type", ""), ("unknown", ()))
            body = elem.get("body") or ""
            subject = elem.get("subject") or ""
            if subject and subject != "null":
                body = f"{subject}\n{body}" if body else subject
            return ParsedRecord(seq, where, "message", when, direction, elem.get("address") or "", _name(elem), body,
                                None, "", flags, Channel.SMS)
        if elem.tag == "mms":
            return self._mms(seq, where, when, elem)
        if elem.tag == "call":
            direction, flags = _CALL_TYPES.get(elem.get("type", ""), ("unknown", ()))
            number = elem.get("number") or ""
            hidden = _HIDDEN_CALLER.get(elem.get("presentation", ""))
            if hidden:
                number, flags = "withheld", (*flags, hidden)
            try:
                duration: int | None = int(elem.get("duration") or 0)
            except ValueError:
                duration = None
            return ParsedRecord(seq, where, "call", when, direction, number, _name(elem), "", duration, "", flags,
                                Channel.CALL)
        self.parsed.skipped.append(Skipped(where, f"<{elem.tag}> is not a text, picture message or call"))
        return None

    def _mms(self, seq: int, where: str, when: datetime, elem: ET.Element) -> ParsedRecord:
        box = elem.get("msg_box", "")
        direction = {"1": "incoming", "2": "outgoing"}.get(box, "unknown")
        addrs = [(a.get("address") or "", a.get("type") or "") for a in elem.iter("addr")]
        wanted = _FROM if direction == "incoming" else _TO
        sender = next((a for a, t in addrs if t == wanted and a), "") or (elem.get("address") or "").split("~")[0]
        texts, files = [], []
        for i, part in enumerate(elem.iter("part"), 1):
            ct = (part.get("ct") or "").lower()
            if ct == "text/plain":
                texts.append(part.get("text") or "")
            elif ct != "application/smil":
                files.append(self._part(seq, i, part))
        flags = ("group",) if len({a for a, _ in addrs if a}) > 2 else ()
        body = "\n".join(t for t in texts if t)
        return ParsedRecord(seq, where, "message", when, direction, sender, _name(elem), body, None,
                            ", ".join(f for f in files if f), flags, Channel.SMS)

    def _part(self, seq: int, index: int, part: ET.Element) -> str:
        """The attachment's name; its bytes are kept (decoded later) when the part carries them."""
        raw = next((part.get(k) for k in ("name", "fn", "cl") if part.get(k) not in (None, "", "null")), None)
        name = f"mms{seq}-{index}-{raw or 'part'}".replace("/", "_")
        data = part.get("data")
        if data:
            def read(data: str = data) -> bytes:
                try:
                    return base64.b64decode(data, validate=False)
                except (binascii.Error, ValueError) as exc:
                    raise ImportFormatError(self.name, f"the picture data can't be decoded ({exc}).",
                                            f"mms {seq} part {index}") from None

            self.parsed.attachments[name] = Attachment(name, len(data) * 3 // 4, read)
        return name


def open_backup(stream: BinaryIO, name: str, options: ParseOptions) -> Parsed:
    parsed = Parsed(file=name)
    parsed.records = _Reader(stream, name, parsed).records
    return parsed


FORMAT = FormatSpec(
    name="sms", label="SMS Backup & Restore file", sniff=sniff, open=open_backup,
    exhibit_kind=ExhibitKind.MESSAGE_EXPORT, channel=Channel.SMS, unit="elements", ordered=False,
)
