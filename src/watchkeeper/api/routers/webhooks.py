"""Webhook endpoints and their deliveries (admin scope)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from watchkeeper.actions.webhook_targets import TargetRejected
from watchkeeper.actions.webhooks import new_secret
from watchkeeper.api.deps import get_db, require, wake_worker
from watchkeeper.api.errors import ApiError
from watchkeeper.api.routers.alerts import decode_cursor, encode_cursor
from watchkeeper.api.schemas import DeliveryOut, DeliveryPage, ErrorResponse, WebhookIn, WebhookOut
from watchkeeper.storage.db import utcnow
from watchkeeper.storage.keys import Principal
from watchkeeper.storage.models import OutboxMessage, WebhookEndpoint

router = APIRouter(tags=["webhooks"])
Admin = Annotated[Principal, Depends(require("admin"))]
DB = Annotated[Session, Depends(get_db)]
NOT_FOUND = {404: {"model": ErrorResponse}}
RowId = Annotated[int, Path(ge=1, le=2**62)]


def _out(endpoint: WebhookEndpoint, secret: str | None = None) -> WebhookOut:
    return WebhookOut(id=endpoint.id, kind=endpoint.kind, url=endpoint.url, active=endpoint.active,
                      created_at=endpoint.created_at, secret=secret)


@router.post("/v1/webhooks", response_model=WebhookOut, status_code=201,
             responses={422: {"model": ErrorResponse}})
def create_webhook(request: Request, principal: Admin, session: DB, body: WebhookIn) -> WebhookOut:
    """Register an endpoint. URLs with credentials, and hosts that are loopback, private,
    link-local or otherwise not public addresses, are refused with 422
    (`invalid_webhook_url`, `webhook_target_blocked`, field `url`) unless the operator
    allows them; host names are checked again on their addresses at each delivery."""
    try:
        request.app.state.webhook_targets.check_url(str(body.url))
    except TargetRejected as exc:
        raise ApiError(422, exc.code, str(exc), field="url") from None
    endpoint = WebhookEndpoint(tenant_id=principal.tenant_id, kind=body.kind, url=str(body.url),
                               secret=new_secret(), active=True, created_at=utcnow())
    session.add(endpoint)
    session.commit()
    return _out(endpoint, secret=endpoint.secret)


@router.get("/v1/webhooks", response_model=list[WebhookOut])
def list_webhooks(principal: Admin, session: DB) -> list[WebhookOut]:
    rows = session.scalars(select(WebhookEndpoint).where(
        WebhookEndpoint.tenant_id == principal.tenant_id, WebhookEndpoint.active.is_(True)
    ).order_by(WebhookEndpoint.id))
    return [_out(e) for e in rows]


@router.delete("/v1/webhooks/{webhook_id}", status_code=204, responses=NOT_FOUND)
def delete_webhook(principal: Admin, session: DB, webhook_id: RowId) -> Response:
    # Deactivated rather than deleted: its delivery history stays readable.
    result = session.execute(update(WebhookEndpoint).where(
        WebhookEndpoint.tenant_id == principal.tenant_id, WebhookEndpoint.id == webhook_id,
        WebhookEndpoint.active.is_(True)).values(active=False))
    if result.rowcount != 1:
        raise ApiError(404, "not_found", "no such webhook")
    session.commit()
    return Response(status_code=204)


def _delivery(row: OutboxMessage) -> DeliveryOut:
    return DeliveryOut(id=row.id, endpoint_id=row.endpoint_id, kind=row.kind, status=row.status,
                       attempts=row.attempts, next_attempt_at=row.next_attempt_at,
                       last_error=row.last_error, created_at=row.created_at,
                       delivered_at=row.delivered_at)


@router.get("/v1/webhooks/deliveries", response_model=DeliveryPage)
def list_deliveries(
    principal: Admin, session: DB,
    status: Annotated[Literal["pending", "delivered", "dead"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
) -> DeliveryPage:
    query = select(OutboxMessage).where(OutboxMessage.tenant_id == principal.tenant_id)
    if status is not None:
        query = query.where(OutboxMessage.status == status)
    if cursor is not None:
        query = query.where(OutboxMessage.id < decode_cursor(cursor))
    rows = list(session.scalars(query.order_by(OutboxMessage.id.desc()).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return DeliveryPage(deliveries=[_delivery(r) for r in rows],
                        next_cursor=encode_cursor(rows[-1].id) if more and rows else None)


@router.post("/v1/webhooks/deliveries/{delivery_id}/retry", response_model=DeliveryOut,
             responses=NOT_FOUND)
def retry_delivery(request: Request, principal: Admin, session: DB,
                   delivery_id: RowId) -> DeliveryOut:
    """Move a dead-lettered delivery back to the queue (attempts start again)."""
    row = session.scalar(select(OutboxMessage).where(
        OutboxMessage.tenant_id == principal.tenant_id, OutboxMessage.id == delivery_id))
    if row is None:
        raise ApiError(404, "not_found", "no such delivery")
    if row.status != "dead":
        raise ApiError(409, "conflict", f"delivery is {row.status}, not dead")
    row.status, row.attempts, row.next_attempt_at = "pending", 0, utcnow()
    session.commit()
    wake_worker(request)
    return _delivery(row)
