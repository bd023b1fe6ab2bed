"""`watchkeeper export CASE_ID [--out DIR]` writes a case package for a hotline or
the police; `watchkeeper export verify DIR` checks one against its manifest."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from watchkeeper.cli.keys import ConfigFile, DatabaseUrl, open_database

console = Console(stderr=True, soft_wrap=True)


def export(
    case: Annotated[str, typer.Argument(
        metavar="CASE_ID|verify", help="The alert id to export, or `verify` to check a package.")],
    package: Annotated[Path | None, typer.Argument(
        metavar="[DIR|ZIP]", help="With `verify`: the package directory (or zip) to check.")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Package directory (new or empty); default ./case-ID-TIMESTAMP.")] = None,
    tenant: Annotated[str | None, typer.Option(
        "--tenant", help="Only export if the alert belongs to this tenant.")] = None,
    live_accounts: Annotated[bool, typer.Option(
        "--live-accounts/--stored-accounts",
        help="Account signals from the tenant's engine rebuilt from its events (exact, slower "
             "on large tenants), or only as stored with account alerts.")] = True,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Export a case (an alert) as case.json + report.html + manifest.json (SHA-256 of
    every file). The export is recorded in the audit log."""
    if case == "verify":
        raise typer.Exit(_verify(package))
    if package is not None:
        console.print("[red]error:[/red] give the package directory with --out")
        raise typer.Exit(2)
    try:
        alert_id = int(case)
    except ValueError:
        console.print(f"[red]error:[/red] {case!r} is not a case id (an alert number) or `verify`")
        raise typer.Exit(2) from None
    _export(alert_id, out, tenant, live_accounts, database_url, config)


def _export(alert_id: int, out: Path | None, tenant: str | None, live_accounts: bool,
            database_url: str | None, config: Path | None) -> None:
    from watchkeeper.export import CaseNotFound, PackageError, export_case, write_directory
    from watchkeeper.export.case import find_alert

    engine, sessions = open_database(database_url, config)
    ingest = None
    try:
        with sessions() as session:
            try:
                alert = find_alert(session, alert_id, tenant)
            except CaseNotFound as exc:
                console.print(f"[red]error:[/red] {exc}")
                raise typer.Exit(1) from None
            assess = None
            if live_accounts:
                from watchkeeper.api.ingest import IngestService

                ingest = IngestService(engine)
                assess = ingest.runtime(alert.tenant_id).account_assessment
            if out is not None and out.exists() and (not out.is_dir() or any(out.iterdir())):
                console.print(f"[red]error:[/red] {out} exists and is not an empty directory")
                raise typer.Exit(1)
            package = export_case(session, alert_id, tenant_id=alert.tenant_id, assess=assess,
                                  exported_by=f"cli:{getpass.getuser()}", via="cli")
        try:
            directory = write_directory(package, out or Path(package.name))
        except (PackageError, OSError) as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from None
    finally:
        if ingest is not None:
            ingest.close()
        engine.dispose()
    typer.echo(str(directory))
    console.print(f"case {alert_id} exported: {', '.join(package.files)}; "
                  f"manifest sha256 {package.manifest_sha256} (recorded in the audit log)")


def _verify(package: Path | None) -> int:
    from watchkeeper.export import PackageError, verify

    if package is None:
        console.print("[red]error:[/red] usage: watchkeeper export verify DIR")
        return 2
    try:
        result = verify(package)
    except (PackageError, OSError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        return 1
    for name in result.checked:
        typer.echo(f"ok       {name}")
    for problem in result.problems:
        typer.echo(f"FAILED   {problem}")
    if result.manifest_sha256:
        typer.echo(f"manifest sha256 {result.manifest_sha256}")
    typer.echo("package verified" if result.ok else "package does NOT verify")
    return 0 if result.ok else 1
