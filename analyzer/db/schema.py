"""Every table of the service, gathered on one MetaData (what Alembic compares against)."""

from __future__ import annotations

from analyzer.db import llm_call, models

metadata = models.Base.metadata

__all__ = ["llm_call", "metadata", "models"]
