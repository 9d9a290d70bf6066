"""The README's configuration table and the Settings class must say the same thing."""

from __future__ import annotations

import re

from analyzer.config import Settings
from tests.conftest import REPO

ROW = re.compile(r"^\| `([A-Z_]+)` \| (.*?) \| (.*?) \|$", re.MULTILINE)


def readme_rows() -> dict[str, tuple[str, str]]:
    text = (REPO / "README.md").read_text()
    section = text.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    return {name: (default, desc) for name, default, desc in ROW.findall(section)}


def shown_default(value: object) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"`{getattr(value, 'value', value)}`"


def test_every_setting_is_documented_with_its_default() -> None:
    rows = readme_rows()
    assert set(rows) == set(Settings.model_fields)
    for name, field in Settings.model_fields.items():
        default, description = rows[name]
        assert default == shown_default(field.default), name
        assert description.strip(), name
