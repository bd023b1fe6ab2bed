"""Incremental, causal risk tracking for one conversation.

Each message updates the evidence of its sender; risk is recomputed from what
has been seen so far, and the alert is a latch: once raised at message k it is
never moved by later messages. Context that lowers risk (peers of the same age,
adults dating) is applied here, where the participants' ages are known.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from watchkeeper.core.config import COURTSHIP_CATEGORIES, DetectionConfig
from watchkeeper.core.signals import (
    CATEGORY_STAGE,
    CONTEXT_EXPLANATIONS,
    CONTEXT_FROM,
    Category,
    MessageSignal,
    Stage,
)
from watchkeeper.core.wording import wording_score


@dataclass(frozen=True, slots=True)
class AgeInfo:
    """What is known of one user's age, declared in a profile and stated in text, and
    of their account's: when it was made."""

    profile_age: int | None = None
    text_ages: tuple[int, ...] = ()
    account_created: datetime | None = None

    @property
    def best(self) -> int | None:
        # A later self-stated age in text ("im actually 24") beats a profile field.
        if self.text_ages:
            return self.text_ages[-1]
        return self.profile_age

    def contradicts(self, adult_age: int) -> bool:
        """Claims on both sides of adulthood, or wildly different ages: a deception sign."""
        claims = ([self.profile_age] if self.profile_age is not None else []) + list(self.text_ages)
        if len(claims) < 2:
            return False
        lo, hi = min(claims), max(claims)
        return (lo < adult_age <= hi) or (hi - lo >= 5)


AgeLookup = Callable[[str], AgeInfo]


@dataclass(slots=True)
class SignalRecord:
    """A signal as it is reported: tied to the message it came from."""

    category: str
    message: str
    evidence: str
    weight: float
    start: int = 0
    end: int = 0
    detail: str = ""
    source: str = "pattern"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "category": self.category,
            "message": self.message,
            "evidence": self.evidence,
            "weight": round(self.weight, 3),
        }
        if self.detail:
            out["detail"] = self.detail
        if self.source != "pattern":
            out["source"] = self.source
        return out

    @classmethod
    def from_signal(cls, signal: MessageSignal, message_id: str) -> SignalRecord:
        return cls(
            category=signal.category.value,
            message=message_id,
            evidence=signal.evidence,
            weight=signal.strength,
            start=signal.start,
            end=signal.end,
            detail=signal.detail,
            source=signal.source,
        )


@dataclass(slots=True)
class ConversationAssessment:
    conversation: str
    risk: float
    alert: bool
    first_alert: str | None
    suspect: str | None
    stage: str
    signals: list[SignalRecord]
    # For alerts: the context the suspect's risk was scored in (CONTEXT_EXPLANATIONS keys).
    context: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "conversation": self.conversation,
            "risk": round(self.risk, 4),
            "alert": self.alert,
            "first_alert": self.first_alert,
            "suspect": self.suspect,
            "stage": self.stage,
            "signals": [s.to_dict() for s in self.signals],
        }
        if self.context:
            out["context"] = self.context
        return out


@dataclass(slots=True)
class SenderState:
    messages: int = 0
    evidence: dict[Category, float] = field(default_factory=dict)
    records: dict[Category, list[SignalRecord]] = field(default_factory=dict)
    reported: bool = False
    risk: float = 0.0
    # Relationship cues (see context_cues): the other side calls this sender family or
    # by role, or asks who they are; this sender brings the young person's parents in,
    # or names a parent as family do ("is mum home?").
    known_relation: bool = False
    involves_parents: bool = False
    speaks_as_family: bool = False
    stranger: bool = False
    # The kinds of threat made (`detail` of THREATS signals: leverage, exposure, ...).
    threat_kinds: set[str] = field(default_factory=set)
    # The sender's message count when their evidence last grew: how few messages it
    # took to show the signs they have shown (see `sign_density`).
    messages_at_last_sign: int = 0
    # The wording model's terms (core/wording.py) summed over this sender's messages,
    # and its score as of their last message with a warning sign: the sender's own
    # words and everyone else's until then. Read at signs only, so that it adds no
    # risk computations: risk is recomputed when evidence or context changes.
    worded: int = 0
    wording_as_author: float = 0.0
    wording_as_counterpart: float = 0.0
    wording: float | None = None
    # The inputs `risk` was last computed from (see `_risk_inputs`): a message that
    # changes none of them leaves the risk as it was, so it is not recomputed.
    scored_inputs: tuple[Any, ...] | None = None

    def add(self, signal: MessageSignal, record: SignalRecord, keep: int) -> None:
        # Noisy-OR: independent weak signs add up, but never past certainty.
        previous = self.evidence.get(signal.category, 0.0)
        self.evidence[signal.category] = 1.0 - (1.0 - previous) * (1.0 - signal.strength)
        self.messages_at_last_sign = self.messages
        # Patterns name the kind (the learned layer's detail is its nearest example).
        if signal.category is Category.THREATS and "pattern" in signal.source:
            self.threat_kinds.add(signal.detail)
        kept = self.records.setdefault(signal.category, [])
        if len(kept) < keep:
            kept.append(record)
        else:
            weakest = min(range(len(kept)), key=lambda i: kept[i].weight)
            if record.weight > kept[weakest].weight:
                kept[weakest] = record

    def stage(self, config: DetectionConfig) -> Stage:
        reached = [
            CATEGORY_STAGE[c] for c, e in self.evidence.items() if e >= config.stage_evidence
        ]
        return max(reached, default=Stage.NONE)


class ConversationTracker:
    """State of one conversation; `add_*` methods return True when they raise the alert."""

    __slots__ = (
        "age_question_from",
        "conversation",
        "counterpart_wording",
        "first_alert",
        "first_ts",
        "last_ts",
        "messages",
        "participants",
        "platform",
        "risk",
        "seen",
        "senders",
        "suspect",
        "worded",
    )

    def __init__(self, conversation: str, platform: str | None = None):
        self.conversation = conversation
        self.platform = platform
        self.seen: set[str] = set()
        self.senders: dict[str, SenderState] = {}
        self.participants: set[str] = set()
        self.messages = 0
        self.first_ts: datetime | None = None
        self.last_ts: datetime | None = None
        self.first_alert: str | None = None
        self.suspect: str | None = None
        self.risk = 0.0
        self.age_question_from: str | None = None  # who asked an age question last, unanswered
        # All messages' wording terms as someone else's words (see SenderState.wording).
        self.worded = 0
        self.counterpart_wording = 0.0

    @property
    def alert(self) -> bool:
        return self.first_alert is not None

    def add_signals(
        self,
        event_id: str,
        sender: str,
        recipients: list[str] | None,
        ts: datetime,
        signals: list[MessageSignal],
        ages: AgeLookup,
        config: DetectionConfig,
        context_changed: bool = False,
        wording: tuple[float, float] | None = None,
    ) -> bool:
        """Add one message (or image) and its signals; recompute risk causally.

        Only the sender's risk can change with their own message, unless the
        context did (a new participant, a newly stated age): then everyone's is
        recomputed."""
        self.seen.add(event_id)
        self.messages += 1
        self.last_ts = ts if self.last_ts is None or ts > self.last_ts else self.last_ts
        if self.first_ts is None:
            self.first_ts = ts
        if sender not in self.participants or (recipients and not self.participants.issuperset(recipients)):
            context_changed = True
            self.participants.add(sender)
            if recipients:
                self.participants.update(recipients)
        state = self.senders.get(sender)
        if state is None:
            state = self.senders[sender] = SenderState()
        state.messages += 1
        signed = False
        for signal in signals:
            if signal.strength >= config.min_signal_strength:
                state.add(signal, SignalRecord.from_signal(signal, event_id), config.evidence_per_category)
                signed = True
        if wording is not None:
            self._add_wording(state, wording, signed)
        return self._rescore(event_id, ages, config, None if context_changed else sender)

    def _add_wording(self, state: SenderState, terms: tuple[float, float], signed: bool) -> None:
        as_author, as_counterpart = terms
        state.worded += 1
        state.wording_as_author += as_author
        state.wording_as_counterpart += as_counterpart
        self.worded += 1
        self.counterpart_wording += as_counterpart
        if not signed:
            return
        others = self.worded - state.worded
        counterpart_mean = (self.counterpart_wording - state.wording_as_counterpart) / others if others else 0.0
        state.wording = wording_score(state.wording_as_author / state.worded, counterpart_mean)

    def note_relationship_cues(
        self,
        sender: str,
        recipients: list[str] | None,
        addresses_relation: bool,
        involves_parents: bool,
        asks_who: bool,
        speaks_as_family: bool,
    ) -> None:
        others = recipients or [p for p in self.participants if p != sender]
        for other in others:
            if addresses_relation:
                self.senders.setdefault(other, SenderState()).known_relation = True
            if asks_who:
                self.senders.setdefault(other, SenderState()).stranger = True
        if involves_parents:
            self.senders.setdefault(sender, SenderState()).involves_parents = True
        if speaks_as_family:
            self.senders.setdefault(sender, SenderState()).speaks_as_family = True

    def add_report(self, event_id: str, reported: str, ages: AgeLookup, config: DetectionConfig) -> bool:
        self.participants.add(reported)
        state = self.senders.get(reported)
        if state is None:
            state = self.senders[reported] = SenderState()
        state.reported = True
        # A report is not a message, so it cannot be the alert point the spec defines.
        return self._rescore(None, ages, config)

    def _risk_inputs(self, name: str, state: SenderState, ages: AgeLookup) -> tuple[Any, ...]:
        """Everything `sender_features` reads, as a comparable value: evidence, flags,
        the flooding test and every participant's age information."""
        return (
            tuple(state.evidence.items()),
            state.reported,
            state.known_relation,
            state.involves_parents,
            state.speaks_as_family,
            state.stranger,
            state.messages >= 10 and state.messages >= 0.75 * self.messages,
            len(state.threat_kinds),
            state.messages_at_last_sign,
            state.wording,
            name,
            tuple((p, ages(p)) for p in self.participants),
        )

    def _rescore(
        self, event_id: str | None, ages: AgeLookup, config: DetectionConfig, only: str | None = None
    ) -> bool:
        best_sender, best_risk = None, 0.0
        for name, state in self.senders.items():
            if not state.evidence and not state.reported:
                continue
            if only is None or name == only:
                inputs = self._risk_inputs(name, state, ages)
                if inputs != state.scored_inputs:
                    state.risk = sender_risk(name, state, self, ages, config)
                    state.scored_inputs = inputs
            if state.risk > best_risk:
                best_sender, best_risk = name, state.risk
        self.risk = best_risk
        if self.first_alert is None:
            self.suspect = best_sender
            if best_risk >= config.alert_threshold and event_id is not None:
                self.first_alert = event_id
                return True
        return False

    def assessment(
        self, config: DetectionConfig, ages: AgeLookup | None = None, max_signals: int = 12
    ) -> ConversationAssessment:
        """The conversation as it stands; with `ages`, an alert also names its context."""
        state = self.senders.get(self.suspect) if self.suspect else None
        signals: list[SignalRecord] = []
        stage = Stage.NONE
        context: list[str] = []
        if state is not None:
            stage = state.stage(config)
            signals = [r for records in state.records.values() for r in records]
            signals.sort(key=lambda r: -r.weight * max(config.weights.get(r.category, 0.0), 0.1))
            signals = signals[:max_signals]
            if self.alert and ages is not None:
                features = sender_features(self.suspect, state, self, ages, config)
                context = [
                    name for name in CONTEXT_EXPLANATIONS
                    if features.get(name) and features[name] >= CONTEXT_FROM.get(name, 0.0)
                ]
        return ConversationAssessment(
            conversation=self.conversation,
            risk=self.risk,
            alert=self.alert,
            first_alert=self.first_alert,
            suspect=self.suspect if self.risk > 0 else None,
            stage=stage.label,
            signals=signals,
            context=context,
        )

    def top_category(self, config: DetectionConfig) -> Category | None:
        state = self.senders.get(self.suspect) if self.suspect else None
        if not state or not state.evidence:
            return None
        return max(state.evidence, key=lambda c: state.evidence[c] * config.weights.get(c.value, 0.0))


SEVERE_CATEGORIES = frozenset(
    {
        Category.IMAGE_REQUEST, Category.SEXUALISATION, Category.EXPLOITATIVE_OFFER, Category.MEETING,
        Category.RELOCATION, Category.DOCUMENT_CONTROL, Category.DEBT_BONDAGE, Category.THREATS,
        Category.FLAGGED_IMAGE,
    }
)


# The families of warning signs a reviewer counts (data/train/alert_by_review.md):
# signs from two of them, aimed at a minor, are enough to act on; one alone is not.
SIGN_FAMILIES: tuple[frozenset[Category], ...] = (
    frozenset({Category.FLATTERY, Category.GIFTS, Category.VULNERABILITY}),
    frozenset({Category.AGE_PROBING, Category.PERSONAL_INFO}),
    frozenset({Category.SECRECY, Category.ISOLATION, Category.PLATFORM_SWITCH}),
    SEVERE_CATEGORIES,
)


def _families_reached(evidence: dict[Category, float], config: DetectionConfig) -> int:
    return sum(
        1 for family in SIGN_FAMILIES if any(evidence.get(c, 0.0) >= config.stage_evidence for c in family)
    )


def _is_peer_context(sender_age: int | None, other_ages: list[int], config: DetectionConfig) -> bool:
    """Consenting peers: all adults, or minors of about the same age."""
    if sender_age is None or not other_ages:
        return False
    if sender_age >= config.adult_age:
        return all(a >= config.adult_age for a in other_ages)
    return all(a < config.adult_age and abs(a - sender_age) <= config.peer_age_gap for a in other_ages)


def sender_features(
    name: str,
    state: SenderState,
    conversation: ConversationTracker,
    ages: AgeLookup,
    config: DetectionConfig,
) -> dict[str, float]:
    """What the risk of one sender is computed from, as named features.

    Evidence per category, how densely it came, how many stages the sender's
    messages span, and context: an adult writing to a minor, signs from two
    families aimed at a minor, contradicting age claims, acts actionable on
    their own, courtship between consenting peers and openness cues (which
    lower risk), reports and flooding.
    """
    sender_age = ages(name)
    other_ages = [
        a for a in (ages(p).best for p in conversation.participants if p != name) if a is not None
    ]
    deceptive = sender_age.contradicts(config.adult_age)
    # A fake profile posing as someone the same age is the classic opening: an age
    # stated by an account made just before the conversation began has earned no
    # trust, and one caught lying about their age is no peer, whatever they claimed.
    # (A creation date after the conversation began is bad data, not a new account.)
    created, started = sender_age.account_created, conversation.first_ts
    new_account = (
        created is not None and started is not None and timedelta(0) <= started - created <= config.new_account_age
    )
    peer = not deceptive and not new_account and _is_peer_context(sender_age.best, other_ages, config)
    features: dict[str, float] = {c.value: e for c, e in state.evidence.items()}
    total_evidence = sum(state.evidence.values())
    # Many signs in few messages: offenders escalate fast, friends and family drift
    # through the same topics over a long chat. Counted up to the last sign, so a
    # message with no sign leaves the risk (and its memo) as it was.
    features["sign_density"] = total_evidence / max(state.messages_at_last_sign, 1)
    stages = {CATEGORY_STAGE[c] for c, e in state.evidence.items() if e >= config.stage_evidence}
    features["stages"] = max(0, len(stages) - 1)
    # Severe signs compound: a picture request followed by a threat is extortion,
    # whatever came before. The two strongest severe categories, and secrecy around them.
    severe = sorted((e for c, e in state.evidence.items() if c in SEVERE_CATEGORIES), reverse=True)
    if severe:
        features["severe_max"] = severe[0]
        if len(severe) > 1:
            features["severe_pair"] = severe[0] * severe[1]
        features["secrecy_x_severe"] = state.evidence.get(Category.SECRECY, 0.0) * severe[0]
    best = sender_age.best
    minor_present = any(a < config.adult_age for a in other_ages)
    if minor_present:
        features["to_minor"] = 1.0
        # Years between the sender's stated age and the youngest minor's: the
        # "slightly older" teen (16 to a 13-year-old) is no peer, nor adult_to_minor.
        youngest = min(a for a in other_ages if a < config.adult_age)
        if best is not None and best > youngest:
            features["age_gap"] = float(best - youngest)
        if best is not None and best >= config.adult_age:
            features["adult_to_minor"] = 1.0
        if _families_reached(state.evidence, config) >= 2:
            features["families_to_minor"] = 1.0
    if deceptive:
        features["age_contradiction"] = 1.0
    if new_account:
        features["new_account"] = 1.0
    # Acts that are actionable on their own, whatever came before (policy, not fitted):
    # a threat tied to pictures asked for, or a claimed hold over someone joined by a
    # threat of any other kind ("i recorded our call" ... "or i send it to ur
    # followers" / "u have till midnight"), is extortion; documents held against a
    # debt is bondage.
    evidence = state.evidence
    if (evidence.get(Category.THREATS, 0.0) >= 0.8 and evidence.get(Category.IMAGE_REQUEST, 0.0) >= 0.5) or (
        "leverage" in state.threat_kinds and len(state.threat_kinds) > 1
    ):
        features["extortion"] = 1.0
    if evidence.get(Category.DOCUMENT_CONTROL, 0.0) >= 0.8 and evidence.get(Category.DEBT_BONDAGE, 0.0) >= 0.8:
        features["documents_for_debt"] = 1.0
    if peer:
        features["peer_courtship"] = sum(e for c, e in state.evidence.items() if c in COURTSHIP_CATEGORIES)
    if state.reported:
        features["reported"] = 1.0
    if state.stranger:
        features["stranger"] = 1.0
    # Openness cues lower risk by a step, and by more the more signs they have to
    # explain (grandma's birthday chat has several; one flag cannot offset them all).
    # Peers (minors of about the same age, or adults only) are a cue of the same kind:
    # most of what looks like probing or secrecy between them is friendship or dating.
    cues = [
        cue
        for cue, present in (
            ("known_relation", state.known_relation),
            ("involves_parents", state.involves_parents),
            ("speaks_as_family", state.speaks_as_family),
            ("group", len(conversation.participants) > 2),
            ("peer_minors", peer and minor_present),
            ("adults_only", peer and not minor_present),
        )
        if present
    ]
    if cues:
        for cue in cues:
            features[cue] = 1.0
            features[f"{cue}_x_evidence"] = total_evidence
    if state.messages >= 10 and state.messages >= 0.75 * conversation.messages:
        features["flooding"] = 1.0
    if state.wording is not None:
        features["wording"] = state.wording
    return features


def sender_risk(
    name: str,
    state: SenderState,
    conversation: ConversationTracker,
    ages: AgeLookup,
    config: DetectionConfig,
) -> float:
    weights = config.weights
    features = sender_features(name, state, conversation, ages, config)
    if config.trees is None:
        z = config.bias + sum(weights.get(feature, 0.0) * value for feature, value in features.items())
    else:
        z = config.trees.log_odds(features) + sum(
            weights.get(feature, 0.0) * value
            for feature, value in features.items()
            if feature not in config.trees.used
        )
    return 1.0 / (1.0 + math.exp(-z))
