"""Tune the conversation layer on the TRAINING conversations only.

Prints the training-set figures for the current config and, with --grid, for
a small grid of the main knobs, so a change to core/config.py can be judged
without ever looking at data/eval/.

    python bench/tune_conversation.py [--grid] [--model none|default]
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import replace
from pathlib import Path

from watchkeeper.detectors import build_engine
from watchkeeper.core.engine import Engine
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
    parser.add_argument("--grid", action="store_true")
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
    if args.grid:
        for bias, threshold, stage in itertools.product((-5.2, -4.6, -4.0), (0.4, 0.5, 0.6), (0.5, 0.8, 1.1)):
            config = replace(base.config, bias=bias, alert_threshold=threshold, stage_bonus=stage)
            engine = Engine(config=config, scorers=base.scorers)
            print(line(f"bias {bias} thr {threshold} stage {stage}", run(engine, events, timeline, conv_labels, acc_labels)))


if __name__ == "__main__":
    main()
