"""The `watchkeeper` command line. Each area registers its commands here."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="watchkeeper",
    help="Early detection of grooming, sextortion and trafficking recruitment.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)

# Sub-command registrations (one line per area; keep alphabetical).
from watchkeeper.cli import scan as _scan  # noqa: E402

app.command("scan")(_scan.scan)
app.command("evaluate")(_scan.evaluate)
from watchkeeper.cli import keys as _keys, serve as _serve  # noqa: E402

app.add_typer(_serve.db_app, name="db")
app.add_typer(_serve.feedback_app, name="feedback")
app.add_typer(_keys.app, name="keys")
from watchkeeper.cli import retention as _retention  # noqa: E402
app.add_typer(_retention.app, name="retention")
app.command("serve")(_serve.serve)
from watchkeeper.cli import banks as _banks  # noqa: E402
app.add_typer(_banks.app, name="banks")
from watchkeeper.cli import export as _export  # noqa: E402
app.command("export")(_export.export)
from watchkeeper.cli import demo as _demo, users as _users  # noqa: E402
app.command("demo")(_demo.demo)
app.add_typer(_users.app, name="users")
from watchkeeper.cli import convert as _convert, train as _train  # noqa: E402
app.command("train")(_train.train)
app.add_typer(_convert.app, name="convert")
