"""Webhooks: signed deliveries to a local receiver, retries, dead letters, restarts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from service.support import Receiver, Service, grooming, mass_outreach, wait_for

from watchkeeper.actions.webhooks import backoff, sign, verify_signature


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def subscribe(service: Service, h: dict[str, str], url: str, *kinds: str) -> dict[str, str]:
    secrets = {}
    for kind in kinds:
        created = service.client.post("/v1/webhooks", headers=h, json={"kind": kind, "url": url})
        assert created.status_code == 201
        secrets[kind] = created.json()["secret"]
    return secrets


def test_signed_deliveries_of_every_kind(service: Service, tenant: str, receiver: Receiver) -> None:
    h = service.key(tenant, "admin")
    secrets = subscribe(service, h, receiver.url, "alert.raised", "safety_message",
                        "alert.updated", "account.flagged")
    assert all(s.startswith("whsec_") for s in secrets.values())
    assert all(w["secret"] is None for w in service.client.get("/v1/webhooks", headers=h).json())
    service.post_events(h, grooming())
    assert wait_for(lambda: len(receiver.received) >= 2)
    raised = receiver.bodies("alert.raised")
    assert len(raised) == 1 and raised[0]["data"]["alert"]["subject"] == "c1"
    assert raised[0]["tenant"] == tenant
    safety = receiver.bodies("safety_message")[0]["data"]
    assert safety["recipients"] == ["kid"] and "not your fault" in safety["message"]["reassurance"]
    for headers, body in receiver.received:
        kind = headers["Watchkeeper-Event"]
        assert verify_signature(secrets[kind], headers["Watchkeeper-Timestamp"], body,
                                headers["Watchkeeper-Signature"])
        assert not verify_signature("whsec_wrong", headers["Watchkeeper-Timestamp"], body,
                                    headers["Watchkeeper-Signature"])
    alert_id = raised[0]["data"]["alert"]["id"]
    service.client.post(f"/v1/alerts/{alert_id}/decision", headers=h, json={"decision": "confirm"})
    assert wait_for(lambda: any(b["data"]["alert"].get("reason") == "decision"
                                for b in receiver.bodies("alert.updated")))
    updated = [b for b in receiver.bodies("alert.updated") if b["data"]["alert"]["reason"] == "decision"]
    assert updated[0]["data"]["alert"]["status"] == "confirmed"
    # Account flags go to account.flagged.
    service.post_events(h, mass_outreach())
    assert wait_for(lambda: len(receiver.bodies("account.flagged")) == 1)
    assert receiver.bodies("account.flagged")[0]["data"]["alert"]["account"] == "sprayer"


def test_stage_change_of_an_alerted_conversation_is_notified(
    database_url: str, tenant: str, receiver: Receiver
) -> None:
    events = grooming()
    with Service(database_url) as service:
        h = service.key(tenant, "admin")
        subscribe(service, h, receiver.url, "alert.updated")
        service.post_events(h, events[:3])  # raised at m2, stage "isolation"
        service.post_events(h, events[3:5])  # image request: exploitation
        assert wait_for(lambda: len(receiver.bodies("alert.updated")) == 1)
    with Service(database_url) as restarted:  # stage cache empty: read from the database
        restarted.post_events(h, events[5:])  # meeting, threats: control
        assert wait_for(lambda: len(receiver.bodies("alert.updated")) == 2)
        alert = restarted.client.get("/v1/alerts", headers=h).json()["alerts"][0]
    stages = [b["data"]["alert"]["stage"] for b in receiver.bodies("alert.updated")]
    assert stages == ["exploitation", "control"] and alert["stage"] == "control"
    assert {b["data"]["alert"]["reason"] for b in receiver.bodies("alert.updated")} == {"stage_changed"}


def test_retries_then_dead_letter_then_manual_retry(sqlite_url: str, tenant: str,
                                                    receiver: Receiver) -> None:
    with Service(sqlite_url, webhook_max_attempts=3) as service:
        h = service.key(tenant, "admin")
        subscribe(service, h, receiver.url, "alert.raised")
        receiver.fail_next = 3
        service.post_events(h, grooming())

        def dead() -> list[dict]:
            return service.client.get("/v1/webhooks/deliveries", headers=h,
                                      params={"status": "dead"}).json()["deliveries"]

        assert wait_for(lambda: len(dead()) == 1)
        parked = dead()[0]
        assert parked["attempts"] == 3 and parked["last_error"] == "HTTP 500"
        assert receiver.received == []
        metrics = service.client.get("/metrics").text
        assert 'watchkeeper_webhook_failures_total{kind="alert.raised"} 3.0' in metrics
        retried = service.client.post(f"/v1/webhooks/deliveries/{parked['id']}/retry", headers=h)
        assert retried.status_code == 200 and retried.json()["status"] == "pending"
        assert wait_for(lambda: len(receiver.received) == 1)
        again = service.client.post(f"/v1/webhooks/deliveries/{parked['id']}/retry", headers=h)
        assert again.status_code == 409


def test_outbox_survives_restart(database_url: str, tenant: str, receiver: Receiver) -> None:
    with Service(database_url, webhooks_enabled=False) as down:
        h = down.key(tenant, "admin")
        subscribe(down, h, receiver.url, "alert.raised", "safety_message")
        down.post_events(h, grooming())
        pending = down.client.get("/v1/webhooks/deliveries", headers=h,
                                  params={"status": "pending"}).json()["deliveries"]
        assert len(pending) == 2
    assert receiver.received == []
    with Service(database_url) as up:
        assert wait_for(lambda: len(receiver.received) == 2)
        delivered = up.client.get("/v1/webhooks/deliveries", headers=h,
                                  params={"status": "delivered"}).json()["deliveries"]
        assert len(delivered) == 2
    assert sorted(b["kind"] for b in receiver.bodies()) == ["alert.raised", "safety_message"]


def test_deleted_webhook_gets_nothing_more(service: Service, tenant: str, receiver: Receiver) -> None:
    h = service.key(tenant, "admin")
    hook = service.client.post("/v1/webhooks", headers=h,
                               json={"kind": "alert.raised", "url": receiver.url}).json()
    assert service.client.delete(f"/v1/webhooks/{hook['id']}", headers=h).status_code == 204
    assert service.client.delete(f"/v1/webhooks/{hook['id']}", headers=h).status_code == 404
    service.post_events(h, grooming())
    assert service.client.get("/v1/webhooks/deliveries", headers=h).json()["deliveries"] == []


def test_webhook_urls_are_validated(service: Service, tenant: str) -> None:
    h = service.key(tenant, "admin")
    for body in ({"kind": "alert.raised", "url": "ftp://127.0.0.1/x"},
                 {"kind": "alert.exploded", "url": "http://127.0.0.1/x"},
                 {"kind": "alert.raised"}):
        response = service.client.post("/v1/webhooks", headers=h, json=body)
        assert response.status_code == 422 and response.json()["error"]["field"].startswith("body")


def test_signature_and_backoff() -> None:
    body = b'{"a":1}'
    signature = sign("whsec_x", 1700000000, body)
    assert verify_signature("whsec_x", "1700000000", body, signature, now=1700000100)
    assert not verify_signature("whsec_x", "1700000000", body, signature, now=1700001000)  # stale
    assert not verify_signature("whsec_x", "1700000000", body + b" ", signature, now=1700000000)
    delays = [backoff(n, 2.0, 60.0) for n in range(1, 8)]
    assert delays == [timedelta(seconds=s) for s in (2, 4, 8, 16, 32, 60, 60)]
