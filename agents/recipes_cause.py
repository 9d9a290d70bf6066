"""Recipe for likely causes: what was new or going wrong just before the spike or event."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from agents.drafting import Workbench, subject, timeline_chart, window_phrase
from agents.findings import Draft, Finding, when
from agents.recipes import clip, first_finding
from analyzer.logs.anomalies import NewTemplatesResult, SpikeResult
from analyzer.logs.counts import TopTemplatesResult
from analyzer.logs.search import SearchResult

PROBLEM = re.compile(
    r"(?i)\b(error|exception|fail\w*|fatal|critical|panic|timeout|timed out|refused|denied|"
    r"unavailable|kill\w*|oom\w*|crash\w*|out of memory|exit(ed|code)?\W+[1-9])"
)


def cause(bench: Workbench) -> Draft:
    """The likely cause: what was new or going wrong in the minutes before the anchor (the
    spike, the time asked about, or the first occurrence of what was asked about)."""
    p = bench.params
    spikes = bench.get("spikes", SpikeResult)
    first = bench.get("first", SearchResult)
    has_spike = spikes is not None and any(a.kind == "spike" for a in spikes.anomalies)
    if has_spike and spikes is not None:
        lead = _spike_lead(bench, spikes)
    elif first is not None and first.hits:
        lead = first_finding(bench, first.hits[0], subject(p) + window_phrase(p))
    else:
        lead = Finding(f"No {subject(p)}{window_phrase(p)} were found, so no cause can be named.")
    draft = Draft([lead], bench.coverage("first" if not has_spike else "spikes"))
    draft.charts = timeline_chart(bench)
    new = bench.get("new", NewTemplatesResult)
    asked = set(p.patterns)
    began = (bench.coverage("timeline").get("time_window") or {}).get("start")
    settled = datetime.fromisoformat(began) + timedelta(minutes=1) if began else None
    candidates = sorted(
        (
            t
            for t in (new.templates if new else [])
            # what every process prints when it starts is not new: the log had just begun
            if t.pattern not in asked and (settled is None or (t.first_seen or settled) > settled)
        ),
        key=lambda t: not PROBLEM.search(bench.read_line(t.log_id, t.first_line)),
    )
    index = {id(t): i for i, t in enumerate(new.templates if new else [])}
    for t in candidates[:4]:
        i = index[id(t)]
        ev = [bench.evidence(t.log_id, t.first_line)]
        label = "Likely cause" if t is candidates[0] else "Also new"
        draft.findings.append(
            Finding(
                f"{label}: `{t.pattern}` first appears at **{when(t.first_seen)}** "
                f"({t.count:,} times) {bench.cite.all(ev)}: `{clip(ev[0].text)}`",
                ev,
                [bench.check("new", f"templates.{i}.first_line", t.first_line)],
            )
        )
    problems = bench.get("before_problems", TopTemplatesResult)
    for i, t in enumerate((problems.templates if problems else [])[:5]):
        if t.pattern in asked:
            continue
        ev = [bench.evidence(t.log_id, t.examples[0])] if t.examples else []
        text = f": `{clip(ev[0].text)}`" if ev else ""
        draft.findings.append(
            Finding(
                f"error/warning in the minutes before: `{t.pattern}` (**{t.count:,}**) "
                f"{bench.cite.all(ev)}{text}",
                ev,
                [bench.check("before_problems", f"templates.{i}.count", t.count)],
            )
        )
    if len(draft.findings) == 1 and "new" in bench.results:
        draft.findings.append(
            Finding("Nothing new and no error or warning appears in the ten minutes before it.")
        )
    return draft


def _spike_lead(bench: Workbench, result: SpikeResult) -> Finding:
    index, top = max(
        ((i, a) for i, a in enumerate(result.anomalies) if a.kind == "spike"),
        key=lambda pair: pair[1].score,
    )
    ev = [bench.evidence(*top.example)] if top.example else []
    return Finding(
        f"The biggest spike of {subject(bench.params)} starts at **{when(top.bucket_start)}**: "
        f"**{top.count:,}** in {result.bucket_seconds // 60 or 1} minute(s) against a typical "
        f"{top.baseline:,.1f} {bench.cite.all(ev)}",
        ev,
        [bench.check("spikes", f"anomalies.{index}.count", top.count)],
    )
