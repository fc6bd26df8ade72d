"""The pre-charge file for the CPS: one PDF in the order a prosecutor reads it.

Cover and hyperlinked index; MG3; MG5; the full chronology (landscape pages); MG12 with
continuity; MG6C; the evidence appendix; the integrity page. Each section starts a page, is
bookmarked in the PDF outline and linked from the index, whose page numbers are filled in
when the document closes (see page.py), so the file is built in a single pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus.doctemplate import NextPageTemplate
from reportlab.platypus.flowables import Flowable, PageBreak

from stalkdesk.domain.analysis.patterns import Patterns
from stalkdesk.reports import chronology, parts, patterns_part
from stalkdesk.reports.appendix import appendix, integrity
from stalkdesk.reports.canonical import ExportHash
from stalkdesk.reports.flow import Heading
from stalkdesk.reports.interview import furniture
from stalkdesk.reports.lean_pdf import LeanDoc
from stalkdesk.reports.mg_forms import SECTIONS, cover, mg3, mg5, number
from stalkdesk.reports.model import ChargeFileInput, Rendered
from stalkdesk.reports.page import LANDSCAPE, PORTRAIT
from stalkdesk.reports.schedules import mg6c, mg12
from stalkdesk.reports.styles import Styles, styles

TITLE = "Pre-charge file"


def render_charge_file(inp: ChargeFileInput, out: BinaryIO, *, patterns: Patterns | None = None) -> Rendered:
    """`patterns`: the case's patterns of contact for the MG3 (default: counted from the printed entries)."""
    st = styles()
    hasher = ExportHash(inp.head)

    def closing() -> tuple[str, str]:
        digest = hasher.hexdigest()
        return inp.ctx.closing_note(digest), f"charge-file|{digest}|{inp.ctx.generated}"

    doc = LeanDoc(out, furniture(inp.ctx, TITLE), st, first=PORTRAIT, closing=closing)
    doc.build_from(_story(inp, st, hasher, patterns))
    return Rendered(doc.page_count, hasher.hexdigest())


def _new_page(template: str) -> Iterator[Flowable]:
    yield NextPageTemplate(template)
    yield PageBreak()


def _title(key: str) -> str:
    return dict(SECTIONS)[key]


def _story(inp: ChargeFileInput, st: Styles, hasher: ExportHash,
           patterns: Patterns | None = None) -> Iterator[Flowable]:
    yield from cover(inp, st)
    yield from _new_page(PORTRAIT)
    yield from mg3(inp, st)
    yield from _mg3_patterns(inp, st, patterns)
    yield from _new_page(PORTRAIT)
    yield from mg5(inp, st)
    yield from _new_page(LANDSCAPE)
    yield parts.section(number("chronology"), _title("chronology"), "chronology", st)
    stats = inp.stats
    yield parts.prose("", st, empty=(
        f"All {stats.total} entries, used and unused, by when they happened. Item numbers are the case's own."
        + (f" {stats.left_out_sensitive} entries marked sensitive are not included." if stats.left_out_sensitive
           else "")))
    yield from chronology.rows(hasher.through(inp.entries()), chronology.grid(st), st, inp.names, outline_level=1,
                               progress=inp.progress, total=inp.progress_total, done=stats.total)
    yield from _new_page(PORTRAIT)
    yield from mg12(inp, st, number("mg12"), _title("mg12"))
    yield from _new_page(PORTRAIT)
    yield from mg6c(inp, st, number("mg6c"), _title("mg6c"))
    yield from _new_page(PORTRAIT)
    yield from appendix(inp, st, number("appendix"), _title("appendix"), 2 * stats.total)
    yield from _new_page(PORTRAIT)
    yield from integrity(inp, st, number("integrity"), _title("integrity"), hasher)


def _mg3_patterns(inp: ChargeFileInput, st: Styles, patterns: Patterns | None) -> Iterator[Flowable]:
    """The MG3's patterns of contact: the figures, the charts and the weekly numbers."""
    p = patterns or patterns_part.from_entries(inp.entries(), inp.ctx.case.zone)
    yield parts.sub("Patterns of contact", st)
    if not p.total:
        yield parts.prose("", st, empty="No contact is recorded in the chronology.")
        return
    if patterns is None:
        yield parts.prose("", st, empty="Counted from the chronology entries printed in this file, one contact "
                                        "per entry.")
    else:
        yield parts.prose("", st, empty="Counted from every imported contact record (each message and call) and "
                                        "from the chronology entries no record stands behind.")
    yield from patterns_part.charts_part(p, st, A4[0] - 30 * mm)
    # A column per channel: on a portrait page the headings break mid-word ("WhatsAp p").
    yield from _new_page(LANDSCAPE)
    yield Heading("Patterns of contact (continued)", st.h2, space_after=3)
    yield Heading("Contacts per week, by channel: the figures", st.h3, space_after=2)
    yield from patterns_part.channel_table(p, st)
