"""Generalisation on the paraphrase set (data/paraphrase): warning signs reworded,
misspelled and in slang, written independently of the training examples.

For each positive message: is at least one of its labelled categories found
(strength >= 0.5)? For each hard negative: does anything fire at >= 0.5?
Printed for patterns alone, the learned layer alone, and both (as the engine
merges them), overall and per category.

    python bench/paraphrase.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from watchkeeper.core.engine import merge_signals
from watchkeeper.core.patterns import PatternScorer
from watchkeeper.learned import load_scorer

ROOT = Path(__file__).resolve().parent.parent
THRESHOLD = 0.5


def main() -> None:
    rows = [json.loads(line) for line in (ROOT / "data" / "paraphrase" / "messages.jsonl").open(encoding="utf-8") if line.strip()]
    texts = [r["text"] for r in rows]
    patterns = PatternScorer().score_batch(texts)
    learned = load_scorer("default").score_batch(texts)
    detectors = {
        "patterns": patterns,
        "learned": learned,
        "both": [merge_signals([p, lr]) for p, lr in zip(patterns, learned)],
    }
    print(f"{'detector':<10} {'recall':>7} {'FP rate':>8}   (positives {sum(1 for r in rows if r['categories'])}, hard negatives {sum(1 for r in rows if not r['categories'])})")
    per_category: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    caught_only_by_learned = 0
    for name, outputs in detectors.items():
        hit = total = fp = negatives = 0
        for row, signals in zip(rows, outputs):
            fired = {s.category.value for s in signals if s.strength >= THRESHOLD}
            if row["categories"]:
                total += 1
                found = bool(fired & set(row["categories"]))
                hit += found
                for category in row["categories"]:
                    per_category[category][name][0] += found
                    per_category[category][name][1] += 1
            else:
                negatives += 1
                fp += bool(fired)
        print(f"{name:<10} {hit / total:>7.3f} {fp / negatives:>8.3f}")
    for row, p, lr in zip(rows, patterns, learned):
        if row["categories"]:
            cats = set(row["categories"])
            in_p = {s.category.value for s in p if s.strength >= THRESHOLD} & cats
            in_l = {s.category.value for s in lr if s.strength >= THRESHOLD} & cats
            caught_only_by_learned += bool(in_l and not in_p)
    print(f"positives caught by the learned layer that the patterns miss: {caught_only_by_learned}")
    print()
    print(f"{'category':<28} {'patterns':>9} {'learned':>8} {'both':>6}")
    for category in sorted(per_category):
        cells = [per_category[category][n] for n in ("patterns", "learned", "both")]
        print(f"{category:<28} " + " ".join(f"{h / t:>8.2f}" for h, t in cells) + f"   (n={cells[0][1]})")


if __name__ == "__main__":
    main()
