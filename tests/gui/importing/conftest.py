"""A fictional case with a suspect and a victim, and fictional files to import into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stalkdesk.domain.records import Case
from stalkdesk.gui.importing.wizard import ImportWizard
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services.workspace import Workspace
from tests import factories

# A WhatsApp "Export chat" .txt as Android writes it (every name and number is fictional).
CHAT = """\
03/03/2024, 21:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, \
can read or listen to them.
03/03/2024, 21:01 - Sam Sample: Why aren't you answering
03/03/2024, 21:02 - Sam Sample: I know you're home
03/03/2024, 21:05 - Jo Example: Please stop messaging me
03/03/2024, 21:06 - Sam Sample: I saw your car outside
the lights are on
04/03/2024, 07:30 - Sam Sample: Good morning
04/03/2024, 07:31 - Sam Sample: <Media omitted>
"""

# Call records from a fictional provider whose headings StalkDesk does not know.
CALLS_UNKNOWN = """\
Moment,Party,Secs,Way
03/03/2024 21:00:05,07700 900456,0,in
03/03/2024 21:40:00,07700 900456,12,in
03/03/2024 21:45:00,07700 900123,60,out
"""


@pytest.fixture
def case(ws: Workspace) -> Case:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    ws.people.add(case.id, factories.suspect(phones=("+447700900456",)))
    ws.people.add(case.id, factories.victim())
    return case


@pytest.fixture
def chat(tmp_path: Path) -> Path:
    path = tmp_path / "WhatsApp Chat with Sam Sample.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


@pytest.fixture
def calls_csv(tmp_path: Path) -> Path:
    path = tmp_path / "provider-calls.csv"
    path.write_text(CALLS_UNKNOWN, encoding="utf-8")
    return path


@pytest.fixture
def wizard(qtbot: QtBot, ws: Workspace, case: Case) -> ImportWizard:
    widget = ImportWizard(ws, case, SyncTaskRunner())
    qtbot.addWidget(widget)
    widget.show()
    return widget
