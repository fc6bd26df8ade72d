"""Writing the analysis's numbers out for a spreadsheet: the patterns-of-contact tables as
CSV. Like every export of case data, the file is written atomically and the export is
recorded in the audit trail (who, when, what, the file's SHA-256)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from stalkdesk.domain.analysis.patterns import Patterns
from stalkdesk.errors import InvalidInput
from stalkdesk.services import analysis
from stalkdesk.services.exports import save_export
from stalkdesk.services.workspace import Workspace

TABLES = ("weekly", "daily", "core_times", "summary")


@dataclass(frozen=True, slots=True)
class CsvExport:
    path: Path
    rows: int  # not counting the header
    sha256: str
    audit_seq: int


def patterns_csv(ws: Workspace, case_id: int, path: Path, table: str = "weekly", reason: str = "", *,
                 found: Patterns | None = None) -> CsvExport:
    """Write one patterns table ("weekly", "daily", "core_times" or "summary") as UTF-8 CSV.
    `found`: the patterns already counted (the Analysis tab has them); counted here if not."""
    if table not in TABLES:
        raise InvalidInput(f'"{table}" is not a patterns table: use one of {", ".join(TABLES)}.')
    path = Path(path).expanduser()
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder: give a file name such as patterns.csv.")
    p = found if found is not None else analysis.patterns(ws, case_id)
    rows = max(0, len(p.rows(table)) - 1)
    digest, event = save_export(
        ws, path, p.csv(table).encode("utf-8"), what="CSV", case_id=case_id, reason=reason,
        summary=lambda sha: (f"Exported patterns of contact ({table} table, {rows} rows) as {path.name}: "
                             f"SHA-256 {sha}; the file is not encrypted"))
    return CsvExport(path, rows, digest, event.seq)
