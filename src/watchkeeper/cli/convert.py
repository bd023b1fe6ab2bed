"""`watchkeeper convert`: import public research corpora as events and labels."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

console = Console(stderr=True)

app = typer.Typer(help="Convert research corpora to Watchkeeper events + labels.", no_args_is_help=True)


@app.command("pan12")
def pan12(
    corpus: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="PAN12 conversations XML")],
    predators: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Predator ids, one per line")],
    out_dir: Annotated[Path, typer.Argument(file_okay=False, help="Folder for events.jsonl and labels.jsonl")],
    alert_fraction: Annotated[
        float, typer.Option(help="alert_by = the offender's message at this fraction of their lines (1.0: last)")
    ] = 1.0,
    account_labels: Annotated[bool, typer.Option(help="Also write a label per author")] = False,
) -> None:
    """PAN 2012 sexual predator identification corpus -> events.jsonl + labels.jsonl."""
    from xml.etree.ElementTree import ParseError

    from watchkeeper.convert.pan12 import convert_pan12

    try:
        summary = convert_pan12(corpus, predators, out_dir, alert_fraction=alert_fraction,
                                account_labels=account_labels)
    except ParseError as exc:
        console.print(f"[red]{corpus}: not valid XML ({exc})[/red]")
        raise typer.Exit(2) from None
    except ValueError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    console.print(
        f"{summary.conversations} conversations ({summary.grooming} grooming, {summary.benign} benign), "
        f"{summary.messages} messages ({summary.skipped_empty} empty skipped), "
        f"{summary.predators_seen} listed predators present -> {out_dir}"
    )
