"""Zip exports (WhatsApp with media; later Facebook, Instagram, Telegram), opened with care.

Nothing is extracted to disk: members are read into memory only when stored, with limits
on size and on compression ratio so that a "zip bomb" is refused instead of filling memory.
"""

from __future__ import annotations

import zipfile
from typing import BinaryIO

from stalkdesk.importers.base import Attachment, ImportFormatError

MAX_MEMBER = 512 * 1024 * 1024  # one media file; larger ones are left inside the source exhibit
MAX_RATIO = 200  # media hardly compresses: far more than this is a bomb, not a photo
MAX_MEMBERS = 100_000


def open_zip(stream: BinaryIO, name: str) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The open archive and its text (.txt) members. Raises ImportFormatError if unreadable."""
    try:
        zf = zipfile.ZipFile(stream)
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise ImportFormatError(name, f"the zip file can't be read ({exc}).") from None
    if len(infos) > MAX_MEMBERS:
        zf.close()
        raise ImportFormatError(name, f"the zip holds {len(infos):,} files, more than an export would.")
    if any(i.flag_bits & 0x1 for i in infos):
        zf.close()
        raise ImportFormatError(name, "the zip is password-protected; export it again without a password.")
    return zf, [i for i in infos if not i.is_dir() and i.filename.lower().endswith(".txt")]


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """The bytes of one member, refusing bombs. Raises ImportFormatError."""
    where = f'"{info.filename}" in the zip'
    if info.file_size > MAX_MEMBER:
        raise ImportFormatError(name, f"it is too large to take in ({info.file_size:,} bytes).", where)
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1 << 20:
        raise ImportFormatError(name, "it expands far more than media does: refused as unsafe.", where)
    try:
        with zf.open(info) as fh:
            data = fh.read(MAX_MEMBER + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ImportFormatError(name, f"it can't be read ({exc}).", where) from None
    if len(data) > MAX_MEMBER:
        raise ImportFormatError(name, "it is larger than the zip says: refused as unsafe.", where)
    return data


def members(zf: zipfile.ZipFile, name: str, skip: set[str]) -> dict[str, Attachment]:
    """Every file of the zip but `skip`, by base name (as messages cite them)."""
    found: dict[str, Attachment] = {}
    for info in zf.infolist():
        if info.is_dir() or info.filename in skip:
            continue
        base = info.filename.rsplit("/", 1)[-1]
        if not base or base.startswith("."):
            continue

        def read(info: zipfile.ZipInfo = info) -> bytes:
            return read_member(zf, info, name)

        found.setdefault(base, Attachment(base, info.file_size, read))
    return found
