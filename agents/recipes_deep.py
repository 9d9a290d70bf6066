"""Recipes for entities, comparisons, anomalies, status and latency, and likely causes."""

from __future__ import annotations

import re
from collections import Counter

from agents.drafting import Workbench, plural, subject, timeline_chart, window_phrase
from agents.findings import Draft, Finding, when
from agents.params import EntityKind, TimeWindow
from agents.recipes import clip, event_text
from analyzer.logs.anomalies import NewTemplatesResult, SpikeResult
from analyzer.logs.compare import CompareResult, TemplateChange
from analyzer.logs.counts import CountResult, TopTemplatesResult
from analyzer.logs.fields import FieldStats
from analyzer.logs.search import SearchResult

IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
SUCCESS = re.compile(r"(?i)\b(accepted|success\w*|succeeded|logged in|session opened|ok)\b")
FAILURE = re.compile(r"(?i)\b(fail\w*|invalid|denied|refused|error|exception|timeout)\b")


def entity(bench: Workbench) -> Draft:
    """Everything about one entity: how often, from when to when, its latest state, its IPs."""
    p = bench.params
    found = bench.get("lines", SearchResult)
    hits = found.hits if found else []
    total = found.coverage.events_matched if found else 0
    name = subject(p)
    if not hits:
        return Draft(
            [
                Finding(
                    f"No {name}{window_phrase(p)} were found.",
                    checks=[bench.check("lines", "coverage.events_matched", 0)],
                )
            ],
            bench.coverage("lines"),
            empty=True,
        )
    values = [e.value for e in p.entities] or p.terms
    first, last = hits[0], hits[-1]
    fev = bench.evidence(first.log_id, first.line, *values)
    lev = bench.evidence(last.log_id, last.line, *values)
    shown = "" if len(hits) == total else f" (the first {len(hits):,} read)"
    verb, noun = ("is", name.replace("events", "event", 1)) if total == 1 else ("are", name)
    lead = Finding(
        f"There {verb} **{total:,}** {noun}, from {when(first.ts)} {bench.cite(fev)} to "
        f"{when(last.ts)} {bench.cite(lev)}{shown}.",
        [fev, lev],
        [
            bench.check("lines", "coverage.events_matched", total),
            bench.check("lines", f"hits.{len(hits) - 1}.line", last.line),
        ],
    )
    draft = Draft([lead], bench.coverage("lines"))
    draft.findings.append(
        Finding(
            f"The latest state: `{clip(event_text(lev.text, last.message))}` {bench.cite(lev)}",
            [lev],
            [bench.check("lines", f"hits.{len(hits) - 1}.line", last.line)],
        )
    )
    _ips(bench, draft, hits, values)
    _span(bench, draft, hits)
    return draft


def _ips(bench: Workbench, draft: Draft, hits: list, values: list[str]) -> None:  # type: ignore[type-arg]
    if any(e.kind == EntityKind.IP for e in bench.params.entities):
        return
    by_ip: dict[str, list] = {}  # type: ignore[type-arg]
    for hit in hits:
        for ip in IPV4.findall(hit.message):
            by_ip.setdefault(ip, []).append(hit)
    for ip, ip_hits in sorted(by_ip.items(), key=lambda kv: -len(kv[1]))[:4]:
        ok = [h for h in ip_hits if SUCCESS.search(h.message) and not FAILURE.search(h.message)]
        bad = [h for h in ip_hits if FAILURE.search(h.message)]
        cited = (ok or ip_hits)[:2]
        ev = [bench.evidence(h.log_id, h.line, ip, *values) for h in cited]
        state = f"{len(ok):,} successful, {len(bad):,} failed" if ok or bad else "neither"
        draft.findings.append(
            Finding(
                f"IP **{ip}** appears in {plural(len(ip_hits), 'line')} ({state}) "
                f"{bench.cite.all(ev)}",
                ev,
            )
        )


def _span(bench: Workbench, draft: Draft, hits: list) -> None:  # type: ignore[type-arg]
    times = [h.ts for h in hits if h.ts is not None]
    if len(times) >= 2:
        seconds = (max(times) - min(times)).total_seconds()
        spoken = f" ({duration_words(seconds)})" if seconds >= 60 else ""
        draft.findings.append(
            Finding(
                f"From the first to the last of these lines: **{number(seconds)} seconds**"
                f"{spoken}, {when(hits[0].ts)} to {when(hits[-1].ts)}.",
                checks=[
                    bench.check("lines", "hits.0.ts", hits[0].ts),
                    bench.check("lines", f"hits.{len(hits) - 1}.ts", hits[-1].ts),
                ],
            )
        )


def compare(bench: Workbench) -> Draft:
    """What changed between two windows: how many events in each, new, gone, rising, falling."""
    if bench.params.compare is not None:
        return _two_windows(bench)
    result = bench.get("compare", CompareResult)
    if result is None:
        return Draft(
            [
                Finding(
                    "No spike or change point was found to compare around, and no "
                    "time was given to split at."
                )
            ],
            empty=True,
        )
    args = bench.steps["compare"].args
    lead = Finding(
        f"Comparing {when(args['a_start'])}–{when(args['a_end'])} (before) with "
        f"{when(args['b_start'])}–{when(args['b_end'])} (after): **{len(result.new)}** new, "
        f"**{len(result.gone)}** gone, **{len(result.increased)}** increased and "
        f"**{len(result.decreased)}** decreased patterns.",
        checks=[
            bench.check("compare", f"{k}.#", len(getattr(result, k)))
            for k in ("new", "gone", "increased", "decreased")
        ],
    )
    draft = Draft([lead], bench.coverage("compare"), timeline_chart(bench))
    for label, items in (
        ("new", result.new),
        ("increased", result.increased),
        ("gone", result.gone),
        ("decreased", result.decreased),
    ):
        for i, change in enumerate(items[:4]):
            draft.findings.append(_change(bench, label, i, change))
    return draft


def _two_windows(bench: Workbench) -> Draft:
    p = bench.params
    assert p.compare is not None
    sides = []
    for side, window in zip("ab", p.compare, strict=True):
        result = bench.get(f"count_{side}", CountResult)
        n = result.coverage.events_matched if result else 0
        sides.append((side, window, n))
    (_, wa, na), (_, wb, nb) = sides
    change = "" if not na else f" ({(nb - na) / na:+.0%})"
    lead = Finding(
        f"{_label(wa)}: **{na:,}** {subject(p)}; {_label(wb)}: **{nb:,}**{change}.",
        checks=[
            bench.check("count_a", "coverage.events_matched", na),
            bench.check("count_b", "coverage.events_matched", nb),
        ],
    )
    draft = Draft([lead], bench.coverage("count_b"), timeline_chart(bench), empty=not na and not nb)
    for side, window, _ in sides:
        top = bench.get(f"top_{side}", TopTemplatesResult)
        for i, t in enumerate((top.templates if top else [])[:3]):
            ev = [bench.evidence(t.log_id, t.examples[0])] if t.examples else []
            draft.findings.append(
                Finding(
                    f"{_label(window)}: `{t.pattern}` **{t.count:,}** {bench.cite.all(ev)}",
                    ev,
                    [bench.check(f"top_{side}", f"templates.{i}.count", t.count)],
                )
            )
    result = bench.get("compare", CompareResult)
    if result is not None:
        for label, items in (("new", result.new), ("gone", result.gone)):
            for i, change_ in enumerate(items[:3]):
                draft.findings.append(_change(bench, label, i, change_))
    return draft


def _label(window: TimeWindow) -> str:
    if window.label:
        return window.label[:1].upper() + window.label[1:]
    start = when(window.start) if window.start else "the start"
    return f"{start} to {when(window.end) if window.end else 'the end'}"


def _change(bench: Workbench, label: str, index: int, change: TemplateChange) -> Finding:
    ev = [bench.evidence(change.log_id, change.example_line)]
    return Finding(
        f"{label}: `{change.pattern}` — {change.count_a:,} before, {change.count_b:,} after "
        f"{bench.cite.all(ev)}",
        ev,
        [
            bench.check("compare", f"{label}.{index}.count_b", change.count_b),
            bench.check("compare", f"{label}.{index}.count_a", change.count_a),
        ],
    )


def anomalies(bench: Workbench) -> Draft:
    """Spikes and dips (total, per level, per template); with a start time, what is new since."""
    purposes = [k for k in ("spikes", "level_spikes", "template_spikes") if k in bench.results]
    found = [a for k in purposes for a in bench.get(k, SpikeResult).anomalies]
    spikes = [a for a in found if a.kind == "spike"]
    lead = Finding(
        f"**{len(spikes)}** spike(s) and **{len(found) - len(spikes)}** dip(s) in the event "
        f"rate, per level and per pattern{window_phrase(bench.params)}."
    )
    lead.checks = [
        bench.check(k, "anomalies.#", len(bench.get(k, SpikeResult).anomalies)) for k in purposes
    ]
    new = bench.get("new", NewTemplatesResult)
    draft = Draft([], bench.coverage("spikes"), timeline_chart(bench))
    if new is not None and new.templates:
        draft.findings.append(
            Finding(
                f"**{new.coverage.total:,}** pattern(s) appear for the first time"
                f"{window_phrase(bench.params)}.",
                checks=[bench.check("new", "coverage.total", new.coverage.total)],
            )
        )
        _new_patterns(bench, draft, shown=8)
    draft.findings.append(lead)
    draft.empty = not found and not (new and new.templates)
    seen: set[tuple[object, int]] = set()
    for purpose in ("spikes", "level_spikes", "template_spikes"):
        result = bench.get(purpose, SpikeResult)
        for i, a in enumerate((result.anomalies if result else [])[:4]):
            if (a.bucket_start, a.count) in seen:
                continue
            seen.add((a.bucket_start, a.count))
            ev = [bench.evidence(*a.example)] if a.example else []
            what = f"`{a.pattern}`" if a.pattern else f"**{a.key}**"
            draft.findings.append(
                Finding(
                    f"{a.kind} of {what} at {when(a.bucket_start)}: **{a.count:,}** events against "
                    f"a typical {a.baseline:,.1f} per interval {bench.cite.all(ev)}",
                    ev,
                    [bench.check(purpose, f"anomalies.{i}.count", a.count)],
                )
            )
    if new is None or not new.templates:
        _new_patterns(bench, draft)
    return draft


def _new_patterns(bench: Workbench, draft: Draft, shown: int = 5) -> None:
    new = bench.get("new", NewTemplatesResult)
    for i, t in enumerate((new.templates if new else [])[:shown]):
        ev = [bench.evidence(t.log_id, t.first_line)]
        draft.findings.append(
            Finding(
                f"new pattern from {when(t.first_seen)}: `{t.pattern}` ({t.count:,} times) "
                f"{bench.cite.all(ev)}",
                ev,
                [bench.check("new", f"templates.{i}.count", t.count)],
            )
        )


def status_latency(bench: Workbench) -> Draft:
    """Status code distribution and latency statistics."""
    status = bench.get("status", FieldStats)
    duration = bench.get("duration", FieldStats)
    # the coverage of what is reported: durations alone when no event carries a status
    timed_only = not (status and status.count) and bool(duration and duration.numeric_count)
    draft = Draft([], bench.coverage("duration" if timed_only else "status"), timeline_chart(bench))
    if status and status.count:
        counts = Counter({v.value: v.count for v in status.top_values})
        errors = sum(n for code, n in counts.items() if code.startswith("5"))
        ev = [bench.evidence(*line) for line in status.example_lines[:2]]
        parts = ", ".join(f"{code}: {n:,}" for code, n in counts.most_common(8))
        draft.findings.append(
            Finding(
                f"**{status.count:,}** events carry an HTTP status; **{errors:,}** are 5xx "
                f"({parts}) {bench.cite.all(ev)}",
                ev,
                [bench.check("status", "count", status.count)]
                + [
                    bench.check("status", f"top_values.{{{code}}}.count", n)
                    for code, n in counts.most_common(8)
                ],
            )
        )
    if duration and duration.numeric_count and duration.max is not None:
        ev = [bench.evidence(*line) for line in duration.example_lines[:1]]
        text = ""
        if ev:
            ev_text = clip(ev[0].text)
            text = f": `{ev_text}`"
        seconds = f" ({number(duration.max / 1000)} s)" if duration.max >= 1000 else ""
        stats = (
            f"mean **{number(duration.mean)} ms**, p50 **{number(duration.p50)} ms**, "
            f"p95 **{number(duration.p95)} ms**, "
            if duration.numeric_count > 1
            else ""
        )
        draft.findings.append(
            Finding(
                f"Durations over **{duration.numeric_count:,}** {subject(bench.params)}: {stats}"
                f"max **{number(duration.max)} ms**{seconds} {bench.cite.all(ev)}{text}",
                ev,
                [
                    bench.check("duration", "mean", duration.mean),
                    bench.check("duration", "p50", duration.p50),
                    bench.check("duration", "p95", duration.p95),
                    bench.check("duration", "max", duration.max),
                ],
            )
        )
    status_lines = bench.get("status_lines", SearchResult)
    if status_lines is not None:
        ev = [bench.evidence(h.log_id, h.line) for h in status_lines.hits[:3]]
        asked = ", ".join(e.value for e in bench.params.entities if e.kind == EntityKind.STATUS)
        draft.findings.insert(
            0,
            Finding(
                f"**{status_lines.coverage.events_matched:,}** {subject(bench.params)} have "
                f"status {asked}{window_phrase(bench.params)} {bench.cite.all(ev)}",
                ev,
                [
                    bench.check(
                        "status_lines",
                        "coverage.events_matched",
                        status_lines.coverage.events_matched,
                    )
                ],
            ),
        )
    lines = bench.get("lines", SearchResult)
    if not (duration and duration.numeric_count) and lines is not None and lines.hits:
        # no duration is written in these lines: how long they span is the answer
        _span(bench, draft, lines.hits)
        if draft.findings:
            first, last = lines.hits[0], lines.hits[-1]
            evs = [bench.evidence(first.log_id, first.line), bench.evidence(last.log_id, last.line)]
            draft.findings[-1].evidence = evs
            draft.findings[-1].claim += f" {bench.cite.all(evs)}"
            draft.coverage = bench.coverage("lines")
    if not draft.findings:
        draft.findings.append(
            Finding("No HTTP status codes or durations were found in these events.")
        )
        draft.empty = True
    return draft


def duration_words(seconds: float) -> str:
    """ "12 min 46 s", "2 h 5 min": a span as people say it."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} h"] if hours else []
    parts += [f"{minutes} min"] if minutes else []
    parts += [f"{secs} s"] if secs and not hours else []
    return " ".join(parts) or "0 s"


def number(value: float | None) -> str:
    """A measured number as written in answers: no trailing .0, at most three decimals."""
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")
