"""The learned detection layer: sentence embeddings, a calibrated message
scorer trained on labelled examples, and the tools that build it.

The scan path needs only numpy, scikit-learn's outputs (stored as plain
arrays), model2vec and tokenizers: no torch.
"""

from watchkeeper.learned.artifact import ArtifactError
from watchkeeper.learned.scorer import DEFAULT_ARTIFACT_DIR, LearnedScorer, load_scorer

__all__ = ["ArtifactError", "DEFAULT_ARTIFACT_DIR", "LearnedScorer", "load_scorer"]
