"""Speed of text normalisation and the pattern scorer, in messages per second.

    python bench/bench_patterns.py [--repeat 5]

Uses the message texts of the training corpus (data/train/messages.jsonl and
the "text" of data/train/events.jsonl), de-duplicated, so every message is new
to the caches ("cold"); a second figure shows the cached path that repeated
texts (copy-paste openers) take. Best of `--repeat` runs, one core.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import orjson

from watchkeeper.core import normalize as normalize_module
from watchkeeper.core.patterns import PatternScorer

DATA = Path(__file__).resolve().parents[1] / "data" / "train"


def load_texts() -> list[str]:
    texts: dict[str, None] = {}
    for name in ("messages.jsonl", "events.jsonl"):
        path = DATA / name
        if not path.exists():
            continue
        with path.open("rb") as handle:
            for line in handle:
                if line.strip():
                    text = orjson.loads(line).get("text")
                    if isinstance(text, str):
                        texts[text] = None
    return list(texts)


def best_rate(run, texts: list[str], repeat: int, before=None) -> float:
    rates = []
    for _ in range(repeat):
        if before:
            before()
        # CPU time of this process: steadier than wall time on a shared machine.
        start = time.process_time()
        run(texts)
        rates.append(len(texts) / (time.process_time() - start))
    return max(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    texts = load_texts()
    if not texts:
        raise SystemExit(f"no texts found under {DATA}")
    lengths = [len(t) for t in texts]
    print(f"{len(texts)} distinct messages, median {statistics.median(lengths):.0f} chars, "
          f"mean {statistics.mean(lengths):.0f}")

    raw_normalize = normalize_module._normalize  # the uncached pipeline

    def normalize_all(batch):
        for text in batch:
            raw_normalize(text)

    cold_scorer = PatternScorer(cache_size=0)
    warm_scorer = PatternScorer()
    warm_scorer.score_batch(texts)  # fill the cache

    rows = [
        ("normalize (uncached)", best_rate(normalize_all, texts, args.repeat)),
        ("normalize + patterns (cold caches)",
         best_rate(cold_scorer.score_batch, texts, args.repeat,
                   before=normalize_module.normalize.cache_clear)),
        ("normalize + patterns (repeated texts, cached)",
         best_rate(warm_scorer.score_batch, texts, args.repeat)),
    ]
    for label, rate in rows:
        print(f"{label:48} {rate:10,.0f} msg/s  {1e6 / rate:7.1f} µs/msg")
    fired = sum(1 for signals in warm_scorer.score_batch(texts) if signals)
    print(f"messages with at least one signal: {fired}/{len(texts)}")


if __name__ == "__main__":
    main()
