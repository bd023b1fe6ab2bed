"""Case export: `watchkeeper export` and the web app's admin action write a package
(case.json, report.html, manifest.json) whose manifest verifies, whose tampering
is detected, and which is recorded in the audit log."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher, profiles
from imagery.generated_images import encode, jpeg, resized, scene
from imagery.support_service import image_engine
from service.support import Service, message
from sqlalchemy import select
from typer.testing import CliRunner
from web.support import WebApp, post_form

from watchkeeper.cli.main import app as cli
from watchkeeper.export import verify
from watchkeeper.imagery.hashing import hash_image
from watchkeeper.storage.models import Alert
from watchkeeper.storage.web_models import AuditEntry, CaseNote
from watchkeeper.web import security

FLAGGED = scene(41)
runner = CliRunner()


def seed_case(service: Service, tenant: str) -> dict[str, Any]:
    """A conversation with ages, warning signs, a flagged image, a decision and a note."""
    h = service.key(tenant, "admin")
    c = service.client
    c.post("/v1/banks", headers=h, json={"name": "hotline"})
    c.post("/v1/banks/hotline/import", headers=h, content=f"pdq:{hash_image(encode(FLAGGED)).pdq}",
           params={"source": "hotline-2026-03", "label": "sextortion", "note": "monthly list"})
    copy = hash_image(jpeg(resized(FLAGGED, 0.5)))
    events = [
        {"type": "profile", "user": "adult", "ts": "2026-03-01T10:00:00Z", "stated_age": 16,
         "display_name": "Sam"},
        {"type": "profile", "user": "kid", "ts": "2026-03-01T10:00:00Z", "stated_age": 13},
        message("m1", "you are so pretty", minute=1),
        message("m2", "im 13 lol", sender="kid", recipient="adult", minute=2),
        message("m3", "this is our secret ok", minute=3),
        {"type": "image", "id": "img1", "conversation": "c1", "sender": "adult", "recipients": ["kid"],
         "ts": "2026-03-02T15:04:00Z", "md5": copy.md5, "sha256": copy.sha256, "pdq": copy.pdq,
         "pdq_quality": copy.pdq_quality},
        message("m5", "send me a pic or else", minute=5),
    ]
    assert service.post_events(h, events).json()["accepted"] == len(events)
    alert = c.get("/v1/alerts", headers=h, params={"kind": "conversation"}).json()["alerts"][0]
    c.post(f"/v1/alerts/{alert['id']}/decision", headers=h,
           json={"decision": "escalate", "note": "sextortion: refer to the hotline"})
    with service.sessions() as session:
        session.add(CaseNote(tenant_id=tenant, alert_id=alert["id"], author="mod1",
                             text="the child's parents were told"))
        session.commit()
    return {"alert": alert["id"], "copy": copy, "headers": h}


def export_audit(service: Service, tenant: str) -> list[AuditEntry]:
    with service.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(
            AuditEntry.tenant_id == tenant, AuditEntry.action == "case.export").order_by(AuditEntry.id)))


def run_verify(path: Path) -> Any:
    return runner.invoke(cli, ["export", "verify", str(path)])


def test_cli_export_writes_a_package_that_verifies_and_is_audited(
    service: Service, tenant: str, database_url: str, tmp_path: Path
) -> None:
    case = seed_case(service, tenant)
    out = tmp_path / "package"
    result = runner.invoke(cli, ["export", str(case["alert"]), "--out", str(out),
                                 "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["case.json", "manifest.json", "report.html"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert [f["path"] for f in manifest["files"]] == ["case.json", "report.html"]
    checked = run_verify(out)
    assert checked.exit_code == 0 and "package verified" in checked.output

    data = json.loads((out / "case.json").read_text())
    assert data["alert"]["id"] == case["alert"] and data["tenant"] == tenant
    assert "flagged_image" in data["alert"]["categories"]
    timeline = {row["id"]: row for row in data["timeline"] if row["id"]}
    assert [row["type"] for row in data["timeline"]] == ["message"] * 3 + ["image", "message"]
    secrecy = timeline["m3"]["signals"][0]
    assert (secrecy["category"], secrecy["evidence"], secrecy["stage"]) == ("secrecy", "secret", "isolation")
    [image] = data["images"]
    assert (image["id"], image["sha256"], image["pdq"]) == ("img1", case["copy"].sha256, case["copy"].pdq)
    [match] = image["matches"]
    assert match["bank"] == "hotline" and match["signal_type"] == "pdq" and 0 < match["distance"] <= 31
    assert match["provenance"]["source"] == "hotline-2026-03"
    assert match["provenance"]["labels"] == ["sextortion"] and match["still_in_bank"] is True
    people = {p["name"]: p for p in data["accounts"]}
    assert people["adult"]["suspect"] and people["adult"]["profile"]["stated_age"] == 16
    assert people["kid"]["profile"]["stated_age"] == 13 and people["kid"]["stated_in_messages"] == [13]
    assert people["adult"]["events_sent"] == {"message": 3, "image": 1, "profile": 1}
    assert "account_signals" in people["adult"] and people["adult"]["account_risk"] is not None
    assert [d["decision"] for d in data["decisions"]] == ["escalate"]
    assert data["decisions"][0]["note"] == "sextortion: refer to the hotline"
    assert [n["text"] for n in data["notes"]] == ["the child's parents were told"]

    report = (out / "report.html").read_text()
    assert '<mark title="secrecy"' in report and case["copy"].pdq in report
    assert "hotline-2026-03" in report and "the child&#39;s parents were told" in report
    assert "<script" not in report and not re.search(r'(src|href)="https?:', report)  # self-contained

    [entry] = export_audit(service, tenant)
    assert entry.target_type == "alert" and entry.target_id == str(case["alert"])
    assert entry.username.startswith("cli:") and manifest_digest(out) in entry.detail


def manifest_digest(directory: Path) -> str:
    import hashlib

    return hashlib.sha256((directory / "manifest.json").read_bytes()).hexdigest()


def flip_one_byte(path: Path, at: int = 100) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("file", ["case.json", "report.html"])
def test_tampering_with_one_byte_is_detected(service: Service, tenant: str, database_url: str,
                                             tmp_path: Path, file: str) -> None:
    case = seed_case(service, tenant)
    out = tmp_path / "package"
    runner.invoke(cli, ["export", str(case["alert"]), "-o", str(out), "--database-url", database_url,
                        "--stored-accounts"])
    assert verify(out).ok
    flip_one_byte(out / file)
    result = verify(out)
    assert not result.ok and result.problems == [f"{file}: SHA-256 does not match the manifest (changed)"]
    checked = run_verify(out)
    assert checked.exit_code == 1 and "does NOT verify" in checked.output and file in checked.output
    flip_one_byte(out / file)  # restored
    assert verify(out).ok
    (out / "extra.txt").write_text("added later")
    assert verify(out).problems == ["extra.txt: not listed in the manifest (added)"]
    (out / "extra.txt").unlink()
    (out / "report.html").unlink()
    assert verify(out).problems == ["report.html: listed in the manifest but missing"]


def test_a_rewritten_manifest_no_longer_matches_the_audit_log(
    service: Service, tenant: str, database_url: str, tmp_path: Path
) -> None:
    case = seed_case(service, tenant)
    out = tmp_path / "package"
    runner.invoke(cli, ["export", str(case["alert"]), "-o", str(out), "--database-url", database_url,
                        "--stored-accounts"])
    # Someone edits case.json and rewrites the manifest to match: the package is
    # self-consistent, but its manifest is not the one recorded at export.
    import hashlib

    data = json.loads((out / "case.json").read_text())
    data["decisions"] = []
    (out / "case.json").write_text(json.dumps(data))
    manifest = json.loads((out / "manifest.json").read_text())
    body = (out / "case.json").read_bytes()
    manifest["files"][0].update(sha256=hashlib.sha256(body).hexdigest(), bytes=len(body))
    (out / "manifest.json").write_text(json.dumps(manifest))
    result = verify(out)
    assert result.ok
    [entry] = export_audit(service, tenant)
    assert result.manifest_sha256 not in entry.detail


def test_cli_export_refusals(service: Service, tenant: str, database_url: str, tmp_path: Path) -> None:
    case = seed_case(service, tenant)
    db = ["--database-url", database_url]
    missing = runner.invoke(cli, ["export", "999999999", "-o", str(tmp_path / "x"), *db])
    assert missing.exit_code == 1 and "no alert" in missing.output
    other = runner.invoke(cli, ["export", str(case["alert"]), "--tenant", tenant + "-other",
                                "-o", str(tmp_path / "y"), *db])
    assert other.exit_code == 1
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "file").write_text("x")
    refused = runner.invoke(cli, ["export", str(case["alert"]), "-o", str(busy), *db])
    assert refused.exit_code == 1 and "not an empty directory" in refused.output
    assert runner.invoke(cli, ["export", "latest", *db]).exit_code == 2
    assert export_audit(service, tenant) == []  # nothing exported, nothing recorded
    assert run_verify(tmp_path / "nothing-here").exit_code == 1


def test_web_export_is_for_admins_of_the_tenant_and_audited(
    database_url: str, tenant: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(security, "hasher", PasswordHasher.from_parameters(profiles.CHEAPEST))
    with WebApp(database_url, engine_factory=image_engine) as web:
        case = seed_case(web.service, tenant)
        other_case = seed_case(web.service, tenant + "-o")
        web.add_user(f"adm-{tenant}", "admin", tenant)
        web.add_user(f"mod-{tenant}", "moderator", tenant)
        admin, moderator = web.login(f"adm-{tenant}"), web.login(f"mod-{tenant}")
        page = f"/cases/{case['alert']}"
        assert "/export" in admin.get(page).text and "/export" not in moderator.get(page).text
        assert post_form(moderator, page, f"{page}/export").status_code == 403
        assert post_form(admin, page, f"/cases/{other_case['alert']}/export").status_code == 404
        response = post_form(admin, page, f"{page}/export")
        assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
        assert response.headers["cache-control"] == "no-store"
        archive = zipfile.ZipFile(io.BytesIO(response.content))
        assert sorted(Path(n).name for n in archive.namelist()) == ["case.json", "manifest.json", "report.html"]
        (tmp_path / "case.zip").write_bytes(response.content)
        result = verify(tmp_path / "case.zip")
        assert result.ok and result.manifest_sha256 == response.headers["x-manifest-sha256"]
        [entry] = export_audit(web.service, tenant)
        assert entry.username == f"adm-{tenant}" and entry.user_id is not None
        assert result.manifest_sha256 in entry.detail and "via web" in entry.detail
        assert export_audit(web.service, tenant + "-o") == []
        with web.sessions() as session:
            assert session.get(Alert, case["alert"]).tenant_id == tenant
