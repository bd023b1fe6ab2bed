"""Service tables: tenants and keys, the event log (source of truth), derived
conversation state, signals, alerts, decisions, webhook endpoints and outbox.

The event log is what the detection engine is rebuilt from on startup; the
other per-event tables are derived from it inside the same transaction.
Message text lives only in `events.payload` (needed to rebuild the engine)
and as short evidence spans in `signals`; both are served only to keys with
read scope.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from watchkeeper.storage.db import Base, BigId, UTCDateTime, utcnow

ID = 200  # longest platform id (matches watchkeeper.events)
KEY = 320  # longest event key ("profile:<user>:<timestamp>")


class Tenant(Base):
    __tablename__ = "tenants"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str | None] = mapped_column(String(8))
    locale: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[str] = mapped_column(String(200))  # comma separated
    label: Mapped[str] = mapped_column(String(200), default="")
    rate_limit_per_second: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class StoredEvent(Base):
    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("tenant_id", "event_key"),
        Index("ix_events_conversation", "tenant_id", "conversation", "ts"),
        Index("ix_events_actor", "tenant_id", "actor"),
    )

    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    event_key: Mapped[str] = mapped_column(String(KEY))
    type: Mapped[str] = mapped_column(String(32))
    event_id: Mapped[str | None] = mapped_column(String(ID))
    ts: Mapped[datetime] = mapped_column(UTCDateTime)
    conversation: Mapped[str | None] = mapped_column(String(ID))
    actor: Mapped[str | None] = mapped_column(String(ID))  # sender, user or reporter
    # Conversation risk right after this event (messages and images).
    risk: Mapped[float | None] = mapped_column(Float)
    raised_alert: Mapped[bool] = mapped_column(Boolean, default=False)
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    payload: Mapped[str] = mapped_column(Text)  # canonical event JSON
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Signal(Base):
    __tablename__ = "signals"
    __table_args__ = (Index("ix_signals_conversation", "tenant_id", "conversation"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    conversation: Mapped[str | None] = mapped_column(String(ID))
    message_id: Mapped[str | None] = mapped_column(String(ID))
    category: Mapped[str] = mapped_column(String(64))
    weight: Mapped[float] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(32), default="")


class Conversation(Base):
    __tablename__ = "conversations"

    tenant_id: Mapped[str] = mapped_column(
        ForeignKey("tenants.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    platform: Mapped[str | None] = mapped_column(String(16))
    risk: Mapped[float] = mapped_column(Float, default=0.0)
    alert: Mapped[bool] = mapped_column(Boolean, default=False)
    stage: Mapped[str] = mapped_column(String(32), default="none")
    suspect: Mapped[str | None] = mapped_column(String(ID))
    first_alert: Mapped[str | None] = mapped_column(String(ID))
    events: Mapped[int] = mapped_column(Integer, default=0)
    last_ts: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


ALERT_STATUSES = ("open", "confirmed", "dismissed", "escalated")


class Alert(Base):
    __tablename__ = "alerts"
    # One alert per conversation and one per account, ever: a restart or a
    # replay cannot raise it twice.
    __table_args__ = (
        UniqueConstraint("tenant_id", "kind", "subject"),
        Index("ix_alerts_listing", "tenant_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # "conversation" | "account"
    subject: Mapped[str] = mapped_column(String(ID))
    conversation: Mapped[str | None] = mapped_column(String(ID))
    account: Mapped[str | None] = mapped_column(String(ID))
    status: Mapped[str] = mapped_column(String(16), default="open")
    risk: Mapped[float] = mapped_column(Float)
    stage: Mapped[str] = mapped_column(String(32), default="none")
    category: Mapped[str | None] = mapped_column(String(64))  # strongest category
    # ",cat1,cat2," so one LIKE filters by category on every backend.
    categories: Mapped[str] = mapped_column(String(1000), default=",")
    platform: Mapped[str | None] = mapped_column(String(16))
    first_alert: Mapped[str | None] = mapped_column(String(ID))
    assessment: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Decision(Base):
    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_tenant", "tenant_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(16))  # confirm | dismiss | escalate
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(64), default="")  # api key id or user
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


WEBHOOK_KINDS = ("alert.raised", "alert.updated", "safety_message", "account.flagged")


class WebhookEndpoint(Base):
    __tablename__ = "webhook_endpoints"
    __table_args__ = (Index("ix_webhook_endpoints_kind", "tenant_id", "kind"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    url: Mapped[str] = mapped_column(String(2000))
    secret: Mapped[str] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


OUTBOX_STATUSES = ("pending", "delivered", "dead")


class OutboxMessage(Base):
    __tablename__ = "webhook_outbox"
    __table_args__ = (
        Index("ix_webhook_outbox_due", "status", "next_attempt_at"),
        Index("ix_webhook_outbox_tenant", "tenant_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    endpoint_id: Mapped[int] = mapped_column(
        ForeignKey("webhook_endpoints.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)  # exact JSON bytes that are signed and sent
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
