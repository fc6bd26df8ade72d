"""Redaction figures: redacted versions of 200 camera photos, made and stored.

The 200 fictional 12 MP JPEGs of `bench_intake` (4000 x 3000, q90, grain, EXIF with GPS)
are written to the harness's temporary folder and stored as exhibits (untimed, straight
through the exhibit repository: no thumbnails). Then each photo is redacted once through
`services.image_redaction.redact_exhibit` with three areas (two rectangles and a freehand
outline, as an officer hides a number plate, a house number and a face): read the original
from SQLCipher, decode it (hardened path), fill, re-encode as JPEG q95 4:4:4 without
metadata, and store the derived version with its audit row (one transaction, fsync).

One pass over 200 photos takes minutes, so the full run times that pass once and reports
the spread of the per-photo times (median and range over the photos), the total and the
peak growth of resident memory; `--quick` does the same on 20. A breakdown on a sample
says where the time goes.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from bench.bench_intake import SIZE, Store, drop_store, make_photos, new_store
from bench.harness import Context, PeakMemory, Result, benchmark, report, say
from stalkdesk.domain.records import Exhibit
from stalkdesk.domain.vocab import ExhibitKind, RedactionReason
from stalkdesk.imaging import open_image
from stalkdesk.imaging.redact import Polygon, Rect, redact_image
from stalkdesk.services.image_redaction import Region, redact_exhibit

W, H = SIZE
REGIONS = (
    Region(Rect(W // 10, H // 2, W // 5, H // 12), RedactionReason.IRRELEVANT_PERSONAL_DATA),
    Region(Rect(W // 2, H // 8, 240, 160), RedactionReason.VICTIM_ADDRESS),
    Region(Polygon(((3000, 2000), (3400, 1900), (3600, 2400), (3300, 2800), (2900, 2500))),
           RedactionReason.THIRD_PARTY_IDENTITY),
)


def store_photos(store: Store, paths: Sequence[Path]) -> list[int]:
    ids = []
    for n, path in enumerate(paths, start=1):
        with path.open("rb") as fh:
            x = store.ws.exhibits.add(store.case_id, Exhibit(
                reference=f"BB/{n}", description="Fictional photo", kind=ExhibitKind.PHOTO,
                original_filename=path.name, media_type="image/jpeg"), fh)
        assert x.id is not None
        ids.append(x.id)
    return ids


def _ms(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:7.1f} ms"


def breakdown(paths: Sequence[Path]) -> None:
    sample = list(paths[:10])
    datas = [p.read_bytes() for p in sample]
    shapes = [r.shape for r in REGIONS]
    decode, whole = [], []
    for data, path in zip(datas, sample, strict=True):
        t0 = time.perf_counter()
        open_image(data, path.name)
        decode.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        made = redact_image(data, path.name, shapes)
        whole.append(time.perf_counter() - t0)
    say(f"Where the time goes (median per photo over {len(sample)} photos, no store):")
    say(f"  decode the original (open_image)            {_ms(decode)}")
    say(f"  redact_image: decode, fill, encode q95 4:4:4 {_ms(whole)}")
    say(f"  redacted JPEG size {len(made.data) / 1e6:.2f} MB (original {len(datas[-1]) / 1e6:.2f} MB)")
    out = io.BytesIO()
    t0 = time.perf_counter()
    open_image(datas[0], "a.jpg").save(out, "JPEG", quality=95, subsampling=0)
    say(f"  (one plain encode at q95 4:4:4: {(time.perf_counter() - t0) * 1000:.0f} ms)")


@benchmark("redaction.photos")
def photos(ctx: Context) -> None:
    count = ctx.size(full=200, quick=20)
    t0 = time.perf_counter()
    paths = make_photos(ctx.tempdir("photos"), count)
    store = new_store(ctx.root)
    try:
        ids = store_photos(store, paths)
        say(f"{count} fictional {W}x{H} JPEGs made and stored in {time.perf_counter() - t0:.0f} s (not timed)")
        per_photo: list[float] = []
        with PeakMemory() as mem:
            cpu0, start = time.process_time(), time.perf_counter()
            for exhibit_id in ids:
                t1 = time.perf_counter()
                version = redact_exhibit(store.ws, exhibit_id, REGIONS)
                per_photo.append(time.perf_counter() - t1)
                assert version.gps_removed
            total, cpu = time.perf_counter() - start, time.process_time() - cpu0
    finally:
        drop_store(store)
    report("redact + store, per photo (over the photos)", Result(per_photo), goal=2.0,
           note="decode + fill + encode + SQLCipher write")
    report(f"redact + store, all {count} photos", Result([total]))
    report("  photos per minute", Result([count / total * 60], unit="/min"))
    report("  CPU per photo", Result([cpu / count]))
    if mem.growth is not None:
        report("  peak RSS growth over the pass", Result([0.0], rss=[mem.growth]).rss_mb(),
               note="" if mem.exact else "lower bound")
    breakdown(paths)
