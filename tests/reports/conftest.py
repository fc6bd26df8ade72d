"""Cases for the report tests: the fictional demo case, and a small one with test strings."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from stalkdesk.domain.records import Case
from stalkdesk.services.demo import load_demo
from stalkdesk.services.workspace import Workspace
from tests import factories

GENERATED = datetime(2024, 7, 1, 9, 30, tzinfo=UTC)
# A fictional victim's details, also written into an entry's account in three forms.
ADDRESS = "1 Fictional Street, Exampletown, ZZ99 9ZZ"
PHONE_FORMS = ("07700 900123", "07700900123", "+44 7700 900123")


@pytest.fixture
def demo(ws: Workspace) -> Case:
    return load_demo(ws)


@pytest.fixture
def small(ws: Workspace) -> Case:
    """A case whose victim's address and phone number also appear in the chronology."""
    case = ws.cases.create(factories.case())
    assert case.id is not None
    victim = ws.people.add(case.id, factories.victim())
    ws.people.add(case.id, factories.suspect())
    account = (f"The suspect came to {ADDRESS} and shouted. He then rang her on {PHONE_FORMS[0]}, "
               f"again on {PHONE_FORMS[1]} and texted {PHONE_FORMS[2]}. She wrote to jo@example.invalid.")
    ws.entries.add_many(case.id, [
        factories.entry(0, account=account, people=(victim.id,)),
        factories.entry(1, summary="Suspect waited outside 1 Fictional Street"),
        factories.entry(2, summary="Message: \u201cI\u2019ll be there\u201d \u2013 not the number 07700 900124"),
    ])
    return ws.cases.get(case.id)
