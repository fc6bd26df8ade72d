"""How the documents are laid out: no event title or heading left at the foot of a page,
table headings never broken mid-word, two pictures to an appendix page, the page footer."""

from __future__ import annotations

import argparse
import io
import random
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.doctemplate import NextPageTemplate
from reportlab.platypus.flowables import PageBreak, Spacer

from stalkdesk import cli_redact
from stalkdesk.domain.analysis.patterns import behaviour_label, channel_label
from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import Behaviour, Channel
from stalkdesk.reports import patterns_part
from stalkdesk.reports.flow import Heading, TextFlow
from stalkdesk.reports.layout import Block
from stalkdesk.reports.mg_forms import SECTIONS
from stalkdesk.reports.page import LANDSCAPE, PAGE_DIGITS, PORTRAIT, Furniture, ReportDoc
from stalkdesk.reports.rows import Row
from stalkdesk.reports.styles import styles
from stalkdesk.services import reports
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.reports import pdf
from tests.reports.conftest import GENERATED

_TEXT = ("the suspect was seen again near the house and the victim wrote down what she saw at the time "
         "in her diary which she kept for the police")
WORDS = _TEXT.split()


def _words(n: int, seed: int) -> str:
    return " ".join(WORDS[(seed * 7 + i) % len(WORDS)] for i in range(n))


def _section_pages(r: PdfReader, key: str) -> range:
    """The pages of the pre-charge file's section `key`, from its outline entries."""
    numbers = {f"{n}. {title}": n for n, (_, title) in enumerate(SECTIONS, 1)}
    starts = {numbers[str(d.title)]: r.get_destination_page_number(d) for d in pdf.outline(r)
              if str(d.title) in numbers}
    n = next(n for n, (k, _) in enumerate(SECTIONS, 1) if k == key)
    return range(starts[n], starts[n + 1])


def test_event_titles_never_end_a_page_in_the_mg5(ws: Workspace, tmp_path: Path) -> None:
    # Two-line titles and bodies of every length from one line to a dozen: page after page,
    # some title falls where only its own lines (or one more) would fit at the foot.
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.entries.add_many(case.id, [
        factories.entry(n, summary=f"Title{n:03d} " + _words(22, n),
                        account=f"Body{n:03d} " + _words(12 + (n * 13) % 130, n))
        for n in range(90)])
    out = tmp_path / "file.pdf"
    reports.charge_file(ws, case.urn, out, unredacted=True, generated_at=GENERATED)
    r = pdf.reader(out)
    texts = pdf.texts(r)
    pages = _section_pages(r, "mg5")
    assert len(pages) > 5
    for n in range(90):
        [title_page] = [p for p in pages if f"Title{n:03d}" in texts[p]]
        [body_page] = [p for p in pages if f"Body{n:03d}" in texts[p]]
        assert body_page == title_page, f"event {n}: title on page {title_page + 1}, body on {body_page + 1}"
    for p in pages[:-1]:  # and the pages are full: nothing moved on that could have stayed
        assert texts[p].count("Title") >= 3, p


def test_a_split_keeps_the_title_with_the_first_lines_of_its_body() -> None:
    st = styles()
    flow = TextFlow([Block("An event title long enough to run onto a second line when it is laid out at "
                           "this narrow width, in bold", st.body_bold),
                     Block(_words(120, 1), st.body, 1.0), Block("Item 1. Source: diary.", st.note, 1.0)])
    width = 200.0
    flow.wrap(width, 1000)
    lines = flow._layout(width)
    title = flow._lead
    assert title >= 2
    leading = st.body.leading
    # Room for the title and one line of the body: the whole event moves on.
    assert flow.split(width, lines[title].top + leading - 0.5) == []
    # Room for the title and two lines: it splits there.
    first, rest = flow.split(width, lines[title + 1].top + leading + 0.5)
    assert isinstance(first, TextFlow) and isinstance(rest, TextFlow)
    assert len(first._layout(width)) == title + 2
    assert len(rest._layout(width)) == len(lines) - title - 2
    # A single paragraph still splits anywhere that leaves two lines on each side.
    prose = TextFlow([Block(_words(120, 2), st.body)])
    prose.wrap(width, 1000)
    assert len(prose.split(width, 2 * leading + 0.5)) == 2


def _furniture() -> Furniture:
    return Furniture(marking="OFFICIAL-SENSITIVE", running_head="Operation TEST (fictional) \u00b7 URN 01ZZ0000001",
                     title="Layout test", generated="Generated 01/07/2024 10:30 by DC Test Fictional (0000)",
                     banner="UNREDACTED \u2013 NOT FOR DISCLOSURE")


def test_a_heading_takes_the_first_lines_of_a_long_body_with_it() -> None:
    """A heading near the foot of a page, before a paragraph longer than the space left, stays
    with the paragraph's first lines rather than leaving the rest of the page empty."""
    st = styles()
    buffer = io.BytesIO()
    doc = ReportDoc(buffer, _furniture(), st)
    frame = doc.pageTemplates[0].frames[0]._height
    doc.build_from([Spacer(0, frame - 120), Heading("Marker heading", st.h2, space_before=10, space_after=3),
                    TextFlow([Block("Firstwords " + _words(400, 3), st.body)])])
    texts = [p.extract_text() for p in PdfReader(buffer).pages]
    assert "Marker heading" in texts[0] and "Firstwords" in texts[0]
    # And where not even two lines fit under it, heading and paragraph move on together.
    buffer = io.BytesIO()
    doc = ReportDoc(buffer, _furniture(), st)
    doc.build_from([Spacer(0, frame - 32), Heading("Marker heading", st.h2, space_before=10, space_after=3),
                    TextFlow([Block("Firstwords " + _words(400, 3), st.body)])])
    texts = [p.extract_text() for p in PdfReader(buffer).pages]
    assert "Marker heading" not in texts[0] and "Marker heading" in texts[1] and "Firstwords" in texts[1]


def test_weekly_table_headings_never_break_a_word() -> None:
    st = styles()
    labels = [channel_label(c) for c in Channel] + [behaviour_label(b) for b in Behaviour]
    pick = random.Random(7)
    for trial in range(60):
        chosen = pick.sample(labels, pick.randint(1, len(labels)))
        head = ["Week beginning", "Contacts", *chosen]
        rows = [head, *(["03/06/2024", "1234", *("12" for _ in chosen)] for _ in range(3))]
        flowables = list(patterns_part.weekly_table(rows, range(2, len(head)), st))
        grids = list(dict.fromkeys(f.grid for f in flowables if isinstance(f, Row)))
        shown: list[str] = []
        for grid in grids:
            width = patterns_part.PORTRAIT_FRAME
            cells, _ = grid.header(width)
            assert sum(grid.widths(width)) <= width + 0.01
            for column, placed, column_width in zip(grid.columns, cells, grid.widths(width), strict=True):
                # every word whole, on one line, inside its column
                assert [w for p in placed for w in p.line.text.split()] == column.title.split(), (trial, column)
                assert all(p.line.text in column.title.split() or " " in p.line.text for p in placed)
                head_style = grid.st.head_cell
                assert head_style.size >= 7.0
                for word in column.title.split():
                    assert stringWidth(word, head_style.font, head_style.size) + 2 * st.pad <= column_width
            assert [c.title for c in grid.columns[:2]] == ["Week beginning", "Contacts"]
            shown += [c.title for c in grid.columns[2:]]
        assert shown == chosen  # every column once, in order, whether in one table or several


def test_the_appendix_puts_two_pictures_on_every_page(ws: Workspace, demo: Case, tmp_path: Path) -> None:
    out = tmp_path / "file.pdf"
    reports.charge_file(ws, demo.urn, out, generated_at=GENERATED)
    r = pdf.reader(out)
    figures: dict[int, int] = {}
    for d in pdf.outline(r):
        if str(d.title).startswith("AF/"):
            page = r.get_destination_page_number(d)
            figures[page] = figures.get(page, 0) + 1
    pages = _section_pages(r, "appendix")
    assert sorted(figures) == list(pages)
    counts = [figures[p] for p in pages]
    assert counts[:-1] == [2] * (len(counts) - 1) and counts[-1] in (1, 2)  # the first page too


def _page_label(r: PdfReader, page: int) -> tuple[str, float, float, float]:
    """The "Page N of M" line of a page: its text, where "of" ends and M starts (x), where the
    line ends (x) and its baseline (y). "Page N of" is on the page, M in the shared form."""
    ops = ContentStream(r.pages[page].get_contents(), r).operations
    at = next(n for n, (args, op) in enumerate(ops) if op == b"Do" and str(args[0]).endswith("sd-pages"))
    [origin_x, origin_y] = [float(v) for v in ops[at - 1][0][4:6]]  # the translation just before it
    form = r.pages[page]["/Resources"]["/XObject"][str(ops[at][0][0])].get_object()
    inner = ContentStream(form, r).operations
    m_x = origin_x + next(float(args[4]) for args, op in inner if op == b"Tm")
    total = next(str(args[0]) for args, op in inner if op == b"Tj")
    label = next(n for n, (args, op) in enumerate(ops) if op == b"Tj" and str(args[0]).startswith("Page "))
    head = str(ops[label][0][0])
    [head_x, head_y] = [float(v) for v in ops[label - 1][0][4:6]]  # its text matrix
    st = styles()
    font, size = st.furniture.font, st.furniture.size
    assert abs(head_y - origin_y) < 0.01  # one baseline
    of_end = head_x + stringWidth(head, font, size)
    assert abs(m_x - (of_end + stringWidth(" ", font, size))) < 0.01, (of_end, m_x)  # one space before M
    return f"{head} {total}", m_x, m_x + stringWidth(total, font, size), origin_y


def test_page_number_ends_at_the_right_margin_within_the_room_kept_for_m() -> None:
    st = styles()
    buffer = io.BytesIO()
    doc = ReportDoc(buffer, _furniture(), st)
    doc.build_from([TextFlow([Block("Portrait page", st.body)]), NextPageTemplate(LANDSCAPE), PageBreak(),
                    TextFlow([Block("Landscape page", st.body)]), NextPageTemplate(PORTRAIT), PageBreak(),
                    TextFlow([Block("Portrait again", st.body)])])
    r = PdfReader(buffer)
    assert [p.mediabox.width > p.mediabox.height for p in r.pages] == [False, True, False]
    figure = stringWidth("0", st.furniture.font, st.furniture.size)
    assert {stringWidth(d, st.furniture.font, st.furniture.size) for d in "0123456789"} == {figure}  # tabular
    forms = set()
    for n, page in enumerate(r.pages):
        text, m_x, right, baseline = _page_label(r, n)
        assert text == f"Page {n + 1} of 3"
        margin = float(page.mediabox.width) - 15 * mm
        # M starts where PAGE_DIGITS figures would end at the margin; one figure here
        assert abs(m_x - (margin - PAGE_DIGITS * figure)) < 0.01, (n, m_x)
        assert abs(right - (margin - (PAGE_DIGITS - 1) * figure)) < 0.2, (n, right)
        forms.add(page["/Resources"]["/XObject"].raw_get("/FormXob.sd-pages").idnum)
        found: dict[str, float] = {}

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  found: dict[str, float] = found) -> None:
            if text.strip():
                found[text.strip()] = cm[5] + tm[5] * cm[3]

        page.extract_text(visitor_text=visit)
        generated = found["Generated 01/07/2024 10:30 by DC Test Fictional (0000)"]
        assert abs(generated - baseline) < 0.2
        banner = min(y for t, y in found.items() if t.startswith("UNREDACTED"))
        # more than a line of the banner's type between the footer line and the banner under it
        assert generated - banner >= st.furniture_bold.leading + 2, n
    assert len(forms) == 1  # one form holds M for every page


def test_cli_and_gui_word_the_export_reason_the_same() -> None:
    args = argparse.Namespace(recipient=" CPS  Fictional Area ", purpose="charging\ndecision", reason="")
    assert cli_redact.export_reason(args) == "recipient: CPS Fictional Area; purpose: charging decision"
    assert reports.export_reason(" CPS  Fictional Area ", "charging\ndecision") == cli_redact.export_reason(args)
    assert reports.export_reason("", "", "agreed by DS") == "agreed by DS"


def test_a_long_first_block_is_not_held_back_as_a_title() -> None:
    """Only a short first block (up to three lines) is kept with what follows: a paragraph of
    several pages followed by a note still flows from page to page."""
    st = styles()
    buffer = io.BytesIO()
    doc = ReportDoc(buffer, _furniture(), st)
    doc.build_from([Spacer(0, 200), TextFlow([Block("Firstwords " + _words(3000, 5), st.body),
                                              Block("Lastwords of the note.", st.note, 1.0)])])
    texts = [p.extract_text() for p in PdfReader(buffer).pages]
    assert "Firstwords" in texts[0] and "Lastwords" in texts[-1] and len(texts) >= 3
