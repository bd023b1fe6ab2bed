"""`watchkeeper scan` and `evaluate` end to end, on the real detectors."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from watchkeeper.cli.main import app

T0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
runner = CliRunner()

THREAT = [
    ("o", "hey ur so mature for ur age, how old r u?"),
    ("v", "13"),
    ("o", "what school do u go to? r ur parents home after school"),
    ("o", "this is our secret ok, dont tell ur mom. delete our chat"),
    ("o", "add me on sn@p its private there"),
    ("o", "send me a pic of u rn, just for me"),
    ("o", "come alone saturday, i'll pay for the bus. leave your phone at home"),
]
FAMILY = [("d", "did you eat?"), ("k", "yes pasta"), ("d", "good, homework before tv"), ("k", "ugh fine dad")]


def write_events(path, extra_lines=()):
    lines = [
        {"type": "profile", "user": "o", "ts": T0.isoformat(), "stated_age": 34},
        {"type": "profile", "user": "v", "ts": T0.isoformat(), "stated_age": 13},
    ]
    for conversation, script in (("threat", THREAT), ("family", FAMILY)):
        for i, (sender, text) in enumerate(script, start=1):
            other = [u for u, _ in script if u != sender][:1]
            lines.append({
                "type": "message", "id": f"{conversation}-m{i}", "conversation": conversation, "sender": sender,
                "recipients": other, "ts": (T0 + timedelta(minutes=i)).isoformat(), "text": text, "platform": "social",
            })
    body = [json.dumps(line) for line in lines]
    body[3:3] = list(extra_lines)
    path.write_text("\n".join(body) + "\n", encoding="utf-8")


def test_scan_writes_the_spec_report_and_reports_bad_lines(tmp_path):
    events = tmp_path / "events.jsonl"
    write_events(events, ['{"type": "message", "id": "x"', json.dumps({"type": "message", "id": "y", "ts": "now"})])
    report, html = tmp_path / "report.json", tmp_path / "report.html"
    result = runner.invoke(app, ["scan", str(events), "--json", str(report), "--html", str(html)])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())  # Rich wraps long lines
    assert "2 bad line(s)" in output
    assert "line 4: invalid JSON" in output and "line 5: ts: Input should be a valid datetime" in output
    data = json.loads(report.read_text())
    by_id = {c["conversation"]: c for c in data["conversations"]}
    assert set(by_id) == {"threat", "family"}  # the good lines around the bad ones were kept
    assert by_id["threat"]["alert"] and by_id["threat"]["suspect"] == "o"
    assert not by_id["family"]["alert"]
    assert {a["account"] for a in data["accounts"]} == {"o", "v", "d", "k"}
    page = html.read_text()
    assert "<mark" in page and "Conversation threat" in page and "Conversation family" not in page
    # The context the alert was scored in (a 34-year-old writing to a 13-year-old), in plain words.
    assert "adult_to_minor" in by_id["threat"]["context"] and "context" not in by_id["family"]
    assert "An adult, by the ages stated, is writing to a minor." in page


def test_strict_stops_at_the_first_bad_line(tmp_path):
    events = tmp_path / "events.jsonl"
    write_events(events, ["{oops"])
    result = runner.invoke(app, ["scan", str(events), "--strict"])
    assert result.exit_code == 2 and "line 4" in " ".join(result.output.split())


def test_evaluate_prints_figures_against_labels(tmp_path):
    events, labels = tmp_path / "events.jsonl", tmp_path / "labels.jsonl"
    write_events(events)
    labels.write_text(
        json.dumps({"conversation": "threat", "label": "grooming", "offender": "o", "alert_by": "threat-m7"}) + "\n"
        + json.dumps({"conversation": "family", "label": "benign", "offender": None, "alert_by": None}) + "\n"
    )
    result = runner.invoke(app, ["evaluate", str(events), str(labels), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output[result.output.index("{"):])
    assert figures["true_positives"] == 1 and figures["false_positives"] == 0
    assert figures["on_time_recall"] == 1.0 and figures["suspect_accuracy"] == 1.0


def test_worker_processes_give_the_same_report_as_one_process(tmp_path):
    """Analysis in worker processes (with its compact hand-back) changes nothing."""
    source = str(Path(__file__).resolve().parents[2] / "data" / "train" / "events.jsonl")
    reports = []
    for workers in ("0", "2"):
        report = tmp_path / f"report-{workers}.json"
        result = runner.invoke(app, ["scan", source, "--json", str(report), "--workers", workers])
        assert result.exit_code == 0, result.output
        reports.append(json.loads(report.read_text()))
    one, two = reports
    assert one == two
    assert sum(c["alert"] for c in one["conversations"]) > 10


def test_workers_option_rejects_nonsense(tmp_path):
    events = tmp_path / "events.jsonl"
    write_events(events)
    result = runner.invoke(app, ["scan", str(events), "--workers", "many"])
    assert result.exit_code == 2 and "auto" in result.output
