"""Lines at column 0 that still continue the event above them: a Go panic's goroutine dump,
a Python dict printed after the line announcing it, the brackets closing an object printed over
lines."""

from __future__ import annotations

from pathlib import Path

from analyzer.logs.store import LogStore

from .conftest import ingest_file

GO_PANIC = """\
2026/03/14 09:00:00 listening on :8080
2026/03/14 09:00:01 handling GET /users
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a2b3c]

goroutine 18 [running]:
main.(*Server).handle(0x0, {0xc000012345, 0x5})
\t/app/server.go:42 +0x1c
net/http.HandlerFunc.ServeHTTP(0xc0000a2000, {0x7f3c, 0xc0001}, 0xc000200)
\t/usr/local/go/src/net/http/server.go:2136 +0x29
created by net/http.(*Server).Serve in goroutine 1
\t/usr/local/go/src/net/http/server.go:3285 +0x4b4
2026/03/14 09:00:05 restarted
"""

SCRAPY_STATS = """\
2026-03-14 09:00:00 [scrapy.core.engine] INFO: Closing spider (finished)
2026-03-14 09:00:00 [scrapy.statscollectors] INFO: Dumping Scrapy stats:
{'downloader/request_bytes': 1234,
 'downloader/request_count': 5,
 'finish_reason': 'finished'}
2026-03-14 09:00:01 [scrapy.core.engine] INFO: Spider closed (finished)
"""


def _events(path: Path, text: str) -> list[tuple[object, ...]]:
    path.write_text(text)
    ingest_file(path, path.parent / "store")
    with LogStore.open([("x", path.parent / "store")]) as store:
        return store.rows("SELECT line, end_line FROM events ORDER BY line")


def test_a_go_panic_is_one_event_with_its_goroutines(tmp_path: Path) -> None:
    # the panic opens an unparsed event; its goroutine dump, frames and blank line are its
    assert _events(tmp_path / "go.log", GO_PANIC) == [(1, 1), (2, 2), (3, 12), (13, 13)]


def test_a_printed_dict_continues_the_line_announcing_it(tmp_path: Path) -> None:
    assert _events(tmp_path / "scrapy.log", SCRAPY_STATS) == [(1, 1), (2, 5), (6, 6)]


def test_a_traceback_in_text_of_no_format_stays_with_the_line_above(tmp_path: Path) -> None:
    text = (
        "Signal handler <bound method Fixup.on_import of <Fixup object>> raised: ImportError()\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/lib/python3/dist-packages/celery/signal.py", line 276, in send\n'
        "    response = receiver(signal=self, sender=sender, **named)\n"
        "ModuleNotFoundError: No module named 'django_celery_results'\n"
        "Signal handler <bound method Celery._autodiscover_tasks> raised: AppRegistryNotReady()\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/lib/python3/dist-packages/django/apps/registry.py", line 135, in check\n'
        '    raise AppRegistryNotReady("Apps aren\'t loaded yet.")\n'
        # an exception not named *Error, from a module of exceptions, ends the traceback
        "django.core.exceptions.AppRegistryNotReady: Apps aren't loaded yet.\n"
        "worker ready, waiting for tasks\n"
        "\n"
        "done\n"
    )
    path = tmp_path / "celery.log"
    assert _events(path, text) == [(1, 5), (6, 10), (11, 12), (13, 13)]
    with LogStore.open([("x", tmp_path / "store")]) as store:
        assert store.rows("SELECT count(*) FROM events WHERE NOT parsed") == [(0,)]


def test_a_line_of_text_of_no_format_opening_with_a_level_has_it(tmp_path: Path) -> None:
    text = (
        "$ pip install -r requirements.txt\n"
        "Collecting requests==2.31.0\n"
        "ERROR: Could not find a version that satisfies the requirement foo==9.9\n"
        "[WARN] cache is cold\n"
        "Error handling is described below\n"  # a sentence, not a level
        "\x1b[31;1mERROR: Job failed: exit code 1\x1b[0;m\n"
        'psql:setup.sql:1: ERROR:  syntax error at or near "IF"\n'
        "src/main.c:12:5: warning: unused variable 'x'\n"
        "gcc: fatal error: no input files\n"
        "error: subprocess-exited-with-error\n"
    )
    path = tmp_path / "job.log"
    path.write_text(text)
    ingest_file(path, tmp_path / "store")
    with LogStore.open([("x", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, level FROM events ORDER BY line")
    assert rows == [(1, None), (2, None), (3, "ERROR"), (4, "WARN"), (5, None), (6, "ERROR"),
                    (7, "ERROR"), (8, "WARN"), (9, "FATAL"), (10, "ERROR")]  # fmt: skip


RAILS_TAGGED = """\
I, [2021-12-06T13:59:59.100000 #90480]  INFO -- : [2c893827-759e] Started GET "/x" for ::1
F, [2021-12-06T13:59:59.200000 #90480] FATAL -- : [2c893827-759e] \
ActionController::RoutingError (No route matches [GET] "/x"):
[2c893827-759e] actionpack (5.2.4.4) lib/action_dispatch/middleware/show_exceptions.rb:33:in `call'
[2c893827-759e] rack (2.2.3) lib/rack/runtime.rb:22:in `call'
I, [2021-12-06T14:00:00.093064 #90480]  INFO -- : [3d0a1f22-11ab] Started GET "/" for ::1
"""


def test_a_tagged_rails_backtrace_stays_with_its_fatal_line(tmp_path: Path) -> None:
    log = tmp_path / "production.log"
    log.write_text(RAILS_TAGGED)
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.format, profile.event_count, profile.parse_failures) == ("ruby-logger", 3, 0)
    assert profile.levels == {"INFO": 2, "FATAL": 1}
    with LogStore.open([("r", tmp_path / "store")]) as store:
        assert store.rows("SELECT line, end_line FROM events ORDER BY line") == [
            (1, 1),
            (2, 4),
            (5, 5),
        ]


NODE_ERROR = """\
{"level":30,"time":1660401031000,"msg":"server listening"}
{"level":30,"time":1660401032000,"msg":"calling the API"}
Error: connect ECONNREFUSED 127.0.0.1:80
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1495:16) {
  errno: -111,
  code: 'ECONNREFUSED',
  config: {
    url: 'http://localhost/api'
  }
}
{"level":30,"time":1660401033000,"msg":"retrying"}
{"level":30,"time":1660401034000,"msg":"retried"}
"""


def test_the_brackets_closing_a_printed_object_continue_it(tmp_path: Path) -> None:
    # Node's util.inspect of an error among pino's records: its last `}` at column 0
    assert _events(tmp_path / "node.log", NODE_ERROR) == [
        (1, 1), (2, 2), (3, 10), (11, 11), (12, 12)
    ]  # fmt: skip


def test_a_go_panic_is_fatal(tmp_path: Path) -> None:
    _events(tmp_path / "go.log", GO_PANIC)
    with LogStore.open([("x", tmp_path / "store")]) as store:
        assert store.rows("SELECT line, level FROM events WHERE line = 3") == [(3, "FATAL")]


def test_a_closure_s_frame_in_a_go_stack_continues_the_panic(tmp_path: Path) -> None:
    text = (
        "2024/03/14 09:26:55 http: panic serving 127.0.0.1:54321: runtime error: nil map\n"
        "goroutine 7 [running]:\n"
        "net/http.(*conn).serve.func1()\n"
        "\t/usr/local/go/src/net/http/server.go:1868 +0xb9\n"
        "2024/03/14 09:26:56 shutting down\n"
    )
    assert _events(tmp_path / "go.log", text) == [(1, 4), (5, 5)]


def test_a_report_under_an_empty_heading_is_its_event_s_text_and_template(
    tmp_path: Path,
) -> None:
    # RabbitMQ 3.6's error_logger (amqp-node/amqplib#101): the heading holds no message; the
    # report below it is the event's message and what mines it (was: `INFO REPORT` and
    # `ERROR REPORT` opening every message, one template per level)
    text = (
        "=INFO REPORT==== 5-Apr-2017::18:48:48 ===\n"
        "Stopping application 'rabbit'\n"
        "\n"
        "=ERROR REPORT==== 5-Apr-2017::18:48:48 ===\n"
        "Error on AMQP connection <0.542.0> (17.15.3.193:48548 -> 17.15.3.190:5672, vhost: '/',"
        " user: 'guest', state: running), channel 0:\n"
        'operation none caused a connection exception connection_forced: "broker forced"\n'
        "\n"
        "=INFO REPORT==== 5-Apr-2017::18:48:48 ===\n"
        "Stopped application 'rabbit'\n"
    )
    path = tmp_path / "rabbit.log"
    path.write_text(text)
    profile = ingest_file(path, tmp_path / "store")
    assert profile.format == "erlang-report"
    with LogStore.open([("x", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, end_line, message FROM events ORDER BY line")
    assert [(r[0], r[1], r[2].splitlines()[0]) for r in rows] == [
        (1, 3, "Stopping application 'rabbit'"),
        (
            4,
            7,
            "Error on AMQP connection <0.542.0> (17.15.3.193:48548 -> 17.15.3.190:5672, "
            "vhost: '/', user: 'guest', state: running), channel 0:",
        ),
        (8, 9, "Stopped application 'rabbit'"),
    ]
    patterns = {t.pattern for t in profile.top_templates}
    assert "Stopping application <*>" in patterns or "Stopping application 'rabbit'" in patterns
    assert not any("REPORT" in p for p in patterns) and "" not in patterns
