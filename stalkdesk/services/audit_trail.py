"""Reading the audit trail for the GUI: per case or per exhibit, filtered, lazily, exported.

Rows are addressed by key so a view can fetch them a page at a time: a positive key is
this store's own row number (`seq`); a negative key is a row handed over with a case
(the sender's row, kept beside this store's chain, never in it).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from stalkdesk.domain.records import AuditEvent
from stalkdesk.domain.vocab import DEFAULT_ZONE
from stalkdesk.errors import InvalidInput
from stalkdesk.services.exports import export_reason, save_export
from stalkdesk.services.workspace import Workspace

CSV_HEADER = ("seq", "utc", "uk_local", "officer", "action", "object", "object_id", "summary", "reason",
              "imported_from_bundle_sha256", "hash")


@dataclass(frozen=True, slots=True)
class AuditScope:
    """Which rows a view shows: a case's (with its imported rows), or one exhibit's."""

    case_id: int
    exhibit_id: int | None = None
    title: str = ""


@dataclass(frozen=True, slots=True)
class AuditListing:
    """One row as shown: the event, and the bundle it came in with if it was handed over."""

    key: int
    event: AuditEvent
    imported_from: str = ""  # the handover bundle's SHA-256, or "" for this store's own row

    @property
    def imported(self) -> bool:
        return bool(self.imported_from)


@dataclass(frozen=True, slots=True)
class ChainStatus:
    rows: int
    head: str
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.problem is None

    @property
    def text(self) -> str:
        if self.problem:
            return f"Chain BROKEN: {self.problem}. Run `stalkdesk verify` and keep this store as it is."
        return f"Chain intact: {self.rows} rows in this store, head {self.head[:12]}…"


def keys(ws: Workspace, scope: AuditScope, action: str | None = None) -> list[int]:
    """The rows of the scope, imported ones (which happened first, elsewhere) before ours."""
    own = ws.audit.seqs(case_id=scope.case_id if scope.exhibit_id is None else None,
                        exhibit_id=scope.exhibit_id, action=action or None)
    if scope.exhibit_id is not None:
        return own  # the sender's exhibit ids mean nothing in this store
    return [-i for i in ws.audit.imported_ids(scope.case_id, action or None)] + own


def listings(ws: Workspace, row_keys: Sequence[int]) -> list[AuditListing]:
    """The rows for these keys, in the order given."""
    own = {e.seq: e for e in ws.audit.by_seqs([k for k in row_keys if k > 0])}
    imported_ids = [-k for k in row_keys if k < 0]
    imported = dict(zip(imported_ids, ws.audit.imported_by_ids(imported_ids), strict=True))
    out: list[AuditListing] = []
    for k in row_keys:
        if k > 0 and k in own:
            out.append(AuditListing(k, own[k]))
        elif k < 0 and -k in imported:
            event, bundle = imported[-k]
            out.append(AuditListing(k, event, bundle))
    return out


def actions(ws: Workspace, scope: AuditScope) -> list[str]:
    if scope.exhibit_id is not None:
        return ws.audit.actions(exhibit_id=scope.exhibit_id)
    return ws.audit.actions(case_id=scope.case_id)


def chain_status(ws: Workspace) -> ChainStatus:
    """The whole chain recomputed, exactly as `stalkdesk verify` does."""
    rows, head, problem = ws.audit.chain()
    return ChainStatus(rows, head, problem)


def uk_time(instant: datetime, zone: str = DEFAULT_ZONE) -> str:
    """A stored UTC time as "03/07/2024 13:00:05 BST" (the zone always shown)."""
    aware = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    return aware.astimezone(ZoneInfo(zone)).strftime("%d/%m/%Y %H:%M:%S %Z")


def csv_bytes(items: Sequence[AuditListing]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for item in items:
        e = item.event
        at = e.at if e.at.tzinfo else e.at.replace(tzinfo=UTC)
        writer.writerow((e.seq, at.astimezone(UTC).isoformat(timespec="seconds"), uk_time(e.at), e.officer,
                         e.action, e.object_type, "" if e.object_id is None else e.object_id, e.summary,
                         e.reason, item.imported_from, e.hash))
    return out.getvalue().encode("utf-8")


def export_csv(ws: Workspace, scope: AuditScope, target: Path, action: str | None = None,
               progress: Callable[[int, int], None] | None = None, *, recipient: str = "",
               purpose: str = "") -> int:
    """Write the scope's rows (after the filter) to a CSV file atomically, and log the
    export in the audit trail, with who it is for and why (issue 8). Returns the number of
    rows written. The file is NOT encrypted: the caller warns the officer first."""
    target = target.expanduser()
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder: give a file name such as audit.csv.")
    row_keys = keys(ws, scope, action)
    items: list[AuditListing] = []
    step = 1000
    for start in range(0, len(row_keys), step):
        items += listings(ws, row_keys[start:start + step])
        if progress:
            progress(min(start + step, len(row_keys)), len(row_keys))
    what = scope.title or f"case {scope.case_id}"
    kind, object_id = ("exhibit", scope.exhibit_id) if scope.exhibit_id is not None else ("case", scope.case_id)
    save_export(ws, target, csv_bytes(items), what="CSV", case_id=scope.case_id, object_type=kind,
                object_id=object_id, reason=export_reason(recipient, purpose, "Audit trail export"),
                summary=lambda sha: (f"Audit trail of {what} exported to {target.name} ({len(items)} rows"
                                     + (f", action {action}" if action else "")
                                     + f"): SHA-256 {sha}; the file is not encrypted"))
    return len(items)
