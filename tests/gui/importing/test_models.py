"""The wizard's Qt models, without a view."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from stalkdesk.gui.importing.models import Column, ParticipantTableModel, SkippedListModel
from stalkdesk.importers.staging import Participant
from stalkdesk.services.importing import SkippedItem

pytestmark = pytest.mark.gui

CHECK = Qt.ItemDataRole.CheckStateRole


def _people() -> list[Participant]:
    at = datetime(2024, 3, 3, 21, 1, tzinfo=UTC)
    return [Participant("+447700900456", {"Sam"}, 120, at, datetime(2024, 3, 10, 8, 0, tzinfo=UTC)),
            Participant("name:sam sample", {"Sam Sample"}, 14, at, at),
            Participant("withheld", set(), 3, at, at)]


def test_participants_show_counts_dates_and_the_suspects_ticked() -> None:
    model = ParticipantTableModel("Europe/London")
    model.set_participants(_people(), suspects=("+447700900456", "+447700900999"))
    assert (model.rowCount(), model.columnCount()) == (3, len(Column))
    assert model.headerData(Column.RECORDS, Qt.Orientation.Horizontal) == "Records"
    assert model.index(0, Column.IDENTITY).data() == "07700 900456"
    assert model.index(0, Column.NAMES).data() == "Sam"
    assert model.index(1, Column.IDENTITY).data() == "Sam Sample"  # as the file writes the name
    assert model.index(1, Column.NAMES).data() == ""
    assert model.index(0, Column.RECORDS).data() == "120"
    assert model.index(0, Column.LAST).data() == "10/03/2024 08:00"  # GMT then: UK time equals UTC
    assert model.index(0, Column.SUSPECT).data(CHECK) == Qt.CheckState.Checked
    assert model.index(1, Column.SUSPECT).data(CHECK) == Qt.CheckState.Unchecked
    assert model.suspects() == ("+447700900456",)  # an identity not in the file is not kept


def test_ticking_and_unticking_identities() -> None:
    model = ParticipantTableModel()
    model.set_participants(_people())
    changes: list[None] = []
    model.suspects_changed.connect(lambda: changes.append(None))
    assert model.setData(model.index(1, Column.SUSPECT), Qt.CheckState.Checked.value, CHECK)
    assert model.setData(model.index(0, Column.SUSPECT), Qt.CheckState.Checked, CHECK)
    assert model.suspects() == ("+447700900456", "name:sam sample")  # in list order
    assert model.setData(model.index(0, Column.SUSPECT), Qt.CheckState.Unchecked, CHECK)
    assert model.suspects() == ("name:sam sample",)
    assert len(changes) == 3
    assert not model.setData(model.index(0, Column.IDENTITY), Qt.CheckState.Checked, CHECK)


def test_a_withheld_caller_cannot_be_ticked() -> None:
    model = ParticipantTableModel()
    model.set_participants(_people(), suspects=("withheld",))
    index = model.index(2, Column.SUSPECT)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.flags(model.index(0, Column.SUSPECT)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(index, Qt.CheckState.Checked, CHECK)
    assert model.suspects() == ()
    assert "withheld" in str(index.data(Qt.ItemDataRole.ToolTipRole))


def test_skipped_items_are_one_line_each_and_copy_as_text() -> None:
    model = SkippedListModel()
    model.set_items([SkippedItem("calls.csv", "row 4", "no date"), SkippedItem("calls.csv", "row 9", "bad number")])
    assert model.rowCount() == 2
    assert model.index(1).data() == "calls.csv, row 9: bad number"
    assert model.text() == "calls.csv, row 4: no date\ncalls.csv, row 9: bad number"
    model.clear()
    assert model.rowCount() == 0 and model.text() == ""
