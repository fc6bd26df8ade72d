"""Standalone disclosure documents: the unused-material schedules (MG6C- and MG6D-shaped) and
the redaction log, each as a PDF (the reports' page furniture) and as a CSV.

The schedules list the same lines as the MG6C section of the pre-charge file (see
schedules.unused_items), numbered consecutively across pages. The sensitive schedule adds
the reason for sensitivity, and every page carries "NOT FOR DISCLOSURE TO THE DEFENCE".
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, BinaryIO

from reportlab.platypus.flowables import Flowable, Spacer

from stalkdesk.reports import canonical, parts
from stalkdesk.reports.flow import Heading, TextFlow
from stalkdesk.reports.interview import furniture
from stalkdesk.reports.layout import Block
from stalkdesk.reports.lean_pdf import LeanDoc
from stalkdesk.reports.model import Context, Rendered
from stalkdesk.reports.page import LANDSCAPE, PORTRAIT
from stalkdesk.reports.rows import Column, Grid, Row
from stalkdesk.reports.styles import WARNING, Styles, styles

UNUSED, SENSITIVE, REDACTIONS = "unused", "sensitive", "redactions"
TITLES = {
    UNUSED: "Schedule of non-sensitive unused material (MG6C)",
    SENSITIVE: "Schedule of sensitive unused material (MG6D)",
    REDACTIONS: "Redaction log",
}
NOT_FOR_DEFENCE = "NOT FOR DISCLOSURE TO THE DEFENCE"
NO_REASON = "Not recorded: the disclosure officer must state why this material is sensitive."


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    number: int
    description: str
    location: str
    reason: str = ""  # for sensitivity (MG6D only)


@dataclass(frozen=True, slots=True)
class LogLine:
    number: int
    where: str  # "item 14", "exhibit AF/2 (redacted version 1)", "message 17 of AF/3"
    what: str  # the field or the image region
    redacted: str  # the kind of data ("phone number", "image region")
    decision: str  # "Redacted" or "Not redacted (dismissed)"
    reason: str
    by: str
    when: str  # local dd/mm/yyyy HH:MM


@dataclass(frozen=True, slots=True)
class DisclosureInput:
    ctx: Context
    document: str  # UNUSED, SENSITIVE or REDACTIONS
    head: Mapping[str, Any]  # the canonical export's first line
    schedule: Sequence[ScheduleLine] = ()
    log: Sequence[LogLine] = ()

    @property
    def title(self) -> str:
        return TITLES[self.document]

    @property
    def banner(self) -> str:
        banners = [self.ctx.version.banner, NOT_FOR_DEFENCE if self.document == SENSITIVE else ""]
        return " \u00b7 ".join(b for b in banners if b)

    def lines(self) -> Iterator[dict[str, Any]]:
        for line in (self.log if self.document == REDACTIONS else self.schedule):
            yield {f.name: getattr(line, f.name) for f in fields(line)}

    def data_sha256(self) -> str:
        sha = hashlib.sha256(canonical.line(self.head))
        for line in self.lines():
            sha.update(canonical.line(line))
        return sha.hexdigest()


# PDF.

def render(inp: DisclosureInput, out: BinaryIO) -> Rendered:
    st = styles()
    digest = inp.data_sha256()

    def closing() -> tuple[str, str]:
        return inp.ctx.closing_note(digest), f"{inp.document}|{digest}|{inp.ctx.generated}"

    fur = replace(furniture(inp.ctx, inp.title), banner=inp.banner)
    doc = LeanDoc(out, fur, st, first=LANDSCAPE if inp.document == REDACTIONS else PORTRAIT, closing=closing)
    doc.build_from(_story(inp, st))
    return Rendered(doc.page_count, digest)


def _story(inp: DisclosureInput, st: Styles) -> Iterator[Flowable]:
    case = inp.ctx.case
    yield Heading(inp.title, st.h1, key=inp.document, outline=0, rule=True, space_after=8)
    if inp.document == SENSITIVE:  # said first, in red, before anything it lists
        yield TextFlow([Block(f"{NOT_FOR_DEFENCE}. For the prosecutor only.", st.body_bold.with_(colour=WARNING))],
                       space_after=st.gap)
    yield from parts.facts([
        ("Operation", case.operation), ("URN", case.urn), ("Crime reference", case.crime_reference),
        ("Officer in the case", case.officer_in_case), ("Prepared by", inp.ctx.officer),
        ("Version", inp.ctx.version.label),
    ], st)
    yield Spacer(0, st.gap)
    yield TextFlow([Block(_intro(inp), st.note)], space_after=st.gap * 1.5)
    if inp.document == REDACTIONS:
        yield from _log_rows(inp, st)
    else:
        yield from _schedule_rows(inp, st)


def _intro(inp: DisclosureInput) -> str:
    if inp.document == UNUSED:
        return ("Material the investigation holds and does not rely on as evidence, which is not sensitive. "
                "Numbered consecutively. Material from one bulk source (such as a message export) is listed "
                "as a block; every entry in it is in the chronology.")
    if inp.document == SENSITIVE:
        return ("Material it would not be in the public interest to disclose, with the reason for each. "
                "Numbered consecutively.")
    return ("Every redaction decision on the case's text and images: what was redacted, where, why, by whom and "
            "when. The redacted words themselves are not repeated here.")


def _schedule_rows(inp: DisclosureInput, st: Styles) -> Iterator[Flowable]:
    sensitive = inp.document == SENSITIVE
    columns = ([Column("No.", 6), Column("Description", 44), Column("Reason for sensitivity", 28),
                Column("Location and reference", 22)] if sensitive
               else [Column("No.", 6), Column("Description", 64), Column("Location and reference", 30)])
    grid = Grid(columns, st)
    for n, line in enumerate(inp.schedule):
        reason = [[Block(line.reason, st.cell)] if line.reason else [Block(NO_REASON, st.cell_grey)]] \
            if sensitive else []
        yield Row(grid, [[Block(str(line.number), st.cell_bold)], [Block(line.description, st.cell)], *reason,
                         [Block(line.location, st.cell)]], header="always" if n == 0 else "auto",
                  cont=str(line.number))
    if not inp.schedule:
        what = "sensitive" if sensitive else "unused (non-sensitive)"
        yield parts.prose("", st, empty=f"No material is marked as {what}.")


def _log_rows(inp: DisclosureInput, st: Styles) -> Iterator[Flowable]:
    # "When" wide enough for "dd/mm/yyyy HH:MM" on one line.
    grid = Grid([Column("No.", 5), Column("Where", 17), Column("Field or region", 16), Column("Redacted", 12),
                 Column("Decision", 11), Column("Reason", 17), Column("By", 12), Column("When", 12)], st)
    for n, line in enumerate(inp.log):
        cells = [line.where, line.what, line.redacted, line.decision, line.reason, line.by, line.when]
        yield Row(grid, [[Block(str(line.number), st.cell_bold)], *([Block(c or "\u2013", st.cell)] for c in cells)],
                  header="always" if n == 0 else "auto", cont=str(line.number))
    if not inp.log:
        yield parts.prose("", st, empty="No redaction has been decided on this case.")


# CSV.

SCHEDULE_HEADER = ("No.", "Description", "Location and reference")
SENSITIVE_HEADER = ("No.", "Description", "Reason for sensitivity", "Location and reference")
LOG_HEADER = ("No.", "Where", "Field or region", "Redacted", "Decision", "Reason", "By", "When")


def to_csv(inp: DisclosureInput) -> bytes:
    """UTF-8 with a byte-order mark (so spreadsheets read every script), CRLF rows. The first
    row carries the marking, the title and the URN; the second the column names."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    case = inp.ctx.case
    w.writerow([case.marking, inp.title, f"URN {case.urn}", inp.ctx.version.label, inp.banner])
    if inp.document == REDACTIONS:
        w.writerow(LOG_HEADER)
        w.writerows((x.number, x.where, x.what, x.redacted, x.decision, x.reason, x.by, x.when) for x in inp.log)
    elif inp.document == SENSITIVE:
        w.writerow(SENSITIVE_HEADER)
        w.writerows((x.number, x.description, x.reason or NO_REASON, x.location) for x in inp.schedule)
    else:
        w.writerow(SCHEDULE_HEADER)
        w.writerows((x.number, x.description, x.location) for x in inp.schedule)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
