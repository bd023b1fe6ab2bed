"""Detection quality of a report against labels (spec label format).

Works on any report of the spec's shape, so Watchkeeper and baselines are
measured by the same code.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from watchkeeper.events import Event, Message
from watchkeeper.jsonl import read_json_objects

# penalty(k) = -1 + 2 / (1 + exp(-p k)), with p chosen so that penalty(5) = 0.5.
LATENCY_P = math.log(3) / 5


def latency_penalty(k: int) -> float:
    return -1.0 + 2.0 / (1.0 + math.exp(-LATENCY_P * k))


@dataclass(frozen=True)
class ConversationLabel:
    conversation: str
    label: str
    offender: str | None
    alert_by: str | None

    @property
    def threat(self) -> bool:
        return self.label != "benign"


@dataclass(frozen=True)
class AccountLabel:
    account: str
    label: str


def read_labels(path: Path | str) -> tuple[dict[str, ConversationLabel], dict[str, AccountLabel]]:
    conversations: dict[str, ConversationLabel] = {}
    accounts: dict[str, AccountLabel] = {}
    for number, row in read_json_objects(path):
        try:
            if "conversation" in row:
                conversations[row["conversation"]] = ConversationLabel(
                    row["conversation"], row["label"], row.get("offender"), row.get("alert_by")
                )
            else:
                accounts[row["account"]] = AccountLabel(row["account"], row["label"])
        except KeyError as exc:
            raise ValueError(f"{path}: line {number}: bad label (missing {exc})") from None
    return conversations, accounts


@dataclass
class Timeline:
    """Message order per conversation (time order, ties by arrival), and who sent what."""

    order: dict[str, dict[str, int]] = field(default_factory=dict)
    senders: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_events(cls, events: Iterable[Event]) -> Timeline:
        timeline = cls()
        messages = sorted((e for e in events if isinstance(e, Message)), key=lambda e: e.ts)
        for msg in messages:
            order = timeline.order.setdefault(msg.conversation, {})
            if msg.id not in order:
                order[msg.id] = len(order)
                timeline.senders.setdefault(msg.conversation, []).append(msg.sender)
        return timeline

    def offender_messages_between(self, conversation: str, after: str, upto: str, offender: str | None) -> int:
        """How many of the offender's messages came after `after` up to and including `upto`."""
        order = self.order.get(conversation, {})
        if after not in order or upto not in order:
            return 0
        start, end = order[after], order[upto]
        senders = self.senders[conversation][start + 1 : end + 1]
        return sum(1 for s in senders if offender is None or s == offender)


@dataclass
class Evaluation:
    conversations: int = 0
    threats: int = 0
    benign: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    false_positive_rate: float = 0.0
    on_time_recall: float = 0.0
    latency_weighted_f1: float = 0.0
    suspect_accuracy: float = 0.0
    recall_by_label: dict[str, float] = field(default_factory=dict)
    accounts_labelled_threat: int = 0
    account_recall: float = 0.0
    account_false_alerts: int = 0
    account_false_alerts_unlabelled: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    late: list[str] = field(default_factory=list)
    # Per late conversation: the offender's messages between `alert_by` and the alert.
    late_by: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate_report(
    report: dict[str, Any],
    timeline: Timeline,
    conversation_labels: dict[str, ConversationLabel],
    account_labels: dict[str, AccountLabel],
) -> Evaluation:
    result = Evaluation()
    by_id = {c["conversation"]: c for c in report.get("conversations", [])}
    weighted_tp = 0.0
    on_time = 0
    suspects_right = 0
    by_label_total: dict[str, int] = {}
    by_label_hit: dict[str, int] = {}
    for conversation, label in sorted(conversation_labels.items()):
        result.conversations += 1
        entry = by_id.get(conversation, {})
        alerted = bool(entry.get("alert"))
        if not label.threat:
            result.benign += 1
            if alerted:
                result.false_positives += 1
                result.false_alarms.append(conversation)
            continue
        result.threats += 1
        by_label_total[label.label] = by_label_total.get(label.label, 0) + 1
        if not alerted:
            result.false_negatives += 1
            result.missed.append(conversation)
            continue
        result.true_positives += 1
        by_label_hit[label.label] = by_label_hit.get(label.label, 0) + 1
        if entry.get("suspect") == label.offender:
            suspects_right += 1
        first = entry.get("first_alert")
        order = timeline.order.get(conversation, {})
        delay = 0
        if label.alert_by is not None and first in order and label.alert_by in order:
            if order[first] > order[label.alert_by]:
                delay = timeline.offender_messages_between(conversation, label.alert_by, first, label.offender)
                result.late.append(conversation)
                result.late_by[conversation] = delay
            else:
                on_time += 1
        else:
            on_time += 1
        weighted_tp += 1.0 - latency_penalty(delay)

    result.precision = _ratio(result.true_positives, result.true_positives + result.false_positives)
    result.recall = _ratio(result.true_positives, result.threats)
    result.f1 = _f1(result.precision, result.recall)
    result.false_positive_rate = _ratio(result.false_positives, result.benign)
    result.on_time_recall = _ratio(on_time, result.threats)
    result.latency_weighted_f1 = _f1(
        _ratio(weighted_tp, result.true_positives + result.false_positives),
        _ratio(weighted_tp, result.threats),
    )
    result.suspect_accuracy = _ratio(suspects_right, result.true_positives)
    result.recall_by_label = {
        k: round(_ratio(by_label_hit.get(k, 0), n), 4) for k, n in sorted(by_label_total.items())
    }

    flagged = {a["account"] for a in report.get("accounts", []) if a.get("alert")}
    threat_accounts = {a for a, lab in account_labels.items() if lab.label != "benign"}
    result.accounts_labelled_threat = len(threat_accounts)
    result.account_recall = _ratio(len(flagged & threat_accounts), len(threat_accounts))
    result.account_false_alerts = len(
        {a for a, lab in account_labels.items() if lab.label == "benign"} & flagged
    )
    result.account_false_alerts_unlabelled = len(flagged - set(account_labels))
    return result
