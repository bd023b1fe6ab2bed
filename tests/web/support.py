"""Helpers for the web app tests: a running app with two tenants, users of each
role, and signed-in clients."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from service.support import Service, grooming, message

from watchkeeper.storage.web_models import WebUser
from watchkeeper.web import actions, cases
from watchkeeper.web.security import add_user

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
SEEN_STATUS = re.compile(r'name="seen_status" value="([^"]*)"')
ALERTS_FIELD = re.compile(r'name="alerts" value="([^"]*)"')
PASSWORD = "correct horse battery staple"


def csrf_of(page: Response) -> str:
    match = CSRF.search(page.text)
    assert match, f"no CSRF token on {page.request.url}"
    return match.group(1)


class WebApp:
    """One app (SQLite or PostgreSQL) with data in two tenants."""

    def __init__(self, database_url: str, **settings: Any):
        self.service = Service(database_url, access_log=True, **settings)
        self.app = self.service.app
        self.sessions = self.service.sessions

    def __enter__(self) -> WebApp:
        self.service.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.service.__exit__(*exc)

    # ---- data -----------------------------------------------------------------------
    def ingest(self, tenant: str, events: list[dict[str, Any]]) -> dict[str, Any]:
        response = self.service.post_events(self.service.key(tenant, "ingest"), events)
        assert response.status_code == 200, response.text
        return response.json()

    def seed(self, tenant: str, other_tenant: str) -> None:
        """`tenant`: two alerted conversations by the same suspect (c1 more alarming
        than c2), one quiet conversation, profiles with ages. `other_tenant`: one alert."""
        profiles = [{"type": "profile", "user": "adult", "ts": "2026-03-01T10:00:00Z", "stated_age": 16,
                     "created": "2026-02-20T10:00:00Z"},
                    {"type": "profile", "user": "kid", "ts": "2026-03-01T10:00:00Z", "stated_age": 13}]
        quiet = [message("q-m1", "see you at practice", conversation="quiet", sender="coach",
                         recipient="kid", minute=1)]
        second = [message(f"c2-m{i}", text, conversation="c2", sender="adult", recipient="kid2",
                          minute=30 + i)
                  for i, text in enumerate(["what school do you go to", "this is our secret ok",
                                            "add me on snap", "send me a pic"])]
        self.ingest(tenant, profiles + grooming("c1") + quiet + second)
        self.ingest(other_tenant, grooming("g1"))

    def add_user(self, name: str, role: str, tenant: str, password: str = PASSWORD) -> None:
        with self.sessions() as session:
            add_user(session, name, role, tenant, password)
            session.commit()

    def user(self, name: str) -> WebUser | None:
        from sqlalchemy import select

        with self.sessions() as session:
            return session.scalar(select(WebUser).where(WebUser.name == name))

    # ---- clients --------------------------------------------------------------------
    def client(self, **kwargs: Any) -> TestClient:
        """A separate browser (own cookies) on the already running app."""
        return TestClient(self.app, follow_redirects=False, **kwargs)

    def login(self, name: str, password: str = PASSWORD, **kwargs: Any) -> TestClient:
        client = self.client(**kwargs)
        response = sign_in(client, name, password)
        assert response.status_code == 303, response.text
        return client


def sign_in(client: TestClient, name: str, password: str) -> Response:
    page = client.get("/login")
    return client.post("/login", data={"username": name, "password": password,
                                       "csrf_token": csrf_of(page), "next": "/queue"})


def post_form(client: TestClient, page_path: str, action: str, data: dict[str, Any] | None = None,
              **kwargs: Any) -> Response:
    """Submit a form the way a browser does: read the token from the page first."""
    token = csrf_of(client.get(page_path))
    return client.post(action, data={"csrf_token": token, **(data or {})}, **kwargs)


def case_form(client: TestClient, case: int) -> dict[str, str]:
    """The hidden fields of the case page's decision form: its CSRF token and the status shown."""
    page = client.get(f"/cases/{case}")
    seen = SEEN_STATUS.search(page.text)
    assert seen, f"no seen_status in the decision form of case {case}"
    return {"csrf_token": csrf_of(page), "seen_status": seen.group(1)}


def suspect_form(client: TestClient, suspect: str = "adult") -> tuple[str, str, str]:
    """The form on the suspect's queue page: its action, the alert ids it lists and its CSRF token."""
    page = client.get("/queue", params={"suspect": suspect})
    action = re.search(r'action="(/suspects/[^"]+)"', page.text)
    ids = ALERTS_FIELD.search(page.text)
    assert action and ids, "no decision form for the suspect"
    return action.group(1), ids.group(1), csrf_of(page)


def at_once(*posts: Callable[[], Response]) -> list[Response]:
    """Send decision forms from parallel threads so that their decisions overlap: each
    request, once it has read its alerts, waits until all have read theirs, and recording
    a decision is slowed down, so the first to decide is still at it when the others try."""
    everyone_read = threading.Barrier(len(posts), timeout=20)

    def then_wait(read: Callable[..., Any]) -> Callable[..., Any]:
        def reading(*args: Any, **kwargs: Any) -> Any:
            result = read(*args, **kwargs)
            everyone_read.wait()
            return result
        return reading

    record = actions.record_decision

    def slow_record(*args: Any, **kwargs: Any) -> int:
        time.sleep(0.3)
        return record(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cases, "tenant_alert", then_wait(cases.tenant_alert))  # the case's form
        patch.setattr(cases, "suspect_alerts", then_wait(cases.suspect_alerts))  # the suspect's
        patch.setattr(actions, "record_decision", slow_record)
        with ThreadPoolExecutor(len(posts)) as pool:
            return list(pool.map(lambda post: post(), posts))
