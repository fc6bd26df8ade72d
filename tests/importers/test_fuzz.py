"""Whatever arrives, a parser either reads it or raises ImportFormatError with a message."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stalkdesk.importers import registry
from stalkdesk.importers.base import ImportFormatError, ParseOptions
from tests.importers.helpers import fixture, whatsapp_zip

# No example database: it would write fuzz inputs into the working tree.
FUZZ = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
FORMATS = registry.names()
NAMES = {"whatsapp": "chat.txt", "sms": "sms.xml", "calls": "calls.csv", "csv": "diary.csv", "eml": "mail.eml",
         "social": "message_1.json", "images": "photo.jpg"}
SEEDS = [fixture("whatsapp_android.txt"), fixture("whatsapp_ios.txt"), fixture("sms_backup.xml"),
         fixture("calls_backup.xml"), fixture("calls_tool.csv"), fixture("calls_provider.csv"),
         fixture("diary_utf8_bom.csv"), fixture("chronology.csv")]


def _only_format_errors(fmt: str, data: bytes, options: ParseOptions | None = None) -> None:
    name = NAMES[fmt]
    try:
        registry.sniff(fmt, data[:65536], name)
        parsed = registry.get(fmt).open(io.BytesIO(data), name, options or ParseOptions())
        for _ in parsed.records():
            pass
        for _ in parsed.entries():
            pass
        for attachment in parsed.attachments.values():
            attachment.read()
        parsed.close()
    except ImportFormatError as exc:
        assert str(exc).startswith(f'"{name}"') and exc.reason


@FUZZ
@given(fmt=st.sampled_from(FORMATS), data=st.binary(max_size=600))
def test_arbitrary_bytes(fmt: str, data: bytes) -> None:
    _only_format_errors(fmt, data)


_LINE_STARTS = st.sampled_from(["", "[03/03/2024, 21:15:07] ", "3/14/24, 9:15\u202fPM - ", "03.03.24, 21:15 - ",
                                "<sms date=\"1709499720000\" ", "<smses count=\"2\">", "</smses>", "Date/Time,",
                                "Date,Time,What happened\r\n", "03/03/2024 21:00:05,", "\u200e", "\ufeff"])
_LINES = st.lists(st.tuples(_LINE_STARTS, st.text(max_size=40)).map("".join), max_size=12).map("\n".join)


@FUZZ
@given(fmt=st.sampled_from(FORMATS), text=_LINES, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]),
       dayfirst=st.sampled_from([None, True, False]))
def test_text_shaped_into_lines(fmt: str, text: str, encoding: str, dayfirst: bool | None) -> None:
    _only_format_errors(fmt, text.encode(encoding, errors="replace"), ParseOptions(dayfirst=dayfirst))


@FUZZ
@given(seed=st.sampled_from(SEEDS), fmt=st.sampled_from(FORMATS), cut=st.integers(0, 4000),
       junk=st.binary(max_size=30))
def test_real_exports_cut_and_damaged(seed: bytes, fmt: str, cut: int, junk: bytes) -> None:
    data = seed[:cut] + junk + seed[cut + len(junk):]
    _only_format_errors(fmt, data)


@FUZZ
@given(data=st.binary(max_size=300))
def test_damaged_zips(data: bytes) -> None:
    archive = whatsapp_zip(fixture("whatsapp_ios.txt"), {"a.jpg": data})
    _only_format_errors("whatsapp", archive[: len(archive) // 2] + data + archive[len(archive) // 2:])
    _only_format_errors("csv", archive)
