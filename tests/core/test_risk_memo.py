"""Skipping the risk recomputation when no input changed gives the same results."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest

from watchkeeper.core.conversation import ConversationTracker
from watchkeeper.core.engine import Engine
from watchkeeper.events import read_jsonl

DATA = Path(__file__).resolve().parents[2] / "data"


def _trace(events) -> list[tuple]:
    engine = Engine()
    updates = engine.process_many(sorted(events, key=lambda e: e.ts))
    return [
        (u.event.key, u.alert_raised, u.conversation.risk if u.conversation else None,
         u.conversation.suspect if u.conversation else None)
        for u in updates
    ]


@pytest.mark.parametrize("corpus", ["train", "eval"])
def test_memoised_risk_equals_recomputing_every_time(corpus: str, monkeypatch) -> None:
    events, _ = read_jsonl(DATA / corpus / "events.jsonl")
    memoised = _trace(events)
    monkeypatch.setattr(ConversationTracker, "_risk_inputs", lambda self, name, state, ages: object())
    assert memoised == _trace(events)
    assert any(alert for _, alert, _, _ in memoised)


def test_an_age_stated_elsewhere_still_changes_the_risk() -> None:
    """The memo key holds every participant's age: news from another conversation counts."""
    from datetime import datetime, timedelta

    from watchkeeper.events import Message

    t0 = datetime(2026, 1, 1, tzinfo=UTC)

    def msg(i: int, conv: str, sender: str, to: str, text: str) -> Message:
        return Message(id=f"m{i}", conversation=conv, sender=sender, recipients=[to],
                       ts=t0 + timedelta(minutes=i), text=text)

    engine = Engine()
    engine.process(msg(1, "c1", "adult", "kid", "you are so mature, dont tell anyone we talk"))
    before = engine.assessment("c1").risk
    engine.process(msg(2, "c2", "kid", "friend", "im 13 btw"))
    engine.process(msg(3, "c2", "adult", "kid", "im 31"))
    engine.process(msg(4, "c1", "adult", "kid", "ok"))
    assert engine.assessment("c1").risk > before
