"""Small builders for fictional test records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from stalkdesk.domain.records import Case, Entry, Person
from stalkdesk.domain.vocab import Behaviour, Channel, Offence, Relationship, Role
from stalkdesk.domain.when import Precision, When


def case(urn: str = "01FC0000124", **kw: object) -> Case:
    values: dict[str, object] = {"operation": "Op Fictional", "offences": (Offence.PHA_S2A,)}
    values.update(kw)
    return Case(urn=urn, **values)  # type: ignore[arg-type]


def entry(n: int = 0, summary: str = "Fictional message received", **kw: object) -> Entry:
    values: dict[str, object] = {
        "when": When(datetime(2024, 3, 3, 21, 15, tzinfo=UTC) + timedelta(hours=n), Precision.MINUTE),
        "behaviours": (Behaviour.CONTACTING,),
        "channel": Channel.SMS,
    }
    values.update(kw)
    return Entry(summary=summary, **values)  # type: ignore[arg-type]


def victim(**kw: object) -> Person:
    values: dict[str, object] = {
        "role": Role.VICTIM,
        "name": "Jo Example",
        "phones": ("+447700900123",),
        "addresses": ("1 Fictional Street, Exampletown, ZZ99 9ZZ",),
        "emails": ("jo@example.invalid",),
    }
    values.update(kw)
    return Person(**values)  # type: ignore[arg-type]


def suspect(**kw: object) -> Person:
    values: dict[str, object] = {"role": Role.SUSPECT, "name": "Sam Sample",
                                 "relationship": Relationship.EX_PARTNER}
    values.update(kw)
    return Person(**values)  # type: ignore[arg-type]
