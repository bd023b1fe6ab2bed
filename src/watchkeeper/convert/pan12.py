"""Convert the PAN 2012 sexual-predator-identification corpus to Watchkeeper events and labels.

PAN12 ships one XML file and a list of predator author ids (one per line):

    <conversations>
      <conversation id="...">
        <message line="1"><author>ID</author><time>HH:MM</time><text>...</text></message>
        ...

Choices the format forces on us (documented in docs/learned.md):

- PAN12 has clock times but no dates. Conversation number i (in file order)
  is placed on day `base_date + i` so that unrelated conversations do not look
  like one burst of activity; within a conversation a clock time earlier than
  the previous one means midnight passed.
- Messages with empty text are skipped (they carry nothing to score).
- A conversation with a listed predator is labelled `grooming`; its offender is
  the predator who wrote the most lines there. PAN12 does not say where the
  grooming shows, so `alert_by` is the offender's message at `alert_fraction`
  of their lines (default 1.0: the last one, i.e. "alerted within this
  conversation" counts as on time). Everything else is `benign`.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import orjson

from watchkeeper.events import Message

DEFAULT_BASE_DATE = date(2012, 1, 1)


@dataclass(slots=True)
class Pan12Message:
    line: int
    author: str
    time: str
    text: str


@dataclass(slots=True)
class Pan12Conversation:
    id: str
    messages: list[Pan12Message] = field(default_factory=list)


@dataclass(slots=True)
class ConversionSummary:
    conversations: int = 0
    messages: int = 0
    skipped_empty: int = 0
    grooming: int = 0
    benign: int = 0
    predators_seen: int = 0


def read_predator_ids(path: str | Path) -> set[str]:
    text = Path(path).read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip()}


def iter_conversations(xml_path: str | Path) -> Iterator[Pan12Conversation]:
    """Stream conversations so the full corpus (hundreds of MB) never sits in memory."""
    for _, element in ET.iterparse(str(xml_path), events=("end",)):
        if element.tag != "conversation":
            continue
        conversation = Pan12Conversation(id=element.get("id", "").strip())
        for node in element.iter("message"):
            conversation.messages.append(
                Pan12Message(
                    line=int(node.get("line", "0") or 0),
                    author=(node.findtext("author") or "").strip(),
                    time=(node.findtext("time") or "").strip(),
                    text=node.findtext("text") or "",
                )
            )
        element.clear()
        conversation.messages.sort(key=lambda m: m.line)
        yield conversation


def _clock(value: str) -> tuple[int, int]:
    try:
        hours, minutes = value.split(":")[:2]
        return int(hours) % 24, int(minutes) % 60
    except ValueError:
        return 0, 0


def conversation_events(conversation: Pan12Conversation, day: date) -> list[Message]:
    authors = sorted({m.author for m in conversation.messages if m.author})
    events: list[Message] = []
    current = datetime(day.year, day.month, day.day, tzinfo=UTC)
    previous: datetime | None = None
    for message in conversation.messages:
        hours, minutes = _clock(message.time)
        ts = current.replace(hour=hours, minute=minutes)
        if previous is not None and ts < previous:
            ts += timedelta(days=1)
            current += timedelta(days=1)
        previous = ts
        if not message.text.strip() or not message.author:
            continue
        events.append(
            Message(
                type="message",
                id=f"{conversation.id}-{message.line}",
                conversation=conversation.id,
                sender=message.author,
                ts=ts,
                text=message.text,
                recipients=[a for a in authors if a != message.author] or None,
                platform="other",
            )
        )
    return events


def conversation_label(
    conversation_id: str, events: list[Message], predators: set[str], alert_fraction: float = 1.0
) -> dict:
    lines_by_predator = Counter(e.sender for e in events if e.sender in predators)
    if not lines_by_predator:
        return {"conversation": conversation_id, "label": "benign", "offender": None, "alert_by": None}
    # Most lines first; ties broken by id so the output is deterministic.
    offender = min(lines_by_predator, key=lambda a: (-lines_by_predator[a], a))
    offender_messages = [e for e in events if e.sender == offender]
    index = max(0, math.ceil(alert_fraction * len(offender_messages)) - 1)
    return {
        "conversation": conversation_id,
        "label": "grooming",
        "offender": offender,
        "alert_by": offender_messages[min(index, len(offender_messages) - 1)].id,
    }


def convert_pan12(
    corpus_xml: str | Path,
    predators_txt: str | Path,
    out_dir: str | Path,
    *,
    alert_fraction: float = 1.0,
    base_date: date = DEFAULT_BASE_DATE,
    account_labels: bool = False,
) -> ConversionSummary:
    """Write OUT_DIR/events.jsonl and OUT_DIR/labels.jsonl; return counts."""
    if not 0.0 < alert_fraction <= 1.0:
        raise ValueError("alert_fraction must be in (0, 1]")
    predators = read_predator_ids(predators_txt)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = ConversionSummary()
    authors_seen: set[str] = set()
    with (out / "events.jsonl").open("wb") as events_file, (out / "labels.jsonl").open("wb") as labels_file:
        for index, conversation in enumerate(iter_conversations(corpus_xml)):
            events = conversation_events(conversation, base_date + timedelta(days=index))
            summary.skipped_empty += len(conversation.messages) - len(events)
            if not events:
                continue
            summary.conversations += 1
            summary.messages += len(events)
            for event in events:
                authors_seen.add(event.sender)
                events_file.write(orjson.dumps(event.model_dump(mode="json", exclude_none=True)) + b"\n")
            label = conversation_label(conversation.id, events, predators, alert_fraction)
            if label["label"] == "benign":
                summary.benign += 1
            else:
                summary.grooming += 1
            labels_file.write(orjson.dumps(label) + b"\n")
        summary.predators_seen = len(authors_seen & predators)
        if account_labels:
            for author in sorted(authors_seen):
                kind = "grooming" if author in predators else "benign"
                labels_file.write(orjson.dumps({"account": author, "label": kind}) + b"\n")
    return summary
