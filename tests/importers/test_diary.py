from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from stalkdesk.domain.when import Precision
from stalkdesk.importers.base import ColumnsNeeded, ImportFormatError
from tests.importers.helpers import fixture, parse_entries


@pytest.mark.parametrize("name", ["diary_utf8_bom.csv", "diary_cp1252.csv", "diary_utf16.txt"])
def test_victim_diary_in_each_encoding(name: str) -> None:
    rows, parsed = parse_entries("csv", fixture(name), name)
    assert [r.locator for r in rows] == ["row 2", "row 3", "row 4", "row 6"]
    flowers, car, gym, followed = rows
    assert flowers.when.precision is Precision.DAY and flowers.when.start == datetime(2024, 3, 1, tzinfo=UTC)
    assert "\u201cwe\u2019re not finished\u201d" in flowers.description and "\u00a360 \u2013" in flowers.description
    assert flowers.witnesses == "Alex Witness" and flowers.location == "Fictional Florists, High Street"
    assert car.when.start == datetime(2024, 3, 13, 21, 15, tzinfo=UTC)  # GMT in March
    assert gym.when.precision is Precision.APPROXIMATE and gym.when.approx_text == "early March 2024"
    assert followed.witnesses == "Alex Witness; Pat Bystander"
    assert parsed.skipped[0].locator == "row 5" and "No date" in parsed.skipped[0].reason
    assert parsed.dayfirst is True


def test_existing_chronology_spreadsheet() -> None:
    rows, parsed = parse_entries("csv", fixture("chronology.csv"), "chronology.csv")
    assert [r.behaviour for r in rows] == ["Loitering", "Contacting", "Following"]
    assert rows[0].when.start == datetime(2024, 3, 2, 18, 40, tzinfo=UTC) and rows[0].exhibits == "AF/1"
    assert rows[2].when.start == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # the first 01:30 (BST)
    assert "happened twice" in rows[2].description
    assert parsed.mapping["description"] == "Description"


def test_xlsx_workbook() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Chronology of Op Fictional"])
    sheet.append(["Date", "Time", "Description", "Location"])
    sheet.append([datetime(2024, 3, 2, 18, 40), None, "Seen opposite the house", "Fictional Street"])
    sheet.append([datetime(2024, 3, 5), None, "Letter left on the car", ""])
    sheet.append(["12/03/2024", "09:15", "Phoned the victim's office", ""])
    buf = io.BytesIO()
    book.save(buf)
    rows, _ = parse_entries("csv", buf.getvalue(), "chronology.xlsx")
    assert [(r.when.start, r.when.precision) for r in rows] == [
        (datetime(2024, 3, 2, 18, 40, tzinfo=UTC), Precision.MINUTE),
        (datetime(2024, 3, 5, tzinfo=UTC), Precision.DAY),
        (datetime(2024, 3, 12, 9, 15, tzinfo=UTC), Precision.MINUTE)]


def test_unrecognised_columns_ask_for_a_mapping() -> None:
    data = b"Quand,Quoi\r\n03/03/2024,Something happened\r\n"
    with pytest.raises(ColumnsNeeded, match="date and the description"):
        parse_entries("csv", data, "journal.csv")
    rows, _ = parse_entries("csv", data, "journal.csv", columns={"date": "Quand", "description": "Quoi"})
    assert rows[0].description == "Something happened"


def test_old_excel_files_are_refused_with_a_hint() -> None:
    with pytest.raises(ImportFormatError, match=r"Save an old \.xls"):
        parse_entries("csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old.xls")
