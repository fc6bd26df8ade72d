"""`stalkdesk --smoke-test`: prove a build works end to end, in a throwaway store."""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from stalkdesk.domain.records import Case, Entry, Officer
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.domain.when import Precision, When
from stalkdesk.services.vault import Vault, keyring_available, keyring_backend_name
from stalkdesk.store.keyfile import KdfParams

# The case tabs are imported by name when a case opens (gui/cases/case_workspace.py), so a
# freezer cannot see them; build.spec lists them as hidden imports and this checks they came.
CASE_TAB_MODULES = ("stalkdesk.gui.chronology.view", "stalkdesk.gui.evidence.view", "stalkdesk.gui.analysis.view")


def smoke_test(out: TextIO) -> int:
    folder = Path(tempfile.mkdtemp(prefix="stalkdesk-smoke-"))
    try:
        vault = Vault(folder / "home")
        vault.kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)  # throwaway store
        ws, _ = vault.create("smoke-test-passphrase", Officer(name="Smoke Test", initials="ST"))
        case = ws.cases.create(Case(urn="00ZZ0000000", operation="Smoke test (fictional)"))
        assert case.id is not None
        ws.entries.add(case.id, Entry(when=When(datetime(2024, 1, 1, 12, tzinfo=UTC), Precision.MINUTE),
                                      summary="Smoke test entry", behaviours=(Behaviour.CONTACTING,)))
        ws.close()
        ws = vault.unlock("smoke-test-passphrase")
        count = len(ws.entries.list(case.id))
        ws.close()
        state = "available" if keyring_available() else "not available"
        missing = [m for m in CASE_TAB_MODULES if importlib.util.find_spec(m) is None]
        print(f"smoke test: store created, entry saved and read back ({count}); "
              f"keyring backend {keyring_backend_name()} ({state}); "
              f"case tabs {'missing: ' + ', '.join(missing) if missing else 'all present'}", file=out)
        return 0 if count == 1 and not missing else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
