"""The audit log: every view of message text and every action, by whom and when.

Entries never hold message text: targets are ids, details are short
descriptions and the moderator's own reasons.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from watchkeeper.storage.db import utcnow
from watchkeeper.storage.web_models import AuditEntry
from watchkeeper.web.security import Viewer

# Every action the web app records, with what it means (the audit page's filter).
ACTIONS: dict[str, str] = {
    "login.success": "signed in",
    "login.failed": "failed sign-in",
    "login.throttled": "sign-in refused: too many failures",
    "logout": "signed out",
    "password.change": "changed own password",
    "case.view": "viewed a case (message text)",
    "case.decision": "decided on an alert",
    "case.suspend_request": "asked the platform to suspend an account",
    "case.safety_message": "sent a safety message",
    "case.note": "added a note",
    "case.export": "exported a case package",
    "case.bank_image": "added a case's image to a hash bank",
    "user.create": "created a user",
    "user.role": "changed a user's role",
    "user.disable": "disabled a user",
    "user.enable": "enabled a user",
    "user.password_reset": "reset a user's password",
    "key.create": "created an API key",
    "key.revoke": "revoked an API key",
    "key.rotate": "rotated an API key (new key, old one revoked)",
    "webhook.create": "registered a webhook",
    "webhook.deactivate": "deactivated a webhook",
    "resources.update": "changed the safety message region or language",
    "retention.purge": "retention: deleted old conversations without alerts (counts only)",
}


def record(
    session: Session,
    viewer: Viewer | None,
    action: str,
    *,
    target_type: str | None = None,
    target_id: str | int | None = None,
    detail: str = "",
    ip: str | None = None,
    username: str | None = None,
    tenant_id: str | None = None,
    user_id: int | None = None,
) -> AuditEntry:
    """Add an entry to the session; it is committed with the action it records."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    entry = AuditEntry(
        tenant_id=tenant_id if tenant_id is not None else (viewer.tenant_id if viewer else None),
        user_id=user_id if user_id is not None else (viewer.user_id if viewer else None),
        username=(username if username is not None else (viewer.name if viewer else ""))[:64],
        action=action,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id)[:200],
        detail=detail[:2000],
        ip=(ip or None) and ip[:64],
        created_at=utcnow(),
    )
    session.add(entry)
    return entry
