"""One rule for every CLI command that writes a file out of the store: --recipient and --purpose
are both required (issues 6 and 8), internal --unredacted copies included; the refusal names
the missing option, comes before the passphrase is asked, and writes nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from stalkdesk.services.vault import Vault
from tests import factories
from tests.conftest import PASSPHRASE
from tests.test_cli import env, run  # noqa: F401  (the env fixture)

WHO = {"--recipient": "CPS Fictional Area", "--purpose": "charging decision"}
EXPORTS = {
    "interview": ("report", "interview", "-o", "{out}.pdf"),
    "interview unredacted": ("report", "interview", "-o", "{out}.pdf", "--unredacted"),
    "charge file": ("report", "charge-file", "-o", "{out}.pdf"),
    "spo pack": ("report", "spo", "-o", "{out}.pdf"),
    "unused schedule": ("report", "unused", "-o", "{out}.csv"),
    "sensitive schedule": ("report", "sensitive", "-o", "{out}.pdf", "--unredacted"),
    "redaction log": ("report", "redactions", "-o", "{out}.pdf"),
    "patterns csv": ("analysis", "patterns", "--csv", "{out}.csv"),
}


@pytest.fixture
def urn(env: Path) -> str:  # noqa: F811
    ws = Vault(env).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.victim())
    ws.entries.add_many(case.id, [factories.entry(i, summary=f"Fictional event {i}") for i in range(3)])
    ws.close()
    return case.urn


def _argv(name: str, urn: str, out: Path, given: dict[str, str]) -> list[str]:
    argv = [a.format(out=out) for a in EXPORTS[name]]
    argv[2:2] = ["--case", urn]
    for option, value in given.items():
        argv += [option, value]
    return argv


def _exports(urn: str) -> list[list[str]]:
    code, out, _ = run("audit", "--case", urn, "--csv")
    assert code == 0
    return [r for r in csv.reader(io.StringIO(out)) if len(r) > 7 and r[3] == "export"]


@pytest.mark.parametrize("name", list(EXPORTS))
def test_every_export_names_the_missing_option_and_writes_nothing(name: str, urn: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "out"
    for given, missing in (({}, "give --recipient and --purpose."),
                           ({"--recipient": WHO["--recipient"]}, "give --purpose."),
                           ({"--purpose": WHO["--purpose"], "--recipient": "  "}, "give --recipient.")):
        code, _, err = run(*_argv(name, urn, out, given))
        assert code == 1 and missing in err and "Nothing was written" in err, err
    assert list(folder.iterdir()) == [] and _exports(urn) == []
    monkeypatch.delenv("STALKDESK_PASSPHRASE")  # refused before the store is unlocked: no prompt
    code, _, err = run(*_argv(name, urn, out, {}))
    assert code == 1 and "give --recipient and --purpose." in err


@pytest.mark.parametrize("name", ["interview unredacted", "patterns csv", "unused schedule"])
def test_with_both_the_export_is_written_and_logged(name: str, urn: str, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    code, _, err = run(*_argv(name, urn, folder / "out", WHO))
    assert code == 0, err
    assert len(list(folder.iterdir())) == 1
    [export] = _exports(urn)
    logged = " ".join(export[6:8])
    assert "CPS Fictional Area" in logged and "charging decision" in logged


def test_export_case_refuses_a_blank_recipient(urn: str, tmp_path: Path) -> None:
    target = tmp_path / "case.sdcase"
    code, _, err = run("export-case", urn, "-o", str(target), "--recipient", " ", "--purpose", "transfer")
    assert code == 1 and "export-case: give --recipient." in err
    assert not target.exists()
