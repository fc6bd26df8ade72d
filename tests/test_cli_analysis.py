"""`stalkdesk analysis ...`, `stalkdesk spo ...` and `stalkdesk report spo` on the command line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from stalkdesk import cli
from stalkdesk.domain.vocab import Channel
from stalkdesk.services.vault import Vault
from tests import factories
from tests.conftest import PASSPHRASE


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def urn(monkeypatch: pytest.MonkeyPatch, home: Path) -> str:
    monkeypatch.setenv("STALKDESK_HOME", str(home))
    monkeypatch.setenv("STALKDESK_PASSPHRASE", PASSPHRASE)
    ws = Vault(home).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case())
    ws.people.add(case.id or 0, factories.victim())
    # 3 SMS on Sunday 03/03/2024 from 21:15, 1 call a week later
    ws.entries.add_many(case.id or 0, [factories.entry(i, summary=f"Fictional event {i}") for i in range(3)]
                        + [factories.entry(24 * 7, channel=Channel.CALL)])
    ws.close()
    return case.urn


WHO = ("--recipient", "Force legal services (fictional)", "--purpose", "SPO application")


def test_patterns_prints_the_figures_and_writes_csv(urn: str, tmp_path: Path) -> None:
    code, out, err = run("analysis", "patterns", "--case", urn)
    assert code == 0, err
    assert "4 contacts from 03/03/2024 21:15" in out
    assert "Week beginning" in out and "26/02/2024" in out
    target = tmp_path / "weekly.csv"
    code, out, err = run("analysis", "patterns", "--case", urn, "--csv", str(target), "--reason", "Analyst", *WHO)
    assert code == 0, err
    assert "Wrote" in out and "2 rows (weekly)" in out
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert rows[0][:4] == ["Week beginning", "Contacts", "SMS", "Phone call"]
    assert rows[1][:4] == ["26/02/2024", "3", "3", "0"] and rows[2][:4] == ["04/03/2024", "1", "0", "1"]
    code, out, _ = run("audit", "--case", urn, "--csv")
    assert "Exported patterns of contact (weekly table, 2 rows)" in out
    core = tmp_path / "core.csv"
    assert run("analysis", "patterns", "--case", urn, "--csv", str(core), "--table", "core_times", *WHO)[0] == 0
    sunday = next(r for r in csv.reader(core.read_text().splitlines()) if r[0] == "Sunday")
    assert sunday[1 + 21:1 + 24] == ["2", "1", "1"]  # 21:15 twice (a week apart), 22:15, 23:15 GMT


def test_points_prints_the_checklist(urn: str) -> None:
    code, out, err = run("analysis", "points", "--case", urn)
    assert code == 0, err
    assert "Stalking (PHA 1997 s.2A):" in out and "Stalking Protection Order: grounds" in out
    assert "[x] Course of conduct" in out and "linked: nothing yet" in out
    code, out, _ = run("analysis", "points", "--case", urn, "--no-spo")
    assert "Stalking Protection Order" not in out


def test_spo_terms_interim_duration_and_the_pack(urn: str, tmp_path: Path) -> None:
    code, out, err = run("spo", "term", "add", "--case", urn, "--common", "no_contact")
    assert code == 0, err
    assert out.startswith("Added P1: Not to contact [the victim]")
    assert run("spo", "term", "add", "--case", urn, "--kind", "requirement", "--text", "To attend a course")[0] == 0
    assert run("spo", "term", "add", "--case", urn, "--kind", "prohibition", "--text", "Not to post online")[0] == 0
    code, out, _ = run("spo", "term", "move", "--case", urn, "P2", "--by", "-1")
    assert out.splitlines()[0].startswith("P1   Not to post online")
    code, out, _ = run("spo", "term", "remove", "--case", urn, "p2")
    assert "Not to contact" not in out and "R1   To attend a course" in out
    code, _, err = run("spo", "term", "remove", "--case", urn, "P9")
    assert code == 1 and 'no proposed term "P9"' in err
    code, _, err = run("spo", "term", "add", "--case", urn, "--text", "no kind")
    assert code == 1 and "--kind" in err
    code, _, err = run("spo", "duration", "--case", urn, "1")
    assert code == 1 and "at least 2 years" in err
    assert run("spo", "duration", "--case", urn, "until further order")[0] == 0
    code, _, err = run("spo", "interim", "--case", urn, "--yes")
    assert code == 1 and "Say why" in err
    assert run("spo", "interim", "--case", urn, "--yes", "--reasons", "Fictional: he keeps coming back")[0] == 0
    code, out, _ = run("spo", "term", "list", "--case", urn)
    assert "Until a further order" in out and "Interim order: requested" in out
    code, out, _ = run("spo", "term", "common")
    assert "no_monitoring" in out and "assessment" in out
    pdf = tmp_path / "spo.pdf"
    code, out, err = run("report", "spo", "--case", urn, "-o", str(pdf), *WHO)
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and "redacted CPS version" in out
    code, out, err = run("report", "spo", "--case", urn, "-o", str(tmp_path / "internal.pdf"), "--unredacted", *WHO)
    assert code == 0 and "UNREDACTED" in out
    code, out, _ = run("audit", "--case", urn, "--csv")
    assert out.count("Stalking Protection Order application pack") == 2


def test_unknown_case_is_a_plain_error(urn: str) -> None:
    code, _, err = run("analysis", "patterns", "--case", "NO-SUCH-URN")
    assert code == 1 and err.startswith("stalkdesk:") and "Traceback" not in err
