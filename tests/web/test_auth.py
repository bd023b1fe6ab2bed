"""Authentication and authorisation for every page and every form of the web app:
no access without sign-in, moderators kept out of admin pages, CSRF enforced,
tenants kept apart, sessions that end when they should."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from web.conftest import Site
from web.support import PASSWORD, csrf_of, post_form, sign_in

from watchkeeper.storage.keys import create_key
from watchkeeper.storage.models import Alert, ApiKey, Decision, OutboxMessage, WebhookEndpoint
from watchkeeper.storage.web_models import AuditEntry, CaseNote, WebSession, WebUser
from watchkeeper.web import pages_admin, pages_auth, pages_cases, pages_public

# Every route of the web app, by who may use it. A new route fails
# test_every_route_is_listed until it is added here (and so tested below).
USER_PAGES = ["/queue", "/cases/{alert}", "/safety", "/account"]
ADMIN_PAGES = ["/admin/users", "/admin/keys", "/admin/webhooks", "/admin/resources", "/admin/audit"]
PUBLIC_PAGES = ["/", "/login", "/check"]
USER_FORMS: dict[str, dict[str, str]] = {
    "/logout": {},
    "/account/password": {"current_password": PASSWORD, "new_password": "x" * 20, "confirm_password": "x" * 20},
    "/cases/{alert}/decision": {"decision": "dismiss", "reason": "test"},
    "/cases/{alert}/suspend": {"reason": "test"},
    "/cases/{alert}/safety-message": {"recipient": "kid", "locale": "en", "region": "CA"},
    "/cases/{alert}/notes": {"note": "test"},
    "/suspects/{suspect}/decision": {"decision": "dismiss", "reason": "test", "alerts": "{alert}"},
}
ADMIN_FORMS: dict[str, dict[str, str]] = {
    "/admin/users": {"username": "newbie-{suffix}", "role": "moderator"},
    "/admin/users/{user}": {"change": "disable"},
    "/admin/keys": {"scope": "read", "label": "x"},
    "/admin/keys/{key}/revoke": {},
    "/admin/keys/{key}/rotate": {},
    "/admin/webhooks": {"kind": "alert.raised", "url": "https://example.org/hook"},
    "/admin/webhooks/{webhook}/deactivate": {},
    "/admin/resources": {"region": "US", "locale": "fr"},
}
PUBLIC_FORMS: dict[str, dict[str, str]] = {
    "/login": {"username": "nobody", "password": "nothing-at-all"},
    "/check": {"conversation": "a: hello\nb: hi"},
}


def ids(site: Site) -> dict[str, Any]:
    """Path parameters that exist in the site's tenant."""
    with site.web.sessions() as session:
        alert = session.scalar(select(Alert.id).where(Alert.tenant_id == site.tenant,
                                                      Alert.subject == "c1"))
        user = session.scalar(select(WebUser.id).where(WebUser.name == site.moderator_name))
        key = create_key(session, site.tenant, "read")
        hook = WebhookEndpoint(tenant_id=site.tenant, kind="alert.raised", url="https://example.org/x",
                               secret="whsec_x", active=True)
        session.add(hook)
        session.commit()
        return {"alert": alert, "user": user, "key": key.id, "webhook": hook.id,
                "suffix": site.tenant[2:], "suspect": "adult"}


def fill(path: str, values: dict[str, Any]) -> str:
    return path.format(**values)


def side_effects(site: Site) -> dict[str, int]:
    """Rows a form could create or change in the site's tenant."""
    with site.web.sessions() as session:
        def count(model: Any, *where: Any) -> int:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

        return {
            "decisions": count(Decision, Decision.tenant_id == site.tenant),
            "notes": count(CaseNote, CaseNote.tenant_id == site.tenant),
            "outbox": count(OutboxMessage, OutboxMessage.tenant_id == site.tenant),
            "users": count(WebUser, WebUser.tenant_id == site.tenant, WebUser.active.is_(True)),
            "keys": count(ApiKey, ApiKey.tenant_id == site.tenant, ApiKey.revoked_at.is_(None)),
            # A rotation leaves the live count unchanged but adds a key.
            "all_keys": count(ApiKey, ApiKey.tenant_id == site.tenant),
            "hooks": count(WebhookEndpoint, WebhookEndpoint.tenant_id == site.tenant,
                           WebhookEndpoint.active.is_(True)),
            "open": count(Alert, Alert.tenant_id == site.tenant, Alert.status == "open"),
            "actions": count(AuditEntry, AuditEntry.tenant_id == site.tenant,
                             AuditEntry.action.not_in(("login.success", "login.failed", "case.view"))),
            "sessions": count(WebSession),
        }


def test_every_route_is_listed(site: Site) -> None:
    listed = {("GET", p) for p in USER_PAGES + ADMIN_PAGES + PUBLIC_PAGES}
    listed |= {("POST", p) for p in [*USER_FORMS, *ADMIN_FORMS, *PUBLIC_FORMS]}
    routes = set()
    for module in (pages_admin, pages_auth, pages_cases, pages_public):
        for route in module.router.routes:
            for method in route.methods - {"HEAD"}:
                routes.add((method, route.path.replace("{alert_id}", "{alert}").replace(
                    "{user_id}", "{user}").replace("{key_id}", "{key}").replace("{webhook_id}", "{webhook}")
                    .replace("{suspect:path}", "{suspect}")))
    assert routes == listed


@pytest.mark.parametrize("path", USER_PAGES + ADMIN_PAGES)
def test_pages_need_sign_in(site: Site, path: str) -> None:
    url = fill(path, ids(site))
    response = site.anonymous.get(url)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")
    assert "c1-m" not in response.text


@pytest.mark.parametrize("path", [*USER_FORMS, *ADMIN_FORMS])
def test_forms_need_sign_in(site: Site, path: str) -> None:
    values = ids(site)
    before = side_effects(site)
    data = {k: fill(v, values) for k, v in {**USER_FORMS, **ADMIN_FORMS}[path].items()}
    # A token from a public page does not stand in for a session.
    token = csrf_of(site.anonymous.get("/login"))
    response = site.anonymous.post(fill(path, values), data={"csrf_token": token, **data})
    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    assert side_effects(site) == before


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_moderator_is_refused_admin_pages(site: Site, path: str) -> None:
    response = site.moderator.get(path)
    assert response.status_code == 403
    assert "for administrators" in response.text


@pytest.mark.parametrize("path", list(ADMIN_FORMS))
def test_moderator_is_refused_admin_forms(site: Site, path: str) -> None:
    values = ids(site)
    before = side_effects(site)
    data = {k: fill(v, values) for k, v in ADMIN_FORMS[path].items()}
    response = post_form(site.moderator, "/queue", fill(path, values), data)
    assert response.status_code == 403
    assert side_effects(site) == before


@pytest.mark.parametrize("path", USER_PAGES + ADMIN_PAGES)
def test_admin_sees_every_page(site: Site, path: str) -> None:
    response = site.admin.get(fill(path, ids(site)))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("path", USER_PAGES)
def test_moderator_sees_user_pages(site: Site, path: str) -> None:
    assert site.moderator.get(fill(path, ids(site))).status_code == 200


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_need_no_sign_in(site: Site, path: str) -> None:
    response = site.anonymous.get(path)
    assert response.status_code == (303 if path == "/" else 200)


@pytest.mark.parametrize("token", [None, "forged-token"])
@pytest.mark.parametrize("path", [*USER_FORMS, *ADMIN_FORMS])
def test_signed_in_forms_reject_missing_or_wrong_csrf(site: Site, path: str, token: str | None) -> None:
    values = ids(site)
    before = side_effects(site)
    data = {k: fill(v, values) for k, v in {**USER_FORMS, **ADMIN_FORMS}[path].items()}
    if token:
        data["csrf_token"] = token
    response = site.admin.post(fill(path, values), data=data)
    assert response.status_code == 403
    assert "Form not accepted" in response.text
    assert side_effects(site) == before


def test_another_sessions_token_is_rejected(site: Site) -> None:
    values = ids(site)
    moderators_token = csrf_of(site.moderator.get("/queue"))
    response = site.admin.post(fill("/cases/{alert}/notes", values),
                               data={"csrf_token": moderators_token, "note": "x"})
    assert response.status_code == 403


@pytest.mark.parametrize("token", [None, "forged-token"])
@pytest.mark.parametrize("path", list(PUBLIC_FORMS))
def test_public_forms_reject_missing_or_wrong_csrf(site: Site, path: str, token: str | None) -> None:
    site.anonymous.get(path if path != "/login" else "/login")  # sets the form cookie
    data = dict(PUBLIC_FORMS[path])
    if token:
        data["csrf_token"] = token
    response = site.anonymous.post(path, data=data)
    assert response.status_code == 403


def test_public_form_token_without_its_cookie_is_rejected(site: Site) -> None:
    token = csrf_of(site.anonymous.get("/login"))
    fresh = site.web.client()  # another browser: no cookie
    response = fresh.post("/login", data={"csrf_token": token, "username": site.admin_name,
                                          "password": PASSWORD})
    assert response.status_code == 403


def test_sign_in_failure_and_success_are_audited(site: Site) -> None:
    client = site.web.client()
    assert sign_in(client, site.moderator_name, "wrong password!").status_code == 401
    assert sign_in(client, site.moderator_name, PASSWORD).status_code == 303
    with site.web.sessions() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.username == site.moderator_name).order_by(AuditEntry.id)))
    assert actions[-2:] == ["login.failed", "login.success"]


def test_unknown_user_and_wrong_password_look_the_same(site: Site) -> None:
    client = site.web.client()
    unknown = sign_in(client, "no-such-user", PASSWORD)
    wrong = sign_in(client, site.moderator_name, "not the password")
    assert unknown.status_code == wrong.status_code == 401
    assert "do not match" in unknown.text and "do not match" in wrong.text


def test_login_is_throttled_after_repeated_failures(site: Site) -> None:
    client = site.web.client()
    for _ in range(5):
        assert sign_in(client, site.moderator_name, "guess guess guess").status_code == 401
    # Even the right password is refused while throttled.
    response = sign_in(client, site.moderator_name, PASSWORD)
    assert response.status_code == 429
    assert "wk_session" not in response.headers.get("set-cookie", "")
    # Other people can still sign in.
    assert sign_in(site.web.client(), site.admin_name, PASSWORD).status_code == 303
    with site.web.sessions() as session:
        throttled = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "login.throttled", AuditEntry.username == site.moderator_name))
    assert throttled == 1


def test_session_cookie_is_httponly_and_samesite(site: Site) -> None:
    client = site.web.client()
    response = sign_in(client, site.admin_name, PASSWORD)
    cookie = response.headers["set-cookie"].lower()
    assert "wk_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie  # plain http (a local demo)


def test_session_cookie_is_secure_over_https(site: Site) -> None:
    client = site.web.client(base_url="https://testserver")
    response = sign_in(client, site.admin_name, PASSWORD)
    assert "secure" in response.headers["set-cookie"].lower()


def test_logout_ends_the_session(site: Site) -> None:
    old_cookie = site.moderator.cookies.get("wk_session")
    response = post_form(site.moderator, "/queue", "/logout")
    assert response.status_code == 303 and response.headers["location"] == "/login"
    replay = site.web.client()
    replay.cookies.set("wk_session", old_cookie)
    assert replay.get("/queue").status_code == 303


def test_forged_session_cookie_is_refused(site: Site) -> None:
    client = site.web.client()
    client.cookies.set("wk_session", "made-up-token")
    assert client.get("/queue").status_code == 303


def test_disabling_a_user_ends_their_sessions(site: Site) -> None:
    user_id = site.web.user(site.moderator_name).id
    response = post_form(site.admin, "/admin/users", f"/admin/users/{user_id}", {"change": "disable"})
    assert response.status_code == 303
    assert site.moderator.get("/queue").status_code == 303
    assert sign_in(site.web.client(), site.moderator_name, PASSWORD).status_code == 401


def test_role_change_applies_at_next_sign_in(site: Site) -> None:
    user_id = site.web.user(site.moderator_name).id
    post_form(site.admin, "/admin/users", f"/admin/users/{user_id}", {"change": "role", "role": "admin"})
    assert site.moderator.get("/admin/users").status_code == 303  # signed out
    promoted = site.web.login(site.moderator_name)
    assert promoted.get("/admin/users").status_code == 200


def test_admin_cannot_lock_themself_out(site: Site) -> None:
    own_id = site.web.user(site.admin_name).id
    response = post_form(site.admin, "/admin/users", f"/admin/users/{own_id}", {"change": "disable"})
    assert response.status_code == 400
    assert site.web.user(site.admin_name).active


def test_admin_cannot_touch_another_tenants_user(site: Site) -> None:
    foreign = site.web.user(f"adm-{site.tenant[2:]}-other")
    response = post_form(site.admin, "/admin/users", f"/admin/users/{foreign.id}", {"change": "disable"})
    assert response.status_code == 404
    assert site.web.user(foreign.name).active


def test_change_own_password(site: Site) -> None:
    new = "a brand new passphrase"
    wrong = post_form(site.moderator, "/account", "/account/password",
                      {"current_password": "nope", "new_password": new, "confirm_password": new})
    assert wrong.status_code == 400
    short = post_form(site.moderator, "/account", "/account/password",
                      {"current_password": PASSWORD, "new_password": "short", "confirm_password": "short"})
    assert short.status_code == 400 and "12 characters" in short.text
    done = post_form(site.moderator, "/account", "/account/password",
                     {"current_password": PASSWORD, "new_password": new, "confirm_password": new})
    assert done.status_code == 303
    assert site.moderator.get("/queue").status_code == 303  # signed out everywhere
    assert sign_in(site.web.client(), site.moderator_name, PASSWORD).status_code == 401
    assert sign_in(site.web.client(), site.moderator_name, new).status_code == 303


def test_tenants_never_see_each_other(site: Site) -> None:
    with site.web.sessions() as session:
        foreign = session.scalar(select(Alert.id).where(Alert.tenant_id == site.other))
    assert site.admin.get(f"/cases/{foreign}").status_code == 404
    queue = site.admin.get("/queue?status=all").text
    assert f'href="/cases/{foreign}"' not in queue and "g1</a>" not in queue
    values = ids(site)
    for path, data in USER_FORMS.items():
        if "{alert}" in path:
            response = post_form(site.admin, "/queue", path.format(alert=foreign), data)
            assert response.status_code == 404, path
    with site.web.sessions() as session:
        assert session.scalar(select(Alert.status).where(Alert.id == foreign)) == "open"
    assert values  # the site's own ids still resolve


def test_sign_in_redirects_only_to_local_paths(site: Site) -> None:
    client = site.web.client()
    page = client.get("/login?next=//evil.example/x")
    response = client.post("/login", data={"username": site.admin_name, "password": PASSWORD,
                                           "csrf_token": csrf_of(page), "next": "https://evil.example/"})
    assert response.headers["location"] == "/queue"
    assert 'name="next" value="/queue"' in page.text


def test_sign_in_returns_to_the_page_asked_for(site: Site) -> None:
    client = site.web.client()
    redirect = client.get("/admin/audit?action=case.view")
    assert redirect.headers["location"] == "/login?next=/admin/audit%3Faction%3Dcase.view"
    page = client.get(redirect.headers["location"])
    response = client.post("/login", data={"username": site.admin_name, "password": PASSWORD,
                                           "csrf_token": csrf_of(page),
                                           "next": "/admin/audit?action=case.view"})
    assert response.headers["location"] == "/admin/audit?action=case.view"


def test_pages_send_security_headers(site: Site) -> None:
    for client, path in [(site.admin, "/queue"), (site.anonymous, "/check"), (site.anonymous, "/login")]:
        headers = client.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["cache-control"] == "no-store"
        assert headers["x-content-type-options"] == "nosniff"


def test_web_routes_are_not_in_the_api_schema(site: Site) -> None:
    paths = site.web.app.openapi()["paths"]
    assert not [p for p in paths if p.startswith(("/admin", "/cases", "/queue", "/check", "/login"))]
