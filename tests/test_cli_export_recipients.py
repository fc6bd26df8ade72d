"""Every export that may leave the unit logs who it went to and why (issue 8)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from stalkdesk.services.vault import Vault
from tests import factories
from tests.conftest import PASSPHRASE
from tests.test_cli import env, run  # noqa: F401  (the env fixture)


@pytest.fixture
def urn(env: Path) -> str:  # noqa: F811
    ws = Vault(env).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.victim())
    ws.entries.add_many(case.id, [factories.entry(i, summary=f"Fictional event {i}") for i in range(3)])
    ws.close()
    return case.urn


def _exports(urn: str) -> list[list[str]]:
    code, out, _ = run("audit", "--case", urn, "--csv")
    assert code == 0
    return [r for r in csv.reader(io.StringIO(out)) if len(r) > 7 and r[3] == "export"]


def test_the_cps_charge_file_needs_a_recipient_and_a_purpose(urn: str, tmp_path: Path) -> None:
    target = tmp_path / "cf.pdf"
    code, _, err = run("report", "charge-file", "--case", urn, "-o", str(target), "--recipient", "CPS Fictional")
    assert code == 1 and "give --purpose." in err and "Nothing was written" in err
    assert not target.exists() and _exports(urn) == []
    code, _, err = run("report", "charge-file", "--case", urn, "-o", str(target), "--unredacted")
    assert code == 1 and "give --recipient and --purpose." in err  # an internal copy leaves the store too
    assert not target.exists() and _exports(urn) == []


def test_the_spo_pack_logs_recipient_and_purpose(urn: str, tmp_path: Path) -> None:
    code, _, err = run("report", "spo", "--case", urn, "-o", str(tmp_path / "spo.pdf"),
                       "--recipient", "Force legal services (fictional)", "--purpose", "SPO application")
    assert code == 0, err
    [export] = _exports(urn)
    assert export[7] == "recipient: Force legal services (fictional); purpose: SPO application"


def test_the_patterns_csv_logs_recipient_purpose_and_reason(urn: str, tmp_path: Path) -> None:
    code, _, err = run("analysis", "patterns", "--case", urn, "--csv", str(tmp_path / "p.csv"), "--table", "daily",
                       "--recipient", "MARAC (fictional)", "--purpose", "risk meeting", "--reason", "agreed by DS")
    assert code == 0, err
    [export] = _exports(urn)
    assert export[7] == "recipient: MARAC (fictional); purpose: risk meeting; agreed by DS"
    code, _, err = run("analysis", "patterns", "--case", urn, "--csv", str(tmp_path / "q.csv"),
                       "--reason", "officer's own analysis")
    assert code == 1 and "analysis patterns: give --recipient and --purpose." in err
    assert not (tmp_path / "q.csv").exists() and len(_exports(urn)) == 1
    code, _, err = run("analysis", "patterns", "--case", urn)
    assert code == 0, err  # printing the figures on screen is not an export
