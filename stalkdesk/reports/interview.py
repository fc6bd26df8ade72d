"""The interview chronology: the numbered table an interviewer puts to the suspect.

A4 landscape, one row per entry, the column header on every page, optionally a wide ruled
column for the interviewer's notes and a large-print size.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from reportlab.platypus.flowables import Flowable

from stalkdesk.reports import chronology
from stalkdesk.reports.canonical import ExportHash
from stalkdesk.reports.flow import Heading, TextFlow
from stalkdesk.reports.layout import Block
from stalkdesk.reports.lean_pdf import LeanDoc
from stalkdesk.reports.model import Context, InterviewInput, Progress, Rendered
from stalkdesk.reports.page import LANDSCAPE, Furniture
from stalkdesk.reports.styles import styles

TITLE = "Interview chronology"


def furniture(ctx: Context, title: str) -> Furniture:
    return Furniture(
        marking=ctx.case.marking, running_head=ctx.running_head, title=f"{title} \u00b7 {ctx.version.label}",
        generated=ctx.generated, banner=ctx.version.banner, author=ctx.officer,
        subject=f"{title}, {ctx.case.title}, {ctx.version.label}", created=ctx.data_time,
    )


def render_interview(inp: InterviewInput, out: BinaryIO, progress: Progress | None = None) -> Rendered:
    """Write the PDF to `out` (its working memory stays flat: see lean_pdf)."""
    opts = inp.options
    st = styles(opts.large_print)
    hasher = ExportHash(inp.head)

    def closing() -> tuple[str, str]:
        digest = hasher.hexdigest()
        return inp.ctx.closing_note(digest), f"interview|{digest}|{inp.ctx.generated}"

    doc = LeanDoc(out, furniture(inp.ctx, TITLE), st, first=LANDSCAPE, closing=closing)
    doc.build_from(_story(inp, hasher, progress))
    return Rendered(doc.page_count, hasher.hexdigest())


def _story(inp: InterviewInput, hasher: ExportHash, progress: Progress | None) -> Iterator[Flowable]:
    opts, ctx = inp.options, inp.ctx
    st = styles(opts.large_print)
    case = ctx.case
    yield Heading(TITLE, st.h1, key="interview", outline=0, space_after=2)
    facts = [f"{case.title}" + (f" \u00b7 crime reference {case.crime_reference}" if case.crime_reference else "")]
    if case.offences:
        facts.append("Offences under investigation: " + "; ".join(
            case.other_offence if o.value == "other" and case.other_offence else o.label for o in case.offences))
    facts.append(f"{inp.count} {'entry' if inp.count == 1 else 'entries'} ({opts.describe()}). "
                 "Item numbers are the case's own: item 14 here is item 14 in StalkDesk and in any transcript.")
    if inp.left_out_sensitive:
        facts.append(f"{inp.left_out_sensitive} entries marked sensitive are not included.")
    facts.append(ctx.version.label + ".")
    yield TextFlow([Block(f, st.note, 1.0) for f in facts], space_after=st.gap * 1.5)
    g = chronology.grid(st, notes_column=opts.notes_column)
    yield from chronology.rows(hasher.through(inp.entries()), g, st, inp.names, notes_column=opts.notes_column,
                               outline_level=1, progress=progress, total=inp.count)
    if progress is not None:
        progress(inp.count, inp.count)
