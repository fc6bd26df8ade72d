"""Report figures: the interview chronology against a bare reportlab LongTable and LibreOffice.

All three lay out the same fictional rows (item, date and time, behaviours, what happened,
source, exhibits), wrapped to A4 landscape, and run interleaved in the same rounds:

- ours: `stalkdesk.reports.interview.render_interview` from entries already in memory, with
  everything the real document has (marking, running head, "Page N of M", repeated column
  header, monthly bookmarks, the data hash), into memory;
- LongTable: a bare reportlab script putting the same rows into one `LongTable` of
  Paragraph cells with a repeated header row (10,000 rows only in a full run: minutes);
- LibreOffice: `soffice --headless --convert-to pdf` of the same rows as CSV, a new process
  each time as a user would run it (skipped with a note if soffice is not installed).

Memory is measured apart (`reports.memory`, at 1,000, 10,000 and 30,000 entries), each size
in a fresh Python process (`python -m bench.bench_reports memory N`), because a process that
has just run the LongTable keeps its heap and hides any growth: after one small warm-up
document (fonts, caches), the peak RSS growth of one render, then in a second process
tracemalloc's split of it (see `memory`), and the working memory (heap peak less the output).

Then the whole service call on an encrypted store (read in pages, redact, render, write
atomically, log): what an officer waits for.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

from bench.harness import Context, Result, Workload, benchmark, interleave, measure, ratio_of, report, say
from stalkdesk.domain import when as when_mod
from stalkdesk.domain.records import Case, Entry, ExhibitLink, Officer
from stalkdesk.domain.vocab import Behaviour, Channel, Source
from stalkdesk.domain.when import Precision, When
from stalkdesk.reports.interview import render_interview
from stalkdesk.reports.model import Context as PrintContext
from stalkdesk.reports.model import InterviewInput, InterviewOptions, Names, Version

SIZES = (1_000, 10_000)
MEMORY_SIZES = (*SIZES, 30_000)  # reports.memory only: a third size to show working memory is flat
GENERATED = datetime(2024, 7, 1, 9, 30, tzinfo=UTC)
_WORDS = ("the", "suspect", "was", "seen", "again", "outside", "her", "home", "and", "sent", "messages", "saying",
          "he", "would", "wait", "for", "her", "after", "work", "she", "felt", "frightened", "and", "changed",
          "her", "route", "he", "called", "from", "a", "withheld", "number", "twice", "then", "left", "a", "note",
          "on", "the", "car", "windscreen", "asking", "why", "she", "would", "not", "talk", "to", "him")


def fictional_entries(n: int, seed: int = 20240701) -> list[Entry]:
    """Realistic chronology entries (every name and place invented), in time order."""
    rng = random.Random(seed)
    start = datetime(2024, 2, 1, 8, 0, tzinfo=UTC)
    behaviours = list(Behaviour)[:9]
    entries = []
    for i in range(n):
        at = start + timedelta(minutes=int(i * 150_000 / n) + rng.randint(0, 50))
        words = [rng.choice(_WORDS) for _ in range(rng.randint(20, 60))]
        entries.append(Entry(
            when=When(at, Precision.MINUTE), item_number=i + 1,
            summary=" ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 11))).capitalize(),
            account=" ".join(words).capitalize() + ".", location=rng.choice(("", "Fable Road, Demotown",
                                                                              "Imaginary Way car park")),
            behaviours=tuple(rng.sample(behaviours, rng.randint(1, 2))), channel=rng.choice(list(Channel)),
            source=rng.choice(list(Source)), source_reference=rng.choice(("", "Victim's diary", "MG11 witness")),
            exhibits=(ExhibitLink(1, f"messages {i}-{i + 3}", "AF/1"),) if i % 7 == 0 else ()))
    return entries


def _ours(entries: Sequence[Entry]) -> bytes:
    ctx = PrintContext(case=Case(urn="01ZZ0000001", operation="Op Benchmark (fictional)"),
                       officer="DC Alex Fictional (0000)", generated_at=GENERATED, version=Version.CPS,
                       data_time=GENERATED, audit_anchor=(1, "0" * 64))
    inp = InterviewInput(ctx=ctx, options=InterviewOptions(), head={"schema": "bench"},
                         entries=lambda: iter(entries), count=len(entries), names=Names())
    out = io.BytesIO()
    render_interview(inp, out)
    return out.getvalue()


def _cells(e: Entry) -> list[str]:
    what = e.summary + "\n" + e.account + (f"\nWhere: {e.location}" if e.location else "")
    return [str(e.item_number), when_mod.render(e.when), "\n".join(b.label for b in e.behaviours),
            what, f"{e.source.label}\n{e.source_reference}".strip(), " ".join(x.reference for x in e.exhibits)]


def _long_table(rows: Sequence[list[str]]) -> bytes:
    """The straightforward reportlab way: one LongTable of Paragraphs, header repeated."""
    style = getSampleStyleSheet()["BodyText"].clone("cell", fontSize=8, leading=10)
    data: list[list[object]] = [["Item", "Date and time", "Behaviours", "What happened", "Source", "Exhibits"]]
    data += [[Paragraph(c.replace("\n", "<br/>"), style) for c in row] for row in rows]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=24 * mm, bottomMargin=26 * mm)
    widths = [doc.width * w for w in (0.05, 0.1, 0.11, 0.47, 0.14, 0.13)]
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.7, 0.7, 0.7)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([table])
    return out.getvalue()


def _write_csv(rows: Sequence[list[str]], path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Item", "Date and time", "Behaviours", "What happened", "Source", "Exhibits"])
        writer.writerows(rows)


def _soffice(csv_path: Path, profile: Path) -> None:
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(csv_path.parent), str(csv_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


@benchmark("reports.interview")
def interview(ctx: Context) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        say("LibreOffice (soffice) is not installed: its column is skipped "
            "(Debian: apt-get install libreoffice-calc-nogui).")
    memory: dict[int, Result] = {}
    for n in SIZES:
        entries = fictional_entries(n)
        rows = [_cells(e) for e in entries]
        folder = ctx.tempdir(f"interview-{n}")
        csv_path = folder / "chronology.csv"
        _write_csv(rows, csv_path)
        work: dict[str, Workload] = {"ours": Workload(lambda e=entries: _ours(e))}
        if not ctx.quick or n < 10_000:
            work["LongTable"] = Workload(lambda r=rows: _long_table(r))
        if soffice:
            work["LibreOffice"] = Workload(lambda p=csv_path, f=folder: _soffice(p, f / "profile"))
        repeat = ctx.repeat if n < 10_000 else min(ctx.repeat, 3)
        results = interleave(work, repeat, track_memory=True)
        ours = results["ours"]
        pages = _ours(entries[:]).count(b"/Type /Page\n")
        report(f"interview {n:,} entries: ours ({pages} pages)", ours)
        report(f"interview {n:,} entries: ours, peak RSS growth", ours.rss_mb(),
               note="shared process: see reports.memory for fresh-process figures")
        memory[n] = ours.rss_mb()
        if "LongTable" in results:
            report(f"interview {n:,} entries: bare LongTable", results["LongTable"])
            report(f"interview {n:,} entries: ours / LongTable", ratio_of(ours, results["LongTable"]), goal="< 1")
        if "LibreOffice" in results:
            report(f"interview {n:,} entries: LibreOffice CSV->PDF", results["LibreOffice"],
                   note="new soffice process each run; no wrapping")
            report(f"interview {n:,} entries: ours / LibreOffice", ratio_of(ours, results["LibreOffice"]),
                   goal="< 1")
    if len(memory) == 2:
        say(f"memory at 10x the entries: {memory[SIZES[1]].value / max(memory[SIZES[0]].value, 0.1):.1f}x "
            "(in this shared process; see reports.memory for fresh-process figures)")


@benchmark("reports.memory")
def memory_split(ctx: Context) -> None:
    """Peak memory of the interview chronology, each size in a fresh process, and where it goes."""
    if not os.path.exists("/proc/self/clear_refs"):
        say("fresh-process memory figures need Linux (/proc/self/clear_refs): skipped")
        return
    figures = {}
    for n in MEMORY_SIZES:
        rss = [_child("rss", n)["rss"] / 2**20 for _ in range(min(ctx.repeat, 3))]
        split = _child("heap", n)
        figures[n] = split
        report(f"interview {n:,} entries: peak RSS growth, fresh process", Result(rss, unit="MB"))
        for key, label in (("pdf", "the PDF itself (output bytes)"),
                           ("layout", "heap peak while laying out"),
                           ("heap", "heap peak, all (incl. saving)")):
            report(f"interview {n:,} entries: {label}", Result([split[key] / 2**20], unit="MB"))
        report(f"interview {n:,} entries: working memory (heap peak - output bytes), {split['pages']} pages",
               Result([(split["heap"] - split["pdf"]) / 2**20], unit="MB"))
    for small, large in zip([figures[n] for n in MEMORY_SIZES[:-1]], [figures[n] for n in MEMORY_SIZES[1:]],
                            strict=True):
        pages = large["pages"] - small["pages"]
        say(f"{small['pages']} -> {large['pages']} pages, per extra page: layout heap "
            f"{(large['layout'] - small['layout']) / pages / 1024:.2f} KiB, of which the compressed page itself "
            f"{(large['pdf'] - small['pdf']) / pages / 1024:.2f} KiB; working memory "
            f"{((large['heap'] - large['pdf']) - (small['heap'] - small['pdf'])) / pages:.0f} bytes; "
            f"saving adds {(large['heap'] - large['layout']) / 2**20:.1f} MB at {large['pages']} pages "
            "(objects are written out as they are formatted: see stalkdesk/reports/lean_pdf.py)")


def _child(kind: str, n: int) -> dict[str, int]:
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-m", "bench.bench_reports", kind, str(n)], cwd=root, check=True,
                          capture_output=True, text=True, timeout=900)
    return dict(json.loads(done.stdout.splitlines()[-1]))


def _measure_child(kind: str, n: int) -> dict[str, int]:
    """In the child: one warm-up document, then one measured render of n entries."""
    import gc
    import tracemalloc

    from bench.harness import _kib
    from stalkdesk.reports import page

    _ours(fictional_entries(50))  # fonts, coverage tables, width caches: paid once per process
    entries = fictional_entries(n)
    gc.collect()
    if kind == "rss":
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")  # reset the high-water mark
        base = _kib("VmRSS")
        pdf = _ours(entries)
        return {"rss": (_kib("VmHWM") - base) * 1024, "pdf": len(pdf)}
    seen: dict[str, int] = {}
    closing = page.ReportDoc._last_page

    def last_page(doc: page.ReportDoc, canv: object) -> None:
        seen["layout"] = tracemalloc.get_traced_memory()[1]  # the peak so far: all but saving
        seen["pages"] = canv.getPageNumber()  # type: ignore[attr-defined]
        closing(doc, canv)  # type: ignore[arg-type]

    page.ReportDoc._last_page = last_page  # type: ignore[method-assign, assignment]
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    pdf = _ours(entries)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"heap": peak - base, "layout": seen["layout"] - base, "pdf": len(pdf), "pages": seen["pages"]}


if __name__ == "__main__":  # the fresh process that reports.memory starts
    print(json.dumps(_measure_child(sys.argv[1], int(sys.argv[2]))))


@benchmark("reports.service")
def service(ctx: Context) -> None:
    """interview_chronology() end to end on an encrypted store, demo data (fictional)."""
    from bench.bench_store import FAST_KDF, PASSPHRASE
    from stalkdesk.services import reports
    from stalkdesk.services.demo import load_demo
    from stalkdesk.services.vault import Vault

    n = ctx.size(full=10_000, quick=1_000)
    vault = Vault(ctx.tempdir("service") / "home")
    vault.kdf = FAST_KDF
    ws, _ = vault.create(PASSPHRASE, Officer(name="Alex Fictional", initials="AF", rank="DC", warrant_number="0"))
    try:
        case = load_demo(ws, entries=n)
        out = ctx.tempdir("pdf") / "chronology.pdf"
        result = measure(lambda: reports.interview_chronology(ws, case.urn, out, generated_at=GENERATED),
                         min(ctx.repeat, 3), track_memory=True)
        report(f"interview_chronology(), {n:,} entries, store to file", result)
        report(f"interview_chronology(), {n:,} entries, peak RSS growth", result.rss_mb())
        say("includes reading and decrypting the entries in pages of 2,000, redaction, the audit row")
    finally:
        ws.close()
