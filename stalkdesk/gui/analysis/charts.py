"""The Analysis tab's charts (QtCharts): contacts over time as stacked bars, and the S-DASH
yes count over time. Built from plain data; the views hold them in a QChartView.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QWidget

# Distinguishable in print and for the common colour-vision deficiencies (Okabe-Ito, then greys).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
           "#7f8c99", "#b8c2cc", "#4a5a6a", "#dde3ea")
AXIS_COLOUR = QColor("#4a5a6a")
GRID_COLOUR = QColor("#e3e8ee")
MAX_LABELS = 26  # more category labels than this are thinned, or they overprint


def chart_view(parent: QWidget | None = None) -> QChartView:
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setBackgroundBrush(QColor("#ffffff"))  # the group box's white, not the window's grey
    view.setChart(empty_chart())
    return view


def empty_chart(message: str = "") -> QChart:
    chart = _base()
    chart.setTitle(message)
    return chart


def _base() -> QChart:
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(QFont(chart.legend().font().family(), 9))
    chart.setTitleFont(QFont(chart.titleFont().family(), 10))
    chart.setTitleBrush(AXIS_COLOUR)
    return chart


def _style_axis(axis: QValueAxis | QBarCategoryAxis) -> None:
    axis.setLabelsColor(AXIS_COLOUR)
    axis.setGridLineColor(GRID_COLOUR)
    axis.setLinePenColor(QColor("#c3ccd7"))
    axis.setTruncateLabels(False)  # "05 Feb" elided to "05 ..." says nothing
    font = axis.labelsFont()
    font.setPointSize(8)
    axis.setLabelsFont(font)


def category_labels(days: Sequence[date], daily: bool) -> list[str]:
    """One label per bar. QBarCategoryAxis needs unique labels and draws every one, so when
    there are too many for the width every nth is kept and the rest are made unique but
    invisible (runs of zero-width spaces)."""
    fmt = "%d %b" if not daily else "%d/%m"
    step = max(1, -(-len(days) // MAX_LABELS))
    return [f"{d:{fmt}}" if n % step == 0 else "\u200b" * (n + 1) for n, d in enumerate(days)]


def stacked_bars(per_period: Mapping[date, Mapping[str, int]], keys: Sequence[str], names: Mapping[str, str],
                 daily: bool, title: str) -> QChart:
    """One stacked bar per period (a week or a day), one coloured part per key. Periods
    without contact get an empty bar, so that the axis is time and quiet spells show."""
    chart = _base()
    chart.setTitle(title)
    if not per_period:
        chart.setTitle("No contact recorded.")
        return chart
    chart.setMargins(QMargins(24, 4, 4, 4))  # the first slanted date label reaches left of the plot
    step = timedelta(days=1 if daily else 7)
    first, last = min(per_period), max(per_period)
    days = [first + n * step for n in range((last - first) // step + 1)]
    empty: Mapping[str, int] = {}
    series = QStackedBarSeries()
    series.setBarWidth(0.8)
    for n, key in enumerate(keys):
        bar = QBarSet(names.get(key, key))
        bar.append([float(per_period.get(d, empty).get(key, 0)) for d in days])
        colour = QColor(PALETTE[n % len(PALETTE)])
        bar.setColor(colour)
        bar.setBorderColor(colour)
        series.append(bar)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(category_labels(days, daily))
    x.setLabelsAngle(-60 if len(days) > 12 else 0)
    y = QValueAxis()
    peak = max(sum(v.values()) for v in per_period.values())
    y.setRange(0, max(1, peak))
    y.setLabelFormat("%d")
    y.applyNiceNumbers()
    for axis in (x, y):
        _style_axis(axis)
    x.setGridLineVisible(False)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().setVisible(len(keys) > 1)
    if len(keys) > 8:  # one row would elide the names: list them down the side instead
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def yes_trend(points: Sequence[tuple[date, int]]) -> QChart:
    """The yes count of each screening (out of 11), in date order, as a line with markers."""
    chart = _base()
    chart.legend().hide()
    if not points:
        chart.setTitle("No S-DASH screening recorded yet.")
        return chart
    line, dots = QLineSeries(), QScatterSeries()
    pen = QPen(QColor("#1f3a5f"))
    pen.setWidth(2)
    line.setPen(pen)
    dots.setColor(QColor("#1f3a5f"))
    dots.setBorderColor(QColor("#ffffff"))
    dots.setMarkerSize(10)
    for n, (_d, yes) in enumerate(points):
        line.append(n, yes)
        dots.append(n, yes)
    chart.addSeries(line)
    chart.addSeries(dots)
    x = QBarCategoryAxis()  # one evenly spaced place per screening, labelled with its date
    x.append([f"{d:%d/%m/%y}" + "\u200b" * n for n, (d, _y) in enumerate(points)])
    y = QValueAxis()
    y.setRange(0, 11)
    y.setTickCount(12)
    y.setLabelFormat("%d")
    y.setTitleText("Yes answers (of 11)")
    y.setTitleBrush(AXIS_COLOUR)
    for axis in (x, y):
        _style_axis(axis)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for s in (line, dots):
        s.attachAxis(x)
        s.attachAxis(y)
    if len(points) == 1:
        x.setRange(x.categories()[0], x.categories()[0])
    return chart
