"""Case > Redaction…: accepting many rows is one decision, recorded whole or not at all."""

from __future__ import annotations

from dataclasses import replace

import pytest

from stalkdesk.domain.records import Case
from stalkdesk.domain.redaction import Status
from stalkdesk.gui.redaction.dialog import RedactionDialog
from stalkdesk.gui.redaction.model import Column
from stalkdesk.services import text_redaction
from stalkdesk.services.workspace import Workspace
from tests.gui.redaction.test_redaction_dialog import (  # noqa: F401  (fixtures)
    ReasonPrompts,
    case,
    dialog,
    prompts,
    rows,
    select,
)

pytestmark = pytest.mark.gui


def test_accepting_several_rows_is_one_call_with_an_audit_row_each(
        dialog: RedactionDialog, ws: Workspace, case: Case, prompts: ReasonPrompts,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog.scan()
    calls: list[int] = []
    real = text_redaction.decide

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(len(args[1]))  # type: ignore[arg-type]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(text_redaction, "decide", counted)
    audited = len(ws.audit.events(case.id))
    select(dialog, lambda r: True)
    n = len(dialog.selected())
    assert n >= 3
    dialog.ui.accept_button.click()
    assert calls == [n]
    assert len(ws.redactions.list(case.id or 0, Status.ACCEPTED)) == n
    events = ws.audit.events(case.id)[audited:]
    assert len(events) == n and all(e.reason == "phone number" for e in events)
    assert all(r[Column.STATUS] == "Accepted: redacted" for r in rows(dialog))


def test_one_row_that_cannot_be_accepted_stops_them_all(dialog: RedactionDialog, ws: Workspace,  # noqa: F811
                                                        case: Case, prompts: ReasonPrompts) -> None:  # noqa: F811
    dialog.scan()
    entry = next(e for e in ws.entries.list(case.id or 0) if e.item_number == 2)
    ws.entries.update(replace(entry, location="Outside a house"))  # the postcode was edited away
    audited = ws.audit.events(case.id)
    select(dialog, lambda r: True)
    dialog.ui.accept_button.click()
    assert "item 2, location" in dialog.ui.status_label.text() and prompts.informed
    assert ws.redactions.list(case.id or 0, Status.ACCEPTED) == []
    assert ws.audit.events(case.id) == audited
    assert dialog.ui.accept_button.isEnabled()  # the officer can choose again


def test_a_rescan_says_how_many_texts_were_unchanged(dialog: RedactionDialog) -> None:  # noqa: F811
    dialog.scan()
    first = dialog.ui.status_label.text()
    assert "unchanged" not in first
    dialog.scan()
    assert "unchanged since the last scan" in dialog.ui.status_label.text()
    assert "0 new finds" in dialog.ui.status_label.text()
