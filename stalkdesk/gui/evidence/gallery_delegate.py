"""Gallery cards: the thumbnail in a fixed well, the reference, two lines of description.

Fixed-size cards keep the grid even whatever the pictures' shapes (tall screenshots, wide
photos), and let the list view lay out hundreds of items from one size hint.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from stalkdesk.gui.evidence.gallery_model import DESCRIPTION_ROLE, LOADING_ROLE, REFERENCE_ROLE

Index = QModelIndex | QPersistentModelIndex

CARD = QSize(196, 236)
MARGIN = 5  # between cards: half the gap on each side
PAD = 8
WELL_HEIGHT = 140
INK = QColor("#1f2d3d")
NAVY = QColor("#1f3a5f")
MUTED = QColor("#4a5a6a")


def well_size() -> QSize:
    """The box a thumbnail is scaled into, in device-independent pixels."""
    return QSize(CARD.width() - 2 * (MARGIN + PAD), WELL_HEIGHT)


class GalleryDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(CARD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        state = option.state
        card = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hover = bool(state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(QPen(NAVY if selected else QColor("#9aa8b8" if hover else "#d5dce4"), 2 if selected else 1))
        painter.setBrush(QColor("#e8f0fa" if selected else "#ffffff"))
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)

        well = QRect(card.toRect().left() + PAD, card.toRect().top() + PAD, well_size().width(), WELL_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eef2f6"))
        painter.drawRoundedRect(QRectF(well), 3, 3)
        picture = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(picture, QPixmap) and not picture.isNull():
            if index.data(LOADING_ROLE):
                painter.setOpacity(0.45)  # the type icon stands in while the thumbnail loads
            self._draw_fitted(painter, picture, well)
            painter.setOpacity(1.0)

        text = QRect(well.left(), well.bottom() + 8, well.width(), int(card.bottom()) - well.bottom() - 8 - PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(NAVY)
        reference = QFontMetrics(bold).elidedText(str(index.data(REFERENCE_ROLE) or ""),
                                                  Qt.TextElideMode.ElideRight, text.width())
        line = QFontMetrics(bold).height()
        painter.drawText(QRect(text.left(), text.top(), text.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, reference)
        painter.setFont(option.font)
        painter.setPen(INK)
        body = QRect(text.left(), text.top() + line + 2, text.width(), text.height() - line - 2)
        painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         self._two_lines(str(index.data(DESCRIPTION_ROLE) or ""), option.font, body))
        painter.restore()

    @staticmethod
    def _draw_fitted(painter: QPainter, picture: QPixmap, well: QRect) -> None:
        size = picture.deviceIndependentSize().toSize().scaled(well.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if picture.deviceIndependentSize().width() <= well.width() and \
                picture.deviceIndependentSize().height() <= well.height():
            size = picture.deviceIndependentSize().toSize()  # never enlarge a small icon
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(well.center())
        painter.drawPixmap(target, picture)

    @staticmethod
    def _two_lines(text: str, font: QFont, box: QRect) -> str:
        """The description cut to what fits in two lines, ending in an ellipsis if cut."""
        metrics = QFontMetrics(font)
        words = text.split()
        taken = 0
        while taken < len(words) and metrics.horizontalAdvance(" ".join(words[:taken + 1])) <= box.width():
            taken += 1
        if taken == 0:  # one long word: let it run over both lines, elided
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width() * 2 - 20)
        first, rest = " ".join(words[:taken]), " ".join(words[taken:])
        return f"{first}\n{metrics.elidedText(rest, Qt.TextElideMode.ElideRight, box.width())}" if rest else first
