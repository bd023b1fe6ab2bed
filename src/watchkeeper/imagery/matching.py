"""Matchers: compare an image's signals with the hashes in banks.

* MD5 and SHA-256: exact match, a dict from hash bytes to bank entries.
* PDQ: Hamming distance <= 31 (Meta's recommended threshold, configurable), through
  `PDQIndex`, a multi-index hashing index (Norouzi, Punjani & Fleet, "Fast search
  in Hamming space with multi-index hashing", CVPR 2012) that is exact: it returns
  the same hashes as comparing with every bank entry, only faster.
* PDQ hashes with a quality below 50 (configurable) are not matched, neither as a
  query nor as a bank entry: PDQ's authors advise that such hashes (flat or nearly
  featureless images) collide with unrelated images.

A `Matcher` is a snapshot of its banks: build a new one after banks change
(building takes under a second per million PDQ hashes). Entries removed from a
bank after the snapshot are no longer reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from math import comb
from typing import Protocol

import numpy as np

from watchkeeper.imagery.banks import UNKNOWN_QUALITY, Bank, BankEntry
from watchkeeper.imagery.hashing import ImageHashes, ImageSource, hash_image
from watchkeeper.imagery.signals import SignalType, normalize_hex

PDQ_MATCH_THRESHOLD = 31
PDQ_MIN_QUALITY = 50
PDQ_BITS = 256
PDQ_BYTES = PDQ_BITS // 8


@dataclass(frozen=True)
class Match:
    """A query hash found in a bank; `distance` is 0 for exact signal types."""

    bank: str
    signal_type: SignalType
    distance: int
    entry: BankEntry

    @property
    def value(self) -> str:
        return self.entry.value


def popcount_rows(words: np.ndarray) -> np.ndarray:
    """Number of set bits per row of a (n, k) uint64 array."""
    if hasattr(np, "bitwise_count"):  # numpy >= 2.0
        counts = np.bitwise_count(words)
    else:
        as_bytes = np.ascontiguousarray(words).view(np.uint8)
        bits = np.unpackbits(as_bytes, axis=1).reshape(len(words), words.shape[1], 64)
        counts = bits.sum(axis=2, dtype=np.int64)
    # Adding columns one by one is several times faster than .sum(axis=1) on 4 columns.
    total = counts[:, 0].astype(np.int64)
    for column in range(1, counts.shape[1]):
        total += counts[:, column]
    return total


def pdq_words(hashes: np.ndarray) -> np.ndarray:
    """(n, 32) uint8 hashes as (n, 4) uint64 words for XOR + popcount."""
    hashes = np.ascontiguousarray(hashes, dtype=np.uint8).reshape(-1, PDQ_BYTES)
    return hashes.view(np.uint64)


def pdq_bytes(hex_value: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(normalize_hex(hex_value, SignalType.PDQ)), np.uint8)


def pdq_distance(a: str, b: str) -> int:
    """Hamming distance between two PDQ hashes in hex."""
    return int(popcount_rows(pdq_words(pdq_bytes(a)) ^ pdq_words(pdq_bytes(b)))[0])


def pdq_brute_force(
    hashes: np.ndarray, query: np.ndarray, threshold: int
) -> tuple[np.ndarray, np.ndarray]:
    """(row ids, distances) of all hashes within `threshold` of `query`, by full scan."""
    distances = popcount_rows(pdq_words(hashes) ^ pdq_words(query))
    ids = np.flatnonzero(distances <= threshold)
    return _ordered(ids, distances[ids])


def _ordered(ids: np.ndarray, distances: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.lexsort((ids, distances))
    return ids[order].astype(np.int64), distances[order].astype(np.int64)


@lru_cache(maxsize=8)
def _flip_masks(bits: int, radius: int) -> np.ndarray:
    """All `bits`-bit masks with at most `radius` bits set."""
    masks = [0]
    for weight in range(1, radius + 1):
        masks.extend(sum(1 << b for b in combo) for combo in combinations(range(bits), weight))
    return np.array(masks, dtype=np.int64)


class PDQIndex:
    """Exact Hamming-radius search over PDQ hashes by multi-index hashing.

    The 256 bits are cut into 16 substrings of 16 bits, each with its own table.
    By the pigeonhole principle, two hashes within distance d agree to within
    floor(d / 16) bits on at least one substring, so for d <= 31 it is enough to
    look up, in each table, the query's substring and its 16 one-bit variants
    (272 buckets), then verify those candidates' full distance with numpy.
    A table is a CSR layout: row ids sorted by substring value plus 65,537 bucket
    offsets, so a bucket lookup is two array reads, with no hashing or search.
    """

    SUBSTRINGS = 16
    SUBSTRING_BITS = PDQ_BITS // SUBSTRINGS
    MAX_PROBES_PER_TABLE = 2048  # beyond this (radius >= 4), a full scan is cheaper

    def __init__(self, hashes: np.ndarray):
        hashes = np.ascontiguousarray(hashes, dtype=np.uint8).reshape(-1, PDQ_BYTES)
        self.hashes = hashes
        self.words = pdq_words(hashes)
        n = len(hashes)
        substrings = hashes.view(np.uint16)  # (n, 16); native byte order, same for queries
        buckets = 1 << self.SUBSTRING_BITS
        id_type = np.int32 if n < 2**31 else np.int64
        self._ids = np.empty((self.SUBSTRINGS, n), dtype=id_type)
        self._offsets = np.zeros((self.SUBSTRINGS, buckets + 1), dtype=np.int64)
        for table in range(self.SUBSTRINGS):
            keys = substrings[:, table]
            self._ids[table] = np.argsort(keys, kind="stable")  # radix sort for uint16
            np.cumsum(np.bincount(keys, minlength=buckets), out=self._offsets[table, 1:])
        self._flat_ids = self._ids.reshape(-1)
        self._table_base = (np.arange(self.SUBSTRINGS, dtype=np.int64) * n)[:, None]

    def __len__(self) -> int:
        return len(self.hashes)

    @property
    def nbytes(self) -> int:
        return self.hashes.nbytes + self._ids.nbytes + self._offsets.nbytes

    def candidates(self, query: np.ndarray, threshold: int) -> np.ndarray:
        """Row ids sharing a substring within floor(threshold / 16) bits (may repeat)."""
        query_substrings = np.ascontiguousarray(query, dtype=np.uint8).view(np.uint16)
        masks = _flip_masks(self.SUBSTRING_BITS, threshold // self.SUBSTRINGS)
        keys = query_substrings.astype(np.int64)[:, None] ^ masks[None, :]  # (16, probes)
        rows = np.arange(self.SUBSTRINGS)[:, None]
        starts = self._offsets[rows, keys]
        lengths = (self._offsets[rows, keys + 1] - starts).ravel()
        starts = (starts + self._table_base).ravel()
        total = int(lengths.sum())
        if total == 0:
            return np.zeros(0, dtype=np.int64)
        # Concatenate the ranges [start, start + length) without a Python loop.
        ends = np.cumsum(lengths)
        positions = np.arange(total, dtype=np.int64) + np.repeat(starts - (ends - lengths), lengths)
        return self._flat_ids[positions]

    def search(
        self, query: np.ndarray, threshold: int = PDQ_MATCH_THRESHOLD
    ) -> tuple[np.ndarray, np.ndarray]:
        """(row ids, distances) of all hashes within `threshold`, nearest first."""
        query = np.ascontiguousarray(query, dtype=np.uint8).reshape(PDQ_BYTES)
        if threshold < 0 or len(self) == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        radius = threshold // self.SUBSTRINGS
        probes = sum(comb(self.SUBSTRING_BITS, w) for w in range(min(radius, 16) + 1))
        if probes > self.MAX_PROBES_PER_TABLE:
            return pdq_brute_force(self.hashes, query, threshold)
        candidates = self.candidates(query, threshold)
        distances = popcount_rows(np.take(self.words, candidates, axis=0) ^ pdq_words(query))
        close = distances <= threshold
        ids, first = np.unique(candidates[close], return_index=True)
        return _ordered(ids, distances[close][first])


class SignalMatcher(Protocol):
    """Matches one signal type; a `Matcher` holds one per type."""

    signal_type: SignalType

    def match(self, value: str, quality: int | None = None) -> list[Match]: ...


def _resolve(
    banks: Sequence[Bank], signal_type: SignalType, hits: Iterable[tuple[int, int, int]]
) -> list[Match]:
    """Matches for (bank index, entry key, distance) hits, skipping entries removed since."""
    matches = []
    for bank_index, key, distance in hits:
        bank = banks[bank_index]
        try:
            entry = bank.entry(signal_type, key)
        except KeyError:
            continue
        matches.append(Match(bank.name, signal_type, distance, entry))
    return matches


class ExactMatcher:
    """MD5 or SHA-256: a dict from hash bytes to (bank, key) pairs."""

    def __init__(self, signal_type: SignalType, banks: Iterable[Bank]):
        if signal_type is SignalType.PDQ:
            raise ValueError("PDQ is matched by distance: use PDQMatcher")
        self.signal_type = signal_type
        self._banks = list(banks)
        self._index: dict[bytes, list[tuple[int, int]]] = {}
        for bank_index, bank in enumerate(self._banks):
            arrays = bank.hash_arrays(signal_type)
            width = signal_type.byte_length
            raw_values = np.ascontiguousarray(arrays.values).view(f"S{width}").ravel().tolist()
            for raw, key in zip(raw_values, arrays.keys.tolist()):
                # S-dtype drops trailing NUL bytes; pad them back.
                self._index.setdefault(raw.ljust(width, b"\0"), []).append((bank_index, key))

    def __len__(self) -> int:
        return sum(len(v) for v in self._index.values())

    def match(self, value: str, quality: int | None = None) -> list[Match]:
        raw = bytes.fromhex(normalize_hex(value, self.signal_type))
        hits = ((bank_index, key, 0) for bank_index, key in self._index.get(raw, ()))
        return _resolve(self._banks, self.signal_type, hits)


class PDQMatcher:
    """PDQ within a Hamming distance, over all banks in one `PDQIndex`."""

    signal_type = SignalType.PDQ

    def __init__(
        self,
        banks: Iterable[Bank],
        *,
        threshold: int = PDQ_MATCH_THRESHOLD,
        min_quality: int = PDQ_MIN_QUALITY,
    ):
        self.threshold = threshold
        self.min_quality = min_quality
        self._banks = list(banks)
        values, bank_ids, keys = [], [], []
        self.skipped_low_quality = 0
        for bank_index, bank in enumerate(self._banks):
            arrays = bank.hash_arrays(SignalType.PDQ)
            # Bank entries without a known quality (most shared lists) are kept.
            usable = (arrays.quality == UNKNOWN_QUALITY) | (arrays.quality >= min_quality)
            self.skipped_low_quality += int((~usable).sum())
            values.append(arrays.values[usable])
            keys.append(arrays.keys[usable])
            bank_ids.append(np.full(int(usable.sum()), bank_index, np.int32))
        self._row_bank = np.concatenate(bank_ids) if bank_ids else np.zeros(0, np.int32)
        self._row_key = np.concatenate(keys) if keys else np.zeros(0, np.int64)
        hashes = np.concatenate(values) if values else np.zeros((0, PDQ_BYTES), np.uint8)
        self.index = PDQIndex(hashes)

    def __len__(self) -> int:
        return len(self.index)

    def quality_ok(self, quality: int | None) -> bool:
        """A query of unknown quality (a precomputed hash sent without it) is matched."""
        return quality is None or quality >= self.min_quality

    def match(self, value: str, quality: int | None = None) -> list[Match]:
        if not self.quality_ok(quality):
            return []
        rows, distances = self.index.search(pdq_bytes(value), self.threshold)
        hits = zip(
            self._row_bank[rows].tolist(), self._row_key[rows].tolist(), distances.tolist()
        )
        return _resolve(self._banks, SignalType.PDQ, hits)


class Matcher:
    """All signal matchers over a set of banks; matches sorted by distance."""

    def __init__(self, matchers: Iterable[SignalMatcher]):
        self.matchers: dict[SignalType, SignalMatcher] = {m.signal_type: m for m in matchers}

    @classmethod
    def from_banks(
        cls,
        banks: Iterable[Bank],
        *,
        pdq_threshold: int = PDQ_MATCH_THRESHOLD,
        pdq_min_quality: int = PDQ_MIN_QUALITY,
    ) -> Matcher:
        banks = list(banks)
        return cls(
            [
                ExactMatcher(SignalType.MD5, banks),
                ExactMatcher(SignalType.SHA256, banks),
                PDQMatcher(banks, threshold=pdq_threshold, min_quality=pdq_min_quality),
            ]
        )

    def match_hash(
        self, signal_type: SignalType, value: str, quality: int | None = None
    ) -> list[Match]:
        matcher = self.matchers.get(signal_type)
        return matcher.match(value, quality) if matcher else []

    def match_signals(
        self,
        *,
        md5: str | None = None,
        sha256: str | None = None,
        pdq: str | None = None,
        pdq_quality: int | None = None,
    ) -> list[Match]:
        """Match whichever signals are known (e.g. the fields of an `image` event)."""
        matches: list[Match] = []
        for signal_type, value in (
            (SignalType.MD5, md5),
            (SignalType.SHA256, sha256),
            (SignalType.PDQ, pdq),
        ):
            if value:
                quality = pdq_quality if signal_type is SignalType.PDQ else None
                matches.extend(self.match_hash(signal_type, value, quality))
        return sorted(matches, key=lambda m: (m.distance, m.bank, m.signal_type))

    def match_hashes(self, hashes: ImageHashes) -> list[Match]:
        return self.match_signals(
            md5=hashes.md5, sha256=hashes.sha256, pdq=hashes.pdq, pdq_quality=hashes.pdq_quality
        )

    def match_image(self, source: ImageSource) -> list[Match]:
        return self.match_hashes(hash_image(source))
