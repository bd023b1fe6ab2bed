"""`watchkeeper keys`: create, list, revoke and rotate API keys (tenants are created on demand)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Column, Table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from watchkeeper.storage.keys import CreatedKey

app = typer.Typer(help="Manage API keys (stored hashed; a token is shown once).",
                  no_args_is_help=True)
console = Console()

DatabaseUrl = Annotated[str | None, typer.Option("--database-url", help="Overrides WATCHKEEPER_DATABASE_URL.")]
ConfigFile = Annotated[Path | None, typer.Option("--config", help="TOML settings file.")]


def open_database(database_url: str | None, config: Path | None):  # type: ignore[no-untyped-def]
    """A migrated database engine and session factory from the settings."""
    from watchkeeper.config import load_settings
    from watchkeeper.storage import migrate
    from watchkeeper.storage.db import make_engine, make_sessionmaker

    settings = load_settings(config, database_url=database_url)
    engine = make_engine(settings.database_url, sqlite_synchronous=settings.sqlite_synchronous)
    migrate.upgrade(engine)
    return engine, make_sessionmaker(engine)


def _make_key(database_url: str | None, config: Path | None,
              make: Callable[[Session], CreatedKey], note: str = "") -> None:
    """Store the key `make` creates (committed), then print it and its token, once;
    a refused request (unknown key, bad scopes) exits with status 2."""
    from watchkeeper.storage.keys import NoSuchKey

    engine, sessions = open_database(database_url, config)
    try:
        with sessions() as session:
            created = make(session)
            session.commit()
    except (NoSuchKey, ValueError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    finally:
        engine.dispose()
    console.print(f"key id:  {created.id}\ntenant:  {created.tenant_id}\n"
                  f"scopes:  {','.join(sorted(created.scopes))}{note}")
    console.print("token (shown once, store it now):", style="bold")
    typer.echo(created.token)


@app.command("create")
def create(
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id (a platform).")],
    scope: Annotated[str, typer.Option("--scope", help="Comma-separated: ingest, read, review, admin.")] = "ingest,read",
    label: Annotated[str, typer.Option("--label", help="What the key is for.")] = "",
    rate_limit: Annotated[float | None, typer.Option("--rate-limit", help="Requests per second for this key.")] = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Create a key. The token is printed once; only its hash is stored."""
    from watchkeeper.storage.keys import create_key

    _make_key(database_url, config, lambda session: create_key(
        session, tenant, scope, label=label, rate_limit_per_second=rate_limit))


@app.command("list")
def list_(
    tenant: Annotated[str | None, typer.Option("--tenant")] = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """List keys (never their tokens)."""
    from watchkeeper.storage.keys import list_keys

    engine, sessions = open_database(database_url, config)
    with sessions() as session:
        keys = list_keys(session, tenant)
    engine.dispose()
    # Ids must stay copyable whole, however narrow the terminal.
    table = Table(Column("key id", no_wrap=True, min_width=16), Column("tenant", no_wrap=True),
                  "scopes", "label", "created", "revoked")
    for key in keys:
        table.add_row(key.id, key.tenant_id, key.scopes, key.label,
                      key.created_at.strftime("%Y-%m-%d %H:%M"),
                      key.revoked_at.strftime("%Y-%m-%d %H:%M") if key.revoked_at else "")
    console.print(table)


@app.command("revoke")
def revoke(
    key_id: Annotated[str, typer.Argument(help="The key id (key_...), not the token.")],
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Revoke a key; requests with it are refused from then on."""
    from watchkeeper.storage.keys import revoke_key

    engine, sessions = open_database(database_url, config)
    with sessions() as session:
        done = revoke_key(session, key_id)
        session.commit()
    engine.dispose()
    if not done:
        console.print(f"[red]no live key {key_id}[/red]")
        raise typer.Exit(1)
    console.print(f"revoked {key_id}")


@app.command("rotate")
def rotate(
    key_id: Annotated[str, typer.Argument(help="The key id (key_...) to replace, not the token.")],
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Replace a live key: a new key with the same tenant, scopes, label and rate limit,
    and the old one revoked (both at once). The new token is printed once."""
    from watchkeeper.storage.keys import rotate_key

    # A ValueError here: the old key's scopes are no longer valid.
    _make_key(database_url, config, lambda session: rotate_key(session, key_id),
              note=f"\nreplaces: {key_id} (now revoked)")
