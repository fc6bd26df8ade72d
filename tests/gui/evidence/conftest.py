"""Evidence-tab fixtures: a case, and prompts that answer at once instead of blocking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from stalkdesk.domain.records import Case, Exhibit
from stalkdesk.gui.evidence.prompts import Prompts
from stalkdesk.services.intake import add_exhibit_bytes
from stalkdesk.services.workspace import Workspace
from tests import factories

RECIPIENT, PURPOSE = "CPS Fictional Area", "charging decision"


def give_export_details(dialog: QDialog) -> None:
    """Answer the "who is it for, and why?" question every export asks (gui/dialogs/export_details)."""
    dialog.recipient_edit.setText(RECIPIENT)  # type: ignore[attr-defined]
    dialog.purpose_edit.setText(PURPOSE)  # type: ignore[attr-defined]
    dialog.continue_button.click()  # type: ignore[attr-defined]


class FakePrompts(Prompts):
    """Records every question; `actions` drive dialogs by class name, as tests/gui/drive.py does.
    Exports are told a fictional recipient and purpose unless a test says otherwise."""

    def __init__(self) -> None:
        self.actions: dict[str, Callable[[QDialog], None]] = {"ExportDetailsDialog": give_export_details}
        self.dialogs: list[QDialog] = []
        self.confirmations: list[str] = []
        self.informed: list[str] = []
        self.suggested: list[Path] = []
        self.answer = True
        self.save_to: Path | None = None
        self.open_to: Path | None = None

    def exec_dialog(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        action = self.actions.get(type(dialog).__name__, QDialog.accept)
        action(dialog)
        return dialog.result()

    def open_file(self, parent: QWidget, caption: str, folder: str = "") -> Path | None:
        return self.open_to

    def save_path(self, parent: QWidget, caption: str, suggested: Path) -> Path | None:
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


@pytest.fixture
def case(ws: Workspace) -> Case:
    return ws.cases.create(factories.case())


def add_image(ws: Workspace, case: Case, data: bytes, name: str = "photo.jpg", **kw: object) -> Exhibit:
    """Take fictional image bytes in through the real intake service."""
    assert case.id is not None
    return add_exhibit_bytes(ws, case.id, name, data, **kw)  # type: ignore[arg-type]
