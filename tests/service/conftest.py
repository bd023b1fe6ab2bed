"""Service test harness: every API test runs against SQLite AND PostgreSQL.

PostgreSQL is the local server (trust auth). Each test session gets a fresh
schema that is dropped at the end; if the server cannot be reached the tests
FAIL (they never skip).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from service.support import Service, offline_resolve

from watchkeeper.actions import webhook_targets

PG_URL = os.environ.get(
    "WATCHKEEPER_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgresql_url() -> Iterator[str]:
    schema = "wk_test_" + uuid.uuid4().hex[:12]
    conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://", 1)
    try:
        admin = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL is required for the service tests and is unreachable at {PG_URL}: {exc}")
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('service') / 'watchkeeper.db'}"


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def service(database_url: str) -> Iterator[Service]:
    with Service(database_url) as svc:
        yield svc


@pytest.fixture
def tenant() -> str:
    """A fresh tenant id: tests share a database per session, isolation does the rest."""
    return "t-" + uuid.uuid4().hex[:10]


@pytest.fixture(scope="session", autouse=True)
def no_dns_for_webhooks() -> Iterator[None]:
    """Webhook deliveries resolve host names through offline_resolve (never real DNS)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(webhook_targets, "resolve", offline_resolve)
        yield
