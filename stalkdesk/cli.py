"""The command line: the same services the desktop app uses.

Exit codes: 0 done, 1 a known problem (one line on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from stalkdesk import __version__, cli_analysis, cli_import, cli_redact
from stalkdesk.domain.records import Officer
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.errors import InvalidInput, UserError
from stalkdesk.paths import data_home
from stalkdesk.services import backup, handover, intake, reports, serialise
from stalkdesk.services.vault import Vault, keyring_available, keyring_backend_name
from stalkdesk.services.verify import verify
from stalkdesk.services.workspace import Workspace

PASSPHRASE_ENV = "STALKDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "STALKDESK_NEW_PASSPHRASE"
HANDOVER_ENV = "STALKDESK_HANDOVER_PASSPHRASE"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="stalkdesk", description="Encrypted case preparation for stalking units.")
    p.add_argument("--version", action="version", version=f"StalkDesk {__version__}")
    p.add_argument("--home", help="folder of the store (default: $STALKDESK_HOME or the user data folder)")
    p.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file (automation)")
    p.add_argument("--debug", action="store_true", help="show the full traceback of an internal error")
    p.add_argument("--smoke-test", action="store_true", help="self-check in a throwaway store, then exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="create the encrypted store (passphrase asked twice)")
    init.add_argument("--name", help="officer's name")
    init.add_argument("--initials", help="initials for exhibit references, e.g. JS")
    init.add_argument("--rank", default="")
    init.add_argument("--warrant", default="", help="warrant or collar number")
    init.add_argument("--force", default="")
    init.add_argument("--unit", default="")
    init.add_argument("--remember", action="store_true", help="also keep the key in the OS keyring")

    demo = sub.add_parser("demo", help="add the fictional demo case")
    demo.add_argument("--entries", type=int, default=150, help="chronology entries (default 150)")

    cases = sub.add_parser("cases", help="list cases")
    cases.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="print a case with its people, entries and exhibits")
    show.add_argument("urn")
    show.add_argument("--json", action="store_true")

    sub.add_parser("verify", help="check the store's integrity and every exhibit's SHA-256")
    sub.add_parser("passwd", help="change the passphrase (the data is not re-encrypted)")

    kr = sub.add_parser("keyring", help="remember or forget the key in the OS keyring")
    kr.add_argument("action", choices=["status", "remember", "forget"])

    bk = sub.add_parser("backup", help="write an encrypted, verified backup of the whole store")
    bk.add_argument("file", type=Path)
    rs = sub.add_parser("restore", help="restore a backup (asks for the passphrase it was made under)")
    rs.add_argument("file", type=Path)
    rs.add_argument("--force", action="store_true", help="replace an existing store (kept aside, not deleted)")

    ex = sub.add_parser("export-case", help="write one case to an encrypted handover file")
    ex.add_argument("urn")
    ex.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.sdcase")
    ex.add_argument("--recipient", required=True, help="who receives it (logged)")
    ex.add_argument("--purpose", required=True, help="why (logged)")
    im = sub.add_parser("import-case", help="take in a case from a handover file")
    im.add_argument("file", type=Path)

    rp = sub.add_parser("report", help="print a document to PDF (the CPS version is redacted)")
    rpsub = rp.add_subparsers(dest="report_command", metavar="DOCUMENT", required=True)
    iv = rpsub.add_parser("interview", help="numbered chronology for the suspect interview")
    cf = rpsub.add_parser("charge-file", help="pre-charge file for the CPS (MG3, MG5, MG12, MG6C, appendix)")
    for doc in (iv, cf):
        doc.add_argument("--case", required=True, metavar="URN")
        doc.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
        doc.add_argument("--unredacted", action="store_true", help="internal version, NOT FOR DISCLOSURE")
        doc.add_argument("--reason", default="", help="a further note for the audit trail (optional)")
        cli_redact.add_recipient_options(doc)
    iv.add_argument("--from", dest="start", metavar="DD/MM/YYYY", help="first day to include")
    iv.add_argument("--to", dest="end", metavar="DD/MM/YYYY", help="last day to include")
    iv.add_argument("--behaviour", action="append", default=[], choices=[b.value for b in Behaviour],
                    help="only entries with this behaviour (repeatable)")
    iv.add_argument("--large-print", action="store_true")
    iv.add_argument("--notes-column", action="store_true", help="a wide blank column for the interviewer")
    cli_redact.add_report_parsers(rpsub)

    au = sub.add_parser("audit", help="print the audit trail of a case")
    au.add_argument("--case", required=True, metavar="URN")
    au.add_argument("--csv", action="store_true", help="comma-separated, for a spreadsheet")

    cli_import.add_parser(sub)
    cli_redact.add_parser(sub)
    cli_analysis.add_parsers(sub, rpsub)
    # Who an export goes to and why is logged for every export that may leave the unit (issue 8).
    cli_redact.add_recipient_options(rpsub.choices["spo"])
    cli_redact.add_recipient_options(cli_redact.subcommand(sub.choices["analysis"], "patterns"))

    exhibit = sub.add_parser("exhibit", help="work with exhibits")
    exsub = exhibit.add_subparsers(dest="exhibit_command", metavar="ACTION", required=True)
    add = exsub.add_parser("add", help="take files in as exhibits (originals kept byte-exact)")
    add.add_argument("--case", required=True, metavar="URN")
    add.add_argument("--produced-by", default="", help="who produced the material, e.g. the victim")
    add.add_argument("files", nargs="+", type=Path)
    return p


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    args = build_parser().parse_args(argv)
    vault = Vault(data_home(args.home))
    try:
        if args.smoke_test:
            from stalkdesk.services.smoke import smoke_test

            return smoke_test(out)
        if args.command == "init":
            return cmd_init(vault, args, out)
        if args.command == "passwd":
            return cmd_passwd(vault, args, out)
        if args.command == "restore":
            return cmd_restore(vault, args, out)
        if args.command is None:
            raise InvalidInput("Give a command (see --help), or run without one to open the app.")
        cli_redact.prepare_export(args)  # an export without recipient and purpose stops before unlocking
        ws = unlock(vault, args)
        try:
            if args.command == "import":
                return cli_import.run(ws, args, out, err)
            if cli_redact.handles(args):
                return cli_redact.run(ws, args, out, err)
            if args.command in cli_analysis.COMMANDS:
                return cli_analysis.run(ws, args, out, err)
            return COMMANDS[args.command](ws, args, out)
        finally:
            ws.close()
    except UserError as exc:
        print(f"stalkdesk: {exc}", file=err)
        return 1
    except KeyboardInterrupt:
        print("stalkdesk: stopped.", file=err)
        return 1
    except Exception as exc:
        if args.debug:
            raise
        print(f"stalkdesk: internal error ({type(exc).__name__}). Nothing further was changed. "
              "Run again with --debug to see the details for a bug report.", file=err)
        return 1


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    """Environment, then --passphrase-file, then a prompt on the terminal."""
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if args.passphrase_file:
        try:
            return args.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise InvalidInput(f"Could not read the passphrase file {args.passphrase_file}: {exc.strerror}.") from None
    if not sys.stdin.isatty():
        raise InvalidInput(f"No passphrase: set {PASSPHRASE_ENV}, use --passphrase-file, or run in a terminal.")
    return getpass.getpass(prompt)


def unlock(vault: Vault, args: argparse.Namespace) -> Workspace:
    """The keyring first (if the officer chose it), then the passphrase sources."""
    if vault.exists():
        ws = vault.unlock_from_keyring()
        if ws is not None:
            return ws
    return vault.unlock(read_passphrase(args))


def cmd_init(vault: Vault, args: argparse.Namespace, out: TextIO) -> int:
    interactive = sys.stdin.isatty()
    name = args.name or (input("Your name: ").strip() if interactive else "")
    initials = args.initials or (input("Initials for exhibit references (e.g. JS): ").strip() if interactive else "")
    if not name or not initials:
        raise InvalidInput("Give your name and initials (--name, --initials) to set up the store.")
    passphrase = read_passphrase(args, "Choose a passphrase: ")
    typed = not os.environ.get(PASSPHRASE_ENV) and not args.passphrase_file
    if typed and getpass.getpass("Type it again: ") != passphrase:
        raise InvalidInput("The two passphrases are different. Nothing was created.")
    officer = Officer(name=name, initials=initials.upper(), rank=args.rank, warrant_number=args.warrant,
                      force=args.force, unit=args.unit)
    ws, recovery = vault.create(passphrase, officer)
    try:
        print(f"Created an encrypted store in {vault.folder}", file=out)
        print("\nRECOVERY KEY (shown once; write it down and keep it apart from this computer):\n", file=out)
        print(f"    {recovery}\n", file=out)
        if args.remember:
            vault.remember_key(ws)
            print("The key is also kept in this computer's keyring.", file=out)
    finally:
        ws.close()
    return 0


def cmd_demo(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from stalkdesk.services.demo import load_demo

    case = load_demo(ws, entries=args.entries)
    print(f"Added the fictional demo case {case.urn} ({case.operation}).", file=out)
    cli_analysis.demo_locations(ws, case, out)
    return 0


def cmd_cases(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    summaries = ws.cases.list()
    if args.json:
        rows = [dict(serialise.case_dict(s.case), entries=s.entry_count, exhibits=s.exhibit_count)
                for s in summaries]
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    if not summaries:
        print("No cases yet. `stalkdesk demo` adds a fictional one.", file=out)
    for s in summaries:
        print(f"{s.case.urn:<14} {s.case.operation[:30]:<30} {s.entry_count:>7} entries "
              f"{s.exhibit_count:>4} exhibits  {s.case.status.label}", file=out)
    return 0


def cmd_show(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    data = serialise.full_case(ws, args.urn)
    ws.cases.record_view(ws.case(args.urn).id or 0, "Case printed with `stalkdesk show`")
    if args.json:
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    c = data["case"]
    print(f"{c['urn']}  {c['operation']}   [{c['marking']}]", file=out)
    print(f"Offences: {', '.join(c['offences']) or 'none recorded'}   Status: {c['status']}", file=out)
    for p in data["people"]:
        print(f"  {p['role']:<12} {p['name']}", file=out)
    print(f"\nChronology ({len(data['entries'])} entries)", file=out)
    for e in data["entries"]:
        refs = ", ".join(x["reference"] for x in e["exhibits"])
        print(f"  {e['item']:>5}  {e['when']:<26} {e['summary']}" + (f"  [{refs}]" if refs else ""), file=out)
        if e["disclosure"] == "sensitive":
            print(f"{'':>7} sensitive: {e['disclosure_reason'] or 'reason not recorded'}", file=out)
    print(f"\nExhibits ({len(data['exhibits'])})", file=out)
    for x in data["exhibits"]:
        print(f"  {x['reference']:<10} {x['description']}  sha256 {x['sha256'][:16]}…", file=out)
        if x["disclosure"] == "sensitive":
            print(f"{'':>12} sensitive: {x['disclosure_reason'] or 'reason not recorded'}", file=out)
    return 0


def cmd_verify(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    report = verify(ws)
    print(f"Checked the database pages, {report.exhibits_checked} exhibits, "
          f"{report.derivatives_checked} derived copies and {report.audit_rows_checked} audit rows.", file=out)
    for problem in report.problems:
        print(f"PROBLEM: {problem}", file=out)
    print("All checks passed." if report.ok else f"{len(report.problems)} problem(s) found.", file=out)
    return 0 if report.ok else 1


def cmd_passwd(vault: Vault, args: argparse.Namespace, out: TextIO) -> int:
    """Re-wrap the data key under a new passphrase. STALKDESK_NEW_PASSPHRASE serves automation."""
    old = read_passphrase(args, "Current passphrase: ")
    new = os.environ.get(NEW_PASSPHRASE_ENV)
    if not new:
        if not sys.stdin.isatty():
            raise InvalidInput(f"No new passphrase: set {NEW_PASSPHRASE_ENV} or run in a terminal.")
        new = getpass.getpass("New passphrase: ")
        if getpass.getpass("Type it again: ") != new:
            raise InvalidInput("The two new passphrases are different. Nothing was changed.")
    vault.change_passphrase(old, new)
    print("Passphrase changed. The recovery key is unchanged.", file=out)
    return 0


def cmd_backup(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    info = backup.backup(Vault(data_home(args.home)), ws, args.file)
    rows = sum(t["rows"] for t in info.tables.values())
    print(f"Backup written and verified: {info.path} ({rows} rows in {len(info.tables)} tables, "
          f"SHA-256 {info.sha256}). It is encrypted like the store.", file=out)
    return 0


def cmd_restore(vault: Vault, args: argparse.Namespace, out: TextIO) -> int:
    passphrase = read_passphrase(args, "Passphrase of the backup: ")
    aside = backup.restore(vault, args.file, passphrase, force=args.force)
    print(f"Restored {args.file} into {vault.folder}.", file=out)
    if aside:
        print(f"The store that was there is kept at {aside}.", file=out)
    return 0


def read_handover_passphrase(confirm: bool) -> str:
    env = os.environ.get(HANDOVER_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise InvalidInput(f"No handover passphrase: set {HANDOVER_ENV} or run in a terminal.")
    first = getpass.getpass("Handover passphrase (give it to the recipient separately): ")
    if confirm and getpass.getpass("Type it again: ") != first:
        raise InvalidInput("The two handover passphrases are different. Nothing was written.")
    return first


def cmd_export_case(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    info = handover.export_case(ws, args.urn, args.output, read_handover_passphrase(confirm=True),
                                args.recipient, args.purpose)
    print(f"Wrote {info.path} ({info.rows['entry']} entries, {info.rows['exhibit']} exhibits), "
          f"SHA-256 {info.sha256}. It is encrypted; send the passphrase separately.", file=out)
    return 0


def cmd_import_case(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case = handover.import_case(ws, args.file, read_handover_passphrase(confirm=False))
    print(f"Imported case {case.urn} ({case.operation}); continuity recorded on its exhibits.", file=out)
    return 0


def cmd_report(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    if args.report_command == "spo":
        return cli_analysis.report_spo(ws, args, out)
    if args.report_command == "interview":
        options = reports.InterviewOptions(
            start=_day(args.start, "--from"), end=_day(args.end, "--to"),
            behaviours=frozenset(Behaviour(b) for b in args.behaviour), large_print=args.large_print,
            notes_column=args.notes_column, unredacted=args.unredacted)
        result = reports.interview_chronology(ws, args.case, args.output, options,
                                              reason=cli_redact.export_reason(args))
    else:
        result = reports.charge_file(ws, args.case, args.output, unredacted=args.unredacted,
                                     reason=cli_redact.export_reason(args))
    version = "UNREDACTED (not for disclosure)" if args.unredacted else "redacted CPS version"
    print(f"Wrote {result.path}: {result.pages} pages, {version}, SHA-256 {result.sha256}. "
          "The file is not encrypted; the export is in the audit trail.", file=out)
    return 0


def _day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        raise InvalidInput(f'{option} "{text}" is not a date: use DD/MM/YYYY, e.g. 03/03/2024.') from None


def cmd_audit(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case = ws.case(args.case)
    events = ws.audit.events(case.id)
    header = ("seq", "utc", "officer", "action", "object", "object_id", "summary", "reason", "hash")
    rows = [(e.seq, e.at.isoformat(timespec="seconds"), e.officer, e.action, e.object_type,
             "" if e.object_id is None else e.object_id, e.summary, e.reason, e.hash) for e in events]
    if args.csv:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
        return 0
    for r in rows:
        print(f"{r[0]:>6}  {r[1]}  {r[2]:<24} {r[3]:<8} {r[4]:<10} {r[6]}" + (f"  [reason: {r[7]}]" if r[7] else ""),
              file=out)
    seq, head = ws.audit.head()
    print(f"Chain head: row {seq}, {head}", file=out)
    return 0


def cmd_keyring(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    vault = Vault(data_home(args.home))
    if args.action == "status":
        state = "available" if keyring_available() else "not available (the passphrase is used alone)"
        print(f"Keyring backend: {keyring_backend_name()}: {state}", file=out)
    elif args.action == "remember":
        vault.remember_key(ws)
        print("The key is now kept in this computer's keyring.", file=out)
    else:
        vault.forget_key()
        print("The key is no longer kept in the keyring.", file=out)
    return 0


def cmd_exhibit(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case = ws.case(args.case)
    assert case.id is not None
    result = intake.add_exhibit_files(ws, case.id, args.files, produced_by=args.produced_by)
    for x in result.added:
        taken = x.metadata.get("exif_time")
        extra = f", taken {taken}" if taken else ""
        print(f"{x.reference}: {x.original_filename} ({x.size} bytes{extra}) sha256 {x.sha256}", file=out)
    for name, reason in result.refused:
        print(f"REFUSED {name}: {reason}", file=out)
    return 1 if result.refused else 0


COMMANDS: dict[str, Callable[[Workspace, argparse.Namespace, TextIO], int]] = {
    "demo": cmd_demo,
    "cases": cmd_cases,
    "show": cmd_show,
    "verify": cmd_verify,
    "keyring": cmd_keyring,
    "backup": cmd_backup,
    "audit": cmd_audit,
    "export-case": cmd_export_case,
    "report": cmd_report,
    "import-case": cmd_import_case,
    "exhibit": cmd_exhibit,
}
