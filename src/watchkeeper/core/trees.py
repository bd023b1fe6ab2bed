"""Boosted decision trees over a sender's features, evaluated without scikit-learn.

The conversation model's risk comes from gradient-boosted trees fitted offline
(`learned.conversation_fit`): trees capture what a weighted sum cannot, such as
"signs from two families, fast, aimed at a minor, with no family or peer cue".
Every tree is stored complete to the same depth (a leaf above that depth is
padded with always-left splits that repeat its value), so all trees are scored
together with a few numpy operations whatever their number.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import repeat
from typing import Any

import numpy as np

# The leaf table has 2**(2**depth - 1) rows: 32,768 at depth 4 (the fit uses 3).
MAX_DEPTH = 4


@dataclass(frozen=True, eq=False)
class TreeEnsemble:
    features: tuple[str, ...]
    depth: int
    # Per tree, in heap order (children of node i are 2i+1 and 2i+2): the feature
    # index and threshold of each split (go right when the value is greater), and
    # the value of each of the 2**depth leaves.
    split_feature: np.ndarray  # (trees, 2**depth - 1) int
    split_threshold: np.ndarray  # (trees, 2**depth - 1) float
    leaf_value: np.ndarray  # (trees, 2**depth) float
    baseline: float

    @cached_property
    def used(self) -> frozenset[str]:
        return frozenset(self.features)

    def __post_init__(self) -> None:
        if self.depth > MAX_DEPTH:
            raise ValueError(f"trees of depth {self.depth}: at most {MAX_DEPTH} can be scored")

    @cached_property
    def _leaf_table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        # A tree's leaf depends only on which way each of its 2**depth - 1 splits goes.
        # Read those directions as the bits of a number (split i as bit i): one table,
        # shared by all trees as they have the same layout, maps it to the leaf, so a
        # lookup replaces walking the trees down level by level (several numpy calls
        # per level; scoring runs whenever a sender's evidence changes).
        inner = 2**self.depth - 1
        leaf_of = np.empty(2**inner, dtype=np.intp)
        for code in range(2**inner):
            node = 0
            while node < inner:
                node = 2 * node + 1 + (code >> node & 1)
            leaf_of[code] = node - inner
        bit_values = 2.0 ** np.arange(inner)  # exact in floating point
        leaf_start = np.arange(len(self.leaf_value)) * self.leaf_value.shape[1]
        return leaf_of, bit_values, leaf_start, self.leaf_value.ravel()

    def log_odds(self, values: Mapping[str, float]) -> float:
        leaf_of, bit_values, leaf_start, leaf_value = self._leaf_table
        x = np.fromiter(map(values.get, self.features, repeat(0.0)), float, len(self.features))
        # Every split's direction at once (a few hundred comparisons), one row per tree.
        go_right = x.take(self.split_feature) > self.split_threshold
        leaves = leaf_of.take((go_right @ bit_values).astype(np.intp))
        return self.baseline + float(leaf_value.take(leaf_start + leaves).sum())

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "depth": self.depth,
            "baseline": self.baseline,
            "split_feature": self.split_feature.tolist(),
            "split_threshold": self.split_threshold.tolist(),
            "leaf_value": self.leaf_value.tolist(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TreeEnsemble:
        return cls(
            features=tuple(data["features"]),
            depth=int(data["depth"]),
            split_feature=np.array(data["split_feature"], dtype=np.intp),
            split_threshold=np.array(data["split_threshold"], dtype=float),
            leaf_value=np.array(data["leaf_value"], dtype=float),
            baseline=float(data["baseline"]),
        )

    @classmethod
    def complete(
        cls, features: tuple[str, ...], depth: int, baseline: float, trees: list[dict[int, tuple]]
    ) -> TreeEnsemble:
        """Build from trees given as {node id: ("split", feature, threshold, left, right)
        or ("leaf", value)}, node 0 the root, each at most `depth` deep."""
        inner, leaves = 2**depth - 1, 2**depth
        split_feature = np.zeros((len(trees), inner), dtype=np.intp)
        split_threshold = np.full((len(trees), inner), np.inf)  # padding: always left
        leaf_value = np.zeros((len(trees), leaves))
        for t, nodes in enumerate(trees):
            # (heap slot, node id); a leaf reached above the last level fills its slot's
            # whole subtree with its value.
            stack = [(0, 0)]
            while stack:
                slot, node_id = stack.pop()
                node = nodes[node_id]
                if node[0] == "split":
                    if slot >= inner:
                        raise ValueError(f"tree {t} is deeper than {depth}")
                    _, feature, threshold, left, right = node
                    split_feature[t, slot], split_threshold[t, slot] = feature, threshold
                    stack += [(2 * slot + 1, left), (2 * slot + 2, right)]
                else:
                    first, last = slot, slot
                    while first < inner:  # the leftmost and rightmost leaf under the slot
                        first, last = 2 * first + 1, 2 * last + 2
                    leaf_value[t, first - inner : last - inner + 1] = node[1]
        return cls(features, depth, split_feature, split_threshold, leaf_value, baseline)
