"""Time to the first event and to a complete built-in answer, over HTTP, on a 1,000,000-line log.

Usage: python -m bench.answer_bench [--lines 1000000] [--rounds 5]

Starts `python -m analyzer serve` in a fresh data directory (SQLite, no language model), uploads
a generated mixed log through the API, then asks questions of every kind; prints p50/p95 per
question and overall. Numbers go to stdout; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = [
    "how many errors were there?",
    "what are the most frequent patterns?",
    "when did the errors start?",
    "were there any spikes?",
    "what happened around 10:00?",
    'show me the lines that mention "timeout"',
    "what is the p95 latency?",
    "which IP did user alice come from?",
    "why did the errors spike?",
]


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def generate(path: Path, lines: int) -> None:
    """The deterministic mixed log of bench/gen_mixed_log.py, cached by size."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(REPO / "bench" / "gen_mixed_log.py"), str(path),
                    "--lines", str(lines)], check=True)  # fmt: skip


def start_server(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    """The real server in its own process."""
    env = {**os.environ, "DATA_DIR": str(data_dir), "OLLAMA_HOST": "", "PORT": str(port),
           "DATABASE_URL": "", "LOG_LEVEL": "WARNING"}  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-m", "analyzer", "serve"], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def token(data_dir: Path) -> str:
    """A new user's API token, from the CLI."""
    env = {**os.environ, "DATA_DIR": str(data_dir), "DATABASE_URL": "", "OLLAMA_HOST": ""}
    out = subprocess.run([sys.executable, "-m", "analyzer", "users", "create", "bench"],
                         cwd=REPO, env=env, check=True, capture_output=True, text=True)  # fmt: skip
    return out.stdout.strip().splitlines()[-1]


def ask(http: httpx.Client, conversation: str, question: str) -> tuple[float, float, str]:
    """(ms to the first event, ms to `done`, final status) for one question."""
    posted = time.perf_counter()
    accepted = http.post(f"/api/conversations/{conversation}/messages",
                         json={"content": question}).json()  # fmt: skip
    first = 0.0
    with http.stream("GET", accepted["events_url"]) as stream:
        for line in stream.iter_lines():
            if line.startswith("id:") and not first:
                first = (time.perf_counter() - posted) * 1000
            if line.startswith("event: done"):
                break
    total = (time.perf_counter() - posted) * 1000
    status = http.get(accepted["run_url"]).json()["status"]
    return first, total, status


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    log = REPO / "bench" / "out" / f"mixed_{args.lines}.log"
    generate(log, args.lines)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir, port = Path(tmp), free_port()
        proc = start_server(data_dir, port)
        try:
            run(data_dir, port, log, args.rounds)
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def run(data_dir: Path, port: int, log: Path, rounds: int) -> None:
    """Upload, then ask every question `rounds` times."""
    headers = {"Authorization": f"Bearer {token(data_dir)}"}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=600) as http:
        started = time.perf_counter()
        with log.open("rb") as fh:
            profile = http.post("/api/logs", files={"file": (log.name, fh)}).json()
        ingest_s = time.perf_counter() - started
        print(f"upload + ingest of {profile['line_count']:,} lines "
              f"({log.stat().st_size / 1e6:,.0f} MB): {ingest_s:.1f} s "
              f"({profile['line_count'] / ingest_s:,.0f} lines/s over HTTP)")  # fmt: skip
        firsts: list[float] = []
        totals: list[float] = []
        print(f"{'question':45} {'first p50':>10} {'done p50':>10} {'done p95':>10}  status")
        for question in QUESTIONS:
            conv = http.post("/api/conversations", json={"log_ids": [profile["id"]]}).json()["id"]
            samples = [ask(http, conv, question) for _ in range(rounds)]
            f = [s[0] for s in samples]
            t = [s[1] for s in samples]
            firsts += f
            totals += t
            print(f"{question[:45]:45} {statistics.median(f):8.1f}ms {statistics.median(t):8.0f}ms "
                  f"{_p95(t):8.0f}ms  {samples[-1][2]}")  # fmt: skip
        print(f"{'ALL':45} {statistics.median(firsts):8.1f}ms {statistics.median(totals):8.0f}ms "
              f"{_p95(totals):8.0f}ms")  # fmt: skip
        print("goals: first event p50 < 100 ms; complete built-in answer p50 < 2000 ms")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


if __name__ == "__main__":
    main()
