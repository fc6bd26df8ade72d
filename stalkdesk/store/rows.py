"""Contact records as rows for the driver: pure, and light to import.

Kept apart from the repository (and SQLAlchemy) so that a process that only reads a file
for an import (services.import_worker) can make rows without loading the store. The
columns are those of `repos.records._COLUMNS`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import repeat
from typing import Any

from stalkdesk.domain.vocab import Channel

# A record's fields in ContactRecord's order, without entry_id and the ids after it: what an
# importer makes (importers.grouping.Contact is one of these).
RecordFields = tuple[str, datetime, str, str, Channel | None, bool, str, str, int | None, str, str, int,
                     tuple[str, ...]]
Row = tuple[Any, ...]  # a contact_record row as the driver takes it


# An aware time as naive UTC: the instant minus this epoch, plus the naive one. Exact, and five
# times as quick as astimezone() and replace() (whose keyword is parsed on every call).
_UTC_EPOCH, _NAIVE_EPOCH = datetime(1970, 1, 1, tzinfo=UTC), datetime(1970, 1, 1)


def record_rows(case_id: int, source_exhibit_id: int, records: Sequence[RecordFields],
                entry_ids: Sequence[int | None] | None = None) -> list[Row]:
    """Driver-ready rows for `RecordRepo.insert_rows`; `entry_ids` gives each record's entry
    (none: not grouped). Times (aware, any zone) as `sqlite.db_time` writes them: naive
    UTC text, as SQLAlchemy's DateTime stores it on SQLite."""
    utc_epoch, naive_epoch = _UTC_EPOCH, _NAIVE_EPOCH
    return [
        (case_id, source_exhibit_id, seq, locator, kind, None if channel is None else channel._value_,
         (at - utc_epoch + naive_epoch).isoformat(" ", "microseconds"), zone_assumed, direction,
         identity, display_name, body, duration_s, attachment, ",".join(flags) if flags else "", entry_id)
        for (kind, at, identity, direction, channel, zone_assumed, display_name, body, duration_s, attachment, locator,
             seq, flags), entry_id in zip(records, entry_ids or repeat(None, len(records)), strict=True)
    ]
