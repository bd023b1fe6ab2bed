"""Typed request and response bodies of the HTTP API (they make the OpenAPI spec)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

from watchkeeper.actions.safety import SafetyMessage


class ErrorBody(BaseModel):
    code: str = Field(description="Machine-readable reason, e.g. invalid_json, payload_too_large.")
    message: str
    field: str | None = Field(default=None, description="The offending field, dotted path.")
    index: int | None = Field(default=None, description="Index (0-based) or line (1-based for NDJSON).")


class ErrorResponse(BaseModel):
    error: ErrorBody


class EventError(BaseModel):
    field: str
    reason: str


class SafetyNotice(BaseModel):
    recipients: list[str] = Field(description="Who should be shown the message.")
    category: str
    message: SafetyMessage


class EventResult(BaseModel):
    index: int = Field(description="0-based array index, or 1-based line number for NDJSON.")
    status: Literal["accepted", "duplicate", "rejected"]
    type: str | None = None
    id: str | None = Field(default=None, description="The event key (type:id).")
    conversation: str | None = None
    risk: float | None = Field(default=None, description="The conversation's risk after this event.")
    alert_raised: bool = False
    alert_id: int | None = None
    truncated: bool = Field(default=False, description="Text was cut to the maximum length.")
    safety: SafetyNotice | None = None
    error: EventError | None = None


class IngestResponse(BaseModel):
    accepted: int
    duplicate: int
    rejected: int
    results: list[EventResult]


class SignalOut(BaseModel):
    category: str
    message: str | None = None
    evidence: str = ""
    weight: float
    detail: str | None = None
    source: str | None = None


class AlertOut(BaseModel):
    id: int
    kind: Literal["conversation", "account"]
    subject: str
    conversation: str | None
    account: str | None
    status: Literal["open", "confirmed", "dismissed", "escalated"]
    risk: float
    stage: str
    category: str | None
    categories: list[str]
    platform: str | None
    first_alert: str | None
    created_at: datetime
    updated_at: datetime
    assessment: dict[str, Any]


class AlertPage(BaseModel):
    alerts: list[AlertOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null at the end.")


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: Literal["confirm", "dismiss", "escalate"]
    note: str = Field(default="", max_length=4000)
    expected_status: Literal["open", "confirmed", "dismissed", "escalated"] | None = Field(
        default=None,
        description="The status the moderator was shown. If the alert's status is another "
        "by now (someone decided it meanwhile), nothing is written and the answer is 409.",
    )


class DecisionOut(BaseModel):
    id: int
    alert_id: int
    decision: str
    note: str
    decided_by: str
    created_at: datetime
    status: str


class TimelineEntry(BaseModel):
    id: str | None
    type: str
    ts: datetime
    sender: str | None
    recipients: list[str] | None = None
    text: str | None = None
    truncated: bool = False
    risk: float | None = None
    raised_alert: bool = False
    signals: list[SignalOut] = []


class ConversationOut(BaseModel):
    conversation: str
    platform: str | None
    risk: float
    alert: bool
    stage: str
    suspect: str | None
    first_alert: str | None
    events: int
    last_ts: datetime | None
    alert_id: int | None
    signals: list[SignalOut]
    timeline: list[TimelineEntry]
    next_cursor: str | None


class AccountOut(BaseModel):
    account: str
    risk: float
    alert: bool
    signals: list[dict[str, Any]]
    events: dict[str, int] = Field(description="Events this account sent, by type.")
    conversations: list[str]
    alerts: list[AlertOut]


class WebhookIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["alert.raised", "alert.updated", "safety_message", "account.flagged"]
    url: HttpUrl = Field(description="http(s) URL of a public host, without credentials "
                         "(private, loopback and link-local targets need the operator's allow-list).")


class WebhookOut(BaseModel):
    id: int
    kind: str
    url: str
    active: bool
    created_at: datetime
    secret: str | None = Field(default=None, description="Signing secret; shown only at creation.")


class DeliveryOut(BaseModel):
    id: int
    endpoint_id: int
    kind: str
    status: Literal["pending", "delivered", "dead"]
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None


class DeliveryPage(BaseModel):
    deliveries: list[DeliveryOut]
    next_cursor: str | None


class Health(BaseModel):
    status: str
