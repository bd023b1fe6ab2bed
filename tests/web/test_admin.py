"""Administrators manage users, API keys, webhooks and help resources from the web app."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from web.conftest import Site
from web.support import post_form, sign_in

from watchkeeper.storage.keys import hash_token
from watchkeeper.storage.models import ApiKey, Tenant, WebhookEndpoint
from watchkeeper.storage.web_models import AuditEntry


def actions(site: Site) -> list[str]:
    with site.web.sessions() as session:
        return list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.tenant_id == site.tenant, AuditEntry.username == site.admin_name,
            AuditEntry.action != "login.success").order_by(AuditEntry.id)))


def test_admin_adds_a_user_who_can_sign_in(site: Site) -> None:
    name = f"new-{site.tenant[2:]}"
    page = post_form(site.admin, "/admin/users", "/admin/users", {"username": name, "role": "moderator"})
    assert page.status_code == 200
    password = re.search(r"<code>([^<]+)</code>", page.text).group(1)
    assert len(password) >= 16
    assert sign_in(site.web.client(), name, password).status_code == 303
    user = site.web.user(name)
    assert (user.tenant_id, user.role) == (site.tenant, "moderator")
    assert user.password_hash.startswith("$argon2id$") and password not in user.password_hash
    assert actions(site) == ["user.create"]


def test_bad_or_duplicate_user_names_are_refused(site: Site) -> None:
    for name in ("x", "has space", site.moderator_name):
        response = post_form(site.admin, "/admin/users", "/admin/users", {"username": name, "role": "moderator"})
        assert response.status_code == 400, name
    bad_role = post_form(site.admin, "/admin/users", "/admin/users", {"username": "okname", "role": "root"})
    assert bad_role.status_code == 400
    assert actions(site) == []


def test_password_reset_shows_a_new_password_once(site: Site) -> None:
    user_id = site.web.user(site.moderator_name).id
    page = post_form(site.admin, "/admin/users", f"/admin/users/{user_id}", {"change": "password"})
    password = re.search(r"<code>([^<]+)</code>", page.text).group(1)
    assert site.moderator.get("/queue").status_code == 303  # old session ended
    assert sign_in(site.web.client(), site.moderator_name, password).status_code == 303
    assert password not in site.admin.get("/admin/users").text
    assert actions(site) == ["user.password_reset"]


def test_api_keys_created_and_revoked_from_the_web(site: Site) -> None:
    page = post_form(site.admin, "/admin/keys", "/admin/keys", {"scope": ["read", "ingest"], "label": "crm"})
    token = re.search(r"<code>(wk_[^<]+)</code>", page.text).group(1)
    headers = {"Authorization": f"Bearer {token}"}
    alerts = site.web.service.client.get("/v1/alerts", headers=headers)
    assert alerts.status_code == 200 and {a["subject"] for a in alerts.json()["alerts"]} == {"c1", "c2"}
    with site.web.sessions() as session:
        key = session.scalar(select(ApiKey).where(ApiKey.tenant_id == site.tenant, ApiKey.label == "crm"))
    assert key.scopes == "ingest,read" and token not in site.admin.get("/admin/keys").text
    post_form(site.admin, "/admin/keys", f"/admin/keys/{key.id}/revoke")
    assert site.web.service.client.get("/v1/alerts", headers=headers).status_code == 401
    assert actions(site) == ["key.create", "key.revoke"]


def test_api_key_rotated_from_the_web_shows_the_new_token_once(site: Site) -> None:
    from watchkeeper.storage.keys import create_key

    with site.web.sessions() as session:
        old = create_key(session, site.tenant, "read,ingest", label="crm", rate_limit_per_second=3.0)
        session.commit()
    listing = site.admin.get("/admin/keys").text
    assert f'action="/admin/keys/{old.id}/rotate"' in listing
    page = post_form(site.admin, "/admin/keys", f"/admin/keys/{old.id}/rotate")
    assert page.status_code == 200
    tokens = re.findall(r"<code>(wk_[^<]+)</code>", page.text)
    assert len(tokens) == 1 and tokens[0] != old.token and old.id in page.text
    with site.web.sessions() as session:
        new = session.scalar(select(ApiKey).where(ApiKey.token_hash == hash_token(tokens[0])))
        assert (new.tenant_id, new.scopes, new.label, new.rate_limit_per_second) == (
            site.tenant, "ingest,read", "crm", 3.0)
        assert session.get(ApiKey, old.id).revoked_at is not None
        entry = session.scalar(select(AuditEntry).where(AuditEntry.tenant_id == site.tenant,
                                                        AuditEntry.action == "key.rotate"))
        assert entry.target_id == new.id and old.id in entry.detail and tokens[0] not in entry.detail
    api = site.web.service.client
    assert api.get("/v1/alerts", headers={"Authorization": f"Bearer {old.token}"}).status_code == 401
    assert api.get("/v1/alerts", headers={"Authorization": f"Bearer {tokens[0]}"}).status_code == 200
    later = site.admin.get("/admin/keys").text
    assert tokens[0] not in later  # shown once
    assert f'action="/admin/keys/{old.id}/rotate"' not in later and f'action="/admin/keys/{new.id}/rotate"' in later
    again = post_form(site.admin, "/admin/keys", f"/admin/keys/{old.id}/rotate")
    assert again.status_code == 404 and "wk_" not in again.text
    assert actions(site) == ["key.rotate"]


def test_api_key_rotation_refused_without_csrf_or_admin_or_for_another_tenant(site: Site) -> None:
    from watchkeeper.storage.keys import create_key

    with site.web.sessions() as session:
        own = create_key(session, site.tenant, "read")
        foreign = create_key(session, site.other, "read")
        session.commit()

    def all_keys() -> int:  # revoked ones too: a rotation leaves the live count unchanged
        with site.web.sessions() as session:
            return session.scalar(select(func.count()).select_from(ApiKey).where(
                ApiKey.tenant_id.in_([site.tenant, site.other])))

    before = all_keys()
    site.admin.get("/admin/keys")
    no_csrf = site.admin.post(f"/admin/keys/{own.id}/rotate", data={})
    assert no_csrf.status_code == 403 and "wk_" not in no_csrf.text
    moderator = post_form(site.moderator, "/queue", f"/admin/keys/{own.id}/rotate")
    assert moderator.status_code == 403 and "wk_" not in moderator.text
    other = post_form(site.admin, "/admin/keys", f"/admin/keys/{foreign.id}/rotate")
    assert other.status_code == 404 and "wk_" not in other.text
    assert all_keys() == before
    with site.web.sessions() as session:
        for key_id in (own.id, foreign.id):
            assert session.get(ApiKey, key_id).revoked_at is None
    assert actions(site) == []


def test_api_key_needs_a_scope(site: Site) -> None:
    response = post_form(site.admin, "/admin/keys", "/admin/keys", {"label": "none"})
    assert response.status_code == 400


def test_other_tenants_keys_cannot_be_revoked(site: Site) -> None:
    from watchkeeper.storage.keys import create_key

    with site.web.sessions() as session:
        foreign = create_key(session, site.other, "read")
        session.commit()
    response = post_form(site.admin, "/admin/keys", f"/admin/keys/{foreign.id}/revoke")
    assert response.status_code == 404
    with site.web.sessions() as session:
        assert session.get(ApiKey, foreign.id).revoked_at is None


def test_webhooks_registered_and_deactivated(site: Site) -> None:
    bad = post_form(site.admin, "/admin/webhooks", "/admin/webhooks", {"kind": "alert.raised", "url": "ftp://x"})
    assert bad.status_code == 400
    for url in ("http://169.254.169.254/latest/meta-data/", "http://user:pw@platform.example/h"):
        refused = post_form(site.admin, "/admin/webhooks", "/admin/webhooks",
                            {"kind": "alert.raised", "url": url})
        assert refused.status_code == 400 and "This URL is not allowed" in refused.text
    page = post_form(site.admin, "/admin/webhooks", "/admin/webhooks",
                     {"kind": "safety_message", "url": "https://platform.example/hooks"})
    assert re.search(r"<code>whsec_[^<]+</code>", page.text)
    with site.web.sessions() as session:
        hook = session.scalar(select(WebhookEndpoint).where(WebhookEndpoint.tenant_id == site.tenant))
    assert (hook.kind, hook.url, hook.active) == ("safety_message", "https://platform.example/hooks", True)
    assert hook.secret not in site.admin.get("/admin/webhooks").text
    post_form(site.admin, "/admin/webhooks", f"/admin/webhooks/{hook.id}/deactivate")
    with site.web.sessions() as session:
        assert session.get(WebhookEndpoint, hook.id).active is False
    assert actions(site) == ["webhook.create", "webhook.deactivate"]


def test_help_resources_region_and_language(site: Site) -> None:
    page = site.admin.get("/admin/resources").text
    assert "1-833-900-1010" in page and "0800 1111" in page and "1-888-373-7888" in page
    response = post_form(site.admin, "/admin/resources", "/admin/resources", {"region": "US", "locale": "fr"})
    assert response.status_code == 303
    with site.web.sessions() as session:
        tenant = session.get(Tenant, site.tenant)
    assert (tenant.region, tenant.locale) == ("US", "fr")
    runtime = site.web.app.state.ingest.runtime(site.tenant)
    assert (runtime.region, runtime.locale) == ("US", "fr")
    # The safety message preview now defaults to the tenant's choice.
    preview = site.moderator.get("/safety").text
    assert "1-888-373-7888" in preview and "Tu n&#39;es pas seul" in preview
    bad = post_form(site.admin, "/admin/resources", "/admin/resources", {"region": "ZZ"})
    assert bad.status_code == 400
    assert actions(site) == ["resources.update"]


def test_safety_preview_per_category_locale_and_region(site: Site) -> None:
    page = site.moderator.get("/safety?category=threats&locale=en&region=UK").text
    assert "This is not your fault, and you are not alone." in page
    assert "0800 1111" in page and "you do not have to give them anything more" in page
    every_theme = site.moderator.get("/safety").text
    assert every_theme.count('class="phone"') >= 6
