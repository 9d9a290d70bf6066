"""Log levels named in a question, spelled as the attached logs spell them."""

from __future__ import annotations

import re

LEVEL_WORDS: dict[str, tuple[str, ...]] = {
    "ERROR": ("error", "errors", "err", "failure", "failures", "failed", "exception", "exceptions"),
    "WARN": ("warn", "warning", "warnings"),
    "FATAL": ("fatal", "critical", "crit", "panic", "emerg", "severe"),
    "INFO": ("info", "informational"),
    "NOTICE": ("notice", "notices"),
    "DEBUG": ("debug", "trace"),
}
LEVEL_NAMES: dict[str, set[str]] = {
    "ERROR": {"error", "errors", "err"},
    "WARN": {"warn", "warning", "warnings"},
    "FATAL": {"fatal", "critical", "crit", "panic", "emerg", "severe"},
    "INFO": {"info"},
    "DEBUG": {"debug", "trace"},
    "NOTICE": {"notice", "notices"},
}


def names_a_level(question: str) -> bool:
    words = set(re.findall(r"[a-z]+", question.lower()))
    return any(words & names for names in LEVEL_NAMES.values())


def match_levels(question: str, known: list[str]) -> list[str]:
    """Levels the question names, spelled as the log spells them."""
    question = re.sub(r"\b(stack ?|back ?)traces?\b|\btracebacks?\b", " ", question, flags=re.I)
    words = set(re.findall(r"[a-z]+", question.lower()))
    wanted = [level for level, names in LEVEL_WORDS.items() if words & set(names)]
    if not known:
        return wanted
    out: list[str] = []
    has_levels = any(k.upper() != "NONE" for k in known)
    for level in wanted:
        spelled = [k for k in known if k.upper().startswith(level[:4]) and k not in out]
        if not spelled and has_levels and words & LEVEL_NAMES.get(level, set()):
            spelled = [level]  # a level named outright that the log never uses matches nothing
        out.extend(spelled)
        if level == "ERROR" and not re.search(r"\bERROR\b|\berror[- ]level", question):
            out.extend(
                k for k in known if k.upper() in ("FATAL", "CRITICAL", "SEVERE") and k not in out
            )
    return out
