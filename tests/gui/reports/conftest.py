"""Reports-dialog fixtures: a small fictional case, and prompts that answer at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.gui.reports.reports_dialog import ReportsDialog
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.gui.evidence.conftest import FakePrompts as EvidencePrompts


class FakePrompts(EvidencePrompts):
    """The evidence tests' answering prompts, also recording each file chooser's caption."""

    def __init__(self) -> None:
        super().__init__()
        self.captions: list[str] = []

    def save_path(self, parent: QWidget, caption: str, suggested: Path) -> Path | None:
        self.captions.append(caption)
        return super().save_path(parent, caption, suggested)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


def make_case(ws: Workspace, entries: int) -> Case:
    """A fictional case: victim, suspect, and `entries` entries an hour apart (every 3rd following)."""
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.victim())
    ws.people.add(case.id, factories.suspect())
    ws.entries.add_many(case.id, [
        factories.entry(n, summary=f"Fictional event number {n}",
                        behaviours=(Behaviour.FOLLOWING,) if n % 3 == 0 else (Behaviour.CONTACTING,))
        for n in range(entries)])
    return ws.cases.get(case.id)


@pytest.fixture
def case(ws: Workspace) -> Case:
    return make_case(ws, 12)


@pytest.fixture
def dialog(qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
           prompts: FakePrompts) -> Iterator[ReportsDialog]:
    dialog = ReportsDialog(ws, case, runner, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
