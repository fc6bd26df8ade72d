"""Type sizes and colours: restrained, black on white, grey only for secondary text."""

from __future__ import annotations

from dataclasses import dataclass

from stalkdesk.reports import fonts
from stalkdesk.reports.layout import Colour, TextStyle

GREY: Colour = (0.36, 0.36, 0.36)
RULE: Colour = (0.72, 0.72, 0.72)
HEADER_FILL: Colour = (0.90, 0.90, 0.90)
BAND_FILL: Colour = (0.96, 0.96, 0.96)
WARNING: Colour = (0.62, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Styles:
    """Every style a document uses; `large` scales the body text for large-print copies."""

    body: TextStyle
    body_bold: TextStyle
    note: TextStyle  # secondary prose, in grey
    cell: TextStyle
    cell_bold: TextStyle
    cell_grey: TextStyle
    head_cell: TextStyle
    h1: TextStyle
    h2: TextStyle
    h3: TextStyle
    title: TextStyle
    furniture: TextStyle  # page header and footer
    furniture_bold: TextStyle
    pad: float  # inside table cells

    @property
    def gap(self) -> float:
        """Space between paragraphs."""
        return self.body.size * 0.6


def styles(large: bool = False) -> Styles:
    fonts.register()
    c = 12.0 if large else 8.5
    b = 12.0 if large else 9.5
    cell_font, cell_bold = (fonts.SANS, fonts.SANS_BOLD) if large else (fonts.COND, fonts.COND_BOLD)
    return Styles(
        body=TextStyle(fonts.SANS, b, b * 1.38),
        body_bold=TextStyle(fonts.SANS_BOLD, b, b * 1.38),
        note=TextStyle(fonts.SANS, b - 1, (b - 1) * 1.35, GREY),
        cell=TextStyle(cell_font, c, c * 1.25),
        cell_bold=TextStyle(cell_bold, c, c * 1.25),
        cell_grey=TextStyle(cell_font, c, c * 1.25, GREY),
        head_cell=TextStyle(cell_bold, c, c * 1.25),
        h1=TextStyle(fonts.SANS_BOLD, 15.0 if not large else 18.0, 20.0 if not large else 23.0),
        h2=TextStyle(fonts.SANS_BOLD, 11.5 if not large else 14.0, 15.0 if not large else 18.0),
        h3=TextStyle(fonts.SANS_BOLD, b, b * 1.4),
        title=TextStyle(fonts.SANS_BOLD, 24.0, 30.0),
        furniture=TextStyle(fonts.SANS, 7.5, 9.5, GREY),
        furniture_bold=TextStyle(fonts.SANS_BOLD, 9.0, 11.0),
        pad=3.5 if not large else 5.0,
    )
