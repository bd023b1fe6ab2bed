"""The `watchkeeper` command line. Each area registers its commands here."""

from __future__ import annotations

import typer

from watchkeeper.cli import banks as _banks
from watchkeeper.cli import convert as _convert
from watchkeeper.cli import demo as _demo
from watchkeeper.cli import export as _export
from watchkeeper.cli import keys as _keys
from watchkeeper.cli import retention as _retention
from watchkeeper.cli import scan as _scan
from watchkeeper.cli import serve as _serve
from watchkeeper.cli import train as _train
from watchkeeper.cli import users as _users

app = typer.Typer(
    name="watchkeeper",
    help="Early detection of grooming, sextortion and trafficking recruitment.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)

# Sub-command registrations (one line per command or group).
app.command("scan")(_scan.scan)
app.command("evaluate")(_scan.evaluate)
app.add_typer(_serve.db_app, name="db")
app.add_typer(_serve.feedback_app, name="feedback")
app.add_typer(_keys.app, name="keys")
app.add_typer(_retention.app, name="retention")
app.command("serve")(_serve.serve)
app.add_typer(_banks.app, name="banks")
app.command("export")(_export.export)
app.command("demo")(_demo.demo)
app.add_typer(_users.app, name="users")
app.command("train")(_train.train)
app.add_typer(_convert.app, name="convert")
