"""Charts drawn into the PDFs with reportlab's graphics: vector, deterministic, no raster.

- `weekly_contacts`: contacts per week, stacked by channel, with the two 4-week windows
  the escalation figure compares shaded behind the bars;
- `core_times`: hour of day against day of week, each cell shaded by its count;
- `sdash_trend`: the count of yes answers at each S-DASH screening.

Each returns a `Drawing` (a flowable) of the width asked for. Empty data gives a framed
sentence saying so, never an error. Colours are the Okabe-Ito palette, which stays
distinguishable to readers with colour-blindness and in greyscale print.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, Literal

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from stalkdesk.domain.analysis.patterns import DAYS, UNKNOWN, Patterns, channel_label
from stalkdesk.reports import fonts

Rgb = tuple[float, float, float]

PALETTE: tuple[Rgb, ...] = (
    (0.000, 0.447, 0.698),  # blue
    (0.902, 0.624, 0.000),  # orange
    (0.000, 0.620, 0.451),  # bluish green
    (0.800, 0.475, 0.655),  # reddish purple
    (0.337, 0.706, 0.914),  # sky blue
    (0.835, 0.369, 0.000),  # vermillion
    (0.941, 0.894, 0.259),  # yellow
    (0.160, 0.220, 0.480),  # navy
    (0.550, 0.340, 0.160),  # brown
    (0.420, 0.560, 0.140),  # olive
    (0.960, 0.580, 0.720),  # pink
    (0.000, 0.000, 0.000),  # black
)
UNKNOWN_RGB: Rgb = (0.60, 0.60, 0.60)
INK: Rgb = (0.15, 0.15, 0.15)
MUTED: Rgb = (0.40, 0.40, 0.40)
GRIDLINE: Rgb = (0.85, 0.85, 0.85)
RECENT_FILL: Rgb = (0.99, 0.92, 0.84)
PREVIOUS_FILL: Rgb = (0.91, 0.94, 0.97)
HEAT_HIGH: Rgb = (0.03, 0.19, 0.42)
ACCENT: Rgb = (0.835, 0.369, 0.000)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rect(x: float, y: float, width: float, height: float, **style: Any) -> Rect:
    """A rectangle (reportlab's stubs mistype the style keywords)."""
    return Rect(x, y, width, height, **style)


def colour(rgb: Rgb) -> Color:
    return Color(*rgb)


def _font() -> tuple[str, str]:
    fonts.register()
    return fonts.SANS, fonts.SANS_BOLD


Anchor = Literal["start", "middle", "end"]


def text(x: float, y: float, value: str, size: float = 7.0, *, bold: bool = False, anchor: Anchor = "start",
         rgb: Rgb = INK) -> String:
    regular, heavy = _font()
    return String(x, y, value, fontName=heavy if bold else regular, fontSize=size, fillColor=colour(rgb),
                  textAnchor=anchor)


def width_of(value: str, size: float, bold: bool = False) -> float:
    regular, heavy = _font()
    return stringWidth(value, heavy if bold else regular, size)


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about `ticks` intervals over `span`."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / max(ticks, 1)
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * power:
            return float(m * power)
    return float(10 * power)  # pragma: no cover - the loop always returns


def channel_colours(keys: Sequence[str]) -> dict[str, Rgb]:
    """Each channel's colour, in the order the patterns list them (busiest first); unknown is grey."""
    out: dict[str, Rgb] = {}
    n = 0
    for k in keys:
        if k == UNKNOWN:
            out[k] = UNKNOWN_RGB
        else:
            out[k] = PALETTE[n % len(PALETTE)]
            n += 1
    return out


def drawing(width: float, height: float) -> Drawing:
    """A drawing to be placed centred in the frame."""
    d = Drawing(width, height)
    d.hAlign = "CENTER"
    return d


def _empty(width: float, height: float, message: str) -> Drawing:
    d = drawing(width, height)
    d.add(rect(0.5, 0.5, width - 1, height - 1, strokeColor=colour(GRIDLINE), fillColor=None, strokeWidth=0.6))
    d.add(text(width / 2, height / 2 - 3, message, 8.5, anchor="middle", rgb=MUTED))
    return d


def _day_label(d: date, with_year: bool) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]}" + (f" {d.year}" if with_year else "")


def weeks_shown(p: Patterns) -> list[date]:
    """Every Monday from the first week with contact to the week of the escalation's end date."""
    if not p.per_week:
        return []
    first = min(p.per_week)
    as_of = p.escalation.as_of
    last = max(max(p.per_week), as_of - timedelta(days=as_of.weekday()))
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


def weekly_contacts(p: Patterns, width: float, height: float = 190.0) -> Drawing:
    """Contacts per week by channel (stacked), escalation windows shaded behind."""
    weeks = weeks_shown(p)
    if not weeks or not p.total:
        return _empty(width, min(height, 60.0), "No contact recorded: nothing to chart.")
    colours = channel_colours(p.channels)
    left, right, bottom = 34.0, 6.0, 28.0
    legend = _legend_rows([(channel_label(ch), colours[ch]) for ch in p.channels], width - left)
    top = 19.0 + 11.0 * len(legend)
    d = drawing(width, height)
    pw, ph = width - left - right, height - bottom - top
    slot = pw / len(weeks)
    peak = max(p.per_week.values())
    step = nice_step(peak, 5)
    ceiling = max(step, math.ceil(peak / step) * step)

    def x_of(day: date) -> float:
        return left + (day - weeks[0]).days / 7 * slot

    def y_of(value: float) -> float:
        return bottom + value / ceiling * ph

    # Escalation windows: the 28 days to as_of against the 28 before (see patterns.escalation).
    esc = p.escalation
    windows = ((esc.as_of - timedelta(days=55), esc.as_of - timedelta(days=28), PREVIOUS_FILL,
                f"Previous 4 weeks: {esc.previous}"),
               (esc.as_of - timedelta(days=27), esc.as_of, RECENT_FILL, f"Last 4 weeks: {esc.recent}"))
    for start, end, fill, label in windows:
        x0, x1 = max(left, x_of(start)), min(left + pw, x_of(end + timedelta(days=1)))
        if x1 - x0 < 0.5:
            continue
        d.add(rect(x0, bottom, x1 - x0, ph, fillColor=colour(fill), strokeColor=None))
        size = 6.5
        while size > 4.5 and width_of(label, size) > x1 - x0 - 2:
            size -= 0.5
        if width_of(label, size) <= x1 - x0 + 40:
            d.add(text((x0 + x1) / 2, bottom + ph + 3, label, size, anchor="middle", rgb=MUTED))
    # Horizontal gridlines and the value axis.
    value = 0.0
    while value <= ceiling + 1e-9:
        y = y_of(value)
        d.add(Line(left, y, left + pw, y, strokeColor=colour(GRIDLINE if value else MUTED), strokeWidth=0.4))
        d.add(text(left - 3, y - 2.3, f"{value:g}", 6.5, anchor="end", rgb=MUTED))
        value += step
    # Bars, stacked in the patterns' channel order (busiest at the bottom).
    bar = max(0.4, slot * 0.74)
    for n, monday in enumerate(weeks):
        counts = p.per_week_by_channel.get(monday, {})
        base = 0.0
        x = left + n * slot + (slot - bar) / 2
        for ch in p.channels:
            c = counts.get(ch, 0)
            if not c:
                continue
            d.add(rect(x, y_of(base), bar, y_of(base + c) - y_of(base), fillColor=colour(colours[ch]),
                       strokeColor=colour((1, 1, 1)) if bar > 3 else None, strokeWidth=0.25))
            base += c
    # Week labels, thinned to fit; the year on the first and where it changes.
    every = max(1, math.ceil(40 / slot))
    last_year = None
    for n in range(0, len(weeks), every):
        monday = weeks[n]
        cx = left + (n + 0.5) * slot
        d.add(Line(cx, bottom, cx, bottom - 2, strokeColor=colour(MUTED), strokeWidth=0.4))
        d.add(text(cx, bottom - 9, _day_label(monday, False), 6.0, anchor="middle", rgb=MUTED))
        if monday.year != last_year:
            d.add(text(cx, bottom - 16, str(monday.year), 6.0, anchor="middle", rgb=MUTED))
            last_year = monday.year
    d.add(text(left, 3, "Week beginning (Monday). Bars: contacts per week by channel.", 6.0, rgb=MUTED))
    # Legend along the top, wrapped to the width.
    for r, row in enumerate(legend):
        y = height - 9 - 11 * r
        for x, label, rgb in row:
            d.add(rect(left + x, y - 0.5, 7, 7, fillColor=colour(rgb), strokeColor=None))
            d.add(text(left + x + 9, y, label, 6.5))
    return d


def _legend_rows(items: Sequence[tuple[str, Rgb]], width: float) -> list[list[tuple[float, str, Rgb]]]:
    """Legend entries (x offset, label, colour) in rows no wider than `width`."""
    rows: list[list[tuple[float, str, Rgb]]] = [[]]
    x = 0.0
    for label, rgb in items:
        w = 9 + width_of(label, 6.5) + 10
        if rows[-1] and x + w - 10 > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, label, rgb))
        x += w
    return rows


def _heat(t: float) -> Rgb:
    """White to dark blue; the square root lifts small counts off white."""
    s = math.sqrt(max(0.0, min(1.0, t)))
    return (1 + (HEAT_HIGH[0] - 1) * s, 1 + (HEAT_HIGH[1] - 1) * s, 1 + (HEAT_HIGH[2] - 1) * s)


def core_times(p: Patterns, width: float) -> Drawing:
    """Day of week (rows, Monday first) against hour of day (columns), shaded by count, with totals."""
    grid = p.core_times
    peak = max((n for row in grid for n in row), default=0)
    if not peak:
        return _empty(width, 60.0, "No timed contact recorded: no core times to show.")
    label_w, total_w = 50.0, 30.0
    cw = (width - label_w - total_w - 4) / 24
    ch = min(16.0, max(9.0, cw * 0.78))
    legend_h, head_h = 22.0, 12.0
    height = head_h + 7 * ch + legend_h
    d = drawing(width, height)
    top = height - head_h
    size = min(6.5, cw * 0.42)
    hour_every = 1 if cw >= 12 else 2 if cw >= 7 else 3
    for h in range(24):
        if h % hour_every == 0:
            d.add(text(label_w + (h + 0.5) * cw, top + 3, f"{h:02d}", 6.0, anchor="middle", rgb=MUTED))
    d.add(text(label_w + 24 * cw + 4 + total_w / 2, top + 3, "Total", 6.0, bold=True, anchor="middle", rgb=MUTED))
    for r, row in enumerate(grid):
        y = top - (r + 1) * ch
        d.add(text(label_w - 4, y + ch / 2 - 2.2, DAYS[r], 6.5, anchor="end"))
        for h, n in enumerate(row):
            t = n / peak
            d.add(rect(label_w + h * cw, y, cw, ch, fillColor=colour(_heat(t) if n else (1, 1, 1)),
                       strokeColor=colour(GRIDLINE), strokeWidth=0.3))
            if n:
                shown = str(n)
                if width_of(shown, size) <= cw - 1:
                    d.add(text(label_w + (h + 0.5) * cw, y + ch / 2 - size * 0.35, shown, size, anchor="middle",
                               rgb=(1, 1, 1) if math.sqrt(t) > 0.55 else INK))
        d.add(text(label_w + 24 * cw + 4 + total_w / 2, y + ch / 2 - 2.2, str(sum(row)), 6.5, anchor="middle"))
    # Legend: five steps of shade from 1 to the busiest hour.
    y = 4.0
    d.add(text(label_w, y + 1, "Contacts in the hour:", 6.0, rgb=MUTED))
    x = label_w + width_of("Contacts in the hour:", 6.0) + 6
    for value in sorted({max(1, round(peak * (k + 1) / 5)) for k in range(5)}):
        d.add(rect(x, y - 1, 10, 8, fillColor=colour(_heat(value / peak)), strokeColor=colour(GRIDLINE),
                   strokeWidth=0.3))
        d.add(text(x + 12, y + 1, str(value), 6.0, rgb=MUTED))
        x += 16 + width_of(str(value), 6.0) + 4
    untimed = f"  {p.untimed} contacts known only to the day are not shown." if p.untimed else ""
    d.add(text(x + 6, y + 1, f"Times are UK local time ({p.zone}).{untimed}", 6.0, rgb=MUTED))
    return d


def sdash_trend(points: Sequence[tuple[date, int]], width: float, height: float = 120.0) -> Drawing:
    """Yes answers (0 to 11) at each screening, oldest first, joined by a line."""
    if not points:
        return _empty(width, 50.0, "No S-DASH screening recorded.")
    pts = sorted(points)
    d = drawing(width, height)
    left, right, bottom, top = 30.0, 14.0, 24.0, 12.0
    pw, ph = width - left - right, height - bottom - top
    first, last = pts[0][0], pts[-1][0]
    span = (last - first).days

    def x_of(day: date) -> float:
        return left + pw / 2 if span == 0 else left + 10 + (day - first).days / span * (pw - 20)

    def y_of(value: float) -> float:
        return bottom + value / 11 * ph

    for value in (0, 2, 4, 6, 8):
        y = y_of(value)
        d.add(Line(left, y, left + pw, y, strokeColor=colour(GRIDLINE if value else MUTED), strokeWidth=0.4))
        d.add(text(left - 3, y - 2.3, str(value), 6.5, anchor="end", rgb=MUTED))
    y11 = y_of(11)
    d.add(Line(left, y11, left + pw, y11, strokeColor=colour(MUTED), strokeWidth=0.4, strokeDashArray=[2, 2]))
    d.add(text(left - 3, y11 - 2.3, "11", 6.5, anchor="end", rgb=MUTED))
    d.add(text(left + pw, y11 + 2, "all 11 yes", 6.0, anchor="end", rgb=MUTED))
    coords = [(x_of(day), y_of(n)) for day, n in pts]
    if len(coords) > 1:
        d.add(PolyLine([c for xy in coords for c in xy], strokeColor=colour(ACCENT), strokeWidth=1.2))
    every = max(1, math.ceil(len(pts) * 46 / pw))
    group = Group()
    for n, ((day, value), (x, y)) in enumerate(zip(pts, coords, strict=True)):
        group.add(Circle(x, y, 2.4, fillColor=colour(ACCENT), strokeColor=colour((1, 1, 1)), strokeWidth=0.5))
        if n % every == 0 or n == len(pts) - 1:
            group.add(text(x, y + 4.5, str(value), 6.5, bold=True, anchor="middle"))
            group.add(text(x, bottom - 9, f"{day.day:02d}/{day.month:02d}/{day.year}", 6.0, anchor="middle",
                           rgb=MUTED))
    d.add(group)
    d.add(text(left, 3, "Yes answers out of 11 at each screening (more yes answers, more risk).", 6.0, rgb=MUTED))
    return d
