"""Intake figures: camera photos taken into the encrypted store, beside vipsthumbnail and ImageMagick.

Two hundred fictional 12 MP JPEGs (4000 x 3000, quality 90, with sensor-like grain so each
is about 3.5 MB, as a phone photo is) with EXIF are written to the harness's temporary
folder before any timing. Then, on the same files and interleaved round by round:

- *StalkDesk intake*: `services.intake.add_exhibit_files` into a fresh store: read, sniff,
  EXIF, a 512 px thumbnail (decoded at 1/8 scale by the JPEG draft mode), SHA-256, and
  the original plus thumbnail written to SQLCipher (WAL, synchronous=FULL), one
  transaction per file with its continuity and audit rows.
  The per-file work that needs no store (read, sniff, EXIF, thumbnail) runs on
  `PREPARE_THREADS` (2) threads a few files ahead of the single writer.
- *StalkDesk, 1 prepare thread*: the same service with one preparing thread (still
  overlapping the writer), to show what the second thread buys.
- *vipsthumbnail*: `vipsthumbnail FILE... -s 512 -o DIR/%s.jpg`, every file in one process
  (a fair match for an in-process loop). It only makes thumbnails.
- *ImageMagick*: `convert -define jpeg:size=512x512 FILE -thumbnail 512x512 OUT`, one process
  per file as that command works; process start-up is part of its figure.

A tool that is not installed is skipped with a note (Debian: libvips-tools, imagemagick).
"""

from __future__ import annotations

import cProfile
import hashlib
import io
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image
from PIL.TiffImagePlugin import IFDRational

from bench.harness import Context, Result, Workload, benchmark, interleave, ratio_of, report, say
from stalkdesk.domain.records import Case, Officer
from stalkdesk.imaging import extract_metadata, make_thumbnail
from stalkdesk.services import intake
from stalkdesk.services.intake import add_exhibit_files
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.keyfile import KdfParams

OFFICER = Officer(name="Alex Fictional", initials="AF", rank="DC", warrant_number="0000",
                  force="Fictional Constabulary", unit="Stalking Unit")
FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)  # unlocking is not measured here
SIZE = (4000, 3000)
GOAL = "<= 1.0"  # ours / vipsthumbnail, per image


# Fictional camera photos.


def _grain(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A smooth scene with strong per-pixel noise: JPEG cannot compress noise, so the file
    comes out the size of a real 12 MP photo (a flat synthetic picture would be ~300 KB and
    flatter every decoder)."""
    w, h = size
    across = Image.linear_gradient("L").resize((w, h))
    down = Image.linear_gradient("L").rotate(90).resize((w, h))
    scene = Image.merge("RGB", (across, down, Image.blend(across, down, 0.5)))
    noise = Image.effect_noise((w, h), 40)
    grain = Image.merge("RGB", (noise, noise.transpose(Image.Transpose.ROTATE_180),
                                noise.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    return Image.blend(scene, grain, 0.25)


def _exif(n: int, rng: random.Random) -> bytes:
    exif = Image.Exif()
    base, gps = ExifTags.Base, ExifTags.GPS
    when = f"2024:03:{1 + n % 28:02d} {8 + n % 12:02d}:{n % 60:02d}:{(n * 7) % 60:02d}"
    exif[base.Make], exif[base.Model], exif[base.DateTime] = "Fictional", "Phone 12", when
    exif[base.Orientation] = 1
    inner = exif.get_ifd(ExifTags.IFD.Exif)
    inner[base.DateTimeOriginal], inner[base.OffsetTimeOriginal] = when, "+00:00"
    where = exif.get_ifd(ExifTags.IFD.GPSInfo)
    # The North Sea, as the demo does: no real address near it.
    lat, lon = 54.0 + rng.random() / 10, 2.0 + rng.random() / 10
    where[gps.GPSLatitudeRef], where[gps.GPSLongitudeRef] = "N", "E"
    for tag, value in ((gps.GPSLatitude, lat), (gps.GPSLongitude, lon)):
        seconds = Fraction(round(value * 360_000), 100)
        d, rest = divmod(seconds, 3600)
        m, s = divmod(rest, 60)
        where[tag] = (IFDRational(int(d), 1), IFDRational(int(m), 1), IFDRational(s.numerator, s.denominator))
    return exif.tobytes()


def make_photos(folder: Path, count: int, seed: int = 20240303) -> list[Path]:
    """`count` distinct camera-size JPEGs: crops of one larger grainy picture at different
    offsets, so every file has its own bytes (intake refuses an identical second copy)."""
    rng = random.Random(seed)
    margin = 64
    big = _grain((SIZE[0] + margin, SIZE[1] + margin), rng)
    paths = []
    for n in range(count):
        x, y = rng.randrange(margin), rng.randrange(margin)
        photo = big.crop((x, y, x + SIZE[0], y + SIZE[1]))
        path = folder / f"IMG_{1000 + n}.jpg"
        photo.save(path, "JPEG", quality=90, exif=_exif(n, rng))
        paths.append(path)
    return paths


# The workloads.


@dataclass
class Store:
    folder: Path
    ws: Workspace
    case_id: int


def new_store(root: Path) -> Store:
    folder = root / f"store-{time.monotonic_ns()}"
    vault = Vault(folder)
    vault.kdf = FAST_KDF
    ws, _recovery = vault.create("fictional benchmark passphrase", OFFICER)
    case = ws.cases.create(Case(urn="01ZZ0000002", operation="Op Intake Benchmark (fictional)"))
    assert case.id is not None
    return Store(folder, ws, case.id)


def drop_store(store: Store) -> None:
    store.ws.close()
    shutil.rmtree(store.folder, ignore_errors=True)


def intake_serial(store: Store, paths: Sequence[Path]) -> None:
    result = add_exhibit_files(store.ws, store.case_id, paths)
    assert not result.refused, result.refused


def intake_one_thread(store: Store, paths: Sequence[Path]) -> None:
    saved = intake.PREPARE_THREADS
    intake.PREPARE_THREADS = 1
    try:
        intake_serial(store, paths)
    finally:
        intake.PREPARE_THREADS = saved


def vips_all(paths: Sequence[Path], out: Path) -> None:
    subprocess.run(["vipsthumbnail", *map(str, paths), "-s", "512", "-o", f"{out}/%s.jpg"], check=True)


def convert_each(paths: Sequence[Path], out: Path) -> None:
    for path in paths:
        subprocess.run(["convert", "-define", "jpeg:size=512x512", str(path), "-thumbnail", "512x512",
                        str(out / path.name)], check=True)


class ChildCPU:
    """CPU seconds (user + system) of the child processes each run starts. The harness
    counts this process's CPU only; on a shared two-core machine CPU time is also a
    steadier comparison than wall time, which other work inflates."""

    def __init__(self, fn: Callable[[Sequence[Path], Path], None]) -> None:
        self._fn = fn
        self.runs: list[float] = []

    def __call__(self, paths: Sequence[Path], out: Path) -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        self._fn(paths, out)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.runs.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)


def _fresh_dir(root: Path, label: str) -> Callable[[], Path]:
    def make() -> Path:
        folder = root / f"{label}-{time.monotonic_ns()}"
        folder.mkdir()
        return folder
    return make


def _per_image(result: Result, count: int) -> Result:
    return Result([s / count for s in result.samples], unit="s", cpu=[c / count for c in result.cpu])


# Where the time goes.


def _median_ms(fn: Callable[[Path], Any], paths: Sequence[Path]) -> float:
    times = []
    for path in paths:
        t0 = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def breakdown(ctx: Context, paths: Sequence[Path]) -> None:
    """The serial intake's steps, timed one by one on a sample of the files, then a profile."""
    sample = list(paths[: min(len(paths), 30)])
    datas = {p: p.read_bytes() for p in sample}
    say(f"Where the time goes (median per photo over {len(sample)} photos, one thread):")
    steps: list[tuple[str, Callable[[Path], Any]]] = [
        ("read the file", lambda p: p.read_bytes()),
        ("EXIF and header (extract_metadata)", lambda p: extract_metadata(datas[p], p.name)),
        ("thumbnail (make_thumbnail, draft decode)", lambda p: make_thumbnail(datas[p], p.name)),
        ("SHA-256 of the original", lambda p: hashlib.sha256(datas[p]).digest()),
    ]
    for label, fn in steps:
        say(f"  {label:<44} {_median_ms(fn, sample):7.1f} ms")
    prepared = {p: intake._prepare(p) for p in sample}
    store = new_store(ctx.root)
    try:
        write = _median_ms(lambda p: intake._store_file(store.ws, store.case_id, prepared[p]), sample)
        say(f"  {'store original + thumbnail (SQLCipher, fsync)':<44} {write:7.1f} ms")
    finally:
        drop_store(store)
    store = new_store(ctx.root)
    try:
        # The same writes, ten photos per transaction: what one fsync per photo costs.
        t0 = time.perf_counter()
        for start in range(0, len(sample), 10):
            with store.ws.db.transaction():
                for p in sample[start:start + 10]:
                    intake._store_file(store.ws, store.case_id, prepared[p])
        grouped = (time.perf_counter() - t0) / len(sample) * 1000
        say(f"  {'  the same, committed 10 photos at a time':<44} {grouped:7.1f} ms")
    finally:
        drop_store(store)
    store = new_store(ctx.root)
    profile = cProfile.Profile()
    try:
        profile.runcall(intake_serial, store, sample)
    finally:
        drop_store(store)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(8)
    say("Profile of add_exhibit_files on the sample, top 8 by own time:")
    for line in out.getvalue().splitlines():
        if line.strip() and ("{" in line or "(" in line) and "ncalls" not in line:
            say("  " + line.strip()[:150])


@benchmark("intake.photos")
def photos(ctx: Context) -> None:
    count = ctx.size(full=200, quick=20)
    source = ctx.tempdir("photos")
    t0 = time.perf_counter()
    paths = make_photos(source, count)
    mean_mb = statistics.mean(p.stat().st_size for p in paths) / 1e6
    say(f"{count} fictional {SIZE[0]}x{SIZE[1]} JPEGs (q90, grain, EXIF), mean {mean_mb:.2f} MB, "
        f"made in {time.perf_counter() - t0:.0f} s (not timed)")

    workloads: dict[str, Workload] = {
        "ours": Workload(lambda s: intake_serial(s, paths), lambda: new_store(ctx.root), drop_store),
        "ours1": Workload(lambda s: intake_one_thread(s, paths), lambda: new_store(ctx.root), drop_store),
    }
    missing = []
    children = {"vips": ChildCPU(vips_all), "magick": ChildCPU(convert_each)}
    if shutil.which("vipsthumbnail"):
        workloads["vips"] = Workload(lambda out: children["vips"](paths, out), _fresh_dir(ctx.root, "vips"),
                                     shutil.rmtree)
    else:
        missing.append("vipsthumbnail (Debian package libvips-tools)")
    if shutil.which("convert"):
        workloads["magick"] = Workload(lambda out: children["magick"](paths, out), _fresh_dir(ctx.root, "magick"),
                                       shutil.rmtree)
    else:
        missing.append("ImageMagick convert (Debian package imagemagick)")
    for tool in missing:
        say(f"note: {tool} is not installed; its figures are skipped")

    results = {name: _per_image(r, count) for name, r in interleave(workloads, ctx.repeat).items()}
    names = {"ours": "StalkDesk intake", "ours1": "StalkDesk intake, 1 prepare thread",
             "vips": "vipsthumbnail -s 512", "magick": "ImageMagick convert -thumbnail"}
    cpu: dict[str, Result] = {}
    for key, result in results.items():
        report(f"{names[key]}, per photo", result)
        # The warm-up run is discarded from the wall times; drop its CPU figure too.
        seconds = result.cpu if key.startswith("ours") else [c / count for c in children[key].runs[1:]]
        cpu[key] = Result(seconds, unit="s")
    for key, result in cpu.items():
        report(f"  CPU per photo, {names[key]}", result, note="all threads" if key.startswith("ours") else
               "child processes")
    if "vips" in results:
        report("ours / vipsthumbnail (wall)", ratio_of(results["ours"], results["vips"]), goal=GOAL)
        report("ours / vipsthumbnail (CPU)", ratio_of(cpu["ours"], cpu["vips"]))
    report("2 prepare threads / 1 (wall)", ratio_of(results["ours"], results["ours1"]))
    say("vipsthumbnail only makes a thumbnail (on all cores); ours also hashes, reads EXIF and writes "
        "the original encrypted, with an fsync per photo.")
    breakdown(ctx, paths)
