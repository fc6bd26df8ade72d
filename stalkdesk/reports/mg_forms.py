"""The cover and index, the report for a charging decision (MG3) and the case summary (MG5).

The layouts follow the purpose and content of the national forms, not their graphics.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.platypus.flowables import Flowable, Spacer

from stalkdesk.domain import when as when_mod
from stalkdesk.domain.vocab import DisclosureStatus, Offence, Role
from stalkdesk.reports import parts
from stalkdesk.reports.flow import Heading, TextFlow
from stalkdesk.reports.layout import Block
from stalkdesk.reports.model import ChargeFileInput, PrintedPerson
from stalkdesk.reports.points import NO_SUPPORT, points_for
from stalkdesk.reports.rows import Column, Grid, Row
from stalkdesk.reports.styles import Styles

SECTIONS: tuple[tuple[str, str], ...] = (
    ("mg3", "Report for a charging decision (MG3)"),
    ("mg5", "Case summary (MG5)"),
    ("chronology", "Chronology"),
    ("mg12", "Exhibit list (MG12)"),
    ("mg6c", "Schedule of non-sensitive unused material (MG6C)"),
    ("appendix", "Evidence appendix"),
    ("integrity", "Integrity"),
)


def number(key: str) -> int:
    return next(n for n, (k, _) in enumerate(SECTIONS, 1) if k == key)


def offence_text(o: Offence, other: str) -> str:
    return f"{other} (other offence)" if o is Offence.OTHER and other else o.label


def cover(inp: ChargeFileInput, st: Styles) -> Iterator[Flowable]:
    ctx, case, stats = inp.ctx, inp.ctx.case, inp.stats
    yield Spacer(0, 18)
    yield TextFlow([Block("Pre-charge file", st.title),
                    Block("Report to the Crown Prosecution Service for a charging decision", st.h2, 4)],
                   space_after=18)
    used_exhibits = sum(1 for x in inp.exhibits if x.disclosure is DisclosureStatus.USED)
    yield from parts.facts([
        ("Operation", case.operation), ("URN", case.urn), ("Crime reference", case.crime_reference),
        ("Offences proposed", "\n".join(offence_text(o, case.other_offence) for o in case.offences)),
        ("Officer in the case", case.officer_in_case), ("Prepared by", ctx.officer),
        ("Status", case.status.label), ("Version", ctx.version.label),
        ("Chronology", f"{stats.total} entries: {stats.used} used as evidence, {stats.unused} unused"
                       + (f"; {stats.left_out_sensitive} sensitive entries not included"
                          if stats.left_out_sensitive else "")),
        ("Exhibits", f"{used_exhibits} used as evidence, {len(inp.exhibits) - used_exhibits} unused"),
    ], st)
    yield Heading("Contents", st.h2, space_before=18, space_after=4)
    for n, (key, title) in enumerate(SECTIONS, 1):
        yield parts.IndexLine(f"{n}. {title}", key, st)
    yield Spacer(0, 10)
    note = ("Personal details of the victim, witnesses and third parties (dates of birth, addresses, "
            "phone numbers, email addresses and vehicles) are replaced throughout by markers such as "
            "[REDACTED \u2013 address]." if ctx.version.value == "cps" else
            "This internal version contains the personal details of the victim, witnesses and third parties. "
            "It must not be disclosed.")
    yield TextFlow([Block(note, st.note, 0)], space_after=0)


def _people_table(people: Sequence[PrintedPerson], st: Styles) -> Iterator[Flowable]:
    grid = Grid([Column("Role", 13), Column("Name", 22), Column("Relationship to victim", 17),
                 Column("Details", 48)], st)
    order = {Role.SUSPECT: 0, Role.VICTIM: 1, Role.WITNESS: 2, Role.THIRD_PARTY: 3}
    for n, p in enumerate(sorted(people, key=lambda p: order.get(p.role, 9))):
        details = [f"Date of birth: {p.date_of_birth}"] if p.date_of_birth else []
        details += [f"Address: {a}" for a in p.addresses] + [f"Phone: {t}" for t in p.phones]
        details += [f"Email: {e}" for e in p.emails] + [f"Vehicle: {v}" for v in p.vehicles]
        details += [f"Online: {h}" for h in p.handles]
        name = [Block(p.name, st.cell_bold)] + ([Block("Also known as " + ", ".join(p.aliases), st.cell_grey)]
                                                if p.aliases else [])
        yield Row(grid, [[Block(p.role.label, st.cell)], name, [Block(p.relationship.label, st.cell)],
                         [Block("\n".join(details) or "\u2013", st.cell)]], header="always" if n == 0 else "auto")


def mg3(inp: ChargeFileInput, st: Styles) -> Iterator[Flowable]:
    case, stats, narrative = inp.ctx.case, inp.stats, inp.narrative
    yield parts.section(number("mg3"), SECTIONS[0][1], "mg3", st)
    yield parts.sub("Offences proposed", st)
    offences = case.offences or ()
    if not offences:
        yield parts.prose("", st, empty="No offence has been recorded for this case yet.")
    for o in offences:
        yield parts.lines([offence_text(o, case.other_offence)], st)
    yield parts.sub("People", st)
    yield from _people_table(inp.people, st)
    yield parts.sub("Points to prove", st)
    grid = Grid([Column("Point to prove", 62), Column("Supporting items and exhibits", 38)], st)
    for o in offences:
        points = points_for(o)
        yield Heading(offence_text(o, case.other_offence), st.h3, space_before=6, space_after=3)
        if not points:
            yield parts.prose("", st, empty="StalkDesk does not list the points to prove for this offence.")
        for n, point in enumerate(points):
            support = inp.support.get(point.id, ())
            cell = Block(", ".join(support), st.cell) if support else Block(NO_SUPPORT, st.cell_grey)
            yield Row(grid, [[Block(point.text, st.cell)], [cell]], header="always" if n == 0 else "auto")
    yield parts.sub("Course of conduct", st)
    met = "met" if stats.used >= 2 else "NOT met"
    yield parts.lines([
        f"{stats.used} occasion{'s' if stats.used != 1 else ''} recorded as used evidence"
        + (f", from {when_mod.describe(stats.first_used)} to {when_mod.describe(stats.last_used)}."
           if stats.first_used and stats.last_used else "."),
        f"Section 7(3) requires conduct on at least two occasions: {met} on the entries marked as used.",
    ], st)
    yield parts.sub("Summary of key evidence", st)
    yield from _behaviours(inp, st)
    yield parts.sub("Suspect's account", st)
    yield parts.prose(narrative.suspect_account, st, empty="No account from the suspect has been recorded.")
    yield parts.sub("Lines of enquiry, including those that point away from the suspect", st)
    yield parts.prose(narrative.lines_of_enquiry, st, empty="No lines of enquiry have been recorded.")
    if stats.outstanding_count:
        yield Heading(f"Evidence still to be obtained ({stats.outstanding_count} entries)", st.h3,
                      space_before=4, space_after=2)
        for e in stats.outstanding:
            ref = f" \u2013 {e.source_reference}" if e.source_reference else ""
            yield TextFlow([Block(f"Item {e.item_number} ({parts.day(e.when)}): {e.summary}{ref}", st.body)],
                           indent=8, space_after=2)
        more = stats.outstanding_count - len(stats.outstanding)
        if more > 0:
            yield parts.prose("", st, empty=f"and {more} more: see the chronology (source column).")
    yield parts.sub("Victim's views on a restraining order", st)
    yield parts.prose(narrative.victim_views, st, empty="The victim's views have not been recorded yet.")
    yield parts.sub("Proposed restraining order conditions", st)
    yield parts.prose(narrative.proposed_conditions, st, empty="No conditions have been proposed yet.")


def _behaviours(inp: ChargeFileInput, st: Styles) -> Iterator[Flowable]:
    stats = inp.stats.behaviours
    if not stats:
        yield parts.prose("", st, empty="No entry is marked as used evidence yet.")
        return
    yield parts.prose("", st, empty="Behaviours in the entries marked as used evidence:")
    grid = Grid([Column("Behaviour", 30), Column("Occasions", 11), Column("First", 12), Column("Last", 12),
                 Column("Chronology items", 35)], st)
    for n, (b, s) in enumerate(sorted(stats.items(), key=lambda kv: -kv[1].count)):
        label = b.label + (f" ({b.s2a_paragraph})" if b.s2a_paragraph else "")
        yield Row(grid, [[Block(label, st.cell)], [Block(str(s.count), st.cell)], [Block(parts.day(s.first), st.cell)],
                         [Block(parts.day(s.last), st.cell)], [Block(parts.ranges(s.items), st.cell)]],
                  header="always" if n == 0 else "auto")


def mg5(inp: ChargeFileInput, st: Styles) -> Iterator[Flowable]:
    narrative = inp.narrative
    yield parts.section(number("mg5"), SECTIONS[1][1], "mg5", st)
    yield parts.sub("Headline summary", st)
    yield parts.prose(narrative.headline_summary, st, empty="The headline summary has not been written yet.")
    yield parts.sub("The events in chronological order", st)
    yield parts.prose("", st, empty=f"From the {inp.stats.used} chronology entries marked as used evidence.")
    for e in inp.entries():
        if e.disclosure is not DisclosureStatus.USED:
            continue
        refs = ", ".join(x.reference + (f" ({x.locator})" if x.locator else "") for x in e.exhibits)
        evidence = f"Item {e.item_number}. Source: {e.source.label.lower()}" \
            + (f" ({e.source_reference})" if e.source_reference else "") + (f". Exhibits: {refs}" if refs else "")
        blocks = [Block(f"{when_mod.describe(e.when)}: {e.summary}", st.body_bold)]
        if e.account.strip():
            blocks.append(Block(e.account, st.body, 1.0))
        blocks.append(Block(evidence + ".", st.note, 1.0))
        yield TextFlow(blocks, space_after=st.gap)
    yield parts.sub("What the key witnesses say", st)
    yield parts.prose(narrative.key_witnesses, st, empty="Not summarised yet.")
    yield parts.sub("Interview", st)
    yield parts.prose(narrative.suspect_account, st, empty="The suspect has not been interviewed, or the "
                                                           "account has not been recorded.")
