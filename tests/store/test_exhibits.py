from __future__ import annotations

import hashlib
import io
import os

import pytest

from stalkdesk.domain.records import ContinuityEvent, Exhibit
from stalkdesk.domain.vocab import ContinuityAction
from stalkdesk.errors import Conflict
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.repos import content
from tests import factories


@pytest.fixture
def case_id(ws: Workspace) -> int:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    return case.id


def test_original_round_trips_byte_exact(ws: Workspace, case_id: int) -> None:
    data = os.urandom(3 * content.CHUNK_SIZE + 12345)  # several chunks and a ragged end
    ex = ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="fictional file",
                                          original_filename="f.bin"), io.BytesIO(data))
    assert ex.sha256 == hashlib.sha256(data).hexdigest()
    assert ex.size == len(data)
    chunks = list(ws.exhibits.iter_original(ex.id or 0))
    assert len(chunks) == 4 and max(len(c) for c in chunks) == content.CHUNK_SIZE
    assert b"".join(chunks) == data


def test_empty_original_is_kept(ws: Workspace, case_id: int) -> None:
    ex = ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="empty"), io.BytesIO(b""))
    assert ex.sha256 == hashlib.sha256(b"").hexdigest()
    assert ws.exhibits.read_original(ex.id or 0) == b""


def test_same_bytes_twice_in_a_case_is_refused_and_nothing_stored(ws: Workspace, case_id: int) -> None:
    ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="a"), io.BytesIO(b"same bytes"))
    with pytest.raises(Conflict, match="AF/1"):
        ws.exhibits.add(case_id, Exhibit(reference="AF/2", description="b", original_filename="copy.bin"),
                        io.BytesIO(b"same bytes"))
    assert ws.exhibits.references(case_id) == ["AF/1"]


def test_same_bytes_in_two_cases_are_two_exhibits(ws: Workspace, case_id: int) -> None:
    other = ws.cases.create(factories.case(urn="01FC0000224"))
    ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="a"), io.BytesIO(b"shared"))
    ex = ws.exhibits.add(other.id or 0, Exhibit(reference="AF/1", description="a"), io.BytesIO(b"shared"))
    assert ws.exhibits.read_original(ex.id or 0) == b"shared"


def test_duplicate_reference_is_a_conflict(ws: Workspace, case_id: int) -> None:
    ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="a"), io.BytesIO(b"one"))
    with pytest.raises(Conflict, match="already used"):
        ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="b"), io.BytesIO(b"two"))


def test_derivatives_sit_beside_the_original(ws: Workspace, case_id: int) -> None:
    ex = ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="a"), io.BytesIO(b"original"))
    d1 = ws.exhibits.add_derivative(ex.id or 0, "redacted", b"redacted v1", "image/jpeg")
    d2 = ws.exhibits.add_derivative(ex.id or 0, "redacted", b"redacted v2", "image/jpeg")
    assert (d1.version, d2.version) == (1, 2)
    assert ws.exhibits.read_derivative(d1) == b"redacted v1"
    assert ws.exhibits.read_original(ex.id or 0) == b"original"
    assert ws.exhibits.get(ex.id or 0).sha256 == hashlib.sha256(b"original").hexdigest()


def test_continuity_events_in_time_order(ws: Workspace, case_id: int) -> None:
    from datetime import UTC, datetime

    ex = ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="a"), io.BytesIO(b"x"))
    later = ContinuityEvent(at=datetime(2024, 3, 5, tzinfo=UTC), action=ContinuityAction.EXAMINED,
                            purpose="Viewed for the chronology")
    earlier = ContinuityEvent(at=datetime(2024, 3, 4, tzinfo=UTC), action=ContinuityAction.RECEIVED,
                              from_person="Jo Example", to_person="DC Alex Fictional")
    ws.exhibits.add_continuity(ex.id or 0, later)
    ws.exhibits.add_continuity(ex.id or 0, earlier)
    assert [e.action for e in ws.exhibits.continuity(ex.id or 0)] == [ContinuityAction.RECEIVED,
                                                                       ContinuityAction.EXAMINED]


def test_thumbnails_and_citing_entries(ws: Workspace, case_id: int) -> None:
    from stalkdesk.domain.records import ExhibitLink
    from stalkdesk.store.repos.exhibits import NewDerivative
    from tests import factories as f

    a = ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="a"), io.BytesIO(b"a"),
                        derived=[NewDerivative("thumbnail", b"thumb-a", "image/jpeg")])
    b = ws.exhibits.add(case_id, Exhibit(reference="AF/2", description="b"), io.BytesIO(b"b"))
    ws.exhibits.add_derivative(a.id or 0, "thumbnail", b"thumb-a2", "image/jpeg")
    assert ws.exhibits.thumbnails([a.id or 0, b.id or 0]) == {a.id: b"thumb-a2"}
    later, earlier, other = ws.entries.add_many(case_id, [
        f.entry(5, exhibits=(ExhibitLink(a.id or 0, "image 1"),)),
        f.entry(1, exhibits=(ExhibitLink(a.id or 0),)),
        f.entry(2, exhibits=(ExhibitLink(b.id or 0),)),
    ])
    assert ws.entries.ids_citing(a.id or 0) == [earlier.id, later.id]
    ws.entries.set_deleted([earlier.id or 0], True)
    assert ws.entries.ids_citing(a.id or 0) == [later.id]
    assert other.id not in ws.entries.ids_citing(a.id or 0)


def test_altered_original_is_refused_on_read_not_returned(ws: Workspace, case_id: int) -> None:
    from sqlalchemy import text

    from stalkdesk.errors import StoreDamaged

    data = os.urandom(2 * content.CHUNK_SIZE)
    ex = ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="x"), io.BytesIO(data))
    with ws.db.engine.begin() as conn:  # the last chunk zeroed, as a zeroed page would leave it
        conn.execute(text("UPDATE content_chunk SET data = zeroblob(length(data)) WHERE seq = 1"))
    with pytest.raises(StoreDamaged, match="no longer matches the SHA-256"):
        ws.exhibits.read_original(ex.id or 0)
    chunks = ws.exhibits.iter_original(ex.id or 0)
    assert next(chunks) == data[: content.CHUNK_SIZE]  # streaming holds back only the last chunk
    with pytest.raises(StoreDamaged):
        next(chunks)
