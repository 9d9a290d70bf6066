"""Query primitives through the registry: results, citations and coverage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from analyzer.errors import AppError
from analyzer.logs.primitives import PRIMITIVES
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file

T0 = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)


def _write_spiky(path: Path) -> None:
    out = []
    for minute in range(60):
        at = T0 + timedelta(minutes=minute)
        for i in range(5):
            out.append(f"{at:%Y-%m-%d %H:%M}:{i:02d},000 INFO [w] app.Api: request {i} ok")
        if minute == 40:
            out += [
                f"{at:%Y-%m-%d %H:%M}:30,000 ERROR [w] app.Db: timeout after {n}ms"
                for n in range(100)
            ]
    path.write_text("\n".join(out) + "\n")


@pytest.fixture
def spiky(tmp_path: Path) -> LogStore:
    _write_spiky(tmp_path / "spiky.log")
    ingest_file(tmp_path / "spiky.log", tmp_path / "s")
    return LogStore.open([("spiky", tmp_path / "s")])


def run(store: LogStore, name: str, **args: object) -> dict[str, object]:
    return PRIMITIVES[name].run(store, args).model_dump(mode="json")


def test_search_include_exclude_regex(java_store: LogStore) -> None:
    res = run(
        java_store,
        "search",
        filters={"include": ["get"], "exclude": ["alice"], "regex": r"status=\d+"},
    )
    assert [h["line"] for h in res["hits"]] == [4, 5, 13]  # type: ignore[index]
    cov = res["coverage"]
    assert cov["lines_scanned"] == 9 and cov["events_matched"] == 3  # type: ignore[index]
    assert cov["filters"]["exclude"] == ["alice"]  # type: ignore[index]
    assert "showing 3 of 3" in cov["note"]  # type: ignore[index]


def test_search_terms_are_literal_in_any_case_and_untimed_events_sort_apart(
    tmp_path: Path,
) -> None:
    # (the untimed line opens the file: below a log4j line it would continue its message)
    (tmp_path / "price.log").write_text(
        "garbage line C++ (USD)\n"
        "2024-03-01 10:00:02,000 INFO [w] app.Api: price (USD) 1.5+tax ok\n"
        "2024-03-01 10:00:01,000 WARN [w] app.Api: PRICE (usd) 1.5+TAX\n"
        "2024-03-01 10:00:03,000 INFO [w] app.Api: price usd 105tax\n"
    )
    ingest_file(tmp_path / "price.log", tmp_path / "s")
    with LogStore.open([("p", tmp_path / "s")]) as store:
        literal = run(store, "search", filters={"include": ["(usd) 1.5+tax"]})
        plus = run(store, "search", filters={"include": ["c++"], "exclude": ["PRICE"]})
        first = run(store, "search", limit=2)
        last = run(store, "search", limit=2, last=True)
        none = run(store, "search", filters={"include": ["nowhere"]})

    def lines(res: dict[str, object]) -> list[int]:
        return [h["line"] for h in res["hits"]]  # type: ignore[attr-defined]

    assert lines(literal) == [3, 2]  # by time; `.` and `+` are no regex, `105tax` is no match
    assert lines(plus) == [1]
    # the untimed event sorts after the timed ones, and is not among the newest
    assert lines(first) == [3, 2] and lines(last) == [2, 4]
    assert plus["hits"][0]["ts"] is None  # type: ignore[index]
    assert "showing 2 of 4" in first["coverage"]["note"]  # type: ignore[index]
    assert lines(none) == [] and none["coverage"]["events_matched"] == 0  # type: ignore[index]


def test_counts_by_level_and_field(java_store: LogStore) -> None:
    res = run(java_store, "count", by="level")
    assert {g["key"]: g["count"] for g in res["groups"]} == {  # type: ignore[attr-defined]
        "INFO": 7,
        "WARN": 1,
        "ERROR": 1,
    }
    res = run(java_store, "count", by="field", field="user")
    assert res["groups"][0] == {
        "key": "alice",
        "count": 2,
        "pattern": None,  # type: ignore[index]
        "example": ["java", 3],
    }


def test_field_stats_durations_and_status(java_store: LogStore) -> None:
    res = run(java_store, "field_stats", field="duration_ms")
    assert res["count"] == 6 and res["max"] == 1500.0  # type: ignore[index]
    assert res["example_lines"][0] == ["java", 12]  # type: ignore[index]
    status = run(java_store, "field_stats", field="status")
    assert {v["value"] for v in status["top_values"]} == {"200", "404", "500"}  # type: ignore[attr-defined]


def test_top_templates_and_lines(java_store: LogStore) -> None:
    res = run(java_store, "top_templates", limit=1)
    top = res["templates"][0]  # type: ignore[index]
    assert top["count"] == 5 and "status=<*>" in top["pattern"]
    got = run(java_store, "context", log_id="java", line=8, k=1)["lines"]
    assert [r["line"] for r in got] == [7, 8, 9]  # type: ignore[attr-defined]
    assert all(r["event_line"] == 6 for r in got)  # type: ignore[attr-defined]
    assert got[1]["text"].strip().startswith("at com.shop.Payment")  # type: ignore[index]


def test_timeline_spikes_and_new_templates(spiky: LogStore) -> None:
    tl = run(spiky, "timeline", bucket_seconds=60)
    assert len(tl["buckets"]) == 60  # type: ignore[arg-type]
    assert tl["buckets"][40]["count"] == 105  # type: ignore[index]
    sp = run(spiky, "spikes", by="level", bucket_seconds=60)
    first = sp["anomalies"][0]  # type: ignore[index]
    assert (first["kind"], first["key"], first["count"]) == ("spike", "ERROR", 100)
    assert first["bucket_start"] == "2024-03-01T10:40:00Z"
    new = run(spiky, "new_templates", after="2024-03-01T10:30:00Z")
    assert [t["count"] for t in new["templates"]] == [100]  # type: ignore[attr-defined]


def test_compare_windows(spiky: LogStore) -> None:
    res = run(
        spiky,
        "compare_windows",
        a_start="2024-03-01T10:00:00Z",
        a_end="2024-03-01T10:30:00Z",
        b_start="2024-03-01T10:30:00Z",
        b_end="2024-03-01T11:00:00Z",
    )
    assert [c["count_b"] for c in res["new"]] == [100]  # type: ignore[attr-defined]
    assert res["gone"] == [] and res["increased"] == []


def test_several_uploads_merge_by_time(tmp_path: Path, java_store: LogStore) -> None:
    ingest_file(FIXTURES / "java_app.log", tmp_path / "j")
    ingest_file(FIXTURES / "app.jsonl", tmp_path / "a")
    with LogStore.open([("java", tmp_path / "j"), ("json", tmp_path / "a")]) as store:
        res = run(store, "search", limit=4)
    assert [(h["log_id"], h["line"]) for h in res["hits"]] == [  # type: ignore[attr-defined]
        ("json", 1),
        ("java", 1),
        ("json", 2),
        ("java", 2),
    ]


def test_registry_validates_arguments(java_store: LogStore) -> None:
    with pytest.raises(ValidationError):
        PRIMITIVES["count"].run(java_store, {"by": "colour"})
    with pytest.raises(ValidationError):
        PRIMITIVES["field_stats"].run(java_store, {"field": "x'; drop"})
    with pytest.raises(AppError):
        PRIMITIVES["lines"].run(java_store, {"log_id": "other", "start": 1, "end": 2})


def test_deleted_upload_is_log_not_found(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "java_app.log", tmp_path / "j")
    with LogStore.open([("java", tmp_path / "j")]) as store:
        (tmp_path / "j" / "events.parquet").unlink()
        with pytest.raises(AppError) as err:
            run(store, "count", by="level")
    assert err.value.code == "LOG_NOT_FOUND"
    with pytest.raises(AppError):
        LogStore.open([("java", tmp_path / "j")])
