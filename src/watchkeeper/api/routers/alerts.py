"""Alerts: the moderators' queue, and their decisions (kept as training feedback)."""

from __future__ import annotations

import base64
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from watchkeeper.actions import webhooks
from watchkeeper.api.deps import get_db, require, wake_worker
from watchkeeper.api.errors import ApiError
from watchkeeper.api.schemas import AlertOut, AlertPage, DecisionIn, DecisionOut, ErrorResponse
from watchkeeper.storage.db import utcnow
from watchkeeper.storage.keys import Principal
from watchkeeper.storage.models import Alert, Decision

router = APIRouter(tags=["alerts"])

DECISION_STATUS = {"confirm": "confirmed", "dismiss": "dismissed", "escalate": "escalated"}
NOT_FOUND = {404: {"model": ErrorResponse}}
DECISION_ERRORS = {**NOT_FOUND, 409: {"model": ErrorResponse}}


def encode_cursor(value: int) -> str:
    return base64.urlsafe_b64encode(str(value).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, field: str = "cursor") -> int:
    try:
        value = int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "invalid_cursor", "cursor is not one this API returned",
                       field=f"query.{field}") from None
    if value < 0:
        raise ApiError(400, "invalid_cursor", "cursor is not one this API returned",
                       field=f"query.{field}")
    return value


def alert_out(alert: Alert) -> AlertOut:
    return AlertOut(
        id=alert.id, kind=alert.kind, subject=alert.subject, conversation=alert.conversation,
        account=alert.account, status=alert.status, risk=round(alert.risk, 4), stage=alert.stage,
        category=alert.category, categories=[c for c in alert.categories.split(",") if c],
        platform=alert.platform, first_alert=alert.first_alert, created_at=alert.created_at,
        updated_at=alert.updated_at, assessment=alert.assessment or {},
    )


def tenant_alert(session: Session, tenant_id: str, alert_id: int) -> Alert:
    alert = session.scalar(select(Alert).where(Alert.tenant_id == tenant_id, Alert.id == alert_id))
    if alert is None:
        raise ApiError(404, "not_found", "no such alert")
    return alert


@router.get("/v1/alerts", response_model=AlertPage, responses={400: {"model": ErrorResponse}})
def list_alerts(
    principal: Annotated[Principal, Depends(require("read"))],
    session: Annotated[Session, Depends(get_db)],
    status: Annotated[Literal["open", "confirmed", "dismissed", "escalated"] | None, Query()] = None,
    category: Annotated[str | None, Query(pattern=r"^[a-z_]{1,64}$")] = None,
    min_risk: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    platform: Annotated[Literal["social", "gaming", "dating", "other"] | None, Query()] = None,
    kind: Annotated[Literal["conversation", "account"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
) -> AlertPage:
    query = select(Alert).where(Alert.tenant_id == principal.tenant_id)
    if status is not None:
        query = query.where(Alert.status == status)
    if category is not None:
        query = query.where(Alert.categories.contains(f",{category},", autoescape=True))
    if min_risk is not None:
        query = query.where(Alert.risk >= min_risk)
    if platform is not None:
        query = query.where(Alert.platform == platform)
    if kind is not None:
        query = query.where(Alert.kind == kind)
    if cursor is not None:
        query = query.where(Alert.id < decode_cursor(cursor))
    rows = list(session.scalars(query.order_by(Alert.id.desc()).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return AlertPage(
        alerts=[alert_out(a) for a in rows],
        next_cursor=encode_cursor(rows[-1].id) if more and rows else None,
    )


@router.get("/v1/alerts/{alert_id}", response_model=AlertOut, responses=NOT_FOUND)
def get_alert(
    principal: Annotated[Principal, Depends(require("read"))],
    session: Annotated[Session, Depends(get_db)],
    alert_id: Annotated[int, Path(ge=1, le=2**62)],
) -> AlertOut:
    return alert_out(tenant_alert(session, principal.tenant_id, alert_id))


def lock_alert(db: Session, alert: Alert) -> None:
    """Re-read `alert` and keep other decisions off it until `db`'s transaction ends,
    so the status read here is still its status when this transaction commits."""
    if db.get_bind().dialect.name == "sqlite":
        # No row locks, but one writer at a time; pysqlite only begins a transaction at
        # its first write, so the re-read alone could be stale by the time we write. A
        # write that changes nothing takes the write lock (waiting for a concurrent
        # decision to commit) before the re-read.
        db.execute(update(Alert).where(Alert.id == alert.id).values(status=Alert.status)
                   .execution_options(synchronize_session=False))
    db.refresh(alert, with_for_update=True)  # SELECT ... FOR UPDATE on PostgreSQL


class StatusChanged(Exception):
    """The alert's status is no longer the one the moderator was shown."""

    def __init__(self, status: str):
        super().__init__(status)
        self.status = status


def decide_alert(
    session: Session, principal: Principal, alert: Alert, body: DecisionIn
) -> tuple[Decision, int]:
    """Lock `alert`, check it still has `body.expected_status` (if given; else raise
    StatusChanged, having written nothing), then `record_decision`. The lock lasts until
    the caller's commit or rollback, so two simultaneous decisions are never both written."""
    lock_alert(session, alert)
    if body.expected_status is not None and alert.status != body.expected_status:
        raise StatusChanged(alert.status)
    return record_decision(session, principal, alert, body)


def record_decision(
    session: Session, principal: Principal, alert: Alert, body: DecisionIn
) -> tuple[Decision, int]:
    """Store a decision on `alert` and queue its `alert.updated` webhook in the session's
    transaction. The caller commits, then wakes the delivery worker; a rollback leaves
    neither the decision nor its webhook. Returns the decision and the deliveries queued."""
    now = utcnow()
    decision = Decision(
        tenant_id=principal.tenant_id, alert_id=alert.id, decision=body.decision, note=body.note,
        decided_by=principal.key_id, created_at=now,
    )
    alert.status = DECISION_STATUS[body.decision]
    alert.updated_at = now
    session.add(decision)
    session.flush()
    out = alert_out(alert)
    payload: dict[str, Any] = {"alert": {**out.model_dump(mode="json"), "reason": "decision"},
                               "decision": {"decision": body.decision, "note": body.note,
                                            "decided_by": principal.key_id}}
    queued = webhooks.enqueue(session.connection(), principal.tenant_id, "alert.updated", payload)
    return decision, queued


@router.post("/v1/alerts/{alert_id}/decision", response_model=DecisionOut, responses=DECISION_ERRORS)
def decide(
    request: Request,
    principal: Annotated[Principal, Depends(require("review"))],
    session: Annotated[Session, Depends(get_db)],
    alert_id: Annotated[int, Path(ge=1, le=2**62)],
    body: DecisionIn,
) -> DecisionOut:
    alert = tenant_alert(session, principal.tenant_id, alert_id)
    try:
        decision, queued = decide_alert(session, principal, alert, body)
    except StatusChanged as changed:
        session.rollback()  # releases the lock; nothing was written
        raise ApiError(409, "status_changed",
                       f"The alert is {changed.status} now, not {body.expected_status}: someone else "
                       "decided it meanwhile. Read it again before deciding.",
                       field="body.expected_status", extra={"status": changed.status}) from None
    session.commit()
    wake_worker(request, queued)
    return DecisionOut(
        id=decision.id, alert_id=alert.id, decision=decision.decision, note=decision.note,
        decided_by=decision.decided_by, created_at=decision.created_at, status=alert.status,
    )
