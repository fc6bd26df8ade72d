"""CaseDialogs: one dialog of each kind, replaced for another case, closed with its case or on lock,
and deleted only once the task it runs is over."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QWidget

from stalkdesk.gui.case_dialogs import CaseDialogs

pytestmark = pytest.mark.gui


class TaskDialog(QDialog):
    """A dialog like the Reports one: `task` is set while work it started is running."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.task: object | None = None


class Made:
    """A factory that records what it made."""

    def __init__(self, parent: QWidget, cls: type[QDialog] = QDialog) -> None:
        self.parent, self.cls = parent, cls
        self.dialogs: list[QDialog] = []

    def __call__(self) -> QDialog:
        dialog = self.cls(self.parent)
        self.dialogs.append(dialog)
        return dialog


@pytest.fixture
def parent(qtbot) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def deleted(dialog: QDialog, parent: QWidget) -> bool:
    """Whether a deleteLater() was pending for `dialog`: run the pending deletions and look."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not shiboken6.isValid(dialog)


def test_one_of_each_kind_raised_not_made_again(parent: QWidget) -> None:
    dialogs, make = CaseDialogs(), Made(parent)
    first = dialogs.open("reports", make, case_id=1)
    assert first.isVisible() and not first.isModal()
    assert dialogs.open("reports", make, case_id=1) is first
    assert len(make.dialogs) == 1
    assert dialogs.get("reports", QDialog) is first
    assert dialogs.get("reports", TaskDialog) is None  # another class: not what was asked for
    assert dialogs.get("audit", QDialog) is None
    other = dialogs.open("audit", Made(parent), case_id=1)
    assert other is not first and dialogs.get("reports", QDialog) is first


def test_modal_opens_window_modal(parent: QWidget) -> None:
    dialog = CaseDialogs().open("import", Made(parent), modal=True)
    assert dialog.isVisible() and dialog.isModal()


def test_another_case_replaces_the_open_dialog(parent: QWidget) -> None:
    dialogs, make = CaseDialogs(), Made(parent)
    first = dialogs.open("reports", make, case_id=1)
    second = dialogs.open("reports", make, case_id=2)
    assert second is not first and not first.isVisible() and second.isVisible()
    assert dialogs.get("reports", QDialog) is second
    assert deleted(first, parent) and not deleted(second, parent)


def test_a_dialog_without_a_case_is_kept_whatever_case_asks(parent: QWidget) -> None:
    dialogs, make = CaseDialogs(), Made(parent)
    first = dialogs.open("handover", make)
    assert dialogs.open("handover", make, case_id=3) is first
    assert len(make.dialogs) == 1


def test_reopen_makes_a_fresh_one(parent: QWidget) -> None:
    dialogs, make = CaseDialogs(), Made(parent)
    first = dialogs.open("audit", make, reopen=True)
    second = dialogs.open("audit", make, reopen=True)
    assert second is not first and not first.isVisible() and dialogs.get("audit", QDialog) is second


def test_flush_runs_only_before_a_new_dialog(parent: QWidget) -> None:
    dialogs, order = CaseDialogs(), []

    def make() -> QDialog:
        order.append("make")
        return QDialog(parent)

    dialogs.open("reports", make, case_id=1, flush=lambda: order.append("flush"))
    dialogs.open("reports", make, case_id=1, flush=lambda: order.append("flush"))
    assert order == ["flush", "make"]


def test_finishing_forgets_deletes_and_tells(parent: QWidget) -> None:
    dialogs, told = CaseDialogs(), []
    dialog = dialogs.open("new case", Made(parent), on_finished=lambda d: told.append((d, dialogs.get("new case",
                                                                                                       QDialog))))
    dialog.accept()
    assert told == [(dialog, None)]  # forgotten before the window is told
    assert dialogs.get("new case", QDialog) is None and deleted(dialog, parent)


def test_a_dialog_with_a_running_task_is_not_deleted(parent: QWidget) -> None:
    dialogs = CaseDialogs()
    busy = dialogs.open("reports", Made(parent, TaskDialog), case_id=1)
    assert isinstance(busy, TaskDialog)
    busy.task = object()
    busy.reject()
    assert dialogs.get("reports", QDialog) is None
    assert not deleted(busy, parent)  # the task delivers to it; it deletes itself after that
    idle = dialogs.open("reports", Made(parent, TaskDialog), case_id=1)
    idle.reject()
    assert deleted(idle, parent)


def test_close_case_rejects_only_dialogs_on_a_case(parent: QWidget) -> None:
    dialogs = CaseDialogs()
    reports = dialogs.open("reports", Made(parent), case_id=1)
    audit = dialogs.open("audit", Made(parent))
    dialogs.close_case()
    assert not reports.isVisible() and dialogs.get("reports", QDialog) is None
    assert audit.isVisible() and dialogs.get("audit", QDialog) is audit


def test_close_all_rejects_every_dialog(parent: QWidget) -> None:
    dialogs = CaseDialogs()
    opened = [dialogs.open(kind, Made(parent), case_id=case_id)
              for kind, case_id in (("reports", 1), ("audit", None), ("import", None))]
    dialogs.close_all()
    assert not any(d.isVisible() for d in opened)
    assert all(dialogs.get(kind, QDialog) is None for kind in ("reports", "audit", "import"))


def test_a_dialog_that_refuses_to_close_stays_registered(parent: QWidget) -> None:
    class Busy(QDialog):
        def reject(self) -> None:  # like the handover dialog while it writes the file
            pass

    dialogs = CaseDialogs()
    busy = dialogs.open("reports", Made(parent, Busy), case_id=1)
    assert dialogs.open("reports", Made(parent), case_id=2) is busy  # it is raised, not duplicated
    dialogs.close_all()
    assert dialogs.get("reports", QDialog) is busy
