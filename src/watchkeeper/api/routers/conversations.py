"""A conversation's state and timeline, and an account's assessment."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from watchkeeper.api.deps import get_db, require
from watchkeeper.api.errors import ApiError
from watchkeeper.api.routers.alerts import alert_out, decode_cursor, encode_cursor
from watchkeeper.api.schemas import (
    AccountOut,
    ConversationOut,
    ErrorResponse,
    SignalOut,
    TimelineEntry,
)
from watchkeeper.storage.keys import Principal
from watchkeeper.storage.models import Alert, Conversation, Signal, StoredEvent

router = APIRouter(tags=["conversations and accounts"])
NOT_FOUND = {404: {"model": ErrorResponse}}
Identifier = Annotated[str, Path(min_length=1, max_length=200)]


@router.get("/v1/conversations/{conversation_id:path}", response_model=ConversationOut,
            responses=NOT_FOUND)
def get_conversation(
    principal: Annotated[Principal, Depends(require("read"))],
    session: Annotated[Session, Depends(get_db)],
    conversation_id: Identifier,
    limit: Annotated[int, Query(ge=1, le=2000)] = 500,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
) -> ConversationOut:
    tenant = principal.tenant_id
    conversation = session.get(Conversation, (tenant, conversation_id))
    if conversation is None:
        raise ApiError(404, "not_found", "no such conversation")
    offset = decode_cursor(cursor) if cursor else 0
    rows = session.execute(
        select(StoredEvent.event_id, StoredEvent.type, StoredEvent.ts, StoredEvent.risk,
               StoredEvent.raised_alert, StoredEvent.truncated, StoredEvent.payload)
        .where(StoredEvent.tenant_id == tenant, StoredEvent.conversation == conversation_id)
        .order_by(StoredEvent.ts, StoredEvent.seq)
        .offset(offset).limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    ids = [r.event_id for r in rows if r.event_id]
    signals: dict[str, list[SignalOut]] = defaultdict(list)
    if ids:
        for s in session.scalars(
            select(Signal).where(Signal.tenant_id == tenant, Signal.conversation == conversation_id,
                                 Signal.message_id.in_(ids)).order_by(Signal.id)
        ):
            signals[s.message_id or ""].append(SignalOut(
                category=s.category, message=s.message_id, evidence=s.evidence,
                weight=round(s.weight, 4), detail=s.detail or None, source=s.source or None))
    timeline = []
    for r in rows:
        payload = orjson.loads(r.payload)
        timeline.append(TimelineEntry(
            id=r.event_id, type=r.type, ts=r.ts,
            sender=payload.get("sender") or payload.get("reporter"),
            recipients=payload.get("recipients"), text=payload.get("text"),
            truncated=r.truncated, risk=r.risk, raised_alert=r.raised_alert,
            signals=signals.get(r.event_id or "", []),
        ))
    alert_id = session.scalar(select(Alert.id).where(
        Alert.tenant_id == tenant, Alert.kind == "conversation", Alert.subject == conversation_id))
    strongest: dict[str, SignalOut] = {}  # per category, over the whole conversation
    for s in session.scalars(
        select(Signal).where(Signal.tenant_id == tenant, Signal.conversation == conversation_id)
        .order_by(Signal.weight.desc(), Signal.id).limit(5000)
    ):
        strongest.setdefault(s.category, SignalOut(
            category=s.category, message=s.message_id, evidence=s.evidence,
            weight=round(s.weight, 4), detail=s.detail or None, source=s.source or None))
    return ConversationOut(
        conversation=conversation.id, platform=conversation.platform,
        risk=round(conversation.risk, 4), alert=conversation.alert, stage=conversation.stage,
        suspect=conversation.suspect, first_alert=conversation.first_alert,
        events=conversation.events, last_ts=conversation.last_ts, alert_id=alert_id,
        signals=list(strongest.values()),
        timeline=timeline,
        next_cursor=encode_cursor(offset + limit) if more else None,
    )


@router.get("/v1/accounts/{account_id:path}", response_model=AccountOut, responses=NOT_FOUND)
async def get_account(
    request: Request,
    principal: Annotated[Principal, Depends(require("read"))],
    account_id: Identifier,
) -> AccountOut:
    return await run_in_threadpool(_account, request, principal.tenant_id, account_id)


def _account(request: Request, tenant: str, account_id: str) -> AccountOut:
    with request.app.state.sessionmaker() as session:
        counts = dict(session.execute(
            select(StoredEvent.type, func.count()).where(
                StoredEvent.tenant_id == tenant, StoredEvent.actor == account_id)
            .group_by(StoredEvent.type)
        ).all())
        alerts = list(session.scalars(
            select(Alert).where(Alert.tenant_id == tenant, Alert.account == account_id)
            .order_by(Alert.id)
        ))
        if not counts and not alerts and not _mentioned(session, tenant, account_id):
            raise ApiError(404, "not_found", "no such account")
        conversations = list(session.scalars(
            select(StoredEvent.conversation).where(
                StoredEvent.tenant_id == tenant, StoredEvent.actor == account_id,
                StoredEvent.conversation.is_not(None))
            .group_by(StoredEvent.conversation).order_by(func.min(StoredEvent.seq)).limit(200)
        ))
    assessment = request.app.state.ingest.runtime(tenant).account_assessment(account_id)
    return AccountOut(
        account=account_id, risk=round(assessment.risk, 4), alert=assessment.alert,
        signals=assessment.signals, events={k: int(v) for k, v in counts.items()},
        conversations=[c for c in conversations if c], alerts=[alert_out(a) for a in alerts],
    )


def _mentioned(session: Session, tenant: str, account_id: str) -> bool:
    """Has the account appeared at all, e.g. only as a recipient of friend requests?"""
    needle = orjson.dumps(account_id).decode()
    return session.scalar(
        select(StoredEvent.seq).where(
            StoredEvent.tenant_id == tenant,
            or_(StoredEvent.payload.contains(f'"recipient":{needle}', autoescape=True),
                StoredEvent.payload.contains(f'"reported":{needle}', autoescape=True)),
        ).limit(1)
    ) is not None
