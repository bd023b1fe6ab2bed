"""Operations: health, readiness, metrics, JSON logs without message text,
failed transactions, configuration, migrations and safety-message data."""

from __future__ import annotations

import io
import json
import logging

import pytest
from alembic.script import ScriptDirectory
from service.support import Service, grooming, message
from sqlalchemy.exc import OperationalError

from watchkeeper.actions.safety import available_locales, safety_message
from watchkeeper.api import ingest
from watchkeeper.api.jsonlog import JsonFormatter
from watchkeeper.config import load_settings
from watchkeeper.storage import migrate
from watchkeeper.storage.db import make_engine

SECRET_TEXT = "zebra-lantern-4471 is our secret"


def test_health_readiness_and_metrics(service: Service, tenant: str) -> None:
    assert service.client.get("/healthz").json() == {"status": "ok"}
    assert service.client.get("/readyz").json() == {"status": "ready"}
    h = service.key(tenant, "ingest")
    service.post_events(h, grooming() + [{"type": "message"}])
    text = service.client.get("/metrics").text
    assert 'watchkeeper_events_ingested_total{result="accepted",type="message"} 7.0' in text
    assert 'watchkeeper_events_ingested_total{result="rejected",type="invalid"} 1.0' in text
    assert 'watchkeeper_alerts_raised_total{kind="conversation"} 1.0' in text
    assert 'watchkeeper_request_seconds_bucket{le="0.05",method="POST",route="/v1/events",status="200"}' in text
    assert "watchkeeper_webhook_failures_total" in text


def test_readiness_fails_when_the_database_is_unreachable() -> None:
    from fastapi.testclient import TestClient

    from watchkeeper.api.app import create_app
    from watchkeeper.config import Settings

    settings = Settings(database_url="postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=2",
                        migrate_on_startup=False, webhooks_enabled=False, warm_up_engines=False)
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").status_code == 200
        response = client.get("/readyz")
        assert response.status_code == 503 and response.json()["status"] == "database unreachable"
        down = client.get("/v1/alerts", headers={"Authorization": "Bearer wk_anything"})
        assert down.status_code == 503 and down.json()["error"]["code"] == "storage_unavailable"


@pytest.fixture
def log_lines():  # type: ignore[no-untyped-def]
    """Everything the service logs, formatted as it would be in production."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    loggers = [logging.getLogger(n) for n in ("watchkeeper", "sqlalchemy", "uvicorn")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.INFO)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    yield lambda: stream.getvalue().splitlines()
    for lg, level in zip(loggers, levels):
        lg.removeHandler(handler)
        lg.setLevel(level)


def test_failed_transaction_stores_nothing_and_logs_no_text(
    database_url: str, tenant: str, monkeypatch: pytest.MonkeyPatch, log_lines
) -> None:
    events = grooming()
    events[2] = message("c1-m2", SECRET_TEXT, minute=2)
    with Service(database_url, access_log=True) as service:
        h = service.key(tenant, "ingest,read")
        service.post_events(h, events[:2])
        real = ingest.bulk_insert

        def broken(connection, table, rows, on_conflict=""):  # type: ignore[no-untyped-def]
            raise OperationalError("INSERT INTO events ...", [r.get("payload") for r in rows],
                                   Exception("disk I/O error"))

        monkeypatch.setattr(ingest, "bulk_insert", broken)
        failed = service.post_events(h, events[2:4])
        assert failed.status_code == 503 and failed.json()["error"]["code"] == "storage_unavailable"
        monkeypatch.setattr(ingest, "bulk_insert", real)
        # The engine forgot the failed batch: the retry is accepted and alerts exactly once.
        retry = service.post_events(h, events).json()
        assert [r["status"] for r in retry["results"]] == ["duplicate"] * 2 + ["accepted"] * 5
        assert sum(r["alert_raised"] for r in retry["results"]) == 1
        conversation = service.client.get("/v1/conversations/c1", headers=h).json()
        assert conversation["events"] == 7 and conversation["first_alert"] == "c1-m2"
    lines = log_lines()
    records = [json.loads(line) for line in lines]
    assert any(r["msg"] == "ingest transaction failed" and r["error"] == "Exception" for r in records)
    assert any(r["msg"] == "request" and r["route"] == "/v1/events" for r in records)
    assert all("zebra-lantern" not in line for line in lines)


def test_heap_freezer_freezes_survivors_and_hands_them_back() -> None:
    import gc
    import time

    from watchkeeper.api.heap import HeapFreezer

    freezer = HeapFreezer(every=0.01)
    freezer.start()
    try:
        for _ in range(500):  # bounded wait for a freeze
            if gc.get_freeze_count() > 0:
                break
            time.sleep(0.01)
        assert gc.get_freeze_count() > 0
    finally:
        freezer.stop()
    assert gc.get_freeze_count() == 0  # everything is the collector's again


def test_settings_from_toml_and_environment(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "watchkeeper.toml"
    config.write_text('database_url = "sqlite:///from-toml.db"\nport = 9000\n'
                      'rate_limit_per_second = 5.0\ndefault_region = "UK"\n')
    monkeypatch.setenv("WATCHKEEPER_PORT", "9100")
    settings = load_settings(config)
    assert settings.database_url == "sqlite:///from-toml.db"  # TOML over defaults
    assert settings.port == 9100  # environment over TOML
    assert settings.rate_limit_per_second == 5.0 and settings.default_region == "UK"
    assert load_settings(config, port=9200).port == 9200  # command line over everything
    monkeypatch.setenv("WATCHKEEPER_CONFIG", str(config))
    assert load_settings().default_region == "UK"
    with pytest.raises(FileNotFoundError):
        load_settings(tmp_path / "missing.toml")


def test_migrations_are_linear_and_idempotent(database_url: str) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
    for revision in script.walk_revisions():
        assert revision.down_revision is None or isinstance(revision.down_revision, str)
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == script.get_current_head()
    # The migrations build exactly what the models declare (every module's tables).
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from watchkeeper.storage import imagery_models, models, web_models  # noqa: F401
    from watchkeeper.storage.db import Base

    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_db_upgrade_command(tmp_path) -> None:
    from typer.testing import CliRunner

    from watchkeeper.cli.main import app

    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    result = CliRunner().invoke(app, ["db", "upgrade", "--database-url", url])
    head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    assert result.exit_code == 0 and f"revision {head}" in result.output


@pytest.mark.parametrize("region,phones", [
    ("CA", {"1-833-900-1010", "1-800-668-6868"}),
    ("US", {"1-888-373-7888", "1-800-843-5678"}),
    ("UK", {"0800 1111"}),
    ("GB", {"0800 1111"}),
])
def test_safety_messages_carry_regional_help(region: str, phones: set[str]) -> None:
    for locale in available_locales():
        msg = safety_message("threats", locale=locale, region=region)
        assert phones <= {r.phone for r in msg.resources if r.phone}
        assert msg.title and msg.body and msg.reassurance


def test_safety_messages_are_calm_and_localised() -> None:
    english = safety_message("image_request", locale="en-GB", region="UK")
    assert english.locale == "en" and english.reassurance.startswith("This is not your fault")
    assert "you can say no" in english.body
    french = safety_message("document_control", locale="fr-CA", region="CA")
    assert french.locale == "fr" and "passeport" in french.body
    assert any("Jeunesse" in r.name for r in french.resources)
    unknown = safety_message("something_new", locale="xx", region="ZZ")
    assert unknown.locale == "en" and unknown.region == "INTL" and unknown.resources
    for text in (english.body, french.body, unknown.body):
        assert "!" not in text  # calm: no alarm


def test_serve_command_runs_the_api(tmp_path) -> None:
    """`watchkeeper serve` in a subprocess on 127.0.0.1, as an operator runs it."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from load import Server, free_port  # the benchmarks' launcher, bounded waits

    server = Server(f"sqlite:///{tmp_path / 'served.db'}", free_port())
    try:
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        conn.request("GET", "/openapi.json")
        spec = json.loads(conn.getresponse().read())
        assert "/v1/events" in spec["paths"]
        conn.request("GET", "/v1/alerts")
        assert conn.getresponse().status == 401
    finally:
        server.stop()
    assert (tmp_path / "served.db").exists()
