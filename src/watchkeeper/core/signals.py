"""The vocabulary of the detection core: signal categories, stages, and the
signal record every detector (patterns, learned models, image matchers) emits.

Categories follow the grooming and trafficking pattern described by police and
NGOs: trust, information gathering, secrecy and isolation, exploitation, control.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from enum import IntEnum, StrEnum
from operator import attrgetter
from typing import Any, Protocol, runtime_checkable


class Category(StrEnum):
    AGE_PROBING = "age_probing"
    PERSONAL_INFO = "personal_info"
    SECRECY = "secrecy"
    ISOLATION = "isolation"
    PLATFORM_SWITCH = "platform_switch"
    FLATTERY = "flattery"
    GIFTS = "gifts"
    EXPLOITATIVE_OFFER = "exploitative_offer"
    IMAGE_REQUEST = "image_request"
    SEXUALISATION = "sexualisation"
    MEETING = "meeting"
    RELOCATION = "relocation"
    DOCUMENT_CONTROL = "document_control"
    DEBT_BONDAGE = "debt_bondage"
    THREATS = "threats"
    AGE_DECEPTION = "age_deception"
    VULNERABILITY = "vulnerability_exploitation"
    # Not from message text:
    FLAGGED_IMAGE = "flagged_image"
    MASS_OUTREACH = "mass_outreach"


MESSAGE_CATEGORIES: tuple[Category, ...] = tuple(
    c for c in Category if c not in (Category.FLAGGED_IMAGE, Category.MASS_OUTREACH)
)


class Stage(IntEnum):
    """Stages of the pattern, in the order they usually unfold."""

    NONE = 0
    TRUST = 1  # contact, flattery, gifts, meeting a vulnerable moment
    INFORMATION = 2  # age, school, address, routine, when the parents are out
    ISOLATION = 3  # secrecy, alienation, moving to a private app
    EXPLOITATION = 4  # sexualisation, image requests, exploitative offers
    CONTROL = 5  # meeting, relocation, documents, debt, extortion

    @property
    def label(self) -> str:
        return STAGE_LABELS[self]


STAGE_LABELS = {
    Stage.NONE: "none",
    Stage.TRUST: "trust",
    Stage.INFORMATION: "information",
    Stage.ISOLATION: "isolation",
    Stage.EXPLOITATION: "exploitation",
    Stage.CONTROL: "control",
}

CATEGORY_STAGE: dict[Category, Stage] = {
    Category.FLATTERY: Stage.TRUST,
    Category.GIFTS: Stage.TRUST,
    Category.VULNERABILITY: Stage.TRUST,
    Category.AGE_PROBING: Stage.INFORMATION,
    Category.PERSONAL_INFO: Stage.INFORMATION,
    Category.SECRECY: Stage.ISOLATION,
    Category.ISOLATION: Stage.ISOLATION,
    Category.PLATFORM_SWITCH: Stage.ISOLATION,
    Category.AGE_DECEPTION: Stage.EXPLOITATION,
    Category.SEXUALISATION: Stage.EXPLOITATION,
    Category.IMAGE_REQUEST: Stage.EXPLOITATION,
    Category.EXPLOITATIVE_OFFER: Stage.EXPLOITATION,
    Category.FLAGGED_IMAGE: Stage.EXPLOITATION,
    Category.MEETING: Stage.CONTROL,
    Category.RELOCATION: Stage.CONTROL,
    Category.DOCUMENT_CONTROL: Stage.CONTROL,
    Category.DEBT_BONDAGE: Stage.CONTROL,
    Category.THREATS: Stage.CONTROL,
    Category.MASS_OUTREACH: Stage.TRUST,
}

# Plain words for moderators, reports and the self-check page.
CATEGORY_EXPLANATIONS: dict[Category, str] = {
    Category.AGE_PROBING: "Asks how old the other person is or checks they are young.",
    Category.PERSONAL_INFO: (
        "Asks for details that locate a person: address, school, phone, real name, "
        "daily routine, when parents are out, whether they are home alone."
    ),
    Category.SECRECY: "Asks to keep the conversation secret or to delete it.",
    Category.ISOLATION: "Drives a wedge between the young person and family or friends.",
    Category.PLATFORM_SWITCH: "Pushes the conversation to another app or a private channel.",
    Category.FLATTERY: "Heavy flattery or declarations of love early on (love-bombing).",
    Category.GIFTS: "Offers gifts, money or game currency.",
    Category.EXPLOITATIVE_OFFER: (
        "A too-good offer: modelling, a job in the city or abroad, paid travel, a place to stay."
    ),
    Category.IMAGE_REQUEST: "Asks for pictures, video or a private live stream.",
    Category.SEXUALISATION: "Steers the conversation towards sexual topics.",
    Category.MEETING: "Asks to meet in person, or to come alone.",
    Category.RELOCATION: (
        "Encourages running away or travelling: leave your phone, I will pay for the bus."
    ),
    Category.DOCUMENT_CONTROL: "Wants to hold the person's passport or ID 'for safety'.",
    Category.DEBT_BONDAGE: "Claims the person owes money and must work it off.",
    Category.THREATS: "Threatens, blackmails or sets deadlines (extortion).",
    Category.AGE_DECEPTION: "Plays down an age gap or reveals a different age than claimed.",
    Category.VULNERABILITY: "Meets loneliness or despair with an offer of rescue.",
    Category.FLAGGED_IMAGE: "Shared an image that matches a list of known flagged images.",
    Category.MASS_OUTREACH: "Contacts many young users in a short time.",
}

# The context an alert was scored in (features of `conversation.sender_features`
# that are not message signs), in plain words for moderators.
CONTEXT_EXPLANATIONS: dict[str, str] = {
    "adult_to_minor": "An adult, by the ages stated, is writing to a minor.",
    "age_gap": "By the ages stated, the sender is older than the young person.",
    "families_to_minor": "Signs of two kinds (trust, information, secrecy, severe) are aimed at a minor.",
    "age_contradiction": "The sender's age claims contradict each other.",
    "new_account": "The sender's account was made days before this conversation began.",
    "stranger": "The other person asked who the sender is.",
    "extortion": "A threat joined to pictures asked for, or to material the sender claims to hold.",
    "documents_for_debt": "Documents held against a debt.",
    "reported": "The sender was reported in this conversation.",
    "known_relation": "Lowers risk: the other person calls the sender family or by role.",
    "involves_parents": "Lowers risk: the sender brings the young person's parents in.",
    "speaks_as_family": "Lowers risk: the sender names a parent as family do (\"is mum home?\").",
    "peer_minors": "Lowers risk: minors of about the same age.",
    "group": "Lowers risk: a group conversation.",
    "wording": "The wording of the conversation so far, both sides', reads like the training threats'.",
}
# Features shown as context from this value (the others: whenever present).
CONTEXT_FROM: dict[str, float] = {"wording": 0.5}


def explain_context(names: list[str]) -> list[str]:
    """Plain words for an alert's context (names an older or newer version wrote are skipped)."""
    return [CONTEXT_EXPLANATIONS[name] for name in names if name in CONTEXT_EXPLANATIONS]


@dataclass(frozen=True, slots=True)
class MessageSignal:
    """One warning sign found in one message.

    `start`/`end` index the *original* text, so evidence shown to people is
    what was actually written, not the normalised form.
    """

    category: Category
    strength: float  # 0..1: how strongly this span indicates the category
    start: int
    end: int
    evidence: str
    source: str = "pattern"  # "pattern", "learned", "image", ...
    detail: str = ""  # sub-kind, e.g. "home_alone", or the nearest example for learned signals

    def __reduce__(self):
        # Signals cross from worker processes: a constructor call pickles and unpickles
        # several times faster than the frozen dataclass's generic __getstate__/__setstate__.
        return MessageSignal, _signal_values(self)


# Every field, in the constructor's order (derived, so a new field cannot be dropped).
_signal_values = attrgetter(*(f.name for f in fields(MessageSignal)))


class MessageScorer(Protocol):
    """Anything that turns message text into signals (patterns, learned models)."""

    def score(self, text: str) -> list[MessageSignal]: ...

    def score_batch(self, texts: Sequence[str]) -> list[list[MessageSignal]]: ...


@runtime_checkable
class EmbeddingScorer(Protocol):
    """A scorer that also gives each text's sentence embedding (the learned layer),
    which the wording model (core/wording.py) reads."""

    embedder_name: str

    def score_batch_with_embeddings(self, texts: Sequence[str]) -> tuple[list[list[MessageSignal]], Any]:
        """Signals as `score_batch` gives them, and a (len(texts), dim) array of embeddings."""
        ...
