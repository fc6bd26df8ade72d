"""`stalkdesk show` gives the reason for sensitivity of sensitive entries and exhibits."""

from __future__ import annotations

import io
import json
from pathlib import Path

from stalkdesk.domain.records import Exhibit
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.services.vault import Vault
from tests import factories
from tests.conftest import PASSPHRASE
from tests.test_cli import env, run  # noqa: F401 (the fixture is used by name)

SENSITIVE = DisclosureStatus.SENSITIVE


def test_show_prints_the_reason_for_sensitivity(env: Path) -> None:  # noqa: F811
    ws = Vault(env).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case())
    ws.entries.add_many(case.id or 0, [
        factories.entry(0, summary="Neighbour's account", disclosure=SENSITIVE, disclosure_reason="Names a source"),
        factories.entry(1, summary="Other", disclosure=SENSITIVE),
        factories.entry(2, summary="Used one")])
    ws.exhibits.add(case.id or 0, Exhibit("AF/1", "Contact sheet", disclosure=SENSITIVE,
                                          disclosure_reason="Covert source"), io.BytesIO(b"x"))
    ws.close()
    code, out, _ = run("show", case.urn)
    assert code == 0
    assert "sensitive: Names a source" in out and "sensitive: reason not recorded" in out
    assert "sensitive: Covert source" in out and out.count("sensitive:") == 3
    code, out, _ = run("show", case.urn, "--json")
    data = json.loads(out)
    assert [e["disclosure_reason"] for e in data["entries"]] == ["Names a source", "", ""]
    assert data["exhibits"][0]["disclosure_reason"] == "Covert source"
