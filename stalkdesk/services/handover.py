"""Handing a case to a colleague's laptop without ever putting it in the clear."""

from __future__ import annotations

from pathlib import Path

from stalkdesk.domain.records import Case
from stalkdesk.errors import InvalidInput
from stalkdesk.services.vault import Vault, check_passphrase
from stalkdesk.services.workspace import Workspace
from stalkdesk.store import handover
from stalkdesk.store.handover import HandoverInfo


def export_case(ws: Workspace, urn: str, target: Path, passphrase: str, recipient: str,
                purpose: str) -> HandoverInfo:
    """Write the case (exhibits, derived copies and audit rows included) to one encrypted
    file, and log the disclosure (recipient, purpose, file SHA-256) in the audit trail."""
    if not recipient.strip() or not purpose.strip():
        raise InvalidInput("Say who the case is going to and why (recipient and purpose): "
                           "the disclosure is logged.")
    check_passphrase(passphrase)
    case = ws.case(urn)
    assert case.id is not None
    info = handover.export_case(ws.db, case.id, target, passphrase, Vault.kdf)
    ws.audit.record("handover", "case", case.id, case.id,
                    f"Case {urn} exported for handover to {recipient.strip()}: {info.rows['entry']} entries, "
                    f"{info.rows['exhibit']} exhibits, file {info.path.name} SHA-256 {info.sha256}",
                    reason=purpose.strip())
    return info


def import_case(ws: Workspace, source: Path, passphrase: str) -> Case:
    """Take a handed-over case in, all or nothing; continuity is recorded on every exhibit."""
    case_id, _, _ = handover.import_case(ws.db, source, passphrase)
    return ws.cases.get(case_id)
