"""The unused-material schedules (MG6C- and MG6D-shaped) as PDF and CSV."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from stalkdesk.domain.records import Exhibit, Provenance
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.errors import InvalidInput
from stalkdesk.reports.disclosure import NO_REASON, NOT_FOR_DEFENCE
from stalkdesk.services import disclosure
from stalkdesk.services import text_redaction as tr
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.reports import pdf
from tests.reports.conftest import GENERATED

UNUSED_ENTRIES = 90
WHO = {"recipient": "CPS Fictional Area", "purpose": "pre-charge advice"}


@pytest.fixture
def urn(ws: Workspace) -> str:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.victim())
    x1 = ws.exhibits.add(case.id, Exhibit("AF/2", "CCTV request refused by the shop",
                                          disclosure=DisclosureStatus.UNUSED), io.BytesIO(b"one"))
    chat = ws.exhibits.add(case.id, Exhibit("AF/1", "WhatsApp export from the victim's phone",
                                            disclosure=DisclosureStatus.USED), io.BytesIO(b"two"))
    ws.exhibits.add(case.id, Exhibit("AF/3", "Informant contact sheet", disclosure=DisclosureStatus.SENSITIVE,
                                     disclosure_reason="Would identify a covert human source"),
                    io.BytesIO(b"three"))
    assert x1.id and chat.id
    entries = [factories.entry(n, summary=f"Unused event number {n} at the bus stop on the High Street, seen by "
                                          "a passer-by who did not want to give a statement",
                               disclosure=DisclosureStatus.UNUSED) for n in range(UNUSED_ENTRIES)]
    entries += [factories.entry(200 + n, summary=f"Chat message {n}", disclosure=DisclosureStatus.UNUSED,
                                provenance=Provenance(chat.id, f"line {n}")) for n in range(5)]
    entries += [factories.entry(300, summary="Neighbour's account of the victim's health",
                                disclosure=DisclosureStatus.SENSITIVE),
                factories.entry(301, summary="Used event", disclosure=DisclosureStatus.USED),
                factories.entry(302, summary=f"Unused call from 07700 900456 ({UNUSED_ENTRIES})",
                                disclosure=DisclosureStatus.UNUSED)]
    ws.entries.add_many(case.id, entries)
    return case.urn


def _numbers(path: Path) -> list[int]:
    """The numbers printed in the No. column, page by page, in reading order."""
    r = pdf.reader(path)
    found: list[int] = []
    for page in range(len(r.pages)):
        found += [int(t) for t in pdf.column_texts(r, page, 40, 60) if t.isdigit()]
    return found


def test_unused_schedule_numbers_consecutively_across_pages(ws: Workspace, urn: str, tmp_path: Path) -> None:
    out = tmp_path / "mg6c.pdf"
    result = disclosure.schedule(ws, urn, out, disclosure.UNUSED, generated_at=GENERATED, **WHO)
    total = 1 + UNUSED_ENTRIES + 1 + 1  # the exhibit, the entries, the call, the bulk block
    assert result.lines == total and result.pages >= 3
    assert _numbers(out) == list(range(1, total + 1))
    texts = pdf.texts(pdf.reader(out))
    assert len(texts) == result.pages
    for n, text in enumerate(texts, 1):
        assert text.count("OFFICIAL-SENSITIVE") >= 2
        assert pdf.PAGE_LABEL.search(text).groups() == (str(n), str(result.pages))  # type: ignore[union-attr]
        assert NOT_FOR_DEFENCE not in text
    joined = " ".join(" ".join(texts).split())
    assert "Exhibit AF/2: CCTV request refused by the shop" in joined
    assert "Bulk material: 5 records from AF/1" in joined
    assert "Informant" not in joined and "Neighbour" not in joined and "Used event" not in joined
    assert "07700 900456" in joined  # on no person record and not accepted as a redaction: stays


def test_sensitive_schedule_is_marked_on_every_page_with_reasons(ws: Workspace, urn: str, tmp_path: Path) -> None:
    out = tmp_path / "mg6d.pdf"
    result = disclosure.schedule(ws, urn, out, disclosure.SENSITIVE, generated_at=GENERATED, **WHO)
    texts = pdf.texts(pdf.reader(out))
    assert result.lines == 2 and len(texts) == result.pages
    for text in texts:
        assert text.count(NOT_FOR_DEFENCE) >= 2  # top and bottom of every page
    joined = " ".join(" ".join(texts).split())
    assert "Exhibit AF/3: Informant contact sheet" in joined
    assert "Would identify a covert human source" in joined
    assert NO_REASON in joined  # the entry has no recorded reason: said plainly
    assert "CCTV request" not in joined


def test_many_sensitive_items_keep_the_marking_on_every_page(ws: Workspace, tmp_path: Path) -> None:
    case = ws.cases.create(factories.case(urn="01FC0000999"))
    assert case.id is not None
    ws.entries.add_many(case.id, [factories.entry(n, summary="Sensitive intelligence item " + "x " * 80,
                                                  disclosure=DisclosureStatus.SENSITIVE) for n in range(60)])
    out = tmp_path / "mg6d.pdf"
    result = disclosure.schedule(ws, case.urn, out, disclosure.SENSITIVE, generated_at=GENERATED, **WHO)
    texts = pdf.texts(pdf.reader(out))
    assert result.pages >= 3 and all(t.count(NOT_FOR_DEFENCE) >= 2 for t in texts)
    assert _numbers(out) == list(range(1, 61))


def test_csv_schedules(ws: Workspace, urn: str, tmp_path: Path) -> None:
    out = tmp_path / "mg6c.csv"
    result = disclosure.schedule(ws, urn, out, disclosure.UNUSED, generated_at=GENERATED, **WHO)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and result.pages == 0
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["OFFICIAL-SENSITIVE", "Schedule of non-sensitive unused material (MG6C)",
                           "URN 01FC0000124"]
    assert rows[1] == ["No.", "Description", "Location and reference"]
    body = rows[2:]
    assert [int(r[0]) for r in body] == list(range(1, len(body) + 1)) and len(body) == result.lines
    assert body[0][1:] == ["Exhibit AF/2: CCTV request refused by the shop", "StalkDesk case store (encrypted)"]
    assert re.fullmatch(r"AF/1; chronology items \d+\u2013\d+", body[-1][2])
    out = tmp_path / "mg6d.csv"
    disclosure.schedule(ws, urn, out, disclosure.SENSITIVE, generated_at=GENERATED, **WHO)
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert NOT_FOR_DEFENCE in rows[0][4]
    assert rows[1] == ["No.", "Description", "Reason for sensitivity", "Location and reference"]
    assert rows[2][2] == "Would identify a covert human source" and rows[3][2] == NO_REASON


def test_exports_are_audited_with_recipient_and_purpose(ws: Workspace, urn: str, tmp_path: Path) -> None:
    case = ws.case(urn)
    a = disclosure.schedule(ws, urn, tmp_path / "a.pdf", disclosure.UNUSED, generated_at=GENERATED, **WHO)
    b = disclosure.schedule(ws, urn, tmp_path / "b.pdf", disclosure.UNUSED, generated_at=GENERATED, **WHO)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()  # reproducible
    events = {e.seq: e for e in ws.audit.events(case.id) if e.action == "export"}
    assert set(events) == {a.audit_seq, b.audit_seq}
    event = events[a.audit_seq]
    assert "for CPS Fictional Area" in event.summary and a.sha256 in event.summary
    assert event.reason == "pre-charge advice"
    with pytest.raises(InvalidInput, match="recipient"):
        disclosure.schedule(ws, urn, tmp_path / "c.pdf", disclosure.UNUSED)
    assert not (tmp_path / "c.pdf").exists()
    internal = disclosure.schedule(ws, urn, tmp_path / "d.csv", disclosure.UNUSED, unredacted=True)
    assert "internal copy" in ws.audit.events(case.id)[-1].summary and internal.audit_seq
    with pytest.raises(InvalidInput, match=r"\.pdf or \.csv"):
        disclosure.schedule(ws, urn, tmp_path / "e.docx", disclosure.UNUSED, **WHO)


def test_cps_schedules_apply_accepted_redactions(ws: Workspace, urn: str, tmp_path: Path) -> None:
    case = ws.case(urn)
    assert case.id is not None
    tr.suggest(ws, case.id)
    [span] = [s.redaction for s in tr.suggestions(ws, case.id) if s.redaction.text == "07700 900456"]
    tr.accept(ws, span.id or 0, "third-party identity")
    disclosure.schedule(ws, urn, tmp_path / "cps.csv", disclosure.UNUSED, **WHO)
    disclosure.schedule(ws, urn, tmp_path / "int.csv", disclosure.UNUSED, unredacted=True)
    assert "07700 900456" not in (tmp_path / "cps.csv").read_text("utf-8-sig")
    assert "[REDACTED \u2013 phone number]" in (tmp_path / "cps.csv").read_text("utf-8-sig")
    assert "07700 900456" in (tmp_path / "int.csv").read_text("utf-8-sig")
