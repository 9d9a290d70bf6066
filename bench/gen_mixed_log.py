"""Generate a deterministic mixed application log (log4j, stack traces, foreign lines, a spike).

Usage: python bench/gen_mixed_log.py OUT [--lines 1000000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

START = datetime(2024, 3, 1, tzinfo=UTC)
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]
PATHS = ["/api/orders", "/api/users", "/api/cart", "/login", "/health", "/api/search"]
SOURCES = [
    "com.shop.Api",
    "com.shop.Db",
    "com.shop.Cache",
    "com.shop.Payment",
    "com.shop.Auth",
    "org.eclipse.jetty.Server",
    "com.shop.Scheduler",
    "com.shop.Mail",
]
INFO = [
    "GET {path}/{n} status=200 took {ms}ms user={user}",
    "POST {path} status=201 took {ms}ms user={user}",
    "User {user} logged in from {ip}",
    "User {user} logged out after {n} seconds",
    "Cache hit for key user:{n} in region {region}",
    "Cache miss for key order:{n}, loading from database",
    "Scheduled job {job} finished in {s}s with {n} items",
    "Sent confirmation mail to {user}@example.com for order {n}",
    "Connection pool stats: active={n} idle={m} waiting=0",
    "Session {hex} created for user {user}",
    "Request {uuid} completed in {ms} ms",
    "Flushed {n} metrics to backend {ip}:{port}",
]
WARN = [
    "GET {path}/{n} status=404 took {ms}ms user={user}",
    "Slow query on table {table}: {ms} ms",
    "Retrying payment {n} for user {user} (attempt {a} of 3)",
    "Cache eviction of {n} entries in region {region}",
    "Disk usage at {pct}% on volume /data{a}",
]
ERROR = [
    "Payment failed for order {n}: card declined",
    "Database connection to {ip}:{port} lost: Connection reset by peer",
    "GET {path}/{n} status=500 took {ms}ms user={user}",
    "Timeout after {ms}ms waiting for {svc}",
]
DEBUG = ["Parsed request headers: {n} headers, {m} cookies", "Token {hex} validated for {user}"]
FOREIGN = [
    "{mon} {day:2d} {hms} host{a} sshd[{n}]: Accepted publickey for {user} from {ip} port {port}",
    '{{"ts": "{iso}", "level": "info", "msg": "sidecar heartbeat", "seq": {n}}}',
]


def _fill(rng: random.Random, template: str, at: datetime) -> str:
    return template.format(
        path=rng.choice(PATHS),
        n=rng.randint(1, 99999),
        m=rng.randint(0, 50),
        ms=rng.randint(1, 3000),
        user=rng.choice(USERS),
        s=round(rng.random() * 30, 2),
        ip=f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        port=rng.randint(1024, 65535),
        region=rng.choice(["eu", "us", "ap"]),
        job=rng.choice(["reindex", "cleanup", "report"]),
        hex=f"{rng.getrandbits(64):016x}",
        uuid=f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-"
        f"a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
        table=rng.choice(["orders", "users", "items"]),
        a=rng.randint(1, 3),
        pct=rng.randint(80, 99),
        svc=rng.choice(["inventory", "pricing", "shipping"]),
        mon=at.strftime("%b"),
        day=at.day,
        hms=at.strftime("%H:%M:%S"),
        iso=at.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def _event(rng: random.Random, at: datetime, spike: bool) -> list[str]:
    roll = rng.random()
    if spike and roll < 0.5:
        level, tpl = "ERROR", ERROR[3]
    elif roll < 0.02:
        return [_fill(rng, rng.choice(FOREIGN), at)]
    elif roll < 0.04:
        level, tpl = "ERROR", rng.choice(ERROR)
    elif roll < 0.12:
        level, tpl = "WARN", rng.choice(WARN)
    elif roll < 0.17:
        level, tpl = "DEBUG", rng.choice(DEBUG)
    else:
        level, tpl = "INFO", rng.choice(INFO)
    stamp = at.strftime("%Y-%m-%d %H:%M:%S,") + f"{at.microsecond // 1000:03d}"
    thread = f"http-nio-8080-exec-{rng.randint(1, 40)}"
    head = f"{stamp} {level} [{thread}] {rng.choice(SOURCES)}: {_fill(rng, tpl, at)}"
    if level == "ERROR" and rng.random() < 0.3:
        return [
            head,
            "java.lang.IllegalStateException: failure",
            "\tat com.shop.Payment.charge(Payment.java:42)",
            "\tat com.shop.Api.handle(Api.java:88)",
            "\t... 12 more",
        ]
    return [head]


def generate(out: Path, lines: int, seed: int) -> int:
    """Write about `lines` physical lines; a 2% window at 70% of the run is an error spike."""
    rng = random.Random(seed)
    at, written = START, 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        while written < lines:
            at += timedelta(milliseconds=rng.randint(1, 400))
            spike = 0.70 <= written / lines < 0.72
            for line in _event(rng, at, spike)[: lines - written]:
                fh.write(line + "\n")
                written += 1
    return written


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(generate(args.out, args.lines, args.seed), "lines written to", args.out)


if __name__ == "__main__":
    main()
