"""Benchmark PDQ matching on a large bank: build, save, load, and lookups per second.

    python bench/bench_pdq.py                    # 1,000,000 hashes, 2,000 + 2,000 queries
    python bench/bench_pdq.py --size 100000      # quicker

The bank holds random 256-bit hashes plus planted near-duplicates of the queries
(at Hamming distance 0-31). Random hashes are ~128 bits apart, so the near-duplicate
queries (which must match) and random queries (which must not) are timed apart.
Lookups go through `PDQMatcher.match`, the path the service uses: quality check,
multi-index search, and provenance lookup of every match.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from watchkeeper.imagery.banks import MemoryBank, Provenance
from watchkeeper.imagery.hashing import hash_image
from watchkeeper.imagery.matching import (
    PDQ_MATCH_THRESHOLD,
    PDQMatcher,
    pdq_brute_force,
    pdq_distance,
)
from watchkeeper.imagery.signals import SignalType

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from imagery.generated_images import cropped, encode, jpeg, resized, scene  # noqa: E402

TRANSFORMS = {
    "resized to 50%": lambda image: encode(resized(image, 0.5)),
    "JPEG quality 70": lambda image: jpeg(image, 70),
    "centred crop, 5% of the area": lambda image: encode(cropped(image, 0.05)),
    "crop + 60% + JPEG 70": lambda image: jpeg(resized(cropped(image, 0.05), 0.6), 70),
    "5% cut off one edge": lambda image: encode(
        image.crop((0, 0, image.width, round(image.height * 0.95)))
    ),
}


def robustness(count: int, threshold: int) -> None:
    """PDQ distance between generated scenes and their modified copies."""
    print(f"PDQ distance to the original over {count} generated scenes (match: <= {threshold}):")
    originals = [hash_image(encode(scene(seed))).pdq for seed in range(1000, 1000 + count)]
    for name, transform in TRANSFORMS.items():
        distances = np.array(
            [pdq_distance(original, hash_image(transform(scene(seed))).pdq)
             for seed, original in zip(range(1000, 1000 + count), originals)]
        )
        matched = int((distances <= threshold).sum())
        print(f"  {name:30s} mean {distances.mean():5.1f}  max {distances.max():3d}  "
              f"matched {matched}/{count}")
    unrelated = [pdq_distance(a, b) for i, a in enumerate(originals) for b in originals[i + 1:]]
    label = "unrelated scenes (pairs)"
    print(f"  {label:30s} mean {np.mean(unrelated):5.1f}  min {min(unrelated):3d}")


def flip_bits(hashes: np.ndarray, counts: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    bits = np.unpackbits(hashes, axis=1)
    for row, count in enumerate(counts):
        bits[row, rng.choice(256, size=int(count), replace=False)] ^= 1
    return np.packbits(bits, axis=1)


def row(label: str, seconds: float) -> None:
    print(f"  {label:32s}{seconds:7.2f} s")


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def lookup_rate(matcher: PDQMatcher, queries: list[str]) -> tuple[float, np.ndarray, list[int]]:
    latencies = np.empty(len(queries))
    found = []
    for i, query in enumerate(queries):
        start = time.perf_counter()
        matches = matcher.match(query, quality=100)
        latencies[i] = time.perf_counter() - start
        found.append(len(matches))
    return len(queries) / latencies.sum(), latencies, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="random hashes in the bank")
    parser.add_argument("--queries", type=int, default=2000, help="queries of each kind")
    parser.add_argument("--threshold", type=int, default=PDQ_MATCH_THRESHOLD)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument(
        "--images", type=int, default=60, help="scenes for the robustness table (0: skip)"
    )
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, numpy {np.__version__}")

    random_hashes = rng.integers(0, 256, (args.size, 32), dtype=np.uint8)
    near_sources = rng.integers(0, 256, (args.queries, 32), dtype=np.uint8)
    planted_distances = rng.integers(0, args.threshold + 1, args.queries)
    planted = flip_bits(near_sources, planted_distances, rng)
    hashes = np.concatenate([random_hashes, planted])
    provenance = Provenance("benchmark", datetime.now(UTC), ("synthetic",))

    bank = MemoryBank("bench")
    _, add_seconds = timed(bank.add_arrays, SignalType.PDQ, hashes, provenance)
    matcher, index_seconds = timed(PDQMatcher, [bank], threshold=args.threshold)
    print(
        f"bank: {bank.count(SignalType.PDQ):,} PDQ hashes "
        f"({args.queries:,} planted near-duplicates)"
    )
    row("add to bank (with dedup)", add_seconds)
    row("build multi-index", index_seconds)

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "bench.npz"
        _, save_seconds = timed(bank.save, path)
        row(f"save .npz ({path.stat().st_size / 1e6:.0f} MB)", save_seconds)
        del bank, matcher  # load into a process state like a fresh start's
        loaded, load_seconds = timed(MemoryBank.load, path)
        reloaded, rebuild_seconds = timed(PDQMatcher, [loaded], threshold=args.threshold)
    row("load .npz", load_seconds)
    row("build multi-index after load", rebuild_seconds)
    row("load + build: ready to match", load_seconds + rebuild_seconds)
    index = reloaded.index
    index_mb = index.nbytes / 1e6
    print(f"  {'index memory':32s}{index_mb:7.0f} MB")

    near_queries = [row.tobytes().hex() for row in near_sources]
    random_rows = rng.integers(0, 256, (args.queries, 32), dtype=np.uint8)
    random_queries = [row.tobytes().hex() for row in random_rows]
    lookup_rate(reloaded, near_queries[:50])  # warm-up
    for name, queries, must_match in (
        ("near-duplicate queries (distance 0-31)", near_queries, True),
        ("random queries (no match expected)", random_queries, False),
    ):
        rate, latencies, found = lookup_rate(reloaded, queries)
        hits = sum(1 for f in found if f)
        print(f"{name}: {rate:,.0f} lookups/s, p50 {np.median(latencies) * 1e6:.0f} us, "
              f"p99 {np.percentile(latencies, 99) * 1e6:.0f} us; {hits}/{len(queries)} matched")
        if must_match and hits != len(queries):
            raise SystemExit("error: a planted near-duplicate was not found")

    # Exactness spot check against a full scan.
    for query in near_queries[:10] + random_queries[:10]:
        raw = np.frombuffer(bytes.fromhex(query), np.uint8)
        index_ids, _ = index.search(raw, args.threshold)
        brute_ids, _ = pdq_brute_force(index.hashes, raw, args.threshold)
        if index_ids.tolist() != brute_ids.tolist():
            raise SystemExit("error: index and full scan disagree")
    _, brute_seconds = timed(pdq_brute_force, index.hashes, raw, args.threshold)
    print(
        f"full scan for comparison: {1 / brute_seconds:,.0f} lookups/s "
        "(index agrees on 20 queries)"
    )

    image = encode(scene(0, size=(1280, 960)))
    hash_image(image)
    _, hash_seconds = timed(lambda: [hash_image(image) for _ in range(20)])
    print(f"hashing a 1280x960 PNG (MD5 + SHA-256 + PDQ): {hash_seconds / 20 * 1000:.0f} ms")
    if args.images:
        robustness(args.images, args.threshold)


if __name__ == "__main__":
    main()
