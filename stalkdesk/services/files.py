"""Files the officer points StalkDesk at: why one could not be read, in plain words."""

from __future__ import annotations

from pathlib import Path


def unreadable(path: Path, error: OSError, outcome: str) -> str | None:
    """The sentence for a file that cannot be opened ("... was not added: it is a folder"),
    or None for an error that is not about the file itself (a bug or a disk fault)."""
    if isinstance(error, FileNotFoundError):
        reason = "there is no such file"
    elif isinstance(error, IsADirectoryError):
        reason = "it is a folder, not a file"
    elif isinstance(error, PermissionError):
        reason = "StalkDesk is not allowed to read it"
    else:
        return None
    return f'"{path}" was not {outcome}: {reason}.'
