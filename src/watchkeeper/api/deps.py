"""FastAPI dependencies: settings, database session, the caller's key and scopes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from watchkeeper.api.errors import ApiError
from watchkeeper.api.ingest import IngestService
from watchkeeper.api.metrics import Metrics
from watchkeeper.api.ratelimit import TokenBuckets
from watchkeeper.config import Settings
from watchkeeper.storage.keys import Principal, authenticate

bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer wk_...`")


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_db(request: Request) -> Iterator[Session]:
    with request.app.state.sessionmaker() as session:
        yield session


async def get_ingest(request: Request) -> IngestService:
    return request.app.state.ingest


async def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics


async def get_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    unauthorized = {"WWW-Authenticate": "Bearer"}
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "unauthorized", "missing bearer token", headers=unauthorized)
    keys: KeyCache = request.app.state.keys
    principal = keys.get(credentials.credentials)
    if principal is None:
        principal = await run_in_threadpool(_lookup, request, credentials.credentials)
        keys.put(credentials.credentials, principal)
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


def require(scope: str) -> Callable[..., Principal]:
    """Dependency: an authenticated key of any tenant that has `scope`."""

    async def dependency(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        if not principal.allows(scope):
            raise ApiError(403, "forbidden", f"this key lacks the {scope!r} scope")
        return principal

    dependency.__name__ = f"require_{scope}"
    return dependency
