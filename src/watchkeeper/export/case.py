"""Everything the service knows about one case (an alert), as plain JSON-ready data.

Read from the service's tables only: the alert, the conversation's events in
time order with the signals recorded for each at ingest, the images' hashes and
the banks they matched (with each entry's provenance), the people involved
with their stated ages and account signals, the moderators' decisions and
notes, and the audit trail of the case.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from watchkeeper.api.routers.alerts import alert_out
from watchkeeper.core.accounts import AccountAssessment
from watchkeeper.core.normalize import extract_stated_ages
from watchkeeper.core.signals import CATEGORY_EXPLANATIONS, CATEGORY_STAGE, Category
from watchkeeper.imagery.service import parse_match_detail
from watchkeeper.imagery.signals import SignalType
from watchkeeper.storage.imagery_models import HashBankRow, HashEntryRow, HashProvenanceRow
from watchkeeper.storage.models import Alert, Conversation, Decision, Signal, StoredEvent
from watchkeeper.storage.web_models import AuditEntry, CaseNote

CASE_FORMAT = "watchkeeper.case/1"
MAX_EVENTS = 20_000  # events of one case exported (a conversation or an account's activity)
MAX_PEOPLE = 50

AccountAssessor = Callable[[str], AccountAssessment]


class CaseNotFound(LookupError):
    pass


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _explain(category: str) -> tuple[str, str]:
    """(stage label, plain explanation) of a category; empty for unknown ones."""
    try:
        known = Category(category)
    except ValueError:
        return "", ""
    return CATEGORY_STAGE[known].label, CATEGORY_EXPLANATIONS[known]


def find_alert(session: Session, alert_id: int, tenant_id: str | None = None) -> Alert:
    query = select(Alert).where(Alert.id == alert_id)
    if tenant_id is not None:
        query = query.where(Alert.tenant_id == tenant_id)
    alert = session.scalar(query)
    if alert is None:
        raise CaseNotFound(f"no alert {alert_id}" + (f" in tenant {tenant_id}" if tenant_id else ""))
    return alert


def _events(session: Session, alert: Alert) -> tuple[list[Any], int]:
    tenant = alert.tenant_id
    if alert.kind == "conversation" and alert.conversation:
        where = (StoredEvent.tenant_id == tenant, StoredEvent.conversation == alert.conversation)
    else:  # an account alert: what the account did, everywhere
        where = (StoredEvent.tenant_id == tenant, StoredEvent.actor == alert.subject)
    total = session.scalar(select(func.count()).select_from(StoredEvent).where(*where)) or 0
    rows = session.execute(
        select(StoredEvent.seq, StoredEvent.event_id, StoredEvent.type, StoredEvent.ts,
               StoredEvent.conversation, StoredEvent.risk, StoredEvent.raised_alert,
               StoredEvent.truncated, StoredEvent.payload, StoredEvent.received_at)
        .where(*where).order_by(StoredEvent.ts, StoredEvent.seq).limit(MAX_EVENTS)
    ).all()
    return list(rows), int(total)


def _signals(session: Session, tenant: str, events: list[Any]) -> dict[tuple[str | None, str], list[Signal]]:
    by_event: dict[tuple[str | None, str], list[Signal]] = defaultdict(list)
    ids = sorted({e.event_id for e in events if e.event_id})
    for start in range(0, len(ids), 500):
        for signal in session.scalars(
            select(Signal).where(Signal.tenant_id == tenant, Signal.message_id.in_(ids[start:start + 500]))
            .order_by(Signal.id)
        ):
            by_event[(signal.conversation, signal.message_id or "")].append(signal)
    return by_event


def _signal_json(signal: Signal) -> dict[str, Any]:
    stage, explanation = _explain(signal.category)
    return {"category": signal.category, "stage": stage, "explanation": explanation,
            "weight": round(signal.weight, 4), "evidence": signal.evidence,
            "start": signal.start, "end": signal.end, "detail": signal.detail or None,
            "source": signal.source or None}


def _bank_entry(session: Session, tenant: str, match: dict[str, Any]) -> dict[str, Any] | None:
    """The bank entry a recorded match points to, with its provenance (None once removed)."""
    try:
        raw = bytes.fromhex(match["value"])
        SignalType(match["signal_type"])
    except ValueError:
        return None
    row = session.execute(
        select(HashEntryRow.quality, HashProvenanceRow)
        .join(HashBankRow, HashBankRow.id == HashEntryRow.bank_id)
        .join(HashProvenanceRow, HashProvenanceRow.id == HashEntryRow.provenance_id)
        .where(HashBankRow.tenant_id == tenant, HashBankRow.name == match["bank"],
               HashEntryRow.signal_type == match["signal_type"], HashEntryRow.value == raw)
    ).first()
    if row is None:
        return None
    quality, provenance = row
    return {"quality": quality, "provenance": {
        "source": provenance.source, "added": _iso(provenance.added),
        "labels": list(provenance.labels or []), "note": provenance.note}}


def _image(session: Session, tenant: str, event: Any, payload: dict[str, Any],
           signals: list[Signal]) -> dict[str, Any]:
    matches = []
    for signal in signals:
        if signal.category != Category.FLAGGED_IMAGE.value:
            continue
        match = parse_match_detail(signal.detail or "")
        if not match:
            continue
        entry = _bank_entry(session, tenant, match)
        matches.append({**match, "still_in_bank": entry is not None,
                        **(entry or {"quality": None, "provenance": None})})
    return {
        "id": event.event_id, "conversation": event.conversation, "ts": _iso(event.ts),
        "sender": payload.get("sender"), "recipients": payload.get("recipients") or [],
        "path": payload.get("path"), "md5": payload.get("md5"), "sha256": payload.get("sha256"),
        "pdq": payload.get("pdq"), "pdq_quality": payload.get("pdq_quality"), "matches": matches,
    }


def _people(session: Session, alert: Alert, timeline: list[dict[str, Any]],
            assess: AccountAssessor | None) -> list[dict[str, Any]]:
    tenant = alert.tenant_id
    suspect = alert.account or (alert.subject if alert.kind == "account" else None)
    names: list[str] = [suspect] if suspect else []
    for row in timeline:
        for name in [row.get("sender"), *row.get("recipients", [])]:
            if name and name not in names:
                names.append(name)
    texts: dict[str, list[str]] = defaultdict(list)
    for row in timeline:
        if row["type"] == "message" and row.get("sender"):
            texts[row["sender"]].append(row.get("text") or "")
    people = []
    for name in names[:MAX_PEOPLE]:
        profile_payload = session.scalar(
            select(StoredEvent.payload).where(StoredEvent.tenant_id == tenant,
                                              StoredEvent.type == "profile", StoredEvent.actor == name)
            .order_by(StoredEvent.ts.desc(), StoredEvent.seq.desc()).limit(1))
        profile = orjson.loads(profile_payload) if profile_payload else None
        stated: list[int] = []
        for text in texts.get(name, []):
            stated.extend(age for age in extract_stated_ages(text) if age not in stated)
        counts = dict(session.execute(
            select(StoredEvent.type, func.count()).where(
                StoredEvent.tenant_id == tenant, StoredEvent.actor == name).group_by(StoredEvent.type)
        ).all())
        alerts = list(session.scalars(select(Alert).where(
            Alert.tenant_id == tenant, (Alert.account == name) | ((Alert.kind == "account") & (Alert.subject == name)))
            .order_by(Alert.id)))
        account_alert = next((a for a in alerts if a.kind == "account"), None)
        if assess is not None:
            assessment = assess(name).to_dict()
        elif account_alert is not None:  # as stored when the account was flagged
            assessment = account_alert.assessment or {}
        else:
            assessment = {"risk": None, "alert": False, "signals": []}
        people.append({
            "name": name, "suspect": name == suspect,
            "profile": None if profile is None else {
                "stated_age": profile.get("stated_age"), "created": profile.get("created"),
                "display_name": profile.get("display_name"), "as_of": profile.get("ts")},
            "stated_in_messages": stated,
            "events_sent": {k: int(v) for k, v in counts.items()},
            "account_risk": assessment.get("risk"),
            "account_signals": assessment.get("signals", []),
            "alerts": [{"id": a.id, "kind": a.kind, "subject": a.subject, "status": a.status,
                        "risk": round(a.risk, 4)} for a in alerts],
        })
    return people


def build_case(session: Session, alert: Alert, *, exported_by: str,
               exported_at: datetime, assess: AccountAssessor | None = None) -> dict[str, Any]:
    """The case as JSON-ready data. `assess` gives an account's live assessment
    (the service's engine); without it, flagged accounts' stored assessments are used."""
    tenant = alert.tenant_id
    events, total = _events(session, alert)
    signals = _signals(session, tenant, events)
    timeline, images = [], []
    for event in events:
        payload = orjson.loads(event.payload)
        own = signals.get((event.conversation, event.event_id or ""), []) if event.event_id else []
        timeline.append({
            "seq": event.seq, "type": event.type, "id": event.event_id, "ts": _iso(event.ts),
            "received_at": _iso(event.received_at), "conversation": event.conversation,
            "sender": payload.get("sender") or payload.get("reporter") or payload.get("user"),
            "recipients": payload.get("recipients") or (
                [payload["recipient"]] if payload.get("recipient") else []),
            "text": payload.get("text"), "truncated": event.truncated, "risk": event.risk,
            "raised_alert": event.raised_alert, "signals": [_signal_json(s) for s in own],
            "event": payload,
        })
        if event.type == "image":
            images.append(_image(session, tenant, event, payload, own))
    conversation = None
    if alert.kind == "conversation" and alert.conversation:
        row = session.get(Conversation, (tenant, alert.conversation))
        if row is not None:
            conversation = {"id": row.id, "platform": row.platform, "risk": round(row.risk, 4),
                            "alert": row.alert, "stage": row.stage, "suspect": row.suspect,
                            "first_alert": row.first_alert, "events": row.events,
                            "last_ts": _iso(row.last_ts)}
    decisions = session.scalars(select(Decision).where(
        Decision.tenant_id == tenant, Decision.alert_id == alert.id).order_by(Decision.id))
    notes = session.scalars(select(CaseNote).where(
        CaseNote.tenant_id == tenant, CaseNote.alert_id == alert.id).order_by(CaseNote.id))
    audit = session.scalars(select(AuditEntry).where(
        AuditEntry.tenant_id == tenant, AuditEntry.target_type == "alert",
        AuditEntry.target_id == str(alert.id)).order_by(AuditEntry.id))
    return {
        "format": CASE_FORMAT,
        "exported_at": _iso(exported_at),
        "exported_by": exported_by,
        "tenant": tenant,
        "alert": alert_out(alert).model_dump(mode="json"),
        "conversation": conversation,
        "timeline": timeline,
        "timeline_total": total,
        "timeline_complete": total <= len(timeline),
        "images": images,
        "accounts": _people(session, alert, timeline, assess),
        "decisions": [{"id": d.id, "decision": d.decision, "note": d.note,
                       "decided_by": d.decided_by, "created_at": _iso(d.created_at)} for d in decisions],
        "notes": [{"id": n.id, "author": n.author, "text": n.text, "created_at": _iso(n.created_at)}
                  for n in notes],
        "audit": [{"id": a.id, "action": a.action, "username": a.username, "detail": a.detail,
                   "created_at": _iso(a.created_at)} for a in audit],
    }
