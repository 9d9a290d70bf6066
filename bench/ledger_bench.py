"""Ledger overhead: recording cost per call under 200 concurrent calls, and writer throughput.

Run from the repository root:  .venv/bin/python -m bench.ledger_bench [--sink module:factory]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import multiprocessing
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from analyzer.llm.memory_sink import InMemorySink
from analyzer.llm.ollama_client import OllamaLLM
from analyzer.llm.protocol import CallContext, ChatMessage
from analyzer.llm.record import CallRecord, ContentMode
from analyzer.llm.recorder import LedgerSink, Recorder
from tests.fakes.fake_ollama import FakeOllama, free_port

SinkFactory = Callable[[], LedgerSink]
MODEL = "llama3.2:3b"
MESSAGES = [
    ChatMessage("system", "You summarise logs."),
    ChatMessage("user", "Why did 10.0.0.7 fail? password=hunter2 mail ops@example.com " * 4),
]


class TimedRecorder:
    """Forwards to a recorder when enabled and times each hand-over (the call-path cost)."""

    def __init__(self, inner: Recorder) -> None:
        self.inner = inner
        self.enabled = False
        self.seconds: list[float] = []

    def record(self, rec: CallRecord) -> None:
        """Time the hand-over; do nothing while recording is switched off."""
        if not self.enabled:
            return
        start = time.perf_counter()
        self.inner.record(rec)
        self.seconds.append(time.perf_counter() - start)


@dataclass
class Round:
    """Latencies of one batch of concurrent calls, in seconds."""

    latencies: list[float]


def pct(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def _serve(port: int) -> None:
    """The fake Ollama server, in its own process so it does not share our GIL."""
    uvicorn.run(FakeOllama().app(), host="127.0.0.1", port=port, log_level="error", http="h11")


async def _wait_up(client: OllamaLLM) -> None:
    """Wait until the server answers."""
    for _ in range(500):
        if await client.reachable():
            return
        await asyncio.sleep(0.02)
    raise RuntimeError("fake Ollama server did not start")


async def _round(client: OllamaLLM, calls: int) -> Round:
    """`calls` concurrent chats; each call's latency."""
    ctx = CallContext(agent="bench", purpose="overhead")

    async def one() -> float:
        start = time.perf_counter()
        await client.chat(MESSAGES, ctx=ctx)
        return time.perf_counter() - start

    return Round(list(await asyncio.gather(*(one() for _ in range(calls)))))


async def overhead(host: str, sink_factory: SinkFactory, calls: int, rounds: int) -> None:
    """Per-call recording cost, and call latency with recording off and on, side by side."""
    with tempfile.TemporaryDirectory() as spill:
        recorder = Recorder(sink_factory(), spill_dir=Path(spill))
        timed = TimedRecorder(recorder)
        # One client and one connection pool for both sides; only the recorder switch differs.
        client = OllamaLLM(host=host, model=MODEL, recorder=timed, max_connections=calls)
        await _wait_up(client)
        await recorder.start()
        for i in range(6):  # warm-up: connections, imports, caches
            timed.enabled = bool(i % 2)
            await _round(client, calls)
        timed.seconds.clear()
        rounds_off: list[list[float]] = []
        rounds_on: list[list[float]] = []
        for i in range(2 * rounds):  # alternate so drift and stray stalls hit both sides alike
            timed.enabled = bool(i % 2)
            got = (await _round(client, calls)).latencies
            (rounds_on if timed.enabled else rounds_off).append(got)
        await recorder.stop()
        await client.aclose()
    _report_overhead(timed.seconds, rounds_off, rounds_on, recorder, calls)


def _report_overhead(
    handover: list[float],
    rounds_off: list[list[float]],
    rounds_on: list[list[float]],
    recorder: Recorder,
    calls: int,
) -> None:
    """Print the overhead figures in milliseconds."""
    ms = 1000.0
    off = [x for r in rounds_off for x in r]
    on = [x for r in rounds_on for x in r]
    print(f"== recording overhead: {len(on)} calls, {calls} concurrent, fake Ollama over HTTP")
    print(
        f"record() on the call path   p50 {pct(handover, 50) * ms:.4f} ms"
        f"  p99 {pct(handover, 99) * ms:.4f} ms  max {max(handover) * ms:.4f} ms"
    )
    for name, values, per_round in (("off", off, rounds_off), ("on ", on, rounds_on)):
        round_p99 = statistics.median(pct(r, 99) for r in per_round)
        print(
            f"call latency recording {name}  p50 {pct(values, 50) * ms:.2f} ms"
            f"  p99 {pct(values, 99) * ms:.2f} ms  median of round p99s {round_p99 * ms:.2f} ms"
        )
    print(
        f"difference on - off         p50 {(pct(on, 50) - pct(off, 50)) * ms:+.2f} ms"
        f"  p99 {(pct(on, 99) - pct(off, 99)) * ms:+.2f} ms"
    )
    stats = recorder.stats()
    print(f"recorder: written {stats.written} dropped {stats.dropped} spilled {stats.spilled}")


def _records(count: int) -> list[CallRecord]:
    """Realistic finished records to write."""
    out = []
    for i in range(count):
        rec = CallRecord(provider="ollama", model_requested=MODEL, agent="bench", model=MODEL)
        rec.input_messages = [m.as_dict() for m in MESSAGES]
        rec.output_text = f"The spike at 10:41 came from 10.0.0.{i % 250} ({i})."
        rec.input_tokens, rec.output_tokens, rec.latency_ms = 120, 40, 35.0
        out.append(rec)
    return out


async def throughput(sink_factory: SinkFactory, count: int, mode: ContentMode) -> None:
    """Rows per second from queue to sink for one content mode."""
    records = _records(count)
    with tempfile.TemporaryDirectory() as spill:
        recorder = Recorder(
            sink_factory(), spill_dir=Path(spill), queue_size=count, content_mode=mode
        )
        for rec in records:
            recorder.record(rec)
        start = time.perf_counter()
        await recorder.start()
        await recorder.flush()
        elapsed = time.perf_counter() - start
        await recorder.stop()
    written = recorder.stats().written
    print(f"writer throughput {mode:<13}  {written / elapsed:>10,.0f} rows/s  ({written} rows)")


def load_sink(spec: str) -> SinkFactory:
    """`memory` or `module:callable` returning a LedgerSink (e.g. the database sink)."""
    if spec == "memory":
        return InMemorySink
    module, _, name = spec.partition(":")
    factory: SinkFactory = getattr(importlib.import_module(module), name)
    return factory


def main() -> None:
    """Parse arguments, start the fake server in a subprocess, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sink", default="memory", help="memory or module:factory")
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    sink_factory = load_sink(args.sink)
    port = free_port()
    server = multiprocessing.Process(target=_serve, args=(port,), daemon=True)
    server.start()
    try:
        asyncio.run(overhead(f"http://127.0.0.1:{port}", sink_factory, args.calls, args.rounds))
    finally:
        server.terminate()
        server.join()
    for mode in ("metadata_only", "full", "redacted"):
        asyncio.run(throughput(sink_factory, args.rows, mode))


if __name__ == "__main__":
    main()
