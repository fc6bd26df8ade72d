"""Social media message exports: Facebook Messenger and Instagram "Download your information"
JSON, and Telegram Desktop's `result.json`. One format ("social"); the file says which.

Facebook and Instagram (`messages/inbox/<thread>/message_1.json`, newest message first):
    {"participants": [{"name": "Sam Sample"}, ...],
     "messages": [{"sender_name": "Sam Sample", "timestamp_ms": 1709500507000, "content": "...",
                   "photos": [{"uri": "messages/inbox/samsample_10/photos/1.jpg"}], "reactions": [...]}]}
Both write every non-ASCII string as its UTF-8 bytes read as Latin-1 ("\\u00f0\\u009f\\u0098\\u0080"
for one emoji): each string is repaired where the repair reads back as UTF-8, and only there.

Telegram Desktop (one chat, or the whole account with "chats": {"list": [...]}):
    {"name": "Sam Sample", "type": "personal_chat", "messages": [{"id": 7, "type": "message",
     "date": "2024-03-03T21:15:07", "date_unixtime": "1709500507", "from": "Sam Sample",
     "from_id": "user1001", "text": ["Look ", {"type": "bold", "text": "now"}], "photo": "photos/..."}]}
`date` is the exporting computer's local time without a zone; `date_unixtime` the instant.
Service messages (joined, pinned, ...) are reported, not imported; calls are call records.
Accepted as a single JSON file, a thread folder of message_N.json, or the export's zip.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, BinaryIO

from stalkdesk.domain.vocab import Channel, ExhibitKind
from stalkdesk.importers import archive, text
from stalkdesk.importers.base import FormatSpec, ImportFormatError, Parsed, ParsedRecord, ParseOptions, Skipped

_META_FILE = re.compile(r"(?:^|/)message_(\d+)\.json$", re.IGNORECASE)
_KEYS = ('"participants"', '"messages"', '"chats"', '"sender_name"', '"date_unixtime"')
_MEDIA_FB = ("photos", "videos", "audio_files", "gifs", "files")
_MEDIA_TG = ("photo", "file")
_NOT_EXPORTED = "(File not included"
MAX_JSON = archive.MAX_MEMBER


def sniff(head: bytes, name: str) -> None:
    if head.startswith(b"PK\x03\x04"):
        return  # an export's zip: checked for message files when opened, before storing
    start = text.head_text(head).lstrip()
    if not start.startswith("{"):
        raise ImportFormatError(name, "this is not a Facebook, Instagram or Telegram message export: it is "
                                      "not a JSON object.")
    if not any(key in start for key in _KEYS):
        raise ImportFormatError(name, 'this JSON is not a message export: it has no "messages", '
                                      '"participants" or "chats".')


def repair(value: str) -> str:
    """Undo Facebook's and Instagram's mis-encoding of one string, only where it is one."""
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _repaired(value: Any, count: list[int]) -> Any:
    """Every string in a decoded JSON value repaired; count[0] counts the strings changed."""
    if isinstance(value, str):
        fixed = repair(value)
        if fixed is not value:
            count[0] += fixed != value
        return fixed
    if isinstance(value, list):
        return [_repaired(v, count) for v in value]
    if isinstance(value, dict):
        return {repair(k): _repaired(v, count) for k, v in value.items()}
    return value


def _load(data: bytes, name: str) -> dict[str, Any]:
    try:
        doc = json.loads(text.decode(data))
    except (ValueError, RecursionError) as exc:
        raise ImportFormatError(name, f"the JSON can't be read ({str(exc)[:120]}).") from None
    if not isinstance(doc, dict):
        raise ImportFormatError(name, "the JSON is not an object with messages.")
    return doc


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _base(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _is_meta(doc: Mapping[str, Any]) -> bool:
    msgs = _list(doc.get("messages"))
    first = next((m for m in msgs if isinstance(m, dict)), {})
    return "participants" in doc or "sender_name" in first or "senderName" in first


def _thread_order(info: zipfile.ZipInfo) -> tuple[str, int]:
    """Threads by folder, then message_1.json, message_2.json... in number order."""
    m = _META_FILE.search(info.filename)
    return info.filename.rsplit("/", 1)[0], int(m[1]) if m else 0


def _fb_when(m: Mapping[str, Any]) -> datetime:
    ms = m.get("timestamp_ms", m.get("timestamp"))
    if isinstance(ms, bool) or not isinstance(ms, (int, float)) or ms <= 0:
        raise ValueError("no timestamp")
    return datetime.fromtimestamp(ms / 1000 if ms > 10**11 else ms, UTC)


def _fb_record(seq: int, locator: str, m: Mapping[str, Any]) -> ParsedRecord:
    """One Messenger or Instagram message (already repaired). Raises ValueError if undated."""
    when = _fb_when(m)
    sender = _str(m.get("sender_name")) or _str(m.get("senderName"))
    body = _str(m.get("content")) or _str(m.get("text"))
    files = [_base(_str(x.get("uri"))) for key in _MEDIA_FB if key in m for x in _list(m[key]) if isinstance(x, dict)]
    if "media" in m:
        files += [_base(_str(x.get("uri"))) for x in _list(m["media"]) if isinstance(x, dict)]
    sticker = m.get("sticker")
    if isinstance(sticker, dict) and _str(sticker.get("uri")):
        files.append(_base(_str(sticker.get("uri"))))
    extra = []
    share = m.get("share")
    if isinstance(share, dict):
        shared = " ".join(s for s in (_str(share.get("share_text")), _str(share.get("link"))) if s)
        if shared:
            extra.append(f"Shared: {shared}")
    reactions = [f"{_str(r.get('reaction'))} by {_str(r.get('actor'))}".strip()
                 for r in _list(m.get("reactions")) if isinstance(r, dict)]
    if reactions:
        extra.append("Reactions: " + ", ".join(reactions))
    flags: tuple[str, ...] = ()
    if m.get("is_unsent") is True or m.get("isUnsent") is True:
        flags += ("unsent",)
    kind, direction, duration = "message", "unknown", None
    if _str(m.get("type")).lower() == "call" or "call_duration" in m:
        kind = "call"
        seconds = m.get("call_duration")
        duration = int(seconds) if isinstance(seconds, (int, float)) and not isinstance(seconds, bool) else None
        direction = "missed" if duration == 0 else "unknown"
    body = "\n".join(s for s in (body, *extra) if s)
    return ParsedRecord(seq, locator, kind, when, direction, sender, sender, body, duration,
                        ", ".join(f for f in files if f), flags, Channel.SOCIAL_MEDIA)


def _tg_text(value: object) -> str:
    if isinstance(value, str):
        return value
    parts = []
    for piece in _list(value):
        if isinstance(piece, str):
            parts.append(piece)
        elif isinstance(piece, dict):
            parts.append(_str(piece.get("text")))
    return "".join(parts)


def _tg_when(m: Mapping[str, Any]) -> datetime:
    unix = m.get("date_unixtime")
    if isinstance(unix, (str, int)) and not isinstance(unix, bool) and str(unix).strip().isdigit():
        return datetime.fromtimestamp(int(unix), UTC)
    found = datetime.fromisoformat(_str(m.get("date")).strip())  # naive: local time where exported
    return found


def _tg_record(seq: int, locator: str, m: Mapping[str, Any], skipped: list[Skipped]) -> ParsedRecord | None:
    kind = _str(m.get("type")) or "message"
    try:
        when = _tg_when(m)
    except (ValueError, OverflowError, OSError):
        skipped.append(Skipped(locator, f'no readable date ("{_str(m.get("date"))}")'))
        return None
    if kind == "service":
        action = _str(m.get("action"))
        if action != "phone_call":
            skipped.append(Skipped(locator, f"a Telegram service message ({action or 'unnamed'}), not a message"))
            return None
        seconds = m.get("duration_seconds")
        duration = int(seconds) if isinstance(seconds, int) and not isinstance(seconds, bool) else None
        reason = _str(m.get("discard_reason"))
        direction = "missed" if reason in ("missed", "busy") else "unknown"
        actor = _str(m.get("actor")) or _str(m.get("actor_id"))
        return ParsedRecord(seq, locator, "call", when, direction, actor, _str(m.get("actor")),
                            f"Telegram call ({reason})" if reason else "Telegram call", duration, "",
                            (), Channel.SOCIAL_MEDIA)
    if kind != "message":
        skipped.append(Skipped(locator, f'"{kind}" is not a Telegram message'))
        return None
    sender = _str(m.get("from")) or _str(m.get("from_id"))
    flags: tuple[str, ...] = ()
    body = _tg_text(m.get("text"))
    forwarded = _str(m.get("forwarded_from"))
    if forwarded:
        flags += ("forwarded",)
        body = f"(Forwarded from {forwarded})\n{body}".strip()
    if m.get("edited"):
        flags += ("edited",)
    files = []
    for key in _MEDIA_TG:
        value = _str(m.get(key))
        if value.startswith(_NOT_EXPORTED):
            flags += ("media_not_exported",)
        elif value:
            files.append(_base(value))
    media = _str(m.get("media_type"))
    if media and not files and "media_not_exported" not in flags:
        body = f"[{media.replace('_', ' ')}] {body}".strip()
    return ParsedRecord(seq, locator, "message", when, "unknown", sender, _str(m.get("from")), body, None,
                        ", ".join(files), flags, Channel.SOCIAL_MEDIA)


class _Reader:
    def __init__(self, stream: BinaryIO, name: str, parsed: Parsed) -> None:
        self.stream, self.name, self.parsed = stream, name, parsed
        self.seq = 0
        self.repairs = 0

    def _documents(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(where, decoded JSON) of each message file: the file itself or those in the zip."""
        self.stream.seek(0)
        if self.stream.read(4) != b"PK\x03\x04":
            self.stream.seek(0)
            data = self.stream.read(MAX_JSON + 1)
            if len(data) > MAX_JSON:
                raise ImportFormatError(self.name, "the file is too large to read as JSON.")
            yield self.name, _load(data, self.name)
            return
        self.stream.seek(0)
        zf, _ = archive.open_zip(self.stream, self.name)
        self.parsed.close = zf.close
        infos = [i for i in zf.infolist() if not i.is_dir()]
        chosen = [i for i in infos if _META_FILE.search(i.filename)]
        chosen.sort(key=_thread_order)
        if not chosen:
            chosen = [i for i in infos if _base(i.filename) == "result.json"]
        if not chosen:
            zf.close()
            raise ImportFormatError(self.name, "this zip holds no message_1.json (Facebook, Instagram) or "
                                               "result.json (Telegram).")
        self.parsed.attachments = archive.members(zf, self.name, skip={i.filename for i in chosen})
        for info in chosen:
            yield info.filename, _load(archive.read_member(zf, info, self.name), f"{self.name}: {info.filename}")

    def records(self) -> Iterator[ParsedRecord]:
        found = 0
        cited: set[str] = set()
        for where, doc in self._documents():
            if _is_meta(doc):
                found += 1
                chosen = self._meta(where, doc)
            elif "messages" in doc or "chats" in doc:
                found += 1
                chosen = self._telegram(where, doc)
            else:
                self.parsed.skipped.append(Skipped(where, "no messages in this JSON"))
                continue
            for record in chosen:
                if record.attachment:
                    cited.update(record.attachment.split(", "))
                yield record
        # A whole account's export holds profile pictures, posts and other people's threads'
        # media too: only the files a message cites are taken in.
        self.parsed.attachments = {k: v for k, v in self.parsed.attachments.items() if k in cited}
        if not found:
            raise ImportFormatError(self.name, "no Facebook, Instagram or Telegram messages were found.")
        if self.repairs:
            self.parsed.notes.append(f"{self.repairs:,} text(s) stored by Facebook or Instagram as mis-encoded "
                                     "UTF-8 were repaired (emoji and accents).")

    def _meta(self, where: str, raw: dict[str, Any]) -> Iterator[ParsedRecord]:
        count = [0]
        try:
            doc = _repaired(raw, count)
        except RecursionError:
            raise ImportFormatError(self.name, "the JSON is nested too deeply to be a message export.",
                                    where) from None
        self.repairs += count[0]
        people = [_str(p.get("name")) if isinstance(p, dict) else _str(p) for p in _list(doc.get("participants"))]
        title = _str(doc.get("title")) or _str(doc.get("threadName"))
        self.parsed.notes.append(f'Facebook/Instagram thread "{title or where}" ({_base(where)}): '
                                 + ", ".join(p for p in people if p) + ".")
        for index, m in enumerate(_list(doc.get("messages")), 1):
            locator = f"{where} message {index}"
            if not isinstance(m, dict):
                self.parsed.skipped.append(Skipped(locator, "not a message"))
                continue
            try:
                record = _fb_record(self.seq + 1, locator, m)
            except (ValueError, OverflowError, OSError):
                self.parsed.skipped.append(Skipped(locator, "the message has no readable timestamp"))
                continue
            self.seq += 1
            yield record

    def _telegram(self, where: str, doc: dict[str, Any]) -> Iterator[ParsedRecord]:
        chats: list[Any]
        holder = doc.get("chats")
        if isinstance(holder, dict):
            left = doc.get("left_chats")
            chats = _list(holder.get("list")) + (_list(left.get("list")) if isinstance(left, dict) else [])
            self.parsed.notes.append(f"Telegram full export: {len(chats)} chat(s).")
        else:
            chats = [doc]
        for number, chat in enumerate(chats, 1):
            if not isinstance(chat, dict):
                continue
            name = _str(chat.get("name")) or _str(chat.get("type")) or "chat"
            label = f'chat {number} "{name}"' if len(chats) > 1 else f'chat "{name}"'
            for index, m in enumerate(_list(chat.get("messages")), 1):
                if not isinstance(m, dict):
                    continue
                mid = m.get("id")
                locator = f"{label} message {mid if isinstance(mid, int) else f'#{index}'}"
                record = _tg_record(self.seq + 1, locator, m, self.parsed.skipped)
                if record is not None:
                    self.seq += 1
                    yield record


def open_export(stream: BinaryIO, name: str, options: ParseOptions) -> Parsed:
    parsed = Parsed(file=name)
    parsed.records = _Reader(stream, name, parsed).records
    return parsed


FORMAT = FormatSpec(
    name="social", label="social media message export", sniff=sniff, open=open_export,
    exhibit_kind=ExhibitKind.MESSAGE_EXPORT, channel=Channel.SOCIAL_MEDIA, unit="messages", ordered=False,
)
