"""The fitted message model's linear layer, as the scorer uses it.

Kept apart from `training` so that loading a model for scoring does not import
scikit-learn (about 1.5 s of CPU in every process that loads the model).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp


@dataclass(slots=True)
class FittedLinear:
    """Calibrated logistic models: p = sigmoid(lexical @ lex.T + embedding @ emb.T + bias)."""

    lexical: np.ndarray  # (models, lexical columns)
    embedding: np.ndarray  # (models, embedding dim)
    bias: np.ndarray  # (models,)
    # scipy copies a transposed dense operand into C order on every sparse product
    # (about 0.3 ms for these weights): kept here once.
    _lexical_columns: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._lexical_columns = np.ascontiguousarray(self.lexical.T)

    def logits(self, lexical: sp.csr_matrix, embedding: np.ndarray) -> np.ndarray:
        out = np.asarray(lexical @ self._lexical_columns, dtype=np.float32)
        out += embedding @ self.embedding.T
        out += self.bias
        return out


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40, 40)))
