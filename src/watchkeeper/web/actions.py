"""What a moderator can do about a case, through the service's own mechanisms:
decisions are stored by the API's decision code (same rows, same
`alert.updated` webhook, same training feedback); suspension requests and
safety messages are signed webhooks from the service's outbox."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from sqlalchemy.orm import Session

from watchkeeper.actions import webhooks
from watchkeeper.actions.safety import safety_message
from watchkeeper.api.deps import wake_worker
from watchkeeper.api.routers import alerts
from watchkeeper.api.schemas import DecisionIn
from watchkeeper.storage.db import utcnow
from watchkeeper.storage.keys import Principal
from watchkeeper.storage.models import Alert
from watchkeeper.storage.web_models import CaseNote
from watchkeeper.web.security import Viewer

DECISIONS = ("confirm", "dismiss", "escalate")
MAX_NOTE = 4000


def _principal(viewer: Viewer) -> Principal:
    """The moderator, as the API's decision code expects its caller."""
    return Principal(tenant_id=viewer.tenant_id, key_id=viewer.decided_by,
                     scopes=frozenset({"read", "review"}))


def record_decision(db: Session, viewer: Viewer, alert: Alert, decision: str, note: str,
                    seen: str) -> int:
    """Decide `alert` through the API's decision code if its status is still `seen` (else
    `alerts.StatusChanged`, nothing written): it is locked, and the decision and its
    `alert.updated` are added to `db`'s transaction; the caller commits, then calls
    `api.deps.wake_worker`. Returns the deliveries queued."""
    _, queued = alerts.decide_alert(db, _principal(viewer), alert,
                                    DecisionIn(decision=decision, note=note, expected_status=seen))
    return queued


def request_suspension(request: Request, db: Session, viewer: Viewer, alert: Alert,
                       account: str, reason: str) -> int:
    """Ask the platform (its `account.flagged` webhook) to suspend `account`; returns deliveries queued."""
    payload: dict[str, Any] = {
        "alert": {**alerts.alert_out(alert).model_dump(mode="json"),
                  "reason": "suspension_requested"},
        "action": {"type": "suspend", "account": account, "reason": reason,
                   "requested_by": viewer.decided_by, "requested_at": utcnow().isoformat()},
    }
    queued = webhooks.enqueue(db.connection(), viewer.tenant_id, "account.flagged", payload)
    db.commit()
    wake_worker(request, queued)
    return queued


def send_safety_message(request: Request, db: Session, viewer: Viewer, alert: Alert,
                        recipient: str, category: str, locale: str, region: str) -> int:
    """Queue the `safety_message` webhook for one person, in the shape ingest uses."""
    message = safety_message(category, locale=locale, region=region)
    payload = {"conversation": alert.conversation, "message_id": None, "recipients": [recipient],
               "category": category, "message": message.model_dump(),
               "requested_by": viewer.decided_by, "alert_id": alert.id}
    queued = webhooks.enqueue(db.connection(), viewer.tenant_id, "safety_message", payload)
    db.commit()
    wake_worker(request, queued)
    return queued


def add_note(db: Session, viewer: Viewer, alert: Alert, text: str) -> CaseNote:
    note = CaseNote(tenant_id=viewer.tenant_id, alert_id=alert.id, author=viewer.name,
                    text=text[:MAX_NOTE], created_at=utcnow())
    db.add(note)
    db.flush()
    return note
