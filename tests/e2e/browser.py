"""A signed-in browser page as the tests drive it: errors, dialogs and screenshots recorded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.e2e.server import AppServer

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "artifacts" / "screenshots"


class Screen:
    """A signed-in browser page that records script errors and native dialogs."""

    def __init__(self, page: Any, server: AppServer) -> None:
        self.page = page
        self.server = server
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shot(self, name: str, *, full_page: bool = False) -> Path:
        """Save a screenshot under artifacts/screenshots/."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


ScreenFactory = Callable[..., Screen]
