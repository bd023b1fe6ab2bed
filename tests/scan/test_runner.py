"""The streaming runner: bounded state, every conversation and account reported once."""

import json
from datetime import UTC, datetime, timedelta

from support_core import KeywordScorer

from watchkeeper.core.config import DetectionConfig
from watchkeeper.core.engine import Engine
from watchkeeper.scan.runner import scan_stream

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def test_idle_conversations_and_users_are_released_as_the_stream_goes(monkeypatch):
    import watchkeeper.scan.runner as runner

    monkeypatch.setattr(runner, "EVICT_EVERY", 10)
    monkeypatch.setattr(runner, "CHUNK", 5)
    engine = Engine(config=DetectionConfig(idle_ttl=timedelta(days=1)), scorers=[KeywordScorer()])
    lines = []
    for c in range(60):  # a new pair of users every 12 hours
        ts = T0 + timedelta(hours=12 * c)
        for m in range(3):
            lines.append(json.dumps({
                "type": "message", "id": f"c{c}-m{m}", "conversation": f"c{c}", "sender": f"a{c}",
                "recipients": [f"b{c}"], "ts": (ts + timedelta(minutes=m)).isoformat(), "text": "hi",
            }).encode())
    conversations, accounts, live = [], [], []

    def on_conversation(a):
        conversations.append(a.conversation)
        live.append(len(engine.conversations) + len(engine.users))

    scan_stream(lines, engine, on_conversation, lambda a: accounts.append(a.account))
    assert sorted(conversations) == sorted(f"c{c}" for c in range(60))
    assert sorted(accounts) == sorted([f"a{c}" for c in range(60)] + [f"b{c}" for c in range(60)])
    # While streaming, live state stayed small: a few conversations and their users.
    assert max(live[:-10]) <= 20
