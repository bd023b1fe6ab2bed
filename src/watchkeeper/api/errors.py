"""One machine-readable error shape for every 4xx/5xx:

    {"error": {"code": "invalid_json", "message": "...", "field": "text", "index": 3}}
"""

from __future__ import annotations

import logging
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from watchkeeper.api.schemas import ErrorBody

log = logging.getLogger("watchkeeper.api")


class JsonResponse(Response):
    """JSON via orjson (fast; datetimes as RFC 3339)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        field: str | None = None,
        index: int | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.body = ErrorBody(code=code, message=message, field=field, index=index)
        self.headers = headers
        self.extra = extra or {}


def error_response(
    status: int, code: str, message: str, field: str | None = None, index: int | None = None,
    headers: dict[str, str] | None = None, extra: dict[str, Any] | None = None,
) -> JsonResponse:
    body = ErrorBody(code=code, message=message, field=field, index=index)
    return JsonResponse(
        {"error": body.model_dump(exclude_none=True), **(extra or {})}, status_code=status,
        headers=headers,
    )


_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 406: "not_acceptable", 413: "payload_too_large",
               415: "unsupported_media_type", 429: "rate_limited"}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JsonResponse:
        return JsonResponse(
            {"error": exc.body.model_dump(exclude_none=True), **exc.extra},
            status_code=exc.status, headers=exc.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JsonResponse:
        first = exc.errors()[0] if exc.errors() else {}
        field = ".".join(str(p) for p in first.get("loc", ()))
        return error_response(422, "validation_error", str(first.get("msg", "invalid")), field)

    @app.exception_handler(SQLAlchemyError)
    async def _database(_request: Request, exc: SQLAlchemyError) -> JsonResponse:
        # The statement's parameters may hold message text: log the error type only.
        log.error("database error", extra={"error": type(getattr(exc, "orig", None) or exc).__name__})
        return error_response(503, "storage_unavailable", "the database is unavailable; retry",
                              headers={"Retry-After": "1"})

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JsonResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), headers=exc.headers)
