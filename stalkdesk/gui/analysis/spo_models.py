"""Qt models for the SPO application section: one kind of proposed term as a numbered
table (the wording edited in place, saved through a callback), the common terms to choose
from, and the three grounds with the items linked to each.

They hold plain data handed to them, so they are tested without a view or a store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from stalkdesk.domain.analysis.checklist import PointStatus
from stalkdesk.domain.analysis.spo import CommonTerm, SpoTerm, TermKind
from stalkdesk.domain.records import Entry, Exhibit
from stalkdesk.gui.analysis.links import describe
from stalkdesk.gui.analysis.offence_models import STATUS_COLOURS, STATUS_MARKS
from stalkdesk.gui.models.rows import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
GROUND_LETTERS = {"spo.acts": "(a)", "spo.risk": "(b)", "spo.necessary": "(c)"}
_MUTED = "#6b7785"


class SpoTermsModel(RowsTableModel[SpoTerm]):
    """The live terms of one kind, in the officer's order: number (P1 ...) and wording.

    The wording is editable; `save(term_id, text)` stores an edit and returns the stored
    term, or None if it was refused (the page says why). A row dragged to another place
    calls `reorder(ids, moved_id)` with the new order; the page stores it and refills the model."""

    headers = ("No.", "Wording")
    NUMBER, TEXT = 0, 1
    MIME = "application/x-stalkdesk-spo-term"

    def __init__(self, kind: TermKind, save: Callable[[int, str], SpoTerm | None],
                 parent: QObject | None = None, reorder: Callable[[list[int], int], None] | None = None) -> None:
        self._pending: list[SpoTerm] = []
        super().__init__(lambda: self._pending, parent)
        self.kind = kind
        self._save = save
        self._reorder = reorder

    def set_terms(self, terms: Sequence[SpoTerm]) -> None:
        """Every live term of the case; this model keeps those of its kind, by position."""
        self._pending = sorted((t for t in terms if t.kind is self.kind), key=lambda t: (t.position, t.id or 0))
        self.refresh()
        self._pending = []

    def number(self, row: int) -> str:
        return f"{self.kind.prefix}{row + 1}"

    def ids(self) -> list[int]:
        return [self.row(n).id or 0 for n in range(self.rowCount())]

    def row_of(self, term_id: int | None) -> int:
        return next((n for n in range(self.rowCount()) if self.row(n).id == term_id), -1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags | Qt.ItemFlag.ItemIsDropEnabled
        flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.TEXT else flags

    # Dragging a term to another place among its kind.

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(self.MIME, QByteArray(f"{self.kind.value}:{self.row(rows[0]).id}".encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Reorder through the callback; False, so that the view never removes the dragged
        row itself (the page refills the model from the store)."""
        if self._reorder is None or action != Qt.DropAction.MoveAction or not data.hasFormat(self.MIME):
            return False
        kind, _, term = bytes(data.data(self.MIME).data()).decode().partition(":")
        ids = self.ids()
        if kind != self.kind.value or not term.isdigit() or int(term) not in ids:
            return False
        source = ids.index(int(term))
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(ids))
        if target > source:
            target -= 1  # the dragged row leaves the list before it is put back
        if target == source:
            return False
        ids.insert(target, ids.pop(source))
        self._reorder(ids, int(term))
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        term = self.row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.number(index.row()) if index.column() == self.NUMBER else term.text
        if role == Qt.ItemDataRole.FontRole and index.column() == self.NUMBER:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.number(index.row())}: {term.text}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TEXT or role != Qt.ItemDataRole.EditRole:
            return False
        term = self.row(index.row())
        if str(value) == term.text or term.id is None:
            return False
        stored = self._save(term.id, str(value))
        if stored is None:
            return False
        self._rows[index.row()] = stored
        self.dataChanged.emit(index, index)
        return True


class TermEditDelegate(QStyledItemDelegate):
    """Edits a term's wording in a multi-line box: Enter starts a new line, Ctrl+Enter (or
    leaving the cell) saves it, Escape drops the edit; `commit()` saves an edit still open."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor: QPlainTextEdit | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = self.editor = QPlainTextEdit(parent)
        editor.setObjectName("term_editor")
        # Drawn over the rows below while it grows: opaque, and framed like a focused field.
        editor.setStyleSheet("QPlainTextEdit { background-color: #ffffff; border: 2px solid #1f3a5f; }")
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        editor.destroyed.connect(self._gone)
        return editor

    def _gone(self) -> None:
        self.editor = None

    def commit(self) -> None:
        """Save and close the editor if one is open (leaving the tab, locking)."""
        editor = self.editor
        if editor is not None and editor.isVisible():
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        if editor.toPlainText() != str(index.data(Qt.ItemDataRole.EditRole) or ""):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        editor.setGeometry(rect.adjusted(0, 0, 0, max(0, 84 - rect.height())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
                return True
            return False  # a new line in the wording
        return super().eventFilter(watched, event)


def _pattern(text: str) -> re.Pattern[str]:
    """A common term's wording with its [placeholders] matching whatever replaced them."""
    parts = re.split(r"\[[^\]]*\]", " ".join(text.split()))
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)


class CommonTermsModel(QAbstractListModel):
    """The common terms of one kind, their wording shown whole; a term the case already
    proposes (its wording, whatever replaced the [placeholders]) is marked."""

    def __init__(self, terms: Sequence[CommonTerm], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms = list(terms)
        self._patterns = [_pattern(t.text) for t in self._terms]
        self._proposed: set[int] = set()

    def set_proposed(self, texts: Sequence[str]) -> None:
        flat = [" ".join(t.split()) for t in texts]
        self._proposed = {n for n, p in enumerate(self._patterns) if any(p.fullmatch(t) for t in flat)}
        if self._terms:
            self.dataChanged.emit(self.index(0), self.index(len(self._terms) - 1))

    def term(self, row: int) -> CommonTerm:
        return self._terms[row]

    def proposed(self, row: int) -> bool:
        return row in self._proposed

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._terms)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self._terms[index.row()]
        done = index.row() in self._proposed
        if role == Qt.ItemDataRole.DisplayRole:
            return t.text + ("\n(Already proposed in this application.)" if done else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return t.note or None
        if role == Qt.ItemDataRole.ForegroundRole and done:
            return QBrush(QColor(_MUTED))
        return None


class SpoGroundsModel(QStandardItemModel):
    """The three grounds (title and status), each with the items linked to it beneath."""

    headers = ("Ground and linked items", "Status or note")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(list(self.headers))

    def clear(self) -> None:
        """Drop the rows but keep the columns, so that the view keeps its column widths."""
        self.removeRows(0, self.rowCount())

    def set_grounds(self, points: Sequence[PointStatus], entries: Mapping[int, Entry],
                    exhibits: Mapping[int, Exhibit]) -> None:
        self.clear()
        bold = QFont()
        bold.setBold(True)
        for ps in points:
            p = ps.point
            title = QStandardItem(f"{GROUND_LETTERS.get(p.id, '')} {p.title}".strip())
            title.setFont(bold)
            title.setData(p.id, Qt.ItemDataRole.UserRole)
            title.setToolTip("\n".join((p.wording, p.source, *ps.reasons)))
            status = QStandardItem(f"{STATUS_MARKS[ps.status]}  {ps.status.label}")
            status.setFont(bold)
            status.setForeground(QBrush(QColor(STATUS_COLOURS[ps.status])))
            status.setToolTip("\n".join(ps.reasons))
            rows = describe(ps.items, entries, exhibits)
            for r in rows:
                what = QStandardItem(f"{r.item.label}   {r.what}".rstrip())
                what.setToolTip(r.what)
                note = QStandardItem(r.item.note)
                note.setToolTip(r.item.note)
                title.appendRow([what, note])
            muted = (["No items linked yet"] if not rows else []) + \
                ([f"From the chronology: {ps.computed}"] if ps.computed else [])
            for text in muted:
                hint = QStandardItem(text)
                hint.setForeground(QBrush(QColor(_MUTED)))
                hint.setToolTip(text)
                title.appendRow([hint, QStandardItem("")])
            for item in (title, status):
                item.setEditable(False)
            self.appendRow([title, status])
        for row in range(self.rowCount()):
            parent = self.item(row, 0)
            for child in range(parent.rowCount()):
                for col in range(2):
                    if (c := parent.child(child, col)) is not None:
                        c.setEditable(False)

    def grounds(self) -> list[tuple[str, str]]:
        """(title, status) of each ground, as shown."""
        return [(self.item(r, 0).text(), self.item(r, 1).text()) for r in range(self.rowCount())]

    def linked(self, row: int) -> list[str]:
        """The linked items' texts under ground `row`."""
        parent = self.item(row, 0)
        return [parent.child(n, 0).text() for n in range(parent.rowCount())]
