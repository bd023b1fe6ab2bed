"""Retention: delete the messages and images of old conversations that never raised an alert.

"Store only what is needed." A conversation is purged when it has no alert (in
any status) and its latest event (by event time `ts`) is older than the
retention period. Purged: its `message` and `image` events (the message text),
their signals, and its row in `conversations`. Kept: every conversation with an
alert, whole (the moderators' evidence; its retention is a moderator/legal
decision), and profiles, friend requests, reports and alerts (account state:
they carry no message text, and deleting them would silently weaken account
alerts such as mass outreach).

The engine's state is derived from the stored events, so after a purge a
tenant's in-memory engine is dropped and rebuilt from what remains on next use:
the running service then holds exactly what a restart would give. In the server
the purge of a tenant runs under that tenant's ingest lock (no group commit in
between). The CLI works on the database alone: a server running meanwhile keeps
its engines until it is restarted (docs/service.md, Retention).

Each purge that deleted something is logged (JSON, counts only) and written to
the audit log (`retention.purge`), never with message text.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.engine import Engine as SqlEngine

from watchkeeper.storage.db import utcnow
from watchkeeper.storage.models import Alert, Conversation, Signal, StoredEvent, Tenant
from watchkeeper.storage.web_models import AuditEntry

log = logging.getLogger("watchkeeper.retention")

PURGED_TYPES = ("message", "image")
# Conversations per DELETE statement (bounded IN lists).
_CHUNK = 500


@dataclass(slots=True)
class TenantPurge:
    """What a purge deleted (or, in a dry run, would delete) for one tenant."""

    tenant: str
    conversations: int = 0  # conversations whose messages/images were deleted
    messages: int = 0
    images: int = 0
    signals: int = 0
    conversation_rows: int = 0
    dry_run: bool = False

    @property
    def deleted_anything(self) -> bool:
        return bool(self.messages or self.images or self.signals or self.conversation_rows)

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if k not in ("tenant", "dry_run")}


def expired_conversations(conn: Connection, tenant_id: str, cutoff: datetime) -> list[str]:
    """Conversations of the tenant with messages or images, no alert, and every event before cutoff."""
    alerted = select(Alert.id).where(
        Alert.tenant_id == tenant_id,
        or_(Alert.conversation == StoredEvent.conversation,
            and_(Alert.kind == "conversation", Alert.subject == StoredEvent.conversation)),
    )
    flagged_state = select(Conversation.id).where(
        Conversation.tenant_id == tenant_id, Conversation.id == StoredEvent.conversation,
        Conversation.alert.is_(True),
    )
    rows = conn.execute(
        select(StoredEvent.conversation)
        .where(StoredEvent.tenant_id == tenant_id, StoredEvent.conversation.is_not(None),
               ~alerted.exists(), ~flagged_state.exists())
        .group_by(StoredEvent.conversation)
        .having(func.max(StoredEvent.ts) < cutoff)
        .order_by(StoredEvent.conversation)
    )
    candidates = [row[0] for row in rows]
    if not candidates:
        return []
    # Only those that still hold messages or images (a conversation with only a report left is done).
    with_content: set[str] = set()
    for chunk in _chunks(candidates):
        with_content.update(conn.scalars(
            select(StoredEvent.conversation).distinct().where(
                StoredEvent.tenant_id == tenant_id, StoredEvent.conversation.in_(chunk),
                StoredEvent.type.in_(PURGED_TYPES))))
    return [c for c in candidates if c in with_content]


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def purge_tenant(
    conn: Connection, tenant_id: str, cutoff: datetime, *, dry_run: bool = False
) -> TenantPurge:
    """Delete (dry_run: count) one tenant's expired conversations, in the caller's transaction."""
    result = TenantPurge(tenant_id, dry_run=dry_run)
    conversations = expired_conversations(conn, tenant_id, cutoff)
    result.conversations = len(conversations)
    for chunk in _chunks(conversations):
        events = and_(StoredEvent.tenant_id == tenant_id, StoredEvent.conversation.in_(chunk),
                      StoredEvent.type.in_(PURGED_TYPES))
        for kind, count in conn.execute(
                select(StoredEvent.type, func.count()).where(events).group_by(StoredEvent.type)):
            if kind == "message":
                result.messages += count
            else:
                result.images += count
        signals = and_(Signal.tenant_id == tenant_id, Signal.conversation.in_(chunk))
        states = and_(Conversation.tenant_id == tenant_id, Conversation.id.in_(chunk))
        result.signals += conn.scalar(select(func.count()).select_from(Signal).where(signals)) or 0
        result.conversation_rows += conn.scalar(
            select(func.count()).select_from(Conversation).where(states)) or 0
        if not dry_run:
            conn.execute(delete(StoredEvent).where(events))
            conn.execute(delete(Signal).where(signals))
            conn.execute(delete(Conversation).where(states))
    return result


def purge(
    db: SqlEngine,
    retention_days: float,
    *,
    tenant: str | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
    actor: str = "retention",
    exclusive: Callable[[str], AbstractContextManager[object]] | None = None,
    invalidate: Callable[[str], None] | None = None,
) -> list[TenantPurge]:
    """Purge every tenant (or one), one transaction per tenant; returns the counts.

    `exclusive(tenant)` is held around a tenant's transaction (the server passes
    its ingest lock) and `invalidate(tenant)` is called inside it after a commit
    that deleted something (the server drops the tenant's engine).
    retention_days <= 0 purges nothing (keep everything)."""
    if retention_days <= 0:
        return []
    now = now or utcnow()
    cutoff = now - timedelta(days=retention_days)
    with db.connect() as conn:
        query = select(Tenant.id).order_by(Tenant.id)
        if tenant is not None:
            query = query.where(Tenant.id == tenant)
        tenants = list(conn.scalars(query))
    results: list[TenantPurge] = []
    for tenant_id in tenants:
        with exclusive(tenant_id) if exclusive is not None else nullcontext():
            with db.begin() as conn:
                result = purge_tenant(conn, tenant_id, cutoff, dry_run=dry_run)
                if result.deleted_anything and not dry_run:
                    _audit(conn, result, retention_days, actor)
            if result.deleted_anything and not dry_run and invalidate is not None:
                invalidate(tenant_id)
        if result.deleted_anything:
            log.info("retention purge", extra={
                "tenant": tenant_id, "dry_run": dry_run, "retention_days": retention_days,
                "cutoff": cutoff.isoformat(), "actor": actor, **result.counts()})
        results.append(result)
    return results


def _audit(conn: Connection, result: TenantPurge, retention_days: float, actor: str) -> None:
    detail = " ".join(f"{k}={v}" for k, v in result.counts().items())
    conn.execute(insert(AuditEntry).values(
        tenant_id=result.tenant, user_id=None, username=actor, action="retention.purge",
        target_type="tenant", target_id=result.tenant,
        detail=f"older_than_days={retention_days:g} {detail}", ip=None, created_at=utcnow()))


class RetentionWorker:
    """The server's periodic sweep (a daemon thread, like the webhook worker)."""

    def __init__(
        self,
        db: SqlEngine,
        retention_days: float,
        interval_seconds: float,
        *,
        exclusive: Callable[[str], AbstractContextManager[object]] | None = None,
        invalidate: Callable[[str], None] | None = None,
    ):
        self.db = db
        self.retention_days = retention_days
        self.interval_seconds = interval_seconds
        self.exclusive = exclusive
        self.invalidate = invalidate
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self, now: datetime | None = None) -> list[TenantPurge]:
        return purge(self.db, self.retention_days, now=now, actor="retention",
                     exclusive=self.exclusive, invalidate=self.invalidate)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="retention-sweep", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # the sweep must outlive a database hiccup
                log.exception("retention sweep failed")
            self._stop.wait(self.interval_seconds)
