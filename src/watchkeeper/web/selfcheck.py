"""The public self-check: a pasted conversation or an uploaded export, run
through the detection engine in memory. Nothing here writes to a database or a
log; the text lives only for the length of the request.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from markupsafe import Markup

from watchkeeper.core.engine import Engine
from watchkeeper.core.signals import (
    CATEGORY_EXPLANATIONS,
    CATEGORY_STAGE,
    STAGE_LABELS,
    Category,
    Stage,
)
from watchkeeper.events import Event, Message, Profile, ReadResult, iter_jsonl
from watchkeeper.scan.html import highlight
from watchkeeper.web.templating import category_label

MAX_INPUT_CHARS = 200_000
MAX_MESSAGES = 2_000
MAX_PEOPLE = 12
CONVERSATION = "self-check"
T0 = datetime(2000, 1, 1, tzinfo=UTC)

# "name: text", optionally after a chat export's date and time:
# "[12/03/2024, 14:05] Sam: hi", "12/03/2024, 14:05 - Sam: hi", "14:05 Sam: hi".
_STAMP = r"(?:\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\]?\s*-?\s*|\[?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\]?\s*-?\s*)?"
_LINE = re.compile(rf"^\s*{_STAMP}(?P<name>[^:\n]{{1,40}}?)\s*:\s?(?P<text>.*)$")


class SelfCheckError(ValueError):
    """The input cannot be checked; the message is safe to show (it never quotes the input)."""


def _speaker(name: str) -> bool:
    return bool(name.strip()) and "://" not in name and len(name.split()) <= 4


def parse_pasted(text: str) -> list[Message]:
    """Lines like "name: text"; a line without a name continues the previous message."""
    if len(text) > MAX_INPUT_CHARS:
        raise SelfCheckError(f"That is too long to check here (at most {MAX_INPUT_CHARS:,} characters).")
    turns: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        match = _LINE.match(line)
        if match and _speaker(match.group("name")):
            turns.append([match.group("name").strip(), match.group("text").strip()])
        elif turns:
            turns[-1][1] = f"{turns[-1][1]}\n{line.strip()}".strip()
    turns = [t for t in turns if t[1]]
    if not turns:
        raise SelfCheckError('We could not find any messages. Put each message on its own line, '
                             'starting with the name of who wrote it, like "Sam: hi".')
    if len(turns) > MAX_MESSAGES:
        raise SelfCheckError(f"That is too many messages to check here (at most {MAX_MESSAGES:,}).")
    people = list(dict.fromkeys(name for name, _ in turns))
    if len(people) > MAX_PEOPLE:
        raise SelfCheckError("That looks like more than a conversation between a few people. "
                             'Start each message with the name of who wrote it, like "Sam: hi".')
    return [
        Message(id=f"m{i + 1}", conversation=CONVERSATION, sender=name,
                recipients=[p for p in people if p != name] or None,
                ts=T0 + timedelta(minutes=i + 1), text=body)
        for i, (name, body) in enumerate(turns)
    ]


def parse_upload(data: bytes, filename: str = "") -> tuple[list[Event], list[str]]:
    """An export: the event format (JSON Lines) or plain "name: text" lines. Returns events and
    problems (line numbers only)."""
    if len(data) > MAX_INPUT_CHARS * 4:
        raise SelfCheckError("That file is too large to check here.")
    text = data.decode("utf-8", errors="replace")
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if filename.lower().endswith((".jsonl", ".ndjson", ".json")) or first.startswith("{"):
        result = ReadResult()
        events = list(iter_jsonl(text.splitlines(), result))
        problems = [f"line {e.line}: {e.field or 'line'} {e.reason}"[:160] for e in (result.errors or [])[:10]]
        if not events:
            raise SelfCheckError("We could not read any events from that file.")
        if len(events) > MAX_MESSAGES * 2:
            raise SelfCheckError("That file has too many events to check here.")
        return events, problems
    return list(parse_pasted(text)), []


@dataclass
class Finding:
    category: str
    label: str
    explanation: str
    stage: str
    weight: float
    examples: list[tuple[str, str]] = field(default_factory=list)  # (who, their words)
    count: int = 0


@dataclass
class CheckedLine:
    sender: str
    html: Markup
    labels: list[str]


@dataclass
class SelfCheckResult:
    messages: int
    people: list[str]
    findings: list[Finding]
    lines: list[CheckedLine]
    alert: bool
    concern: str | None  # the person whose messages raised the most concern
    stage: str
    top_category: str | None

    @property
    def level(self) -> str:
        if self.alert:
            return "serious"
        return "some" if self.findings else "none"


def check(events: list[Event], engine_factory: Callable[[], Engine] = Engine,
          me: str | None = None, my_age: int | None = None) -> SelfCheckResult:
    """Run the events through a fresh engine; warning signs in messages not written by `me`."""
    me = (me or "").strip() or None
    if me and my_age is not None:
        first_ts = min((e.ts for e in events), default=T0)
        events = [Profile(user=me, ts=first_ts - timedelta(seconds=1), stated_age=my_age), *events]
    events = sorted(events, key=lambda e: e.ts)
    engine = engine_factory()
    updates = engine.process_many(events)
    findings: dict[str, Finding] = {}
    lines: list[CheckedLine] = []
    messages = 0
    people: list[str] = []
    for update in updates:
        event = update.event
        if not isinstance(event, Message) or update.duplicate:
            continue
        messages += 1
        if event.sender not in people:
            people.append(event.sender)
        records = [r for r in update.message_signals if r.category in CATEGORY_VALUES]
        if not records or event.sender == me:
            continue
        spans = [(r.start, r.end, r.category) for r in records]
        lines.append(CheckedLine(event.sender, highlight(event.text, spans),
                                 sorted({category_label(r.category) for r in records})))
        for record in records:
            category = Category(record.category)
            finding = findings.get(record.category)
            if finding is None:
                finding = findings[record.category] = Finding(
                    record.category, category_label(record.category), CATEGORY_EXPLANATIONS[category],
                    STAGE_LABELS[CATEGORY_STAGE[category]], 0.0)
            finding.count += 1
            finding.weight = max(finding.weight, record.weight)
            if len(finding.examples) < 3:
                finding.examples.append((event.sender, record.evidence))
    alert, concern, stage, top = False, None, STAGE_LABELS[Stage.NONE], None
    for conversation in list(engine.conversations):
        assessment = engine.assessment(conversation)
        if assessment is None or assessment.suspect == me:
            continue
        if assessment.alert:
            alert = True
        if assessment.suspect and concern is None:
            concern, stage = assessment.suspect, assessment.stage
            tracker = engine.conversations[conversation]
            top_category = tracker.top_category(engine.config)
            top = top_category.value if top_category else None
    ordered = sorted(findings.values(), key=lambda f: (-CATEGORY_STAGE[Category(f.category)], -f.weight))
    if top is None and ordered:
        top = ordered[0].category
    return SelfCheckResult(messages, people, ordered, lines, alert, concern, stage, top)


CATEGORY_VALUES = frozenset(c.value for c in Category)
