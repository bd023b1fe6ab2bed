"""Crash test: SIGKILL the server mid-load, restart it, and check that nothing
acknowledged was lost and no alert was raised twice.

Clients post realistic traffic (the evaluation corpus with fresh ids; single
events and batches) to `watchkeeper serve` on 127.0.0.1. The server is killed
with SIGKILL at random moments while requests are in flight; clients resend
what was not acknowledged (as a real platform would) once it is back. At the
end the database is checked directly:

- every event acknowledged (accepted or duplicate in a 200 response) is stored;
- every alert exists once, and alert.raised was enqueued once per alert;
- clients were told "alert_raised" at most once per conversation;
- the stored alerts equal an offline replay of the stored events through a
  fresh engine (same conversations, same first_alert): the restarted engine
  continued exactly.

    python bench/crash.py --kills 5
    python bench/crash.py --backend postgresql --kills 5

Only 127.0.0.1 is contacted; every loop is bounded.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import Server, database_for, free_port, load_corpus, make_key, shard_of, traffic


class Client(threading.Thread):
    """Posts its shard in order; resends a request until it is acknowledged."""

    def __init__(self, port: int, token: str, events: list[dict], batch: int, stop: threading.Event):
        super().__init__(daemon=True)
        self.port, self.token, self.stop = port, token, stop
        self.requests = [events[i : i + batch] for i in range(0, len(events), batch)]
        self.acknowledged: set[str] = set()
        self.alerts_told: collections.Counter[str] = collections.Counter()
        self.failures = 0
        self.position = 0

    def run(self) -> None:
        conn: http.client.HTTPConnection | None = None
        headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}
        while self.position < len(self.requests) and not self.stop.is_set():
            chunk = self.requests[self.position]
            body = orjson.dumps(chunk[0] if len(chunk) == 1 else chunk)
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                conn.request("POST", "/v1/events", body=body, headers=headers)
                response = conn.getresponse()
                payload = response.read()
            except (OSError, http.client.HTTPException):
                self.failures += 1
                conn = None
                time.sleep(0.05)  # server down: retry the same request
                continue
            if response.status != 200:
                self.failures += 1
                time.sleep(0.05)
                continue
            for result in orjson.loads(payload)["results"]:
                if result["status"] in ("accepted", "duplicate"):
                    self.acknowledged.add(result["id"])
                if result.get("alert_raised"):
                    self.alerts_told[result["conversation"]] += 1
            self.position += 1


def verify(database_url: str, acknowledged: set[str], told: collections.Counter[str]) -> dict:
    from sqlalchemy import func, select

    from watchkeeper.detectors import default_engine  # the service's detector set
    from watchkeeper.events import parse_event
    from watchkeeper.storage.db import make_engine
    from watchkeeper.storage.models import Alert, OutboxMessage, StoredEvent

    db = make_engine(database_url)
    with db.connect() as conn:
        stored = set(conn.scalars(select(StoredEvent.event_key).where(StoredEvent.tenant_id == "crash")))
        alerts = conn.execute(select(Alert.kind, Alert.subject, Alert.first_alert)
                              .where(Alert.tenant_id == "crash")).all()
        raised_rows = collections.Counter(
            orjson.loads(body)["data"]["alert"]["subject"]
            for (body,) in conn.execute(select(OutboxMessage.body).where(
                OutboxMessage.tenant_id == "crash", OutboxMessage.kind == "alert.raised"))
        )
        engine = default_engine()
        payloads = conn.execute(select(StoredEvent.payload).where(StoredEvent.tenant_id == "crash")
                                .order_by(StoredEvent.seq)).scalars()
        replayed: dict[str, str | None] = {}
        for payload in payloads:
            update = engine.process(parse_event(orjson.loads(payload)))
            if update.alert_raised and update.conversation is not None:
                replayed[update.conversation.conversation] = update.conversation.first_alert
        duplicates_in_db = conn.scalar(
            select(func.count()).select_from(
                select(Alert.kind, Alert.subject).where(Alert.tenant_id == "crash")
                .group_by(Alert.kind, Alert.subject).having(func.count() > 1).subquery()))
    db.dispose()
    conversation_alerts = {subject: first for kind, subject, first in alerts if kind == "conversation"}
    return {
        "acknowledged": len(acknowledged),
        "stored": len(stored),
        "lost": len(acknowledged - stored),
        "alerts": len(alerts),
        "duplicate_alert_rows": duplicates_in_db,
        "alert_raised_enqueued_twice": sum(1 for n in raised_rows.values() if n > 1),
        "alert_told_twice": sum(1 for n in told.values() if n > 1),
        "replay_matches": conversation_alerts == replayed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=6, help="corpus replays (event supply)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-seconds", type=float, default=300.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    events = traffic(load_corpus(), args.rounds)
    with tempfile.TemporaryDirectory() as tmp:
        url, cleanup = database_for(args.backend, Path(tmp))
        try:
            token = make_key(url, "crash")
            _subscribe_alert_webhook(url)
            port = free_port()
            shards: list[list[dict]] = [[] for _ in range(args.clients)]
            for event in events:
                shards[shard_of(event, args.clients)].append(event)
            stop = threading.Event()
            # Half the clients send single events, half batches of 50.
            clients = [Client(port, token, shard, 1 if i % 2 == 0 else 50, stop)
                       for i, shard in enumerate(shards)]
            env = {"WATCHKEEPER_WEBHOOKS_ENABLED": "false"}
            server = Server(url, port, env)
            started = time.monotonic()
            for c in clients:
                c.start()
            kills = 0
            while kills < args.kills and time.monotonic() - started < args.max_seconds:
                # Kill mid-load: once requests flow again, after a random delay.
                before = sum(c.position for c in clients)
                wait_until = time.monotonic() + 30
                while sum(c.position for c in clients) < before + 20 and time.monotonic() < wait_until:
                    time.sleep(0.01)
                time.sleep(rng.uniform(0.1, 1.5))
                if all(c.position >= len(c.requests) for c in clients):
                    break
                server.stop(kill=True)  # SIGKILL
                kills += 1
                print(f"kill {kills} at {time.monotonic() - started:.1f}s: progress {sum(c.position for c in clients)}/"
                      f"{sum(len(c.requests) for c in clients)} requests", flush=True)
                time.sleep(rng.uniform(0.0, 0.5))
                server = Server(url, port, env)
                print(f"  restarted at {time.monotonic() - started:.1f}s", flush=True)
            deadline = started + args.max_seconds
            for c in clients:
                c.join(max(0.0, deadline - time.monotonic()))
            stop.set()
            server.stop()
            acknowledged = set().union(*(c.acknowledged for c in clients))
            told = sum((c.alerts_told for c in clients), collections.Counter())
            report = {"backend": args.backend, "kills": kills,
                      "client_retries": sum(c.failures for c in clients),
                      **verify(url, acknowledged, told)}
        finally:
            cleanup()
    print(orjson.dumps(report).decode())
    ok = (report["kills"] >= args.kills and report["lost"] == 0 and report["duplicate_alert_rows"] == 0
          and report["alert_raised_enqueued_twice"] == 0 and report["alert_told_twice"] == 0
          and report["replay_matches"])
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


def _subscribe_alert_webhook(url: str) -> None:
    """An alert.raised endpoint so the outbox records every raise (delivery is off)."""
    from watchkeeper.storage.db import make_engine, make_sessionmaker, utcnow
    from watchkeeper.storage.models import WebhookEndpoint

    engine = make_engine(url)
    with make_sessionmaker(engine)() as session:
        session.add(WebhookEndpoint(tenant_id="crash", kind="alert.raised",
                                    url="http://127.0.0.1:9/unused", secret="whsec_crash",
                                    active=True, created_at=utcnow()))
        session.commit()
    engine.dispose()


if __name__ == "__main__":
    main()
