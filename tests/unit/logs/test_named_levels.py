"""A format whose header always names the level (`names_level`) skips looking for one in the
message: the test must never say so of a header that can fit a line without a level."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer.logs.formats import BY_NAME, FORMATS, LogFormat
from analyzer.logs.parsing import finish_sql, names_level
from analyzer.logs.reader import sample_lines

from .conftest import SAMPLES

NAMING = [f for f in FORMATS if names_level(f)]


def _regex(pattern: str, level_sql: str = "s.level") -> LogFormat:
    return LogFormat("t", "test", pattern, level_sql=level_sql)


@pytest.mark.parametrize(
    ("pattern", "named"),
    [
        (r"^(?P<ts>\S+) (?P<level>[A-Z]+) (?P<msg>.*)$", True),
        (r"^(?:\[(?P<level>\w+)\] )+(?P<msg>.*)$", True),  # repeated, at least once
        (r"^(?P<ts>\S+) (?:(?P<level>[A-Z]+) )?(?P<msg>.*)$", False),  # optional
        (r"^(?:(?P<level>[A-Z]+): |- )(?P<msg>.*)$", False),  # one branch of two
        (r"^(?P<ts>\S+) (?P<level>\w*) (?P<msg>.*)$", False),  # may be empty
        (r"^(?P<ts>\S+) (?P<msg>.*)$", False),  # none
    ],
)
def test_a_level_counts_as_named_only_when_every_fit_has_one(pattern: str, named: bool) -> None:
    assert names_level(_regex(pattern)) is named


def test_a_level_read_otherwise_than_from_the_group_is_not_named() -> None:
    pattern = r"^(?P<ts>\S+) (?P<level>[A-Z]+) (?P<msg>.*)$"
    assert not names_level(_regex(pattern, level_sql="lower(s.level)"))
    assert not names_level(BY_NAME["json"])


def test_the_common_headers_name_their_levels() -> None:
    assert {"hdfs", "android", "log4j", "python"} <= {f.name for f in NAMING}
    assert "syslog" not in {f.name for f in NAMING}


def test_the_message_is_searched_for_a_level_only_when_the_header_may_name_none() -> None:
    fields = "SELECT * FROM t"
    assert "level=" in finish_sql(fields, continuation=True)
    assert "level=" not in finish_sql(fields, continuation=True, levels_named=True)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_line_a_naming_header_fits_has_a_level(path: Path) -> None:
    lines = [line[:4096] for line in sample_lines(path)]
    for fmt in NAMING:
        rx = re.compile(fmt.pattern)
        for line in lines:
            if (found := rx.match(line)) is not None:
                assert found.group("level"), (fmt.name, line)
