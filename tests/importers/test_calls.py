from __future__ import annotations

from datetime import datetime

import pytest

from stalkdesk.domain.vocab import Channel
from stalkdesk.importers.base import ColumnsNeeded, ImportFormatError
from tests.importers.helpers import fixture, parse


def test_phone_tool_layout() -> None:
    records, parsed = parse("calls", fixture("calls_tool.csv"), name="calls.csv")
    assert [r.direction for r in records] == ["missed", "missed", "rejected", "outgoing", "incoming", "incoming"]
    assert records[0].when == datetime(2024, 3, 3, 21, 0, 5) and records[0].locator == "line 2"
    assert records[3].duration_s == 125  # 00:02:05
    assert (records[4].kind, records[4].channel, records[4].duration_s) == ("message", Channel.SMS, None)
    assert records[0].display_name == "Sam Sample"
    reasons = {s.locator: s.reason for s in parsed.skipped}
    assert "data session" in reasons["line 8"]
    assert "31/02/2024" in reasons["line 9"]
    assert "only 3 of 6 columns" in reasons["line 10"]
    assert parsed.mapping["datetime"] == "Date/Time" and parsed.layout


def test_provider_layout_with_title_lines_and_calling_called_numbers() -> None:
    records, parsed = parse("calls", fixture("calls_provider.csv"), name="provider.csv")
    assert [(r.direction, r.sender) for r in records] == [
        ("incoming", "447700900456"), ("incoming", "447700900456"), ("outgoing", "447700900456"),
        ("incoming", "447700900789")]
    assert records[0].when == datetime(2024, 3, 3, 21, 0, 5)
    assert records[2].duration_s == 125
    assert any("447700900123" in n for n in parsed.notes)  # the handset the records are about


def test_unknown_layout_asks_for_a_mapping() -> None:
    with pytest.raises(ColumnsNeeded) as info:
        parse("calls", fixture("calls_unknown.csv"), name="odd.csv")
    assert info.value.columns == ("When", "Who", "How long", "Which way")
    assert info.value.samples["Who"][0] == "07700 900456"
    assert "date and time" in str(info.value)


def test_unknown_layout_with_a_mapping() -> None:
    mapping = {"datetime": "When", "number": "2", "duration": "how long", "direction": "Which way"}
    records, parsed = parse("calls", fixture("calls_unknown.csv"), name="odd.csv", columns=mapping)
    assert [(r.direction, r.duration_s) for r in records] == [("incoming", 0), ("incoming", 12), ("outgoing", 60)]
    assert parsed.mapping == {"datetime": "When", "number": "Who", "duration": "How long", "direction": "Which way"}


def test_headerless_file_needs_a_mapping_by_column_number() -> None:
    data = b"03/03/2024 21:00,07700 900456,in\r\n13/03/2024 22:00,07700 900456,out\r\n"
    with pytest.raises(ColumnsNeeded) as info:
        parse("calls", data, name="bare.csv")
    assert info.value.columns == ("column 1", "column 2", "column 3")
    records, _ = parse("calls", data, name="bare.csv", columns={"datetime": "1", "number": "2", "direction": "3"})
    assert [r.when.day for r in records] == [3, 13]


@pytest.mark.parametrize(("mapping", "reason"), [({"colour": "When"}, "not a column this format uses"),
                                                  ({"datetime": "Nowhere"}, 'no column "Nowhere"')])
def test_bad_mappings_are_refused(mapping: dict[str, str], reason: str) -> None:
    with pytest.raises(ImportFormatError, match=reason):
        parse("calls", fixture("calls_unknown.csv"), name="odd.csv", columns=mapping)


def test_binary_file_is_refused() -> None:
    with pytest.raises(ImportFormatError, match="not a CSV"):
        parse("calls", b"%PDF-1.7\n...", name="calls.pdf")
