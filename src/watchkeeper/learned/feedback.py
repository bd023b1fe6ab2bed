"""Moderator decisions as training data (`watchkeeper train --feedback FILE`).

One JSON object per line (docs/learned.md):

    {"alert": "a-17", "decision": "dismiss",
     "messages": [{"id": "m4", "text": "are you home alone? dinner is in the oven", "sender": "u2"}],
     "categories": ["personal_info"]}

    {"alert": "a-18", "decision": "confirm",
     "messages": [{"id": "m9", "text": "u can crash at mine, no need to tell ur folks", "sender": "u7",
                   "categories": ["relocation", "secrecy"]}],
     "categories": ["relocation"]}

The export of the service (`watchkeeper feedback export`, GET /v1/feedback) is
read as well: there `alert` is an object with the alert's `categories` and
`account` (the suspect), `messages` holds the whole conversation, and a
confirmation then uses only the suspect's messages. `escalate` decisions
carry no label and are skipped.

- `dismiss`: the alert was a false alarm; its messages become hard negatives.
- `confirm`: the alert was right (or a missed case a moderator reports); its
  messages become positives of `categories` (a message's own `categories`,
  when given, say more precisely which signs it shows).

Each decided message gets `TrainConfig.feedback_weight` as sample weight and
overrides a corpus example with the same text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from watchkeeper.jsonl import read_json_objects
from watchkeeper.learned.training import (
    FEEDBACK_SOURCE,
    TrainingDataError,
    TrainingExample,
    check_categories,
)

DECISIONS = ("confirm", "dismiss")
SKIPPED_DECISIONS = ("escalate",)


@dataclass(frozen=True, slots=True)
class FeedbackMessage:
    id: str
    text: str
    sender: str
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FeedbackDecision:
    alert: str
    decision: str
    messages: tuple[FeedbackMessage, ...]
    categories: tuple[str, ...]


def read_feedback(path: str | Path) -> list[FeedbackDecision]:
    path = Path(path)
    decisions = []
    for number, row in read_json_objects(path, TrainingDataError):
        where = f"{path}: line {number}"
        decision = row.get("decision")
        if decision in SKIPPED_DECISIONS:
            continue
        if decision not in DECISIONS:
            raise TrainingDataError(f"{where}: 'decision' must be 'confirm' or 'dismiss'")
        alert = row.get("alert")
        suspect = None
        if isinstance(alert, dict):  # the service's export format
            suspect = alert.get("account")
            row_categories = row.get("categories", alert.get("categories", []))
            alert = alert.get("id", number)
        else:
            row_categories = row.get("categories", [])
        categories = check_categories(row_categories, where)
        messages = row.get("messages")
        if not isinstance(messages, list) or not messages:
            raise TrainingDataError(f"{where}: 'messages' must be a non-empty list")
        parsed = []
        for i, message in enumerate(messages):
            if not isinstance(message, dict) or not isinstance(message.get("text"), str):
                raise TrainingDataError(f"{where}: messages[{i}] needs a 'text' string")
            own = check_categories(message.get("categories", []), f"{where}: messages[{i}]")
            sender = str(message.get("sender", ""))
            if decision == "confirm" and suspect and sender != suspect:
                continue  # the other side of a confirmed conversation is not the offender
            parsed.append(FeedbackMessage(str(message.get("id", i)), message["text"], sender, own))
        if decision == "confirm" and not categories and not all(m.categories for m in parsed):
            raise TrainingDataError(f"{where}: a confirmed alert needs the categories it shows")
        decisions.append(FeedbackDecision(str(alert if alert is not None else number), decision,
                                          tuple(parsed), categories))
    return decisions


def feedback_examples(decisions: list[FeedbackDecision], weight: float) -> list[TrainingExample]:
    examples = []
    for decision in decisions:
        for message in decision.messages:
            if not message.text.strip():
                continue
            if decision.decision == "dismiss":
                examples.append(
                    TrainingExample(message.text, (), "hard_negative", FEEDBACK_SOURCE, weight, message.id)
                )
            else:
                categories = message.categories or decision.categories
                examples.append(
                    TrainingExample(message.text, categories, "positive", FEEDBACK_SOURCE, weight, message.id)
                )
    return examples
