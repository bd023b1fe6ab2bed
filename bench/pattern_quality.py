"""Per-category precision / recall / F1 of the pattern table on the training messages.

    python bench/pattern_quality.py                     # table at two strength thresholds
    python bench/pattern_quality.py --show secrecy      # plus missed and false positives

Reads only data/train/messages.jsonl ({"text", "categories", "kind", ...}). A
category counts as predicted for a message when a signal of that category has
at least the threshold strength.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import orjson

from watchkeeper.core.patterns import PatternScorer
from watchkeeper.core.signals import MESSAGE_CATEGORIES

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "train" / "messages.jsonl"


def load(path: Path) -> list[dict]:
    with path.open("rb") as handle:
        return [orjson.loads(line) for line in handle if line.strip()]


def evaluate(rows: list[dict], predictions: list[dict[str, float]], threshold: float):
    tp, fp, fn = Counter(), Counter(), Counter()
    for row, predicted in zip(rows, predictions):
        truth = set(row["categories"])
        fired = {c for c, s in predicted.items() if s >= threshold}
        for c in fired & truth:
            tp[c] += 1
        for c in fired - truth:
            fp[c] += 1
        for c in truth - fired:
            fn[c] += 1
    return tp, fp, fn


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def print_table(tp: Counter, fp: Counter, fn: Counter, threshold: float) -> None:
    print(f"\nthreshold {threshold:.2f}")
    print(f"{'category':28} {'prec':>6} {'recall':>6} {'f1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    totals = [0, 0, 0]
    for category in MESSAGE_CATEGORIES:
        c = category.value
        p, r = ratio(tp[c], tp[c] + fp[c]), ratio(tp[c], tp[c] + fn[c])
        f1 = ratio(2 * p * r, p + r) if p + r else 0.0
        print(f"{c:28} {p:6.2f} {r:6.2f} {f1:6.2f} {tp[c]:5d} {fp[c]:5d} {fn[c]:5d}")
        totals = [totals[0] + tp[c], totals[1] + fp[c], totals[2] + fn[c]]
    p, r = ratio(totals[0], totals[0] + totals[1]), ratio(totals[0], totals[0] + totals[2])
    f1 = ratio(2 * p * r, p + r) if p + r else 0.0
    print(f"{'micro average':28} {p:6.2f} {r:6.2f} {f1:6.2f} {totals[0]:5d} {totals[1]:5d} {totals[2]:5d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--threshold", type=float, action="append",
                        help="strength threshold(s); default 0.01 and 0.5")
    parser.add_argument("--show", help="category whose misses and false positives to list")
    args = parser.parse_args()

    rows = load(args.data)
    scorer = PatternScorer()
    predictions = []
    for signals in scorer.score_batch([row["text"] for row in rows]):
        best: dict[str, float] = {}
        for s in signals:
            best[s.category.value] = max(best.get(s.category.value, 0.0), s.strength)
        predictions.append(best)
    kinds = Counter(row["kind"] for row in rows)
    print(f"{len(rows)} messages from {args.data} ({dict(kinds)})")
    for threshold in args.threshold or [0.01, 0.5]:
        print_table(*evaluate(rows, predictions, threshold), threshold)
    negatives = [p for row, p in zip(rows, predictions) if not row["categories"]]
    flagged = sum(1 for p in negatives if any(s >= 0.5 for s in p.values()))
    print(f"\nmessages without a category that get any signal >= 0.5: "
          f"{flagged}/{len(negatives)} ({ratio(flagged, len(negatives)):.1%})")

    if args.show:
        print(f"\n--- {args.show}: missed")
        for row, p in zip(rows, predictions):
            if args.show in row["categories"] and args.show not in p:
                print("  ", row["text"])
        print(f"\n--- {args.show}: false positives (strength, text)")
        for row, p in zip(rows, predictions):
            if args.show in p and args.show not in row["categories"]:
                detail = [s for s in scorer.score(row["text"]) if s.category.value == args.show]
                print(f"   {p[args.show]:.2f} {row['text']!r}  <- {detail[0].evidence!r} ({detail[0].detail})")


if __name__ == "__main__":
    main()
