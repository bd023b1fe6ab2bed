"""The wording of a conversation so far, as evidence against one sender.

A linear model over two means of sentence embeddings: of the sender's own
messages, and of everyone else's in the conversation. It is fitted with the
conversation model (`learned.conversation_fit`) to tell the offenders of the
training threats, from `alert_by` on, from everyone else. The other side's words
carry much of the context no single message does: a young person answering a
stranger's questions reads unlike a nephew teasing his aunt, and a job offer
discussed with a manager unlike one pressed on someone alone.

Means are linear, so the model is applied to each message once: the analyzer
projects its embedding onto the two weight vectors (`terms`; the bias rides on the
author's term, as every scored sender has written at least one message), and a
tracker keeps running sums of those two numbers. The score is a feature of the trees like any
other, and may only raise risk; it never alerts alone, as risk is only scored
for senders with warning signs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True, eq=False)
class WordingModel:
    # The sentence embedder the weights were fitted on (`Embedder.name`): another
    # embedder's vectors would be meaningless to them.
    embedder: str
    author: np.ndarray  # (dim,) weights on the mean embedding of the sender's messages
    counterpart: np.ndarray  # (dim,) weights on the mean embedding of the others' messages
    bias: float

    def terms(self, embeddings: np.ndarray) -> np.ndarray:
        """(n, 2): each message's share of the log-odds as written by the sender scored
        (bias included), and as written by someone else in the conversation."""
        terms = np.asarray(embeddings, dtype=np.float64) @ np.stack([self.author, self.counterpart], axis=1)
        terms[:, 0] += self.bias
        return terms

    def to_dict(self) -> dict[str, Any]:
        return {
            "embedder": self.embedder,
            "author": [round(float(w), 6) for w in self.author],
            "counterpart": [round(float(w), 6) for w in self.counterpart],
            "bias": round(float(self.bias), 6),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WordingModel:
        author = np.asarray(data["author"], dtype=np.float64)
        counterpart = np.asarray(data["counterpart"], dtype=np.float64)
        if author.shape != counterpart.shape or author.ndim != 1:
            raise ValueError("wording model: 'author' and 'counterpart' must be weight lists of one length")
        return cls(data["embedder"], author, counterpart, float(data["bias"]))


def wording_score(author_mean: float, counterpart_mean: float) -> float:
    """The model's probability from the means of the two terms (0 for a side with no messages)."""
    return 1.0 / (1.0 + math.exp(-(author_mean + counterpart_mean)))
