"""A Stalking Protection Order application: the terms proposed, how long, and an interim order.

Stalking Protection Act 2019: a chief officer of police may apply to a magistrates' court
(s.1); the court may make the order if the defendant has carried out acts associated with
stalking, poses a risk associated with stalking to another person, and the order is
necessary to protect that person from the risk (s.1(1)). The order may prohibit the
defendant from doing anything it describes and require them to do anything it describes
(s.2(1)), only as necessary to protect from the risk (s.2(2)), avoiding, so far as
practicable, conflict with religious beliefs, work or education and other court orders
(s.2(3)). It has effect for a fixed period of at least 2 years or until a further order
(s.2(4), (5)). Pending the application, the court may make an interim order (s.5). The
subject must notify the police of their names and home address within 3 days (s.9), and
breach without reasonable excuse is an offence (s.8).

The common terms below are starting points in StalkDesk's own words, for the officer to
choose and edit; they are not a statutory list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from stalkdesk.domain.analysis.common import AnalysisError

ACT = "Stalking Protection Act 2019"
MIN_YEARS = 2
MAX_TERM_CHARS = 2000


class TermKind(StrEnum):
    PROHIBITION = "prohibition"
    REQUIREMENT = "requirement"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def prefix(self) -> str:
        """The letter of a term's number: P1, P2 ... for prohibitions, R1 ... for requirements."""
        return "P" if self is TermKind.PROHIBITION else "R"


@dataclass(frozen=True, slots=True)
class CommonTerm:
    key: str  # stable, for choosing it from the command line
    kind: TermKind
    text: str
    note: str = ""  # guidance for the officer, not printed


COMMON_TERMS: tuple[CommonTerm, ...] = (
    CommonTerm("no_contact", TermKind.PROHIBITION,
               "Not to contact [the victim] directly or indirectly, by any means, including in person, by "
               "telephone, text or other message, email, letter, social media or through any third party, "
               "except through a solicitor for the purpose of legal proceedings."),
    CommonTerm("no_zone", TermKind.PROHIBITION,
               "Not to enter the area shown on the attached map around [the victim]'s home and place of work, "
               "or any road within it.",
               "Attach a map of the exclusion zone; its boundary is the officer's to describe."),
    CommonTerm("no_approach", TermKind.PROHIBITION,
               "Not to go within 100 metres of [the victim], in any place."),
    CommonTerm("no_follow", TermKind.PROHIBITION,
               "Not to follow, watch, wait for or loiter near [the victim], in a public or private place."),
    CommonTerm("no_posting", TermKind.PROHIBITION,
               "Not to publish, post or share any statement, image or other material that refers to or "
               "purports to come from [the victim], on any website, social media platform or messaging service."),
    CommonTerm("no_monitoring", TermKind.PROHIBITION,
               "Not to access, monitor or track any device, online account, email or social media account "
               "belonging to or used by [the victim], nor to use any tracking device or software to locate "
               "[the victim]."),
    CommonTerm("no_third_parties", TermKind.PROHIBITION,
               "Not to contact [the victim]'s family, friends, neighbours or colleagues to ask about, or to pass "
               "messages to, [the victim]."),
    CommonTerm("no_gifts", TermKind.PROHIBITION,
               "Not to send or leave any item, gift or letter for [the victim], or at any address where [the "
               "victim] lives or works."),
    CommonTerm("no_property", TermKind.PROHIBITION,
               "Not to damage or interfere with any property belonging to [the victim], including any vehicle "
               "[the victim] uses."),
    CommonTerm("no_new_accounts", TermKind.PROHIBITION,
               "Not to create or use any online account in a name other than the defendant's own."),
    CommonTerm("assessment", TermKind.REQUIREMENT,
               "To attend an assessment with [named provider] for a stalking perpetrator intervention "
               "programme within 28 days, and to attend and take part in any programme recommended.",
               "Name a provider who can take the referral; the court must know it is available."),
    CommonTerm("disclose_accounts", TermKind.REQUIREMENT,
               "To notify the police, within 3 days of the order and of any change, of every mobile telephone "
               "number, email address and social media or other online account the defendant uses."),
    CommonTerm("disclose_vehicles", TermKind.REQUIREMENT,
               "To notify the police, within 3 days of the order and of any change, of the registration of any "
               "vehicle the defendant owns or uses."),
    CommonTerm("surrender_devices", TermKind.REQUIREMENT,
               "To make any device capable of accessing the internet available to the police for inspection "
               "on request, to show compliance with this order."),
    CommonTerm("notify_names", TermKind.REQUIREMENT,
               "To notify the police of the names the defendant uses and the defendant's home address within 3 "
               "days of the order, and of any change within 3 days of it (s.9 of the Act requires this of every "
               "defendant subject to an order; restated here so that the defendant is told)."),
)
_BY_KEY = {t.key: t for t in COMMON_TERMS}


def common_term(key: str) -> CommonTerm:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise AnalysisError(f'"{key}" is not one of the common terms ({", ".join(_BY_KEY)}).') from None


@dataclass(frozen=True, slots=True)
class SpoTerm:
    """A prohibition or requirement the officer proposes; `position` orders terms of a kind."""

    kind: TermKind
    text: str
    position: int = 0
    case_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None


def kind_of(value: TermKind | str) -> TermKind:
    try:
        return TermKind(str(value).strip().lower())
    except ValueError:
        raise AnalysisError(f'"{value}" is not a kind of term: use prohibition or requirement.') from None


def clean_text(text: str) -> str:
    """The term's text with runs of spaces collapsed (paragraph breaks kept); refused if empty."""
    paras = [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n")]
    out = "\n".join(p for p in paras if p).strip()
    if not out:
        raise AnalysisError("Write the term: it is empty.")
    if len(out) > MAX_TERM_CHARS:
        raise AnalysisError(f"A term is limited to {MAX_TERM_CHARS:,} characters ({len(out):,} given): "
                            "split it into two terms.")
    return out


def numbered(terms: list[SpoTerm]) -> list[tuple[str, SpoTerm]]:
    """("P1", term) ... then ("R1", term) ...: prohibitions first, each kind by position."""
    out: list[tuple[str, SpoTerm]] = []
    for kind in TermKind:
        mine = sorted((t for t in terms if t.kind is kind), key=lambda t: (t.position, t.id or 0))
        out += [(f"{kind.prefix}{n}", t) for n, t in enumerate(mine, 1)]
    return out


@dataclass(frozen=True, slots=True)
class Duration:
    """How long the order is to last: `years` (at least 2), or until a further order (None)."""

    years: int | None = MIN_YEARS

    @property
    def text(self) -> str:
        if self.years is None:
            return "Until a further order (SPA 2019 s.2(4)(b))"
        return f"A fixed period of {self.years} years from the date the order is made (SPA 2019 s.2(4)(a), s.2(5))"

    @property
    def stored(self) -> str:
        return "further_order" if self.years is None else f"{self.years}y"


_YEARS = re.compile(r"(\d{1,2})\s*(?:y|yr|yrs|year|years)?", re.IGNORECASE)


def parse_duration(text: str) -> Duration:
    """"2", "5 years", "5y" or "until further order" ("further", "indefinite") -> Duration."""
    s = " ".join(text.strip().lower().split())
    if not s:
        return Duration()
    if "further" in s or s in ("indefinite", "further_order", "open"):
        return Duration(None)
    m = _YEARS.fullmatch(s)
    if m is None:
        raise AnalysisError(f'"{text}" is not a duration: give a number of years (at least {MIN_YEARS}) or '
                            '"until further order".')
    years = int(m[1])
    if years < MIN_YEARS:
        raise AnalysisError(f"An order for a fixed period must last at least {MIN_YEARS} years "
                            f"(SPA 2019 s.2(5)); {years} given.")
    return Duration(years)


@dataclass(frozen=True, slots=True)
class InterimRequest:
    """Whether an interim order is asked for pending the full hearing (SPA 2019 s.5), and why."""

    requested: bool = False
    reasons: str = ""

    def check(self) -> InterimRequest:
        reasons = self.reasons.strip()
        if self.requested and not reasons:
            raise AnalysisError("Say why an interim order is needed before the full hearing.")
        return InterimRequest(self.requested, reasons)


@dataclass(frozen=True, slots=True)
class SpoApplication:
    """What the officer has prepared for the application, as stored."""

    terms: tuple[SpoTerm, ...] = ()
    duration: Duration = Duration()
    interim: InterimRequest = InterimRequest()
    duration_set: bool = False  # False: the default of 2 years, not yet chosen by the officer

    @property
    def prohibitions(self) -> list[SpoTerm]:
        return [t for _, t in numbered(list(self.terms)) if t.kind is TermKind.PROHIBITION]

    @property
    def requirements(self) -> list[SpoTerm]:
        return [t for _, t in numbered(list(self.terms)) if t.kind is TermKind.REQUIREMENT]
