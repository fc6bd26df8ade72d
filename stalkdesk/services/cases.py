"""Creating and changing cases and their people, with what officers type checked first."""

from __future__ import annotations

from stalkdesk.domain.records import Case, Person
from stalkdesk.domain.validation import FieldError, check_case, check_person
from stalkdesk.errors import InvalidInput
from stalkdesk.services.workspace import Workspace


class FieldInvalid(InvalidInput):
    """Bad input in one named field, so a form can put the message beside it."""

    def __init__(self, error: FieldError) -> None:
        super().__init__(str(error))
        self.field = error.field


def create_case(ws: Workspace, case: Case) -> Case:
    try:
        clean = check_case(case)
    except FieldError as exc:
        raise FieldInvalid(exc) from None
    return ws.cases.create(clean)


def update_case(ws: Workspace, case: Case) -> Case:
    try:
        clean = check_case(case)
    except FieldError as exc:
        raise FieldInvalid(exc) from None
    return ws.cases.update(clean)


def save_person(ws: Workspace, case_id: int, person: Person) -> Person:
    """Add the person, or update them if they have an id."""
    try:
        clean = check_person(person)
    except FieldError as exc:
        raise FieldInvalid(exc) from None
    return ws.people.update(clean) if clean.id is not None else ws.people.add(case_id, clean)
