"""Reading the fixtures (fictional exports written as the real ones look) through a parser."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from stalkdesk.importers import registry
from stalkdesk.importers.base import Parsed, ParsedEntry, ParsedRecord, ParseOptions

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def parse(fmt: str, data: bytes, name: str = "export.txt", **options: object) -> tuple[list[ParsedRecord], Parsed]:
    """Sniff and read every record, as the import service does."""
    registry.sniff(fmt, data[:65536], name)
    parsed = registry.get(fmt).open(io.BytesIO(data), name, ParseOptions(**options))  # type: ignore[arg-type]
    records = list(parsed.records())
    return records, parsed


def parse_entries(fmt: str, data: bytes, name: str, **options: object) -> tuple[list[ParsedEntry], Parsed]:
    registry.sniff(fmt, data[:65536], name)
    parsed = registry.get(fmt).open(io.BytesIO(data), name, ParseOptions(**options))  # type: ignore[arg-type]
    return list(parsed.entries()), parsed


def whatsapp_zip(chat: bytes, media: dict[str, bytes], chat_name: str = "_chat.txt") -> bytes:
    """A WhatsApp "Export chat" (with media) zip, laid out as iOS makes it."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(chat_name, chat)
        for name, data in media.items():
            zf.writestr(name, data)
    return buf.getvalue()
