"""The FastAPI application factory (`watchkeeper serve` runs it under uvicorn)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import TypeAdapter

from watchkeeper.actions.webhook_targets import TargetPolicy
from watchkeeper.actions.webhooks import DeliveryWorker
from watchkeeper.api.deps import KeyCache, Services
from watchkeeper.api.errors import install_error_handlers
from watchkeeper.api.heap import HeapFreezer
from watchkeeper.api.ingest import IngestService
from watchkeeper.api.metrics import Metrics
from watchkeeper.api.middleware import ServiceMiddleware
from watchkeeper.api.ratelimit import TokenBuckets
from watchkeeper.api.routers import (
    alerts,
    banks,
    conversations,
    events,
    feedback,
    ops,
    tenant,
    webhooks,
)
from watchkeeper.config import Settings, load_settings
from watchkeeper.core.engine import Engine
from watchkeeper.detectors import default_engine
from watchkeeper.events import Event
from watchkeeper.imagery.service import ImageSettings, TenantImages
from watchkeeper.storage import migrate
from watchkeeper.storage.db import make_engine, make_sessionmaker
from watchkeeper.storage.retention import RetentionWorker

log = logging.getLogger("watchkeeper.api")

DESCRIPTION = """Watchkeeper's HTTP API: post platform events as they happen, get the
conversation's risk and any safety message back, work the alert queue, and
receive signed webhooks. Authenticate with `Authorization: Bearer <key>`
(create keys with `watchkeeper keys create`). Scopes: ingest, read, review
(decisions), admin (everything, plus webhooks)."""


def create_app(
    settings: Settings | None = None,
    *,
    engine_factory: Callable[[], Engine] = default_engine,
) -> FastAPI:
    settings = settings or load_settings()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db = make_engine(
            settings.database_url,
            sqlite_synchronous=settings.sqlite_synchronous,
            sqlite_busy_timeout_ms=settings.sqlite_busy_timeout_ms,
        )
        if settings.migrate_on_startup:
            migrate.upgrade(db)
        engine_factory()  # load the detectors' tables now, not on the first request
        worker = None
        if settings.webhooks_enabled:
            worker = DeliveryWorker(
                db,
                max_attempts=settings.webhook_max_attempts,
                backoff_base=settings.webhook_backoff_base_seconds,
                backoff_max=settings.webhook_backoff_max_seconds,
                timeout=settings.webhook_timeout_seconds,
                poll_seconds=settings.webhook_poll_seconds,
                on_result=metrics.webhook_result,
                policy=app.state.webhook_targets,
            )

        def on_commit(batch: Any) -> None:
            if batch.alerts_raised:
                metrics.alerts.labels("conversation").inc(batch.alerts_raised)
            if batch.accounts_flagged:
                metrics.alerts.labels("account").inc(batch.accounts_flagged)
            if batch.webhooks_enqueued and worker is not None:
                worker.wake()

        app.state.db = db
        app.state.sessionmaker = make_sessionmaker(db)
        app.state.worker = worker
        app.state.images = TenantImages(db, ImageSettings.from_settings(settings))
        app.state.ingest = IngestService(
            db, engine_factory=engine_factory, default_region=settings.default_region,
            default_locale=settings.default_locale, on_commit=on_commit,
            analysis_processes=settings.analysis_processes, images=app.state.images,
        )
        app.state.services = Services(settings, app.state.ingest, metrics)
        retention = None
        if settings.retention_days > 0:
            ingest = app.state.ingest
            retention = RetentionWorker(
                db, settings.retention_days, settings.retention_sweep_minutes * 60.0,
                exclusive=ingest.exclusive, invalidate=ingest.invalidate_locked,
                keep_dir=settings.image_keep_dir,
            )
        app.state.retention = retention
        if worker is not None:
            worker.start()
        if retention is not None:
            retention.start()
        if settings.warm_up_engines:
            app.state.ingest.warm_up()
        heap = HeapFreezer()
        heap.start()
        log.info("watchkeeper ready", extra={"database": db.url.render_as_string(hide_password=True)})
        try:
            yield
        finally:
            if retention is not None:
                retention.stop()
            app.state.ingest.close()
            if worker is not None:
                worker.stop()
            db.dispose()
            heap.stop()

    app = FastAPI(
        title="Watchkeeper",
        version="1",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.rate_limits = TokenBuckets(settings.rate_limit_per_second, settings.rate_limit_burst)
    app.state.keys = KeyCache(settings.auth_cache_seconds)
    app.state.worker = None
    app.state.retention = None
    app.state.webhook_targets = TargetPolicy.from_settings(settings)
    install_error_handlers(app)
    for module in (events, alerts, feedback, conversations, webhooks, tenant, banks, ops):
        app.include_router(module.router)
    from watchkeeper.web import mount  # the moderators' web app (pages, static files)

    mount(app)
    app.add_middleware(
        ServiceMiddleware, metrics=metrics, max_body_bytes=settings.max_body_bytes,
        access_log=settings.access_log,
    )
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The generated spec plus the event schemas (the events body is read raw)."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    event_schema = TypeAdapter(Event).json_schema(ref_template="#/components/schemas/{model}")
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.update(event_schema.pop("$defs", {}))
    components["Event"] = event_schema
    app.openapi_schema = schema
    return schema
