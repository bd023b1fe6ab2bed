"""Durable ingest: the database is the source of truth, the engine's state is derived.

For each tenant there is one detection `Engine`, rebuilt (at startup, or on
first use) by replaying the tenant's stored events in the order they were
stored (the core is deterministic, so this reproduces the live state
exactly). Ingest is serialised per tenant with group commit: requests queue
their events for the tenant's writer thread, which takes whatever is queued,
runs it through the engine, writes events, signals, conversation state,
alerts and webhook outbox rows in ONE transaction, commits, and only then
answers every request in the group.

If a transaction fails the engine may have seen events that were not stored,
so it is dropped and rebuilt from the database on the next use; the same
happens after a retention purge (watchkeeper.storage.retention) deleted some of
the tenant's events, under the tenant's lock. Alerts are
unique per (tenant, conversation) and (tenant, account) in the database, so
no restart or replay can raise one twice.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import BigInteger, Boolean, Float, Integer, String, Table, select
from sqlalchemy.engine import Connection
from sqlalchemy.engine import Engine as SqlEngine
from sqlalchemy.exc import SQLAlchemyError

from watchkeeper.actions import webhooks
from watchkeeper.actions.safety import safety_message
from watchkeeper.core.accounts import AccountAssessment
from watchkeeper.core.conversation import ConversationAssessment
from watchkeeper.core.engine import (
    Engine,
    EngineUpdate,
    MessageAnalysis,
    MessageAnalyzer,
    pack_analyses,
    unpack_analyses,
)
from watchkeeper.detectors import default_engine
from watchkeeper.events import Event, FriendRequest, Image, Message, Profile, Report, parse_event
from watchkeeper.imagery.service import TenantImages
from watchkeeper.storage.db import UTCDateTime, utcnow
from watchkeeper.storage.models import Alert, Conversation, Signal, StoredEvent, Tenant

log = logging.getLogger("watchkeeper.ingest")

# PostgreSQL: a binary COPY from this many rows (below, its extra round trip costs
# more than a multi-row INSERT; measured crossover about 8 rows).
COPY_MIN_ROWS = 8
# Requests with at least this many messages have their texts analysed in a
# worker process (below it, the round trip costs more than it saves).
POOL_MIN_MESSAGES = 8
# One transaction takes queued requests up to this many events (bounded latency).
GROUP_EVENTS = 2000
# Stored events are replayed into a new engine in chunks of this many.
_REPLAY_CHUNK = 2000


class StorageUnavailable(RuntimeError):
    """The database refused the batch; nothing of it was stored. Retry."""


class IngestFailed(RuntimeError):
    """An unexpected error while processing the batch; nothing of it was stored."""


@dataclass(slots=True)
class EventOutcome:
    index: int
    status: str  # accepted | duplicate | rejected
    type: str | None = None
    key: str | None = None
    conversation: str | None = None
    risk: float | None = None
    alert_raised: bool = False
    alert_id: int | None = None
    truncated: bool = False
    safety: dict[str, Any] | None = None
    error: dict[str, Any] | None = None


@dataclass(slots=True)
class _Submission:
    events: Sequence[tuple[int, Event]]
    region: str | None
    locale: str | None
    # Text analyses computed ahead (in a worker process), by event index.
    analyses: dict[int, MessageAnalysis] | None = None
    outcomes: list[EventOutcome] = field(default_factory=list)
    error: BaseException | None = None
    future: Future[list[EventOutcome]] = field(default_factory=Future)


def _driver_value(value: Any, dialect: str) -> Any:
    if isinstance(value, datetime):  # what UTCDateTime does, without SQLAlchemy's machinery
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        if dialect != "sqlite":
            return value
        # SQLite stores naive UTC text in SQLAlchemy's DATETIME format.
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return value


def _copy_type(column_type: Any) -> str | None:
    """The PostgreSQL type a binary COPY sends for a column (None: not supported here)."""
    if isinstance(column_type, UTCDateTime):
        return "timestamptz"
    if isinstance(column_type, BigInteger):
        return "int8"
    for kind, name in ((String, "text"), (Float, "float8"), (Boolean, "bool"), (Integer, "int4")):
        if isinstance(column_type, kind):
            return name
    return None


def bulk_insert(
    connection: Connection, table: Table, rows: list[dict[str, Any]], on_conflict: str = ""
) -> None:
    """Insert rows straight through the driver, skipping SQLAlchemy's per-parameter
    processing: on PostgreSQL a binary COPY for many rows (about 1.4 µs of client
    CPU per row, against 17 for a multi-row INSERT), one multi-row INSERT for a
    few, executemany (one pipelined round trip) for upserts; executemany on
    SQLite. Values must be plain Python values; datetimes are converted as
    UTCDateTime would."""
    if not rows:
        return
    columns = list(rows[0])
    dialect = connection.dialect.name
    preparer = connection.dialect.identifier_preparer
    target = "{} ({})".format(preparer.format_table(table),
                              ", ".join(preparer.quote(c) for c in columns))
    times = {c for c in columns if isinstance(table.c[c].type, UTCDateTime)}
    # The same datetime object (e.g. received_at) is converted once.
    converted: dict[int, Any] = {}

    def value(row: dict[str, Any], column: str) -> Any:
        raw = row[column]
        if column not in times or raw is None:
            return raw
        known = converted.get(id(raw))
        if known is None:
            known = converted[id(raw)] = _driver_value(raw, dialect)
        return known

    if dialect == "postgresql" and not on_conflict and len(rows) >= COPY_MIN_ROWS:
        types = [_copy_type(table.c[c].type) for c in columns]
        binary = None not in types
        cursor = connection.connection.driver_connection.cursor()
        options = " (FORMAT BINARY)" if binary else ""
        with cursor.copy(f"COPY {target} FROM STDIN{options}") as copy:
            if binary:
                copy.set_types(types)
            for row in rows:
                copy.write_row([value(row, c) for c in columns])
        return
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    one_row = "(" + ", ".join([marker] * len(columns)) + ")"
    sql = f"INSERT INTO {target} VALUES "
    tail = f" ON CONFLICT {on_conflict}" if on_conflict else ""
    if dialect == "postgresql" and not on_conflict:
        # A few rows: one multi-row statement (one round trip, one plan).
        params = [value(row, c) for row in rows for c in columns]
        connection.exec_driver_sql(sql + ", ".join([one_row] * len(rows)), tuple(params))
        return
    # executemany: one prepared statement (pipelined in one round trip by psycopg).
    connection.exec_driver_sql(
        sql + one_row + tail, [tuple(value(row, c) for c in columns) for row in rows])


def _actor(event: Event) -> str | None:
    if isinstance(event, (Message, Image, FriendRequest)):
        return event.sender
    if isinstance(event, Profile):
        return event.user
    if isinstance(event, Report):
        return event.reporter
    return None


# getattr with a default is slow on pydantic models when the field is absent
# (it goes through __getattr__ and an exception): test the type instead.
def _event_id(event: Event) -> str | None:
    return None if isinstance(event, Profile) else event.id


def _conversation_of(event: Event) -> str | None:
    return event.conversation if isinstance(event, (Message, Image, Report)) else None


def _categories(assessment: ConversationAssessment) -> tuple[str | None, str]:
    """The strongest category (by summed weight) and the ",a,b," list of all."""
    totals: dict[str, float] = {}
    for signal in assessment.signals:
        totals[signal.category] = totals.get(signal.category, 0.0) + signal.weight
    if not totals:
        return None, ","
    top = max(totals, key=lambda c: (totals[c], c))
    return top, "," + ",".join(sorted(totals)) + ","


class TenantRuntime:
    """One tenant's engine, lock and commit queue."""

    def __init__(self, service: IngestService, tenant_id: str):
        self.service = service
        self.tenant_id = tenant_id
        self.lock = threading.Lock()  # held while the engine is used
        self._queue: queue.SimpleQueue[_Submission | None] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._writer_lock = threading.Lock()
        self.engine: Engine | None = None
        # Keys of every stored event of the tenant (rebuilt with the engine): replays
        # are answered without a query; the database's unique key stays the last guard.
        self.stored_keys: set[str] = set()
        self.region: str | None = None
        self.locale: str | None = None
        # Stage of each alerted conversation as stored (to notice a change cheaply).
        self.alert_stages: dict[str, str] = {}

    # ---- engine lifecycle ---------------------------------------------------
    def invalidate(self) -> None:
        """Caller holds self.lock: the engine and the keys are rebuilt from the database
        on next use (after a failed transaction or a retention purge)."""
        self.engine = None
        self.stored_keys = set()

    def ensure_engine(self) -> Engine:
        """Caller holds self.lock."""
        if self.engine is None:
            self.engine, self.stored_keys = self._rebuild()
        return self.engine

    def _rebuild(self) -> tuple[Engine, set[str]]:
        """A fresh engine fed the tenant's stored events in stored order, and their keys."""
        engine = self.service.engine_factory()
        keys: set[str] = set()
        with self.service.db.connect() as conn:
            tenant = conn.execute(
                select(Tenant.region, Tenant.locale).where(Tenant.id == self.tenant_id)
            ).first()
            if tenant is not None:
                self.region, self.locale = tenant.region, tenant.locale
            if engine.image_matcher is None:  # the tenant's hash banks (recorded matches on replay)
                engine.image_matcher = self.service.images.engine_matcher(self.tenant_id, conn)
            rows = conn.execution_options(yield_per=_REPLAY_CHUNK).execute(
                select(StoredEvent.event_key, StoredEvent.payload)
                .where(StoredEvent.tenant_id == self.tenant_id)
                .order_by(StoredEvent.seq)
            )
            for chunk in rows.partitions(_REPLAY_CHUNK):
                keys.update(key for key, _ in chunk)
                engine.process_many([parse_event(orjson.loads(payload)) for _, payload in chunk])
        log.info("engine rebuilt", extra={"tenant": self.tenant_id, "events": len(keys)})
        return engine, keys

    # ---- ingest ---------------------------------------------------------------
    def submit(
        self,
        events: Sequence[tuple[int, Event]],
        region: str | None,
        locale: str | None,
        analyses: dict[int, MessageAnalysis] | None = None,
    ) -> Future[list[EventOutcome]]:
        """Queue events for the tenant's writer thread; the future resolves after commit."""
        submission = _Submission(events, region, locale, analyses)
        if self._writer is None:
            with self._writer_lock:
                if self._writer is None:
                    self._writer = threading.Thread(
                        target=self._write_loop, name=f"ingest-{self.tenant_id}", daemon=True)
                    self._writer.start()
        self._queue.put(submission)
        return submission.future

    def stop(self, timeout: float = 10.0) -> None:
        if self._writer is not None:
            self._queue.put(None)
            self._writer.join(timeout)

    def _write_loop(self) -> None:
        """One thread per tenant drains the queue: whatever arrived while the last
        group was committing forms the next group (group commit)."""
        while True:
            first = self._queue.get()
            if first is None:
                return
            group, size, stopping = [first], len(first.events), False
            while size < GROUP_EVENTS:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stopping = True
                    break
                group.append(more)
                size += len(more.events)
            # A request whose client went away before its turn is dropped unprocessed;
            # from here on, the others can no longer be cancelled.
            group = [s for s in group if s.future.set_running_or_notify_cancel()]
            if group:
                with self.lock:
                    self._commit_group(group)
            for submission in group:
                error = submission.error
                if error is None:
                    submission.outcomes.sort(key=lambda o: o.index)
                    submission.future.set_result(submission.outcomes)
                elif isinstance(error, SQLAlchemyError):
                    submission.future.set_exception(StorageUnavailable(type(error).__name__))
                else:
                    submission.future.set_exception(IngestFailed(type(error).__name__))
            if stopping:
                return

    def _commit_group(self, group: list[_Submission]) -> None:
        try:
            self._process_group(group)
        except BaseException as exc:
            # The engine may hold events that were not stored: rebuild it next time.
            self.invalidate()
            # SQL errors carry the statement's parameters (message text): log the type only.
            database = isinstance(exc, SQLAlchemyError)
            cause = type(getattr(exc, "orig", None) or exc).__name__
            log.error("ingest transaction failed", exc_info=not database,
                      extra={"tenant": self.tenant_id, "error": cause})
            for submission in group:
                submission.outcomes = []
                submission.error = exc

    def _process_group(self, group: list[_Submission]) -> None:
        engine = self.ensure_engine()
        service = self.service
        with service.db.begin() as conn:
            seen = self.stored_keys
            fresh: list[tuple[_Submission, int, Event]] = []
            for submission in group:
                for index, event in submission.events:
                    key = event.key
                    if key in seen:  # stored before, or repeated within this group
                        submission.outcomes.append(self._duplicate(engine, index, event))
                    else:
                        seen.add(key)
                        fresh.append((submission, index, event))
            updates = engine.apply([event for _, _, event in fresh], self._analyses(engine, fresh))
            batch = _Batch(self, conn)
            for (submission, index, event), update_ in zip(fresh, updates):
                if update_.duplicate:
                    submission.outcomes.append(self._duplicate(engine, index, event))
                else:
                    submission.outcomes.append(batch.add(index, event, update_, submission))
            batch.write()
        self.alert_stages.update(batch.stage_changes)
        service.after_commit(batch)

    @staticmethod
    def _analyses(
        engine: Engine, fresh: list[tuple[_Submission, int, Event]]
    ) -> list[MessageAnalysis]:
        """The analyses of the fresh messages, in order: computed ahead where a
        submission brought them, here (in one batch) for the rest."""
        found: list[MessageAnalysis | None] = []
        missing: list[str] = []
        for submission, index, event in fresh:
            if isinstance(event, Message):
                ahead = submission.analyses.get(index) if submission.analyses else None
                found.append(ahead)
                if ahead is None:
                    missing.append(event.text)
        computed = iter(engine.analyzer.analyse(missing))
        return [a if a is not None else next(computed) for a in found]

    def _duplicate(self, engine: Engine, index: int, event: Event) -> EventOutcome:
        outcome = EventOutcome(index=index, status="duplicate", type=event.type, key=event.key)
        conversation = _conversation_of(event)
        if isinstance(event, (Message, Image)) and conversation:
            outcome.conversation = conversation
            assessment = engine.assessment(conversation)
            outcome.risk = round(assessment.risk, 4) if assessment else None
        return outcome

    # ---- reads that need the live engine -----------------------------------------
    def account_assessment(self, account: str) -> AccountAssessment:
        with self.lock:
            return self.ensure_engine().account_assessment(account)


class _Batch:
    """Rows of one group commit, accumulated while the engine runs."""

    def __init__(self, runtime: TenantRuntime, conn: Connection):
        self.runtime = runtime
        self.conn = conn
        self.tenant_id = runtime.tenant_id
        self.now = utcnow()
        self.event_rows: list[dict[str, Any]] = []
        self.signal_rows: list[dict[str, Any]] = []
        # conversation -> (latest assessment, events in this batch, last ts, platform)
        self.conversations: dict[str, list[Any]] = {}
        self.raised: dict[str, tuple[ConversationAssessment, EventOutcome]] = {}
        self.account_alerts: list[tuple[AccountAssessment, str]] = []
        self.safety: list[dict[str, Any]] = []
        self.outcomes: list[EventOutcome] = []
        self.alerts_raised = 0
        self.accounts_flagged = 0
        self.webhooks_enqueued = 0
        self._endpoints: dict[str, list[int]] | None = None
        # Alert stages as written by this batch: cached once the transaction commits.
        self.stage_changes: dict[str, str] = {}

    def add(
        self, index: int, event: Event, upd: EngineUpdate, submission: _Submission
    ) -> EventOutcome:
        key = event.key
        outcome = EventOutcome(index=index, status="accepted", type=event.type, key=key)
        is_message = isinstance(event, Message)
        truncated = is_message and event.truncated
        outcome.truncated = truncated
        assessment = upd.conversation
        conversation = _conversation_of(event)
        if assessment is not None:
            conversation = assessment.conversation
            outcome.conversation = conversation
            outcome.risk = round(assessment.risk, 4)
            entry = self.conversations.get(conversation)
            platform = event.platform if is_message else None
            if entry is None:
                self.conversations[conversation] = [assessment, 1, event.ts, platform]
            else:
                entry[0] = assessment
                entry[1] += 1
                entry[2] = max(entry[2], event.ts)
                entry[3] = entry[3] or platform
        if upd.alert_raised and assessment is not None:
            outcome.alert_raised = True
            self.raised[assessment.conversation] = (assessment, outcome)
        for record in upd.message_signals:
            self.signal_rows.append(
                {"tenant_id": self.tenant_id, "conversation": conversation,
                 "message_id": record.message, "category": record.category,
                 "weight": float(record.weight), "evidence": record.evidence,
                 "start": record.start, "end": record.end, "detail": record.detail or "",
                 "source": record.source or ""}
            )
        for flagged in upd.account_alerts:
            self.account_alerts.append((flagged, key))
        if upd.safety is not None:
            region = submission.region or self.runtime.region or self.runtime.service.default_region
            locale = submission.locale or self.runtime.locale or self.runtime.service.default_locale
            message = safety_message(upd.safety.category, locale=locale, region=region)
            outcome.safety = {
                "recipients": list(upd.safety.recipients),
                "category": upd.safety.category,
                "message": message.model_dump(),
            }
            self.safety.append(
                {"conversation": upd.safety.conversation, "message_id": _event_id(event),
                 **outcome.safety}
            )
        self.event_rows.append(
            {"tenant_id": self.tenant_id, "event_key": key, "type": event.type,
             "event_id": _event_id(event), "ts": event.ts, "conversation": conversation,
             "actor": _actor(event), "risk": outcome.risk, "raised_alert": outcome.alert_raised,
             "truncated": truncated,
             # The same JSON as events.event_to_dict, serialised by pydantic in one step.
             "payload": event.model_dump_json(exclude_none=True),
             "received_at": self.now}
        )
        self.outcomes.append(outcome)
        return outcome

    def write(self) -> None:
        conn = self.conn
        bulk_insert(conn, StoredEvent.__table__, self.event_rows)
        bulk_insert(conn, Signal.__table__, self.signal_rows)
        self._write_conversations()
        self._write_conversation_alerts()
        self._write_account_alerts()
        for payload in self.safety:
            self._notify("safety_message", payload)

    def _write_conversations(self) -> None:
        if not self.conversations:
            return
        rows = [
            {"tenant_id": self.tenant_id, "id": conversation, "platform": platform,
             "risk": assessment.risk, "alert": assessment.alert, "stage": assessment.stage,
             "suspect": assessment.suspect, "first_alert": assessment.first_alert,
             "events": count, "last_ts": last_ts, "updated_at": self.now}
            for conversation, (assessment, count, last_ts, platform) in self.conversations.items()
        ]
        bulk_insert(
            self.conn, Conversation.__table__, rows,
            on_conflict="(tenant_id, id) DO UPDATE SET "
            "platform = COALESCE(conversations.platform, excluded.platform), "
            "risk = excluded.risk, alert = excluded.alert, stage = excluded.stage, "
            "suspect = excluded.suspect, first_alert = excluded.first_alert, "
            "events = conversations.events + excluded.events, last_ts = excluded.last_ts, "
            "updated_at = excluded.updated_at",
        )

    def _platform(self, conversation: str) -> str | None:
        entry = self.conversations.get(conversation)
        if entry is not None and entry[3]:
            return entry[3]
        return self.conn.scalar(
            select(Conversation.platform).where(
                Conversation.tenant_id == self.tenant_id, Conversation.id == conversation
            )
        )

    def _write_conversation_alerts(self) -> None:
        updates: list[tuple[str, ConversationAssessment, dict[str, Any]]] = []
        for conversation, (assessment, _count, _ts, _platform) in self.conversations.items():
            if not assessment.alert:
                continue
            category, categories = _categories(assessment)
            values = {"risk": assessment.risk, "stage": assessment.stage, "category": category,
                      "categories": categories, "assessment": assessment.to_dict(),
                      "account": assessment.suspect, "updated_at": self.now}
            if conversation in self.raised:
                alert_id = self._insert_alert(
                    kind="conversation", subject=conversation, conversation=conversation,
                    first_alert=assessment.first_alert, platform=self._platform(conversation),
                    **values)
                outcome = self.raised[conversation][1]
                if alert_id is None:  # already stored: never raise twice
                    outcome.alert_raised = False
                    continue
                outcome.alert_id = alert_id
                self.stage_changes[conversation] = assessment.stage
                self.alerts_raised += 1
                self._notify("alert.raised", self.alert_payload(
                    alert_id, "conversation", conversation, values,
                    first_alert=assessment.first_alert))
                continue
            updates.append((conversation, assessment, values))
        if not updates:
            return
        # Every alerted conversation's alert row follows its live assessment: one
        # executemany. Stage changes (rare) are notified on alert.updated. Rows are
        # updated in subject order, the order a moderator's decision locks them in
        # (web/cases.py: suspect_alerts), so the two never wait on each other in a cycle.
        updates.sort(key=lambda update: update[0])
        stored = self.runtime.alert_stages
        unknown = [c for c, _, _ in updates if c not in stored]
        if unknown:  # first sight since start: read the stored stages (and ids) once
            for row in self.conn.execute(select(Alert.subject, Alert.stage).where(
                    Alert.tenant_id == self.tenant_id, Alert.kind == "conversation",
                    Alert.subject.in_(unknown))):
                stored[row.subject] = row.stage
        dialect = self.conn.dialect.name
        marker = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        columns = ("risk", "stage", "category", "categories", "assessment", "account", "updated_at")
        self.conn.exec_driver_sql(
            "UPDATE alerts SET " + ", ".join(f"{c} = {marker}" for c in columns)
            + f" WHERE tenant_id = {marker} AND kind = 'conversation' AND subject = {marker}",
            [tuple(_driver_value(orjson.dumps(v[c]).decode() if c == "assessment" else v[c], dialect)
                   for c in columns) + (self.tenant_id, conversation)
             for conversation, _assessment, v in updates],
        )
        for conversation, assessment, values in updates:
            known = stored.get(conversation)
            if known is None or known == assessment.stage:
                continue
            alert = self.conn.execute(select(Alert.id, Alert.status).where(
                Alert.tenant_id == self.tenant_id, Alert.kind == "conversation",
                Alert.subject == conversation)).first()
            if alert is None:
                continue
            self.stage_changes[conversation] = assessment.stage
            self._notify("alert.updated", self.alert_payload(
                alert.id, "conversation", conversation, values,
                status=alert.status, reason="stage_changed"))

    def _write_account_alerts(self) -> None:
        for flagged, _key in self.account_alerts:
            categories = sorted({s.get("category", "") for s in flagged.signals} - {""})
            values = {"risk": flagged.risk, "stage": "none",
                      "category": categories[0] if categories else None,
                      "categories": "," + ",".join(categories) + "," if categories else ",",
                      "assessment": flagged.to_dict(), "account": flagged.account,
                      "updated_at": self.now}
            alert_id = self._insert_alert(kind="account", subject=flagged.account, **values)
            if alert_id is None:
                continue
            self.accounts_flagged += 1
            self._notify("account.flagged",
                         self.alert_payload(alert_id, "account", flagged.account, values))

    def _insert_alert(self, **values: Any) -> int | None:
        """Insert an alert unless (tenant, kind, subject) has one: its id, or None."""
        row = {"tenant_id": self.tenant_id, "status": "open", "created_at": self.now, **values,
               "assessment": orjson.dumps(values["assessment"]).decode()}
        dialect = self.conn.dialect.name
        marker = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        return self.conn.exec_driver_sql(
            "INSERT INTO alerts ({}) VALUES ({}) ON CONFLICT (tenant_id, kind, subject) "
            "DO NOTHING RETURNING id".format(", ".join(row), ", ".join([marker] * len(row))),
            tuple(_driver_value(v, dialect) for v in row.values()),
        ).scalar()

    def _notify(self, kind: str, data: dict[str, Any]) -> None:
        if self._endpoints is None:  # looked up once per transaction, when needed
            self._endpoints = webhooks.active_endpoints(self.conn, self.tenant_id)
        self.webhooks_enqueued += webhooks.enqueue(
            self.conn, self.tenant_id, kind, data, self._endpoints
        )

    def alert_payload(
        self, alert_id: int, kind: str, subject: str, values: dict[str, Any], **extra: Any
    ) -> dict[str, Any]:
        return {"alert": {"id": alert_id, "kind": kind, "subject": subject,
                          "status": extra.pop("status", "open"), "risk": round(values["risk"], 4),
                          "stage": values["stage"], "category": values["category"],
                          "account": values["account"], **extra,
                          "assessment": values["assessment"]}}


_analyzer: MessageAnalyzer | None = None


def _init_analyzer(engine_factory: Callable[[], Engine]) -> None:
    """In an analysis process: the same analyzer the tenants' engines use."""
    global _analyzer
    _analyzer = engine_factory().analyzer


def _analyse(texts: list[str]) -> tuple[list[MessageAnalysis | None], Any]:
    assert _analyzer is not None
    return pack_analyses(_analyzer.analyse(texts))


class IngestService:
    """Per-tenant runtimes over one database. Thread-safe."""

    def __init__(
        self,
        db: SqlEngine,
        *,
        engine_factory: Callable[[], Engine] = default_engine,
        default_region: str = "CA",
        default_locale: str = "en",
        on_commit: Callable[[_Batch], None] | None = None,
        analysis_processes: int = 0,
        images: TenantImages | None = None,
    ):
        self.db = db
        self.engine_factory = engine_factory
        self.images = images if images is not None else TenantImages(db)
        # Text analysis is pure and per message: large requests have it done in
        # worker processes, so the writer thread (which holds the GIL) only tracks.
        self._pool: ProcessPoolExecutor | None = None
        if analysis_processes > 0:
            self._pool = ProcessPoolExecutor(
                analysis_processes, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_analyzer, initargs=(engine_factory,),
            )
            self._pool.submit(_analyse, [])  # start it now, not on the first request
        self.default_region = default_region
        self.default_locale = default_locale
        self.on_commit = on_commit
        self._runtimes: dict[str, TenantRuntime] = {}
        self._closing = threading.Event()
        self._lock = threading.Lock()

    def runtime(self, tenant_id: str) -> TenantRuntime:
        runtime = self._runtimes.get(tenant_id)
        if runtime is None:
            with self._lock:
                runtime = self._runtimes.setdefault(tenant_id, TenantRuntime(self, tenant_id))
        return runtime

    def ingest(
        self,
        tenant_id: str,
        events: Sequence[tuple[int, Event]],
        region: str | None = None,
        locale: str | None = None,
    ) -> list[EventOutcome]:
        """Store and assess events; returns after commit (raises StorageUnavailable)."""
        if not events:
            return []
        return self.runtime(tenant_id).submit(events, region, locale).result()

    async def ingest_async(
        self,
        tenant_id: str,
        events: Sequence[tuple[int, Event]],
        region: str | None = None,
        locale: str | None = None,
    ) -> list[EventOutcome]:
        """As `ingest`, awaited on the event loop (no worker thread per request)."""
        if not events:
            return []
        analyses = None
        texts = [(i, e.text) for i, e in events if isinstance(e, Message)]
        if self._pool is not None and len(texts) >= POOL_MIN_MESSAGES:
            loop = asyncio.get_running_loop()
            done = await loop.run_in_executor(self._pool, _analyse, [t for _, t in texts])
            analyses = {i: a for (i, _), a in zip(texts, unpack_analyses(done))}
        return await asyncio.wrap_future(
            self.runtime(tenant_id).submit(events, region, locale, analyses))

    def warm_up(self) -> threading.Thread:
        """Rebuild every tenant's engine in the background, so the first request of a
        tenant after a restart does not wait for the replay (it waits on the lock)."""

        def rebuild_all() -> None:
            try:
                with self.db.connect() as conn:
                    tenants = list(conn.scalars(select(Tenant.id).order_by(Tenant.id)))
                for tenant_id in tenants:
                    if self._closing.is_set():
                        return
                    runtime = self.runtime(tenant_id)
                    with runtime.lock:
                        runtime.ensure_engine()
            except SQLAlchemyError as exc:  # not fatal: engines are rebuilt on first use
                log.warning("engine warm-up stopped", extra={"error": type(exc).__name__})

        thread = threading.Thread(target=rebuild_all, name="engine-warm-up", daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        """Let the writer threads finish what is queued, then stop them."""
        self._closing.set()
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        for runtime in list(self._runtimes.values()):
            runtime.stop()

    def after_commit(self, batch: _Batch) -> None:
        if self.on_commit is not None:
            self.on_commit(batch)

    def forget(self, tenant_id: str) -> None:
        """Drop a tenant's engine (it is rebuilt from the database on next use)."""
        runtime = self._runtimes.get(tenant_id)
        if runtime is not None:
            with runtime.lock:
                runtime.invalidate()

    @contextmanager
    def exclusive(self, tenant_id: str) -> Iterator[TenantRuntime]:
        """Hold a tenant's ingest lock: no group of that tenant is processed meanwhile
        (the retention purge deletes and invalidates under it)."""
        runtime = self.runtime(tenant_id)
        with runtime.lock:
            yield runtime

    def invalidate_locked(self, tenant_id: str) -> None:
        """Drop a tenant's engine and event keys; the caller holds `exclusive(tenant_id)`."""
        runtime = self._runtimes.get(tenant_id)
        if runtime is not None:
            runtime.invalidate()

