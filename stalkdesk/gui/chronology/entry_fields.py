"""How each field of an entry is read from, and written to, its widget in the entry editor.

A binding is (read, write). Reading keeps what the officer did not touch exactly as it was
saved: the entry's own order of behaviours, the time of day a report was recorded, a When
with more precision than its text shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit

from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.domain.when import When, parse_when, render

Read = Callable[[], Any]
Write = Callable[[Any], None]
Binding = tuple[Read, Write]
Base = Callable[[], Entry | None]  # the entry as last saved

NO_DATE = QDate(1900, 1, 1)  # the Reported field's minimum, shown as "not recorded"


def line(edit: QLineEdit) -> Binding:
    def write(text: str) -> None:
        edit.setText(text)
        edit.setCursorPosition(0)  # a long summary shows from its start, not its end

    return edit.text, write


def choice(combo: QComboBox, values: list[Any]) -> Binding:
    """A combo box read and written by the vocabulary value at each position."""

    def read() -> Any:
        return values[combo.currentIndex()]

    def write(value: Any) -> None:
        combo.setCurrentIndex(values.index(value))

    return read, write


def behaviours(boxes: dict[Behaviour, QCheckBox], base: Base) -> Binding:
    def read() -> tuple[Behaviour, ...]:
        ticked = [b for b, box in boxes.items() if box.isChecked()]
        saved = base()
        kept = [b for b in (saved.behaviours if saved else ()) if b in ticked]  # their order stays
        return tuple(kept + [b for b in ticked if b not in kept])

    def write(value: tuple[Behaviour, ...]) -> None:
        for b, box in boxes.items():
            box.setChecked(b in value)

    return read, write


class WhenField:
    """The When text. Text as it was shown reads back as the When it was shown for.

    That matters: render() shows whole seconds in local time, so parsing it back could move
    an imported time by a fraction of a second whenever another field of the entry is saved.
    Typed text is read in the entry's own zone (the one its time is shown in)."""

    def __init__(self, edit: QLineEdit, base: Base, zone: str) -> None:
        self._edit, self._base, self._zone = edit, base, zone
        self._written: tuple[str, When] | None = None

    def read(self) -> When:
        """The When typed; raises WhenError with the officer-facing reason."""
        text = self._edit.text()
        if self._written is not None and text == self._written[0]:
            return self._written[1]
        saved = self._base()
        return parse_when(text, saved.when.zone if saved else self._zone)

    def write(self, value: When) -> None:
        self._written = (render(value), value)
        self._edit.setText(self._written[0])

    def blank(self) -> None:
        self._written = None
        self._edit.clear()


class ReportedField:
    """When it was reported, as a date in the case's zone (or "not recorded")."""

    def __init__(self, edit: QDateEdit, base: Base, zone: str) -> None:
        self._edit, self._base, self._zone = edit, base, ZoneInfo(zone)
        edit.setMinimumDate(NO_DATE)

    def read(self) -> datetime | None:
        d = self._edit.date()
        if d == NO_DATE:
            return None
        saved = self._base()
        before = saved.reported_at if saved else None
        if before is not None and self._local_date(before) == d:
            return before  # the same day: keep the time it was recorded at
        return datetime(d.year(), d.month(), d.day(), tzinfo=self._zone).astimezone(UTC)

    def write(self, value: datetime | None) -> None:
        self._edit.setDate(NO_DATE if value is None else self._local_date(value))

    def _local_date(self, instant: datetime) -> QDate:
        local = (instant if instant.tzinfo else instant.replace(tzinfo=UTC)).astimezone(self._zone)
        return QDate(local.year, local.month, local.day)
