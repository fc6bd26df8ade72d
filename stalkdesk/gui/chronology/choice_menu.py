"""A tool button whose menu picks any number of values of a vocabulary (the filter bar's
behaviours, channels, sources and statuses)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QToolButton


class _StayOpenMenu(QMenu):
    """Ticking one value leaves the menu open for the next: picking three behaviours should
    not take three trips to the button."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class ChoiceMenu(QObject):
    """Attaches a checkable menu to `button`; the button's text counts what is chosen."""

    changed = Signal()

    def __init__(self, button: QToolButton, title: str, groups: Sequence[tuple[str, Iterable[Any]]],
                 tooltips: dict[Any, str] | None = None) -> None:
        super().__init__(button)
        self._button = button
        self._title = title
        self._actions: dict[Any, QAction] = {}
        menu = _StayOpenMenu(button)
        menu.setToolTipsVisible(True)
        for heading, values in groups:
            if heading:
                menu.addSection(heading)
            for value in values:
                action = menu.addAction(value.label)
                action.setCheckable(True)
                action.setToolTip((tooltips or {}).get(value, value.label))
                action.toggled.connect(self._toggled)
                self._actions[value] = action
        menu.addSeparator()
        menu.addAction("Any", self.clear)
        button.setMenu(menu)
        button.setProperty("active", False)
        self._update_button()

    def selected(self) -> frozenset[Any]:
        return frozenset(v for v, a in self._actions.items() if a.isChecked())

    def set_selected(self, values: Iterable[Any]) -> None:
        wanted = set(values)
        self._set_all(lambda v: v in wanted)

    def clear(self) -> None:
        self._set_all(lambda v: False)

    def action(self, value: Any) -> QAction:
        return self._actions[value]

    def _set_all(self, checked: Any) -> None:
        before = self.selected()
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(bool(checked(value)))
            action.blockSignals(False)
        if self.selected() != before:
            self._toggled()

    def _toggled(self) -> None:
        self._update_button()
        self.changed.emit()

    def _update_button(self) -> None:
        chosen = self.selected()
        # A count, not the names: the bar should not change width as values are picked.
        # The arrow in the text: the style's own menu indicator overlaps it (see filter_bar.ui).
        self._button.setText(f"{self._title} ({len(chosen)}) ▾" if chosen else f"{self._title} ▾")
        names = ", ".join(v.label for v in self._actions if v in chosen)
        self._button.setToolTip(names or f"Any {self._title.lower()}")
        if self._button.property("active") != bool(chosen):
            self._button.setProperty("active", bool(chosen))
            self._button.style().unpolish(self._button)  # restyle for the [active="true"] rule
            self._button.style().polish(self._button)
