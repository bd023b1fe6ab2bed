"""Flagged imagery in the service: each tenant's banks (in the database), a
`Matcher` per tenant kept in memory, the `ImageMatcher` plugged into each
tenant's detection engine, and the hashing of `image` events that name a file.

* A tenant's `Matcher` is built on first use and rebuilt right after each change
  to that tenant's banks (by the request that made the change, so the next event
  sees it); matching never waits for a rebuild.
* A match becomes one FLAGGED_IMAGE signal per bank (its closest entry), which
  the engine adds to the conversation's risk like any warning sign, so a
  flagged image alone raises an alert (category flagged_image) and an image
  followed by threats reads as sextortion.
* Replays are exact: when a tenant's engine is rebuilt from the event log, each
  stored image gets the signals recorded for it at ingest time (the `signals`
  table), not a fresh match against today's banks, so the rebuilt state is the
  state the live engine had, and no alert is raised, or silently missed, by a
  bank change.
* An event with `path` is hashed before it is stored (the stored event carries
  md5, sha256, pdq and pdq_quality). Paths must lie inside `image_root`; the
  image is not kept unless `image_keep_dir` is set.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import PIL.Image
from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.engine import Engine as SqlEngine

from watchkeeper.core.signals import Category, MessageSignal
from watchkeeper.events import Event, Image
from watchkeeper.imagery.banks import BankEntry, BankError, Provenance
from watchkeeper.imagery.hashing import ImageHashes, hash_image
from watchkeeper.imagery.matching import PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY, Match, Matcher
from watchkeeper.imagery.signals import SignalType
from watchkeeper.imagery.store_db import DbBankStore
from watchkeeper.storage.db import make_sessionmaker, utcnow
from watchkeeper.storage.imagery_models import HashEntryRow
from watchkeeper.storage.models import Signal, StoredEvent

log = logging.getLogger("watchkeeper.imagery")

SIGNAL_SOURCE = "image"
MAX_IMAGE_BYTES = 64 * 1024 * 1024  # larger files are refused, not read
MAX_BANKS_PER_IMAGE = 5  # signals recorded per image: its closest entry in each of up to 5 banks


class ImageRejected(ValueError):
    """An image event whose file cannot be used; the message is safe to show the client."""


# ---- match <-> signal -----------------------------------------------------------------


def match_signal(match: Match) -> MessageSignal:
    """The FLAGGED_IMAGE signal of a match. `detail` keeps what identifies the entry
    (bank, type, distance, hash) so a case export can find its provenance later."""
    distance = f", distance {match.distance}" if match.signal_type is SignalType.PDQ else ""
    labels = f" [{', '.join(match.entry.provenance.labels)}]" if match.entry.provenance.labels else ""
    return MessageSignal(
        category=Category.FLAGGED_IMAGE, strength=1.0, start=0, end=0,
        evidence=f"{match.signal_type} match in bank {match.bank}{distance}{labels}",
        source=SIGNAL_SOURCE,
        detail=f"bank={match.bank};type={match.signal_type};distance={match.distance};"
               f"value={match.entry.value}",
    )


def parse_match_detail(detail: str) -> dict[str, Any]:
    """The fields `match_signal` put in `detail` (empty if it is not one of ours)."""
    fields = dict(part.split("=", 1) for part in detail.split(";") if "=" in part)
    if not {"bank", "type", "value"} <= fields.keys():
        return {}
    out: dict[str, Any] = {"bank": fields["bank"], "signal_type": fields["type"],
                           "value": fields["value"]}
    if fields.get("distance", "").isdigit():
        out["distance"] = int(fields["distance"])
    return out


def signals_for(matches: Sequence[Match]) -> list[MessageSignal]:
    """One signal per bank (its closest entry), closest banks first."""
    best: dict[str, Match] = {}
    for match in sorted(matches, key=lambda m: (m.distance, m.bank, m.signal_type)):
        best.setdefault(match.bank, match)
    return [match_signal(m) for m in list(best.values())[:MAX_BANKS_PER_IMAGE]]


# ---- the engine's image matcher ----------------------------------------------------------


class BankImageMatcher:
    """The `ImageMatcher` of one tenant's engine.

    Images already in the event log get the signals recorded for them (replay);
    any other image is matched against the tenant's current banks.
    """

    def __init__(self, images: TenantImages, tenant_id: str,
                 recorded: dict[str, list[MessageSignal]] | None = None):
        self.images = images
        self.tenant_id = tenant_id
        self._recorded = recorded or {}

    def match(self, image: Image) -> list[MessageSignal]:
        recorded = self._recorded.pop(image.key, None)
        if recorded is not None:
            return recorded
        hashes = self.images.hashes_of(image, self.tenant_id)
        if hashes is None:
            return []
        matcher = self.images.matcher(self.tenant_id)
        if matcher is None:
            return []
        return signals_for(matcher.match_signals(**hashes))


def _recorded_signals(conn: Connection, tenant_id: str) -> dict[str, list[MessageSignal]]:
    """Signals recorded at ingest for every stored image of the tenant (empty lists included)."""
    by_image: dict[tuple[str | None, str | None], list[MessageSignal]] = defaultdict(list)
    for row in conn.execute(
        select(Signal.conversation, Signal.message_id, Signal.category, Signal.weight, Signal.start,
               Signal.end, Signal.evidence, Signal.source, Signal.detail)
        .where(Signal.tenant_id == tenant_id, Signal.category == Category.FLAGGED_IMAGE.value)
        .order_by(Signal.id)
    ):
        by_image[(row.conversation, row.message_id)].append(MessageSignal(
            Category(row.category), row.weight, row.start or 0, row.end or 0, row.evidence or "",
            row.source or "", row.detail or ""))
    recorded: dict[str, list[MessageSignal]] = {}
    for key, conversation, event_id in conn.execute(
        select(StoredEvent.event_key, StoredEvent.conversation, StoredEvent.event_id)
        .where(StoredEvent.tenant_id == tenant_id, StoredEvent.type == "image")
    ):
        recorded[key] = by_image.get((conversation, event_id), [])
    return recorded


# ---- per-tenant matchers -----------------------------------------------------------------


@dataclass(frozen=True)
class ImageSettings:
    pdq_threshold: int = PDQ_MATCH_THRESHOLD
    pdq_min_quality: int = PDQ_MIN_QUALITY
    # Image paths in events must lie inside this directory; None: paths are refused.
    image_root: Path | None = None
    # Keep a copy of each hashed image here (named by its SHA-256); None: never kept.
    image_keep_dir: Path | None = None

    @classmethod
    def from_settings(cls, settings: Any) -> ImageSettings:
        return cls(**{name: getattr(settings, name) for name in cls.__dataclass_fields__
                      if getattr(settings, name, None) is not None})


class TenantImages:
    """Every tenant's banks and matcher over one database. Thread-safe."""

    def __init__(self, db: SqlEngine, settings: ImageSettings | None = None):
        self.db = db
        self.sessions = make_sessionmaker(db)
        self.settings = settings or ImageSettings()
        # tenant -> matcher over its banks (None: the tenant has no hashes).
        self._matchers: dict[str, Matcher | None] = {}
        self._locks: dict[str, threading.Lock] = defaultdict(threading.Lock)
        self._locks_lock = threading.Lock()

    def store(self, tenant_id: str) -> DbBankStore:
        return DbBankStore(self.sessions, tenant_id)

    def _lock(self, tenant_id: str) -> threading.Lock:
        with self._locks_lock:
            return self._locks[tenant_id]

    def _build(self, tenant_id: str) -> Matcher | None:
        banks = self.store(tenant_id).banks()
        with self.sessions() as session:
            has_entries = session.scalar(select(HashEntryRow.id).where(
                HashEntryRow.bank_id.in_([b.id for b in banks])).limit(1)) is not None  # type: ignore[attr-defined]
        if not has_entries:
            return None  # no index at all: an empty PDQ index still costs 8 MB of offsets
        return Matcher.from_banks(banks, pdq_threshold=self.settings.pdq_threshold,
                                  pdq_min_quality=self.settings.pdq_min_quality)

    def matcher(self, tenant_id: str) -> Matcher | None:
        """The tenant's matcher (built on first use); None when it has no hashes."""
        if tenant_id in self._matchers:
            return self._matchers[tenant_id]
        with self._lock(tenant_id):
            if tenant_id not in self._matchers:
                self._matchers[tenant_id] = self._build(tenant_id)
            return self._matchers[tenant_id]

    def banks_changed(self, tenant_id: str) -> None:
        """Rebuild the tenant's matcher from its committed banks and swap it in."""
        with self._lock(tenant_id):
            self._matchers[tenant_id] = self._build(tenant_id)
        log.info("bank matcher rebuilt", extra={"tenant": tenant_id})

    def engine_matcher(self, tenant_id: str, conn: Connection) -> BankImageMatcher:
        """The `ImageMatcher` for a tenant engine about to replay the event log on `conn`.
        The tenant's matcher is built now too (engines are rebuilt at start-up, in the
        background), so the first image after a start does not wait for it."""
        self.matcher(tenant_id)
        return BankImageMatcher(self, tenant_id, _recorded_signals(conn, tenant_id))

    # ---- hashing image events ---------------------------------------------------------

    def hashes_of(self, image: Image, tenant_id: str = "") -> dict[str, Any] | None:
        """The signals to match for an image event: its own hash fields, or its file's."""
        if image.md5 or image.sha256 or image.pdq:
            return {"md5": image.md5, "sha256": image.sha256, "pdq": image.pdq,
                    "pdq_quality": image.pdq_quality}
        if image.path:
            try:
                hashes = self.hash_file(image.path, tenant_id)
            except ImageRejected:
                return None
            return {"md5": hashes.md5, "sha256": hashes.sha256, "pdq": hashes.pdq,
                    "pdq_quality": hashes.pdq_quality}
        return None

    def local_path(self, path: str) -> Path:
        root = self.settings.image_root
        if root is None:
            raise ImageRejected("image paths are not enabled on this server (image_root is not set); "
                                "send sha256, md5 or pdq instead")
        root = root.resolve()
        target = (root / path).resolve()  # an absolute `path` replaces root here; checked next
        if not target.is_relative_to(root):
            raise ImageRejected("path is outside the server's image directory")
        if not target.is_file():
            raise ImageRejected("no image file at this path")
        if target.stat().st_size > MAX_IMAGE_BYTES:
            raise ImageRejected(f"the file is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MiB")
        return target

    def hash_file(self, path: str, tenant_id: str = "") -> ImageHashes:
        target = self.local_path(path)
        try:
            data = target.read_bytes()
            hashes = hash_image(data)
        except OSError:  # includes PIL.UnidentifiedImageError
            raise ImageRejected("the file is not an image that can be read") from None
        except (PIL.Image.DecompressionBombError, ValueError) as exc:
            raise ImageRejected(f"the image cannot be hashed ({type(exc).__name__})") from None
        keep = self.settings.image_keep_dir
        if keep is not None:
            keep = keep / tenant_id if tenant_id else keep
            keep.mkdir(parents=True, exist_ok=True)
            copy = keep / f"{hashes.sha256}{target.suffix.lower()[:10]}"
            if not copy.exists():
                shutil.copyfile(target, copy)
        return hashes

    def resolve(self, tenant_id: str, event: Event) -> Event:
        """An image event naming a file, with the file's hashes filled in (what is stored)."""
        if not isinstance(event, Image) or not event.path:
            return event
        try:
            hashes = self.hash_file(event.path, tenant_id)
        except ImageRejected:
            if event.md5 or event.sha256 or event.pdq:
                return event  # the hashes sent with it stand
            raise
        return event.model_copy(update={"md5": hashes.md5, "sha256": hashes.sha256,
                                        "pdq": hashes.pdq, "pdq_quality": hashes.pdq_quality})

    def resolve_many(self, tenant_id: str, events: Sequence[tuple[int, Event]]
                     ) -> tuple[list[tuple[int, Event]], list[tuple[int, str]]]:
        """(events with file hashes filled in, [(index, reason)] of image files refused)."""
        good: list[tuple[int, Event]] = []
        refused: list[tuple[int, str]] = []
        for index, event in events:
            try:
                good.append((index, self.resolve(tenant_id, event)))
            except ImageRejected as exc:
                refused.append((index, str(exc)))
        return good, refused

    @staticmethod
    def needs_hashing(events: Sequence[tuple[int, Event]]) -> bool:
        return any(isinstance(e, Image) and e.path for _, e in events)

    # ---- a moderator's decision --------------------------------------------------------

    def add_image_to_bank(self, tenant_id: str, bank_name: str, image: dict[str, Any], *,
                          source: str, note: str | None = None,
                          labels: Sequence[str] = ()) -> dict[str, Any]:
        """Add a stored image event's hashes (payload dict) to a bank; rebuilds the matcher.

        Returns {"added": n, "duplicates": n, "hashes": {type: hex}}. A PDQ hash of
        low quality is still stored (with its quality) and is simply never matched.
        """
        bank = self.store(tenant_id).get(bank_name)
        provenance = Provenance(source=source, added=utcnow(), labels=tuple(labels), note=note)
        quality = image.get("pdq_quality")
        entries = [BankEntry(t, image[t.value], provenance, quality if t is SignalType.PDQ else None)
                   for t in SignalType if image.get(t.value)]
        if not entries:
            raise BankError("this image event carries no hash (it named no readable file)")
        result = bank.add(entries)
        self.banks_changed(tenant_id)
        return {"added": result.added, "duplicates": result.duplicates,
                "hashes": {e.signal_type.value: e.value for e in entries}}
