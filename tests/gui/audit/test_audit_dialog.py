"""The audit trail dialog (per case) and the exhibit viewer's audit tab."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import text

from stalkdesk.domain.records import Case, ContinuityEvent, Exhibit
from stalkdesk.domain.vocab import ContinuityAction
from stalkdesk.gui.audit.dialog import AuditTrailDialog
from stalkdesk.gui.audit.model import Column
from stalkdesk.gui.evidence.viewer import ExhibitViewer
from stalkdesk.gui.tasks import SyncTaskRunner
from stalkdesk.services import handover
from stalkdesk.services.vault import Vault
from stalkdesk.services.verify import verify
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.conftest import OFFICER, PASSPHRASE
from tests.gui.evidence.conftest import FakePrompts

pytestmark = pytest.mark.gui


@pytest.fixture
def case(ws: Workspace) -> Case:
    case = ws.cases.create(factories.case())
    cid = case.id or 0
    ws.entries.add_many(cid, [factories.entry(i) for i in range(4)])
    entry = ws.entries.add(cid, factories.entry(9))
    ws.entries.set_deleted([entry.id or 0], True)
    ws.people.add(cid, factories.victim())
    ws.cases.record_view(cid)
    return case


def open_dialog(qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                prompts: FakePrompts | None = None) -> AuditTrailDialog:
    dialog = AuditTrailDialog(ws, case, runner, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def column(dialog: AuditTrailDialog, col: int) -> list[str]:
    model = dialog.panel.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_shows_the_rows_of_the_case_and_an_intact_chain(qtbot, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                                        runner: SyncTaskRunner) -> None:
    dialog = open_dialog(qtbot, ws, case, runner)
    assert column(dialog, Column.ACTION) == ["create", "create", "create", "delete", "create", "view"]
    assert set(column(dialog, Column.OFFICER)) == {OFFICER.display}
    assert all(t.endswith((" GMT", " BST")) for t in column(dialog, Column.TIME))
    seq, head = ws.audit.head()
    chain = dialog.panel.ui.chain_label
    assert chain.text() == f"Chain intact: {seq} rows in this store, head {head[:12]}…"
    assert chain.property("state") == "intact"
    assert not dialog.panel.ui.imported_label.isVisible()
    assert dialog.panel.ui.count_label.text() == "6 rows"


def test_filter_by_action(qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ws, case, runner)
    combo = dialog.panel.ui.action_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All actions", "create", "delete", "view"]
    combo.setCurrentIndex(combo.findText("delete"))
    assert column(dialog, Column.ACTION) == ["delete"]
    assert dialog.panel.ui.count_label.text() == "1 row"
    combo.setCurrentIndex(0)
    assert len(column(dialog, Column.ACTION)) == 6


def test_a_tampered_row_shows_the_chain_broken_at_that_row(qtbot, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                                            runner: SyncTaskRunner) -> None:
    tampered = int(column(open_dialog(qtbot, ws, case, runner), Column.SEQ)[3])  # the delete
    with ws.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET summary = 'nothing was deleted' WHERE seq = :s"), {"s": tampered})
    dialog = open_dialog(qtbot, ws, case, runner)
    chain = dialog.panel.ui.chain_label
    assert chain.text().startswith(f"Chain BROKEN: audit row {tampered} (delete entry) has been altered")
    assert chain.property("state") == "broken"
    assert verify(ws).problems == [f"audit trail: audit row {tampered} (delete entry) has been altered"]


def test_export_csv_is_atomic_warned_and_audited(qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    prompts = FakePrompts()
    dialog = open_dialog(qtbot, ws, case, runner, prompts)
    dialog.panel.set_action("create")
    target = tmp_path / "audit.csv"
    prompts.save_to = target
    prompts.answer = False  # the officer declines at the "not encrypted" warning
    dialog.panel.ui.export_button.click()
    assert not target.exists()
    assert "NOT be encrypted" in prompts.confirmations[0]
    prompts.answer = True
    dialog.panel.ui.export_button.click()
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0][:5] == ["seq", "utc", "uk_local", "officer", "action"]
    assert [r[4] for r in rows[1:]] == ["create"] * 4
    assert list(tmp_path.glob(".audit.csv.tmp*")) == []
    assert "not encrypted" in dialog.panel.ui.status_label.text()
    last = ws.audit.events(case.id)[-1]
    assert (last.action, last.reason) == (
        "export", "recipient: CPS Fictional Area; purpose: charging decision; Audit trail export")
    assert "audit.csv (4 rows, action create)" in last.summary
    assert verify(ws).ok


def test_handed_over_rows_are_shown_distinctly(qtbot, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                               runner: SyncTaskRunner, tmp_path: Path) -> None:
    bundle = tmp_path / "case.sdcase"
    sent = len(ws.audit.events(case.id))
    handover.export_case(ws, case.urn, bundle, "a handover passphrase", "DC Fictional Colleague", "Transfer")
    colleague, _ = Vault(tmp_path / "colleague").create(PASSPHRASE, OFFICER)
    try:
        received = handover.import_case(colleague, bundle, "a handover passphrase")
        dialog = open_dialog(qtbot, colleague, received, runner)
        model = dialog.panel.model
        assert model.imported_count == sent
        assert column(dialog, Column.SEQ)[0].startswith("imported ")
        own = column(dialog, Column.SEQ)[sent:]
        assert own and all(s.isdigit() for s in own)
        assert "Received case" in column(dialog, Column.SUMMARY)[sent]
        assert dialog.panel.ui.imported_label.isVisible()
        assert dialog.panel.chain is not None and dialog.panel.chain.intact
        dialog.reject()  # before the store closes, as a lock does
    finally:
        colleague.close()


def test_closing_forgets_the_rows(qtbot, ws: Workspace, case: Case, runner: SyncTaskRunner) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ws, case, runner)
    dialog.reject()
    assert dialog.panel.model.rowCount() == 0 and dialog.panel.ui.chain_label.text() == ""


def test_exhibit_viewer_has_the_exhibits_own_audit_rows(qtbot, ws: Workspace, case: Case,  # type: ignore[no-untyped-def]
                                                        runner: SyncTaskRunner) -> None:
    cid = case.id or 0
    ex = ws.exhibits.add(cid, Exhibit(reference="AF/1", description="Fictional note", original_filename="n.txt"),
                         io.BytesIO(b"fictional"))
    ws.exhibits.add(cid, Exhibit(reference="AF/2", description="Another"), io.BytesIO(b"other"))
    ws.exhibits.add_continuity(ex.id or 0, ContinuityEvent(
        at=factories.entry().when.start, action=ContinuityAction.EXAMINED, from_person="", to_person="",
        purpose="Fictional examination", recorded_by=OFFICER.display))
    viewer = ExhibitViewer(ws, case, ex, runner, FakePrompts())
    qtbot.addWidget(viewer)
    panel = viewer.audit_panel
    model = panel.model
    objects = [model.index(r, Column.OBJECT).data().split()[0] for r in range(model.rowCount())]
    assert objects == ["exhibit", "continuity"]
    tabs = viewer.ui.log_tabs
    assert tabs.tabText(tabs.count() - 1) == "Audit trail (2)"
    viewer.reject()
    assert model.rowCount() == 0
