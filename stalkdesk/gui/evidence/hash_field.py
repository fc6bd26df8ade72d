"""A SHA-256 shown whole: wrapped at any character, selectable, copied without line breaks."""

from __future__ import annotations

import math

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget


class HashField(QTextEdit):
    """Read-only text that wraps anywhere (a hash has no spaces) and grows to show it all.

    A QLabel cannot break inside a word and a QLineEdit scrolls, hiding part of the hash an
    officer may have to read out or compare; the soft wrap here adds nothing to a copy.
    """

    def __init__(self, text: str, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFont(font)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("background: transparent;")
        self.document().setDocumentMargin(0)
        self.setPlainText(text)
        self.setToolTip(text)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit(self.document().size())

    def _fit(self, size: QSizeF) -> None:
        self.setFixedHeight(max(self.fontMetrics().height(), math.ceil(size.height())) + 2 * self.frameWidth())
