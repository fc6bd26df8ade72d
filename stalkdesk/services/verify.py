"""`stalkdesk verify`: is the store whole, and is every exhibit what it was at intake?"""

from __future__ import annotations

from collections.abc import Callable

from stalkdesk.services.workspace import Workspace
from stalkdesk.store.checks import CheckReport, check_store


def verify(ws: Workspace, progress: Callable[[int, int], None] | None = None) -> CheckReport:
    """Page integrity (SQLCipher HMACs and SQLite structure), every exhibit re-hashed
    against its intake SHA-256, every derived copy linked to an existing original, and
    the audit chain recomputed. The report names the first bad row or item precisely."""
    return check_store(ws.db, progress)
