"""Shared helpers for core tests: a tiny keyword scorer keeps tracker tests independent
of the pattern tables (which have their own tests)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watchkeeper.core.signals import Category, MessageSignal
from watchkeeper.events import FriendRequest, Message, Profile

T0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)

KEYWORDS = {
    "secret": Category.SECRECY,
    "school": Category.PERSONAL_INFO,
    "pic": Category.IMAGE_REQUEST,
    "meet": Category.MEETING,
    "pretty": Category.FLATTERY,
    "snap": Category.PLATFORM_SWITCH,
    "or else": Category.THREATS,
}


class KeywordScorer:
    def score(self, text: str) -> list[MessageSignal]:
        out = []
        for word, category in KEYWORDS.items():
            at = text.find(word)
            if at >= 0:
                out.append(MessageSignal(category, 0.9, at, at + len(word), text[at : at + len(word)]))
        return out

    def score_batch(self, texts):
        return [self.score(t) for t in texts]


class Script:
    """Builds a conversation's events with increasing timestamps."""

    def __init__(self, conversation="c1", platform="social"):
        self.conversation = conversation
        self.platform = platform
        self.events = []
        self.minutes = 0

    def profile(self, user, age, created=None):
        self.events.append(Profile(user=user, ts=T0, stated_age=age, created=created))
        return self

    def say(self, sender, recipient, text):
        self.minutes += 1
        n = sum(1 for e in self.events if isinstance(e, Message)) + 1
        self.events.append(
            Message(
                id=f"{self.conversation}-m{n}", conversation=self.conversation, sender=sender,
                recipients=[recipient], text=text, platform=self.platform,
                ts=T0 + timedelta(minutes=self.minutes),
            )
        )
        return self


def friend_request(i, sender, recipient, minutes, accepted=None):
    return FriendRequest(id=f"fr{i}", sender=sender, recipient=recipient, ts=T0 + timedelta(minutes=minutes), accepted=accepted)

