"""An exhibit's disclosure status: chosen in the viewer's details, or for many in the gallery."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.errors import InvalidInput
from stalkdesk.gui.evidence.view import EvidenceView
from stalkdesk.gui.evidence.viewer import ExhibitViewer
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services import disclosure
from stalkdesk.services.workspace import Workspace
from tests.gui.evidence.conftest import FakePrompts

pytestmark = pytest.mark.gui


def _add(ws: Workspace, case: Case, ref: str, status: DisclosureStatus = DisclosureStatus.USED) -> Exhibit:
    return ws.exhibits.add(case.id or 0, Exhibit(ref, f"Fictional document {ref}", original_filename=f"{ref[-1]}.txt",
                                                 disclosure=status), io.BytesIO(ref.encode()))


def _changes(ws: Workspace, case: Case) -> list[str]:
    return [e.summary for e in ws.audit.events(case.id) if e.object_type == "exhibit" and e.action == "alter"]


def _viewer(qtbot: QtBot, ws: Workspace, case: Case, exhibit: Exhibit) -> ExhibitViewer:
    viewer = ExhibitViewer(ws, case, exhibit, SyncTaskRunner(), FakePrompts())
    qtbot.addWidget(viewer)
    viewer.show()
    return viewer


def test_viewer_details_change_the_status_and_then_the_reason(qtbot: QtBot, ws: Workspace, case: Case) -> None:
    x = _add(ws, case, "AF/1")
    viewer = _viewer(qtbot, ws, case, x)
    field, reason = viewer.disclosure_field, viewer.reason_field
    assert field is not None and reason is not None
    assert field.currentText() == "Used (evidence)" and not reason.isEnabled()
    field.setCurrentIndex(field.findData(DisclosureStatus.SENSITIVE.value))
    assert ws.exhibits.get(x.id or 0).disclosure is DisclosureStatus.SENSITIVE
    assert _changes(ws, case) == ["Changed exhibit AF/1"]
    assert reason.isEnabled() and viewer.exhibit.disclosure is DisclosureStatus.SENSITIVE
    assert "unused, sensitive" in viewer.ui.status_label.text()
    qtbot.keyClicks(reason, "Third-party medical details")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    stored = ws.exhibits.get(x.id or 0)  # saving the reason kept the status just chosen
    assert (stored.disclosure, stored.disclosure_reason) == (DisclosureStatus.SENSITIVE, "Third-party medical details")
    field.setCurrentIndex(field.findData(DisclosureStatus.NOT_RELEVANT.value))
    assert ws.exhibits.get(x.id or 0).disclosure is DisclosureStatus.NOT_RELEVANT
    assert not reason.isEnabled() and len(_changes(ws, case)) == 3
    tabs = viewer.ui.log_tabs
    assert tabs.tabText(tabs.indexOf(viewer.audit_panel.tab)).startswith("Audit trail (")
    viewer.close()
    assert viewer.disclosure_field is None and viewer.ui.details_form.rowCount() == 0


def test_viewer_status_that_cannot_be_saved_is_put_back(qtbot: QtBot, ws: Workspace, case: Case,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    x = _add(ws, case, "AF/2")
    viewer = _viewer(qtbot, ws, case, x)

    def refused(*_args: object, **_kwargs: object) -> None:
        raise InvalidInput("Exhibit AF/2 has been deleted: restore it before changing its disclosure status.")

    monkeypatch.setattr(disclosure, "set_exhibit_disclosure", refused)
    field = viewer.disclosure_field
    assert field is not None
    field.setCurrentIndex(field.findData(DisclosureStatus.UNUSED.value))
    assert field.currentData() == DisclosureStatus.USED.value
    assert "was not saved" in viewer.ui.status_label.text() and "deleted" in viewer.ui.status_label.text()
    assert ws.exhibits.get(x.id or 0).disclosure is DisclosureStatus.USED
    assert _changes(ws, case) == []


def _disclosure_menu(view: EvidenceView) -> QMenu:
    menu = view.context_menu()
    assert menu is not None
    sub = next(a.menu() for a in menu.actions() if a.text() == "Disclosure")
    assert isinstance(sub, QMenu)
    return sub


def test_gallery_sets_the_status_of_the_selection(qtbot: QtBot, ws: Workspace, case: Case,
                                                  runner: SyncTaskRunner, prompts: FakePrompts) -> None:
    a, b, c = _add(ws, case, "AF/1"), _add(ws, case, "AF/2"), _add(ws, case, "AF/3")
    view = EvidenceView(ws, case, runner, prompts=prompts)
    qtbot.addWidget(view)
    view.show()
    assert view.context_menu() is None  # nothing selected
    viewer = view.open_exhibit(b.id or 0)
    view._select([a.id or 0, b.id or 0])
    assert view.selected_ids() == [a.id, b.id]
    menu = _disclosure_menu(view)
    assert [x.text() for x in menu.actions()] == [s.label for s in DisclosureStatus]
    assert [x.isChecked() for x in menu.actions()] == [True, False, False, False]  # both are used
    before = len(ws.audit.events(case.id))
    next(x for x in menu.actions() if x.data() == DisclosureStatus.SENSITIVE.value).trigger()
    assert [ws.exhibits.get(i or 0).disclosure for i in (a.id, b.id, c.id)] == \
        [DisclosureStatus.SENSITIVE, DisclosureStatus.SENSITIVE, DisclosureStatus.USED]
    assert _changes(ws, case)[-2:] == ["Changed exhibit AF/1", "Changed exhibit AF/2"]
    assert len(ws.audit.events(case.id)) == before + 2
    # The gallery holds the exhibits as stored, keeps the selection, and says what is missing.
    assert view.model.exhibit(view.model.row_of(a.id or 0) or 0).disclosure is DisclosureStatus.SENSITIVE
    assert view.selected_ids() == [a.id, b.id]
    assert "2 exhibits: disclosure set to unused, sensitive" in view.ui.message_label.text()
    assert "AF/1, AF/2" in view.ui.message_label.text()
    # An open viewer shows the change, and its reason field can now be typed in.
    assert viewer.disclosure_field is not None and viewer.disclosure_field.status is DisclosureStatus.SENSITIVE
    assert viewer.reason_field is not None and viewer.reason_field.isEnabled()
    assert [x.isChecked() for x in _disclosure_menu(view).actions()] == [False, False, True, False]
    view._select([b.id or 0, c.id or 0])  # mixed statuses: no tick
    assert not any(x.isChecked() for x in _disclosure_menu(view).actions())
    view.clear()


def test_gallery_change_is_all_or_nothing(qtbot: QtBot, ws: Workspace, case: Case, runner: SyncTaskRunner,
                                          prompts: FakePrompts) -> None:
    a, b = _add(ws, case, "AF/1"), _add(ws, case, "AF/2")
    view = EvidenceView(ws, case, runner, prompts=prompts)
    qtbot.addWidget(view)
    view.show()
    before = ws.audit.events(case.id)
    view.set_disclosure([a.id or 0, b.id or 0, 999999], DisclosureStatus.UNUSED)
    assert "was not changed" in view.ui.message_label.text()
    assert ws.audit.events(case.id) == before
    assert ws.exhibits.get(a.id or 0).disclosure is DisclosureStatus.USED


def test_service_sets_many_in_one_transaction(ws: Workspace, case: Case) -> None:
    a = _add(ws, case, "AF/1", DisclosureStatus.SENSITIVE)
    b = _add(ws, case, "AF/2")
    ws.exhibits.update(replace(a, disclosure_reason="Informant"))
    done = disclosure.set_exhibit_disclosure(ws, [a.id or 0, b.id or 0], DisclosureStatus.SENSITIVE)
    assert [x.disclosure_reason for x in done] == ["Informant", ""]  # a was already sensitive: untouched
    assert _changes(ws, case)[-1] == "Changed exhibit AF/2" and len(_changes(ws, case)) == 2
    done = disclosure.set_exhibit_disclosure(ws, [a.id or 0], DisclosureStatus.UNUSED)
    assert done[0].disclosure_reason == "Informant"  # kept for when it is sensitive again
    done = disclosure.set_exhibit_disclosure(ws, [b.id or 0], DisclosureStatus.SENSITIVE, reason=" Third  party ")
    assert done[0].disclosure_reason == "Third party"
