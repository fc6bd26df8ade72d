"""Qt table models for risk, patterns and co-location: plain data in, cells out.

Each is filled by its page with `set_rows` (or `set_patterns`) and emptied by `clear()` on
lock; none reads the store itself, so each is tested without a view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, ClassVar, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from stalkdesk.domain.analysis.candidates import Candidate, CandidateStatus, VictimPlace
from stalkdesk.domain.analysis.colocation import VICTIM
from stalkdesk.domain.analysis.common import dmy
from stalkdesk.domain.analysis.patterns import DAYS, UNKNOWN, Patterns, channel_label
from stalkdesk.domain.analysis.sdash import QUESTIONS, Answer, SdashAnswer, SdashAssessment
from stalkdesk.gui.models.rows import RIGHT, Index, RowsTableModel

T = TypeVar("T")
ANSWER_COLOURS = {Answer.YES: "#b00020", Answer.NO: "#2e7d32", Answer.UNKNOWN: "#6b7785"}


class _SetRowsModel(RowsTableModel[T]):
    """A RowsTableModel filled from a list handed over, rather than read from a source."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._pending: list[T] = []
        super().__init__(lambda: self._pending, parent)

    def set_rows(self, rows: Sequence[T]) -> None:
        self._pending = list(rows)
        self.refresh()
        self._pending = []


class SdashHistoryModel(_SetRowsModel[SdashAssessment]):
    """Every screening, the latest first."""

    headers = ("Date", "Officer", "Yes", "Unknown", "Why screening applied")
    right_aligned = frozenset({2, 3})

    def load(self) -> list[SdashAssessment]:
        return sorted(super().load(), key=lambda a: (a.assessed_on, a.id or 0), reverse=True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return (dmy(a.assessed_on), a.officer, f"{a.yes_count} of 11", str(a.unknown_count),
                    a.trigger)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return a.summary + (f"\n{a.note}" if a.note else "")
        return None


@dataclass(frozen=True, slots=True)
class _AnswerRow:
    number: int
    topic: str
    answer: SdashAnswer


class SdashAnswersModel(_SetRowsModel[_AnswerRow]):
    """The eleven answers of one screening."""

    headers = ("#", "Question", "Answer", "Note")

    def show(self, assessment: SdashAssessment | None) -> None:
        if assessment is None:
            self.set_rows([])
            return
        by_id = {a.question_id: a for a in assessment.answers}
        self.set_rows([_AnswerRow(q.number, q.topic, by_id.get(q.id, SdashAnswer(q.id))) for q in QUESTIONS])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(r.number), r.topic, r.answer.answer.label, r.answer.note)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QBrush(QColor(ANSWER_COLOURS[r.answer.answer]))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 3):
            return (r.topic, r.answer.note)[index.column() == 3] or None
        return None


class PlacesTableModel(_SetRowsModel[VictimPlace]):
    """The victim's places, edited in place; `save(place)` stores an edit and returns the
    stored place, or None if it was refused (the page shows why)."""

    headers = ("Name", "Latitude", "Longitude", "Radius (m)", "Note")
    right_aligned = frozenset({1, 2, 3})

    def __init__(self, save: Callable[[VictimPlace], VictimPlace | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (p.name, f"{p.lat:.6f}", f"{p.lon:.6f}", f"{p.radius_m:g}", p.note)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        p = self.row(index.row())
        text = str(value).strip()
        field = ("name", "lat", "lon", "radius_m", "note")[index.column()]
        if field in ("lat", "lon", "radius_m"):
            try:
                number = float(text.replace(",", "")) if text else 0.0
            except ValueError:
                number = float("nan")  # refused by the service, with the reason
            edited = replace(p, **{field: number})
        else:
            edited = replace(p, **{field: text})
        if edited == p:
            return False
        return self._save(edited) is not None


@dataclass(frozen=True, slots=True)
class CandidateRow:
    candidate: Candidate
    place: str  # the place's name, or "the victim" for the victim's own records
    outcome: str  # "Confirmed as loitering: item 152", "Dismissed: at work", ""


class CandidatesTableModel(_SetRowsModel[CandidateRow]):
    headers = ("Start", "End", "Closest", "Fixes", "Near", "Status")
    right_aligned = frozenset({2, 3})
    _STATUS_COLOURS: ClassVar[dict[CandidateStatus, str]] = {
        CandidateStatus.PROPOSED: "#1f3a5f", CandidateStatus.CONFIRMED: "#2e7d32",
        CandidateStatus.DISMISSED: "#6b7785"}

    def __init__(self, zone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = ZoneInfo(zone)

    def load(self) -> list[CandidateRow]:
        return sorted(super().load(), key=lambda r: r.candidate.start)

    def candidate(self, row: int) -> Candidate:
        return self.row(row).candidate

    def row_of(self, candidate_id: int | None) -> int | None:
        return next((n for n in range(self.rowCount()) if self.row(n).candidate.id == candidate_id), None)

    def _time(self, at: datetime, day_too: bool = True) -> str:
        local = at.astimezone(self._tz)
        return f"{local:%d/%m/%Y %H:%M}" if day_too else f"{local:%H:%M}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row(index.row())
        c = r.candidate
        if role == Qt.ItemDataRole.DisplayRole:
            same_day = c.start.astimezone(self._tz).date() == c.end.astimezone(self._tz).date()
            status = c.status.label + (f": {r.outcome}" if r.outcome else "")
            return (self._time(c.start), self._time(c.end, not same_day), f"{c.closest_m:.0f} m", str(c.fixes),
                    r.place, status)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 5:
            return QBrush(QColor(self._STATUS_COLOURS[c.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Closest fix at {self._time(c.closest_at)}; {c.locator} of the location records"
        return None


def place_name(c: Candidate) -> str:
    return "The victim (own records)" if c.target == VICTIM else c.target


class FiguresModel(_SetRowsModel[tuple[str, str]]):
    """The headline figures of the patterns, as (figure, value)."""

    headers = ("Figure", "Value")

    def set_patterns(self, p: Patterns | None) -> None:
        self.set_rows(figures(p) if p is not None else [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.row(index.row())[index.column()]
        return None


def figures(p: Patterns) -> list[tuple[str, str]]:
    """What the summary table shows: first and last contact, busiest day, longest quiet
    period, channels, identities and the 4-week trend."""
    fmt = "%d/%m/%Y %H:%M"
    out = [("Contacts", f"{p.total:,}")]
    if p.first is not None and p.last is not None:
        out += [("First contact", f"{p.first:{fmt}}"), ("Last contact", f"{p.last:{fmt}}")]
    if p.busiest_day:
        out.append(("Busiest day", f"{dmy(p.busiest_day[0])} ({p.busiest_day[1]} contacts)"))
    if p.longest_quiet:
        a, b = p.longest_quiet
        out.append(("Longest quiet period", f"{p.quiet_days:.1f} days ({a:%d/%m/%Y} to {b:%d/%m/%Y})"))
    known = [channel_label(c) for c in p.channels if c != UNKNOWN]
    out.append(("Channels", f"{len(known)}: {', '.join(known)}" if known else "none recorded"))
    out.append(("Identities used", f"{len(p.identities)}: {', '.join(p.identities)}" if p.identities
                else "none in imported records"))
    e = p.escalation
    out.append(("Last 4 weeks", f"{e.recent} (to {dmy(e.as_of)})"))
    ratio = f", {e.ratio:.1f}×" if e.ratio is not None else ""
    out.append(("4 weeks before", f"{e.previous} ({e.trend}{ratio})"))
    return out


class CoreTimesModel(QAbstractTableModel):
    """Hour of day (columns) against day of week (rows), shaded by count: a heat grid."""

    LOW, HIGH = QColor("#ffffff"), QColor("#1f3a5f")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: tuple[tuple[int, ...], ...] = ()
        self._peak = 0

    def set_patterns(self, p: Patterns | None) -> None:
        self.beginResetModel()
        self._grid = p.core_times if p is not None else ()
        self._peak = max((n for row in self._grid for n in row), default=0)
        self.endResetModel()

    def clear(self) -> None:
        self.set_patterns(None)

    def count(self, day: int, hour: int) -> int:
        return self._grid[day][hour]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._grid)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._grid else 24

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return f"{section:02d}" if orientation == Qt.Orientation.Horizontal else DAYS[section][:3]

    def shade(self, n: int) -> QColor:
        """White for none, deepening to navy at the busiest hour."""
        if not self._peak or not n:
            return QColor(self.LOW)
        t = 0.12 + 0.88 * n / self._peak
        lo, hi = self.LOW, self.HIGH
        return QColor(round(lo.red() + (hi.red() - lo.red()) * t), round(lo.green() + (hi.green() - lo.green()) * t),
                      round(lo.blue() + (hi.blue() - lo.blue()) * t))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # type: ignore[override]
        if not index.isValid():
            return None
        n = self._grid[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n) if n else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self.shade(n))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#ffffff" if self._peak and n / self._peak > 0.45 else "#1f2d3d"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            h = index.column()
            return f"{DAYS[index.row()]} {h:02d}:00–{h:02d}:59: {n} contact{'s' if n != 1 else ''}"
        return None
