"""`watchkeeper users`: people who sign in to the web app (moderators and admins)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Column, Table

from watchkeeper.cli.keys import ConfigFile, DatabaseUrl, open_database

app = typer.Typer(help="Manage web app users (passwords are stored as argon2 hashes).",
                  no_args_is_help=True)
console = Console()

Role = Annotated[str, typer.Option("--role", help="moderator (works the queue) or admin (also manages users, keys, webhooks, resources).")]
Tenant = Annotated[str | None, typer.Option("--tenant", help="The platform the user works for (needed when there is more than one tenant).")]
PasswordStdin = Annotated[bool, typer.Option("--password-stdin", help="Read the password from standard input instead of generating one.")]


def _read_password() -> str:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        console.print("[red]error:[/red] no password on standard input")
        raise typer.Exit(2)
    return password


def _pick_tenant(session, tenant: str | None) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from watchkeeper.storage.models import Tenant as TenantRow

    if tenant:
        return tenant
    tenants = list(session.scalars(select(TenantRow.id).order_by(TenantRow.id).limit(2)))
    if len(tenants) == 1:
        return tenants[0]
    console.print("[red]error:[/red] name the platform with --tenant"
                  + (" (there is more than one tenant)" if tenants else " (there is no tenant yet)"))
    raise typer.Exit(2)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="User name (2-48 characters: letters, digits, _ . @ -).")],
    role: Role = "moderator",
    tenant: Tenant = None,
    password_stdin: PasswordStdin = False,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Add a user. Prints a generated password once, unless --password-stdin."""
    from watchkeeper.web.security import UserError, add_user

    given = _read_password() if password_stdin else None
    engine, sessions = open_database(database_url, config)
    try:
        with sessions() as session:
            _, password = add_user(session, name, role, _pick_tenant(session, tenant), given)
            session.commit()
    except UserError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    finally:
        engine.dispose()
    console.print(f"added {role} {name}")
    if given is None:
        console.print("password (shown once):", style="bold")
        typer.echo(password)


@app.command("list")
def list_(tenant: Tenant = None, database_url: DatabaseUrl = None, config: ConfigFile = None) -> None:
    """List users (never their passwords)."""
    from sqlalchemy import select

    from watchkeeper.storage.web_models import WebUser

    engine, sessions = open_database(database_url, config)
    with sessions() as session:
        query = select(WebUser).order_by(WebUser.tenant_id, WebUser.name)
        if tenant:
            query = query.where(WebUser.tenant_id == tenant)
        users = list(session.scalars(query))
    engine.dispose()
    table = Table(Column("name", no_wrap=True), Column("tenant", no_wrap=True), "role", "state",
                  "last sign-in")
    for user in users:
        table.add_row(user.name, user.tenant_id, user.role, "active" if user.active else "disabled",
                      user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else "")
    console.print(table)


def _change(name: str, database_url: str | None, config, change):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from watchkeeper.storage.web_models import WebUser
    from watchkeeper.web.security import UserError

    engine, sessions = open_database(database_url, config)
    try:
        with sessions() as session:
            user = session.scalar(select(WebUser).where(WebUser.name == name))
            if user is None:
                console.print(f"[red]error:[/red] no user named {name}")
                raise typer.Exit(1)
            result = change(session, user)
            session.commit()
            return result
    except UserError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    finally:
        engine.dispose()


@app.command("set-password")
def set_password(
    name: str, password_stdin: PasswordStdin = False,
    database_url: DatabaseUrl = None, config: ConfigFile = None,
) -> None:
    """Give a user a new password (generated unless --password-stdin); signs them out everywhere."""
    from watchkeeper.web import security

    given = _read_password() if password_stdin else None
    password = given or security.generate_password()
    _change(name, database_url, config, lambda session, user: security.set_password(session, user, password))
    console.print(f"new password set for {name}")
    if given is None:
        console.print("password (shown once):", style="bold")
        typer.echo(password)


@app.command("disable")
def disable(name: str, database_url: DatabaseUrl = None, config: ConfigFile = None) -> None:
    """Stop a user from signing in (their sessions end now)."""
    from watchkeeper.web.security import end_sessions

    def change(session, user):  # type: ignore[no-untyped-def]
        user.active = False
        end_sessions(session, user.id)

    _change(name, database_url, config, change)
    console.print(f"disabled {name}")
