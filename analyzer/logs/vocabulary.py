"""The words a log speaks: its templates with their usual source and level, and term lookups."""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.logs.coverage import TEXT_ANY, TEXT_HAS, text_pattern
from analyzer.logs.store import LogStore


@dataclass(frozen=True)
class TemplateEntry:
    """One template of one upload, with the source and level most of its events carry."""

    log_id: str
    template_id: int
    pattern: str
    count: int
    source: str | None
    level: str | None

    @property
    def key(self) -> str:
        """The `log_id:template_id` key used by `Filters.templates`."""
        return f"{self.log_id}:{self.template_id}"


class Vocabulary:
    """What the parameter agent may match a question's words against: computed from the store."""

    def __init__(self, store: LogStore, templates: list[TemplateEntry]) -> None:
        self._store = store
        self.templates = templates
        self._mentions: dict[str, int] = {}
        self._anywhere: dict[str, int] = {}

    @classmethod
    def of(cls, store: LogStore) -> Vocabulary:
        """Every template of the store's uploads (one grouped scan of the events)."""
        rows = store.rows(
            "SELECT t.log_id, t.template_id, t.pattern, t.count, e.source, e.level "
            "FROM templates t LEFT JOIN ("
            "  SELECT log_id, template_id, mode(source) AS source, mode(level) AS level"
            "  FROM events GROUP BY log_id, template_id"
            ") e USING (log_id, template_id) ORDER BY t.count DESC"
        )
        return cls(store, [TemplateEntry(*row) for row in rows])

    def mentions(self, *terms: str, anywhere: bool = False) -> dict[str, int]:
        """How many events mention each term (any case) in their message or fields, or with
        `anywhere` also in the line's header. One scan counts both ways for every term not
        looked up before, so asking the other way later costs nothing."""
        wanted = [t.lower() for t in dict.fromkeys(terms) if t.lower() not in self._mentions]
        if wanted:
            sums = ", ".join(f"count_if({TEXT_HAS}), count_if({TEXT_ANY})" for _ in wanted)
            params = [
                p
                for t in wanted
                for text in (TEXT_HAS, TEXT_ANY)
                for p in [text_pattern(t)] * text.count("?")
            ]
            row = self._store.rows(f"SELECT {sums} FROM events", params)[0]
            for i, term in enumerate(wanted):
                self._mentions[term], self._anywhere[term] = int(row[2 * i]), int(row[2 * i + 1])
        cache = self._anywhere if anywhere else self._mentions
        return {t: cache[t.lower()] for t in terms}

    @property
    def events(self) -> int:
        """Events in all uploads."""
        return sum(t.count for t in self.templates)
