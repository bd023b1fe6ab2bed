"""`watchkeeper demo`: the service and web app on SQLite with demo data, in one command.

Creates (or migrates) a database under ./var/, a tenant with an admin and a
moderator (new random passwords on every run), ingests data/demo/events.jsonl
through the same ingest code as `POST /v1/events`, prints the sign-in details
and serves on 127.0.0.1:8000.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

console = Console()

DEMO_TENANT = "demo"
DEMO_DATABASE = "sqlite:///./var/demo.db"
DEMO_USERS = (("admin", "admin"), ("moderator", "moderator"))
BATCH = 500


def default_events() -> Path:
    """data/demo/events.jsonl from the working directory, else from the source checkout."""
    here = Path("data/demo/events.jsonl")
    if here.is_file():
        return here
    return Path(__file__).resolve().parents[3] / "data" / "demo" / "events.jsonl"


@dataclass
class DemoSetup:
    tenant: str
    passwords: dict[str, str]  # user name -> password
    accepted: int
    duplicates: int
    rejected: int
    alerts: int


def prepare_demo(database_url: str, events_path: Path, tenant: str = DEMO_TENANT) -> DemoSetup:
    """Migrate, create the tenant and users, ingest the events. Safe to run again:
    events already stored are duplicates, users get new passwords."""
    from sqlalchemy import func, select

    from watchkeeper.api.ingest import IngestService
    from watchkeeper.events import read_jsonl
    from watchkeeper.storage import migrate
    from watchkeeper.storage.db import make_engine, make_sessionmaker
    from watchkeeper.storage.keys import ensure_tenant
    from watchkeeper.storage.models import Alert, Tenant
    from watchkeeper.storage.web_models import WebUser
    from watchkeeper.web.security import add_user, generate_password, set_password

    db = make_engine(database_url)
    try:
        migrate.upgrade(db)
        sessions = make_sessionmaker(db)
        passwords: dict[str, str] = {}
        with sessions() as session:
            ensure_tenant(session, tenant, name="Demo platform")
            row = session.get(Tenant, tenant)
            if row is not None and row.region is None:
                row.region, row.locale = "CA", "en"
            for name, role in DEMO_USERS:
                user = session.scalar(select(WebUser).where(WebUser.name == name))
                if user is None:
                    _, passwords[name] = add_user(session, name, role, tenant)
                else:
                    passwords[name] = generate_password()
                    set_password(session, user, passwords[name])
                    user.active, user.role, user.tenant_id = True, role, tenant
            session.commit()

        events, read = read_jsonl(events_path)
        if read.errors:
            raise ValueError(f"{events_path}: {len(read.errors)} bad lines, first: {read.errors[0]}")
        events.sort(key=lambda e: e.ts)
        ingest = IngestService(db)
        counts = {"accepted": 0, "duplicate": 0, "rejected": 0}
        try:
            for start in range(0, len(events), BATCH):
                batch = list(enumerate(events[start:start + BATCH], start=start))
                for outcome in ingest.ingest(tenant, batch):
                    counts[outcome.status] += 1
        finally:
            ingest.close()
        with sessions() as session:
            alerts = session.scalar(select(func.count()).select_from(Alert).where(Alert.tenant_id == tenant))
        return DemoSetup(tenant, passwords, counts["accepted"], counts["duplicate"], counts["rejected"],
                         int(alerts or 0))
    finally:
        db.dispose()


def demo(
    host: Annotated[str, typer.Option("--host", help="Interface to serve on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
    database_url: Annotated[str | None, typer.Option("--database-url", help="Default: SQLite at ./var/demo.db.")] = None,
    events: Annotated[Path | None, typer.Option("--events", help="Events to load (default data/demo/events.jsonl).", exists=True, dir_okay=False)] = None,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Prepare the database and exit.")] = False,
) -> None:
    """Run the service and web app with demo data; prints an admin sign-in and the URL."""
    url = database_url or DEMO_DATABASE
    events_path = events or default_events()
    if not events_path.is_file():
        console.print(f"[red]error:[/red] demo events not found at {events_path}; pass --events")
        raise typer.Exit(2)
    setup = prepare_demo(url, events_path)
    console.print(f"demo data: {setup.accepted} events stored ({setup.duplicates} already there), "
                  f"{setup.alerts} alerts")
    address = f"http://{host}:{port}/"
    console.print(f"\n[bold]Watchkeeper demo[/bold] at {address}")
    for name, role in DEMO_USERS:
        console.print(f"  {role:<9} user: [bold]{name}[/bold]  password: [bold]{setup.passwords[name]}[/bold]")
    console.print(f"  self-check (public): {address}check\n  API docs: {address}docs\n")
    if no_serve:
        return
    from watchkeeper.cli.serve import serve

    serve(host=host, port=port, database_url=url, config=None, log_level=None)
