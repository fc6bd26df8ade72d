"""The pre-charge file: structure, links, redaction, determinism, scripts, evidence."""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

from PIL import Image

from stalkdesk.domain.records import Case, CaseNarrative, Person
from stalkdesk.domain.vocab import Offence, Role
from stalkdesk.reports import canonical
from stalkdesk.reports.mg_forms import SECTIONS
from stalkdesk.reports.model import Version
from stalkdesk.reports.points import NO_SUPPORT
from stalkdesk.services import reports
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.reports import pdf
from tests.reports.conftest import GENERATED, PHONE_FORMS
from tests.reports.test_interview import ITEM_COLUMN

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def test_structure_bookmarks_and_index(ws: Workspace, demo: Case, tmp_path: Path) -> None:
    out = tmp_path / "file.pdf"
    result = reports.charge_file(ws, demo.urn, out, generated_at=GENERATED,
                                 support={"pha_s2a.course": ["1", "3", "AF/1"]})
    r = pdf.reader(out)
    texts = pdf.texts(r)
    assert result.pages == len(r.pages)
    for n, text in enumerate(texts, 1):
        assert text.count(demo.marking) >= 2, n
        assert pdf.PAGE_LABEL.search(text).groups() == (str(n), str(result.pages))  # type: ignore[union-attr]
    titles = {f"{n}. {title}": key for n, (key, title) in enumerate(SECTIONS, 1)}
    starts: dict[str, int] = {}
    for dest in pdf.outline(r):
        page = r.get_destination_page_number(dest)
        heading = str(dest.title)
        if heading in titles:
            starts[heading] = page
        elif month := re.fullmatch(r"([A-Z][a-z]+) (\d{4})", heading):  # the chronology's months
            number = MONTHS.index(month[1]) + 1
            assert f"{number:02d}/{month[2]}" in texts[page], heading
        else:  # an exhibit in the appendix
            assert heading.split(" ")[0] in texts[page], heading
    assert set(starts) == set(titles)
    assert sorted(starts.values()) == list(starts.values())  # in reading order
    for heading, page in starts.items():
        assert heading in texts[page]
    assert pdf.link_targets(r, 0) == list(starts.values())  # the index links, in order
    cover = texts[0]
    assert all(str(page + 1) in cover for page in starts.values())
    mg3 = "\n".join(texts[starts["1. Report for a charging decision (MG3)"]:starts["2. Case summary (MG5)"]])
    assert "1, 3, AF/1" in mg3 and NO_SUPPORT in mg3
    assert "145 occasions recorded as used evidence" in " ".join(mg3.split())


def test_cps_version_redacts_and_internal_version_is_marked(ws: Workspace, small: Case, tmp_path: Path) -> None:
    assert small.id is not None
    ws.narrative.set(small.id, "victim_views", "She wants him kept away from 1 Fictional Street.")
    cps = reports.charge_file(ws, small.urn, tmp_path / "cps.pdf", generated_at=GENERATED)
    internal = reports.charge_file(ws, small.urn, tmp_path / "int.pdf", unredacted=True, generated_at=GENERATED)
    assert (cps.version, internal.version) == (Version.CPS, Version.UNREDACTED)
    hidden = pdf.all_text(pdf.reader(tmp_path / "cps.pdf"))
    shown = " ".join(pdf.all_text(pdf.reader(tmp_path / "int.pdf")).split())
    for secret in ("Fictional Street", "ZZ99 9ZZ", *PHONE_FORMS, "jo@example.invalid"):
        assert secret in shown, secret
        assert secret not in hidden, secret
    assert "She wants him kept away from [REDACTED \u2013 address]" in " ".join(hidden.split())
    assert all("UNREDACTED \u2013 NOT FOR DISCLOSURE" in t for t in pdf.texts(pdf.reader(tmp_path / "int.pdf")))
    events = [e for e in ws.audit.events(small.id) if e.action == "export"]
    assert [e.seq for e in events] == [cps.audit_seq, internal.audit_seq]
    assert internal.sha256 in events[1].summary and "Unredacted" in events[1].summary


def test_two_runs_are_byte_identical(ws: Workspace, demo: Case, tmp_path: Path) -> None:
    a = reports.charge_file(ws, demo.urn, tmp_path / "a.pdf", generated_at=GENERATED)
    b = reports.charge_file(ws, demo.urn, tmp_path / "b.pdf", generated_at=GENERATED)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert a.audit_seq != b.audit_seq  # both exports are logged, yet the file is the same


def test_names_in_many_scripts_and_emoji(ws: Workspace, tmp_path: Path) -> None:
    case = ws.cases.create(factories.case(operation="Op \u0141\u00f3d\u017a \u2013 \u0130zmir"))
    assert case.id is not None
    names = ["Zofia Wi\u015bniewska", "Mehmet \u00d6zt\u00fcrk", "\u0393\u03b9\u03ac\u03bd\u03bd\u03b7\u03c2 "
             "\u03a0\u03b1\u03c0\u03b1\u03b4\u03cc\u03c0\u03bf\u03c5\u03bb\u03bf\u03c2",
             "\u041e\u043b\u044c\u0433\u0430 \u0418\u0432\u0430\u043d\u043e\u0432\u0430",
             "\u0645\u062d\u0645\u062f \u0639\u0644\u064a", "\u0639\u0645\u0631\u0627\u0646 \u062e\u0627\u0646"]
    people = [ws.people.add(case.id, Person(Role.WITNESS, n)) for n in names]
    ws.people.add(case.id, factories.victim(name="Ay\u015fe Y\u0131lmaz"))
    ws.entries.add_many(case.id, [factories.entry(
        n, summary=f"Message to {name} \U0001F602\U0001F44D\U0001F3FD \u2764\ufe0f \U0001F1EC\U0001F1E7",
        account=f"\u201cI\u2019ll find you\u201d \u2014 said to {name} \u4f60\u597d", witnesses=(p.id,))
        for n, (name, p) in enumerate(zip(names, people, strict=True))])
    out = tmp_path / "scripts.pdf"
    reports.charge_file(ws, case.urn, out, generated_at=GENERATED)
    reports.interview_chronology(ws, case.urn, tmp_path / "i.pdf", generated_at=GENERATED)
    text = " ".join(pdf.all_text(pdf.reader(out)).split())
    for name in [*names[:4], "Ay\u015fe Y\u0131lmaz", "\u0141\u00f3d\u017a"]:
        assert name in text, name
    assert "[emoji: face with tears of joy]" in text and "[flag: GB]" in text
    assert "\u201cI\u2019ll find you\u201d" in text


def test_a_long_entry_splits_cleanly(ws: Workspace, tmp_path: Path) -> None:
    case = ws.cases.create(factories.case())
    assert case.id is not None
    account = "\n\n".join(f"Paragraph {n}: " + "the suspect kept calling and would not stop " * 12
                          for n in range(60))
    ws.entries.add_many(case.id, [factories.entry(0), factories.entry(1, account=account), factories.entry(2)])
    out = tmp_path / "long.pdf"
    result = reports.interview_chronology(ws, case.urn, out, generated_at=GENERATED)
    r = pdf.reader(out)
    assert result.pages >= 3
    items = [t for page in range(len(r.pages)) for t in pdf.column_texts(r, page, *ITEM_COLUMN)]
    assert [t for t in items if t.isdigit()] == ["1", "2", "3"]
    assert "(2)" in items
    text = " ".join(" ".join(pdf.texts(r)).split())
    assert all(f"Paragraph {n}:" in text for n in range(60))


def test_appendix_shows_the_redacted_version(ws: Workspace, demo: Case, tmp_path: Path) -> None:
    assert demo.id is not None
    exhibit = next(x for x in ws.exhibits.list(demo.id) if x.media_type.startswith("image/"))
    assert exhibit.id is not None
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), "black").save(buffer, "JPEG")
    derived = ws.exhibits.add_derivative(exhibit.id, "redacted", buffer.getvalue(), "image/jpeg", "faces blurred")
    out = tmp_path / "file.pdf"
    result = reports.charge_file(ws, demo.urn, out, generated_at=GENERATED)
    r = pdf.reader(out)
    text = " ".join(" ".join(pdf.texts(r)).split())
    assert f"Shown: redacted version 1, SHA-256 {derived.sha256}" in text
    for x in ws.exhibits.list(demo.id):
        assert x.sha256 in text  # the integrity page, in full
    assert f"SHA-256 {result.data_sha256}" in text
    figures = [d for d in pdf.outline(r) if str(d.title).startswith(exhibit.reference + " ")]
    assert len(figures) == 1
    assert sum(len(p.images) for p in r.pages) == sum(1 for x in ws.exhibits.list(demo.id)
                                                       if x.media_type.startswith("image/"))


def test_narrative_offences_and_canonical_hash(ws: Workspace, small: Case, tmp_path: Path) -> None:
    assert small.id is not None
    ws.cases.update(factories.case(id=small.id, offences=(Offence.PHA_S2A, Offence.OTHER),
                                   other_offence="Criminal damage"))
    ws.narrative.set(small.id, "suspect_account", "He said he only wanted to talk.")
    out = tmp_path / "file.pdf"
    result = reports.charge_file(ws, small.urn, out, generated_at=GENERATED)
    text = " ".join(" ".join(pdf.texts(pdf.reader(out))).split())
    assert "He said he only wanted to talk." in text and "Criminal damage (other offence)" in text
    head = {"schema": canonical.SCHEMA, "n": 1}
    entries = [factories.entry(n) for n in range(3)]
    hasher = canonical.ExportHash(head)
    list(hasher.through(entries))
    assert hasher.hexdigest() == hashlib.sha256(b"".join(canonical.lines(head, entries))).hexdigest()
    assert len(result.data_sha256) == 64 and result.data_sha256 in text
    assert CaseNarrative().headline_summary == ""
