"""Recording an original written out of the store: continuity and the audit trail together.

The copy itself is written by the GUI's task (`gui/evidence/export.py`, streamed and checked
against the intake SHA-256); once it is on disk this records, in one transaction, the
exhibit's continuity event and the audit trail's export row with who the copy is for, why
(worded by `services.exports.export_reason`, as every export is) and the file's SHA-256.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from stalkdesk.domain.records import AuditEvent, ContinuityEvent, Exhibit
from stalkdesk.domain.vocab import ContinuityAction
from stalkdesk.errors import InvalidInput
from stalkdesk.services.exports import export_reason
from stalkdesk.services.workspace import Workspace

STORE = "Encrypted case store (StalkDesk)"


def check_details(exhibit: Exhibit, recipient: str, purpose: str) -> int:
    """The exhibit's id, if its original may be exported to `recipient` for `purpose`."""
    if exhibit.id is None:
        raise InvalidInput("That exhibit is not in the store yet, so its original cannot be exported.")
    if not (recipient.strip() and purpose.strip()):
        raise InvalidInput(f"Say who the copy of {exhibit.reference} is for and why (recipient and purpose): "
                           "the disclosure is logged. Nothing was written.")
    return exhibit.id


def record_original_export(ws: Workspace, exhibit: Exhibit, target: Path, recipient: str,
                           purpose: str) -> AuditEvent:
    """Log an unencrypted copy of `exhibit`'s original saved as `target`: a continuity event
    (copied, store -> file) and an export row (recipient, purpose, SHA-256), both or neither."""
    exhibit_id = check_details(exhibit, recipient, purpose)
    officer = ws.officer.display if ws.officer else ""
    with ws.transaction():
        ws.exhibits.add_continuity(exhibit_id, ContinuityEvent(
            at=datetime.now(UTC), action=ContinuityAction.COPIED, from_person=STORE, to_person=str(target),
            purpose="Unencrypted copy of the original exported; SHA-256 checked against intake",
            recorded_by=officer))
        return ws.audit.record(
            "export", "exhibit", exhibit_id, exhibit.case_id,
            f"Original of {exhibit.reference} exported to {target.name}: SHA-256 {exhibit.sha256}; "
            "the file is not encrypted", export_reason(recipient, purpose))
