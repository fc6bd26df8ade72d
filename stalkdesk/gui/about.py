"""Help > About: the version, and what the program is for."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

import stalkdesk


def version() -> str:
    # From the package itself rather than importlib.metadata: the frozen app has no dist-info.
    return str(getattr(stalkdesk, "__version__", "unknown"))


def text() -> str:
    return (
        f"<h3>StalkDesk {html.escape(version())}</h3>"
        "<p>Offline, encrypted case preparation for specialist stalking units "
        "in England and Wales.</p>"
        "<p>Everything is kept on this computer in an encrypted store (SQLCipher 4). "
        "Nothing is sent anywhere.</p>"
        f"<p style='color:#6a7888'>Qt for Python {html.escape(pyside_version)}</p>"
    )


def show(parent: QWidget) -> None:
    QMessageBox.about(parent, "About StalkDesk", text())
