"""Stalking analysis: the officer's links and FOUR notes, S-DASH screenings, review dates,
the victim's places, co-location candidates, and contact counts for patterns of contact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlmodel import Session

from stalkdesk.domain.analysis.candidates import Candidate, CandidateStatus, VictimPlace
from stalkdesk.domain.analysis.common import PointLink
from stalkdesk.domain.analysis.patterns import Contact
from stalkdesk.domain.analysis.sdash import QUESTION_IDS, Answer, CaseReview, SdashAnswer, SdashAssessment
from stalkdesk.domain.vocab import Behaviour, Channel
from stalkdesk.errors import Conflict, NotFound
from stalkdesk.store import audit, sqlite
from stalkdesk.store.database import Database
from stalkdesk.store.tables import (
    CaseReviewRow,
    ColocationRow,
    ContactRecordRow,
    EntryRow,
    ExhibitRow,
    FourNoteRow,
    PointLinkRow,
    SdashAnswerRow,
    SdashRow,
    VictimPlaceRow,
)


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _link(r: PointLinkRow) -> PointLink:
    return PointLink(r.point_id, r.entry_id, r.exhibit_id, r.note, r.case_id, r.created_at, r.id)


def _place(r: VictimPlaceRow) -> VictimPlace:
    return VictimPlace(r.name, r.lat, r.lon, r.radius_m, r.note, r.case_id, r.id)


def _candidate(r: ColocationRow) -> Candidate:
    return Candidate(r.source_exhibit_id, r.target, _utc(r.start_utc), _utc(r.end_utc), r.closest_m,
                     _utc(r.closest_at), r.fixes, r.first_seq, r.last_seq, r.accuracy_m, r.place_id,
                     r.victim_exhibit_id, r.distance_m, CandidateStatus(r.status),
                     Behaviour(r.behaviour) if r.behaviour else None, r.entry_id, r.note, r.case_id,
                     r.created_at, r.id)


_R = TypeVar("_R")


def _row(s: Session, table: type[_R], key: object, what: str) -> _R:
    row = s.get(table, key)
    if row is None:
        raise NotFound(f"There is no {what} with id {key}.")
    return row


class AnalysisRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # Links to points to prove, SPO grounds and FOUR elements.

    def links(self, case_id: int, prefix: str = "") -> list[PointLink]:
        q = select(PointLinkRow).where(PointLinkRow.case_id == case_id)
        if prefix:
            q = q.where(PointLinkRow.point_id.startswith(prefix))
        with self.db.read() as s:
            return [_link(r) for r in s.exec(q.order_by(PointLinkRow.id)).scalars()]

    def add_link(self, case_id: int, link: PointLink) -> PointLink:
        """Cite an entry or an exhibit of this case for a point; the same item twice is refused."""
        if (link.entry_id is None) == (link.exhibit_id is None):
            raise ValueError("a link cites exactly one entry or one exhibit")
        with self.db.write() as s:
            if link.entry_id is not None:
                e = s.get(EntryRow, link.entry_id)
                if e is None or e.case_id != case_id:
                    raise NotFound(f"There is no chronology entry with id {link.entry_id} in this case.")
                what, same = f"item {e.item_number}", PointLinkRow.entry_id == link.entry_id
            else:
                x = s.get(ExhibitRow, link.exhibit_id)
                if x is None or x.case_id != case_id:
                    raise NotFound(f"There is no exhibit with id {link.exhibit_id} in this case.")
                what, same = f"exhibit {x.reference}", PointLinkRow.exhibit_id == link.exhibit_id
            dup = s.exec(select(PointLinkRow.id).where(PointLinkRow.case_id == case_id,
                                                       PointLinkRow.point_id == link.point_id, same)).first()
            if dup is not None:
                raise Conflict(f"{what.capitalize()} is already linked to that point.")
            row = PointLinkRow(case_id=case_id, point_id=link.point_id, entry_id=link.entry_id,
                               exhibit_id=link.exhibit_id, note=link.note, created_at=datetime.now(UTC))
            s.add(row)
            s.flush()
            audit.record(s, self.db.actor, "create", "point_link", row.id, case_id,
                         f"Linked {what} to {link.point_id}")
            return _link(row)

    def entry_for_item(self, case_id: int, item_number: int) -> int:
        """The id of the entry with that item number in the case (deleted ones too)."""
        q = select(EntryRow.id).where(EntryRow.case_id == case_id, EntryRow.item_number == item_number)
        with self.db.read() as s:
            found = s.exec(q).scalars().first()
        if found is None:
            raise NotFound(f"There is no item {item_number} in this case's chronology.")
        return found

    def set_link_note(self, link_id: int, note: str) -> PointLink:
        with self.db.write() as s:
            row = _row(s, PointLinkRow, link_id, "link")
            row.note = note
            audit.record(s, self.db.actor, "alter", "point_link", row.id, row.case_id,
                         f"Changed the note of a link to {row.point_id}")
            return _link(row)

    def remove_link(self, link_id: int) -> None:
        with self.db.write() as s:
            row = _row(s, PointLinkRow, link_id, "link")
            target = f"entry id {row.entry_id}" if row.entry_id is not None else f"exhibit id {row.exhibit_id}"
            audit.record(s, self.db.actor, "delete", "point_link", row.id, row.case_id,
                         f"Unlinked {target} from {row.point_id}")
            s.delete(row)

    # FOUR notes.

    def four_notes(self, case_id: int) -> dict[str, str]:
        with self.db.read() as s:
            rows = s.exec(select(FourNoteRow).where(FourNoteRow.case_id == case_id)).scalars()
            return {r.element: r.note for r in rows}

    def set_four_note(self, case_id: int, element: str, note: str) -> None:
        with self.db.write() as s:
            row = s.get(FourNoteRow, (case_id, element))
            if row is not None and row.note == note:
                return
            if row is None:
                s.add(FourNoteRow(case_id=case_id, element=element, note=note, updated_at=datetime.now(UTC)))
            else:
                row.note, row.updated_at = note, datetime.now(UTC)
            audit.record(s, self.db.actor, "alter", "four_note", None, case_id,
                         f"Changed the FOUR note on {element} ({len(note)} characters)")

    # S-DASH screenings and review dates.

    def add_sdash(self, case_id: int, a: SdashAssessment) -> SdashAssessment:
        now = datetime.now(UTC)
        with self.db.write() as s:
            row = SdashRow(case_id=case_id, assessed_on=a.assessed_on, officer=a.officer, trigger=a.trigger,
                           note=a.note, created_at=now)
            s.add(row)
            s.flush()
            for ans in a.answers:
                s.add(SdashAnswerRow(assessment_id=row.id, question=ans.question_id, answer=ans.answer.value,
                                     note=ans.note))
            audit.record(s, self.db.actor, "create", "sdash", row.id, case_id,
                         f"S-DASH screening of {a.assessed_on:%d/%m/%Y} recorded: {a.yes_count} yes")
        return replace(a, case_id=case_id, created_at=now, id=row.id)

    def sdash(self, case_id: int) -> list[SdashAssessment]:
        """The case's screenings, oldest first."""
        with self.db.read() as s:
            rows = s.exec(select(SdashRow).where(SdashRow.case_id == case_id)
                          .order_by(SdashRow.assessed_on, SdashRow.id)).scalars().all()
            answers: dict[int, list[SdashAnswer]] = {}
            q = select(SdashAnswerRow).where(SdashAnswerRow.assessment_id.in_([r.id for r in rows]))
            for a in s.exec(q).scalars():
                answers.setdefault(a.assessment_id, []).append(SdashAnswer(a.question, Answer(a.answer), a.note))
        order = {q: n for n, q in enumerate(QUESTION_IDS)}
        return [SdashAssessment(r.assessed_on, r.officer,
                                tuple(sorted(answers.get(r.id or 0, []), key=lambda x: order.get(x.question_id, 99))),
                                r.trigger, r.note, r.case_id, r.created_at, r.id) for r in rows]

    def review(self, case_id: int) -> CaseReview:
        with self.db.read() as s:
            row = s.get(CaseReviewRow, case_id)
            return CaseReview(case_id, row.review_on if row else None, row.note if row else "")

    def reviews(self) -> dict[int, CaseReview]:
        with self.db.read() as s:
            rows = s.exec(select(CaseReviewRow)).scalars()
            return {r.case_id: CaseReview(r.case_id, r.review_on, r.note) for r in rows}

    def set_review(self, case_id: int, review_on: date | None, note: str = "") -> CaseReview:
        with self.db.write() as s:
            row = s.get(CaseReviewRow, case_id)
            if row is None:
                row = CaseReviewRow(case_id=case_id, updated_at=datetime.now(UTC))
                s.add(row)
            row.review_on, row.note, row.updated_at = review_on, note, datetime.now(UTC)
            when = f"{review_on:%d/%m/%Y}" if review_on else "none"
            audit.record(s, self.db.actor, "alter", "case_review", None, case_id, f"Risk review date set: {when}")
        return CaseReview(case_id, review_on, note)

    # The victim's places.

    def places(self, case_id: int) -> list[VictimPlace]:
        q = select(VictimPlaceRow).where(VictimPlaceRow.case_id == case_id, VictimPlaceRow.deleted == False)  # noqa: E712
        with self.db.read() as s:
            return [_place(r) for r in s.exec(q.order_by(VictimPlaceRow.id)).scalars()]

    def save_place(self, case_id: int, p: VictimPlace) -> VictimPlace:
        """Add the place, or change it if it has an id. Its position is personal data: the audit
        row names the place, never the coordinates."""
        now = datetime.now(UTC)
        with self.db.write() as s:
            if p.id is None:
                row = VictimPlaceRow(case_id=case_id, name=p.name, lat=p.lat, lon=p.lon, created_at=now, updated_at=now)
                s.add(row)
                action = "create"
            else:
                row, action = _row(s, VictimPlaceRow, p.id, "victim's place"), "alter"
            row.name, row.lat, row.lon, row.radius_m, row.note, row.updated_at = (
                p.name, p.lat, p.lon, p.radius_m, p.note, now)
            s.flush()
            audit.record(s, self.db.actor, action, "victim_place", row.id, case_id,
                         f"{'Added' if action == 'create' else 'Changed'} the victim's place {p.name!r}")
            return _place(row)

    def remove_place(self, place_id: int) -> None:
        """Soft delete: candidates found near the place keep pointing at it."""
        with self.db.write() as s:
            row = _row(s, VictimPlaceRow, place_id, "victim's place")
            row.deleted, row.updated_at = True, datetime.now(UTC)
            audit.record(s, self.db.actor, "delete", "victim_place", row.id, row.case_id,
                         f"Removed the victim's place {row.name!r}")

    # Co-location candidates.

    def candidates(self, case_id: int, status: CandidateStatus | None = None) -> list[Candidate]:
        q = select(ColocationRow).where(ColocationRow.case_id == case_id)
        if status is not None:
            q = q.where(ColocationRow.status == status.value)
        with self.db.read() as s:
            return [_candidate(r) for r in s.exec(q.order_by(ColocationRow.start_utc, ColocationRow.id)).scalars()]

    def candidate(self, candidate_id: int) -> Candidate:
        with self.db.read() as s:
            row = _row(s, ColocationRow, candidate_id, "co-location candidate")
            return _candidate(row)

    def add_candidates(self, case_id: int, found: Sequence[Candidate], summary: str) -> list[Candidate]:
        """Store proposed candidates in one transaction, with one audit row for the search."""
        now = datetime.now(UTC)
        with self.db.write() as s:
            rows = [ColocationRow(case_id=case_id, source_exhibit_id=c.source_exhibit_id,
                                  victim_exhibit_id=c.victim_exhibit_id, place_id=c.place_id, target=c.target,
                                  start_utc=c.start, end_utc=c.end, closest_m=c.closest_m, closest_at=c.closest_at,
                                  fixes=c.fixes, first_seq=c.first_seq, last_seq=c.last_seq,
                                  accuracy_m=c.accuracy_m, distance_m=c.distance_m, status=c.status.value,
                                  note=c.note, created_at=now, updated_at=now) for c in found]
            s.add_all(rows)
            s.flush()
            audit.record(s, self.db.actor, "create", "colocation", None, case_id, summary)
            return [_candidate(r) for r in rows]

    def set_candidate(self, candidate_id: int, status: CandidateStatus, behaviour: Behaviour | None = None,
                      entry_id: int | None = None, note: str = "") -> Candidate:
        with self.db.write() as s:
            row = _row(s, ColocationRow, candidate_id, "co-location candidate")
            if row.status != CandidateStatus.PROPOSED.value:
                raise Conflict(f"That visit has already been {row.status}.")
            row.status, row.behaviour, row.entry_id = status.value, behaviour.value if behaviour else None, entry_id
            row.note, row.updated_at = note or row.note, datetime.now(UTC)
            audit.record(s, self.db.actor, "alter", "colocation", row.id, row.case_id,
                         f"Co-location visit near {row.target} {status.value}" + (f": {note}" if note else ""))
            return _candidate(row)

    # Contact counts for patterns of contact.

    def contact_buckets(self, case_id: int) -> list[Contact]:
        """Imported records from the other party (not the victim's own outgoing ones, nor
        system messages), counted per clock hour, channel, identity and grouping entry.
        `patterns.contacts_from_case` takes them from here."""
        at = ContactRecordRow.at_utc
        hour = sqlite.floor_div(at, 3_600_000_000)
        q: Any = (select(hour, ContactRecordRow.channel, ContactRecordRow.identity, ContactRecordRow.entry_id,
                         func.min(at), func.max(at), func.count())
                  .where(ContactRecordRow.case_id == case_id, ContactRecordRow.direction != "outgoing",
                         ContactRecordRow.kind != "system")
                  .group_by(hour, ContactRecordRow.channel, ContactRecordRow.identity, ContactRecordRow.entry_id))
        with self.db.read() as s:
            rows = s.connection().execute(q).all()
        return [Contact(a, b, n, Channel(ch) if ch else None, identity=identity or "",
                        entry_id=entry_id) for _hour, ch, identity, entry_id, a, b, n in rows]

