"""Evidence bytes inside the encrypted store, in 1 MiB chunks.

Streamed in and out so that a 2 GB video never sits whole in memory; hashed (SHA-256)
on the way in; deduplicated within a case. Content rows are never updated: an
exhibit's original and its derived copies each point at their own content.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import BinaryIO

from sqlalchemy import delete, insert, select
from sqlmodel import Session

from stalkdesk.errors import NotFound, StoreDamaged
from stalkdesk.store.tables import ChunkRow, ContentRow

CHUNK_SIZE = 1 << 20


def put_stream(s: Session, case_id: int, stream: BinaryIO) -> ContentRow:
    """Store a stream's bytes; return the content row (an existing one if identical)."""
    row = ContentRow(case_id=case_id, sha256=f"pending-{uuid.uuid4()}", size=0, chunk_count=0,
                     created_at=datetime.now(UTC))
    s.add(row)
    s.flush()
    digest = hashlib.sha256()
    seq = size = 0
    while chunk := stream.read(CHUNK_SIZE):
        digest.update(chunk)
        s.execute(insert(ChunkRow), {"content_id": row.id, "seq": seq, "data": chunk})
        seq += 1
        size += len(chunk)
    sha = digest.hexdigest()
    existing = s.exec(
        select(ContentRow).where(ContentRow.case_id == case_id, ContentRow.sha256 == sha)
    ).scalars().first()
    if existing is not None:
        s.execute(delete(ChunkRow).where(ChunkRow.content_id == row.id))
        s.delete(row)
        s.flush()
        return existing
    row.sha256, row.size, row.chunk_count = sha, size, seq
    s.flush()
    return row


def iter_chunks(s: Session, content_id: int, verify: bool = True) -> Iterator[bytes]:
    """The bytes, one chunk at a time, each fetched on its own.

    With `verify`, the SHA-256 taken at intake is checked as the bytes go by, and the last
    chunk is held back until it matches: SQLCipher accepts an all-zero page without
    complaint, so a damaged original must not be handed on as if it were whole."""
    row = s.get(ContentRow, content_id)
    if row is None:
        raise NotFound(f"Stored content {content_id} is missing.")
    if verify:
        yield from _verified(s, row)
        return
    for seq in range(row.chunk_count):
        data = s.exec(
            select(ChunkRow.data).where(ChunkRow.content_id == content_id, ChunkRow.seq == seq)
        ).scalar_one_or_none()
        if data is None:
            raise NotFound(f"Part {seq + 1} of stored content {content_id} is missing.")
        yield data


def _verified(s: Session, row: ContentRow) -> Iterator[bytes]:
    assert row.id is not None
    digest = hashlib.sha256()
    held: bytes | None = None
    for chunk in iter_chunks(s, row.id, verify=False):
        if held is not None:
            yield held
        digest.update(chunk)
        held = chunk
    if digest.hexdigest() != row.sha256:
        raise StoreDamaged(
            f"Stored content {row.id} no longer matches the SHA-256 taken at intake: the store is "
            "damaged. Restore it from a backup; `stalkdesk verify` lists every affected exhibit."
        )
    if held is not None:
        yield held


def rehash(s: Session, content_id: int) -> str:
    digest = hashlib.sha256()
    for chunk in iter_chunks(s, content_id, verify=False):
        digest.update(chunk)
    return digest.hexdigest()
