"""The fictional demo case: counts, times, escalation, fictional contact details, determinism."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import ExifTags, Image, ImageOps

from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import (
    Behaviour,
    ContinuityAction,
    DisclosureStatus,
    ExhibitKind,
    Offence,
    Role,
)
from stalkdesk.domain.when import Precision, local_end, local_start
from stalkdesk.errors import Conflict, InvalidInput
from stalkdesk.imaging.metadata import extract_metadata
from stalkdesk.services import demo, demo_media
from stalkdesk.services.demo import DEMO_URN, MIN_ENTRIES, load_demo
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from tests.conftest import FAST_KDF, OFFICER, PASSPHRASE

UK = ZoneInfo("Europe/London")
FIRST = datetime(2024, 2, 1, tzinfo=UK)
AFTER = datetime(2024, 7, 1, tzinfo=UK)
DRAMA_PHONE = re.compile(r"\+447700900\d{3}")
ANY_UK_MOBILE = re.compile(r"(?:\+44\s?|\b0)7\d{3}\s?\d{3}\s?\d{3}")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, int, list[Entry]]]:
    """One default demo, shared by the tests that only read it (drawing the pictures is the slow part)."""
    saved = Vault.kdf
    Vault.kdf = FAST_KDF
    try:
        ws, _ = Vault(tmp_path_factory.mktemp("demo") / "home").create(PASSPHRASE, OFFICER)
    finally:
        Vault.kdf = saved
    case = load_demo(ws)
    assert case.id is not None
    yield ws, case.id, ws.entries.list(case.id)
    ws.close()


@pytest.fixture
def second_ws(tmp_path: Path) -> Iterator[Workspace]:
    ws, _ = Vault(tmp_path / "h2").create(PASSPHRASE, OFFICER)
    yield ws
    ws.close()


def test_the_case_is_marked_as_a_demo(ws: Workspace) -> None:
    case = load_demo(ws)
    assert case.is_demo and case.urn == DEMO_URN
    assert "DEMO" in case.operation and "fictional" in case.operation
    assert set(case.offences) == {Offence.PHA_S2A, Offence.PHA_S4A}
    assert case.officer_in_case == OFFICER.display
    assert case.crime_reference


def test_counts(loaded: tuple[Workspace, int, list[Entry]]) -> None:
    ws, case_id, entries = loaded
    people = ws.people.list(case_id)
    assert Counter(p.role for p in people) == {Role.VICTIM: 1, Role.SUSPECT: 1, Role.WITNESS: 2}
    assert len(entries) == 150
    assert len(ws.exhibits.list(case_id)) == 15
    assert sorted(e.item_number or 0 for e in entries) == list(range(1, 151))


def test_entries_are_numbered_in_time_order(loaded: tuple[Workspace, int, list[Entry]]) -> None:
    _, _, entries = loaded  # listed by time, then item number
    numbers = [e.item_number or 0 for e in entries]
    assert numbers == sorted(numbers)


def test_every_time_lies_in_the_five_months(loaded: tuple[Workspace, int, list[Entry]]) -> None:
    for e in loaded[2]:
        assert FIRST <= local_start(e.when) < AFTER, e.summary
        end = local_end(e.when)
        assert end is None or end <= AFTER


def test_times_cross_the_clock_change_and_avoid_its_hour(loaded: tuple[Workspace, int, list[Entry]]) -> None:
    starts = [local_start(e.when) for e in loaded[2]]
    assert {s.utcoffset() for s in starts} == {datetime(2024, 1, 1, tzinfo=UK).utcoffset(),
                                               datetime(2024, 6, 1, tzinfo=UK).utcoffset()}
    assert not [s for s in starts if (s.month, s.day, s.hour) == (3, 31, 1)]


def test_conduct_escalates(loaded: tuple[Workspace, int, list[Entry]]) -> None:
    months = Counter(local_start(e.when).month for e in loaded[2])
    assert months[6] > 3 * months[2]
    assert months[2] <= months[3] <= months[4] <= months[5] <= months[6]
    threats = [local_start(e.when) for e in loaded[2] if Behaviour.THREATS_OF_VIOLENCE in e.behaviours]
    assert len(threats) >= 2 and min(threats).month >= 4  # threats come later


def test_a_realistic_mix(loaded: tuple[Workspace, int, list[Entry]]) -> None:
    entries = loaded[2]
    behaviours = Counter(b for e in entries for b in e.behaviours)
    assert behaviours.most_common(1)[0][0] is Behaviour.CONTACTING
    assert {Behaviour.LOITERING, Behaviour.FOLLOWING, Behaviour.WATCHING, Behaviour.GIFTS_OR_ITEMS,
            Behaviour.THIRD_PARTY_CONTACT, Behaviour.THREATS_OF_VIOLENCE, Behaviour.DAMAGE,
            Behaviour.MONITORING, Behaviour.PUBLISHING} <= set(behaviours)
    precisions = Counter(e.when.precision for e in entries)
    assert precisions.most_common(1)[0][0] is Precision.MINUTE
    assert {Precision.DAY, Precision.MONTH, Precision.APPROXIMATE} <= set(precisions)
    assert all(e.when.approx_text for e in entries if e.when.precision is Precision.APPROXIMATE)
    disclosure = Counter(e.disclosure for e in entries)
    assert disclosure[DisclosureStatus.USED] > 0.8 * len(entries)
    assert disclosure[DisclosureStatus.UNUSED] >= 1 and disclosure[DisclosureStatus.SENSITIVE] >= 1
    assert len({e.source for e in entries}) >= 6
    assert any(e.witnesses for e in entries)
    assert all(e.summary and e.account for e in entries)


def test_contact_details_are_fictional(loaded: tuple[Workspace, int, list[Entry]]) -> None:
    ws, case_id, entries = loaded
    people = ws.people.list(case_id)
    for p in people:
        assert p.phones and all(DRAMA_PHONE.fullmatch(n) for n in p.phones), p.name
        for email in p.emails:
            domain = email.rsplit("@", 1)[1]
            assert domain in ("example.com", "example.org", "example.net") or domain.endswith(".invalid")
        assert all("ZZ99" in a for a in p.addresses)
        assert "FICTIONAL" in p.notes
    suspect = next(p for p in people if p.role is Role.SUSPECT)
    assert suspect.handles and suspect.vehicles
    text = " ".join(f"{e.summary} {e.account} {e.location} {e.source_reference}" for e in entries)
    for number in ANY_UK_MOBILE.findall(text):
        assert DRAMA_PHONE.fullmatch(re.sub(r"\s", "", number)), number


def test_exhibits_are_marked_pictures_linked_to_the_chronology(
    loaded: tuple[Workspace, int, list[Entry]],
) -> None:
    ws, case_id, entries = loaded
    exhibits = ws.exhibits.list(case_id)
    assert [x.reference for x in exhibits] == [f"{OFFICER.initials}/{n}" for n in range(1, 16)]
    assert {x.kind for x in exhibits} == {ExhibitKind.SCREENSHOT, ExhibitKind.PHOTO}
    linked = {link.exhibit_id for e in entries for link in e.exhibits}
    assert linked == {x.id for x in exhibits}
    assert all(link.locator for e in entries for link in e.exhibits)
    orientations, with_gps = set(), 0
    for x in exhibits:
        assert x.id is not None and x.description and x.produced_by
        data = ws.exhibits.read_original(x.id)
        meta = extract_metadata(data, x.original_filename)
        assert meta.exif_time and meta.exif_time.startswith("2024-")
        assert meta.exif_offset in ("+00:00", "+01:00")
        orientations.add(meta.orientation)
        with_gps += meta.gps is not None
        image = Image.open(io.BytesIO(data))
        assert demo_media.MARK in str(image.getexif().get(ExifTags.Base.ImageDescription))
        upright = ImageOps.exif_transpose(image).convert("RGB")
        left, top, _, bottom = demo_media.banner_box(upright.size)
        pixel = upright.getpixel((left + 2, (top + bottom) // 2))
        assert isinstance(pixel, tuple)
        assert all(abs(a - b) < 40 for a, b in zip(pixel, demo_media.BANNER_RGB, strict=True)), x.reference
    assert 6 in orientations and with_gps >= 3
    victim = next(p for p in ws.people.list(case_id) if p.role is Role.VICTIM)
    events = [ev for x in exhibits if x.id is not None for ev in ws.exhibits.continuity(x.id)]
    assert any(ev.action is ContinuityAction.RECEIVED and ev.from_person == victim.name for ev in events)
    assert any(ev.action is ContinuityAction.EXAMINED for ev in events)


def test_the_same_every_time(ws: Workspace, second_ws: Workspace) -> None:
    def snapshot(w: Workspace) -> tuple[list[tuple[object, ...]], list[tuple[str, str]]]:
        case = load_demo(w, entries=300)
        assert case.id is not None
        rows: list[tuple[object, ...]] = [
            (e.item_number, e.when, e.summary, e.account, e.behaviours, e.channel, e.location, e.source,
             e.disclosure, e.evidential_status, e.reported_at, len(e.witnesses), len(e.exhibits))
            for e in w.entries.list(case.id)
        ]
        return rows, [(x.reference, x.sha256) for x in w.exhibits.list(case.id)]

    assert snapshot(ws) == snapshot(second_ws)


def test_loading_twice_is_refused(ws: Workspace) -> None:
    load_demo(ws, entries=MIN_ENTRIES)
    with pytest.raises(Conflict, match=rf"already loaded \(URN {DEMO_URN}\)"):
        load_demo(ws, entries=MIN_ENTRIES)


def test_too_few_entries_is_refused(ws: Workspace) -> None:
    with pytest.raises(InvalidInput, match=str(MIN_ENTRIES)):
        load_demo(ws, entries=MIN_ENTRIES - 1)
    assert ws.cases.list() == []


def test_many_entries_in_batches_with_progress(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "BATCH", 700)
    calls: list[tuple[int, int]] = []
    case = load_demo(ws, entries=2000, progress=lambda done, total: calls.append((done, total)))
    assert case.id is not None
    entries = ws.entries.list(case.id)
    assert len(entries) == 2000
    assert [e.item_number for e in entries] == list(range(1, 2001))  # chronological across batches
    assert calls[-1] == (2015, 2015) and len(calls) == 15 + 3
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    months = Counter(local_start(e.when).month for e in entries)
    assert months[6] > 3 * months[2]


def test_a_cancelled_load_leaves_nothing_behind(ws: Workspace) -> None:
    from stalkdesk.errors import Cancelled

    def cancel_after_exhibits(done: int, total: int) -> None:
        if done > 15:
            raise Cancelled("Cancelled.")

    with pytest.raises(Cancelled):
        load_demo(ws, entries=200, progress=cancel_after_exhibits)
    assert ws.cases.list() == []
    load_demo(ws)  # and the demo can still be loaded afterwards
    assert len(ws.cases.list()) == 1
