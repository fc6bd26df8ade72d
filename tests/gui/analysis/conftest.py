"""Analysis-tab fixtures: a small fictional case with used entries, and the view over it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from stalkdesk.domain.records import Case, Entry
from stalkdesk.domain.vocab import Behaviour, DisclosureStatus, Offence
from stalkdesk.gui.analysis.view import AnalysisView
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.gui.evidence.conftest import FakePrompts


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def case(ws: Workspace) -> Case:
    return ws.cases.create(factories.case(offences=(Offence.PHA_S2A,)))


@pytest.fixture
def entries(ws: Workspace, case: Case) -> list[Entry]:
    """Four entries used as evidence (items 1-4), one of them watching, one a threat."""
    behaviours = [(Behaviour.CONTACTING,), (Behaviour.WATCHING,), (Behaviour.CONTACTING,),
                  (Behaviour.THREATS_OF_VIOLENCE,)]
    return ws.entries.add_many(case.id or 0, [
        factories.entry(n * 30, summary=f"Fictional occasion {n + 1}", behaviours=b,
                        disclosure=DisclosureStatus.USED) for n, b in enumerate(behaviours)])


@pytest.fixture
def view(qtbot: QtBot, ws: Workspace, case: Case, entries: list[Entry], prompts: FakePrompts) -> AnalysisView:
    widget = AnalysisView(ws, case, SyncTaskRunner(), prompts=prompts)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget
