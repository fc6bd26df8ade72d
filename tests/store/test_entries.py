from __future__ import annotations

import io
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


def test_query_filters_combine(ws: Workspace, case_id: int) -> None:
    from datetime import UTC, datetime

    from stalkdesk.domain.query import EntryOrder, EntryQuery
    from stalkdesk.domain.vocab import Channel, Source

    saved = ws.entries.add_many(case_id, [
        factories.entry(0, summary="Flowers left at the door", behaviours=(Behaviour.GIFTS_OR_ITEMS,),
                        channel=Channel.IN_PERSON, location="Fictional Road"),
        factories.entry(24, summary="Text message: 'you can't hide'", behaviours=(Behaviour.CONTACTING,
                        Behaviour.THREATS_OF_VIOLENCE), channel=Channel.SMS),
        factories.entry(48, summary="Seen outside the café", behaviours=(Behaviour.LOITERING,),
                        channel=Channel.IN_PERSON, source=Source.WITNESS_STATEMENT),
        factories.entry(72, summary="More flowers", behaviours=(Behaviour.GIFTS_OR_ITEMS,),
                        channel=Channel.IN_PERSON),
    ])
    ids = [e.id for e in saved]

    def q(**kw: object) -> list[int | None]:
        return list(ws.entries.ids(case_id, EntryQuery(**kw)))  # type: ignore[arg-type]

    assert q() == ids
    assert q(text="flow") == [ids[0], ids[3]]
    assert q(text="cafe") == [ids[2]]  # diacritics folded
    assert q(text="fictional road") == [ids[0]]
    assert q(text='"hide OR') == []  # FTS syntax is taken as words, never an error or an operator
    assert q(text='"hide') == [ids[1]]
    assert q(behaviours=frozenset({Behaviour.THREATS_OF_VIOLENCE})) == [ids[1]]
    assert q(behaviours=frozenset({Behaviour.CONTACTING, Behaviour.LOITERING})) == [ids[1], ids[2]]
    assert q(channels=frozenset({Channel.IN_PERSON}), text="flowers") == [ids[0], ids[3]]
    assert q(sources=frozenset({Source.WITNESS_STATEMENT})) == [ids[2]]
    assert q(start=datetime(2024, 3, 4, 21, 15, tzinfo=UTC), end=datetime(2024, 3, 6, 21, 15, tzinfo=UTC)) \
        == [ids[1], ids[2]]
    assert q(order=EntryOrder.SUMMARY) == [ids[0], ids[3], ids[2], ids[1]]
    ws.entries.set_deleted([ids[0] or 0], True)
    assert q(text="flowers") == [ids[3]]
    assert q(text="flowers", include_deleted=True) == [ids[0], ids[3]]
    assert q(descending=True) == [ids[3], ids[2], ids[1]]


def test_bst_entry_is_stored_in_utc_and_shown_in_uk_time(ws: Workspace, case_id: int) -> None:
    from stalkdesk.domain.when import parse_when, render

    summer = parse_when("31/03/2024 02:30")  # an hour after the clocks went forward
    winter = parse_when("31/03/2024 00:30")
    saved = ws.entries.add_many(case_id, [factories.entry(when=summer), factories.entry(when=winter)])
    got = {e.id: e.when for e in ws.entries.list(case_id)}
    assert got[saved[0].id].start.isoformat() == "2024-03-31T01:30:00+00:00"
    assert got[saved[1].id].start.isoformat() == "2024-03-31T00:30:00+00:00"
    assert render(got[saved[0].id]) == "31/03/2024 02:30"


def test_entries_added_in_batches_number_on_and_are_audited_once(ws: Workspace, case_id: int) -> None:
    with pytest.raises(RuntimeError, match="only inside a transaction"):
        ws.entries.batches(case_id, ws.entries.next_id())
    ws.entries.add(case_id, factories.entry(summary="Written by hand"))
    source = ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="Fictional export"), io.BytesIO(b"x"))
    link = (ExhibitLink(source.id or 0, "line 2"),)
    events = len(ws.audit.events(case_id))
    with ws.transaction():
        batches = ws.entries.batches(case_id, ws.entries.next_id())
        batches.add([factories.entry(summary="Taken back", exhibits=link)])
        batches.discard()  # as an import does when its file turns out to be out of time order
        batches.add([factories.entry(summary="One", exhibits=link)])
        batches.add([factories.entry(summary=s) for s in ("Two", "Three")])
        assert batches.finish("Imported a fictional export") == (2, 4)
    entries = ws.entries.list(case_id)
    assert [(e.item_number, e.summary) for e in entries] == [(1, "Written by hand"), (2, "One"), (3, "Two"),
                                                             (4, "Three")]
    assert [e.id for e in entries[1:]] == [entries[0].id + n for n in (1, 2, 3)]  # type: ignore[operator]
    assert [x.locator for x in entries[1].exhibits] == ["line 2"]
    with ws.entries.db.read() as s:  # the link of the entry taken back went with it
        links = s.connection().exec_driver_sql("SELECT entry_id FROM entry_exhibit").all()
    assert links == [(entries[1].id,)]
    assert [e.summary for e in ws.audit.events(case_id)[events:]] == ["Imported a fictional export"]
