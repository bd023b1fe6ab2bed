"""The conversation threshold is chosen on out-of-fold replays: the best
latency-weighted F1 among thresholds with at most 3% false alarms."""

import pytest

from watchkeeper.evaluation.metrics import Evaluation
from watchkeeper.learned.conversation_fit import MAX_FALSE_POSITIVE_RATE, choose_threshold


def run(fpr: float, latency_f1: float) -> Evaluation:
    return Evaluation(false_positive_rate=fpr, latency_weighted_f1=latency_f1)


def test_best_latency_weighted_f1_within_the_false_alarm_budget():
    evaluations = {
        0.5: run(0.10, 0.95),  # best score, too many false alarms
        0.6: run(MAX_FALSE_POSITIVE_RATE, 0.90),
        0.7: run(0.01, 0.85),
    }
    assert choose_threshold(evaluations) == 0.6


def test_ties_go_to_the_higher_threshold():
    assert choose_threshold({0.6: run(0.02, 0.9), 0.7: run(0.0, 0.9)}) == 0.7


def test_with_no_threshold_in_budget_the_fewest_false_alarms_win():
    assert choose_threshold({0.5: run(0.2, 0.9), 0.8: run(0.05, 0.7), 0.9: run(0.05, 0.6)}) == 0.9


def test_splits_are_averaged_and_their_conversation_lists_united():
    from watchkeeper.learned.conversation_fit import mean_evaluation

    a = Evaluation(f1=0.9, false_positive_rate=0.02, false_alarms=["b1"], missed=["t1"])
    b = Evaluation(f1=0.8, false_positive_rate=0.04, false_alarms=["b2"], missed=["t1"])
    mean = mean_evaluation([a, b])
    assert mean.f1 == pytest.approx(0.85) and mean.false_positive_rate == pytest.approx(0.03)
    assert mean.false_alarms == ["b1", "b2"] and mean.missed == ["t1"]


def test_states_near_alert_by_weigh_most_and_every_conversation_the_same():
    import numpy as np

    from watchkeeper.learned.conversation_fit import Samples, sample_weights

    # Threat t1: offender states at alert_by, 5 and 10 messages later; benign b1: 2 states.
    samples = Samples(
        x=np.zeros((5, 1)), y=np.array([1, 1, 1, 0, 0]),
        groups=np.array(["t1", "t1", "t1", "b1", "b1"]), late_by=np.array([0, 5, 10, 0, 0]),
    )
    w = sample_weights(samples)
    assert w[0] == pytest.approx(2 * w[1])  # penalty(5) = 0.5
    assert w[1] > w[2] > 0
    assert w[:3].sum() == pytest.approx(w[3:].sum())  # the classes weigh the same
    assert w[3] == pytest.approx(w[4])


def test_a_stronger_l2_penalty_gives_smaller_weights_and_signs_only_add_risk():
    import numpy as np

    from watchkeeper.learned.conversation_fit import FEATURES, FIXED, Samples, fit_weights

    rng = np.random.default_rng(0)
    x = rng.random((200, len(FEATURES)))
    y = (x[:, FEATURES.index("age_probing")] > 0.5).astype(int)
    samples = Samples(x=x, y=y, groups=np.array([f"c{i % 20}" for i in range(200)]), late_by=np.zeros(200))
    loose, _ = fit_weights(samples, l2=0.0001)
    tight, _ = fit_weights(samples, l2=0.1)
    learned = [f for f in FEATURES if f not in FIXED]
    assert sum(abs(tight[f]) for f in learned) < sum(abs(loose[f]) for f in learned)
    assert loose["age_probing"] > 1.0 and all(loose[f] >= 0 for f in ("secrecy", "threats", "gifts"))


def test_fitted_trees_score_as_scikit_learn_and_only_signs_raise_risk():
    """The exported trees are checked against scikit-learn inside `fit_trees`; here,
    the monotone constraints: more of a warning sign never lowers the log-odds,
    more of a cue never raises them, and fixed (policy) features are left out."""
    import numpy as np

    from watchkeeper.learned.conversation_fit import FEATURES, FIXED, Samples, fit_trees

    rng = np.random.default_rng(5)
    n = 600
    x = rng.random((n, len(FEATURES))) * (rng.random((n, len(FEATURES))) < 0.3)
    secrecy, group = FEATURES.index("secrecy"), FEATURES.index("group")
    y = ((x[:, secrecy] > 0.4) & (x[:, group] < 0.5)).astype(int)
    samples = Samples(x, y, np.array([f"c{i % 60}" for i in range(n)]), np.zeros(n, dtype=int))
    trees = fit_trees(samples)
    assert not trees.used & set(FIXED)
    base = {"secrecy": 0.2, "group": 0.0, "flattery": 0.3}
    more_secrecy = trees.log_odds({**base, "secrecy": 0.9})
    assert more_secrecy > trees.log_odds(base)
    assert trees.log_odds({**base, "secrecy": 0.9, "group": 1.0}) < more_secrecy


def test_each_detector_set_scores_with_the_conversation_model_fitted_for_it(tmp_path):
    """Patterns alone find sparser evidence than patterns with the learned layer, so
    `--model none` must not borrow the default set's trees and threshold."""
    import json

    from watchkeeper.core.config import DEFAULT_CONFIG, MODEL_FILES, fitted_config
    from watchkeeper.detectors import build_engine

    shipped = json.loads(MODEL_FILES["none"].read_text(encoding="utf-8"))
    assert shipped["scorers"] == "none"
    patterns_only = build_engine("none").config
    assert patterns_only is fitted_config("none")
    assert patterns_only.alert_threshold == shipped["threshold"]
    assert patterns_only.weights == shipped["weights"] and patterns_only.weights != DEFAULT_CONFIG.weights
    assert patterns_only.trees is not None and patterns_only.trees is not DEFAULT_CONFIG.trees
    # The default set, and a learned model of one's own, use the default model.
    assert fitted_config("default") is DEFAULT_CONFIG
    assert fitted_config(str(tmp_path / "my-model")) is DEFAULT_CONFIG


def _worded_corpus():
    """Threats whose offender writes along e1 to a young person writing along e2, benign
    chats along e2 on both sides, and one threat (t-odd) whose offender writes along e3."""
    from datetime import UTC, datetime, timedelta

    import numpy as np

    from watchkeeper.core.engine import MessageAnalysis
    from watchkeeper.evaluation.metrics import ConversationLabel, Timeline
    from watchkeeper.events import Message
    from watchkeeper.learned.conversation_fit import Embeddings

    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    e1, e2, e3 = [1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]
    events, vectors, labels = [], [], {}

    def say(conversation: str, sender: str, vector: list[float]) -> None:
        events.append(Message(
            id=f"{conversation}-m{len(events)}", conversation=conversation, sender=sender,
            recipients=["x"], ts=t0 + timedelta(minutes=len(events)), text="...",
        ))
        vectors.append(vector)

    for i in range(12):
        for conversation, offender_vector in ((f"t{i}", e1), *((("t-odd", e3),) if i == 0 else ())):
            say(conversation, "o", offender_vector)
            labels[conversation] = ConversationLabel(conversation, "grooming", "o", events[-1].id)
            say(conversation, "kid", e2)
            say(conversation, "o", offender_vector)
        say(f"b{i}", "p", e2)
        say(f"b{i}", "q", e2)
        labels[f"b{i}"] = ConversationLabel(f"b{i}", "benign", None, None)
    embeddings = Embeddings("toy", {e.id: i for i, e in enumerate(events)}, np.array(vectors))
    analyses = {e.id: MessageAnalysis([], []) for e in events}
    return events, embeddings, analyses, labels, Timeline.from_events(events)


def test_the_wording_model_learns_the_offenders_words_and_the_trees_see_unseen_conversations_scores():
    import numpy as np

    from watchkeeper.learned.conversation_fit import cross_fitted_wording

    events, embeddings, analyses, labels, timeline = _worded_corpus()
    model, worded = cross_fitted_wording(set(labels), events, analyses, embeddings, labels, timeline)
    assert model.embedder == "toy"
    terms = model.terms(np.eye(3))[:, 0]
    assert terms[0] > terms[1]  # an offender's words (e1) read as riskier than everyday ones (e2)
    assert all(a.wording is not None for a in worded.values())
    assert all(a.wording is None for a in analyses.values())  # the input is left as it was
    # t-odd's offender writes along e3, which only t-odd has: the full model learned it
    # from t-odd itself, the cross-fitted terms come from a model that never saw t-odd.
    odd = next(e.id for e in events if e.conversation == "t-odd" and e.sender == "o")
    assert model.terms(np.array([[0.0, 0.0, 1.0]]))[0, 0] > worded[odd].wording[0] + 0.5


def test_the_default_detectors_read_the_wording_in_the_engine_and_in_worker_analyzers_alike():
    from watchkeeper.detectors import build_analyzer, build_engine

    texts = ["hey how old are you", "see you at practice"]
    in_engine = build_engine("default").analyzer.analyse(texts)
    assert all(a.wording is not None for a in in_engine)
    assert [a.wording for a in build_analyzer("default").analyse(texts)] == [a.wording for a in in_engine]
    assert [a.wording for a in build_analyzer("none").analyse(texts)] == [None, None]
