"""Watchkeeper beside a Sentinel-style baseline on the evaluation corpus: quality and speed.

Every detector here was built and thresholded on data/train only; this script
only measures. The baseline is bench/baseline_sentinel.py (same training
examples, embedding similarity ratio against positive and negative indexes,
aggregated per sender by max or by skewness).

Operating points differ (a detector that alerts on almost nothing has almost no
false alarms), so a second table compares the detectors' conversation risk
scores without thresholds: ROC AUC over the labelled conversations, and the
false-positive rate each detector would have at the recall each baseline
reaches (its highest-risk conversations taken until that recall; ties taken
together). No threshold is set from it.

    python bench/compare_baseline.py [--events data/eval/events.jsonl --labels data/eval/labels.jsonl]
    python bench/compare_baseline.py --skip-transformer     # without torch installed
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from watchkeeper.detectors import build_engine
from watchkeeper.evaluation.metrics import Timeline, evaluate_report, read_labels
from watchkeeper.events import Message, read_jsonl

ROOT = Path(__file__).resolve().parent.parent


def load_baseline():
    spec = importlib.util.spec_from_file_location("baseline_sentinel", ROOT / "bench" / "baseline_sentinel.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def risk_scores(report: dict, labels: dict) -> tuple[np.ndarray, np.ndarray]:
    """Each labelled conversation's risk (0 if it never appeared; the baseline's uncapped
    score where it gives one) and whether it is a threat."""
    risk = {c["conversation"]: c.get("score", c["risk"]) for c in report["conversations"]}
    ids = sorted(labels)
    return np.array([risk.get(c, 0.0) for c in ids]), np.array([labels[c].threat for c in ids])


def false_positive_rate_at_recall(scores: np.ndarray, threat: np.ndarray, recall: float) -> float:
    """Flag conversations from the highest risk down, all of a tied score at once,
    until `recall` of the threats is flagged; the share of benign ones flagged."""
    for cut in np.unique(scores)[::-1]:
        flagged = scores >= cut
        if flagged[threat].mean() >= recall - 1e-9:
            return float(flagged[~threat].mean())
    return 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=Path, default=ROOT / "data" / "eval" / "events.jsonl")
    parser.add_argument("--labels", type=Path, default=ROOT / "data" / "eval" / "labels.jsonl")
    parser.add_argument("--skip-transformer", action="store_true")
    args = parser.parse_args()
    events, _ = read_jsonl(args.events)
    events.sort(key=lambda e: e.ts)
    messages = sum(1 for e in events if isinstance(e, Message))
    conversation_labels, account_labels = read_labels(args.labels)
    timeline = Timeline.from_events(events)
    rows = []

    def measure(name, make_report):
        start = time.perf_counter()
        report = make_report()
        seconds = time.perf_counter() - start
        r = evaluate_report(report, timeline, conversation_labels, account_labels)
        rows.append((name, r, messages / seconds, risk_scores(report, conversation_labels)))

    for model, name in (("default", "Watchkeeper (patterns + learned)"), ("none", "Watchkeeper (patterns only)")):
        engine = build_engine(model)
        measure(name, lambda engine=engine: (engine.process_many(events), engine.report())[1])

    baseline = load_baseline()
    embedders = ["static"] + ([] if args.skip_transformer else ["transformer"])
    for embedder in embedders:
        index = baseline.SentinelIndex.from_training(embedder)
        for aggregation in ("max", "skewness"):
            measure(
                f"Sentinel-style ({embedder}, {aggregation})",
                lambda index=index, aggregation=aggregation: baseline.sentinel_report(
                    args.events, index=index, aggregation=aggregation
                ),
            )

    header = "| detector | F1 | precision | recall | FP rate | on-time recall | latency-weighted F1 | messages/s |"
    print(header)
    print("|---|---|---|---|---|---|---|---|")
    for name, r, speed, _ in rows:
        print(
            f"| {name} | {r.f1:.3f} | {r.precision:.3f} | {r.recall:.3f} | {r.false_positive_rate:.3f} | "
            f"{r.on_time_recall:.3f} | {r.latency_weighted_f1:.3f} | {speed:,.0f} |"
        )

    baselines = [(name, r.recall) for name, r, _, _ in rows if name.startswith("Sentinel")]
    print()
    print("| detector | ROC AUC | " + " | ".join(f"FP rate at recall {recall:.3f} ({name})" for name, recall in baselines) + " |")
    print("|---|---|" + "---|" * len(baselines))
    for name, _, _, (scores, threat) in rows:
        at_recall = [false_positive_rate_at_recall(scores, threat, recall) for _, recall in baselines]
        print(f"| {name} | {roc_auc_score(threat, scores):.3f} | " + " | ".join(f"{v:.3f}" for v in at_recall) + " |")


if __name__ == "__main__":
    main()
