"""Behaviours as the chronology offers them: the seven s.2A(3)(a)-(g) examples first, under
their statutory heading, then the others units record; the Act's wording as the tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from stalkdesk.domain.vocab import S2A_PARAGRAPHS, Behaviour

S2A_HEADING = "Stalking behaviours, PHA 1997 s.2A(3)"
OTHER_HEADING = "Other behaviours"
COLUMNS = 2


def behaviour_groups() -> list[tuple[str, list[Behaviour]]]:
    return [(S2A_HEADING, [b for b in Behaviour if b in S2A_PARAGRAPHS]),
            (OTHER_HEADING, [b for b in Behaviour if b not in S2A_PARAGRAPHS])]


def behaviour_tooltip(b: Behaviour) -> str:
    """ "s.2A(3)(a): following a person", or the description of a behaviour the Act doesn't name."""
    return f"{b.s2a_paragraph}: {b.statute_wording}" if b.s2a_paragraph else b.statute_wording


def add_checkboxes(s2a_layout: QGridLayout, other_layout: QGridLayout, parent: QWidget) -> dict[Behaviour, QCheckBox]:
    """A tick box per behaviour in the two grids (filled down, then across), in vocabulary order."""
    boxes: dict[Behaviour, QCheckBox] = {}
    for layout, (_heading, members) in zip((s2a_layout, other_layout), behaviour_groups(), strict=True):
        rows = -(-len(members) // COLUMNS)
        for n, b in enumerate(members):
            box = QCheckBox(b.label, parent)
            box.setObjectName(f"{b.value}_check")
            box.setToolTip(behaviour_tooltip(b))
            layout.addWidget(box, n % rows, n // rows)
            boxes[b] = box
    return boxes
