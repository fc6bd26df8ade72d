"""A schematic co-location plot: the victim's places and the suspect's fixes on a scaled
local grid, with a distance bar and a north arrow. No map tiles: it works offline and
prints no street or coordinate, only distances (the CPS version shows no address).

Positions are projected onto a flat local grid in metres around the plot's centre, by the
same equirectangular approximation the co-location search measures with (within a
millimetre of the great-circle distance over a few kilometres). North is up, east right.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon

from stalkdesk.domain.analysis.colocation import EARTH_RADIUS_M
from stalkdesk.reports.charts import GRIDLINE, INK, MUTED, Rgb, colour, drawing, rect, text, width_of

PLACE_RGB: Rgb = (0.000, 0.447, 0.698)
PLACE_FILL: Rgb = (0.80, 0.89, 0.95)
FIX_RGB: Rgb = (0.55, 0.55, 0.55)
CONFIRMED_RGB: Rgb = (0.835, 0.369, 0.000)
PROPOSED_RGB: Rgb = (0.800, 0.475, 0.655)
MAX_DOTS = 4000  # after thinning to one dot per printed spot; more would only blacken the page


@dataclass(frozen=True, slots=True)
class PlotPlace:
    label: str
    lat: float
    lon: float
    radius_m: float = 0.0  # the place's own extent
    search_m: float = 200.0  # the distance searched beyond it


@dataclass(frozen=True, slots=True)
class PlotFix:
    lat: float
    lon: float
    status: str = ""  # "confirmed" or "proposed" when the fix falls in a visit of that status


@dataclass(frozen=True, slots=True)
class PlotSpec:
    title: str
    places: tuple[PlotPlace, ...]
    fixes: tuple[PlotFix, ...]
    centre: tuple[float, float]  # lat, lon
    half_extent_m: float  # from the centre to each edge of the square shown


def project(lat: float, lon: float, lat0: float, lon0: float) -> tuple[float, float]:
    """(metres east, metres north) of (lat, lon) from (lat0, lon0) on the local grid."""
    east = math.radians(lon - lon0) * math.cos(math.radians((lat + lat0) / 2)) * EARTH_RADIUS_M
    north = math.radians(lat - lat0) * EARTH_RADIUS_M
    return east, north


def nice_distance(limit_m: float) -> float:
    """The longest round distance (1, 2 or 5 times a power of ten metres) not above `limit_m`."""
    if limit_m <= 0 or not math.isfinite(limit_m):
        return 1.0
    power = 10 ** math.floor(math.log10(limit_m))
    for m in (5, 2, 1):
        if m * power <= limit_m:
            return float(m * power)
    return float(power)  # pragma: no cover - m = 1 always fits


def distance_label(metres: float) -> str:
    if metres >= 1000:
        km = metres / 1000
        return f"{km:g} km"
    return f"{metres:g} m"


@dataclass(frozen=True, slots=True)
class Scale:
    """Points per metre on the page, and the distance bar that goes with it."""

    pt_per_m: float
    bar_m: float

    @property
    def bar_pt(self) -> float:
        return self.bar_m * self.pt_per_m

    @property
    def label(self) -> str:
        return distance_label(self.bar_m)


def scale_for(half_extent_m: float, side_pt: float, bar_share: float = 0.3) -> Scale:
    """The scale that fits 2 * half_extent_m into side_pt, and a round distance bar no longer
    than `bar_share` of the side."""
    pt_per_m = side_pt / (2 * max(half_extent_m, 1.0))
    return Scale(pt_per_m, nice_distance(side_pt * bar_share / pt_per_m))


def extent(places: Sequence[PlotPlace], margin: float = 1.35) -> tuple[tuple[float, float], float]:
    """(centre, half extent in metres) showing every place's search circle, with a margin."""
    if not places:
        raise ValueError("a plot needs at least one place")
    lat0 = sum(p.lat for p in places) / len(places)
    lon0 = sum(p.lon for p in places) / len(places)
    half = 0.0
    for p in places:
        x, y = project(p.lat, p.lon, lat0, lon0)
        half = max(half, abs(x) + p.radius_m + p.search_m, abs(y) + p.radius_m + p.search_m)
    return (lat0, lon0), max(half * margin, 50.0)


def _north_arrow(x: float, y: float) -> Group:
    g = Group()
    g.add(Polygon([x, y + 18, x - 5, y, x, y + 4, x + 5, y], fillColor=colour(INK), strokeColor=colour(INK),
                  strokeWidth=0.5))
    g.add(text(x, y + 21, "N", 8.0, bold=True, anchor="middle"))
    return g


def _scale_bar(x: float, y: float, scale: Scale) -> Group:
    g = Group()
    length = scale.bar_pt
    half = length / 2
    g.add(rect(x, y, half, 3.5, fillColor=colour(INK), strokeColor=colour(INK), strokeWidth=0.5))
    g.add(rect(x + half, y, half, 3.5, fillColor=colour((1, 1, 1)), strokeColor=colour(INK), strokeWidth=0.5))
    g.add(text(x, y + 6, "0", 6.5, anchor="middle"))
    g.add(text(x + length, y + 6, scale.label, 6.5, anchor="middle"))
    return g


def plot(spec: PlotSpec, width: float, height: float | None = None) -> Drawing:
    """The square plot (with a legend strip under it) `width` points wide."""
    items: list[tuple[str, str]] = [("place", "Victim's place"), ("search", "Search distance"),
                                    ("fix", "Suspect fix"), ("confirmed", "Fix in a confirmed visit"),
                                    ("proposed", "Fix in a visit not yet confirmed")]
    # Legend entries in rows no wider than the plot.
    placed: list[tuple[float, int, str, str]] = []
    lx, row = 0.0, 0
    for kind, label in items:
        w = 10 + width_of(label, 6.5) + 12
        if lx and lx + w - 12 > width:
            lx, row = 0.0, row + 1
        placed.append((lx, row, kind, label))
        lx += w
    legend_h = 20.0 + 10.0 * (row + 1)
    side = min(width, (height - legend_h) if height else width)
    d = drawing(width, side + legend_h)
    x0, y0 = (width - side) / 2, legend_h
    cx, cy = x0 + side / 2, y0 + side / 2
    scale = scale_for(spec.half_extent_m, side)
    lat0, lon0 = spec.centre

    def at(lat: float, lon: float) -> tuple[float, float]:
        e, n = project(lat, lon, lat0, lon0)
        return cx + e * scale.pt_per_m, cy + n * scale.pt_per_m

    d.add(rect(x0, y0, side, side, fillColor=colour((1, 1, 1)), strokeColor=colour(MUTED), strokeWidth=0.6))
    # Grid squares the size of the distance bar, through the centre.
    step = scale.bar_pt
    k = 1
    while k * step < side / 2:
        for sign in (-1, 1):
            gx, gy = cx + sign * k * step, cy + sign * k * step
            d.add(Line(gx, y0, gx, y0 + side, strokeColor=colour(GRIDLINE), strokeWidth=0.3))
            d.add(Line(x0, gy, x0 + side, gy, strokeColor=colour(GRIDLINE), strokeWidth=0.3))
        k += 1
    d.add(Line(cx, y0, cx, y0 + side, strokeColor=colour(GRIDLINE), strokeWidth=0.3))
    d.add(Line(x0, cy, x0 + side, cy, strokeColor=colour(GRIDLINE), strokeWidth=0.3))
    # Places: their extent filled, the search distance dashed around it.
    for p in spec.places:
        px, py = at(p.lat, p.lon)
        reach = (p.radius_m + p.search_m) * scale.pt_per_m
        d.add(Circle(px, py, reach, fillColor=None, strokeColor=colour(PLACE_RGB), strokeWidth=0.7,
                     strokeDashArray=[3, 2]))
        if p.radius_m > 0:
            d.add(Circle(px, py, p.radius_m * scale.pt_per_m, fillColor=colour(PLACE_FILL),
                         strokeColor=colour(PLACE_RGB), strokeWidth=0.7))
    # Fixes: thinned to one per printed spot (visits drawn last, on top).
    inside = [(f, *at(f.lat, f.lon)) for f in spec.fixes]
    inside = [(f, x, y) for f, x, y in inside if x0 <= x <= x0 + side and y0 <= y <= y0 + side]
    order = {"": 0, "proposed": 1, "confirmed": 2}
    seen: set[tuple[int, int, str]] = set()
    dots: list[tuple[str, float, float]] = []
    for f, x, y in sorted(inside, key=lambda t: order.get(t[0].status, 0)):
        key = (round(x / 1.6), round(y / 1.6), f.status)
        if key not in seen:
            seen.add(key)
            dots.append((f.status, x, y))
    if len(dots) > MAX_DOTS:  # keep every visit dot, thin the rest evenly
        visits = [t for t in dots if t[0]]
        rest = [t for t in dots if not t[0]]
        room = max(0, MAX_DOTS - len(visits))
        stride = max(1, math.ceil(len(rest) / room)) if room else len(rest) + 1
        dots = rest[::stride] + visits
    for status, x, y in dots:
        if status == "confirmed":
            d.add(Circle(x, y, 1.7, fillColor=colour(CONFIRMED_RGB), strokeColor=None))
        elif status == "proposed":
            d.add(Circle(x, y, 1.9, fillColor=colour((1, 1, 1)), strokeColor=colour(PROPOSED_RGB), strokeWidth=1.1))
        else:
            d.add(Circle(x, y, 0.8, fillColor=colour(FIX_RGB), strokeColor=None))
    # Place markers and labels above the fixes, so they stay legible.
    for p in spec.places:
        px, py = at(p.lat, p.lon)
        d.add(rect(px - 2.2, py - 2.2, 4.4, 4.4, fillColor=colour(PLACE_RGB), strokeColor=colour((1, 1, 1)),
                   strokeWidth=0.5))
        label = p.label
        w = width_of(label, 7.0, True) + 4
        # Outside the search circle (up and right), with a leader: the fixes near the place stay visible.
        corner = (p.radius_m + p.search_m) * scale.pt_per_m * 0.7071
        lx = min(max(px + corner + 2, x0 + 2), x0 + side - w - 2)
        ly = min(max(py + corner + 2, y0 + 2), y0 + side - 10)
        d.add(Line(px + 2.2, py + 2.2, lx - 1, ly - 2, strokeColor=colour(PLACE_RGB), strokeWidth=0.5))
        d.add(rect(lx - 1, ly - 2, w, 10, fillColor=colour((1, 1, 1)), strokeColor=None, fillOpacity=0.85))
        d.add(text(lx + 1, ly, label, 7.0, bold=True, rgb=PLACE_RGB))
    d.add(_north_arrow(x0 + side - 14, y0 + side - 30))
    d.add(rect(x0 + 6, y0 + 5, scale.bar_pt + 18, 16, fillColor=colour((1, 1, 1)), strokeColor=None,
               fillOpacity=0.85))
    d.add(_scale_bar(x0 + 12, y0 + 8, scale))
    # Legend under the plot.
    for off, r, kind, label in placed:
        lx, ly = x0 + off, legend_h - 12 - 10 * r
        if kind == "place":
            d.add(rect(lx, ly - 0.5, 5, 5, fillColor=colour(PLACE_RGB), strokeColor=None))
        elif kind == "search":
            d.add(Line(lx - 1, ly + 2, lx + 7, ly + 2, strokeColor=colour(PLACE_RGB), strokeWidth=0.8,
                       strokeDashArray=[3, 2]))
        elif kind == "fix":
            d.add(Circle(lx + 2.5, ly + 2, 1.0, fillColor=colour(FIX_RGB), strokeColor=None))
        elif kind == "confirmed":
            d.add(Circle(lx + 2.5, ly + 2, 1.8, fillColor=colour(CONFIRMED_RGB), strokeColor=None))
        else:
            d.add(Circle(lx + 2.5, ly + 2, 1.9, fillColor=colour((1, 1, 1)), strokeColor=colour(PROPOSED_RGB),
                         strokeWidth=1.1))
        d.add(text(lx + 10, ly, label, 6.5))
    shown = len(inside)
    outside = len(spec.fixes) - shown
    note = (f"Grid squares {scale.label}. {shown} fixes in the area shown"
            + (f", {outside} outside it" if outside else "") + ". Schematic: no map; distances to scale.")
    d.add(text(x0, 4, note, 6.0, rgb=MUTED))
    return d
