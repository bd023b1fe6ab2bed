"""The project's message corpora, for tests that compare fast paths with reference ones."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
# Every message text the project ships: training, held-out evaluation, paraphrases
# (read here only to check that fast paths give the same output, never to tune).
CORPORA = {
    "train-messages": DATA / "train" / "messages.jsonl",
    "train-events": DATA / "train" / "events.jsonl",
    "eval-events": DATA / "eval" / "events.jsonl",
    "paraphrase": DATA / "paraphrase" / "messages.jsonl",
}


def corpus_texts(name: str) -> list[str]:
    """The texts of one corpus file: message events' texts, or labelled lines' texts."""
    texts = []
    with CORPORA[name].open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("text"), str) and row.get("type", "message") == "message":
                texts.append(row["text"])
    return texts
