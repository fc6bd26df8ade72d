"""Fixtures for the trust tests: kill campaigns, full disks, damaged files, memory scans."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "kill: kills worker processes with SIGKILL; deselect with -m 'not kill'")


def _mount(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False)


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """A factory of small filesystems (tmpfs of `kib` KiB) that really run out of space.

    Skips the test where this process may not mount (not root, or in a container that
    forbids it); the injected-error variants of the same tests always run."""
    mounted: list[Path] = []

    def make(kib: int) -> Path:
        point = tmp_path / f"fs{len(mounted)}"
        point.mkdir()
        done = _mount(["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs", str(point)])
        if done.returncode != 0:
            pytest.skip(f"cannot mount a small filesystem here: {done.stderr.strip() or done.returncode}")
        mounted.append(point)
        return point

    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    yield make
    for point in reversed(mounted):
        with contextlib.suppress(Exception):
            _mount(["umount", "-l", str(point)])


def resize(point: Path, kib: int) -> None:
    """Free space on a small filesystem by growing it (as deleting other files would)."""
    done = _mount(["mount", "-o", f"remount,size={kib}k", str(point)])
    assert done.returncode == 0, done.stderr


def remount(point: Path, mode: str) -> None:
    done = _mount(["mount", "-o", f"remount,{mode}", str(point)])
    assert done.returncode == 0, done.stderr
