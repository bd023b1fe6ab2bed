"""`watchkeeper demo`, `watchkeeper users`, the demo data and the web tables' migration."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect, select
from typer.testing import CliRunner

from watchkeeper.cli.demo import DEMO_TENANT, prepare_demo
from watchkeeper.cli.main import app as cli
from watchkeeper.events import Message, read_jsonl
from watchkeeper.storage import migrate
from watchkeeper.storage.db import make_engine, make_sessionmaker
from watchkeeper.storage.models import Alert, StoredEvent
from watchkeeper.storage.web_models import WebUser
from watchkeeper.web.security import verify_password

ROOT = Path(__file__).resolve().parents[2]
DEMO_EVENTS = ROOT / "data" / "demo" / "events.jsonl"
WEB_TABLES = {"web_users", "web_sessions", "audit_log", "case_notes"}


def test_demo_events_are_up_to_date_and_valid() -> None:
    built = subprocess.run([sys.executable, str(ROOT / "data/demo/build.py"), "--check"],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    events, read = read_jsonl(DEMO_EVENTS, strict=True)
    assert not read.errors
    messages = [e for e in events if isinstance(e, Message)]
    assert len({m.conversation for m in messages}) >= 12 and len(messages) >= 100


def test_prepare_demo_creates_users_and_ingests_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'var' / 'demo.db'}"
    first = prepare_demo(url, DEMO_EVENTS)
    events, _ = read_jsonl(DEMO_EVENTS)
    assert (first.accepted, first.duplicates, first.rejected) == (len(events), 0, 0)
    assert first.alerts >= 1
    again = prepare_demo(url, DEMO_EVENTS)  # a second run: nothing twice, new passwords
    assert (again.accepted, again.duplicates, again.alerts) == (0, len(events), first.alerts)
    assert again.passwords["admin"] != first.passwords["admin"]
    db = make_engine(url)
    with make_sessionmaker(db)() as session:
        admin = session.scalar(select(WebUser).where(WebUser.name == "admin"))
        assert (admin.role, admin.tenant_id) == ("admin", DEMO_TENANT)
        assert verify_password(admin, again.passwords["admin"])
        assert not verify_password(admin, first.passwords["admin"])
        stored = session.scalar(select(StoredEvent.seq).where(StoredEvent.tenant_id == DEMO_TENANT).limit(1))
        assert stored is not None
        assert session.scalar(select(Alert.id).where(Alert.tenant_id == DEMO_TENANT).limit(1)) is not None
    db.dispose()


def test_demo_command_without_serving(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    result = CliRunner().invoke(cli, ["demo", "--no-serve", "--database-url", url,
                                      "--events", str(DEMO_EVENTS), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    assert "admin" in result.output and "password:" in result.output


def test_users_cli_add_list_set_password_disable(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'users.db'}"
    runner = CliRunner()
    added = runner.invoke(cli, ["users", "add", "rosa", "--role", "admin", "--tenant", "acme",
                                "--database-url", url])
    assert added.exit_code == 0, added.output
    generated = added.output.strip().splitlines()[-1]
    piped = runner.invoke(cli, ["users", "add", "sam", "--password-stdin", "--database-url", url],
                          input="a long enough secret\n")  # the only tenant is picked
    assert piped.exit_code == 0, piped.output
    assert "a long enough secret" not in piped.output
    duplicate = runner.invoke(cli, ["users", "add", "sam", "--database-url", url])
    assert duplicate.exit_code == 2 and "already exists" in duplicate.output
    short = runner.invoke(cli, ["users", "add", "tim", "--password-stdin", "--database-url", url], input="short\n")
    assert short.exit_code == 2 and "12 characters" in short.output
    listing = runner.invoke(cli, ["users", "list", "--database-url", url])
    assert "rosa" in listing.output and "sam" in listing.output and generated not in listing.output
    reset = runner.invoke(cli, ["users", "set-password", "sam", "--database-url", url])
    assert reset.exit_code == 0
    new_password = reset.output.strip().splitlines()[-1]
    disabled = runner.invoke(cli, ["users", "disable", "rosa", "--database-url", url])
    assert disabled.exit_code == 0
    db = make_engine(url)
    with make_sessionmaker(db)() as session:
        users = {u.name: u for u in session.scalars(select(WebUser))}
    db.dispose()
    assert users["rosa"].role == "admin" and not users["rosa"].active
    assert users["sam"].tenant_id == "acme" and users["sam"].role == "moderator"
    assert verify_password(users["rosa"], generated)
    assert verify_password(users["sam"], new_password)


def test_users_cli_needs_a_tenant_when_ambiguous(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'two.db'}"
    runner = CliRunner()
    for tenant, name in (("a", "ann"), ("b", "bob")):
        assert runner.invoke(cli, ["users", "add", name, "--tenant", tenant, "--database-url", url]).exit_code == 0
    result = runner.invoke(cli, ["users", "add", "cy", "--database-url", url])
    assert result.exit_code == 2 and "--tenant" in result.output


def test_web_migration_follows_the_service_and_downgrades(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1  # a linear chain that includes the web tables
    assert "0002_web" in {r.revision for r in script.walk_revisions()}
    db = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate.upgrade(db)
    assert set(inspect(db).get_table_names()) >= WEB_TABLES
    migrate.upgrade(db)  # idempotent
    from alembic import command

    with db.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_service")
    assert not WEB_TABLES & set(inspect(db).get_table_names())
    assert "alerts" in inspect(db).get_table_names()
    db.dispose()
