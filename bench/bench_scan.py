"""Scan throughput and memory, end to end.

Generates an event stream (default 1,000,000 messages over 100,000
conversations; a quarter of the texts drawn from the signal-dense training
corpus, the rest everyday chat; with profiles and friend requests), then times `watchkeeper scan` on it in a fresh
process per size and prints messages/s and peak memory, so memory can be seen
to stay flat as the file grows.

    python bench/bench_scan.py                       # 250k, 500k, 1M messages, one process
    python bench/bench_scan.py --sizes 1000000 --workers 2
    python bench/bench_scan.py --sizes 1000000 --model none --corpus-share 1
"""

from __future__ import annotations

import argparse
import heapq
import json
import random
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
T0 = datetime(2026, 1, 1, tzinfo=UTC)

FILLER = [
    "lol", "ok", "gg", "wyd", "same", "nah", "bruh 😂", "brb dinner", "did u finish the math hw",
    "that boss fight was insane", "can u carry me in ranked later", "my mom says hi",
    "see u at practice", "wanna queue?", "omg did u see that video", "im so tired today",
    "haha yes", "no way", "ttyl", "what song is that", "happy bday!!", "ok see u tmrw",
]


# Everyday chat, the bulk of real traffic: assembled from parts so it is varied.
OPENERS = ["", "", "lol ", "omg ", "ok ", "wait ", "ngl ", "bro ", "yo ", "hey ", "haha "]
BODIES = [
    "did u see the new episode", "i cant find my charger anywhere", "we lost again in ranked",
    "the bus was so late today", "what did u get on the quiz", "my little brother broke the tv",
    "are we still doing the project at lunch", "this song is stuck in my head", "i need to study for chem",
    "coach said practice is at 4", "pizza or tacos tonight", "she posted the funniest video",
    "my phone is at 2 percent", "do u have the notes from monday", "that level is impossible",
    "ur team needs a healer", "the wifi keeps dropping", "i got a new skin in the shop",
    "grandma made cookies", "the dog ate my sandwich", "we have a sub in english tmrw",
    "i slept through my alarm", "who won the match last night", "can u send the link to the hw doc",
]
CLOSERS = ["", "", "", " lol", " 😂", " 😭", " fr", " ngl", "!!", " rn", " tho", "?", " haha"]


def everyday(rng: random.Random) -> str:
    return f"{rng.choice(OPENERS)}{rng.choice(BODIES)}{rng.choice(CLOSERS)}"


def corpus_texts() -> list[str]:
    """The labelled training messages: signal-dense (about half carry a warning sign)."""
    path = ROOT / "data" / "train" / "messages.jsonl"
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()] + FILLER


NAMES = ["sam", "jo", "alex", "mia", "kai", "zoe", "eli", "ava", "noah", "lena", "max", "ivy"]
TAILS = ["", "", "", " lol", " haha", " 😂", " 🙂", "!!", " ngl", " fr", " rn", "?", " tho", " ok"]


def vary(rng: random.Random, text: str) -> str:
    """Make most texts unique, as real traffic is (no unfair cache hits)."""
    head = rng.choice(("", "", f"{rng.choice(NAMES)} ", "hey ", "yo ", "omg "))
    number = f" {rng.randint(1, 999)}" if rng.random() < 0.1 else ""
    return f"{head}{text}{rng.choice(TAILS)}{number}"


def generate(path: Path, messages: int, corpus_share: float, per_conversation: int = 10, seed: int = 7) -> None:
    """Conversations start ~86 s apart and last about 90 minutes, in time order.
    `corpus_share` of the texts come from the labelled corpus, the rest is everyday chat."""
    rng = random.Random(seed)
    texts = corpus_texts()
    conversations = messages // per_conversation
    spacing = timedelta(days=100) / 100_000
    heap: list[tuple[datetime, int, str]] = []
    counter = 0
    with path.open("w", encoding="utf-8") as out:
        for c in range(conversations):
            start = T0 + spacing * c
            while heap and heap[0][0] < start:
                out.write(heapq.heappop(heap)[2])
            a, b = f"u{c * 2}", f"u{c * 2 + 1}"
            for user, age in ((a, rng.randint(12, 40)), (b, rng.randint(12, 40))):
                line = json.dumps({"type": "profile", "user": user, "ts": start.isoformat(), "stated_age": age})
                out.write(line + "\n")
            if c % 50 == 0:
                counter += 1
                fr = {"type": "friend_request", "id": f"f{c}", "sender": a, "recipient": b, "ts": start.isoformat()}
                out.write(json.dumps(fr) + "\n")
            for m in range(per_conversation):
                ts = start + timedelta(minutes=9 * m + rng.random())
                sender, recipient = (a, b) if m % 2 == 0 else (b, a)
                event = {
                    "type": "message", "id": f"c{c}-m{m}", "conversation": f"c{c}", "sender": sender,
                    "recipients": [recipient], "ts": ts.isoformat(),
                    "text": vary(rng, rng.choice(texts) if rng.random() < corpus_share else everyday(rng)),
                    "platform": rng.choice(("social", "gaming", "dating")),
                }
                counter += 1
                heapq.heappush(heap, (ts, counter, json.dumps(event, ensure_ascii=False) + "\n"))
        while heap:
            out.write(heapq.heappop(heap)[2])


def run_scan(path: Path, model: str, workers: int) -> dict:
    """Scan in a fresh process so peak memory is this size's own (workers' peaks are
    reported separately: RUSAGE_CHILDREN is the largest child)."""
    code = f"""
import json, resource, sys, time
from functools import partial
from pathlib import Path
from watchkeeper.detectors import build_analyzer, build_engine
from watchkeeper.scan.runner import scan_file
engine = build_engine({model!r}, assess_updates=False)
start = time.perf_counter()
summary, alerted, accounts = scan_file(Path({str(path)!r}), engine, Path('/dev/null'),
    workers={workers}, analyzer_factory=partial(build_analyzer, {model!r}))
seconds = time.perf_counter() - start
print(json.dumps({{"messages": summary.messages, "events": summary.events, "seconds": seconds,
  "alerts": summary.alerts, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
  "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[250_000, 500_000, 1_000_000])
    parser.add_argument("--model", default="default", help="'default', an artifact path, or 'none'")
    parser.add_argument(
        "--corpus-share", type=float, default=0.25,
        help="share of texts from the signal-dense labelled corpus (the rest is everyday chat)",
    )
    parser.add_argument("--workers", type=int, default=0, help="extra processes analysing text (0: none)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"{'messages':>10} {'events':>10} {'seconds':>8} {'msgs/s':>10} {'peak MB':>8} {'worker MB':>9} {'alerts':>7}")
    for size in args.sizes:
        path = OUT / f"stream-{size}-{args.corpus_share:g}.jsonl"
        if not path.exists():
            t = time.perf_counter()
            generate(path, size, args.corpus_share)
            print(f"(generated {path.name} in {time.perf_counter() - t:.0f}s)", file=sys.stderr)
        r = run_scan(path, args.model, args.workers)
        print(
            f"{r['messages']:>10,} {r['events']:>10,} {r['seconds']:>8.1f} "
            f"{r['messages'] / r['seconds']:>10,.0f} {r['peak_rss_mb']:>8.0f} {r['worker_peak_rss_mb']:>9.0f} {r['alerts']:>7,}"
        )


if __name__ == "__main__":
    main()
