"""Ingest, alerts, conversations, accounts, decisions and feedback over HTTP."""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import orjson
import pytest
from service.support import Service, grooming, mass_outreach, message
from sqlalchemy import event
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from watchkeeper.api.routers import alerts
from watchkeeper.cli.main import app as cli
from watchkeeper.events import MAX_TEXT_CHARS


def test_single_array_and_ndjson_bodies(service: Service, tenant: str) -> None:
    h = service.key(tenant, "ingest")
    one = service.post_events(h, message("a1", "hello"))
    assert one.status_code == 200
    assert one.json()["results"] == [
        {"index": 0, "status": "accepted", "type": "message", "id": "message:a1",
         "conversation": "c1", "risk": one.json()["results"][0]["risk"], "alert_raised": False}
    ]
    many = service.post_events(h, [message("a2", "hi", minute=1), message("a1", "hello")])
    assert [r["status"] for r in many.json()["results"]] == ["accepted", "duplicate"]
    lines = b"\n".join(orjson.dumps(message(f"n{i}", "hey", minute=2 + i)) for i in range(3))
    nd = service.client.post("/v1/events", content=lines + b"\n\n",
                             headers={**h, "Content-Type": "application/x-ndjson"})
    assert nd.status_code == 200
    assert [(r["index"], r["status"]) for r in nd.json()["results"]] == [
        (1, "accepted"), (2, "accepted"), (3, "accepted")]


def test_alert_raised_once_with_safety_message(service: Service, tenant: str) -> None:
    h = service.key(tenant, "ingest,read")
    results = service.post_events(h, grooming(), params={"region": "US"}).json()["results"]
    raised = [r for r in results if r["alert_raised"]]
    assert len(raised) == 1 and raised[0]["id"] == "message:c1-m2"
    safety = raised[0]["safety"]
    assert safety["recipients"] == ["kid"]
    assert "not your fault" in safety["message"]["reassurance"]
    assert {r["phone"] for r in safety["message"]["resources"]} >= {"1-888-373-7888", "1-800-843-5678"}
    assert all("safety" not in r for r in results if not r["alert_raised"])
    risks = [r["risk"] for r in results]
    assert risks == sorted(risks) and risks[-1] > 0.9
    # Replaying the whole conversation changes nothing and raises nothing.
    again = service.post_events(h, grooming()).json()
    assert again["duplicate"] == len(results) and not any(r["alert_raised"] for r in again["results"])
    alerts = service.client.get("/v1/alerts", headers=h).json()["alerts"]
    assert len(alerts) == 1
    alert = alerts[0]
    assert (alert["kind"], alert["conversation"], alert["first_alert"], alert["status"]) == (
        "conversation", "c1", "c1-m2", "open")
    assert alert["platform"] == "gaming" and alert["account"] == "adult"
    assert {"secrecy", "threats", "meeting"} <= set(alert["categories"])


def test_tenant_settings_choose_the_safety_message(service: Service, tenant: str) -> None:
    h = service.key(tenant, "admin")
    assert service.client.put("/v1/tenant", headers=h,
                              json={"region": "uk", "locale": "fr"}).status_code == 200
    assert service.client.get("/v1/tenant", headers=h).json()["region"] == "UK"
    raised = [r for r in service.post_events(h, grooming()).json()["results"] if r["alert_raised"]]
    message = raised[0]["safety"]["message"]
    assert (message["region"], message["locale"]) == ("UK", "fr")
    assert [r["phone"] for r in message["resources"]] == ["0800 1111"]
    bad = service.client.put("/v1/tenant", headers=h, json={"region": "not a region"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "body.region"


def test_restart_continues_without_duplicate_alerts(database_url: str, tenant: str) -> None:
    events = grooming()
    with Service(database_url) as first:
        h = first.key(tenant, "ingest,read")
        first.post_events(h, events[:4])
        before = first.client.get("/v1/conversations/c1", headers=h).json()
    with Service(database_url) as second:  # engine rebuilt from the stored events
        out = second.post_events(h, events).json()
        assert [r["status"] for r in out["results"]] == ["duplicate"] * 4 + ["accepted"] * 3
        assert not any(r["alert_raised"] for r in out["results"])
        assert out["results"][0]["risk"] == before["risk"]
        after = second.client.get("/v1/conversations/c1", headers=h).json()
    with Service(database_url) as fresh:  # a continuous run gives the same state
        h2 = fresh.key(tenant + "x", "ingest,read")
        fresh.post_events(h2, events)
        continuous = fresh.client.get("/v1/conversations/c1", headers=h2).json()
    assert (after["risk"], after["stage"], after["first_alert"]) == (
        continuous["risk"], continuous["stage"], continuous["first_alert"])
    with Service(database_url) as third:
        assert len(third.client.get("/v1/alerts", headers=h).json()["alerts"]) == 1


def test_conversation_timeline_and_account(service: Service, tenant: str) -> None:
    h = service.key(tenant, "ingest,read")
    service.post_events(h, [{"type": "profile", "user": "kid", "ts": "2026-03-01T00:00:00Z",
                             "stated_age": 13}] + grooming())
    conv = service.client.get("/v1/conversations/c1", headers=h).json()
    assert conv["alert"] is True and conv["first_alert"] == "c1-m2" and conv["events"] == 7
    assert conv["alert_id"] is not None and conv["suspect"] == "adult"
    timeline = conv["timeline"]
    assert [e["id"] for e in timeline] == [f"c1-m{i}" for i in range(7)]
    assert timeline[2]["raised_alert"] and timeline[2]["text"] == "this is our secret ok"
    assert timeline[2]["signals"][0]["category"] == "secrecy"
    assert timeline[2]["signals"][0]["evidence"] == "secret"
    page = service.client.get("/v1/conversations/c1", headers=h, params={"limit": 3}).json()
    assert len(page["timeline"]) == 3 and page["next_cursor"]
    rest = service.client.get("/v1/conversations/c1", headers=h,
                              params={"limit": 5, "cursor": page["next_cursor"]}).json()
    assert [e["id"] for e in page["timeline"] + rest["timeline"]] == [e["id"] for e in timeline]
    account = service.client.get("/v1/accounts/adult", headers=h).json()
    assert account["events"] == {"message": 7} and account["conversations"] == ["c1"]
    assert [a["conversation"] for a in account["alerts"]] == ["c1"]
    kid = service.client.get("/v1/accounts/kid", headers=h)
    assert kid.status_code == 200 and kid.json()["events"] == {"profile": 1}
    assert service.client.get("/v1/accounts/nobody", headers=h).status_code == 404
    assert service.client.get("/v1/conversations/nope", headers=h).status_code == 404


def test_account_flagged_by_mass_outreach(service: Service, tenant: str) -> None:
    h = service.key(tenant, "ingest,read")
    service.post_events(h, mass_outreach())
    alerts = service.client.get("/v1/alerts", headers=h, params={"kind": "account"}).json()["alerts"]
    assert [(a["kind"], a["account"]) for a in alerts] == [("account", "sprayer")]
    account = service.client.get("/v1/accounts/sprayer", headers=h).json()
    assert account["alert"] is True and account["events"] == {"friend_request": 40, "profile": 1}


def test_alert_filters_and_cursor_pagination(service: Service, tenant: str) -> None:
    h = service.key(tenant, "ingest,read,review")
    for n in range(5):
        service.post_events(h, grooming(f"c{n}"))
    benign = [message("b1", "good game", conversation="cb", minute=1)]
    service.post_events(h, benign)
    seen, cursor = [], None
    while True:
        page = service.client.get("/v1/alerts", headers=h,
                                  params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        seen += [a["conversation"] for a in page["alerts"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ["c4", "c3", "c2", "c1", "c0"]
    first = service.client.get("/v1/alerts", headers=h).json()["alerts"][-1]
    service.client.post(f"/v1/alerts/{first['id']}/decision", headers=h,
                        json={"decision": "dismiss", "note": "family"})

    def convs(**params: object) -> list[str]:
        return [a["conversation"] for a in
                service.client.get("/v1/alerts", headers=h, params=params).json()["alerts"]]

    assert convs(status="dismissed") == ["c0"]
    assert convs(status="open") == ["c4", "c3", "c2", "c1"]
    assert convs(category="threats") == ["c4", "c3", "c2", "c1", "c0"]
    assert convs(category="document_control") == []
    assert convs(platform="gaming", min_risk=0.9) == ["c4", "c3", "c2", "c1", "c0"]
    assert convs(platform="dating") == []
    assert convs(min_risk=1.0) == []


def test_alert_rows_are_updated_in_subject_order(service: Service, tenant: str) -> None:
    """One batch updating several alerts takes their rows in subject order, the order a
    moderator's decision locks them in (web/cases.py), so the two cannot deadlock."""
    h = service.key(tenant, "ingest")
    order = ["c3", "c1", "c2"]
    service.post_events(h, [m for c in order for m in grooming(c)])
    updated: list[list[str]] = []

    def capture(conn, cursor, statement: str, parameters, context, executemany: bool) -> None:  # type: ignore[no-untyped-def]
        if executemany and statement.startswith("UPDATE alerts SET risk"):
            updated.append([row[-1] for row in parameters])

    event.listen(Engine, "before_cursor_execute", capture)
    try:
        later = [message(f"{c}-late", "dont tell anyone ok", conversation=c, minute=30) for c in order]
        assert service.post_events(h, later).status_code == 200
    finally:
        event.remove(Engine, "before_cursor_execute", capture)
    assert updated == [["c1", "c2", "c3"]]


def test_decisions_are_stored_and_exported(service: Service, tenant: str, tmp_path) -> None:
    h = service.key(tenant, "ingest,read,review")
    service.post_events(h, grooming())
    alert = service.client.get("/v1/alerts", headers=h).json()["alerts"][0]
    decided = service.client.post(f"/v1/alerts/{alert['id']}/decision", headers=h,
                                  json={"decision": "confirm", "note": "clear grooming"})
    assert decided.status_code == 200
    assert decided.json()["status"] == "confirmed" and decided.json()["decided_by"] == h["X-Key-Id"]
    service.client.post(f"/v1/alerts/{alert['id']}/decision", headers=h,
                        json={"decision": "escalate", "note": "police"})
    assert service.client.get(f"/v1/alerts/{alert['id']}", headers=h).json()["status"] == "escalated"
    lines = service.client.get("/v1/feedback", headers=h).text.strip().split("\n")
    records = [json.loads(line) for line in lines]
    assert [r["decision"] for r in records] == ["confirm", "escalate"]
    assert records[0]["note"] == "clear grooming" and records[0]["alert"]["conversation"] == "c1"
    assert [m["id"] for m in records[0]["messages"]] == [f"c1-m{i}" for i in range(7)]
    assert records[0]["messages"][2]["text"] == "this is our secret ok"
    later = service.client.get("/v1/feedback", headers=h,
                               params={"after": records[0]["decision_id"]}).text.strip().split("\n")
    assert [json.loads(x)["decision"] for x in later] == ["escalate"]
    out = tmp_path / "feedback.jsonl"
    result = CliRunner().invoke(cli, ["feedback", "export", "--tenant", tenant, "--out", str(out),
                                      "--database-url", service.settings.database_url])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["decision"] for x in out.read_text().splitlines()] == ["confirm", "escalate"]


def test_decision_body_is_validated(service: Service, tenant: str) -> None:
    h = service.key(tenant, "ingest,review")
    service.post_events(h, grooming())
    alert_id = service.client.get("/v1/alerts", headers=h).json()["alerts"][0]["id"]
    bad = service.client.post(f"/v1/alerts/{alert_id}/decision", headers=h,
                              json={"decision": "ban"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "body.decision"
    assert service.client.post("/v1/alerts/999999/decision", headers=h,
                               json={"decision": "confirm"}).status_code == 404


def test_decision_with_a_stale_expected_status_writes_nothing(service: Service, tenant: str) -> None:
    h = service.key(tenant, "ingest,read,review")
    service.post_events(h, grooming())
    alert_id = service.client.get("/v1/alerts", headers=h).json()["alerts"][0]["id"]
    first = service.client.post(f"/v1/alerts/{alert_id}/decision", headers=h,
                                json={"decision": "confirm", "expected_status": "open"})
    assert first.status_code == 200 and first.json()["status"] == "confirmed"
    stale = service.client.post(f"/v1/alerts/{alert_id}/decision", headers=h,
                                json={"decision": "dismiss", "expected_status": "open"})
    assert stale.status_code == 409
    assert stale.json()["error"]["code"] == "status_changed" and stale.json()["status"] == "confirmed"
    assert stale.json()["error"]["field"] == "body.expected_status"
    assert service.client.get(f"/v1/alerts/{alert_id}", headers=h).json()["status"] == "confirmed"
    records = service.client.get("/v1/feedback", headers=h).text.strip().split("\n")
    assert [json.loads(r)["decision"] for r in records] == ["confirm"]
    again = service.client.post(f"/v1/alerts/{alert_id}/decision", headers=h,
                                json={"decision": "escalate", "expected_status": "confirmed"})
    assert again.status_code == 200 and again.json()["status"] == "escalated"


def test_simultaneous_api_decisions_expecting_open_store_one(service: Service, tenant: str) -> None:
    """Two moderators' tools decide the same open alert at once, each expecting it open:
    each request has read the alert before either writes, and the first is slowed while
    it writes; the alert's lock makes the second see the first's decision."""
    h = service.key(tenant, "ingest,read,review")
    service.post_events(h, grooming())
    alert_id = service.client.get("/v1/alerts", headers=h).json()["alerts"][0]["id"]
    everyone_read = threading.Barrier(2, timeout=20)
    read, record = alerts.tenant_alert, alerts.record_decision

    def read_then_wait(*args: Any) -> Any:
        alert = read(*args)
        everyone_read.wait()
        return alert

    def slow_record(*args: Any) -> Any:
        time.sleep(0.3)
        return record(*args)

    def decide(decision: str) -> Any:
        return service.client.post(f"/v1/alerts/{alert_id}/decision", headers=h,
                                   json={"decision": decision, "expected_status": "open"})

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(alerts, "tenant_alert", read_then_wait)
        patch.setattr(alerts, "record_decision", slow_record)
        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(decide, ["confirm", "dismiss"]))
    assert sorted(a.status_code for a in answers) == [200, 409]
    [won] = [a.json() for a in answers if a.status_code == 200]
    records = service.client.get("/v1/feedback", headers=h).text.strip().split("\n")
    assert [json.loads(r)["decision"] for r in records] == [won["decision"]]
    assert service.client.get(f"/v1/alerts/{alert_id}", headers=h).json()["status"] == won["status"]


def test_oversized_text_is_truncated_and_flagged(service: Service, tenant: str) -> None:
    h = service.key(tenant, "ingest,read")
    long_text = "a" * (MAX_TEXT_CHARS + 500)
    result = service.post_events(h, message("long", long_text)).json()["results"][0]
    assert result["status"] == "accepted" and result["truncated"] is True
    entry = service.client.get("/v1/conversations/c1", headers=h).json()["timeline"][0]
    assert entry["truncated"] is True and len(entry["text"]) == MAX_TEXT_CHARS


def test_other_event_types_are_stored(service: Service, tenant: str) -> None:
    h = service.key(tenant, "ingest,read")
    events = [
        {"type": "profile", "user": "u1", "ts": "2026-03-01T00:00:00Z", "stated_age": 14},
        {"type": "friend_request", "id": "f1", "sender": "u2", "recipient": "u1",
         "ts": "2026-03-01T00:01:00Z", "accepted": True},
        {"type": "image", "id": "i1", "conversation": "c9", "sender": "u2",
         "ts": "2026-03-01T00:02:00Z", "sha256": "a" * 64},
        {"type": "report", "id": "r1", "reporter": "u1", "reported": "u2",
         "ts": "2026-03-01T00:03:00Z", "conversation": "c9", "reason": "creepy"},
    ]
    out = service.post_events(h, events).json()
    assert out["accepted"] == 4
    assert out["results"][2]["conversation"] == "c9"
    assert service.post_events(h, events).json()["duplicate"] == 4
    conv = service.client.get("/v1/conversations/c9", headers=h).json()
    assert [e["type"] for e in conv["timeline"]] == ["image", "report"]


def test_batches_large_and_small_store_the_same_rows(service: Service, tenant: str) -> None:
    """Large batches take another write path (a binary COPY on PostgreSQL) than
    small ones: both store the same timeline, times normalised to UTC."""
    from watchkeeper.api.ingest import COPY_MIN_ROWS

    h = service.key(tenant, "ingest,read")
    size = COPY_MIN_ROWS + 2
    timelines = []
    for conversation, chunk in (("big", size), ("small", 1)):
        events = grooming(conversation) + [
            message(f"{conversation}-x{i}", "ok see you", minute=10 + i, conversation=conversation)
            for i in range(3)]
        events[1]["ts"] = "2026-03-02T17:01:00+02:00"  # 15:01 UTC, between m0 and m2
        events[4]["text"] = "x" * (MAX_TEXT_CHARS + 1)
        for start in range(0, len(events), chunk):
            assert service.post_events(h, events[start:start + chunk]).status_code == 200
        timeline = service.client.get(f"/v1/conversations/{conversation}",
                                      headers=h).json()["timeline"]
        timelines.append([(e["id"].split("-", 1)[1], e["ts"], e["risk"], e["raised_alert"],
                           e["truncated"]) for e in timeline])
    assert timelines[0] == timelines[1]
    assert [ts for _, ts, *_ in timelines[0][:3]] == [
        "2026-03-02T15:00:00Z", "2026-03-02T15:01:00Z", "2026-03-02T15:02:00Z"]
    assert [flags for *_, flags in timelines[0]] == [False] * 4 + [True] + [False] * 5
    assert sum(raised for *_, raised, _ in timelines[0]) == 1


def test_concurrent_ingest_is_grouped_without_loss_or_double_alerts(database_url: str,
                                                                    tenant: str) -> None:
    """Threads posting at once (the group-commit path): every event stored once,
    each conversation alerted once, duplicates racing each other answered once."""
    import threading

    from sqlalchemy import func, select

    from watchkeeper.events import parse_event
    from watchkeeper.storage.models import Alert, StoredEvent

    with Service(database_url) as service:
        service.key(tenant, "ingest")  # creates the tenant
        ingest = service.app.state.ingest
        scripts = [grooming(f"k{n}") for n in range(6)]
        outcomes: list = []
        lock = threading.Lock()

        def post(events: list[dict]) -> None:
            for i, event in enumerate(events):  # one request per event, in order
                result = ingest.ingest(tenant, [(i, parse_event(event))])
                with lock:
                    outcomes.extend(result)

        # Each script twice, by two racing threads.
        threads = [threading.Thread(target=post, args=(s,)) for s in scripts + scripts]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        accepted = [o.key for o in outcomes if o.status == "accepted"]
        assert len(outcomes) == 2 * 7 * 6 and len(accepted) == len(set(accepted)) == 7 * 6
        assert sum(o.alert_raised for o in outcomes) == 6
        with service.sessions() as session:
            assert session.scalar(select(func.count()).select_from(StoredEvent).where(
                StoredEvent.tenant_id == tenant)) == 42
            assert session.scalar(select(func.count()).select_from(Alert).where(
                Alert.tenant_id == tenant)) == 6


def test_warm_up_rebuilds_every_tenant_at_start(tmp_path) -> None:
    from service.support import keyword_engine

    from watchkeeper.api.ingest import IngestService
    from watchkeeper.events import parse_event
    from watchkeeper.storage import migrate
    from watchkeeper.storage.db import make_engine, make_sessionmaker
    from watchkeeper.storage.keys import ensure_tenant

    db = make_engine(f"sqlite:///{tmp_path / 'warm.db'}")
    migrate.upgrade(db)
    with make_sessionmaker(db)() as session:
        ensure_tenant(session, "one")
        ensure_tenant(session, "two")
        session.commit()
    first = IngestService(db, engine_factory=keyword_engine)
    for tenant in ("one", "two"):
        first.ingest(tenant, [(i, parse_event(e)) for i, e in enumerate(grooming()[:4])])
    first.close()
    second = IngestService(db, engine_factory=keyword_engine)
    second.warm_up().join(30)
    for tenant in ("one", "two"):
        runtime = second.runtime(tenant)
        assert runtime.engine is not None and len(runtime.stored_keys) == 4
        assert runtime.engine.assessment("c1").alert is True  # state as before the restart
    second.close()
    db.dispose()


def test_cancelled_request_does_not_stop_the_writer(database_url: str, tenant: str) -> None:
    """A client that goes away before its turn: its events are dropped unstored,
    and the tenant's writer keeps serving everyone else."""
    import time

    from watchkeeper.events import parse_event

    with Service(database_url) as service:
        service.key(tenant, "ingest")
        ingest = service.app.state.ingest
        runtime = ingest.runtime(tenant)
        with runtime.lock:  # the writer takes the first submission, then waits for us
            first = runtime.submit([(0, parse_event(message("first", "hi")))], None, None)
            for _ in range(3000):  # bounded wait until the writer holds it
                if first.running():
                    break
                time.sleep(0.01)
            gone = runtime.submit([(0, parse_event(message("gone", "hi")))], None, None)
            kept = runtime.submit([(0, parse_event(message("kept", "hi")))], None, None)
            assert gone.cancel()
        assert first.result(30)[0].status == kept.result(30)[0].status == "accepted"
        statuses = [o.status for o in ingest.ingest(
            tenant, [(0, parse_event(message("gone", "hi"))), (1, parse_event(message("kept", "hi")))])]
        assert statuses == ["accepted", "duplicate"]


def test_texts_analysed_in_a_worker_process_give_the_same_results(sqlite_url: str,
                                                                   tenant: str) -> None:
    events = grooming() + [message("c1-m7", "good game", minute=8),
                           message("c1-m8", "send me a pic", minute=9)]
    results = {}
    for processes in (0, 1):
        with Service(sqlite_url, analysis_processes=processes) as service:
            h = service.key(f"{tenant}-{processes}", "ingest,read")
            out = service.post_events(h, events).json()["results"]
            results[processes] = [(r["id"], r["risk"], r["alert_raised"]) for r in out]
            if processes:
                assert service.app.state.ingest._pool is not None
            timeline = service.client.get("/v1/conversations/c1", headers=h).json()["timeline"]
            assert timeline[2]["signals"][0]["category"] == "secrecy"
    assert results[0] == results[1]
    assert [r for r in results[1] if r[2]] == [results[1][2]]


def test_service_alerts_equal_the_offline_engine_on_the_evaluation_corpus(
    sqlite_url: str, tenant: str
) -> None:
    """With the real detector set (patterns + learned), what the service stores
    is what the library computes for the same events in the same order."""
    from pathlib import Path

    from watchkeeper.detectors import default_engine
    from watchkeeper.events import read_jsonl

    corpus = Path(__file__).resolve().parents[2] / "data" / "eval" / "events.jsonl"
    events, _ = read_jsonl(corpus)
    events = sorted(events, key=lambda e: e.ts)[:1500]
    offline = default_engine()
    expected = {}
    for update in offline.process_many(events):
        if update.alert_raised:
            expected[update.conversation.conversation] = update.conversation.first_alert
    assert expected, "the slice should contain alerted conversations"
    with Service(sqlite_url, engine_factory=default_engine) as service:
        h = service.key(tenant, "ingest,read")
        payload = [e.model_dump(mode="json", exclude_none=True) for e in events]
        for start in range(0, len(payload), 100):
            assert service.post_events(h, payload[start:start + 100]).status_code == 200
        alerts, cursor = [], None
        while True:
            page = service.client.get("/v1/alerts", headers=h, params={
                "kind": "conversation", "limit": 500, **({"cursor": cursor} if cursor else {})}).json()
            alerts += page["alerts"]
            cursor = page["next_cursor"]
            if cursor is None:
                break
    assert {a["conversation"]: a["first_alert"] for a in alerts} == expected
