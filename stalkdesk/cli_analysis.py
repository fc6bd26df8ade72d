"""The stalking analysis and the SPO application on the command line.

    stalkdesk report spo --case URN -o FILE.pdf [--unredacted]
    stalkdesk analysis patterns --case URN [--csv FILE] [--table weekly|daily|core_times|summary]
    stalkdesk analysis points --case URN
    stalkdesk spo term add|list|edit|remove|move|common ...
    stalkdesk spo interim --case URN (--yes --reasons TEXT | --no)
    stalkdesk spo duration --case URN (YEARS | "until further order")

Wired into stalkdesk.cli by `add_parsers(sub, report_sub)`, `run` for the "analysis" and
"spo" commands and `report_spo` for "report spo".
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from stalkdesk.domain.analysis.spo import COMMON_TERMS, TermKind
from stalkdesk.domain.records import Case
from stalkdesk.errors import InvalidInput, NotFound
from stalkdesk.services import analysis, spo
from stalkdesk.services.analysis_export import TABLES, patterns_csv
from stalkdesk.services.workspace import Workspace

COMMANDS = ("analysis", "spo")
_MARKS = {"proved": "[x]", "partly": "[~]", "not_yet": "[ ]"}


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                report_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rp = report_sub.add_parser("spo", help="Stalking Protection Order application pack (grounds, terms, risk)")
    rp.add_argument("--case", required=True, metavar="URN")
    rp.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    rp.add_argument("--unredacted", action="store_true", help="internal version, NOT FOR DISCLOSURE")
    rp.add_argument("--reason", default="", help="a further note for the audit trail (optional)")

    an = sub.add_parser("analysis", help="points to prove and patterns of contact")
    ansub = an.add_subparsers(dest="analysis_command", metavar="WHAT", required=True)
    pt = ansub.add_parser("patterns", help="contacts per day/week, core times, escalation; or write them as CSV")
    pt.add_argument("--case", required=True, metavar="URN")
    pt.add_argument("--csv", type=Path, metavar="FILE", help="write the table as CSV to FILE (logged as an export)")
    pt.add_argument("--table", choices=TABLES, default="weekly", help="which table (default weekly)")
    pt.add_argument("--reason", default="", help="why the CSV is exported, for the audit trail")
    po = ansub.add_parser("points", help="the offences' points to prove and the SPO grounds: proved, partly, not yet")
    po.add_argument("--case", required=True, metavar="URN")
    po.add_argument("--no-spo", action="store_true", help="leave out the SPO grounds")

    sp = sub.add_parser("spo", help="prepare the Stalking Protection Order application")
    spsub = sp.add_subparsers(dest="spo_command", metavar="WHAT", required=True)
    term = spsub.add_parser("term", help="the proposed prohibitions and requirements")
    tsub = term.add_subparsers(dest="term_command", metavar="ACTION", required=True)
    ls = tsub.add_parser("list", help="the proposed terms, numbered as the pack prints them")
    ls.add_argument("--case", required=True, metavar="URN")
    add = tsub.add_parser("add", help="propose a term: a common one (--common KEY) or your own (--kind, --text)")
    add.add_argument("--case", required=True, metavar="URN")
    add.add_argument("--common", metavar="KEY", help="one of the common terms (see: spo term common)")
    add.add_argument("--kind", choices=[k.value for k in TermKind])
    add.add_argument("--text", default="", help="the wording (replaces a common term's wording if both are given)")
    ed = tsub.add_parser("edit", help="change a term's wording")
    ed.add_argument("--case", required=True, metavar="URN")
    ed.add_argument("number", metavar="P1|R2|ID")
    ed.add_argument("--text", required=True)
    rm = tsub.add_parser("remove", help="withdraw a proposed term")
    rm.add_argument("--case", required=True, metavar="URN")
    rm.add_argument("number", metavar="P1|R2|ID")
    mv = tsub.add_parser("move", help="move a term up or down its list")
    mv.add_argument("--case", required=True, metavar="URN")
    mv.add_argument("number", metavar="P1|R2|ID")
    mv.add_argument("--by", type=int, required=True, help="places to move: negative up, positive down")
    tsub.add_parser("common", help="list the common terms to choose from")
    it = spsub.add_parser("interim", help="ask (or not) for an interim order (SPA 2019 s.5)")
    it.add_argument("--case", required=True, metavar="URN")
    yn = it.add_mutually_exclusive_group(required=True)
    yn.add_argument("--yes", dest="requested", action="store_const", const=True)
    yn.add_argument("--no", dest="requested", action="store_const", const=False)
    it.add_argument("--reasons", default="", help="why an interim order is needed before the hearing")
    du = spsub.add_parser("duration", help='how long the order lasts: YEARS (2 or more) or "until further order"')
    du.add_argument("--case", required=True, metavar="URN")
    du.add_argument("value", metavar="DURATION")


def _case_id(ws: Workspace, urn: str) -> int:
    case = ws.case(urn)
    if case.id is None:
        raise NotFound(f"There is no case with URN {urn}.")
    return case.id


def run(ws: Workspace, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "analysis":
        return _analysis(ws, args, out)
    return _spo(ws, args, out)


def report_spo(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    result = spo.spo_pack(ws, args.case, args.output, unredacted=args.unredacted, reason=args.reason)
    version = "UNREDACTED (not for disclosure)" if args.unredacted else "redacted CPS version"
    print(f"Wrote {result.path}: {result.pages} pages, {version}, SHA-256 {result.sha256}. "
          "The file is not encrypted; the export is in the audit trail.", file=out)
    return 0


def _analysis(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case_id = _case_id(ws, args.case)
    if args.analysis_command == "points":
        for offence in analysis.offence_checklist(ws, case_id, include_spo=not args.no_spo):
            print(f"{offence.title}: {offence.status.label}", file=out)
            for ps in offence.points:
                support = ", ".join(i.label for i in ps.items)
                print(f"  {_MARKS[ps.status.value]} {ps.point.title} ({ps.point.source})", file=out)
                if ps.computed:
                    print(f"      counted: {ps.computed}", file=out)
                print(f"      linked: {support or 'nothing yet'}", file=out)
            print("", file=out)
        return 0
    if args.csv is not None:
        done = patterns_csv(ws, case_id, args.csv, args.table, args.reason)
        print(f"Wrote {done.path}: {done.rows} rows ({args.table}), SHA-256 {done.sha256}. The file is not "
              "encrypted; the export is in the audit trail.", file=out)
        return 0
    p = analysis.patterns(ws, case_id)
    for line in p.summary():
        print(line, file=out)
    rows = p.rows(args.table)
    if len(rows) > 1 and args.table != "summary":
        print("", file=out)
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for r in rows:
            print("  ".join(c.rjust(w) if n else c.ljust(w) for n, (c, w) in enumerate(zip(r, widths, strict=True))),
                  file=out)
    return 0


def _term_id(ws: Workspace, case_id: int, ref: str) -> int:
    """A term by its printed number ("P1", "r2") or its id."""
    key = ref.strip().upper()
    for number, term in spo.numbered_terms(ws, case_id):
        if number == key or (key.isdigit() and term.id == int(key)):
            return term.id or 0
    raise InvalidInput(f'There is no proposed term "{ref}" in this case: see "stalkdesk spo term list".')


def _spo(ws: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    if args.spo_command == "term" and args.term_command == "common":
        for common in COMMON_TERMS:
            print(f"{common.key:<18} {common.kind.value:<12} {common.text}", file=out)
        return 0
    case_id = _case_id(ws, args.case)
    if args.spo_command == "interim":
        req = spo.set_interim(ws, case_id, args.requested, args.reasons)
        print("Interim order requested." if req.requested else "No interim order requested.", file=out)
        return 0
    if args.spo_command == "duration":
        d = spo.set_duration(ws, case_id, args.value)
        print(f"Duration: {d.text}.", file=out)
        return 0
    action = args.term_command
    if action == "add":
        if args.common is None and not args.kind:
            raise InvalidInput("Give --common KEY, or --kind and --text for a term of your own.")
        t = spo.add_term(ws, case_id, args.kind, args.text, common=args.common)
        number = next(n for n, x in spo.numbered_terms(ws, case_id) if x.id == t.id)
        print(f"Added {number}: {t.text}", file=out)
        return 0
    if action == "edit":
        spo.edit_term(ws, _term_id(ws, case_id, args.number), args.text)
    elif action == "remove":
        spo.remove_term(ws, _term_id(ws, case_id, args.number))
    elif action == "move":
        spo.move_term(ws, _term_id(ws, case_id, args.number), args.by)
    app = spo.application(ws, case_id)
    for number, term in spo.numbered_terms(ws, case_id):
        print(f"{number:<4} {term.text}  [id {term.id}]", file=out)
    if not app.terms:
        print("No terms proposed yet.", file=out)
    print(f"Duration: {app.duration.text}" + ("" if app.duration_set else " (not yet chosen)"), file=out)
    print("Interim order: " + ("requested" if app.interim.requested else "not requested"), file=out)
    return 0


def demo_locations(ws: Workspace, case: Case, out: TextIO) -> None:
    """After the demo case: the suspect's (fictional) location history and its visits."""
    from stalkdesk.services.demo_spo import add_demo_locations

    if case.id is not None:
        found = add_demo_locations(ws, case.id)
        if found:
            print(f"Added the suspect's location history (fictional): {found} visits near the victim's places.",
                  file=out)
