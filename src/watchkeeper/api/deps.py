"""FastAPI dependencies: settings, database session, the caller's key and scopes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from watchkeeper.api.errors import ApiError
from watchkeeper.api.ingest import IngestService
from watchkeeper.api.metrics import Metrics
from watchkeeper.api.ratelimit import TokenBuckets
from watchkeeper.config import Settings
from watchkeeper.storage.keys import Principal, authenticate

bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer wk_...`")


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_db(request: Request) -> Iterator[Session]:
    with request.app.state.sessionmaker() as session:
        yield session


def get_ingest(request: Request) -> IngestService:
    return request.app.state.ingest


def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics


def get_principal(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> Principal:
    unauthorized = {"WWW-Authenticate": "Bearer"}
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "unauthorized", "missing bearer token", headers=unauthorized)
    with request.app.state.sessionmaker() as session:
        principal = authenticate(session, credentials.credentials)
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


def require(scope: str) -> Callable[..., Principal]:
    """Dependency: an authenticated key of any tenant that has `scope`."""

    def dependency(principal: Principal = Depends(get_principal)) -> Principal:
        if not principal.allows(scope):
            raise ApiError(403, "forbidden", f"this key lacks the {scope!r} scope")
        return principal

    dependency.__name__ = f"require_{scope}"
    return dependency
