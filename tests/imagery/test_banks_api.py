"""The banks API: tenant isolation and scopes for every endpoint, imports with bad
lines, adding, removing, listing and matching hashes, and banking a case's image
(SQLite and PostgreSQL, like the other service tests)."""

from __future__ import annotations

from typing import Any

import pytest
from imagery.generated_images import encode, scene
from service.support import Service, grooming
from sqlalchemy import select

from watchkeeper.imagery.hashing import hash_image
from watchkeeper.storage.models import ApiKey

MD5 = "d41d8cd98f00b204e9800998ecf8427e"
SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
FLAGGED = hash_image(encode(scene(21)))
OTHER = hash_image(encode(scene(22)))


def image_event(image_id: str, conversation: str = "c1", minute: int = 0, **hashes: Any) -> dict[str, Any]:
    return {"type": "image", "id": image_id, "conversation": conversation, "sender": "adult",
            "recipients": ["kid"], "ts": f"2026-03-02T15:{minute:02d}:00Z", **hashes}


@pytest.fixture
def two_tenants(service: Service, tenant: str) -> dict[str, Any]:
    """B: bank `hotline` with a PDQ hash, a confirmed alert on a conversation with an image (c1). A: an admin, nothing."""
    a, b = tenant + "-a", tenant + "-b"
    ha, hb = service.key(a, "admin"), service.key(b, "admin")
    c = service.client
    assert c.post("/v1/banks", headers=hb, json={"name": "hotline"}).status_code == 201
    assert c.post("/v1/banks/hotline/hashes", headers=hb,
                  json={"hash": f"pdq:{FLAGGED.pdq}"}).json()["added"] == 1
    out = service.post_events(hb, [image_event("img1", pdq=OTHER.pdq, pdq_quality=OTHER.pdq_quality),
                                   *grooming()]).json()
    assert out["accepted"] == 8
    alert = c.get("/v1/alerts", headers=hb).json()["alerts"][0]
    c.post(f"/v1/alerts/{alert['id']}/decision", headers=hb, json={"decision": "confirm"})
    return {"a": ha, "b": hb, "alert": alert["id"], "name": "hotline",
            "hash": f"pdq:{FLAGGED.pdq}"}


def test_tenant_a_cannot_read_or_change_b_banks(service: Service, two_tenants: dict[str, Any]) -> None:
    ha, hb, alert, hash_ = (two_tenants[k] for k in ("a", "b", "alert", "hash"))
    c = service.client
    assert c.get("/v1/banks", headers=ha).json() == []
    assert c.get("/v1/banks/hotline", headers=ha).status_code == 404
    assert c.get("/v1/banks/hotline/hashes", headers=ha).status_code == 404
    assert c.post("/v1/banks/hotline/hashes", headers=ha, json={"hash": f"md5:{MD5}"}).status_code == 404
    assert c.delete(f"/v1/banks/hotline/hashes/{hash_}", headers=ha).status_code == 404
    assert c.post("/v1/banks/hotline/import", headers=ha, content=MD5,
                  params={"source": "x"}).status_code == 404
    assert c.delete("/v1/banks/hotline", headers=ha).status_code == 404
    assert c.post("/v1/match", headers=ha, json={"hash": hash_}).json()["matches"] == []
    assert c.post(f"/v1/alerts/{alert}/bank-image", headers=ha,
                  json={"image": "img1", "bank": "hotline"}).status_code == 404
    # A's bank of the same name is A's own; B's bank and matches are unchanged.
    assert c.post("/v1/banks", headers=ha, json={"name": "hotline"}).status_code == 201
    assert c.post("/v1/banks/hotline/hashes", headers=ha, json={"hash": f"md5:{MD5}"}).json()["added"] == 1
    assert c.post("/v1/match", headers=hb, json={"md5": MD5}).json()["matches"] == []
    assert c.get("/v1/banks/hotline", headers=hb).json()["counts"] == {"pdq": 1, "md5": 0, "sha256": 0}
    assert [m["bank"] for m in c.post("/v1/match", headers=hb, json={"hash": hash_}).json()["matches"]] == ["hotline"]
    # A's image of B's flagged picture is matched against A's banks only: no alert for A.
    out = service.post_events(ha, [image_event("x1", conversation="a1", pdq=FLAGGED.pdq)]).json()
    assert out["results"][0]["alert_raised"] is False


ENDPOINTS: list[tuple[str, str, str, Any]] = [
    ("GET", "/v1/banks", "read", None),
    ("POST", "/v1/banks", "admin", {"json": {"name": "fresh"}}),
    ("GET", "/v1/banks/{name}", "read", None),
    ("GET", "/v1/banks/{name}/hashes", "read", None),
    ("POST", "/v1/banks/{name}/hashes", "admin", {"json": {"hash": f"md5:{MD5}"}}),
    ("POST", "/v1/banks/{name}/import", "admin", {"content": f"sha256:{SHA}\n"}),
    ("DELETE", "/v1/banks/{name}/hashes/{hash}", "admin", None),
    ("POST", "/v1/match", "read", {"json": {"md5": MD5}}),
    ("POST", "/v1/alerts/{alert}/bank-image", "review", {"json": {"image": "img1", "bank": "hotline"}}),
    ("DELETE", "/v1/banks/{name}", "admin", None),
]
GRANTS = {"ingest": {"ingest"}, "read": {"read"}, "review": {"review", "read"},
          "admin": {"ingest", "read", "review", "admin"}}


@pytest.mark.parametrize("method,path,needed,body", ENDPOINTS, ids=[f"{m} {p}" for m, p, _, _ in ENDPOINTS])
def test_every_bank_endpoint_enforces_auth_and_scope(
    service: Service, two_tenants: dict[str, Any], method: str, path: str, needed: str, body: Any
) -> None:
    b = two_tenants["b"]
    with service.sessions() as session:
        b_tenant = session.scalar(select(ApiKey.tenant_id).where(ApiKey.id == b["X-Key-Id"]))
    url = path.format(**two_tenants)

    def call(headers: dict[str, str]) -> int:
        return service.client.request(method, url, headers=headers, **(body or {})).status_code

    assert call({}) == 401
    assert call({"Authorization": "Bearer wk_not-a-key"}) == 401
    for scope, grants in GRANTS.items():
        status = call(service.key(b_tenant, scope))
        if needed in grants:
            assert status not in (401, 403), (scope, status)
        else:
            assert status == 403, (scope, status)


def test_import_keeps_good_lines_and_reports_bad_ones(service: Service, tenant: str) -> None:
    h = service.key(tenant, "admin")
    c = service.client
    c.post("/v1/banks", headers=h, json={"name": "hotline", "description": "hotline list"})
    text = "\n".join(["# list of 2026-03", MD5, "zz-not-hex", f"sha256:{SHA}", "abc", f"pdq {FLAGGED.pdq}", ""])
    out = c.post("/v1/banks/hotline/import", headers=h, content=text.encode(),
                 params={"source": "hotline-2026-03", "label": ["sextortion", "known"], "note": "monthly"},
                 ).json()
    assert (out["added"], out["duplicates"], out["issue_count"]) == (3, 0, 2)
    assert [(i["line"], i["text"]) for i in out["issues"]] == [(3, "zz-not-hex"), (5, "abc")]
    assert all(i["reason"] for i in out["issues"])
    listed = c.get("/v1/banks/hotline/hashes", headers=h, params={"signal_type": "md5"}).json()["hashes"]
    assert listed == [{"signal_type": "md5", "value": MD5, "quality": None, "provenance": {
        "source": "hotline-2026-03", "added": listed[0]["provenance"]["added"],
        "labels": ["sextortion", "known"], "note": "monthly"}}]
    # HMA/ThreatExchange CSV (by Content-Type), with an unsupported type and a short row.
    csv_body = ("collab,signal_type,signal_str,category,tags\n"
                f"Sample Collab,pdq,{OTHER.pdq},POSITIVE_CLASS,grooming\n"
                f"Sample Collab,url_md5,{MD5},POSITIVE_CLASS,\n"
                f"Sample Collab,video_md5,{MD5},POSITIVE_CLASS,\n"
                "Sample Collab,pdq\n")
    out = c.post("/v1/banks/hotline/import", headers={**h, "Content-Type": "text/csv"},
                 content=csv_body.encode()).json()
    assert (out["added"], out["duplicates"]) == (1, 1)
    assert [i["line"] for i in out["issues"]] == [3, 5]
    entry = c.post("/v1/match", headers=h, json={"pdq": OTHER.pdq}).json()["matches"][0]
    assert entry["provenance"]["source"] == "Sample Collab" and entry["provenance"]["labels"] == ["grooming"]
    # The same CSV sent as plain text is read as text: the header line is a bad line, not a crash.
    out = c.post("/v1/banks/hotline/import", headers=h, content=csv_body.encode()).json()
    assert out["added"] == 0 and out["issue_count"] >= 1
    assert c.get("/v1/banks/hotline", headers=h).json()["total"] == 4


def test_add_remove_list_and_match(service: Service, tenant: str) -> None:
    h = service.key(tenant, "admin")
    c = service.client
    assert c.post("/v1/banks", headers=h, json={"name": "own"}).status_code == 201
    assert c.post("/v1/banks", headers=h, json={"name": "own"}).status_code == 409
    assert c.post("/v1/banks", headers=h, json={"name": "../x"}).status_code == 422
    added = c.post("/v1/banks/own/hashes", headers=h, json={
        "hash": FLAGGED.pdq, "signal_type": "pdq", "quality": FLAGGED.pdq_quality,
        "source": "moderator:m7", "labels": ["case-12"], "note": "from case 12"}).json()
    assert added == {"added": 1, "duplicates": 0, "hashes": {"pdq": FLAGGED.pdq}}
    assert c.post("/v1/banks/own/hashes", headers=h, json={"hash": FLAGGED.pdq, "signal_type": "pdq"}
                  ).json()["duplicates"] == 1
    bad = c.post("/v1/banks/own/hashes", headers=h, json={"hash": FLAGGED.pdq})  # 64 digits, no type
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_hash"
    assert c.post("/v1/banks/own/hashes", headers=h, json={"hash": MD5, "quality": 80}).status_code == 422
    for i in range(3):
        c.post("/v1/banks/own/hashes", headers=h, json={"hash": f"{i:032x}"})
    first = c.get("/v1/banks/own/hashes", headers=h, params={"limit": 2}).json()
    rest = c.get("/v1/banks/own/hashes", headers=h, params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert len(first["hashes"]) == 2 and len(rest["hashes"]) == 2 and rest["next_cursor"] is None
    assert first["hashes"][0]["provenance"]["note"] == "from case 12"
    # Matching: PDQ by distance (a JPEG copy), quality checked, banks filter.
    from imagery.generated_images import jpeg, resized

    copy = hash_image(jpeg(resized(scene(21), 0.5)))
    found = c.post("/v1/match", headers=h, json={"pdq": copy.pdq, "pdq_quality": copy.pdq_quality}).json()
    assert [(m["bank"], m["value"]) for m in found["matches"]] == [("own", FLAGGED.pdq)]
    assert 0 < found["matches"][0]["distance"] <= 31
    low = c.post("/v1/match", headers=h, json={"pdq": FLAGGED.pdq, "pdq_quality": 10}).json()
    assert low == {"matches": [], "pdq_not_matched_low_quality": True}
    assert c.post("/v1/match", headers=h, json={"pdq": FLAGGED.pdq, "banks": ["other"]}).json()["matches"] == []
    assert c.post("/v1/match", headers=h, json={"pdq": OTHER.pdq}).json()["matches"] == []
    assert c.post("/v1/match", headers=h, json={}).status_code == 422
    # Removal takes effect for matching at once.
    assert c.delete(f"/v1/banks/own/hashes/pdq:{FLAGGED.pdq}", headers=h).status_code == 204
    assert c.delete(f"/v1/banks/own/hashes/pdq:{FLAGGED.pdq}", headers=h).status_code == 404
    assert c.post("/v1/match", headers=h, json={"pdq": FLAGGED.pdq}).json()["matches"] == []
    assert c.delete("/v1/banks/own", headers=h).status_code == 204
    assert c.get("/v1/banks", headers=h).json() == []


def test_a_moderator_banks_a_case_image_after_deciding(service: Service, tenant: str) -> None:
    admin, reviewer = service.key(tenant, "admin"), service.key(tenant, "review")
    c = service.client
    c.post("/v1/banks", headers=admin, json={"name": "confirmed"})
    service.post_events(admin, [image_event("img1", sha256=SHA), *grooming(),
                                image_event("elsewhere", conversation="c9", sha256=SHA)])
    alert = c.get("/v1/alerts", headers=admin).json()["alerts"][0]
    url = f"/v1/alerts/{alert['id']}/bank-image"
    body = {"image": "img1", "bank": "confirmed", "labels": ["sextortion"]}
    undecided = c.post(url, headers=reviewer, json=body)
    assert undecided.status_code == 409 and undecided.json()["error"]["code"] == "not_decided"
    c.post(f"/v1/alerts/{alert['id']}/decision", headers=reviewer, json={"decision": "escalate"})
    assert c.post(url, headers=reviewer, json={**body, "image": "elsewhere"}).status_code == 404  # not this case
    assert c.post(url, headers=reviewer, json={**body, "bank": "missing"}).status_code == 404
    out = c.post(url, headers=reviewer, json=body).json()
    assert out["added"] == 1 and out["hashes"] == {"sha256": SHA}
    assert out["source"] == f"moderator:{reviewer['X-Key-Id']}"
    entry = c.get("/v1/banks/confirmed/hashes", headers=admin).json()["hashes"][0]
    assert entry["provenance"]["note"] == f"alert {alert['id']} (escalated)"
    # The next copy of the picture, anywhere in the tenant, raises a flagged_image alert.
    out = service.post_events(admin, [image_event("again", conversation="c2", minute=5, sha256=SHA)]).json()
    assert out["results"][0]["alert_raised"] is True
    raised = c.get(f"/v1/alerts/{out['results'][0]['alert_id']}", headers=admin).json()
    assert raised["category"] == "flagged_image"
