"""IntentRouter: is a message an analysis question, a follow-up, plain chat, or unanswerable?"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.events import Intent

GREETING = re.compile(
    r"^\s*(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|thanks?( you)?|thx|cheers|"
    r"bonjour|hallo|hola|ciao|salut)\b[\s!.,]*\w{0,12}[\s!.]*$",
    re.IGNORECASE,
)
HELP = re.compile(
    r"\b(help|what can you do|how do(es)? (this|it|you) work|how (do|can) i (use|upload|ask)|"
    r"what are you|who are you|usage)\b",
    re.IGNORECASE,
)
LOGS_QUESTION = re.compile(
    r"\b(what|which|list|show)\b.*\b(logs?|files?|uploads?)\b.*\b(attached|uploaded|loaded|have|"
    r"available|there)\b",
    re.IGNORECASE,
)
FOLLOW_UP = re.compile(
    r"^\s*(and|also|but|now|then|only|just|same|what about|how about|and for|and the|"
    r"what happened (just )?(before|after) (that|it|this)|why( is| was| did)? (that|it|this)|"
    r"show me (those|them|these))\b|^\s*why\s*\??\s*$",
    re.IGNORECASE,
)
REFERS_BACK = re.compile(
    r"\b(it|that|those|them|they|its|their)\b(?!\s+(is|are|was|were) (any|no)\b)|"
    r"^\s*how long (was|were|did|does|is)\b",
    re.IGNORECASE,
)
CHAT_KINDS = ("greeting", "help", "logs")


@dataclass(frozen=True)
class RoutedIntent:
    """The router's decision, with how sure it is and which rule decided."""

    intent: Intent
    confidence: float
    rule: str


class IntentRouter:
    """The rule-based router (a model may later break ties; rules always give an answer)."""

    def route(self, text: str, *, has_logs: bool, has_previous: bool) -> RoutedIntent:
        """Classify one user message given what the conversation holds."""
        if GREETING.match(text):
            return RoutedIntent(Intent.CHAT, 0.95, "greeting")
        if LOGS_QUESTION.search(text):
            return RoutedIntent(Intent.CHAT, 0.9, "logs")
        if HELP.search(text) and len(text.split()) <= 12:
            return RoutedIntent(Intent.CHAT, 0.85, "help")
        if not has_logs:
            return RoutedIntent(Intent.CLARIFICATION, 0.8, "no_logs")
        if not re.search(r"\w{2,}", text):
            return RoutedIntent(Intent.CLARIFICATION, 0.9, "no_question")
        if has_previous and FOLLOW_UP.match(text) and len(text.split()) <= 16:
            return RoutedIntent(Intent.FOLLOW_UP, 0.75, "follow_up")
        if has_previous and REFERS_BACK.search(text) and len(text.split()) <= 8:
            return RoutedIntent(Intent.FOLLOW_UP, 0.65, "refers_back")
        return RoutedIntent(Intent.ANALYSIS, 0.7, "default_analysis")
