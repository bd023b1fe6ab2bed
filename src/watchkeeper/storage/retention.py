"""Retention: delete the messages and images of old conversations that never raised an alert.

"Store only what is needed." A conversation is purged when it has no alert (in
any status) and its latest event (by event time `ts`) is older than the
retention period. Purged: its `message` and `image` events (the message text),
their signals, its row in `conversations`, and the kept copies of its images
(`image_keep_dir/<tenant>/<sha256>.<ext>`, written when an image event names a
file) that no other remaining image event of the tenant uses (copies are shared
by hash). Kept: every conversation with an
alert, whole (the moderators' evidence; its retention is a moderator/legal
decision), and profiles, friend requests, reports and alerts (account state:
they carry no message text, and deleting them would silently weaken account
alerts such as mass outreach).

The engine's state is derived from the stored events, so after a purge a
tenant's in-memory engine is dropped and rebuilt from what remains on next use:
the running service then holds exactly what a restart would give. Kept image
copies are deleted right after the transaction commits (a crash in between
leaves them on disk; a failed transaction never loses a copy). In the server
the purge of a tenant runs under that tenant's ingest lock (no group commit in
between). The CLI works on the database alone: a server running meanwhile keeps
its engines until it is restarted (docs/service.md, Retention).

Each purge that deleted something is logged (JSON, counts only) and written to
the audit log (`retention.purge`), never with message text.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from pathlib import Path

import orjson
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
# A kept image copy is named "<sha256><suffix>" (imagery/service.py, image_keep_dir).
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(slots=True)
class TenantPurge:
    """What a purge deleted (or, in a dry run, would delete) for one tenant."""

    tenant: str
    conversations: int = 0  # conversations whose messages/images were deleted
    messages: int = 0
    images: int = 0
    image_files: int = 0  # kept image copies (image_keep_dir) deleted with them
    signals: int = 0
    conversation_rows: int = 0
    dry_run: bool = False
    # The kept copies to delete once the transaction has committed (not a count).
    image_paths: list[Path] = field(default_factory=list, repr=False)

    @property
    def deleted_anything(self) -> bool:
        return bool(self.messages or self.images or self.image_files or self.signals
                    or self.conversation_rows)

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("tenant", "dry_run", "image_paths")}


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


def _image_sha256(payload: str) -> str | None:
    sha256 = orjson.loads(payload).get("sha256")
    return sha256.lower() if isinstance(sha256, str) else None


def kept_image_files(conn: Connection, tenant_id: str, conversations: list[str],
                     keep_dir: Path) -> list[Path]:
    """The kept copies (`keep_dir/<tenant>/<sha256><suffix>`) of the images of
    `conversations` that no image event of any other conversation of the tenant uses."""
    tenant_dir = keep_dir / tenant_id
    if not conversations or not tenant_dir.is_dir():
        return []
    hashes: set[str] = set()
    for chunk in _chunks(conversations):
        for payload in conn.scalars(select(StoredEvent.payload).where(
                StoredEvent.tenant_id == tenant_id, StoredEvent.conversation.in_(chunk),
                StoredEvent.type == "image")):
            sha256 = _image_sha256(payload)
            if sha256 is not None and _SHA256.fullmatch(sha256):
                hashes.add(sha256)
    if not hashes:
        return []
    purged = set(conversations)
    others = (select(StoredEvent.conversation, StoredEvent.payload)
              .where(StoredEvent.tenant_id == tenant_id, StoredEvent.type == "image")
              .execution_options(yield_per=1000))  # streamed: a tenant may hold many images
    with conn.execute(others) as rows:
        for conversation, payload in rows:
            if conversation not in purged:
                hashes.discard(_image_sha256(payload) or "")
                if not hashes:
                    return []
    return sorted(path for path in tenant_dir.iterdir()
                  if path.name[:64] in hashes and path.name[64:65] in ("", ".")
                  and path.is_file())


def purge_tenant(
    conn: Connection, tenant_id: str, cutoff: datetime, *, dry_run: bool = False,
    keep_dir: Path | None = None,
) -> TenantPurge:
    """Delete (dry_run: count) one tenant's expired conversations, in the caller's transaction.

    With `keep_dir` (the image_keep_dir setting), the kept copies of their images that
    nothing else uses are counted and listed in `image_paths`; the caller deletes them
    after the commit (`purge` does)."""
    result = TenantPurge(tenant_id, dry_run=dry_run)
    conversations = expired_conversations(conn, tenant_id, cutoff)
    result.conversations = len(conversations)
    if keep_dir is not None:
        result.image_paths = kept_image_files(conn, tenant_id, conversations, keep_dir)
        result.image_files = len(result.image_paths)
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
    keep_dir: Path | None = None,
) -> list[TenantPurge]:
    """Purge every tenant (or one), one transaction per tenant; returns the counts.

    `exclusive(tenant)` is held around a tenant's transaction (the server passes
    its ingest lock) and `invalidate(tenant)` is called inside it after a commit
    that deleted something (the server drops the tenant's engine). `keep_dir`:
    the image_keep_dir setting; the kept copies of purged images that no other
    image event uses are deleted after the commit.
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
                result = purge_tenant(conn, tenant_id, cutoff, dry_run=dry_run,
                                      keep_dir=keep_dir)
                if result.deleted_anything and not dry_run:
                    _audit(conn, result, retention_days, actor)
            if not dry_run:
                _delete_files(result)
            if result.deleted_anything and not dry_run and invalidate is not None:
                invalidate(tenant_id)
        if result.deleted_anything:
            log.info("retention purge", extra={
                "tenant": tenant_id, "dry_run": dry_run, "retention_days": retention_days,
                "cutoff": cutoff.isoformat(), "actor": actor, **result.counts()})
        results.append(result)
    return results


def _delete_files(result: TenantPurge) -> None:
    """Delete the kept image copies of a committed purge (a failure is logged, not raised:
    the database is already purged)."""
    for path in result.image_paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("retention: cannot delete a kept image copy",
                        extra={"tenant": result.tenant, "file": path.name,
                               "error": type(exc).__name__})


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
        keep_dir: Path | None = None,
    ):
        self.db = db
        self.keep_dir = keep_dir
        self.retention_days = retention_days
        self.interval_seconds = interval_seconds
        self.exclusive = exclusive
        self.invalidate = invalidate
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self, now: datetime | None = None) -> list[TenantPurge]:
        return purge(self.db, self.retention_days, now=now, actor="retention",
                     exclusive=self.exclusive, invalidate=self.invalidate,
                     keep_dir=self.keep_dir)

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
