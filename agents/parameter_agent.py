"""Parameter agent: a question (and the conversation so far) becomes validated parameters."""

from __future__ import annotations

import difflib
import re
from datetime import datetime, timedelta
from typing import Any

from agents import topics
from agents.contracts import Context, LogRef
from agents.dimensions import DIMENSION_WORDS, ENTITY_WORDS, dimension_of, key_dimension
from agents.entities import find_entities
from agents.kinds import classify, group_of, measure_of
from agents.levels import match_levels, names_a_level
from agents.params import AnalysisParameters, EntityKind, QuestionKind, TimeWindow
from agents.timeexpr import LogSpan, read_time
from analyzer.logs.envelopes import NAMING
from analyzer.logs.vocabulary import Vocabulary


class ParameterAgent:
    """Rule-based reading of questions; follow-ups inherit and amend the previous parameters."""

    def read(
        self,
        question: str,
        context: Context,
        *,
        follow_up: bool,
        vocabulary: Vocabulary | None = None,
    ) -> AnalysisParameters:
        """Parameters for `question` over the context's ready logs (and their vocabulary)."""
        logs = [log for log in context.logs if log.status == "ready"]
        previous = _previous(context.previous_parameters) if follow_up else None
        params = previous.model_copy(deep=True) if previous else AnalysisParameters()
        params.notes, params.unmatched, params.relative_to = [], [], None
        params.log_ids = [log.log_id for log in logs]
        span = log_span(logs)
        kind = classify(question)
        if previous is None or kind is not None:
            params.kind = kind or (
                QuestionKind.ENTITY if find_entities(question) else QuestionKind.OVERVIEW
            )
        self._time(question, params, span, previous)
        missing = self._filters(question, params, logs, follow_up=previous is not None)
        params.measure = measure_of(question, params.kind)
        params.group_by = group_of(question) or params.group_by
        containers = any(set((log.profile or {}).get("envelopes") or ()) & NAMING for log in logs)
        dimension = dimension_of(question, containers=containers)
        if dimension is None and vocabulary is not None:
            dimension = key_dimension(question, vocabulary)
        if vocabulary is not None:
            names = [log.filename for log in logs]
            self._topic(question, params, vocabulary, previous, dimension, names)
            if (params.templates or params.terms) and not names_a_level(question):
                # "probe failures", "failed logins": the topic says what failed; the lines
                # that say so may be logged at any level
                params.levels = [] if previous is None else params.levels
        else:
            params.unmatched.extend(missing)
        if dimension is not None and params.kind not in _KEEP_WITH_DIMENSION:
            params.kind = QuestionKind.BREAKDOWN
            params.group_by, params.field = dimension
        elif previous is None or kind is not None:
            params.field = None if params.kind != QuestionKind.BREAKDOWN else params.field
        if params.kind == QuestionKind.COMPARE:
            params.compare = compare_windows(question, params, log_span(logs))
        if params.kind == QuestionKind.OVERVIEW and params.levels:
            params.kind = QuestionKind.ERROR_SUMMARY
        if params.kind == QuestionKind.OVERVIEW and (params.templates or params.terms):
            params.kind = QuestionKind.ENTITY
        if (
            params.kind == QuestionKind.AROUND
            and params.window is None
            and params.around is None
            and params.relative_to not in ("before:previous", "after:previous")
            and (params.templates or params.terms or params.entities)
        ):
            params.kind = QuestionKind.ENTITY
        if (
            params.entities
            and previous is None
            and params.kind in (QuestionKind.OVERVIEW, QuestionKind.COUNT)
            and not re.search(r"\bhow many|count\b", question, re.I)
        ):
            params.kind = QuestionKind.ENTITY
        limit = re.search(r"\btop (\d{1,3})\b", question, re.I)
        params.limit = min(int(limit.group(1)), 200) if limit else params.limit
        return params

    def _topic(
        self,
        q: str,
        params: AnalysisParameters,
        vocabulary: Vocabulary,
        previous: AnalysisParameters | None,
        dimension: tuple[str, str] | None,
        log_names: list[str],
    ) -> None:
        skip = {e.value.lower() for e in params.entities} | {s.lower() for s in params.sources}
        skip |= {w.lower() for e in params.entities for w in re.findall(r"\w+", e.value)}
        skip |= DIMENSION_WORDS if dimension is not None else set()
        skip |= {w for source in params.sources for w in re.split(r"[.$/_-]", source.lower())}
        skip |= ENTITY_WORDS if params.entities else set()
        # "before and after the deploy at 14:02": the deploy is where the windows meet
        skip |= {w.lower() for w in re.findall(r"\b(?:before|after|since|until) (?:the )?(\w+)", q)}
        named = {w for log in log_names for w in re.findall(r"[a-z]+", log.lower())}
        skip |= {w.lower() for w in re.findall(r"(\w+) (?:log|logs|file)\b", q)} & named
        text = _without_times(q)
        for entity in params.entities:
            text = text.replace(entity.value, " ")
        text = re.sub(r"-(level|severity)\b", " level", text, flags=re.I)
        text = re.sub(r"\b(log(ged)?|sign(ed)?) ?(in|on)\b", "login", text, flags=re.I)
        words = topics.content_words(text, skip)
        names = frozenset(w for w in words if topics.is_name(w, q))
        fresh = topics.match(words, vocabulary, names)
        if previous is not None and words:
            merged = topics.match(list(dict.fromkeys(previous.topic + words)), vocabulary, names)
            topic = merged if merged.templates else fresh
        elif previous is not None:
            return
        else:
            topic = fresh
        self._header_only(params, vocabulary, topic)
        phrases = _numbered_phrases(q)
        present = vocabulary.mentions(*phrases) if phrases else {}
        topic.terms += [ph for ph, n in present.items() if n and ph not in topic.terms]
        params.topic = topic.words
        params.templates = [t.key for t in topic.templates]
        params.patterns = [t.pattern for t in topic.templates]
        quoted = [e.value for e in params.entities if e.kind == EntityKind.QUOTED]
        new_terms = [t for t in topic.terms if t not in quoted]
        if new_terms or previous is None:
            params.terms = quoted + new_terms
        for word in topic.unknown:
            if topics.is_name(word, q):
                params.unmatched.append(word)
                params.terms.append(word)
            else:
                params.notes.append(f"'{word}' appears nowhere in the logs; it was left out")

    @staticmethod
    def _header_only(
        params: AnalysisParameters, vocabulary: Vocabulary, topic: topics.Topic
    ) -> None:
        """Names found only in a line's header (a BGL node, a host column) are searched there."""
        named = [
            e.value
            for e in params.entities
            if e.kind not in (EntityKind.NUMBER, EntityKind.STATUS, EntityKind.QUOTED)
        ]
        candidates = named + list(topic.unknown)
        if not candidates:
            params.anywhere = []
            return
        inside = vocabulary.mentions(*candidates)
        around = vocabulary.mentions(*candidates, anywhere=True)
        params.anywhere = [c for c in candidates if not inside[c] and around[c]]
        topic.unknown = [w for w in topic.unknown if w not in params.anywhere]

    def _time(
        self,
        q: str,
        params: AnalysisParameters,
        span: LogSpan | None,
        previous: AnalysisParameters | None,
    ) -> None:
        reading = read_time(q, span)
        if previous is not None and re.search(r"\bjust (before|after) (that|it|this)\b", q, re.I):
            _shift(params, before="before" in q.lower())
            return
        if reading.window is not None or reading.around is not None:
            params.window, params.around = reading.window, reading.around
            params.radius_seconds = reading.radius_seconds
        params.relative_to = reading.relative_to or params.relative_to
        if reading.outside_log and span is not None:
            params.notes.append(
                f"the time asked about is outside the log ({span.start:%Y-%m-%d %H:%M:%S} to "
                f"{span.end:%Y-%m-%d %H:%M:%S} UTC)"
            )

    def _filters(
        self, q: str, params: AnalysisParameters, logs: list[LogRef], *, follow_up: bool
    ) -> list[str]:
        levels = match_levels(q, known_values(logs, "levels"))
        if levels or not follow_up:
            params.levels = levels if levels else ([] if not follow_up else params.levels)
        sources, missing = match_sources(q, known_values(logs, "sources"))
        if sources:
            params.sources = sources
        entities = find_entities(q)
        if entities:
            params.entities = entities
        params.terms = [e.value for e in entities if e.kind == EntityKind.QUOTED] or (
            params.terms if follow_up else []
        )
        if re.search(r"\b(only|just) (the )?(errors?|warnings?)\b", q, re.I) and params.levels:
            params.notes.append(
                "kept the previous question, restricted to " + ", ".join(params.levels)
            )
        return missing


def known_values(logs: list[LogRef], key: str) -> list[str]:
    """The values of a profile field (levels, sources) over all logs."""
    values: dict[str, None] = {}
    for log in logs:
        for value in (log.profile or {}).get(key) or {}:
            values[str(value)] = None
    return list(values)


def match_sources(question: str, known: list[str]) -> tuple[list[str], list[str]]:
    """Sources named in the question (fuzzy, case-insensitive), and names that match none."""
    tokens = re.findall(r"[A-Za-z][\w.$-]{2,}", question)
    lowered = {k.lower(): k for k in known}
    hits: list[str] = []
    for token in tokens:
        t = token.lower().rstrip("?.,!")
        exact = [
            orig
            for low, orig in lowered.items()
            if t == low or (t in re.split(r"[.$/]", low) and _distinctive(token, orig))
        ]
        partial = [orig for low, orig in lowered.items() if _identifier(token) and t in low]
        close = (
            difflib.get_close_matches(t, list(lowered), n=2, cutoff=0.88)
            if token[:1].isupper() or _identifier(token)
            else []
        )
        for found in exact or partial or [lowered[c] for c in close]:
            if found not in hits:
                hits.append(found)
    missing = re.findall(r"\b(?:for|from|on|in|and|of|by) (?:the )?([A-Z][\w.-]{2,})\b", question)
    return hits, [m for m in missing if not any(m.lower() in h.lower() for h in hits)]


def _distinctive(token: str, source: str) -> bool:
    """A source component a word may name: written like a name, in the question or the source."""
    if token[:1].isupper() or _identifier(token):
        return True
    part = next((p for p in re.split(r"[.$/]", source) if p.lower() == token.lower()), "")
    return bool(re.search(r"[a-z][A-Z]|\d", part))


def _identifier(token: str) -> bool:
    """A name that looks like code (CamelCase, dots, digits), not an everyday word."""
    return len(token) >= 4 and bool(re.search(r"[a-z][A-Z]|[._$\d]", token))


def log_span(logs: list[LogRef]) -> LogSpan | None:
    """The time range covered by the logs, from their profiles."""
    starts, ends = [], []
    for log in logs:
        rng = (log.profile or {}).get("time_range") or {}
        if rng.get("start") and rng.get("end"):
            starts.append(datetime.fromisoformat(str(rng["start"]).replace("Z", "+00:00")))
            ends.append(datetime.fromisoformat(str(rng["end"]).replace("Z", "+00:00")))
    return LogSpan(min(starts), max(ends)) if starts else None


def _previous(raw: dict[str, Any] | None) -> AnalysisParameters | None:
    if not raw:
        return None
    try:
        return AnalysisParameters.model_validate(raw)
    except ValueError:
        return None


def _shift(params: AnalysisParameters, *, before: bool) -> None:
    """Just before (or after) that: a window as long as the last one, right beside it."""
    anchor = params.window
    if anchor is None and params.around is not None:
        radius = timedelta(seconds=params.radius_seconds)
        anchor = TimeWindow(start=params.around - radius, end=params.around + radius)
    if anchor is None or anchor.start is None or anchor.end is None:
        # no window to move: the first event the previous question found is the anchor
        params.relative_to = "before:previous" if before else "after:previous"
        params.kind = QuestionKind.AROUND
        return
    size = anchor.end - anchor.start
    start, end = (anchor.start - size, anchor.start) if before else (anchor.end, anchor.end + size)
    params.window = TimeWindow(
        start=start, end=end, label=f"just {'before' if before else 'after'} the previous window"
    )
    params.around = None
    params.kind = QuestionKind.AROUND
    params.levels, params.sources, params.terms = [], [], []


_KEEP_WITH_DIMENSION = {
    QuestionKind.WHEN,
    QuestionKind.AROUND,
    QuestionKind.COMPARE,
    QuestionKind.ANOMALIES,
    QuestionKind.CAUSE,
    QuestionKind.SHOW_LINES,
}
_NOT_A_NAME = {
    "top", "last", "first", "status", "code", "codes", "in", "at", "after", "before", "around",
    "the", "than", "over", "under", "every", "per", "about", "between", "and", "to", "of", "from",
    "since", "until", "on", "by", "for", "with", "were", "was", "are", "is", "all", "exit",
}  # fmt: skip


def _numbered_phrases(question: str) -> list[str]:
    """ "child 1000", "port 22", "pid 4609": a word and the number that names one thing."""
    out = []
    for m in re.finditer(
        r"\b([A-Za-z][A-Za-z_-]{2,}) (\d{1,12})\b(?!\s*(?:ms|s|%|[:.]\d))", question
    ):
        if m.group(1).lower() not in _NOT_A_NAME:
            out.append(f"{m.group(1).lower()} {m.group(2)}")
    return out[:3]


def compare_windows(
    question: str, params: AnalysisParameters, span: LogSpan | None
) -> tuple[TimeWindow, TimeWindow] | None:
    """The two windows a comparison names: two days, 'before X and between X and Y', or
    'before and after X' (the whole log on either side)."""
    days = [
        d
        for m in re.finditer(r"\b\d{4}-\d{2}-\d{2}\b", question)
        if (d := read_time(f"on {m.group(0)}", span).window) is not None
    ]
    if len(days) >= 2:
        return days[0], days[1]
    window = params.window
    point = params.around or (window.start if window is not None else None)
    if point is None:
        point = window.end if window is not None else None
    if point is None:
        return None
    label = f"{point:%Y-%m-%d %H:%M:%S} UTC"
    before = TimeWindow(end=point, label=f"before {label}")
    if (
        window is not None
        and window.start == point
        and window.end is not None
        and window.end - point > timedelta(minutes=1)
    ):
        return before, window
    return before, TimeWindow(start=point, label=f"after {label}")


def _without_times(question: str) -> str:
    return re.sub(r"\b\d{1,4}([:/.-]\d{1,2}){1,3}(\.\d+)?\b", " ", question)
