"""What the queue and the case view show, read from the service's tables.

Message text comes from the event log and evidence spans from the signals
table, exactly as the detection engine produced them at ingest time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from fastapi import Request
from markupsafe import Markup
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from watchkeeper.api.errors import ApiError
from watchkeeper.api.routers.conversations import _account as account_summary
from watchkeeper.core.normalize import extract_stated_ages
from watchkeeper.core.signals import CATEGORY_STAGE, STAGE_LABELS, Category, Stage
from watchkeeper.scan.html import highlight
from watchkeeper.storage.models import ALERT_STATUSES, Alert, Decision, Signal, StoredEvent
from watchkeeper.storage.web_models import AuditEntry, CaseNote
from watchkeeper.web.templating import category_label, explain

PLATFORMS = ("social", "gaming", "dating", "other")
STAGES = tuple(STAGE_LABELS[s] for s in Stage if s is not Stage.NONE)
CATEGORIES = tuple(c.value for c in Category)
QUEUE_PAGE = 50
MAX_TIMELINE = 500


# ---- queue ----------------------------------------------------------------------------


@dataclass
class QueueFilters:
    status: str = "open"  # one of ALERT_STATUSES or "all"
    platform: str = ""
    category: str = ""
    stage: str = ""
    # One suspect's alerts together: an account that sprays openers alerts per conversation.
    suspect: str = ""

    @classmethod
    def from_query(cls, params: Any) -> QueueFilters:
        def pick(name: str, allowed: tuple[str, ...], default: str = "") -> str:
            value = params.get(name, default) or default
            return value if value in allowed else default

        return cls(
            status=pick("status", ALERT_STATUSES + ("all",), "open"),
            platform=pick("platform", PLATFORMS),
            category=pick("category", CATEGORIES),
            stage=pick("stage", STAGES),
            suspect=str(params.get("suspect", "") or "")[:200],
        )

    def apply(self, query: Any, with_status: bool = True) -> Any:
        if with_status and self.status != "all":
            query = query.where(Alert.status == self.status)
        if self.platform:
            query = query.where(Alert.platform == self.platform)
        if self.category:
            query = query.where(Alert.categories.contains(f",{self.category},", autoescape=True))
        if self.stage:
            query = query.where(Alert.stage == self.stage)
        if self.suspect:
            query = query.where(Alert.account == self.suspect)
        return query

    @property
    def active(self) -> bool:
        return bool(self.platform or self.category or self.stage or self.suspect)


def alerts_per_suspect(db: Session, tenant: str, filters: QueueFilters, alerts: list[Alert]) -> dict[str, int]:
    """How many alerts in this status are about each suspect on the page (what the
    suspect's own list, `?status=...&suspect=...`, will show)."""
    suspects = {a.account for a in alerts if a.account}
    if not suspects:
        return {}
    query = QueueFilters(status=filters.status).apply(
        select(Alert.account, func.count()).where(Alert.tenant_id == tenant, Alert.account.in_(suspects))
    )
    return {account: int(n) for account, n in db.execute(query.group_by(Alert.account)).all()}


def queue(db: Session, tenant: str, filters: QueueFilters, page: int = 1
          ) -> tuple[list[Alert], dict[str, int], int]:
    """Alerts of one page (highest risk first, then longest waiting), counts per status, total."""
    base = select(Alert).where(Alert.tenant_id == tenant)
    rows = list(db.scalars(
        filters.apply(base).order_by(Alert.risk.desc(), Alert.created_at, Alert.id)
        .offset((page - 1) * QUEUE_PAGE).limit(QUEUE_PAGE)
    ))
    counted = filters.apply(
        select(Alert.status, func.count()).where(Alert.tenant_id == tenant), with_status=False
    ).group_by(Alert.status)
    counts = {status: 0 for status in ALERT_STATUSES}
    counts.update({status: int(n) for status, n in db.execute(counted).all()})
    total = sum(counts.values()) if filters.status == "all" else counts.get(filters.status, 0)
    return rows, counts, total


def tenant_alert(db: Session, tenant: str, alert_id: int) -> Alert | None:
    return db.scalar(select(Alert).where(Alert.tenant_id == tenant, Alert.id == alert_id))


def suspect_alerts(db: Session, tenant: str, suspect: str, ids: list[int]) -> list[Alert]:
    """Those of `ids` that are the tenant's alerts about `suspect` (the queue's suspect filter),
    by kind and subject: the order ingest updates conversation alerts in, so a decision that
    locks them one by one and an ingest batch never deadlock. (Sorted here, as ingest sorts:
    a database collation may order "B-2" and "b1" otherwise.)"""
    alerts = db.scalars(select(Alert).where(
        Alert.tenant_id == tenant, Alert.account == suspect, Alert.id.in_(ids)))
    return sorted(alerts, key=lambda alert: (alert.kind, alert.subject))


# ---- timeline ---------------------------------------------------------------------------


@dataclass
class SignalView:
    category: str
    label: str
    explanation: str
    evidence: str
    weight: float
    stage: str


@dataclass
class TimelineRow:
    id: str | None
    type: str
    ts: datetime
    conversation: str | None
    sender: str | None
    recipients: list[str]
    html: Markup
    signals: list[SignalView]
    risk: float | None
    raised_alert: bool
    truncated: bool
    suspect: bool
    stage: int  # highest stage among this event's signals (0: none)


def _signal_view(signal: Signal) -> SignalView:
    try:
        stage = STAGE_LABELS[CATEGORY_STAGE[Category(signal.category)]]
    except ValueError:
        stage = ""
    return SignalView(signal.category, category_label(signal.category), explain(signal.category),
                      signal.evidence, signal.weight, stage)


def _stage_of(categories: list[str]) -> int:
    stages = [int(CATEGORY_STAGE[Category(c)]) for c in categories if c in CATEGORIES]
    return max(stages, default=0)


def _describe(kind: str, payload: dict[str, Any]) -> str:
    if kind == "image":
        return "[shared an image]"
    if kind == "report":
        reason = payload.get("reason")
        return f"[reported {payload.get('reported', '')}{': ' + reason if reason else ''}]"
    return f"[{kind}]"


def _rows(db: Session, tenant: str, events: list[Any], suspect: str | None) -> list[TimelineRow]:
    by_message: dict[tuple[str | None, str], list[Signal]] = defaultdict(list)
    ids = [e.event_id for e in events if e.event_id]
    for start in range(0, len(ids), 500):
        for signal in db.scalars(
            select(Signal).where(Signal.tenant_id == tenant, Signal.message_id.in_(ids[start:start + 500]))
            .order_by(Signal.id)
        ):
            by_message[(signal.conversation, signal.message_id or "")].append(signal)
    rows = []
    for event in events:
        payload = orjson.loads(event.payload)
        signals = by_message.get((event.conversation, event.event_id or ""), [])
        text = payload.get("text")
        if text is None:
            html = Markup("<em>{}</em>").format(_describe(event.type, payload))
        else:
            spans = [(s.start, s.end, s.category) for s in signals
                     if s.start is not None and s.end is not None]
            html = highlight(text, spans)
        sender = payload.get("sender") or payload.get("reporter")
        rows.append(TimelineRow(
            id=event.event_id, type=event.type, ts=event.ts, conversation=event.conversation,
            sender=sender, recipients=list(payload.get("recipients") or []), html=html,
            signals=[_signal_view(s) for s in signals], risk=event.risk,
            raised_alert=event.raised_alert, truncated=event.truncated,
            suspect=bool(suspect) and sender == suspect,
            stage=_stage_of([s.category for s in signals]),
        ))
    return rows


_EVENT_COLUMNS = (StoredEvent.event_id, StoredEvent.type, StoredEvent.ts, StoredEvent.conversation,
                  StoredEvent.risk, StoredEvent.raised_alert, StoredEvent.truncated,
                  StoredEvent.payload)


def conversation_timeline(db: Session, tenant: str, conversation: str, suspect: str | None
                          ) -> tuple[list[TimelineRow], int]:
    """The conversation's events in time order (the first MAX_TIMELINE) and how many there are."""
    where = (StoredEvent.tenant_id == tenant, StoredEvent.conversation == conversation)
    total = db.scalar(select(func.count()).select_from(StoredEvent).where(*where)) or 0
    events = db.execute(
        select(*_EVENT_COLUMNS).where(*where).order_by(StoredEvent.ts, StoredEvent.seq)
        .limit(MAX_TIMELINE)
    ).all()
    return _rows(db, tenant, list(events), suspect), int(total)


def messages_by(db: Session, tenant: str, account: str, limit: int = 100) -> list[TimelineRow]:
    """The latest messages an account sent, across conversations (for account alerts)."""
    events = db.execute(
        select(*_EVENT_COLUMNS).where(StoredEvent.tenant_id == tenant, StoredEvent.actor == account,
                                      StoredEvent.type == "message")
        .order_by(StoredEvent.ts.desc(), StoredEvent.seq.desc()).limit(limit)
    ).all()
    return _rows(db, tenant, list(reversed(events)), account)


# ---- chart ----------------------------------------------------------------------------------


@dataclass
class Chart:
    """Geometry of the inline SVG: risk after each message, and the stage of each warning sign."""

    width: int
    height: int
    risk_points: str
    stage_dots: list[dict[str, Any]]
    alert_x: float | None
    stage_rows: list[dict[str, Any]]
    messages: int
    final_risk: float | None
    top_stage: str
    plot: dict[str, float] = field(default_factory=dict)


def stage_chart(rows: list[TimelineRow], first_alert: str | None) -> Chart | None:
    scored = [r for r in rows if r.risk is not None]
    if not scored:
        return None
    width, height = 640, 254
    left, right, top = 92, 12, 12
    risk_h, gap, stage_h = 90, 24, 110
    plot_w = width - left - right
    n = len(scored)

    def x(i: int) -> float:
        return round(left + (plot_w * (i + 0.5) / n), 1)

    points = " ".join(f"{x(i)},{round(top + risk_h * (1 - r.risk), 1)}" for i, r in enumerate(scored))
    stage_top = top + risk_h + gap
    row_h = stage_h / 5
    stage_rows = [{"label": STAGE_LABELS[Stage(s)], "y": round(stage_top + row_h * (5 - s) + row_h / 2, 1)}
                  for s in range(1, 6)]
    dots = []
    for i, row in enumerate(scored):
        if row.stage and row.signals:
            dots.append({"x": x(i), "y": stage_rows[row.stage - 1]["y"], "suspect": row.suspect,
                         "label": f"{row.id}: {', '.join(s.label for s in row.signals)}"})
    alert_x = next((x(i) for i, r in enumerate(scored) if first_alert and r.id == first_alert), None)
    top_stage = max((r.stage for r in scored if r.suspect), default=0)
    return Chart(width, height, points, dots, alert_x, stage_rows, n, scored[-1].risk,
                 STAGE_LABELS[Stage(top_stage)],
                 {"left": left, "right": width - right, "top": top, "risk_bottom": top + risk_h,
                  "stage_top": stage_top, "stage_bottom": stage_top + stage_h,
                  "mid": top + risk_h / 2})


# ---- participants -----------------------------------------------------------------------


@dataclass
class Participant:
    name: str
    suspect: bool
    profile_age: int | None = None
    stated_in_text: list[int] = field(default_factory=list)
    account_created: str | None = None
    display_name: str | None = None
    events: dict[str, int] = field(default_factory=dict)
    account_signals: list[dict[str, Any]] = field(default_factory=list)
    account_risk: float | None = None
    account_alert_id: int | None = None


def participants(request: Request, db: Session, tenant: str, rows: list[TimelineRow],
                 suspect: str | None) -> list[Participant]:
    names: list[str] = []
    for row in rows:
        for name in [row.sender, *row.recipients]:
            if name and name not in names:
                names.append(name)
    if suspect and suspect not in names:
        names.insert(0, suspect)
    texts: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if row.sender and row.type == "message":
            texts[row.sender].append(str(row.html.striptags()))
    people = []
    for name in sorted(names, key=lambda n: (n != suspect, n))[:20]:
        person = Participant(name=name, suspect=name == suspect)
        profile = db.scalar(
            select(StoredEvent.payload).where(StoredEvent.tenant_id == tenant,
                                              StoredEvent.type == "profile", StoredEvent.actor == name)
            .order_by(StoredEvent.ts.desc(), StoredEvent.seq.desc()).limit(1)
        )
        if profile:
            data = orjson.loads(profile)
            person.profile_age = data.get("stated_age")
            person.account_created = (data.get("created") or "")[:10] or None
            person.display_name = data.get("display_name")
        for text in texts.get(name, []):
            for age in extract_stated_ages(text):
                if age not in person.stated_in_text:
                    person.stated_in_text.append(age)
        try:
            summary = account_summary(request, tenant, name)
        except ApiError:
            summary = None
        if summary is not None:
            person.events = summary.events
            person.account_signals = [
                {**s, "label": category_label(s.get("category")), "explanation": explain(s.get("category", ""))}
                for s in summary.signals
            ]
            person.account_risk = summary.risk
            account_alert = next((a for a in summary.alerts if a.kind == "account"), None)
            person.account_alert_id = account_alert.id if account_alert else None
        people.append(person)
    return people


def other_alerts(db: Session, tenant: str, account: str | None, alert_id: int) -> list[Alert]:
    if not account:
        return []
    return list(db.scalars(
        select(Alert).where(Alert.tenant_id == tenant, Alert.id != alert_id,
                            (Alert.account == account) | (Alert.subject == account))
        .order_by(Alert.risk.desc(), Alert.id).limit(50)
    ))


# ---- summary -------------------------------------------------------------------------------


@dataclass
class Reason:
    category: str
    label: str
    explanation: str
    evidence: list[tuple[str | None, str]]  # (message id, the words)


def why_flagged(signals: list[dict[str, Any]]) -> list[Reason]:
    """The assessment's signals, one entry per category (strongest first) with all its evidence."""
    reasons: dict[str, Reason] = {}
    for signal in signals:
        category = signal.get("category", "")
        reason = reasons.get(category)
        if reason is None:
            reason = reasons[category] = Reason(category, category_label(category), explain(category), [])
        if signal.get("evidence"):
            reason.evidence.append((signal.get("message"), signal["evidence"]))
    return list(reasons.values())


# ---- history ------------------------------------------------------------------------------


def case_history(db: Session, tenant: str, alert_id: int) -> dict[str, list[Any]]:
    decisions = list(db.scalars(select(Decision).where(
        Decision.tenant_id == tenant, Decision.alert_id == alert_id).order_by(Decision.id)))
    notes = list(db.scalars(select(CaseNote).where(
        CaseNote.tenant_id == tenant, CaseNote.alert_id == alert_id).order_by(CaseNote.id)))
    actions = list(db.scalars(select(AuditEntry).where(
        AuditEntry.tenant_id == tenant, AuditEntry.target_type == "alert",
        AuditEntry.target_id == str(alert_id),
        AuditEntry.action.in_(("case.suspend_request", "case.safety_message"))).order_by(AuditEntry.id)))
    return {"decisions": decisions, "notes": notes, "actions": actions}
