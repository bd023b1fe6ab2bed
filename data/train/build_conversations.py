"""Build the training conversation corpus: data/train/events.jsonl and labels.jsonl.

Sources (all hand-written, all non-explicit):
  sources/conversations_*.txt  labelled conversations in a small text format
  sources/accounts.json        account scenarios (mass outreach and benign look-alikes)

Conversation format, one block per conversation:

    == tc-001 grooming gaming offender=A fr=A>B start=2025-10-03T16:20:00Z room="name"
    @A age=15 created=-3d name="jay" bio="..." id=tu-fixed
    @B age=13
    A: text                       message from A, gap chosen automatically
    B: [+2h] text                 explicit gap since the previous message (d/h/m/s)
    !A: text                      the label's alert_by (exactly one in a threat block)

`created` is absolute (RFC 3339 / date) or relative to the start (-3d, -40m).
`age=none` (like leaving `age` out) gives a profile without `stated_age`.
`fr=A>B` adds an accepted friend request from A to B shortly before the start.
Every participant gets a profile event. Ids: conversations tc-NNN, messages
tc-NNN-mNN, users tu-<hash> unless `id=` is given.

Run: python data/train/build_conversations.py   (writes both files, prints counts)
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
THREAT_LABELS = {"grooming", "sextortion", "trafficking", "runaway"}
PLATFORMS = {"social", "gaming", "dating", "other"}


@dataclass(frozen=True)
class Layout:
    """Where a corpus lives and how its ids and times are made (data/dev/build.py
    builds the development corpus with its own layout and this same code)."""

    folder: Path  # sources/ inside it; events.jsonl and labels.jsonl written to it
    conversation_prefix: str  # "tc": conversations tc-NNN
    user_prefix: str  # "tu": users tu-<hash>
    start: datetime  # default conversation starts are spread from here
    sources_glob: str = "conversations_*.txt"
    accounts: bool = True  # sources/accounts.json
    # Cold scams and short everyday exchanges (conversations_cold_severe.txt) are short.
    messages: tuple[int, int] = (5, 40)


TRAINING = Layout(HERE, "tc", "tu", datetime(2025, 9, 1, tzinfo=timezone.utc))
LAYOUT = TRAINING  # the corpus being built (set by main)

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
    return f"{LAYOUT.user_prefix}-" + hashlib.sha256(seed.encode()).hexdigest()[:8]


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
    day = LAYOUT.start + timedelta(days=index * 1.37)
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
    low, high = LAYOUT.messages
    if not low <= len(conv.lines) <= high:
        raise ValueError(f"{conv.source}: {len(conv.lines)} messages, want {low}..{high}")
    return events, label


def account_events(scenario: dict, number: int) -> list[dict]:
    """Expand one account scenario into profiles, friend requests and first messages."""
    rng = random.Random(scenario["account"])
    account = scenario["account"]
    start = parse_time(scenario["start"])
    window = parse_gap(scenario["window"])
    events: list[dict] = []
    profile = {"type": "profile", "user": account, "ts": rfc3339(start - timedelta(minutes=5))}
    if scenario.get("stated_age") is not None:
        profile["stated_age"] = scenario["stated_age"]
    if "created" in scenario:
        created = parse_time(scenario["created"], start)
        profile["created"] = rfc3339(created)
        profile["ts"] = rfc3339(max(created, start - timedelta(minutes=5)))
    for key, out in (("display_name", "display_name"), ("bio", "bio")):
        if key in scenario:
            profile[out] = scenario[key]
    events.append(profile)
    low, high = scenario["target_ages"]
    names = scenario.get("names", ["alex", "sam", "jo", "mia", "kai", "lena", "noah", "zoe", "eli", "ava"])
    offsets = sorted(rng.uniform(0, window.total_seconds()) for _ in range(scenario["targets"]))
    inbound = scenario.get("direction", "outbound") == "inbound"
    openers = scenario.get("openers", [])
    for i, offset in enumerate(offsets, start=1):
        other = f"tu-a{number:02d}-{i:03d}"
        name = rng.choice(names)
        moment = start + timedelta(seconds=offset)
        other_profile: dict = {"type": "profile", "user": other, "ts": rfc3339(moment - timedelta(days=rng.randint(30, 700))),
                               "stated_age": rng.randint(low, high), "display_name": f"{name}{rng.randint(1, 99)}"}
        events.append(other_profile)
        accepted = rng.random() < scenario["acceptance"]
        request = {"type": "friend_request", "id": f"ta-{number:02d}-fr{i:03d}", "ts": rfc3339(moment),
                   "sender": other if inbound else account, "recipient": account if inbound else other}
        if rng.random() > scenario.get("accepted_unknown", 0.0):
            request["accepted"] = accepted
        events.append(request)
        if not openers or (scenario.get("message_only_accepted") and not accepted):
            continue
        conversation = f"ta-{number:02d}-c{i:03d}"
        text = rng.choice(openers).format(name=name)
        sent = moment + timedelta(seconds=rng.randint(20, 600))
        events.append({"type": "message", "id": f"{conversation}-m01", "conversation": conversation, "sender": account,
                       "recipients": [other], "ts": rfc3339(sent), "text": text, "platform": scenario["platform"]})
        replies = scenario.get("replies", [])
        if replies and accepted and rng.random() < scenario.get("reply_rate", 0.0):
            events.append({"type": "message", "id": f"{conversation}-m02", "conversation": conversation, "sender": other,
                           "recipients": [account], "ts": rfc3339(sent + timedelta(seconds=rng.randint(30, 3000))),
                           "text": rng.choice(replies), "platform": scenario["platform"]})
    return events


def build() -> tuple[list[dict], list[dict]]:
    sources = LAYOUT.folder / "sources"
    conversations = parse_sources(sorted(sources.glob(LAYOUT.sources_glob)))
    seen: set[str] = set()
    events: list[dict] = []
    labels: list[dict] = []
    conversation_id = re.compile(rf"^{LAYOUT.conversation_prefix}-\d{{3}}$")
    for index, conv in enumerate(sorted(conversations, key=lambda c: c.cid)):
        if not conversation_id.match(conv.cid):
            raise ValueError(f"{conv.source}: conversation id {conv.cid} is not {LAYOUT.conversation_prefix}-NNN")
        if conv.cid in seen:
            raise ValueError(f"{conv.source}: duplicate conversation id {conv.cid}")
        seen.add(conv.cid)
        conv_events, label = conversation_events(conv, index)
        events.extend(conv_events)
        labels.append(label)
    scenarios = json.loads((sources / "accounts.json").read_text(encoding="utf-8")) if LAYOUT.accounts else []
    for number, scenario in enumerate(scenarios, start=1):
        events.extend(account_events(scenario, number))
        labels.append({"account": scenario["account"], "label": scenario["label"]})
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


def main(layout: Layout = TRAINING) -> int:
    global LAYOUT
    LAYOUT = layout
    events, labels = build()
    write_jsonl(layout.folder / "events.jsonl", events)
    write_jsonl(layout.folder / "labels.jsonl", labels)
    problems = validate(layout.folder / "events.jsonl", labels)
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    by_label = Counter(l["label"] for l in labels if "conversation" in l)
    by_account = Counter(l["label"] for l in labels if "account" in l)
    types = Counter(e["type"] for e in events)
    print("conversations:", dict(sorted(by_label.items())), "total", sum(by_label.values()))
    print("accounts:", dict(sorted(by_account.items())))
    print("events:", dict(sorted(types.items())), "total", len(events))
    print("validation:", "ok" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
