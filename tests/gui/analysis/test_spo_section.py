"""The SPO application section of the Analysis tab, driven as an officer would: terms added
from the common list and in their own words, edited in place, moved, removed; the interim
request and the duration; lock and reload."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from stalkdesk.domain.analysis.checklist import Status
from stalkdesk.domain.analysis.spo import COMMON_TERMS, Duration, SpoTerm, TermKind, common_term
from stalkdesk.domain.records import Case
from stalkdesk.gui.analysis.spo import SpoPage
from stalkdesk.gui.analysis.spo_models import CommonTermsModel, SpoTermsModel
from stalkdesk.gui.analysis.spo_term_dialog import SpoTermDialog
from stalkdesk.gui.analysis.view import AnalysisView, Section
from stalkdesk.gui.reports.reports_dialog import ReportsDialog
from stalkdesk.services import analysis, spo
from stalkdesk.services.workspace import Workspace
from tests.gui.evidence.conftest import FakePrompts

pytestmark = pytest.mark.gui

VICTIM = "Fictional Victim-Person"


@pytest.fixture
def page(view: AnalysisView) -> SpoPage:
    view.set_section(Section.SPO)
    return view.spo


def _texts(page: SpoPage, kind: TermKind) -> list[tuple[str, str]]:
    model = page.boxes[kind].model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def _stored(ws: Workspace, case: Case) -> list[tuple[str, str]]:
    return [(n, t.text) for n, t in spo.numbered_terms(ws, case.id or 0)]


def _add_common(prompts: FakePrompts, page: SpoPage, kind: TermKind, key: str, wording: str | None = None) -> None:
    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, SpoTermDialog)
        row = next(n for n in range(dialog.model.rowCount()) if dialog.model.term(n).key == key)
        dialog.choose(row)
        assert dialog.ui.wording_edit.toPlainText() == common_term(key).text  # the wording is shown whole
        if wording is not None:
            dialog.ui.wording_edit.setPlainText(wording)
        dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Ok).click()

    prompts.actions["SpoTermDialog"] = drive
    page.boxes[kind].common_button.click()


def _add_own(prompts: FakePrompts, page: SpoPage, kind: TermKind, wording: str) -> None:
    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, SpoTermDialog)
        assert dialog.ui.common_list.isHidden()
        dialog.ui.wording_edit.setPlainText(wording)
        dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Ok).click()

    prompts.actions["SpoTermDialog"] = drive
    page.boxes[kind].own_button.click()


def test_the_section_is_listed_and_shows_the_grounds(view: AnalysisView, ws: Workspace, case: Case) -> None:
    assert view.sections.item(Section.SPO).text() == "SPO application"
    analysis.link_point(ws, case.id or 0, "spo.risk", item_number=4, note="Threat of violence")
    view.set_section(Section.SPO)
    page = view.spo
    assert [title for title, _ in page.grounds_model.grounds()] == [
        "(a) Acts associated with stalking", "(b) Risk associated with stalking", "(c) Order necessary to protect"]
    statuses = [status for _, status in page.grounds_model.grounds()]
    assert Status.PROVED.label in statuses[1] and Status.NOT_YET.label in statuses[2]
    assert page.grounds_model.linked(1)[0].startswith("item 4")
    assert page.grounds_model.item(1, 0).child(0, 1).text() == "Threat of violence"
    assert page.grounds_model.linked(2) == ["No items linked yet"]
    assert "0 prohibitions and 0 requirements" in page.ui.summary_label.text()
    # The button takes the officer to where links are made, on the first ground.
    page.ui.points_button.click()
    assert view.current_section is Section.OFFENCES
    point = view.offences.model.point(view.offences.ui.offences_tree.currentIndex())
    assert point is not None and point.point.id == "spo.acts"


def test_adding_a_common_term_and_one_in_own_words(page: SpoPage, ws: Workspace, case: Case,
                                                   prompts: FakePrompts) -> None:
    before = len(ws.audit.events(case.id))
    wording = common_term("no_contact").text.replace("[the victim]", VICTIM)
    _add_common(prompts, page, TermKind.PROHIBITION, "no_contact", wording)
    _add_own(prompts, page, TermKind.REQUIREMENT, "To live at an address approved by the police.")
    assert _stored(ws, case) == [("P1", wording), ("R1", "To live at an address approved by the police.")]
    assert _texts(page, TermKind.PROHIBITION) == [("P1", wording)]
    assert _texts(page, TermKind.REQUIREMENT) == [("R1", "To live at an address approved by the police.")]
    summaries = [e.summary for e in ws.audit.events(case.id)[before:]]
    assert summaries == [f"Proposed SPO prohibition: {wording[:57]}...",
                         "Proposed SPO requirement: To live at an address approved by the police."]
    assert "1 prohibition and 1 requirement" in page.ui.summary_label.text()
    assert page.ui.terms_message_label.text() == "R1 added."
    # The picker marks what the application already proposes, whatever replaced [the victim].
    prompts.actions["SpoTermDialog"] = QDialog.reject
    dialog = page.add_term(TermKind.PROHIBITION, common=True)
    rows = {dialog.model.term(n).key: n for n in range(dialog.model.rowCount())}
    assert dialog.model.proposed(rows["no_contact"]) and not dialog.model.proposed(rows["no_follow"])
    assert dialog.chosen_row != rows["no_contact"]  # the first one not yet proposed is offered
    assert len(_stored(ws, case)) == 2  # cancelled: nothing added


def test_an_empty_term_is_refused_in_the_dialog(page: SpoPage, ws: Workspace, case: Case,
                                                prompts: FakePrompts) -> None:
    seen: list[SpoTermDialog] = []

    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, SpoTermDialog)
        seen.append(dialog)
        dialog.ui.wording_edit.setPlainText("   ")
        assert not dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Ok).isEnabled()
        dialog.add()  # as if forced: the service's refusal is shown and the dialog stays open
        assert dialog.ui.message_label.text() == "Write the term: it is empty."
        dialog.reject()

    prompts.actions["SpoTermDialog"] = drive
    page.boxes[TermKind.PROHIBITION].own_button.click()
    assert seen and _stored(ws, case) == []


def test_editing_in_place_saves_through_the_service(page: SpoPage, ws: Workspace, case: Case,
                                                    prompts: FakePrompts, qtbot: QtBot) -> None:
    _add_own(prompts, page, TermKind.PROHIBITION, "Not to enter Fictional Street.")
    box = page.boxes[TermKind.PROHIBITION]
    box.table.setCurrentIndex(box.model.index(0, SpoTermsModel.TEXT))
    box.edit_button.click()
    editor = box.table.findChild(QPlainTextEdit, "term_editor")
    assert editor is not None and editor.toPlainText() == "Not to enter Fictional Street."
    editor.setPlainText("Not to enter Fictional Street or Made-up Lane.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter commits
    assert _stored(ws, case) == [("P1", "Not to enter Fictional Street or Made-up Lane.")]
    assert ws.audit.events(case.id)[-1].summary == "Changed SPO prohibition: Not to enter Fictional Street or " \
                                                   "Made-up Lane."
    qtbot.waitUntil(lambda: _texts(page, TermKind.PROHIBITION) ==
                    [("P1", "Not to enter Fictional Street or Made-up Lane.")])
    # An edit the service refuses is not stored, and the page says why.
    assert not box.model.setData(box.model.index(0, SpoTermsModel.TEXT), "  ")
    assert "Write the term: it is empty." in page.ui.terms_message_label.text()
    assert _stored(ws, case) == [("P1", "Not to enter Fictional Street or Made-up Lane.")]


def test_an_edit_still_open_is_saved_on_lock(view: AnalysisView, page: SpoPage, ws: Workspace, case: Case,
                                             prompts: FakePrompts) -> None:
    _add_own(prompts, page, TermKind.PROHIBITION, "Not to enter Fictional Street.")
    box = page.boxes[TermKind.PROHIBITION]
    box.table.setCurrentIndex(box.model.index(0, SpoTermsModel.TEXT))
    box.edit_button.click()
    editor = box.table.findChild(QPlainTextEdit, "term_editor")
    assert editor is not None
    editor.setPlainText("Not to enter Fictional Street at any time.")
    view.clear()
    assert _stored(ws, case) == [("P1", "Not to enter Fictional Street at any time.")]
    assert box.model.rowCount() == 0


def test_moving_renumbers_and_is_stored(page: SpoPage, ws: Workspace, case: Case, prompts: FakePrompts) -> None:
    for text in ("First.", "Second.", "Third."):
        _add_own(prompts, page, TermKind.PROHIBITION, text)
    box = page.boxes[TermKind.PROHIBITION]
    box.select(box.model.row(2).id)
    assert not box.down_button.isEnabled() and box.up_button.isEnabled()
    box.up_button.click()
    assert _stored(ws, case) == [("P1", "First."), ("P2", "Third."), ("P3", "Second.")]
    assert _texts(page, TermKind.PROHIBITION) == [("P1", "First."), ("P2", "Third."), ("P3", "Second.")]
    assert box.current is not None and box.current.text == "Third."  # the moved term stays chosen
    box.up_button.click()
    assert not box.up_button.isEnabled()
    box.down_button.click()
    box.down_button.click()
    assert _stored(ws, case) == [("P1", "First."), ("P2", "Second."), ("P3", "Third.")]
    assert ws.audit.events(case.id)[-1].summary == "Reordered the proposed SPO prohibitions"


def test_dropping_a_dragged_term_reorders_it(page: SpoPage, ws: Workspace, case: Case, prompts: FakePrompts,
                                             qtbot: QtBot) -> None:
    for text in ("First.", "Second.", "Third."):
        _add_own(prompts, page, TermKind.REQUIREMENT, text)
    model = page.boxes[TermKind.REQUIREMENT].model
    data = model.mimeData([model.index(2, 0), model.index(2, 1)])
    # Dropped above the first row. The model never removes the row itself (False): the page
    # stores the order and refills the model.
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _stored(ws, case) == [("R1", "Third."), ("R2", "First."), ("R3", "Second.")]
    qtbot.waitUntil(lambda: _texts(page, TermKind.REQUIREMENT) == [("R1", "Third."), ("R2", "First."),
                                                                   ("R3", "Second.")])
    chosen = page.boxes[TermKind.REQUIREMENT].current
    assert chosen is not None and chosen.text == "Third."  # the dragged term stays chosen
    # Dropped below the last row; a term of the other kind is not accepted.
    assert not model.dropMimeData(model.mimeData([model.index(0, 1)]), Qt.DropAction.MoveAction, -1, -1,
                                  QModelIndex())
    assert [t for _, t in _stored(ws, case)] == ["First.", "Second.", "Third."]
    _add_own(prompts, page, TermKind.PROHIBITION, "A prohibition.")
    other = page.boxes[TermKind.PROHIBITION].model
    model.dropMimeData(other.mimeData([other.index(0, 1)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [t for _, t in _stored(ws, case)] == ["A prohibition.", "First.", "Second.", "Third."]


def test_removing_asks_first(page: SpoPage, ws: Workspace, case: Case, prompts: FakePrompts) -> None:
    for text in ("Keep me.", "Remove me."):
        _add_own(prompts, page, TermKind.REQUIREMENT, text)
    box = page.boxes[TermKind.REQUIREMENT]
    box.select(box.model.row(1).id)
    prompts.answer = False
    box.remove_button.click()
    assert prompts.confirmations == ["Remove requirement R2 from the application? Remove me."]
    assert len(_stored(ws, case)) == 2
    prompts.answer = True
    box.remove_button.click()
    assert _stored(ws, case) == [("R1", "Keep me.")]
    assert _texts(page, TermKind.REQUIREMENT) == [("R1", "Keep me.")]
    assert ws.audit.events(case.id)[-1].summary == "Withdrew SPO requirement: Remove me."
    assert box.current is not None and box.current.text == "Keep me."


def test_the_interim_request_is_saved_as_typed(page: SpoPage, ws: Workspace, case: Case, qtbot: QtBot) -> None:
    cid = case.id or 0
    assert not page.ui.reasons_edit.isEnabled()
    page.ui.interim_check.setChecked(True)
    # No reasons yet: not requested in the store, and the page asks for them.
    assert not spo.application(ws, cid).interim.requested
    assert "Say why" in page.ui.interim_state_label.text()
    assert page.ui.reasons_edit.isEnabled()
    page.ui.reasons_edit.setPlainText("He has found her new address (fictional).")
    qtbot.waitUntil(lambda: spo.application(ws, cid).interim.requested)  # a pause in typing saves
    assert spo.application(ws, cid).interim.reasons == "He has found her new address (fictional)."
    assert "interim order requested" in page.ui.summary_label.text()
    page.ui.reasons_edit.setPlainText("He has found her new address and waited outside (fictional).")
    page.flush()  # leaving the tab or locking saves at once
    assert spo.application(ws, cid).interim.reasons == "He has found her new address and waited outside (fictional)."
    page.ui.interim_check.setChecked(False)
    assert not spo.application(ws, cid).interim.requested
    assert not page.ui.reasons_edit.isEnabled()


def test_a_request_ticked_but_not_yet_explained_survives_other_changes(page: SpoPage, ws: Workspace, case: Case,
                                                                       prompts: FakePrompts) -> None:
    page.ui.interim_check.setChecked(True)
    _add_own(prompts, page, TermKind.PROHIBITION, "Not to enter Fictional Street.")
    assert page.ui.interim_check.isChecked() and page.ui.reasons_edit.isEnabled()
    assert "Say why" in page.ui.interim_state_label.text()
    page.ui.interim_check.setChecked(False)  # changed their mind: nothing to save, no complaint
    assert page.ui.interim_state_label.text().startswith("Not requested")
    assert not spo.application(ws, case.id or 0).interim.requested


def test_the_duration_is_saved_when_chosen(page: SpoPage, ws: Workspace, case: Case) -> None:
    cid = case.id or 0
    ui = page.ui
    assert not ui.fixed_radio.isChecked() and not ui.further_radio.isChecked()  # not chosen yet
    assert "Not chosen yet" in ui.duration_hint_label.text()
    assert ui.years_spin.minimum() == 2
    ui.further_radio.click()
    app = spo.application(ws, cid)
    assert app.duration_set and app.duration == Duration(None)
    assert not ui.years_spin.isEnabled()
    ui.fixed_radio.click()
    ui.years_spin.setValue(4)
    app = spo.application(ws, cid)
    assert app.duration == Duration(4)
    assert "4 years" in ui.duration_hint_label.text()
    assert ws.audit.events(cid)[-1].summary.startswith("SPO duration proposed: A fixed period of 4 years")


def test_clear_empties_everything_and_reload_brings_it_back(view: AnalysisView, page: SpoPage, ws: Workspace,
                                                            case: Case, prompts: FakePrompts) -> None:
    cid = case.id or 0
    _add_common(prompts, page, TermKind.PROHIBITION, "no_follow")
    _add_common(prompts, page, TermKind.REQUIREMENT, "disclose_vehicles")
    spo.set_interim(ws, cid, True, "Fictional reasons.")
    spo.set_duration(ws, cid, "3 years")
    view.reload()
    assert page.ui.reasons_edit.toPlainText() == "Fictional reasons."
    audit_rows = len(ws.audit.events(cid))
    view.clear()
    assert page.boxes[TermKind.PROHIBITION].model.rowCount() == 0
    assert page.boxes[TermKind.REQUIREMENT].model.rowCount() == 0
    assert page.grounds_model.rowCount() == 0
    assert page.ui.reasons_edit.toPlainText() == "" and not page.ui.interim_check.isChecked()
    assert not page.ui.fixed_radio.isChecked() and page.ui.summary_label.text() == ""
    assert not page.boxes[TermKind.PROHIBITION].common_button.isEnabled()
    view.flush()  # the emptied fields are never saved over the case
    assert len(ws.audit.events(cid)) == audit_rows
    assert spo.application(ws, cid).interim.reasons == "Fictional reasons."
    view.reload()
    assert len(_texts(page, TermKind.PROHIBITION)) == 1 and len(_texts(page, TermKind.REQUIREMENT)) == 1
    assert page.ui.reasons_edit.toPlainText() == "Fictional reasons."
    assert page.ui.fixed_radio.isChecked() and page.ui.years_spin.value() == 3
    assert page.grounds_model.rowCount() == 3


def test_preview_opens_the_reports_dialog_on_the_application(page: SpoPage, qtbot: QtBot) -> None:
    assert page.ui.preview_button.isVisible()
    page.ui.preview_button.click()
    dialogs = [w for w in page.findChildren(ReportsDialog)]
    assert len(dialogs) == 1
    assert dialogs[0].document.key == "spo"
    dialogs[0].reject()


def test_preview_uses_the_windows_reports_dialog_when_there_is_one(page: SpoPage) -> None:
    class Dialog:
        chosen = ""

        def choose_document(self, key: str) -> None:
            self.chosen = key

    opened = Dialog()
    page.open_reports = lambda: opened
    assert page.preview() is opened and opened.chosen == "spo"


def test_models_number_terms_and_mark_common_ones_proposed(qtbot: QtBot) -> None:
    saved: list[tuple[int, str]] = []

    def save(term_id: int, text: str) -> SpoTerm | None:
        saved.append((term_id, text))
        return SpoTerm(TermKind.REQUIREMENT, text, 1, 1, id=term_id)

    model = SpoTermsModel(TermKind.REQUIREMENT, save)
    model.set_terms([SpoTerm(TermKind.REQUIREMENT, "B", 2, 1, id=7), SpoTerm(TermKind.PROHIBITION, "X", 1, 1, id=8),
                     SpoTerm(TermKind.REQUIREMENT, "A", 1, 1, id=9)])
    assert [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(2)] == [("R1", "A"), ("R2", "B")]
    assert model.ids() == [9, 7]
    assert not model.setData(model.index(0, 1), "A")  # unchanged: nothing saved
    assert model.setData(model.index(0, 1), "A, reworded")
    assert saved == [(9, "A, reworded")] and model.index(0, 1).data() == "A, reworded"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable

    common = CommonTermsModel([t for t in COMMON_TERMS if t.kind is TermKind.PROHIBITION])
    keys = [common.term(n).key for n in range(common.rowCount())]
    common.set_proposed([common_term("no_gifts").text.replace("[the victim]", "Fictional Name"),
                         "Something else."])
    assert [keys[n] for n in range(common.rowCount()) if common.proposed(n)] == ["no_gifts"]
    assert "(Already proposed" in common.index(keys.index("no_gifts")).data()
