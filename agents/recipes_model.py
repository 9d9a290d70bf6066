"""Findings for the steps a language model proposed: what each query found, re-checked."""

from __future__ import annotations

from agents.drafting import Workbench
from agents.findings import Draft, Finding
from agents.llm_planner import PREFIX
from analyzer.logs.anomalies import NewTemplatesResult, SpikeResult
from analyzer.logs.counts import CountResult, TopTemplatesResult
from analyzer.logs.fields import FieldStats
from analyzer.logs.search import SearchResult


def model_findings(bench: Workbench, draft: Draft) -> None:
    """Append one verified-by-check finding per model-proposed step that found something."""
    for purpose, step in bench.steps.items():
        if not purpose.startswith(PREFIX):
            continue
        finding = _describe(bench, purpose, step.primitive)
        if finding is not None:
            finding.claim = (
                f"{finding.claim} (a query the language model proposed: {step.primitive})"
            )
            draft.findings.append(finding)


def _describe(bench: Workbench, purpose: str, primitive: str) -> Finding | None:
    result = bench.results.get(purpose)
    if isinstance(result, SearchResult):
        ev = [bench.evidence(h.log_id, h.line) for h in result.hits[:3]]
        n = result.coverage.events_matched
        return Finding(
            f"**{n:,}** events match {bench.cite.all(ev)}",
            ev,
            [bench.check(purpose, "coverage.events_matched", n)],
        )
    if isinstance(result, CountResult) and result.groups:
        top = result.groups[:3]
        parts = ", ".join(f"{g.key}: {g.count:,}" for g in top)
        return Finding(
            f"by {result.by}: {parts}",
            checks=[bench.check(purpose, f"groups.{{{g.key}}}.count", g.count) for g in top],
        )
    if isinstance(result, TopTemplatesResult) and result.templates:
        t = result.templates[0]
        ev = [bench.evidence(t.log_id, t.examples[0])] if t.examples else []
        return Finding(
            f"most frequent pattern `{t.pattern}`: **{t.count:,}** {bench.cite.all(ev)}",
            ev,
            [bench.check(purpose, "templates.0.count", t.count)],
        )
    if isinstance(result, FieldStats) and result.count:
        parts = ", ".join(f"{v.value}: {v.count:,}" for v in result.top_values[:3])
        return Finding(
            f"field {result.field} in **{result.count:,}** events ({parts})",
            checks=[bench.check(purpose, "count", result.count)],
        )
    if isinstance(result, SpikeResult):
        n = len(result.anomalies)
        return Finding(
            f"**{n}** spike(s) or dip(s)", checks=[bench.check(purpose, "anomalies.#", n)]
        )
    if isinstance(result, NewTemplatesResult) and result.templates:
        n = len(result.templates)
        return Finding(f"**{n}** new pattern(s)", checks=[bench.check(purpose, "templates.#", n)])
    return None
