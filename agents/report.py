"""Report agent: the verified draft as markdown: direct answer, findings, coverage, reading."""

from __future__ import annotations

from typing import Any

from agents.findings import Draft, when
from agents.params import AnalysisParameters

DROPPED = (
    "{n} statement(s) were left out because re-computing them from the logs did not confirm them."
)


def render(draft: Draft, params: AnalysisParameters, *, question: str) -> str:
    """The answer in markdown; only verified findings carry numbers into it."""
    kept = [f for f in draft.findings if f.verified]
    dropped = len(draft.findings) - len(kept)
    parts: list[str] = []
    lead = draft.findings[0] if draft.findings else None
    if lead is not None and lead.verified:
        parts.append(lead.claim)
    else:
        parts.append("I could not confirm a direct answer from the logs.")
    if draft.empty and not draft.findings[1:]:
        parts.append(_empty_hint(params))
    rest = [f for f in kept if f is not lead]
    if rest:
        parts.append("### Findings\n" + "\n".join(f"- {f.claim}" for f in rest))
    if dropped:
        parts.append(DROPPED.format(n=dropped))
    parts.append("### Coverage\n" + coverage_text(draft.coverage))
    parts.append(
        "### How I read your question\n" + "\n".join(f"- {line}" for line in reading(params))
    )
    return "\n\n".join(parts) + "\n"


def coverage_text(cov: dict[str, Any]) -> str:
    """ "Searched N lines (M matching events) from … to …; filters …"."""
    if not cov:
        return "No query was run."
    window = cov.get("time_window") or {}
    span = ""
    if window.get("start") and window.get("end"):
        span = f" from {when(window['start'])} to {when(window['end'])}"
    text = (
        f"Searched {cov.get('lines_scanned', 0):,} lines "
        f"({cov.get('events_matched', 0):,} matching events){span}."
    )
    if cov.get("note"):
        note = str(cov["note"]).rstrip(".")
        text += f" {note[:1].upper()}{note[1:]}."
    return text


def reading(params: AnalysisParameters) -> list[str]:
    """How the question was read, including what matched nothing."""
    lines = params.describe()
    for name in params.unmatched:
        lines.append(f"no source or component named '{name}' exists in the attached logs")
    return lines


def _empty_hint(params: AnalysisParameters) -> str:
    hints = []
    if params.window is not None or params.around is not None:
        hints.append("the time window")
    if params.levels:
        hints.append("the levels")
    if params.sources or params.entities or params.terms:
        hints.append("the names searched for")
    if not hints:
        return "Nothing in the attached logs matched."
    return "Nothing matched; try widening " + ", ".join(hints) + "."


def result_payload(
    draft: Draft, params: AnalysisParameters, answer: str, cite: Any
) -> dict[str, Any]:
    """The `result` object of the run (and of result.created)."""
    return {
        "answer": answer,
        "parameters": params.model_dump(mode="json"),
        "reading": reading(params),
        "findings": [f.as_dict(cite) for f in draft.findings],
        "coverage": draft.coverage,
        "charts": draft.charts,
        "summary": answer.split("\n", 1)[0][:500],
    }
