"""Reports-dialog fixtures: a small fictional case, and prompts that answer at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.gui.reports.reports_dialog import ReportsDialog
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace
from tests import factories


class FakePrompts(Prompts):
    """Answers the file chooser and the questions without a modal loop, and records them."""

    def __init__(self) -> None:
        self.save_to: Path | None = None
        self.answer = True
        self.captions: list[str] = []
        self.suggested: list[Path] = []
        self.confirmations: list[str] = []
        self.informed: list[str] = []

    def save_path(self, parent: QWidget, caption: str, suggested: Path) -> Path | None:
        self.captions.append(caption)
        self.suggested.append(suggested)
        return self.save_to

    def confirm(self, parent: QWidget, text: str, informative: str = "", ok_text: str = "OK",
                warning: bool = False) -> bool:
        self.confirmations.append(f"{text} {informative}")
        return self.answer

    def inform(self, parent: QWidget, text: str, informative: str = "") -> None:
        self.informed.append(f"{text} {informative}")


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
