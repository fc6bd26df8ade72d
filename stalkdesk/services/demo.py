"""A fictional demo case, for training, demonstrations and load testing.

Everything here is invented: names, addresses on made-up streets with "ZZ99" postcodes
(no such postcode area exists), emails on reserved domains (RFC 2606), phone numbers from
Ofcom's range for drama (07700 900000-900999), a registration with no valid age code.
The case is flagged `is_demo`, its operation name says "fictional", and every picture
carries a "FICTIONAL DEMO DATA" banner (see demo_media).

The chronology is generated from a fixed seed, so every load gives the same entries. A
scripted spine of events (with the exhibits that prove them) runs through a course of
conduct that escalates from February to June 2024, across the change to BST on 31 March:
pleading messages first, then watching and loitering, then following and threats.
"""

from __future__ import annotations

import heapq
import math
import random
from bisect import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from zoneinfo import ZoneInfo

from stalkdesk.domain.records import Case, ContinuityEvent, Entry, ExhibitLink, Person
from stalkdesk.domain.vocab import (
    DEFAULT_ZONE,
    Behaviour,
    Channel,
    ContinuityAction,
    DisclosureStatus,
    EvidentialStatus,
    Offence,
    Relationship,
    Role,
    Source,
)
from stalkdesk.domain.when import Precision, When, from_local, sort_key
from stalkdesk.errors import Conflict, InvalidInput, NotFound
from stalkdesk.services import demo_media as media
from stalkdesk.services.demo_spo import add_demo_analysis
from stalkdesk.services.intake import add_exhibit_bytes
from stalkdesk.services.workspace import Workspace

DEMO_URN = "01ZZ0000124"
OPERATION = "Operation DEMO (fictional)"
SEED = 20240201
BATCH = 5000
FIRST_DAY = datetime(2024, 2, 1)
DAYS = 151  # 1 February to 30 June 2024 (a leap year)
GROWTH = 3.0  # the daily rate at the end is e**3, about 20 times the rate at the start
_TZ = ZoneInfo(DEFAULT_ZONE)

Progress = Callable[[int, int], None]
B, C, S = Behaviour, Channel, Source

# People. The victim is female and the suspect male, as in most reported cases.
VICTIM = Person(
    Role.VICTIM, "Rachel Demoton", date_of_birth=date(1991, 7, 14),
    addresses=("14 Nowhere Lane, Demotown, ZZ99 1ZZ",), phones=("+447700900461",),
    emails=("rachel.demoton@example.com",), notes="FICTIONAL DEMO PERSON: not a real person.",
)
SUSPECT = Person(
    Role.SUSPECT, "Mark Exampleton", date_of_birth=date(1988, 11, 2),
    addresses=("7 Invented Close, Sampleton, ZZ99 4ZZ",), phones=("+447700900782",),
    emails=("mark.exampleton@example.org",),
    handles=("instagram:@mark_exampleton_demo", "facebook:Mark Exampleton (demo)"),
    vehicles=("Silver hatchback, ZZ00 DMO (fictional registration)",),
    relationship=Relationship.EX_PARTNER,
    notes="FICTIONAL DEMO PERSON: not a real person. Relationship with the victim ended January 2024.",
)
NEIGHBOUR = Person(
    Role.WITNESS, "Margaret Testingham", addresses=("16 Nowhere Lane, Demotown, ZZ99 1ZZ",),
    phones=("+447700900315",), emails=("margaret.testingham@example.com",),
    relationship=Relationship.NEIGHBOUR, notes="FICTIONAL DEMO PERSON: the victim's next-door neighbour.",
)
COLLEAGUE = Person(
    Role.WITNESS, "Ravi Mockford", addresses=("Placeholder Insurance, 3 Imaginary Way, Demotown, ZZ99 2ZZ",),
    phones=("+447700900538",), emails=("ravi.mockford@placeholder-insurance.invalid",),
    relationship=Relationship.COLLEAGUE,
    notes="FICTIONAL DEMO PERSON: the victim's colleague, facilities manager at her workplace.",
)
FRIEND_PHONE = "+447700900904"  # the suspect's friend "Dean", who is not a record in the case

HOME = "Outside the victim's home, 14 Nowhere Lane, Demotown"
WORK = "Placeholder Insurance, 3 Imaginary Way, Demotown"
CAR_PARK = "Staff car park, Placeholder Insurance, Imaginary Way, Demotown"
GYM = "FitDemo gym, Example Road, Demotown"
# (location column, phrase for the account) by kind of place.
PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "home": ((HOME, "outside her home"), ("Nowhere Lane, Demotown", "in her street"),
             ("Corner of Nowhere Lane and Fable Road, Demotown", "at the end of her road")),
    "work": ((WORK, "outside her workplace"), (CAR_PARK, "in the staff car park at work"),
             ("Bus stop on Imaginary Way, Demotown", "at the bus stop near her work")),
    "out": (("Sampleton railway station", "at Sampleton railway station"), (GYM, "at her gym"),
            ("Mockmart supermarket, Demotown High Street", "in the supermarket"),
            ("Testbrook Park, Demotown", "in Testbrook Park"),
            ("The Placeholder Café, Demotown High Street", "at the café on the High Street")),
}


@dataclass(frozen=True, slots=True)
class _Cast:
    victim: int
    suspect: int
    neighbour: int
    colleague: int


@dataclass(frozen=True, slots=True)
class _Beat:
    """A scripted entry; `exhibit` names the picture that proves it (and where in it)."""

    local: datetime
    summary: str
    account: str
    behaviours: tuple[Behaviour, ...]
    channel: Channel | None
    location: str
    source: Source
    precision: Precision = Precision.MINUTE
    end: datetime | None = None
    approx_text: str = ""
    witness: str = ""  # "neighbour" or "colleague"
    exhibit: tuple[str, str] | None = None
    source_reference: str = ""
    involves_suspect: bool = True
    evidential: EvidentialStatus = EvidentialStatus.ACCOUNT_ONLY
    disclosure: DisclosureStatus = DisclosureStatus.USED
    disclosure_reason: str = ""  # why it is sensitive, for the MG6D


def load_demo(ws: Workspace, entries: int = 150, progress: Progress | None = None) -> Case:
    """Add the fictional demo case with `entries` chronology entries and 15 exhibits.

    `progress(done, total)` counts exhibits, then entries in batches of BATCH
    (total = 15 + entries). All or nothing: raising from `progress` (a cancel) leaves the
    store as it was. Raises Conflict if the demo case is already in the store,
    InvalidInput if `entries` is below MIN_ENTRIES (the scripted events).
    """
    if entries < MIN_ENTRIES:
        raise InvalidInput(f"The demo case needs at least {MIN_ENTRIES} chronology entries, not {entries}.")
    _refuse_if_loaded(ws)
    # One transaction: a failure or a cancel part-way leaves no half-made demo case behind.
    with ws.transaction():
        officer = ws.officer.display if ws.officer else "DC Demo Officer"
        case = ws.cases.create(Case(
            urn=DEMO_URN, operation=OPERATION, crime_reference="ZZ/00124/24",
            offences=(Offence.PHA_S2A, Offence.PHA_S4A), officer_in_case=officer, is_demo=True,
        ))
        assert case.id is not None
        cast = _Cast(*(_person_id(ws, case.id, p) for p in (VICTIM, SUSPECT, NEIGHBOUR, COLLEAGUE)))
        specs = media.demo_exhibits()
        total = len(specs) + entries

        def tick(done: int) -> None:
            if progress:
                progress(done, total)

        exhibits = _add_exhibits(ws, case.id, specs, officer, tick)
        scripted = (_scripted(b, cast, exhibits) for b in sorted(_beats(), key=_start_key))
        stream = heapq.merge(scripted, _generated(entries - MIN_ENTRIES, cast), key=lambda e: sort_key(e.when))
        done, batch = len(specs), list[Entry]()
        for entry in stream:
            batch.append(entry)
            if len(batch) == BATCH:
                done = _save(ws, case.id, batch, done, tick)
        if batch:
            _save(ws, case.id, batch, done, tick)
        add_demo_analysis(ws, case.id)  # places, S-DASH, SPO grounds and terms (no entries or exhibits)
        return ws.cases.get(case.id)


def _save(ws: Workspace, case_id: int, batch: list[Entry], done: int, tick: Callable[[int], None]) -> int:
    """Store a batch (in one transaction, with one audit row) and empty it; returns the new count."""
    ws.entries.add_many(case_id, batch, summary=f"Demo chronology (fictional): {len(batch)} items")
    done += len(batch)
    batch.clear()
    tick(done)
    return done


def _add_exhibits(ws: Workspace, case_id: int, specs: list[media.DemoExhibit], officer: str,
                  tick: Callable[[int], None]) -> dict[str, int]:
    """Take the pictures in through the normal intake; returns exhibit ids by key."""
    initials = ws.officer.initials if ws.officer else "DO"
    producers = {"victim": VICTIM.name, "neighbour": NEIGHBOUR.name, "colleague": COLLEAGUE.name}
    ids: dict[str, int] = {}
    for n, spec in enumerate(specs, 1):
        ex = add_exhibit_bytes(
            ws, case_id, spec.filename, spec.make(), reference=f"{initials}/{n}",
            description=spec.description, kind=spec.kind, produced_by=producers[spec.producer],
            seized_at=_aware(spec.received), seized_where=spec.where,
        )
        assert ex.id is not None
        ids[spec.key] = ex.id
        for action, at, purpose in spec.continuity:
            giver = producers[spec.producer] if action is ContinuityAction.RECEIVED else ""
            ws.exhibits.add_continuity(ex.id, ContinuityEvent(
                _aware(at), action, from_person=giver, to_person=officer if giver else "",
                purpose=purpose, recorded_by=officer))
        tick(n)
    return ids


def _refuse_if_loaded(ws: Workspace) -> None:
    try:
        existing = ws.cases.by_urn(DEMO_URN)
    except NotFound:
        return
    if existing.is_demo:
        raise Conflict(f"The demo case is already loaded (URN {DEMO_URN}).")
    raise Conflict(f"The demo case can't be loaded: a real case already uses its URN {DEMO_URN}.")


def _person_id(ws: Workspace, case_id: int, person: Person) -> int:
    saved = ws.people.add(case_id, person)
    assert saved.id is not None
    return saved.id


def _aware(local: datetime) -> datetime:
    return local.replace(tzinfo=_TZ).astimezone(UTC)


def _start_key(b: _Beat) -> tuple[datetime, int]:
    return sort_key(from_local(b.local, b.precision, end=b.end, approx_text=b.approx_text))


# The scripted spine: what the exhibits show, and the effects that make it s.4A.

def _d(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2024, month, day, hour, minute)


def _beats() -> list[_Beat]:
    m, day = Precision.MONTH, Precision.DAY
    ex, co = EvidentialStatus.EXHIBITED, EvidentialStatus.CORROBORATED
    return [
        _Beat(_d(2, 1), "Suspect began messaging the victim every day after she ended the relationship",
              "The victim says that from the start of February, a few days after she ended their "
              "six-year relationship, the suspect messaged her every day asking to meet.",
              (B.CONTACTING,), C.WHATSAPP, "", S.VICTIM_ACCOUNT, Precision.APPROXIMATE,
              end=_d(2, 11), approx_text="early February 2024"),
        _Beat(_d(2, 1), "Suspect seen at the victim's gym on several evenings",
              "During February the victim saw the suspect at her gym three or four times. He had "
              "not been a member before. He did not speak to her but stood near the exit.",
              (B.LOITERING, B.WATCHING), C.IN_PERSON, GYM, S.VICTIM_ACCOUNT, m),
        _Beat(_d(2, 10, 21, 41), "WhatsApp messages from the suspect refusing to accept the relationship is over",
              "Between 21:41 and 21:47 the suspect sent five WhatsApp messages. The victim replied once "
              "asking him to stop. He wrote that he would not stop until she talked to him.",
              (B.CONTACTING,), C.WHATSAPP, "", S.VICTIM_ACCOUNT, end=_d(2, 10, 21, 47),
              exhibit=("wa_feb", "messages 1-6"), evidential=ex),
        _Beat(_d(2, 24), "Gift-wrapped box left on the victim's doorstep overnight",
              "The victim found a red gift-wrapped box on her doorstep when she left for work. The tag "
              "read \"For R x\". Inside was a framed photograph of the couple. No one saw it left.",
              (B.GIFTS_OR_ITEMS,), C.IN_PERSON, HOME, S.VICTIM_ACCOUNT, day,
              exhibit=("gift", "image 1"), evidential=ex),
        _Beat(_d(3, 3, 21, 15), "Text messages from the suspect saying he had seen her car at the gym",
              "Between 21:15 and 21:19 the suspect sent five text messages while the victim was at her "
              "sister's. One said he had seen her car at the gym earlier that day.",
              (B.CONTACTING, B.WATCHING), C.SMS, "", S.PHONE_DOWNLOAD, end=_d(3, 3, 21, 19),
              exhibit=("sms_mar", "messages 3-7"), evidential=ex),
        _Beat(_d(3, 8, 12, 30), "Flowers from the suspect delivered to the victim's workplace",
              "A florist delivered a bouquet to reception addressed to the victim. The card read "
              "\"Rachel - always\". Her colleague took it in and photographed it.",
              (B.GIFTS_OR_ITEMS,), C.OTHER, WORK, S.WITNESS_STATEMENT, witness="colleague",
              exhibit=("flowers", "image 1"), evidential=ex),
        _Beat(_d(3, 14, 18, 2), "Twelve missed calls from the suspect during one evening",
              "The suspect called the victim's mobile twelve times between 18:02 and 23:31, about every "
              "half hour. She did not answer.",
              (B.CONTACTING,), C.CALL, "", S.PHONE_DOWNLOAD, end=_d(3, 14, 23, 31),
              exhibit=("calls", "calls 1-12"), evidential=ex),
        _Beat(_d(3, 18, 19, 5), "Victim reported the suspect's conduct to police",
              "The victim phoned police to report six weeks of unwanted contact. An officer attended "
              "and took her first account.",
              (), None, HOME, S.POLICE_RECORD, source_reference="Incident 0412 of 18/03/2024 (fictional)",
              evidential=co),
        _Beat(_d(3, 31, 9, 15), "Suspect's car parked opposite the victim's home for over an hour",
              "On the morning the clocks went forward the neighbour saw the suspect sitting in his car "
              "opposite the victim's house from about 09:15 until 10:30, and photographed it.",
              (B.LOITERING, B.WATCHING), C.IN_PERSON, HOME, S.WITNESS_STATEMENT, end=_d(3, 31, 10, 30),
              witness="neighbour", exhibit=("car", "image 1"), evidential=ex),
        _Beat(_d(4, 5, 20, 10), "Suspect published an Instagram post about the victim",
              "The suspect posted a photograph on his public Instagram account with a caption about the "
              "victim \"walking away\" and inviting people to ask what she is really like.",
              (B.PUBLISHING,), C.SOCIAL_MEDIA, "", S.SOCIAL_MEDIA_CAPTURE, exhibit=("post", "image 1"),
              evidential=ex),
        _Beat(_d(4, 15, 18, 20), "Car like the suspect's seen in the victim's street; registration did not match",
              "The victim saw a silver hatchback like the suspect's parked in Nowhere Lane. Her neighbour "
              "checked the registration: it was not the suspect's car.",
              (), None, "Nowhere Lane, Demotown", S.WITNESS_STATEMENT, witness="neighbour",
              involves_suspect=False, evidential=co, disclosure=DisclosureStatus.UNUSED),
        _Beat(_d(4, 20), "Victim closed her social media accounts because of the suspect's posts",
              "The victim deactivated her Instagram and Facebook accounts so that the suspect could not "
              "see or comment on them. She has used them to keep in touch with family abroad.",
              (), None, "", S.VICTIM_ACCOUNT, day, involves_suspect=False),
        _Beat(_d(4, 26, 7, 48), "Suspect followed the victim from the station to her workplace",
              "The suspect got off the same train and walked about 20 metres behind the victim from the "
              "station to her workplace. CCTV shows him in the staff car park at 08:05.",
              (B.FOLLOWING,), C.IN_PERSON, "From Sampleton railway station to " + WORK, S.CCTV,
              end=_d(4, 26, 8, 6), witness="colleague", exhibit=("cctv", "image 1"), evidential=ex),
        _Beat(_d(5, 4, 19, 30), "Suspect messaged that he knew she had changed her email password",
              "The suspect sent three WhatsApp messages saying he had seen her log in to her email from "
              "her sister's laptop and that changing her password would not help.",
              (B.MONITORING, B.CONTACTING), C.WHATSAPP, "", S.VICTIM_ACCOUNT, end=_d(5, 4, 19, 32),
              exhibit=("wa_may", "messages 1-3"), evidential=ex),
        _Beat(_d(5, 10), "Information received about the suspect's intentions",
              "Intelligence log entry. Its content and source are recorded on the sensitive schedule "
              "and must not be disclosed.",
              (), None, "", S.POLICE_RECORD, day, source_reference="Intelligence log 5/0093 (fictional)",
              evidential=co, disclosure=DisclosureStatus.SENSITIVE,
              disclosure_reason="Intelligence: disclosing it would reveal a source and police methods"),
        _Beat(_d(5, 12, 22, 40), "Threatening WhatsApp messages after the victim went to police",
              "The suspect sent four WhatsApp messages saying going to police was a mistake, that she "
              "would regret it and that he knew where she would be on Friday. She was frightened.",
              (B.THREATS_OF_VIOLENCE, B.CONTACTING), C.WHATSAPP, "", S.VICTIM_ACCOUNT, end=_d(5, 12, 22, 44),
              exhibit=("wa_threat", "messages 1-5"), evidential=ex),
        _Beat(_d(5, 18), "Driver's door of the victim's car scratched overnight",
              "The victim found deep scratches along the driver's door of her car, parked outside her "
              "home. Nothing else in the street was damaged.",
              (B.DAMAGE, B.INTERFERING_PROPERTY), C.IN_PERSON, HOME, S.VICTIM_ACCOUNT, day,
              exhibit=("damage", "image 1"), evidential=ex),
        _Beat(_d(5, 20), "Victim moved in with her sister and changed her route to work",
              "Because of the threats and the damage the victim began staying at her sister's address "
              "and now drives to work by a different route instead of taking the train.",
              (), None, "", S.VICTIM_ACCOUNT, day, involves_suspect=False),
        _Beat(_d(5, 30, 17, 35), "Handwritten note left on the victim's windscreen at work",
              "The victim found a note under her windscreen wiper in the staff car park reading \"I see "
              "everything you do. We need to talk.\" She recognised the suspect's handwriting.",
              (B.GIFTS_OR_ITEMS, B.WATCHING), C.LETTER, CAR_PARK, S.VICTIM_ACCOUNT,
              exhibit=("note", "image 1"), evidential=ex),
        _Beat(_d(6, 2, 14, 12), "Text messages from the suspect's friend asking the victim to call him",
              f"A man who said he was Dean, a friend of the suspect, texted from {FRIEND_PHONE} saying the "
              "suspect \"just wants to talk\" and asking her to call him.",
              (B.THIRD_PARTY_CONTACT,), C.THIRD_PARTY, "", S.VICTIM_ACCOUNT, exhibit=("sms_friend", "messages 1-3"),
              evidential=ex),
        _Beat(_d(6, 9, 23, 10), "Suspect rang the victim's doorbell repeatedly late at night",
              "The doorbell camera recorded a man in a dark hooded top at the front door at 23:10. He rang "
              "several times and waited. The neighbour heard the bell and saw the suspect walk away.",
              (B.LOITERING, B.CONTACTING), C.IN_PERSON, HOME, S.CCTV, witness="neighbour",
              exhibit=("doorbell", "image 1"), evidential=ex),
        _Beat(_d(6, 9, 23, 14), "Victim called 999; officers attended and the suspect had left",
              "The victim called 999 from her sister's address after the doorbell alert. Officers "
              "attended the home address; the suspect had gone.",
              (), None, HOME, S.POLICE_RECORD, source_reference="Incident 1187 of 09/06/2024 (fictional)",
              evidential=co),
        _Beat(_d(6, 21, 21, 30), "Threatening text messages about the victim staying at her sister's",
              "The suspect texted asking whether she thought she was safe at her sister's, that he would "
              "be waiting, and that someone would get hurt and it would be her fault.",
              (B.THREATS_OF_VIOLENCE, B.CONTACTING), C.SMS, "", S.PHONE_DOWNLOAD, end=_d(6, 21, 21, 33),
              exhibit=("sms_threat", "messages 1-3"), evidential=ex),
    ]


MIN_ENTRIES = len(_beats())  # the scripted events; the rest are generated


def _scripted(b: _Beat, cast: _Cast, exhibits: dict[str, int]) -> Entry:
    witnesses = {"neighbour": (cast.neighbour,), "colleague": (cast.colleague,)}.get(b.witness, ())
    links = (ExhibitLink(exhibits[b.exhibit[0]], b.exhibit[1]),) if b.exhibit else ()
    when = from_local(b.local, b.precision, end=b.end, approx_text=b.approx_text)
    return Entry(
        when=when, summary=b.summary, reported_at=_reported_at(b.source, when.end or when.start, 12),
        behaviours=b.behaviours, channel=b.channel, account=b.account, location=b.location, source=b.source,
        source_reference=b.source_reference, people=(cast.suspect,) if b.involves_suspect else (),
        witnesses=witnesses, exhibits=links, evidential_status=b.evidential, disclosure=b.disclosure,
        disclosure_reason=b.disclosure_reason,
    )


# The generated chronology.

# Relative chance of each hour of the day: busiest in the evening, none 01:00-02:00 so
# that no time falls in the hour a clock change skips or repeats.
_HOURS = (1.0, 0.0, 0.3, 0.2, 0.2, 0.4, 1.2, 3, 4, 4, 3.5, 3.5, 4, 4, 3.5, 3.5, 4, 5, 6, 7, 8, 8, 7, 4)
_HOUR_CUM = tuple(accumulate(_HOURS))
_MONTHS = ("January", "February", "March", "April", "May", "June", "July")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBERS = ("no", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_REPORTED = _aware(_d(3, 18, 19, 5))  # first report to police: earlier events were told then
_DOWNLOADS = tuple(_aware(d) for d in (_d(3, 19, 10), _d(5, 14, 10), _d(7, 2, 10)))  # of her phone

_PLEAS = ("Please just talk to me", "I miss you so much", "Can we meet for a coffee? Just to talk",
          "Why are you ignoring me?", "I've changed, I promise", "Answer your phone Rachel",
          "You owe me a conversation", "Did you get my present?", "I'm not giving up on us",
          "Just five minutes, that's all I'm asking", "I'll wait as long as it takes",
          "Is he the reason you won't talk to me?", "I can't sleep without hearing from you")
_CONTROL = ("Who was that you were with today?", "Why were you at the gym so late?",
            "You looked tired on the train this morning", "I know you've blocked my other number",
            "Your sister can't keep you hidden forever", "Nice top today", "Why is your light still on?",
            "You can't just pretend I don't exist", "I'll keep trying until you answer",
            "Don't think changing your number will work")
_THREATS = ("You'll regret ignoring me", "Don't make me come round there", "Watch yourself",
            "You won't like what happens if you go to the police again",
            "Tell your new friend to keep away or he'll get hurt", "I know where you'll be tonight",
            "Something bad is going to happen and it will be your fault", "You'd better be careful walking home")
_WHEREABOUTS = ("How was the gym tonight?", "Enjoy your lunch at the café?", "Nice walk in the park today?",
                "Saw you got the later train", "Say hi to your sister for me", "Who's the new name in your phone?")
_MINUTES = ("5", "10", "15", "20", "30", "40", "45", "60")
_ITEMS = ("a bunch of supermarket flowers", "a box of chocolates", "a bag of clothes she had left at his flat",
          "a soft toy", "a photo album of their holidays", "a CD of songs they used to listen to")


@dataclass(frozen=True, slots=True)
class _T:
    """One way a kind of incident is written up; {fields} are filled by _render."""

    behaviours: tuple[Behaviour, ...]
    channel: Channel
    summary: str
    account: str
    reason: str = ""  # why an entry of this kind is sensitive, for the MG6D


@dataclass(frozen=True, slots=True)
class _Kind:
    weight: Callable[[float], float]  # by how far through the five months (0 to 1)
    templates: tuple[_T, ...]
    sources: tuple[Source, ...]  # picked uniformly; repeat one to weight it
    places: tuple[str, ...] = ()  # keys of PLACES to pick from; none for remote contact
    noun: str = ""  # what {msgs} counts, e.g. "text message"
    witness: bool = False
    disclosure: DisclosureStatus = DisclosureStatus.USED
    involves_suspect: bool = True
    night: bool = False  # can happen between 23:00 and 06:00 (messages and calls do)


def _after(start: float, scale: float) -> Callable[[float], float]:
    return lambda p: max(0.0, p - start) * scale


_TEXT = (S.PHONE_DOWNLOAD, S.PHONE_DOWNLOAD, S.VICTIM_ACCOUNT)
_ANYWHERE = ("home", "home", "work", "out")
_KINDS: tuple[_Kind, ...] = (
    _Kind(lambda p: 5.0, (
        _T((B.CONTACTING,), C.SMS, "{Msgs} from the suspect",
           "{when} the victim received {msgs} from the suspect's number ending 782. {Last} read "
           "\"{q}\". She did not reply."),
        _T((B.CONTACTING,), C.SMS, "Text message from the suspect: \"{q}\"",
           "{when} the suspect texted \"{q}\". The victim did not reply."),
        _T((B.CONTACTING,), C.SMS, "{Msgs} from the suspect asking to meet",
           "{when} the suspect sent {msgs} asking to meet her. {Last} read \"{q}\"."),
    ), _TEXT, noun="text message", night=True),
    _Kind(lambda p: 5.0, (
        _T((B.CONTACTING,), C.WHATSAPP, "{Msgs} from the suspect",
           "{when} the suspect sent {msgs}. {Last} read \"{q}\". The victim did not reply."),
        _T((B.CONTACTING,), C.WHATSAPP, "WhatsApp voice note from the suspect asking to meet",
           "{when} the suspect sent a two-minute voice note asking her to meet him \"just to talk\"."),
        _T((B.CONTACTING,), C.WHATSAPP, "WhatsApp message from the suspect: \"{q}\"",
           "{when} the suspect sent a WhatsApp message reading \"{q}\". She did not reply."),
    ), _TEXT, noun="WhatsApp message", night=True),
    _Kind(lambda p: 3.0, (
        _T((B.CONTACTING,), C.CALL, "{Msgs} from the suspect's number",
           "{when} the victim's phone showed {msgs} from the suspect's number. She did not answer."),
        _T((B.CONTACTING,), C.CALL, "Call from a withheld number; the victim believes it was the suspect",
           "{when} the victim answered a call from a withheld number. No one spoke, but she could hear "
           "breathing and believes it was the suspect."),
        _T((B.CONTACTING,), C.CALL, "Call from the suspect, answered; the victim ended it",
           "{when} the victim answered a call thinking it was work. The suspect said \"{q}\" and she "
           "hung up."),
    ), _TEXT, noun="missed call", night=True),
    # The victim closed her accounts on 20 April (p = 0.52), so direct contact there stops.
    _Kind(lambda p: 1.2 if p < 0.52 else 0.0, (
        _T((B.CONTACTING,), C.SOCIAL_MEDIA, "Friend request from a new account believed to be the suspect's",
           "{when} the victim received a friend request from an account with no posts and a profile "
           "picture of the suspect's dog."),
        _T((B.CONTACTING,), C.SOCIAL_MEDIA, "Instagram direct message from the suspect: \"{q}\"",
           "{when} the suspect sent a direct message from @mark_exampleton_demo reading \"{q}\"."),
    ), (S.SOCIAL_MEDIA_CAPTURE, S.VICTIM_ACCOUNT), night=True),
    _Kind(lambda p: 0.4, (
        _T((B.CONTACTING,), C.EMAIL, "Email from the suspect asking to \"clear the air\"",
           "{when} the suspect emailed the victim's personal address asking to meet to \"clear the air\"."),
        _T((B.CONTACTING,), C.EMAIL, "Email from the suspect with old photographs of the couple attached",
           "{when} the suspect emailed her eleven photographs of them together, with the subject line "
           "\"Remember this?\"."),
    ), (S.VICTIM_ACCOUNT, S.PHONE_DOWNLOAD)),
    _Kind(lambda p: 0.8 * (1 - p) + 0.1, (
        _T((B.GIFTS_OR_ITEMS,), C.IN_PERSON, "Item left for the victim by the suspect",
           "{when} the victim found {item} left {where}. There was no note, but she knew it came from "
           "the suspect."),
        _T((B.GIFTS_OR_ITEMS,), C.LETTER, "Card from the suspect left for the victim",
           "{when} a card in the suspect's handwriting was left {where}. It read \"{q}\"."),
    ), (S.VICTIM_ACCOUNT,), places=("home", "home", "work"), witness=True),
    _Kind(lambda p: 0.3 + 0.8 * p, (
        _T((B.THIRD_PARTY_CONTACT,), C.THIRD_PARTY, "Suspect asked the victim's sister where she was",
           "{when} the victim's sister received a call from the suspect asking where the victim was "
           "staying. She refused to tell him."),
        _T((B.THIRD_PARTY_CONTACT,), C.THIRD_PARTY, "Suspect phoned the victim's workplace asking for her",
           "{when} the suspect phoned reception at Placeholder Insurance asking whether the victim was "
           "at work and what time she would leave."),
        _T((B.THIRD_PARTY_CONTACT,), C.THIRD_PARTY, "Suspect asked mutual friends to pass on a message",
           "{when} a mutual friend told the victim the suspect had asked her to pass on: \"{q}\"."),
    ), (S.VICTIM_ACCOUNT, S.VICTIM_ACCOUNT, S.WITNESS_STATEMENT)),
    _Kind(_after(0.12, 2.2), (
        _T((B.LOITERING,), C.IN_PERSON, "Suspect seen loitering {where}",
           "{when} the suspect was seen standing {where} for about {mins} minutes. He did not approach."),
        _T((B.LOITERING,), C.IN_PERSON, "Suspect's car parked {where} with him inside",
           "{when} the suspect's silver hatchback (ZZ00 DMO) was parked {where} for about {mins} minutes "
           "with him in the driver's seat."),
    ), (S.VICTIM_ACCOUNT, S.VICTIM_ACCOUNT, S.CCTV), places=_ANYWHERE, witness=True),
    _Kind(_after(0.2, 1.6), (
        _T((B.WATCHING,), C.IN_PERSON, "Suspect watching the victim {where}",
           "{when} the victim noticed the suspect watching her {where}. When she looked at him he "
           "turned away."),
        _T((B.WATCHING,), C.IN_PERSON, "Suspect photographing the victim {where}",
           "{when} the victim saw the suspect holding up his phone towards her {where}, as if taking "
           "photographs."),
    ), (S.VICTIM_ACCOUNT,), places=_ANYWHERE, witness=True),
    _Kind(_after(0.35, 1.8), (
        _T((B.FOLLOWING,), C.IN_PERSON, "Suspect followed the victim on foot",
           "{when} the suspect followed the victim on foot for about {mins} minutes, keeping about 20 "
           "metres behind her. She went into a shop until he left."),
        _T((B.FOLLOWING,), C.IN_PERSON, "Suspect drove behind the victim's car",
           "{when} the suspect's silver hatchback followed the victim's car for about {mins} minutes, "
           "taking every turn she took."),
    ), (S.VICTIM_ACCOUNT, S.VICTIM_ACCOUNT, S.CCTV), places=("out",), witness=True),
    _Kind(_after(0.25, 0.9), (
        _T((B.MONITORING, B.CONTACTING), C.WHATSAPP, "Suspect's message showed he knew where she had been",
           "{when} the suspect messaged \"{m}\". The victim had told no one where she would be and "
           "fears he is tracking her phone or accounts."),
        _T((B.MONITORING,), C.EMAIL, "Alert of a login attempt on the victim's email account",
           "{when} the victim received a security alert about a login attempt on her email account from "
           "an unknown device. The suspect knew her old password."),
    ), (S.VICTIM_ACCOUNT, S.PHONE_DOWNLOAD), night=True),
    _Kind(_after(0.45, 4.0), (
        _T((B.THREATS_OF_VIOLENCE, B.CONTACTING), C.SMS, "Threatening text message from the suspect",
           "{when} the suspect texted \"{t}\". The victim was frightened and told her sister."),
        _T((B.THREATS_OF_VIOLENCE, B.CONTACTING), C.WHATSAPP, "Threatening WhatsApp message from the suspect",
           "{when} the suspect sent a WhatsApp message reading \"{t}\". The victim feared he would "
           "come to her sister's address."),
        _T((B.THREATS_OF_VIOLENCE, B.CONTACTING), C.CALL, "Suspect made a threat in a phone call",
           "{when} the suspect called from a withheld number, said \"{t}\" and hung up. The victim "
           "recognised his voice."),
    ), _TEXT, night=True),
    _Kind(_after(0.55, 1.2), (
        _T((B.DAMAGE,), C.IN_PERSON, "Victim's car tyre found deflated",
           "{when} the victim found a front tyre of her car flat. A garage found a screw pushed into "
           "the sidewall."),
        _T((B.INTERFERING_PROPERTY,), C.IN_PERSON, "Victim's letterbox forced and post taken",
           "{when} the victim found her letterbox forced open and her post missing."),
        _T((B.DAMAGE,), C.IN_PERSON, "Wing mirror of the victim's car broken",
           "{when} the victim found the passenger-side wing mirror of her car snapped off."),
    ), (S.VICTIM_ACCOUNT,), places=("home",), witness=True),
    _Kind(_after(0.5, 0.9), (
        _T((B.PUBLISHING,), C.SOCIAL_MEDIA, "Suspect posted about the victim on Facebook",
           "{when} a friend sent the victim a screenshot of a public Facebook post by the suspect saying "
           "she had \"ruined his life\" and naming her workplace."),
        _T((B.PUBLISHING,), C.SOCIAL_MEDIA, "Suspect shared a photograph of the victim without her consent",
           "{when} the suspect posted a photograph of the victim taken at a friend's wedding, with a "
           "caption inviting people to message her."),
    ), (S.SOCIAL_MEDIA_CAPTURE, S.VICTIM_ACCOUNT)),
    _Kind(lambda p: 0.5, (
        _T((), C.OTHER, "Flowers delivered to the victim were from a friend, not the suspect",
           "{when} flowers were delivered to the victim. She feared they were from the suspect, but "
           "they were from a friend for her birthday."),
        _T((), C.CALL, "Suspect's mother asked the victim to return his belongings",
           "{when} the suspect's mother phoned to ask when the victim could return his belongings. The "
           "call was polite and the victim does not see it as part of the harassment."),
        _T((), C.CALL, "Silent call from an unknown number traced to a marketing company",
           "{when} the victim had a silent call from an unknown mobile number. Enquiries traced the "
           "number to a marketing company, not the suspect."),
    ), (S.VICTIM_ACCOUNT, S.POLICE_RECORD), disclosure=DisclosureStatus.UNUSED, involves_suspect=False),
    _Kind(lambda p: 0.2, (
        _T((), C.OTHER, "Victim attended a medical appointment about anxiety",
           "{when} the victim saw her GP about anxiety and sleeplessness. Medical details are held "
           "separately and are not to be disclosed.",
           "The victim's medical information: private, and not relevant to the defence case"),
        _T((), C.OTHER, "Information received about the suspect's movements",
           "{when} information was received about the suspect's movements. The content and source are "
           "on the sensitive schedule.",
           "Intelligence: disclosing it would reveal a source and police methods"),
    ), (S.POLICE_RECORD,), disclosure=DisclosureStatus.SENSITIVE),
)
_BUCKETS = 100


class _Fields(dict[str, str]):
    """Template values, drawn only when a template asks for one (most use two or three)."""

    def __init__(self, rng: random.Random, p: float, noun: str, **given: str) -> None:
        super().__init__(given)
        self.rng, self.p, self.noun = rng, p, noun

    def __missing__(self, key: str) -> str:
        if key in ("msgs", "Msgs", "Last"):  # how many messages or calls, more as it escalates
            n = 1 + min(int(self.rng.expovariate(1 / (0.5 + 6 * self.p))), 40)
            msgs = f"{_NUMBERS[n] if n < 10 else n} {self.noun}{'s' if n > 1 else ''}"
            self.update(msgs=msgs, Msgs=msgs[:1].upper() + msgs[1:], Last="It" if n == 1 else "The last")
            return self[key]
        pool: tuple[str, ...]
        if key == "q":  # pleading at first, controlling later
            pool = _PLEAS if self.p < 0.35 else _PLEAS + _CONTROL if self.p < 0.6 else _CONTROL
        else:
            pool = {"m": _WHEREABOUTS, "t": _THREATS, "item": _ITEMS, "mins": _MINUTES}[key]
        value = self[key] = self.rng.choice(pool)
        return value


def _tables() -> tuple[list[list[float]], list[list[float]]]:
    """Cumulative kind weights for each hundredth of the period, by day and by night."""
    day, night = [], []
    for i in range(_BUCKETS):
        p = (i + 0.5) / _BUCKETS
        weights = [k.weight(p) for k in _KINDS]
        day.append(list(accumulate(weights)))
        night.append(list(accumulate(w if k.night else 0.0 for w, k in zip(weights, _KINDS, strict=True))))
    return day, night


def _clock(fraction: float) -> timedelta:
    """A fraction of the day as a time of day, spread by _HOURS; monotonic in `fraction`."""
    x = fraction * _HOUR_CUM[-1]
    hour = min(bisect(_HOUR_CUM, x), 23)
    below = _HOUR_CUM[hour - 1] if hour else 0.0
    minute = min(int((x - below) / _HOURS[hour] * 60), 59)
    return timedelta(hours=hour, minutes=minute)


def _generated(n: int, cast: _Cast) -> Iterator[Entry]:
    """`n` entries in time order, more each day: the daily rate grows as e**(GROWTH * p).

    Times are stratified draws from that density, so they come out sorted without a sort.
    Only the first entry of a day, third of a month or month may be given a coarse
    precision (whose start is the start of that period), which keeps the order.
    """
    rng = random.Random(SEED)
    day_table, night_table = _tables()
    scale = math.expm1(GROWTH)
    last_day = last_third = last_month = (0, 0)
    for i in range(n):
        t = math.log1p((i + rng.random()) / n * scale) / GROWTH * DAYS
        whole = min(int(t), DAYS - 1)
        local = FIRST_DAY + timedelta(days=whole) + _clock(min(t - whole, 0.999999))
        p = t / DAYS
        table = day_table if 6 <= local.hour < 23 else night_table
        kind = rng.choices(_KINDS, cum_weights=table[min(int(p * _BUCKETS), _BUCKETS - 1)])[0]
        day, third, month = (local.month, local.day), (local.month, min((local.day - 1) // 10, 2)), (
            local.month, 0)
        new_day, new_third, new_month = day != last_day, third != last_third, month != last_month
        last_day, last_third, last_month = day, third, month
        yield _render(rng, kind, local, p, cast, (new_day, new_third, new_month))


def _render(rng: random.Random, kind: _Kind, local: datetime, p: float, cast: _Cast,
            first: tuple[bool, bool, bool]) -> Entry:
    t = rng.choice(kind.templates)
    source = rng.choice(kind.sources)
    place = rng.choice(kind.places) if kind.places else ""
    location, where = rng.choice(PLACES[place]) if place else ("", "")
    witnesses: tuple[int, ...] = ()
    witness = ""
    if kind.witness and place in ("home", "work") and rng.random() < 0.4:
        witnesses = (cast.neighbour if place == "home" else cast.colleague,)
        witness = NEIGHBOUR.name if place == "home" else COLLEAGUE.name
        source = S.WITNESS_STATEMENT
    when, phrase = _when(rng, local, first, source)
    values = _Fields(rng, p, kind.noun, when=phrase, where=where)
    account = t.account.format_map(values)
    if witness:
        account += f" {witness} also saw this."
    evidential, reference = _evidence(rng, source, witness, local)
    reported = _reported_at(source, when.start, rng.randint(2, 36))
    return Entry(
        when=when, summary=t.summary.format_map(values), behaviours=t.behaviours, channel=t.channel,
        account=account, location=location, source=source, source_reference=reference,
        reported_at=reported, people=(cast.suspect,) if kind.involves_suspect else (), witnesses=witnesses,
        evidential_status=evidential, disclosure=kind.disclosure,
        disclosure_reason=t.reason if kind.disclosure is DisclosureStatus.SENSITIVE else "",
    )


def _when(rng: random.Random, local: datetime, first: tuple[bool, bool, bool],
          source: Source) -> tuple[When, str]:
    """The entry's time, and how the account opens ("At 21:15", "In early March 2024")."""
    new_day, new_third, new_month = first
    recalled = source in (S.VICTIM_ACCOUNT, S.WITNESS_STATEMENT)
    early = local < _d(4, 15)  # before she kept a diary, the victim recalls less exactly
    month = _MONTHS[local.month - 1]
    if recalled and early and new_month and rng.random() < 0.35:
        return from_local(local, Precision.MONTH), f"During {month} 2024"
    if recalled and early and new_third and rng.random() < 0.3:
        third = min((local.day - 1) // 10, 2)
        text = f"{('early', 'mid', 'late')[third]} {month} 2024"
        start = local.replace(day=1 + 10 * third, hour=0, minute=0)
        end = start.replace(day=11 + 10 * third) if third < 2 else start.replace(month=local.month + 1, day=1)
        return from_local(start, Precision.APPROXIMATE, end=end, approx_text=text), f"In {text}"
    if recalled and new_day and rng.random() < 0.15:
        return from_local(local, Precision.DAY), f"On {_DAYS[local.weekday()]} {local.day} {month}"
    return from_local(local, Precision.MINUTE), f"At {local:%H:%M}"


def _reported_at(source: Source, start: datetime, hours: int) -> datetime:
    """When the entry was recorded: by source, after the event (`hours` varies the delay).

    Every entry gets one: the store groups bulk inserts by which columns are empty, so a mix
    of empty and filled values splits one batch into thousands of statements.
    """
    if source is S.PHONE_DOWNLOAD:
        return next(d for d in _DOWNLOADS if d > start)
    if source is S.POLICE_RECORD:
        return start + timedelta(minutes=hours)
    if source in (S.WITNESS_STATEMENT, S.CCTV):
        return start + timedelta(hours=24 + 4 * hours)
    if source is S.SOCIAL_MEDIA_CAPTURE:
        return start + timedelta(hours=hours)
    return max(_REPORTED, start + timedelta(hours=hours))  # the victim's account


def _evidence(rng: random.Random, source: Source, witness: str, local: datetime) -> tuple[EvidentialStatus, str]:
    """How far the entry is supported, and the document it comes from."""
    if witness:
        return EvidentialStatus.CORROBORATED, f"MG11 {witness}"
    if source is S.WITNESS_STATEMENT:
        return EvidentialStatus.TO_BE_OBTAINED, "Statement from the victim's sister to be taken"
    if source is S.VICTIM_ACCOUNT:
        status = EvidentialStatus.TO_BE_OBTAINED if rng.random() < 0.1 else EvidentialStatus.ACCOUNT_ONLY
        return status, rng.choice(("Victim's diary", "Victim's statement", ""))
    if source is S.CCTV:
        if rng.random() < 0.4:
            return EvidentialStatus.TO_BE_OBTAINED, "CCTV requested, not yet received"
        return EvidentialStatus.CORROBORATED, "CCTV viewed by officer (fictional)"
    if source is S.POLICE_RECORD:
        return EvidentialStatus.CORROBORATED, f"Incident {rng.randint(100, 2999):04d} of {local:%d/%m/%Y} (fictional)"
    if source is S.PHONE_DOWNLOAD:
        return EvidentialStatus.CORROBORATED, "Download of the victim's phone (fictional)"
    return EvidentialStatus.CORROBORATED, "Capture of the suspect's public profile (fictional)"
