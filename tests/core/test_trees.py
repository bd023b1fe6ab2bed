"""Boosted trees are scored without scikit-learn: every tree is padded to the same
depth and all are walked together. The padded form must score exactly as the trees
it came from, and survive a round trip through the model file's JSON."""

from __future__ import annotations

import itertools
import json
import math

import pytest

from watchkeeper.core.trees import TreeEnsemble

FEATURES = ("secrecy", "to_minor", "group")
# Tree 1: a full split on secrecy then to_minor on the right; tree 2: a single leaf
# (a stump that learned nothing); tree 3: one split on group, leaves at depth 1.
TREES = [
    {
        0: ("split", 0, 0.5, 1, 2),
        1: ("leaf", -1.0),
        2: ("split", 1, 0.5, 3, 4),
        3: ("leaf", 0.5),
        4: ("split", 2, 0.5, 5, 6),
        5: ("leaf", 2.0),
        6: ("leaf", 0.25),
    },
    {0: ("leaf", 0.125)},
    {0: ("split", 2, 0.0, 1, 2), 1: ("leaf", 0.0), 2: ("leaf", -0.75)},
]


def walk(trees, baseline, values):
    """The trees as given, walked one by one (the reference)."""
    total = baseline
    for nodes in trees:
        node = nodes[0]
        while node[0] == "split":
            _, feature, threshold, left, right = node
            node = nodes[right if values.get(FEATURES[feature], 0.0) > threshold else left]
        total += node[1]
    return total


CASES = [
    {},
    {"secrecy": 0.9},
    {"secrecy": 0.9, "to_minor": 1.0},
    {"secrecy": 0.9, "to_minor": 1.0, "group": 1.0},
    {"secrecy": 0.5, "to_minor": 1.0},  # on a threshold: goes left
    {"group": 1.0},
]


@pytest.mark.parametrize("values", CASES)
def test_padded_trees_score_as_the_trees_they_came_from(values):
    ensemble = TreeEnsemble.complete(FEATURES, 3, -0.5, TREES)
    assert ensemble.log_odds(values) == pytest.approx(walk(TREES, -0.5, values))


def test_features_the_trees_do_not_know_are_ignored_and_missing_ones_are_zero():
    ensemble = TreeEnsemble.complete(FEATURES, 3, 0.0, TREES)
    assert ensemble.log_odds({"secrecy": 0.9, "reported": 1.0}) == ensemble.log_odds({"secrecy": 0.9})
    assert ensemble.used == frozenset(FEATURES)


def test_the_json_round_trip_scores_the_same():
    ensemble = TreeEnsemble.complete(FEATURES, 3, -0.5, TREES)
    again = TreeEnsemble.from_dict(json.loads(json.dumps(ensemble.to_dict())))
    for values in CASES:
        assert again.log_odds(values) == ensemble.log_odds(values)


def test_a_tree_deeper_than_declared_is_refused():
    with pytest.raises(ValueError, match="deeper than 1"):
        TreeEnsemble.complete(FEATURES, 1, 0.0, TREES[:1])


def test_trees_of_depth_four_score_as_walked_and_deeper_ones_are_refused():
    """A tree's leaf is looked up from the directions of all its splits, in a table of
    2**15 rows at depth 4; deeper trees would need 2**31 and are refused."""
    # One full tree of depth 4: split i on feature i % 3, at (i % 4) / 4; 16 distinct leaves.
    nodes = {i: ("split", i % 3, (i % 4) / 4, 2 * i + 1, 2 * i + 2) for i in range(15)}
    nodes.update({i: ("leaf", float(i - 15)) for i in range(15, 31)})
    ensemble = TreeEnsemble.complete(FEATURES, 4, 0.5, [nodes, TREES[0]])
    grid = (0.0, 0.25, 0.3, 0.6, 0.9)
    for values in [dict(zip(FEATURES, v)) for v in itertools.product(grid, repeat=3)]:
        assert ensemble.log_odds(values) == walk([nodes, TREES[0]], 0.5, values)
    with pytest.raises(ValueError, match="depth 5"):
        TreeEnsemble.complete(FEATURES, 5, 0.0, [nodes])


def test_with_trees_a_fixed_policy_feature_still_adds_its_weight():
    """Extortion (a claimed hold plus another threat) is actionable on its own: the
    trees leave it out and its fixed weight is added to their log-odds."""
    from watchkeeper.core.config import DetectionConfig
    from watchkeeper.core.conversation import AgeInfo, ConversationTracker, SenderState, sender_risk
    from watchkeeper.core.signals import Category

    quiet = TreeEnsemble.complete(("secrecy",), 1, -6.0, [{0: ("leaf", 0.0)}])
    config = DetectionConfig(weights={"extortion": 10.0, "secrecy": 50.0}, trees=quiet)
    tracker = ConversationTracker("c1")
    tracker.participants |= {"x", "y"}
    plain = SenderState(evidence={Category.SECRECY: 0.9})
    extorting = SenderState(evidence={Category.THREATS: 0.9}, threat_kinds={"leverage", "exposure"})
    ages = lambda user: AgeInfo()  # noqa: E731
    # The trees decide secrecy (its linear weight only ranks evidence); the policy adds 10.
    assert sender_risk("x", plain, tracker, ages, config) == pytest.approx(1 / (1 + math.exp(6)))
    assert sender_risk("x", extorting, tracker, ages, config) == pytest.approx(1 / (1 + math.exp(-4)))


def test_the_shipped_model_scores_with_trees_over_the_features_the_tracker_computes():
    """A renamed feature would silently read as 0 in the trees: the shipped file must
    name only features the fit knows, and leave the fixed policy ones to their weights."""
    from watchkeeper.core.config import DEFAULT_CONFIG
    from watchkeeper.learned.conversation_fit import FEATURES, FIXED

    trees = DEFAULT_CONFIG.trees
    assert trees is not None
    assert set(trees.features) == set(FEATURES) - set(FIXED)
    assert all(DEFAULT_CONFIG.weights[f] == w for f, w in FIXED.items())
