"""The Analysis tab driven as an officer would: link, screen, count, search and decide."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from stalkdesk.domain.analysis.candidates import CandidateStatus
from stalkdesk.domain.analysis.checklist import Status
from stalkdesk.domain.analysis.four import FourElement
from stalkdesk.domain.analysis.sdash import Answer
from stalkdesk.domain.records import Case, Entry
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.gui.analysis.candidate_dialog import CandidateDialog
from stalkdesk.gui.analysis.sdash_dialog import SdashDialog
from stalkdesk.gui.analysis.view import AnalysisView, Section
from stalkdesk.gui.cases.case_workspace import CaseWorkspace, Tab
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services import analysis
from stalkdesk.services.workspace import Workspace
from tests.gui.analysis import seed
from tests.gui.cases.helpers import all_model_texts
from tests.gui.evidence.conftest import FakePrompts

pytestmark = pytest.mark.gui


def _point_status(view: AnalysisView, offence: str, point_id: str) -> Status:
    model = view.offences.model
    point = model.point(model.index_of(offence, point_id))
    assert point is not None
    return point.status


def _prepare_search(ws: Workspace, case: Case, view: AnalysisView) -> int:
    seed.add_places(ws, case.id or 0)
    x = seed.add_location_exhibit(ws, case.id or 0, datetime(2024, 3, 5, tzinfo=UTC))
    view.set_section(Section.COLOCATION)
    page = view.colocation
    page.ui.suspect_combo.setCurrentIndex(page.ui.suspect_combo.findData(x.id))
    page.ui.search_button.click()
    return x.id or 0


def test_linking_an_item_changes_the_offence_status(view: AnalysisView, ws: Workspace, case: Case) -> None:
    page = view.offences
    assert view.current_section is Section.OFFENCES
    assert _point_status(view, "pha_s2a", "pha_s2a.harassment") is Status.NOT_YET
    assert page.model.offences[0].status is Status.PARTLY
    page.ui.offences_tree.setCurrentIndex(page.model.index_of("pha_s2a", "pha_s2a.harassment"))
    page.ui.link_edit.setText("2, 3")
    page.ui.link_button.click()
    assert _point_status(view, "pha_s2a", "pha_s2a.harassment") is Status.PROVED
    assert [r.item.label for r in (page.links.model.row(n) for n in range(page.links.model.rowCount()))] == \
        ["item 2", "item 3"]
    assert page.ui.link_edit.text() == ""
    page.ui.offences_tree.setCurrentIndex(page.model.index_of("pha_s2a", "pha_s2a.knew"))
    page.ui.link_edit.setText("4")
    page.ui.link_button.click()
    assert page.model.offences[0].status is Status.PROVED
    assert page.ui.status_label.text() == "Proved"
    # Unlinking puts it back.
    page.ui.links_table.selectRow(0)
    page.ui.unlink_button.click()
    assert page.model.offences[0].status is Status.PARTLY
    assert [lk.point_id for lk in ws.analysis.links(case.id or 0)] == ["pha_s2a.harassment"] * 2


def test_a_bad_link_says_why_and_links_nothing(view: AnalysisView, ws: Workspace, case: Case) -> None:
    page = view.offences
    page.ui.offences_tree.setCurrentIndex(page.model.index_of("pha_s2a", "pha_s2a.harassment"))
    page.ui.link_edit.setText("2, 99")
    page.ui.link_button.click()
    assert "no item 99" in page.ui.message_label.text()
    assert [lk.entry_id for lk in ws.analysis.links(case.id or 0)] != []  # item 2 was linked
    page.ui.link_edit.setText("banana")
    page.ui.link_button.click()
    assert "neither an item number nor an exhibit reference" in page.ui.message_label.text()


def test_a_note_edited_in_the_table_is_saved(qtbot: QtBot, view: AnalysisView, ws: Workspace, case: Case) -> None:
    page = view.offences
    page.ui.offences_tree.setCurrentIndex(page.model.index_of("pha_s2a", "pha_s2a.harassment"))
    page.links.link([1])
    model = page.links.model
    assert model.setData(model.index(0, model.NOTE), "Victim in tears")
    [link] = ws.analysis.links(case.id or 0)
    assert link.note == "Victim in tears"
    qtbot.waitUntil(lambda: page.links.model.rowCount() == 1 and page.links.model.row(0).item.note == "Victim in tears")


def test_four_notes_are_saved_as_typed(qtbot: QtBot, view: AnalysisView, ws: Workspace, case: Case) -> None:
    view.set_section(Section.FOUR)
    card = view.four.cards[FourElement.FIXATED]
    card.ui.note_edit.setFocus()
    qtbot.keyClicks(card.ui.note_edit, "Talks of nothing else")
    assert ws.analysis.four_notes(case.id or 0).get("fixated", "") == ""  # not yet: still typing
    view.flush()  # as a lock or closing the case does
    assert ws.analysis.four_notes(case.id or 0)["fixated"] == "Talks of nothing else"
    assert "1 of 4" in view.four.ui.summary_label.text()
    view.four.cards[FourElement.REPEATED].links.link([1, 2])
    assert analysis.four(ws, case.id or 0).addressed == 2


def test_adding_an_sdash_updates_the_history(view: AnalysisView, ws: Workspace, case: Case) -> None:
    view.set_section(Section.RISK)
    page = view.risk
    assert page.history_model.rowCount() == 0
    assert "Screening applies: 4 incidents" in page.ui.trigger_label.text()

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, SdashDialog)
        dialog.set_answer("threats", Answer.YES, "Threat on item 4")
        dialog.set_answer("very_frightened", Answer.YES)
        dialog.set_answer("violence_history", Answer.NO)
        dialog.ui.review_check.setChecked(True)
        dialog.ui.review_date_edit.setDate(dialog.ui.date_edit.date().addDays(14))
        dialog.accept()

    page.exec_dialog = lambda d: (answer(d), d.result())[1]
    page.ui.new_sdash_button.click()
    [saved] = analysis.sdash_history(ws, case.id or 0)
    assert saved.yes_count == 2 and saved.answer("violence_history") is Answer.NO
    assert page.history_model.rowCount() == 1
    assert page.history_model.index(0, 2).data() == "2 of 11"
    assert page.answers_model.rowCount() == 11
    assert page.answers_model.index(5, 3).data() == "Threat on item 4"
    assert page.chart_view.chart().series()  # the yes count is drawn
    review = ws.analysis.review(case.id or 0).review_on
    assert review is not None and review > date.today()
    assert page.ui.review_check.isChecked()


def test_a_cancelled_sdash_records_nothing(view: AnalysisView, ws: Workspace, case: Case) -> None:
    view.set_section(Section.RISK)
    view.risk.exec_dialog = lambda d: (d.reject(), d.result())[1]
    view.risk.ui.new_sdash_button.click()
    assert analysis.sdash_history(ws, case.id or 0) == []


def test_patterns_chart_and_numbers(view: AnalysisView, ws: Workspace, case: Case, prompts: FakePrompts,
                                    tmp_path: Path) -> None:
    view.set_section(Section.PATTERNS)
    page = view.patterns
    assert page.patterns is not None and page.patterns.total == 4
    [series] = page.chart_view.chart().series()
    assert isinstance(series, QStackedBarSeries)
    assert [s.label() for s in series.barSets()] == ["SMS"]
    assert sum(s.sum() for s in series.barSets()) == 4
    assert sum(page.core_model.count(d, h) for d in range(7) for h in range(24)) == 4
    assert page.figures_model.index(0, 1).data() == "4"
    page.ui.breakdown_combo.setCurrentIndex(1)  # by behaviour
    [series] = page.chart_view.chart().series()
    assert {s.label() for s in series.barSets()} == {"Contacting", "Watching or spying", "Threats of violence"}
    page.ui.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.patterns.csv("weekly")
    prompts.save_to = tmp_path / "weekly.csv"
    page.ui.save_button.click()
    assert prompts.save_to.read_bytes() == page.patterns.csv("weekly").encode()
    assert any(e.action == "export" for e in ws.audit.events(case.id or 0))


def test_confirming_a_visit_adds_it_to_the_chronology(view: AnalysisView, ws: Workspace, case: Case,
                                                      prompts: FakePrompts) -> None:
    exhibit_id = _prepare_search(ws, case, view)
    page = view.colocation
    model = page.candidates_model
    assert model.rowCount() == 4
    assert "4 new visits found" in page.ui.search_status_label.text()
    before = len(ws.entries.list(case.id or 0))
    chosen = model.candidate(0)

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, CandidateDialog)
        dialog.ui.behaviour_combo.setCurrentIndex(dialog.ui.behaviour_combo.findData(Behaviour.WATCHING))
        assert "Watching" in dialog.ui.text_edit.placeholderText()
        dialog.accept()

    prompts.actions["CandidateDialog"] = confirm
    changed: list[bool] = []
    view.chronology_changed.connect(lambda: changed.append(True))
    page.ui.candidates_table.selectRow(0)
    page.ui.confirm_button.click()

    entries = ws.entries.list(case.id or 0)
    assert len(entries) == before + 1
    [added] = [e for e in entries if e.provenance is not None and e.provenance.importer == "colocation"]
    assert added.behaviours == (Behaviour.WATCHING,)
    assert added.provenance is not None and added.provenance.exhibit_id == exhibit_id
    assert added.exhibits[0].exhibit_id == exhibit_id
    stored = ws.analysis.candidate(chosen.id or 0)
    assert stored.status is CandidateStatus.CONFIRMED and stored.entry_id == added.id
    assert stored.behaviour is Behaviour.WATCHING
    assert changed == [True]
    assert model.rowCount() == 3  # the list shows the visits still to decide
    page.ui.status_combo.setCurrentIndex(3)  # all visits
    row = model.row_of(chosen.id)
    assert row is not None
    assert model.index(row, 5).data() == f"Confirmed: watching or spying, item {added.item_number}"


def test_dismissing_a_visit_keeps_it_out_of_the_chronology(view: AnalysisView, ws: Workspace, case: Case,
                                                           prompts: FakePrompts) -> None:
    _prepare_search(ws, case, view)
    page = view.colocation
    before = len(ws.entries.list(case.id or 0))
    chosen = page.candidates_model.candidate(1)

    def dismiss(dialog: QDialog) -> None:
        assert isinstance(dialog, CandidateDialog)
        dialog.ui.text_edit.setText("His own gym is next door")
        dialog.accept()

    prompts.actions["CandidateDialog"] = dismiss
    page.ui.candidates_table.selectRow(1)
    page.ui.dismiss_button.click()
    stored = ws.analysis.candidate(chosen.id or 0)
    assert stored.status is CandidateStatus.DISMISSED and stored.note == "His own gym is next door"
    assert len(ws.entries.list(case.id or 0)) == before
    # Searching again does not propose it (or any other) again.
    page.ui.search_button.click()
    assert "No new visits" in page.ui.search_status_label.text()
    assert len(analysis.candidates(ws, case.id or 0)) == 4


def test_places_are_added_edited_and_refused_with_a_reason(view: AnalysisView, ws: Workspace, case: Case) -> None:
    view.set_section(Section.COLOCATION)
    page = view.colocation
    page.ui.place_name_edit.setText("Home")
    page.ui.place_position_edit.setText("52.4, -1.5")
    page.add_place()
    [home] = analysis.places(ws, case.id or 0)
    assert (home.name, home.lat, home.lon) == ("Home", 52.4, -1.5)
    model = page.places_model
    assert model.setData(model.index(0, 3), "75")
    assert analysis.places(ws, case.id or 0)[0].radius_m == 75
    assert not model.setData(model.index(0, 1), "95")  # not a latitude
    assert "not a position" in page.ui.message_label.text()
    page.ui.place_position_edit.setText("north of the river")
    assert page.add_place() is None
    assert "latitude and longitude" in page.ui.message_label.text()


def test_clear_empties_every_model(view: AnalysisView, ws: Workspace, case: Case) -> None:
    seed.add_screenings(ws, case.id or 0)
    analysis.link_point(ws, case.id or 0, "pha_s2a.harassment", item_number=1, note="Canary link note")
    _prepare_search(ws, case, view)
    view.reload()  # the screenings and the link were added behind the view's back
    for section in Section:
        view.set_section(section)
    offences = view.offences
    offences.ui.offences_tree.setCurrentIndex(offences.model.index_of("pha_s2a", "pha_s2a.harassment"))
    texts = all_model_texts(view)
    assert "Canary link note" in texts
    assert any("Fictional occasion 1" in t for t in texts)
    view.clear()
    case_text = ("Canary", "Fictional", "Home", "Work", "PC Sam", "DC Alex", "Stalking", "Proposed", "item ")
    assert [t for t in all_model_texts(view) if any(c in t for c in case_text)] == []
    models = (view.offences.model, view.offences.behaviours_model, view.offences.links.model,
              view.risk.history_model, view.risk.answers_model, view.patterns.figures_model, view.patterns.core_model,
              view.colocation.places_model, view.colocation.candidates_model,
              *(card.links.model for card in view.four.cards.values()))
    assert [m.rowCount() for m in models] == [0] * len(models)
    assert view.patterns.patterns is None
    assert view.risk.chart_view.chart().series() == []
    assert view.offences.ui.point_title_label.text() == ""
    assert view.colocation.ui.suspect_combo.count() == 0
    view.reload()
    view.set_section(Section.COLOCATION)  # a section is read when shown; SPO is now the last one listed
    assert view.colocation.candidates_model.rowCount() == 4


def test_the_workspace_has_an_analysis_tab_that_feeds_the_chronology(qtbot: QtBot, ws: Workspace, case: Case,
                                                                      entries: list[Entry],
                                                                      prompts: FakePrompts) -> None:
    workspace = CaseWorkspace(ws, case, SyncTaskRunner())
    qtbot.addWidget(workspace)
    workspace.show()
    assert workspace.ui.tab_widget.tabText(Tab.ANALYSIS) == "Analysis"
    view = workspace.analysis
    assert isinstance(view, AnalysisView) and view in workspace.views
    view.colocation._prompts = prompts  # answer the dialog at once
    workspace.set_current_tab(Tab.ANALYSIS)
    chronology = workspace.chronology
    rows_before = chronology.model.rowCount()
    _prepare_search(ws, case, view)
    prompts.actions["CandidateDialog"] = lambda d: d.accept()
    view.colocation.ui.candidates_table.selectRow(0)
    view.colocation.ui.confirm_button.click()
    assert chronology.model.rowCount() == rows_before + 1
    # The chronology's selection can be linked from the Analysis tab.
    chronology.table.selectRow(1)
    view.set_section(Section.OFFENCES)
    page = view.offences
    page.ui.offences_tree.setCurrentIndex(page.model.index_of("pha_s2a", "pha_s2a.harassment"))
    assert page.ui.link_selection_button.isEnabled()
    page.ui.link_selection_button.click()
    [link] = ws.analysis.links(case.id or 0)
    assert link.entry_id == chronology.model.entry_id(1)
    workspace.clear()
    assert view.offences.model.rowCount() == 0


def test_coming_back_to_the_tab_reads_what_other_tabs_added(view: AnalysisView, ws: Workspace, case: Case) -> None:
    view.set_section(Section.COLOCATION)
    assert view.colocation.ui.suspect_combo.count() == 0
    view.hide()  # the officer goes to the Evidence tab and adds the location records there
    x = seed.add_location_exhibit(ws, case.id or 0)
    view.show()
    assert view.colocation.ui.suspect_combo.findData(x.id) == 0


def test_the_chosen_visit_is_plotted_from_the_location_records(view: AnalysisView, ws: Workspace,
                                                               case: Case) -> None:
    _prepare_search(ws, case, view)
    page = view.colocation
    page.ui.candidates_table.selectRow(1)
    chosen = page.candidates_model.candidate(1)
    track = page.plot.track
    assert track is not None and track.place == chosen.target
    assert sum(p.near for p in track.points) == chosen.fixes
    assert len(track.points) == chosen.fixes + 2 * 10  # ten fixes either side, for the approach and leaving
    page.plot.grab()  # paints without error
    view.clear()
    assert page.plot.track is None


def test_the_demo_case_draws_every_section(qtbot: QtBot, ws: Workspace, prompts: FakePrompts) -> None:
    from stalkdesk.services.demo import load_demo

    demo = load_demo(ws)
    view = AnalysisView(ws, demo, SyncTaskRunner(), prompts=prompts)
    qtbot.addWidget(view)
    view.show()
    assert {o.key for o in view.offences.model.offences} >= {"pha_s2a", "pha_s4a", "spo"}
    view.set_section(Section.PATTERNS)
    found = view.patterns.patterns
    assert found is not None and found.total > 100
    [series] = view.patterns.chart_view.chart().series()
    assert len(series.barSets()) == len(found.channels)
    assert sum(s.sum() for s in series.barSets()) == found.total
    for section in (Section.FOUR, Section.RISK, Section.COLOCATION):
        view.set_section(section)
        view.pages[section].grab()
