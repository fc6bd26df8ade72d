"""`stalkdesk redact ...` and the disclosure documents of `stalkdesk report ...`.

    stalkdesk redact suggest --case URN            scan, then list the open suggestions
    stalkdesk redact accept ID --reason TEXT       redact the span in CPS-bound outputs
    stalkdesk redact dismiss ID --reason TEXT      leave it as written
    stalkdesk report unused --case URN -o FILE.pdf|FILE.csv --recipient WHO --purpose WHY
    stalkdesk report sensitive ...  /  stalkdesk report redactions ...

Wired into stalkdesk.cli by `add_parser(sub)`, `add_report_parsers(report_sub)` and, before
the other commands are dispatched, `prepare_export(args)` (recipient and purpose of every
export) and `if handles(args): return run(ws, args, out, err)`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from stalkdesk.domain.redaction import Status
from stalkdesk.domain.vocab import RedactionReason
from stalkdesk.errors import InvalidInput
from stalkdesk.services import disclosure, exports
from stalkdesk.services import text_redaction as tr
from stalkdesk.services.workspace import Workspace

REPORTS = {
    "unused": "schedule of non-sensitive unused material (MG6C), as PDF or CSV",
    "sensitive": "schedule of sensitive unused material (MG6D, never for the defence), as PDF or CSV",
    "redactions": "redaction log (what, where, why, who, when), as PDF or CSV",
}
_WIDTH = 28


def add_report_parsers(rpsub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, help_text in REPORTS.items():
        p = rpsub.add_parser(name, help=help_text)
        p.add_argument("--case", required=True, metavar="URN")
        p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.csv")
        add_recipient_options(p)
        p.add_argument("--unredacted", action="store_true", help="internal version, NOT FOR DISCLOSURE")


def add_recipient_options(p: argparse.ArgumentParser) -> None:
    """--recipient and --purpose for the documents printed by stalkdesk.cli (interview, charge file)."""
    p.add_argument("--recipient", default="", metavar="WHO",
                   help="who receives it: CPS, defence, partner agency, colleague (required; logged)")
    p.add_argument("--purpose", default="", metavar="WHY", help="why it is sent (required; logged)")


def subcommand(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    """The sub-command parser `name` of `parser` (e.g. "patterns" of `stalkdesk analysis`)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and name in action.choices:
            found: argparse.ArgumentParser = action.choices[name]
            return found
    raise KeyError(name)


# Exports whose own command reads only --reason: --recipient and --purpose are added to them
# (by stalkdesk.cli) and folded into that reason before they run, as `export_reason` does.
_FOLDED = {("report", "spo"), ("analysis", "patterns")}


def writes_a_file(args: argparse.Namespace) -> bool:
    """True for a command that writes a file out of the store: every `report`, `export-case`,
    and `analysis patterns --csv` (printing to the terminal is not an export)."""
    if args.command in ("report", "export-case"):
        return True
    return args.command == "analysis" and getattr(args, "analysis_command", None) == "patterns" and (
        getattr(args, "csv", None) is not None)


def prepare_export(args: argparse.Namespace) -> None:
    """Before an export runs (and before the store is unlocked): one rule for every file that
    leaves the store, internal (--unredacted) copies included: --recipient and --purpose are
    both required (issues 6 and 8). Then put them into the audit reason of the exports that
    read only --reason."""
    if not hasattr(args, "recipient") or not writes_a_file(args):
        return
    missing = [option for option, value in (("--recipient", args.recipient), ("--purpose", args.purpose))
               if not value.strip()]
    if missing:
        name = " ".join(str(part) for part in (args.command, getattr(args, "report_command", None)
                                               or getattr(args, "analysis_command", None)) if part)
        raise InvalidInput(f"{name}: give {' and '.join(missing)}. Every file that leaves the store says who "
                           'it is going to and why (--recipient and --purpose, e.g. "CPS Fictional Area" and '
                           '"charging decision"): both are logged in the audit trail. Nothing was written.')
    command = (args.command, getattr(args, "report_command", None) or getattr(args, "analysis_command", None))
    if command in _FOLDED:
        args.reason = export_reason(args)


def export_reason(args: argparse.Namespace) -> str:
    """The audit reason for an export: recipient, purpose and any free-text reason, as given
    (worded by services.exports.export_reason, as the GUI's are)."""
    return exports.export_reason(args.recipient, args.purpose, args.reason)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = sub.add_parser("redact", help="find personal data in case text; accept or dismiss each suggestion")
    rsub = p.add_subparsers(dest="redact_command", metavar="ACTION", required=True)
    sg = rsub.add_parser("suggest", help="scan the case and list the suggestions still to decide")
    sg.add_argument("--case", required=True, metavar="URN")
    sg.add_argument("--all", action="store_true", help="also list the suggestions already decided")
    reasons = ", ".join(f'"{r.value}"' for r in RedactionReason)
    for name, verb in (("accept", "redact it in every CPS-bound output"), ("dismiss", "leave it as written")):
        d = rsub.add_parser(name, help=f"{name} a suggestion: {verb}")
        d.add_argument("id", type=int, metavar="ID", help="the suggestion's id, as `redact suggest` lists it")
        d.add_argument("--reason", required=True, metavar="TEXT", help=f"why (logged), e.g. {reasons}")
    return p


def handles(args: argparse.Namespace) -> bool:
    return args.command == "redact" or (args.command == "report" and getattr(args, "report_command", "") in REPORTS)


def run(ws: Workspace, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "report":
        return _report(ws, args, out)
    if args.redact_command == "suggest":
        return _suggest(ws, args, out)
    if args.redact_command == "accept":
        r = tr.accept(ws, args.id, args.reason)
        print(f"Accepted redaction {r.id} ({r.label} \u201c{r.text}\u201d): it is replaced by a marker in every "
              "CPS-bound output from now on.", file=out)
    else:
        r = tr.dismiss(ws, args.id, args.reason)
        print(f"Dismissed redaction {r.id} ({r.label} \u201c{r.text}\u201d): it stays as written and is not "
              "suggested again.", file=out)
    return 0


def _suggest(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case = ws.case(args.case)
    if case.id is None:
        raise InvalidInput(f"There is no case with URN {args.case}.")
    result = tr.suggest(ws, case.id)
    changed = [f"{n} {what}" for n, what in ((result.moved, "re-anchored to edited text"),
                                             (result.withdrawn, "withdrawn: their text was edited away")) if n]
    print(f"Scanned {result.texts:,} texts: {len(result.added)} new suggestion{'s' if len(result.added) != 1 else ''}"
          + (f" ({'; '.join(changed)})" if changed else "") + ".", file=out)
    shown = [s for s in tr.suggestions(ws, case.id) if args.all or s.redaction.status is Status.SUGGESTED]
    if not shown:
        print("Nothing to decide." if not args.all else "No suggestions.", file=out)
        return 0
    print(f"{'ID':>6}  {'ITEM':>5}  {'KIND':<26}{'TEXT':<{_WIDTH}}WHERE: CONTEXT", file=out)
    for s in shown:
        r = s.redaction
        state = "" if r.status is Status.SUGGESTED else f"  [{r.status.value}: {r.reason}]"
        stale = "  [text edited since the scan]" if s.stale else ""
        item = str(s.item_number) if s.item_number else "-"
        print(f"{r.id:>6}  {item:>5}  {r.label:<26}{_cut(r.text):<{_WIDTH}}{s.where}: {s.context}{state}{stale}",
              file=out)
    print("Decide each with `stalkdesk redact accept ID --reason TEXT` or `... dismiss ID --reason TEXT`.", file=out)
    return 0


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) < _WIDTH - 1 else text[:_WIDTH - 3] + "\u2026 "


def _report(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    who = {"unredacted": args.unredacted, "recipient": args.recipient, "purpose": args.purpose}
    if args.report_command == "redactions":
        result = disclosure.redaction_log(ws, args.case, args.output, **who)
    else:
        document = disclosure.UNUSED if args.report_command == "unused" else disclosure.SENSITIVE
        result = disclosure.schedule(ws, args.case, args.output, document, **who)
    version = "UNREDACTED (not for disclosure)" if args.unredacted else "redacted CPS version"
    size = f"{result.pages} pages, " if result.pages else ""
    print(f"Wrote {result.path}: {size}{result.lines} numbered lines, {version}, SHA-256 {result.sha256}. "
          "The file is not encrypted; the export is in the audit trail.", file=out)
    if args.report_command == "sensitive":
        print("This schedule is NOT FOR DISCLOSURE TO THE DEFENCE.", file=out)
    return 0
