"""`stalkdesk redact ...` and `stalkdesk report unused|sensitive|redactions`."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.services.vault import Vault
from tests import factories
from tests.conftest import PASSPHRASE
from tests.reports import pdf
from tests.test_cli import env, run  # noqa: F401  (the env fixture)

NUMBER = "07700 900456"


@pytest.fixture
def urn(env: Path) -> str:  # noqa: F811
    ws = Vault(env).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.victim())
    ws.entries.add_many(case.id, [
        factories.entry(0, summary=f"Texts from {NUMBER}", disclosure=DisclosureStatus.UNUSED),
        factories.entry(1, summary="Calls from 07700 900789", disclosure=DisclosureStatus.UNUSED),
        factories.entry(2, summary="Intelligence report", disclosure=DisclosureStatus.SENSITIVE),
    ])
    ws.close()
    return case.urn


def _ids(out: str) -> dict[str, int]:
    """Suggestion id by the number it found, from the listing (ID, ITEM, KIND, TEXT, ...)."""
    return {m[2]: int(m[1]) for m in re.finditer(r"^\s*(\d+)\s+\d+\s+phone number\s+(\d{5} \d{6})", out, re.M)}


def test_suggest_accept_dismiss(urn: str) -> None:
    code, out, err = run("redact", "suggest", "--case", urn)
    assert code == 0, err
    assert "Scanned" in out and "2 new suggestions" in out
    ids = _ids(out)
    assert set(ids) == {NUMBER, "07700 900789"}
    assert f"item 1, summary: Texts from [[{NUMBER}]]" in out
    code, out, err = run("redact", "accept", str(ids[NUMBER]), "--reason", "third-party identity")
    assert code == 0, err
    assert "Accepted redaction" in out
    code, out, err = run("redact", "dismiss", str(ids["07700 900789"]), "--reason", "")
    assert code == 1 and "reason" in err
    code, out, err = run("redact", "dismiss", str(ids["07700 900789"]), "--reason", "suspect's number")
    assert code == 0 and "Dismissed" in out
    code, out, _ = run("redact", "suggest", "--case", urn)
    assert "0 new suggestions" in out and "Nothing to decide." in out
    code, out, _ = run("redact", "suggest", "--case", urn, "--all")
    assert "[accepted: third-party identity]" in out and "[dismissed: suspect's number]" in out
    code, _, err = run("redact", "accept", "999", "--reason", "x")
    assert code == 1 and "no redaction suggestion with id 999" in err
    with pytest.raises(SystemExit) as exc:
        run("redact", "accept", "abc", "--reason", "x")
    assert exc.value.code == 2


def test_report_commands(urn: str, tmp_path: Path) -> None:
    _, out, _ = run("redact", "suggest", "--case", urn)
    run("redact", "accept", str(_ids(out)[NUMBER]), "--reason", "third-party identity")
    who = ("--recipient", "CPS Fictional Area", "--purpose", "pre-charge advice")
    code, out, err = run("report", "unused", "--case", urn, "-o", str(tmp_path / "mg6c.pdf"), *who)
    assert code == 0, err
    assert "redacted CPS version" in out and "2 numbered lines" in out
    text = " ".join(pdf.all_text(pdf.reader(tmp_path / "mg6c.pdf")).split())
    assert NUMBER not in text and "07700 900789" in text
    code, out, err = run("report", "sensitive", "--case", urn, "-o", str(tmp_path / "mg6d.csv"), *who)
    assert code == 0, err
    assert "NOT FOR DISCLOSURE TO THE DEFENCE" in out
    rows = list(csv.reader(io.StringIO((tmp_path / "mg6d.csv").read_text("utf-8-sig"))))
    assert len(rows) == 3 and "Intelligence report" in rows[2][1]
    code, out, err = run("report", "redactions", "--case", urn, "-o", str(tmp_path / "log.pdf"), *who)
    assert code == 0, err
    code, _, err = run("report", "unused", "--case", urn, "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "--recipient and --purpose" in err and not (tmp_path / "x.pdf").exists()
    code, _, err = run("report", "unused", "--case", urn, "-o", str(tmp_path / "x.pdf"), "--unredacted")
    assert code == 1 and "give --recipient and --purpose" in err  # internal copies leave the store too
    code, _, err = run("report", "unused", "--case", urn, "-o", str(tmp_path / "x.pdf"), "--unredacted", *who)
    assert code == 0, err
    code, _, err = run("report", "unused", "--case", urn, "-o", str(tmp_path / "x.txt"), *who)
    assert code == 1 and ".pdf or .csv" in err
    code, out, _ = run("audit", "--case", urn, "--csv")
    exports = [r for r in csv.reader(io.StringIO(out)) if r[3] == "export"]
    assert len(exports) == 4
    assert "for CPS Fictional Area" in exports[0][6] and exports[0][7] == "pre-charge advice"


def test_charge_file_export_logs_recipient_and_purpose(urn: str, tmp_path: Path) -> None:
    code, _, err = run("report", "charge-file", "--case", urn, "-o", str(tmp_path / "cf.pdf"),
                       "--recipient", "CPS Fictional Area", "--purpose", "charging decision")
    assert code == 0, err
    code, out, _ = run("audit", "--case", urn, "--csv")
    [export] = [r for r in csv.reader(io.StringIO(out)) if r[3] == "export"]
    assert export[7] == "recipient: CPS Fictional Area; purpose: charging decision"
