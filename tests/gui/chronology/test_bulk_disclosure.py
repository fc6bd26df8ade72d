"""The chronology's bulk edit sets the disclosure status of many entries, audited and undoable."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from stalkdesk.domain.records import Case, Entry
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.gui.chronology.bulk_edit import BulkEditDialog
from stalkdesk.gui.chronology.view import ChronologyView
from stalkdesk.services.workspace import Workspace
from tests.gui.chronology.test_view import select

pytestmark = pytest.mark.gui


def test_bulk_edit_sets_entry_disclosure_with_an_audit_row_each(view: ChronologyView, ws: Workspace, case: Case,
                                                                entries: list[Entry]) -> None:
    before = [ws.entries.get(e.id or 0) for e in entries[:2]]
    audited = len(ws.audit.events(case.id))

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, BulkEditDialog)
        combo = dialog.ui.disclosure_combo
        assert [combo.itemText(i) for i in range(1, combo.count())] == [s.label for s in DisclosureStatus]
        combo.setCurrentIndex(combo.findData(DisclosureStatus.SENSITIVE.value))
        dialog.accept()
        return dialog.result()

    view.exec_dialog = drive
    select(view, 0, 1)
    view.bulk_edit()
    assert {ws.entries.get(e.id or 0).disclosure for e in entries[:2]} == {DisclosureStatus.SENSITIVE}
    assert ws.entries.get(entries[2].id or 0).disclosure is entries[2].disclosure
    changes = ws.audit.events(case.id)[audited:]
    assert len(changes) == 2 and all(c.summary.endswith(": disclosure") for c in changes)
    view.undo()
    assert [ws.entries.get(e.id or 0) for e in entries[:2]] == before
