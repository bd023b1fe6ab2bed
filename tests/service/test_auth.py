"""Keys, scopes, tenant isolation (every endpoint) and rate limits."""

from __future__ import annotations

import re
from typing import Any

import pytest
from service.support import Service, grooming, message
from sqlalchemy import select
from typer.testing import CliRunner

from watchkeeper.cli.main import app as cli
from watchkeeper.storage.keys import hash_token, revoke_key
from watchkeeper.storage.models import ApiKey, OutboxMessage, WebhookEndpoint


@pytest.fixture
def two_tenants(service: Service, tenant: str) -> dict[str, Any]:
    """Tenant B with data in every table; A with an admin key and no data."""
    a, b = tenant + "-a", tenant + "-b"
    ha, hb = service.key(a, "admin"), service.key(b, "admin")
    hook = service.client.post("/v1/webhooks", headers=hb,
                               json={"kind": "alert.updated", "url": "http://127.0.0.1:9/x"}).json()
    service.post_events(hb, grooming())
    alert = service.client.get("/v1/alerts", headers=hb).json()["alerts"][0]
    service.client.post(f"/v1/alerts/{alert['id']}/decision", headers=hb,
                        json={"decision": "confirm", "note": "b's note"})
    with service.sessions() as session:
        delivery = session.scalar(select(OutboxMessage.id).where(OutboxMessage.tenant_id == b))
    return {"a": ha, "b": hb, "alert": alert["id"], "hook": hook["id"], "delivery": delivery}


def test_tenant_a_cannot_read_or_change_b(service: Service, two_tenants: dict[str, Any]) -> None:
    ha, hb, alert, hook, delivery = (two_tenants[k] for k in ("a", "b", "alert", "hook", "delivery"))
    c = service.client
    # Reads: nothing of B is visible to A.
    assert c.get("/v1/alerts", headers=ha).json()["alerts"] == []
    assert c.get(f"/v1/alerts/{alert}", headers=ha).status_code == 404
    assert c.get("/v1/conversations/c1", headers=ha).status_code == 404
    assert c.get("/v1/accounts/adult", headers=ha).status_code == 404
    assert c.get("/v1/feedback", headers=ha).text == ""
    assert c.get("/v1/webhooks", headers=ha).json() == []
    assert c.get("/v1/webhooks/deliveries", headers=ha).json()["deliveries"] == []
    # Writes aimed at B's rows are refused and change nothing.
    assert c.post(f"/v1/alerts/{alert}/decision", headers=ha,
                  json={"decision": "dismiss"}).status_code == 404
    assert c.delete(f"/v1/webhooks/{hook}", headers=ha).status_code == 404
    assert c.post(f"/v1/webhooks/deliveries/{delivery}/retry", headers=ha).status_code == 404
    assert c.put("/v1/tenant", headers=ha, json={"region": "US"}).json()["region"] == "US"
    assert c.get("/v1/tenant", headers=hb).json()["region"] is None  # A's settings are A's
    assert c.get(f"/v1/alerts/{alert}", headers=hb).json()["status"] == "confirmed"
    assert [w["id"] for w in c.get("/v1/webhooks", headers=hb).json()] == [hook]
    # Ingest: A's events with B's ids are A's own; B's timeline is untouched.
    out = service.post_events(ha, grooming()).json()
    assert out["accepted"] == 7 and sum(r["alert_raised"] for r in out["results"]) == 1
    assert c.get("/v1/conversations/c1", headers=hb).json()["events"] == 7
    assert len(c.get("/v1/alerts", headers=hb).json()["alerts"]) == 1
    a_alerts = c.get("/v1/alerts", headers=ha).json()["alerts"]
    assert len(a_alerts) == 1 and a_alerts[0]["id"] != alert
    # A's new webhook never receives B's notifications.
    c.post("/v1/webhooks", headers=ha, json={"kind": "alert.raised", "url": "http://127.0.0.1:9/a"})
    service.post_events(hb, grooming("c2"))
    with service.sessions() as session:
        kinds = session.execute(
            select(OutboxMessage.tenant_id, WebhookEndpoint.tenant_id)
            .join(WebhookEndpoint, WebhookEndpoint.id == OutboxMessage.endpoint_id)
        ).all()
    assert all(owner == endpoint_owner for owner, endpoint_owner in kinds)


ENDPOINTS: list[tuple[str, str, str]] = [
    ("POST", "/v1/events", "ingest"),
    ("GET", "/v1/alerts", "read"),
    ("GET", "/v1/alerts/{alert}", "read"),
    ("POST", "/v1/alerts/{alert}/decision", "review"),
    ("GET", "/v1/feedback", "read"),
    ("GET", "/v1/conversations/c1", "read"),
    ("GET", "/v1/accounts/adult", "read"),
    ("POST", "/v1/webhooks", "admin"),
    ("GET", "/v1/webhooks", "admin"),
    ("DELETE", "/v1/webhooks/{hook}", "admin"),
    ("GET", "/v1/webhooks/deliveries", "admin"),
    ("POST", "/v1/webhooks/deliveries/{delivery}/retry", "admin"),
    ("GET", "/v1/tenant", "admin"),
    ("PUT", "/v1/tenant", "admin"),
]
BODIES = {
    "/v1/events": message("s1", "hello"),
    "/v1/alerts/{alert}/decision": {"decision": "escalate"},
    "/v1/webhooks": {"kind": "alert.raised", "url": "http://127.0.0.1:9/s"},
    "/v1/tenant": {"region": "UK"},
}
GRANTS = {"ingest": {"ingest"}, "read": {"read"}, "review": {"review", "read"},
          "admin": {"ingest", "read", "review", "admin"}}


@pytest.mark.parametrize("method,path,needed", ENDPOINTS, ids=[f"{m} {p}" for m, p, _ in ENDPOINTS])
def test_every_endpoint_enforces_auth_and_scope(
    service: Service, two_tenants: dict[str, Any], method: str, path: str, needed: str
) -> None:
    b = two_tenants["b"]
    with service.sessions() as session:
        b_tenant = session.scalar(select(ApiKey.tenant_id).where(ApiKey.id == b["X-Key-Id"]))
    url = path.format(**two_tenants)
    body = BODIES.get(path)

    def call(headers: dict[str, str]) -> int:
        return service.client.request(method, url, headers=headers, json=body).status_code

    assert call({}) == 401
    assert call({"Authorization": "Bearer wk_not-a-key"}) == 401
    assert call({"Authorization": "Basic abc"}) == 401
    for scope, grants in GRANTS.items():
        status = call(service.key(b_tenant, scope))
        if needed in grants:
            assert status not in (401, 403), (scope, status)
        else:
            assert status == 403, (scope, status)


def test_revoked_key_is_refused(service: Service, tenant: str) -> None:
    h = service.key(tenant, "read")
    assert service.client.get("/v1/alerts", headers=h).status_code == 200
    with service.sessions() as session:
        assert revoke_key(session, h["X-Key-Id"])
        session.commit()
    response = service.client.get("/v1/alerts", headers=h)
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"
    assert response.headers["www-authenticate"] == "Bearer"


def test_rate_limit_answers_429(database_url: str, tenant: str) -> None:
    with Service(database_url, rate_limit_per_second=0.01, rate_limit_burst=3) as svc:
        h = svc.key(tenant, "read")
        other = svc.key(tenant, "read")
        statuses = [svc.client.get("/v1/alerts", headers=h).status_code for _ in range(5)]
        assert statuses == [200, 200, 200, 429, 429]
        limited = svc.client.get("/v1/alerts", headers=h)
        assert limited.json()["error"]["code"] == "rate_limited"
        assert int(limited.headers["retry-after"]) >= 1
        assert svc.client.get("/v1/alerts", headers=other).status_code == 200  # per key


def test_keys_cli_create_list_revoke(database_url: str, tenant: str) -> None:
    runner = CliRunner()
    db = ["--database-url", database_url]
    created = runner.invoke(cli, ["keys", "create", "--tenant", tenant, "--scope", "ingest,read",
                                  "--label", "moderation bot", *db])
    assert created.exit_code == 0, created.output
    token = re.search(r"^(wk_\S+)$", created.output, re.MULTILINE).group(1)
    key_id = re.search(r"key id:\s+(key_\w+)", created.output).group(1)
    with Service(database_url) as svc:
        with svc.sessions() as session:
            stored = session.get(ApiKey, key_id)
            assert stored.token_hash == hash_token(token) and token not in stored.token_hash
        assert svc.client.get("/v1/alerts", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        listed = runner.invoke(cli, ["keys", "list", "--tenant", tenant, *db])
        assert key_id in listed.output and token not in listed.output
        assert runner.invoke(cli, ["keys", "revoke", key_id, *db]).exit_code == 0
        assert runner.invoke(cli, ["keys", "revoke", key_id, *db]).exit_code == 1
        assert svc.client.get("/v1/alerts", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    bad = runner.invoke(cli, ["keys", "create", "--tenant", tenant, "--scope", "root", *db])
    assert bad.exit_code == 2 and "unknown scope" in bad.output


def test_key_cache_expires_so_revocation_takes_effect(database_url: str, tenant: str) -> None:
    from watchkeeper.api.deps import KeyCache

    now = [0.0]
    with Service(database_url, auth_cache_seconds=5.0) as svc:
        svc.app.state.keys = KeyCache(5.0, clock=lambda: now[0])
        h = svc.key(tenant, "read")
        assert svc.client.get("/v1/alerts", headers=h).status_code == 200
        with svc.sessions() as session:
            revoke_key(session, h["X-Key-Id"])
            session.commit()
        assert svc.client.get("/v1/alerts", headers=h).status_code == 200  # cached
        now[0] = 5.1
        assert svc.client.get("/v1/alerts", headers=h).status_code == 401
        assert svc.client.get("/v1/alerts", headers={"Authorization": "Bearer wk_x"}).status_code == 401
