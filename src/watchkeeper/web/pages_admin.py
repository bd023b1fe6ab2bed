"""Administrators' pages: users, API keys, webhooks, help resources and the audit log.
Everything is scoped to the administrator's own tenant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from watchkeeper.actions.safety import available_locales, available_regions, load_catalogue
from watchkeeper.actions.webhook_targets import TargetRejected
from watchkeeper.actions.webhooks import new_secret
from watchkeeper.api.deps import get_db
from watchkeeper.api.schemas import WebhookIn
from watchkeeper.storage.db import utcnow
from watchkeeper.storage.keys import (
    SCOPES,
    NoSuchKey,
    create_key,
    list_keys,
    parse_scopes,
    revoke_key,
    rotate_key,
)
from watchkeeper.storage.models import WEBHOOK_KINDS, OutboxMessage, Tenant, WebhookEndpoint
from watchkeeper.storage.web_models import ROLES, AuditEntry, WebUser
from watchkeeper.web import audit
from watchkeeper.web.auth import checked_form, client_address, require_admin
from watchkeeper.web.security import (
    UserError,
    Viewer,
    add_user,
    end_sessions,
    generate_password,
    set_password,
)
from watchkeeper.web.templating import redirect, render

router = APIRouter(prefix="/admin", include_in_schema=False)
DB = Annotated[Session, Depends(get_db)]
Admin = Annotated[Viewer, Depends(require_admin)]
Form = Annotated[FormData, Depends(checked_form)]
RowId = Annotated[int, Path(ge=1, le=2**62)]
AUDIT_PAGE = 100


def _field(form: FormData, name: str, limit: int = 200) -> str:
    return str(form.get(name) or "").strip()[:limit]


# ---- users ----------------------------------------------------------------------------


def _users_page(request: Request, db: Session, viewer: Viewer, status: int = 200, **extra: object) -> Response:
    users = list(db.scalars(select(WebUser).where(WebUser.tenant_id == viewer.tenant_id)
                            .order_by(WebUser.name)))
    return render(request, "admin_users.html.jinja",
                  {"users": users, "roles": ROLES, **extra}, status=status)


@router.get("/users")
def users_page(request: Request, db: DB, viewer: Admin) -> Response:
    return _users_page(request, db, viewer)


@router.post("/users")
def create_user(request: Request, db: DB, viewer: Admin, form: Form) -> Response:
    name, role = _field(form, "username", 64), _field(form, "role", 16)
    try:
        user, password = add_user(db, name, role, viewer.tenant_id)
    except UserError as exc:
        db.rollback()
        return _users_page(request, db, viewer, 400, error=str(exc))
    audit.record(db, viewer, "user.create", target_type="user", target_id=user.id,
                 detail=f"{user.name} as {role}", ip=client_address(request))
    db.commit()
    return _users_page(request, db, viewer, created=(user.name, password))


def _tenant_user(db: Session, viewer: Viewer, user_id: int) -> WebUser | None:
    user = db.get(WebUser, user_id)
    return user if user is not None and user.tenant_id == viewer.tenant_id else None


@router.post("/users/{user_id}")
def change_user(request: Request, db: DB, viewer: Admin, form: Form, user_id: RowId) -> Response:
    user = _tenant_user(db, viewer, user_id)
    if user is None:
        return _users_page(request, db, viewer, 404, error="There is no such user.")
    change = _field(form, "change", 32)
    if user.id == viewer.user_id and change in ("role", "disable"):
        return _users_page(request, db, viewer, 400,
                           error="You cannot demote or disable yourself; ask another administrator.")
    address = client_address(request)
    if change == "role":
        role = _field(form, "role", 16)
        if role not in ROLES:
            return _users_page(request, db, viewer, 400, error="Choose a role from the list.")
        user.role = role
        end_sessions(db, user.id)  # the new role applies from the next sign-in
        audit.record(db, viewer, "user.role", target_type="user", target_id=user.id,
                     detail=f"{user.name} is now {role}", ip=address)
    elif change in ("disable", "enable"):
        user.active = change == "enable"
        if not user.active:
            end_sessions(db, user.id)
        audit.record(db, viewer, f"user.{change}", target_type="user", target_id=user.id,
                     detail=user.name, ip=address)
    elif change == "password":
        password = generate_password()
        set_password(db, user, password)
        audit.record(db, viewer, "user.password_reset", target_type="user", target_id=user.id,
                     detail=user.name, ip=address)
        db.commit()
        return _users_page(request, db, viewer, created=(user.name, password))
    else:
        return _users_page(request, db, viewer, 400, error="Unknown change.")
    db.commit()
    return redirect("/admin/users")


# ---- API keys -------------------------------------------------------------------------


def _keys_page(request: Request, db: Session, viewer: Viewer, status: int = 200, **extra: object) -> Response:
    return render(request, "admin_keys.html.jinja",
                  {"keys": list_keys(db, viewer.tenant_id), "scopes": SCOPES, **extra}, status=status)


@router.get("/keys")
def keys_page(request: Request, db: DB, viewer: Admin) -> Response:
    return _keys_page(request, db, viewer)


@router.post("/keys")
def create_api_key(request: Request, db: DB, viewer: Admin, form: Form) -> Response:
    scopes = [s for s in form.getlist("scope") if isinstance(s, str)]
    label = _field(form, "label")
    try:
        parse_scopes(scopes)
    except ValueError as exc:
        return _keys_page(request, db, viewer, 400, error=str(exc))
    created = create_key(db, viewer.tenant_id, scopes, label=label)
    audit.record(db, viewer, "key.create", target_type="key", target_id=created.id,
                 detail=f"scopes {','.join(sorted(created.scopes))}" + (f", {label}" if label else ""),
                 ip=client_address(request))
    db.commit()
    return _keys_page(request, db, viewer, created=created)


@router.post("/keys/{key_id}/revoke")
def revoke_api_key(request: Request, db: DB, viewer: Admin, form: Form,
                   key_id: Annotated[str, Path(max_length=32)]) -> Response:
    if not revoke_key(db, key_id, viewer.tenant_id):
        return _keys_page(request, db, viewer, 404, error="There is no such live key.")
    audit.record(db, viewer, "key.revoke", target_type="key", target_id=key_id,
                 ip=client_address(request))
    db.commit()
    return redirect("/admin/keys")


@router.post("/keys/{key_id}/rotate")
def rotate_api_key(request: Request, db: DB, viewer: Admin, form: Form,
                   key_id: Annotated[str, Path(max_length=32)]) -> Response:
    try:
        created = rotate_key(db, key_id, viewer.tenant_id)
    except NoSuchKey:
        return _keys_page(request, db, viewer, 404, error="There is no such live key.")
    audit.record(db, viewer, "key.rotate", target_type="key", target_id=created.id,
                 detail=f"replaces {key_id} (revoked), scopes {','.join(sorted(created.scopes))}",
                 ip=client_address(request))
    db.commit()
    # Rendered, not redirected, like creation: the token is on this response only.
    return _keys_page(request, db, viewer, created=created, rotated_from=key_id)


# ---- webhooks ---------------------------------------------------------------------------


def _webhooks_page(request: Request, db: Session, viewer: Viewer, status: int = 200,
                   **extra: object) -> Response:
    endpoints = list(db.scalars(select(WebhookEndpoint).where(
        WebhookEndpoint.tenant_id == viewer.tenant_id).order_by(WebhookEndpoint.active.desc(),
                                                                 WebhookEndpoint.id)))
    deliveries = list(db.scalars(select(OutboxMessage).where(
        OutboxMessage.tenant_id == viewer.tenant_id).order_by(OutboxMessage.id.desc()).limit(50)))
    counts = dict(db.execute(select(OutboxMessage.status, func.count()).where(
        OutboxMessage.tenant_id == viewer.tenant_id).group_by(OutboxMessage.status)).all())
    return render(request, "admin_webhooks.html.jinja",
                  {"endpoints": endpoints, "deliveries": deliveries, "counts": counts,
                   "kinds": WEBHOOK_KINDS, **extra}, status=status)


@router.get("/webhooks")
def webhooks_page(request: Request, db: DB, viewer: Admin) -> Response:
    return _webhooks_page(request, db, viewer)


@router.post("/webhooks")
def create_webhook(request: Request, db: DB, viewer: Admin, form: Form) -> Response:
    try:
        body = WebhookIn(kind=_field(form, "kind", 32), url=_field(form, "url", 2000))
    except ValidationError:
        return _webhooks_page(request, db, viewer, 400,
                              error="Choose a kind and give an http(s) URL.")
    try:
        request.app.state.webhook_targets.check_url(str(body.url))
    except TargetRejected as exc:
        return _webhooks_page(request, db, viewer, 400, error=f"This URL is not allowed: {exc}.")
    endpoint = WebhookEndpoint(tenant_id=viewer.tenant_id, kind=body.kind, url=str(body.url),
                               secret=new_secret(), active=True, created_at=utcnow())
    db.add(endpoint)
    db.flush()
    audit.record(db, viewer, "webhook.create", target_type="webhook", target_id=endpoint.id,
                 detail=f"{endpoint.kind} -> {endpoint.url}", ip=client_address(request))
    db.commit()
    return _webhooks_page(request, db, viewer, created=endpoint)


@router.post("/webhooks/{webhook_id}/deactivate")
def deactivate_webhook(request: Request, db: DB, viewer: Admin, form: Form, webhook_id: RowId) -> Response:
    endpoint = db.get(WebhookEndpoint, webhook_id)
    if endpoint is None or endpoint.tenant_id != viewer.tenant_id or not endpoint.active:
        return _webhooks_page(request, db, viewer, 404, error="There is no such active webhook.")
    endpoint.active = False
    audit.record(db, viewer, "webhook.deactivate", target_type="webhook", target_id=endpoint.id,
                 detail=f"{endpoint.kind} -> {endpoint.url}", ip=client_address(request))
    db.commit()
    return redirect("/admin/webhooks")


# ---- help resources ----------------------------------------------------------------------


@router.get("/resources")
def resources_page(request: Request, db: DB, viewer: Admin) -> Response:
    tenant = db.get(Tenant, viewer.tenant_id)
    catalogue = load_catalogue()
    return render(request, "admin_resources.html.jinja", {
        "tenant": tenant, "regions": available_regions(), "locales": available_locales(),
        "catalogue": catalogue, "settings": request.app.state.settings,
    })


@router.post("/resources")
def update_resources(request: Request, db: DB, viewer: Admin, form: Form) -> Response:
    region, locale = _field(form, "region", 8), _field(form, "locale", 16)
    tenant = db.get(Tenant, viewer.tenant_id)
    if tenant is None or (region and region not in available_regions()) or (
            locale and locale not in available_locales()):
        return render(request, "problem.html.jinja",
                      {"message": "Choose a region and a language from the lists.",
                       "back": "/admin/resources"}, status=400)
    tenant.region, tenant.locale = region or None, locale or None
    audit.record(db, viewer, "resources.update", target_type="tenant", target_id=tenant.id,
                 detail=f"region {region or 'default'}, language {locale or 'default'}",
                 ip=client_address(request))
    db.commit()
    # The live ingest runtime read these when it was built; give it the new values.
    ingest = getattr(request.app.state, "ingest", None)
    if ingest is not None:
        runtime = ingest.runtime(tenant.id)
        runtime.region, runtime.locale = tenant.region, tenant.locale
    return redirect("/admin/resources?saved=1")


# ---- audit log ------------------------------------------------------------------------------


def _date(value: str | None, end: bool = False) -> datetime | None:
    try:
        day = datetime.strptime(value or "", "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None
    return day + timedelta(days=1) if end else day


@router.get("/audit")
def audit_page(request: Request, db: DB, viewer: Admin) -> Response:
    params = request.query_params
    username = (params.get("user") or "").strip()[:64]
    action = params.get("action") or ""
    action = action if action in audit.ACTIONS else ""
    target = (params.get("alert") or "").strip()[:20]
    since, until = _date(params.get("from")), _date(params.get("to"), end=True)
    try:
        page = max(1, min(100_000, int(params.get("page", "1"))))
    except ValueError:
        page = 1
    query = select(AuditEntry).where(AuditEntry.tenant_id == viewer.tenant_id)
    if username:
        query = query.where(AuditEntry.username == username)
    if action:
        query = query.where(AuditEntry.action == action)
    if target:
        query = query.where(AuditEntry.target_type == "alert", AuditEntry.target_id == target)
    if since:
        query = query.where(AuditEntry.created_at >= since)
    if until:
        query = query.where(AuditEntry.created_at < until)
    entries = list(db.scalars(query.order_by(AuditEntry.id.desc())
                              .offset((page - 1) * AUDIT_PAGE).limit(AUDIT_PAGE + 1)))
    names = list(db.scalars(select(WebUser.name).where(WebUser.tenant_id == viewer.tenant_id)
                            .order_by(WebUser.name)))
    return render(request, "admin_audit.html.jinja", {
        "entries": entries[:AUDIT_PAGE], "more": len(entries) > AUDIT_PAGE, "page": page,
        "actions": audit.ACTIONS, "names": names,
        "filters": {"user": username, "action": action, "alert": target,
                    "from": params.get("from") or "", "to": params.get("to") or ""},
    })
