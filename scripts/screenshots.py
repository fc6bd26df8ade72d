"""Render StalkDesk's main screens into docs/screenshots/, from a throwaway store.

    make screenshots                      # under Xvfb, 1440x900, real X11 font rendering
    .venv/bin/python scripts/screenshots.py [--out DIR]

The store lives in a temporary folder (STALKDESK_HOME points there) and holds only the
fictional demo case plus three fictional cases for the list; it is deleted afterwards.
Nothing touches the officer's data folder, their QSettings or their OS credential store.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = 1440, 900

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for tests.conftest (fast key derivation, the test officer)


def settle(app: Any, ms: int = 400) -> None:
    """Let layouts, deferred paints and thumbnail loads (worker threads) finish."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def save(app: Any, widget: Any, out: Path, name: str) -> None:
    """widget.grab() once it has settled: the widget alone, without the window frame."""
    settle(app)
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def render(home: Path, out: Path) -> None:
    import keyring
    from PySide6.QtGui import QCursor  # noqa: TID251 (a script that drives the GUI, like the tests)

    from stalkdesk.domain.records import Case
    from stalkdesk.domain.vocab import CaseStatus, Offence, Role
    from stalkdesk.gui.app import create_application
    from stalkdesk.gui.cases.case_workspace import Tab
    from stalkdesk.gui.cases.new_case import NewCaseDialog
    from stalkdesk.gui.cases.person import PersonDialog
    from stalkdesk.gui.dialogs.unlock import UnlockDialog
    from stalkdesk.gui.main_window import MainWindow
    from stalkdesk.gui.settings import Settings
    from stalkdesk.gui.tasks import SyncTaskRunner
    from stalkdesk.services.backup import backup_open_store
    from stalkdesk.services.demo import load_demo
    from stalkdesk.services.vault import Vault
    from tests.conftest import FAST_KDF, OFFICER, PASSPHRASE, MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # "Remember on this computer" shows as on a desktop
    Vault.kdf = FAST_KDF
    app = create_application([])
    # The pointer rests at the centre of the Xvfb screen and would hover-highlight whatever
    # is there; park it in the corner.
    QCursor.setPos(WIDTH - 1, HEIGHT - 1)
    settings = Settings.in_file(home.parent / "ui-settings.ini")
    runner = SyncTaskRunner()  # inline: every picture is loaded before the grab
    vault = Vault(home)
    ws, _recovery = vault.create(PASSPHRASE, OFFICER)
    try:
        demo = load_demo(ws)
        for urn, operation, offences, status in (
                ("01ZZ0000224", "Operation Birchwood (fictional)", (Offence.PHA_S2,), CaseStatus.AWAITING_CHARGE),
                ("01ZZ0000324", "Operation Copperleaf (fictional)", (Offence.PHA_S4A,), CaseStatus.CHARGED),
                ("01ZZ0000424", "Operation Driftwood (fictional)", (Offence.SPO_BREACH,), CaseStatus.OPEN)):
            ws.cases.create(Case(urn=urn, operation=operation, offences=offences, status=status,
                                 crime_reference=f"ZZ/{urn[4:9]}/24", officer_in_case=OFFICER.name))
        # A fresh backup, as a unit that follows the reminder would have: the case list is
        # shown as an officer sees it most days, without the "no recent backup" banner.
        backup_open_store(ws, home.parent / "screenshots.sdbackup")

        unlock = UnlockDialog(vault, runner)
        # The usual data folder, not this run's temporary one, so the picture matches a laptop.
        unlock.ui.folder_label.setText("Store: /home/officer/.local/share/StalkDesk")
        unlock.show()
        save(app, unlock, out, "unlock")
        unlock.close()

        window = MainWindow(ws, runner, settings=settings)
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.ui.case_table.selectRow(0)
        save(app, window, out, "cases")

        new_case = NewCaseDialog(ws, window)
        new_case.show()
        save(app, new_case, out, "new_case")
        new_case.close()

        assert demo.id is not None
        workspace = window.open_case(demo.id, Tab.OVERVIEW)
        save(app, window, out, "overview")
        suspect = next(p for p in ws.people.list(demo.id) if p.role == Role.SUSPECT)
        person = PersonDialog(ws, demo.id, suspect, window)
        person.show()
        save(app, person, out, "person")
        person.close()

        workspace.set_current_tab(Tab.CHRONOLOGY)
        chronology = workspace.chronology
        if chronology is not None:
            chronology.table.selectRow(6)  # a row, so the entry editor beside it is filled
        save(app, window, out, "chronology")

        workspace.set_current_tab(Tab.EVIDENCE)
        evidence = workspace.evidence
        if evidence is not None:
            evidence.ui.gallery_list.setCurrentIndex(evidence.proxy.index(0, 0))
        save(app, window, out, "evidence")

        if evidence is not None and hasattr(evidence, "open_exhibit"):
            exhibit_id = next(e.id for e in ws.exhibits.list(demo.id) if e.media_type.startswith("image/"))
            viewer = evidence.open_exhibit(exhibit_id)
            viewer.resize(1280, 820)
            save(app, viewer, out, "viewer")
            redaction = getattr(viewer, "redaction", None)
            if redaction is not None:  # redact mode: one area drawn, its reason chosen
                from stalkdesk.domain.vocab import RedactionReason
                from stalkdesk.gui.evidence.redaction_panel import DraftRegion
                from stalkdesk.imaging.redact import Rect

                redaction.start()
                picture = viewer.ui.image_view.pixmap()
                width, height = picture.width(), picture.height()
                redaction.panel.model.set_regions([DraftRegion(
                    Rect(width // 8, height // 10, width // 2, height // 12), RedactionReason.PHONE_NUMBER, "")])
                redaction.panel.ui.regions_table.selectRow(0)
                redaction._redraw()
                save(app, viewer, out, "redaction")
                redaction.stop()
            viewer.close()
        else:
            print("skipped viewer.png: this version has no exhibit viewer")

        reports = window.show_reports() if hasattr(window, "show_reports") else None
        if reports is not None:  # the interview chronology of the demo case, previewed in memory
            reports.resize(1280, 820)
            reports.ui.recipient_edit.setText("CPS Direct (fictional)")
            reports.ui.purpose_edit.setText("Charging decision")
            reports.generate()
            settle(app, 1500)  # QtPdf renders the pages on its own threads
            save(app, reports, out, "reports")
            reports.close()
        else:
            print("skipped reports.png: this version has no Reports dialog")

        if hasattr(window, "show_audit_trail"):  # the demo case's audit trail, its chain recomputed
            window.show_audit_trail()
            audit = window.audit_dialog
            audit.resize(1280, 720)
            settle(app)
            save(app, audit, out, "audit")
            audit.close()
        else:
            print("skipped audit.png: this version has no audit trail view")

        if hasattr(window, "show_redaction"):  # personal data found in the demo case's text
            text_redaction = window.show_redaction()
            if text_redaction is not None:
                text_redaction.resize(1280, 720)
                text_redaction.scan()
                settle(app)
                save(app, text_redaction, out, "text_redaction")
                text_redaction.close()

        if hasattr(window, "import_file"):  # the import wizard on a fictional chat, at the people in it
            chat = home.parent / f"WhatsApp Chat with {suspect.name}.txt"
            said = ((3, 21, 1, suspect.name, "Why aren't you answering"),
                    (3, 21, 2, suspect.name, "I know you're home"), (3, 21, 5, "Jo", "Please stop messaging me"),
                    (3, 21, 6, suspect.name, "I saw your car outside"), (4, 7, 30, suspect.name, "Good morning"),
                    (4, 7, 41, "+44 7700 900987", "Who is this?"))
            chat.write_text("".join(f"{day:02d}/03/2024, {hour:02d}:{minute:02d} - {who}: {text}\n"
                                    for day, hour, minute, who, text in said), encoding="utf-8")
            workspace.set_current_tab(Tab.CHRONOLOGY)
            wizard = window.import_file(chat)
            wizard.next()  # the format, recognised
            wizard.next()  # the people in the file, the suspect's identities ticked
            save(app, wizard, out, "import_wizard")
            wizard.reject()
        else:
            print("skipped import_wizard.png: this version has no import wizard")

        analysis_view = getattr(workspace, "analysis", None)
        if analysis_view is not None:
            from stalkdesk.gui.analysis.view import Section
            from tests.gui.analysis.seed import seed

            seed(ws, demo.id)  # fictional places, location records and visits the demo lacks
            analysis_view.reload()
            workspace.set_current_tab(Tab.ANALYSIS)
            for section in Section:
                analysis_view.set_section(section)
                if section is Section.OFFENCES:
                    tree, model = analysis_view.offences.ui.offences_tree, analysis_view.offences.model
                    tree.setCurrentIndex(model.index_of("pha_s2a", "pha_s2a.knew"))
                elif section is Section.COLOCATION:
                    analysis_view.colocation.ui.status_combo.setCurrentIndex(3)  # all visits, decided or not
                save(app, window, out, f"analysis_{section.name.lower()}")
        else:
            print("skipped analysis_*.png: this version has no Analysis tab")

        window.lock_down()
        window.close()
        settle(app, 100)
    finally:
        ws.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    # Real X11 rendering under Xvfb when there is a display; offscreen otherwise. Set before
    # anything imports Qt (tests.conftest would default it to offscreen).
    os.environ["QT_QPA_PLATFORM"] = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="stalkdesk-screenshots-") as tmp:
        home = Path(tmp) / "home"
        os.environ["STALKDESK_HOME"] = str(home)
        render(home, args.out.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
