"""The interview chronology, opened with pypdf as a reviewer would check it."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from stalkdesk.domain.query import EntryQuery
from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import Behaviour, DisclosureStatus
from stalkdesk.errors import Cancelled, InvalidInput
from stalkdesk.reports.model import InterviewOptions
from stalkdesk.services import reports
from stalkdesk.services.workspace import Workspace
from tests.reports import pdf
from tests.reports.conftest import ADDRESS, GENERATED, PHONE_FORMS

ITEM_COLUMN = (40.0, 60.0)  # x range where the item numbers start (left margin 42.5 pt)
PRINTED = frozenset(DisclosureStatus) - {DisclosureStatus.SENSITIVE}


def items_printed(path: Path) -> list[int]:
    r = pdf.reader(path)
    found: list[int] = []
    for page in range(len(r.pages)):
        found += [int(t) for t in pdf.column_texts(r, page, *ITEM_COLUMN) if t.isdigit()]
    return found


def expected_items(ws: Workspace, case: Case, query: EntryQuery) -> list[int]:
    assert case.id is not None
    return [e.item_number or 0 for e in ws.entries.get_many(ws.entries.ids(case.id, query))]


def test_every_page_is_marked_and_numbered(ws: Workspace, demo: Case, tmp_path: Path) -> None:
    out = tmp_path / "interview.pdf"
    result = reports.interview_chronology(ws, demo.urn, out, generated_at=GENERATED)
    r = pdf.reader(out)
    assert result.pages == len(r.pages) > 5
    for n, text in enumerate(pdf.texts(r), 1):
        assert text.count(demo.marking) >= 2, n
        assert pdf.PAGE_LABEL.search(text).groups() == (str(n), str(result.pages))  # type: ignore[union-attr]
        assert "Operation DEMO (fictional)" in text and demo.urn in text
        assert "Generated 01/07/2024 10:30 by DC Alex Fictional (9999)" in text
        assert "UNREDACTED" not in text
    assert r.pages[0].mediabox.width > r.pages[0].mediabox.height  # landscape


def test_every_item_is_printed_once_in_order(ws: Workspace, demo: Case, tmp_path: Path) -> None:
    out = tmp_path / "interview.pdf"
    reports.interview_chronology(ws, demo.urn, out, generated_at=GENERATED)
    assert items_printed(out) == expected_items(ws, demo, EntryQuery(disclosure=PRINTED))


def test_filters_large_print_and_notes(ws: Workspace, demo: Case, tmp_path: Path) -> None:
    out = tmp_path / "filtered.pdf"
    options = InterviewOptions(start=date(2024, 4, 1), end=date(2024, 4, 30), large_print=True,
                               behaviours=frozenset({Behaviour.LOITERING, Behaviour.FOLLOWING}), notes_column=True)
    result = reports.interview_chronology(ws, demo.urn, out, options, generated_at=GENERATED)
    expected = expected_items(ws, demo, EntryQuery(
        behaviours=options.behaviours, disclosure=PRINTED,
        start=reports._midnight(options.start, demo.zone), end=reports._midnight(date(2024, 5, 1), demo.zone)))
    assert 0 < len(expected) < 60
    assert items_printed(out) == expected
    text = "\n".join(pdf.texts(pdf.reader(out)))
    assert "Interviewer's notes" in text and "from 01/04/2024 to 30/04/2024" in text
    assert result.entries == len(expected)


def test_same_data_gives_the_same_bytes(ws: Workspace, demo: Case, tmp_path: Path) -> None:
    a = reports.interview_chronology(ws, demo.urn, tmp_path / "a.pdf", generated_at=GENERATED)
    b = reports.interview_chronology(ws, demo.urn, tmp_path / "b.pdf", generated_at=GENERATED)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert a.sha256 == b.sha256 and a.data_sha256 == b.data_sha256


def test_the_export_is_logged_with_its_hash(ws: Workspace, small: Case, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "interview.pdf"
    result = reports.interview_chronology(ws, small.urn, out, generated_at=GENERATED, reason="interview on 2 July")
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    event = ws.audit.events(small.id)[-1]
    assert (event.seq, event.action, event.case_id) == (result.audit_seq, "export", small.id)
    assert result.sha256 in event.summary and "CPS version" in event.summary
    assert event.reason == "interview on 2 July" and event.officer == "DC Alex Fictional (9999)"
    assert [p.name for p in out.parent.iterdir()] == ["interview.pdf"]  # no temporary file left


def test_the_cps_version_has_no_personal_details(ws: Workspace, small: Case, tmp_path: Path) -> None:
    cps, internal = tmp_path / "cps.pdf", tmp_path / "internal.pdf"
    reports.interview_chronology(ws, small.urn, cps, generated_at=GENERATED)
    reports.interview_chronology(ws, small.urn, internal, InterviewOptions(unredacted=True), generated_at=GENERATED)
    shown, hidden = pdf.all_text(pdf.reader(internal)), pdf.all_text(pdf.reader(cps))
    for secret in ("Fictional Street", "ZZ99 9ZZ", *PHONE_FORMS, "jo@example.invalid"):
        assert secret in " ".join(shown.split()), secret
        assert secret not in hidden, secret
    assert ADDRESS.split(",")[0] not in cps.read_bytes().decode("latin-1")
    assert "[REDACTED \u2013 address]" in hidden and "[REDACTED \u2013 phone number]" in hidden
    assert "07700 900124" in hidden  # someone else's number stays
    assert all("UNREDACTED \u2013 NOT FOR DISCLOSURE" in t for t in pdf.texts(pdf.reader(internal)))


def test_cancelling_writes_and_logs_nothing(ws: Workspace, small: Case, tmp_path: Path) -> None:
    def cancel(done: int, total: int) -> None:
        raise Cancelled("Cancelled.")

    before = len(ws.audit.events(small.id))
    with pytest.raises(Cancelled):
        reports.interview_chronology(ws, small.urn, tmp_path / "x.pdf", progress=cancel)
    with pytest.raises(InvalidInput, match="could not be saved"):
        reports.interview_chronology(ws, small.urn, tmp_path / "no such folder" / "x.pdf")
    assert not (tmp_path / "x.pdf").exists() and len(ws.audit.events(small.id)) == before
