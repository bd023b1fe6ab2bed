"""Helpers for the service tests (imported by conftest and the test modules)."""

from __future__ import annotations

import ipaddress
import json
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

from fastapi.testclient import TestClient
from support_core import KeywordScorer

from watchkeeper.api.app import create_app
from watchkeeper.config import Settings
from watchkeeper.core.config import HAND_BIAS, HAND_WEIGHTS, DetectionConfig
from watchkeeper.core.engine import Engine
from watchkeeper.storage import migrate
from watchkeeper.storage.db import make_engine, make_sessionmaker
from watchkeeper.storage.keys import create_key


def keyword_engine() -> Engine:
    """The real engine with a tiny deterministic scorer (see support_core) and the
    documented hand weights: service tests check the plumbing, not the pattern
    tables or the fitted weights (which change whenever the model is refitted)."""
    return Engine(config=STABLE_CONFIG, scorers=[KeywordScorer()])


STABLE_CONFIG = DetectionConfig(weights=HAND_WEIGHTS, bias=HAND_BIAS, trees=None, alert_threshold=0.5)


class Service:
    """A running app (TestClient) plus helpers to mint keys on its database."""

    def __init__(self, database_url: str, engine_factory=keyword_engine, **settings: Any):
        values: dict[str, Any] = {
            "database_url": database_url, "rate_limit_per_second": 10_000.0,
            "rate_limit_burst": 10_000, "webhook_poll_seconds": 0.05,
            "webhook_backoff_base_seconds": 0.05, "webhook_timeout_seconds": 2.0,
            "access_log": False, "auth_cache_seconds": 0.0, "warm_up_engines": False,
            "analysis_processes": 0,
            # The webhook tests' receivers listen on loopback, which production refuses:
            # allow exactly that address (tests of the guard pass their own policy).
            "webhook_allowed_hosts": ["127.0.0.1"],
        }
        values.update(settings)
        self.settings = Settings(**values)
        self.app = create_app(self.settings, engine_factory=engine_factory)
        self.client = TestClient(self.app)
        self._db = make_engine(database_url)
        migrate.upgrade(self._db)
        self.sessions = make_sessionmaker(self._db)

    def __enter__(self) -> Self:
        self.client.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.__exit__(*exc)
        self._db.dispose()

    def key(self, tenant: str, scopes: str = "admin", **kwargs: Any) -> dict[str, str]:
        with self.sessions() as session:
            created = create_key(session, tenant, scopes, **kwargs)
            session.commit()
        return {"Authorization": f"Bearer {created.token}", "X-Key-Id": created.id}

    def post_events(self, headers: dict[str, str], events: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
        return self.client.post("/v1/events", json=events, headers=headers, **kwargs)


def offline_resolve(host: str, port: int) -> list[str]:
    """Stands in for DNS in the tests (webhook_targets.resolve): IP literals and
    localhost only, so no webhook delivery can make a test reach the network."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    if host.rstrip(".").lower() == "localhost":
        return ["127.0.0.1"]
    raise socket.gaierror(socket.EAI_NONAME, f"{host}: no DNS in the tests")


def message(mid: str, text: str, conversation: str = "c1", sender: str = "adult",
            recipient: str = "kid", minute: int = 0, **extra: Any) -> dict[str, Any]:
    return {"type": "message", "id": mid, "conversation": conversation, "sender": sender,
            "recipients": [recipient], "ts": f"2026-03-02T15:{minute:02d}:00Z", "text": text,
            "platform": "gaming", **extra}


def grooming(conversation: str = "c1", prefix: str = "") -> list[dict[str, Any]]:
    """A conversation that raises an alert under the keyword scorer."""
    texts = ["you are so pretty", "what school do you go to", "this is our secret ok",
             "add me on snap", "send me a pic", "lets meet saturday", "do it or else"]
    return [message(f"{prefix}{conversation}-m{i}", t, conversation=conversation, minute=i)
            for i, t in enumerate(texts)]


def mass_outreach(sender: str = "sprayer", targets: int = 40) -> list[dict[str, Any]]:
    """A new account spraying declined friend requests at 13-year-olds: an account alert."""
    events: list[dict[str, Any]] = [
        {"type": "profile", "user": sender, "ts": "2026-03-02T14:00:00Z",
         "created": "2026-03-02T13:30:00Z", "stated_age": 15}]
    events += [{"type": "profile", "user": f"k{i}", "ts": "2026-03-01T00:00:00Z", "stated_age": 13}
               for i in range(targets)]
    events += [{"type": "friend_request", "id": f"fr{i}", "sender": sender, "recipient": f"k{i}",
                "ts": f"2026-03-02T15:{i % 60:02d}:{i // 60:02d}Z", "accepted": False}
               for i in range(targets)]
    return events


class Receiver:
    """An HTTP server on 127.0.0.1 that records what it is sent."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.fail_next = 0  # answer 500 to this many requests first
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if receiver.fail_next > 0:
                    receiver.fail_next -= 1
                    self.send_response(500)
                else:
                    receiver.received.append((dict(self.headers), body))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def bodies(self, kind: str | None = None) -> list[dict]:
        out = [json.loads(b) for _, b in self.received]
        return [b for b in out if kind is None or b["kind"] == kind]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def wait_for(condition: Callable[[], bool], limit: float = 15.0) -> bool:
    """Poll until true (bounded); delivery is asynchronous."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
