"""Request-level security for the web pages: who is signed in, what they may
see, and CSRF checks on every form.

Signed-in forms carry the session's CSRF token. The two public forms (sign-in
and self-check) use a double-submit token: a random cookie that the form must
repeat, which another site can neither read nor set.
"""

from __future__ import annotations

import secrets

from fastapi import Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from watchkeeper.api.deps import get_db
from watchkeeper.web.security import Viewer, resume_session, tokens_match

SESSION_COOKIE = "wk_session"
ANON_CSRF_COOKIE = "wk_csrf"
MAX_FORM_FIELDS = 50


class LoginRequired(Exception):
    """No valid session: the page answers with a redirect to the sign-in page."""


class Forbidden(Exception):
    def __init__(self, message: str = "This page is for administrators."):
        super().__init__(message)
        self.message = message


class NotFound(Exception):
    def __init__(self, message: str = "There is nothing here."):
        super().__init__(message)
        self.message = message


class CsrfRejected(Exception):
    """A form arrived without the token this site put in it."""


def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


def require_user(request: Request, db: Session = Depends(get_db)) -> Viewer:
    token = request.cookies.get(SESSION_COOKIE)
    viewer = resume_session(db, token) if token else None
    if viewer is None:
        raise LoginRequired()
    request.state.viewer = viewer
    return viewer


def require_admin(viewer: Viewer = Depends(require_user)) -> Viewer:
    if not viewer.is_admin:
        raise Forbidden()
    return viewer


async def read_form(request: Request) -> FormData:
    return await request.form(max_files=1, max_fields=MAX_FORM_FIELDS)


async def checked_form(request: Request, viewer: Viewer = Depends(require_user)) -> FormData:
    """The posted form of a signed-in person, after its CSRF token is checked."""
    form = await read_form(request)
    given = form.get("csrf_token")
    if not isinstance(given, str) or not tokens_match(viewer.csrf_token, given):
        raise CsrfRejected()
    return form


# ---- the public forms' double-submit token -------------------------------------


def anon_csrf_token(request: Request) -> str:
    """The token for a public form (reused from the cookie if there is one)."""
    token = request.cookies.get(ANON_CSRF_COOKIE)
    if not token or len(token) > 100:
        token = secrets.token_urlsafe(32)
    request.state.anon_csrf = token
    return token


def set_anon_csrf_cookie(request: Request, response: Response) -> Response:
    token = getattr(request.state, "anon_csrf", None)
    if token and request.cookies.get(ANON_CSRF_COOKIE) != token:
        response.set_cookie(ANON_CSRF_COOKIE, token, httponly=True, samesite="strict",
                            secure=is_https(request), path="/")
    return response


async def checked_public_form(request: Request) -> FormData:
    form = await read_form(request)
    given = form.get("csrf_token")
    expected = request.cookies.get(ANON_CSRF_COOKIE)
    if not isinstance(given, str) or not tokens_match(expected, given):
        raise CsrfRejected()
    request.state.anon_csrf = expected
    return form


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax",
                        secure=is_https(request), path="/")


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")
