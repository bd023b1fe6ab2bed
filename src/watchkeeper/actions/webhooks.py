"""Webhooks: a transactional outbox and a delivery worker.

Producers call `enqueue` with the connection of the transaction that stores
the cause (the event, the alert, the decision), so a notification exists if
and only if its cause was committed. `DeliveryWorker` sends due rows, signed
with HMAC-SHA256 over "timestamp.body", retries with exponential backoff and
parks a row as "dead" after the last try. Rows survive restarts; a row whose
delivery was cut short by a crash is sent again (at-least-once: receivers
de-duplicate by the body's "id").

Only targets the policy allows are contacted (webhook_targets: no loopback,
private, link-local or metadata addresses, judged on the addresses the host
resolves to at connection time); a refused target is a failed attempt like any
other (retried, then dead-lettered).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import httpx
import orjson
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Engine

from watchkeeper.actions.webhook_targets import TargetPolicy, TargetRejected, guarded_transport
from watchkeeper.storage.db import utcnow
from watchkeeper.storage.models import WEBHOOK_KINDS, OutboxMessage, WebhookEndpoint

log = logging.getLogger("watchkeeper.webhooks")

SIGNATURE_HEADER = "Watchkeeper-Signature"
TIMESTAMP_HEADER = "Watchkeeper-Timestamp"
KIND_HEADER = "Watchkeeper-Event"
DELIVERY_HEADER = "Watchkeeper-Delivery"


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def sign(secret: str, timestamp: int | str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def verify_signature(
    secret: str,
    timestamp: str,
    body: bytes,
    signature: str,
    tolerance_seconds: float = 300,
    now: float | None = None,
) -> bool:
    """What a receiver does: check the HMAC and that the timestamp is recent."""
    try:
        age = abs((now if now is not None else time.time()) - int(timestamp))
    except ValueError:
        return False
    return age <= tolerance_seconds and hmac.compare_digest(sign(secret, timestamp, body), signature)


def active_endpoints(connection: Connection, tenant_id: str) -> dict[str, list[int]]:
    """The tenant's active endpoint ids by kind."""
    by_kind: dict[str, list[int]] = {}
    for endpoint_id, kind in connection.execute(
        select(WebhookEndpoint.id, WebhookEndpoint.kind)
        .where(WebhookEndpoint.tenant_id == tenant_id, WebhookEndpoint.active.is_(True))
        .order_by(WebhookEndpoint.id)
    ):
        by_kind.setdefault(kind, []).append(endpoint_id)
    return by_kind


def enqueue(
    connection: Connection,
    tenant_id: str,
    kind: str,
    data: dict[str, Any],
    endpoints: dict[str, list[int]] | None = None,
) -> int:
    """Add one outbox row per active endpoint of `kind`; returns how many.
    `endpoints` (from active_endpoints, same transaction) saves the lookup."""
    if kind not in WEBHOOK_KINDS:
        raise ValueError(f"unknown webhook kind {kind!r}")
    if endpoints is None:
        endpoints = active_endpoints(connection, tenant_id)
    endpoint_ids = endpoints.get(kind, [])
    if not endpoint_ids:
        return 0
    now = utcnow()
    rows = []
    for endpoint_id in endpoint_ids:
        body = orjson.dumps(
            {"id": uuid.uuid4().hex, "kind": kind, "tenant": tenant_id,
             "created_at": now.isoformat(), "data": data}
        ).decode()
        rows.append(
            {"tenant_id": tenant_id, "endpoint_id": endpoint_id, "kind": kind, "body": body,
             "status": "pending", "attempts": 0, "next_attempt_at": now, "created_at": now}
        )
    connection.execute(insert(OutboxMessage), rows)
    return len(rows)


def backoff(attempts: int, base: float, cap: float) -> timedelta:
    """Delay before try number `attempts + 1`: base, 2 base, 4 base, ... up to cap."""
    return timedelta(seconds=min(cap, base * (2 ** max(0, attempts - 1))))


class DeliveryWorker:
    """A background thread draining the outbox. `wake()` after enqueuing for low latency."""

    def __init__(
        self,
        engine: Engine,
        *,
        max_attempts: int = 8,
        backoff_base: float = 2.0,
        backoff_max: float = 3600.0,
        timeout: float = 5.0,
        poll_seconds: float = 1.0,
        on_result: Callable[[str, bool], None] | None = None,
        batch_size: int = 50,
        policy: TargetPolicy | None = None,
    ):
        self.engine = engine
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.poll_seconds = poll_seconds
        self.on_result = on_result
        self.batch_size = batch_size
        # Rows being sent are leased past the timeout so a second worker skips them.
        self.lease = timedelta(seconds=timeout + 30)
        self.policy = policy if policy is not None else TargetPolicy()
        self._client = httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                                    transport=guarded_transport(self.policy))
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="webhook-delivery", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._client.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                sent = self.run_once()
            except Exception:  # the worker must outlive a database hiccup
                log.exception("webhook delivery pass failed")
                sent = 0
            if sent == 0:
                self._wake.wait(self.poll_seconds)
                self._wake.clear()

    def run_once(self) -> int:
        """Send every due row once (one try each); returns how many were tried."""
        now = utcnow()
        with self.engine.begin() as conn:
            due = conn.execute(
                select(OutboxMessage.id, OutboxMessage.next_attempt_at)
                .where(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now)
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
                .limit(self.batch_size)
            ).all()
        tried = 0
        for row in due:
            if self._stop.is_set():
                break
            if self._lease(row.id, row.next_attempt_at):
                self._deliver(row.id)
                tried += 1
        return tried

    def _lease(self, outbox_id: int, seen_due: datetime) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == outbox_id, OutboxMessage.status == "pending",
                       OutboxMessage.next_attempt_at == seen_due)
                .values(next_attempt_at=utcnow() + self.lease)
            )
            return result.rowcount == 1

    def _deliver(self, outbox_id: int) -> None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(OutboxMessage.kind, OutboxMessage.body, OutboxMessage.attempts,
                       WebhookEndpoint.url, WebhookEndpoint.secret, WebhookEndpoint.active)
                .join(WebhookEndpoint, WebhookEndpoint.id == OutboxMessage.endpoint_id)
                .where(OutboxMessage.id == outbox_id)
            ).first()
        if row is None:
            return
        attempts = row.attempts + 1
        if not row.active:
            self._finish(outbox_id, attempts, "dead", "endpoint disabled", row.kind)
            return
        body = row.body.encode()
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "watchkeeper-webhooks/1",
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: sign(row.secret, timestamp, body),
            KIND_HEADER: row.kind,
            DELIVERY_HEADER: str(outbox_id),
        }
        error: str | None
        try:
            self.policy.check_url(row.url)  # rows registered under an older policy
            response = self._client.post(row.url, content=body, headers=headers)
            error = None if 200 <= response.status_code < 300 else f"HTTP {response.status_code}"
        except TargetRejected as exc:
            error = f"refused: {exc}"[:500]
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        if error is None:
            self._finish(outbox_id, attempts, "delivered", None, row.kind)
        elif attempts >= self.max_attempts:
            self._finish(outbox_id, attempts, "dead", error, row.kind)
        else:
            self._finish(outbox_id, attempts, "pending", error, row.kind)

    def _finish(
        self, outbox_id: int, attempts: int, status: str, error: str | None, kind: str
    ) -> None:
        now = utcnow()
        values: dict[str, Any] = {"attempts": attempts, "status": status, "last_error": error}
        if status == "delivered":
            values["delivered_at"] = now
        elif status == "pending":
            values["next_attempt_at"] = now + backoff(
                attempts, self.backoff_base, self.backoff_max
            )
        with self.engine.begin() as conn:
            conn.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(**values))
        if error is not None:
            log.warning(
                "webhook delivery failed",
                extra={"outbox_id": outbox_id, "kind": kind, "attempts": attempts,
                       "status": status, "error": error},
            )
        if self.on_result is not None:
            self.on_result(kind, error is None)
