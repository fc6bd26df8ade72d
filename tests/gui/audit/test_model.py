"""The audit table model on its own (no view): rows, filter, imported rows, lazy pages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Qt

from stalkdesk.domain.records import AuditEvent
from stalkdesk.gui.audit.model import IMPORTED_BACKGROUND, LISTING_ROLE, AuditTableModel, Column
from stalkdesk.services import audit_trail
from stalkdesk.services.audit_trail import AuditListing, AuditScope
from stalkdesk.services.workspace import Workspace
from tests import factories


def event(seq: int, action: str = "create", at: datetime = datetime(2024, 7, 3, 12, 0, 5, tzinfo=UTC)) -> AuditEvent:
    return AuditEvent(seq=seq, at=at, officer="DC Alex Fictional (9999)", action=action, object_type="entry",
                      object_id=seq, case_id=1, summary=f"Fictional change {seq}", reason="",
                      prev_hash="0" * 64, hash=f"{seq:064x}")


class FakeSource:
    """Keys per action, and a record of which keys were loaded (to see the paging)."""

    def __init__(self, n: int, imported: int = 0) -> None:
        self.events = {k: event(k, "view" if k % 3 == 0 else "create") for k in range(1, n + 1)}
        self.imported = {-k: event(k, "handover") for k in range(1, imported + 1)}
        self.loaded: list[int] = []

    def keys(self, action: str) -> list[int]:
        own = [k for k, e in self.events.items() if not action or e.action == action]
        theirs = [k for k, e in self.imported.items() if not action or e.action == action]
        return theirs + own

    def load(self, keys: Sequence[int]) -> list[AuditListing]:
        self.loaded += keys
        return [AuditListing(k, self.events[k]) if k > 0 else AuditListing(k, self.imported[k], "ab" * 32)
                for k in keys]


def test_rows_show_seq_uk_time_with_zone_and_the_fields() -> None:
    source = FakeSource(3)
    model = AuditTableModel(source.keys, source.load)
    model.refresh()
    assert model.rowCount() == 3 and model.columnCount() == 7
    cells = [model.index(0, c).data() for c in range(7)]
    # 12:00:05 UTC on 3 July is 13:00:05 British Summer Time.
    assert cells == ["1", "03/07/2024 13:00:05 BST", "DC Alex Fictional (9999)", "create", "entry 1",
                     "Fictional change 1", ""]
    assert model.headerData(Column.TIME, Qt.Orientation.Horizontal) == "Time (UK)"


def test_winter_times_are_shown_in_gmt() -> None:
    listing = AuditListing(1, event(1, at=datetime(2024, 1, 3, 12, 0, 5)))  # naive = UTC, as stored
    assert audit_trail.uk_time(listing.event.at) == "03/01/2024 12:00:05 GMT"


def test_filter_by_action() -> None:
    source = FakeSource(9)
    model = AuditTableModel(source.keys, source.load)
    model.refresh()
    model.set_action("view")
    assert [model.index(r, Column.SEQ).data() for r in range(model.rowCount())] == ["3", "6", "9"]
    model.set_action("")
    assert model.rowCount() == 9


def test_imported_rows_are_marked_and_shaded() -> None:
    source = FakeSource(2, imported=2)
    model = AuditTableModel(source.keys, source.load)
    model.refresh()
    assert model.imported_count == 2
    first = model.index(0, Column.SEQ)
    assert first.data() == "imported 1"
    assert first.data(Qt.ItemDataRole.BackgroundRole).color() == IMPORTED_BACKGROUND
    assert "ab" * 32 in first.data(Qt.ItemDataRole.ToolTipRole)
    own = model.index(2, Column.SEQ)
    assert own.data() == "1" and own.data(Qt.ItemDataRole.BackgroundRole) is None
    assert isinstance(own.data(LISTING_ROLE), AuditListing)


def test_rows_are_fetched_a_page_at_a_time() -> None:
    source = FakeSource(1000)
    model = AuditTableModel(source.keys, source.load)
    model.refresh()
    assert model.rowCount() == 1000 and source.loaded == []  # only the keys so far
    model.index(500, Column.SUMMARY).data()
    assert 0 < len(source.loaded) < 100 and 501 in source.loaded


def test_clear_forgets_every_row() -> None:
    source = FakeSource(5)
    model = AuditTableModel(source.keys, source.load)
    model.refresh()
    model.clear()
    assert model.rowCount() == 0


def test_the_service_lists_a_factory_case(ws: Workspace) -> None:
    case = ws.cases.create(factories.case())
    cid = case.id or 0
    ws.entries.add_many(cid, [factories.entry(i) for i in range(3)])
    ws.people.add(cid, factories.victim())
    other = ws.cases.create(factories.case(urn="01FC0000999"))
    ws.people.add(other.id or 0, factories.victim())
    scope = AuditScope(cid)
    model = AuditTableModel(lambda a: audit_trail.keys(ws, scope, a), lambda k: audit_trail.listings(ws, k))
    model.refresh()
    actions = [(model.index(r, Column.ACTION).data(), model.index(r, Column.OBJECT).data().split()[0])
               for r in range(model.rowCount())]
    assert actions == [("create", "case"), ("create", "entry"), ("create", "person")]
    assert audit_trail.actions(ws, scope) == ["create"]

