"""Build the DEVELOPMENT corpus: data/dev/events.jsonl and data/dev/labels.jsonl.

A small copy of data/train/build_conversations.py (same block format, same
checks), adapted for the development set:
  * reads data/dev/sources/conversations.txt (conversation blocks only, no accounts)
  * conversation ids must be dc-NNN; messages dc-NNN-mNN
  * user ids du-<hash> (never collide with training's tu-<hash>)
  * CORPUS_START 2026-04-06 (training uses 2025-09-01)

Block format:

    == dc-001 grooming gaming offender=A fr=A>B start=2026-04-07T16:20:00Z room="name"
    @A age=15 created=-3d name="jay" bio="..."
    @B age=13
    A: text                       message from A, gap chosen automatically
    B: [+2h] text                 explicit gap since the previous message (d/h/m/s)
    !A: text                      the label's alert_by (exactly one in a threat block)

alert_by convention for this corpus: see sources/conversations.txt and README.md.

Run: python data/dev/build.py   (writes both files, validates, prints counts)
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shlex
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
THREAT_LABELS = {"grooming", "sextortion", "trafficking", "runaway"}
PLATFORMS = {"social", "gaming", "dating", "other"}
CORPUS_START = datetime(2026, 4, 6, tzinfo=timezone.utc)  # differs from training (2025-09-01)

DEV_ID = re.compile(r"^dc-\d{3}$")
MESSAGE_LINE = re.compile(r"^(!?)([A-Z]):\s*(?:\[\+([0-9dhms]+)\]\s*)?(.*)$")
GAP_PART = re.compile(r"(\d+)([dhms])")
GAP_UNITS = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}


def parse_gap(text: str) -> timedelta:
    parts = GAP_PART.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise ValueError(f"bad gap {text!r}")
    return sum((timedelta(**{GAP_UNITS[u]: int(n)}) for n, u in parts), timedelta())


def parse_time(text: str, start: datetime | None = None) -> datetime:
    if text.startswith("-"):
        if start is None:
            raise ValueError("a relative time needs a start")
        return start - parse_gap(text[1:])
    if len(text) == 10:
        text += "T00:00:00Z"
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def user_id(seed: str) -> str:
    return "du-" + hashlib.sha256(seed.encode()).hexdigest()[:8]


@dataclass
class Participant:
    letter: str
    user: str
    attrs: dict[str, str]


@dataclass
class Conversation:
    cid: str
    label: str
    platform: str
    header: dict[str, str]
    source: str
    participants: dict[str, Participant] = field(default_factory=dict)
    lines: list[tuple[bool, str, str | None, str]] = field(default_factory=list)


def parse_sources(paths: list[Path]) -> list[Conversation]:
    conversations: list[Conversation] = []
    current: Conversation | None = None
    for path in paths:
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            where = f"{path.name}:{number}"
            line = raw.rstrip()
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("== "):
                tokens = shlex.split(line[3:])
                cid, label, platform, *rest = tokens
                if platform not in PLATFORMS:
                    raise ValueError(f"{where}: unknown platform {platform}")
                header = dict(token.split("=", 1) for token in rest)
                current = Conversation(cid, label, platform, header, where)
                conversations.append(current)
            elif current is None:
                raise ValueError(f"{where}: text before the first block")
            elif line.startswith("@"):
                letter, *rest = shlex.split(line[1:])
                attrs = dict(token.split("=", 1) for token in rest)
                uid = attrs.pop("id", None) or user_id(f"{current.cid}:{letter}")
                current.participants[letter] = Participant(letter, uid, attrs)
            else:
                match = MESSAGE_LINE.match(line)
                if not match:
                    raise ValueError(f"{where}: cannot read {line!r}")
                mark, letter, gap, text = match.groups()
                if letter not in current.participants:
                    raise ValueError(f"{where}: unknown speaker {letter}")
                current.lines.append((mark == "!", letter, gap, text.strip()))
    return conversations


def default_start(index: int, rng: random.Random) -> datetime:
    # Spread conversations over six months, mostly after school and in the evening (UTC).
    day = CORPUS_START + timedelta(days=index * 1.37)
    hour = rng.choice([7, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    return day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))


def default_gap(rng: random.Random, same_speaker: bool) -> timedelta:
    if same_speaker:
        return timedelta(seconds=rng.randint(4, 40))
    return timedelta(seconds=rng.choice([rng.randint(8, 90), rng.randint(60, 420)]))


def conversation_events(conv: Conversation, index: int) -> tuple[list[dict], dict]:
    rng = random.Random(conv.cid)
    start = parse_time(conv.header["start"]) if "start" in conv.header else default_start(index, rng)
    events: list[dict] = []
    for p in conv.participants.values():
        created = parse_time(p.attrs["created"], start) if "created" in p.attrs else None
        profile_ts = start - timedelta(minutes=rng.randint(20, 600))
        if created is not None and profile_ts < created:
            profile_ts = created + (start - created) / 4
        profile: dict = {"type": "profile", "user": p.user, "ts": rfc3339(profile_ts)}
        if p.attrs.get("age", "none") != "none":
            profile["stated_age"] = int(p.attrs["age"])
        if created is not None:
            profile["created"] = rfc3339(created)
        for key, out in (("name", "display_name"), ("bio", "bio")):
            if key in p.attrs:
                profile[out] = p.attrs[key]
        events.append(profile)
    if "fr" in conv.header:
        src, dst = conv.header["fr"].split(">")
        events.append({
            "type": "friend_request", "id": f"{conv.cid}-fr", "ts": rfc3339(start - timedelta(minutes=rng.randint(3, 90))),
            "sender": conv.participants[src].user, "recipient": conv.participants[dst].user, "accepted": True,
        })
    alert_by = None
    moment = start
    previous = None
    for n, (is_alert, letter, gap, text) in enumerate(conv.lines, start=1):
        if n > 1:
            moment += parse_gap(gap) if gap else default_gap(rng, letter == previous)
        mid = f"{conv.cid}-m{n:02d}"
        sender = conv.participants[letter]
        message = {
            "type": "message", "id": mid, "conversation": conv.cid, "sender": sender.user,
            "recipients": [p.user for p in conv.participants.values() if p.letter != letter],
            "ts": rfc3339(moment), "text": text, "platform": conv.platform,
        }
        if "room" in conv.header:
            message["room"] = conv.header["room"]
        events.append(message)
        if is_alert:
            if alert_by is not None:
                raise ValueError(f"{conv.source}: two alert marks")
            alert_by = mid
        previous = letter
    offender_letter = conv.header.get("offender")
    if conv.label in THREAT_LABELS:
        if offender_letter is None or alert_by is None:
            raise ValueError(f"{conv.source}: a threat needs offender= and one ! line")
        offender = conv.participants[offender_letter]
        if conv.lines[int(alert_by.rsplit("m", 1)[1]) - 1][1] != offender_letter:
            raise ValueError(f"{conv.source}: alert_by is not an offender message")
        label = {"conversation": conv.cid, "label": conv.label, "offender": offender.user, "alert_by": alert_by}
    elif conv.label == "benign":
        if offender_letter or alert_by:
            raise ValueError(f"{conv.source}: benign block with offender or alert mark")
        label = {"conversation": conv.cid, "label": "benign", "offender": None, "alert_by": None}
    else:
        raise ValueError(f"{conv.source}: unknown label {conv.label}")
    if not 6 <= len(conv.lines) <= 20:
        raise ValueError(f"{conv.source}: {len(conv.lines)} messages, want 6..20")
    return events, label


def build() -> tuple[list[dict], list[dict]]:
    conversations = parse_sources(sorted(SOURCES.glob("conversations*.txt")))
    seen: set[str] = set()
    events: list[dict] = []
    labels: list[dict] = []
    for index, conv in enumerate(sorted(conversations, key=lambda c: c.cid)):
        if not DEV_ID.match(conv.cid):
            raise ValueError(f"{conv.source}: conversation id {conv.cid} is not dc-NNN")
        if conv.cid in seen:
            raise ValueError(f"{conv.source}: duplicate conversation id {conv.cid}")
        seen.add(conv.cid)
        conv_events, label = conversation_events(conv, index)
        events.extend(conv_events)
        labels.append(label)
    events.sort(key=lambda e: e["ts"])
    return events, labels


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def validate(events_path: Path, labels: list[dict]) -> list[str]:
    """Read the written file back with the project's reader and check every label points at real data."""
    from watchkeeper.events import FriendRequest, Message, Profile, read_jsonl

    parsed, result = read_jsonl(events_path)
    problems = [str(error) for error in result.errors]
    messages = {e.id: e for e in parsed if isinstance(e, Message)}
    conversations = {m.conversation for m in messages.values()}
    users = {e.user for e in parsed if isinstance(e, Profile)} | {m.sender for m in messages.values()}
    users |= {e.sender for e in parsed if isinstance(e, FriendRequest)}
    for label in labels:
        if "account" in label:
            if label["account"] not in users:
                problems.append(f"account {label['account']} has no events")
            continue
        cid = label["conversation"]
        if cid not in conversations:
            problems.append(f"conversation {cid} has no messages")
        if label["label"] == "benign":
            continue
        alert = messages.get(label["alert_by"])
        if alert is None or alert.conversation != cid:
            problems.append(f"{cid}: alert_by {label['alert_by']} is not a message of the conversation")
        elif alert.sender != label["offender"]:
            problems.append(f"{cid}: alert_by {label['alert_by']} was not sent by the offender")
    return problems


def main() -> int:
    events, labels = build()
    write_jsonl(HERE / "events.jsonl", events)
    write_jsonl(HERE / "labels.jsonl", labels)
    problems = validate(HERE / "events.jsonl", labels)
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    by_label = Counter(l["label"] for l in labels if "conversation" in l)
    types = Counter(e["type"] for e in events)
    print("conversations:", dict(sorted(by_label.items())), "total", sum(by_label.values()))
    print("events:", dict(sorted(types.items())), "total", len(events))
    print("validation:", "ok" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
