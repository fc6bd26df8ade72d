from __future__ import annotations

import argparse
import io
from datetime import timedelta
from pathlib import Path

import pytest

from stalkdesk import cli_import
from stalkdesk.services.importing import ImportRefused
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.importers.helpers import fixture


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stalkdesk")
    cli_import.add_parser(parser.add_subparsers(dest="command"))
    return parser


def _run(ws: Workspace, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_import.run(ws, _parser().parse_args(["import", *argv]), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def urn(ws: Workspace) -> str:
    case = ws.cases.create(factories.case())
    ws.people.add(case.id or 0, factories.suspect(phones=("+447700900456",)))
    return case.urn


@pytest.mark.parametrize(("text", "minutes"), [("60m", 60), ("90", 90), ("2h", 120), ("1h30m", 90), ("45 min", 45)])
def test_group_window(text: str, minutes: int) -> None:
    assert cli_import.group_window(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["soon", "0m", "9000h"])
def test_bad_group_window(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        cli_import.group_window(text)


def test_arguments() -> None:
    args = _parser().parse_args(["import", "calls", "c.csv", "--case", "01ZZ1", "--suspect", "07700 900456",
                                 "--suspect", "Sam", "--monthfirst", "--map", "datetime=Start time", "--dry-run"])
    assert (args.format, args.suspect, args.dayfirst, args.map, args.dry_run) == (
        "calls", ["07700 900456", "Sam"], False, [("datetime", "Start time")], True)
    assert args.group_window == timedelta(minutes=60) and not args.force


def test_dry_run_prints_what_would_be_imported(ws: Workspace, urn: str, tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(fixture("whatsapp_android.txt"))
    head = ws.audit.head()
    code, out, _ = _run(ws, "whatsapp", str(path), "--case", urn, "--dry-run")
    assert code == 0 and ws.audit.head() == head
    assert "Dry run: nothing was stored." in out
    assert "sam sample" in out and "[suspect]" in out
    assert "Would make 2 chronology entries from 6 of the suspect's contacts." in out


def test_import_prints_a_summary(ws: Workspace, urn: str, tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    path.write_bytes(fixture("calls_tool.csv"))
    code, out, _ = _run(ws, "calls", str(path), "--case", urn, "--group-window", "30m")
    assert code == 0
    assert "Imported as exhibit AF/1: 6 records stored, 3 chronology entries (items 1-3)" in out
    assert "calls.csv, line 8: a data session, not a call or message" in out
    with pytest.raises(ImportRefused, match="already in this case"):
        _run(ws, "calls", str(path), "--case", urn)
