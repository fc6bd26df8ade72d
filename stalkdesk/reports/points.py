"""The points to prove for each offence StalkDesk files, as the MG3 lists them.

Static text for now: linking chronology items and exhibits to each point is a later piece
of work, whose result the MG3 takes as a mapping {point id: [item numbers, references]}.
"""

from __future__ import annotations

from dataclasses import dataclass

from stalkdesk.domain.vocab import Offence


@dataclass(frozen=True, slots=True)
class Point:
    id: str  # stable: "<offence>.<point>", the key of the support mapping
    text: str


_COURSE = "A course of conduct: conduct on at least two occasions in relation to the victim (s.7(3))."
_KNEW = ("Which the defendant knew, or ought to have known, amounted to harassment: a reasonable person "
         "in possession of the same information would think so (s.1(2)).")

POINTS: dict[Offence, tuple[Point, ...]] = {
    Offence.PHA_S2: (
        Point("pha_s2.course", _COURSE),
        Point("pha_s2.harassment", "Which amounted to harassment of the victim, including alarming the "
                                   "victim or causing distress (s.1(1)(a), s.7(2))."),
        Point("pha_s2.knew", _KNEW),
    ),
    Offence.PHA_S2A: (
        Point("pha_s2a.course", _COURSE),
        Point("pha_s2a.harassment", "Which amounted to harassment of the victim (s.1(1)(a), s.7(2))."),
        Point("pha_s2a.stalking", "Which amounted to stalking: the acts or omissions are associated with "
                                  "stalking, such as those listed in s.2A(3)(a)-(g) (s.2A(2)(b))."),
        Point("pha_s2a.knew", _KNEW),
    ),
    Offence.PHA_S4: (
        Point("pha_s4.course", _COURSE),
        Point("pha_s4.fear", "Which caused the victim to fear, on at least two occasions, that violence "
                             "would be used against them (s.4(1))."),
        Point("pha_s4.knew", "Which the defendant knew, or ought to have known, would cause the victim "
                             "so to fear on each of those occasions (s.4(2))."),
    ),
    Offence.PHA_S4A: (
        Point("pha_s4a.course", _COURSE),
        Point("pha_s4a.stalking", "Which amounted to stalking (s.2A(2)), acts associated with stalking "
                                  "being set out in s.2A(3)(a)-(g)."),
        Point("pha_s4a.effect", "Which caused the victim to fear, on at least two occasions, that violence "
                                "would be used against them, or caused serious alarm or distress with a "
                                "substantial adverse effect on their usual day-to-day activities "
                                "(s.4A(1)(b)(i) or (ii))."),
        Point("pha_s4a.knew", "Which the defendant knew, or ought to have known, would cause that fear "
                              "or that alarm or distress (s.4A(2), (3))."),
    ),
    Offence.SPO_BREACH: (
        Point("spo_breach.order", "A stalking protection order (or interim order) was in force and "
                                  "binding on the defendant."),
        Point("spo_breach.act", "The defendant did something the order prohibits, or failed to comply "
                                "with a requirement it imposes."),
        Point("spo_breach.excuse", "Without reasonable excuse (Stalking Protection Act 2019 s.8(1))."),
    ),
    Offence.OTHER: (),
}

NO_SUPPORT = "No supporting item linked yet"


def points_for(offence: Offence) -> tuple[Point, ...]:
    return POINTS.get(offence, ())
