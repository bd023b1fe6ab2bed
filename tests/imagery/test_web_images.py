"""The web case view's "Add to bank" on an image: only once the alert is decided,
only the case's own images, only the moderator's own tenant; audited; the next
copy of the picture raises an alert."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from argon2 import PasswordHasher, profiles
from imagery.generated_images import encode, scene
from imagery.support_service import image_engine
from service.support import grooming
from sqlalchemy import select
from web.support import WebApp, post_form

from watchkeeper.imagery.hashing import hash_image
from watchkeeper.storage.models import Alert
from watchkeeper.storage.web_models import AuditEntry
from watchkeeper.web import security

PICTURE = hash_image(encode(scene(51)))


@pytest.fixture
def web(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[WebApp]:
    monkeypatch.setattr(security, "hasher", PasswordHasher.from_parameters(profiles.CHEAPEST))
    with WebApp(database_url, engine_factory=image_engine) as app:
        yield app


def seed(web: WebApp, tenant: str) -> dict[str, Any]:
    admin = web.service.key(tenant, "admin")
    web.service.client.post("/v1/banks", headers=admin, json={"name": "confirmed"})
    web.ingest(tenant, [
        {"type": "image", "id": "img1", "conversation": "c1", "sender": "adult", "recipients": ["kid"],
         "ts": "2026-03-02T15:00:00Z", "sha256": PICTURE.sha256, "pdq": PICTURE.pdq,
         "pdq_quality": PICTURE.pdq_quality},
        *grooming(),
    ])
    with web.sessions() as session:
        alert = session.scalar(select(Alert.id).where(Alert.tenant_id == tenant, Alert.subject == "c1"))
    return {"alert": alert, "admin": admin}


def test_a_moderator_adds_a_decided_cases_image_to_a_bank(web: WebApp, tenant: str) -> None:
    case, other = seed(web, tenant), seed(web, tenant + "-o")
    web.add_user(f"mod-{tenant}", "moderator", tenant)
    moderator = web.login(f"mod-{tenant}")
    page = f"/cases/{case['alert']}"
    form = {"image": "img1", "bank": "confirmed"}
    assert "Add to bank" not in moderator.get(page).text  # not before a decision
    assert post_form(moderator, page, f"{page}/bank-image", form).status_code == 400
    post_form(moderator, page, f"{page}/decision", {"decision": "confirm"})
    assert "Add to bank" in moderator.get(page).text
    assert post_form(moderator, page, f"/cases/{other['alert']}/bank-image", form).status_code == 404
    assert post_form(moderator, page, f"{page}/bank-image", {**form, "image": "m1"}).status_code == 400
    assert post_form(moderator, page, f"{page}/bank-image", {**form, "bank": "nope"}).status_code == 400
    done = post_form(moderator, page, f"{page}/bank-image", form)
    assert done.status_code == 303 and "done=banked" in done.headers["location"]
    assert "hashes were added to the bank" in moderator.get(done.headers["location"]).text
    hashes = web.service.client.get("/v1/banks/confirmed/hashes", headers=case["admin"]).json()["hashes"]
    assert {h["signal_type"]: h["value"] for h in hashes} == {"sha256": PICTURE.sha256, "pdq": PICTURE.pdq}
    assert {h["provenance"]["source"] for h in hashes} == {f"moderator:user:mod-{tenant}"}
    with web.sessions() as session:
        entries = list(session.scalars(select(AuditEntry).where(
            AuditEntry.tenant_id == tenant, AuditEntry.action == "case.bank_image")))
    assert len(entries) == 1 and "image img1 to bank confirmed" in entries[0].detail
    # The other tenant's bank is untouched, and the picture now raises alerts in this tenant.
    assert web.service.client.get("/v1/banks/confirmed", headers=other["admin"]).json()["total"] == 0
    out = web.ingest(tenant, [{"type": "image", "id": "img2", "conversation": "c7", "sender": "other",
                               "recipients": ["kid2"], "ts": "2026-03-03T10:00:00Z",
                               "sha256": PICTURE.sha256}])
    assert out["results"][0]["alert_raised"] is True
