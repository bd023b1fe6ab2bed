"""Load benchmark of the HTTP service on loopback.

Starts `watchkeeper serve` on 127.0.0.1 (a fresh SQLite file, or a fresh
PostgreSQL schema), then posts realistic traffic from client processes: the
evaluation corpus (data/eval/events.jsonl: grooming, sextortion, trafficking
and many hard benign conversations, friend requests, profiles), replayed in
rounds with fresh ids so every event is new. Each conversation is sent in
order by one client. Prints sustained events/s and request latency
percentiles for single-event requests and batches of 100.

    python bench/load.py                          # SQLite and PostgreSQL, both modes
    python bench/load.py --backend sqlite --mode batch --seconds 15

Only 127.0.0.1 is contacted; every loop is bounded by a time and count limit.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zlib
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "eval" / "events.jsonl"
PG_URL = os.environ.get("WATCHKEEPER_BENCH_POSTGRES_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ID_FIELDS = ("id", "conversation", "sender", "recipient", "user", "reporter", "reported")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_corpus() -> list[dict]:
    events = [orjson.loads(line) for line in CORPUS.read_bytes().splitlines() if line.strip()]
    events.sort(key=lambda e: e["ts"])
    return events


def traffic(corpus: list[dict], rounds: int) -> list[dict]:
    """The corpus `rounds` times, each round with fresh ids (and shifted in time)."""
    out = []
    for r in range(rounds):
        tag = f"r{r}-"
        for event in corpus:
            e = dict(event)
            for f in ID_FIELDS:
                if isinstance(e.get(f), str):
                    e[f] = tag + e[f]
            if isinstance(e.get("recipients"), list):
                e["recipients"] = [tag + x for x in e["recipients"]]
            out.append(e)
    return out


def shard_of(event: dict, shards: int) -> int:
    key = event.get("conversation") or event.get("sender") or event.get("user") or ""
    return zlib.crc32(key.encode()) % shards


class Server:
    """`watchkeeper serve` in a subprocess on 127.0.0.1."""

    def __init__(self, database_url: str, port: int, extra_env: dict[str, str] | None = None):
        self.database_url = database_url
        self.port = port
        env = {**os.environ, "WATCHKEEPER_RATE_LIMIT_PER_SECOND": "1000000",
               "WATCHKEEPER_RATE_LIMIT_BURST": "1000000", "WATCHKEEPER_ACCESS_LOG": "false",
               "WATCHKEEPER_MAX_BATCH_EVENTS": "10000", **(extra_env or {})}
        exe = Path(sys.executable).with_name("watchkeeper")
        # A file, not a pipe: a full pipe would stall the server.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the server)
        self.process = subprocess.Popen(
            [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port),
             "--database-url", database_url, "--log-level", "warning"],
            env=env, stdout=subprocess.DEVNULL, stderr=self.log,
        )
        self.wait_ready()

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("server exited: " + self.log_tail())
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/readyz")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not become ready")

    def log_tail(self, size: int = 2000) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-size:]

    def stop(self, kill: bool = False) -> None:
        if self.process.poll() is None:
            (self.process.kill if kill else self.process.terminate)()
            self.process.wait(30)


def cpu_seconds(pid: int) -> float:
    """User+system CPU time of a process and its children, e.g. the analysis worker
    (Linux /proc): the server's cost, whatever else runs on the machine."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def make_key(database_url: str, tenant: str) -> str:
    from watchkeeper.storage import migrate
    from watchkeeper.storage.db import make_engine, make_sessionmaker
    from watchkeeper.storage.keys import create_key

    engine = make_engine(database_url)
    migrate.upgrade(engine)
    with make_sessionmaker(engine)() as session:
        created = create_key(session, tenant, "ingest,read")
        session.commit()
    engine.dispose()
    return created.token


def client(port: int, token: str, bodies: list[bytes], counts: list[int], deadline: float,
           results: mp.Queue) -> None:
    """Send bodies in order on one keep-alive connection until done or the deadline."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    latencies, events, errors = [], 0, 0
    for body, count in zip(bodies, counts):
        if time.monotonic() >= deadline:
            break
        start = time.perf_counter()
        conn.request("POST", "/v1/events", body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        latencies.append(time.perf_counter() - start)
        if response.status == 200:
            events += count
        else:
            errors += 1
    conn.close()
    results.put((latencies, events, errors))


def run_load(port: int, token: str, events: list[dict], mode: str, clients: int,
             seconds: float) -> dict:
    shards: list[list[dict]] = [[] for _ in range(clients)]
    for event in events:
        shards[shard_of(event, clients)].append(event)
    size = 1 if mode == "single" else 100
    plans = []
    for shard in shards:
        chunks = [shard[i : i + size] for i in range(0, len(shard), size)]
        plans.append(([orjson.dumps(c[0] if size == 1 else c) for c in chunks],
                      [len(c) for c in chunks]))
    results: mp.Queue = mp.Queue()
    started = time.monotonic()
    deadline = started + seconds
    procs = [mp.Process(target=client, args=(port, token, b, c, deadline, results))
             for b, c in plans]
    for p in procs:
        p.start()
    gathered = [results.get(timeout=seconds + 120) for _ in procs]
    elapsed = time.monotonic() - started
    for p in procs:
        p.join()
    latencies = sorted(x for g in gathered for x in g[0])
    total_events = sum(g[1] for g in gathered)
    q = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else [0] * 99
    return {"mode": mode, "clients": clients, "requests": len(latencies),
            "events": total_events, "errors": sum(g[2] for g in gathered),
            "seconds": round(elapsed, 2), "events_per_s": round(total_events / elapsed),
            "requests_per_s": round(len(latencies) / elapsed),
            "p50_ms": round(q[49] * 1000, 2), "p95_ms": round(q[94] * 1000, 2),
            "p99_ms": round(q[98] * 1000, 2)}


def database_for(backend: str, workdir: Path) -> tuple[str, callable]:
    if backend == "sqlite":
        return f"sqlite:///{workdir / 'bench.db'}", lambda: None
    import psycopg

    schema = "wk_bench_" + uuid.uuid4().hex[:8]
    conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')

    def drop() -> None:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')

    return f"{PG_URL}?options=-csearch_path%3D{schema}", drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--mode", choices=["single", "batch", "both"], default="both")
    parser.add_argument("--seconds", type=float, default=15.0, help="per scenario (upper bound)")
    parser.add_argument("--single-clients", type=int, default=16)
    parser.add_argument("--batch-clients", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=12, help="corpus replays (event supply)")
    parser.add_argument("--sqlite-synchronous", default="FULL", choices=["NORMAL", "FULL"],
                        help="FULL (the server default) fsyncs every commit")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    modes = ["single", "batch"] if args.mode == "both" else [args.mode]
    corpus = load_corpus()
    print(f"corpus: {len(corpus)} events from {CORPUS.relative_to(ROOT)}; cpus: {os.cpu_count()}")
    rows = []
    for backend in backends:
        for mode in modes:
            with tempfile.TemporaryDirectory() as tmp:
                url, cleanup = database_for(backend, Path(tmp))
                try:
                    token = make_key(url, "bench")
                    port = free_port()
                    server = Server(url, port, {"WATCHKEEPER_SQLITE_SYNCHRONOUS": args.sqlite_synchronous})
                    try:
                        events = traffic(corpus, args.rounds)
                        clients = args.single_clients if mode == "single" else args.batch_clients
                        cpu_before = cpu_seconds(server.process.pid)
                        row = {"backend": backend, **run_load(port, token, events, mode, clients, args.seconds)}
                        cpu = cpu_seconds(server.process.pid) - cpu_before
                        row["server_cpu_us_per_event"] = round(cpu / max(1, row["events"]) * 1e6, 1)
                    finally:
                        server.stop()
                finally:
                    cleanup()
            row["loadavg_1m"] = round(os.getloadavg()[0], 2)  # other work on the machine
            rows.append(row)
            print(orjson.dumps(row).decode(), flush=True)
    print()
    print("| backend | mode | clients | events/s | requests/s | p50 ms | p95 ms | p99 ms | errors "
          "| server CPU µs/event | load avg |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['backend']} | {r['mode']} | {r['clients']} | {r['events_per_s']} | "
              f"{r['requests_per_s']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | "
              f"{r['errors']} | {r['server_cpu_us_per_event']} | {r['loadavg_1m']} |")


if __name__ == "__main__":
    main()
