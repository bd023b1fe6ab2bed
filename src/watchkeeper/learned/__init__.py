"""The learned detection layer: sentence embeddings, a calibrated message
scorer trained on labelled examples, and the tools that build it.

The scan path needs only numpy, scikit-learn's outputs (stored as plain
arrays), model2vec and tokenizers: no torch.

The names below load on first use, so a light submodule (`learned.config`, which
the command line reads for `train --help`) does not import the scorer's stack.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from watchkeeper.learned.artifact import ArtifactError
    from watchkeeper.learned.scorer import DEFAULT_ARTIFACT_DIR, LearnedScorer, load_scorer

__all__ = ["ArtifactError", "DEFAULT_ARTIFACT_DIR", "LearnedScorer", "load_scorer"]

_HOMES = {
    "ArtifactError": "watchkeeper.learned.artifact",
    "DEFAULT_ARTIFACT_DIR": "watchkeeper.learned.scorer",
    "LearnedScorer": "watchkeeper.learned.scorer",
    "load_scorer": "watchkeeper.learned.scorer",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
