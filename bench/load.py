"""Load benchmark of the HTTP service on loopback.

Starts `watchkeeper serve` on 127.0.0.1 (a fresh SQLite file, or a fresh
PostgreSQL schema), then posts realistic traffic from client processes: the
evaluation corpus (data/eval/events.jsonl: grooming, sextortion, trafficking
and many hard benign conversations, friend requests, profiles), replayed in
rounds with fresh ids so every event is new. Each conversation is sent in
order by one client. Prints sustained events/s and request latency
percentiles for single-event requests and batches of 100.

How it measures: each client is a separate process with one keep-alive
connection and one request in flight (closed loop: 16 clients for single
events, 4 for batches). A client builds all its request bytes, and connects,
before a common start signal, and reads responses with a minimal HTTP/1.1
reader, so the measured phase costs it little CPU on the cores it shares
with the server (its CPU per request is printed). The event supply is sized
to outlast --seconds (a warning says if a client ran out). Besides rates and
latencies it prints the server's CPU per event (the server process and its
children) and, for PostgreSQL, the database server's, both from /proc, and
the load average before and after each scenario.

    python bench/load.py                          # SQLite and PostgreSQL, both modes
    python bench/load.py --backend sqlite --mode batch --seconds 15

Only 127.0.0.1 is contacted; every loop is bounded by a time and count limit.
"""

from __future__ import annotations

import argparse
import http.client
import math
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
# Events prepared per scenario: more than the server can take in --seconds.
SUPPLY_RATE = {"batch": 25_000, "single": 4_000}
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
    """The corpus `rounds` times, each round with fresh ids."""
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


def _process_stats() -> list[tuple[str, str, str, float]]:
    """(pid, parent pid, command name, user+system CPU seconds) of every process (Linux /proc)."""
    stats = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text.rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        stats.append((stat.parent.name, fields[1], name, cpu))
    return stats


def cpu_seconds(pid: int) -> float:
    """User+system CPU time of a process and its children, e.g. the analysis worker:
    the server's cost, whatever else runs on the machine."""
    return sum(cpu for p, parent, _, cpu in _process_stats() if str(pid) in (p, parent))


def postgres_cpu_seconds() -> float:
    """CPU time of the local PostgreSQL server's processes (it shares the two cores)."""
    return sum(cpu for _, _, name, cpu in _process_stats() if name.startswith("postgres"))


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


def request_bytes(port: int, token: str, body: bytes) -> bytes:
    """A whole POST /v1/events request, built before the clock starts."""
    head = (f"POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n")
    return head.encode() + body


def read_response(sock: socket.socket, buffer: bytearray) -> int:
    """Read one HTTP/1.1 response (the server always sends Content-Length); its status.
    A minimal reader: http.client parses headers with the email package, which
    costs the shared CPUs more than the server's own work for small requests."""
    while (end := buffer.find(b"\r\n\r\n")) < 0:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("server closed the connection")
        buffer += chunk
    head = bytes(buffer[:end]).lower()
    status = int(head[9:12])
    _, found, rest = head.partition(b"\r\ncontent-length:")
    if not found:
        raise ConnectionError("response without Content-Length")
    total = end + 4 + int(rest.split(b"\r\n", 1)[0])
    while len(buffer) < total:
        chunk = sock.recv(max(65536, total - len(buffer)))
        if not chunk:
            raise ConnectionError("server closed the connection")
        buffer += chunk
    del buffer[:total]
    return status


def client(port: int, token: str, shard: list[dict], size: int, rounds: int,
           ready: mp.Barrier, start: mp.Event, deadline: mp.Value, results: mp.Queue) -> None:
    """Post `rounds` replays of a shard (fresh ids each round), in order, on one
    keep-alive connection, until done or the deadline. Requests are built before
    the start signal, so the measured phase only sends and reads."""
    requests, counts = [], []
    events = traffic(shard, rounds)
    for i in range(0, len(events), size):
        chunk = events[i : i + size]
        requests.append(request_bytes(port, token, orjson.dumps(chunk[0] if size == 1 else chunk)))
        counts.append(len(chunk))
    del events
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = bytearray()
    latencies, sent_events, errors = [], 0, 0
    ready.wait()
    start.wait()
    cpu_before = time.process_time()
    stop_at = deadline.value
    exhausted = True
    for request, count in zip(requests, counts):
        if time.monotonic() >= stop_at:
            exhausted = False
            break
        began = time.perf_counter()
        sock.sendall(request)
        status = read_response(sock, buffer)
        latencies.append(time.perf_counter() - began)
        if status == 200:
            sent_events += count
        else:
            errors += 1
    finished = time.monotonic()
    cpu = time.process_time() - cpu_before
    sock.close()
    results.put((latencies, sent_events, errors, exhausted, finished, cpu))


def run_load(port: int, token: str, corpus: list[dict], mode: str, clients: int,
             seconds: float, rounds: int) -> dict:
    shards: list[list[dict]] = [[] for _ in range(clients)]
    for event in corpus:
        shards[shard_of(event, clients)].append(event)
    size = 1 if mode == "single" else 100
    results: mp.Queue = mp.Queue()
    ready, start, deadline = mp.Barrier(clients + 1), mp.Event(), mp.Value("d", 0.0)
    procs = [mp.Process(target=client, args=(port, token, shard, size, rounds, ready, start,
                                             deadline, results))
             for shard in shards]
    for p in procs:
        p.start()
    ready.wait(timeout=600)  # every client has built its requests and connected
    started = time.monotonic()
    deadline.value = started + seconds
    start.set()
    gathered = [results.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join()
    # A client that ran out of events stops early: count until the last one stopped.
    elapsed = max(g[4] for g in gathered) - started
    exhausted = sum(1 for g in gathered if g[3])
    if exhausted:
        print(f"warning: {exhausted} of {clients} clients ran out of events before the deadline; "
              "raise --rounds", file=sys.stderr)
    latencies = sorted(x for g in gathered for x in g[0])
    total_events = sum(g[1] for g in gathered)
    q = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else [0] * 99
    return {"mode": mode, "clients": clients, "requests": len(latencies),
            "events": total_events, "errors": sum(g[2] for g in gathered),
            "seconds": round(elapsed, 2), "events_per_s": round(total_events / elapsed),
            "requests_per_s": round(len(latencies) / elapsed),
            "p50_ms": round(q[49] * 1000, 2), "p95_ms": round(q[94] * 1000, 2),
            "p99_ms": round(q[98] * 1000, 2), "clients_out_of_events": exhausted,
            "client_cpu_us_per_request": round(sum(g[5] for g in gathered)
                                               / max(1, len(latencies)) * 1e6, 1)}


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
    parser.add_argument("--rounds", type=int, default=None,
                        help="corpus replays (event supply; default: enough for --seconds at "
                        f"{SUPPLY_RATE['batch']:,} batched or {SUPPLY_RATE['single']:,} single "
                        "events/s)")
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
                        clients = args.single_clients if mode == "single" else args.batch_clients
                        rounds = args.rounds or math.ceil(
                            args.seconds * SUPPLY_RATE[mode] / len(corpus))
                        load_before = os.getloadavg()[0]
                        cpu_before = cpu_seconds(server.process.pid), postgres_cpu_seconds()
                        row = {"backend": backend, **run_load(port, token, corpus, mode, clients,
                                                              args.seconds, rounds)}
                        server_cpu = cpu_seconds(server.process.pid) - cpu_before[0]
                        db_cpu = postgres_cpu_seconds() - cpu_before[1]
                        per_event = 1e6 / max(1, row["events"])
                        row["server_cpu_us_per_event"] = round(server_cpu * per_event, 1)
                        if backend == "postgresql":
                            row["postgres_cpu_us_per_event"] = round(db_cpu * per_event, 1)
                    finally:
                        server.stop()
                finally:
                    cleanup()
            # Before: other work on the machine; after: that plus this scenario.
            row["loadavg_1m"] = f"{load_before:.2f} -> {os.getloadavg()[0]:.2f}"
            rows.append(row)
            print(orjson.dumps(row).decode(), flush=True)
    print()
    print("| backend | mode | clients | events/s | requests/s | p50 ms | p95 ms | p99 ms | errors "
          "| server CPU µs/event | PostgreSQL CPU µs/event | client CPU µs/request | load avg |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['backend']} | {r['mode']} | {r['clients']} | {r['events_per_s']} | "
              f"{r['requests_per_s']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | "
              f"{r['errors']} | {r['server_cpu_us_per_event']} | "
              f"{r.get('postgres_cpu_us_per_event', '-')} | {r['client_cpu_us_per_request']} | "
              f"{r['loadavg_1m']} |")


if __name__ == "__main__":
    main()
