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
from collections import Counter
from pathlib import Path

import orjson

from watchkeeper.core import normalize as normalize_module
from watchkeeper.core.normalize import extract_stated_ages
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


KEY_FREQUENCY_MODULE = (
    Path(__file__).resolve().parents[1] / "src" / "watchkeeper" / "core" / "lexicon" / "key_frequency.py"
)


def update_key_frequency(texts: list[str]) -> None:
    """Rewrite lexicon/key_frequency.py from the share of messages holding each key."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(PatternScorer._message_keys(normalize_module.normalize(text).text))
    shares = sorted(
        ((key, round(n / len(texts), 3)) for key, n in counts.items() if n / len(texts) >= 0.01),
        key=lambda item: (-item[1], item[0]),
    )
    head = KEY_FREQUENCY_MODULE.read_text().split("KEY_FREQUENCY: dict[str, float] = {")[0]
    rows = [", ".join(f'"{k}": {v}' for k, v in shares[i : i + 8]) + "," for i in range(0, len(shares), 8)]
    body = "\n".join("    " + row for row in rows)
    KEY_FREQUENCY_MODULE.write_text(
        head + "KEY_FREQUENCY: dict[str, float] = {\n" + body + "\n}  # fmt: skip\n"
    )
    print(f"wrote {len(shares)} keys to {KEY_FREQUENCY_MODULE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--update-key-frequency", action="store_true",
                        help="rewrite lexicon/key_frequency.py from the training texts and exit")
    args = parser.parse_args()

    texts = load_texts()
    if args.update_key_frequency:
        update_key_frequency(texts)
        return
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

    quiet = [t for t, signals in zip(texts, warm_scorer.score_batch(texts)) if not signals]
    rows = [
        ("normalize (uncached)", best_rate(normalize_all, texts, args.repeat)),
        ("normalize + extract_stated_ages (uncached)",
         best_rate(lambda batch: [extract_stated_ages(t) for t in batch], texts, args.repeat,
                   before=normalize_module.normalize.cache_clear)),
        ("normalize + patterns (cold caches)",
         best_rate(cold_scorer.score_batch, texts, args.repeat,
                   before=normalize_module.normalize.cache_clear)),
        (f"  the same, only the {len(quiet)} messages without a signal",
         best_rate(cold_scorer.score_batch, quiet, args.repeat,
                   before=normalize_module.normalize.cache_clear)),
        ("normalize + patterns (repeated texts, cached)",
         best_rate(warm_scorer.score_batch, texts, args.repeat)),
    ]
    for label, rate in rows:
        print(f"{label:52} {rate:10,.0f} msg/s  {1e6 / rate:7.1f} µs/msg")
    fired = sum(1 for signals in warm_scorer.score_batch(texts) if signals)
    print(f"messages with at least one signal: {fired}/{len(texts)}")


if __name__ == "__main__":
    main()
