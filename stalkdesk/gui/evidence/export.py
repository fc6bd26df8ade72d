"""Writing an original out of the store, at the officer's explicit request.

This is the one place the Evidence tab writes a file, and the copy it writes is NOT
encrypted: the viewer warns before calling it. The bytes are streamed from the store
(a recording may be hundreds of MB) into a hidden file beside the target, checked against
the SHA-256 taken at intake, flushed to disk, and only then renamed over the chosen name,
so the chosen path never holds a partial or altered copy.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path

from stalkdesk.domain import exhibit_ref
from stalkdesk.domain.records import Exhibit
from stalkdesk.errors import DiskFull, InvalidInput, StoreDamaged
from stalkdesk.services import exhibit_export
from stalkdesk.services.workspace import Workspace

Progress = Callable[[int, int], None]
STEPS = 1000  # progress in thousandths: byte counts overflow QProgressDialog's int


def suggested_name(exhibit: Exhibit) -> str:
    """ "JS_1.jpg": the reference as a file stem (no "/"), with the original's extension."""
    return exhibit_ref.file_stem(exhibit.reference) + Path(exhibit.original_filename).suffix


def write_original(chunks: Iterable[bytes], target: Path, size: int, sha256: str,
                   progress: Progress | None = None) -> None:
    """Stream `chunks` to `target` atomically; refuse (and leave nothing) if the hash differs."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    digest, done = hashlib.sha256(), 0
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done * STEPS // max(size, 1), STEPS)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            raise StoreDamaged(f"The copy of {target.name} did not match the SHA-256 recorded at intake, "
                               "so it was not saved. Run Verify store on this case.")
        os.replace(temp, target)
        _sync_folder(target.parent)
    except OSError as error:
        raise _plain(error, target) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        close = getattr(chunks, "close", None)
        if close is not None:  # ends the store's read transaction at once, even when cancelled
            close()


def export_and_record(ws: Workspace, exhibit: Exhibit, target: Path, progress: Progress | None = None, *,
                      recipient: str = "", purpose: str = "") -> Path:
    """The viewer's background task: write the copy, then record it in the exhibit's continuity
    and, with `recipient` and `purpose`, as an export in the audit trail (services.exhibit_export).

    One task, so that locking (which waits for running tasks) cannot fall between the copy
    and its record. A copy whose record fails is removed: an export the log does not show
    must not exist."""
    assert exhibit.id is not None
    exhibit_export.check_details(exhibit, recipient, purpose)  # before a byte is written
    write_original(ws.exhibits.iter_original(exhibit.id), target, exhibit.size, exhibit.sha256, progress)
    try:
        exhibit_export.record_original_export(ws, exhibit, target, recipient, purpose)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _sync_folder(folder: Path) -> None:
    # The rename is only durable once the folder entry is flushed; Windows has no such call.
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _plain(error: OSError, target: Path) -> Exception:
    if error.errno == errno.ENOSPC:
        return DiskFull(f"There is not enough space to save {target.name} in {target.parent}.")
    if isinstance(error, PermissionError):
        return InvalidInput(f"StalkDesk is not allowed to save files in {target.parent}.")
    return InvalidInput(f"{target.name} could not be saved: {error.strerror or error}.")
