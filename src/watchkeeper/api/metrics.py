"""Prometheus metrics, in a registry per app (several apps can live in one test process)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.events = Counter(
            "watchkeeper_events_ingested", "Events received, by type and result.",
            ["type", "result"], registry=self.registry,
        )
        self.alerts = Counter(
            "watchkeeper_alerts_raised", "Alerts raised, by kind (conversation, account).",
            ["kind"], registry=self.registry,
        )
        self.latency = Histogram(
            "watchkeeper_request_seconds", "HTTP request latency.",
            ["method", "route", "status"], buckets=LATENCY_BUCKETS, registry=self.registry,
        )
        self.webhook_deliveries = Counter(
            "watchkeeper_webhook_deliveries", "Webhook delivery attempts, by kind and outcome.",
            ["kind", "outcome"], registry=self.registry,
        )
        self.webhook_failures = Counter(
            "watchkeeper_webhook_failures", "Failed webhook delivery attempts, by kind.",
            ["kind"], registry=self.registry,
        )

    def webhook_result(self, kind: str, ok: bool) -> None:
        self.webhook_deliveries.labels(kind, "ok" if ok else "failed").inc()
        if not ok:
            self.webhook_failures.labels(kind).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
