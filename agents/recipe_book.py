"""Which recipe drafts the answer to which kind of question."""

from __future__ import annotations

from collections.abc import Callable

from agents import recipes, recipes_breakdown, recipes_cause, recipes_deep
from agents.drafting import Workbench
from agents.findings import Draft
from agents.params import QuestionKind

RECIPES: dict[QuestionKind, Callable[[Workbench], Draft]] = {
    QuestionKind.COUNT: recipes.count,
    QuestionKind.TOP_PATTERNS: recipes.top_patterns,
    QuestionKind.ERROR_SUMMARY: recipes.error_summary,
    QuestionKind.WHEN: recipes.when_question,
    QuestionKind.AROUND: recipes.around,
    QuestionKind.SHOW_LINES: recipes.show_lines,
    QuestionKind.OVERVIEW: recipes.overview,
    QuestionKind.ENTITY: recipes_deep.entity,
    QuestionKind.COMPARE: recipes_deep.compare,
    QuestionKind.ANOMALIES: recipes_deep.anomalies,
    QuestionKind.STATUS_LATENCY: recipes_deep.status_latency,
    QuestionKind.CAUSE: recipes_cause.cause,
    QuestionKind.BREAKDOWN: recipes_breakdown.breakdown,
}
