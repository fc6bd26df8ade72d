from __future__ import annotations

import io

import pytest

from stalkdesk.domain.records import Exhibit
from stalkdesk.services.workspace import Workspace
from tests import factories


class Boom(Exception):
    pass


def test_transaction_is_all_or_nothing(ws: Workspace) -> None:
    audit_before = ws.audit.head()
    with pytest.raises(Boom), ws.transaction():
        case = ws.cases.create(factories.case())
        ws.entries.add_many(case.id or 0, [factories.entry(i) for i in range(3)])
        ws.exhibits.add(case.id or 0, Exhibit(reference="AF/1", description="x"), io.BytesIO(b"x"))
        # Reads inside the transaction see its own rows.
        assert len(ws.entries.list(case.id or 0)) == 3
        assert ws.exhibits.references(case.id or 0) == ["AF/1"]
        raise Boom
    assert ws.cases.list() == []
    assert ws.audit.head() == audit_before


def test_transaction_commits_once_at_the_end(ws: Workspace) -> None:
    with ws.transaction():
        case = ws.cases.create(factories.case())
        ws.entries.add(case.id or 0, factories.entry())
    assert [s.entry_count for s in ws.cases.list()] == [1]


def test_transactions_do_not_nest(ws: Workspace) -> None:
    with pytest.raises(RuntimeError), ws.transaction(), ws.transaction():
        pass
