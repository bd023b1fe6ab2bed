"""Pure ASGI middleware: body-size limit, latency metrics, access log, and a
JSON 500 for anything unexpected (details go to the log, never to the client)."""

from __future__ import annotations

import logging
import time
from typing import Any

import orjson
from starlette.exceptions import HTTPException

from watchkeeper.api.metrics import Metrics

log = logging.getLogger("watchkeeper.http")


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int):
        super().__init__(413, f"request body larger than {limit} bytes")


async def _send_json(send: Any, status: int, body: dict[str, Any]) -> None:
    payload = orjson.dumps(body)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})


class ServiceMiddleware:
    def __init__(self, app: Any, metrics: Metrics, max_body_bytes: int, access_log: bool = True):
        self.app = app
        self.metrics = metrics
        self.max_body = max_body_bytes
        self.access_log = access_log

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        state = {"status": 500, "started": False}
        limit = self.max_body

        async def send_tracking(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["started"] = True
            await send(message)

        declared = _content_length(scope)
        try:
            if declared is not None and declared > limit:
                await _send_json(send_tracking, 413, {"error": {
                    "code": "payload_too_large", "message": f"request body larger than {limit} bytes"}})
                return
            received = 0

            async def receive_limited() -> dict[str, Any]:
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > limit:
                        raise BodyTooLarge(limit)
                return message

            await self.app(scope, receive_limited, send_tracking)
        except Exception:
            log.exception("unhandled error", extra={"path": scope.get("path")})
            if not state["started"]:
                await _send_json(send_tracking, 500, {"error": {
                    "code": "internal_error", "message": "internal error; it has been logged"}})
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            self.metrics.latency.labels(scope["method"], template, str(state["status"])).observe(elapsed)
            if self.access_log:
                principal = getattr(scope.get("state", {}).get("principal"), "key_id", None) if isinstance(scope.get("state"), dict) else None
                log.info("request", extra={"method": scope["method"], "route": template,
                                            "status": state["status"], "ms": round(elapsed * 1000, 2),
                                            "key": principal})


def _content_length(scope: dict[str, Any]) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
