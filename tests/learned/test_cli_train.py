import json
from pathlib import Path

from typer.testing import CliRunner

from watchkeeper.cli.main import app


def test_train_command_writes_a_loadable_artifact(tmp_path: Path, tiny_corpus: Path):
    out = tmp_path / "model"
    result = CliRunner().invoke(
        app, ["train", "--messages", str(tiny_corpus), "--out", str(out), "--folds", "3", "--seed", "7"]
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["config"]["seed"] == 7
    from watchkeeper.learned import load_scorer

    assert load_scorer(out).score("dont tell ur parents we talk")


def test_train_command_reports_bad_data(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "hi", "kind": "weird", "categories": []}\n')
    result = CliRunner().invoke(app, ["train", "--messages", str(bad), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2
