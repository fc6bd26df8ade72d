from __future__ import annotations

from dataclasses import replace

import pytest

from stalkdesk.domain.records import Exhibit, ExhibitLink
from stalkdesk.domain.vocab import Behaviour, DisclosureStatus
from stalkdesk.errors import NotFound
from stalkdesk.services.workspace import Workspace
from tests import factories


@pytest.fixture
def case_id(ws: Workspace) -> int:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    return case.id


def test_item_numbers_are_stable_and_never_reused(ws: Workspace, case_id: int) -> None:
    first = ws.entries.add_many(case_id, [factories.entry(i) for i in range(3)])
    assert [e.item_number for e in first] == [1, 2, 3]
    ws.entries.set_deleted([first[2].id or 0], True)
    later = ws.entries.add(case_id, factories.entry(-5, summary="earlier event, recorded later"))
    assert later.item_number == 4
    # Chronological order on read, item numbers as given.
    assert [e.item_number for e in ws.entries.list(case_id)] == [4, 1, 2]
    assert [e.item_number for e in ws.entries.list(case_id, include_deleted=True)] == [4, 1, 2, 3]


def test_entry_round_trips_every_field(ws: Workspace, case_id: int) -> None:
    import io

    victim = ws.people.add(case_id, factories.victim())
    witness = ws.people.add(case_id, factories.suspect(name="Wit Ness"))
    ex = ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="x"), io.BytesIO(b"x"))
    original = factories.entry(
        behaviours=(Behaviour.LOITERING, Behaviour.WATCHING), account="Long account", location="Fictional Park",
        people=(victim.id,), witnesses=(witness.id,), exhibits=(ExhibitLink(ex.id or 0, "image 1"),),
        disclosure=DisclosureStatus.UNUSED,
    )
    saved = ws.entries.add(case_id, original)
    got = ws.entries.get(saved.id or 0)
    assert got == replace(original, id=saved.id, item_number=1, case_id=case_id,
                          exhibits=(ExhibitLink(ex.id or 0, "image 1", "AF/1"),))


def test_update_replaces_links(ws: Workspace, case_id: int) -> None:
    p = ws.people.add(case_id, factories.victim())
    saved = ws.entries.add(case_id, factories.entry(people=(p.id,)))
    updated = ws.entries.update(replace(saved, summary="Changed", people=()))
    assert updated.summary == "Changed" and updated.people == ()
    assert updated.item_number == saved.item_number


def test_missing_entry_is_not_found(ws: Workspace) -> None:
    with pytest.raises(NotFound, match="no chronology entry"):
        ws.entries.get(999)


def test_bulk_set_statuses(ws: Workspace, case_id: int) -> None:
    saved = ws.entries.add_many(case_id, [factories.entry(i) for i in range(3)])
    ws.entries.bulk_set([e.id or 0 for e in saved[:2]], disclosure="sensitive")
    assert [e.disclosure.value for e in ws.entries.list(case_id)] == ["sensitive", "sensitive", "used"]


def test_full_text_index_follows_edits(ws: Workspace, case_id: int) -> None:
    saved = ws.entries.add(case_id, factories.entry(summary="Flowers left on the doorstep"))

    def hits(word: str) -> list[int]:
        with ws.db.read() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?", (word,)).all()
        return [r[0] for r in rows]

    assert hits("flowers") == [saved.id]
    ws.entries.update(replace(saved, summary="Card pushed through the letterbox"))
    assert hits("flowers") == [] and hits("letterbox") == [saved.id]
