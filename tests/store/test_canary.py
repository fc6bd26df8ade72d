"""Nothing readable at rest: a canary put into a case must appear in no file on disk."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from stalkdesk.domain.records import Exhibit
from stalkdesk.services.vault import Vault
from stalkdesk.services.workspace import Workspace
from tests import factories
from tests.conftest import PASSPHRASE

CANARY = "CANARY-Zebedee-Quixotic-4471"


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_under(folder: Path, since: float) -> Iterator[Path]:
    for root, _, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            try:
                if path.stat().st_mtime >= since - 1:
                    yield path
            except OSError:
                continue


def fill_with_canary(ws: Workspace) -> None:
    case = ws.cases.create(factories.case(operation=f"Op {CANARY}"))
    assert case.id is not None
    ws.people.add(case.id, factories.victim(name=f"Victim {CANARY}", notes=CANARY))
    ws.entries.add_many(case.id, [factories.entry(i, summary=f"{CANARY} entry {i}", account=CANARY * 3,
                                                  location=CANARY) for i in range(200)])
    ws.exhibits.add(case.id, Exhibit(reference="AF/1", description=CANARY, original_filename=f"{CANARY}.txt"),
                    __import__("io").BytesIO((CANARY + "\n").encode() * 5000))
    ws.cases.record_view(case.id)


def test_canary_is_in_no_file_under_home_or_temp(tmp_path: Path) -> None:
    started = time.time()
    home = tmp_path / "home"
    vault = Vault(home)
    ws, _ = vault.create(PASSPHRASE)
    fill_with_canary(ws)
    # Read it back too: reads must not spill to temp files either.
    case_id = ws.cases.list()[0].case.id
    assert case_id is not None
    assert CANARY in ws.entries.list(case_id)[0].summary
    assert CANARY.encode() in next(ws.exhibits.iter_original(ws.exhibits.list(case_id)[0].id or 0))
    scanned = 0
    # Scan while open (WAL and shared-memory files exist now) and after closing.
    for phase in ("open", "closed"):
        if phase == "closed":
            ws.close()
        for folder in (home, Path(tempfile.gettempdir())):
            for path in files_under(folder, started):
                if tmp_path in path.parents and home not in path.parents:
                    continue  # pytest's own bookkeeping for this test, not ours
                data = path.read_bytes()
                scanned += 1
                for needle in encodings(CANARY):
                    assert needle not in data, f"canary found in {path} ({phase})"
    assert scanned >= 2  # at least the database and the key file were looked at
    assert (home / "stalkdesk.db").stat().st_size > 100_000
