"""The conversation threshold is chosen on out-of-fold replays: the best
latency-weighted F1 among thresholds with at most 3% false alarms."""

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
