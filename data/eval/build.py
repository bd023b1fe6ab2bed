"""Build the evaluation corpus (events.jsonl, labels.jsonl) from the hand-written
sources in sources/.

    python data/eval/build.py            # writes data/eval/events.jsonl and labels.jsonl
    python data/eval/build.py --check    # rebuilds in memory and fails if the files differ

Conversation sources (sources/*.chat) use a small line format so that the text
reads like a chat log and timestamps stay realistic without being typed out:

    === ec-001 grooming gaming 2026-01-10T16:02:00Z [room=...]
    @A age=14 name=shadowfox created=-3d offender [id=eu-501] [bio="..."]
    @B age=12 name=mia
    A: hey gg                       # sent 15 s - 4 min after the previous message
    B +2h: lol thx                  # explicit gap: s, m, h, d (combinable: +1d3h)
    A @2026-01-12T19:30: u there?   # absolute time (UTC)
    A!: ...                         # "!" marks alert_by (one per threat conversation)
    % A age=31                      # profile update at the current time
    # comment

Account scenarios (friend-request sprays and their benign look-alikes) are
described in sources/accounts.json and expanded here, deterministically.
Everything is seeded: the same sources always give byte-identical output.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shlex
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"

HEADER = re.compile(r"^===\s+(ec-\d{3})\s+(\w+)\s+(social|gaming|dating|other)\s+(\S+)(.*)$")
MESSAGE = re.compile(r"^([A-Z])(!?)(?:\s+(\+[0-9dhms]+|@\S+))?\s*:\s?(.*)$")
PARTICIPANT_ATTR = re.compile(r'(\w+)=("[^"]*"|.*?)(?=\s+\w+=|\s*$)')
DELTA_PART = re.compile(r"(\d+)([dhms])")
DELTA_UNITS = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
THREAT_LABELS = {"grooming", "sextortion", "trafficking", "runaway"}


def parse_time(value: str) -> datetime:
    value = value.replace("Z", "+00:00")
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def parse_delta(value: str) -> timedelta:
    parts = DELTA_PART.findall(value)
    if not parts or "".join(n + u for n, u in parts) != value:
        raise ValueError(f"bad time gap {value!r}")
    return sum((timedelta(**{DELTA_UNITS[u]: int(n)}) for n, u in parts), timedelta())


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Participant:
    user: str
    stated_age: int | None = None
    display_name: str | None = None
    bio: str | None = None
    created: datetime | None = None
    offender: bool = False


@dataclass
class Conversation:
    cid: str
    label: str
    platform: str
    start: datetime
    room: str | None
    source: str
    participants: dict[str, Participant] = field(default_factory=dict)
    events: list[dict] = field(default_factory=list)
    alert_by: str | None = None


class SourceError(ValueError):
    pass


class UserIds:
    """Hands out eu-NNN ids; explicit ids (accounts that also appear in a conversation) are reserved."""

    def __init__(self, size: int = 899):
        # A seeded shuffle, so that an id says nothing about which file or label
        # its conversation came from.
        self.pool = [f"eu-{n:03d}" for n in range(1, size + 1)]
        random.Random("eval-user-ids").shuffle(self.pool)
        self.taken: set[str] = set()

    def reserve(self, user: str) -> str:
        self.taken.add(user)
        return user

    def new(self) -> str:
        while self.pool[-1] in self.taken:
            self.pool.pop()
        user = self.pool.pop()
        self.taken.add(user)
        return user


def parse_participant(spec: str, conv: Conversation, ids: UserIds) -> tuple[str, Participant]:
    alias, _, rest = spec.strip().partition(" ")
    if not re.fullmatch(r"[A-Z]", alias):
        raise SourceError(f"participant alias must be one capital letter, got {alias!r}")
    offender = bool(re.search(r"(?:^|\s)offender(?:\s|$)", rest))
    rest = re.sub(r"(?:^|\s)offender(?=\s|$)", " ", rest)
    # Display names may hold spaces and emoji, so a value runs to the next key=.
    values = {
        key: val.strip().strip('"')
        for key, val in PARTICIPANT_ATTR.findall(rest)
    }
    unknown = set(values) - {"age", "name", "bio", "created", "id"}
    leftover = PARTICIPANT_ATTR.sub("", rest).strip()
    if unknown or leftover:
        raise SourceError(f"unknown participant attribute {sorted(unknown) or leftover!r}")
    user = ids.reserve(values["id"]) if "id" in values else ids.new()
    created = None
    if "created" in values:
        raw = values["created"]
        created = conv.start - parse_delta(raw[1:]) if raw.startswith("-") else parse_time(raw)
    return alias, Participant(
        user=user,
        stated_age=int(values["age"]) if "age" in values else None,
        display_name=values.get("name"),
        bio=values.get("bio"),
        created=created,
        offender=offender,
    )


def profile_event(person: Participant, ts: datetime, **override) -> dict:
    event = {"type": "profile", "user": person.user, "ts": rfc3339(ts)}
    age = override.get("stated_age", person.stated_age)
    if age is not None:
        event["stated_age"] = age
    if person.created is not None:
        event["created"] = rfc3339(person.created)
    name = override.get("display_name", person.display_name)
    if name:
        event["display_name"] = name
    bio = override.get("bio", person.bio)
    if bio:
        event["bio"] = bio
    return event


def finish_conversation(conv: Conversation) -> None:
    messages = [e for e in conv.events if e["type"] == "message"]
    if not 8 <= len(messages) <= 40:
        raise SourceError(f"{conv.cid}: {len(messages)} messages, expected 8-40")
    offenders = [p for p in conv.participants.values() if p.offender]
    if conv.label in THREAT_LABELS:
        if len(offenders) != 1 or conv.alert_by is None:
            raise SourceError(f"{conv.cid}: a threat needs exactly one offender and one '!' message")
        alert = next(m for m in messages if m["id"] == conv.alert_by)
        if alert["sender"] != offenders[0].user:
            raise SourceError(f"{conv.cid}: alert_by must be a message of the offender")
    elif conv.label == "benign":
        if offenders or conv.alert_by is not None:
            raise SourceError(f"{conv.cid}: a benign conversation has no offender and no '!'")
    else:
        raise SourceError(f"{conv.cid}: unknown label {conv.label!r}")


def parse_chat(path: Path, ids: UserIds) -> list[Conversation]:
    conversations: list[Conversation] = []
    conv: Conversation | None = None
    clock = datetime.min
    rng = random.Random()
    number = 0
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip()
        where = f"{path.name}:{lineno}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            if line.startswith("==="):
                if conv is not None:
                    finish_conversation(conv)
                match = HEADER.match(line)
                if not match:
                    raise SourceError("bad header")
                cid, label, platform, start, rest = match.groups()
                options = dict(tok.split("=", 1) for tok in shlex.split(rest))
                conv = Conversation(cid, label, platform, parse_time(start), options.get("room"), path.name)
                conversations.append(conv)
                clock = conv.start
                rng = random.Random(cid)  # per-conversation seed: editing one chat moves no other
                number = 0
                continue
            if conv is None:
                raise SourceError("line before the first header")
            if line.startswith("@"):
                alias, person = parse_participant(line[1:], conv, ids)
                conv.participants[alias] = person
                # Profiles are seen before the first message; new accounts right after creation.
                seen = conv.start - timedelta(minutes=rng.randint(20, 600))
                if person.created is not None and person.created > seen:
                    seen = person.created + timedelta(minutes=1)
                conv.events.append(profile_event(person, min(seen, conv.start - timedelta(seconds=30))))
                continue
            if line.startswith("%"):
                tokens = shlex.split(line[1:])
                person = conv.participants[tokens[0]]
                changes = dict(tok.split("=", 1) for tok in tokens[1:])
                override = {}
                if "age" in changes:
                    override["stated_age"] = int(changes["age"])
                if "name" in changes:
                    override["display_name"] = changes["name"]
                if "bio" in changes:
                    override["bio"] = changes["bio"]
                clock += timedelta(seconds=rng.randint(5, 40))
                conv.events.append(profile_event(person, clock, **override))
                continue
            match = MESSAGE.match(line)
            if not match:
                raise SourceError("unrecognised line")
            alias, alert, when, text = match.groups()
            if alias not in conv.participants:
                raise SourceError(f"unknown participant {alias}")
            if when is None:
                clock += timedelta(seconds=rng.randint(15, 240))
            elif when.startswith("+"):
                gap = parse_delta(when[1:])
                if gap >= timedelta(hours=1):
                    # People do not answer exactly a day later: jitter long gaps by up to 15 %.
                    spread = int(gap.total_seconds() * 0.15)
                    gap += timedelta(seconds=rng.randint(-spread, spread))
                clock += gap
            else:
                moment = parse_time(when[1:])
                if moment < clock:
                    raise SourceError("absolute time goes backwards")
                clock = moment
            number += 1
            sender = conv.participants[alias]
            message = {
                "type": "message",
                "id": f"{conv.cid}-m{number:02d}",
                "conversation": conv.cid,
                "sender": sender.user,
                "recipients": [p.user for a, p in conv.participants.items() if a != alias],
                "ts": rfc3339(clock),
                "text": text,
                "platform": conv.platform,
            }
            if conv.room:
                message["room"] = conv.room
            if alert:
                if conv.alert_by is not None:
                    raise SourceError("second '!' in one conversation")
                conv.alert_by = message["id"]
            conv.events.append(message)
        except (SourceError, ValueError, KeyError) as exc:
            raise SourceError(f"{where}: {exc}") from None
    if conv is not None:
        finish_conversation(conv)
    return conversations


# --- account scenarios ------------------------------------------------------------


def expand_accounts(spec: dict) -> tuple[list[dict], list[dict]]:
    """Friend requests, profiles and opener messages for each account scenario."""
    events: list[dict] = []
    labels: list[dict] = []
    next_target = int(spec["target_id_start"])
    for scenario in spec["scenarios"]:
        rng = random.Random(scenario["account"])
        account = scenario["account"]
        start = parse_time(scenario["start"])
        # Always emitted, before the first request: an account's age and creation
        # time are what an account-level detector judges the spray by. Accounts
        # that also appear in a conversation carry the same values there.
        created = (
            parse_time(scenario["created"])
            if "created" in scenario
            else start - parse_delta(scenario["created_before"])
        )
        events.append(
            {
                "type": "profile",
                "user": account,
                "ts": rfc3339(max(created + timedelta(minutes=2), start - timedelta(minutes=30))),
                "stated_age": scenario["stated_age"],
                "created": rfc3339(created),
                "display_name": scenario["display_name"],
                **({"bio": scenario["bio"]} if scenario.get("bio") else {}),
            }
        )
        lo_age, hi_age = scenario["target_ages"]
        span = parse_delta(scenario["span"])
        count = scenario["targets"]
        direction = scenario.get("direction", "outbound")
        offsets = sorted(rng.uniform(0, span.total_seconds()) for _ in range(count))
        openers = scenario.get("openers", [])
        opener_share = scenario.get("opener_share", 0.0)
        for index, offset in enumerate(offsets, start=1):
            target = f"eu-{next_target}"
            next_target += 1
            when = start + timedelta(seconds=offset)
            age = rng.randint(lo_age, hi_age)
            events.append(
                {
                    "type": "profile",
                    "user": target,
                    "ts": rfc3339(when - timedelta(days=rng.randint(1, 20))),
                    "stated_age": age,
                    "created": rfc3339(when - timedelta(days=rng.randint(400, 900))),
                }
            )
            accepted = rng.random() < scenario["acceptance"]
            sender, recipient = (account, target) if direction == "outbound" else (target, account)
            if scenario.get("friend_requests", True):
                events.append(
                    {
                        "type": "friend_request",
                        "id": f"{account}-fr{index:03d}",
                        "sender": sender,
                        "recipient": recipient,
                        "ts": rfc3339(when),
                        "accepted": accepted,
                    }
                )
            if openers and rng.random() < opener_share:
                text = openers[rng.randrange(len(openers))]
                events.append(
                    {
                        "type": "message",
                        "id": f"{account}-c{index:03d}-m01",
                        "conversation": f"{account}-c{index:03d}",
                        "sender": account,
                        "recipients": [target],
                        "ts": rfc3339(when + timedelta(seconds=rng.randint(20, 900))),
                        "text": text,
                        "platform": scenario["platform"],
                        **({"room": scenario["room"]} if scenario.get("room") else {}),
                    }
                )
        labels.append({"account": account, "label": scenario["label"]})
    return events, labels


# --- main -------------------------------------------------------------------------


def build() -> tuple[list[dict], list[dict], dict]:
    ids = UserIds()
    account_spec = json.loads((SOURCES / "accounts.json").read_text(encoding="utf-8"))
    for scenario in account_spec["scenarios"]:
        ids.reserve(scenario["account"])
    conversations: list[Conversation] = []
    for path in sorted(SOURCES.glob("*.chat")):
        conversations.extend(parse_chat(path, ids))
    seen_ids: set[str] = set()
    for conv in conversations:
        if conv.cid in seen_ids:
            raise SourceError(f"duplicate conversation id {conv.cid}")
        seen_ids.add(conv.cid)
    events = [e for conv in conversations for e in conv.events]
    account_events, account_labels = expand_accounts(account_spec)
    events.extend(account_events)
    # Global time order (stable), as a platform would stream them.
    events.sort(key=lambda e: e["ts"])
    labels = []
    for conv in sorted(conversations, key=lambda c: c.cid):
        offender = next((p.user for p in conv.participants.values() if p.offender), None)
        labels.append(
            {"conversation": conv.cid, "label": conv.label, "offender": offender, "alert_by": conv.alert_by}
        )
    labels.extend(account_labels)
    stats = {
        "conversations": len(conversations),
        "by_label": {},
        "by_platform": {},
        "messages_in_conversations": sum(1 for e in events if e["type"] == "message" and e["conversation"].startswith("ec-")),
    }
    for conv in conversations:
        stats["by_label"][conv.label] = stats["by_label"].get(conv.label, 0) + 1
        stats["by_platform"][conv.platform] = stats["by_platform"].get(conv.platform, 0) + 1
    return events, labels, stats


def validate(events_path: Path, labels_path: Path) -> list[str]:
    """Check the written files against the event contract and each other."""
    from collections import Counter, defaultdict

    from watchkeeper.events import FriendRequest, Message, Profile, read_jsonl

    problems: list[str] = []
    events, result = read_jsonl(events_path)
    problems += [f"events.jsonl {error}" for error in result.errors or []]
    messages = [e for e in events if isinstance(e, Message)]
    requests = [e for e in events if isinstance(e, FriendRequest)]
    first_profile: dict[str, datetime] = {}
    for e in events:
        if isinstance(e, Profile):
            first_profile[e.user] = min(e.ts, first_profile.get(e.user, e.ts))
    for kind, ids in (("message", [m.id for m in messages]), ("friend_request", [r.id for r in requests])):
        duplicates = [i for i, n in Counter(ids).items() if n > 1]
        if duplicates:
            problems.append(f"duplicate {kind} ids: {duplicates[:5]}")
    by_conversation: dict[str, list[Message]] = defaultdict(list)
    for m in messages:
        by_conversation[m.conversation].append(m)
        for user in [m.sender, *(m.recipients or [])]:
            if user not in first_profile or first_profile[user] > m.ts:
                problems.append(f"{m.id}: {user} has no profile before the message")
    for r in requests:
        for user in (r.sender, r.recipient):
            if user not in first_profile or first_profile[user] > r.ts:
                problems.append(f"{r.id}: {user} has no profile before the request")
    active_accounts = {m.sender for m in messages} | {r.sender for r in requests} | {r.recipient for r in requests}
    labelled = set()
    for number, raw in enumerate(labels_path.read_text(encoding="utf-8").splitlines(), start=1):
        label = json.loads(raw)
        if "conversation" in label:
            cid = label["conversation"]
            labelled.add(cid)
            conv = by_conversation.get(cid)
            if not conv:
                problems.append(f"labels line {number}: no conversation {cid}")
                continue
            if label["label"] == "benign":
                if label["offender"] is not None or label["alert_by"] is not None:
                    problems.append(f"labels line {number}: benign with offender or alert_by")
                continue
            alert = next((m for m in conv if m.id == label["alert_by"]), None)
            if alert is None:
                problems.append(f"labels line {number}: alert_by {label['alert_by']} not in {cid}")
            elif alert.sender != label["offender"]:
                problems.append(f"labels line {number}: alert_by is not the offender's message")
            if label["offender"] not in {m.sender for m in conv}:
                problems.append(f"labels line {number}: offender never writes in {cid}")
        elif "account" in label:
            if label["account"] not in first_profile or label["account"] not in active_accounts:
                problems.append(f"labels line {number}: account {label['account']} has no profile or activity")
        else:
            problems.append(f"labels line {number}: neither conversation nor account")
    unlabelled = {c for c in by_conversation if c.startswith("ec-")} - labelled
    if unlabelled:
        problems.append(f"conversations without a label: {sorted(unlabelled)}")
    return problems


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files on disk are stale")
    args = parser.parse_args()
    events, labels, stats = build()
    outputs = {HERE / "events.jsonl": dump(events), HERE / "labels.jsonl": dump(labels)}
    if args.check:
        stale = [p.name for p, text in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        if stale:
            print(f"stale: {', '.join(stale)}; run python data/eval/build.py", file=sys.stderr)
            return 1
    else:
        for path, text in outputs.items():
            path.write_text(text, encoding="utf-8")
    print(json.dumps(stats, indent=1))
    print(f"events: {len(events)}  labels: {len(labels)}")
    problems = validate(HERE / "events.jsonl", HERE / "labels.jsonl")
    for problem in problems:
        print("problem:", problem, file=sys.stderr)
    print(f"validation: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
