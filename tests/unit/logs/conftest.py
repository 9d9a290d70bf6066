"""Shared paths and ingest helpers for the log engine tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from analyzer.logs.ingest import ingest
from analyzer.logs.profile import LogProfile
from analyzer.logs.store import LogStore

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "fixtures" / "logs"
LOGHUB = REPO / ".." / "shared" / "data" / "loghub-2k"
# every fixture file and, when beside the repository, every Loghub sample
SAMPLES = sorted(p for p in FIXTURES.iterdir() if p.is_file()) + (
    sorted(LOGHUB.glob("*/*_2k.log")) if LOGHUB.is_dir() else []
)


def ingest_file(path: Path, store_dir: Path, **kw: object) -> LogProfile:
    """Ingest a file under a store folder named after it."""
    return ingest(path, store_dir, log_id=path.stem, filename=path.name, **kw)  # type: ignore[arg-type]


@pytest.fixture
def java_store(tmp_path: Path) -> Iterator[LogStore]:
    """A store over the Java application fixture."""
    ingest_file(FIXTURES / "java_app.log", tmp_path / "java")
    with LogStore.open([("java", tmp_path / "java")]) as store:
        yield store


def needs_loghub() -> pytest.MarkDecorator:
    """Skip when the shared Loghub data is not beside the repository."""
    return pytest.mark.skipif(not LOGHUB.is_dir(), reason="shared/data/loghub-2k not present")
