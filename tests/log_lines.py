"""A generated log for the log viewer's filter tests, and the lines each filter must give."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

LEVELS = ("INFO", "INFO", "WARNING", "ERROR")
STORED = {"WARNING": "WARN"}  # the level names the store keeps
SOURCES = ("app.db", "app.web", "app.auth")


@dataclass(frozen=True)
class Line:
    """One physical line and the (stored) level and source of the event it belongs to."""

    number: int
    text: str
    level: str
    source: str


def write_viewer_log(path: Path, events: int = 1200) -> list[Line]:
    """Python-logging lines; every 25th event is an ERROR with a two-line traceback."""
    lines: list[Line] = []
    for i in range(events):
        level, source = LEVELS[i % 4], SOURCES[i % 3]
        if i % 25 == 3:
            level = "ERROR"
        stamp = f"2024-03-01 10:{i // 60 % 60:02d}:{i % 60:02d},{i % 1000:03d}"
        texts = [f"{stamp} - {source} - {level} - request {i} took {i % 97} ms [p{i % 5}]"]
        if i % 25 == 3:
            texts += ["Traceback (most recent call last):", f"ValueError: Boom {i}"]
        for text in texts:
            lines.append(Line(len(lines) + 1, text, STORED.get(level, level), source))
    path.write_text("".join(line.text + "\n" for line in lines), encoding="utf-8")
    return lines


def expected(
    lines: list[Line],
    *,
    levels: tuple[str, ...] = (),
    sources: tuple[str, ...] = (),
    q: str | None = None,
    regex: bool = False,
    start: int = 1,
    end: int | None = None,
) -> list[tuple[int, str]]:
    """(line, text) of every line the filters keep, as the API must return them."""

    def keeps(line: Line) -> bool:
        if line.number < start or (end is not None and line.number > end):
            return False
        if levels and line.level not in levels:
            return False
        if sources and line.source not in sources:
            return False
        if q is None:
            return True
        if regex:
            return re.search(q, line.text, re.IGNORECASE) is not None
        return q.lower() in line.text.lower()

    return [(line.number, line.text) for line in lines if keeps(line)]
