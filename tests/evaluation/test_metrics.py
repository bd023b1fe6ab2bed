import math
from datetime import UTC, datetime, timedelta

import pytest

from watchkeeper.evaluation.metrics import (
    AccountLabel,
    ConversationLabel,
    Timeline,
    evaluate_report,
    latency_penalty,
)
from watchkeeper.events import Message

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def conv(cid, senders):
    return [
        Message(id=f"{cid}-m{i}", conversation=cid, sender=s, text="x", ts=T0 + timedelta(minutes=i))
        for i, s in enumerate(senders, start=1)
    ]


def test_latency_penalty_shape():
    assert latency_penalty(0) == 0
    assert latency_penalty(5) == pytest.approx(0.5)
    assert latency_penalty(50) == pytest.approx(1.0, abs=1e-4)


def test_metrics_count_hits_misses_false_alarms_and_lateness():
    events = conv("a", ["o", "v"] * 5) + conv("b", ["o", "v"] * 5) + conv("c", ["x", "y"] * 3) + conv("d", ["x", "y"] * 3)
    labels = {
        "a": ConversationLabel("a", "grooming", "o", "a-m5"),
        "b": ConversationLabel("b", "sextortion", "o", "b-m3"),
        "c": ConversationLabel("c", "benign", None, None),
        "d": ConversationLabel("d", "benign", None, None),
    }
    report = {
        "conversations": [
            {"conversation": "a", "alert": True, "first_alert": "a-m4", "suspect": "o"},  # on time
            {"conversation": "b", "alert": True, "first_alert": "b-m9", "suspect": "v"},  # late by m5, m7, m9 = 3 offender msgs
            {"conversation": "c", "alert": True, "first_alert": "c-m1", "suspect": "x"},
            {"conversation": "d", "alert": False},
        ],
        "accounts": [{"account": "spam", "alert": True}, {"account": "coach", "alert": True}, {"account": "z", "alert": True}],
    }
    accounts = {"spam": AccountLabel("spam", "mass_outreach"), "coach": AccountLabel("coach", "benign"), "q": AccountLabel("q", "mass_outreach")}
    r = evaluate_report(report, Timeline.from_events(events), labels, accounts)
    assert (r.true_positives, r.false_positives, r.false_negatives) == (2, 1, 0)
    assert r.precision == pytest.approx(2 / 3) and r.recall == 1.0
    assert r.false_positive_rate == 0.5
    assert r.on_time_recall == 0.5 and r.late == ["b"] and r.late_by == {"b": 3}
    assert r.suspect_accuracy == 0.5
    weighted = 1 + (1 - latency_penalty(3))
    p, rec = weighted / 3, weighted / 2
    assert r.latency_weighted_f1 == pytest.approx(2 * p * rec / (p + rec))
    assert r.account_recall == 0.5 and r.account_false_alerts == 1 and r.account_false_alerts_unlabelled == 1


def test_missing_conversation_in_report_is_a_miss():
    labels = {"a": ConversationLabel("a", "grooming", "o", None)}
    r = evaluate_report({"conversations": []}, Timeline(), labels, {})
    assert r.missed == ["a"] and r.recall == 0 and not math.isnan(r.f1)
