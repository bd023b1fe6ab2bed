"""Tunable numbers of the detection core, in one place.

Every value here was set on the training corpus (data/train/); none may be
tuned on data/eval/. `python bench/tune_conversation.py` prints how they
perform on the training conversations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from pathlib import Path

from watchkeeper.core.signals import Category
from watchkeeper.core.trees import TreeEnsemble
from watchkeeper.core.wording import WordingModel

# Log-odds each feature of a sender adds to their risk (see
# conversation.sender_features). Fitted on the training conversations by
# `python -m watchkeeper.learned.conversation_fit --write` and stored in conversation_model.json beside this
# file; these hand-set values are the documented starting point it replaces.
HAND_WEIGHTS: dict[str, float] = {
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
    Category.FLAGGED_IMAGE: 10.0,  # a known flagged image is actionable on its own
    Category.MASS_OUTREACH: 1.5,
    "stages": 0.8,
    "severe_max": 1.0,
    "severe_pair": 1.0,
    "secrecy_x_severe": 0.5,
    "to_minor": 0.5,
    "adult_to_minor": 1.2,
    "age_contradiction": 1.5,
    "new_account": 0.5,
    "extortion": 10.0,  # policy: actionable on its own (see conversation.sender_features)
    "documents_for_debt": 10.0,
    "peer_courtship": -0.7,
    "known_relation": -1.5,
    "involves_parents": -1.0,
    "speaks_as_family": -1.0,
    "group": -0.5,
    "reported": 1.0,
    "stranger": 0.5,
    "flooding": 0.3,
}
HAND_WEIGHTS = {str(k): v for k, v in HAND_WEIGHTS.items()}
HAND_BIAS = -4.6
# One conversation model per detector set (see detectors.build_scorers): the evidence
# the patterns find alone is sparser than with the learned layer, so a model fitted
# on one set mis-scores the other.
MODEL_FILES = {
    "default": Path(__file__).with_name("conversation_model.json"),
    "none": Path(__file__).with_name("conversation_model_none.json"),
}


def model_file(scorers: str) -> Path:
    """The conversation model fitted for a detector set; a learned model of one's own
    (a path) goes with the default's."""
    return MODEL_FILES.get(scorers, MODEL_FILES["default"])


@dataclass(frozen=True)
class FittedModel:
    """What `learned.conversation_fit` writes for a detector set."""

    weights: dict[str, float]
    bias: float
    threshold: float
    trees: TreeEnsemble | None
    wording: WordingModel | None


def _fitted(path: Path) -> FittedModel | None:
    """The conversation model fitted on the training corpus, when present."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return FittedModel(
        weights=data["weights"],
        bias=data["bias"],
        threshold=data["threshold"],
        trees=TreeEnsemble.from_dict(data["trees"]) if data.get("trees") else None,
        wording=WordingModel.from_dict(data["wording"]) if data.get("wording") else None,
    )


_FITTED = _fitted(model_file("default"))


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
    weights: dict[str, float] = field(
        default_factory=lambda: dict(_FITTED.weights if _FITTED else HAND_WEIGHTS)
    )
    bias: float = _FITTED.bias if _FITTED else HAND_BIAS
    alert_threshold: float = _FITTED.threshold if _FITTED else 0.5
    # When set, a sender's risk comes from these trees, plus the weight of each
    # feature they do not use (the fixed policy ones); `weights` and `bias` are then
    # only the linear model that ranks evidence in explanations.
    trees: TreeEnsemble | None = _FITTED.trees if _FITTED else None
    # The conversation's wording as a feature (core/wording.py); it needs a scorer
    # with the sentence embedder it was fitted on (the learned layer's).
    wording: WordingModel | None = _FITTED.wording if _FITTED else None
    # A stage counts as reached when a category in it has at least this evidence.
    stage_evidence: float = 0.35
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


@cache
def fitted_config(scorers: str = "default") -> DetectionConfig:
    """The configuration whose conversation model was fitted for this detector set."""
    path = model_file(scorers)
    fitted = None if path == MODEL_FILES["default"] else _fitted(path)
    if fitted is None:
        return DEFAULT_CONFIG
    return DetectionConfig(
        weights=fitted.weights, bias=fitted.bias, alert_threshold=fitted.threshold,
        trees=fitted.trees, wording=fitted.wording,
    )
