"""The fixed vocabularies of a stalking case.

Values are stable strings stored in the database and printed in JSON; labels are what
officers read. Changing a value is a schema change; changing a label is not.
"""

from __future__ import annotations

from enum import StrEnum


class Offence(StrEnum):
    PHA_S2 = "pha_s2"
    PHA_S2A = "pha_s2a"
    PHA_S4 = "pha_s4"
    PHA_S4A = "pha_s4a"
    SPO_BREACH = "spo_breach"
    OTHER = "other"

    @property
    def label(self) -> str:
        return OFFENCE_LABELS[self]


OFFENCE_LABELS: dict[Offence, str] = {
    Offence.PHA_S2: "Harassment, Protection from Harassment Act 1997 s.2",
    Offence.PHA_S2A: "Stalking, Protection from Harassment Act 1997 s.2A",
    Offence.PHA_S4: "Putting people in fear of violence, Protection from Harassment Act 1997 s.4",
    Offence.PHA_S4A: (
        "Stalking involving fear of violence or serious alarm or distress, "
        "Protection from Harassment Act 1997 s.4A"
    ),
    Offence.SPO_BREACH: "Breach of a Stalking Protection Order, Stalking Protection Act 2019 s.8",
    Offence.OTHER: "Other offence",
}


class Behaviour(StrEnum):
    """Acts associated with stalking: s.2A(3)(a)-(g) first, then others units record."""

    FOLLOWING = "following"
    CONTACTING = "contacting"
    PUBLISHING = "publishing"
    MONITORING = "monitoring"
    LOITERING = "loitering"
    INTERFERING_PROPERTY = "interfering_property"
    WATCHING = "watching"
    THREATS_OF_VIOLENCE = "threats_of_violence"
    DAMAGE = "damage"
    THIRD_PARTY_CONTACT = "third_party_contact"
    GIFTS_OR_ITEMS = "gifts_or_items"
    IMPERSONATION = "impersonation"
    BREACH_OF_ORDER = "breach_of_order"
    OTHER = "other"

    @property
    def label(self) -> str:
        return BEHAVIOUR_LABELS[self][0]

    @property
    def statute_wording(self) -> str:
        """The s.2A(3) wording where the Act names the behaviour, else the label."""
        return BEHAVIOUR_LABELS[self][1]

    @property
    def s2a_paragraph(self) -> str | None:
        return S2A_PARAGRAPHS.get(self)


BEHAVIOUR_LABELS: dict[Behaviour, tuple[str, str]] = {
    Behaviour.FOLLOWING: ("Following", "following a person"),
    Behaviour.CONTACTING: (
        "Contacting",
        "contacting, or attempting to contact, a person by any means",
    ),
    Behaviour.PUBLISHING: (
        "Publishing material",
        "publishing any statement or other material relating or purporting to relate to a "
        "person, or purporting to originate from a person",
    ),
    Behaviour.MONITORING: (
        "Monitoring communications",
        "monitoring the use by a person of the internet, email or any other form of "
        "electronic communication",
    ),
    Behaviour.LOITERING: ("Loitering", "loitering in any place (whether public or private)"),
    Behaviour.INTERFERING_PROPERTY: (
        "Interfering with property",
        "interfering with any property in the possession of a person",
    ),
    Behaviour.WATCHING: ("Watching or spying", "watching or spying on a person"),
    Behaviour.THREATS_OF_VIOLENCE: ("Threats of violence", "threats of violence"),
    Behaviour.DAMAGE: ("Damage", "damage to property"),
    Behaviour.THIRD_PARTY_CONTACT: (
        "Contact through third parties",
        "contact through third parties",
    ),
    Behaviour.GIFTS_OR_ITEMS: ("Gifts or items left", "gifts or items left"),
    Behaviour.IMPERSONATION: ("Impersonation", "impersonation"),
    Behaviour.BREACH_OF_ORDER: ("Breach of order", "breach of an order"),
    Behaviour.OTHER: ("Other", "other"),
}

S2A_PARAGRAPHS: dict[Behaviour, str] = {
    Behaviour.FOLLOWING: "s.2A(3)(a)",
    Behaviour.CONTACTING: "s.2A(3)(b)",
    Behaviour.PUBLISHING: "s.2A(3)(c)",
    Behaviour.MONITORING: "s.2A(3)(d)",
    Behaviour.LOITERING: "s.2A(3)(e)",
    Behaviour.INTERFERING_PROPERTY: "s.2A(3)(f)",
    Behaviour.WATCHING: "s.2A(3)(g)",
}


class Channel(StrEnum):
    IN_PERSON = "in_person"
    CALL = "call"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    SOCIAL_MEDIA = "social_media"
    EMAIL = "email"
    LETTER = "letter"
    THIRD_PARTY = "third_party"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS.get(self.value) or _label(self)


_CHANNEL_LABELS = {"sms": "SMS", "whatsapp": "WhatsApp", "email": "Email", "call": "Phone call"}


class Source(StrEnum):
    VICTIM_ACCOUNT = "victim_account"
    WITNESS_STATEMENT = "witness_statement"
    CCTV = "cctv"
    PHONE_DOWNLOAD = "phone_download"
    SOCIAL_MEDIA_CAPTURE = "social_media_capture"
    POLICE_RECORD = "police_record"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _label(self).replace("Cctv", "CCTV")


class Role(StrEnum):
    VICTIM = "victim"
    SUSPECT = "suspect"
    WITNESS = "witness"
    THIRD_PARTY = "third_party"

    @property
    def label(self) -> str:
        return _label(self)


class Relationship(StrEnum):
    EX_PARTNER = "ex_partner"
    PARTNER = "partner"
    FAMILY = "family"
    ACQUAINTANCE = "acquaintance"
    COLLEAGUE = "colleague"
    NEIGHBOUR = "neighbour"
    ONLINE_CONTACT = "online_contact"
    STRANGER = "stranger"
    OTHER = "other"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return _label(self)


class EvidentialStatus(StrEnum):
    """How far an entry is supported: officers fill this in as evidence arrives."""

    TO_BE_OBTAINED = "to_be_obtained"
    ACCOUNT_ONLY = "account_only"
    CORROBORATED = "corroborated"
    EXHIBITED = "exhibited"

    @property
    def label(self) -> str:
        return _label(self)


class DisclosureStatus(StrEnum):
    """CPIA status: used evidence, or which unused schedule it belongs on."""

    USED = "used"
    UNUSED = "unused"
    SENSITIVE = "sensitive"
    NOT_RELEVANT = "not_relevant"

    @property
    def label(self) -> str:
        return {
            "used": "Used (evidence)",
            "unused": "Unused, non-sensitive",
            "sensitive": "Unused, sensitive",
            "not_relevant": "Not relevant",
        }[self.value]


class ExhibitKind(StrEnum):
    PHOTO = "photo"
    SCREENSHOT = "screenshot"
    MESSAGE_EXPORT = "message_export"
    CALL_LOG = "call_log"
    DOCUMENT = "document"
    AUDIO = "audio"
    VIDEO = "video"
    PHYSICAL_ITEM = "physical_item"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _label(self)


class CaseStatus(StrEnum):
    OPEN = "open"
    AWAITING_CHARGE = "awaiting_charge"
    CHARGED = "charged"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _label(self)


class ContinuityAction(StrEnum):
    SEIZED = "seized"
    PRODUCED = "produced"
    RECEIVED = "received"
    STORED = "stored"
    EXAMINED = "examined"
    COPIED = "copied"
    HANDED_OVER = "handed_over"
    RETURNED = "returned"

    @property
    def label(self) -> str:
        return _label(self)


class DerivativeKind(StrEnum):
    THUMBNAIL = "thumbnail"
    REDACTED = "redacted"


class RedactionReason(StrEnum):
    """Why a part of an exhibit or entry is hidden in the version for disclosure."""

    VICTIM_ADDRESS = "victim address"
    PHONE_NUMBER = "phone number"
    THIRD_PARTY_IDENTITY = "third-party identity"
    IRRELEVANT_PERSONAL_DATA = "irrelevant personal data"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.capitalize()


DEFAULT_MARKING = "OFFICIAL-SENSITIVE"
MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE")
DEFAULT_ZONE = "Europe/London"


def _label(member: StrEnum) -> str:
    return member.value.replace("_", " ").capitalize()
