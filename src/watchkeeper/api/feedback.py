"""Moderators' decisions as training feedback: one JSON object per decision,
with the messages the alert was about. Used by GET /v1/feedback and
`watchkeeper feedback export`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from watchkeeper.storage.models import Alert, Decision, StoredEvent

MAX_MESSAGES = 2000


def _messages(session: Session, tenant_id: str, alert: Alert) -> list[dict[str, Any]]:
    query = select(StoredEvent.payload).where(
        StoredEvent.tenant_id == tenant_id, StoredEvent.type == "message"
    )
    if alert.kind == "conversation":
        query = query.where(StoredEvent.conversation == alert.conversation)
    else:
        query = query.where(StoredEvent.actor == alert.account)
    out = []
    for (payload,) in session.execute(query.order_by(StoredEvent.ts, StoredEvent.seq).limit(MAX_MESSAGES)):
        event = orjson.loads(payload)
        out.append({k: event[k] for k in ("id", "conversation", "sender", "recipients", "ts", "text")
                    if k in event})
    return out


def iter_feedback(session: Session, tenant_id: str, after_id: int = 0) -> Iterator[dict[str, Any]]:
    rows = session.execute(
        select(Decision, Alert).join(Alert, Alert.id == Decision.alert_id)
        .where(Decision.tenant_id == tenant_id, Decision.id > after_id)
        .order_by(Decision.id)
    )
    for decision, alert in rows:
        yield {
            "decision_id": decision.id,
            "decision": decision.decision,
            "note": decision.note,
            "decided_at": decision.created_at.isoformat(),
            "alert": {"id": alert.id, "kind": alert.kind, "subject": alert.subject,
                      "conversation": alert.conversation, "account": alert.account,
                      "risk": round(alert.risk, 4), "stage": alert.stage,
                      "categories": [c for c in alert.categories.split(",") if c],
                      "first_alert": alert.first_alert},
            "messages": _messages(session, tenant_id, alert),
        }


def feedback_lines(session: Session, tenant_id: str, after_id: int = 0) -> Iterator[bytes]:
    for record in iter_feedback(session, tenant_id, after_id):
        yield orjson.dumps(record) + b"\n"
