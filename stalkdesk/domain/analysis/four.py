"""FOUR: the College of Policing's prompt for recognising stalking, behaviour that is
Fixated, Obsessive, Unwanted and Repeated. A per-case assessment: the officer's note on
each element and the chronology items or exhibits that illustrate it.

The links are stored with the point links, under the ids "four.fixated" and so on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from stalkdesk.domain.analysis.checklist import course_of_conduct
from stalkdesk.domain.analysis.common import AnalysisError, LinkedItem, PointLink, resolve
from stalkdesk.domain.records import Entry


class FourElement(StrEnum):
    FIXATED = "fixated"
    OBSESSIVE = "obsessive"
    UNWANTED = "unwanted"
    REPEATED = "repeated"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def point_id(self) -> str:
        return f"four.{self.value}"

    @property
    def prompt(self) -> str:
        """What the officer is asked to show, in StalkDesk's own words."""
        return _PROMPTS[self]


_PROMPTS = {
    FourElement.FIXATED: "The suspect's attention stays fixed on the victim and does not move on.",
    FourElement.OBSESSIVE: "The behaviour is compulsive and persistent, out of proportion to any contact "
                           "the victim wanted.",
    FourElement.UNWANTED: "The victim did not want it, and this was made clear or should have been obvious.",
    FourElement.REPEATED: "It happened again and again, often by more than one means.",
}


def element(value: str) -> FourElement:
    try:
        return FourElement(value)
    except ValueError:
        raise AnalysisError(f'"{value}" is not one of Fixated, Obsessive, Unwanted, Repeated.') from None


def element_for_point(point_id: str) -> FourElement | None:
    prefix, _, rest = point_id.partition(".")
    return element(rest) if prefix == "four" else None


@dataclass(frozen=True, slots=True)
class FourElementView:
    element: FourElement
    note: str
    items: tuple[LinkedItem, ...]
    hint: str = ""  # what the chronology itself shows, where something can be counted

    @property
    def addressed(self) -> bool:
        return bool(self.note.strip() or self.items)


@dataclass(frozen=True, slots=True)
class FourAssessment:
    elements: tuple[FourElementView, ...]

    @property
    def addressed(self) -> int:
        """How many of the four elements have a note or a linked item."""
        return sum(v.addressed for v in self.elements)

    @property
    def summary(self) -> str:
        missing = [v.element.label for v in self.elements if not v.addressed]
        head = f"FOUR: {self.addressed} of 4 elements addressed"
        return f"{head} (not yet: {', '.join(missing)})" if missing else head

    def view(self, e: FourElement) -> FourElementView:
        return next(v for v in self.elements if v.element is e)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def assess_four(notes: Mapping[FourElement, str], links: Sequence[PointLink], entries: Sequence[Entry],
                exhibit_refs: Mapping[int, str]) -> FourAssessment:
    by_id = {e.id: e for e in entries if e.id is not None}
    views = []
    for el in FourElement:
        items, _gone = resolve([lk for lk in links if lk.point_id == el.point_id], by_id, exhibit_refs)
        hint = _sentence(course_of_conduct(entries)[1]) if el is FourElement.REPEATED else ""
        views.append(FourElementView(el, notes.get(el, ""), tuple(items), hint))
    return FourAssessment(tuple(views))
