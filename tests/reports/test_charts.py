"""Charts and the co-location plot: any amount of data draws, and the plot's scale is right."""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Rect, String

from stalkdesk.domain.analysis.colocation import distance_m
from stalkdesk.domain.analysis.patterns import Contact, analyse, channel_label
from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import Channel
from stalkdesk.reports import charts
from stalkdesk.reports.charts import width_of
from stalkdesk.reports.colocation_plot import (
    MAX_DOTS,
    PlotFix,
    PlotPlace,
    PlotSpec,
    distance_label,
    extent,
    nice_distance,
    plot,
    project,
    scale_for,
)
from stalkdesk.services import reports
from stalkdesk.services.workspace import Workspace
from tests.reports import pdf
from tests.reports.conftest import GENERATED

WIDTH = 510.0
T0 = datetime(2024, 2, 5, 9, 0, tzinfo=UTC)


def _shapes(d: Drawing | Group) -> list[object]:
    out: list[object] = []
    for s in d.contents:
        out += _shapes(s) if isinstance(s, Group) else [s]
    return out


def _strings(d: Drawing) -> list[str]:
    return [s.text for s in _shapes(d) if isinstance(s, String)]


def _render(d: Drawing) -> bytes:
    data = renderPDF.drawToString(d, invariant=1)
    assert isinstance(data, bytes) and data.startswith(b"%PDF")
    return data


def _contacts(n: int, days: int, channels: list[Channel | None], seed: int = 1) -> list[Contact]:
    rng = random.Random(seed)
    return [Contact(at, at, 1, rng.choice(channels))
            for at in sorted(T0 + timedelta(minutes=rng.randrange(days * 1440)) for _ in range(n))]


@pytest.mark.parametrize("n", [0, 1, 5000])
def test_pattern_charts_draw_any_amount(n: int) -> None:
    p = analyse(_contacts(n, 730, [*Channel, None]))
    for d in (charts.weekly_contacts(p, WIDTH), charts.core_times(p, WIDTH)):
        assert d.width == WIDTH
        _render(d)
    if n == 0:
        assert "No contact recorded: nothing to chart." in _strings(charts.weekly_contacts(p, WIDTH))


def test_weekly_bars_add_up_and_quiet_weeks_are_shown() -> None:
    contacts = [Contact(T0, T0, 3, Channel.SMS), Contact(T0 + timedelta(hours=1), T0, 2, Channel.CALL),
                Contact(T0 + timedelta(weeks=5), T0, 1, Channel.SMS)]
    p = analyse(contacts)
    weeks = charts.weeks_shown(p)
    assert weeks == [date(2024, 2, 5) + timedelta(weeks=k) for k in range(6)]  # four quiet weeks between
    d = charts.weekly_contacts(p, WIDTH)
    labels = _strings(d)
    assert "Last 4 weeks: 1" in labels and "Previous 4 weeks: 5" in labels
    bars = [s for s in _shapes(d) if isinstance(s, Rect) and s.fillColor is not None
            and tuple(round(c, 3) for c in s.fillColor.rgb()) in (charts.PALETTE[0], charts.PALETTE[1])
            and 7 < s.width < 100]  # not the legend swatches
    heights = sorted(round(b.height, 3) for b in bars)
    assert len(heights) == 3  # SMS and calls in week 1, SMS in week 6
    assert heights[-1] == pytest.approx(3 * heights[0])


def test_many_channels_wrap_the_legend() -> None:
    p = analyse(_contacts(300, 60, [*Channel, None]))
    d = charts.weekly_contacts(p, 200.0)
    legend_y = {round(s.y, 1) for s in _shapes(d) if isinstance(s, String) and s.text in
                {channel_label(c) for c in p.channels}}
    assert len(legend_y) > 1
    assert all(s.x <= 200 for s in _shapes(d) if isinstance(s, String))


def test_core_times_puts_each_count_in_its_cell() -> None:
    at = datetime(2024, 3, 6, 21, 15, tzinfo=UTC)  # a Wednesday, 21:15 GMT
    p = analyse([Contact(at, at, 7, Channel.SMS)])
    d = charts.core_times(p, WIDTH)
    assert "7" in _strings(d) and "Wednesday" in _strings(d)
    assert p.core_times[2][21] == 7


@pytest.mark.parametrize("points", [[], [(date(2024, 3, 1), 4)],
                                    [(date(2024, 1, 1) + timedelta(days=7 * k), k % 12) for k in range(60)],
                                    [(date(2024, 3, 1), 4), (date(2024, 3, 1), 6)]])
def test_sdash_trend_draws_any_history(points: list[tuple[date, int]]) -> None:
    d = charts.sdash_trend(points, WIDTH)
    _render(d)
    if not points:
        assert "No S-DASH screening recorded." in _strings(d)
    else:
        assert str(points[-1][1]) in _strings(d)


def test_nice_steps() -> None:
    assert [charts.nice_step(x) for x in (5, 7, 23, 100, 0, 1234)] == [1, 2, 5, 20, 1, 500]


def test_charts_are_deterministic() -> None:
    p = analyse(_contacts(400, 90, [Channel.SMS, Channel.CALL]))
    assert _render(charts.weekly_contacts(p, WIDTH)) == _render(charts.weekly_contacts(p, WIDTH))


# The plot's projection and scale.

def test_projection_gives_metres_on_the_local_grid() -> None:
    lat0, lon0 = 54.21, 2.15
    north = project(lat0 + 1000 / 111_195.08, lon0, lat0, lon0)
    assert north[0] == pytest.approx(0.0, abs=1e-9) and north[1] == pytest.approx(1000.0, abs=0.5)
    lon = lon0 + 0.01
    east = project(lat0, lon, lat0, lon0)
    assert east[1] == 0 and east[0] == pytest.approx(distance_m(lat0, lon0, lat0, lon), rel=1e-9)
    diag = project(54.215, 2.158, lat0, lon0)
    assert math.hypot(*diag) == pytest.approx(distance_m(lat0, lon0, 54.215, 2.158), rel=1e-6)


@pytest.mark.parametrize(("limit", "expected"), [(740, 500), (199, 100), (2000, 2000), (1.5, 1), (0.3, 0.2),
                                                 (49_999, 20_000)])
def test_nice_distance(limit: float, expected: float) -> None:
    assert nice_distance(limit) == pytest.approx(expected)


def test_scale_bar_matches_the_scale() -> None:
    s = scale_for(500.0, 300.0)  # 1000 m across 300 pt
    assert s.pt_per_m == pytest.approx(0.3)
    assert s.bar_m == 200 and s.label == "200 m"
    assert s.bar_pt == pytest.approx(60.0)  # 200 m at 0.3 pt a metre
    assert s.bar_pt <= 0.3 * 300
    big = scale_for(6000.0, 300.0)
    assert big.label == "2 km" and big.bar_pt == pytest.approx(2000 * 300 / 12000)
    assert distance_label(1500) == "1.5 km" and distance_label(50) == "50 m"


def test_extent_shows_every_search_circle() -> None:
    places = (PlotPlace("Home", 54.21, 2.15, 25, 200), PlotPlace("Work", 54.2215, 2.1712, 60, 200))
    (lat0, lon0), half = extent(places)
    for p in places:
        x, y = project(p.lat, p.lon, lat0, lon0)
        assert abs(x) + p.radius_m + p.search_m <= half and abs(y) + p.radius_m + p.search_m <= half


def _spec(fixes: tuple[PlotFix, ...]) -> PlotSpec:
    home = PlotPlace("Home", 54.21, 2.15, 25, 200)
    return PlotSpec("Near Home", (home,), fixes, (54.21, 2.15), 500.0)


def test_plot_draws_places_fixes_and_the_scale_bar() -> None:
    fixes = (PlotFix(54.2101, 2.1501, "confirmed"), PlotFix(54.2110, 2.1490, "proposed"), PlotFix(54.2120, 2.15),
             PlotFix(55.0, 3.0))  # the last is far outside the area shown
    d = plot(_spec(fixes), 300.0)
    strings = _strings(d)
    assert "Home" in strings and "N" in strings and "200 m" in strings
    assert any("3 fixes in the area shown, 1 outside it" in s for s in strings)
    legend = [s for s in _shapes(d) if isinstance(s, String) and s.text.startswith(("Victim's", "Fix in", "Suspect"))]
    assert len(legend) == 4 and all(s.x + width_of(s.text, s.fontSize) <= 300.0 for s in legend)  # wrapped
    _render(d)
    assert plot(_spec(()), 300.0).width == 300.0


def test_a_huge_track_is_thinned_but_visits_kept() -> None:
    rng = random.Random(3)
    track = [PlotFix(54.21 + rng.uniform(-0.004, 0.004), 2.15 + rng.uniform(-0.007, 0.007)) for _ in range(100_000)]
    fixes = (*track, PlotFix(54.2102, 2.1502, "confirmed"))
    d = plot(_spec(fixes), 300.0)
    dots = [s for s in _shapes(d) if isinstance(s, Circle) and s.r < 2.5]
    assert len(dots) <= MAX_DOTS + 10
    assert any(s.fillColor is not None and s.r == 1.7 for s in dots)  # the confirmed visit's fix


def test_the_pre_charge_file_shows_the_patterns_in_its_mg3(ws: Workspace, small: Case, tmp_path: Path) -> None:
    out = tmp_path / "file.pdf"
    reports.charge_file(ws, small.urn, out, generated_at=GENERATED)
    texts = pdf.texts(pdf.reader(out))
    mg3 = " ".join(" ".join(t for t in texts if "Report for a charging decision" in t or "Patterns of contact" in t)
                   .split())
    assert "Patterns of contact" in mg3 and "Counted from every imported contact record" in mg3
    assert "3 contacts from 03/03/2024 21:15 to 03/03/2024 23:15" in mg3
    assert "Core times" in mg3 and "Contacts per week, by channel: the figures" in mg3
    at = mg3.index("Contacts per week, by channel: the figures")
    assert "26/02/2024 3 3" in mg3[at:]  # the week's row: total 3, all SMS
