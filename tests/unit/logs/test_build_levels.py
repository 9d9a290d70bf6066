"""Build tools' output (a raw log) names its levels in words of its own: sbt's `[error]`, npm's
`npm error`, CMake's `CMake Error`, BitBake's `NOTE:`, Spack's `==> Error:`, a compiler's
`file(line,col): error CODE:`. Real lines (an sbt session from a README, a rust x.py build's
LLVM configure, a Yocto build's bitbake console, Spack's docs, a Jenkins MSBuild console)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from .conftest import ingest_file

LINES = [
    ("[success] Total time: 0 s, completed 2019/10/24 10:00:08", "INFO"),
    (
        "[error] /Users/rysh/src/example-scalafix-with-fatalwarnings/src/main/scala/example/"
        "Hello.scala:5:25: Unused import",
        "ERROR",
    ),
    ("[warn] one warning found", "WARN"),
    ("CMake Error: File /checkout/src/llvm-project/llvm/llvm.spec.in does not exist.", "ERROR"),
    ("NOTE: Preparing RunQueue", "INFO"),
    (
        "==> Error: access-om2-git.2024.03.0=2024.03.0-xtrvyahghgfmonn732mwhrl6nffuh2cq: Package "
        "was not installed",
        "ERROR",
    ),
    ("==> Warning: Skipping build of access-om2-git.2024.03.0", "WARN"),
    (
        r"C:\Jenkins\jobs\CDServices\CDServices.csproj(259,3): error MSB4019: The imported "
        r'project "C:\Program Files (x86)\MSBuild\Microsoft.WebApplication.targets" was not found.',
        "ERROR",
    ),
    ("npm error code ERESOLVE", "ERROR"),
    ("npm verbose cli /usr/local/bin/node /usr/local/bin/npm", "DEBUG"),
    ("npm ERR! code ELIFECYCLE", "ERROR"),
    ("Compiling example v0.1.0 (/home/rysh/example)", None),
    ("Notes: the build took 4 s", None),
]


def test_build_tools_level_words_are_read(tmp_path: Path) -> None:
    path = tmp_path / "build.log"
    path.write_text("".join(line + "\n" for line, _ in LINES), encoding="utf-8")
    profile = ingest_file(path, tmp_path / "store")
    assert profile.format == "raw"
    events = pq.read_table(tmp_path / "store" / "events.parquet").sort_by("line").to_pylist()
    assert [(e["line"], e["level"]) for e in events] == [
        (k, level) for k, (_, level) in enumerate(LINES, start=1)
    ]
