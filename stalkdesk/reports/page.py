"""The page: A4 frames, the furniture printed on every page, and a single-pass "Page N of M".

The total page count and the index's page numbers are only known at the end, so they are
drawn as PDF form objects, referenced on the pages and defined once, when the last page
closes. "Page N of M" is "Page N of" written on the page and one form holding M shared by
every page, so the memory it takes does not grow with the page count: M starts at a fixed
point, room for `PAGE_DIGITS` figures (the furniture font's figures are all one width) before
the right margin, and "Page N of" ends a space before it. The document is therefore built in
one linear pass. Everything that would make two builds differ (creation date, document id) is
taken from the data, not the clock.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import BaseDocTemplate, PageBegin, PageTemplate
from reportlab.platypus.flowables import Flowable, KeepTogether
from reportlab.platypus.frames import Frame

from stalkdesk.reports.flow import FlowableStream
from stalkdesk.reports.layout import TextStyle, num, width_of, writer
from stalkdesk.reports.styles import WARNING, Styles

PORTRAIT, LANDSCAPE = "portrait", "landscape"
_MARGIN = 15 * mm
_TOP = 24 * mm  # room for the marking and the running head
_BOTTOM = 26 * mm
# Baselines of the footer, from the foot of the page (mm): the note on the last page, the
# rule, "Generated ..." and "Page N of M", the banner of an internal copy, the marking.
_NOTE, _FOOT_RULE, _FOOT_LINE, _FOOT_BANNER, _FOOT_MARKING = 22.5, 20.0, 16.5, 11.5, 7.0
# Figures of M that fit before the right margin: "Page N of M" ends flush with it for 1,000
# to 9,999 pages, a few figures short of it below that (never beyond it up to 9,999 pages).
PAGE_DIGITS = 4
TOTAL_FORM = "sd-pages"  # the form that prints M, the page count


@dataclass(frozen=True, slots=True)
class Furniture:
    """What every page shows, and the PDF's own metadata."""

    marking: str
    running_head: str  # e.g. "Operation DEMO (fictional) · URN 01ZZ0000124"
    title: str  # the document, e.g. "Pre-charge file (CPS version)"
    generated: str  # e.g. "Generated 30/06/2024 14:05 by DC Alex Fictional (9999)"
    banner: str = ""  # "UNREDACTED – NOT FOR DISCLOSURE" on internal copies
    author: str = ""
    subject: str = ""
    created: datetime | None = None  # from the data, for the PDF's creation date


def _pdf_date(when: datetime | None) -> str:
    t = (when or datetime(2000, 1, 1, tzinfo=UTC)).astimezone(UTC)
    return f"D:{t:%Y%m%d%H%M%S}+00'00'"


class ReportDoc(BaseDocTemplate):
    def __init__(self, out: BinaryIO, furniture: Furniture, st: Styles, *, first: str = PORTRAIT,
                 closing: Callable[[], tuple[str, str]] | None = None) -> None:
        """`closing` is asked, as the last page closes, for (a note printed above its footer,
        a fingerprint of the data that seeds the document id): both depend on data that is
        only fully known once the whole story has streamed through."""
        self.furniture = furniture
        self.closing = closing
        self.st = st
        self.sections: dict[str, int] = {}
        self.page_count = 0
        self._closing = False
        self._static: dict[tuple[float, float], str] = {}
        super().__init__(out, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_TOP,
                         bottomMargin=_BOTTOM, title=furniture.title, author=furniture.author,
                         subject=furniture.subject, creator="StalkDesk", invariant=1, lang="en-GB",
                         displayDocTitle=1, keepTogetherClass=KeepWithNext)
        templates = [self._template(PORTRAIT, A4), self._template(LANDSCAPE, landscape(A4))]
        self.addPageTemplates(templates if first == PORTRAIT else templates[::-1])

    def _template(self, name: str, size: tuple[float, float]) -> PageTemplate:
        width, height = size
        frame = Frame(_MARGIN, _BOTTOM, width - 2 * _MARGIN, height - _TOP - _BOTTOM, id=name,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=self._furniture)

    def note_section(self, key: str, page: int) -> None:
        self.sections.setdefault(key, page)

    def beforeDocument(self) -> None:
        canv: Canvas = self.canv
        created = _pdf_date(self.furniture.created)
        canv.setDateFormatter(lambda *_: created)
        canv.setPageCallBack(self._squeeze_page)

    def _squeeze_page(self, number: int) -> None:
        """Compress the page that just closed now, rather than hold its text until the save:
        memory then follows the size of the compressed file, not the page count."""
        page = self.canv._doc.Pages.pages[-1]  # type: ignore[attr-defined]
        if isinstance(page.stream, str) and not page.Contents:
            flate = pdfdoc.PDFDictionary({"Filter": pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])})
            page.Contents = pdfdoc.PDFStream(flate, zlib.compress(page.stream.encode("latin-1")))
            page.stream = None

    def build_from(self, flowables: Iterable[Flowable]) -> None:
        # ASCII85 only makes the file bigger, and without reportlab's C accelerator it is
        # the slowest step of saving. Flate compression stays on.
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            self.build(FlowableStream(flowables))
        finally:
            rl_config.useA85 = saved

    # The last page closes in _endBuild: that is when the totals become known.
    def _endBuild(self) -> None:
        self._closing = True
        if self._hanging and self._hanging[-1] is PageBegin:  # type: ignore[attr-defined]
            # The story ended on a page break: the last page has already been closed.
            self._define_forms(self.canv, self.canv.getPageNumber() - 1)
        super()._endBuild()  # type: ignore[misc]

    def handle_pageEnd(self) -> None:
        if self._closing and not self.page_count:
            self._last_page(self.canv)
        super().handle_pageEnd()

    def _last_page(self, canv: Canvas) -> None:
        note, fingerprint = self.closing() if self.closing else ("", "")
        if note:
            small = self.st.furniture
            writer(canv).line(note, TextStyle(small.font, 6.5, 8.0, small.colour), _MARGIN, _NOTE * mm)
        # The id is a digest of what reportlab has seen plus this: same data, same id.
        canv._doc.updateSignature(  # type: ignore[attr-defined]
            hashlib.sha256(fingerprint.encode()).hexdigest())
        self._define_forms(canv, canv.getPageNumber())

    def _define_forms(self, canv: Canvas, total: int) -> None:
        self.page_count = total
        f = self.st.furniture
        canv.beginForm(TOTAL_FORM, lowerx=-10, lowery=-10, upperx=200, uppery=30)
        canv.setFont(f.font, f.size)
        canv.setFillColorRGB(*f.colour)
        canv.drawString(0, 0, str(total))  # M, from the form's origin rightwards
        canv.endForm()
        body = self.st.body
        for key, page in self.sections.items():
            canv.beginForm(section_form(key), lowerx=-200, lowery=-10, upperx=10, uppery=30)
            canv.setFont(body.font, body.size)
            canv.drawRightString(0, 0, str(page))
            canv.endForm()

    def _furniture(self, canv: Canvas, doc: Any) -> None:
        size = canv._pagesize  # type: ignore[attr-defined]
        static = self._static.get(size)
        if static is None:
            static = self._static[size] = self._static_furniture(canv, size)
        canv.addLiteral(static)
        small = self.st.furniture
        x = total_x(size[0], small)
        space = width_of(" ", small.font) * small.size
        canv.addLiteral(writer(canv).line_literal(f"Page {canv.getPageNumber()} of", small, x - space,
                                                  _FOOT_LINE * mm, "right")[0])
        canv.saveState()
        canv.translate(x, _FOOT_LINE * mm)
        canv.doForm(TOTAL_FORM)  # M: one form for every page
        canv.restoreState()

    def _static_furniture(self, canv: Canvas, size: tuple[float, float]) -> str:
        """The parts of the header and footer that are the same on every page of a size."""
        fur, st = self.furniture, self.st
        width, height = size
        left, right, centre = _MARGIN, width - _MARGIN, width / 2
        bold, small = st.furniture_bold, st.furniture
        w = writer(canv)
        # Marking, top and bottom, centred and bold: the first thing anyone handling it sees.
        ops = [w.line_literal(fur.marking, bold, centre, height - 9 * mm, "centre")[0],
               w.line_literal(fur.marking, bold, centre, _FOOT_MARKING * mm, "centre")[0]]
        if fur.banner:
            red = bold.with_(colour=WARNING)
            ops += [w.line_literal(fur.banner, red, centre, height - 13.5 * mm, "centre")[0],
                    w.line_literal(fur.banner, red, centre, _FOOT_BANNER * mm, "centre")[0]]
        ops += [w.line_literal(fur.running_head, small, left, height - 18.5 * mm)[0],
                w.line_literal(fur.title, _sharing(w, fur.running_head, fur.title, small, right - left), right,
                               height - 18.5 * mm, "right")[0],
                w.line_literal(fur.generated, small, left, _FOOT_LINE * mm)[0]]
        r, g, b = small.colour
        top_rule, foot_rule = height - 20 * mm, _FOOT_RULE * mm
        ops.append(f"q 0.4 w {r:.3f} {g:.3f} {b:.3f} RG {num(left)} {num(top_rule)} m {num(right)} {num(top_rule)} l S "
                   f"{num(left)} {num(foot_rule)} m {num(right)} {num(foot_rule)} l S Q")
        return "\n".join(ops)


def _sharing(w: Any, head: str, title: str, style: TextStyle, room: float) -> TextStyle:
    """The style for the title that shares the running head's line: smaller when both would
    otherwise overlap (a long title on a portrait page), never below 5.5 pt."""
    gap = 10.0
    head_width = w.line_literal(head, style, 0, 0)[1]
    title_width = w.line_literal(title, style, 0, 0)[1]
    if head_width + gap + title_width <= room or title_width <= 0:
        return style
    size = max(5.5, style.size * (room - head_width - gap) / title_width)
    return TextStyle(style.font, size, style.leading, style.colour)


def total_x(page_width: float, style: TextStyle) -> float:
    """Where M of "Page N of M" starts: room for PAGE_DIGITS figures before the right margin."""
    return page_width - _MARGIN - PAGE_DIGITS * width_of("0", style.font) * style.size


class KeepWithNext(KeepTogether):
    """Headings kept with the flowable after them (reportlab's keepWithNext groups).

    Where the group does not fit in the space left, reportlab moves all of it to the next
    page, however long the last flowable. Here the last one is split instead when the
    headings and its first part fit (its own split rules decide how few lines that may be),
    so a heading always travels with the first lines of its body and leaves no hole behind."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content: list[Flowable] = self._content  # type: ignore[attr-defined]
        *lead, last = content
        if lead and aH < float(self._H):  # type: ignore[attr-defined]
            used = 0.0
            for n, f in enumerate(lead):
                used += f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceAfter() + (f.getSpaceBefore() if n else 0.0)
            room = aH - used - last.getSpaceBefore() - 0.5
            if room > 0:
                last.wrapOn(self.canv, aW, room)
                parts = last.splitOn(self.canv, aW, room)
                if len(parts) > 1:
                    return [*lead, *parts]
        found: list[Flowable] = super().split(aW, aH)
        return found


def section_form(key: str) -> str:
    """The form object that prints the page number a section starts on (for the index)."""
    return f"sd-sec-{key}"
