"""Shared fixtures: a small hand-written, non-explicit training corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

POSITIVES = {
    "age_probing": [
        "how old r u", "wait how old are you actually", "what grade are you in",
        "u look young, whats ur age", "are you in middle school?", "so ur like 13?",
    ],
    "secrecy": [
        "dont tell ur parents we talk", "keep this between us ok", "delete our chat after",
        "this is our little secret", "dont show anyone these messages", "nobody can know about us",
    ],
    "personal_info": [
        "what school do u go to", "are your parents home tonight?", "whats your address",
        "when do ur parents leave for work", "are you home alone rn", "what street do you live on",
    ],
    "gifts": [
        "ill buy you robux if u want", "want a gift card? just for you", "i can send u money for a new phone",
        "ill get you the skin, no strings", "let me buy you that game", "i'll pay for your phone bill",
    ],
    "platform_switch": [
        "add me on snap its more private", "lets talk on telegram instead", "move this to whatsapp",
        "text me on a different app", "download kik so we can chat", "dm me somewhere private",
    ],
    "image_request": [
        "send me a pic of u", "send a selfie rn", "let me see you on cam",
        "show me a photo of you in your room", "can u send more pics of urself", "pic of u pls, just u",
    ],
}
HARD_NEGATIVES = [
    "mom: dont tell dad about the surprise party", "keep the gift a secret until his birthday",
    "what school does your cousin go to, the one near the lake?", "teacher: send a pic of your homework",
    "are you home? the pizza is here", "add me on discord for the raid tonight",
    "i'll buy the snacks for the sleepover", "coach: what grade is your brother in for the league?",
    "send me a pic of the menu", "delete the draft, i sent the final version",
    "dad: are you home yet? dinner is ready", "how old is your dog now?",
]
BENIGN = [
    "gg that was close", "lol same", "what time is practice tomorrow", "i finished the math homework",
    "that movie was so good", "see u at lunch", "can you help me with this level", "happy birthday!!",
    "my phone is dying brb", "the new update is out", "we won the match", "ok sounds good",
]


def write_corpus(path: Path) -> Path:
    rows = []
    for category, texts in POSITIVES.items():
        rows += [{"text": t, "categories": [category], "kind": "positive", "context": "social"} for t in texts]
    rows += [{"text": t, "categories": [], "kind": "hard_negative", "context": "social"} for t in HARD_NEGATIVES]
    rows += [{"text": t, "categories": [], "kind": "benign", "context": "social"} for t in BENIGN]
    with path.open("w") as handle:
        for i, row in enumerate(rows):
            handle.write(json.dumps({"id": f"t{i}", **row}) + "\n")
    return path


@pytest.fixture(scope="session")
def static_embedder():
    from watchkeeper.learned.embeddings import StaticEmbedder

    return StaticEmbedder()


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "messages.jsonl")
