"""Moderator feedback: a dismissed false alarm stops alerting, a confirmed miss starts."""

import json
from pathlib import Path

import pytest

from watchkeeper.core.signals import Category
from watchkeeper.learned.feedback import read_feedback
from watchkeeper.learned.scorer import LearnedScorer
from watchkeeper.learned.training import TrainConfig, TrainingDataError, train_from_paths

CONFIG = TrainConfig(folds=3)
FALSE_ALARM = "are you home alone? i left soup for you on the porch"
MISSED = "my cousin runs a studio in the city, u could work there, ill cover the train ticket"


def _decisions(path: Path) -> Path:
    rows = [
        {"alert": "a-1", "decision": "dismiss", "categories": ["personal_info"],
         "messages": [{"id": "m1", "text": FALSE_ALARM, "sender": "aunt"}]},
        {"alert": "a-2", "decision": "confirm", "categories": ["exploitative_offer"],
         "messages": [{"id": "m2", "text": MISSED, "sender": "stranger"}]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_dismissed_alarm_stops_and_confirmed_miss_starts(tmp_path: Path, tiny_corpus: Path):
    base_folder, _ = train_from_paths([tiny_corpus], out_dir=tmp_path / "base", config=CONFIG)
    base = LearnedScorer.load(base_folder)
    assert Category.PERSONAL_INFO in {s.category for s in base.score(FALSE_ALARM)}
    assert Category.EXPLOITATIVE_OFFER not in {s.category for s in base.score(MISSED)}
    before = base.probabilities([FALSE_ALARM, MISSED])

    feedback = _decisions(tmp_path / "feedback.jsonl")
    folder, _ = train_from_paths([tiny_corpus], feedback=[feedback], out_dir=tmp_path / "new", config=CONFIG)
    rebuilt = LearnedScorer.load(folder)
    assert rebuilt.score(FALSE_ALARM) == []
    confirmed = [s for s in rebuilt.score(MISSED) if s.category == Category.EXPLOITATIVE_OFFER]
    assert confirmed and confirmed[0].detail.startswith("confirmed by a moderator")
    # The retrained classifier itself moved, not only the decision index.
    after = rebuilt.probabilities([FALSE_ALARM, MISSED])
    column = {c: i for i, c in enumerate(rebuilt.categories)}
    assert after[0, column[Category.PERSONAL_INFO]] < before[0, column[Category.PERSONAL_INFO]]
    assert after[1, column[Category.EXPLOITATIVE_OFFER]] > before[1, column[Category.EXPLOITATIVE_OFFER]]
    # Untouched texts keep working.
    assert Category.SECRECY in {s.category for s in rebuilt.score("dont tell ur parents we talk")}


def test_service_export_format_is_read(tmp_path: Path):
    row = {"decision_id": 3, "decision": "confirm", "note": "",
           "alert": {"id": 9, "kind": "conversation", "account": "u1", "categories": ["secrecy"]},
           "messages": [{"id": "m1", "sender": "u1", "text": "keep this between us"},
                        {"id": "m2", "sender": "u2", "text": "ok"}]}
    skipped = {**row, "decision": "escalate"}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(row) + "\n" + json.dumps(skipped) + "\n")
    decisions = read_feedback(path)
    assert len(decisions) == 1
    assert decisions[0].categories == ("secrecy",)
    assert [m.text for m in decisions[0].messages] == ["keep this between us"]


def test_bad_feedback_names_the_line(tmp_path: Path):
    path = tmp_path / "feedback.jsonl"
    path.write_text('{"alert": "a", "decision": "maybe", "messages": [{"text": "x"}]}\n')
    with pytest.raises(TrainingDataError, match="line 1"):
        read_feedback(path)
