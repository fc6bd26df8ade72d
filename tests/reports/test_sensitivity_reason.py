"""The reason for sensitivity: stored on entries and exhibits, audited, printed on the MG6D."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from stalkdesk.domain.records import Exhibit, Provenance
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.reports.disclosure import NO_REASON
from stalkdesk.services import disclosure
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.reports.conftest import GENERATED

WHO = {"recipient": "CPS Fictional Area", "purpose": "pre-charge advice"}
SENSITIVE = DisclosureStatus.SENSITIVE


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))[2:]


def test_reason_is_stored_edited_and_audited(ws: Workspace) -> None:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    e = ws.entries.add(case.id, factories.entry(0, disclosure=SENSITIVE, disclosure_reason="Names a source"))
    x = ws.exhibits.add(case.id, Exhibit("AF/1", "Contact sheet", disclosure=SENSITIVE,
                                         disclosure_reason="Third-party health data"), io.BytesIO(b"x"))
    assert ws.entries.get(e.id or 0).disclosure_reason == "Names a source"
    assert ws.exhibits.get(x.id or 0).disclosure_reason == "Third-party health data"
    before = len(ws.audit.events(case.id))
    ws.entries.update(replace(ws.entries.get(e.id or 0), disclosure_reason="Would identify an informant"))
    ws.exhibits.update(replace(x, disclosure_reason="Medical records of a witness"))
    assert ws.entries.get(e.id or 0).disclosure_reason == "Would identify an informant"
    assert ws.exhibits.get(x.id or 0).disclosure_reason == "Medical records of a witness"
    assert len(ws.audit.events(case.id)) == before + 2


def test_sensitive_schedule_prints_each_reason(ws: Workspace, tmp_path: Path) -> None:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    chat = ws.exhibits.add(case.id, Exhibit("AF/1", "Chat export"), io.BytesIO(b"chat"))
    ws.exhibits.add(case.id, Exhibit("AF/2", "Informant sheet", disclosure=SENSITIVE,
                                     disclosure_reason="Would identify a covert human source"), io.BytesIO(b"s"))
    assert chat.id is not None
    ws.entries.add_many(case.id, [
        factories.entry(0, summary="Neighbour's health", disclosure=SENSITIVE,
                        disclosure_reason="Third party's medical details"),
        factories.entry(1, summary="No reason given", disclosure=SENSITIVE),
        *[factories.entry(10 + n, summary=f"Chat {n}", disclosure=SENSITIVE, provenance=Provenance(chat.id, str(n)),
                          disclosure_reason="Victim's new address" if n % 2 else "Victim's  new address")
          for n in range(3)],
    ])
    out = tmp_path / "mg6d.csv"
    disclosure.schedule(ws, case.urn, out, disclosure.SENSITIVE, generated_at=GENERATED, **WHO)
    reasons = {r[1].split(":")[0]: r[2] for r in _rows(out)}
    assert reasons["Exhibit AF/2"] == "Would identify a covert human source"
    by_text = {r[1]: r[2] for r in _rows(out)}
    assert next(v for k, v in by_text.items() if "Neighbour" in k) == "Third party's medical details"
    assert next(v for k, v in by_text.items() if "No reason given" in k) == NO_REASON
    assert next(v for k, v in by_text.items() if k.startswith("Bulk material")) == "Victim's new address"
