"""A small benchmark harness that expects a noisy two-core machine.

Its habits: every figure is the median of several timed runs, with the range beside it, after
a warm-up run that is thrown away; workloads being compared run interleaved in one process
(A B, B A, A B ...) so that a burst of noise from the rest of the machine lands on both
rather than on one; garbage is collected before each run, never during the timing; peak
memory is the process's resident high-water mark, reset before each run where Linux allows.

A benchmark module registers figures with `@benchmark("area.what")`; a registered function
takes a `Context` and calls `measure` / `interleave` / `ratio`, then `report`.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import importlib
import json
import operator
import os
import pkgutil
import platform
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

try:
    import resource
except ImportError:  # Windows: no getrusage; memory figures are then left out
    resource = None  # type: ignore[assignment]

MB = 1 << 20  # binary megabytes, written "MB" as everyone reads them
NAME_WIDTH = 50


@dataclass
class Result:
    """The timed runs of one figure. `value` is what is reported: the median of the
    samples, or for a comparison the ratio of the two medians (`headline`)."""

    samples: list[float]
    unit: str = "s"
    headline: float | None = None
    cpu: list[float] = field(default_factory=list)  # process CPU seconds per run, all threads
    rss: list[int] = field(default_factory=list)  # peak resident-memory growth per run, bytes

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def value(self) -> float:
        return self.median if self.headline is None else self.headline

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)

    def rss_mb(self) -> Result:
        """Peak-memory growth per run as a figure of its own, in MB."""
        return Result([r / MB for r in self.rss], unit="MB")

    def per_second(self, amount: float, unit: str) -> Result:
        """Throughput per run (amount / seconds), e.g. MB/s or rows/s."""
        return Result([amount / s for s in self.samples], unit=unit)


@dataclass
class Workload:
    """`fn` is timed; `setup` and `teardown` run around each run, untimed. With a setup,
    fn and teardown receive what it returned (a fresh store, an open connection...)."""

    fn: Callable[..., object]
    setup: Callable[[], Any] | None = None
    teardown: Callable[..., object] | None = None


@dataclass
class Comparison:
    a: Result
    b: Result
    ratio: Result  # samples: the a/b ratio of each round; value: median(a) / median(b)


class PeakMemory:
    """Growth of resident memory over a block, at its peak.

    Linux resets the high-water mark on request (`clear_refs` 5), so one block's peak is
    exact. Elsewhere `ru_maxrss` only rises above the process's earlier peak: the growth
    shown is then a lower bound. Memory that SQLite and SQLCipher allocate in C is counted,
    which tracemalloc would miss.
    """

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled and resource is not None
        self.growth: int | None = None
        self.exact = False

    def __enter__(self) -> PeakMemory:
        if self.enabled:
            _trim()
            self.exact = _reset_peak()
            self._base = _kib("VmRSS") * 1024 if self.exact else _maxrss()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            peak = _kib("VmHWM") * 1024 if self.exact else _maxrss()
            self.growth = max(0, peak - self._base)


def _trim() -> None:
    """Hand free heap pages back to the OS first (glibc), or a run could reuse memory an
    earlier one left resident and look as if it needed none."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _kib(name: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(name + ":"):
                return int(line.split()[1])
    raise LookupError(name)


def _maxrss() -> int:
    scale = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes, Linux KiB
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * scale


def _run(w: Workload, track_memory: bool) -> tuple[float, float, int | None]:
    state = w.setup() if w.setup else None
    try:
        gc.collect()
        with PeakMemory(track_memory) as mem:
            cpu0, wall0 = time.process_time(), time.perf_counter()
            w.fn(state) if w.setup else w.fn()
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    finally:
        if w.teardown is not None:
            w.teardown(state) if w.setup else w.teardown()
    return wall, cpu, mem.growth


def interleave(workloads: Mapping[str, Workload | Callable[[], object]], repeat: int = 5,
               warmup: int = 1, *, track_memory: bool = False) -> dict[str, Result]:
    """Run the workloads in rounds, alternating the order (A B, B A, ...) so that neither
    always runs first; the first `warmup` rounds are discarded."""
    items = [(name, w if isinstance(w, Workload) else Workload(w)) for name, w in workloads.items()]
    results = {name: Result([]) for name, _ in items}
    for round_no in range(warmup + repeat):
        for name, w in items if round_no % 2 == 0 else items[::-1]:
            wall, cpu, growth = _run(w, track_memory)
            if round_no >= warmup:
                results[name].samples.append(wall)
                results[name].cpu.append(cpu)
                if growth is not None:
                    results[name].rss.append(growth)
    return results


def measure(fn: Callable[..., object], repeat: int = 5, warmup: int = 1, *,
            setup: Callable[[], Any] | None = None, teardown: Callable[..., object] | None = None,
            track_memory: bool = False) -> Result:
    """Time `fn` `repeat` times after `warmup` discarded runs."""
    return interleave({"": Workload(fn, setup, teardown)}, repeat, warmup, track_memory=track_memory)[""]


def ratio(a: Workload | Callable[[], object], b: Workload | Callable[[], object], repeat: int = 5,
          warmup: int = 1, *, track_memory: bool = False) -> Comparison:
    """Time two workloads interleaved; the ratio is median(a) / median(b)."""
    res = interleave({"a": a, "b": b}, repeat, warmup, track_memory=track_memory)
    return Comparison(res["a"], res["b"], ratio_of(res["a"], res["b"]))


def ratio_of(a: Result, b: Result) -> Result:
    """a / b for two results timed in the same rounds; the per-round ratios give the range."""
    per_round = [x / y for x, y in zip(a.samples, b.samples, strict=True)]
    return Result(per_round, unit="x", headline=a.median / b.median)


# Reporting.

_OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_GOAL = re.compile(r"\s*(<=|>=|<|>)?\s*([0-9]*\.?[0-9]+)\s*[a-zA-Z/]*\s*$")


@dataclass
class Row:
    benchmark: str
    name: str
    value: float
    low: float
    high: float
    unit: str
    goal: str
    verdict: str  # "OK", "MISS" or "" when there is no goal
    note: str
    samples: list[float]


_rows: list[Row] = []
_current = ""


def _num(x: float) -> str:
    if x == 0:
        return "0"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    # Thresholds just under 100, 10 and 1 so that rounding never prints "100.0" or "10.00".
    if abs(x) >= 99.95:
        return f"{x:.0f}"
    if abs(x) >= 9.995:
        return f"{x:.1f}"
    return f"{x:.2f}" if abs(x) >= 0.9995 else f"{x:.3g}"


def _amount(x: float, unit: str) -> str:
    if unit == "x":  # ratios near a goal need the third decimal: 1.302x misses "<= 1.3x"
        return f"{x:.3f}x" if abs(x) < 10 else f"{_num(x)}x"
    return f"{_num(x)} {unit}"


def _shown(value: float, low: float, high: float, unit: str) -> tuple[str, str]:
    """The value and its range as printed: small times read better in milliseconds."""
    if unit == "s" and value < 0.1:
        value, low, high, unit = value * 1000, low * 1000, high * 1000, "ms"
    return _amount(value, unit), f"[{_num(low)}-{_num(high)}]"


def report(name: str, result: Result, goal: float | str | None = None, unit: str | None = None,
           note: str = "") -> Row | None:
    """Print one aligned line and keep it for the summary and --json. A bare number as
    goal means "below it"; a string may say "<= 1.3" or "> 50"."""
    unit = unit or result.unit
    if not result.samples:  # e.g. memory on a platform without a way to read it
        print(f"{name:<{NAME_WIDTH}} not measured here", flush=True)
        return None
    value, low, high = result.value, result.low, result.high
    goal_text = verdict = ""
    if goal is not None:
        m = _GOAL.fullmatch(str(goal))
        if m is None:
            raise ValueError(f"cannot read the goal {goal!r}")
        op = m[1] or "<"
        limit = float(m[2])
        goal_text = f"{op} {m[2]}{'x' if unit == 'x' else ' ' + unit}"
        verdict = "OK" if _OPS[op](value, limit) else "MISS"
    shown, spread = _shown(value, low, high, unit)
    label = "ratio " if result.headline is not None else "median"
    line = f"{name:<{NAME_WIDTH}} {label} {shown:>11}  {spread}"
    if goal_text:
        line += f"  goal {goal_text}  {verdict}"
    if note:
        line += f"  {note}"
    print(line, flush=True)
    row = Row(_current, name, value, low, high, unit, goal_text, verdict, note, list(result.samples))
    _rows.append(row)
    return row


def say(text: str) -> None:
    """An explanatory line under the figures (what a number includes, a derived split)."""
    print(f"{'':<4}{text}", flush=True)


def _summary(elapsed: float) -> None:
    print(f"\nSummary ({len(_rows)} figures, {elapsed:.0f} s; python speed now {python_speed()})")
    print(f"{'figure':<{NAME_WIDTH}} {'value':>11}  {'range':<17} {'goal':<11} verdict")
    for r in _rows:
        shown, spread = _shown(r.value, r.low, r.high, r.unit)
        print(f"{r.name:<{NAME_WIDTH}} {shown:>11}  {spread:<17} {r.goal:<11} {r.verdict}".rstrip())


# The registry.

Benchmark = Callable[["Context"], None]
_REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str) -> Callable[[Benchmark], Benchmark]:
    """Register a benchmark as "area.what"; `python -m bench area` runs every one in the area."""

    def register(fn: Benchmark) -> Benchmark:
        if name in _REGISTRY:
            raise ValueError(f"two benchmarks are called {name!r}")
        _REGISTRY[name] = fn
        return fn

    return register


@dataclass
class Context:
    """What a benchmark is given: the size to use and a temporary folder, removed after it."""

    quick: bool
    repeat: int
    root: Path

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def tempdir(self, label: str) -> Path:
        return Path(tempfile.mkdtemp(prefix=f"{label}-", dir=self.root))


def discover(package: str = "bench") -> list[str]:
    """Import every `bench_*` module of the package; return why any could not be."""
    problems = []
    pkg = importlib.import_module(package)
    for mod in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if mod.name.startswith("bench_"):
            try:
                importlib.import_module(f"{package}.{mod.name}")
            except ImportError as exc:
                problems.append(f"{mod.name}: not loaded ({exc})")
    return problems


def _select(names: list[str]) -> list[str]:
    if not names:
        return list(_REGISTRY)
    chosen = [b for b in _REGISTRY if any(b == n or b.startswith(n + ".") for n in names)]
    unknown = [n for n in names if not any(b == n or b.startswith(n + ".") for b in _REGISTRY)]
    if unknown:
        raise SystemExit(f"No benchmark called {', '.join(unknown)}. Known: {', '.join(_REGISTRY)}")
    return chosen


# The machine.


def machine_info(tmp: Path) -> dict[str, str]:
    cpus = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    info = {
        "cpus": f"{cpus} ({usable} usable by this process)",
        "cpu model": _cpu_model(),
        "memory": _meminfo(),
        "python": f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        "os": platform.platform(),
        "sqlite (stdlib sqlite3)": sqlite3.sqlite_version,
        "sqlcipher": _sqlcipher(),
        "temp folder": f"{tmp} ({_filesystem(tmp)})",
    }
    if hasattr(os, "getloadavg"):
        info["load average"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    info["python speed"] = python_speed()
    return info


def python_speed() -> str:
    """A fixed pure-Python loop, timed: on a shared or throttled machine the speed of the CPU
    can change by a third within minutes, and every figure with it. Printed at the start and
    the end of a run, so that figures from different runs can be compared fairly."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(2_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return f"{2 / best:.1f} M loop steps/s (best of 3)"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _meminfo() -> str:
    try:
        with open("/proc/meminfo") as fh:
            total = next(int(line.split()[1]) for line in fh if line.startswith("MemTotal:"))
        return f"{total / (1 << 20):.1f} GB"
    except (OSError, StopIteration):
        return "unknown"


def _sqlcipher() -> str:
    try:
        from sqlcipher3 import dbapi2 as sqlcipher
    except ImportError:
        return "not installed"
    con = sqlcipher.connect(":memory:")
    try:
        con.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        version = con.execute("PRAGMA cipher_version").fetchone()[0]
        provider = con.execute("PRAGMA cipher_provider_version").fetchone()[0]
        return f"{version}, SQLite {sqlcipher.sqlite_version}, crypto {provider}"
    finally:
        con.close()


def _filesystem(path: Path) -> str:
    """The filesystem type under path: tmpfs would make every fsync free and flatter writes."""
    best, kind = "", "unknown filesystem"
    try:
        with open("/proc/mounts") as fh:
            for line in fh:
                parts = line.split()
                target = parts[1]
                if str(path.resolve()).startswith(target) and len(target) > len(best):
                    best, kind = target, parts[2]
    except OSError:
        pass
    return kind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="StalkDesk benchmarks (figures).")
    parser.add_argument("names", nargs="*", help="benchmarks or areas to run, e.g. store.insert or store")
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer runs: a first look")
    parser.add_argument("--repeat", type=int, help="timed runs per figure (default 5; 3 with --quick)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE")
    parser.add_argument("--tmp", type=Path, metavar="DIR",
                        help="where temporary stores go (default: the system temp folder); pick the "
                        "disk the real store lives on")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    args = parser.parse_args(argv)
    problems = discover()
    if args.list:
        print("\n".join([*_REGISTRY, *problems]))
        return 0
    chosen = _select(args.names)
    repeat = args.repeat or (3 if args.quick else 5)
    global _current
    root = Path(tempfile.mkdtemp(prefix="stalkdesk-bench-", dir=args.tmp))
    failed: list[str] = []
    started = time.perf_counter()
    try:
        info = machine_info(root)
        for key, value in info.items():
            print(f"{key:<24} {value}")
        print(f"{'mode':<24} {'quick' if args.quick else 'full'}, {repeat} timed runs after 1 warm-up")
        for problem in problems:
            print(f"note: {problem}")
        for name in chosen:
            print(f"\n== {name}", flush=True)
            _current = name
            ctx = Context(args.quick, repeat, root / name)
            ctx.root.mkdir()
            t0 = time.perf_counter()
            try:
                _REGISTRY[name](ctx)
            except Exception:
                traceback.print_exc()
                failed.append(name)
            finally:
                shutil.rmtree(ctx.root, ignore_errors=True)
            say(f"({time.perf_counter() - t0:.0f} s)")
        _summary(time.perf_counter() - started)
        if failed:
            print(f"\nFailed: {', '.join(failed)}")
        if args.json:
            doc = {"machine": info, "quick": args.quick, "repeat": repeat, "failed": failed,
                   "results": [asdict(r) for r in _rows]}
            args.json.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
            print(f"Wrote {args.json}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if failed else 0
