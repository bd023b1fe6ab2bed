"""Build the demo data (data/demo/events.jsonl) from conversations.chat and two
account scenarios written here: an account spraying friend requests and the
same opening line at young users, and a new student adding classmates.

    python data/demo/build.py            # writes events.jsonl
    python data/demo/build.py --check    # fails if events.jsonl is out of date

Deterministic: the same sources always give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = re.compile(r"^===\s+(\S+)\s+(social|gaming|dating|other)\s+(\S+)(?:\s+room=(\S+))?\s*$")
PERSON = re.compile(r"^@\s+(\S+)\s+age=(\d+)(?:\s+created=-(\d+)d)?(?:\s+display=\"([^\"]*)\")?\s*$")
LINE = re.compile(r"^(\S+?)(?:\s+\+(\d+)([smhd]))?:\s(.*)$")
UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}

SPRAY_OPENER = "hey cutie, you seem really mature for your age. wanna be friends? i give good gifts"
SPRAY_FIRST_NAMES = [
    "ava", "leo", "zoe", "eli", "ruby", "finn", "ivy", "max", "nora", "owen", "lucy", "jack", "emma",
    "liam", "chloe", "noah", "isla", "ben", "maya", "sam", "ella", "theo", "aria", "luca", "nina",
    "adam", "ruth", "omar", "sofia", "kian", "hana", "milo", "lena", "ezra", "tess", "jude", "cleo",
    "ravi", "iris", "axel", "june", "otto", "lila", "remy", "skye",
]


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def conversations(path: Path, rng: random.Random) -> list[dict]:
    events: list[dict] = []
    profiles: dict[str, dict] = {}
    current: dict | None = None
    clock = datetime.min
    counter = 0
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if header := HEADER.match(line):
            cid, platform, start, room = header.groups()
            current = {"id": cid, "platform": platform, "room": room, "people": []}
            clock, counter = parse_time(start), 0
            continue
        if current is None:
            raise SystemExit(f"{path.name}:{number}: text before the first === header")
        if person := PERSON.match(line):
            user, age, created_days, display = person.groups()
            current["people"].append(user)
            if user not in profiles:  # a profile as of the first conversation the user is in
                profile = {"type": "profile", "user": user, "ts": rfc3339(clock - timedelta(minutes=5)),
                           "stated_age": int(age)}
                if created_days:
                    profile["created"] = rfc3339(clock - timedelta(days=int(created_days)))
                if display:
                    profile["display_name"] = display
                profiles[user] = profile
            continue
        said = LINE.match(line)
        if said is None or said.group(1) not in current["people"]:
            raise SystemExit(f"{path.name}:{number}: expected '<participant>: <text>'")
        sender, amount, unit, text = said.groups()
        gap = (timedelta(**{UNITS[unit]: int(amount)}) if amount
               else timedelta(seconds=rng.randint(40, 240)))
        clock += gap
        counter += 1
        message = {"type": "message", "id": f"{current['id']}-m{counter:02d}",
                   "conversation": current["id"], "sender": sender,
                   "recipients": [p for p in current["people"] if p != sender],
                   "ts": rfc3339(clock), "text": text, "platform": current["platform"]}
        if current["room"]:
            message["room"] = current["room"]
        events.append(message)
    return list(profiles.values()) + events


def friend_request_spray(rng: random.Random) -> list[dict]:
    """One new account adds 45 users aged 11-15 within two hours; most decline;
    ten of them also get the same opening line."""
    start = parse_time("2026-03-09T14:00:00Z")
    sprayer = "spark.77"
    events: list[dict] = [{"type": "profile", "user": sprayer, "ts": rfc3339(start - timedelta(hours=1)),
                           "stated_age": 16, "created": rfc3339(start - timedelta(days=2)),
                           "display_name": "Spark"}]
    clock = start
    for index, name in enumerate(SPRAY_FIRST_NAMES):
        user = f"{name}_{rng.randint(10, 99)}"
        events.append({"type": "profile", "user": user, "ts": rfc3339(start - timedelta(days=30)),
                       "stated_age": rng.randint(11, 15),
                       "created": rfc3339(start - timedelta(days=rng.randint(200, 900)))})
        clock += timedelta(seconds=rng.randint(90, 160))
        events.append({"type": "friend_request", "id": f"fr-spark-{index:02d}", "sender": sprayer,
                       "recipient": user, "ts": rfc3339(clock), "accepted": index % 5 == 0})
        if index % 4 == 1:
            events.append({"type": "message", "id": f"dm-spark-{index:02d}-m01",
                           "conversation": f"dm-spark-{index:02d}", "sender": sprayer,
                           "recipients": [user], "ts": rfc3339(clock + timedelta(seconds=30)),
                           "text": SPRAY_OPENER, "platform": "social"})
    return events


def new_student(rng: random.Random) -> list[dict]:
    """A 14-year-old who just joined adds twelve classmates of the same age; most accept."""
    start = parse_time("2026-03-08T16:00:00Z")
    student = "priya.new"
    events: list[dict] = [{"type": "profile", "user": student, "ts": rfc3339(start - timedelta(hours=2)),
                           "stated_age": 14, "created": rfc3339(start - timedelta(days=1))}]
    clock = start
    for index in range(12):
        user = f"classmate_{index + 1:02d}"
        events.append({"type": "profile", "user": user, "ts": rfc3339(start - timedelta(days=60)),
                       "stated_age": rng.choice([13, 14, 14, 15])})
        clock += timedelta(minutes=rng.randint(3, 12))
        events.append({"type": "friend_request", "id": f"fr-priya-{index:02d}", "sender": student,
                       "recipient": user, "ts": rfc3339(clock), "accepted": index != 7})
    return events


def build() -> bytes:
    rng = random.Random(20260309)
    events = conversations(HERE / "conversations.chat", rng) + friend_request_spray(rng) + new_student(rng)
    events.sort(key=lambda e: (e["ts"], e.get("id", e.get("user", ""))))
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if events.jsonl is out of date")
    args = parser.parse_args()
    data = build()
    target = HERE / "events.jsonl"
    if args.check:
        if not target.exists() or target.read_bytes() != data:
            sys.exit("data/demo/events.jsonl is out of date: run python data/demo/build.py")
        print("events.jsonl is up to date")
        return
    target.write_bytes(data)
    print(f"wrote {target.relative_to(HERE.parent.parent)}: {len(data.splitlines())} events")


if __name__ == "__main__":
    main()
