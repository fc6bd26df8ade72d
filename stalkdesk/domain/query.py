"""What the chronology filter bar asks for. Every part is optional; the parts combine (AND)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from stalkdesk.domain.vocab import Behaviour, Channel, DisclosureStatus, EvidentialStatus, Source


class EntryOrder(StrEnum):
    TIME = "time"  # when it happened, then item number: the default
    ITEM = "item"
    CHANNEL = "channel"
    SOURCE = "source"
    SUMMARY = "summary"


@dataclass(frozen=True, slots=True)
class EntryQuery:
    text: str = ""  # words that must all appear (as prefixes) in summary, account or location
    behaviours: frozenset[Behaviour] = frozenset()  # any of these
    channels: frozenset[Channel] = frozenset()
    sources: frozenset[Source] = frozenset()
    evidential: frozenset[EvidentialStatus] = frozenset()
    disclosure: frozenset[DisclosureStatus] = frozenset()
    start: datetime | None = None  # aware; entries starting at or after
    end: datetime | None = None  # aware; entries starting before
    include_deleted: bool = False
    order: EntryOrder = EntryOrder.TIME
    descending: bool = False

    @property
    def is_filtered(self) -> bool:
        return bool(self.text.strip() or self.behaviours or self.channels or self.sources
                    or self.evidential or self.disclosure or self.start or self.end)
