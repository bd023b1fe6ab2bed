"""Tunable numbers of the detection core, in one place.

Every value here was set on the training corpus (data/train/); none may be
tuned on data/eval/. `bench/tune_conversation.py` prints how they perform on
the training conversations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from watchkeeper.core.signals import Category

# Log-odds that one category's evidence adds to a sender's risk.
DEFAULT_CATEGORY_WEIGHTS: dict[Category, float] = {
    Category.AGE_PROBING: 0.9,
    Category.PERSONAL_INFO: 1.2,
    Category.SECRECY: 1.6,
    Category.ISOLATION: 1.5,
    Category.PLATFORM_SWITCH: 0.7,
    Category.FLATTERY: 0.6,
    Category.GIFTS: 0.8,
    Category.EXPLOITATIVE_OFFER: 1.8,
    Category.IMAGE_REQUEST: 2.0,
    Category.SEXUALISATION: 2.0,
    Category.MEETING: 1.2,
    Category.RELOCATION: 2.2,
    Category.DOCUMENT_CONTROL: 2.4,
    Category.DEBT_BONDAGE: 2.4,
    Category.THREATS: 2.4,
    Category.AGE_DECEPTION: 2.0,
    Category.VULNERABILITY: 1.2,
    Category.FLAGGED_IMAGE: 4.0,
    Category.MASS_OUTREACH: 1.5,
}

# Categories whose weight is dampened between consenting peers (two adults
# dating, two teenagers of the same age): there they are ordinary courtship.
COURTSHIP_CATEGORIES = frozenset(
    {
        Category.FLATTERY,
        Category.SEXUALISATION,
        Category.MEETING,
        Category.IMAGE_REQUEST,
        Category.PLATFORM_SWITCH,
        Category.PERSONAL_INFO,
        Category.AGE_PROBING,
        Category.GIFTS,
        Category.SECRECY,
    }
)


@dataclass(frozen=True)
class DetectionConfig:
    category_weights: dict[Category, float] = field(
        default_factory=lambda: dict(DEFAULT_CATEGORY_WEIGHTS)
    )
    bias: float = -4.6
    # Added per distinct stage reached beyond the first: the pattern unfolding matters
    # more than any single message.
    stage_bonus: float = 0.8
    # A stage counts as reached when a category in it has at least this evidence.
    stage_evidence: float = 0.35
    adult_to_minor_bonus: float = 1.2
    age_contradiction_bonus: float = 1.5
    peer_dampening: float = 0.35  # multiplier on courtship categories between peers
    reported_bonus: float = 1.0
    flooding_bonus: float = 0.3
    alert_threshold: float = 0.5
    # Contributions below this evidence are ignored (weak, ambiguous matches).
    min_signal_strength: float = 0.15
    # Signals kept per sender and category for explanations (bounded memory).
    evidence_per_category: int = 3
    adult_age: int = 18
    peer_age_gap: int = 3
    # Account outreach.
    outreach_window: timedelta = timedelta(hours=24)
    outreach_min_young_targets: int = 20
    account_alert_threshold: float = 0.5
    new_account_age: timedelta = timedelta(days=14)
    # Scan memory bound: a conversation idle this long (event time) is finalised.
    idle_ttl: timedelta = timedelta(days=30)
    # Out-of-order tolerance of the reorder buffer (event time).
    reorder_window: timedelta = timedelta(minutes=10)


DEFAULT_CONFIG = DetectionConfig()
