"""The ledger recorder: batches, spill when full or when the sink is down, replay, drain."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from analyzer.llm.memory_sink import InMemorySink
from analyzer.llm.pricing import PriceEntry, PriceTable
from analyzer.llm.record import CallRecord, ContentMode
from analyzer.llm.recorder import Recorder
from analyzer.llm.spill import PREFIX

pytestmark = pytest.mark.anyio


def _rec(i: int = 0, **fields: Any) -> CallRecord:
    rec = CallRecord(provider="ollama", model_requested="llama3.2:3b", agent="report")
    rec.input_messages = [{"role": "user", "content": f"question {i} from a@b.io"}]
    rec.output_text = f"answer {i}"
    rec.input_tokens, rec.output_tokens = 10, 5
    for name, value in fields.items():
        setattr(rec, name, value)
    return rec


def _recorder(sink: InMemorySink, spill: Path, **options: Any) -> Recorder:
    options.setdefault("flush_interval", 0.01)
    options.setdefault("retry_initial_s", 0.01)
    return Recorder(sink, spill_dir=spill, **options)


def _spill_lines(spill: Path) -> int:
    return sum(len(p.read_text().splitlines()) for p in spill.glob(f"{PREFIX}*.jsonl"))


async def test_records_are_written_in_batches(tmp_path: Path) -> None:
    sink = InMemorySink()
    recorder = _recorder(sink, tmp_path, batch_size=50)
    records = [_rec(i) for i in range(120)]
    for rec in records:
        recorder.record(rec)
    assert recorder.stats().queue_depth == 120
    await recorder.start()
    await recorder.flush()
    await recorder.stop()
    assert set(sink.rows) == {r.id for r in records}
    assert sink.batches == [50, 50, 20]
    stats = recorder.stats()
    assert (stats.written, stats.dropped, stats.spilled, stats.queue_depth) == (120, 0, 0, 0)


async def test_writer_lag_is_the_age_of_the_oldest_queued_record(tmp_path: Path) -> None:
    recorder = _recorder(InMemorySink(), tmp_path)
    assert recorder.stats().writer_lag_seconds == 0.0
    recorder.record(_rec())
    assert recorder.stats().writer_lag_seconds > 0.0


async def test_full_queue_spills_without_raising_then_replays(tmp_path: Path) -> None:
    sink = InMemorySink()
    recorder = _recorder(sink, tmp_path, queue_size=3)
    records = [_rec(i) for i in range(10)]
    for rec in records:
        recorder.record(rec)
    assert (recorder.stats().queue_depth, recorder.stats().spilled) == (3, 7)
    assert _spill_lines(tmp_path) == 7
    await recorder.start()
    await recorder.flush()
    await recorder.stop()
    assert set(sink.rows) == {r.id for r in records}
    assert (recorder.stats().replayed, sink.duplicates, _spill_lines(tmp_path)) == (7, 0, 0)


async def test_sink_down_spills_then_replays_when_it_returns(tmp_path: Path) -> None:
    sink = InMemorySink(fail=True)
    recorder = _recorder(sink, tmp_path, batch_size=4)
    await recorder.start()
    records = [_rec(i) for i in range(10)]
    for rec in records:
        recorder.record(rec)
    await recorder.flush()
    assert sink.failures >= 1 and not sink.rows
    assert (recorder.stats().written, recorder.stats().spilled) == (0, 10)
    sink.fail = False
    assert await recorder.replay_spill() == 10
    await recorder.stop()
    assert set(sink.rows) == {r.id for r in records}
    assert sink.duplicates == 0
    assert recorder.stats().replayed == 10 and _spill_lines(tmp_path) == 0


async def test_writer_replays_by_itself_after_backoff(tmp_path: Path) -> None:
    sink = InMemorySink(fail=True)
    recorder = _recorder(sink, tmp_path)
    await recorder.start()
    first = [_rec(i) for i in range(5)]
    for rec in first:
        recorder.record(rec)
    await recorder.flush()
    sink.fail = False
    later = _rec(99)
    recorder.record(later)
    while recorder.stats().replayed < 5 or later.id not in sink.rows:
        await recorder.flush()
        await _tick()
    await recorder.stop()
    assert {r.id for r in [*first, later]} == set(sink.rows)


async def _tick() -> None:
    await asyncio.sleep(0.01)


async def test_spill_left_by_a_previous_run_is_replayed_at_start(tmp_path: Path) -> None:
    down = InMemorySink(fail=True)
    first = _recorder(down, tmp_path)
    await first.start()
    records = [_rec(i) for i in range(6)]
    for rec in records:
        first.record(rec)
    await first.stop()
    assert _spill_lines(tmp_path) == 6
    up = InMemorySink()
    second = _recorder(up, tmp_path)
    await second.start()
    await second.flush()
    while second.stats().replayed < 6:
        await _tick()
    await second.stop()
    assert set(up.rows) == {r.id for r in records}
    assert up.rows[records[0].id]["started_at"] == records[0].started_at


async def test_stop_drains_the_queue(tmp_path: Path) -> None:
    sink = InMemorySink()
    recorder = _recorder(sink, tmp_path, batch_size=10)
    await recorder.start()
    for i in range(95):
        recorder.record(_rec(i))
    await recorder.stop(deadline_s=10)
    assert len(sink.rows) == 95 and recorder.stats().queue_depth == 0


async def test_stop_past_its_deadline_spills_what_remains(tmp_path: Path) -> None:
    sink = InMemorySink(delay_s=30)
    recorder = _recorder(sink, tmp_path, batch_size=10)
    await recorder.start()
    records = [_rec(i) for i in range(40)]
    for rec in records:
        recorder.record(rec)
    await recorder.stop(deadline_s=0.05)
    stats = recorder.stats()
    assert stats.written == 0 and stats.spilled == 40 and _spill_lines(tmp_path) == 40
    sink.delay_s = 0
    assert await recorder.replay_spill() == 40
    assert set(sink.rows) == {r.id for r in records}


async def test_unserialisable_record_is_counted_as_dropped(tmp_path: Path) -> None:
    sink = InMemorySink()
    recorder = _recorder(sink, tmp_path)
    await recorder.start()
    good, bad = _rec(1), _rec(2, request_params={"handle": object()})
    recorder.record(bad)
    recorder.record(good)
    recorder.record(None)  # type: ignore[arg-type]
    await recorder.flush()
    await recorder.stop()
    assert set(sink.rows) == {good.id}
    assert recorder.stats().dropped == 2


async def test_full_queue_with_unserialisable_record_does_not_raise(tmp_path: Path) -> None:
    recorder = _recorder(InMemorySink(), tmp_path, queue_size=0)
    recorder.record(_rec(1, request_params={"handle": object()}))
    assert (recorder.stats().dropped, recorder.stats().spilled) == (1, 0)


async def test_spill_rotation_drops_the_oldest_and_counts_them(tmp_path: Path) -> None:
    recorder = _recorder(
        InMemorySink(), tmp_path, queue_size=0, spill_max_bytes=1, spill_files_kept=3
    )
    for i in range(5):
        recorder.record(_rec(i))
    assert len(list(tmp_path.glob(f"{PREFIX}*.jsonl"))) == 3
    assert (recorder.stats().spilled, recorder.stats().dropped) == (5, 2)


@pytest.mark.parametrize(
    ("mode", "question", "answer"),
    [
        ("full", "question 1 from a@b.io", "answer 1"),
        ("redacted", "question 1 from <EMAIL_1>", "answer 1"),
        ("metadata_only", None, None),
    ],
)
async def test_content_mode_is_applied_to_written_rows(
    tmp_path: Path, mode: ContentMode, question: str | None, answer: str | None
) -> None:
    sink = InMemorySink()
    recorder = _recorder(sink, tmp_path, content_mode=mode)
    rec = _rec(1)
    recorder.record(rec)
    await recorder.start()
    await recorder.stop()
    row = sink.rows[rec.id]
    got = row["input_messages"][0]["content"] if row["input_messages"] else None
    assert (row["content_mode"], got, row["output_text"]) == (mode, question, answer)


async def test_cost_is_computed_when_the_row_is_written(tmp_path: Path) -> None:
    table = PriceTable([PriceEntry("ollama", "llama*", 1.0, 2.0, _rec().started_at.date())])
    sink = InMemorySink()
    recorder = _recorder(sink, tmp_path, prices=table)
    known, unknown = _rec(1, model="llama3.2:3b"), _rec(2, model="qwen2.5:7b")
    recorder.record(known)
    recorder.record(unknown)
    await recorder.start()
    await recorder.stop()
    assert sink.rows[known.id]["cost_usd"] == pytest.approx((10 * 1.0 + 5 * 2.0) / 1e6)
    assert sink.rows[known.id]["price_source"] == f"ollama:llama*@{known.started_at.date()}"
    assert (sink.rows[unknown.id]["cost_usd"], sink.rows[unknown.id]["price_source"]) == (
        None,
        None,
    )


async def test_every_record_is_mirrored_to_jsonl(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror.jsonl"
    sink = InMemorySink(fail=True)
    recorder = _recorder(sink, tmp_path / "spill", mirror_jsonl=mirror)
    records = [_rec(i) for i in range(3)]
    for rec in records:
        recorder.record(rec)
    await recorder.start()
    await recorder.stop()
    lines = [json.loads(line) for line in mirror.read_text().splitlines()]
    assert [line["id"] for line in lines] == [r.id for r in records]
