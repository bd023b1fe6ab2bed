"""`watchkeeper serve`, `watchkeeper db upgrade` and `watchkeeper feedback export`:
running the service and operating its database."""

from __future__ import annotations

import gc
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer

from watchkeeper.cli.keys import ConfigFile, DatabaseUrl, open_database

db_app = typer.Typer(help="Database schema (Alembic migrations shipped in the package).",
                     no_args_is_help=True)
feedback_app = typer.Typer(help="Moderators' decisions as training data.", no_args_is_help=True)


def serve(
    host: Annotated[str | None, typer.Option("--host", help="Interface (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option("--port", help="TCP port (default 8080).")] = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
    log_level: Annotated[str | None, typer.Option("--log-level")] = None,
) -> None:
    """Run the HTTP API (uvicorn). Migrations are applied at startup."""
    import uvicorn

    from watchkeeper.api.app import create_app
    from watchkeeper.api.jsonlog import configure_logging
    from watchkeeper.config import load_settings
    from watchkeeper.detectors import default_engine

    settings = load_settings(config, database_url=database_url, host=host, port=port,
                             log_level=log_level)
    configure_logging(settings.log_level)
    app = create_app(settings)
    # Code and tables loaded so far live as long as the process: keep them out of
    # the cyclic collector's scans, which otherwise pause requests as the heap grows.
    default_engine()
    gc.collect()
    gc.freeze()
    uvicorn.run(
        app, host=settings.host, port=settings.port,
        access_log=False, log_config=None, log_level=settings.log_level.lower(),
        proxy_headers=False, timeout_graceful_shutdown=10,
    )


@db_app.command("upgrade")
def db_upgrade(database_url: DatabaseUrl = None, config: ConfigFile = None) -> None:
    """Apply pending migrations."""
    from watchkeeper.storage import migrate

    engine, _ = open_database(database_url, config)
    typer.echo(f"database at revision {migrate.current_revision(engine)}")
    engine.dispose()


@feedback_app.command("export")
def feedback_export(
    tenant: Annotated[str, typer.Option("--tenant")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="JSONL file (default stdout).")] = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Write every decision of a tenant as JSONL: the alert's messages with the decision."""
    from watchkeeper.api.feedback import feedback_lines

    engine, sessions = open_database(database_url, config)
    count = 0
    with sessions() as session, ExitStack() as stack:
        handle = stack.enter_context(open(out, "wb")) if out else sys.stdout.buffer
        for line in feedback_lines(session, tenant):
            handle.write(line)
            count += 1
    engine.dispose()
    typer.echo(f"{count} decisions", err=True)
