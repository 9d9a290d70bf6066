"""The web client's files: served with the right types and headers, no inline code, no CDN."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer.api.middleware import CSP
from tests.live import LiveServer

WEB = Path(__file__).resolve().parents[2] / "analyzer" / "web"
SCRIPTS = sorted((WEB / "js").glob("*.js"))


def test_index_has_no_inline_script_style_or_remote_resource() -> None:
    html = (WEB / "index.html").read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)  # every script is a file
    assert " style=" not in html and "<style" not in html
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # nothing from another origin


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_scripts_write_html_only_through_the_sanitiser(script: Path) -> None:
    source = script.read_text()
    writes = re.findall(r"\.(innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write\(", source)
    assert not writes or script.name == "markdown.js", f"{script.name} writes raw HTML"
    assert "eval(" not in source and "new Function" not in source
    assert '.setAttribute("style"' not in source


def test_static_files_are_served_with_types_and_the_csp(server: LiveServer) -> None:
    with server.client() as http:
        index = http.get("/")
        assert index.status_code == 200
        assert index.headers["content-security-policy"] == CSP
        for path, kind in [
            ("/static/js/app.js", "text/javascript"),
            ("/static/vendor/purify.es.mjs", "text/javascript"),
            ("/static/app.css", "text/css"),
            ("/static/icon.svg", "image/svg+xml"),
        ]:
            answer = http.get(path)
            assert answer.status_code == 200, path
            assert answer.headers["content-type"].startswith(kind), path
            assert answer.headers["x-content-type-options"] == "nosniff"
        for missing in [
            "/static/nope.js",
            "/static/../api/web.py",
            "/static/%2e%2e/config.py",
            "/static/vendor/LICENSE.marked",
        ]:
            answer = http.get(missing)
            assert answer.status_code == 404, missing
            assert answer.headers["content-type"].startswith("application/problem+json")


def test_every_vendored_library_is_listed_with_version_and_licence() -> None:
    versions = (WEB / "vendor" / "VERSIONS.md").read_text()
    for name in ["marked", "dompurify", "uplot"]:
        assert re.search(rf"\| {name} \| \d+\.\d+\.\d+ \| [^|]+ \|", versions), name
        assert (WEB / "vendor" / f"LICENSE.{name}").exists()
