"""The officer's narrative texts of a case, one row per field."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import select

from stalkdesk.domain.records import CaseNarrative
from stalkdesk.store import audit
from stalkdesk.store.database import Database
from stalkdesk.store.tables import NarrativeRow


class NarrativeRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, case_id: int) -> CaseNarrative:
        with self.db.read() as s:
            rows = s.exec(select(NarrativeRow).where(NarrativeRow.case_id == case_id)).scalars()
            values = {r.field: r.text for r in rows if r.field in CaseNarrative.FIELDS}
        return replace(CaseNarrative(), **values)

    def set(self, case_id: int, field: str, text: str) -> None:
        if field not in CaseNarrative.FIELDS:
            raise ValueError(f"unknown narrative field {field!r}")
        with self.db.write() as s:
            row = s.get(NarrativeRow, (case_id, field))
            if row is None:
                s.add(NarrativeRow(case_id=case_id, field=field, text=text, updated_at=datetime.now(UTC)))
            elif row.text == text:
                return
            else:
                row.text, row.updated_at = text, datetime.now(UTC)
            audit.record(s, self.db.actor, "alter", "narrative", None, case_id,
                         f"Changed {field.replace('_', ' ')} ({len(text)} characters)")

    # Unfinished forms set aside when the app locks (an S-DASH half answered, a co-location
    # decision half typed), as rows named "draft_...": `get` reads only CaseNarrative.FIELDS,
    # so no report or export ever prints one.

    def draft(self, case_id: int, name: str) -> str:
        """The draft's text ("" if there is none)."""
        _draft_name(name)
        with self.db.read() as s:
            row = s.get(NarrativeRow, (case_id, name))
            return row.text if row is not None else ""

    def set_draft(self, case_id: int, name: str, text: str) -> None:
        """Keep the draft, or delete it with "" (saved or discarded); audited, without its text."""
        _draft_name(name)
        with self.db.write() as s:
            row = s.get(NarrativeRow, (case_id, name))
            if not text:
                if row is None:
                    return
                s.delete(row)
                action, summary = "delete", f"Removed the draft {name}"
            elif row is None:
                s.add(NarrativeRow(case_id=case_id, field=name, text=text, updated_at=datetime.now(UTC)))
                action, summary = "create", f"Kept the draft {name} ({len(text)} characters)"
            elif row.text == text:
                return
            else:
                row.text, row.updated_at = text, datetime.now(UTC)
                action, summary = "alter", f"Kept the draft {name} ({len(text)} characters)"
            audit.record(s, self.db.actor, action, "draft", None, case_id, summary)


DRAFT_PREFIX = "draft_"


def _draft_name(name: str) -> None:
    if not name.startswith(DRAFT_PREFIX) or len(name) <= len(DRAFT_PREFIX):
        raise ValueError(f"not a draft name {name!r}")
