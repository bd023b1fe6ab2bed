import json
from pathlib import Path

import numpy as np
import pytest

from watchkeeper.learned.artifact import (
    MANIFEST,
    WEIGHTS,
    ArtifactError,
    load_artifact,
    sha256_file,
)
from watchkeeper.learned.scorer import LearnedScorer
from watchkeeper.learned.training import (
    TrainConfig,
    TrainingDataError,
    read_message_examples,
    train_from_paths,
    train_model,
)

CONFIG = TrainConfig(folds=3)


@pytest.fixture
def trained(tmp_path: Path, tiny_corpus: Path):
    folder, model = train_from_paths([tiny_corpus], out_dir=tmp_path / "model", config=CONFIG)
    return folder, model


def test_round_trip_gives_the_same_probabilities(trained):
    folder, model = trained
    scorer = LearnedScorer.load(folder)
    texts = ["dont tell ur mom we talk", "gg see you tomorrow"]
    first = scorer.probabilities(texts)
    again = LearnedScorer.load(folder).probabilities(texts)
    np.testing.assert_array_equal(first, again)
    assert first.shape == (2, len(model.categories))
    assert ((first >= 0) & (first <= 1)).all()


def test_model_card_and_manifest_are_written(trained):
    folder, _ = trained
    manifest = json.loads((folder / MANIFEST).read_text())
    assert manifest["format_version"] == 1
    assert set(manifest["files"]) == {"weights.safetensors", "exemplars.json"}
    assert manifest["training"]["files"]["messages.jsonl"]
    card = (folder / "model_card.md").read_text()
    assert "Cross-validated metrics" in card and "| secrecy |" in card


def test_checksum_mismatch_is_refused_with_a_clear_error(trained):
    folder, _ = trained
    weights = folder / WEIGHTS
    data = bytearray(weights.read_bytes())
    data[-1] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match="checksum mismatch"):
        load_artifact(folder)


def test_other_format_version_is_refused(trained):
    folder, _ = trained
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["format_version"] = 99
    (folder / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(ArtifactError, match="format version 99"):
        load_artifact(folder)


def test_missing_folder_is_refused(tmp_path: Path):
    with pytest.raises(ArtifactError, match="manifest"):
        load_artifact(tmp_path)


def test_same_seed_gives_the_same_weights(tmp_path: Path, tiny_corpus: Path):
    a, _ = train_from_paths([tiny_corpus], out_dir=tmp_path / "a", config=CONFIG)
    b, _ = train_from_paths([tiny_corpus], out_dir=tmp_path / "b", config=CONFIG)
    assert sha256_file(a / WEIGHTS) == sha256_file(b / WEIGHTS)


def test_held_out_data_is_refused(tmp_path: Path, tiny_corpus: Path):
    held_out = tmp_path / "data" / "eval"
    held_out.mkdir(parents=True)
    copy = held_out / "messages.jsonl"
    copy.write_text(tiny_corpus.read_text())
    with pytest.raises(TrainingDataError, match="held out"):
        read_message_examples(copy)


def test_bad_training_line_names_the_line(tmp_path: Path):
    path = tmp_path / "messages.jsonl"
    path.write_text('{"text": "hi", "categories": [], "kind": "benign"}\n{"text": "x", "categories": ["nope"], "kind": "positive"}\n')
    with pytest.raises(TrainingDataError, match="line 2.*unknown categories"):
        read_message_examples(path)


def test_training_needs_both_classes(tiny_corpus: Path):
    positives = [e for e in read_message_examples(tiny_corpus) if e.harmful]
    with pytest.raises(TrainingDataError):
        train_model(positives, CONFIG)


def test_the_shipped_model_was_built_from_the_shipped_corpus():
    """`watchkeeper train` records the SHA-256 of every file it read: a changed training
    corpus without a rebuilt model would score dev and eval with a stale model."""
    from watchkeeper.learned import DEFAULT_ARTIFACT_DIR

    train = Path(__file__).resolve().parents[2] / "data" / "train"
    recorded = json.loads((DEFAULT_ARTIFACT_DIR / MANIFEST).read_text())["training"]["files"]
    assert recorded == {name: sha256_file(train / name) for name in recorded}
    assert set(recorded) == {"messages.jsonl", "events.jsonl", "labels.jsonl"}
