"""FastAPI dependencies: settings, database session, the caller's key and scopes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from fastapi import Request
from fastapi.security import HTTPBearer
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from watchkeeper.api.errors import ApiError
from watchkeeper.api.ingest import IngestService
from watchkeeper.api.metrics import Metrics
from watchkeeper.api.ratelimit import TokenBuckets
from watchkeeper.config import Settings
from watchkeeper.storage.keys import Principal, authenticate


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_db(request: Request) -> Iterator[Session]:
    with request.app.state.sessionmaker() as session:
        yield session


async def get_ingest(request: Request) -> IngestService:
    return request.app.state.ingest


async def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics


def wake_worker(request: Request, queued: int = 1) -> None:
    """After a commit that queued webhook deliveries: have the delivery worker send them
    now, not at its next poll (an app built without a worker has none to wake)."""
    worker = getattr(request.app.state, "worker", None)
    if queued and worker is not None:
        worker.wake()


@dataclass(frozen=True, slots=True)
class Services:
    """The app's long-lived parts, as one dependency (each dependency costs per request)."""

    settings: Settings
    ingest: IngestService
    metrics: Metrics


async def get_services(request: Request) -> Services:
    return request.app.state.services


async def authenticate_request(request: Request, token: str | None) -> Principal:
    """The caller's key from a bearer token: 401 unknown or revoked, 429 over its rate."""
    unauthorized = {"WWW-Authenticate": "Bearer"}
    if not token:
        raise ApiError(401, "unauthorized", "missing bearer token", headers=unauthorized)
    keys: KeyCache = request.app.state.keys
    principal = keys.get(token)
    if principal is None:
        principal = await run_in_threadpool(_lookup, request, token)
        keys.put(token, principal)
    if principal is None:
        raise ApiError(401, "unauthorized", "invalid or revoked key", headers=unauthorized)
    buckets: TokenBuckets = request.app.state.rate_limits
    wait = buckets.take(principal.key_id, principal.rate_limit_per_second)
    if wait > 0:
        raise ApiError(
            429, "rate_limited", "too many requests for this key",
            headers={"Retry-After": str(max(1, round(wait + 0.5)))},
        )
    request.state.principal = principal
    return principal


def _lookup(request: Request, token: str) -> Principal | None:
    with request.app.state.sessionmaker() as session:
        return authenticate(session, token)


class KeyCache:
    """Recent key lookups (hits and misses) for `ttl` seconds, so a busy key costs
    one query per ttl, not one per request. A revocation takes effect within ttl."""

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic, size: int = 10_000):
        self.ttl = ttl
        self.clock = clock
        self.size = size
        self._entries: dict[str, tuple[float, Principal | None]] = {}

    def get(self, token: str) -> Principal | None:
        entry = self._entries.get(token) if self.ttl > 0 else None
        if entry is None or entry[0] < self.clock():
            return None
        return entry[1]

    def put(self, token: str, principal: Principal | None) -> None:
        if self.ttl <= 0 or principal is None:
            return
        if len(self._entries) >= self.size:
            self._entries.clear()
        self._entries[token] = (self.clock() + self.ttl, principal)


class ScopedKey(HTTPBearer):
    """Dependency: an authenticated key (any tenant) that has `scope`. One node
    that is also the OpenAPI security scheme (each dependency costs per request)."""

    def __init__(self, scope: str):
        super().__init__(auto_error=False, scheme_name="bearer",
                         description="An API key: `Authorization: Bearer wk_...`")
        self.scope = scope

    async def __call__(self, request: Request) -> Principal:  # type: ignore[override]
        credentials = await super().__call__(request)
        token = credentials.credentials if credentials is not None else None
        principal = await authenticate_request(request, token)
        if not principal.allows(self.scope):
            raise ApiError(403, "forbidden", f"this key lacks the {self.scope!r} scope")
        return principal


def require(scope: str) -> ScopedKey:
    return ScopedKey(scope)
