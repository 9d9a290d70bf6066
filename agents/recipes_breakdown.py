"""Recipe for breakdowns: which value of a field (IP, user, path, status, source) leads, and how."""

from __future__ import annotations

from agents.drafting import Workbench, subject, timeline_chart, window_phrase
from agents.findings import Draft, Finding
from agents.params import Measure
from analyzer.logs.counts import CountResult
from analyzer.logs.fields import FieldStats

NAMES = {
    "ip": "IP address",
    "user": "user name",
    "path": "path",
    "method": "HTTP method",
    "http_status": "HTTP status",
    "exit_code": "exit code",
    "thread": "thread",
    "image": "image",
    "pod": "pod",
    "container": "container",
    "source": "source",
}
SHOWN = 10


def breakdown(bench: Workbench) -> Draft:
    """The leading value first, then the next ones, each with its count and a cited line."""
    p = bench.params
    if p.group_by in ("source", "bucket"):
        return _groups(bench)
    stats = bench.get("values", FieldStats)
    name = NAMES.get(p.field or "", p.field or "value")
    if stats is None or not stats.count:
        return Draft(
            [
                Finding(
                    f"No {subject(p)}{window_phrase(p)} carry a {name}.",
                    checks=[bench.check("values", "count", 0)] if stats else [],
                )
            ],
            bench.coverage("values"),
            empty=True,
        )
    top = stats.top_values[0]
    ev = [bench.evidence(*top.example, top.value)] if top.example else []
    spread = (
        f"**{stats.distinct:,}** distinct {plural_name(name)} over **{stats.count:,}** {subject(p)}"
        f"{window_phrase(p)}"
    )
    distinct_check = bench.check("values", "distinct", stats.distinct)
    if p.measure == Measure.DISTINCT:
        lead = Finding(
            f"There are {spread}; the most frequent is **{top.value}** ({top.count:,}) "
            f"{bench.cite.all(ev)}",
            ev,
            [distinct_check, bench.check("values", f"top_values.{{{top.value}}}.count", top.count)],
        )
    else:
        lead = Finding(
            f"The {name} with the most {subject(p)} is **{top.value}**: **{top.count:,}** of "
            f"{stats.count:,}{window_phrase(p)} {bench.cite.all(ev)}",
            ev,
            [
                bench.check("values", f"top_values.{{{top.value}}}.count", top.count),
                bench.check("values", "count", stats.count),
            ],
        )
    draft = Draft([lead], bench.coverage("values"), timeline_chart(bench))
    for value in stats.top_values[1:SHOWN]:
        vev = [bench.evidence(*value.example, value.value)] if value.example else []
        draft.findings.append(
            Finding(
                f"{name} **{value.value}**: {value.count:,} {bench.cite.all(vev)}",
                vev,
                [bench.check("values", f"top_values.{{{value.value}}}.count", value.count)],
            )
        )
    if p.measure != Measure.DISTINCT:
        draft.findings.append(Finding(f"In all {spread}.", checks=[distinct_check]))
    return draft


def _groups(bench: Workbench) -> Draft:
    p = bench.params
    result = bench.get("count", CountResult)
    groups = sorted((g for g in (result.groups if result else []) if g.key), key=lambda g: -g.count)
    if not groups:
        return Draft(
            [Finding(f"No {subject(p)}{window_phrase(p)} were found.")],
            bench.coverage("count"),
            empty=True,
        )
    top = groups[0]
    ev = [bench.evidence(*top.example)] if top.example else []
    total = result.coverage.events_matched if result else 0
    unit = {"86400": "day", "3600": "hour", "60": "minute"}.get(p.field or "", "interval")
    who = f"The {unit} starting **{top.key}**" if p.group_by == "bucket" else f"**{top.key}**"
    lead = Finding(
        f"{who} has the most {subject(p)}: **{top.count:,}** of {total:,}"
        f"{window_phrase(p)} {bench.cite.all(ev)}",
        ev,
        [bench.check("count", f"groups.{{{top.key}}}.count", top.count)],
    )
    draft = Draft([lead], bench.coverage("count"), timeline_chart(bench))
    for group in groups[1:SHOWN]:
        gev = [bench.evidence(*group.example)] if group.example else []
        draft.findings.append(
            Finding(
                f"**{group.key}**: {group.count:,} {bench.cite.all(gev)}",
                gev,
                [bench.check("count", f"groups.{{{group.key}}}.count", group.count)],
            )
        )
    return draft


def plural_name(name: str) -> str:
    """ "IP address" -> "IP addresses", "path" -> "paths", "HTTP status" -> "HTTP statuses"."""
    return name + ("es" if name.endswith(("s", "x", "sh", "ch")) else "s")
