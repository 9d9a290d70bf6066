"""Entities named in a question: block ids, IPs, users, request ids, quoted strings, numbers."""

from __future__ import annotations

import re

from agents.params import Entity, EntityKind

PATTERNS: list[tuple[EntityKind, re.Pattern[str]]] = [
    (EntityKind.BLOCK, re.compile(r"\bblk_-?\d+\b")),
    (EntityKind.IP, re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?\b")),
    # IPv6: four or more groups, or a '::' (so that 14:02:07 stays a time)
    (
        EntityKind.IP,
        re.compile(r"\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b|\b[0-9a-f:]*::[0-9a-f:]+\b", re.I),
    ),
    (
        EntityKind.REQUEST,
        re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I),
    ),
    (
        EntityKind.REQUEST,
        re.compile(
            r"\b(?:req|request|trace|txn|job|task|container|pod|app|"
            r"attempt|application)[-_][\w-]{3,}\b",
            re.I,
        ),
    ),
]
USER = re.compile(
    r"\b(?:user(?:name)?|account|login)\s*(?:[=:]\s*|\s+)[\"'`]?([A-Za-z0-9_.@-]{2,64})", re.I
)
REQUEST_ID = re.compile(r"\brequest(?:[ _-]?id)?\s*[=:]?\s*[\"'`]?([\w-]{6,})", re.I)
PATH = re.compile(r"(?<![\w/])(/[\w.~%-]+(?:/[\w.~%-]*)*)")
# an identifier: letters and digits joined by - _ : . (R30-M0-N9-C:J16-U01, checkout-7d9f8-x2x9q)
IDENT = re.compile(
    r"(?<![\w/.:-])(?=[\w.:/-]*\d)(?=[\w.:/-]*[A-Za-z])[A-Za-z0-9]+(?:[-_:./][A-Za-z0-9]+){2,}"
    r"(?![\w/:-])"
)
TIMELIKE = re.compile(r"[\d:.,T-]+Z?|\d{1,2}[:.]\d{2}([:.]\d{2})?(am|pm)?", re.I)
QUOTED = re.compile(r"[\"“'`]([^\"”'`]{2,200})[\"”'`]")
STATUS = re.compile(r"\b([1-5](?:\d\d|xx|XX))s?\b(?!\s*(?:ms|s|secs?|seconds?|lines?|%)\b)")
NUMBER = re.compile(r"(?<![\w:.-])(\d+(?:\.\d+)?)(?![\w:.-])")
STOP_USERS = {
    "from", "with", "the", "and", "who", "that", "did", "was", "has", "is", "id", "names", "name",
    "accounts", "ids", "were", "are", "in", "on", "logged", "logins", "attempts", "had", "have",
    "made", "got", "tried", "sent", "per", "most",
}  # fmt: skip


def find_entities(question: str) -> list[Entity]:
    """Every entity in the question, each once, in order of kind then appearance."""
    found: list[Entity] = []
    for kind, pattern in PATTERNS:
        found.extend(Entity(kind=kind, value=m.group(0)) for m in pattern.finditer(question))
    for m in USER.finditer(question):
        if re.search(
            r"\b(which|what|each|every|per|top|most|many|distinct)\s*$", question[: m.start()], re.I
        ):
            continue
        name = m.group(1).rstrip(".,;:!?")
        if name.lower() not in STOP_USERS and len(name) >= 2:
            found.append(Entity(kind=EntityKind.USER, value=name))
    for m in REQUEST_ID.finditer(question):
        if any(ch.isdigit() for ch in m.group(1)):
            found.append(Entity(kind=EntityKind.REQUEST, value=m.group(1)))
    found.extend(
        Entity(kind=EntityKind.QUOTED, value=m.group(1)) for m in QUOTED.finditer(question)
    )
    found.extend(Entity(kind=EntityKind.TOKEN, value=m.group(1)) for m in PATH.finditer(question))
    found.extend(
        Entity(kind=EntityKind.TOKEN, value=m.group(0))
        for m in IDENT.finditer(question)
        if not TIMELIKE.fullmatch(m.group(0))
    )
    if re.search(
        r"\b(status|codes?|http|responses?|requests?|[1-5]xx|[1-5]\d\ds)\b", question, re.I
    ) or (
        re.search(r"\b[1-5]\d\d(/[1-5]\d\d)+\b|\b[1-5](\d\d|xx)s?\s+(errors?|responses?)", question)
    ):
        found.extend(
            Entity(kind=EntityKind.STATUS, value=m.group(1)) for m in STATUS.finditer(question)
        )
    return _unique(found)


def _unique(entities: list[Entity]) -> list[Entity]:
    seen: set[str] = set()
    out: list[Entity] = []
    for entity in entities:
        if entity.value not in seen and not any(entity.value in s for s in seen):
            seen.add(entity.value)
            out.append(entity)
    return out
