"""Retention: old conversations without alerts are purged (events, signals, state), the
alerted and the recent ones are kept, and the live engine afterwards equals one rebuilt
from the database (what a restart gives)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from imagery.generated_images import encode, jpeg, scene
from service.support import Service, grooming, keyword_engine, message, wait_for
from sqlalchemy import func, select
from typer.testing import CliRunner

from watchkeeper.api.ingest import IngestService
from watchkeeper.cli.main import app as cli
from watchkeeper.imagery.hashing import hash_image
from watchkeeper.storage.models import Conversation, Signal, StoredEvent
from watchkeeper.storage.retention import purge
from watchkeeper.storage.web_models import AuditEntry

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)  # the purges' "now" (grooming() is 2026-03-02)


def _at(mid: str, text: str, conversation: str, ts: datetime) -> dict[str, Any]:
    return {**message(mid, text, conversation=conversation), "ts": ts.isoformat()}


def _load(service: Service, headers: dict[str, str], now: datetime) -> None:
    """old: no alert, 60 days before now, with a signal; alerted: an alert, 60 days old;
    recent: no alert, a day old; plus a profile (account state, never purged)."""
    old = now - timedelta(days=60)
    events = [_at("o1", "hi there", "old", old),
              _at("o2", "you are so pretty", "old", old + timedelta(minutes=1)),
              _at("r1", "you are so pretty", "recent", now - timedelta(days=1)),
              {"type": "profile", "user": "kid", "ts": old.isoformat(), "stated_age": 13}]
    assert service.post_events(headers, events).status_code == 200
    alerted = grooming("alerted")
    for i, event in enumerate(alerted):
        event["ts"] = (old + timedelta(minutes=i)).isoformat()
    body = service.post_events(headers, alerted).json()
    assert any(r["alert_raised"] for r in body["results"])


def _rows(service: Service, tenant: str) -> dict[str, Any]:
    with service.sessions() as s:
        def count(model: Any, conversation: str) -> int:
            return s.scalar(select(func.count()).select_from(model).where(
                model.tenant_id == tenant,
                (model.id if model is Conversation else model.conversation) == conversation))
        out = {c: (count(StoredEvent, c), count(Signal, c), count(Conversation, c))
               for c in ("old", "alerted", "recent")}
        out["profiles"] = s.scalar(select(func.count()).select_from(StoredEvent).where(
            StoredEvent.tenant_id == tenant, StoredEvent.type == "profile"))
        out["audit"] = s.scalars(select(AuditEntry.detail).where(
            AuditEntry.tenant_id == tenant, AuditEntry.action == "retention.purge")).all()
    return out


def _purge(service: Service, tenant: str, days: float = 30, **kwargs: Any):  # type: ignore[no-untyped-def]
    ingest = service.app.state.ingest
    return purge(ingest.db, days, tenant=tenant, now=NOW, exclusive=ingest.exclusive,
                 invalidate=ingest.invalidate_locked, **kwargs)


def _live_report(service: Service, tenant: str) -> dict[str, Any]:
    runtime = service.app.state.ingest.runtime(tenant)
    with runtime.lock:
        return runtime.ensure_engine().report()


def _rebuilt_report(service: Service, tenant: str) -> dict[str, Any]:
    """A new engine replayed from the database: what a restart would hold."""
    fresh = IngestService(service.app.state.ingest.db, engine_factory=keyword_engine)
    runtime = fresh.runtime(tenant)
    with runtime.lock:
        return runtime.ensure_engine().report()


def _conversations(report: dict[str, Any]) -> set[str]:
    return {c["conversation"] for c in report["conversations"]}


def test_purge_deletes_old_unalerted_and_keeps_alerted_and_recent(service: Service,
                                                                  tenant: str) -> None:
    headers = service.key(tenant)
    _load(service, headers, NOW)
    before = _rows(service, tenant)
    assert before["old"][0] == 2 and before["old"][1] >= 1 and before["old"][2] == 1
    assert _conversations(_live_report(service, tenant)) == {"old", "alerted", "recent"}

    (result,) = _purge(service, tenant)
    assert (result.conversations, result.messages, result.images) == (1, 2, 0)
    assert result.signals == before["old"][1] and result.conversation_rows == 1

    after = _rows(service, tenant)
    assert after["old"] == (0, 0, 0)  # events, signals and state gone
    assert after["alerted"] == before["alerted"] and after["recent"] == before["recent"]
    assert after["profiles"] == before["profiles"] == 1
    (detail,) = after["audit"]  # audited with counts, never text
    assert "messages=2" in detail and "pretty" not in detail
    # The live engine holds what a restart would: the purged conversation is gone.
    live = _live_report(service, tenant)
    assert live == _rebuilt_report(service, tenant)
    assert _conversations(live) == {"alerted", "recent"}
    # A second purge finds nothing; the idempotency window is the retention period.
    assert not _purge(service, tenant)[0].deleted_anything
    again = service.post_events(headers, [_at("o1", "hi there", "old", NOW)]).json()
    assert again["results"][0]["status"] == "accepted"


def test_restart_after_purge_gives_the_running_state(database_url: str, tenant: str) -> None:
    with Service(database_url) as first:
        headers = first.key(tenant)
        _load(first, headers, NOW)
        _purge(first, tenant)
        # Events after the purge: the next group runs on the rebuilt engine.
        first.post_events(headers, [_at("n1", "send me a pic", "recent", NOW)])
        running = _live_report(first, tenant)
    with Service(database_url) as second:
        assert _live_report(second, tenant) == running


def test_dry_run_and_zero_days_delete_nothing(service: Service, tenant: str) -> None:
    headers = service.key(tenant)
    _load(service, headers, NOW)
    before = _rows(service, tenant)
    live = _live_report(service, tenant)
    (counted,) = _purge(service, tenant, dry_run=True)
    assert (counted.conversations, counted.messages, counted.conversation_rows) == (1, 2, 1)
    assert _purge(service, tenant, days=0) == []
    assert _rows(service, tenant) == before
    assert _live_report(service, tenant) == live


def test_retention_off_by_default_starts_no_sweep(service: Service) -> None:
    assert service.settings.retention_days == 0
    assert service.app.state.retention is None


def test_server_sweeps_periodically(database_url: str, tenant: str) -> None:
    now = datetime.now(UTC)
    with Service(database_url, retention_days=30, retention_sweep_minutes=0.005) as service:
        headers = service.key(tenant)
        _load(service, headers, now)
        assert wait_for(lambda: _rows(service, tenant)["old"] == (0, 0, 0))
        after = _rows(service, tenant)
        assert after["alerted"][0] == 7 and after["recent"][0] == 1
        assert _live_report(service, tenant) == _rebuilt_report(service, tenant)


def test_cli_purge_prints_counts(database_url: str, tenant: str) -> None:
    with Service(database_url) as service:
        _load(service, service.key(tenant), datetime.now(UTC))
    runner = CliRunner()
    args = ["retention", "purge", "--older-than", "30", "--tenant", tenant,
            "--database-url", database_url]
    dry = runner.invoke(cli, [*args, "--dry-run"], env={"COLUMNS": "200"})
    assert dry.exit_code == 0, dry.output
    assert "dry run" in dry.output and tenant in dry.output
    done = runner.invoke(cli, args, env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.output
    row = next(line for line in done.output.splitlines() if tenant in line)
    assert [c for c in row.replace("│", " ").split() if c.isdigit()][:3] == ["1", "2", "0"]
    assert "restart" in done.output
    with Service(database_url) as service:
        rows = _rows(service, tenant)
        assert rows["old"] == (0, 0, 0) and rows["alerted"][0] == 7
        assert "older_than_days=30" in rows["audit"][0]


def _image(iid: str, path: str, conversation: str, ts: datetime) -> dict[str, Any]:
    return {"type": "image", "id": iid, "conversation": conversation, "sender": "adult",
            "recipients": ["kid"], "ts": ts.isoformat(), "path": path}


def _load_images(service: Service, tenant: str, uploads: Path, now: datetime) -> dict[str, Path]:
    """Kept copies (image_keep_dir) of: only-old.jpg, sent in two old conversations
    (purged); shared.png, in an old and a recent conversation; alerted.jpg, in the
    alerted conversation (both kept). Returns each upload's kept copy."""
    headers = service.key(tenant)
    old = now - timedelta(days=60)
    uploads.mkdir()
    (uploads / "only-old.jpg").write_bytes(jpeg(scene(701)))
    (uploads / "shared.png").write_bytes(encode(scene(702)))
    (uploads / "alerted.jpg").write_bytes(jpeg(scene(703)))
    events = [_at("o1", "hi there", "old", old), _image("i1", "only-old.jpg", "old", old),
              _image("i2", "shared.png", "old", old), _image("i3", "only-old.jpg", "old2", old),
              _image("i4", "shared.png", "recent", now - timedelta(days=1))]
    body = service.post_events(headers, events).json()
    assert all(r["status"] == "accepted" for r in body["results"]), body
    alerted = [*grooming("alerted"), _image("i5", "alerted.jpg", "alerted", old)]
    for i, event in enumerate(alerted):
        event["ts"] = (old + timedelta(minutes=i)).isoformat()
    assert any(r["alert_raised"] for r in service.post_events(headers, alerted).json()["results"])
    keep = service.settings.image_keep_dir
    assert keep is not None
    copies = {name: keep / tenant / f"{hash_image(uploads / name).sha256}{Path(name).suffix}"
              for name in ("only-old.jpg", "shared.png", "alerted.jpg")}
    assert all(copy.is_file() for copy in copies.values())
    return copies


def test_purge_deletes_kept_copies_of_purged_images(database_url: str, tenant: str,
                                                    tmp_path: Path) -> None:
    keep = tmp_path / "kept"
    with Service(database_url, image_root=tmp_path / "uploads", image_keep_dir=keep) as service:
        copies = _load_images(service, tenant, tmp_path / "uploads", NOW)
        # The dry run counts the copy that would go, and deletes nothing.
        (counted,) = _purge(service, tenant, dry_run=True, keep_dir=keep)
        assert (counted.conversations, counted.images, counted.image_files) == (2, 3, 1)
        assert all(copy.is_file() for copy in copies.values())
        # Without keep_dir (image_keep_dir unset), no file is looked at.
        assert _purge(service, tenant, dry_run=True)[0].image_files == 0

        (result,) = _purge(service, tenant, keep_dir=keep)
        assert (result.conversations, result.messages, result.images, result.image_files) \
            == (2, 1, 3, 1)
        assert not copies["only-old.jpg"].exists()  # only purged conversations used it
        assert copies["shared.png"].is_file()  # still sent in the recent conversation
        assert copies["alerted.jpg"].is_file()  # the alerted conversation is kept whole
        (detail,) = _rows(service, tenant)["audit"]
        assert "images=3" in detail and "image_files=1" in detail
        assert not _purge(service, tenant, keep_dir=keep)[0].deleted_anything


def test_server_sweep_and_cli_use_image_keep_dir(database_url: str, tenant: str,
                                                 tmp_path: Path) -> None:
    keep = tmp_path / "kept"
    with Service(database_url, image_keep_dir=keep, retention_days=30) as service:
        assert service.app.state.retention.keep_dir == keep  # the server's sweep
    with Service(database_url, image_root=tmp_path / "uploads", image_keep_dir=keep) as service:
        copies = _load_images(service, tenant, tmp_path / "uploads", datetime.now(UTC))
    runner = CliRunner()
    args = ["retention", "purge", "--older-than", "30", "--tenant", tenant,
            "--database-url", database_url]
    env = {"COLUMNS": "200", "WATCHKEEPER_IMAGE_KEEP_DIR": str(keep)}
    dry = runner.invoke(cli, [*args, "--dry-run"], env=env)
    assert dry.exit_code == 0, dry.output
    assert "image files" in dry.output and copies["only-old.jpg"].is_file()
    done = runner.invoke(cli, args, env=env)
    assert done.exit_code == 0, done.output
    row = next(line for line in done.output.splitlines() if tenant in line)
    # conversations, messages, images, image files
    assert [c for c in row.replace("│", " ").split() if c.isdigit()][:4] == ["2", "1", "3", "1"]
    assert not copies["only-old.jpg"].exists() and copies["shared.png"].is_file()
