"""The alert queue, the case view and the moderators' actions, and the
safety-message preview."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from watchkeeper.actions.safety import (
    available_locales,
    available_regions,
    load_catalogue,
    safety_message,
)
from watchkeeper.api.deps import get_db, wake_worker
from watchkeeper.api.routers.alerts import DECISION_STATUS, StatusChanged
from watchkeeper.core.signals import explain_context
from watchkeeper.storage.models import ALERT_STATUSES, Alert, Tenant
from watchkeeper.web import actions, audit, cases
from watchkeeper.web.auth import NotFound, checked_form, client_address, require_user
from watchkeeper.web.security import Viewer
from watchkeeper.web.templating import redirect, render

router = APIRouter(include_in_schema=False)
DB = Annotated[Session, Depends(get_db)]
User = Annotated[Viewer, Depends(require_user)]
Form = Annotated[FormData, Depends(checked_form)]
AlertId = Annotated[int, Path(ge=1, le=2**62)]
Suspect = Annotated[str, Path(min_length=1, max_length=200)]  # as the API's account ids

NOTICES = {
    "decided": "Decision saved.",
    "decided-elsewhere": "Your decision was not saved: someone else decided this alert after you "
                         "opened it. Its history below has their decision; decide again if you "
                         "still disagree.",
    "note": "Note added.",
    "suspend-sent": "Suspension request queued for the platform's webhook.",
    "suspend-none": "No account.flagged webhook is registered, so nothing was sent to the platform. "
                    "The request is in the audit log; an admin can add a webhook.",
    "safety-sent": "Safety message queued for the platform's webhook.",
    "safety-none": "No safety_message webhook is registered, so nothing was sent. "
                   "The request is in the audit log; an admin can add a webhook.",
    "banked": "The image's hashes were added to the bank: images that match them will raise alerts.",
}


def _alert_or_404(db: Session, viewer: Viewer, alert_id: int) -> Alert:
    alert = cases.tenant_alert(db, viewer.tenant_id, alert_id)
    if alert is None:
        raise NotFound("There is no such alert.")
    return alert


def _tenant_defaults(request: Request, db: Session, tenant_id: str) -> tuple[str, str]:
    settings = request.app.state.settings
    tenant = db.get(Tenant, tenant_id)
    return ((tenant.region if tenant and tenant.region else settings.default_region),
            (tenant.locale if tenant and tenant.locale else settings.default_locale))


@router.get("/queue")
def queue_page(request: Request, db: DB, viewer: User) -> Response:
    filters = cases.QueueFilters.from_query(request.query_params)
    try:
        page = max(1, min(10_000, int(request.query_params.get("page", "1"))))
    except ValueError:
        page = 1
    alerts, counts, total = cases.queue(db, viewer.tenant_id, filters, page)
    return render(request, "queue.html.jinja", {
        "alerts": alerts, "counts": counts, "total": total, "filters": filters, "page": page,
        "notice": _suspect_decision_notice(request.query_params),
        "per_suspect": cases.alerts_per_suspect(db, viewer.tenant_id, filters, alerts),
        "pages": max(1, -(-total // cases.QUEUE_PAGE)), "platforms": cases.PLATFORMS,
        "categories": cases.CATEGORIES, "stages": cases.STAGES,
    })


@router.get("/cases/{alert_id}")
def case_page(request: Request, db: DB, viewer: User, alert_id: AlertId) -> Response:
    alert = _alert_or_404(db, viewer, alert_id)
    suspect = alert.account
    if alert.kind == "conversation" and alert.conversation:
        rows, total = cases.conversation_timeline(db, viewer.tenant_id, alert.conversation, suspect)
    else:
        rows = cases.messages_by(db, viewer.tenant_id, alert.subject)
        total = len(rows)
    shown = sum(1 for r in rows if r.type == "message")
    audit.record(db, viewer, "case.view", target_type="alert", target_id=alert.id,
                 detail=f"{alert.kind} {alert.subject}: {shown} messages shown",
                 ip=client_address(request))
    db.commit()
    region, locale = _tenant_defaults(request, db, viewer.tenant_id)
    people = cases.participants(request, db, viewer.tenant_id, rows, suspect)
    young = [p.name for p in people if not p.suspect]
    notice = NOTICES.get(request.query_params.get("done", ""))
    return render(request, "case.html.jinja", {
        "alert": alert, "rows": rows, "total": total,
        "chart": cases.stage_chart(rows, alert.first_alert) if alert.kind == "conversation" else None,
        "participants": people, "recipients": young,
        "others": cases.other_alerts(db, viewer.tenant_id, suspect or alert.subject, alert.id),
        "open_about_suspect": cases.alerts_per_suspect(
            db, viewer.tenant_id, cases.QueueFilters(status="open"), [alert]).get(suspect or "", 0),
        "history": cases.case_history(db, viewer.tenant_id, alert.id),
        "reasons": cases.why_flagged((alert.assessment or {}).get("signals", [])),
        "context": explain_context((alert.assessment or {}).get("context", [])),
        "notice": notice, "error": None, "region": region, "locale": locale,
        "regions": available_regions(), "locales": available_locales(),
        "safety_category": alert.category or "default",
        "banks": request.app.state.images.store(viewer.tenant_id).names(),
    })


def _back(alert: Alert, done: str) -> Response:
    return redirect(f"/cases/{alert.id}?done={done}#actions")


def _problem(request: Request, alert: Alert, message: str) -> Response:
    return _refuse(request, message, f"/cases/{alert.id}#actions")


def _refuse(request: Request, message: str, back: str) -> Response:
    return render(request, "problem.html.jinja", {"message": message, "back": back}, status=400)


def _decision_fields(form: FormData) -> tuple[str, str, str | None]:
    """The decision form's choice and reason, and what is wrong with them (None: nothing)."""
    choice = str(form.get("decision") or "")
    reason = str(form.get("reason") or "").strip()
    if choice not in actions.DECISIONS:
        return choice, reason, "Choose confirm, dismiss or escalate."
    if choice == "dismiss" and not reason:
        return choice, reason, "Dismissing needs a reason, so others can learn from it."
    if len(reason) > actions.MAX_NOTE:
        return choice, reason, f"The reason may have at most {actions.MAX_NOTE} characters."
    return choice, reason, None


def _decide(request: Request, db: Session, viewer: Viewer, alert: Alert, choice: str, reason: str,
            seen: str, context: str = "") -> int | None:
    """Decide one alert if its status is still `seen`, the one the moderator was shown:
    the single-case and the suspect's form share it.

    The alert stays locked until the caller commits, so two simultaneous decisions are
    never both written. The decision, its audit entry and its webhook are added to `db`'s
    transaction: the caller commits, then wakes the worker with the deliveries returned.
    None: someone else decided the alert first, and nothing was added.
    """
    try:
        queued = actions.record_decision(db, viewer, alert, choice, reason, seen)
    except StatusChanged:
        return None
    detail = f"{choice}{context}" + (f": {reason}" if reason else "")
    audit.record(db, viewer, "case.decision", target_type="alert", target_id=alert.id,
                 detail=detail, ip=client_address(request))
    return queued


@router.post("/cases/{alert_id}/decision")
def decision(request: Request, db: DB, viewer: User, form: Form, alert_id: AlertId) -> Response:
    alert = _alert_or_404(db, viewer, alert_id)
    choice, reason, wrong = _decision_fields(form)
    # The status the case page showed (a re-decision of an escalated alert is normal); a
    # post without it, not from our form, decides whatever the status is now.
    seen = str(form.get("seen_status") or alert.status)
    if wrong or seen not in ALERT_STATUSES:
        return _problem(request, alert, wrong or "This form is out of date: reload the case.")
    queued = _decide(request, db, viewer, alert, choice, reason, seen)
    if queued is None:
        db.rollback()  # releases the lock; nothing was written
        return _back(alert, "decided-elsewhere")
    db.commit()
    wake_worker(request, queued)
    return _back(alert, "decided")


def _posted_alert_ids(value: object) -> list[int] | None:
    """The ids the suspect's form listed ("12,15,31"), in order, once each; None if malformed."""
    try:
        ids = [int(part) for part in str(value or "").split(",") if part.strip()]
    except ValueError:
        return None
    if not all(1 <= i <= 2**62 for i in ids):
        return None
    return list(dict.fromkeys(ids))


@router.post("/suspects/{suspect:path}/decision")
def suspect_decision(request: Request, db: DB, viewer: User, form: Form, suspect: Suspect) -> Response:
    """One decision for the suspect's open alerts the moderator was shown, each decided as if alone.

    Only the listed ids are decided, so an alert raised after the page was loaded is
    never decided unseen; those decided meanwhile (by someone else) are left as they are.
    All are decided in one transaction: every listed open alert, or (on a failure) none.
    """
    back = "/queue?" + urlencode({"status": "open", "suspect": suspect})
    choice, reason, wrong = _decision_fields(form)
    if wrong:
        return _refuse(request, wrong, back)
    ids = _posted_alert_ids(form.get("alerts"))
    if not ids or len(ids) > cases.QUEUE_PAGE:  # the form lists one queue page
        return _refuse(request, f"The form must list 1 to {cases.QUEUE_PAGE} alert ids.", back)
    alerts = cases.suspect_alerts(db, viewer.tenant_id, suspect, ids)
    strangers = sorted(set(ids) - {a.id for a in alerts})
    if strangers:
        listed = ", ".join(f"#{i}" for i in strangers)
        return _refuse(request, f"Not alerts about {suspect} (nothing was decided): {listed}.", back)
    context = f" (one of {len(ids)} alerts about {suspect} decided together)"
    # The form lists open alerts; one decided since the page was shown is left as decided.
    # One transaction: if any decision fails, none of them is stored or sent. Alerts are
    # locked in suspect_alerts' order (kind, subject), as ingest updates them, so neither
    # another such decision nor an ingest batch can deadlock with this one.
    queued = [_decide(request, db, viewer, alert, choice, reason, seen="open", context=context)
              for alert in alerts]
    db.commit()
    decided = [count for count in queued if count is not None]
    wake_worker(request, sum(decided))
    return redirect(back + "&" + urlencode({"done": choice, "decided": len(decided),
                                             "left": len(alerts) - len(decided)}))


def _suspect_decision_notice(params: Mapping[str, str]) -> str | None:
    """The queue's report of a suspect's decision ("3 alerts dismissed."), from its redirect."""
    status = DECISION_STATUS.get(params.get("done", ""))
    decided, left = _small_count(params.get("decided", "")), _small_count(params.get("left", "0"))
    if status is None or decided is None or left is None:
        return None
    notice = f"{decided} {'alert' if decided == 1 else 'alerts'} {status}."
    if left:
        notice += (f" {left} {'was' if left == 1 else 'were'} already decided and left "
                   f"as {'it was' if left == 1 else 'they were'}.")
    return notice


def _small_count(value: str) -> int | None:
    return int(value) if value.isdecimal() and len(value) <= 4 else None


@router.post("/cases/{alert_id}/suspend")
def suspend(request: Request, db: DB, viewer: User, form: Form, alert_id: AlertId) -> Response:
    alert = _alert_or_404(db, viewer, alert_id)
    account = alert.account or (alert.subject if alert.kind == "account" else None)
    if not account:
        return _problem(request, alert, "This alert names no account to suspend.")
    reason = str(form.get("reason") or "").strip()[: actions.MAX_NOTE]
    audit.record(db, viewer, "case.suspend_request", target_type="alert", target_id=alert.id,
                 detail=f"account {account}" + (f": {reason}" if reason else ""),
                 ip=client_address(request))
    queued = actions.request_suspension(request, db, viewer, alert, account, reason)
    return _back(alert, "suspend-sent" if queued else "suspend-none")


@router.post("/cases/{alert_id}/safety-message")
def send_safety(request: Request, db: DB, viewer: User, form: Form, alert_id: AlertId) -> Response:
    alert = _alert_or_404(db, viewer, alert_id)
    recipient = str(form.get("recipient") or "").strip()
    rows, _ = (cases.conversation_timeline(db, viewer.tenant_id, alert.conversation, alert.account)
               if alert.conversation else ([], 0))
    allowed = {name for r in rows for name in [r.sender, *r.recipients] if name} - {alert.account}
    if recipient not in allowed:
        return _problem(request, alert, "Choose a participant of this conversation (not the suspect).")
    region_default, locale_default = _tenant_defaults(request, db, viewer.tenant_id)
    region = str(form.get("region") or region_default)
    locale = str(form.get("locale") or locale_default)
    if region not in available_regions() or locale not in available_locales():
        return _problem(request, alert, "Choose a region and a language from the lists.")
    category = alert.category or "default"
    audit.record(db, viewer, "case.safety_message", target_type="alert", target_id=alert.id,
                 detail=f"to {recipient} ({category}, {locale}, {region})", ip=client_address(request))
    queued = actions.send_safety_message(request, db, viewer, alert, recipient, category, locale, region)
    return _back(alert, "safety-sent" if queued else "safety-none")


@router.post("/cases/{alert_id}/notes")
def add_note(request: Request, db: DB, viewer: User, form: Form, alert_id: AlertId) -> Response:
    alert = _alert_or_404(db, viewer, alert_id)
    text = str(form.get("note") or "").strip()
    if not text:
        return _problem(request, alert, "The note is empty.")
    if len(text) > actions.MAX_NOTE:
        return _problem(request, alert, f"A note may have at most {actions.MAX_NOTE} characters.")
    note = actions.add_note(db, viewer, alert, text)
    audit.record(db, viewer, "case.note", target_type="alert", target_id=alert.id,
                 detail=f"note {note.id}", ip=client_address(request))
    db.commit()
    return _back(alert, "note")


@router.get("/safety")
def safety_preview(request: Request, db: DB, viewer: User) -> Response:
    region_default, locale_default = _tenant_defaults(request, db, viewer.tenant_id)
    catalogue = load_catalogue()
    themes = sorted(set(catalogue["themes"].values()) | {"default"})
    category = request.query_params.get("category") or ""
    categories = sorted(catalogue["themes"]) + ["default"]
    if category not in categories:
        category = ""
    locale = request.query_params.get("locale") or locale_default
    region = request.query_params.get("region") or region_default
    locale = locale if locale in available_locales() else locale_default
    region = region if region in available_regions() else region_default
    by_theme: dict[str, list[str]] = {theme: [] for theme in themes}
    for name, theme in sorted(catalogue["themes"].items()):
        by_theme[theme].append(name)
    if category:
        theme = catalogue["themes"].get(category, "default")
        previews = [(theme, [category], safety_message(category, locale=locale, region=region))]
    else:
        previews = [(theme, names, safety_message(names[0] if names else "default", locale=locale,
                                                  region=region))
                    for theme, names in by_theme.items()]
    return render(request, "safety.html.jinja", {
        "previews": previews, "category": category, "categories": categories,
        "locale": locale, "region": region, "locales": available_locales(),
        "regions": available_regions(), "region_default": region_default,
        "locale_default": locale_default,
    })
