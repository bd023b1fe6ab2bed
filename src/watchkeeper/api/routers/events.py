"""POST /v1/events: one event, a JSON array, or NDJSON."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool

from watchkeeper.api.deps import Services, get_services, require
from watchkeeper.api.errors import ApiError, JsonResponse
from watchkeeper.api.ingest import EventOutcome, StorageUnavailable
from watchkeeper.api.schemas import ErrorResponse, IngestResponse
from watchkeeper.events import Event, EventParseError, parse_event, parse_line
from watchkeeper.storage.keys import Principal

router = APIRouter(tags=["events"])

NDJSON_TYPES = frozenset({
    "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonl",
    "application/jsonlines", "application/x-jsonlines", "application/json-lines",
})

REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "description": (
        "One event object, an array of events, or NDJSON (one event per line; "
        "Content-Type application/x-ndjson). Text longer than MAX_TEXT_CHARS is "
        "truncated and flagged."
    ),
    "content": {
        "application/json": {"schema": {"oneOf": [
            {"$ref": "#/components/schemas/Event"},
            {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
        ]}},
        "application/x-ndjson": {"schema": {"type": "string"}},
    },
}


async def _read_body(request: Request) -> bytes:
    chunks = []
    async for chunk in request.stream():
        chunks.append(chunk)
    return b"".join(chunks)


def _decode_utf8(body: bytes) -> None:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "invalid_utf8", f"body is not valid UTF-8 (byte {exc.start})") from None


def _parse_items(body: bytes, content_type: str) -> tuple[list[tuple[int, Event]], list[EventOutcome]]:
    """Good events (with their index) and rejections."""
    good: list[tuple[int, Event]] = []
    rejected: list[EventOutcome] = []

    def reject(index: int, field: str, reason: str) -> None:
        rejected.append(EventOutcome(index=index, status="rejected",
                                     error={"field": field, "reason": reason}))

    if content_type in NDJSON_TYPES:
        for number, raw in enumerate(body.split(b"\n"), start=1):
            if not raw.strip():
                continue
            try:
                good.append((number, parse_line(raw, number)))
            except EventParseError as exc:
                reject(number, exc.error.field, exc.error.reason)
        return good, rejected

    if content_type not in ("application/json", "") and not content_type.endswith("+json"):
        raise ApiError(415, "unsupported_media_type",
                       "send application/json (an event or an array) or application/x-ndjson")
    _decode_utf8(body)
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise ApiError(400, "invalid_json", f"invalid JSON: {exc.args[0]}") from None
    if isinstance(data, dict):
        data = [data]
    elif not isinstance(data, list):
        raise ApiError(400, "invalid_body", "body must be an event object or an array of events")
    for index, item in enumerate(data):
        try:
            good.append((index, parse_event(item, index)))
        except EventParseError as exc:
            reject(index, exc.error.field, exc.error.reason)
    return good, rejected


@router.post(
    "/v1/events",
    response_model=IngestResponse,
    summary="Ingest events",
    openapi_extra={"requestBody": REQUEST_BODY},
    responses={
        400: {"model": ErrorResponse, "description": "Body is not JSON / UTF-8 / an event list"},
        413: {"model": ErrorResponse, "description": "Body or batch too large"},
        415: {"model": ErrorResponse}, 422: {"description": "Every event was rejected"},
        503: {"model": ErrorResponse, "description": "Storage unavailable; nothing stored"},
    },
)
async def post_events(
    request: Request,
    principal: Annotated[Principal, Depends(require("ingest"))],
    services: Annotated[Services, Depends(get_services)],
    region: Annotated[str | None, Query(
        pattern=r"^[A-Za-z]{2,4}$", description="Region of the help resources (CA, US, UK, ...)")] = None,
    locale: Annotated[str | None, Query(
        pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$", description="Language of the safety message")] = None,
) -> Any:
    settings, ingest, metrics = services.settings, services.ingest, services.metrics
    body = await _read_body(request)
    if not body.strip():
        raise ApiError(400, "empty_body", "no events in the request body")
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    good, rejected = _parse_items(body, content_type)
    if len(good) + len(rejected) > settings.max_batch_events:
        raise ApiError(413, "too_many_events",
                       f"at most {settings.max_batch_events} events per request")
    if ingest.images.needs_hashing(good):  # image files: hashed (off the event loop) before storing
        good, refused = await run_in_threadpool(ingest.images.resolve_many, principal.tenant_id, good)
        rejected += [EventOutcome(index=i, status="rejected", error={"field": "path", "reason": reason})
                     for i, reason in refused]
    try:
        outcomes = await ingest.ingest_async(principal.tenant_id, good, region, locale)
    except StorageUnavailable:
        raise ApiError(503, "storage_unavailable", "events could not be stored; retry",
                       headers={"Retry-After": "1"}) from None
    results = sorted(outcomes + rejected, key=lambda o: o.index)
    counts = {"accepted": 0, "duplicate": 0, "rejected": 0}
    by_label: Counter[tuple[str, str]] = Counter()
    for outcome in results:
        counts[outcome.status] += 1
        by_label[(outcome.type or "invalid", outcome.status)] += 1
    for (type_, status), n in by_label.items():
        metrics.events.labels(type_, status).inc(n)
    body_out: dict[str, Any] = {**counts, "results": [_result(o) for o in results]}
    if results and counts["rejected"] == len(results):
        first = results[0].error or {}
        body_out["error"] = {"code": "invalid_event", "message": first.get("reason", "invalid"),
                             "field": first.get("field"), "index": results[0].index}
        return JsonResponse(body_out, status_code=422)
    return JsonResponse(body_out)


def _result(o: EventOutcome) -> dict[str, Any]:
    out: dict[str, Any] = {"index": o.index, "status": o.status}
    if o.type is not None:
        out["type"] = o.type
        out["id"] = o.key
    if o.conversation is not None:
        out["conversation"] = o.conversation
        out["risk"] = o.risk
        out["alert_raised"] = o.alert_raised
    if o.alert_id is not None:
        out["alert_id"] = o.alert_id
    if o.truncated:
        out["truncated"] = True
    if o.safety is not None:
        out["safety"] = o.safety
    if o.error is not None:
        out["error"] = o.error
    return out
