"""Speed of the learned message scorer alone, in µs per message.

Scores the message texts of a scan stream (default bench/out/stream-100000-0.25.jsonl,
made by `python bench/bench_scan.py --sizes 100000`) and of data/eval/events.jsonl
in batches the size the scan hands the engine, with a freshly loaded scorer (cold
chunk cache, as a scan starts), and prints wall and CPU µs/message with the load
average. `--processes 2` runs that many copies at once, as the scan's two
workers do on the 2-core machine. `--dump FILE` also writes every signal, so two
versions of the scorer can be compared for identical output.

    python bench/bench_learned.py [--batch 1024] [--repeats 3] [--processes 2] [--dump out.json]
"""

from __future__ import annotations

import argparse
import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import orjson

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

ROOT = Path(__file__).resolve().parent.parent
STREAM = ROOT / "bench" / "out" / "stream-100000-0.25.jsonl"
EVAL = ROOT / "data" / "eval" / "events.jsonl"


def message_texts(path: Path) -> list[str]:
    texts = []
    with path.open("rb") as handle:
        for line in handle:
            event = orjson.loads(line)
            if event.get("type") == "message" and event.get("text"):
                texts.append(event["text"])
    return texts


def run(texts: list[str], batch: int, repeats: int) -> tuple[float, float, list]:
    """Best (wall, CPU) µs/message over `repeats` runs, each with a newly loaded scorer."""
    from watchkeeper.learned import load_scorer

    best_wall = best_cpu = float("inf")
    signals: list = []
    for _ in range(repeats):
        scorer = load_scorer()
        wall, cpu = time.perf_counter(), time.process_time()
        signals = []
        for start in range(0, len(texts), batch):
            signals += scorer.score_batch(texts[start : start + batch])
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return 1e6 * best_wall / len(texts), 1e6 * best_cpu / len(texts), signals


def measure(name: str, texts: list[str], batch: int, repeats: int) -> tuple[str, list]:
    wall, cpu, signals = run(texts, batch, repeats)
    load = os.getloadavg()
    line = (
        f"{name}: {len(texts):,} messages, batch {batch}: {wall:.1f} µs/message wall, "
        f"{cpu:.1f} µs/message CPU (best of {repeats}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f})"
    )
    return line, [[[s.category.value, s.strength, s.start, s.end, s.detail] for s in row] for row in signals]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stream", type=Path, default=STREAM)
    parser.add_argument("--batch", type=int, default=1024, help="texts per score_batch call (scan: 1024 events)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per corpus; the best is printed")
    parser.add_argument("--processes", type=int, default=1, help="copies run at the same time")
    parser.add_argument("--dump", type=Path, help="write every signal as JSON, to compare versions")
    args = parser.parse_args()

    corpora = {"eval": message_texts(EVAL)}
    if args.stream.exists():
        corpora["stream"] = message_texts(args.stream)
    else:
        print(f"({args.stream} missing: python bench/bench_scan.py --sizes 100000 makes it)")
    dump = {}
    # Fresh interpreters: no BLAS or tokenizer threads inherited from this one.
    with ProcessPoolExecutor(args.processes, mp_context=get_context("spawn")) as pool:
        for name, texts in corpora.items():
            copies = [pool.submit(measure, name, texts, args.batch, args.repeats) for _ in range(args.processes)]
            for copy in copies:
                line, dump[name] = copy.result()
                print(line if args.processes == 1 else f"[{args.processes} at once] {line}")
    if args.dump:
        args.dump.write_bytes(orjson.dumps(dump))


if __name__ == "__main__":
    main()
