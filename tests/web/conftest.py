"""Web app fixtures: one app per test session on SQLite (and one on PostgreSQL for
the tests that ask for it), a fresh pair of tenants (with an admin, a moderator and
seeded alerts) for every test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from argon2 import PasswordHasher, profiles
from fastapi.testclient import TestClient
from service.support import offline_resolve
from web.support import WebApp

from watchkeeper.actions import webhook_targets
from watchkeeper.web import security


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashing() -> Iterator[None]:
    """Production uses argon2's recommended cost; tests only need real argon2 hashes."""
    original = security.hasher
    security.hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    yield
    security.hasher = original


@pytest.fixture(scope="session")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebApp]:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'watchkeeper.db'}"
    with WebApp(url) as app:
        yield app


@dataclass
class Site:
    web: WebApp
    tenant: str
    other: str
    admin_name: str
    moderator_name: str
    admin: TestClient
    moderator: TestClient
    anonymous: TestClient


def make_site(web: WebApp) -> Site:
    suffix = uuid.uuid4().hex[:8]
    tenant, other = f"t-{suffix}", f"o-{suffix}"
    web.seed(tenant, other)
    admin_name, moderator_name = f"adm-{suffix}", f"mod-{suffix}"
    web.add_user(admin_name, "admin", tenant)
    web.add_user(moderator_name, "moderator", tenant)
    web.add_user(f"adm-{suffix}-other", "admin", other)
    return Site(web, tenant, other, admin_name, moderator_name, web.login(admin_name),
                web.login(moderator_name), web.client())


@pytest.fixture
def site(web: WebApp) -> Site:
    return make_site(web)


@pytest.fixture(scope="session")
def postgres_web() -> Iterator[WebApp]:
    """The same app on the local PostgreSQL server, in a schema of its own (fails, never skips,
    when the server is unreachable, like the service tests)."""
    import os

    import psycopg

    base = os.environ.get("WATCHKEEPER_TEST_POSTGRES_URL",
                          "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    schema = "wk_web_" + uuid.uuid4().hex[:12]
    try:
        admin = psycopg.connect(base.replace("postgresql+psycopg://", "postgresql://", 1),
                                autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL is unreachable at {base}: {exc}")
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        with WebApp(f"{base}?options=-csearch_path%3D{schema}") as app:
            yield app
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


@pytest.fixture
def postgres_site(postgres_web: WebApp) -> Site:
    """`site` on PostgreSQL, for the tests that need its row locks."""
    return make_site(postgres_web)


@pytest.fixture(scope="session", autouse=True)
def no_dns_for_webhooks() -> Iterator[None]:
    """Webhook deliveries resolve host names through offline_resolve (never real DNS)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(webhook_targets, "resolve", offline_resolve)
        yield
