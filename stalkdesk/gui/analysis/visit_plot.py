"""A schematic plot of one co-location visit: the victim's place, the distance searched, and
the suspect's fixes around the visit on a scaled grid with a distance bar. No map tiles:
StalkDesk works offline, and a plain grid says only what the records say.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from stalkdesk.domain.analysis.colocation import EARTH_RADIUS_M, Fix

CONTEXT = 10  # fixes shown either side of the visit: the approach and the leaving
_NICE = (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000)


@dataclass(frozen=True, slots=True)
class PlotPoint:
    east_m: float
    north_m: float
    at: datetime
    near: bool  # within the distance searched


@dataclass(frozen=True, slots=True)
class VisitTrack:
    place: str
    radius_m: float
    distance_m: float
    points: tuple[PlotPoint, ...]
    closest: PlotPoint | None


def metres_from(lat0: float, lon0: float, lat: float, lon: float) -> tuple[float, float]:
    """(east, north) in metres from (lat0, lon0): flat-earth, exact enough across a visit."""
    k = math.pi / 180 * EARTH_RADIUS_M
    return (lon - lon0) * k * math.cos(math.radians(lat0)), (lat - lat0) * k


def visit_track(fixes: Sequence[Fix], first_seq: int, last_seq: int, place: str, lat: float, lon: float,
                radius_m: float, distance_m: float, closest_at: datetime) -> VisitTrack:
    """The fixes of a visit (by record number) with CONTEXT either side, relative to the place."""
    ordered = sorted(fixes, key=lambda f: f.seq)
    inside = [n for n, f in enumerate(ordered) if first_seq <= f.seq <= last_seq]
    if not inside:
        return VisitTrack(place, radius_m, distance_m, (), None)
    chosen = ordered[max(0, inside[0] - CONTEXT):inside[-1] + CONTEXT + 1]
    points = []
    for f in chosen:
        east, north = metres_from(lat, lon, f.lat, f.lon)
        points.append(PlotPoint(east, north, f.at, math.hypot(east, north) <= radius_m + distance_m))
    closest = min(points, key=lambda p: abs((p.at - closest_at).total_seconds()))
    return VisitTrack(place, radius_m, distance_m, tuple(points), closest)


def nice_step(span_m: float) -> int:
    """A round grid step giving about four to eight lines across `span_m`."""
    return next((s for s in _NICE if span_m / s <= 8), _NICE[-1])


class VisitPlot(QWidget):
    NAVY, GREY, ORANGE, GRID = QColor("#1f3a5f"), QColor("#9aa5b1"), QColor("#d55e00"), QColor("#e3e8ee")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.track: VisitTrack | None = None
        self.message = "Choose a visit to see where the fixes were."
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_track(self, track: VisitTrack | None, message: str = "") -> None:
        self.track, self.message = track, message
        self.update()

    def clear(self) -> None:
        self.show_track(None, "")

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        t = self.track
        if t is None or not t.points:
            p.setPen(QColor("#4a5a6a"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
            return
        reach = t.radius_m + t.distance_m
        # Scaled to the visit, not to the context: fixes further out run off the edge, which
        # still shows the direction the suspect came from and left by.
        near = [max(abs(q.east_m), abs(q.north_m)) for q in t.points if q.near]
        extent = max(reach, *near) * 1.25
        top, bottom = 40, 28  # room for the caption above and the distance bar below
        side = min(self.width() - 24, self.height() - top - bottom)
        scale = side / (2 * extent)
        cx, cy = self.width() / 2, top + (self.height() - top - bottom) / 2

        def at(east: float, north: float) -> QPointF:
            return QPointF(cx + east * scale, cy - north * scale)

        p.setClipRect(QRectF(at(-extent, extent), at(extent, -extent)))

        step = nice_step(2 * extent)
        p.setPen(QPen(self.GRID, 1))
        lines = int(extent // step) + 1
        for n in range(-lines, lines + 1):
            p.drawLine(at(n * step, -extent), at(n * step, extent))
            p.drawLine(at(-extent, n * step), at(extent, n * step))
        # The place and the distance searched around it.
        p.setPen(QPen(self.NAVY, 1.5, Qt.PenStyle.DashLine))
        p.setBrush(QBrush(QColor(31, 58, 95, 18)))
        p.drawEllipse(at(0, 0), reach * scale, reach * scale)
        if t.radius_m:
            p.setPen(QPen(self.NAVY, 1))
            p.setBrush(QBrush(QColor(31, 58, 95, 40)))
            p.drawEllipse(at(0, 0), t.radius_m * scale, t.radius_m * scale)
        p.setBrush(QBrush(self.NAVY))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(QRectF(at(0, 0) - QPointF(5, 5), at(0, 0) + QPointF(5, 5)))
        # The suspect's fixes in time order.
        p.setPen(QPen(self.GREY, 1))
        for a, b in zip(t.points, t.points[1:], strict=False):
            p.drawLine(at(a.east_m, a.north_m), at(b.east_m, b.north_m))
        p.setPen(Qt.PenStyle.NoPen)
        for q in t.points:
            p.setBrush(QBrush(self.NAVY if q.near else self.GREY))
            p.drawEllipse(at(q.east_m, q.north_m), 3, 3)
        if t.closest is not None:
            p.setBrush(QBrush(self.ORANGE))
            p.drawEllipse(at(t.closest.east_m, t.closest.north_m), 5, 5)
        p.setClipping(False)
        self._labels(p, t, step, scale)

    def _labels(self, p: QPainter, t: VisitTrack, step: int, scale: float) -> None:
        font = QFont(self.font())
        font.setPointSize(8)
        p.setFont(font)
        p.setPen(QColor("#1f2d3d"))
        x, y = 10, self.height() - 12
        p.drawLine(QPointF(x, y), QPointF(x + step * scale, y))
        for end in (x, x + step * scale):
            p.drawLine(QPointF(end, y - 4), QPointF(end, y))
        p.drawText(QPointF(x, y - 6), f"{step:,} m")
        p.drawText(QPointF(self.width() - 22, 16), "N ↑")
        p.drawText(QPointF(10, 16), f"{t.place}: within {t.distance_m:.0f} m (dashed)")
        p.setPen(self.ORANGE)
        p.drawText(QPointF(10, 31), "● closest fix")
