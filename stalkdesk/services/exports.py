"""A file of case data leaving the store: written atomically, then logged, or not at all.

Every export (a PDF, a schedule or log as CSV, the patterns of contact, the audit trail)
goes through `save_export`, so each one gets the same guarantees: the file appears whole or
not at all, a full disk or an unwritable folder is a plain message, and the audit row (the
disclosure log of DPA 2018 s.62: who, when, what, the file's SHA-256, recipient and
purpose) is written, or the file is removed again: an export the log does not show must not
exist.
"""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Callable
from pathlib import Path

from stalkdesk.domain.records import AuditEvent
from stalkdesk.errors import DiskFull, InvalidInput
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.atomic import write_atomic


def export_reason(recipient: str, purpose: str, reason: str = "") -> str:
    """The audit reason of an export, worded the same whether it was saved from the CLI or the
    GUI: "recipient: X; purpose: Y; free text", spaces tidied, empty parts left out."""
    parts = [f"recipient: {' '.join(recipient.split())}" if recipient.strip() else "",
             f"purpose: {' '.join(purpose.split())}" if purpose.strip() else "",
             " ".join(reason.split())]
    return "; ".join(p for p in parts if p)


def save_export(ws: Workspace, path: Path, data: bytes, *, what: str, case_id: int | None,
                summary: Callable[[str], str], reason: str, object_type: str = "case",
                object_id: int | None = None) -> tuple[str, AuditEvent]:
    """Write `data` to `path` atomically and record the export; returns (SHA-256, audit row).

    `what` names the file in messages ("PDF", "CSV"); `summary(sha256)` is the audit row's
    summary; the row is about `object_type` `object_id` (default: the case itself)."""
    path = Path(path)
    try:
        write_atomic(path, data)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(f'The disk is full: the {what} was not saved as "{path}".') from exc
        raise InvalidInput(f'The {what} could not be saved as "{path}": {exc.strerror or exc}.') from exc
    digest = hashlib.sha256(data).hexdigest()
    try:
        event = ws.audit.record("export", object_type, case_id if object_id is None else object_id, case_id,
                                summary(digest), reason)
    except BaseException:
        path.unlink(missing_ok=True)  # an export the log does not show must not exist
        raise
    return digest, event
