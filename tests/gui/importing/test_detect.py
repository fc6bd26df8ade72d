"""Recognising a file's format and columns from its first bytes, before anything is read in full."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from stalkdesk.domain.records import Case
from stalkdesk.gui.importing import detect
from stalkdesk.gui.importing.wizard import ImportWizard
from stalkdesk.importers import registry
from stalkdesk.services.importing import ImportRefused
from stalkdesk.services.workspace import Workspace

pytestmark = pytest.mark.gui


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_chat_export_is_recognised_for_certain(chat: Path) -> None:
    found = detect.detect(chat)
    assert found.formats[0] == "whatsapp" and found.sure


def test_call_records_and_a_diary_are_told_apart_by_their_headings(tmp_path: Path) -> None:
    calls = _write(tmp_path, "calls.csv", "Date/Time,Number,Direction,Duration\n03/03/2024 21:00,07700 900456,In,3\n")
    diary = _write(tmp_path, "diary.csv", "Date,Time,What happened,Where\n03/03/2024,21:00,He was outside,Home\n")
    assert detect.detect(calls).formats[0] == "calls"
    assert detect.detect(diary).formats[0] == "csv"


def test_a_file_no_format_accepts_is_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "unknown.bin"
    path.write_bytes(b"\x00\x01\x02fictional binary\x00" * 8)
    assert detect.detect(path).formats == ()


def test_every_format_of_the_registry_is_offered(wizard: ImportWizard) -> None:
    combo = wizard.format_page.ui.format_combo
    assert [combo.itemData(i) for i in range(combo.count())] == registry.names()  # a new importer appears
    assert combo.itemText(0) == detect.label("whatsapp") == "WhatsApp chat export"
    assert len({combo.itemText(i) for i in range(combo.count())}) == combo.count()


def test_check_refuses_a_file_that_is_not_the_format(chat: Path) -> None:
    detect.check("whatsapp", chat)
    with pytest.raises(ImportRefused, match="the file is empty"):
        detect.check("calls", _empty(chat))
    with pytest.raises(ImportRefused, match="nothing was stored"):
        detect.check("sms", chat)


def _empty(near: Path) -> Path:
    path = near.with_name("empty.csv")
    path.write_bytes(b"")
    return path


def test_columns_of_an_unknown_layout_need_mapping(ws: Workspace, case: Case, calls_csv: Path) -> None:
    probe = detect.probe_columns(ws, "calls", calls_csv)
    assert probe is not None and probe.needs_mapping and not probe.remembered
    assert probe.columns == ("Moment", "Party", "Secs", "Way")
    assert probe.mapping == {"number": "Party", "duration": "Secs"}
    assert probe.missing == ("date and time",)
    assert probe.samples["Secs"] == ("0", "12", "60")
    assert {"datetime", "number", "duration", "direction"} <= set(probe.roles)
    mapped = detect.probe_columns(ws, "calls", calls_csv, columns={"datetime": "Moment", "number": "Party"})
    assert mapped is not None and not mapped.needs_mapping
    assert mapped.mapping["datetime"] == "Moment"


def test_a_chat_has_no_columns(ws: Workspace, case: Case, chat: Path) -> None:
    assert detect.probe_columns(ws, "whatsapp", chat) is None


def test_an_unreadable_path_is_refused_plainly(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="there is no such file"):
        detect.read_head(tmp_path / "gone.txt")


EMAIL = b"""From: Sam Sample <sam@example.invalid>
To: Jo Example <jo@example.invalid>
Subject: Why won't you answer
Date: Sun, 03 Mar 2024 21:15:00 +0000
Message-ID: <1@example.invalid>

I know you're home.
"""


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zips_are_told_apart_by_what_their_readers_find_inside(tmp_path: Path, chat: Path) -> None:
    chat_zip = _zip(tmp_path / "WhatsApp Chat.zip", {"_chat.txt": chat.read_bytes(), "IMG-1.jpg": b"\xff\xd8"})
    mail_zip = _zip(tmp_path / "emails.zip", {"1.eml": EMAIL, "2.eml": EMAIL.replace(b"<1@", b"<2@")})
    assert detect.detect(chat_zip).formats[0] == "whatsapp"
    found = detect.detect(mail_zip)
    assert found.formats[0] == "eml" and found.sure


def test_a_folder_is_tried_as_the_zip_the_import_makes_of_it(tmp_path: Path) -> None:
    folder = tmp_path / "forwarded emails"
    folder.mkdir()
    (folder / "1.eml").write_bytes(EMAIL)
    assert detect.detect(folder).formats[0] == "eml"
    detect.check("eml", folder)
    with pytest.raises(ImportRefused, match="holds no pictures"):
        detect.check("images", folder)
