"""Streaming scan of a JSONL event file through the engine.

Memory is bounded by live state, not by file size: events are read in
chunks, put back in time order within a small window, scored in batches, and
conversations and users idle longer than `idle_ttl` are finalised and handed
to `on_conversation` / `on_account` as they go.
"""

from __future__ import annotations

import gc
import heapq
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any

import numpy as np
import orjson

from watchkeeper.core.accounts import AccountAssessment
from watchkeeper.core.conversation import ConversationAssessment
from watchkeeper.core.engine import (
    Engine,
    MessageAnalysis,
    MessageAnalyzer,
    pack_analyses,
    unpack_analyses,
)
from watchkeeper.core.ordering import ReorderBuffer
from watchkeeper.events import Event, EventError, Message, ReadResult, iter_jsonl

CHUNK = 1024
EVICT_EVERY = 20_000


@dataclass
class ScanSummary:
    events: int = 0
    messages: int = 0
    duplicates: int = 0
    late: int = 0
    bad_lines: int = 0
    errors: list[EventError] = field(default_factory=list)
    conversations: int = 0
    alerts: int = 0
    accounts_flagged: int = 0
    seconds: float = 0.0

    @property
    def messages_per_second(self) -> float:
        return self.messages / self.seconds if self.seconds else 0.0


# Worker processes analyse message texts (the costly, pure part) while the main
# process parses and tracks; tracking stays sequential, so results are identical.
_worker_analyzer: MessageAnalyzer | None = None


@contextmanager
def rare_garbage_collection(first_generation: int = 200_000) -> Iterator[None]:
    """Collect cyclic garbage less often while scanning.

    A scan allocates millions of short-lived objects beside a large live state;
    with CPython's defaults (a collection every 700 allocations, older
    generations re-scanning that state) collection took about a quarter of the
    scan's CPU. The state holds few reference cycles, so little waits longer.
    At 50,000 the growing state (a month of conversations) still cost about 8%
    of the tracking process's CPU, much of it in second-generation collections;
    at 200,000 those all but stop (measured on bench/bench_scan.py's stream)."""
    previous = gc.get_threshold()
    gc.set_threshold(first_generation, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _init_worker(factory: Callable[[], MessageAnalyzer]) -> None:
    global _worker_analyzer
    _worker_analyzer = factory()
    gc.freeze()  # the model's objects live for the whole scan: keep them out of collections
    gc.set_threshold(50_000, 20, 100)  # a worker process only scans (see rare_garbage_collection)


def _analyse(texts: list[str]) -> tuple[list[MessageAnalysis | None], np.ndarray | None]:
    """Analyses for the parent process, packed (`pack_analyses`): the parent unpickles
    almost nothing for the 80-90% of messages where no sign or cue was found."""
    assert _worker_analyzer is not None
    return pack_analyses(_worker_analyzer.analyse(texts))


def _chunks(events: Iterable[Event], size: int) -> Iterable[list[Event]]:
    events = iter(events)
    while chunk := list(islice(events, size)):
        yield chunk


@rare_garbage_collection()
def scan_stream(
    lines: Iterable[bytes],
    engine: Engine,
    on_conversation: Callable[[ConversationAssessment], None],
    on_account: Callable[[AccountAssessment], None],
    strict: bool = False,
    on_progress: Callable[[int], None] | None = None,
    workers: int = 0,
    analyzer_factory: Callable[[], MessageAnalyzer] | None = None,
) -> ScanSummary:
    """Scan JSONL lines; call `on_conversation` once per conversation and `on_account`
    once per user, when final.

    With `workers` > 0 (and a picklable `analyzer_factory` that builds the same
    analyzer as the engine's), message texts are analysed in that many processes.
    """
    summary = ScanSummary()
    read = ReadResult()
    buffer: ReorderBuffer[Event] = ReorderBuffer(engine.config.reorder_window)
    started = time.perf_counter()
    since_evict = 0

    def track(ready: list[Event], analyses: list[MessageAnalysis]) -> None:
        nonlocal since_evict
        for update in engine.apply(ready, analyses):
            summary.events += 1
            if update.duplicate:
                summary.duplicates += 1
                continue
            if isinstance(update.event, Message):
                summary.messages += 1
            if update.alert_raised:
                summary.alerts += 1
            summary.accounts_flagged += len(update.account_alerts)
        since_evict += len(ready)
        if since_evict >= EVICT_EVERY:
            since_evict = 0
            for done in engine.evict_idle():
                summary.conversations += 1
                on_conversation(done)
            for account in engine.evict_idle_users():
                on_account(account)

    pool = (
        ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(analyzer_factory,))
        if workers > 0 and analyzer_factory is not None
        else None
    )
    pending: deque[tuple[list[Event], Future[tuple[list[MessageAnalysis | None], np.ndarray | None]]]] = deque()

    def submit(ready: list[Event]) -> None:
        if not ready:
            return
        texts = [e.text for e in ready if isinstance(e, Message)]
        if pool is None:
            track(ready, engine.analyzer.analyse(texts))
            return
        pending.append((ready, pool.submit(_analyse, texts)))
        while len(pending) > 2 * workers:
            done_events, future = pending.popleft()
            track(done_events, unpack_analyses(future.result()))

    try:
        for chunk in _chunks(iter_jsonl(lines, read, strict=strict), CHUNK):
            submit(buffer.push_many(chunk))
            if on_progress:
                on_progress(len(chunk))
        submit(buffer.flush())
        while pending:
            done_events, future = pending.popleft()
            track(done_events, unpack_analyses(future.result()))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    for tracker in list(engine.conversations.values()):
        summary.conversations += 1
        on_conversation(tracker.assessment(engine.config, engine.age_of))
    engine.conversations.clear()
    for user in list(engine.users):
        on_account(engine.accounts.forget(user))
    engine.users.clear()
    summary.late = buffer.late
    summary.bad_lines = len(read.errors or [])
    summary.errors = list(read.errors or [])
    summary.seconds = time.perf_counter() - started
    return summary


class ReportWriter:
    """Writes the spec's report JSON incrementally: conversations straight to the
    report as they finish, accounts to a spool file appended at the end."""

    def __init__(self, handle: IO[bytes]):
        self._handle = handle
        # Closed by close(): the writer outlives any one block.
        self._accounts: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115
        self._first_conversation = self._first_account = True
        handle.write(b'{"conversations": [\n')

    def conversation(self, assessment: ConversationAssessment) -> None:
        if not self._first_conversation:
            self._handle.write(b",\n")
        self._first_conversation = False
        self._handle.write(orjson.dumps(assessment.to_dict()))

    def account(self, assessment: AccountAssessment) -> None:
        if not self._first_account:
            self._accounts.write(b",\n")
        self._first_account = False
        self._accounts.write(orjson.dumps(assessment.to_dict()))

    def close(self) -> None:
        self._handle.write(b'\n], "accounts": [\n')
        self._accounts.seek(0)
        shutil.copyfileobj(self._accounts, self._handle)
        self._accounts.close()
        self._handle.write(b"\n]}\n")


def scan_file(
    path: Path,
    engine: Engine,
    report_path: Path | None = None,
    strict: bool = False,
    on_progress: Callable[[int], None] | None = None,
    keep: Callable[[ConversationAssessment], bool] | None = None,
    workers: int = 0,
    analyzer_factory: Callable[[], MessageAnalyzer] | None = None,
    keep_most: int | None = None,
) -> tuple[ScanSummary, list[ConversationAssessment], list[dict[str, Any]]]:
    """Scan a file; return the summary, the kept assessments (alerted ones by default),
    and the flagged accounts. Optionally write the full report JSON to `report_path`.
    `on_progress` receives the number of bytes read so far. With `keep_most`, only
    that many kept assessments (the riskiest) stay in memory."""
    keep = keep or (lambda a: a.alert)
    kept: list[tuple[float, int, ConversationAssessment]] = []  # a min-heap on risk
    out = open(report_path, "wb") if report_path else None  # noqa: SIM115 (closed in the finally below)
    writer = ReportWriter(out) if out else None

    flagged: list[dict[str, Any]] = []

    def on_account(assessment: AccountAssessment) -> None:
        if writer:
            writer.account(assessment)
        if assessment.alert:
            flagged.append(assessment.to_dict())

    def on_conversation(assessment: ConversationAssessment) -> None:
        if writer:
            writer.conversation(assessment)
        if keep(assessment):
            item = (assessment.risk, len(kept) if keep_most is None else id(assessment), assessment)
            if keep_most is None or len(kept) < keep_most:
                heapq.heappush(kept, item)
            elif item[0] > kept[0][0]:
                heapq.heapreplace(kept, item)

    try:
        with open(path, "rb") as handle:

            def progress(_: int) -> None:
                if on_progress:
                    on_progress(handle.tell())  # the bytes of the lines read so far

            summary = scan_stream(
                handle, engine, on_conversation, on_account, strict, progress, workers, analyzer_factory
            )
        if writer:
            writer.close()
    finally:
        if out:
            out.close()
    return summary, [a for _, _, a in sorted(kept, key=lambda k: -k[0])], flagged
