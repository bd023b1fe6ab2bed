"""Jinja2 rendering with the filters the pages share, and the response headers
every page gets (no caching of message text, a strict content security policy)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from watchkeeper.core.signals import CATEGORY_EXPLANATIONS, Category
from watchkeeper.storage.db import utcnow

# Account-level signs are not message categories; their plain words live here.
ACCOUNT_SIGN_EXPLANATIONS = {
    "copy_paste_opener": "Sends the same opening message to many people.",
    "new_account": "The account is very new.",
    "low_acceptance": "Most of its friend requests are declined.",
    "reported": "Other users have reported this account.",
}

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def category_label(category: str | None) -> str:
    if not category:
        return "—"
    return category.replace("_", " ")


def explain(category: str) -> str:
    try:
        return CATEGORY_EXPLANATIONS[Category(category)]
    except ValueError:
        return ACCOUNT_SIGN_EXPLANATIONS.get(category, "")


def waiting(since: datetime | None, now: datetime | None = None) -> str:
    """How long ago, in words: "12 min", "3 h", "2 days"."""
    if since is None:
        return "—"
    seconds = max(0.0, ((now or utcnow()) - since).total_seconds())
    if seconds < 90:
        return "just now"
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    if seconds < 2 * 86400:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} days"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def when(value: datetime | None) -> str:
    return "—" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


def risk_level(value: float | None) -> str:
    """A word for a risk, so colour is never the only cue."""
    if value is None:
        return "unknown"
    if value >= 0.9:
        return "very high"
    if value >= 0.75:
        return "high"
    if value >= 0.5:
        return "medium"
    return "low"


env = Environment(
    loader=PackageLoader("watchkeeper.web", "templates"),
    autoescape=select_autoescape(["html", "jinja"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
env.filters.update(
    category_label=category_label, explain=explain, waiting=waiting, percent=percent,
    when=when, risk_level=risk_level,
)


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, status: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    viewer = getattr(request.state, "viewer", None)
    values = {"request": request, "viewer": viewer,
              "csrf_token": viewer.csrf_token if viewer else getattr(request.state, "anon_csrf", ""),
              "path": request.url.path, **(context or {})}
    html = env.get_template(template).render(values)
    return HTMLResponse(html, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def redirect(url: str, status: int = 303) -> RedirectResponse:
    return RedirectResponse(url, status_code=status, headers=SECURITY_HEADERS)
