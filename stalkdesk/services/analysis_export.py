"""Writing the analysis's numbers out for a spreadsheet: the patterns-of-contact tables as
CSV. Like every export of case data, the file is written atomically and the export is
recorded in the audit trail (who, when, what, the file's SHA-256)."""

from __future__ import annotations

import errno
import hashlib
from dataclasses import dataclass
from pathlib import Path

from stalkdesk.errors import DiskFull, InvalidInput
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.atomic import write_atomic

TABLES = ("weekly", "daily", "core_times", "summary")


@dataclass(frozen=True, slots=True)
class CsvExport:
    path: Path
    rows: int  # not counting the header
    sha256: str
    audit_seq: int


def patterns_csv(ws: Workspace, case_id: int, path: Path, table: str = "weekly", reason: str = "") -> CsvExport:
    """Write one patterns table ("weekly", "daily", "core_times" or "summary") as UTF-8 CSV."""
    if table not in TABLES:
        raise InvalidInput(f'"{table}" is not a patterns table: use one of {", ".join(TABLES)}.')
    case = ws.cases.get(case_id)
    p = analysis.patterns(ws, case_id)
    text = p.csv(table)
    data = text.encode("utf-8")
    path = Path(path)
    try:
        write_atomic(path, data)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(f'The disk is full: the CSV was not saved as "{path}".') from exc
        raise InvalidInput(f'The CSV could not be saved as "{path}": {exc.strerror or exc}.') from exc
    digest = hashlib.sha256(data).hexdigest()
    rows = max(0, len(p.rows(table)) - 1)
    summary = f"Exported patterns of contact ({table} table, {rows} rows) as {path.name}: SHA-256 {digest}"
    try:
        event = ws.audit.record("export", "case", case.id, case.id, summary, reason)
    except BaseException:
        path.unlink(missing_ok=True)  # an export the log does not show must not exist
        raise
    return CsvExport(path, rows, digest, event.seq)
