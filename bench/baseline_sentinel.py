"""A Sentinel-style peer baseline, built from the same training examples as Watchkeeper.

Roblox's open-source Sentinel scores each message against two embedding
indexes: harmful ("positive") examples and ordinary ("negative") ones. Per
message it takes the top-k nearest neighbours of both indexes together and
computes log(mean(exp(sim+)) / mean(exp(sim-))), clipped at 0 (and ignored
below a small margin). A user's recent per-message scores are then
aggregated, by skewness ((mean - median) / std, from 10 observations on) or
by max. This is a re-implementation of that recipe (not Sentinel's code).

Here it scores every sender of every conversation over time, causally: when
a sender's aggregate first reaches the threshold, the conversation is alerted
at that message. The threshold is the one that maximises conversation F1 on
the TRAINING conversations (data/train), never on evaluation data.

    python bench/baseline_sentinel.py data/eval/events.jsonl --labels data/eval/labels.jsonl
    python bench/baseline_sentinel.py EVENTS [--aggregation max|skewness] [--embedder transformer|static]

`sentinel_report(events_path, ...)` returns the spec's report dict for the
lead's evaluation code.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "data" / "train"
TOP_K = 5
MIN_SCORE = 0.1  # Sentinel's min_score_to_consider
MIN_OBSERVATIONS = 10  # Sentinel's minimum for skewness


@dataclass
class SentinelIndex:
    embedder: object
    positives: np.ndarray
    negatives: np.ndarray

    @classmethod
    def from_training(cls, embedder_kind: str = "transformer", messages: Path = TRAIN / "messages.jsonl",
                      events: Path | None = TRAIN / "events.jsonl", labels: Path | None = TRAIN / "labels.jsonl"):
        """Positives: the harmful training messages; negatives: hard negatives, benign
        messages and the everyday messages of the training conversations (as Watchkeeper)."""
        from watchkeeper.learned.embeddings import load_embedder
        from watchkeeper.learned.training import (
            conversation_examples,
            merge_examples,
            read_message_examples,
        )

        groups = [read_message_examples(messages)]
        if events and labels and Path(events).exists() and Path(labels).exists():
            groups.append(conversation_examples(events, labels))
        examples = merge_examples(*groups)
        embedder = load_embedder(embedder_kind)
        vectors = embedder.encode([e.text for e in examples])
        harmful = np.array([e.harmful for e in examples])
        return cls(embedder, vectors[harmful], vectors[~harmful])

    def message_scores(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        vectors = self.embedder.encode(texts)
        out = np.zeros(len(texts))
        for start in range(0, len(texts), 2048):
            q = vectors[start : start + 2048]
            pos = np.sort(q @ self.positives.T, axis=1)[:, -TOP_K:]
            neg = np.sort(q @ self.negatives.T, axis=1)[:, -TOP_K:]
            # Top-k over both indexes together; each side keeps at least its best match.
            both = np.concatenate([pos, neg], axis=1)
            cut = np.sort(both, axis=1)[:, -TOP_K][:, None]
            pos_in, neg_in = pos >= cut, neg >= cut
            pos_in[:, -1] |= ~pos_in.any(axis=1)
            neg_in[:, -1] |= ~neg_in.any(axis=1)
            pos_term = (np.exp(pos) * pos_in).sum(1) / pos_in.sum(1)
            neg_term = (np.exp(neg) * neg_in).sum(1) / neg_in.sum(1)
            ratio = np.log(np.maximum(pos_term / neg_term, 1.0))
            out[start : start + len(q)] = np.where(ratio < MIN_SCORE, 0.0, ratio)
        return out


def skewness(scores: list[float]) -> float:
    if len(scores) < MIN_OBSERVATIONS:
        return 0.0
    values = np.asarray(scores)
    std = values.std()
    return 0.0 if std == 0 else float((values.mean() - np.median(values)) / std)


AGGREGATIONS = {"max": lambda scores: max(scores), "skewness": skewness}


def _messages(events_path: Path):
    from watchkeeper.events import Message, read_jsonl

    events, _ = read_jsonl(events_path)
    messages = [e for e in events if isinstance(e, Message)]
    return sorted(messages, key=lambda m: m.ts)  # stable: ties keep arrival order


def sentinel_report_from_scores(messages, scores: np.ndarray, aggregation: str, threshold: float) -> dict:
    aggregate = AGGREGATIONS[aggregation]
    history: dict[tuple[str, str], list[float]] = defaultdict(list)
    state: dict[str, dict] = {}
    for message, score in zip(messages, scores):
        conv = state.setdefault(message.conversation, {"conversation": message.conversation, "risk": 0.0,
                                                       "alert": False, "first_alert": None, "suspect": None,
                                                       "best": 0.0})
        series = history[(message.conversation, message.sender)]
        series.append(float(score))
        value = aggregate(series)
        if value > conv["best"]:
            conv["best"], conv["suspect"] = value, message.sender
        if not conv["alert"] and value >= threshold:
            conv["alert"], conv["first_alert"] = True, message.id
    conversations = []
    for conv in state.values():
        best = conv.pop("best")
        conv["risk"] = round(min(1.0, best / (2 * threshold)) if threshold > 0 else 0.0, 4)
        conv["score"] = best  # uncapped, for ranking (compare_baseline's threshold-free table)
        conv["signals"] = []
        conversations.append(conv)
    return {"conversations": conversations, "accounts": []}


def fit_threshold(index: SentinelIndex, aggregation: str, events: Path = TRAIN / "events.jsonl",
                  labels: Path = TRAIN / "labels.jsonl") -> float:
    """The threshold with the best conversation F1 on the training conversations."""
    from watchkeeper.evaluation.metrics import read_labels

    messages = _messages(events)
    scores = index.message_scores([m.text for m in messages])
    truth, _ = read_labels(labels)
    best = (-1.0, 0.5)
    for threshold in np.unique(np.round(np.linspace(0.02, 1.5, 149), 3)):
        report = sentinel_report_from_scores(messages, scores, aggregation, float(threshold))
        alerted = {c["conversation"] for c in report["conversations"] if c["alert"]}
        threats = {c for c, label in truth.items() if label.label != "benign"}
        tp = len(alerted & threats)
        precision = tp / max(len(alerted & set(truth)), 1)
        recall = tp / max(len(threats), 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        if f1 > best[0]:
            best = (f1, float(threshold))
    return best[1]


def sentinel_report(events_path: str | Path, index: SentinelIndex | None = None, aggregation: str = "max",
                    threshold: float | None = None, embedder_kind: str = "transformer") -> dict:
    """Run the baseline over an event file; returns the spec's report dict."""
    index = index or SentinelIndex.from_training(embedder_kind)
    if threshold is None:
        threshold = fit_threshold(index, aggregation)
    messages = _messages(Path(events_path))
    scores = index.message_scores([m.text for m in messages])
    report = sentinel_report_from_scores(messages, scores, aggregation, threshold)
    report["baseline"] = {"aggregation": aggregation, "threshold": threshold, "top_k": TOP_K}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=Path)
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--aggregation", choices=sorted(AGGREGATIONS), nargs="*", default=["max", "skewness"])
    parser.add_argument("--embedder", default="transformer", help="transformer (as Sentinel) or static")
    parser.add_argument("--json", type=Path, help="write the report(s) here")
    args = parser.parse_args()
    try:
        index = SentinelIndex.from_training(args.embedder)
    except ImportError as exc:
        sys.exit(f"{exc}\n(use --embedder static without the train extra)")
    outputs = {}
    for aggregation in args.aggregation:
        threshold = fit_threshold(index, aggregation)
        start = time.perf_counter()
        report = sentinel_report(args.events, index, aggregation, threshold)
        seconds = time.perf_counter() - start
        messages = len(_messages(args.events))
        line = (f"sentinel-{aggregation} ({args.embedder}): threshold {threshold:.3f}, "
                f"{messages / seconds:,.0f} messages/s")
        if args.labels:
            from watchkeeper.evaluation.metrics import Timeline, evaluate_report, read_labels
            from watchkeeper.events import read_jsonl

            events, _ = read_jsonl(args.events)
            result = evaluate_report(report, Timeline.from_events(events), *read_labels(args.labels))
            line += (f"; F1 {result.f1:.3f}, precision {result.precision:.3f}, recall {result.recall:.3f}, "
                     f"FPR {result.false_positive_rate:.3f}, on-time recall {result.on_time_recall:.3f}, "
                     f"latency-weighted F1 {result.latency_weighted_f1:.3f}")
        print(line)
        outputs[aggregation] = report
    if args.json:
        args.json.write_text(json.dumps(outputs, indent=1))


if __name__ == "__main__":
    main()
