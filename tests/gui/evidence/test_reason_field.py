"""The viewer's "Reason sensitive" field: typed only for a sensitive exhibit, saved and audited."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.gui.evidence.viewer import ExhibitViewer
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace
from tests.gui.evidence.conftest import FakePrompts

pytestmark = pytest.mark.gui


def _viewer(qtbot: QtBot, ws: Workspace, case: Case, exhibit: Exhibit) -> ExhibitViewer:
    viewer = ExhibitViewer(ws, case, exhibit, SyncTaskRunner(), FakePrompts())
    qtbot.addWidget(viewer)
    viewer.show()
    return viewer


def test_sensitive_exhibit_reason_is_saved_as_typed(qtbot: QtBot, ws: Workspace, case: Case) -> None:
    x = ws.exhibits.add(case.id or 0, Exhibit("AF/9", "Informant contact sheet", original_filename="sheet.txt",
                                              disclosure=DisclosureStatus.SENSITIVE), io.BytesIO(b"sheet"))
    viewer = _viewer(qtbot, ws, case, x)
    field = viewer.reason_field
    assert field is not None and field.isEnabled() and field.text() == ""
    audited = len(ws.audit.events(case.id))
    qtbot.keyClicks(field, "Would identify a covert human source")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert ws.exhibits.get(x.id or 0).disclosure_reason == "Would identify a covert human source"
    assert len(ws.audit.events(case.id)) == audited + 1
    qtbot.keyClicks(field, " (CHIS)")
    viewer.close()  # pending typing is saved before the viewer forgets it
    assert ws.exhibits.get(x.id or 0).disclosure_reason == "Would identify a covert human source (CHIS)"
    assert viewer.reason_field is None


def test_reason_cannot_be_typed_for_an_exhibit_that_is_not_sensitive(qtbot: QtBot, ws: Workspace,
                                                                   case: Case) -> None:
    x = ws.exhibits.add(case.id or 0, Exhibit("AF/8", "Screenshot", original_filename="a.txt"), io.BytesIO(b"a"))
    viewer = _viewer(qtbot, ws, case, x)
    assert viewer.reason_field is not None and not viewer.reason_field.isEnabled()
    viewer.close()
    assert ws.exhibits.get(x.id or 0).disclosure_reason == ""
