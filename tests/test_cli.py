from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from stalkdesk import cli
from stalkdesk.services.vault import Vault
from tests import factories
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.imaging.images import jpeg_with_exif, png_screenshot, truncated_jpeg


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, home: Path) -> Path:
    monkeypatch.setenv("STALKDESK_HOME", str(home))
    monkeypatch.setenv("STALKDESK_PASSPHRASE", PASSPHRASE)
    return home


@pytest.fixture
def with_case(env: Path) -> str:
    ws = Vault(env).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case())
    ws.people.add(case.id or 0, factories.victim())
    ws.entries.add_many(case.id or 0, [factories.entry(i, summary=f"Fictional event {i}") for i in range(3)])
    ws.close()
    return case.urn


def test_init_prints_recovery_key_once_and_creates_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STALKDESK_PASSPHRASE", "a fine long passphrase")
    folder = tmp_path / "new"
    code, out, _ = run("--home", str(folder), "init", "--name", "Alex Fictional", "--initials", "af")
    assert code == 0
    recovery = out.split("computer):")[1].split()[0]
    assert recovery.count("-") == 7
    ws = Vault(folder).unlock_with_recovery(recovery, "a new long passphrase")
    assert ws.officer is not None and ws.officer.initials == "AF"
    ws.close()
    assert recovery not in (folder / "stalkdesk.keys").read_text()


def test_init_needs_name_and_initials(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STALKDESK_PASSPHRASE", "a fine long passphrase")
    code, _, err = run("--home", str(tmp_path / "n"), "init")
    assert code == 1 and "--initials" in err


def test_cases_json_has_stable_fields(with_case: str) -> None:
    code, out, _ = run("cases", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows[0]["urn"] == with_case and rows[0]["entries"] == 3
    assert {"urn", "operation", "offences", "marking", "status", "is_demo", "exhibits"} <= set(rows[0])


def test_show_json_lists_people_entries_exhibits(with_case: str) -> None:
    code, out, _ = run("show", with_case, "--json")
    data = json.loads(out)
    assert code == 0 and data["schema"] == "stalkdesk-case/1"
    assert [e["item"] for e in data["entries"]] == [1, 2, 3]
    assert data["entries"][0]["when"] == "03/03/2024 21:15"
    assert data["people"][0]["phones"] == ["+447700900123"]


def test_show_text(with_case: str) -> None:
    code, out, _ = run("show", with_case)
    assert code == 0 and "Fictional event 2" in out and "Chronology (3 entries)" in out


def test_unknown_case_is_one_line_exit_1(env: Path) -> None:
    code, out, err = run("show", "NOPE")
    assert code == 1 and err.strip() == "stalkdesk: There is no case with URN NOPE." and out == ""


def test_wrong_passphrase_exit_1(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STALKDESK_PASSPHRASE", "definitely not it")
    code, _, err = run("cases")
    assert code == 1 and "passphrase is not right" in err and "Traceback" not in err


def test_passphrase_file(env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("STALKDESK_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert run("--passphrase-file", str(secret), "cases")[0] == 0


def test_keyring_is_tried_first(env: Path, monkeypatch: pytest.MonkeyPatch, fake_keyring: MemoryKeyring) -> None:
    assert run("keyring", "remember")[0] == 0
    monkeypatch.delenv("STALKDESK_PASSPHRASE")
    assert run("cases")[0] == 0
    assert run("keyring", "forget")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run("cases")
    assert code == 1 and "No passphrase" in err


def test_usage_error_exit_2(env: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        run("bogus")
    assert exc.value.code == 2


def test_verify_ok_then_detects_tampering(with_case: str, env: Path) -> None:
    code, out, _ = run("verify")
    assert code == 0 and "All checks passed." in out
    ws = Vault(env).unlock(PASSPHRASE)
    with ws.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET officer = 'someone else' WHERE seq = 2")
    ws.close()
    code, out, _ = run("verify")
    assert code == 1 and "PROBLEM: audit trail: audit row 2" in out


def test_passwd(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STALKDESK_NEW_PASSPHRASE", "a different long passphrase")
    assert run("passwd")[0] == 0
    assert run("cases")[0] == 1
    monkeypatch.setenv("STALKDESK_PASSPHRASE", "a different long passphrase")
    assert run("cases")[0] == 0


def test_exhibit_add_takes_good_files_and_refuses_bad(with_case: str, tmp_path: Path) -> None:
    files = {"photo.jpg": jpeg_with_exif(), "screen.png": png_screenshot(), "broken.jpg": truncated_jpeg()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    code, out, _ = run("exhibit", "add", "--case", with_case, *(str(tmp_path / n) for n in files))
    assert code == 1
    assert "AF/1: photo.jpg" in out and "AF/2: screen.png" in out
    assert 'REFUSED broken.jpg: "broken.jpg" was not added' in out
    code, out, _ = run("show", with_case, "--json")
    exhibits = json.loads(out)["exhibits"]
    assert [x["reference"] for x in exhibits] == ["AF/1", "AF/2"]
    assert exhibits[0]["metadata"]["exif_time"] == "2024-03-03T21:15:07"


def test_smoke_test() -> None:
    code, out, _ = run("--smoke-test")
    assert code == 0 and "entry saved and read back (1)" in out and "case tabs all present" in out


def test_the_smoke_test_checks_every_tab_the_workspace_loads_by_name() -> None:
    from stalkdesk.gui.cases import case_workspace
    from stalkdesk.services.smoke import CASE_TAB_MODULES

    loaded = [value[0] for name, value in vars(case_workspace).items() if name.endswith("_VIEW")]
    assert sorted(loaded) == sorted(CASE_TAB_MODULES)
    spec = (Path(__file__).parents[1] / "build.spec").read_text(encoding="utf-8")
    assert all(f'"{module}"' in spec for module in CASE_TAB_MODULES)  # bundled by the freezer


def test_backup_and_restore_commands(with_case: str, env: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.sdbackup"
    code, out, _ = run("backup", str(target))
    assert code == 0 and "verified" in out and target.exists()
    fresh = tmp_path / "fresh"
    code, out, _ = run("--home", str(fresh), "restore", str(target))
    assert code == 0, out
    code, out, _ = run("--home", str(fresh), "cases", "--json")
    assert json.loads(out)[0]["urn"] == with_case
    code, _, err = run("restore", str(target))  # over an existing store
    assert code == 1 and "--force" in err


def test_audit_command_lists_the_case_trail(with_case: str) -> None:
    run("show", with_case)
    code, out, _ = run("audit", "--case", with_case)
    assert code == 0
    assert "create   case" in out and "view" in out and "Chain head: row" in out
    code, out, _ = run("audit", "--case", with_case, "--csv")
    lines = out.strip().splitlines()
    assert lines[0] == "seq,utc,officer,action,object,object_id,summary,reason,hash"
    assert len(lines) >= 4


def test_export_and_import_case_commands(with_case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STALKDESK_HANDOVER_PASSPHRASE", "a handover passphrase here")
    out_file = tmp_path / "case.sdcase"
    code, out, err = run("export-case", with_case, "-o", str(out_file), "--recipient", "DC Colleague",
                         "--purpose", "Transfer of investigation")
    assert code == 0, err
    colleague = tmp_path / "colleague"
    Vault(colleague).create(PASSPHRASE)[0].close()
    code, out, err = run("--home", str(colleague), "import-case", str(out_file))
    assert code == 0, err
    code, out, _ = run("--home", str(colleague), "show", with_case, "--json")
    assert [e["item"] for e in json.loads(out)["entries"]] == [1, 2, 3]
    code, _, err = run("--home", str(colleague), "import-case", str(out_file))
    assert code == 1 and "already in this store" in err


WHO = ("--recipient", "Interview team (fictional)", "--purpose", "suspect interview")


def test_report_commands_write_pdfs_and_log_them(with_case: str, tmp_path: Path) -> None:
    pdf = tmp_path / "interview.pdf"
    code, out, err = run("report", "interview", "--case", with_case, "-o", str(pdf), "--notes-column",
                         "--from", "03/03/2024", "--reason", "Suspect interview", *WHO)
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and "redacted CPS version" in out
    code, out, err = run("report", "charge-file", "--case", with_case, "-o", str(tmp_path / "cf.pdf"),
                         "--unredacted", "--recipient", "OIC case file", "--purpose", "internal review")
    assert code == 0, err
    assert "UNREDACTED" in out
    code, out, _ = run("audit", "--case", with_case, "--csv")
    assert out.count(",export,") == 2
    code, _, err = run("report", "interview", "--case", with_case, "-o", str(pdf), "--from", "31/02/2024", *WHO)
    assert code == 1 and '--from "31/02/2024" is not a date' in err


def test_import_command_dry_run_then_import(with_case: str) -> None:
    fixture = Path(__file__).parent / "importers" / "fixtures" / "whatsapp_android.txt"
    code, out, err = run("import", "whatsapp", str(fixture), "--case", with_case, "--dry-run")
    assert code == 0, err
    assert "Sam Sample" in out  # the preview lists the participants
    code, before, _ = run("show", with_case, "--json")
    assert len(json.loads(before)["entries"]) == 3  # the dry run wrote nothing
    code, _, err = run("import", "whatsapp", str(fixture), "--case", with_case, "--suspect", "Sam Sample")
    assert code == 0, err
    data = json.loads(run("show", with_case, "--json")[1])
    assert len(data["entries"]) > 3
    assert data["exhibits"][0]["original_filename"] == "whatsapp_android.txt"
    code, _, err = run("import", "whatsapp", str(fixture), "--case", with_case)
    assert code == 1 and "already" in err  # the same file twice is refused
