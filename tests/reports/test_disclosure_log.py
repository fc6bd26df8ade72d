"""The redaction log: every decision on text and images, as PDF and CSV, without the redacted words."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from stalkdesk.domain.records import Exhibit
from stalkdesk.services import disclosure
from stalkdesk.services import text_redaction as tr
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.reports import pdf
from tests.reports.conftest import GENERATED

WHO = {"recipient": "CPS Fictional Area", "purpose": "file review"}
NUMBER = "07700 900456"
OTHER = "07700 900789"


@pytest.fixture
def urn(ws: Workspace) -> str:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.entries.add_many(case.id, [factories.entry(0, summary=f"Texts from {NUMBER}"),
                                  factories.entry(1, summary=f"Calls from {OTHER}", location="near ZZ99 9ZZ")])
    shot = ws.exhibits.add(case.id, Exhibit("AF/1", "Screenshot of the texts", media_type="image/png"),
                           io.BytesIO(b"fictional png"))
    assert shot.id is not None
    ws.exhibits.add_derivative(shot.id, "redacted", b"redacted png", "image/png", params={
        "regions": [{"shape": "rectangle", "x": 10, "y": 20, "w": 300, "h": 40, "reason": "phone number",
                     "note": ""},
                    {"shape": "freehand", "points": [[1, 1], [5, 1], [5, 5]], "reason": "other",
                     "note": "a friend's face"}],
        "based_on_sha256": shot.sha256, "gps_removed": True})
    tr.suggest(ws, case.id)
    by_text = {s.redaction.text: s.redaction.id or 0 for s in tr.suggestions(ws, case.id)}
    tr.accept(ws, by_text[NUMBER], "third-party identity")
    tr.dismiss(ws, by_text[OTHER], "the suspect's own number: evidence")
    return case.urn  # the postcode stays a suggestion: not in the log


def test_log_as_csv(ws: Workspace, urn: str, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    result = disclosure.redaction_log(ws, urn, out, generated_at=GENERATED, **WHO)
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[1] == ["No.", "Where", "Field or region", "Redacted", "Decision", "Reason", "By", "When"]
    body = rows[2:]
    assert result.lines == len(body) == 5
    assert [r[0] for r in body] == ["1", "2", "3", "4", "5"]
    lines = {(r[1], r[2], r[3], r[4], r[5]) for r in body}
    assert ("exhibit AF/1 (redacted version 1)", "rectangle 300\u00d740 px at (10, 20)", "image region", "Redacted",
            "phone number") in lines
    assert ("exhibit AF/1 (redacted version 1)", "freehand area of 3 points", "image region", "Redacted",
            "other: a friend's face") in lines
    assert ("exhibit AF/1 (redacted version 1)", "embedded metadata",
            "EXIF/XMP/IPTC metadata including the GPS location", "Removed",
            "metadata is never disclosed with a redacted image") in lines
    assert ("item 1", "summary", "phone number", "Redacted", "third-party identity") in lines
    assert ("item 2", "summary", "phone number", "Not redacted (dismissed)",
            "the suspect's own number: evidence") in lines
    assert all(r[6].startswith("DC Alex Fictional") for r in body)
    assert all(len(r[7]) == 16 and r[7][2] == "/" for r in body)  # dd/mm/yyyy HH:MM
    text = out.read_text("utf-8-sig")
    assert NUMBER not in text and "ZZ99" not in text  # the log never repeats what it hides


def test_log_as_pdf_and_audited(ws: Workspace, urn: str, tmp_path: Path) -> None:
    out = tmp_path / "log.pdf"
    result = disclosure.redaction_log(ws, urn, out, generated_at=GENERATED, **WHO)
    r = pdf.reader(out)
    texts = pdf.texts(r)
    assert len(texts) == result.pages
    joined = " ".join(pdf.all_text(r).split())
    assert "Redaction log" in joined and "third-party identity" in joined and "a friend's face" in joined
    assert NUMBER not in joined
    assert all(t.count("OFFICIAL-SENSITIVE") >= 2 for t in texts)
    event = ws.audit.events(ws.case(urn).id)[-1]
    assert event.seq == result.audit_seq and event.action == "export"
    assert "Redaction log for CPS Fictional Area" in event.summary and event.reason == "file review"
    assert result.sha256 in event.summary


def test_empty_log(ws: Workspace, tmp_path: Path) -> None:
    case = ws.cases.create(factories.case(urn="01FC0000777"))
    out = tmp_path / "log.pdf"
    result = disclosure.redaction_log(ws, case.urn, out, unredacted=True, generated_at=GENERATED)
    assert result.lines == 0
    assert "No redaction has been decided" in " ".join(pdf.all_text(pdf.reader(out)).split())
