"""`watchkeeper scan` and `watchkeeper evaluate`."""

from __future__ import annotations

import json
import os
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from watchkeeper.core.engine import Engine
from watchkeeper.detectors import build_analyzer, build_engine
from watchkeeper.evaluation.metrics import Evaluation, Timeline, evaluate_report, read_labels
from watchkeeper.events import EventParseError, read_jsonl
from watchkeeper.scan.runner import ScanSummary, scan_file

console = Console(stderr=True)
out = Console()

MAX_ERRORS_SHOWN = 20
# Alerted conversations kept for the terminal table and the HTML report (the
# riskiest); the JSON report has them all. Keeps memory flat on huge files.
MAX_ALERTS_KEPT = 2000
# Below this size, starting worker processes (each loads the model) costs more than it saves.
WORKERS_FROM_BYTES = 5_000_000


def auto_workers(path: Path) -> int:
    """Text-analysis processes for `scan --workers auto`: one per core on large files."""
    if path.stat().st_size < WORKERS_FROM_BYTES:
        return 0
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1



ModelOption = Annotated[
    str,
    typer.Option(
        "--model",
        help="Learned model: 'default' (shipped), a path to an artifact, or 'none' for patterns only.",
    ),
]


def _run(
    events: Path, model: str, engine: Engine, strict: bool, report: Path | None,
    keep_all: bool = False, workers: int = 0,
):
    size = events.stat().st_size
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=size < 5_000_000,
    ) as progress:
        task = progress.add_task("scanning", total=size)
        def tick(bytes_read: int) -> None:
            progress.update(task, completed=bytes_read)

        try:
            return scan_file(
                events, engine, report, strict=strict, on_progress=tick,
                keep=(lambda a: True) if keep_all else None,
                keep_most=None if keep_all else MAX_ALERTS_KEPT,
                workers=workers, analyzer_factory=partial(build_analyzer, model),
            )
        except EventParseError as exc:
            console.print(f"[red]error[/red] {events}: {exc}")
            raise typer.Exit(2) from None


def _print_errors(summary: ScanSummary, source: Path) -> None:
    if not summary.bad_lines:
        return
    console.print(f"[yellow]{summary.bad_lines} bad line(s) skipped[/yellow] in {source}; the good lines were processed:")
    for error in summary.errors[:MAX_ERRORS_SHOWN]:
        console.print(f"  {source}:{error}", soft_wrap=True, highlight=False)
    if summary.bad_lines > MAX_ERRORS_SHOWN:
        console.print(f"  ... and {summary.bad_lines - MAX_ERRORS_SHOWN} more")


def scan(
    events: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Events, JSON Lines")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the spec's report JSON here")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report here")] = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first bad line")] = False,
    top: Annotated[int, typer.Option(help="Alerts to list")] = 20,
    model: ModelOption = "default",
    workers: Annotated[
        str,
        typer.Option(
            help="Processes analysing text beside the tracking one: a number (0: all in one process), "
            "or 'auto': one per core for files of 5 MB and more (see docs/benchmarks.md)"
        ),
    ] = "auto",
) -> None:
    """Scan an event file and summarise alerts by risk, with stage and top evidence."""
    if workers == "auto":
        processes = auto_workers(events)
    elif workers.isdigit():
        processes = int(workers)
    else:
        raise typer.BadParameter(f"expected a number or 'auto', got {workers!r}", param_hint="--workers")
    engine = build_engine(model, assess_updates=False)
    summary, alerted, accounts = _run(events, model, engine, strict, json_out, workers=processes)
    _print_errors(summary, events)
    alerted.sort(key=lambda a: (-a.risk, a.conversation))
    table = Table(title=f"{summary.alerts} alerted conversation(s) of {summary.conversations}")
    for column in ("conversation", "risk", "stage", "suspect", "alert at", "top evidence"):
        table.add_column(column)
    for a in alerted[:top]:
        evidence = "; ".join(f"{s.category}: \u201c{s.evidence}\u201d" for s in a.signals[:3])
        table.add_row(a.conversation, f"{a.risk:.2f}", a.stage, a.suspect or "", a.first_alert or "", evidence)
    out.print(table)
    flagged = [acc for acc in accounts if acc["alert"]]
    if flagged:
        acc_table = Table(title=f"{len(flagged)} flagged account(s)")
        acc_table.add_column("account")
        acc_table.add_column("risk")
        acc_table.add_column("why")
        for acc in sorted(flagged, key=lambda a: (-a["risk"], a["account"]))[:top]:
            acc_table.add_row(acc["account"], f"{acc['risk']:.2f}", "; ".join(s["evidence"] for s in acc["signals"]))
        out.print(acc_table)
    console.print(
        f"{summary.messages:,} messages, {summary.events:,} events in {summary.seconds:.1f}s "
        f"({summary.messages_per_second:,.0f} messages/s); {summary.duplicates} replays ignored, "
        f"{summary.late} late events"
    )
    if html_out:
        from watchkeeper.scan.html import render_report

        html_out.write_text(render_report(events, alerted, accounts, engine, summary), encoding="utf-8")
        console.print(f"HTML report: {html_out}")
    if json_out:
        console.print(f"JSON report: {json_out}")


def print_evaluation(result: Evaluation, title: str) -> None:
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    rows = [
        ("conversations (threat / benign)", f"{result.conversations} ({result.threats} / {result.benign})"),
        ("precision", f"{result.precision:.3f}"),
        ("recall", f"{result.recall:.3f}"),
        ("F1", f"{result.f1:.3f}"),
        ("false-positive rate (benign)", f"{result.false_positive_rate:.3f}"),
        ("on-time recall", f"{result.on_time_recall:.3f}"),
        ("latency-weighted F1", f"{result.latency_weighted_f1:.3f}"),
        ("suspect accuracy", f"{result.suspect_accuracy:.3f}"),
        ("account recall", f"{result.account_recall:.3f} (of {result.accounts_labelled_threat})"),
        ("account false alerts (labelled benign / unlabelled)", f"{result.account_false_alerts} / {result.account_false_alerts_unlabelled}"),
    ]
    rows += [(f"recall: {label}", f"{value:.3f}") for label, value in result.recall_by_label.items()]
    for name, value in rows:
        table.add_row(name, value)
    out.print(table)
    late = [f"{c} (+{result.late_by[c]})" for c in result.late]
    for name, items in (("missed", result.missed), ("false alarms", result.false_alarms), ("late (offender messages)", late)):
        if items:
            out.print(f"{name}: {', '.join(items)}")


def evaluate(
    events: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    labels: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
    model: ModelOption = "default",
) -> None:
    """Precision, recall, F1, false-positive rate, on-time recall, latency-weighted F1,
    suspect accuracy and account figures of a scan against labels."""
    engine = build_engine(model, assess_updates=False)
    summary, assessments, accounts = _run(events, model, engine, strict=False, report=None, keep_all=True)
    _print_errors(summary, events)
    report = {"conversations": [a.to_dict() for a in assessments], "accounts": accounts}
    event_list, _ = read_jsonl(events)
    conversation_labels, account_labels = read_labels(labels)
    result = evaluate_report(report, Timeline.from_events(event_list), conversation_labels, account_labels)
    if as_json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        print_evaluation(result, f"Evaluation of {events.name} ({'patterns only' if model == 'none' else 'model: ' + model})")
