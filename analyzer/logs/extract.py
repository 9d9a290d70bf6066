"""Named fields extracted from events: JSON keys first, then patterns over the message."""

from __future__ import annotations

import re
from dataclasses import dataclass

FIELD_NAME = r"^[A-Za-z_@][\w.@-]{0,63}$"
HTTP_STATUS = "http_status"
DURATION_MS = "duration_ms"
_UNIT_MS = (
    "CASE lower(s.u) WHEN 'ms' THEN 1 WHEN 'us' THEN 0.001 "
    "WHEN 'µs' THEN 0.001 WHEN 'ns' THEN 0.000001 WHEN 'm' THEN 60000 WHEN 'min' THEN 60000 "
    "ELSE 1000 END"
)
_DURATION_RX = r"(\d+(?:\.\d+)?)\s?(ms|us|µs|ns|s|sec|secs|seconds|min|m)\b"
# request time in seconds as nginx (rt=, request_time=) and Apache (%T/%D as key=) write it,
# and a statement's time in MySQL's and MariaDB's slow query logs (`# Query_time: 2.500123`)
_SECONDS_RX = (
    r"\b(?:rt|request_time|upstream_response_time|urt|Query_time)[=:]\s*\"?(\d+(?:\.\d+)?)"
)

# durations written at a known place without a key, in the line's header: nginx's
# `$request_time` (seconds, milliseconds resolution) after a combined line's user agent, and
# Envoy's DURATION (milliseconds) after its response flags and byte counts
_ACCESS_SECONDS_RX = (
    r'^\S+ \S+ \S+ \[[^\]]+\] "[^"]*" \d{3} \S+ "[^"]*" "[^"]*" (\d+\.\d{3})(?: |$)'
)
_ENVOY_MS_RX = r'^\[[^\]]+\] "[^"]*" \d{1,3} \S+ \d+ \d+ (\d+) '


@dataclass(frozen=True)
class NamedField:
    """A well-known field: JSON keys that hold it, then regexes over the message (group 1)."""

    keys: tuple[str, ...]
    patterns: tuple[str, ...]
    from_source: bool = False  # access logs keep the client address as the event's source
    header_patterns: tuple[str, ...] = ()  # over the line's header when they differ


NAMED: dict[str, NamedField] = {
    HTTP_STATUS: NamedField(
        ("status", "status_code", "http_status", "statusCode", "response_status"),
        (
            r"HTTP/\d(?:\.\d)?\"?\s+([1-5]\d\d)\b",
            r"\bstatus(?:_code|Code)?\"?[=: ]+\"?([1-5]\d\d)\b",
            r"\bcode[=: ]+([1-5]\d\d)\b",
        ),
    ),
    "ip": NamedField(
        ("ip", "client_ip", "remote_addr", "remote_ip", "src_ip", "clientIP", "peer"),
        (r"(?:^|[^\d.])((?:\d{1,3}\.){3}\d{1,3})(?:[^\d.]|$)",),
        from_source=True,
    ),
    "user": NamedField(
        ("user", "username", "user_name", "login", "account"),
        (
            r"\binvalid user ([\w.@-]+)",
            r"\bfor (?:invalid user )?([\w.@-]+) from\b",
            r"\buser[=: ]+\"?([\w.@-]+)",
            r"^\s*([\w.@-]+) : TTY=",
        ),
    ),
    "path": NamedField(
        ("path", "url", "uri", "request_uri", "route", "endpoint"),
        (r"\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT) (/[^\s?\"]*)",),
    ),
    "method": NamedField(
        ("method", "http_method", "verb"),
        (r"\b(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT) /",),
    ),
    "exit_code": NamedField(
        ("exit_code", "exitCode", "exit_status"),
        (r"\bexit(?:Code|_code| code| status|Status)[=: ]+\"?(-?\d+)",),
    ),
    "pod": NamedField(("pod", "pod_name"), (r"\bpod=\"([\w./-]+)\"", r"\bpod=([\w./-]+)")),
    "container": NamedField(
        ("container", "container_name", "containerName"),
        (r"\bcontainerName=\"?([\w.-]+)", r"\bcontainer=\"?([\w.-]+)"),
    ),
    "image": NamedField(
        ("image",),
        (r"(?i)\b(?:PullImage|Pulled image|image)[=: ]+\\?\"?([\w./@-]+:[\w.-]+)",),
    ),
    "thread": NamedField(
        ("thread", "thread_name", "threadName"),
        (),
        header_patterns=(r"\[([\w.$@:/#-]+(?: [\w.$@:/#-]+)*)\]",),
    ),
}


def _sql_text(value: str) -> str:
    return value.replace("'", "''")


def _json_key(key: str) -> str:
    return f"CAST(attrs->>'$.\"{_sql_text(key)}\"' AS VARCHAR)"


HEADER = "coalesce(header, '')"


def _regex(pattern: str, text: str = "message") -> str:
    return f"NULLIF(regexp_extract({text}, '{_sql_text(pattern)}', 1), '')"


def _named(name: str, spec: NamedField) -> str:
    parts = [_json_key(k) for k in spec.keys] + [_regex(p) for p in spec.patterns]
    parts += [_regex(p, HEADER) for p in spec.header_patterns or spec.patterns]
    if spec.from_source:
        parts.append(
            "CASE WHEN regexp_full_match(coalesce(source, ''), '(?:\\d{1,3}\\.){3}\\d{1,3}') "
            "THEN source END"
        )
    value = f"coalesce({', '.join(parts)})"
    return f"NULLIF({value}, 'unknown')" if name == "user" else value


def _duration() -> str:
    keys = [
        f"TRY_CAST({_json_key(k)} AS DOUBLE)"
        for k in ("duration_ms", "latency_ms", "elapsed_ms", "took_ms", "response_time_ms")
    ]
    seconds = (
        f"TRY_CAST(coalesce({_regex(_SECONDS_RX)}, {_regex(_SECONDS_RX, HEADER)}) AS DOUBLE) * 1000"
    )
    placed = (
        f"TRY_CAST({_regex(_ACCESS_SECONDS_RX, HEADER)} AS DOUBLE) * 1000, "
        f"TRY_CAST({_regex(_ENVOY_MS_RX, HEADER)} AS DOUBLE)"
    )
    parts = f"regexp_extract(message, '{_DURATION_RX}', ['n', 'u'])"
    unit = _UNIT_MS.replace("s.u", f"{parts}.u")
    text = f"TRY_CAST(NULLIF({parts}.n, '') AS DOUBLE) * {unit}"
    return f"CAST(coalesce({', '.join(keys)}, {seconds}, {placed}, {text}) AS VARCHAR)"


def field_sql(name: str) -> str:
    """SQL expression (VARCHAR, NULL when absent) extracting a named field from an event."""
    if not re.match(FIELD_NAME, name):
        raise ValueError(f"invalid field name {name!r}")
    if name == DURATION_MS:
        return _duration()
    if name in NAMED:
        return _named(name, NAMED[name])
    key = re.escape(name).replace("'", "''")
    kv = f'(?:^|[\\s,;{{(\\[])"?{key}"?\\s*[=:]\\s*"?([^\\s",;}}\\])]+)'
    in_message, in_header = (
        f"NULLIF(regexp_extract({t}, '{kv}', 1), '')" for t in ("message", HEADER)
    )
    return f"coalesce(CAST(attrs->>'$.\"{name}\"' AS VARCHAR), {in_message}, {in_header})"
