"""The main window's dialogs that stay open beside it (or over it, window-modal), at most one
of each kind: the Reports dialog, the Redaction dialog, the import wizard, the audit trail, a
case handover, a new case.

They are opened with `open()` or `show()`, never `exec()`: a lock from idleness must be able to
close them (`close_all`), and a non-modal one leaves the case usable beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


@dataclass(frozen=True)
class _Open:
    dialog: QDialog
    case_id: int | None


class CaseDialogs:
    """The open dialog of each kind (a name such as "reports"), forgotten when it finishes.

    A dialog opened with a `case_id` works on that case: it is closed when the case closes
    (`close_case`), and asking for its kind for another case replaces it. One opened without
    outlives the open case. Every dialog is closed on lock (`close_all`).
    """

    def __init__(self) -> None:
        self._open: dict[str, _Open] = {}

    def get(self, kind: str, cls: type[D]) -> D | None:
        """The open dialog of `kind` if there is one of class `cls`."""
        entry = self._open.get(kind)
        return entry.dialog if entry is not None and isinstance(entry.dialog, cls) else None

    def open(self, kind: str, factory: Callable[[], D], *, case_id: int | None = None,
             flush: Callable[[], None] | None = None, modal: bool = False, reopen: bool = False,
             on_finished: Callable[[D], None] | None = None) -> QDialog:
        """The dialog of `kind`: the open one, raised, or a new one from `factory`.

        `flush` runs before a new dialog is made (so it sees what is typed in the case);
        `modal` opens it window-modal; `reopen` closes an open one and makes it afresh;
        `on_finished` is told when the new one has finished, after it is forgotten.
        """
        entry = self._open.get(kind)
        if entry is not None and (reopen or (entry.case_id is not None and entry.case_id != case_id)):
            entry.dialog.reject()  # finishing forgets it (unless it refuses to close while busy)
            entry = self._open.get(kind)
        if entry is not None:
            entry.dialog.raise_()
            return entry.dialog
        if flush is not None:
            flush()
        dialog = factory()
        self._open[kind] = _Open(dialog, case_id)
        dialog.finished.connect(lambda _result: self._finished(kind, dialog, on_finished))
        if modal:
            dialog.open()
        else:
            dialog.show()
            dialog.raise_()
        return dialog

    def close_case(self) -> None:
        """Reject the dialogs that work on a case: it is closing."""
        for entry in list(self._open.values()):
            if entry.case_id is not None:
                entry.dialog.reject()

    def close_all(self) -> None:
        """Reject every open dialog (on lock): each drops the case data it holds."""
        for entry in list(self._open.values()):
            entry.dialog.reject()

    def _finished(self, kind: str, dialog: D, on_finished: Callable[[D], None] | None) -> None:
        entry = self._open.get(kind)
        if entry is not None and entry.dialog is dialog:
            del self._open[kind]
        if on_finished is not None:
            on_finished(dialog)
        if getattr(dialog, "task", None) is None:  # a task still running delivers to the dialog: keep it till then
            dialog.deleteLater()
