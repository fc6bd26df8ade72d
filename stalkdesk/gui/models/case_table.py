"""The case list as a table model: one row per case, from `Workspace.cases.list()`.

A unit has tens of cases, not thousands, so the model holds every summary in memory;
the chronology model (thousands of entries) is the one that caches rows lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from stalkdesk.domain.analysis.sdash import ReviewStatus
from stalkdesk.domain.records import CaseSummary
from stalkdesk.domain.vocab import Offence
from stalkdesk.gui.models.rows import RIGHT, Index, RowsTableModel

# The statute labels are long ("Stalking, Protection from Harassment Act 1997 s.2A"); a
# table cell shows the section an officer would say aloud, the tooltip the full wording.
SHORT_OFFENCE = {
    Offence.PHA_S2: "s.2 PHA",
    Offence.PHA_S2A: "s.2A PHA",
    Offence.PHA_S4: "s.4 PHA",
    Offence.PHA_S4A: "s.4A PHA",
    Offence.SPO_BREACH: "SPO breach",
    Offence.OTHER: "Other",
}

SUMMARY_ROLE = Qt.ItemDataRole.UserRole  # the CaseSummary behind a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts correctly (numbers, times)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the text the search field matches, case-folded


class Column(IntEnum):
    URN = 0
    OPERATION = 1
    OFFENCES = 2
    ENTRIES = 3
    EXHIBITS = 4
    STATUS = 5
    REVIEW = 6
    UPDATED = 7


HEADERS = {
    Column.URN: "URN",
    Column.OPERATION: "Operation",
    Column.OFFENCES: "Offences",
    Column.ENTRIES: "Entries",
    Column.EXHIBITS: "Exhibits",
    Column.STATUS: "Status",
    Column.REVIEW: "Risk review",
    Column.UPDATED: "Updated",
}

_NUMERIC = (Column.ENTRIES, Column.EXHIBITS)


def _local(instant: datetime | None, zone: str) -> datetime | None:
    """The store keeps naive UTC; show it in the case's own zone (Europe/London by default)."""
    if instant is None:
        return None
    aware = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    try:
        return aware.astimezone(ZoneInfo(zone))
    except ZoneInfoNotFoundError:
        return aware


_DUE = QBrush(QColor("#b3261e"))


def review_cell(review: ReviewStatus | None) -> str:
    """The risk review column: the date it is due, or how late it is."""
    if review is None or review.review_on is None:
        return ""
    if not review.due:
        return review.review_on.strftime("%d/%m/%Y")
    if review.text.startswith("Review due: "):  # "Review due: 3 days overdue (since 26/11/2026)"
        return review.text.removeprefix("Review due: ").split(" (since")[0]
    return "Due today"


class CaseTableModel(RowsTableModel[CaseSummary]):
    """Read-only; `refresh()` reloads from the injected sources after any change.

    `reviews`, if given, supplies each case's S-DASH review state: the "Risk review" column
    shows the date, or "Due today" / "Overdue: N days" in red bold, so a screening that
    has fallen behind is seen on the first screen of the day.
    """

    headers = tuple(HEADERS[c] for c in Column)
    right_aligned = frozenset(int(c) for c in _NUMERIC)

    def __init__(self, source: Callable[[], Sequence[CaseSummary]], parent: QObject | None = None, *,
                 reviews: Callable[[Sequence[CaseSummary]], Sequence[ReviewStatus]] | None = None) -> None:
        super().__init__(source, parent)
        self._review_source = reviews
        self._reviews: dict[int, ReviewStatus] = {}

    def load(self) -> list[CaseSummary]:
        cases = super().load()
        self._reviews = {r.case_id: r for r in self._review_source(cases)} if self._review_source else {}
        return cases

    def clear(self) -> None:
        self._reviews = {}
        super().clear()

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def review(self, row: int) -> ReviewStatus | None:
        return self._reviews.get(self._rows[row].case.id or 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if column == Column.REVIEW:
            return self._review_data(self.review(index.row()), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_value(summary, column)
        if role == SUMMARY_ROLE:
            return summary
        if role == SEARCH_ROLE:
            case = summary.case
            return " ".join((case.urn, case.operation, case.crime_reference, case.officer_in_case)).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.OFFENCES:
            return "\n".join(self._offence_labels(summary)) or None
        if role == Qt.ItemDataRole.ToolTipRole and summary.case.is_demo:
            return "The fictional demo case: every person and event in it is invented."
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return RIGHT
        return None

    @staticmethod
    def _review_data(review: ReviewStatus | None, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return review_cell(review)
        if role == SORT_ROLE:  # undated reviews last
            return review.review_on.isoformat() if review and review.review_on else date.max.isoformat()
        if review is None or review.review_on is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            screening = review.latest.summary if review.latest is not None else "No S-DASH screening recorded"
            return f"{review.text}\n{screening}"
        if review.due and role == Qt.ItemDataRole.ForegroundRole:
            return _DUE
        if review.due and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _offence_labels(summary: CaseSummary) -> list[str]:
        case = summary.case
        return [(case.other_offence or o.label) if o == Offence.OTHER else o.label
                for o in case.offences]

    @staticmethod
    def _display(summary: CaseSummary, column: Column) -> str:
        case = summary.case
        if column == Column.URN:
            return case.urn
        if column == Column.OPERATION:
            return case.operation
        if column == Column.OFFENCES:
            return ", ".join(SHORT_OFFENCE[o] for o in case.offences)
        if column == Column.ENTRIES:
            return f"{summary.entry_count:,}"
        if column == Column.EXHIBITS:
            return f"{summary.exhibit_count:,}"
        if column == Column.STATUS:
            return case.status.label
        updated = _local(case.updated_at, case.zone)
        return updated.strftime("%d %b %Y %H:%M") if updated else ""

    @classmethod
    def _sort_value(cls, summary: CaseSummary, column: Column) -> Any:
        if column == Column.ENTRIES:
            return summary.entry_count
        if column == Column.EXHIBITS:
            return summary.exhibit_count
        if column == Column.UPDATED:
            updated = summary.case.updated_at
            return updated.isoformat() if updated else ""
        return cls._display(summary, column).casefold()


class CaseFilterProxyModel(QSortFilterProxyModel):
    """Sorts by SORT_ROLE and keeps the cases whose URN, operation, crime reference or
    officer contain every word typed, in any order and any case.

    Words rather than one string, so "larch smith" finds Op Larch run by DC Smith, and a URN
    typed the way it is printed ("01 FC 00001 24" or "01/FC/00001/24") still finds 01FC0000124.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        words = [w.strip("/-") for w in text.casefold().replace("/", " ").split()]
        self.beginFilterChange()
        self._words = [w for w in words if w]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def searching(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        text = source.data(source.index(source_row, Column.URN, source_parent), SEARCH_ROLE) or ""
        return all(word in text for word in self._words)
