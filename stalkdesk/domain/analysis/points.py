"""The points to prove: Protection from Harassment Act 1997 ss.2, 2A, 4 and 4A, the grounds
for a Stalking Protection Order (Stalking Protection Act 2019 s.1(1)) and breach of one.

Each point has a stable id (the key of the officer's links and of the MG3's support map;
the offence ids match `stalkdesk.reports.points`), a short title, plain wording that keeps
to the Act's language, the provision it comes from, and which computed check, if any,
stands beside the officer's links. Wording paraphrases the Act; it is not the statute.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from stalkdesk.domain.analysis.common import AnalysisError


class Check(StrEnum):
    """What the software can count towards a point; the rules are in `checklist`."""

    LINKS = "links"  # the officer's links alone
    COURSE = "course"  # at least two occasions used as evidence (s.7(3))
    BEHAVIOURS = "behaviours"  # acts associated with stalking present (s.2A(3))
    FEAR = "fear"  # at least two occasions of fear of violence (s.4(1), s.4A(1)(b)(i))


@dataclass(frozen=True, slots=True)
class Point:
    id: str
    title: str
    wording: str
    source: str
    check: Check = Check.LINKS
    either: str = ""  # points of one offence sharing a non-empty `either` are alternatives


@dataclass(frozen=True, slots=True)
class Checklist:
    key: str  # an Offence value ("pha_s2a", ...) or "spo" for the order's grounds
    title: str
    points: tuple[Point, ...]


_PHA = "Protection from Harassment Act 1997"
_SPA = "Stalking Protection Act 2019"
_EXAMPLES = ("such as those the Act lists: following; contacting or attempting to contact by any means; "
             "publishing material relating to or purporting to come from the person; monitoring their use "
             "of the internet, email or other electronic communication; loitering in any place; interfering "
             "with property in their possession; watching or spying")
_OUGHT = "they ought to know if a reasonable person in possession of the same information would think so"


def _course(prefix: str) -> Point:
    return Point(f"{prefix}.course", "Course of conduct",
                 "The defendant pursued a course of conduct: conduct on at least two occasions in relation to "
                 "the victim. Speech is conduct.", f"{_PHA} s.1(1), s.7(3), s.7(4)", Check.COURSE)


def _harassment(prefix: str, source: str) -> Point:
    return Point(f"{prefix}.harassment", "Harassment",
                 "The course of conduct amounted to harassment of the victim. Harassing a person includes "
                 "alarming them or causing them distress.", f"{_PHA} {source}, s.7(2)")


def _knew_harassment(prefix: str, source: str) -> Point:
    return Point(f"{prefix}.knew", "Knew or ought to have known",
                 f"The defendant knew or ought to have known that the course of conduct amounted to "
                 f"harassment: {_OUGHT}.", f"{_PHA} {source}")


def _fear(prefix: str, source: str, either: str = "") -> Point:
    return Point(f"{prefix}.fear", "Fear of violence on at least two occasions",
                 "The course of conduct caused the victim to fear, on at least two occasions, that violence "
                 "would be used against them.", f"{_PHA} {source}", Check.FEAR, either)


CHECKLISTS: dict[str, Checklist] = {c.key: c for c in (
    Checklist("pha_s2", "Harassment (PHA 1997 s.2)", (
        _course("pha_s2"),
        _harassment("pha_s2", "s.1(1)(a)"),
        _knew_harassment("pha_s2", "s.1(1)(b), s.1(2)"),
    )),
    Checklist("pha_s2a", "Stalking (PHA 1997 s.2A)", (
        _course("pha_s2a"),
        _harassment("pha_s2a", "s.2A(2)(a)"),
        Point("pha_s2a.stalking", "Acts associated with stalking",
              f"The acts or omissions involved are ones associated with stalking, {_EXAMPLES}. "
              "The list is not exhaustive.", f"{_PHA} s.2A(2)(b), s.2A(3)", Check.BEHAVIOURS),
        _knew_harassment("pha_s2a", "s.2A(2)(c), s.1(2)"),
    )),
    Checklist("pha_s4", "Putting people in fear of violence (PHA 1997 s.4)", (
        _course("pha_s4"),
        _fear("pha_s4", "s.4(1)"),
        Point("pha_s4.knew", "Knew or ought to have known",
              "The defendant knew or ought to have known that the course of conduct would cause the victim "
              f"so to fear on each of those occasions: {_OUGHT}.", f"{_PHA} s.4(1), s.4(2)"),
    )),
    Checklist("pha_s4a", "Stalking involving fear of violence or serious alarm or distress (PHA 1997 s.4A)", (
        _course("pha_s4a"),
        _harassment("pha_s4a", "s.4A(1)(a), s.2A(2)(a)"),
        Point("pha_s4a.stalking", "Amounted to stalking",
              f"The course of conduct amounted to stalking: the acts or omissions involved are ones "
              f"associated with stalking, {_EXAMPLES}.", f"{_PHA} s.4A(1)(a), s.2A(2)(b), s.2A(3)",
              Check.BEHAVIOURS),
        _fear("pha_s4a", "s.4A(1)(b)(i)", either="effect"),
        Point("pha_s4a.alarm", "Serious alarm or distress with a substantial adverse effect",
              "The course of conduct caused the victim serious alarm or distress which had a substantial "
              "adverse effect on their usual day-to-day activities (for example moving home, changing the "
              "route to work, giving up social media, time off work).", f"{_PHA} s.4A(1)(b)(ii)",
              either="effect"),
        Point("pha_s4a.knew", "Knew or ought to have known",
              "The defendant knew or ought to have known that the course of conduct would cause the victim "
              f"so to fear on each of those occasions, or would cause such alarm or distress: {_OUGHT}.",
              f"{_PHA} s.4A(1), s.4A(2), s.4A(3)"),
    )),
    Checklist("spo", "Stalking Protection Order: grounds (SPA 2019 s.1(1))", (
        Point("spo.acts", "Acts associated with stalking",
              f"The defendant has carried out acts associated with stalking ({_PHA} s.2A gives examples). "
              "It does not matter where, or whether before or after 20 January 2020, they were carried out.",
              f"{_SPA} s.1(1)(a), s.1(5), s.1(6)", Check.BEHAVIOURS),
        Point("spo.risk", "Risk associated with stalking",
              "The defendant poses a risk associated with stalking to another person. The risk may be of "
              "physical or psychological harm, and may arise from acts the defendant knows or ought to know "
              "are unwelcome even if, in other circumstances, they would appear harmless.",
              f"{_SPA} s.1(1)(b), s.1(4)"),
        Point("spo.necessary", "Order necessary to protect",
              "There is reasonable cause to believe the proposed order is necessary to protect another "
              "person from that risk, whether or not they were the victim of the acts.", f"{_SPA} s.1(1)(c)"),
    )),
    Checklist("spo_breach", "Breach of a Stalking Protection Order (SPA 2019 s.8)", (
        Point("spo_breach.order", "Order in force",
              "A stalking protection order (or interim order) was in force and binding on the defendant.",
              f"{_SPA} s.8(1)"),
        Point("spo_breach.act", "Breach",
              "The defendant did something the order prohibits, or failed to comply with a requirement "
              "it imposes.", f"{_SPA} s.8(1)"),
        Point("spo_breach.excuse", "Without reasonable excuse",
              "The defendant had no reasonable excuse.", f"{_SPA} s.8(1)"),
    )),
)}

POINTS: dict[str, Point] = {p.id: p for c in CHECKLISTS.values() for p in c.points}


def point(point_id: str) -> Point:
    try:
        return POINTS[point_id]
    except KeyError:
        raise AnalysisError(f'"{point_id}" is not a point to prove StalkDesk knows.') from None


def checklist(key: str) -> Checklist:
    try:
        return CHECKLISTS[key]
    except KeyError:
        raise AnalysisError(f'"{key}" has no points to prove in StalkDesk.') from None
