"""Load on ``wgec-parse serve``: many uploads from concurrent clients, on 127.0.0.1.

Starts the server as a user does (``wgec-parse serve`` on a free port), makes a
submission of about 50 KB (the seeds' answers repeated with their own clause numbers,
as bench.py builds its corpus), warms the server up, then sends ``--uploads`` uploads
to ``/api/validate`` from ``--clients`` threads, each with its own HTTP client.  It
reports throughput, latency (p50, p95, max) and the resident memory of the server and
its worker processes: after the warm-up (the baseline), after the run, and after a
second run of the same size, so that growth from run to run shows.

    python bench/serve_load.py                 # 200 uploads of 50 KB from 8 clients
    python bench/serve_load.py --json out.json

Exit status 1 when an upload fails or memory after the runs is more than 20 % above the
baseline.  Linux only (memory is read from /proc).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx2

HERE = Path(__file__).resolve().parent
#: How much memory may grow over the baseline before the run counts as a leak.
GROWTH_LIMIT = 0.20


def submission(size: int) -> bytes:
    """About ``size`` bytes of seed-like text, built by bench.py's corpus."""
    spec = importlib.util.spec_from_file_location("wgec_bench", HERE / "bench.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text: str = module.corpus(size)
    return text.encode("utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (workers, the fork server)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
    found: list[int] = []
    frontier = [pid]
    while frontier:
        current = frontier.pop()
        kids = [p for p, parent in parents.items() if parent == current]
        found += kids
        frontier += kids
    return found


def memory(pid: int) -> dict[str, float]:
    """Resident memory in MiB: the server process, and with all its descendants."""
    server = _rss_kib(pid)
    workers = [_rss_kib(p) for p in _children(pid)]
    return {
        "server_mib": round(server / 1024, 1),
        "total_mib": round((server + sum(workers)) / 1024, 1),
        "processes": 1 + len(workers),
    }


def run_load(url: str, data: bytes, uploads: int, clients: int) -> dict[str, Any]:
    """``uploads`` uploads from ``clients`` threads; latencies in milliseconds."""
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    counter = iter(range(uploads))

    def client() -> None:
        with httpx2.Client(base_url=url, timeout=120) as http:
            while True:
                with lock:
                    if next(counter, None) is None:
                        return
                start = time.perf_counter()
                answer = http.post("/api/validate", files={"file": ("load.txt", data)})
                elapsed = (time.perf_counter() - start) * 1000
                ok = answer.status_code == 200 and "diagnostics" in answer.json()["files"][0]
                with lock:
                    latencies.append(elapsed)
                    if not ok:
                        failures.append(f"{answer.status_code}: {answer.text[:200]}")

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    ordered = sorted(latencies)
    return {
        "uploads": len(latencies),
        "failures": failures,
        "seconds": round(seconds, 2),
        "uploads_per_second": round(len(latencies) / seconds, 1),
        "mib_per_second": round(len(latencies) * len(data) / seconds / 2**20, 2),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 1),
        "max_ms": round(ordered[-1], 1),
    }


def start_server(port: int, workers: int | None) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "wgec_parse.cli", "serve", "--port", str(port)]
    command += ["--log-level", "warning"]
    if workers:
        command += ["--workers", str(workers)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx2.get(f"http://127.0.0.1:{port}/api/health").status_code == 200:
                return process
        except httpx2.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise SystemExit("the server did not start")
        time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--uploads", type=int, default=200, help="uploads per run (200)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (8)")
    parser.add_argument("--size", type=int, default=50_000, help="submission size, bytes")
    parser.add_argument("--workers", type=int, default=None, help="the server's --workers")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)

    data = submission(args.size)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_server(port, args.workers)
    try:
        started = memory(process.pid)
        run_load(url, data, 2 * args.clients, args.clients)  # every worker started
        time.sleep(1)
        baseline = memory(process.pid)
        first = run_load(url, data, args.uploads, args.clients)
        time.sleep(1)
        after_first = memory(process.pid)
        second = run_load(url, data, args.uploads, args.clients)
        time.sleep(1)
        after_second = memory(process.pid)
    finally:
        process.terminate()
        process.wait(10)
    result = {
        "submission_bytes": len(data),
        "clients": args.clients,
        "cpus": os.cpu_count(),
        "memory": {
            "started": started,
            "baseline": baseline,
            "after_run_1": after_first,
            "after_run_2": after_second,
        },
        "run_1": first,
        "run_2": second,
    }
    print(json.dumps(result, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    growth = after_second["total_mib"] / baseline["total_mib"] - 1
    print(
        f"{first['uploads']} uploads of {len(data):,} bytes from {args.clients} clients: "
        f"{first['uploads_per_second']} uploads/s, p50 {first['p50_ms']} ms, "
        f"p95 {first['p95_ms']} ms; memory {baseline['total_mib']} MiB before, "
        f"{after_first['total_mib']} after, {after_second['total_mib']} after a second run "
        f"({growth:+.0%})"
    )
    if first["failures"] or second["failures"]:
        print("failures:", (first["failures"] + second["failures"])[:5])
        return 1
    return 1 if growth > GROWTH_LIMIT else 0


if __name__ == "__main__":
    sys.exit(main())
