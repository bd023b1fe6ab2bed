"""Sign in, sign out, change one's own password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from watchkeeper.api.deps import get_db
from watchkeeper.storage.web_models import WebUser
from watchkeeper.web import audit
from watchkeeper.web.auth import (
    SESSION_COOKIE,
    anon_csrf_token,
    checked_form,
    checked_public_form,
    clear_session_cookie,
    client_address,
    require_user,
    set_anon_csrf_cookie,
    set_session_cookie,
)
from watchkeeper.web.security import (
    UserError,
    Viewer,
    end_session,
    login_throttled,
    resume_session,
    set_password,
    start_session,
    verify_password,
)
from watchkeeper.web.templating import redirect, render

router = APIRouter(include_in_schema=False)
DB = Annotated[Session, Depends(get_db)]


def safe_next(target: str | None) -> str:
    """Only local paths: the sign-in page must not redirect to another site."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/queue"


def _login_page(request: Request, next_url: str, error: str | None = None, status: int = 200,
                name: str = "") -> Response:
    anon_csrf_token(request)
    response = render(request, "login.html.jinja",
                      {"next": next_url, "error": error, "name": name}, status=status)
    return set_anon_csrf_cookie(request, response)


@router.get("/")
def home(request: Request, db: DB) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    return redirect("/queue" if token and resume_session(db, token) else "/login")


@router.get("/login")
def login_form(request: Request, db: DB, next: str | None = None) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token and resume_session(db, token):
        return redirect(safe_next(next))
    return _login_page(request, safe_next(next))


@router.post("/login")
def login(request: Request, db: DB, form: Annotated[FormData, Depends(checked_public_form)]) -> Response:
    name = str(form.get("username") or "").strip()[:64]
    password = str(form.get("password") or "")
    next_url = safe_next(str(form.get("next") or ""))
    address = client_address(request)
    if not name or not password:
        return _login_page(request, next_url, "Enter your user name and password.", 400, name)
    user = db.scalar(select(WebUser).where(WebUser.name == name))
    if login_throttled(db, name, address):
        audit.record(db, None, "login.throttled", username=name, ip=address,
                     tenant_id=user.tenant_id if user else None)
        db.commit()
        return _login_page(request, next_url,
                           "Too many failed attempts. Wait 15 minutes, then try again.", 429, name)
    if not verify_password(user, password) or user is None or not user.active:
        audit.record(db, None, "login.failed", username=name, ip=address,
                     tenant_id=user.tenant_id if user else None)
        db.commit()
        return _login_page(request, next_url, "That user name and password do not match.", 401, name)
    token = start_session(db, user)
    audit.record(db, None, "login.success", username=user.name, ip=address,
                 tenant_id=user.tenant_id, user_id=user.id)
    db.commit()
    response = redirect(next_url)
    set_session_cookie(request, response, token)
    return response


@router.post("/logout")
def logout(
    request: Request, db: DB, viewer: Annotated[Viewer, Depends(require_user)],
    form: Annotated[FormData, Depends(checked_form)],
) -> Response:
    end_session(db, viewer.session_hash)
    audit.record(db, viewer, "logout", ip=client_address(request))
    db.commit()
    response = redirect("/login")
    clear_session_cookie(response)
    return response


@router.get("/account")
def account_page(request: Request, viewer: Annotated[Viewer, Depends(require_user)]) -> Response:
    return render(request, "account.html.jinja")


@router.post("/account/password")
def change_password(
    request: Request, db: DB, viewer: Annotated[Viewer, Depends(require_user)],
    form: Annotated[FormData, Depends(checked_form)],
) -> Response:
    user = db.get(WebUser, viewer.user_id)
    current = str(form.get("current_password") or "")
    new = str(form.get("new_password") or "")
    if user is None or not verify_password(user, current):
        return render(request, "account.html.jinja",
                      {"error": "The current password is not right."}, status=400)
    if new != str(form.get("confirm_password") or ""):
        return render(request, "account.html.jinja",
                      {"error": "The two new passwords differ."}, status=400)
    try:
        set_password(db, user, new)  # ends every session, this one too
    except UserError as exc:
        return render(request, "account.html.jinja", {"error": str(exc)}, status=400)
    audit.record(db, viewer, "password.change", target_type="user", target_id=user.id,
                 ip=client_address(request))
    db.commit()
    response = redirect("/login")
    clear_session_cookie(response)
    return response
