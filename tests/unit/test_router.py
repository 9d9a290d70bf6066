"""IntentRouter: a table of messages and conversation state -> intent and deciding rule."""

from __future__ import annotations

import pytest

from analyzer.chat.router import IntentRouter, RoutedIntent
from analyzer.events import Intent

CHAT, FOLLOW, ANALYSIS, CLARIFY = (
    Intent.CHAT,
    Intent.FOLLOW_UP,
    Intent.ANALYSIS,
    Intent.CLARIFICATION,
)

# (text, has_logs, has_previous, intent, rule)
CASES: list[tuple[str, bool, bool, Intent, str]] = [
    # greetings, in several languages, whatever the conversation holds
    ("hello", False, False, CHAT, "greeting"),
    ("Hi!", True, True, CHAT, "greeting"),
    ("hey there", True, False, CHAT, "greeting"),
    ("good morning", False, False, CHAT, "greeting"),
    ("thanks!", True, True, CHAT, "greeting"),
    ("Bonjour", True, False, CHAT, "greeting"),
    ("hallo", False, False, CHAT, "greeting"),
    ("hola amigo", True, True, CHAT, "greeting"),
    ("ciao", False, False, CHAT, "greeting"),
    # help and questions about the product
    ("help", False, False, CHAT, "help"),
    ("what can you do?", True, False, CHAT, "help"),
    ("how does this work?", True, True, CHAT, "help"),
    ("how do I upload a file?", False, False, CHAT, "help"),
    # what logs are attached: answered from state, logs or not
    ("what logs are attached?", False, False, CHAT, "logs"),
    ("which files are attached to this conversation?", True, False, CHAT, "logs"),
    ("list the uploaded logs we have", True, True, CHAT, "logs"),
    # follow-ups refine a previous analysis...
    ("only the errors", True, True, FOLLOW, "follow_up"),
    ("and for the DataNode?", True, True, FOLLOW, "follow_up"),
    ("what happened just before that?", True, True, FOLLOW, "follow_up"),
    ("what about yesterday?", True, True, FOLLOW, "follow_up"),
    ("why?", True, True, FOLLOW, "follow_up"),
    # ...and without one they are fresh analysis questions
    ("only the errors", True, False, ANALYSIS, "default_analysis"),
    ("and for the DataNode?", True, False, ANALYSIS, "default_analysis"),
    ("what happened just before that?", True, False, ANALYSIS, "default_analysis"),
    # without logs, a question about logs needs a clarification, never an invented answer
    ("how many errors are there?", False, False, CLARIFY, "no_logs"),
    ("only the errors", False, True, CLARIFY, "no_logs"),
    ("what happened just before that?", False, True, CLARIFY, "no_logs"),
    # a short question that points back at the previous answer is a follow-up
    ("how long did it take?", True, True, FOLLOW, "refers_back"),
    ("Which thread threw it?", True, True, FOLLOW, "refers_back"),
    ("how long did it take?", True, False, ANALYSIS, "default_analysis"),
    ("How long was the session open?", True, True, FOLLOW, "refers_back"),
    ("Was there a brute-force attack? From which IPs?", True, True, ANALYSIS, "default_analysis"),
    # no words at all: nothing to analyse
    ("?", True, False, CLARIFY, "no_question"),
    ("  !!  ", True, True, CLARIFY, "no_question"),
    # plain analysis questions
    ("how many errors are there?", True, False, ANALYSIS, "default_analysis"),
    ("why did the DataNode shut down at 10:42?", True, False, ANALYSIS, "default_analysis"),
    ("show the slowest requests per endpoint", True, True, ANALYSIS, "default_analysis"),
    (
        "and then, looking at every single line of the attached logs from the start, tell me "
        "which services failed the most often and why each of them failed",
        True,
        True,
        ANALYSIS,
        "default_analysis",
    ),
]


@pytest.mark.parametrize(("text", "has_logs", "has_previous", "intent", "rule"), CASES)
def test_route(text: str, has_logs: bool, has_previous: bool, intent: Intent, rule: str) -> None:
    routed = IntentRouter().route(text, has_logs=has_logs, has_previous=has_previous)
    assert (routed.intent, routed.rule) == (intent, rule)
    assert 0.0 < routed.confidence <= 1.0


def test_every_intent_and_rule_is_covered() -> None:
    assert {c[3] for c in CASES} == set(Intent)
    rules = {c[4] for c in CASES}
    assert rules == {
        "greeting",
        "help",
        "logs",
        "follow_up",
        "refers_back",
        "no_logs",
        "no_question",
        "default_analysis",
    }


def test_a_greeting_is_not_a_question_that_starts_with_one() -> None:
    routed = IntentRouter().route(
        "hello, why did the NameNode lose its heartbeat with the DataNode at 10:42?",
        has_logs=True,
        has_previous=False,
    )
    assert routed == RoutedIntent(Intent.ANALYSIS, routed.confidence, "default_analysis")
