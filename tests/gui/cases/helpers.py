"""What several case-screen tests look at: audit rows, model text, the open overview."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from stalkdesk.gui.cases.case_overview import CaseOverview
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.services.workspace import Workspace

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole)


def audit_rows(ws: Workspace) -> list[tuple[str, str, int | None, str]]:
    """(action, object type, case id, summary) for every audit row, oldest first."""
    with ws.db.read() as s:
        return [tuple(r) for r in s.connection().exec_driver_sql(  # type: ignore[misc]
            "SELECT action, object_type, case_id, summary FROM audit_event ORDER BY seq")]


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    """Every string a model gives for any cell (and child cell) in the usual roles."""
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
        first = model.index(row, 0, parent)
        if model.rowCount(first) > 0:  # a tree: walk its children too
            yield from model_texts(model, first)


def all_model_texts(root: QWidget) -> list[str]:
    """The text of every item model under a widget or shown by a view under it."""
    models = {id(m): m for m in root.findChildren(QAbstractItemModel)}
    for view in root.findChildren(QAbstractItemView):
        if view.model() is not None:
            models[id(view.model())] = view.model()
    return [text for model in models.values() for text in model_texts(model)]


def overview(window: MainWindow) -> CaseOverview:
    assert window.workspace is not None, "no case is open"
    return window.workspace.overview
