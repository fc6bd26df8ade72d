"""The Reports dialog's other documents: the SPO application, the MG6C and MG6D schedules and the
redaction log, each generated into memory, previewed, then saved (as PDF, and as CSV where offered)."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.gui.reports.documents import DOCUMENTS
from stalkdesk.gui.reports.reports_dialog import ReportsDialog
from stalkdesk.services import text_redaction as tr
from stalkdesk.services.disclosure import DisclosureDraft
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.gui.reports.conftest import FakePrompts

pytestmark = pytest.mark.gui

NUMBER = "07700 900456"  # fictional (Ofcom drama range)
NEW = ("spo", "unused", "sensitive", "redactions")
DEFENCE = "NOT FOR DISCLOSURE TO THE DEFENCE"


@pytest.fixture
def case(ws: Workspace) -> Case:
    """A small fictional case with unused and sensitive material and one redaction decision."""
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.victim())
    ws.people.add(case.id, factories.suspect())
    ws.exhibits.add(case.id, Exhibit("AF/3", "Informant contact sheet", disclosure=DisclosureStatus.SENSITIVE,
                                     disclosure_reason="Would identify a covert human source"),
                    io.BytesIO(b"fictional sheet"))
    ws.entries.add_many(case.id, [
        factories.entry(0, summary=f"Texts from {NUMBER}"),
        *(factories.entry(n, summary=f"Unused sighting {n} at the bus stop", disclosure=DisclosureStatus.UNUSED)
          for n in range(1, 6)),
        factories.entry(9, summary="Neighbour's account of the victim's health",
                        disclosure=DisclosureStatus.SENSITIVE, disclosure_reason="Third party's medical details"),
    ])
    tr.suggest(ws, case.id)
    [phone] = [s.redaction.id for s in tr.suggestions(ws, case.id) if s.redaction.text == NUMBER]
    tr.accept(ws, phone or 0, "third-party identity")
    return ws.cases.get(case.id)


def exports(ws: Workspace, case: Case) -> list[Any]:
    return [e for e in ws.audit.events(case.id) if e.action == "export"]


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def page_texts(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


def generate(dialog: ReportsDialog, key: str) -> bytes:
    dialog.choose_document(key)
    dialog.ui.recipient_edit.setText("CPS Fictional Area")
    dialog.ui.purpose_edit.setText("Pre-charge advice")
    dialog.ui.generate_button.click()
    assert dialog.draft is not None and dialog.draft_document is not None and dialog.draft_document.key == key
    return dialog.draft.pdf


def test_the_dialog_offers_the_six_documents_in_order(dialog: ReportsDialog) -> None:
    combo = dialog.ui.document_combo
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "Interview chronology", "Pre-charge file", "Stalking Protection Order application",
        "Unused material schedule (MG6C)", "Sensitive material schedule (MG6D)", "Redaction log"]
    assert [d.key for d in DOCUMENTS] == ["interview", "charge_file", *NEW]


@pytest.mark.parametrize("key", NEW)
def test_generate_preview_then_save_each_document(dialog: ReportsDialog, ws: Workspace, case: Case,
                                                  prompts: FakePrompts, tmp_path: Path, key: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    pdf = generate(dialog, key)
    draft = dialog.draft
    assert draft is not None and pdf.startswith(b"%PDF")
    texts = page_texts(pdf)
    assert dialog.pdf.pageCount() == draft.pages == len(texts) >= 1  # the preview shows every page
    assert dialog.ui.page_count_label.text() == f"of {draft.pages}"
    assert dialog.ui.preview_stack.currentWidget() is dialog.ui.pdf_page
    assert all(f"Page {n} of {len(texts)}" in t for n, t in enumerate(texts, 1))
    assert NUMBER not in " ".join(texts)  # the CPS version, redacted
    assert files_in(out) == [] and exports(ws, case) == []  # a preview writes and logs nothing

    prompts.save_to = out / "document.pdf"
    dialog.ui.save_button.click()

    assert prompts.captions == ["Save the PDF (the saved file is NOT encrypted)"]
    assert prompts.suggested[0].name.startswith("01FC0000124 ") and prompts.suggested[0].name.endswith("(CPS).pdf")
    saved = out / "document.pdf"
    assert files_in(out) == [saved] and saved.read_bytes() == pdf  # what was previewed, and no temporary file
    [row] = exports(ws, case)
    assert hashlib.sha256(pdf).hexdigest() in row.summary and "CPS version" in row.summary
    assert "CPS Fictional Area" in f"{row.summary} {row.reason}" and "Pre-charge advice" in row.reason
    assert f"row {row.seq}" in dialog.ui.status_label.text() and f"{draft.pages} page" in dialog.ui.status_label.text()


def test_schedules_and_the_log_take_no_chronology_options(dialog: ReportsDialog) -> None:
    for key in NEW:
        dialog.choose_document(key)
        ui = dialog.ui
        assert not ui.range_group.isEnabled() and not ui.behaviours_group.isEnabled()
        assert not ui.layout_group.isEnabled() and ui.version_group.isEnabled()
        assert dialog.save_csv_button.isVisible() == (key != "spo")


def test_the_sensitive_schedule_is_marked_not_for_the_defence(dialog: ReportsDialog) -> None:
    dialog.choose_document("unused")
    assert not dialog.document_note_label.isVisible()
    pdf = generate(dialog, "sensitive")
    assert dialog.document_note_label.isVisible() and DEFENCE in dialog.document_note_label.text()
    texts = page_texts(pdf)
    assert all(DEFENCE in t for t in texts)  # every page
    joined = " ".join(texts)
    assert "Would identify a covert human source" in joined and "Third party's medical details" in joined
    unused = page_texts(generate(dialog, "unused"))
    assert not any(DEFENCE in t for t in unused) and "Unused sighting 3" in " ".join(unused)


def test_documents_that_go_to_the_cps_need_a_recipient() -> None:
    needing = {d.key for d in DOCUMENTS if d.needs_recipient}
    assert needing == {"charge_file", "unused", "sensitive", "redactions"}


@pytest.mark.parametrize("key", ["unused", "sensitive", "redactions"])
def test_save_csv_writes_the_same_lines_and_logs_it(dialog: ReportsDialog, ws: Workspace, case: Case,
                                                    prompts: FakePrompts, tmp_path: Path, key: str) -> None:
    generate(dialog, key)
    assert isinstance(dialog.draft, DisclosureDraft) and dialog.save_csv_button.isEnabled()
    prompts.save_to = tmp_path / "lines"  # no suffix typed: the button decides the format
    dialog.save_csv_button.click()
    assert prompts.captions == ["Save the CSV (the saved file is NOT encrypted)"]
    assert prompts.suggested[0].name.endswith("(CPS).csv")
    saved = tmp_path / "lines.csv"
    data = saved.read_bytes()
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    body = rows[2:]
    assert len(body) == dialog.draft.lines >= 1
    assert [r[0] for r in body] == [str(n) for n in range(1, len(body) + 1)]  # numbered consecutively
    assert NUMBER not in data.decode("utf-8-sig")
    [row] = exports(ws, case)
    assert "CSV" in row.summary and hashlib.sha256(data).hexdigest() in row.summary
    assert "CPS Fictional Area" in row.summary and row.reason == "Pre-charge advice"
    assert "CSV" in dialog.ui.status_label.text() and "not encrypted" in dialog.ui.status_label.text()
    assert (rows[0][-1] == DEFENCE) == (key == "sensitive")


def test_the_spo_application_has_no_csv(dialog: ReportsDialog) -> None:
    generate(dialog, "spo")
    assert not dialog.save_csv_button.isVisible()
    text = " ".join(page_texts(dialog.draft.pdf))  # type: ignore[union-attr]
    assert "Application for a Stalking Protection Order" in text and "Grounds for the order" in text


def test_a_disclosure_for_the_cps_needs_a_recipient_and_purpose(dialog: ReportsDialog, ws: Workspace, case: Case,
                                                                prompts: FakePrompts, tmp_path: Path) -> None:
    generate(dialog, "unused")
    dialog.ui.recipient_edit.setText("")  # does not change the document: still saveable
    prompts.save_to = tmp_path / "mg6c.pdf"
    dialog.save()
    assert prompts.captions == [] and not prompts.save_to.exists() and exports(ws, case) == []
    [message] = prompts.informed
    assert "recipient" in message and "purpose" in message

    dialog.ui.unredacted_radio.setChecked(True)  # an internal copy needs neither
    dialog.generate()
    dialog.save()
    assert prompts.save_to.exists()
    [row] = exports(ws, case)
    assert "internal copy" in row.summary and "Unredacted" in row.summary
    assert all("UNREDACTED" in t for t in page_texts(prompts.save_to.read_bytes()))


def test_the_previewed_documents_are_the_ones_the_command_line_writes(ws: Workspace, case: Case,
                                                                       tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from stalkdesk.services import disclosure, spo

    at = datetime(2024, 7, 1, 9, 30, tzinfo=UTC)
    who = {"recipient": "CPS Fictional Area", "purpose": "Pre-charge advice"}
    pack = spo.draft_spo_pack(ws, case.urn, generated_at=at)
    spo.spo_pack(ws, case.urn, tmp_path / "spo.pdf", generated_at=at)
    assert (tmp_path / "spo.pdf").read_bytes() == pack.pdf
    mg6d = disclosure.draft_schedule(ws, case.urn, disclosure.SENSITIVE, generated_at=at)
    disclosure.schedule(ws, case.urn, tmp_path / "mg6d.pdf", disclosure.SENSITIVE, generated_at=at, **who)
    disclosure.schedule(ws, case.urn, tmp_path / "mg6d.csv", disclosure.SENSITIVE, generated_at=at, **who)
    assert (tmp_path / "mg6d.pdf").read_bytes() == mg6d.pdf
    saved = disclosure.save_disclosure(ws, mg6d, tmp_path / "again.csv", **who)
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "mg6d.csv").read_bytes() and saved.lines == 2
    log = disclosure.draft_redaction_log(ws, case.urn, generated_at=at)
    disclosure.redaction_log(ws, case.urn, tmp_path / "log.pdf", generated_at=at, **who)
    assert (tmp_path / "log.pdf").read_bytes() == log.pdf and log.lines == 1
    assert len(exports(ws, case)) == 5  # the drafts themselves logged nothing
