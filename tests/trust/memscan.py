"""Search this process's own memory for byte strings (Linux: /proc/self/maps and /mem).

Scanning yourself has a trap: every copy made while scanning is new memory holding what
is searched for. So the regions are read into one preallocated anonymous mapping
(os.preadv, no Python bytes objects), searched in place (mmap.find), that mapping is
skipped, and the needles' own buffers (bytearrays whose addresses we know) are not
counted.
"""

from __future__ import annotations

import ctypes
import mmap
import os
from dataclasses import dataclass, field
from pathlib import Path

SKIP = {"[vvar]", "[vsyscall]", "[vvar_vclock]"}
WINDOW = 32 << 20
OVERLAP = 4096  # longer than any needle, so one straddling two windows is still seen


@dataclass
class ScanResult:
    counts: dict[str, int]
    where: dict[str, list[str]] = field(default_factory=dict)  # "0xADDR region" per hit
    regions: int = 0
    bytes_read: int = 0


def available() -> bool:
    return Path("/proc/self/mem").exists() and Path("/proc/self/maps").exists()


def address_of(buffer: bytearray) -> int:
    return ctypes.addressof((ctypes.c_char * len(buffer)).from_buffer(buffer))


def scan(needles: dict[str, bytearray]) -> ScanResult:
    """Count each needle's occurrences in every readable mapping of this process."""
    own = {address_of(n) for n in needles.values()}
    window = mmap.mmap(-1, WINDOW)
    view = memoryview(window)
    window_at = ctypes.addressof(ctypes.c_char.from_buffer(window))
    result = ScanResult({name: 0 for name in needles}, {name: [] for name in needles})
    maps = Path("/proc/self/maps").read_text().splitlines()
    fd = os.open("/proc/self/mem", os.O_RDONLY)
    try:
        for line in maps:
            parts = line.split()
            low, high = (int(x, 16) for x in parts[0].split("-"))
            name = parts[5] if len(parts) > 5 else "[anonymous]"
            if parts[1][0] != "r" or name in SKIP or low <= window_at < high:
                continue
            result.regions += 1
            at = low
            while at < high:
                try:
                    got = os.preadv(fd, [view[: min(WINDOW, high - at)]], at)
                except OSError:
                    break  # a guard page or a mapping that vanished meanwhile
                if got <= 0:
                    break
                result.bytes_read += got
                for key, needle in needles.items():
                    hit = window.find(needle, 0, got)
                    while hit != -1:
                        where = f"{at + hit:#x} {name}"
                        if at + hit not in own and where not in result.where[key]:  # overlaps: once
                            result.counts[key] += 1
                            result.where[key].append(where)
                        hit = window.find(needle, hit + 1, got)
                if at + got >= high:
                    break
                at += got - OVERLAP
    finally:
        os.close(fd)
        view.release()
        window.close()
    return result


def hex_of(data: bytearray, upper: bool = False) -> bytearray:
    """Hex digits of `data` built digit by digit, so no str or bytes copy of it exists."""
    digits = b"0123456789ABCDEF" if upper else b"0123456789abcdef"
    out = bytearray(2 * len(data))
    for i, byte in enumerate(data):
        out[2 * i] = digits[byte >> 4]
        out[2 * i + 1] = digits[byte & 0x0F]
    return out
