"""The documents the Reports dialog offers: one `Document` entry each.

A document says which options apply to it and how to render it into memory (a
`services.reports.Draft`: the PDF bytes, nothing written, nothing logged). The dialog
builds its controls from these flags and saves every draft the same way
(`services.reports.save_draft`: atomic write, export row in the audit trail). To offer a
new document (an SPO application, the unused or sensitive schedules, the redaction log),
give its service a `draft_*` function returning a `Draft` and add one entry to
`DOCUMENTS` below; nothing else in the dialog changes. A document saved by another service
(the disclosure schedules and log, which take the recipient and purpose apart and also
write a CSV) names its own `save` and `save_csv`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stalkdesk.domain.vocab import Behaviour
from stalkdesk.services import disclosure, exports, reports, spo
from stalkdesk.services.disclosure import DisclosureDraft, DisclosureExport
from stalkdesk.services.reports import Draft, ExportResult, InterviewOptions, Version
from stalkdesk.services.workspace import Workspace

Progress = Callable[[int, int], None]
Saved = ExportResult | DisclosureExport
# (ws, draft, path, recipient, purpose) -> the export, written atomically and logged
Save = Callable[[Workspace, Draft, Path, str, str], Saved]


def reason(recipient: str, purpose: str) -> str:
    """The audit row's reason for a report saved by services.reports: who for, and why
    (worded as the CLI words it: services.exports.export_reason)."""
    return exports.export_reason(recipient, purpose)


def _save_report(ws: Workspace, draft: Draft, path: Path, recipient: str, purpose: str) -> Saved:
    return reports.save_draft(ws, draft, path, reason(recipient, purpose))


def _save_disclosure(ws: Workspace, draft: Draft, path: Path, recipient: str, purpose: str) -> Saved:
    """The PDF or, for a path ending .csv, the same lines as a CSV (services.disclosure)."""
    if not isinstance(draft, DisclosureDraft):
        raise TypeError(f"not a disclosure draft: {draft.what}")
    return disclosure.save_disclosure(ws, draft, path, recipient=recipient, purpose=purpose)


@dataclass(frozen=True, slots=True)
class Choices:
    """What the officer picked in the dialog, for whichever document."""

    start: date | None = None
    end: date | None = None
    behaviours: frozenset[Behaviour] = frozenset()
    large_print: bool = False
    notes_column: bool = False
    unredacted: bool = False

    @property
    def version(self) -> Version:
        return Version.UNREDACTED if self.unredacted else Version.CPS


Render = Callable[[Workspace, str, Choices, Progress | None], Draft]


@dataclass(frozen=True, slots=True)
class Document:
    key: str
    title: str
    description: str
    render: Render  # (ws, urn, choices, progress) -> the PDF in memory
    file_label: str  # in the suggested file name: "01ZZ0000124 interview chronology (CPS).pdf"
    dates: bool = False  # the date range applies
    behaviours: bool = False  # the behaviours filter applies
    large_print: bool = False
    notes_column: bool = False
    versions: bool = True  # a CPS and an unredacted version exist
    note: str = ""  # a warning shown in the dialog while the document is chosen
    needs_recipient: bool = False  # the CPS version is not saved without a recipient and a purpose
    csv: bool = False  # "Save CSV\u2026" is offered (through `save`, with a .csv path)
    save: Save = _save_report

    def suggested_name(self, urn: str, version: Version, suffix: str = ".pdf") -> str:
        tag = "CPS" if version is Version.CPS else "UNREDACTED"
        stem = re.sub(r"[^\w.-]+", "_", urn)  # a URN is letters and digits; be safe anyway
        return f"{stem} {self.file_label} ({tag}){suffix}"


def _interview(ws: Workspace, urn: str, c: Choices, progress: Progress | None) -> Draft:
    options = InterviewOptions(start=c.start, end=c.end, behaviours=c.behaviours, large_print=c.large_print,
                               notes_column=c.notes_column, unredacted=c.unredacted)
    return reports.draft_interview(ws, urn, options, progress)


def _charge_file(ws: Workspace, urn: str, c: Choices, progress: Progress | None) -> Draft:
    return reports.draft_charge_file(ws, urn, c.unredacted, progress)


def _spo(ws: Workspace, urn: str, c: Choices, progress: Progress | None) -> Draft:
    return spo.draft_spo_pack(ws, urn, c.unredacted)


def _unused(ws: Workspace, urn: str, c: Choices, progress: Progress | None) -> Draft:
    return disclosure.draft_schedule(ws, urn, disclosure.UNUSED, unredacted=c.unredacted)


def _sensitive(ws: Workspace, urn: str, c: Choices, progress: Progress | None) -> Draft:
    return disclosure.draft_schedule(ws, urn, disclosure.SENSITIVE, unredacted=c.unredacted)


def _redactions(ws: Workspace, urn: str, c: Choices, progress: Progress | None) -> Draft:
    return disclosure.draft_redaction_log(ws, urn, unredacted=c.unredacted)


NOT_FOR_DEFENCE_NOTE = (
    "NOT FOR DISCLOSURE TO THE DEFENCE. The MG6D lists sensitive material and why it is sensitive: it goes "
    "to the prosecutor only, never to the defence, and every page is marked so.")


DOCUMENTS: tuple[Document, ...] = (
    Document("interview", "Interview chronology",
             "The numbered chronology to put to the suspect in interview: A4 landscape, the case's own item "
             "numbers, the column header on every page.",
             _interview, "interview chronology", dates=True, behaviours=True, large_print=True,
             notes_column=True),
    Document("charge_file", "Pre-charge file",
             "The file for a CPS charging decision: MG3 report, MG5 case summary, chronology, MG12 exhibit "
             "list, MG6C unused schedule, evidence appendix and integrity page, with an index.",
             _charge_file, "pre-charge file", needs_recipient=True),  # as `report charge-file` asks
    Document("spo", "Stalking Protection Order application",
             "The application pack for the magistrates' court (Stalking Protection Act 2019): the three grounds "
             "with their supporting items, the proposed prohibitions and requirements, duration, interim order "
             "and the risk summary.",
             _spo, "SPO application"),
    Document("unused", "Unused material schedule (MG6C)",
             "Non-sensitive unused material, numbered consecutively, for the prosecutor and the defence. "
             "Also saved as CSV. Give the recipient and purpose: the disclosure is logged.",
             _unused, "MG6C unused schedule", needs_recipient=True, csv=True, save=_save_disclosure),
    Document("sensitive", "Sensitive material schedule (MG6D)",
             "Sensitive unused material with the reason for sensitivity, for the prosecutor only. "
             "Also saved as CSV. Give the recipient and purpose: the disclosure is logged.",
             _sensitive, "MG6D sensitive schedule", note=NOT_FOR_DEFENCE_NOTE, needs_recipient=True, csv=True,
             save=_save_disclosure),
    Document("redactions", "Redaction log",
             "Every redaction decision on the case's text and images: what, where, why, by whom and when "
             "(the redacted words are not repeated). Also saved as CSV.",
             _redactions, "redaction log", needs_recipient=True, csv=True, save=_save_disclosure),
)


def by_key(key: str) -> Document:
    for document in DOCUMENTS:
        if document.key == key:
            return document
    raise KeyError(key)
