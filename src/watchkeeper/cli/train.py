"""`watchkeeper train`: build the learned model artifact from labelled data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from watchkeeper.learned.config import TrainConfig

DEFAULTS = TrainConfig()
console = Console(stderr=True)

DEFAULT_MESSAGES = Path("data/train/messages.jsonl")
DEFAULT_EVENTS = Path("data/train/events.jsonl")
DEFAULT_LABELS = Path("data/train/labels.jsonl")


def train(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the model artifact to")] = Path("model"),
    messages: Annotated[
        list[Path] | None, typer.Option("--messages", help="Labelled messages, JSONL (repeatable)")
    ] = None,
    events: Annotated[Path | None, typer.Option(help="Labelled conversations: events JSONL")] = None,
    labels: Annotated[Path | None, typer.Option(help="Labelled conversations: labels JSONL")] = None,
    feedback: Annotated[
        list[Path] | None, typer.Option("--feedback", help="Moderator decisions, JSONL (repeatable)")
    ] = None,
    conversations: Annotated[
        bool, typer.Option(help="Use the everyday messages of labelled conversations as negatives")
    ] = True,
    embedder: Annotated[str, typer.Option(help="static (default), transformer (torch) or onnx")] = "static",
    embedder_path: Annotated[
        str | None, typer.Option(help="Static model folder or .onnx file (default: shipped)")
    ] = None,
    # Defaults are TrainConfig's (learned/config.py), the one place they live.
    seed: Annotated[int, typer.Option(help="Seed of the cross-validation split")] = DEFAULTS.seed,
    folds: Annotated[int, typer.Option(help="Cross-validation folds (calibration and model card)")] = DEFAULTS.folds,
    threshold: Annotated[
        float, typer.Option(help="Calibrated probability at which a signal is emitted")
    ] = DEFAULTS.emit_threshold,
    feedback_weight: Annotated[
        float, typer.Option(help="Sample weight of each moderator decision")
    ] = DEFAULTS.feedback_weight,
) -> None:
    """Train the learned message scorer; writes weights, manifest (checksums) and model card.

    With no data options it uses the shipped corpus (data/train/); options left unset
    take the training defaults, and the model card records the values used. The shipped
    default model is rebuilt with:

        watchkeeper train --out src/watchkeeper/learned/artifacts/default
    """
    from watchkeeper.learned.training import TrainingDataError, train_from_paths

    message_files = list(messages) if messages else [DEFAULT_MESSAGES]
    pairs: list[tuple[Path, Path]] = []
    if conversations:
        if events and labels:
            pairs.append((events, labels))
        elif events or labels:
            raise typer.BadParameter("--events and --labels go together")
        elif DEFAULT_EVENTS.exists() and DEFAULT_LABELS.exists() and not messages:
            pairs.append((DEFAULT_EVENTS, DEFAULT_LABELS))
    for path in [*message_files, *(p for pair in pairs for p in pair), *(feedback or [])]:
        if not path.is_file():
            raise typer.BadParameter(f"{path}: no such file")
    config = TrainConfig(seed=seed, folds=folds, emit_threshold=threshold, feedback_weight=feedback_weight,
                         embedder=embedder, embedder_path=embedder_path)
    try:
        with console.status("training (cross-validation, calibration, final fit)..."):
            folder, model = train_from_paths(message_files, pairs, list(feedback or []), out, config)
    except TrainingDataError as exc:
        console.print(f"[red]training data error:[/red] {exc}")
        raise typer.Exit(2) from None
    summary = model.metrics["message"]
    table = Table(title=f"Cross-validated on the training data ({model.metrics['folds']} folds)")
    for column in ("category", "support", "precision", "recall", "F1", "AUC"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for name, row in model.metrics["per_category"].items():
        table.add_row(name, str(row["support"]), f"{row['precision']:.3f}", f"{row['recall']:.3f}",
                      f"{row['f1']:.3f}", f"{row['auc']}")
    console.print(table)
    console.print(
        f"{model.data_summary['examples']} examples; any-category AUC {summary['auc']}, "
        f"recall {summary['recall']}, false-positive rate {summary['false_positive_rate']} "
        f"at threshold {model.metrics['threshold']}"
    )
    console.print(f"wrote [bold]{folder}[/bold] (manifest.json, weights.safetensors, exemplars.json, model_card.md)")
