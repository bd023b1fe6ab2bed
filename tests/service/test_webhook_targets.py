"""Webhook targets: no server-side request forgery (registration and delivery).

The receivers listen on 127.0.0.1; host names are "resolved" by the tests'
resolver (no DNS, no network)."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pydantic import ValidationError
from service.support import Receiver, Service, grooming, offline_resolve, wait_for

from watchkeeper.actions import webhook_targets
from watchkeeper.actions.webhook_targets import (
    TargetPolicy,
    TargetRejected,
    allowed_host,
    blocked_reason,
)
from watchkeeper.config import Settings, load_settings
from watchkeeper.storage.db import utcnow
from watchkeeper.storage.models import WebhookEndpoint

STRICT = {"webhook_allowed_hosts": []}  # the production defaults


@pytest.fixture
def strict(database_url: str) -> Iterator[Service]:
    with Service(database_url, **STRICT) as svc:
        yield svc


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def fake_dns(monkeypatch: pytest.MonkeyPatch, answers: dict[str, list[str]]) -> list[str]:
    """Host names resolve to `answers`; returns the names of `answers` looked up, in order.
    (Only those: the web tests' session-wide app keeps a delivery worker running in this
    process, and its lookups of 127.0.0.1 go through the same patched function.)"""
    asked: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        if host in answers:
            asked.append(host)
            return answers[host]
        return offline_resolve(host, port)

    monkeypatch.setattr(webhook_targets, "resolve", resolve)
    return asked


def register(service: Service, h: dict[str, str], url: str,
             kind: str = "alert.raised") -> httpx.Response:
    return service.client.post("/v1/webhooks", headers=h, json={"kind": kind, "url": url})


@pytest.mark.parametrize(("url", "code", "why"), [
    ("http://127.0.0.1:8080/hook", "webhook_target_blocked", "loopback"),
    ("http://10.0.0.5/hook", "webhook_target_blocked", "private"),
    ("http://169.254.169.254/latest/meta-data/", "webhook_target_blocked", "link-local"),
    ("http://[::1]/hook", "webhook_target_blocked", "loopback"),
    ("http://[::ffff:10.1.2.3]/hook", "webhook_target_blocked", "private"),
    ("http://[fd00::7]/hook", "webhook_target_blocked", "private"),
    ("http://[fe80::1]/hook", "webhook_target_blocked", "link-local"),
    ("http://0.0.0.0:5432/", "webhook_target_blocked", "unspecified"),
    ("http://2130706433/hook", "webhook_target_blocked", "loopback"),  # 127.0.0.1 in decimal
    ("http://224.0.0.1/hook", "webhook_target_blocked", "multicast"),
    ("http://100.64.0.1/hook", "webhook_target_blocked", "not globally routable"),
    ("http://localhost:5432/", "webhook_target_blocked", "loopback"),
    ("http://user:pw@example.com/hook", "invalid_webhook_url", "credentials"),
])
def test_registration_refuses_internal_targets_and_credentials(
    strict: Service, tenant: str, url: str, code: str, why: str
) -> None:
    h = strict.key(tenant, "admin")
    response = register(strict, h, url)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert (error["code"], error["field"]) == (code, "url")
    assert why in error["message"]
    assert strict.client.get("/v1/webhooks", headers=h).json() == []


def test_registration_refuses_other_schemes(strict: Service, tenant: str) -> None:
    h = strict.key(tenant, "admin")
    for url in ("ftp://example.com/hook", "file:///etc/passwd", "gopher://example.com/"):
        response = register(strict, h, url)
        assert response.status_code == 422
        assert response.json()["error"]["field"].endswith("url")


def test_registration_accepts_public_targets_without_resolving(
    strict: Service, tenant: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = fake_dns(monkeypatch, {"hooks.example.com": ["93.184.216.34"]})
    h = strict.key(tenant, "admin")
    for url in ("https://hooks.example.com/watchkeeper", "http://93.184.216.34:8443/x",
                "https://[2606:4700::1111]/x"):
        assert register(strict, h, url).status_code == 201, url
    assert len(strict.client.get("/v1/webhooks", headers=h).json()) == 3
    assert asked == []  # names are checked at delivery, on what they resolve to then


@pytest.mark.parametrize("settings", [
    {"webhook_allowed_hosts": ["10.0.0.0/8", "relay.internal"]},
    {"webhook_allow_private": True},
])
def test_operator_can_allow_private_targets(database_url: str, tenant: str, settings: dict) -> None:
    with Service(database_url, **settings) as service:
        h = service.key(tenant, "admin")
        assert register(service, h, "http://10.0.0.5/hook").status_code == 201
        assert register(service, h, "http://relay.internal/hook").status_code == 201
        if settings.get("webhook_allow_private"):
            assert register(service, h, "http://127.0.0.1:9/hook").status_code == 201
        else:  # the allow-list allows what it lists, nothing more
            refused = register(service, h, "http://192.168.1.10/hook")
            assert refused.status_code == 422 and refused.json()["error"]["field"] == "url"


def test_https_only_when_required(database_url: str, tenant: str) -> None:
    with Service(database_url, webhook_require_https=True, **STRICT) as service:
        h = service.key(tenant, "admin")
        refused = register(service, h, "http://hooks.example.com/x")
        assert refused.status_code == 422
        error = refused.json()["error"]
        assert (error["code"], error["field"]) == ("invalid_webhook_url", "url")
        assert "https" in error["message"]
        assert register(service, h, "https://hooks.example.com/x").status_code == 201


@pytest.mark.parametrize(("answers", "allowed", "shown"), [
    (["127.0.0.1"], [], "127.0.0.1, which is a loopback address"),
    # Any blocked address refuses the target, even when another one is allowed.
    (["127.0.0.1", "10.0.0.5"], ["127.0.0.1"], "10.0.0.5, which is a private address"),
    (["::ffff:169.254.169.254"], [], "link-local"),
])
def test_delivery_to_a_name_resolving_to_a_blocked_address_is_refused(
    database_url: str, tenant: str, receiver: Receiver, monkeypatch: pytest.MonkeyPatch,
    answers: list[str], allowed: list[str], shown: str,
) -> None:
    """DNS rebinding: the name is public at registration, private at delivery."""
    port = receiver.server.server_address[1]
    asked = fake_dns(monkeypatch, {"hooks.example.com": answers})
    with Service(database_url, webhook_max_attempts=2, webhook_allowed_hosts=allowed) as service:
        h = service.key(tenant, "admin")
        assert register(service, h, f"http://hooks.example.com:{port}/hook").status_code == 201
        service.post_events(h, grooming())

        def dead() -> list[dict]:
            return service.client.get("/v1/webhooks/deliveries", headers=h,
                                      params={"status": "dead"}).json()["deliveries"]

        assert wait_for(lambda: len(dead()) == 1)
        [parked] = dead()
        assert parked["attempts"] == 2
        assert parked["last_error"].startswith("refused: refused to connect: hooks.example.com")
        assert shown in parked["last_error"]
        metrics = service.client.get("/metrics").text
        assert 'watchkeeper_webhook_failures_total{kind="alert.raised"} 2.0' in metrics
        assert service.client.get("/readyz").status_code == 200  # the worker lives on
    assert asked == ["hooks.example.com", "hooks.example.com"]  # once per attempt
    assert receiver.received == []  # the listening receiver never got a byte


def test_delivery_refuses_rows_stored_under_an_older_policy(
    database_url: str, tenant: str
) -> None:
    with Service(database_url, webhook_max_attempts=1, **STRICT) as service:
        h = service.key(tenant, "admin")
        with service.sessions() as session:
            session.add(WebhookEndpoint(tenant_id=tenant, kind="alert.raised",
                                        url="http://169.254.169.254/latest/meta-data/",
                                        secret="whsec_x", active=True, created_at=utcnow()))
            session.commit()
        service.post_events(h, grooming())
        assert wait_for(lambda: service.client.get(
            "/v1/webhooks/deliveries", headers=h, params={"status": "dead"}).json()["deliveries"])
        [parked] = service.client.get("/v1/webhooks/deliveries", headers=h).json()["deliveries"]
        assert parked["last_error"].startswith("refused: 169.254.169.254 is a link-local address")


def test_allowed_name_is_delivered_to_the_address_that_was_checked(
    database_url: str, tenant: str, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An allow-listed relay name resolving to a private address gets its deliveries;
    the connection goes to the address the guard resolved (no second lookup)."""
    port = receiver.server.server_address[1]
    asked = fake_dns(monkeypatch, {"relay.internal": ["127.0.0.1"]})
    with Service(database_url, webhook_allowed_hosts=["relay.internal"]) as service:
        h = service.key(tenant, "admin")
        assert register(service, h, f"http://relay.internal:{port}/hook").status_code == 201
        service.post_events(h, grooming())
        assert wait_for(lambda: len(receiver.received) == 1)
    headers, _ = receiver.received[0]
    assert headers["Host"] == f"relay.internal:{port}"
    assert asked and set(asked) == {"relay.internal"}


# ---- the policy itself ----------------------------------------------------------------


@pytest.mark.parametrize(("address", "blocked"), [
    ("8.8.8.8", None), ("2606:4700::1111", None),
    ("127.0.0.1", "loopback"), ("10.0.0.5", "private"), ("172.16.0.1", "private"),
    ("192.168.0.1", "private"), ("169.254.169.254", "link-local"), ("0.0.0.0", "unspecified"),
    ("100.64.0.1", "not globally routable"), ("192.0.2.1", "not globally routable"),
    ("240.0.0.1", "reserved"), ("255.255.255.255", "reserved"), ("239.1.1.1", "multicast"),
    ("::1", "loopback"), ("::", "unspecified"), ("fe80::1", "link-local"), ("fc00::1", "private"),
    ("fec0::1", "site-local"), ("ff02::1", "multicast"), ("2001:db8::1", "not globally routable"),
    ("::ffff:127.0.0.1", "loopback"), ("::ffff:8.8.8.8", None),
    ("64:ff9b::a00:5", "private"), ("64:ff9b::808:808", None),  # NAT64
    ("2002:a00:5::1", "private"), ("2002:808:808::1", None),  # 6to4
    ("::7f00:1", "reserved"),  # IPv4-compatible (deprecated)
])
def test_blocked_ranges(address: str, blocked: str | None) -> None:
    reason = blocked_reason(ipaddress.ip_address(address))
    assert (reason is None) if blocked is None else (blocked in (reason or "")), (address, reason)


def test_policy_allow_list_and_settings() -> None:
    settings = Settings(webhook_allowed_hosts=" Relay.Internal. , 10.2.0.0/16,[fd00::1],127.0.0.1")
    assert settings.webhook_allowed_hosts == ["relay.internal", "10.2.0.0/16", "fd00::1/128",
                                              "127.0.0.1/32"]
    policy = TargetPolicy.from_settings(settings)
    assert policy.name_allowed("RELAY.internal.")
    assert policy.address_problem(ipaddress.ip_address("10.2.3.4")) is None
    assert policy.address_problem(ipaddress.ip_address("::ffff:127.0.0.1")) is None
    assert policy.address_problem(ipaddress.ip_address("10.3.0.1")) == "a private address"
    policy.check_url("http://10.2.9.9/x")
    with pytest.raises(TargetRejected, match="private"):
        policy.check_url("http://10.3.0.1/x")
    with pytest.raises(ValidationError, match="neither a host name nor a CIDR range"):
        Settings(webhook_allowed_hosts=["10.0.0.0/33"])
    assert Settings().webhook_allow_private is False and Settings().webhook_allowed_hosts == []


@pytest.mark.parametrize(("entry", "normalised"), [
    (" Relay.Internal. ", "relay.internal"), ("relay_1.internal", "relay_1.internal"),
    ("10.2.0.0/16", ipaddress.ip_network("10.2.0.0/16")),
    ("10.2.3.4/16", ipaddress.ip_network("10.2.0.0/16")),  # host bits dropped
    ("127.0.0.1", ipaddress.ip_network("127.0.0.1/32")),
    ("[fd00::1]", ipaddress.ip_network("fd00::1/128")),
    ("FD00::/8", ipaddress.ip_network("fd00::/8")),
])
def test_allowed_host_normalises_names_and_ranges(entry: str, normalised: object) -> None:
    assert allowed_host(entry) == normalised


@pytest.mark.parametrize("entry", ["10.0.0.0/33", "relay internal", "-relay.internal", "a..b",
                                   "http://relay.internal", "[]", "x" * 64 + ".internal"])
def test_allowed_host_refuses_what_is_neither_a_name_nor_a_range(entry: str) -> None:
    with pytest.raises(ValueError, match="neither a host name nor a CIDR range"):
        allowed_host(entry)
    # One function behind both: the settings and TargetPolicy.build refuse the same entries.
    with pytest.raises(ValidationError, match="neither a host name nor a CIDR range"):
        Settings(webhook_allowed_hosts=[entry])
    with pytest.raises(ValueError, match="neither a host name nor a CIDR range"):
        TargetPolicy.build(allowed_hosts=[entry])


def test_policy_build_reads_entries_like_the_settings() -> None:
    entries = [" Relay.Internal. ", "10.2.0.0/16", "[fd00::1]", "", "  "]
    built = TargetPolicy.build(allowed_hosts=entries)
    from_settings = TargetPolicy.from_settings(Settings(webhook_allowed_hosts=entries))
    assert built == from_settings
    assert built.allowed_names == {"relay.internal"}
    assert built.allowed_networks == (ipaddress.ip_network("10.2.0.0/16"),
                                      ipaddress.ip_network("fd00::1/128"))


def test_allowed_hosts_from_environment_and_toml(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHKEEPER_WEBHOOK_ALLOWED_HOSTS", '["relay.internal", "10.0.0.0/8"]')
    assert Settings().webhook_allowed_hosts == ["relay.internal", "10.0.0.0/8"]
    monkeypatch.delenv("WATCHKEEPER_WEBHOOK_ALLOWED_HOSTS")
    config = tmp_path / "watchkeeper.toml"
    config.write_text('webhook_allow_private = true\nwebhook_allowed_hosts = ["192.168.7.0/24"]\n')
    loaded = load_settings(config)
    assert loaded.webhook_allow_private and loaded.webhook_allowed_hosts == ["192.168.7.0/24"]
