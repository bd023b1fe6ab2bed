"""The conversation layer's figures on the TRAINING conversations only.

Prints them for the current config (add --verbose for the misses, false alarms
and late alerts), so a change to the core can be judged without ever looking
at data/eval/. Weights and threshold are refitted, with cross-validation, by
`python -m watchkeeper.learned.conversation_fit`.

    python bench/tune_conversation.py [--verbose] [--model none|default]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from watchkeeper.core.engine import Engine
from watchkeeper.detectors import build_engine
from watchkeeper.evaluation.metrics import Timeline, evaluate_report, read_labels
from watchkeeper.events import read_jsonl

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT / "data" / "train"


def run(engine: Engine, events, timeline, conv_labels, acc_labels):
    engine.process_many(sorted(events, key=lambda e: e.ts))
    return evaluate_report(engine.report(), timeline, conv_labels, acc_labels)


def line(name: str, r) -> str:
    return (
        f"{name:<40} F1 {r.f1:.3f}  P {r.precision:.3f}  R {r.recall:.3f}  FPR {r.false_positive_rate:.3f}  "
        f"on-time {r.on_time_recall:.3f}  lat-F1 {r.latency_weighted_f1:.3f}  suspect {r.suspect_accuracy:.2f}  "
        f"acc-R {r.account_recall:.2f} acc-FA {r.account_false_alerts}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="default")
    parser.add_argument("--verbose", action="store_true", help="list misses, false alarms and late alerts")
    args = parser.parse_args()
    events, result = read_jsonl(TRAIN / "events.jsonl")
    assert not result.errors, result.errors[:3]
    conv_labels, acc_labels = read_labels(TRAIN / "labels.jsonl")
    timeline = Timeline.from_events(events)
    base = build_engine(args.model)
    r = run(base, events, timeline, conv_labels, acc_labels)
    print(line("current config", r))
    if args.verbose:
        print("missed:", r.missed)
        print("false alarms:", r.false_alarms)
        print("late:", r.late)

if __name__ == "__main__":
    main()
