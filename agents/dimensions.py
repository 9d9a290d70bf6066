"""Grouping dimensions a question asks for: which IP, user, path, status, logger or hour."""

from __future__ import annotations

import re

from agents import topics
from analyzer.logs.vocabulary import Vocabulary

DIMENSIONS: list[tuple[re.Pattern[str], tuple[str, str]]] = [
    (re.compile(r"\bexit ?(codes?|status(es)?)\b", re.I), ("field", "exit_code")),
    (
        re.compile(r"\b(http status(es)?|status codes?|statuses|response codes?)\b", re.I),
        ("field", "http_status"),
    ),
    (re.compile(r"\b(ips?|ip address(es)?|addresses|clients?)\b", re.I), ("field", "ip")),
    (re.compile(r"\b(user ?names?|users?|accounts?|logins)\b", re.I), ("field", "user")),
    (re.compile(r"\b(paths?|urls?|uris?|endpoints?|routes?|pages?)\b", re.I), ("field", "path")),
    (re.compile(r"\b(http )?methods?\b", re.I), ("field", "method")),
    (re.compile(r"\bthreads?\b", re.I), ("field", "thread")),
    (re.compile(r"\bimages?\b", re.I), ("field", "image")),
    (re.compile(r"\bcontainers\b", re.I), ("field", "container")),
    (re.compile(r"\bpods\b", re.I), ("field", "pod")),
    (
        re.compile(
            r"\b(loggers?|sources?|components?|services?|class(es)?|modules?|programs?|"
            r"processes|daemons?|hosts?)\b",
            re.I,
        ),
        ("source", "source"),
    ),
]
DIMENSION_WORDS = {
    "ip", "ips", "address", "addresses", "client", "clients", "user", "users", "name", "names",
    "username", "usernames", "account", "accounts", "path", "paths", "url", "urls", "uri", "uris",
    "endpoint", "endpoints", "route", "routes", "page", "pages", "method", "methods", "thread",
    "threads", "image", "images", "container", "containers", "pod", "pods", "logger", "loggers",
    "source", "sources", "component", "components", "service", "services", "class", "classes",
    "module", "modules", "program", "programs", "process", "processes", "daemon", "daemons",
    "host", "hosts", "status", "statuses", "code", "codes", "http", "exit", "response",
}  # fmt: skip
ENTITY_WORDS = {"block", "blocks", "request", "requests", "ip", "user", "id", "session"}
_BUSIEST = re.compile(
    r"\b(?:which|what|busiest|worst|quietest) (days?|dates?|hours?|minutes?)\b", re.I
)
_GROUPING = re.compile(
    r"\b(in which|on which|which|what|top( \d+)?|by|per|each|distinct|different|unique|breakdown|"
    r"most (common|frequent|often)|how many (different|distinct|unique))\b",
    re.I,
)


# in a log whose envelope names each line's container (docker compose, kubectl --prefix), a
# container or pod is the line's source
_CONTAINERS = re.compile(r"\b(containers?|pods?)\b", re.I)


def dimension_of(question: str, *, containers: bool = False) -> tuple[str, str] | None:
    """A grouping over a named field ("which IP", "top paths", "per user"), if one is asked;
    `containers`: the logs' sources are their containers or pods."""
    busiest = _BUSIEST.search(question)
    if busiest is not None:
        unit = busiest.group(1).lower().rstrip("s")
        return "bucket", {"day": "86400", "date": "86400", "hour": "3600"}.get(unit, "60")
    grouping = _GROUPING.search(question)
    if grouping is None:
        return None
    rules = [(_CONTAINERS, ("source", "source"))] if containers else []
    for pattern, dimension in rules + DIMENSIONS:
        m = pattern.search(question)
        if m is not None and m.start() > grouping.start():
            return dimension
    return None


def key_dimension(question: str, vocabulary: Vocabulary) -> tuple[str, str] | None:
    """ "Which rhost …most": a word of a grouping question that the log writes as `word=`."""
    grouping = _GROUPING.search(question)
    if grouping is None:
        return None
    words = [
        w
        for w in re.findall(r"[A-Za-z_][\w.-]{1,40}", question[grouping.end() :])
        if w.lower() not in topics.lexicon().ignore and len(w) > 1
    ][:4]
    if not words:
        return None
    found = vocabulary.mentions(*[f"{w}=" for w in words])
    return next((("field", w) for w in words if found[f"{w}="]), None)
