"""Drawing redaction areas over the picture in the viewer, in the picture's own pixels.

The overlay watches the image view's mouse events while redacting: a drag draws a
rectangle (or, with the freehand tool, an outline closed on release). Positions are mapped
from the screen to the scene, whose units are the pixels of the picture as shown (upright),
so zoom and view rotation do not change what is recorded. Areas are shown half-transparent
black so the officer can still see what each one covers; the saved version is solid.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsView,
)

from stalkdesk.gui.evidence.image_view import ImageView
from stalkdesk.imaging.redact import Polygon, Rect, Shape

_COVER = QColor(0, 0, 0, 150)
_EDGE = QColor("#e0a030")
_SELECTED = QColor("#ff3b30")
_MIN_STEP = 3.0  # picture pixels between freehand points: enough for an outline, not thousands


class RedactionOverlay(QObject):
    """Emits `drawn(shape)` when a drag ends with an area of at least 2 x 2 pixels."""

    drawn = Signal(object)

    def __init__(self, view: ImageView) -> None:
        super().__init__(view)
        self._view = view
        self._active = False
        self.freehand = False
        self._start: QPointF | None = None
        self._points: list[QPointF] = []
        self._rubber: QGraphicsRectItem | QGraphicsPathItem | None = None
        self._items: list[QGraphicsItem] = []
        view.viewport().installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        """Drawing on (no panning, a cross cursor) or off (the view as before)."""
        self._active = active
        # No hand-panning while drawing: the left button draws instead.
        drag = QGraphicsView.DragMode
        self._view.setDragMode(drag.NoDrag if active else drag.ScrollHandDrag)
        if active:
            self._view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        else:
            self._view.viewport().unsetCursor()
            self._drop_rubber()
            self.show_shapes([], None)

    def show_shapes(self, shapes: Sequence[Shape], selected: int | None) -> None:
        """Draw these areas over the picture, the `selected` one outlined in red."""
        scene = self._view.scene()
        for old in self._items:
            scene.removeItem(old)
        self._items = []
        for index, shape in enumerate(shapes):
            pen = QPen(_SELECTED if index == selected else _EDGE, 0)  # cosmetic: 1 screen pixel
            pen.setWidth(3 if index == selected else 2)
            pen.setCosmetic(True)
            item: QGraphicsRectItem | QGraphicsPolygonItem
            if isinstance(shape, Rect):
                item = QGraphicsRectItem(QRectF(shape.x, shape.y, shape.w, shape.h))
            else:
                item = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in shape.points]))
            item.setPen(pen)
            item.setBrush(QBrush(_COVER))
            item.setZValue(10)
            scene.addItem(item)
            self._items.append(item)

    # Mouse handling on the view's viewport.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._active or self._view.pixmap().isNull():
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton:
                self._begin(self._to_picture(event))
                return True
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if self._start is not None:
                self._extend(self._to_picture(event))
                return True
        elif (kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
              and self._start is not None and event.button() == Qt.MouseButton.LeftButton):
            self._extend(self._to_picture(event))
            self._finish()
            return True
        return False

    def _to_picture(self, event: QMouseEvent) -> QPointF:
        point = self._view.mapToScene(event.position().toPoint())
        bounds = self._view.sceneRect()
        # Clamped: a drag past the edge covers up to the edge, never outside the picture.
        return QPointF(min(max(point.x(), bounds.left()), bounds.right()),
                       min(max(point.y(), bounds.top()), bounds.bottom()))

    def _begin(self, point: QPointF) -> None:
        self._start = point
        self._points = [point]
        pen = QPen(_SELECTED, 0)
        pen.setCosmetic(True)
        pen.setWidth(2)
        if self.freehand:
            self._rubber = QGraphicsPathItem()
        else:
            self._rubber = QGraphicsRectItem()
            self._rubber.setBrush(QBrush(_COVER))
        self._rubber.setPen(pen)
        self._rubber.setZValue(20)
        self._view.scene().addItem(self._rubber)
        self._extend(point)

    def _extend(self, point: QPointF) -> None:
        if self._start is None or self._rubber is None:
            return
        if isinstance(self._rubber, QGraphicsRectItem):
            self._rubber.setRect(QRectF(self._start, point).normalized())
            self._points = [self._start, point]
            return
        last = self._points[-1]
        if math.hypot(point.x() - last.x(), point.y() - last.y()) >= _MIN_STEP:
            self._points.append(point)
        path = QPainterPath(self._points[0])
        for p in self._points[1:]:
            path.lineTo(p)
        self._rubber.setPath(path)

    def _finish(self) -> None:
        shape = self._shape()
        self._drop_rubber()
        if shape is not None:
            self.drawn.emit(shape)

    def _shape(self) -> Shape | None:
        size = self._view.sceneRect()
        width, height = int(size.width()), int(size.height())
        if not self.freehand:
            a, b = self._points[0], self._points[-1]
            # Outward to whole pixels: a pixel the officer's box touches is covered.
            left, top = max(0, math.floor(min(a.x(), b.x()))), max(0, math.floor(min(a.y(), b.y())))
            right, bottom = min(width, math.ceil(max(a.x(), b.x()))), min(height, math.ceil(max(a.y(), b.y())))
            if right - left < 2 or bottom - top < 2:
                return None  # a click, not a drag
            return Rect(left, top, right - left, bottom - top)
        points: list[tuple[int, int]] = []
        for p in self._points:
            xy = (min(width, max(0, round(p.x()))), min(height, max(0, round(p.y()))))
            if not points or points[-1] != xy:
                points.append(xy)
        xs, ys = [x for x, _ in points], [y for _, y in points]
        if len(points) < 3 or max(xs) - min(xs) < 2 or max(ys) - min(ys) < 2:
            return None
        return Polygon(tuple(points))

    def _drop_rubber(self) -> None:
        if self._rubber is not None:
            self._view.scene().removeItem(self._rubber)
        self._rubber = None
        self._start = None
        self._points = []

