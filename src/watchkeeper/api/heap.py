"""Keep the cyclic garbage collector off the engines' long-lived state.

Nearly all of the service's heap is the tenants' engine state: millions of
small containers that live as long as the process. CPython runs a full
collection each time the old generation has grown by a quarter, and a full
collection walks all of it: at 10,000 events/s those pauses reached 250 ms
after ten seconds (growing with the state), took 17 % of the time and found
no garbage (bench/load.py, SQLite, batches of 100, ten seconds: p99 212 ms ->
48 ms and 12,026 -> 13,446 events/s without them).

So, every second, a young collection runs and whatever survived it is frozen
(`gc.freeze`, O(1)): automatic collections then only walk what was allocated
since. Objects frozen while alive are still freed by reference counting;
only cyclic garbage among them waits for the full collection of everything
(`gc.unfreeze`, `gc.collect`), which runs every ten minutes.
"""

from __future__ import annotations

import gc
import threading
import time

FREEZE_SECONDS = 1.0
FULL_COLLECTION_SECONDS = 600.0


class HeapFreezer:
    def __init__(self, every: float = FREEZE_SECONDS, full_every: float = FULL_COLLECTION_SECONDS):
        self.every = every
        self.full_every = full_every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heap-freezer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop freezing and hand everything back to the collector."""
        self._stop.set()
        self._thread.join(10)
        gc.unfreeze()

    def _run(self) -> None:
        last_full = time.monotonic()
        while not self._stop.wait(self.every):
            if time.monotonic() - last_full >= self.full_every:
                gc.unfreeze()
                gc.collect()
                last_full = time.monotonic()
            else:
                gc.collect(1)  # young cyclic garbage is collected, not frozen
            gc.freeze()
