"""The SPO application pack: structure, grounds with items, numbered terms, risk summary,
redaction, the disclosure log and byte-identical output."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from stalkdesk.domain.records import Case
from stalkdesk.reports.spo import NO_SUPPORT, SECTIONS
from stalkdesk.services import analysis, spo
from stalkdesk.services.demo import VICTIM
from stalkdesk.services.demo_spo import add_demo_locations
from stalkdesk.services.workspace import Workspace
from tests.reports import pdf
from tests.reports.conftest import ADDRESS, GENERATED


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def demo_spo(ws: Workspace, demo: Case) -> Case:
    assert demo.id is not None
    assert add_demo_locations(ws, demo.id) == 6
    return demo


def test_every_page_is_marked_and_numbered_and_the_index_links(ws: Workspace, demo_spo: Case,
                                                                tmp_path: Path) -> None:
    out = tmp_path / "spo.pdf"
    result = spo.spo_pack(ws, demo_spo.urn, out, generated_at=GENERATED)
    r = pdf.reader(out)
    texts = pdf.texts(r)
    assert result.pages == len(r.pages) > 5
    for n, text in enumerate(texts, 1):
        assert text.count(demo_spo.marking) >= 2, n
        assert pdf.PAGE_LABEL.search(text).groups() == (str(n), str(result.pages))  # type: ignore[union-attr]
        assert "UNREDACTED" not in text
    titles = [f"{n}. {title}" for n, (_, title) in enumerate(SECTIONS, 1)]
    starts = {str(d.title): r.get_destination_page_number(d) for d in pdf.outline(r) if str(d.title) in titles}
    assert list(starts) == titles
    for heading, page in starts.items():
        assert heading in texts[page]
    assert pdf.link_targets(r, 0) == list(starts.values())


def test_grounds_cite_the_linked_items_and_terms_are_numbered(ws: Workspace, demo_spo: Case,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "spo.pdf"
    spo.spo_pack(ws, demo_spo.urn, out, generated_at=GENERATED)
    texts = pdf.texts(pdf.reader(out))
    whole = _flat("\n".join(texts))
    links = ws.analysis.links(demo_spo.id or 0, "spo.")
    items = {e.id: e.item_number for e in ws.entries.list(demo_spo.id or 0)}
    grounds = {"spo.acts": "Ground (a)", "spo.risk": "Ground (b)", "spo.necessary": "Ground (c)"}
    bounds = [whole.index(g + ":") for g in grounds.values()]
    bounds.append(whole.index("2. Proposed prohibitions and", bounds[-1]))  # after the index's line
    for n, point in enumerate(grounds):
        part = whole[bounds[n]:bounds[n + 1]]
        linked = [items[lk.entry_id] for lk in links if lk.point_id == point and lk.entry_id is not None]
        assert linked, point
        for item in linked:
            assert re.search(rf"(?<!\d){item} (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", part), (point, item)
        assert "Supported in this file: proved" in part
    assert "s.2A(3)(a) following" in whole  # the behaviours counted for ground (a)
    for number in ("P1", "P7", "R1", "R3"):
        assert re.search(rf"\b{number} (Not|To) ", whole), number
    assert "P8 " not in whole and "R4 " not in whole
    assert "A fixed period of 5 years" in whole
    assert "An interim stalking protection order is requested" in whole
    assert "8 of 11 answered yes" in whole and "22/06/2024" in whole
    assert "6 occasions found" in whole and "3 confirmed" in whole and "1 dismissed" in whole
    assert "All of the victim's places" in whole and "Grid squares" in whole
    assert "Escalating:" in whole and "By behaviour" in whole


def test_cps_version_redacts_and_internal_version_is_marked(ws: Workspace, demo_spo: Case, tmp_path: Path) -> None:
    cps, internal = tmp_path / "cps.pdf", tmp_path / "internal.pdf"
    a = spo.spo_pack(ws, demo_spo.urn, cps, generated_at=GENERATED)
    b = spo.spo_pack(ws, demo_spo.urn, internal, unredacted=True, generated_at=GENERATED, reason="Internal review")
    cps_text = pdf.all_text(pdf.reader(cps))
    street = "Nowhere Lane"  # in the victim's address, and in the exclusion-zone term P7
    assert street in VICTIM.addresses[0]
    assert street not in cps_text and "[REDACTED \u2013 address]" in cps_text
    assert street.encode() not in cps.read_bytes()
    r = pdf.reader(internal)
    internal_texts = pdf.texts(r)
    assert street in "\n".join(internal_texts)
    assert all("UNREDACTED \u2013 NOT FOR DISCLOSURE" in t for t in internal_texts)
    events = [e for e in ws.audit.events(demo_spo.id) if e.action == "export"]
    assert [e.seq for e in events[-2:]] == [a.audit_seq, b.audit_seq]
    assert a.sha256 == hashlib.sha256(cps.read_bytes()).hexdigest() and a.sha256 in events[-2].summary
    assert "Stalking Protection Order application pack" in events[-1].summary and "Unredacted" in events[-1].summary
    assert events[-1].reason == "Internal review"


def test_byte_identical_twice_and_changes_with_the_terms(ws: Workspace, demo_spo: Case, tmp_path: Path) -> None:
    one, two, three = tmp_path / "1.pdf", tmp_path / "2.pdf", tmp_path / "3.pdf"
    a = spo.spo_pack(ws, demo_spo.urn, one, generated_at=GENERATED)
    b = spo.spo_pack(ws, demo_spo.urn, two, generated_at=GENERATED)
    assert one.read_bytes() == two.read_bytes() and a.sha256 == b.sha256
    spo.add_term(ws, demo_spo.id or 0, "requirement", "To report to Demotown police station every Monday")
    c = spo.spo_pack(ws, demo_spo.urn, three, generated_at=GENERATED)
    assert c.sha256 != a.sha256 and c.data_sha256 != a.data_sha256
    assert "R4 To report to Demotown police station" in _flat("\n".join(pdf.texts(pdf.reader(three))))


def test_a_case_with_nothing_prepared_says_so(ws: Workspace, small: Case, tmp_path: Path) -> None:
    out = tmp_path / "spo.pdf"
    result = spo.spo_pack(ws, small.urn, out, generated_at=GENERATED)
    texts = pdf.texts(pdf.reader(out))
    whole = _flat("\n".join(texts))
    assert result.pages == len(texts)
    assert whole.count(NO_SUPPORT) == 3  # one for each ground
    assert "No prohibition is proposed." in whole and "No requirement is proposed." in whole
    assert "No interim order is requested." in whole
    assert "No S-DASH screening has been recorded" in whole
    assert "No location records have been searched" in whole
    assert "not yet chosen by the officer" in whole
    assert ADDRESS not in whole


def test_victim_own_track_visits_are_listed(ws: Workspace, small: Case, tmp_path: Path) -> None:
    """A search against the victim's own location records lists its visits (no place to plot)."""
    import io

    from stalkdesk.domain.records import Exhibit

    cid = small.id or 0
    def track(lon: float) -> bytes:
        return ("time,latitude,longitude\n" + "".join(
            f"2024-03-03T21:{m:02d}:00+00:00,54.2100,{lon}\n" for m in range(0, 30, 2))).encode()

    ids = [ws.exhibits.add(cid, Exhibit(reference=f"AF/{n}", description="Fictional location records",
                                        original_filename=f"{n}.csv"), io.BytesIO(track(lon))).id or 0
           for n, lon in ((1, 2.1500), (2, 2.1510))]
    found = analysis.find_colocation(ws, cid, ids[0], victim_exhibit_id=ids[1])
    assert found
    out = tmp_path / "spo.pdf"
    spo.spo_pack(ws, small.urn, out, generated_at=GENERATED)
    whole = _flat("\n".join(pdf.texts(pdf.reader(out))))
    assert "The victim (own location records)" in whole and "Grid squares" not in whole
