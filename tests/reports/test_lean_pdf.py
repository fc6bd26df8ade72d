"""The lean document prints exactly the bytes reportlab's own document would."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import pytest
from pypdf import PdfReader

from stalkdesk.domain.records import Case
from stalkdesk.reports import interview, lean_pdf
from stalkdesk.reports.lean_pdf import LeanDoc
from stalkdesk.reports.model import Context, InterviewInput, InterviewOptions, Names, Version
from stalkdesk.reports.page import ReportDoc
from tests import factories

GENERATED = datetime(2024, 7, 1, 9, 30, tzinfo=UTC)
ACCOUNT = "He waited by the fictional bus stop again and sent messages asking why she would not talk. " * 3


def render(options: InterviewOptions, doc_class: type[ReportDoc], monkeypatch: pytest.MonkeyPatch) -> bytes:
    monkeypatch.setattr(interview, "LeanDoc", doc_class)
    entries = [factories.entry(n, summary=f"Fictional event {n}", account=ACCOUNT, item_number=n + 1)
               for n in range(240)]
    ctx = Context(case=Case(urn="01FC0000124", operation="Op Fictional"), officer="DC Alex Fictional (9999)",
                  generated_at=GENERATED, version=Version.UNREDACTED if options.unredacted else Version.CPS,
                  data_time=GENERATED, audit_anchor=(1, "0" * 64))
    inp = InterviewInput(ctx=ctx, options=options, head={"schema": "test"}, entries=lambda: iter(entries),
                         count=len(entries), names=Names())
    out = io.BytesIO()
    interview.render_interview(inp, out)
    return out.getvalue()


@pytest.mark.parametrize("options", [InterviewOptions(), InterviewOptions(large_print=True, notes_column=True,
                                                                          unredacted=True)])
def test_same_bytes_as_reportlabs_own_document(options: InterviewOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    lean = render(options, LeanDoc, monkeypatch)
    plain = render(options, ReportDoc, monkeypatch)
    assert lean == plain
    assert len(PdfReader(io.BytesIO(lean)).pages) > 20  # many closed pages went through the trimming


def test_closed_pages_wait_for_the_save_holding_only_their_name_and_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    sizes: list[int] = []
    last_page = ReportDoc._last_page

    def spy(doc: ReportDoc, canv: Any) -> None:
        seen.extend(canv._doc.Pages.pages)
        sizes.extend(len(getattr(p, "content", b"")) for p in seen)
        last_page(doc, canv)

    monkeypatch.setattr(ReportDoc, "_last_page", spy)
    render(InterviewOptions(), LeanDoc, monkeypatch)
    closed = seen[:-1]  # the last page is still open when the totals are drawn
    assert len(closed) > 20 and all(type(p) is lean_pdf._CompactPage for p in closed)
    assert all(sizes[:-1])  # each with its compressed bytes until the save...
    assert not any(p.content for p in closed)  # type: ignore[attr-defined]  # ...which lets them go
    # one shape (the chronology is all landscape), so one class for every page's shared entries
    assert len({p.shape for p in closed}) == 1  # type: ignore[attr-defined]
