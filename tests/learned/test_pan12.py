"""PAN12 import on a small synthetic, non-explicit file in the PAN12 layout."""

import json
from pathlib import Path

from typer.testing import CliRunner

from watchkeeper.cli.main import app
from watchkeeper.events import Message, read_jsonl

CORPUS = """<?xml version="1.0" encoding="UTF-8"?>
<conversations>
  <conversation id="c-one">
    <message line="1"><author>aa11</author><time>23:50</time><text>hey how old are u</text></message>
    <message line="2"><author>bb22</author><time>23:52</time><text>14 why</text></message>
    <message line="3"><author>aa11</author><time>23:58</time><text>dont tell ur parents we talk ok</text></message>
    <message line="4"><author>bb22</author><time>00:03</time><text></text></message>
    <message line="5"><author>aa11</author><time>00:05</time><text>add me on another app &amp; delete this</text></message>
  </conversation>
  <conversation id="c-two">
    <message line="2"><author>cc33</author><time>10:01</time><text>did you finish the homework</text></message>
    <message line="1"><author>dd44</author><time>10:00</time><text>hi</text></message>
  </conversation>
</conversations>
"""


def _write(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus.xml"
    corpus.write_text(CORPUS)
    predators = tmp_path / "predators.txt"
    predators.write_text("aa11\n\nzz99\n")
    return corpus, predators


def test_cli_converts_to_events_and_labels(tmp_path: Path):
    corpus, predators = _write(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["convert", "pan12", str(corpus), str(predators), str(out)])
    assert result.exit_code == 0, result.output
    events, read = read_jsonl(out / "events.jsonl", strict=True)
    assert not read.errors
    assert all(isinstance(e, Message) for e in events)
    first = [e for e in events if e.conversation == "c-one"]
    assert [e.id for e in first] == ["c-one-1", "c-one-2", "c-one-3", "c-one-5"]  # empty text skipped
    assert first[-1].text == "add me on another app & delete this"
    assert first[0].recipients == ["bb22"] and first[0].sender == "aa11"
    # Past midnight the day advances, so time order is kept.
    assert [e.ts for e in first] == sorted(e.ts for e in first)
    assert first[-1].ts.date() > first[0].ts.date()
    second = [e for e in events if e.conversation == "c-two"]
    assert [e.id for e in second] == ["c-two-1", "c-two-2"]  # ordered by line
    assert second[0].ts.date() > first[0].ts.date()  # each conversation on its own day

    labels = [json.loads(line) for line in (out / "labels.jsonl").read_text().splitlines()]
    assert labels == [
        {"conversation": "c-one", "label": "grooming", "offender": "aa11", "alert_by": "c-one-5"},
        {"conversation": "c-two", "label": "benign", "offender": None, "alert_by": None},
    ]


def test_alert_fraction_and_account_labels(tmp_path: Path):
    from watchkeeper.convert.pan12 import convert_pan12

    corpus, predators = _write(tmp_path)
    summary = convert_pan12(corpus, predators, tmp_path / "out", alert_fraction=0.5, account_labels=True)
    assert (summary.conversations, summary.grooming, summary.benign, summary.skipped_empty) == (2, 1, 1, 1)
    assert summary.predators_seen == 1
    rows = [json.loads(line) for line in (tmp_path / "out" / "labels.jsonl").read_text().splitlines()]
    assert rows[0]["alert_by"] == "c-one-3"  # 2nd of the offender's 3 lines
    assert {"account": "aa11", "label": "grooming"} in rows
    assert {"account": "cc33", "label": "benign"} in rows


def test_invalid_xml_is_reported(tmp_path: Path):
    corpus = tmp_path / "bad.xml"
    corpus.write_text("<conversations><conversation id='x'>")
    predators = tmp_path / "p.txt"
    predators.write_text("")
    result = CliRunner().invoke(app, ["convert", "pan12", str(corpus), str(predators), str(tmp_path / "o")])
    assert result.exit_code == 2
