"""Images in the service: image events (a file under image_root, or precomputed
hashes) are matched against the tenant's banks; a match raises a flagged_image
alert and feeds the conversation's risk; unrelated images do not; replays after
a restart reproduce the live state. Generated images only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from imagery.generated_images import cropped, encode, flat, jpeg, resized, scene, smooth_pattern
from imagery.support_service import image_engine
from service.support import Service, message
from sqlalchemy import select

from watchkeeper.imagery.hashing import hash_image
from watchkeeper.storage.models import Signal, StoredEvent

FLAGGED = [scene(seed) for seed in (31, 32, 33)]


def image_event(image_id: str, conversation: str, minute: int = 0, sender: str = "adult",
                **fields: Any) -> dict[str, Any]:
    return {"type": "image", "id": image_id, "conversation": conversation, "sender": sender,
            "recipients": ["kid"], "ts": f"2026-03-02T15:{minute:02d}:00Z", **fields}


@pytest.fixture
def images_dir(tmp_path: Path) -> Path:
    """What a platform's upload directory might hold: altered copies of the flagged
    pictures, and unrelated pictures."""
    root = tmp_path / "uploads"
    root.mkdir()
    for i, image in enumerate(FLAGGED):
        (root / f"flagged-{i}.jpg").write_bytes(jpeg(resized(cropped(image, 0.02), 0.7), quality=75))
    for seed in range(6):
        (root / f"holiday-{seed}.png").write_bytes(encode(smooth_pattern(500 + seed)))
        (root / f"scene-{seed}.jpg").write_bytes(jpeg(scene(600 + seed)))
    (root / "notes.txt").write_text("not an image")
    return root


@pytest.fixture
def svc(database_url: str, images_dir: Path) -> Iterator[Service]:
    with Service(database_url, engine_factory=image_engine, image_root=images_dir) as service:
        yield service


def flag_pictures(service: Service, headers: dict[str, str]) -> None:
    c = service.client
    c.post("/v1/banks", headers=headers, json={"name": "hotline"})
    lines = "\n".join(f"pdq:{hash_image(encode(image)).pdq}" for image in FLAGGED)
    assert c.post("/v1/banks/hotline/import", headers=headers, content=lines,
                  params={"source": "hotline", "label": "sextortion"}).json()["added"] == 3


def alerts(service: Service, headers: dict[str, str]) -> dict[str, dict[str, Any]]:
    return {a["subject"]: a for a in service.client.get("/v1/alerts", headers=headers).json()["alerts"]}


def test_flagged_image_file_raises_an_alert_and_unrelated_images_do_not(
    svc: Service, tenant: str, images_dir: Path
) -> None:
    h = svc.key(tenant, "admin")
    flag_pictures(svc, h)
    files = sorted(p.name for p in images_dir.iterdir())
    events = [image_event(f"i{n}", f"conv-{name}", minute=n, path=name)
              for n, name in enumerate(files) if name != "notes.txt"]
    out = svc.post_events(h, events).json()
    assert out["accepted"] == len(events)
    raised = {r["conversation"] for r in out["results"] if r["alert_raised"]}
    assert raised == {f"conv-flagged-{i}.jpg" for i in range(3)}
    by_subject = alerts(svc, h)
    assert set(by_subject) == raised
    assert {a["category"] for a in by_subject.values()} == {"flagged_image"}
    evidence = by_subject["conv-flagged-0.jpg"]["assessment"]["signals"][0]
    assert evidence["category"] == "flagged_image" and "bank hotline" in evidence["evidence"]
    assert "sextortion" in evidence["evidence"]
    # The stored event carries the file's hashes (what replays use); the image was not copied.
    with svc.sessions() as session:
        payload = session.scalar(select(StoredEvent.payload).where(
            StoredEvent.tenant_id == tenant, StoredEvent.event_key == "image:i0"))
    stored = hash_image(images_dir / files[0])
    assert f'"sha256":"{stored.sha256}"' in payload and f'"pdq":"{stored.pdq}"' in payload
    assert sorted(p.name for p in images_dir.iterdir()) == files


def test_precomputed_hashes_and_low_quality(svc: Service, tenant: str) -> None:
    h = svc.key(tenant, "admin")
    c = svc.client
    c.post("/v1/banks", headers=h, json={"name": "hotline"})
    known = hash_image(jpeg(FLAGGED[0]))
    featureless = hash_image(encode(flat()))
    assert featureless.pdq_quality < 50
    c.post("/v1/banks/hotline/import", headers=h, content="\n".join([
        f"sha256:{known.sha256}", f"md5:{hash_image(encode(FLAGGED[1])).md5}",
        f"pdq:{featureless.pdq}"]))
    out = svc.post_events(h, [
        image_event("a", "by-sha256", sha256=known.sha256),
        image_event("b", "by-md5", md5=hash_image(encode(FLAGGED[1])).md5),
        image_event("c", "low-quality", pdq=featureless.pdq, pdq_quality=featureless.pdq_quality),
        image_event("d", "unrelated", sha256=hash_image(encode(scene(700))).sha256),
    ]).json()
    assert {r["conversation"]: r["alert_raised"] for r in out["results"]} == {
        "by-sha256": True, "by-md5": True, "low-quality": False, "unrelated": False}


def test_an_image_followed_by_threats_is_sextortion(svc: Service, tenant: str) -> None:
    h = svc.key(tenant, "admin")
    flag_pictures(svc, h)
    # A threat with no picture request (the tests' keyword scorer): a picture request
    # and a threat together are actionable on their own, image or not.
    threat = "do it or else"
    flagged = svc.post_events(h, [image_event("p1", "with-image", path="flagged-1.jpg"),
                                  message("t1", threat, conversation="with-image", minute=2)]).json()
    alone = svc.post_events(h, [message("t2", threat, conversation="threat-only", minute=2)]).json()
    risk_with_image = flagged["results"][1]["risk"]
    assert flagged["results"][0]["alert_raised"] and risk_with_image > alone["results"][0]["risk"]
    alert = alerts(svc, h)["with-image"]
    assert {"flagged_image", "threats"} <= set(alert["categories"])
    assert alert["stage"] == "control"
    conversation = svc.client.get("/v1/conversations/with-image", headers=h).json()
    assert [t["signals"][0]["category"] for t in conversation["timeline"][:1]] == ["flagged_image"]


def test_image_paths_are_confined_to_image_root(svc: Service, tenant: str, images_dir: Path,
                                                database_url: str, tmp_path: Path) -> None:
    h = svc.key(tenant, "admin")
    secret = tmp_path / "outside.png"
    secret.write_bytes(encode(FLAGGED[0]))
    out = svc.post_events(h, [
        image_event("x1", "c", path=str(secret)),
        image_event("x2", "c", path="../outside.png"),
        image_event("x3", "c", path="missing.png"),
        image_event("x4", "c", path="notes.txt"),
        image_event("x5", "c", path=str(images_dir / "scene-0.jpg")),  # absolute, inside: fine
        image_event("x6", "c", path="missing.png", sha256="ab" * 32),  # hashes sent along stand
    ]).json()
    reasons = {r["index"]: r.get("error", {}).get("reason", "") for r in out["results"]}
    assert [r["status"] for r in out["results"]] == ["rejected"] * 4 + ["accepted"] * 2
    assert "outside" in reasons[0] and "outside" in reasons[1]
    assert "no image file" in reasons[2] and "not an image" in reasons[3]
    assert all(r.get("error", {}).get("field") == "path" for r in out["results"][:4])
    # Without image_root, no path is read at all.
    with Service(database_url, engine_factory=image_engine) as plain:
        refused = plain.post_events(plain.key(tenant, "ingest"), [
            image_event("y1", "c", path=str(images_dir / "scene-0.jpg"))])
        assert refused.status_code == 422
        assert "image_root" in refused.json()["results"][0]["error"]["reason"]


def test_images_are_kept_only_when_configured(database_url: str, tenant: str, images_dir: Path,
                                              tmp_path: Path) -> None:
    keep = tmp_path / "kept"
    with Service(database_url, engine_factory=image_engine, image_root=images_dir,
                 image_keep_dir=keep) as svc:
        svc.post_events(svc.key(tenant, "ingest"), [image_event("k1", "c", path="scene-1.jpg")])
    digest = hash_image(images_dir / "scene-1.jpg").sha256
    assert [p.name for p in (keep / tenant).iterdir()] == [f"{digest}.jpg"]
    assert (keep / tenant / f"{digest}.jpg").read_bytes() == (images_dir / "scene-1.jpg").read_bytes()


def test_replay_after_restart_uses_the_matches_recorded_at_ingest(
    database_url: str, tenant: str, images_dir: Path
) -> None:
    first_hash = hash_image(encode(FLAGGED[0]))
    late_hash = hash_image(encode(FLAGGED[2]))
    with Service(database_url, engine_factory=image_engine, image_root=images_dir) as svc:
        h = svc.key(tenant, "admin")
        svc.client.post("/v1/banks", headers=h, json={"name": "hotline"})
        svc.client.post("/v1/banks/hotline/hashes", headers=h, json={"hash": f"pdq:{first_hash.pdq}"})
        svc.post_events(h, [image_event("r1", "matched", path="flagged-0.jpg"),
                            image_event("r2", "later-flagged", path="flagged-2.jpg")])
        before = {c: svc.client.get(f"/v1/conversations/{c}", headers=h).json()["risk"]
                  for c in ("matched", "later-flagged")}
        # The banks change: the first picture is withdrawn, the second is flagged.
        assert svc.client.delete(f"/v1/banks/hotline/hashes/pdq:{first_hash.pdq}", headers=h).status_code == 204
        svc.client.post("/v1/banks/hotline/hashes", headers=h, json={"hash": f"pdq:{late_hash.pdq}"})
    # Restart: engines are rebuilt from the event log.
    with Service(database_url, engine_factory=image_engine, image_root=images_dir) as svc:
        h = svc.key(tenant, "admin")
        # Messages in both conversations make the rebuilt engine report their risk.
        out = svc.post_events(h, [message("n1", "hello", conversation="matched", minute=9),
                                  message("n2", "hello", conversation="later-flagged", minute=9)]).json()
        after = {r["conversation"]: r["risk"] for r in out["results"]}
        assert after["matched"] >= before["matched"] > 0.3  # still counts the recorded match
        assert after["later-flagged"] == before["later-flagged"] == 0.0  # not re-matched silently
        assert set(alerts(svc, h)) == {"matched"}
        # New images are matched against today's banks.
        out = svc.post_events(h, [image_event("r3", "new", minute=10, path="flagged-2.jpg"),
                                  image_event("r4", "new2", minute=10, path="flagged-0.jpg")]).json()
        assert [r["alert_raised"] for r in out["results"]] == [True, False]
    with Service(database_url) as svc, svc.sessions() as session:
        recorded = session.scalars(select(Signal.message_id).where(
            Signal.tenant_id == tenant, Signal.category == "flagged_image").order_by(Signal.id)).all()
    assert recorded == ["r1", "r3"]
