"""The web app's queries on PostgreSQL: sign-in, throttling, queue filters,
case view, actions and the audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from web.support import WebApp, post_form, sign_in

from watchkeeper.storage.models import Alert, Decision
from watchkeeper.storage.web_models import AuditEntry

pytestmark = pytest.mark.postgres


def test_moderation_flow_on_postgresql(postgres_web: WebApp) -> None:
    web = postgres_web
    web.seed("pg-a", "pg-b")
    web.add_user("pg-admin", "admin", "pg-a")
    web.add_user("pg-mod", "moderator", "pg-a")
    for _ in range(5):
        sign_in(web.client(), "pg-mod", "wrong password here")
    assert sign_in(web.client(), "pg-mod", "correct horse battery staple").status_code == 429
    admin = web.login("pg-admin")
    queue = admin.get("/queue?category=secrecy&platform=gaming").text
    assert "c1</a>" in queue and "c2</a>" in queue and "g1</a>" not in queue
    with web.sessions() as session:
        case = session.scalar(select(Alert.id).where(Alert.tenant_id == "pg-a", Alert.subject == "c1"))
    page = admin.get(f"/cases/{case}").text
    assert '<mark title="secrecy"' in page and "c2</a>" in page  # other alert of the suspect
    post_form(admin, "/queue", f"/cases/{case}/notes", {"note": "checked"})
    post_form(admin, "/queue", f"/cases/{case}/decision", {"decision": "dismiss", "reason": "known cousin"})
    with web.sessions() as session:
        assert session.scalar(select(Decision.note).where(Decision.alert_id == case)) == "known cousin"
        actions = set(session.scalars(select(AuditEntry.action).where(AuditEntry.tenant_id == "pg-a")))
    assert {"login.failed", "login.throttled", "login.success", "case.view", "case.note", "case.decision"} <= actions
    audit = admin.get(f"/admin/audit?action=case.decision&alert={case}&from=2000-01-01").text
    assert "dismiss: known cousin" in audit
