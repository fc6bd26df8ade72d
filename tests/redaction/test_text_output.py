"""Accepted spans leave every CPS-bound output; dismissed ones and the internal version keep them."""

from __future__ import annotations

import io
from pathlib import Path

from stalkdesk.domain.records import CaseNarrative, Exhibit
from stalkdesk.domain.redaction import marker
from stalkdesk.reports.redact import Redactor
from stalkdesk.services import reports
from stalkdesk.services import text_redaction as tr
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.reports import pdf
from tests.reports.conftest import GENERATED

ACCEPTED = "07700 900456"  # on no person record: only the officer's decision can hide it
DISMISSED = "07700 900789"


def test_accepted_phone_number_is_absent_from_the_cps_charge_file(ws: Workspace, tmp_path: Path) -> None:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.victim())
    ws.entries.add_many(case.id, [
        factories.entry(0, summary=f"Texts from {ACCEPTED}", account=f"She says {DISMISSED} is the suspect's."),
        factories.entry(1, summary="Waited outside"),
    ])
    tr.suggest(ws, case.id)
    by_text = {s.redaction.text: s.redaction.id or 0 for s in tr.suggestions(ws, case.id)}
    tr.accept(ws, by_text[ACCEPTED], "third-party identity")
    tr.dismiss(ws, by_text[DISMISSED], "the suspect's number is evidence")

    reports.charge_file(ws, case.urn, tmp_path / "cps.pdf", generated_at=GENERATED)
    reports.charge_file(ws, case.urn, tmp_path / "int.pdf", unredacted=True, generated_at=GENERATED)
    reports.interview_chronology(ws, case.urn, tmp_path / "iv.pdf", generated_at=GENERATED)
    cps = " ".join(pdf.all_text(pdf.reader(tmp_path / "cps.pdf")).split())  # text, metadata and outline
    internal = " ".join(pdf.all_text(pdf.reader(tmp_path / "int.pdf")).split())
    interview = " ".join(pdf.all_text(pdf.reader(tmp_path / "iv.pdf")).split())
    assert ACCEPTED not in cps and ACCEPTED not in interview and ACCEPTED.replace(" ", "") not in cps
    assert f"Texts from {marker('phone')}" in cps
    assert ACCEPTED in internal
    assert DISMISSED in cps and DISMISSED in internal


def test_redactor_applies_spans_to_entries_exhibits_narrative_and_records(ws: Workspace) -> None:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    [e] = ws.entries.add_many(case.id, [factories.entry(0, summary=f"From {ACCEPTED}", location="ZZ99 9ZZ")])
    x = ws.exhibits.add(case.id, Exhibit("AF/1", f"Call log for {ACCEPTED}"), io.BytesIO(b"fictional"))
    ws.narrative.set(case.id, "headline_summary", f"He used {ACCEPTED}.")
    tr.suggest(ws, case.id)
    for s in tr.suggestions(ws, case.id):
        if s.redaction.kind == "phone":
            tr.accept(ws, s.redaction.id or 0, "phone number")
    r = Redactor([], ws.redactions.list(case.id))  # suggestions among them are not applied
    assert r.entry(e).summary == f"From {marker('phone')}" and r.entry(e).location == "ZZ99 9ZZ"
    assert r.exhibit(x).description == f"Call log for {marker('phone')}"
    n = r.narrative(ws.narrative.get(case.id))
    assert n.headline_summary == f"He used {marker('phone')}." and n == r.narrative(n) == n
    assert Redactor.none().narrative(CaseNarrative(headline_summary=ACCEPTED)).headline_summary == ACCEPTED
