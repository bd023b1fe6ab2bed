"""The detection engine: events in, explained risk out.

Pure and deterministic: no I/O, no clock (time is the events' own `ts`), no
randomness. Feed events in time order (see `ReorderBuffer` for streams that
are slightly out of order); every assessment uses only what was seen so far.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import datetime, timedelta
from typing import Any, Protocol

import numpy as np

from watchkeeper.core.accounts import AccountAssessment, AccountTracker
from watchkeeper.core.config import DEFAULT_CONFIG, DetectionConfig
from watchkeeper.core.conversation import (
    AgeInfo,
    ConversationAssessment,
    ConversationTracker,
    SignalRecord,
)
from watchkeeper.core.signals import Category, EmbeddingScorer, MessageScorer, MessageSignal
from watchkeeper.core.wording import WordingModel
from watchkeeper.events import Event, FriendRequest, Image, Message, Profile, Report


class ImageMatcher(Protocol):
    """Turns an image event into signals (e.g. a FLAGGED_IMAGE match against hash banks)."""

    def match(self, image: Image) -> list[MessageSignal]: ...


@dataclass(frozen=True, slots=True)
class SafetyAdvice:
    """Policy says these recipients should be shown a calm safety message."""

    recipients: list[str]
    category: str
    conversation: str


@dataclass(slots=True)
class EngineUpdate:
    event: Event
    duplicate: bool = False
    alert_raised: bool = False
    message_signals: list[SignalRecord] = field(default_factory=list)
    account_alerts: list[AccountAssessment] = field(default_factory=list)
    safety: SafetyAdvice | None = None
    # The conversation's assessment right after this event (None when the engine
    # was built with assess_updates=False, as batch scans are).
    conversation: ConversationAssessment | None = None


# Warning signs that make an opening message part of a predatory spray.
OUTREACH_SIGNS = frozenset(
    {
        Category.FLATTERY, Category.AGE_PROBING, Category.PERSONAL_INFO, Category.PLATFORM_SWITCH,
        Category.IMAGE_REQUEST, Category.GIFTS, Category.EXPLOITATIVE_OFFER, Category.SEXUALISATION,
        Category.MEETING, Category.SECRECY,
    }
)


def merge_signals(per_scorer: Sequence[list[MessageSignal]]) -> list[MessageSignal]:
    """One signal per category: the strongest, with a pattern's precise span preferred as evidence."""
    best: dict[Category, MessageSignal] = {}
    for signals in per_scorer:
        for signal in signals:
            current = best.get(signal.category)
            if current is None:
                best[signal.category] = signal
            elif signal.strength > current.strength:
                if current.source == "pattern" and signal.source != "pattern":
                    # Keep the exact words as evidence, take the stronger belief.
                    best[signal.category] = MessageSignal(
                        current.category, signal.strength, current.start, current.end,
                        current.evidence, "pattern+" + signal.source, current.detail,
                    )
                else:
                    best[signal.category] = signal
    return list(best.values())


def default_scorers() -> list[MessageScorer]:
    from watchkeeper.core.patterns import PatternScorer

    return [PatternScorer()]


@dataclass(frozen=True, slots=True)
class MessageAnalysis:
    """Everything the engine needs from one message's text: a pure function of the text,
    so it can be computed in batches or in other processes ahead of tracking."""

    signals: list[MessageSignal]
    stated_ages: list[int]
    asks_age: bool = False
    # A reply that is only a number ("13", "14 lol"): an age if it answers an age question.
    bare_number: int | None = None
    addresses_relation: bool = False
    involves_parents: bool = False
    asks_who_sender_is: bool = False
    speaks_as_family: bool = False
    # The message's two terms of the wording model (`WordingModel.terms`), when the
    # configuration has one and a scorer embeds with its embedder.
    wording: tuple[float, float] | None = None

    def as_tuple(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _ANALYSIS_FIELDS)

    def __reduce__(self):
        # Analyses cross from worker processes: a constructor call unpickles faster than
        # the slotted dataclass's generic __setstate__.
        return MessageAnalysis, self.as_tuple()


_ANALYSIS_FIELDS = tuple(f.name for f in dataclass_fields(MessageAnalysis))
# What most messages come back as without a wording model: one shared instance (never mutated).
NOTHING_FOUND = MessageAnalysis([], [])
_NOTHING_FOUND_FIELDS = NOTHING_FOUND.as_tuple()


def pack_analyses(analyses: list[MessageAnalysis]) -> tuple[list[MessageAnalysis | None], np.ndarray | None]:
    """Analyses made compact to send between processes: None for the 80-90% of
    messages where nothing but the wording terms was found, and those terms of
    every message as one array (one small object to pickle instead of thousands)."""
    terms = None
    if any(a.wording is not None for a in analyses):
        terms = np.array([a.wording or (math.nan, math.nan) for a in analyses], dtype=np.float64)
    nothing = _NOTHING_FOUND_FIELDS[:-1]  # every field but `wording`, the last
    return [None if a is NOTHING_FOUND or a.as_tuple()[:-1] == nothing else a for a in analyses], terms


def unpack_analyses(packed: tuple[list[MessageAnalysis | None], np.ndarray | None]) -> list[MessageAnalysis]:
    found, terms = packed
    if terms is None:
        return [a or NOTHING_FOUND for a in found]
    return [
        a if a is not None else NOTHING_FOUND if math.isnan(as_author) else MessageAnalysis(
            [], [], wording=(as_author, as_counterpart)
        )
        for a, (as_author, as_counterpart) in zip(found, terms.tolist())
    ]


_BARE_NUMBER = re.compile(r"^\W*(\d{1,2})\W*(?:lol|lmao|haha|why|y)?\W*$", re.IGNORECASE)


def _bare_number(text: str) -> int | None:
    match = _BARE_NUMBER.match(text)
    return int(match.group(1)) if match else None


class MessageAnalyzer:
    def __init__(self, scorers: Sequence[MessageScorer] | None = None, wording: WordingModel | None = None):
        from watchkeeper.core.context_cues import (
            addresses_relation,
            asks_who_sender_is,
            involves_parents,
            speaks_as_family,
        )
        from watchkeeper.core.normalize import asks_age, extract_stated_ages

        self.scorers: list[MessageScorer] = list(scorers) if scorers is not None else default_scorers()
        self._stated_ages = extract_stated_ages
        self._asks_age = asks_age
        self._addresses_relation = addresses_relation
        self._involves_parents = involves_parents
        self._asks_who_sender_is = asks_who_sender_is
        self._speaks_as_family = speaks_as_family
        # The scorer whose sentence embeddings the wording model reads (none: no wording).
        self.wording = wording
        self._embedding_scorer: EmbeddingScorer | None = None
        if wording is not None:
            self._embedding_scorer = next(
                (
                    s for s in self.scorers
                    if isinstance(s, EmbeddingScorer) and s.embedder_name == wording.embedder
                ),
                None,
            )

    def analyse(self, texts: Sequence[str]) -> list[MessageAnalysis]:
        """Analyses in the order of `texts`; `NOTHING_FOUND` (the same object) where nothing
        was found (never with a wording model: every message then has its terms)."""
        if not texts:
            return []
        batches = []
        terms: list[tuple[float, float]] | list[None] = [None] * len(texts)
        for scorer in self.scorers:
            if scorer is self._embedding_scorer:
                signals, embeddings = scorer.score_batch_with_embeddings(texts)
                batches.append(signals)
                as_author, as_counterpart = self.wording.terms(embeddings).T.tolist()
                terms = list(zip(as_author, as_counterpart))
            else:
                batches.append(scorer.score_batch(texts))
        analyses = []
        for i, text in enumerate(texts):
            found = [batch[i] for batch in batches]
            fields = (
                merge_signals(found) if any(found) else [],
                self._stated_ages(text),
                self._asks_age(text),
                _bare_number(text),
                self._addresses_relation(text),
                self._involves_parents(text),
                self._asks_who_sender_is(text),
                self._speaks_as_family(text),
                terms[i],
            )
            analyses.append(NOTHING_FOUND if fields == _NOTHING_FOUND_FIELDS else MessageAnalysis(*fields))
        return analyses


class Engine:
    def __init__(
        self,
        config: DetectionConfig = DEFAULT_CONFIG,
        scorers: Sequence[MessageScorer] | None = None,
        image_matcher: ImageMatcher | None = None,
        assess_updates: bool = True,
    ):
        self.config = config
        self.assess_updates = assess_updates
        self.analyzer = MessageAnalyzer(scorers, config.wording)
        self.image_matcher = image_matcher
        # Live conversations, least recently active first (for idle eviction).
        self.conversations: OrderedDict[str, ConversationTracker] = OrderedDict()
        self.accounts = AccountTracker(config)
        self._profile_age: dict[str, int] = {}
        self._text_ages: dict[str, tuple[int, ...]] = {}
        self._age_cache: dict[str, AgeInfo] = {}
        self._recent_keys: dict[str, datetime] = {}
        # Every user with an event, least recently active first (for idle eviction).
        self.users: OrderedDict[str, datetime] = OrderedDict()
        self.now: datetime | None = None

    # ---- ages -------------------------------------------------------------
    def age_of(self, user: str) -> AgeInfo:
        info = self._age_cache.get(user)
        if info is None:
            info = AgeInfo(
                self._profile_age.get(user), self._text_ages.get(user, ()), self.accounts.created.get(user)
            )
            self._age_cache[user] = info
        return info

    def _age_changed(self, user: str) -> None:
        self._age_cache.pop(user, None)
        self.accounts.age_changed(user)

    @property
    def scorers(self) -> list[MessageScorer]:
        return self.analyzer.scorers

    def _note_text_ages(self, user: str, found: list[int]) -> bool:
        if found:
            # Keep the last few claims: enough to see a contradiction, bounded.
            self._text_ages[user] = (self._text_ages.get(user, ()) + tuple(found))[-3:]
            self._age_changed(user)
            return True
        return False

    # ---- processing ---------------------------------------------------------
    def process(self, event: Event) -> EngineUpdate:
        return self.process_many([event])[0]

    def process_many(self, events: Sequence[Event]) -> list[EngineUpdate]:
        """Process events in order; message texts are analysed in one batch first
        (analysis is per message, so batching does not break causality)."""
        texts = [e.text for e in events if isinstance(e, Message)]
        return self.apply(events, self.analyzer.analyse(texts))

    def apply(self, events: Sequence[Event], analyses: Sequence[MessageAnalysis]) -> list[EngineUpdate]:
        """Track events in order, given the analyses of their messages (in the same order)."""
        by_message = iter(analyses)
        updates = []
        for event in events:
            if isinstance(event, Message):
                updates.append(self._message(event, next(by_message)))
            else:
                updates.append(self._other(event))
        return updates

    def _touch(self, ts: datetime, *users: str) -> None:
        for user in users:
            seen = self.users.get(user)
            if seen is None or ts >= seen:
                self.users[user] = ts
                self.users.move_to_end(user)

    def _advance(self, ts: datetime) -> None:
        if self.now is None or ts > self.now:
            self.now = ts

    def _conversation(self, conversation: str, platform: str | None) -> ConversationTracker:
        tracker = self.conversations.get(conversation)
        if tracker is None:
            tracker = self.conversations[conversation] = ConversationTracker(conversation, platform)
        else:
            self.conversations.move_to_end(conversation)
        return tracker

    def _message(self, msg: Message, analysis: MessageAnalysis) -> EngineUpdate:
        # The fields are read once: a pydantic model's attribute costs several times a
        # local's, and this runs for every message.
        message_id, conversation, sender = msg.id, msg.conversation, msg.sender
        recipients, ts = msg.recipients, msg.ts
        signals = analysis.signals
        existing = self.conversations.get(conversation)
        if existing is not None and message_id in existing.seen:
            return EngineUpdate(event=msg, duplicate=True, conversation=self._assess(existing))
        self._advance(ts)
        self._touch(ts, sender, *(recipients or ()))
        tracker = self._conversation(conversation, msg.platform)
        ages_changed = self._note_text_ages(sender, analysis.stated_ages)
        if analysis.asks_age:
            tracker.age_question_from = sender
        elif tracker.age_question_from not in (None, sender):
            if analysis.bare_number is not None and 5 <= analysis.bare_number <= 99:
                ages_changed |= self._note_text_ages(sender, [analysis.bare_number])
            tracker.age_question_from = None
        if (
            analysis.addresses_relation or analysis.involves_parents or analysis.asks_who_sender_is
            or analysis.speaks_as_family
        ):
            tracker.note_relationship_cues(
                sender, recipients, analysis.addresses_relation, analysis.involves_parents,
                analysis.asks_who_sender_is, analysis.speaks_as_family,
            )
            ages_changed = True  # the context changed: rescore everyone
        raised = tracker.add_signals(
            message_id, sender, recipients, ts, signals, self.age_of, self.config,
            context_changed=ages_changed, wording=analysis.wording,
        )
        update = EngineUpdate(
            event=msg,
            conversation=self._assess(tracker),
            alert_raised=raised,
            message_signals=[SignalRecord.from_signal(s, message_id) for s in signals],
        )
        # One-to-one first contacts feed the outreach tracker; group messages do not.
        if msg.room is None and recipients and len(recipients) == 1:
            risky = any(s.strength >= 0.3 and s.category in OUTREACH_SIGNS for s in signals)
            flagged = self.accounts.direct_message(
                sender, recipients[0], ts, msg.text, self.age_of, risky
            )
            if flagged:
                update.account_alerts.append(flagged)
        if raised:
            update.safety = self._safety_advice(tracker)
        return update

    def _assess(self, tracker: ConversationTracker) -> ConversationAssessment | None:
        return tracker.assessment(self.config, self.age_of) if self.assess_updates else None

    def _safety_advice(self, tracker: ConversationTracker) -> SafetyAdvice | None:
        recipients = sorted(p for p in tracker.participants if p != tracker.suspect)
        category = tracker.top_category(self.config)
        if not recipients or category is None:
            return None
        return SafetyAdvice(recipients=recipients, category=category.value, conversation=tracker.conversation)

    def _seen_before(self, key: str, ts: datetime) -> bool:
        if key in self._recent_keys:
            return True
        self._recent_keys[key] = ts
        return False

    def _other(self, event: Event) -> EngineUpdate:
        if self._seen_before(event.key, event.ts):
            return EngineUpdate(event=event, duplicate=True)
        self._advance(event.ts)
        update = EngineUpdate(event=event)
        if isinstance(event, Profile):
            self._touch(event.ts, event.user)
            if event.stated_age is not None:
                self._profile_age[event.user] = event.stated_age
                self._age_changed(event.user)
            if event.created is not None:
                self.accounts.created[event.user] = event.created
                self._age_changed(event.user)
        elif isinstance(event, FriendRequest):
            self._touch(event.ts, event.sender, event.recipient)
            flagged = self.accounts.friend_request(
                event.sender, event.recipient, event.ts, event.accepted, self.age_of
            )
            if flagged:
                update.account_alerts.append(flagged)
        elif isinstance(event, Report):
            self._touch(event.ts, event.reporter, event.reported)
            flagged = self.accounts.report(event.reported, event.ts, self.age_of)
            if flagged:
                update.account_alerts.append(flagged)
            if event.conversation and event.conversation in self.conversations:
                tracker = self._conversation(event.conversation, None)
                tracker.add_report(event.key, event.reported, self.age_of, self.config)
                update.conversation = self._assess(tracker)
        elif isinstance(event, Image):
            self._touch(event.ts, event.sender, *(event.recipients or ()))
            signals = self.image_matcher.match(event) if self.image_matcher else []
            tracker = self._conversation(event.conversation, None)
            raised = tracker.add_signals(
                event.id, event.sender, event.recipients, event.ts, signals, self.age_of, self.config
            )
            update.conversation = self._assess(tracker)
            update.alert_raised = raised
            update.message_signals = [SignalRecord.from_signal(s, event.id) for s in signals]
            if raised:
                update.safety = self._safety_advice(tracker)
        return update

    # ---- reading state ------------------------------------------------------
    def assessment(self, conversation: str) -> ConversationAssessment | None:
        tracker = self.conversations.get(conversation)
        return tracker.assessment(self.config, self.age_of) if tracker else None

    def account_assessment(self, user: str) -> AccountAssessment:
        return self.accounts.assessment(user)

    def evict_idle(self, now: datetime | None = None) -> list[ConversationAssessment]:
        """Finalise conversations idle for longer than `idle_ttl`: bounded memory in streams."""
        now = now or self.now
        if now is None:
            return []
        cutoff = now - self.config.idle_ttl
        done: list[ConversationAssessment] = []
        while self.conversations:
            conversation, tracker = next(iter(self.conversations.items()))
            if tracker.last_ts is None or tracker.last_ts >= cutoff:
                break
            done.append(tracker.assessment(self.config, self.age_of))
            del self.conversations[conversation]
        stale = now - max(self.config.idle_ttl, timedelta(days=2))
        for key in [k for k, ts in self._recent_keys.items() if ts < stale]:
            del self._recent_keys[key]
        self.accounts.evict_idle(now)
        return done

    def evict_idle_users(self, now: datetime | None = None) -> list[AccountAssessment]:
        """Finalise users idle for longer than `idle_ttl`: their account assessment is
        returned and their per-user state (ages, outreach) released."""
        now = now or self.now
        if now is None:
            return []
        cutoff = now - self.config.idle_ttl
        done: list[AccountAssessment] = []
        while self.users:
            user, seen = next(iter(self.users.items()))
            if seen >= cutoff:
                break
            done.append(self.accounts.forget(user))
            del self.users[user]
            self._profile_age.pop(user, None)
            self._text_ages.pop(user, None)
            self._age_changed(user)
        return done

    def report(self) -> dict[str, Any]:
        """The spec's report for everything still live in this engine."""
        return {
            "conversations": [
                t.assessment(self.config, self.age_of).to_dict() for t in self.conversations.values()
            ],
            "accounts": [self.accounts.assessment(u).to_dict() for u in sorted(self.users)],
        }


def scan_events(events: Iterable[Event], engine: Engine | None = None) -> dict[str, Any]:
    """Convenience for small inputs: run events in time order through an engine and report."""
    engine = engine or Engine()
    ordered = sorted(events, key=lambda e: e.ts)
    engine.process_many(ordered)
    return engine.report()
