"""The Stalking Protection Order application pack, for the magistrates' court.

Cover and hyperlinked index; the three grounds of SPA 2019 s.1(1), each with the
chronology items and exhibits the officer linked to it; the proposed prohibitions and
requirements, numbered P1... and R1...; the duration; the interim order request (s.5);
the risk summary (latest S-DASH, patterns of contact with charts, co-location visits with
the schematic plot); the patterns' weekly figures. The same page furniture, markings,
"Page N of M", item numbers, redaction and determinism as the pre-charge file: the
service hands over data already redacted, and everything printed is hashed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus.doctemplate import NextPageTemplate
from reportlab.platypus.flowables import Flowable, PageBreak, Spacer

from stalkdesk.domain import when as when_mod
from stalkdesk.domain.analysis import sdash as sdash_mod
from stalkdesk.domain.analysis.patterns import Patterns
from stalkdesk.domain.analysis.sdash import SdashAssessment
from stalkdesk.domain.analysis.spo import InterimRequest
from stalkdesk.domain.records import Entry, Exhibit
from stalkdesk.reports import charts, colocation_plot, parts, patterns_part
from stalkdesk.reports.canonical import ExportHash
from stalkdesk.reports.colocation_plot import PlotSpec
from stalkdesk.reports.flow import Heading, TextFlow
from stalkdesk.reports.interview import furniture
from stalkdesk.reports.layout import Block
from stalkdesk.reports.lean_pdf import LeanDoc
from stalkdesk.reports.model import Context, PrintedPerson, Rendered
from stalkdesk.reports.page import LANDSCAPE, PORTRAIT
from stalkdesk.reports.rows import Column, Grid, Row
from stalkdesk.reports.styles import Styles, styles

TITLE = "Stalking Protection Order application"
PORTRAIT_WIDTH = A4[0] - 30 * mm
LANDSCAPE_WIDTH = landscape(A4)[0] - 30 * mm
NO_SUPPORT = "No supporting item linked yet."

SECTIONS: tuple[tuple[str, str], ...] = (
    ("grounds", "Grounds for the order (SPA 2019 s.1(1))"),
    ("terms", "Proposed prohibitions and requirements (s.2)"),
    ("interim", "Interim order (s.5)"),
    ("risk", "Risk summary"),
    ("figures", "Patterns of contact: weekly figures"),
)


@dataclass(frozen=True, slots=True)
class Ground:
    """One ground of s.1(1), with what supports it (entries and exhibits already redacted)."""

    point_id: str
    letter: str  # "(a)"
    title: str
    wording: str
    source: str
    status: str  # "Proved", "Partly", "Not yet"
    computed: str = ""  # what the software counted
    reasons: tuple[str, ...] = ()
    entries: tuple[tuple[Entry, str], ...] = ()  # (entry, the officer's note)
    exhibits: tuple[tuple[Exhibit, str], ...] = ()


@dataclass(frozen=True, slots=True)
class PrintedTerm:
    number: str  # "P1", "R2": stable within this document
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class VisitRow:
    when: str
    place: str
    closest: str
    fixes: int
    status: str
    item: str = ""  # the chronology item a confirmed visit became


@dataclass(frozen=True, slots=True)
class Risk:
    latest: SdashAssessment | None = None  # notes already redacted
    history: tuple[SdashAssessment, ...] = ()
    patterns: Patterns | None = None
    visits: tuple[VisitRow, ...] = ()
    searches: int = 0  # location exhibits searched
    plots: tuple[PlotSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class SpoPackInput:
    ctx: Context
    head: dict[str, Any]  # the canonical header: everything printed except the cited entries
    defendant: PrintedPerson | None
    protected: tuple[PrintedPerson, ...]
    headline: str
    grounds: tuple[Ground, ...]
    terms: tuple[PrintedTerm, ...]
    duration: str
    interim: InterimRequest
    risk: Risk = field(default_factory=Risk)
    force: str = ""


def render_spo(inp: SpoPackInput, out: BinaryIO) -> Rendered:
    st = styles()
    hasher = ExportHash(inp.head)

    def closing() -> tuple[str, str]:
        digest = hasher.hexdigest()
        return inp.ctx.closing_note(digest), f"spo|{digest}|{inp.ctx.generated}"

    doc = LeanDoc(out, furniture(inp.ctx, TITLE), st, first=PORTRAIT, closing=closing)
    doc.build_from(_story(inp, st, hasher))
    return Rendered(doc.page_count, hasher.hexdigest())


def number(key: str) -> int:
    return next(n for n, (k, _) in enumerate(SECTIONS, 1) if k == key)


def _title(key: str) -> str:
    return dict(SECTIONS)[key]


def _new_page(template: str = PORTRAIT) -> Iterator[Flowable]:
    yield NextPageTemplate(template)
    yield PageBreak()


def _story(inp: SpoPackInput, st: Styles, hasher: ExportHash) -> Iterator[Flowable]:
    yield from _cover(inp, st)
    yield from _new_page()
    yield from _grounds(inp, st, hasher)
    yield from _new_page()
    yield from _terms(inp, st)
    yield from _interim(inp, st)
    yield from _new_page()
    yield from _risk(inp, st)
    yield from _new_page(LANDSCAPE)
    yield from _figures(inp, st)


def _cover(inp: SpoPackInput, st: Styles) -> Iterator[Flowable]:
    ctx, case = inp.ctx, inp.ctx.case
    yield Spacer(0, 18)
    yield TextFlow([Block("Application for a Stalking Protection Order", st.title),
                    Block("Stalking Protection Act 2019, section 1: application by a chief officer of police to "
                          "a magistrates' court", st.h2, 4)], space_after=18)
    protected = "\n".join(p.name for p in inp.protected) or "\u2013"
    prohibitions = sum(1 for t in inp.terms if t.kind == "prohibition")
    proposed = prohibitions, len(inp.terms) - prohibitions
    yield from parts.facts([
        ("Operation", case.operation), ("URN", case.urn), ("Crime reference", case.crime_reference),
        ("Applicant", f"Chief officer of police, {inp.force}" if inp.force else "Chief officer of police"),
        ("Defendant", inp.defendant.name if inp.defendant else "Not recorded"),
        ("Person to be protected", protected),
        ("Officer in the case", case.officer_in_case), ("Prepared by", ctx.officer),
        ("Terms proposed", f"{proposed[0]} prohibition{'s' if proposed[0] != 1 else ''}, "
                           f"{proposed[1]} requirement{'s' if proposed[1] != 1 else ''}"),
        ("Duration proposed", inp.duration),
        ("Interim order", "Requested (s.5)" if inp.interim.requested else "Not requested"),
        ("Version", ctx.version.label),
    ], st)
    yield Heading("Contents", st.h2, space_before=18, space_after=4)
    for n, (key, title) in enumerate(SECTIONS, 1):
        yield parts.IndexLine(f"{n}. {title}", key, st)
    yield Spacer(0, 10)
    if inp.headline.strip():
        yield Heading("Summary", st.h2, space_before=6, space_after=3)
        yield parts.prose(inp.headline, st)
    note = ("Personal details of the victim, witnesses and third parties (dates of birth, addresses, phone "
            "numbers, email addresses and vehicles) are replaced throughout by markers such as "
            "[REDACTED \u2013 address]. Item numbers are the case chronology's own."
            if ctx.version.value == "cps" else
            "This internal version contains the personal details of the victim, witnesses and third parties. "
            "It must not be disclosed. Item numbers are the case chronology's own.")
    yield TextFlow([Block(note, st.note)], space_after=0)


def _ground_items(g: Ground, st: Styles, hasher: ExportHash) -> Iterator[Flowable]:
    if g.entries:
        grid = Grid([Column("Item", 6), Column("When", 16), Column("What happened", 46), Column("Exhibits", 12),
                     Column("Officer's note", 20)], st)
        for n, (e, note) in enumerate(g.entries):
            hasher.add(e)
            refs = ", ".join(x.reference + (f" ({x.locator})" if x.locator else "") for x in e.exhibits)
            what = [Block(e.summary, st.cell_bold)]
            if e.account.strip():
                what.append(Block(e.account, st.cell, 1.0))
            yield Row(grid, [[Block(str(e.item_number), st.cell_bold)], [Block(when_mod.describe(e.when), st.cell)],
                             what, [Block(refs or "\u2013", st.cell)], [Block(note or "\u2013", st.cell_grey)]],
                      header="always" if n == 0 else "auto")
    if g.exhibits:
        yield Spacer(0, 6)
        grid = Grid([Column("Exhibit", 12), Column("Description", 58), Column("Officer's note", 30)], st)
        for n, (x, note) in enumerate(g.exhibits):
            yield Row(grid, [[Block(x.reference, st.cell_bold)], [Block(x.description or "\u2013", st.cell)],
                             [Block(note or "\u2013", st.cell_grey)]], header="always" if n == 0 else "auto")
    if not g.entries and not g.exhibits:
        yield parts.prose("", st, empty=NO_SUPPORT)


def _grounds(inp: SpoPackInput, st: Styles, hasher: ExportHash) -> Iterator[Flowable]:
    yield parts.section(number("grounds"), _title("grounds"), "grounds", st)
    yield parts.prose("", st, empty=(
        "The court may make a stalking protection order if satisfied that the defendant has carried out acts "
        "associated with stalking, that the defendant poses a risk associated with stalking to another person, "
        "and that there is reasonable cause to believe the proposed order is necessary to protect that person "
        "from the risk. For each ground, the chronology items and exhibits the officer relies on follow."))
    for g in inp.grounds:
        yield parts.sub(f"Ground {g.letter}: {g.title}", st, key=f"ground-{g.letter.strip('()')}", outline=1)
        blocks = [Block(g.wording, st.body), Block(g.source, st.note, 2.0),
                  Block(f"Supported in this file: {g.status.lower()}", st.body_bold, 3.0)]
        if g.computed:
            blocks.append(Block(f"Counted from the chronology: {g.computed}.", st.body, 2.0))
        flow = TextFlow(blocks, space_after=st.gap)
        flow.keepWithNext = True  # with the first supporting row, not alone at a page foot
        yield flow
        yield from _ground_items(g, st, hasher)


def _terms(inp: SpoPackInput, st: Styles) -> Iterator[Flowable]:
    yield parts.section(number("terms"), _title("terms"), "terms", st)
    for kind, heading, empty in (
            ("prohibition", "Prohibitions (s.2(1)(a))", "No prohibition is proposed."),
            ("requirement", "Requirements (s.2(1)(b))", "No requirement is proposed.")):
        mine = [t for t in inp.terms if t.kind == kind]
        yield parts.sub(heading, st)
        if not mine:
            yield parts.prose("", st, empty=empty)
            continue
        grid = Grid([Column("", 7), Column("", 93)], st, vertical_rules=False)
        for t in mine:
            yield Row(grid, [[Block(t.number, st.cell_bold)], [Block(t.text, st.cell)]], header="never")
    yield parts.sub("Duration", st)
    yield parts.lines([inp.duration], st)
    yield TextFlow([Block(
        "Each term must be necessary to protect the person from the risk associated with stalking (s.2(2)) and, "
        "so far as practicable, avoid conflict with the defendant's religious beliefs, interference with their "
        "work or education, and conflict with any other court order (s.2(3)). If the order is made, the "
        "defendant must notify the police of their names and home address within 3 days (s.9); breach without "
        "reasonable excuse is an offence (s.8).", st.note)], space_after=st.gap)


def _interim(inp: SpoPackInput, st: Styles) -> Iterator[Flowable]:
    yield Spacer(0, 6)
    yield parts.section(number("interim"), _title("interim"), "interim", st)
    if inp.interim.requested:
        yield parts.lines(["An interim stalking protection order is requested, on the terms above, until the "
                           "application is determined."], st, bold_first=True)
        yield parts.sub("Why an interim order is needed", st)
        yield parts.prose(inp.interim.reasons, st)
    else:
        yield parts.prose("", st, empty="No interim order is requested.")


def _sdash(risk: Risk, st: Styles) -> Iterator[Flowable]:
    yield parts.sub("Risk screening (S-DASH)", st, key="risk-sdash", outline=1)
    latest = risk.latest
    if latest is None:
        yield parts.prose("", st, empty="No S-DASH screening has been recorded for this case.")
        return
    unknown = f", {latest.unknown_count} unknown" if latest.unknown_count else ""
    yield parts.lines([
        f"Latest screening: {latest.assessed_on:%d/%m/%Y} by {latest.officer}: "
        f"{latest.yes_count} of 11 answered yes{unknown}.",
        sdash_mod.trend_sentence(risk.history)], st, bold_first=True)
    grid = Grid([Column("No.", 6), Column("Question (topic)", 50), Column("Answer", 10), Column("Note", 34)], st)
    topics = {q.id: q for q in sdash_mod.QUESTIONS}
    for n, a in enumerate(latest.answers):
        q = topics.get(a.question_id)
        style = st.cell_bold if a.answer is sdash_mod.Answer.YES else st.cell
        yield Row(grid, [[Block(str(q.number if q else n + 1), st.cell)], [Block(q.topic if q else a.question_id,
                                                                                 st.cell)],
                         [Block(a.answer.label, style)], [Block(a.note or "\u2013", st.cell_grey)]],
                  header="always" if n == 0 else "auto")
    if len(risk.history) > 1:
        yield Heading("Yes answers over time", st.h3, space_before=8, space_after=2)
        yield charts.sdash_trend([(a.assessed_on, a.yes_count) for a in risk.history], PORTRAIT_WIDTH)


def _patterns(risk: Risk, st: Styles) -> Iterator[Flowable]:
    yield parts.sub("Patterns of contact", st, key="risk-patterns", outline=1)
    p = risk.patterns
    if p is None or not p.total:
        yield parts.prose("", st, empty="No contact is recorded in the chronology or imported records.")
        return
    yield from patterns_part.charts_part(p, st, PORTRAIT_WIDTH)


def _colocation(risk: Risk, st: Styles) -> Iterator[Flowable]:
    yield parts.sub("Co-location", st, key="risk-colocation", outline=1)
    visits = risk.visits
    if not risk.searches and not visits:
        yield parts.prose("", st, empty="No location records have been searched for this case.")
        return
    confirmed = sum(1 for v in visits if v.status == "Confirmed")
    dismissed = sum(1 for v in visits if v.status == "Dismissed")
    proposed = len(visits) - confirmed - dismissed
    yield parts.lines([
        f"{len(visits)} occasions found where the suspect's location records place them near the victim or a "
        f"place the victim uses: {confirmed} confirmed by the officer and added to the chronology, "
        f"{proposed} not yet reviewed, {dismissed} dismissed."], st)
    shown = [v for v in visits if v.status != "Dismissed"]
    if shown:
        grid = Grid([Column("When", 26), Column("Near", 24), Column("Closest", 10), Column("Fixes", 8),
                     Column("Status", 14), Column("Item", 8)], st)
        for n, v in enumerate(shown):
            yield Row(grid, [[Block(v.when, st.cell)], [Block(v.place, st.cell)], [Block(v.closest, st.cell)],
                             [Block(str(v.fixes), st.cell)], [Block(v.status, st.cell_bold if v.status == "Confirmed"
                                                                    else st.cell)],
                             [Block(v.item or "\u2013", st.cell)]], header="always" if n == 0 else "auto")
    for n, spec in enumerate(risk.plots):
        overview = n == 0 and len(risk.plots) > 1
        yield Heading(spec.title, st.h3, space_before=10, space_after=2)
        yield colocation_plot.plot(spec, PORTRAIT_WIDTH * (0.8 if overview else 0.54))


def _risk(inp: SpoPackInput, st: Styles) -> Iterator[Flowable]:
    yield parts.section(number("risk"), _title("risk"), "risk", st)
    yield from _sdash(inp.risk, st)
    yield from _patterns(inp.risk, st)
    yield from _colocation(inp.risk, st)


def _figures(inp: SpoPackInput, st: Styles) -> Iterator[Flowable]:
    yield parts.section(number("figures"), _title("figures"), "figures", st)
    p = inp.risk.patterns
    if p is None or not p.total:
        yield parts.prose("", st, empty="No contact recorded.")
        return
    yield parts.prose("", st, empty=(
        "Contacts per week (Monday to Sunday, UK local time), by channel, then by behaviour. An entry with "
        "several behaviours counts once under each, so the behaviour columns may add up to more than the total. "
        "A dot means none."))
    yield parts.sub("By channel", st)
    yield from patterns_part.channel_table(p, st)
    yield parts.sub("By behaviour", st)
    yield from patterns_part.behaviour_table(p, st)


def sections() -> Sequence[tuple[str, str]]:
    return SECTIONS
