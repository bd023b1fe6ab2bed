"""The wording model: per-message terms, running means per sender, causality, and
the analyzer that attaches the terms only for the embedder the model was fitted on."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from watchkeeper.core.config import DetectionConfig
from watchkeeper.core.conversation import AgeInfo, ConversationTracker
from watchkeeper.core.engine import MessageAnalyzer
from watchkeeper.core.signals import Category, MessageSignal
from watchkeeper.core.wording import WordingModel, wording_score

T0 = datetime(2026, 1, 1, tzinfo=UTC)
MODEL = WordingModel("toy", author=np.array([2.0, 0.0]), counterpart=np.array([0.0, 1.0]), bias=-1.0)
CONFIG = DetectionConfig(wording=MODEL)


def no_age(_: str) -> AgeInfo:
    return AgeInfo()


def test_terms_are_projections_with_the_bias_on_the_author_side():
    terms = MODEL.terms(np.array([[1.0, 0.0], [0.5, 3.0]]))
    assert terms.tolist() == [[1.0, 0.0], [0.0, 3.0]]


def test_round_trip_and_mismatched_weights_are_refused():
    again = WordingModel.from_dict(MODEL.to_dict())
    assert again.embedder == "toy" and again.bias == -1.0
    assert again.author.tolist() == [2.0, 0.0] and again.counterpart.tolist() == [0.0, 1.0]
    with pytest.raises(ValueError, match="one length"):
        WordingModel.from_dict({"embedder": "toy", "author": [1.0], "counterpart": [1.0, 2.0], "bias": 0})


def _say(tracker: ConversationTracker, i: int, sender: str, terms: tuple[float, float], signals=()) -> None:
    tracker.add_signals(
        f"m{i}", sender, None, T0 + timedelta(minutes=i), list(signals), no_age, CONFIG, wording=terms
    )


def test_a_senders_wording_is_their_mean_beside_everyone_elses_as_of_their_last_sign():
    tracker = ConversationTracker("c1")
    sign = MessageSignal(Category.AGE_PROBING, 0.6, 0, 3, "how")
    _say(tracker, 1, "a", (1.0, 5.0), [sign])
    a = tracker.senders["a"]
    assert a.wording == pytest.approx(wording_score(1.0, 0.0))  # no one else has written yet
    _say(tracker, 2, "b", (7.0, -2.0))
    _say(tracker, 3, "b", (9.0, 0.0))
    assert tracker.senders["b"].wording is None  # b has shown no sign: b's risk is never scored
    # Others' messages and a's own messages without a sign do not move a's score (risk
    # is recomputed when evidence changes)...
    _say(tracker, 4, "a", (3.0, 1.0))
    assert a.wording == pytest.approx(wording_score(1.0, 0.0))
    # ...a's next sign reads everything so far: a's words as author, b's as counterpart,
    # never a's own as counterpart.
    _say(tracker, 5, "a", (5.0, 9.0), [sign])
    assert a.wording == pytest.approx(wording_score(3.0, -1.0))
    assert a.wording == pytest.approx(1 / (1 + math.exp(-2.0)))


def test_packed_analyses_unpack_to_the_same_analyses():
    from watchkeeper.core.engine import (
        NOTHING_FOUND,
        MessageAnalysis,
        pack_analyses,
        unpack_analyses,
    )

    sign = MessageSignal(Category.SECRECY, 0.8, 0, 4, "dont")
    analyses = [
        MessageAnalysis([], [], wording=(0.5, -1.0)),
        MessageAnalysis([sign], [], wording=(2.0, 0.25)),
        MessageAnalysis([], [14], wording=(0.0, 0.0)),
    ]
    found, terms = pack_analyses(analyses)
    assert found[0] is None and found[1] is analyses[1] and terms.shape == (3, 2)
    assert unpack_analyses((found, terms)) == analyses
    assert unpack_analyses(pack_analyses([NOTHING_FOUND, analyses[1]])) == [NOTHING_FOUND, analyses[1]]
    without = [NOTHING_FOUND, MessageAnalysis([sign], [])]
    assert pack_analyses(without)[1] is None and unpack_analyses(pack_analyses(without)) == without


def test_the_wording_is_a_feature_and_shown_as_context_only_when_it_reads_like_a_threat():
    from watchkeeper.core.conversation import sender_features

    alerting = replace(CONFIG, alert_threshold=0.0)
    for terms, shown in (((4.0, 0.0), True), ((-4.0, 0.0), False)):
        tracker = ConversationTracker("c1")
        tracker.add_signals(
            "m1", "a", ["b"], T0, [MessageSignal(Category.SECRECY, 0.9, 0, 4, "dont")], no_age, alerting,
            wording=terms,
        )
        features = sender_features("a", tracker.senders["a"], tracker, no_age, alerting)
        assert features["wording"] == pytest.approx(wording_score(terms[0], 0.0))
        assert tracker.alert
        assert ("wording" in tracker.assessment(alerting, no_age).context) is shown


class ToyEmbedder:
    """An embedding scorer: one sign for texts with 'secret', embeddings by length."""

    embedder_name = "toy"

    def score(self, text):
        return self.score_batch([text])[0]

    def score_batch(self, texts):
        return self.score_batch_with_embeddings(texts)[0]

    def score_batch_with_embeddings(self, texts):
        signals = [
            [MessageSignal(Category.SECRECY, 0.8, 0, len(t), t, "learned")] if "secret" in t else [] for t in texts
        ]
        return signals, np.array([[len(t), 1.0] for t in texts])


def test_the_analyzer_adds_terms_only_for_the_embedder_the_model_was_fitted_on():
    texts = ["hi", "our secret"]
    worded = MessageAnalyzer([ToyEmbedder()], MODEL).analyse(texts)
    assert [a.wording for a in worded] == [(3.0, 1.0), (19.0, 1.0)]
    assert worded[1].signals[0].category is Category.SECRECY
    other = replace(MODEL, embedder="another")
    assert [a.wording for a in MessageAnalyzer([ToyEmbedder()], other).analyse(texts)] == [None, None]
    assert [a.wording for a in MessageAnalyzer([ToyEmbedder()]).analyse(texts)] == [None, None]
