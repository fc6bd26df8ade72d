"""Locking with the Analysis tab open: a FOUR note being typed is saved first, then nothing
of the case is left in the tab's models, and unlocking shows the case again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from stalkdesk.domain.analysis.four import FourElement
from stalkdesk.domain.records import Case
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.gui.analysis.view import AnalysisView, Section
from stalkdesk.gui.app import Session
from stalkdesk.gui.cases.case_workspace import Tab
from stalkdesk.gui.main_window import MainWindow
from stalkdesk.gui.settings import Settings
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services import analysis
from stalkdesk.services.vault import Vault
from tests import factories
from tests.conftest import PASSPHRASE
from tests.gui.cases.helpers import all_model_texts
from tests.gui.drive import Driver, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def stored_case(home: Path) -> Case:
    ws = Vault(home).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case("01FC0000124", operation="Op Larch"))
    cid = case.id or 0
    ws.entries.add_many(cid, [factories.entry(n, summary=f"Canary occasion {n}", disclosure=DisclosureStatus.USED)
                              for n in range(3)])
    analysis.link_point(ws, cid, "pha_s2a.harassment", item_number=1, note="Canary link note")
    analysis.add_sdash(ws, cid, {"threats": "yes"}, officer="PC Canary Screener")
    ws.close()
    return case


def test_lock_saves_the_four_note_then_forgets_the_analysis(qtbot: QtBot, home: Path, tmp_path: Path,
                                                            stored_case: Case) -> None:
    seen: list[list[str]] = []
    opened: list[MainWindow] = []

    def check_then_unlock(dialog: QDialog) -> None:
        if opened:  # the window as it stands while locked (the first unlock opens it)
            seen.append([t for t in all_model_texts(opened[0]) if "Canary" in t])
        unlock(dialog)

    settings = Settings.in_file(tmp_path / "ui.ini")
    settings.idle_lock_minutes = 0
    session = Session(Vault(home), SyncTaskRunner(), Driver(UnlockDialog=check_then_unlock), settings)
    try:
        assert session.start()
        window = session.window
        assert window is not None
        opened.append(window)
        workspace = window.open_case(stored_case.id or 0, Tab.ANALYSIS)
        view = workspace.analysis
        assert isinstance(view, AnalysisView)
        view.set_section(Section.RISK)
        view.set_section(Section.OFFENCES)
        page = view.offences
        page.ui.offences_tree.setCurrentIndex(page.model.index_of("pha_s2a", "pha_s2a.harassment"))
        assert any("Canary link note" in t for t in all_model_texts(window))
        view.set_section(Section.FOUR)
        note = view.four.cards[FourElement.OBSESSIVE].ui.note_edit
        note.setFocus()
        qtbot.keyClicks(note, "Canary note typed")

        window.ui.lock_action.trigger()

        assert seen == [[]]  # nothing of the case while the unlock dialog was up
        ws = session.workspace
        assert ws is not None
        assert ws.analysis.four_notes(stored_case.id or 0)["obsessive"] == "Canary note typed"
        new_window = session.window
        assert new_window is not None and new_window.workspace is not None
        assert new_window.workspace.current_tab == Tab.ANALYSIS
    finally:
        session.shutdown()
