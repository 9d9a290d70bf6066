"""The registry of query primitives a planning agent may call: name -> callable + args model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from analyzer.logs.anomalies import NewTemplatesArgs, SpikeArgs, new_templates, spikes
from analyzer.logs.compare import CompareArgs, compare_windows
from analyzer.logs.counts import (
    CountArgs,
    TimelineArgs,
    TopTemplatesArgs,
    count_by,
    timeline,
    top_templates,
)
from analyzer.logs.fields import FieldArgs, field_stats
from analyzer.logs.search import ContextArgs, LinesArgs, SearchArgs, context, lines, search
from analyzer.logs.store import LogStore


@dataclass(frozen=True)
class Primitive:
    """A read-only query: its name, what it answers, its arguments model and function."""

    name: str
    description: str
    args: type[BaseModel]
    fn: Callable[[LogStore, Any], BaseModel]

    def run(self, store: LogStore, raw_args: dict[str, Any]) -> BaseModel:
        """Validate raw arguments against the model, then run."""
        return self.fn(store, self.args.model_validate(raw_args))


def _p(name: str, description: str, args: type[BaseModel], fn: Callable[..., Any]) -> Primitive:
    return Primitive(name, description, args, fn)


PRIMITIVES: dict[str, Primitive] = {
    p.name: p
    for p in [
        _p("search", "events matching include/exclude terms and a regex", SearchArgs, search),
        _p(
            "count",
            "event counts grouped by level, source, template, field or bucket",
            CountArgs,
            count_by,
        ),
        _p("top_templates", "most frequent message templates", TopTemplatesArgs, top_templates),
        _p("timeline", "histogram of events over time (auto bucket)", TimelineArgs, timeline),
        _p("spikes", "spikes and dips per level or template against a baseline", SpikeArgs, spikes),
        _p(
            "new_templates",
            "templates first appearing after a time",
            NewTemplatesArgs,
            new_templates,
        ),
        _p(
            "compare_windows",
            "new, gone, increased, decreased templates between two windows",
            CompareArgs,
            compare_windows,
        ),
        _p(
            "field_stats",
            "statistics of an extracted field (count, p50, p95, max)",
            FieldArgs,
            field_stats,
        ),
        _p("lines", "raw lines start..end with parsed fields", LinesArgs, lines),
        _p("context", "k lines around a line", ContextArgs, context),
    ]
}
