"""Type icons for exhibits that have no picture: recordings, documents, exports, items.

Drawn with QPainter rather than taken from the platform style so they look the same on
every desktop, scale to any size, and need no image file (nothing decoded from disk).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from stalkdesk.domain.vocab import ExhibitKind

NAVY = QColor("#1f3a5f")
PAPER = QColor("#ffffff")
EDGE = QColor("#9aa8b8")
WELL = QColor("#eef2f6")


@cache
def kind_icon(kind: ExhibitKind, size: int = 128, caption: str = "") -> QPixmap:
    """A sheet with a folded corner, a glyph for the kind and an optional caption ("MP3")."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 100  # draw on a 100-unit canvas
    sheet = QPainterPath()
    sheet.moveTo(22 * s, 8 * s)
    sheet.lineTo(64 * s, 8 * s)
    sheet.lineTo(80 * s, 24 * s)
    sheet.lineTo(80 * s, 92 * s)
    sheet.lineTo(22 * s, 92 * s)
    sheet.closeSubpath()
    p.setPen(QPen(EDGE, max(1.0, 1.5 * s)))
    p.setBrush(PAPER)
    p.drawPath(sheet)
    p.setBrush(WELL)
    p.drawPolygon(QPolygonF([QPointF(64 * s, 8 * s), QPointF(64 * s, 24 * s), QPointF(80 * s, 24 * s)]))
    _GLYPHS.get(kind, _other)(p, s)
    if caption:
        font = QFont()
        font.setPixelSize(max(6, round(11 * s)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(NAVY)
        p.drawText(QRectF(22 * s, 74 * s, 58 * s, 14 * s), Qt.AlignmentFlag.AlignCenter, caption[:5])
    p.end()
    return pixmap


def _ink(p: QPainter, s: float, width: float = 4.0, fill: bool = False) -> None:
    pen = QPen(NAVY, width * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(NAVY if fill else Qt.BrushStyle.NoBrush)


def _audio(p: QPainter, s: float) -> None:
    _ink(p, s)
    for i, height in enumerate((8, 18, 28, 14, 22, 10, 6)):
        x = (33 + i * 6) * s
        p.drawLine(QPointF(x, (48 - height / 2) * s), QPointF(x, (48 + height / 2) * s))


def _video(p: QPainter, s: float) -> None:
    _ink(p, s, 3)
    p.drawRoundedRect(QRectF(30 * s, 34 * s, 42 * s, 30 * s), 3 * s, 3 * s)
    _ink(p, s, 1, fill=True)
    p.drawPolygon(QPolygonF([QPointF(45 * s, 41 * s), QPointF(45 * s, 57 * s), QPointF(59 * s, 49 * s)]))


def _document(p: QPainter, s: float) -> None:
    _ink(p, s, 3)
    for i, length in enumerate((36, 36, 30, 36, 22)):
        y = (34 + i * 8) * s
        p.drawLine(QPointF(32 * s, y), QPointF((32 + length) * s, y))


def _photo(p: QPainter, s: float) -> None:
    _ink(p, s, 3)
    p.drawRect(QRectF(30 * s, 34 * s, 42 * s, 32 * s))
    p.drawPolyline(QPolygonF([QPointF(32 * s, 62 * s), QPointF(44 * s, 48 * s), QPointF(52 * s, 56 * s),
                              QPointF(58 * s, 50 * s), QPointF(70 * s, 62 * s)]))
    p.drawEllipse(QPointF(62 * s, 42 * s), 3 * s, 3 * s)


def _screenshot(p: QPainter, s: float) -> None:
    _ink(p, s, 3)
    p.drawRoundedRect(QRectF(38 * s, 28 * s, 26 * s, 44 * s), 4 * s, 4 * s)
    p.drawLine(QPointF(47 * s, 66 * s), QPointF(55 * s, 66 * s))


def _messages(p: QPainter, s: float) -> None:
    _ink(p, s, 3)
    p.drawRoundedRect(QRectF(30 * s, 32 * s, 30 * s, 16 * s), 6 * s, 6 * s)
    p.drawRoundedRect(QRectF(42 * s, 54 * s, 30 * s, 16 * s), 6 * s, 6 * s)


def _call_log(p: QPainter, s: float) -> None:
    _ink(p, s, 3)
    for i in range(4):
        y = (34 + i * 10) * s
        p.drawPoint(QPointF(33 * s, y))
        p.drawLine(QPointF(40 * s, y), QPointF(68 * s, y))


def _item(p: QPainter, s: float) -> None:
    _ink(p, s, 3)
    p.drawPolygon(QPolygonF([QPointF(51 * s, 30 * s), QPointF(70 * s, 39 * s), QPointF(70 * s, 61 * s),
                             QPointF(51 * s, 70 * s), QPointF(32 * s, 61 * s), QPointF(32 * s, 39 * s)]))
    p.drawPolyline(QPolygonF([QPointF(32 * s, 39 * s), QPointF(51 * s, 48 * s), QPointF(70 * s, 39 * s)]))
    p.drawLine(QPointF(51 * s, 48 * s), QPointF(51 * s, 70 * s))


def _other(p: QPainter, s: float) -> None:
    _ink(p, s, 7)
    for x in (38, 51, 64):
        p.drawPoint(QPointF(x * s, 50 * s))


_GLYPHS = {
    ExhibitKind.AUDIO: _audio, ExhibitKind.VIDEO: _video, ExhibitKind.DOCUMENT: _document,
    ExhibitKind.PHOTO: _photo, ExhibitKind.SCREENSHOT: _screenshot, ExhibitKind.MESSAGE_EXPORT: _messages,
    ExhibitKind.CALL_LOG: _call_log, ExhibitKind.PHYSICAL_ITEM: _item, ExhibitKind.OTHER: _other,
}
