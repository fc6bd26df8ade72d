"""Hand-made chronology entries for the analysis tests (fictional)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import Behaviour, Channel, DisclosureStatus
from stalkdesk.domain.when import Precision, When

BASE = datetime(2024, 2, 3, 9, 0, tzinfo=UTC)


def entry(n: int, *behaviours: Behaviour, days: float | None = None, **kw: object) -> Entry:
    """Entry id n, item number n, `days` after BASE (default n)."""
    at = BASE + timedelta(days=n if days is None else days)
    e = Entry(when=When(at, Precision.MINUTE), summary=f"Fictional incident {n}",
              behaviours=behaviours or (Behaviour.CONTACTING,), channel=Channel.SMS,
              disclosure=DisclosureStatus.USED, item_number=n, id=n, case_id=1)
    return replace(e, **kw)  # type: ignore[arg-type]
