"""Put a slightly out-of-order stream back in time order, with bounded delay.

Events are held until the stream's newest timestamp is `window` past them,
then released oldest first. An event that arrives later than that (older than
what was already released) is released at once and counted as late: it is
still processed, never dropped.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from typing import Generic, TypeVar

from watchkeeper.events import Event

E = TypeVar("E", bound=Event)


class ReorderBuffer(Generic[E]):
    def __init__(self, window: timedelta):
        self.window = window
        self._heap: list[tuple[datetime, int, E]] = []
        self._counter = 0  # ties keep arrival order
        self._newest: datetime | None = None
        self._released: datetime | None = None
        self.late = 0

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, event: E) -> list[E]:
        return self.push_many((event,))

    def push_many(self, events: Iterable[E]) -> list[E]:
        """Push events in arrival order; return those released, in release order
        (the same as pushing them one by one)."""
        heap, window = self._heap, self.window
        # The state in locals while the batch runs (this is done for every event), and
        # the watermark recomputed only when the newest time moves.
        newest, released, counter = self._newest, self._released, self._counter
        watermark = None if newest is None else newest - window
        ready: list[E] = []
        for event in events:
            ts = event.ts
            if released is not None and ts < released:
                self.late += 1
                ready.append(event)
                continue
            heapq.heappush(heap, (ts, counter, event))
            counter += 1
            if newest is None or ts > newest:
                newest = ts
                watermark = newest - window
            while heap and heap[0][0] <= watermark:
                released, _, item = heapq.heappop(heap)
                ready.append(item)
        self._newest, self._released, self._counter = newest, released, counter
        return ready

    def flush(self) -> list[E]:
        ready = [item for _, _, item in sorted(self._heap)]
        if ready:
            self._released = ready[-1].ts
        self._heap.clear()
        return ready


def reorder(events: Iterable[E], window: timedelta) -> Iterator[E]:
    buffer: ReorderBuffer[E] = ReorderBuffer(window)
    for event in events:
        yield from buffer.push(event)
    yield from buffer.flush()
