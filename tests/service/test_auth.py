"""Keys, scopes, tenant isolation (every endpoint) and rate limits."""

from __future__ import annotations

import re
from typing import Any

import pytest
from service.support import Service, grooming, message
from sqlalchemy import select
from typer.testing import CliRunner

from watchkeeper.cli.main import app as cli
from watchkeeper.storage.keys import (
    NoSuchKey,
    authenticate,
    create_key,
    hash_token,
    revoke_key,
    rotate_key,
)
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


def test_rotate_key_replaces_it_with_the_same_tenant_scopes_label_and_rate(service: Service, tenant: str) -> None:
    with service.sessions() as session:
        old = create_key(session, tenant, "review,ingest", label="crm bot", rate_limit_per_second=2.5)
        other = create_key(session, tenant, "read")
        session.commit()
    with service.sessions() as session:
        new = rotate_key(session, old.id, tenant)
        session.commit()
    assert new.id != old.id and new.token != old.token and new.token.startswith("wk_")
    assert (new.tenant_id, new.scopes) == (tenant, old.scopes)
    with service.sessions() as session:
        stored_old, stored_new = session.get(ApiKey, old.id), session.get(ApiKey, new.id)
        assert stored_old.revoked_at is not None and stored_new.revoked_at is None
        assert (stored_new.tenant_id, stored_new.scopes, stored_new.label, stored_new.rate_limit_per_second) == (
            tenant, "ingest,review", "crm bot", 2.5)
        assert stored_new.token_hash == hash_token(new.token)
        assert authenticate(session, old.token) is None
        principal = authenticate(session, new.token)
        assert principal is not None and (principal.tenant_id, principal.key_id) == (tenant, new.id)
        assert principal.rate_limit_per_second == 2.5 and principal.allows("read")  # review implies read
        assert authenticate(session, other.token) is not None  # other keys untouched
    # Through the API as well: the old token is refused, the new one accepted.
    assert service.client.get("/v1/alerts", headers={"Authorization": f"Bearer {old.token}"}).status_code == 401
    assert service.client.get("/v1/alerts", headers={"Authorization": f"Bearer {new.token}"}).status_code == 200


def test_rotate_key_refuses_revoked_unknown_and_other_tenants_keys(service: Service, tenant: str) -> None:
    with service.sessions() as session:
        revoked = create_key(session, tenant, "read")
        assert revoke_key(session, revoked.id)
        foreign = create_key(session, tenant + "-b", "read")
        session.commit()

    def live_keys() -> int:
        with service.sessions() as session:
            return len(session.scalars(select(ApiKey.id).where(
                ApiKey.tenant_id.in_([tenant, tenant + "-b"]), ApiKey.revoked_at.is_(None))).all())

    before = live_keys()
    for key_id, message_ in ((revoked.id, "already revoked"), ("key_000000000000", "there is no key"),
                             (foreign.id, "there is no key")):
        with service.sessions() as session:
            with pytest.raises(NoSuchKey, match=message_):
                rotate_key(session, key_id, tenant)
            session.commit()
    assert live_keys() == before
    with service.sessions() as session:
        assert session.get(ApiKey, foreign.id).revoked_at is None
        assert authenticate(session, foreign.token) is not None
        # Without a tenant (the CLI, an operator) any tenant's live key may be rotated.
        assert rotate_key(session, foreign.id).tenant_id == tenant + "-b"


def test_keys_cli_rotate(database_url: str, tenant: str) -> None:
    runner = CliRunner()
    db = ["--database-url", database_url]
    created = runner.invoke(cli, ["keys", "create", "--tenant", tenant, "--scope", "ingest,read",
                                  "--label", "moderation bot", "--rate-limit", "7", *db])
    assert created.exit_code == 0, created.output
    old_token = re.search(r"^(wk_\S+)$", created.output, re.MULTILINE).group(1)
    old_id = re.search(r"key id:\s+(key_\w+)", created.output).group(1)
    rotated = runner.invoke(cli, ["keys", "rotate", old_id, *db])
    assert rotated.exit_code == 0, rotated.output
    tokens = re.findall(r"^(wk_\S+)$", rotated.output, re.MULTILINE)
    new_id = re.search(r"key id:\s+(key_\w+)", rotated.output).group(1)
    assert len(tokens) == 1 and tokens[0] != old_token and new_id != old_id
    assert old_id in rotated.output and "ingest,read" in rotated.output
    with Service(database_url) as svc:
        with svc.sessions() as session:
            new = session.get(ApiKey, new_id)
            assert (new.tenant_id, new.scopes, new.label, new.rate_limit_per_second) == (
                tenant, "ingest,read", "moderation bot", 7.0)
            assert new.token_hash == hash_token(tokens[0])
            assert session.get(ApiKey, old_id).revoked_at is not None
        assert svc.client.get("/v1/alerts", headers={"Authorization": f"Bearer {old_token}"}).status_code == 401
        assert svc.client.get("/v1/alerts", headers={"Authorization": f"Bearer {tokens[0]}"}).status_code == 200
        listed = runner.invoke(cli, ["keys", "list", "--tenant", tenant, *db])
        assert new_id in listed.output and tokens[0] not in listed.output
    again = runner.invoke(cli, ["keys", "rotate", old_id, *db])
    assert again.exit_code == 2 and "already revoked" in again.output and "wk_" not in again.output
    unknown = runner.invoke(cli, ["keys", "rotate", "key_000000000000", *db])
    assert unknown.exit_code == 2 and "no key key_000000000000" in unknown.output


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
