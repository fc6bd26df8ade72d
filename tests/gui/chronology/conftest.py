"""A small fictional case for the chronology tests: twelve entries, two people, one exhibit."""

from __future__ import annotations

import io

import pytest
from pytestqt.qtbot import QtBot

from stalkdesk.domain.records import Case, Entry, Exhibit, ExhibitLink
from stalkdesk.domain.vocab import Behaviour, Channel, Source
from stalkdesk.gui.chronology.view import ChronologyView
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace
from tests import factories

CHANNELS = (Channel.SMS, Channel.CALL, Channel.EMAIL)


@pytest.fixture
def case(ws: Workspace) -> Case:
    return ws.cases.create(factories.case())


@pytest.fixture
def exhibit(ws: Workspace, case: Case) -> Exhibit:
    return ws.exhibits.add(case.id or 0, Exhibit(reference="AF/1", description="Fictional screenshot"),
                           io.BytesIO(b"fictional"))


@pytest.fixture
def entries(ws: Workspace, case: Case, exhibit: Exhibit) -> list[Entry]:
    """Item n+1 happens n hours after 21:15 on 3 March 2024 (GMT)."""
    victim = ws.people.add(case.id or 0, factories.victim())
    suspect = ws.people.add(case.id or 0, factories.suspect())
    made = [
        factories.entry(
            n, summary=f"Fictional event {n:02d}" + (" at the station" if n in (3, 7) else ""),
            behaviours=(Behaviour.FOLLOWING,) if n % 4 == 0 else (Behaviour.CONTACTING,),
            channel=CHANNELS[n % 3], source=Source.PHONE_DOWNLOAD if n % 2 else Source.VICTIM_ACCOUNT,
            account=f"Fictional account of event {n}.", people=(suspect.id,), witnesses=(victim.id,) if n == 0 else (),
            exhibits=(ExhibitLink(exhibit.id or 0, "messages 1-3"),) if n == 0 else (),
        )
        for n in range(12)
    ]
    return ws.entries.add_many(case.id or 0, made)


@pytest.fixture
def view(qtbot: QtBot, ws: Workspace, case: Case, entries: list[Entry]) -> ChronologyView:
    widget = ChronologyView(ws, case, SyncTaskRunner())
    qtbot.addWidget(widget)
    widget.confirm = lambda question: True
    widget.messages = []  # type: ignore[attr-defined]
    widget.show_message = widget.messages.append  # type: ignore[attr-defined]
    return widget
