from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from stalkdesk.domain.records import ContactRecord, Exhibit, ExhibitLink
from stalkdesk.domain.vocab import ContinuityAction
from stalkdesk.errors import Conflict, InvalidInput, StoreDamaged, WrongPassphrase
from stalkdesk.services import handover, serialise
from stalkdesk.services.vault import Vault
from stalkdesk.services.verify import verify
from stalkdesk.services.workspace import Workspace
from stalkdesk.store import handover as store_handover
from stalkdesk.store import migrate
from tests import factories
from tests.conftest import OFFICER, PASSPHRASE

HANDOVER = "handover passphrase for a colleague"


@pytest.fixture
def sender(ws: Workspace) -> Workspace:
    case = ws.cases.create(factories.case())
    cid = case.id or 0
    v = ws.people.add(cid, factories.victim())
    parent = ws.exhibits.add(cid, Exhibit(reference="AF/1", description="Phone download"), io.BytesIO(b"P" * 3000))
    ws.exhibits.add(cid, Exhibit(reference="AF/1/1", description="Screenshot"), io.BytesIO(b"S" * 2_500_000))
    ws.exhibits.add_derivative(parent.id or 0, "thumbnail", b"thumb", "image/jpeg")
    entries = ws.entries.add_many(cid, [factories.entry(i, people=(v.id,), summary=f"Fictional {i}",
                                                        exhibits=(ExhibitLink(parent.id or 0, f"page {i}"),))
                                        for i in range(20)])
    ws.records.add_many(cid, parent.id or 0, [
        ContactRecord(kind="message", at=entries[0].when.start, identity="+447700900456", seq=1,
                      entry_id=entries[0].id, body="Fictional message")])
    ws.narrative.set(cid, "suspect_account", "No comment (fictional).")
    return ws


def receiver(tmp_path: Path) -> Workspace:
    ws, _ = Vault(tmp_path / "colleague").create(PASSPHRASE, OFFICER)
    return ws


def comparable(data: dict[str, object]) -> dict[str, object]:
    """The case as JSON, without ids (which differ between stores)."""
    import json

    text = json.dumps(data, sort_keys=True, default=str)
    loaded = json.loads(text)
    for group in ("people", "entries", "exhibits"):
        for item in loaded[group]:
            item.pop("id", None)
            item.pop("people", None)
            if item.get("provenance"):
                item["provenance"].pop("exhibit_id", None)
    for c in ("created_utc", "updated_utc"):
        loaded["case"].pop(c)
    return loaded  # type: ignore[no-any-return]


def test_round_trip_to_another_store(sender: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "case.sdcase"
    info = handover.export_case(sender, "01FC0000124", out, HANDOVER, "DC Colleague", "Transfer of case")
    assert info.rows["entry"] == 20 and info.rows["exhibit"] == 2
    assert b"Fictional" not in out.read_bytes()
    assert sender.audit.events(1)[-1].action == "handover"
    other = receiver(tmp_path)
    try:
        case = handover.import_case(other, out, HANDOVER)
        assert comparable(serialise.full_case(other, case.urn)) == comparable(
            serialise.full_case(sender, "01FC0000124"))
        ex = {x.reference: x for x in other.exhibits.list(case.id or 0)}
        assert other.exhibits.read_original(ex["AF/1/1"].id or 0) == b"S" * 2_500_000
        events = other.exhibits.continuity(ex["AF/1"].id or 0)
        assert events[-1].action == ContinuityAction.RECEIVED and info.sha256 in events[-1].purpose
        assert other.narrative.get(case.id or 0).suspect_account == "No comment (fictional)."
        entry = other.entries.list(case.id or 0)[0]
        assert [r.body for r in other.records.for_entry(entry.id or 0)] == ["Fictional message"]
        assert other.audit.events(case.id)[-1].action == "handover"
        assert verify(other).ok
    finally:
        other.close()


def test_a_bundle_from_an_older_version_is_received(sender: Workspace, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # A colleague's StalkDesk at schema 0007 writes no disclosure_reason columns and no
    # text_redaction or spo_term tables (0008): what is there is taken, the rest defaults.
    # Its records' times are text (DateTime's naive UTC), not microseconds (0009).
    real_copy, real_tables, newer = store_handover.copy_case, store_handover._tables, ("text_redaction", "spo_term")
    out = tmp_path / "case.sdcase"
    with monkeypatch.context() as m:
        def as_0007(src: Connection, dst: Connection, case_id: int | None, remap: bool,
                    skip: tuple[str, ...] = ()) -> dict[str, dict[int, int]]:
            maps = real_copy(src, dst, case_id, remap, skip)
            for sql in ("ALTER TABLE entry DROP COLUMN disclosure_reason",
                        "ALTER TABLE exhibit DROP COLUMN disclosure_reason", *(f"DROP TABLE {t}" for t in newer),
                        "UPDATE contact_record SET at_utc = strftime('%Y-%m-%d %H:%M:%S', at_utc / 1000000, "
                        "'unixepoch') || printf('.%06d', at_utc % 1000000)"):
                dst.execute(text(sql))
            m.setattr(store_handover, "_tables", lambda: {n: t for n, t in real_tables().items() if n not in newer})
            return maps

        m.setattr(store_handover, "copy_case", as_0007)
        m.setattr(migrate, "head_revision", lambda: "0007")
        handover.export_case(sender, "01FC0000124", out, HANDOVER, "DC Colleague", "Transfer of case")
    other = receiver(tmp_path)
    try:
        case = handover.import_case(other, out, HANDOVER)
        entries = other.entries.list(case.id or 0)
        assert len(entries) == 20 and {e.disclosure_reason for e in entries} == {""}
        assert {x.disclosure_reason for x in other.exhibits.list(case.id or 0)} == {""}
        [record] = other.records.for_entry(entries[0].id or 0)
        [sent] = sender.records.for_entry(sender.entries.list(sender.case("01FC0000124").id or 0)[0].id or 0)
        assert record.body == "Fictional message" and record.at == sent.at
        assert verify(other).ok
    finally:
        other.close()


def test_any_changed_byte_is_refused_and_nothing_changes(sender: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "case.sdcase"
    handover.export_case(sender, "01FC0000124", out, HANDOVER, "DC Colleague", "Transfer")
    data = out.read_bytes()
    other = receiver(tmp_path)
    try:
        head = other.audit.head()
        for position in (20, 200, len(data) // 2, len(data) - 1):
            bad = bytearray(data)
            bad[position] ^= 0x40
            target = tmp_path / f"bad{position}.sdcase"
            target.write_bytes(bytes(bad))
            with pytest.raises((StoreDamaged, WrongPassphrase)):
                handover.import_case(other, target, HANDOVER)
        (tmp_path / "short.sdcase").write_bytes(data[:-4096])
        with pytest.raises(StoreDamaged):
            handover.import_case(other, tmp_path / "short.sdcase", HANDOVER)
        assert other.cases.list() == [] and other.audit.head() == head
    finally:
        other.close()


def test_wrong_passphrase_and_duplicates(sender: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "case.sdcase"
    handover.export_case(sender, "01FC0000124", out, HANDOVER, "DC Colleague", "Transfer")
    with pytest.raises(WrongPassphrase):
        handover.import_case(sender, out, "not the handover passphrase")
    with pytest.raises(Conflict, match="already in this store"):
        handover.import_case(sender, out, HANDOVER)


def test_export_needs_recipient_and_purpose(sender: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="recipient and purpose"):
        handover.export_case(sender, "01FC0000124", tmp_path / "x.sdcase", HANDOVER, " ", "Transfer")
    assert not (tmp_path / "x.sdcase").exists()


@pytest.mark.parametrize("content", [b"", b"STALKDESK-CASE", b"random bytes" * 100])
def test_garbage_is_not_a_bundle(ws: Workspace, tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "g.sdcase"
    f.write_bytes(content)
    with pytest.raises(StoreDamaged, match="not a StalkDesk case handover file"):
        handover.import_case(ws, f, HANDOVER)


def test_every_store_table_is_handed_over() -> None:
    from sqlmodel import SQLModel

    from stalkdesk.store import handover as store_handover

    stored = set(SQLModel.metadata.tables) - {"officer", "setting"}  # the laptop's, not the case's
    assert stored == set(store_handover.ORDER)


def test_analysis_links_travel_with_the_case(sender: Workspace, tmp_path: Path) -> None:
    from stalkdesk.services import analysis

    analysis.link_point(sender, 1, "pha_s2a.knew", item_number=3, note="Told to stop (fictional)")
    out = tmp_path / "case.sdcase"
    handover.export_case(sender, "01FC0000124", out, HANDOVER, "DC Colleague", "Transfer")
    other = receiver(tmp_path)
    try:
        case = handover.import_case(other, out, HANDOVER)
        got = analysis.points_for_report(other, case.id or 0)["pha_s2a.knew"]
        assert got[0] == "item 3"
    finally:
        other.close()
