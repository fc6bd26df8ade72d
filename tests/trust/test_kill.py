"""SIGKILL at random moments during edits, a large import and a backup: nothing
acknowledged is lost, nothing half-done is visible, and the store opens on its own.

The short campaign (50 kills) runs in `make test`; `make soak` runs 200+ and prints the
same figures. Deselect with `-m "not kill"`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.trust.harness import Plan, run_campaign

pytestmark = [pytest.mark.kill, pytest.mark.slow]

SHORT = Plan(mixed=22, imports=18, big_imports=2, backups=8, rerun_limit=1)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks a child per kill")
def test_fifty_kills_lose_nothing_acknowledged(_template_home: Path, tmp_path: Path) -> None:
    seed = int(os.environ.get("STALKDESK_KILL_SEED", "20240301"))
    figures = run_campaign(_template_home, tmp_path / "kills", PASSPHRASE, SHORT, seed)
    print(figures.line())
    assert figures.kills >= 50
    assert not figures.failures, "\n".join(figures.failures[:20])
    # The campaign must have actually exercised each guarantee, not just survived.
    assert figures.acks >= 100
    assert figures.imports_absent >= 1 and figures.imports_whole >= 1 and figures.reruns >= 1
    assert figures.backups_verified >= 1
