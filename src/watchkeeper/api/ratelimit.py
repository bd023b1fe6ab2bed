"""Per-key token buckets, in memory (one server process owns its tenants)."""

from __future__ import annotations

import threading
import time


class TokenBuckets:
    def __init__(self, rate: float, burst: int, clock=time.monotonic):  # type: ignore[no-untyped-def]
        self.rate = rate
        self.burst = burst
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill)
        self._lock = threading.Lock()

    def take(self, key: str, rate: float | None = None, cost: float = 1.0) -> float:
        """Take `cost` tokens; return 0 if allowed, else seconds until it would be."""
        rate = rate or self.rate
        # A per-key rate keeps the default's burst-to-rate proportion.
        burst = max(1.0, self.burst * rate / self.rate)
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (burst, now))
            tokens = min(burst, tokens + (now - last) * rate)
            if tokens >= cost:
                self._buckets[key] = (tokens - cost, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (cost - tokens) / rate
