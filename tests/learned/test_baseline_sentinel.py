"""The Sentinel-style baseline in bench/: scoring and causal per-sender aggregation."""

import importlib.util
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from watchkeeper.events import Message

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("baseline_sentinel", ROOT / "bench" / "baseline_sentinel.py")
sentinel = importlib.util.module_from_spec(spec)
sys.modules["baseline_sentinel"] = sentinel  # dataclasses look their module up there
spec.loader.exec_module(sentinel)


def _messages(rows):
    start = datetime(2025, 1, 1, tzinfo=UTC)
    return [
        Message(id=f"m{i}", conversation=conv, sender=sender, ts=start + timedelta(minutes=i), text="x")
        for i, (conv, sender) in enumerate(rows)
    ]


def test_max_aggregation_alerts_at_the_first_crossing_and_names_the_sender():
    messages = _messages([("c1", "a"), ("c1", "b"), ("c1", "b"), ("c2", "d")])
    scores = np.array([0.0, 0.3, 0.9, 0.2])
    report = sentinel.sentinel_report_from_scores(messages, scores, "max", threshold=0.5)
    by_id = {c["conversation"]: c for c in report["conversations"]}
    assert by_id["c1"]["alert"] and by_id["c1"]["first_alert"] == "m2" and by_id["c1"]["suspect"] == "b"
    assert not by_id["c2"]["alert"] and by_id["c2"]["first_alert"] is None
    assert report["accounts"] == []


def test_skewness_needs_ten_observations():
    assert sentinel.skewness([0.0] * 8 + [1.0]) == 0.0
    assert sentinel.skewness([0.0] * 9 + [1.0]) > 0.0


def test_message_scores_prefer_the_positive_index(static_embedder):
    positives = static_embedder.encode(["dont tell your parents we talk", "keep our chats secret from your mom"])
    negatives = static_embedder.encode(["what time is practice", "the pizza is here", "good game everyone"])
    index = sentinel.SentinelIndex(static_embedder, positives, negatives)
    secret, pizza = index.message_scores(["dont tell ur mom about our chats", "the pizza is here"])
    assert secret > 0.0
    assert pizza == pytest.approx(0.0)


def _compare_module():
    spec = importlib.util.spec_from_file_location("compare_baseline", ROOT / "bench" / "compare_baseline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_false_positive_rate_at_recall_takes_ties_together():
    compare = _compare_module()
    scores = np.array([0.9, 0.8, 0.8, 0.1])
    threat = np.array([True, False, True, False])
    assert compare.false_positive_rate_at_recall(scores, threat, 0.5) == 0.0
    # The second threat ties with a benign conversation: both are flagged.
    assert compare.false_positive_rate_at_recall(scores, threat, 1.0) == 0.5
    assert compare.false_positive_rate_at_recall(np.array([0.9, 0.2, 0.8, 0.1]), threat, 1.0) == 0.0
