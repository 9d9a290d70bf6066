"""Recipes: turn one kind of question's results into findings (counts, patterns, time, lines)."""

from __future__ import annotations

from agents.drafting import Workbench, plural, subject, timeline_chart, window_phrase
from agents.findings import Draft, Finding, when
from agents.params import Measure
from analyzer.logs.anomalies import NewTemplatesResult
from analyzer.logs.counts import CountResult, TimelineResult, TopTemplatesResult
from analyzer.logs.fields import FieldStats
from analyzer.logs.search import EventHit, SearchResult

SHOWN_GROUPS = 6


def count(bench: Workbench) -> Draft:
    """How many events match; per group; the rate when asked."""
    p = bench.params
    result = bench.get("count", CountResult)
    total = result.coverage.events_matched if result else 0
    what = subject(p).replace("events", "event", 1) if total == 1 else subject(p)
    claim = f"There {'is' if total == 1 else 'are'} **{total:,}** {what}{window_phrase(p)}."
    examples = bench.get("examples", SearchResult)
    first = [bench.evidence(h.log_id, h.line) for h in (examples.hits if examples else [])[:3]]
    lead = Finding(
        claim + (" " + bench.cite.all(first) if first else ""),
        first,
        [bench.check("count", "coverage.events_matched", total)],
    )
    draft = Draft([lead], bench.coverage("count"), timeline_chart(bench), empty=total == 0)
    if p.measure == Measure.RATE and total:
        draft.findings.append(_rate(bench, total))
    for group in (result.groups if result else [])[:SHOWN_GROUPS]:
        if result and len(result.groups) > 1 and group.example:
            ev = bench.evidence(group.example[0], group.example[1])
            draft.findings.append(
                Finding(
                    f"{result.by} **{group.key}**: {plural(group.count, 'event')} {bench.cite(ev)}",
                    [ev],
                    [bench.check("count", f"groups.{{{group.key}}}.count", group.count)],
                )
            )
    return draft


def _rate(bench: Workbench, total: int) -> Finding:
    timeline = bench.get("timeline", TimelineResult)
    window = timeline.coverage.time_window if timeline else None
    if window is None or window.start is None or window.end is None:
        return Finding("The rate cannot be computed: the events carry no timestamps.")
    minutes = max((window.end - window.start).total_seconds() / 60, 1 / 60)
    rate = total / minutes
    return Finding(
        f"That is **{rate:,.2f}** per minute over {minutes:,.1f} minutes "
        f"({when(window.start)} to {when(window.end)}).",
        checks=[bench.check("timeline", "coverage.events_matched", total)],
    )


def top_patterns(bench: Workbench) -> Draft:
    """The most frequent message patterns with their counts and an example line each."""
    result = bench.get("top", TopTemplatesResult)
    templates = result.templates if result else []
    if not templates:
        return Draft(
            [Finding(f"No {subject(bench.params)} match{window_phrase(bench.params)}.")],
            bench.coverage("top"),
            empty=True,
        )
    top = templates[0]
    lead_ev = [bench.evidence(top.log_id, top.examples[0])] if top.examples else []
    example = f", for example `{clip(lead_ev[0].text, 160)}`" if lead_ev else ""
    lead = Finding(
        f"The most frequent pattern is `{top.pattern}` with **{top.count:,}** occurrences "
        f"{bench.cite.all(lead_ev)}{example}",
        lead_ev,
        [bench.check("top", "templates.0.count", top.count)],
    )
    draft = Draft([lead], bench.coverage("top"))
    for i, t in enumerate(templates[1:], start=1):
        ev = [bench.evidence(t.log_id, t.examples[0])] if t.examples else []
        draft.findings.append(
            Finding(
                f"{i + 1}. `{t.pattern}`: **{t.count:,}** (first {when(t.first_seen)}, last "
                f"{when(t.last_seen)}) {bench.cite.all(ev)}",
                ev,
                [bench.check("top", f"templates.{i}.count", t.count)],
            )
        )
    return draft


def error_summary(bench: Workbench) -> Draft:
    """Counts per level, then the most frequent problem patterns."""
    p = bench.params
    counts = bench.get("count", CountResult)
    groups = {g.key: g for g in (counts.groups if counts else [])}
    wanted = p.levels or [k for k in groups if k and k.upper()[:4] in PROBLEM_LEVELS]
    parts = [f"**{groups[k].count:,}** {k}" for k in wanted if k in groups]
    checks = [
        bench.check("count", f"groups.{{{k}}}.count", groups[k].count)
        for k in wanted
        if k in groups
    ]
    claim = (
        f"There are {', '.join(parts)} events{window_phrase(p)}."
        if parts
        else f"There are no {'/'.join(wanted) or 'error or warning'} events{window_phrase(p)}."
    )
    draft = Draft(
        [Finding(claim, checks=checks)],
        bench.coverage("count"),
        timeline_chart(bench, title="events by level"),
        empty=not parts,
    )
    # without levels asked for, the error and warning patterns when the log has any
    problems = bench.get("problem_top", TopTemplatesResult)
    step = "problem_top" if problems is not None and problems.templates else "top"
    top = bench.get(step, TopTemplatesResult)
    for i, t in enumerate((top.templates if top else [])[:8]):
        ev = [bench.evidence(t.log_id, t.examples[0])] if t.examples else []
        draft.findings.append(
            Finding(
                f"`{t.pattern}`: **{t.count:,}** times, {when(t.first_seen)} to "
                f"{when(t.last_seen)} {bench.cite.all(ev)}",
                ev,
                [bench.check(step, f"templates.{i}.count", t.count)],
            )
        )
    _problem_lines(bench, draft)
    return draft


PROBLEM_LEVELS = {"ERRO", "WARN", "FATA", "CRIT", "SEVE", "EMER", "ALER", "PANI"}


def _problem_lines(bench: Workbench, draft: Draft) -> None:
    found = bench.get("problems", SearchResult)
    if found is None or not found.hits:
        return
    ev = [bench.evidence(h.log_id, h.line) for h in found.hits[:3]]
    draft.findings.append(
        Finding(
            f"**{found.coverage.events_matched:,}** lines mention errors, failures or timeouts; "
            f"the first: {bench.cite.all(ev)}",
            ev,
            [bench.check("problems", "coverage.events_matched", found.coverage.events_matched)],
        )
    )


def when_question(bench: Workbench) -> Draft:
    """When it started, peaked and stopped."""
    p = bench.params
    first = bench.get("first", SearchResult)
    if first is None or not first.hits:
        return Draft(
            [Finding(f"No {subject(p)} were found{window_phrase(p)}.")],
            bench.coverage("first"),
            empty=True,
        )
    hit = first.hits[0]
    started = first_finding(bench, hit, subject(p))
    started.checks.insert(0, bench.check("first", "hits.0.ts", hit.ts))
    findings = [started]
    last = _last_hit(bench)
    if last is not None:
        lev = bench.evidence(last.log_id, last.line)
        stopped = Finding(
            f"The last is at **{when(last.ts)}** {bench.cite(lev)}: "
            f"`{clip(event_text(lev.text, last.message))}`",
            [lev],
            [bench.check("last", "hits.-1.line", last.line)],
        )
        findings.insert(0 if p.measure == Measure.LAST else 1, stopped)
    findings.append(_peak_finding(bench))
    total = first.coverage.events_matched
    findings.append(
        Finding(
            f"In all, **{total:,}** {subject(p)}{window_phrase(p)}.",
            checks=[bench.check("first", "coverage.events_matched", total)],
        )
    )
    return Draft(findings, bench.coverage("first"), timeline_chart(bench))


def _last_hit(bench: Workbench) -> EventHit | None:
    last = bench.get("last", SearchResult)
    return last.hits[-1] if last is not None and last.hits else None


def _peak_finding(bench: Workbench) -> Finding:
    timeline = bench.get("timeline", TimelineResult)
    if timeline is None or not timeline.buckets:
        return Finding("There is no timeline: the events carry no timestamps.")
    top = max(timeline.buckets, key=lambda b: b.count)
    index = timeline.buckets.index(top)
    lines = bench.get("peak_lines", SearchResult)
    ev = [bench.evidence(h.log_id, h.line) for h in (lines.hits if lines else [])[:2]]
    return Finding(
        f"The busiest {timeline.bucket_seconds}-second interval starts at **{when(top.start)}** "
        f"with **{top.count:,}** events {bench.cite.all(ev)}",
        ev,
        [bench.check("timeline", f"buckets.{index}.count", top.count)],
    )


def around(bench: Workbench) -> Draft:
    """What happened in a window: levels, problems, what was new, status codes, main patterns."""
    p = bench.params
    counts = bench.get("count", CountResult)
    total = counts.coverage.events_matched if counts else 0
    levels = ", ".join(f"{g.count:,} {g.key}" for g in (counts.groups if counts else []))
    lead = Finding(
        f"**{total:,}** events{window_phrase(p)}" + (f" ({levels})." if levels else "."),
        checks=[bench.check("count", "coverage.events_matched", total)],
    )
    draft = Draft([lead], bench.coverage("count"), timeline_chart(bench), empty=total == 0)
    _anchored(bench, draft)
    _templates(bench, draft, "problem_top", "error/warning", 6)
    _new_in_window(bench, draft)
    _statuses(bench, draft)
    _templates(bench, draft, "top", "most frequent", 5)
    _problem_lines(bench, draft)
    return draft


def _anchored(bench: Workbench, draft: Draft) -> None:
    """For "just before/after that": name the event it is relative to and the nearest lines."""
    anchor = bench.get("anchor", SearchResult)
    if anchor is None:
        return
    if not anchor.hits:
        draft.findings[0] = Finding(
            f"No {subject(bench.params)} were found, so there is nothing to look before or after.",
            checks=[bench.check("anchor", "coverage.events_matched", 0)],
        )
        draft.empty = True
        return
    hit = anchor.hits[0]
    ev = bench.evidence(hit.log_id, hit.line)
    before = bench.params.relative_to == "before:previous"
    side = "before" if before else "after"
    lead = draft.findings[0]
    lead.claim = f"In the 5 minutes {side} {when(hit.ts)} {bench.cite(ev)} " + lead.claim.replace(
        "**", "", 0
    )
    lead.evidence.append(ev)
    recent = bench.get("recent", SearchResult)
    if recent is not None and recent.hits:
        evs = [bench.evidence(h.log_id, h.line) for h in recent.hits]
        lines = "; ".join(f"{bench.cite(e)} `{clip(e.text, 160)}`" for e in evs)
        draft.findings.append(Finding(f"the lines just {side} it: {lines}", evs))


def _templates(bench: Workbench, draft: Draft, purpose: str, label: str, shown: int) -> None:
    top = bench.get(purpose, TopTemplatesResult)
    seen = {f.claim.split("`")[1] for f in draft.findings if f.claim.count("`") >= 2}
    for i, t in enumerate((top.templates if top else [])[:shown]):
        if t.pattern in seen:
            continue
        ev = [bench.evidence(t.log_id, t.examples[0])] if t.examples else []
        draft.findings.append(
            Finding(
                f"{label} `{t.pattern}`: **{t.count:,}** {bench.cite.all(ev)}",
                ev,
                [bench.check(purpose, f"templates.{i}.count", t.count)],
            )
        )


def _new_in_window(bench: Workbench, draft: Draft) -> None:
    new = bench.get("new", NewTemplatesResult)
    for i, t in enumerate((new.templates if new else [])[:5]):
        ev = [bench.evidence(t.log_id, t.first_line)]
        draft.findings.append(
            Finding(
                f"new from {when(t.first_seen)}: `{t.pattern}` ({t.count:,} times) "
                f"{bench.cite.all(ev)}: `{clip(ev[0].text)}`",
                ev,
                [bench.check("new", f"templates.{i}.count", t.count)],
            )
        )


def _statuses(bench: Workbench, draft: Draft) -> None:
    status = bench.get("status", FieldStats)
    if status is None or not status.count:
        return
    parts = ", ".join(f"{v.value}: {v.count:,}" for v in status.top_values)
    draft.findings.append(
        Finding(
            f"HTTP status codes: {parts}",
            checks=[
                bench.check("status", f"top_values.{{{v.value}}}.count", v.count)
                for v in status.top_values
            ],
        )
    )


def show_lines(bench: Workbench) -> Draft:
    """The matching lines themselves, with citations."""
    p = bench.params
    found = bench.get("lines", SearchResult)
    hits = found.hits if found else []
    total = found.coverage.events_matched if found else 0
    lead = Finding(
        f"**{total:,}** lines are {subject(p)}{window_phrase(p)}"
        + (f"; the first {len(hits[:20])} are below." if hits else "."),
        checks=[bench.check("lines", "coverage.events_matched", total)],
    )
    draft = Draft([lead], bench.coverage("lines"), empty=total == 0)
    for h in hits[:20]:
        ev = bench.evidence(h.log_id, h.line)
        evs = [ev]
        if h.end_line > h.line:  # a stack trace or continued message: show and cite it too
            evs.append(bench.evidence(h.log_id, h.line + 1))
        text = clip(event_text(ev.text, h.message), 400 if h.end_line > h.line else 200)
        draft.findings.append(Finding(f"{bench.cite.all(evs)} `{text}`", evs))
    return draft


def overview(bench: Workbench) -> Draft:
    """What the log holds: levels, main patterns, problems, and its timeline."""
    draft = around(bench)
    draft.findings[0].claim = draft.findings[0].claim.replace("events", "events in all", 1)
    return draft


def first_finding(bench: Workbench, hit: EventHit, what: str) -> Finding:
    """ "The first of the … is at T [cite]: `the line`", checked against the `first` step."""
    ev = bench.evidence(hit.log_id, hit.line)
    return Finding(
        f"The first of the {what} is at **{when(hit.ts)}** {bench.cite(ev)}: "
        f"`{clip(event_text(ev.text, hit.message))}`",
        [ev],
        [bench.check("first", "hits.0.line", hit.line)],
    )


def event_text(raw_line: str, message: str) -> str:
    """The raw first line of an event, with the continuation lines a multi-line event holds."""
    rest = message.split("\n")[1:]
    return "\n".join([raw_line, *rest])


def clip(text: str, limit: int = 200) -> str:
    """A log line (or a multi-line event) shortened and made safe for an inline code span."""
    flat = " ⏎ ".join(part.strip() for part in text.splitlines() if part.strip())
    flat = flat.replace("`", "'")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
