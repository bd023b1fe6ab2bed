"""`watchkeeper retention purge`: delete old conversations without alerts, on demand.

Works on the database directly (the server need not run). A server running
meanwhile keeps its in-memory engines as they were: restart it after a purge
(docs/service.md, Retention); the server's own sweep (`retention_days`) needs
no restart.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Column, Table

from watchkeeper.cli.keys import ConfigFile, DatabaseUrl, open_database

app = typer.Typer(help="Retention: delete old conversations that raised no alert.",
                  no_args_is_help=True)


@app.command("purge")
def purge(
    older_than: Annotated[float | None, typer.Option(
        "--older-than", min=0.0,
        help="Days; default: the retention_days setting.")] = None,
    tenant: Annotated[str | None, typer.Option("--tenant", help="Only this tenant.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count, delete nothing.")] = False,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Delete the messages and images (with their signals, conversation state and kept
    image copies) of conversations without an alert whose latest event is older than
    DAYS. Prints the counts per tenant. Restart a running server afterwards."""
    from watchkeeper.config import load_settings
    from watchkeeper.storage import retention

    # Made per call: a console made at import would keep the width of whatever
    # terminal imported the module first.
    console = Console()
    settings = load_settings(config, database_url=database_url)
    days = settings.retention_days if older_than is None else older_than
    if days <= 0:
        console.print("nothing to do: retention is off (retention_days = 0); "
                      "pass --older-than DAYS")
        return
    engine, _sessions = open_database(database_url, config)
    try:
        results = retention.purge(engine, days, tenant=tenant, dry_run=dry_run, actor="cli",
                                  keep_dir=settings.image_keep_dir)
    finally:
        engine.dispose()
    title = f"{'would delete (dry run)' if dry_run else 'deleted'}: conversations without " \
            f"alerts, latest event older than {days:g} days"
    # A tenant id is what the operator acts on: never cut it, whatever the width.
    widest = max((len(r.tenant) for r in results), default=6)
    tenant_column = Column("tenant", no_wrap=True, min_width=widest)
    table = Table(tenant_column, "conversations", "messages", "images", "image files", "signals",
                  "conversation rows", title=title)
    totals = retention.TenantPurge("total")
    for result in results:
        if tenant is None and not result.conversations:
            continue
        table.add_row(result.tenant, *(str(v) for v in result.counts().values()))
        for name, value in result.counts().items():
            setattr(totals, name, getattr(totals, name) + value)
    if len(table.rows) > 1:
        table.add_row("total", *(str(v) for v in totals.counts().values()), style="bold")
    if not table.rows:
        console.print(f"{title}: nothing")
        return
    console.print(table)
    if not dry_run and any(r.deleted_anything for r in results):
        console.print("A running server keeps its engines: restart it now "
                      "(its own sweep, retention_days, needs no restart).")
