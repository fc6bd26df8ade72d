"""The Analysis tab's Qt models, without a view or a store: plain data in, cells out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from stalkdesk.domain.analysis import checklist
from stalkdesk.domain.analysis.candidates import Candidate, CandidateStatus, VictimPlace
from stalkdesk.domain.analysis.common import LinkedItem, PointLink
from stalkdesk.domain.analysis.patterns import Contact, analyse
from stalkdesk.domain.analysis.points import CHECKLISTS
from stalkdesk.domain.analysis.sdash import Answer, make_assessment
from stalkdesk.domain.vocab import Behaviour, Channel
from stalkdesk.errors import InvalidInput
from stalkdesk.gui.analysis.links import parse_targets
from stalkdesk.gui.analysis.offence_models import BehaviourCountsModel, LinkedItemsModel, LinkRow, OffenceTreeModel
from stalkdesk.gui.analysis.tables import (
    CandidateRow,
    CandidatesTableModel,
    CoreTimesModel,
    FiguresModel,
    PlacesTableModel,
    SdashAnswersModel,
    SdashHistoryModel,
    figures,
)
from tests.analysis.helpers import entry

DISPLAY = Qt.ItemDataRole.DisplayRole


def _offences() -> list[checklist.OffenceStatus]:
    entries = [entry(1, Behaviour.WATCHING), entry(2), entry(3, Behaviour.THREATS_OF_VIOLENCE)]
    links = [PointLink("pha_s2a.harassment", entry_id=2, note="distress", id=7)]
    return [checklist.evaluate(CHECKLISTS[k], entries, links, {}) for k in ("pha_s2a", "spo")]


def test_offence_tree_has_offences_with_their_points() -> None:
    model = OffenceTreeModel()
    model.set_offences(_offences())
    assert model.rowCount() == 2 and model.columnCount() == 2
    top = model.index(0, 0)
    assert top.data(DISPLAY) == "Stalking (PHA 1997 s.2A)"
    assert model.index(0, 1).data(DISPLAY).endswith("Partly")
    assert model.rowCount(top) == 4
    harassment = model.index_of("pha_s2a", "pha_s2a.harassment")
    assert harassment.parent() == top
    assert harassment.data(DISPLAY) == "Harassment"
    assert model.index(harassment.row(), 1, top).data(DISPLAY).endswith("Proved")
    point = model.point(harassment)
    assert point is not None and [i.label for i in point.items] == ["item 2"]
    assert model.point(top) is None and model.offence(harassment) is model.offences[0]
    assert "No item linked to 'knew or ought to have known'" in model.index_of("pha_s2a").data(
        Qt.ItemDataRole.ToolTipRole)
    assert not model.index_of("pha_s4").isValid()
    model.clear()
    assert model.rowCount() == 0 and model.rowCount(top) == 0


def test_linked_items_model_saves_an_edited_note() -> None:
    saved: list[tuple[int, str]] = []
    model = LinkedItemsModel(lambda link_id, note: saved.append((link_id, note)) or True)
    model.set_rows([LinkRow(LinkedItem("item 4", "", entry_id=4, item_number=4, link_id=9), "03/03/2024  Text"),
                    LinkRow(LinkedItem("exhibit AF/1", "Her reply", exhibit_id=1, link_id=10), "Screenshot")])
    assert model.rowCount() == 2
    assert [model.index(0, c).data(DISPLAY) for c in range(3)] == ["item 4", "03/03/2024  Text", ""]
    assert model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 2), "Shows distress")
    assert not model.setData(model.index(1, 2), "Her reply")  # unchanged: nothing to save
    assert not model.setData(model.index(0, 1), "not editable")
    assert saved == [(9, "Shows distress")]
    assert model.link_ids([0, 1]) == [9, 10]


def test_behaviour_counts_list_the_acts_paragraph_first() -> None:
    listed, others = checklist.behaviours_present([entry(1, Behaviour.WATCHING), entry(2), entry(3),
                                                   entry(4, Behaviour.DAMAGE)])
    model = BehaviourCountsModel()
    model.set_counts(listed, others)
    rows = [[model.index(r, c).data(DISPLAY) for c in range(3)] for r in range(model.rowCount())]
    assert rows == [["(b)", "Contacting", "2"], ["(g)", "Watching or spying", "1"], ["other", "Damage", "1"]]


def test_sdash_history_latest_first_and_answers() -> None:
    first = make_assessment(date(2024, 3, 1), "DC Example", {"threats": "yes"}, trigger="Screening applies: x")
    later = make_assessment(date(2024, 5, 1), "DC Example", {"threats": "yes", "visits": "yes"},
                            {"visits": "Four times last week"})
    history = SdashHistoryModel()
    history.set_rows([first, later])
    assert [history.index(r, 0).data(DISPLAY) for r in range(2)] == ["01/05/2024", "01/03/2024"]
    assert history.index(0, 2).data(DISPLAY) == "2 of 11" and history.index(0, 3).data(DISPLAY) == "9"
    answers = SdashAnswersModel()
    answers.show(later)
    assert answers.rowCount() == 11
    visits = [r for r in range(11) if answers.index(r, 3).data(DISPLAY) == "Four times last week"]
    assert [answers.index(r, 2).data(DISPLAY) for r in visits] == [Answer.YES.label]
    answers.show(None)
    assert answers.rowCount() == 0


def test_places_model_edits_through_the_save_callback() -> None:
    stored: list[VictimPlace] = []

    def save(p: VictimPlace) -> VictimPlace | None:
        if p.lat != p.lat:  # NaN: what a typed non-number becomes; the service refuses it
            return None
        stored.append(p)
        return p

    model = PlacesTableModel(save)
    model.set_rows([VictimPlace("Home", 52.4, -1.5, 25, id=1)])
    assert [model.index(0, c).data(DISPLAY) for c in range(5)] == ["Home", "52.400000", "-1.500000", "25", ""]
    assert model.setData(model.index(0, 0), "Home (flat)")
    assert model.setData(model.index(0, 3), "1,200")
    assert not model.setData(model.index(0, 1), "north")
    assert [(p.name, p.radius_m) for p in stored] == [("Home (flat)", 25), ("Home", 1200)]


def test_candidates_model_shows_local_times_and_the_outcome() -> None:
    start = datetime(2024, 6, 21, 20, 5, tzinfo=UTC)  # 21:05 BST
    c = Candidate(3, "Home", start, start + timedelta(minutes=44), 31.4, start + timedelta(minutes=10), 45, 10, 54,
                  place_id=1, status=CandidateStatus.CONFIRMED, behaviour=Behaviour.LOITERING, entry_id=5, id=8)
    model = CandidatesTableModel("Europe/London")
    model.set_rows([CandidateRow(c, "Home", "loitering, item 5")])
    assert [model.index(0, col).data(DISPLAY) for col in range(6)] == [
        "21/06/2024 21:05", "21:49", "31 m", "45", "Home", "Confirmed: loitering, item 5"]
    assert "records 10-54" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_of(8) == 0 and model.row_of(9) is None


def _patterns():  # type: ignore[no-untyped-def]
    base = datetime(2024, 3, 4, 21, 30, tzinfo=UTC)  # a Monday, 21:30 GMT
    contacts = [Contact(base + timedelta(days=d), base + timedelta(days=d), 1, Channel.SMS) for d in (0, 0, 1, 8)]
    return analyse(contacts)


def test_core_times_grid_is_shaded_by_count() -> None:
    model = CoreTimesModel()
    assert model.rowCount() == 0 and model.columnCount() == 0
    model.set_patterns(_patterns())
    assert (model.rowCount(), model.columnCount()) == (7, 24)
    assert model.count(0, 21) == 2 and model.count(1, 21) == 2  # Mondays and Tuesdays at 21:00
    assert model.index(0, 21).data(DISPLAY) == "2" and model.index(0, 20).data(DISPLAY) == ""
    assert model.headerData(0, Qt.Orientation.Vertical) == "Mon"
    assert model.headerData(21, Qt.Orientation.Horizontal) == "21"
    empty = model.index(3, 3).data(Qt.ItemDataRole.BackgroundRole).color()
    busy = model.index(0, 21).data(Qt.ItemDataRole.BackgroundRole).color()
    assert empty.name() == "#ffffff" and busy.name() == "#1f3a5f"
    assert model.index(0, 21).data(Qt.ItemDataRole.ToolTipRole) == "Monday 21:00–21:59: 2 contacts"
    model.clear()
    assert model.rowCount(QModelIndex()) == 0


def test_figures_summarise_the_patterns() -> None:
    found = _patterns()
    rows = dict(figures(found))
    assert rows["Contacts"] == "4"
    assert rows["First contact"] == "04/03/2024 21:30" and rows["Busiest day"] == "04/03/2024 (2 contacts)"
    assert rows["Channels"] == "1: SMS"
    assert rows["Longest quiet period"].startswith("7.0 days")
    model = FiguresModel()
    model.set_patterns(found)
    assert model.rowCount() == len(rows)
    model.set_patterns(None)
    assert model.rowCount() == 0


def test_parse_targets() -> None:
    assert parse_targets("14, 16-18, af/2; item 3 16") == [14, 16, 17, 18, "AF/2", 3]
    assert parse_targets("20 – 21") == [20, 21]
    assert parse_targets("  ") == []
    with pytest.raises(InvalidInput, match="not a range"):
        parse_targets("18-16")
    with pytest.raises(InvalidInput, match="not a range"):
        parse_targets("1-100000")
    with pytest.raises(InvalidInput, match='"banana" is neither'):
        parse_targets("3, banana")


def test_bar_chart_keeps_quiet_days_and_thins_labels(qapp: object) -> None:  # QChart needs the app
    from PySide6.QtCharts import QBarCategoryAxis, QStackedBarSeries

    from stalkdesk.gui.analysis.charts import MAX_LABELS, stacked_bars

    first = date(2024, 3, 4)
    chart = stacked_bars({first: {"sms": 2}, first + timedelta(days=3): {"sms": 1, "call": 1}}, ["sms", "call"],
                         {"sms": "SMS", "call": "Phone call"}, daily=True, title="t")
    [series] = chart.series()
    assert isinstance(series, QStackedBarSeries)
    assert [[s.at(i) for i in range(s.count())] for s in series.barSets()] == [[2, 0, 0, 1], [0, 0, 0, 1]]
    [axis] = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert axis.categories() == ["04/03", "05/03", "06/03", "07/03"]
    days = {first + timedelta(days=n): {"sms": 1} for n in range(100)}
    long_chart = stacked_bars(days, ["sms"], {}, daily=True, title="t")  # held: the axes die with it
    [axis] = [a for a in long_chart.axes() if isinstance(a, QBarCategoryAxis)]
    labels = axis.categories()
    assert len(labels) == 100 and len(set(labels)) == 100  # unique, as the axis needs
    assert sum(1 for t in labels if t.strip("\u200b")) <= MAX_LABELS


def test_visit_track_is_in_metres_from_the_place_with_context() -> None:
    from stalkdesk.domain.analysis.colocation import Fix
    from stalkdesk.gui.analysis.visit_plot import CONTEXT, nice_step, visit_track

    at = datetime(2024, 6, 1, 20, 0, tzinfo=UTC)
    lat0, lon0 = 52.4, -1.5
    fixes = [Fix(at + timedelta(minutes=n), lat0 + n * 0.0001, lon0, None, n + 1) for n in range(40)]
    track = visit_track(fixes, 15, 18, "Home", lat0, lon0, 0, 200, at + timedelta(minutes=15))
    assert len(track.points) == 4 + 2 * CONTEXT
    first = track.points[0]
    assert round(first.north_m) == round(4 * 0.0001 * 111_195) and abs(first.east_m) < 1e-6
    assert track.closest is not None and track.closest.at == at + timedelta(minutes=15)
    assert [p.near for p in track.points] == [p.north_m <= 200 for p in track.points]
    assert visit_track(fixes, 500, 510, "Home", lat0, lon0, 0, 200, at).points == ()
    assert nice_step(450) == 100 and nice_step(90) == 20
