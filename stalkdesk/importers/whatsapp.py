"""WhatsApp "Export chat": the .txt, or the .zip with the media beside it.

Layouts seen in real exports, all read here:
    Android  03/03/2024, 21:15 - Sam Sample: message         (24-hour, day-first)
             3/3/24, 9:15 PM - Sam Sample: message            (12-hour, month-first)
             03.03.24, 21:15 - ...   03/03/2024 à 21:15 - ...  (locale variants)
    iOS      [03/03/2024, 21:15:07] Sam Sample: message
             [3/3/24, 9:15:07 PM] Sam Sample: message
Messages run over several lines; system lines (the encryption notice, added, left, changed
number) have no sender; media appear as "<Media omitted>", "IMG-...jpg (file attached)" or
"<attached: 00000012-PHOTO-....jpg>". Times are the phone's wall-clock time, without a zone.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import IO, BinaryIO

from stalkdesk.domain.vocab import Channel, ExhibitKind
from stalkdesk.importers import archive, dates
from stalkdesk.importers.base import FormatSpec, ImportFormatError, Parsed, ParsedRecord, ParseOptions, Skipped
from stalkdesk.importers.text import HEAD_BYTES, clean, head_text, open_text

_DATE = r"(?P<date>(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})\.?)"
_TIME = r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?(?:\s?(?P<ap>[aApP])\.?\s?[mM]\.?)?"
BRACKET = re.compile(rf"\[{_DATE},?\s{_TIME}\]\s?(?P<rest>.*)", re.ASCII | re.DOTALL)
DASH = re.compile(rf"{_DATE},?\s(?:at\s|à\s|um\s|klo\s|kl\.\s)?{_TIME}\s?[-–]\s(?P<rest>.*)", re.DOTALL)

# Sentences WhatsApp writes itself, whoever the line names: safe to test on any text.
_SYSTEM_TEXT = re.compile(
    r"(?:Messages and calls are end-to-end encrypted|Messages to this (?:group|chat) (?:are|were) now secured"
    r"|Messages you send to this (?:group|chat)|Your security code with .{1,80} changed"
    r"|[^:\n]{1,80} changed their phone number to a new number|You (?:blocked|unblocked) this contact"
    r"|This (?:chat|business) (?:is|uses)|Disappearing messages|[^:\n]{1,80} turned (?:on|off) disappearing"
    r"|Waiting for this message)")
# "<someone> did something" lines: system only where no "Name: " comes before (Android).
_SYSTEM_LINE = re.compile(
    r"[^:\n]{1,80} (?:created group|changed the subject|changed this group's|changed the group|added |removed "
    r"|left$|joined using this group's invite link|changed to \+?[\d\s()-]{6,}$|is a contact)")
_MISSED_CALL = re.compile(r"Missed (?:group )?(?:voice|video) call\b.*", re.IGNORECASE)
_FILE_ATTACHED = re.compile(r"(?P<name>[^\n<>]+?\.\w{1,5}) \(file attached\)\n?(?P<caption>.*)", re.DOTALL)
_ATTACHED = re.compile(r"<attached: (?P<name>[^>]+)>\n?(?P<caption>.*)", re.DOTALL)
_OMITTED = re.compile(r"<Media omitted>|<?(?:image|video|audio|sticker|GIF|document|Contact card|media) omitted>?",
                      re.IGNORECASE)
_DELETED = re.compile(r"This message was deleted\.?|You deleted this message\.?")
_EDITED = "<This message was edited>"
_SCAN_LINES = 200  # lines looked at to recognise the format


def _header(line: str) -> re.Match[str] | None:
    if line.startswith("["):
        return BRACKET.match(line)
    if line[:1].isdigit():
        return DASH.match(line)
    return None


def sniff(head: bytes, name: str) -> None:
    if head.startswith(b"PK\x03\x04"):
        return  # a zip: the chat inside it is checked when it is opened, still before storing
    lines = head_text(head).splitlines()[:_SCAN_LINES]
    if not any(_header(line) for line in lines):
        raise ImportFormatError(name, "this is not a WhatsApp chat export: no line starts with a date and time "
                                      'such as "[03/03/2024, 21:15:07]" or "03/03/2024, 21:15 -".')


def _system_hint(text: str) -> bool:
    """Whether `text` holds a word every line of _SYSTEM_TEXT holds (most messages have none):
    plain substring tests, at half the cost of one search for them all."""
    return ("changed" in text or "encrypted" in text or "secured" in text or "send to this" in text
            or "security code" in text or "blocked" in text or "business" in text or "isappearing" in text
            or "Waiting for" in text)


def _media_hint(text: str) -> bool:
    """Whether `text` holds, in any case, the word _OMITTED, _DELETED or _MISSED_CALL needs (most
    messages have none, and skip all three): a tenth of the cost of a case-blind search."""
    low = text.lower()
    return "omitted" in low or "deleted" in low or "call" in low


def _is_system(text: str) -> bool:
    return _system_hint(text) and _SYSTEM_TEXT.match(text) is not None


def _classify(rest: str, marked: bool) -> tuple[str, str, str, str, str, tuple[str, ...]]:
    """(kind, direction, sender, body, attachment, flags) from the text after the time.

    `marked`: iOS put an invisible left-to-right mark after "Name: ", as it does for
    attachments, omitted media, deleted messages, missed calls and system lines."""
    sender, sep, text = rest.partition(": ")
    # The hint is looked for once: `text` is the end of `rest`, so it has none if `rest` has none.
    hinted = _system_hint(rest)
    if not sep or (hinted and _SYSTEM_TEXT.match(rest)) or _SYSTEM_LINE.match(rest):
        return "system", "unknown", "", rest, "", ()
    if hinted and _is_system(text):  # iOS names the chat before its own notices
        return "system", "unknown", "", text, "", ()
    flags: list[str] = []
    attachment = ""
    if text.endswith(_EDITED):
        text = text[: -len(_EDITED)].rstrip()
        flags.append("edited")
    # Each pattern is tried only where its fixed text is (most lines are plain messages).
    m = (_ATTACHED.match(text) if text.startswith("<attached: ") else None) or \
        (_FILE_ATTACHED.match(text) if " (file attached)" in text else None)
    stripped = text.strip()
    hinted = _media_hint(stripped)
    if m:
        attachment, text = m["name"].strip(), m["caption"]
    elif hinted and _OMITTED.fullmatch(stripped):
        flags.append("media_omitted")
    elif hinted and _DELETED.fullmatch(stripped):
        flags.append("deleted")
    elif hinted and _MISSED_CALL.fullmatch(stripped):
        return "call", "missed", sender.strip(), text, "", ()
    elif marked:
        return "system", "unknown", "", text, "", ()
    return "message", "unknown", sender.strip(), text, attachment, tuple(flags)


class _Reader:
    """Two passes over the chat: one to learn the date order, one to read the messages."""

    def __init__(self, open_chat: Callable[[], IO[bytes]], owned: bool, name: str, options: ParseOptions,
                 parsed: Parsed) -> None:
        self.open_chat, self.owned, self.name, self.options, self.parsed = open_chat, owned, name, options, parsed

    def _lines(self) -> Iterator[tuple[int, str, bool]]:
        """(line number, clean text, iOS mark after the sender) for each line."""
        raw = self.open_chat()
        text = open_text(raw)
        try:
            for number, line in enumerate(text, 1):
                yield number, clean(line.rstrip("\n")), ": \u200e" in line
        finally:
            # Closing the text reader would close the caller's file, so detach it; if the
            # caller has already closed that file (a cancelled import), there is nothing to do.
            with contextlib.suppress(ValueError):
                text.detach()
            if self.owned:
                raw.close()

    def _order(self) -> bool:
        def pairs() -> Iterator[tuple[int, int, str]]:
            for _, line, _ in self._lines():
                m = _header(line)
                if m is not None and len(m["a"]) != 4:
                    yield int(m["a"]), int(m["b"]), m["date"]

        dayfirst, how = dates.scan_order(pairs()).decide(self.options.dayfirst)
        self.parsed.dayfirst = dayfirst
        self.parsed.notes.append(how)
        return dayfirst

    def records(self) -> Iterator[ParsedRecord]:
        dayfirst = self._order()
        days: dict[str, date] = {}
        skipped = self.parsed.skipped
        seq = before = 0
        head: tuple[int, datetime, str, bool] | None = None  # line number, time, first line, marked
        body: list[str] = []
        last_stamp, last_when = "", datetime.min
        for number, line, marked in self._lines():
            m = _header(line)
            if m is None:
                if head is not None:
                    body.append(line)
                elif line.strip():
                    before += 1
                continue
            stamp = line[:m.start("rest")]  # messages in a burst share it: read once
            try:
                if stamp != last_stamp:
                    day = days.get(m["date"])
                    if day is None:
                        day = days[m["date"]] = dates.numeric_date(m["a"], m["b"], m["c"], dayfirst)
                    h, mi, s, _ = dates.clock(m["h"], m["mi"], m["s"], m["ap"])
                    last_when, last_stamp = datetime(day.year, day.month, day.day, h, mi, s), stamp
                when = last_when
            except ValueError as exc:
                skipped.append(Skipped(f"line {number}", f"unreadable date or time ({exc}); the line is kept "
                                                         "as text of the message before it"))
                if head is not None:
                    body.append(line)
                continue
            if head is not None:
                seq += 1
                yield _record(seq, head, body)
            head, body = (number, when, m["rest"], marked), []
        if head is not None:
            seq += 1
            yield _record(seq, head, body)
        if before:
            skipped.insert(0, Skipped("line 1", f"{before} line(s) of text before the first message"))
        if seq == 0:
            raise ImportFormatError(self.name, "no messages were found in this WhatsApp export.")


_new = tuple.__new__  # ParsedRecord(...) without its Python-level __new__: a call per message


def _record(seq: int, head: tuple[int, datetime, str, bool], body: list[str]) -> ParsedRecord:
    number, when, first, marked = head
    rest = "\n".join([first, *body]) if body else first
    kind, direction, sender, text, attachment, flags = _classify(rest, marked)
    return _new(ParsedRecord, (seq, f"line {number}", kind, when, direction, sender, sender, text, None, attachment,
                               flags, None))


def open_export(stream: BinaryIO, name: str, options: ParseOptions) -> Parsed:
    """Read a chat .txt, or a .zip holding one (the other files become attachments)."""
    head = stream.read(4)
    stream.seek(0)
    parsed = Parsed(file=name)
    if head == b"PK\x03\x04":
        zf, texts = archive.open_zip(stream, name)
        member = _find_chat(zf, texts, name)
        parsed.close = zf.close
        parsed.attachments = archive.members(zf, name, skip={member.filename})
        parsed.notes.append(f'The chat was read from "{member.filename}" inside the zip.')
        reader = _Reader(lambda: zf.open(member), True, name, options, parsed)
    else:
        def rewound() -> IO[bytes]:
            stream.seek(0)
            return stream

        reader = _Reader(rewound, False, name, options, parsed)
    parsed.records = reader.records
    return parsed


def options_used(parsed: Parsed) -> ParseOptions | None:
    """Options that open the same export again and read it the same way: for reading it in
    another process. None if `parsed` is not a WhatsApp chat being read."""
    reader = getattr(parsed.records, "__self__", None)
    return reader.options if isinstance(reader, _Reader) else None


def _find_chat(zf: zipfile.ZipFile, texts: list[zipfile.ZipInfo], name: str) -> zipfile.ZipInfo:
    def rank(info: zipfile.ZipInfo) -> tuple[bool, bool]:
        base = info.filename.rsplit("/", 1)[-1]
        return base != "_chat.txt", not base.startswith("WhatsApp Chat")

    for info in sorted(texts, key=rank):
        try:
            with zf.open(info) as fh:
                head = fh.read(HEAD_BYTES)
            sniff(head, info.filename)
            return info
        except (ImportFormatError, zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
            continue
    zf.close()
    raise ImportFormatError(name, "this zip holds no WhatsApp chat (no .txt file with dated messages).")


FORMAT = FormatSpec(
    name="whatsapp", label="WhatsApp chat export", sniff=sniff, open=open_export,
    exhibit_kind=ExhibitKind.MESSAGE_EXPORT, channel=Channel.WHATSAPP, unit="messages", ordered=True,
)
