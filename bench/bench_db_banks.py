"""Hash banks in the service's database: how long an import takes, how long a
tenant's matcher takes to (re)build from the database, and lookups per second
through it. SQLite (a temporary file) and PostgreSQL (a temporary schema).

    python bench/bench_db_banks.py                 # 200,000 PDQ hashes
    python bench/bench_db_banks.py --size 1000000 --backends sqlite
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from watchkeeper.imagery.banks import BankEntry, Provenance
from watchkeeper.imagery.service import TenantImages
from watchkeeper.imagery.signals import SignalType
from watchkeeper.storage import migrate
from watchkeeper.storage.db import make_engine

PG_URL = os.environ.get("WATCHKEEPER_TEST_POSTGRES_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@contextmanager
def database(backend: str):  # type: ignore[no-untyped-def]
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as directory:
            engine = make_engine(f"sqlite:///{Path(directory) / 'bench.db'}")
            yield engine
            engine.dispose()
        return
    import psycopg

    schema = "wk_bench_" + uuid.uuid4().hex[:8]
    admin = psycopg.connect(PG_URL.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True)
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        engine = make_engine(f"{PG_URL}?options=-csearch_path%3D{schema}")
        yield engine
        engine.dispose()
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


def run(backend: str, size: int, queries: int) -> None:
    rng = np.random.default_rng(7)
    hashes = rng.integers(0, 256, (size, 32), dtype=np.uint8)
    provenance = Provenance("bench-list", datetime(2026, 3, 1, tzinfo=UTC), ("bench",))
    with database(backend) as engine:
        migrate.upgrade(engine)
        images = TenantImages(engine)
        bank = images.store("bench").create("hotline")
        entries = [BankEntry(SignalType.PDQ, row.tobytes().hex(), provenance) for row in hashes]
        start = time.perf_counter()
        result = bank.add(entries)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        images.banks_changed("bench")
        rebuilt = time.perf_counter() - start
        matcher = images.matcher("bench")
        near = hashes[rng.integers(0, size, queries)].copy()
        flips = rng.integers(0, 256, (queries, 8))
        for row, bits in zip(near, flips):
            for bit in bits:
                row[bit // 8] ^= 1 << (bit % 8)
        start = time.perf_counter()
        found = sum(bool(matcher.match_signals(pdq=row.tobytes().hex())) for row in near)
        looked = time.perf_counter() - start
        unrelated = rng.integers(0, 256, (queries, 32), dtype=np.uint8)
        start = time.perf_counter()
        false = sum(bool(matcher.match_signals(pdq=row.tobytes().hex())) for row in unrelated)
        missed = time.perf_counter() - start
    print(f"{backend:10} {size:>9,} hashes: import {imported:6.1f} s ({result.added / imported:,.0f}/s), "
          f"matcher rebuild {rebuilt:5.2f} s; near-duplicates {queries / looked:,.0f} lookups/s "
          f"({found}/{queries} found, each entry read by primary key), "
          f"unrelated {queries / missed:,.0f} lookups/s ({false} found)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    for backend in args.backends.split(","):
        run(backend, args.size, args.queries)


if __name__ == "__main__":
    main()
