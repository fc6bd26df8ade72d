"""`make soak`: the long versions of the trust campaigns, printing figures.

    python scripts/soak.py [--kills 220] [--fuzz 3000] [--seed N] [--keep DIR]

Kills: StalkDesk workers SIGKILLed at random moments during mixed edits, 10,000-entry
imports and backups, the store checked after each (tests/trust/harness.py). Fuzz: the
store's own parsers fed mutated key files, backups, database files and WALs
(tests/trust/fuzz.py). Figures, not pass/fail: every failure is listed, and the same
checks in short form are what `make test` passes or fails on.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stalkdesk.services.vault import Vault  # noqa: E402
from tests.conftest import FAST_KDF, OFFICER, PASSPHRASE  # noqa: E402
from tests.trust import fuzz  # noqa: E402
from tests.trust.harness import Plan, run_campaign  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=220)
    parser.add_argument("--fuzz", type=int, default=3000, help="mutated inputs, over all parsers")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()

    # A hostile key file may ask Argon2 for any amount of memory: let such a request fail
    # here (and be counted) rather than take the machine's memory from everyone else.
    limit = 8 << 30
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))

    work = args.keep or Path(tempfile.mkdtemp(prefix="stalkdesk-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"soak: seed {args.seed}, working in {work}", flush=True)
    try:
        template = work / "template"
        shutil.rmtree(template, ignore_errors=True)
        Vault.kdf = FAST_KDF
        ws, _ = Vault(template).create(PASSPHRASE, OFFICER)
        ws.close()

        n = args.kills
        backups = n // 5
        imports = n * 3 // 10
        plan = Plan(mixed=n - backups - imports, imports=imports, big_imports=0, backups=backups,
                    import_size=10_000, rerun_limit=15)
        print(f"kills: {n} planned ({plan.mixed} during edits, {plan.imports} during 10,000-entry imports, "
              f"{plan.backups} during backups)", flush=True)
        kills = run_campaign(template, work / "kills", PASSPHRASE, plan, args.seed,
                             progress=lambda text: print(f"  {text}", flush=True))
        print(f"kills: {kills.line()}")
        for failure in kills.failures[:50]:
            print(f"  FAILURE {failure}")

        started = time.monotonic()
        found = fuzz.campaign(args.fuzz, args.seed, work)
        seconds = time.monotonic() - started
        tried = sum(found.tried.values())
        print(f"fuzz: {tried} inputs tried in {seconds:.0f} s, {found.failure_count} failures")
        for target in fuzz.TARGETS:
            print(f"  {target:18} tried {found.tried.get(target, 0):5}, accepted as valid "
                  f"{found.accepted.get(target, 0):4}")
        for sig, examples in sorted(found.failures.items()):
            print(f"  FAILURE x{len(examples)} {sig}: {examples[0]}")

        print(f"soak: kills survived {kills.kills - len({f.split(':')[0] for f in kills.failures})} of "
              f"{kills.kills}, acknowledged changes checked {kills.checked}, kill failures "
              f"{len(kills.failures)}, fuzz inputs {tried}, fuzz failures {found.failure_count}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
