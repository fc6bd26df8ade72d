"""Files dragged from the file manager: the one path the wizard (or the chronology) takes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent


def dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file or folder being dragged, or None (several, or not files)."""
    data = event.mimeData()
    urls = data.urls() if data.hasUrls() else []
    local = [u.toLocalFile() for u in urls if u.isLocalFile()]
    return Path(local[0]) if len(local) == 1 else None
