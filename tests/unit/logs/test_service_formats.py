"""Logs of common services (one fixture file each): format, events, time range and levels as
the file writes them, including multi-line events and stamps with offsets."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from analyzer.logs.detect import detect_format, forced_format
from analyzer.logs.profile import LogProfile
from analyzer.logs.reader import sample_lines
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file


@dataclass(frozen=True)
class Expected:
    """What a fixture file says: its format, lines, events, first and last stamp (UTC),
    events per level, and some sources."""

    format: str
    lines: int
    events: int
    start: datetime | None
    end: datetime | None
    levels: dict[str, int]
    sources: tuple[str, ...] = ()
    failures: int = 0


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _this_year(month_day: str) -> datetime:
    """A stamp without a year as ingestion reads it when it is the log's latest (`years.py`):
    this year, or last year when that would lie more than a day in the future (the fixtures
    read with it span less than a day)."""
    now = datetime.now(UTC)
    stamp = _utc(f"{now.year}-{month_day}")
    return stamp.replace(year=now.year - 1) if stamp > now + timedelta(days=1) else stamp


def _ingest_lines(tmp_path: Path, lines: list[str], name: str, **kw: Any) -> LogProfile:
    """Ingest the lines as a file called `name` into `tmp_path / "store"`."""
    log = tmp_path / name
    log.write_text("\n".join(lines) + "\n")
    return ingest_file(log, tmp_path / "store", **kw)


def _rows(tmp_path: Path, name: str, sql: str) -> list[tuple[Any, ...]]:
    """The rows of a query over a fixture's events, once it is ingested."""
    ingest_file(FIXTURES / name, tmp_path / "store")
    with LogStore.open([("x", tmp_path / "store")]) as store:
        return store.rows(sql)


EXPECTED = {
    "syslog_iso.log": Expected(
        "syslog-iso",
        12,
        12,
        _utc("2026-03-14 06:25:01.482913"),
        _utc("2026-03-14 06:31:16.004412"),
        {"NONE": 11, "ERROR": 1},  # containerd's level=error inside the message
        ("sshd", "systemd", "kernel", "CRON"),
    ),
    "postfix_syslog.log": Expected(
        "syslog",
        18,
        18,
        _this_year("03-03 06:25:01"),
        _this_year("03-03 07:15:09"),
        # the message's opening word: `warning: `, `error: `, `fatal: ` and `panic: `
        {"NONE": 11, "WARN": 4, "FATAL": 2, "ERROR": 1},
        ("postfix/smtpd", "postfix/master"),
    ),
    "haproxy.log": Expected(
        "haproxy",
        10,
        10,
        _utc("2009-02-06 12:12:09"),  # `Proxy http-in started.`: the year of the requests after it
        _utc("2009-02-06 12:16:31.870"),  # `[06/Feb/2009:12:16:31.870]`, not syslog's stamp
        {"NONE": 4, "INFO": 3, "ERROR": 2, "WARN": 1},  # the HTTP status
        ("haproxy",),
    ),
    "gunicorn.log": Expected(
        "iso-level",
        14,
        10,  # the Python traceback, SystemExit line included, belongs to the ERROR
        _utc("2026-03-14 09:00:01"),
        _utc("2026-03-14 09:14:34"),
        {"INFO": 7, "CRITICAL": 1, "ERROR": 1, "WARN": 1},
    ),
    "postgres.log": Expected(
        "iso-level",
        12,
        9,  # DETAIL and STATEMENT lines continue the error before them
        _utc("2026-03-14 10:02:11.318"),
        _utc("2026-03-14 10:40:12.990"),
        {"INFO": 6, "ERROR": 1, "FATAL": 1, "WARN": 1},  # LOG is INFO
    ),
    "mysql_error.log": Expected(
        "iso-level",
        9,
        9,
        _utc("2026-03-14 11:00:00.412811"),
        _utc("2026-03-14 11:45:09.771105"),
        {"NOTICE": 5, "WARN": 1, "INFO": 1, "ERROR": 2},  # [System] is NOTICE, [Note] INFO
        ("Server", "InnoDB"),  # the subsystem after the message code
    ),
    "spring_boot.log": Expected(
        "spring-boot",
        10,
        7,
        _utc("2026-03-14 11:00:01.101"),  # written 12:00:01.101+01:00
        _utc("2026-03-14 11:07:45.002"),
        {"INFO": 4, "DEBUG": 1, "WARN": 1, "ERROR": 1},
        ("c.e.orders.OrdersApplication", "o.s.b.w.embedded.tomcat.TomcatWebServer"),
    ),
    "redis.log": Expected(
        "redis",
        15,
        15,
        _utc("2026-03-14 13:00:00.101"),
        _utc("2026-03-14 13:50:11.402"),
        # the signal handler's line has no level (it takes the time of the line after it)
        {"NOTICE": 9, "WARN": 5, "NONE": 1},
        ("master", "child"),
    ),
    "ruby_logger.log": Expected(
        "ruby-logger",
        7,
        7,
        _utc("2026-03-14 14:00:00.123456"),
        _utc("2026-03-14 14:09:01.000009"),
        {"INFO": 3, "DEBUG": 1, "WARN": 1, "ERROR": 1, "FATAL": 1},
        ("sidekiq", "puma"),
    ),
    "celery.log": Expected(
        "celery",
        10,
        7,
        _utc("2026-03-14 15:00:00.101"),
        _utc("2026-03-14 15:04:45.020"),
        {"INFO": 5, "WARN": 1, "ERROR": 1},
        ("MainProcess", "ForkPoolWorker-2"),
    ),
    "go_std.log": Expected(
        "go-std",
        7,
        7,
        _utc("2026-03-14 16:00:00"),
        _utc("2026-03-14 16:06:00"),
        {"NONE": 4, "WARN": 1, "ERROR": 2},  # `[WARN]`, `[ERROR]`, `ERROR:` after the stamp
    ),
    "jdk_gc.log": Expected(
        "jdk-unified",
        7,
        7,
        _utc("2026-03-14 17:00:00.012"),
        _utc("2026-03-14 17:02:42.500"),
        {"INFO": 5, "WARN": 1, "ERROR": 1},
        ("gc", "gc,start", "gc,alloc"),  # `[gc      ]` is the tag `gc`
    ),
    "access_escaped.log": Expected(
        "access",
        8,
        8,  # every line, `\"` inside the request, referrer or user agent
        _utc("2024-10-10 13:55:36"),
        _utc("2024-10-10 13:58:01"),
        {"INFO": 5, "WARN": 2, "ERROR": 1},
        ("1.2.3.4", "198.51.100.77"),
    ),
    "vhost_access.log": Expected(
        "access",
        5,
        5,
        _utc("2026-03-14 17:00:01"),  # written 18:00:01 +0100
        _utc("2026-03-14 17:01:00"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},  # 2xx, 404, 503
        ("203.0.113.5", "198.51.100.23"),
    ),
    "python_notime.log": Expected(
        "python-notime",
        19,
        12,  # a traceback and a message's second line continue
        None,
        None,
        {"INFO": 5, "DEBUG": 3, "WARN": 2, "ERROR": 1, "CRITICAL": 1},
        ("root", "myapp.db", "urllib3.connectionpool", "__main__"),
    ),
    "install_script.log": Expected(
        "bracket-level",
        13,
        13,
        None,
        None,
        # [SUCCESS] and [OK] are INFO; npm's `npm warn deprecated ...` is WARN
        {"INFO": 7, "WARN": 3, "NONE": 1, "DEBUG": 1, "ERROR": 1},
        failures=2,  # npm's own lines
    ),
    "script_server.log": Expected(
        "python-name-level",
        16,
        10,  # the traceback continues the ERROR
        _utc("2019-07-18 21:47:50.101"),
        _utc("2019-07-18 21:50:00.002"),
        {"INFO": 6, "WARN": 3, "ERROR": 1},  # `[tornado.general.WARNING]`: the last part
        ("tornado.general", "script_server.config_service"),  # the rest
    ),
    "uvicorn.log": Expected(
        "uvicorn",
        11,
        8,
        None,  # uvicorn's console lines carry no time
        None,
        {"INFO": 6, "WARN": 1, "ERROR": 1},
    ),
    "mongod.jsonl": Expected(
        "json",
        5,
        5,
        _utc("2026-03-14 19:00:00.101"),  # {"t":{"$date":...}}
        _utc("2026-03-14 19:07:30.010"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},  # "s": I, W, E
        ("NETWORK", "STORAGE"),  # "c"
    ),
    "pino.jsonl": Expected(
        "json",
        5,
        5,
        _utc("2026-03-14 19:00:00"),  # epoch milliseconds
        _utc("2026-03-14 19:00:04"),
        {"DEBUG": 1, "INFO": 1, "WARN": 1, "ERROR": 1, "FATAL": 1},  # 20, 30, 40, 50, 60
    ),
    "ecs.jsonl": Expected(
        "json",
        3,
        3,
        _utc("2026-03-14 20:00:00"),
        _utc("2026-03-14 20:00:09.001"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # "log.level", a dotted key
        ("org.elasticsearch.node.Node",),  # "log.logger"
    ),
    "journal_precise.log": Expected(
        "syslog",
        4,
        4,
        _this_year("03-14 21:00:00.104452"),  # journalctl -o short-precise: microseconds
        _this_year("03-14 21:09:59.998001"),
        {"NONE": 4},
        ("systemd", "sshd", "kernel"),
    ),
    "app_stamped.log": Expected(
        "iso-plain",
        5,
        5,
        _utc("2026-03-14 22:00:00.001"),
        _utc("2026-03-14 22:00:04"),
        {"NONE": 4, "ERROR": 1},  # `<time> ERROR [worker-2] ...`
    ),
    "iis_custom_fields.log": Expected(
        "iis",
        15,
        15,
        _utc("2026-02-10 07:00:03"),
        _utc("2026-02-10 09:31:02"),
        # by status (302 is INFO, 503 ERROR), whichever fields the directive above names
        {"INFO": 4, "WARN": 1, "ERROR": 2, "NONE": 8},
        ("192.0.2.44", "10.1.0.5", "198.51.100.23", "203.0.113.71"),  # c-ip
    ),
    "iis_httperr.log": Expected(
        "iis",
        8,
        8,
        _utc("2026-10-02 06:00:14"),
        _utc("2026-10-02 06:07:40"),
        # 503, then 400 and 413; a connection dropped before its request has no status
        {"ERROR": 1, "WARN": 2, "NONE": 5},
        ("198.51.100.77", "203.0.113.9", "192.0.2.10"),
    ),
    "nginx_forwarded.log": Expected(
        "access-forwarded",
        7,
        7,
        _utc("2026-11-18 07:15:02"),
        _utc("2026-11-18 07:17:00"),
        {"INFO": 4, "WARN": 2, "ERROR": 1},
        # the first address of a forwarded list, quoted or not, also after a vhost; the client
        # after a vhost
        (
            "203.0.113.50",
            "198.51.100.14",
            "2001:db8:85a3::8a2e:370:7334",
            "10.0.3.7",
            "198.51.100.77",
        ),
    ),
    "iis_w3c.log": Expected(
        "iis",
        7,
        7,
        _utc("2026-03-14 23:00:01"),
        _utc("2026-03-14 23:00:05"),
        {"INFO": 1, "ERROR": 1, "WARN": 1, "NONE": 4},  # by status; the directives have none
        ("198.51.100.7", "203.0.113.9"),  # c-ip
        # the four `#` directives are events of their own, not failures
    ),
    "rabbitmq.log": Expected(
        "erlang",
        21,
        # the five lines of an error report share one header: one event; the boot banner's
        # `node : ...` lines go on under the stamped line before them
        14,
        _utc("2026-11-23 11:04:17.512530"),
        _utc("2026-11-23 11:05:02.331250"),
        {"INFO": 10, "NOTICE": 2, "WARN": 1, "ERROR": 1},  # [info], [notice], [warning]
        (),  # an Erlang process id (`<0.223.0>`) names no component
    ),
    "mariadb_error.log": Expected(
        "iso-level",
        6,
        5,  # the unstamped `Version: ...` line goes on with `ready for connections.`
        _utc("2026-11-23 07:43:38"),  # MariaDB pads the hour with a space: `2026-11-23  7:43`
        _utc("2026-11-23 07:43:39"),
        {"INFO": 4, "WARN": 1},  # [Note] is INFO
    ),
    "postgres_stderr.log": Expected(
        "postgres-stderr",
        27,
        18,  # DETAIL, HINT, CONTEXT, STATEMENT and a statement's further lines continue
        None,  # no log_line_prefix: no time
        None,
        # PANIC is FATAL, LOG INFO
        {"INFO": 9, "ERROR": 3, "FATAL": 2, "WARN": 2, "NOTICE": 1, "DEBUG": 1},
    ),
    "mysql50_error.log": Expected(
        "mysql-old",
        24,
        14,  # InnoDB's unstamped lines, the Version: line and a blank line continue
        _utc("2006-05-16 22:38:46"),
        _utc("2006-05-19 00:00:01"),  # `060519  0:00:01`: the hour padded with a space
        {"NONE": 7, "INFO": 3, "WARN": 2, "ERROR": 2},  # `InnoDB: Error:` is ERROR
        ("InnoDB", "mysqld"),
    ),
    "jdk_uptime.log": Expected(
        "jdk-unified",
        8,
        8,
        None,  # `-Xlog:gc` decorates with the JVM's uptime only
        None,
        {"INFO": 8},
        ("gc", "gc,init"),
    ),
    "nats.log": Expected(
        "go-std",
        9,
        9,
        _utc("2026-11-23 11:04:13.161496"),
        _utc("2026-11-23 11:08:15.702764"),
        {"INFO": 6, "ERROR": 3},  # [INF], [ERR] after the stamp, the pid before it
    ),
    "mosquitto.log": Expected(
        "epoch",
        6,
        6,
        _utc("2026-11-23 11:04:13"),  # 1795431853
        _utc("2026-11-23 11:04:23"),
        {"NONE": 6},
    ),
    "alternatives.log": Expected(
        "program-iso",
        6,
        6,
        _utc("2025-06-24 14:36:53"),
        _utc("2025-06-24 14:39:44"),
        {"NONE": 6},
        ("update-alternatives",),
    ),
    "npm_debug.log": Expected(
        "npm-debug",
        21,
        16,  # the lines of one call share its number: `13 verbose stack` x3, `14 error` x4
        None,
        None,
        {"DEBUG": 9, "ERROR": 2, "INFO": 2, "TRACE": 2, "WARN": 1},  # verbose, silly
    ),
    "python_http.log": Expected(
        "python-http",
        6,
        6,
        _utc("2026-11-23 11:06:46"),
        _utc("2026-11-23 11:06:46"),
        {"INFO": 2, "WARN": 4},  # 200; 404 and `code 404, message File not found`
        ("127.0.0.1",),
    ),
    # written after each program's documented line format (the programs are not installed
    # here); dmesg's come from this machine
    "java_logging.log": Expected(
        "java-logging",
        22,
        5,  # header line, `LEVEL: message` line, a message's further lines, a stack trace
        _utc("2026-11-23 11:44:29"),
        _utc("2026-11-23 11:44:30"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},
        ("Jul",),
    ),
    "tomcat.log": Expected(
        "tomcat",
        5,
        5,
        _utc("2026-11-23 11:00:00.123"),
        _utc("2026-11-23 11:00:03"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},  # WARNING, SEVERE
        ("org.apache.catalina.startup.Catalina.start",),
    ),
    "php_error.log": Expected(
        "php",
        6,
        3,  # `Stack trace:`, `#0 {main}` and the indented `thrown in` belong to the fatal error
        _utc("2026-11-23 11:00:00"),  # `[23-Nov-2026 11:00:00 UTC]`
        _utc("2026-11-23 11:00:02"),
        {"WARN": 1, "FATAL": 1, "NOTICE": 1},
    ),
    "php_error_zone.log": Expected(
        "php",
        3,
        3,
        _utc("2017-03-25 07:47:57"),  # 01:47:57 in America/Denver (MDT, -06:00)
        _utc("2017-03-25 07:50:49"),
        {"WARN": 2, "FATAL": 1},
    ),
    "android_studio.log": Expected(
        "android-studio",
        3,
        3,
        _utc("2019-03-03 07:46:44.155"),
        _utc("2019-03-03 07:46:46.300"),
        {"INFO": 1, "DEBUG": 1, "ERROR": 1},
        ("DebugActivity", "Net"),
    ),
    "android_studio_noyear.log": Expected(
        "android-studio-noyear",
        7,
        4,  # the crash's indented lines are its own
        _this_year("03-03 07:46:44.155"),
        _this_year("03-03 07:47:36.001"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("OkHttp", "AndroidRuntime"),
    ),
    "sidekiq5.log": Expected(
        "sidekiq",
        7,
        7,  # Ruby Logger's `# Logfile created` line is kept unparsed
        _utc("2026-03-14 09:00:01.100"),
        _utc("2026-03-14 09:02:00"),
        {"NONE": 1, "INFO": 4, "DEBUG": 1, "WARN": 1},
        ("InvoiceWorker", "MailWorker"),  # before `JID-`
        failures=1,
    ),
    "hydra_train.log": Expected(
        "hydra",
        16,
        4,  # both tracebacks, chained, and the exception's repr belong to the error
        _utc("2026-03-14 09:00:00.028"),
        _utc("2026-03-14 09:00:00.530"),
        {"INFO": 3, "ERROR": 1},
        ("src.utils.utils", "__main__"),
    ),
    "redis4_indented.log": Expected(
        "redis-3",
        8,
        8,  # every line indented by a space, none of them a continuation
        _this_year("03-14 09:00:00.127"),
        _this_year("03-14 10:00:01.010"),
        {"WARN": 3, "NOTICE": 5},  # `#`, `*`
        ("master", "child"),
    ),
    "pacman.log": Expected(
        "pacman",
        5,
        5,
        _utc("2019-03-01 09:58"),  # pacman before 5.2: minutes, local time
        _utc("2024-03-01 10:00:07"),  # +0000
        {"NONE": 4, "WARN": 1},  # `warning: ` after `[ALPM] `
        ("PACMAN", "ALPM", "ALPM-SCRIPTLET"),
    ),
    "liferay62_console.log": Expected(
        "time-thread-level",
        4,
        4,
        None,  # a time of day only
        None,
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("HotDeployImpl", "PortalImpl", "JDBCExceptionReporter"),  # after 6.2's `[thread]`
    ),
    "haproxy_custom_epoch.log": Expected(
        "haproxy",
        3,
        3,
        # a custom log-format writing the Unix time first (`%Ts`) gives the syslog stamps
        # their year, also to the line without one after them
        _utc("2023-03-14 09:00:01"),
        _utc("2023-03-14 09:00:05"),
        {"NONE": 3},
        ("haproxy",),
    ),
    "payara_server.log": Expected(
        "odl",
        11,
        3,  # each message on the lines after its `[[`, a stack trace and a blank line in them
        _utc("2019-03-05 10:14:55.129"),
        _utc("2019-03-05 10:14:57.500"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},
        ("javax.enterprise.web",),
    ),
    "fmw_odl.log": Expected(
        "odl",
        7,
        5,
        _utc("2010-09-23 17:54:00.206"),  # -07:00
        _utc("2010-09-23 17:54:05.300"),
        # NOTIFICATION is INFO, TRACE:1 DEBUG, INCIDENT_ERROR CRITICAL
        {"INFO": 1, "DEBUG": 1, "ERROR": 1, "CRITICAL": 1, "WARN": 1},
        ("oracle.apps.fnd.sso", "oracle.apps.fnd.db"),
    ),
    "glassfish3_server.log": Expected(
        "glassfish-ulf",
        8,
        3,
        _utc("2012-06-14 09:35:12.123"),  # +0200
        _utc("2012-06-14 09:35:14.789"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},
        ("javax.enterprise.web",),
    ),
    "valheim_server.log": Expected(
        "slash-ampm",
        7,
        7,
        _utc("2021-02-14 19:50:36"),  # a 24-hour MM/DD/YYYY stamp and its colon
        _utc("2021-02-14 21:03:11"),
        {"NONE": 7},
    ),
    "esp_idf.log": Expected(
        "esp-idf",
        10,
        10,
        None,  # milliseconds since boot: no wall clock
        None,
        {"INFO": 6, "ERROR": 2, "WARN": 1, "DEBUG": 1},
        ("wifi", "wifi station", "TRANSPORT_BASE"),  # the Wi-Fi driver's tag takes no space
    ),
    "zigbee2mqtt.log": Expected(
        "zigbee2mqtt",
        7,
        7,
        _utc("2023-03-04 21:10:01"),
        _utc("2023-03-04 21:11:41"),
        {"INFO": 3, "ERROR": 2, "WARN": 1, "DEBUG": 1},
        ("Zigbee2MQTT",),
    ),
    "puppet_agent.log": Expected(
        "puppet",
        4,
        4,
        _utc("2024-01-01 09:00:00"),  # +0100
        _utc("2024-01-01 09:00:07"),
        {"NOTICE": 2, "ERROR": 1, "WARN": 1},  # (notice), (err), (warning)
        ("Puppet", "/Stage[main]/Nginx/Service[nginx]"),
    ),
    "jetty9_stderr.log": Expected(
        "jetty",
        8,
        6,
        _utc("2019-05-02 14:11:07.312"),
        _utc("2019-05-02 14:11:09.922"),
        {"INFO": 5, "WARN": 1},
        ("oejs.Server", "oejw.WebAppContext"),  # none for the first line's empty logger
    ),
    "solr.log": Expected(
        "iso-level",
        5,
        4,
        _utc("2023-06-12 08:30:01.112"),
        _utc("2023-06-12 08:30:06.004"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("o.a.s.c.CoreContainer", "o.a.s.c.S.Request", "o.a.s.h.RequestHandlerBase"),
    ),
    "windows_update.log": Expected(
        "windows-update",
        6,
        6,
        _utc("2023-11-14 09:12:01.458123"),  # 100 ns ticks cut to microseconds
        _utc("2023-11-14 09:12:31.901045"),
        {"NONE": 4, "ERROR": 1, "WARN": 1},  # *FAILED*, WARNING:
        ("Agent", "ProtocolTalker", "ComApi"),
    ),
    "winston_text.log": Expected(
        "iso-plain",
        6,
        3,  # a Node stack trace joins its error
        _utc("2024-01-01 10:00:00.123"),
        _utc("2024-01-01 10:00:02.123"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},  # winston's `warn: `
    ),
    "haproxy_stdout.log": Expected(
        "haproxy-stdout",
        4,
        4,
        _utc("2024-04-12 14:02:11.512"),
        _utc("2024-04-12 14:02:20.004"),
        {"INFO": 1, "WARN": 1, "ERROR": 1, "NONE": 1},  # the status; a TCP line has none
        ("haproxy",),
    ),
    "calico_felix.log": Expected(
        "iso-level",
        5,
        5,
        _utc("2023-09-18 07:41:02.531"),
        _utc("2023-09-18 07:41:09.100"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},  # `[WARNING][58]`: a pid after the level
        ("felix", "confd"),  # the component before the Go file
    ),
    "nexus.log": Expected(
        "iso-level",
        6,
        4,
        _utc("2023-02-07 11:12:31.417"),
        _utc("2023-02-07 11:20:00"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        # the logger after the thread and the user (`*SYSTEM`, `admin`)
        ("org.sonatype.nexus.bootstrap.jetty.JettyServer",),
    ),
    "kibana7.jsonl": Expected(
        "json",
        3,
        3,
        _utc("2024-01-01 10:00:00"),
        _utc("2024-01-01 10:00:02"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # the first tag
    ),
    "passenger_nginx_error.log": Expected(
        "passenger",
        6,
        6,
        _utc("2021-03-02 09:14:01.221"),
        _utc("2021-03-02 09:21:10.501"),
        {"NOTICE": 2, "WARN": 1, "ERROR": 1, "INFO": 1, "DEBUG": 1},  # N W E I D2
        ("age/Cor/CoreMain.cpp", "age/Cor/App/Poold.cpp"),
    ),
    "apt_term.log": Expected(
        "apt-term",
        22,
        16,  # a package script's output and dpkg's indented lines go on with the step above
        _utc("2025-06-24 14:36:25"),
        _utc("2025-06-25 09:00:03"),
        {"NONE": 13, "ERROR": 2, "WARN": 1},  # `dpkg: error`, `Errors were...`, `adduser: Warning`
        ("invoke-rc.d", "adduser", "dpkg"),
    ),
    # written by CPython's logging (`%(asctime)s %(levelname)s %(name)s: %(message)s`, and
    # basicConfig's `%(levelname)s:%(name)s:%(message)s`), a traceback and a message holding
    # newlines among the records
    "python_multiline.log": Expected(
        "iso-level",
        14,
        7,  # the traceback's lines and the message's further lines go on with their record
        _utc("2026-12-05 03:50:18.446"),
        _utc("2026-12-05 03:50:18.450"),
        {"INFO": 2, "DEBUG": 1, "WARN": 1, "ERROR": 2, "CRITICAL": 1},
        ("app.worker", "urllib3.connectionpool"),
    ),
    "python_basic.log": Expected(
        "python-basic",
        14,
        7,
        None,
        None,
        {"INFO": 2, "DEBUG": 1, "WARN": 1, "ERROR": 2, "CRITICAL": 1},
        ("app.worker", "urllib3.connectionpool"),
    ),
    "zap_console.log": Expected(
        "zap-console",
        9,
        3,  # an error's stacktrace: functions flush left, their files indented
        _utc("2024-03-01 10:00:00"),
        _utc("2024-03-01 10:00:02"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},
        ("server/main.go:12", "server/db.go:40"),
    ),
    "qmail_multilog.log": Expected(
        "tai64n",
        11,
        11,
        _utc("2026-03-01 10:00:00.120"),  # @4000000069a40e2a07270e00: 2^62 + 10 + Unix time
        _utc("2026-03-01 10:00:07.002"),
        {"NONE": 10, "WARN": 1},  # qmail-send's `warning: `
        ("tcpserver", "rblsmtpd"),  # svlogd's program prefix; not qmail's `status: `
    ),
    "vdsm.log": Expected(
        "vdsm",
        10,
        5,  # a traceback, its frames flush left
        _utc("2026-03-01 10:00:00.101"),
        _utc("2026-03-01 10:00:05.020"),
        {"INFO": 2, "ERROR": 1, "DEBUG": 1, "WARN": 1},
        ("vds", "Storage.LVM"),
    ),
    "rust_tracing.jsonl": Expected(
        "json",
        3,
        3,
        _utc("2026-03-01 10:00:00.100"),
        _utc("2026-03-01 10:00:02.500"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},
        ("api::server", "api::db", "api::handlers"),  # the target
    ),
    "pfsense_filterlog.log": Expected(
        "syslog-nohost",
        5,
        5,
        _this_year("11-28 07:14:02"),
        _this_year("11-28 07:16:12"),
        {"INFO": 3, "NOTICE": 1, "WARN": 1},  # the priority: <134>, <30>, <29>, <36>
        ("filterlog", "dhcpd", "openvpn"),
    ),
    "santa.log": Expected(
        "santa",
        4,
        4,
        _utc("2026-11-02 09:12:44.120"),
        _utc("2026-11-02 09:20:17.459"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},  # the level letter after the stamp
        ("santad", "santactl"),
    ),
    "postgres_pgbadger.log": Expected(
        "iso-plain",
        7,
        7,
        _utc("2026-11-20 09:00:01.101"),  # CET
        _utc("2026-11-20 09:05:12.331"),
        # the severity after pgBadger's long prefix; DETAIL and STATEMENT are none
        {"INFO": 2, "FATAL": 1, "ERROR": 1, "WARN": 1, "NONE": 2},
    ),
    "traefik_common.log": Expected(
        "access",
        4,
        4,
        _utc("2026-11-03 10:00:01"),
        _utc("2026-11-03 10:00:09"),
        {"INFO": 1, "ERROR": 1, "WARN": 1, "NONE": 1},  # `-` for the status: no answer sent
        ("192.0.2.10", "::1"),
    ),
    "cisco_asa_relay.log": Expected(
        "cisco-ios",
        3,
        3,
        _this_year("11-12 13:30:01"),  # 08:30:01 EST
        _this_year("11-12 13:31:19"),
        {"WARN": 1, "INFO": 1, "ERROR": 1},  # the code's severity, its class in lower case
        ("ASA-auth", "ASA-session", "ASA-ip"),
    ),
    "klog_fatal.log": Expected(
        "glog",
        18,
        9,  # the banner is one event; the fatal error's advice and goroutines go on under it
        _this_year("11-04 06:12:40.115022"),
        _this_year("11-04 06:12:41.002117"),
        {"INFO": 6, "WARN": 1, "FATAL": 1, "NONE": 1},
        ("main.go:298",),
        failures=1,  # the banner
    ),
    "envoy_access_type.log": Expected(
        "envoy",
        4,
        4,
        _utc("2023-11-07 14:02:11.514"),
        _utc("2023-11-07 14:02:15.002"),
        # the log type before the stamp (`ACCESS `); a TCP connection's status is 0: no level
        {"INFO": 1, "ERROR": 1, "WARN": 1, "NONE": 1},
        ("cart.internal", "catalog.internal"),
    ),
    "esxi_relayed_caps.log": Expected(
        "syslog-pri-iso",
        5,
        5,
        _utc("2024-03-14 09:12:33.101"),
        _utc("2024-03-14 09:12:37.9"),
        # the levels are the priorities' (local4.info, .warning, .err; local6.notice)
        {"INFO": 2, "WARN": 1, "NOTICE": 1, "ERROR": 1},
        ("Hostd", "Vpxa", "vmkernel"),
    ),
    "jdk_time_pid_tags.log": Expected(
        "jdk-unified",
        6,
        6,
        _utc("2025-02-10 07:15:02.417"),
        _utc("2025-02-10 07:16:41.25"),
        {"NONE": 6},  # `time,pid,tags`: no level decoration
        ("gc,init", "gc", "gc,start", "safepoint"),
    ),
    "haproxy_host_field.log": Expected(
        "haproxy",
        4,
        4,
        _utc("2025-03-03 08:14:05.118"),
        _utc("2025-03-03 08:14:09.95"),
        # a host field before the timers; the TCP line has no HTTP status
        {"INFO": 1, "ERROR": 1, "WARN": 1, "NONE": 1},
        ("haproxy",),
    ),
    "python_colon.log": Expected(
        "python-colon",
        7,
        5,
        _utc("2024-06-11 14:02:17.301"),
        _utc("2024-06-11 14:02:20.004"),
        # a response's XML lines continue its event; `DEBUG:retrying` names no logger
        {"INFO": 2, "WARN": 1, "ERROR": 1, "DEBUG": 1},
        ("appliance.net", "appliance.api"),
    ),
    "date_stamped.log": Expected(
        "ctime",
        7,
        4,
        _utc("2025-03-04 01:00:01"),  # date(1)'s CET
        _utc("2025-03-04 01:04:10"),
        {"NONE": 4},  # the commands' output continues the stamped line above it
    ),
    "vcenter_vpxd.log": Expected(
        "esxi",
        7,
        4,
        _utc("2024-09-18 07:41:02.118"),
        _utc("2024-09-18 07:41:15.004"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},  # `-->` lines continue their event
        ("vpxd",),
    ),
    "asterisk_sip.log": Expected(
        "asterisk",
        10,
        6,
        _this_year("02-11 09:14:02"),
        _this_year("02-11 09:14:12"),
        # a SIP message dumped under its VERBOSE line is part of it
        {"INFO": 3, "NOTICE": 1, "WARN": 1, "ERROR": 1},
        ("chan_sip.c", "pbx.c"),
    ),
    "postgres_jsonlog.jsonl": Expected(
        "json",
        4,
        4,
        _utc("2025-01-20 06:00:00.101"),
        _utc("2025-01-20 06:09:59.87"),
        {"INFO": 1, "ERROR": 1, "WARN": 1, "FATAL": 1},  # error_severity
    ),
    "epoch_ms.log": Expected(
        "epoch",
        3,
        3,
        _utc("2024-06-11 10:22:17.123"),
        _utc("2024-06-11 10:22:18.001"),
        {"NONE": 3},
    ),
    "time_of_day_level.log": Expected(
        "clock-level",
        4,
        4,
        None,
        None,
        # no day named (in a line, nor in the file's name): no time, but the levels written
        # after the time and the component
        {"INFO": 2, "WARN": 1, "ERROR": 1},
    ),
    "w3c_advanced_logging.log": Expected(
        "iis",
        10,
        7,  # the blank lines between the directives continue them
        _utc("2023-05-09 08:15:02.118"),  # date-local and time-local, in the timezone setting
        _utc("2023-05-09 08:15:04.99"),
        # quoted values (a substatus of garbage too); 4 directives
        {"NONE": 4, "INFO": 1, "ERROR": 1, "WARN": 1},
        ("198.51.100.20", "198.51.100.21"),
    ),
    "w3c_oracle_webcache.log": Expected(
        "iis",
        9,
        9,
        _utc("2019-02-14 09:30:04"),  # date and time after the client, apart by runs of spaces
        _utc("2019-02-14 09:31:12"),
        {"NONE": 6, "INFO": 1, "WARN": 1, "ERROR": 1},
        ("192.0.2.33", "192.0.2.34"),
    ),
    "strace_ttt.log": Expected(
        "strace",
        5,
        5,
        _utc("2024-12-05 09:20:01.102345"),  # -ttt's epoch stamps, after -f's pids
        _utc("2024-12-05 09:20:01.104001"),
        {"NONE": 4, "ERROR": 1},  # `= -1 ECONNREFUSED`
        ("openat", "read", "connect"),
    ),
    "haproxy_rfc3339.log": Expected(
        "haproxy",
        3,
        3,
        _utc("2024-05-02 10:00:00"),  # a line without a request takes rsyslog's wall clock
        _utc("2024-05-02 10:00:06.001"),
        {"NONE": 1, "INFO": 1, "ERROR": 1},
        ("haproxy",),
    ),
    # ErrorLogFormat's `%{cu}t` (ISO 8601 with microseconds) after lines of the default time
    "apache_error_iso.log": Expected(
        "apache-error",
        4,
        4,
        _utc("2021-10-20 19:20:59.121211"),
        _utc("2021-10-20 19:21:02.221211"),
        {"NOTICE": 1, "ERROR": 1, "WARN": 1, "INFO": 1},
        ("mpm_event", "core", "ssl"),
    ),
    # CoreDNS's unstamped lines, one stamped by a collector: that line is read as the format
    # it is in (`ChunkParser._strays`), and its ISO time is the log's time range; the banner's
    # lines are unparsed
    "coredns_mixed.log": Expected(
        "bracket-level",
        9,
        9,
        _utc("2023-05-23 10:00:00.123"),
        _utc("2023-05-23 10:00:00.123"),
        {"INFO": 4, "NONE": 3, "ERROR": 1, "WARN": 1},
        failures=3,
    ),
    # Ceph's cluster and audit logs, Luminous' (daemon, id, address) and Octopus' (rank, an
    # offset) lines; SEC is NOTICE, as the daemons' log reads it
    "ceph_cluster.log": Expected(
        "ceph-cluster",
        8,
        8,
        _utc("2024-05-02 08:00:04.025198"),
        _utc("2024-05-02 08:31:00.000001"),
        {"DEBUG": 3, "INFO": 2, "WARN": 1, "ERROR": 1, "NOTICE": 1},
        ("mon.node-1", "mon.node-2", "mgr.node-1", "osd.2"),
    ),
    # Aerospike's server log, in GMT (its stamp a Cisco device's too); DETAIL is DEBUG
    "aerospike.log": Expected(
        "aerospike",
        8,
        8,
        _utc("2024-03-04 09:12:01"),
        _utc("2024-03-04 09:13:01"),
        {"INFO": 4, "DEBUG": 2, "WARN": 1, "CRITICAL": 1},
        ("hardware", "drv_ssd", "namespace"),
    ),
    # Vertica's vertica.log: the level in angle brackets after the thread and the subsystem
    # (`<LOG>` is INFO), a thread's name of several words
    "vertica.log": Expected(
        "vertica",
        7,
        7,
        _utc("2024-05-02 02:07:20.551"),
        _utc("2024-05-02 02:08:10.720"),
        {"INFO": 5, "WARN": 1, "ERROR": 1},
        ("Init", "Catalog", "Txn"),
    ),
    # SingleStore's tracelog: a counter of microseconds, not a source, and a right-aligned level
    "singlestore_tracelog.log": Expected(
        "singlestore",
        6,
        6,
        _utc("2024-05-02 12:25:10.101"),
        _utc("2024-05-02 12:25:14.535"),
        {"INFO": 4, "ERROR": 1, "WARN": 1},
    ),
    # NestJS's logger (Immich): en-US times, LOG is INFO, an exception's stack in its event
    "nestjs.log": Expected(
        "nestjs",
        9,
        7,
        _utc("2024-08-02 19:32:41"),
        _utc("2024-08-02 19:34:03"),
        {"INFO": 4, "WARN": 1, "ERROR": 1, "DEBUG": 1},
        ("NestFactory", "AuthService", "ExceptionsHandler"),
    ),
    # SABnzbd: milliseconds after a comma, then `::LEVEL::` (no CSV field)
    "sabnzbd.log": Expected(
        "sabnzbd",
        6,
        6,
        _utc("2024-07-20 12:20:01.101"),
        _utc("2024-07-20 12:30:00"),
        {"INFO": 3, "WARN": 1, "ERROR": 1, "DEBUG": 1},
        ("interface", "newswrapper"),
    ),
    # AdGuard Home: Go's stamp, the level in lower case in brackets
    "adguardhome.log": Expected(
        "go-std",
        5,
        5,
        _utc("2024-02-21 08:05:50.101234"),
        _utc("2024-02-21 08:06:12.000013"),
        {"INFO": 4, "ERROR": 1},
    ),
    # Emby's server log: levels in title case (`Warn`; not the `AUTH-ERROR:` in the message)
    "emby_server.log": Expected(
        "emby",
        7,
        5,
        _utc("2024-02-14 18:00:01.002"),
        _utc("2024-02-14 18:03:00.010"),
        {"INFO": 2, "WARN": 1, "ERROR": 1, "DEBUG": 1},
    ),
    # Asterisk 13 on: a colon after the pid, then the file's line and the function
    "asterisk_13.log": Expected(
        "asterisk",
        5,
        5,
        _this_year("12-21 12:56:50"),
        _this_year("12-21 12:57:04"),
        {"WARN": 2, "NOTICE": 1, "INFO": 1, "ERROR": 1},
        ("chan_sip.c", "res_security_log.c", "app_dial.c"),
    ),
    # winston's `[warn][API]:` (Overseerr): the level in lower case, more brackets after it
    "overseerr.log": Expected(
        "iso-level",
        5,
        5,
        _utc("2024-12-10 15:17:30.001"),
        _utc("2024-12-10 15:18:05.900"),
        {"INFO": 2, "WARN": 1, "DEBUG": 1, "ERROR": 1},
    ),
    # FreeSWITCH: a call's uuid before some lines, the CPU's idle share, ERR and CRIT
    "freeswitch.log": Expected(
        "freeswitch",
        7,
        7,
        _utc("2025-09-18 14:01:20.101200"),
        _utc("2025-09-18 14:01:26"),
        {"WARN": 2, "NOTICE": 1, "INFO": 1, "DEBUG": 1, "ERROR": 1, "CRITICAL": 1},
        ("switch_core.c", "sofia.c"),
    ),
    # ZoneMinder: a two-digit year, the level after the process's pid (DB1 is DEBUG)
    "zoneminder.log": Expected(
        "zoneminder",
        6,
        6,
        _utc("2024-01-25 16:08:00.100003"),
        _utc("2024-01-25 16:08:07"),
        {"INFO": 2, "ERROR": 1, "WARN": 1, "FATAL": 1, "DEBUG": 1},
        ("zmc_m1", "web_php"),
    ),
    # Proxmox VE's firewall: the VM, a syslog level, the chain, then the stamp and its offset
    "proxmox_firewall.log": Expected(
        "proxmox-firewall",
        5,
        5,
        _utc("2024-06-20 11:09:14"),
        _utc("2024-06-20 11:11:00"),
        {"ERROR": 2, "INFO": 1, "WARN": 1, "NOTICE": 1},
        ("PVEFW-HOST-IN", "tap101i0-IN"),
    ),
    # Go's log with a level word as its prefix (`log.SetPrefix("WARNING ")`: sshesame)
    "go_prefixed_level.log": Expected(
        "go-std",
        5,
        5,
        _utc("2024-04-16 20:47:20"),
        _utc("2024-04-16 20:47:31"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},
    ),
    # Webmin's action log: an epoch-based id, then the local time (its day not padded); a
    # failed login is WARN
    "webmin.log": Expected(
        "webmin",
        5,
        5,
        _utc("2024-05-29 16:06:40"),
        _utc("2024-06-01 09:00:00"),
        {"NONE": 3, "WARN": 2},
        ("global", "useradmin"),
    ),
    # Monit's own log: no year, the zone's abbreviation applied (CEST, two hours ahead)
    "monit.log": Expected(
        "monit",
        7,
        7,
        _this_year("06-14 08:00:01"),
        _this_year("06-14 08:10:00"),
        {"INFO": 4, "ERROR": 2, "WARN": 1},
    ),
    # stunnel: LOG and a syslog level's digit, then the thread or connection in brackets
    "stunnel.log": Expected(
        "stunnel",
        6,
        6,
        _utc("2024-11-21 14:29:10"),
        _utc("2024-11-21 14:29:20"),
        {"NOTICE": 3, "ERROR": 1, "DEBUG": 1, "WARN": 1},
    ),
    # Murmur (Mumble's server): the level's letter before the stamp
    "murmur.log": Expected(
        "murmur",
        6,
        6,
        _utc("2024-11-29 16:38:00.101"),
        _utc("2024-11-29 16:45:00.500"),
        {"WARN": 2, "INFO": 2, "CRITICAL": 1, "DEBUG": 1},
    ),
    # Roundcube's errors log: PHP's stamp, with a numeric offset and a colon after it
    "roundcube_errors.log": Expected(
        "php",
        4,
        4,
        _utc("2024-01-22 20:28:21"),
        _utc("2024-01-23 07:00:00"),
        {"NONE": 3, "WARN": 1},
    ),
    # ejabberd 2's error_logger reports, with an ISO date (RabbitMQ's write `14-Jul-2013::`)
    "ejabberd2.log": Expected(
        "erlang-report",
        8,
        4,
        _utc("2024-07-14 17:53:40"),
        _utc("2024-07-14 17:56:10"),
        {"INFO": 2, "ERROR": 1, "WARN": 1},
    ),
    # `docker logs` of an nginx container: the entrypoint's lines, access lines, and two error
    # log lines, too few for detection to keep their format: each is read with it all the same
    "nginx_docker.log": Expected(
        "access",
        51,
        51,
        _utc("2026-03-14 09:00:05"),
        _utc("2026-03-14 09:04:12"),
        {"INFO": 41, "NONE": 5, "WARN": 4, "ERROR": 1},  # the 404s are WARN
        failures=5,
    ),
    # `service timestamps` with the year on one line of seven (the others' year is taken from
    # it): sequence numbers, unsynchronised clocks (`*`, `.`), zones (`UTC`, `gmt`), a syslog
    # server's relay
    "cisco_ios_mixed_year.log": Expected(
        "cisco-ios",
        8,
        8,
        _utc("2023-03-01 00:00:20.691"),
        _utc("2023-03-01 00:00:27.691"),
        {"NOTICE": 5, "INFO": 2, "ERROR": 1},
        ("LINK", "SYS", "SEC", "DUAL", "SSH"),
    ),
    # Sophos UTM: the severity among the record's pairs is the level (pluto's IPsec lines
    # write none), the process the source
    "sophos_utm.log": Expected(
        "sophos-utm",
        5,
        5,
        _utc("2023-04-28 00:00:04"),
        _utc("2023-04-28 00:00:08"),
        {"INFO": 2, "NONE": 1, "WARN": 1, "ERROR": 1},
        ("httpproxy", "ulogd", "pluto", "afcd"),
    ),
    # an AWS Network Load Balancer's TLS access log: an incoming TLS alert is a warning
    "aws_nlb.log": Expected(
        "aws-nlb",
        3,
        3,
        _utc("2026-03-14 10:00:01"),
        _utc("2026-03-14 10:00:09"),
        {"INFO": 2, "WARN": 1},
        ("shop-nlb",),
    ),
    "apache_error_php.log": Expected(
        "apache-error",
        7,
        4,
        _utc("2025-03-05 09:12:44.118204"),
        _utc("2025-03-05 09:13:00.5"),
        # FastCGI's stderr goes on over lines; PHP's module is nameless (`[:error]`); what
        # apachectl writes (`AH00558: ...`) goes on no event
        {"ERROR": 2, "NOTICE": 1, "NONE": 1},
        ("proxy_fcgi", "mpm_event"),
        failures=1,
    ),
    "cisco_asa_colon_host.log": Expected(
        "cisco-ios",
        3,
        3,
        _this_year("03-12 07:01:02"),
        _this_year("03-12 07:02:30"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # the code's severity; the host ends in a colon
        ("ASA",),
    ),
    "mongod_legacy_nocontext.log": Expected(
        "mongodb-text",
        4,
        4,
        _utc("2019-06-03 06:00:00.101"),
        _utc("2019-06-03 07:30:12.01"),
        {"INFO": 2, "WARN": 1, "FATAL": 1},  # `I CONTROL  Ctrl-C signal` names no context
        ("CONTROL", "STORAGE"),
    ),
    "bacula.log": Expected(
        "bacula",
        10,
        7,
        _this_year("11-03 23:05:00"),
        _this_year("11-03 23:07:00"),
        # `Fatal error:`'s list of causes continues it
        {"NONE": 4, "FATAL": 1, "ERROR": 1, "WARN": 1},
        ("backup-dir", "web01-fd", "backup-sd"),
    ),
    "activemq_audit.log": Expected(
        "activemq-audit",
        3,
        3,
        _utc("2025-06-02 14:10:05.12"),
        _utc("2025-06-02 14:10:09.002"),
        {"INFO": 2, "WARN": 1},  # `INFO  | ...`: a level before a pipe, no compose service
        ("admin", "guest"),  # the user; the web console's request names no time
    ),
    "redis1.log": Expected(
        "redis-old",
        5,
        5,
        _this_year("03-12 09:00:01"),
        _this_year("03-12 09:00:06"),
        {"DEBUG": 4, "NOTICE": 1},  # Redis 1.x: no pid; `-` verbose, `.` debug
    ),
    "ssl_request.log": Expected(
        "apache-ssl-request",
        3,
        3,
        _utc("2025-02-14 09:01:02"),
        _utc("2025-02-14 09:02:40"),
        {"NONE": 3},
        ("198.51.100.14", "203.0.113.99"),
    ),
    "json_message_level.jsonl": Expected(
        "json",
        4,
        4,
        _utc("2025-03-09 11:00:01.120443"),
        _utc("2025-03-09 11:00:05"),
        # a collector's records naming no level: the level opening the container's line
        {"INFO": 1, "ERROR": 1, "WARN": 1, "NONE": 1},
        ("coredns",),  # the container the Kubernetes metadata names
    ),
    "ibm_mq_amqerr.log": Expected(
        "ibm-mq",
        41,
        3,  # a record's lines below its header, to the dashes closing it
        _utc("2025-11-04 08:12:03.412"),  # the record's Time(), in UTC
        _utc("2025-11-04 08:20:00.551"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},  # AMQ5051I, AMQ9999E, AMQ7467W
        ("amqzxma0", "amqrmppa", "amqzmuc0"),
    ),
    "aws_alb_kinds.log": Expected(
        "aws-alb",
        6,
        6,
        _utc("2026-03-14 09:12:33.186641"),
        _utc("2026-03-14 09:12:38.686641"),
        # the load balancer's status: 200, 101, 301; 404 and 460 (the client closed); 502
        {"INFO": 3, "WARN": 2, "ERROR": 1},
        ("my-loadbalancer",),
    ),
    "unreal.log": Expected(
        "unreal",
        10,
        10,
        _utc("2026-03-14 09:12:33.123"),
        _utc("2026-03-14 09:12:35.791"),
        # Display and a line naming no verbosity (Log) are INFO; Verbose is DEBUG; the line
        # opening the file (`Log file open, ...`) fits no header
        {"INFO": 5, "ERROR": 2, "WARN": 1, "DEBUG": 1, "NONE": 1},
        ("LogInit", "LogNet", "LogWindows"),
        failures=1,
    ),
    "cisco_xr.log": Expected(
        "cisco-xr",
        5,
        5,
        _this_year("03-14 09:12:33.215"),
        _this_year("03-14 09:15:44.530"),
        {"INFO": 2, "NOTICE": 2, "ERROR": 1},  # the code's severity: 6, 5, 3
        ("SECURITY-SSHD", "MGBL-SYS", "PKT_INFRA-LINK", "ROUTING-BGP"),
    ),
    "cisco_xr_year.log": Expected(
        "cisco-xr-year",
        3,
        3,
        _utc("2026-03-14 09:12:33.215"),
        _utc("2026-03-14 09:13:05.990"),
        {"NOTICE": 1, "ERROR": 1, "WARN": 1},
        ("ROUTING-BGP", "PKT_INFRA-LINK", "PLATFORM-ENVMON"),
    ),
    "cisco_nxos.log": Expected(
        "cisco-nxos",
        5,
        5,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:15:21"),
        {"NOTICE": 3, "CRITICAL": 1, "ERROR": 1},
        ("ETHPORT", "PFMA", "VPC", "VSHD"),
    ),
    "sophos_xg.log": Expected(
        "logfmt",
        4,
        4,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:12:41"),
        # Sophos' `priority=`, FortiGate's `level=`, after a syslog priority
        {"INFO": 2, "WARN": 1, "NOTICE": 1},
    ),
    "log4j2_json_layout.jsonl": Expected(
        "json",
        3,
        3,
        _utc("2026-03-14 09:12:33.123"),  # `instant`'s seconds and nanoseconds
        _utc("2026-03-14 09:12:40.5"),  # `timeMillis`
        {"INFO": 1, "ERROR": 1, "WARN": 1},
        ("org.logstash.Logstash", "logstash.javapipeline", "slowlog.logstash.filters.ruby"),
    ),
    "elasticsearch_slowlog.log": Expected(
        "bracketed",
        13,
        4,  # a pretty-printed query and a line wrapped mid-word join their event
        _utc("2026-03-14 09:12:33.933"),
        _utc("2026-03-14 09:12:37.002"),
        {"INFO": 3, "WARN": 1},
        ("index.search.slowlog.query", "o.e.c.r.a.DiskThresholdMonitor"),
    ),
    "tomcat_french.log": Expected(
        "tomcat",
        7,
        5,  # the exception and its frame join the GRAVE line
        _utc("2026-03-14 09:12:33.12"),  # `mars`, `août`: French months
        _utc("2026-08-02 18:00:01.002"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},  # INFOS, AVERTISSEMENT, GRAVE
        ("org.apache.catalina.startup.VersionLoggerListener.log",),
    ),
    "tomcat_german.log": Expected(
        "tomcat",
        3,
        3,
        _utc("2026-03-14 09:12:33.12"),  # `März`, `Dez`
        _utc("2026-12-05 09:12:36.001"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # INFORMATION, WARNUNG, SCHWERWIEGEND
    ),
    "vault_json.log": Expected(
        "json",
        4,
        4,
        _utc("2026-03-14 09:12:33.203665"),  # `@timestamp`, not Raft's `time` (a duration)
        _utc("2026-03-14 09:12:40.194192"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("core.cluster-listener.tcp", "storage.raft", "expiration"),  # hclog's `@module`
    ),
    "sonicwall.log": Expected(
        "logfmt",
        3,
        3,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:13:02"),
        {"INFO": 1, "ERROR": 1, "FATAL": 1},  # `pri=`: a syslog severity, 6, 3, 1
    ),
    "cisco_wlc.log": Expected(
        "cisco-ios",
        5,
        5,
        _this_year("03-14 09:12:33"),
        _this_year("03-14 09:14:02.001"),
        {"INFO": 3, "NOTICE": 1, "ERROR": 1},
        # the controller's name and task between the sequence number and the stamp
        ("SEC", "APMGR_AWIPS_SYSLOG", "SISF", "SESSION_MGR", "APF"),
    ),
    "cisco_ftd.log": Expected(
        "cisco-nxos",
        3,
        3,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:13:02"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},
        ("FTD-auth", "FTD-session", "FTD-vpn"),  # the device's id before ` : ` is no source
    ),
    "cisco_asa_year_pri.log": Expected(
        "cisco-ios-year",
        3,
        3,
        _utc("2026-03-14 09:12:33"),  # a syslog priority before a stamp with its year
        _utc("2026-03-14 09:12:40"),
        {"WARN": 1, "INFO": 1, "CRITICAL": 1},
        ("ASA",),
    ),
    "cisco_ise.log": Expected(
        "cisco-ise",
        5,
        4,  # a message's second segment continues it
        _utc("2026-03-14 07:13:10"),  # the stamp in the message, at +02:00
        _utc("2026-03-14 09:13:02.002"),
        {"NOTICE": 3, "WARN": 1},
        ("CISE_Passed_Authentications", "CISE_Failed_Attempts", "CISE_RADIUS_Accounting"),
    ),
    "barracuda_waf.log": Expected(
        "barracuda-waf",
        4,
        4,
        _utc("2026-03-14 09:12:33.915"),  # at +0100
        _utc("2026-03-14 09:13:02.484"),
        {"INFO": 1, "NOTICE": 1, "FATAL": 1, "NONE": 1},  # INFO, NOTI, ALER; an audit line
        ("SYS", "WF", "AUDIT"),
    ),
    "snort_full.log": Expected(
        "snort-full",
        18,
        3,  # a record's lines after its header, the blank one closing it too
        _this_year("03-14 09:12:33.86073"),  # the stamp two lines below the header
        _this_year("03-14 09:13:02.003155"),
        {"WARN": 1, "ERROR": 1, "NONE": 1},  # the priority: 2, 1, 0 (a rule naming none)
        ("93.184.216.34", "10.0.0.5", "10.0.0.7"),  # the source address, port or not
    ),
    "tomcat_localhost.log": Expected(
        "tomcat",
        18,
        3,  # a JSP's compile error quotes its source: those lines continue the SEVERE record
        _utc("2026-03-14 09:12:33.713"),
        _utc("2026-03-14 09:13:02.001"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},
        ("org.apache.catalina.core.StandardWrapperValve.invoke",),
    ),
    "exchange_tracking.log": Expected(
        "iso-csv",
        3,
        3,
        _utc("2026-03-14 09:12:33.463"),  # the first field, an ISO time
        _utc("2026-03-14 09:12:40.843"),
        {"NONE": 3},  # a message tracking log names no level
    ),
    "symantec_csv.log": Expected(
        "iso-csv",
        3,
        3,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:13:02"),
        {"CRITICAL": 1, "INFO": 1, "WARN": 1},  # the second field's level word
    ),
    "cisco_meraki.log": Expected(
        "cisco-meraki",
        4,
        4,
        _utc("2026-03-14 09:12:33.348215"),  # epoch seconds with nanoseconds
        _utc("2026-03-14 09:13:02.196199"),
        {"INFO": 3, "WARN": 1},  # the priority's severity: 6, 4
        ("MX84", "AP-Lobby"),  # the device
    ),
    "modsecurity_audit.jsonl": Expected(
        "json",
        2,
        2,
        _utc("2026-03-14 09:12:33"),  # the transaction's time, in its zone
        _utc("2026-03-14 09:12:40"),
        {"WARN": 2},  # the response's status, 403
    ),
    "zscaler.jsonl": Expected(
        "json",
        3,
        3,
        _utc("2026-03-14 09:12:33"),  # ZPA's `LogTimestamp`, ZIA's `datetime`: C's ctime
        _utc("2026-03-14 09:13:02"),
        {"NONE": 2, "WARN": 1},  # the web request's status, 403
    ),
    "citrix_adc.log": Expected(
        "citrix-adc",
        4,
        4,
        _utc("2026-03-14 09:12:33"),  # the appliance's GMT stamp, not the relay's
        _utc("2026-03-14 09:13:02"),
        {"INFO": 2, "WARN": 1, "NOTICE": 1},  # the relay's `<local0.warning>`, the priority
        ("TCP", "APPFW", "AAA", "API"),  # the module
    ),
    "citrix_adc_ddmm.log": Expected(
        "citrix-adc",
        3,
        3,
        _utc("2026-03-27 22:38:17"),  # day first: a line's first field is above 12
        _utc("2026-04-05 08:00:09"),  # so 05/04 is the fifth of April
        {"INFO": 2, "WARN": 1},
        ("APPFW", "EVENT"),
    ),
    "fortimail.log": Expected(
        "kv-comma",
        3,
        3,
        _utc("2026-03-14 09:12:33.246"),  # `date=` and `time=`, comma-separated
        _utc("2026-03-14 09:13:02.5"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # `pri=`
        ("FEVM02TM23000064",),  # the device
    ),
    "cisco_ftd_iso.log": Expected(
        "cisco-nxos",
        4,
        4,
        _utc("2026-01-17 09:07:34"),  # ISO stamps with `Z` or an offset glued to them
        _utc("2026-01-17 09:08:05"),  # 10:08:05+01:00
        {"INFO": 1, "WARN": 1, "FATAL": 1, "ERROR": 1},
        ("FTD",),
    ),
    "couchdb.log": Expected(
        "couchdb",
        4,
        4,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:13:02.47"),
        {"NOTICE": 2, "WARN": 1, "ERROR": 1},
        ("couchdb@10.0.0.7",),  # the node
    ),
    "couchdb_1.log": Expected(
        "couchdb-1",
        3,
        3,
        _utc("2026-03-14 09:12:33"),  # RFC 1123, GMT
        _utc("2026-03-14 09:12:41"),
        {"INFO": 2, "ERROR": 1},
    ),
    "rabbitmq_error_logger.log": Expected(
        "erlang-report",
        20,
        5,  # a report's lines below its header, and the blank line after it, are one event
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:13:05"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},  # PROGRESS is INFO, CRASH ERROR
    ),
    "envoy_app.log": Expected(
        "bracketed",
        5,
        5,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:13:02.47"),
        {"INFO": 2, "WARN": 1, "ERROR": 1, "CRITICAL": 1},
        ("main", "runtime", "config"),  # the logger after the level, not the thread before it
    ),
    "ceph_volume.log": Expected(
        "bracketed",
        4,
        4,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:40.777"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("ceph_volume.main", "ceph_volume.process"),  # the logger before the level
    ),
    "postgres_custom_prefix.log": Expected(
        "iso-plain",
        4,
        4,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:40"),
        # the severity after a prefix of colon-separated fields; STATEMENT: is none
        {"INFO": 1, "ERROR": 1, "WARN": 1, "NONE": 1},
    ),
    "sonicwall_relay.log": Expected(
        "logfmt",
        3,
        3,
        _utc("2026-03-14 09:12:33"),  # the device's time=, after a relay's stamp and sender
        _utc("2026-03-14 09:13:02"),
        {"INFO": 1, "NOTICE": 1, "FATAL": 1},
    ),
    "istio_mixer.log": Expected(
        "envoy",
        3,
        3,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:40.007"),
        {"WARN": 1, "INFO": 1, "ERROR": 1},  # quoted mixer status and failure reason skipped
        ("httpbin:8000", "orders:8080"),
    ),
    "ibm_mq_day_first.log": Expected(
        "ibm-mq",
        25,
        2,
        _utc("2026-11-17 10:32:29.412"),  # the record's Time()
        _utc("2026-11-18 08:01:02"),  # no Time(): `18/11/2026  08:01:02`, the day first
        {"INFO": 1, "ERROR": 1},
        ("runmqchi.exe", "amqrmppa.exe"),
    ),
    "cisco_esa_text.log": Expected(
        "ctime",
        4,
        4,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:13:02"),
        {"INFO": 2, "WARN": 1, "CRITICAL": 1},  # `Info: `, `Warning: `, `Critical: `
    ),
    # (the year is that of the stamps Harbor's services write first in their messages)
    "harbor_syslog.log": Expected(
        "syslog",
        6,
        6,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:13:02"),
        # what the program wrote first: a stamp and [INFO]/[ERROR], PostgreSQL's LOG: and
        # WARNING:, a JSON record's "L"; an access line has none
        {"INFO": 3, "ERROR": 1, "WARN": 1, "NONE": 1},
        ("jobservice", "core", "postgresql", "chartmuseum"),
    ),
    "logback_multiline.log": Expected(
        "logback",
        12,
        3,  # a message's unstamped lines (a member table, a wrapped line) stay in its event
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:40.007"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},
        ("com.hazelcast.internal.cluster.ClusterService", "com.example.App"),
    ),
    "watchguard.log": Expected(
        "watchguard",
        4,
        4,
        _utc("2026-03-14 09:12:33"),  # the device's (ISO) time, not the relay's
        _utc("2026-03-14 09:13:02"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},  # the priority's severity: 6, 4, 3
        ("firewall", "iked", "admd"),
    ),
    "tidb.log": Expected(
        "tidb",
        4,
        4,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:13:02.47"),  # 10:12:40.007 +01:00 lies between
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("printer.go:47", "pd.go:152"),
    ),
    # Go's standard logger with a prefix (`log.New(w, "redis: ", log.LstdFlags|log.Lshortfile)`):
    # the prefix is the source
    "go_std_prefix.log": Expected(
        "go-std",
        4,
        4,
        _utc("2024-03-01 10:00:00"),
        _utc("2024-03-01 10:00:09.512301"),
        {"NONE": 3, "ERROR": 1},
        ("redis",),
    ),
    # MySQL 8's general query log: the banner (three lines, at each start) is an event of the
    # first entry's time; a statement's further lines continue it; a refused login is ERROR
    "mysql_general.log": Expected(
        "mysql-general",
        16,
        10,
        _utc("2024-03-01 10:00:00.112233"),
        _utc("2024-03-01 10:05:00.0203"),
        {"NONE": 9, "ERROR": 1},
        ("Connect", "Query", "Init DB", "Quit"),
    ),
    # before 5.7: local YYMMDD stamps, a line in the second of the one above opens with two tabs
    "mysql_general_old.log": Expected(
        "mysql-general",
        9,
        7,
        _utc("2020-12-10 08:58:16"),
        _utc("2020-12-10 20:58:16"),
        {"NONE": 7},
        ("Connect", "Query", "Quit"),
    ),
    # OpenLDAP in a container, stamps in brackets with the day first (dashes)
    "openldap_bracketed.log": Expected(
        "slash-ampm",
        10,
        10,
        _utc("2024-03-06 09:14:02"),
        _utc("2024-03-07 10:02:12"),
        {"NONE": 10},
    ),
    # Weave Net: Go's standard log after logrus' four-letter levels (`INFO: `, `ERRO: `); the
    # INFO lines are no java.util.logging message lines
    "weave_net.log": Expected(
        "go-std",
        10,
        10,
        _utc("2018-09-05 03:42:57.057642"),
        _utc("2018-09-05 04:40:00.769529"),
        {"INFO": 6, "DEBUG": 1, "WARN": 1, "ERROR": 1, "FATAL": 1},
    ),
    # PingFederate's audit log: the stamp's milliseconds before a pipe are no CSV field
    "pingfederate_audit.log": Expected(
        "iso-plain",
        4,
        4,
        _utc("2024-06-17 11:04:19.341"),
        _utc("2024-06-17 11:06:40.007"),
        {"NONE": 4},
    ),
    # Slurm's slurmstepd: a level word after the job step in brackets (`debug2:`)
    "slurmstepd.log": Expected(
        "slurm",
        7,
        7,
        _utc("2024-10-29 04:28:12.931"),
        _utc("2024-10-29 04:30:01.215"),
        {"DEBUG": 2, "ERROR": 1, "INFO": 4},
        ("63.batch",),
    ),
    # Nessus' nessusd.messages: a ctime stamp in brackets
    "nessusd_messages.log": Expected(
        "ctime",
        4,
        4,
        _utc("2019-10-06 16:00:58"),
        _utc("2019-10-10 18:04:25"),
        {"NONE": 4},
    ),
    # Nessus' backend.log: an access log's time opening the line, then `[level, context]`
    "nessus_backend.log": Expected(
        "clf-stamp",
        6,
        6,
        _utc("2019-10-06 16:00:58"),
        _utc("2019-10-10 18:12:21"),
        {"INFO": 1, "DEBUG": 3, "ERROR": 1, "WARN": 1},
        ("scan",),
    ),
    # Apache Traffic Server's diags.log: no year (the day padded or not); DIAG is DEBUG, NOTE
    # NOTICE, STATUS INFO
    "trafficserver_diags.log": Expected(
        "trafficserver",
        6,
        6,
        _this_year("03-08 15:01:40.141"),
        _this_year("03-08 15:02:14"),
        {"DEBUG": 1, "NOTICE": 2, "WARN": 1, "ERROR": 1, "INFO": 1},
        ("traffic_server",),
    ),
    # RethinkDB: nanosecond stamps, the uptime, a lower-case level (no syslog host)
    "rethinkdb.log": Expected(
        "rethinkdb",
        7,
        7,
        _utc("2020-02-21 09:49:24.426623"),
        _utc("2020-02-21 09:49:31.108525"),
        {"NOTICE": 4, "WARN": 1, "INFO": 1, "ERROR": 1},
    ),
    # Contrast's agent: CEF after a stamp with its year and offset; a level word as severity
    "contrast_cef.log": Expected(
        "cef-year",
        3,
        3,
        _utc("2019-12-16 20:09:49.652"),
        _utc("2019-12-16 20:12:44.310"),
        {"WARN": 1, "ERROR": 1, "INFO": 1},
        ("Contrast Agent Java",),
    ),
    # the Datadog Agent's own log: a component (CORE, TRACE, PROCESS) then the level; a check's
    # traceback continues its event
    "datadog_agent.log": Expected(
        "datadog-agent",
        9,
        5,
        _utc("2019-02-14 09:35:38"),
        _utc("2019-02-14 09:35:42"),
        {"INFO": 2, "WARN": 1, "ERROR": 1, "DEBUG": 1},
        ("CORE", "TRACE", "PROCESS"),
    ),
    # IBM Spectrum LSF's mbatchd: the year after the time (no syslog host), a syslog severity
    "lsf_mbatchd.log": Expected(
        "lsf",
        6,
        6,
        _utc("2025-01-15 21:46:34"),
        _utc("2025-01-16 02:40:01"),
        {"INFO": 2, "WARN": 2, "ERROR": 1, "DEBUG": 1},
        ("mbdReConf", "successExitJob"),
    ),
    # ingress-nginx before 0.20: the real client in brackets is the source
    "nginx_ingress_old.log": Expected(
        "nginx-ingress",
        4,
        4,
        _utc("2018-12-07 18:31:33"),
        _utc("2018-12-07 18:31:45"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("203.0.113.7", "198.51.100.23"),
    ),
    # FoundationDB's JSON trace files: `Time` in epoch seconds (finer than `DateTime`)
    "foundationdb_trace.jsonl": Expected(
        "json",
        3,
        3,
        _utc("2022-02-03 21:31:06.826421"),
        _utc("2022-02-03 21:31:07.228980"),
        {"NONE": 3},
    ),
    # Auth0's log stream: the event's time inside `data`
    "auth0_stream.jsonl": Expected(
        "json",
        3,
        3,
        _utc("2020-01-23 15:14:59.137"),
        _utc("2020-01-23 15:15:33.001"),
        {"NONE": 3},
    ),
    # Akamai DataStream 2: `reqTimeSec`, and the status (`statusCode`) gives the level
    "akamai_datastream.jsonl": Expected(
        "json",
        3,
        3,
        _utc("2022-02-22 22:16:27.280"),
        _utc("2022-02-22 22:16:30.500"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},
    ),
    # a Windows event as JSON: TimeCreated's SystemTime, the provider as the source
    "windows_event_json.jsonl": Expected(
        "json",
        3,
        3,
        _utc("2025-03-05 07:44:18.832838"),
        _utc("2025-03-05 07:50:02"),
        {"INFO": 2, "WARN": 1},
        ("Microsoft-Windows-DNSServer",),
    ),
    # a BSM audit trail as praudit -x writes it: a record's tokens on the lines below it, its
    # return's failure a warning; the XML declaration is no record
    "bsm_audit.xml": Expected(
        "bsm-xml",
        19,
        4,
        _utc("2024-04-01 10:20:14.311"),
        _utc("2024-04-01 10:20:16.480"),
        {"NONE": 2, "INFO": 1, "WARN": 1},
        ("AUE_OPEN_R", "AUE_EXIT"),
        failures=1,
    ),
    # klog's file heading (`Log file created at: 2021/12/30 ...`): one event, at that time; the
    # year-less lines start from it, a new year opening at the first of January
    "klog_heading.log": Expected(
        "glog",
        8,
        5,
        _utc("2021-12-30 23:58:01"),
        _utc("2022-01-01 00:00:04.367932"),
        {"NONE": 1, "INFO": 2, "WARN": 1, "ERROR": 1},
        ("main.go:132", "handler.go:61"),
    ),
    # `adb logcat -v threadtime,year`: the year before the date; the tag's padding left out;
    # logcat's banner line is kept as an unparsed line
    "logcat_year.log": Expected(
        "android-year",
        6,
        6,
        _utc("2024-03-14 09:26:53.221"),
        _utc("2024-03-14 09:26:56.004"),
        {"NONE": 1, "INFO": 2, "DEBUG": 1, "WARN": 1, "ERROR": 1},
        ("ActivityManager", "AndroidRuntime", "libc"),  # the buffer's mark: no failure
    ),
    # .NET's AddSystemdConsole: only the priority, the category and event id; an exception's
    # lines go on with its event
    "dotnet_systemd.log": Expected(
        "systemd-console",
        9,
        6,
        None,
        None,
        {"INFO": 2, "WARN": 1, "ERROR": 1, "DEBUG": 1, "CRITICAL": 1},
        ("Microsoft.Hosting.Lifetime", "Microsoft.AspNetCore.Server.Kestrel"),
    ),
    # Tor's notices.log (no year): its severities; an assertion's `[err]` is an error
    "tor_notices.log": Expected(
        "tor",
        7,
        7,
        _this_year("06-23 03:59:30"),
        _this_year("06-23 10:12:01.442"),
        {"NOTICE": 5, "WARN": 1, "ERROR": 1},
    ),
    # dbt's logs/dbt.log: the time of day only, a colour code before it, the padded level and
    # thread; an error's further lines are its
    "dbt.log": Expected(
        "dbt",
        8,
        6,
        None,
        None,
        {"DEBUG": 3, "INFO": 1, "ERROR": 1, "WARN": 1},
        ("MainThread", "Thread-1"),
    ),
    # FreeRADIUS' radius.log: ctime, then ` : Info: ` (an `Auth: ` line is informational)
    "freeradius.log": Expected(
        "ctime",
        5,
        5,
        _utc("2016-04-28 16:10:14"),
        _utc("2016-04-28 16:13:02"),
        {"INFO": 4, "ERROR": 1},
    ),
    # HPE Aruba AOS-CX switches: syslog with RFC 3339 stamps, the event's own level
    # (`Event|id|LOG_CRIT|...`), port-accessd writing no colon after its pid
    "aruba_aoscx.log": Expected(
        "syslog-iso",
        8,
        8,
        _utc("2024-07-12 12:00:57.166221"),
        _utc("2024-07-12 12:04:00.1"),
        {"INFO": 4, "ERROR": 1, "WARN": 1, "CRITICAL": 1, "NOTICE": 1},
        ("intfd", "port-accessd", "systemd-coredump"),
    ),
    # Windows events as XML, one a line, in an export's <Events> (its two opening lines kept
    # as unparsed lines, the closing one under the last event): the Level element, an audit
    # failure's keyword WARN, the provider the source
    "windows_event.xml": Expected(
        "windows-event-xml",
        8,
        7,
        _utc("2024-03-01 10:00:01.123456"),
        _utc("2024-03-01 10:09:00"),
        {"NONE": 2, "INFO": 1, "ERROR": 2, "CRITICAL": 1, "WARN": 1},
        ("Service Control Manager", "Microsoft-Windows-Security-Auditing", "Application Error"),
        failures=2,
    ),
    # ... and as praudit -xl writes it, a record a line
    "bsm_audit_lines.log": Expected(
        "bsm-xml",
        4,
        4,
        _utc("2025-02-25 12:11:44.906"),
        _utc("2025-03-28 15:52:27.772"),
        {"INFO": 3, "WARN": 1},
        ("AUE_CONNECT", "AUE_auth_user"),
    ),
    # an AWS VPC flow log from S3 in custom fields (version 3): read as its header line names
    # them; a REJECT and a SKIPDATA are warnings, the header an event of its own
    "vpc_flow_custom.log": Expected(
        "vpc-flow",
        5,
        5,
        _utc("2023-11-14 22:13:20"),
        _utc("2023-11-14 22:15:21"),
        {"NONE": 1, "INFO": 2, "WARN": 2},
        ("eni-0f1e2d3c4b5a69788", "eni-0aaa1111bbbb22223"),
    ),
    # an appliance's records after a syslog header with no tag: iboss' JSON, Palo Alto
    # Panorama's pipe-separated fields (the host is the source, the priority the level)
    "iboss_syslog.log": Expected(
        "syslog-notag",
        3,
        3,
        _this_year("05-06 06:14:53"),
        _this_year("05-06 06:15:02"),
        {"INFO": 2, "WARN": 1},
        ("gw.ibosscloud.example",),
    ),
    "panorama_syslog.log": Expected(  # (its records' time_generated, with the year)
        "syslog-notag",
        3,
        3,
        _utc("2024-01-18 12:46:54"),
        _utc("2024-01-18 12:47:10"),
        {"INFO": 2, "ERROR": 1},
        ("PA-VM",),
    ),
    # a security finding's severity word is a level (low INFO, medium WARN, high ERROR)
    "tenable_findings.jsonl": Expected(
        "json",
        4,
        4,
        None,
        None,
        {"WARN": 1, "ERROR": 1, "INFO": 1, "CRITICAL": 1},
    ),
    # glog 0.7+ / Abseil: the year in the stamp (Milvus)
    "milvus_glog.log": Expected(
        "glog-year",
        5,
        5,
        _utc("2024-11-18 15:15:45.622637"),
        _utc("2024-11-18 15:16:03.000117"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},
        ("thread_pool.h:178",),
    ),
    # vLLM: no year; a traceback continues its event
    "vllm_server.log": Expected(
        "vllm",
        10,
        6,
        _this_year("06-11 21:02:01"),
        _this_year("06-11 21:05:45"),
        {"INFO": 4, "WARN": 1, "ERROR": 1},
        ("api_server.py", "serving_chat.py"),
    ),
    # log4j's TTCC layout: milliseconds since start, no time; the logger is the source
    "log4j_ttcc.log": Expected(
        "log4j-ttcc",
        9,
        6,
        None,
        None,
        {"INFO": 3, "DEBUG": 1, "WARN": 1, "ERROR": 1},
        ("MyApp.foo.bar", "com.example.Job"),
    ),
    # CockroachDB: a redacted message's further lines (`‹...›`) continue it
    "cockroach_redacted.log": Expected(
        "cockroach",
        7,
        5,
        _utc("2021-05-03 15:04:25.512270"),
        _utc("2021-05-03 15:05:01.333001"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},
    ),
    # SonicWall's key=value records after the sender's address alone (`pri=` the level)
    "sonicwall_kv.log": Expected(
        "logfmt",
        3,
        3,
        _utc("2022-03-11 14:17:52"),
        _utc("2022-03-11 14:18:03"),
        {"INFO": 2, "FATAL": 1},
    ),
    # PostgreSQL's `log_line_prefix = '<%m %r %a %d %u %p %c %i>'`
    "postgres_angle_prefix.log": Expected(
        "iso-plain",
        4,
        4,
        _utc("2026-08-17 20:47:02"),
        _utc("2026-08-17 20:47:13"),
        {"INFO": 2, "ERROR": 1, "NONE": 1},
    ),
    # journalctl -o short-full: a weekday, the year, a zone (CET: an hour before UTC)
    "journal_short_full.log": Expected(
        "journal-full",
        6,
        6,
        _utc("2024-03-04 09:00:00"),
        _utc("2024-03-04 09:30:00"),
        {"NONE": 4, "WARN": 1, "ERROR": 1},  # a daemon's `warning: ` and `error: `
        ("systemd", "sshd", "postfix/smtpd"),
    ),
    # CSV exports read by the columns their header row names: Splunk's (the time with its
    # offset; a quoted _raw going on over lines is one event; the host the source), Kibana's
    # Discover (its `Jan 2, 2024 @ 10:00:00.000` stamps, dotted names), and a date and a time
    # of day apart, semicolons between them (naive: the timezone setting's, UTC here)
    "splunk_export.csv": Expected(
        "csv",
        9,
        6,
        _utc("2024-03-05 09:00:01"),
        _utc("2024-03-05 09:00:07.250"),
        {"NONE": 1, "ERROR": 2, "WARN": 1, "INFO": 2},
        ("web-01", "web-02"),
    ),
    "kibana_export.csv": Expected(
        "csv",
        6,
        6,
        _utc("2024-01-02 10:00:00"),
        _utc("2024-01-02 10:01:00"),
        {"NONE": 1, "INFO": 2, "ERROR": 1, "WARN": 1, "DEBUG": 1},
        ("checkout", "cart"),
    ),
    "date_time_semicolon.csv": Expected(
        "csv",
        5,
        5,
        _utc("2024-01-02 10:00:00"),
        _utc("2024-01-02 10:15:00"),
        {"NONE": 1, "INFO": 2, "ERROR": 1, "WARN": 1},
        ("app.web", "app.db"),
    ),
    # CoreOS capnslog (etcd before 3.4): the level's letter, C critical and N notice among them;
    # the package the source
    "etcd_capnslog.log": Expected(
        "capnslog",
        9,
        9,
        _utc("2018-08-01 12:00:00.123456"),
        _utc("2018-08-01 12:00:03"),
        {"INFO": 3, "NOTICE": 2, "WARN": 2, "ERROR": 1, "CRITICAL": 1},
        ("etcdmain", "etcdserver/membership", "rafthttp"),
    ),
    # GitLab CI job logs: the raw view's section markers give each line its time and section
    # (the source), the runner's `ERROR:` and `WARNING:` their levels; with job log timestamps
    # each line has its own time, and a `01E+` line goes on with the one above
    "gitlab_ci_job.log": Expected(
        "gitlab-ci",
        19,
        18,
        _utc("2023-11-14 22:13:20"),
        _utc("2023-11-14 22:14:54"),
        {"NONE": 16, "WARN": 1, "ERROR": 1},
        ("prepare_executor", "get_sources", "step_script", "upload_artifacts_on_failure"),
    ),
    "gitlab_ci_timestamps.log": Expected(
        "gitlab-ci",
        11,
        10,
        _utc("2024-06-01 10:00:00.123456"),
        _utc("2024-06-01 10:00:05.123456"),
        # (npm's `npm ERR! Test failed.` an error)
        {"NONE": 8, "ERROR": 2},
        ("prepare_executor", "step_script"),
    ),
    # syslog with the facility and severity before the tag: BusyBox's syslogd (year-less) and
    # OpenWrt's logread (a ctime stamp with its year); the severity is the level
    "busybox_syslog.log": Expected(
        "syslog-level",
        7,
        7,
        _this_year("03-04 06:25:01"),
        _this_year("03-04 06:26:30"),
        {"INFO": 2, "ERROR": 2, "WARN": 1, "NOTICE": 1, "DEBUG": 1},
        ("dnsmasq", "uhttpd", "kernel", "dropbear", "crond"),
    ),
    "openwrt_logread.log": Expected(
        "openwrt",
        7,
        7,
        _utc("2024-03-04 06:25:01"),
        _utc("2024-03-04 06:26:30"),
        {"INFO": 2, "NOTICE": 2, "ERROR": 1, "WARN": 1, "CRITICAL": 1},
        ("dnsmasq", "procd", "netifd", "kernel"),
    ),
    # Fluent Bit: its banner is one unparsed event; the padded level (`[ info]`), the component
    "fluent_bit.log": Expected(
        "fluent-bit",
        11,
        7,
        _utc("2024-01-01 10:00:00"),
        _utc("2024-01-01 10:00:08"),
        {"NONE": 1, "INFO": 4, "ERROR": 1, "WARN": 1},
        ("engine", "storage", "output:es:es.0"),
        failures=1,
    ),
    # strongSwan's charon.log with time_format set: the subsystem is the source
    "strongswan_charon.log": Expected(
        "strongswan",
        8,
        8,
        _this_year("03-04 06:25:00"),
        _this_year("03-04 06:25:03"),
        {"NONE": 8},
        ("DMN", "CFG", "IKE", "NET"),
    ),
    # sudo's own log file, its lines wrapped at 80 characters (the rest indented below), and
    # with log_year; a refused command is a warning
    "sudo_logfile.log": Expected(
        "sudo",
        8,
        4,
        _this_year("03-04 06:25:00"),
        _this_year("03-04 06:26:00"),
        {"NOTICE": 2, "WARN": 2},
        ("alice", "bob", "carol"),
    ),
    "sudo_year.log": Expected(
        "sudo-year",
        3,
        3,
        _utc("2024-03-04 06:25:00"),
        _utc("2024-03-04 06:25:09"),
        {"NOTICE": 2, "WARN": 1},
        ("alice", "bob"),
    ),
    # Nextflow's .nextflow.log (no year); an error's `Caused by:` lines go on with it
    "nextflow.log": Expected(
        "nextflow",
        10,
        6,
        _this_year("03-04 06:25:00.123"),
        _this_year("03-04 06:25:06.500"),
        {"DEBUG": 2, "INFO": 2, "ERROR": 1, "WARN": 1},
        ("nextflow.Session", "nextflow.processor.TaskProcessor"),
    ),
    # a Jenkins Pipeline's console output, with the Timestamper plugin's times and without:
    # each line's stage the source, `Finished: FAILURE` and the step's `ERROR:` errors
    "jenkins_console.log": Expected(
        "jenkins-console",
        24,
        24,
        _utc("2024-05-01 10:00:00.123"),
        _utc("2024-05-01 10:00:09.100"),
        {"NONE": 22, "ERROR": 2},
        ("Checkout", "Build"),
    ),
    "jenkins_console_plain.log": Expected(
        "jenkins-console",
        24,
        24,
        None,
        None,
        {"NONE": 22, "ERROR": 2},
        ("Checkout", "Build"),
    ),
    # a level word in lower case and a colon, no time: winston's simple format, and a Rust
    # build's diagnostics (a diagnostic's excerpt and notes go on with it)
    "winston_simple.log": Expected(
        "level-colon",
        4,
        4,
        None,
        None,
        {"INFO": 2, "WARN": 1, "ERROR": 1},
    ),
    "cargo_build.log": Expected(
        "level-colon",
        16,
        4,
        None,
        None,
        {"NONE": 1, "WARN": 1, "ERROR": 2},
        failures=1,
    ),
    # journalctl -o short-unix: epoch seconds with microseconds, then the host and the app
    "journal_short_unix.log": Expected(
        "journal-unix",
        5,
        5,
        _utc("2023-11-14 22:13:20.123456"),
        _utc("2023-11-14 22:13:24"),
        {"NONE": 4, "ERROR": 1},
        ("systemd", "sshd", "kernel", "CRON"),
    ),
    # journalctl's default output: syslog lines under a heading naming the first and last
    # times with their year (the lines' years); its `-- Boot <id> --` marks and the heading
    # are events of their own, of no format, but no parse failures
    "journal_short_heading.log": Expected(
        "syslog",
        7,
        7,
        _utc("2024-03-04 10:00:00"),
        _utc("2024-03-04 10:05:00"),
        {"NONE": 7},
        ("systemd", "sshd", "kernel"),
    ),
    # journalctl -x: the catalog's explanation of a message on the lines below it (`░░ `,
    # systemd 248 on), part of its event; the heading and a boot's mark events of their own
    # MySQL 5.7's lines (an ISO stamp, a thread id, the level) after a line of the mysqld_safe
    # of 5.1, which no format the sample keeps reads: 5.1's is tried on it alone (a stray, its
    # local time read in the timezone setting); `Version:` goes on with the line above
    "mysql57_after_upgrade.log": Expected(
        "iso-level",
        8,
        7,
        _utc("2016-12-09 12:08:33.335060"),
        _utc("2016-12-09 22:21:02.443689"),
        {"WARN": 2, "INFO": 4, "NONE": 1},
        failures=0,
    ),
    # RFC 3339 syslog whose stamps may lack their offset (read in the timezone setting)
    "syslog_iso_naive.log": Expected(
        "syslog-iso",
        2,
        2,
        _utc("2019-06-14 10:40:20.912134"),
        _utc("2019-06-14 11:31:15.412"),
        {"NONE": 2},
        ("sudo", "pam"),
    ),
    # PowerShell's Export-Csv (Get-WinEvent): the objects' type above the header, every name
    # and value quoted; the type line and the header are events, neither a failure nor a time
    "powershell_export.csv": Expected(
        "csv",
        5,
        5,
        _utc("2026-03-14 09:00:01"),
        _utc("2026-03-14 13:01:10"),
        {"NONE": 2, "INFO": 1, "ERROR": 1, "WARN": 1},
        ("Service Control Manager", "Application Error", "Microsoft-Windows-DistributedCOM"),
    ),
    # MySQL 5.7's slow log: `# Time:` in ISO 8601 to the microsecond is an entry's time (the
    # server's banner takes the first entry's)
    "mysql57_slow.log": Expected(
        "mysql-slow",
        14,
        3,
        _utc("2024-02-01 08:15:02.123456"),
        _utc("2024-02-01 08:16:10.654321"),
        {"NONE": 3},
        ("app",),
    ),
    # journalctl in a French locale: its months in French (`juil.`, `août`)
    "journal_french.log": Expected(
        "syslog-localized",
        5,
        5,
        _utc("2024-07-29 09:00:00"),
        _utc("2024-08-19 11:09:02"),
        {"NONE": 5},
        ("systemd", "sshd", "symphorien", "kernel"),
    ),
    # `kubectl logs --timestamps` of a Go controller: klog lines in the envelope, and a panic's
    # line no format reads (the payloads' format is kept: it reads most of them)
    "kubectl_timestamps_klog.log": Expected(
        "timestamps",
        8,
        7,
        _utc("2024-03-01 10:00:00.123456"),
        _utc("2024-03-01 10:00:07.123456"),
        {"INFO": 5, "WARN": 1, "ERROR": 1},
        ("main.go:12", "server.go:301"),
    ),
    # a SOAP client's requests and responses printed after their log line, more lines of XML
    # than of log: each document is in its line's event (its declaration and closing tags open
    # none; bsm-xml, which reads `<?xml` lines, is no fallback for them)
    "log4j_soap_dump.log": Expected(
        "log4j",
        15,
        3,
        _utc("2024-05-06 09:14:01.102"),
        _utc("2024-05-06 09:14:01.390"),
        {"DEBUG": 2, "WARN": 1},
        ("com.acme.pay.SoapClient", "com.acme.pay.PaymentService"),
    ),
    # FortiGate's key=value records: the day and time in the zone `tz=` names, a quoted value
    # holding escaped quotes
    "fortigate_tz.log": Expected(
        "logfmt",
        2,
        2,
        _utc("2026-03-31 12:48:26"),
        _utc("2026-03-31 12:49:02"),
        {"FATAL": 1, "NOTICE": 1},
    ),
    "journal_catalog.log": Expected(
        "syslog",
        21,
        7,
        _utc("2024-03-04 10:00:00"),
        _utc("2024-03-04 10:04:00"),
        {"NONE": 7},
        ("systemd", "nginx", "kernel"),
    ),
    # ... before systemd 248: `-- ` opens the explanation's lines, and ` --` closes a mark
    # (`-- Reboot --`, `-- No entries --`)
    "journal_catalog_old.log": Expected(
        "syslog",
        13,
        6,
        _utc("2024-03-04 10:00:00"),
        _utc("2024-03-04 10:04:00"),
        {"NONE": 6},
        ("systemd", "nginx", "kernel"),
    ),
    # journalctl -o short-monotonic: seconds since boot (no wall clock), the host, the app
    "journal_short_monotonic.log": Expected(
        "journal-monotonic",
        7,
        7,
        None,
        None,
        {"NONE": 6, "ERROR": 1},
        ("kernel", "systemd", "sshd", "CRON"),
    ),
    # journalctl -o verbose: a record's fields on the lines below its header, its time the
    # cursor's t= (UTC, whatever zone the header shows: CET here), PRIORITY the level
    "journal_verbose.log": Expected(
        "journal-verbose",
        31,
        4,
        _utc("2024-02-16 10:00:00.123456"),
        _utc("2024-02-16 10:00:09.123456"),
        {"INFO": 2, "ERROR": 1, "WARN": 1},
        ("systemd", "sshd", "kernel", "CRON"),
    ),
    # CMTrace logs: Intune's management extension (local time, 7 decimals) and Configuration
    # Manager's (the zone's bias in minutes gives UTC: +480 is the Pacific zone); a message
    # going on over lines is one event; the type is the level, the component the source
    "intune_ime.log": Expected(
        "cmtrace",
        5,
        4,
        _utc("2024-01-02 10:00:00.123457"),
        _utc("2024-01-02 10:00:03"),
        {"INFO": 2, "ERROR": 1, "WARN": 1},
        ("IntuneManagementExtension",),
    ),
    "sccm_ccmexec.log": Expected(
        "cmtrace",
        9,
        4,
        _utc("2024-01-02 18:00:00.123"),
        _utc("2024-01-02 18:00:07"),
        {"INFO": 2, "ERROR": 1, "WARN": 1},
        ("CcmExec", "PolicyAgent_RequestAssignments"),
    ),
    # Gin's request log (5xx ERROR, 4xx WARN, the client the source) and its [GIN-debug]
    # lines; Ollama's server log: slog's logfmt records among Gin's request lines, llama.cpp's
    # loader line kept unparsed
    "gin_requests.log": Expected(
        "gin",
        8,
        8,
        _utc("2024-05-01 10:00:00"),
        _utc("2024-05-01 10:00:03"),
        {"WARN": 3, "DEBUG": 2, "INFO": 2, "ERROR": 1},
        ("127.0.0.1", "192.168.1.20"),
    ),
    "ollama_server.log": Expected(
        "logfmt",
        11,
        11,
        _utc("2024-05-01 10:00:00"),
        _utc("2024-05-01 10:00:31"),
        {"INFO": 8, "NONE": 1, "WARN": 1, "ERROR": 1},
        ("127.0.0.1", "routes.go:1110", "server.go:113"),
        failures=1,
    ),
    # bash's history with HISTTIMEFORMAT set: each command at the time above it, a here
    # document's lines with their command
    "bash_history.log": Expected(
        "shell-history",
        14,
        6,
        _utc("2023-11-14 22:13:20"),
        _utc("2023-11-14 22:15:00"),
        {"NONE": 6},
    ),
    # Windows events as `wevtutil qe /f:text` writes them: a record's fields below its header
    # (the date local, the level, the source), its description the message; a Security audit
    # failure is a warning
    "wevtutil_text.log": Expected(
        "wevtutil",
        62,
        4,
        _utc("2024-01-02 10:00:00.123"),
        _utc("2024-01-02 10:07:30.5"),
        {"INFO": 1, "CRITICAL": 1, "WARN": 1, "ERROR": 1},
        ("Service Control Manager", "Microsoft-Windows-Security-Auditing", "Application Error"),
    ),
    "puma_cluster.log": Expected(
        "puma",
        9,
        9,
        _utc("2026-03-14 08:30:00"),  # the shutdown line's `+0100`: its only time
        _utc("2026-03-14 08:30:00"),
        {"NONE": 9},
    ),
    "php_fpm.log": Expected(
        "php",
        4,
        4,
        _utc("2026-11-23 11:00:00"),
        _utc("2026-11-23 11:06:00"),
        {"NOTICE": 2, "WARN": 1, "ERROR": 1},
    ),
    "laravel.log": Expected(
        "monolog",
        11,
        # `[stacktrace]`, `#0 ...`, the `[previous exception]` with its own trace and the `"}`
        # closing the context continue the error
        3,
        _utc("2026-11-23 11:00:00"),
        _utc("2026-11-23 11:00:02"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},
        ("local", "production"),  # the channel
    ),
    "serilog.log": Expected(
        "iso-level",
        7,
        5,  # the exception and its `at` line belong to [ERR]
        _utc("2026-11-23 10:00:00.123"),  # `+01:00`, .NET's `zzz`
        _utc("2026-11-23 10:00:03"),
        {"INFO": 1, "DEBUG": 1, "WARN": 1, "ERROR": 1, "FATAL": 1},  # INF DBG WRN ERR FTL
    ),
    "elasticsearch.log": Expected(
        "bracketed",
        4,
        4,
        _utc("2026-11-23 11:00:00.123"),  # `2026-11-23T11:00:00,123`
        _utc("2026-11-23 11:00:03"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},  # `[INFO ]`, `[ERROR]`
        ("o.e.n.Node", "o.e.b.BootstrapChecks"),
    ),
    "cassandra.log": Expected(
        "level-first",
        7,
        6,  # the token list goes on under `Normal Tokens:`
        _utc("2026-11-23 11:00:00.123"),
        _utc("2026-11-23 11:00:02.1"),
        {"INFO": 4, "WARN": 1, "ERROR": 1},
        ("CassandraDaemon", "StartupChecks"),  # the file writing the line: `%F:%L - `
    ),
    "squid.log": Expected(
        "squid-access",
        2,
        2,
        _utc("2026-11-23 11:04:13.123"),  # 1795431853.123
        _utc("2026-11-23 11:04:14.456"),
        {"INFO": 1, "WARN": 1},  # TCP_MISS/200, TCP_DENIED/403
        ("10.0.0.5",),  # the client
    ),
    "flink.log": Expected(
        "iso-level",
        3,
        3,
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:02.123"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},
        # log4j's `%-60c %x - `: the padded logger, then the empty context `[]`
        ("org.apache.flink.runtime.taskexecutor.TaskExecutor",),
    ),
    "morgan_dev.log": Expected(
        "morgan",
        4,
        4,
        None,
        None,
        {"INFO": 1, "WARN": 2, "ERROR": 1},  # 200, 401, 404, 500
    ),
    "dotnet_console.log": Expected(
        "dotnet-console",
        6,
        3,  # each message is on the indented line after `info: Category[EventId]`
        None,
        None,
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # info, warn, fail
        ("Microsoft.Hosting.Lifetime",),
    ),
    "journal.jsonl": Expected(
        "json",
        3,
        3,
        _utc("2026-11-23 11:04:13.123456"),  # __REALTIME_TIMESTAMP, microseconds
        _utc("2026-11-23 11:04:15.5"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},  # PRIORITY 6, 3, 4
        ("systemd", "sshd", "kernel"),  # SYSLOG_IDENTIFIER
    ),
    "gcp.jsonl": Expected(
        "json",
        2,
        2,
        _utc("2026-11-23 11:00:00.123456"),
        _utc("2026-11-23 11:00:05"),
        {"INFO": 1, "ERROR": 1},
    ),
    "fail2ban.log": Expected(
        "fail2ban",
        4,
        4,
        _utc("2026-11-23 11:00:00.123"),
        _utc("2026-11-23 11:00:03"),
        {"INFO": 2, "NOTICE": 1, "ERROR": 1},  # after `fail2ban.server [1234]:`
        ("fail2ban.server", "fail2ban.actions"),  # the logger
    ),
    "openvpn.log": Expected(
        "ctime",
        3,
        3,
        _utc("2026-11-23 11:00:00"),  # `Mon Nov 23 11:00:00 2026`
        _utc("2026-11-23 11:00:05"),
        {"NONE": 3},
    ),
    "minecraft.log": Expected(
        "thread-level",
        3,
        3,
        None,  # a time of day without a date
        None,
        {"INFO": 1, "WARN": 1, "ERROR": 1},
        ("Server thread",),
    ),
    "forge112_latest.log": Expected(
        "thread-level",
        20,
        17,  # the exception's lines continue the ERROR
        None,
        None,
        {"INFO": 14, "WARN": 2, "ERROR": 1},
        ("minecraft/DedicatedServer", "FML", "STDOUT"),  # the logger, not the thread
    ),
    "kafka.log": Expected(
        "kafka",
        9,
        5,  # `KafkaConfig values:` and its indented lines are one event
        _utc("2026-11-23 11:00:00.123"),  # `[2026-11-23 11:00:00,123] INFO`
        _utc("2026-11-23 11:00:03"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},
        ("kafka.server.KafkaServer", "kafka.utils.Log4jControllerRegistration$"),
    ),
    "log4j_line.log": Expected(
        "iso-level",
        8,
        5,
        _utc("2026-11-23 11:00:00"),  # log4j's `%d %-5p %c{1}:%L - %m%n`
        _utc("2026-11-23 11:00:04"),
        {"INFO": 2, "DEBUG": 1, "WARN": 1, "ERROR": 1},
        ("Main", "DbPool", "Importer", "com.example.Main"),  # the logger before ` - `
    ),
    "letter_levels.log": Expected(
        "iso-level",
        4,
        4,
        _utc("2026-11-23 11:00:00"),
        _utc("2026-11-23 11:00:03"),
        {"DEBUG": 1, "INFO": 1, "WARN": 1, "ERROR": 1},  # `[D]`, `[I]`, `[W]`, `[E]`
    ),
    "serilog_console.log": Expected(
        "serilog-console",
        8,
        5,  # the exception and its frames are the ERR event's
        None,  # a time of day without a date
        None,
        {"INFO": 1, "DEBUG": 1, "WARN": 1, "ERROR": 1, "FATAL": 1},
    ),
    "zerolog_console.log": Expected(
        "zerolog-console",
        5,
        5,
        None,  # `11:00AM`, a time of day without a date
        None,
        {"INFO": 1, "DEBUG": 1, "WARN": 1, "ERROR": 1, "FATAL": 1},  # PNC is FATAL
    ),
    "level_first_bracket.log": Expected(
        "level-first",
        4,
        4,
        _utc("2026-11-23 11:00:00"),  # `[INFO] 2026-11-23 11:00:00 - ...`
        _utc("2026-11-23 11:00:03"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
    ),
    "rails_development.log": Expected(
        "rails",
        26,
        10,  # SQL, renders, parameters and the backtrace continue the line above
        _utc("2026-11-23 11:00:00"),  # `at 2026-11-23 12:00:00 +0100`
        _utc("2026-11-23 11:00:05"),  # every line takes its request's time
        {"INFO": 1, "WARN": 1, "ERROR": 2, "NONE": 6},  # Completed 200/404/500, the exception
        ("HomeController#index", "OrdersController#show", "UsersController#create"),
    ),
    "scrapy.log": Expected(
        "scrapy",
        9,
        5,  # the traceback is the ERROR's
        _utc("2026-11-23 11:00:00"),
        _utc("2026-11-23 11:00:04"),
        {"INFO": 2, "DEBUG": 1, "ERROR": 1, "WARN": 1},
        ("scrapy.core.engine", "py.warnings"),  # `[%(name)s]`
    ),
    "odoo.log": Expected(
        "odoo",
        9,
        5,
        _utc("2026-11-23 11:00:00.101"),
        _utc("2026-11-23 11:00:04.505"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},
        ("odoo.modules.loading", "odoo.http", "werkzeug"),  # after the database name
    ),
    "logback_console_nothread.log": Expected(
        "time-thread-level",
        6,
        4,
        None,  # a time of day without a date
        None,
        {"INFO": 1, "WARN": 1, "ERROR": 1, "DEBUG": 1},
        ("jpa.JpaBaseConfiguration$JpaWebConfiguration", "com.zaxxer.hikari.HikariDataSource"),
    ),
    "jdk_gc_time_uptime.log": Expected(
        "jdk-unified",
        5,
        5,
        _utc("2026-11-23 17:00:00.098"),  # `-Xlog:gc:file:time,uptime`: no level, no tags
        _utc("2026-11-23 17:00:05.978"),
        {"NONE": 5},
    ),
    "celery_console.log": Expected(
        "celery",
        8,
        6,  # the warning's text goes on at the start of the next line
        None,  # the worker's console writes no time
        None,
        {"INFO": 4, "WARN": 1, "ERROR": 1},
        ("MainProcess", "ForkPoolWorker-2"),
    ),
    "spring_boot_failure.log": Expected(
        "spring-boot",
        28,
        15,  # the failure analysis is the ERROR's
        _utc("2026-11-23 11:00:00.046"),
        _utc("2026-11-23 11:00:01.2"),
        {"INFO": 14, "ERROR": 1},
        ("o.s.b.d.LoggingFailureAnalysisReporter",),
    ),
    "rails_exception.log": Expected(
        "rails",
        20,
        5,  # Ruby's backtrace lines (gems' and the app's) continue the exception
        _utc("2026-11-23 11:00:00"),
        _utc("2026-11-23 11:01:30"),
        {"NONE": 3, "ERROR": 1, "INFO": 1},
        ("HomeController#index",),
    ),
    "forge.log": Expected(
        "forge",
        7,
        5,
        _utc("2026-11-23 11:00:00.16"),  # `[23Nov2026 11:00:00.160]`
        _utc("2026-11-23 11:00:03"),
        {"INFO": 2, "DEBUG": 1, "WARN": 1, "ERROR": 1},
        ("cpw.mods.modlauncher.Launcher", "net.minecraft.server.MinecraftServer"),  # no marker
    ),
    "rails2_production.log": Expected(
        "rails",
        23,
        10,
        _utc("2026-11-23 11:00:00"),  # Rails 2: `Processing X#y (for ip at <time>)`, no offset
        _utc("2026-11-23 11:06:30"),
        {"NONE": 7, "ERROR": 2, "INFO": 1},  # two exceptions; `Completed in ... | 200 OK`
        ("PatientsController#create", "ApplicationController#index"),
    ),
    "liferay_console.log": Expected(
        "time-thread-level",
        8,
        5,
        None,  # a time of day without a date
        None,
        {"INFO": 2, "WARN": 1, "ERROR": 1, "DEBUG": 1},
        ("EasyConf", "ImageProcessorImpl"),  # `[<logger>:<line>]`
    ),
    "redis_old.log": Expected(
        "redis-old",
        8,
        5,  # the logo's lines continue the line above
        _this_year("11-23 11:00:00.282"),  # `[pid] 23 Nov 11:00:00.282`: no year
        _this_year("11-23 11:00:07"),
        {"NOTICE": 2, "WARN": 1, "DEBUG": 2},  # `*`, `#`, `-` (verbose), `.`
    ),
    "flask.log": Expected(
        "flask",
        8,
        4,  # the traceback is part of the ERROR's event
        _utc("2026-11-23 11:00:00.123"),
        _utc("2026-11-23 11:00:03"),
        {"INFO": 1, "WARN": 1, "ERROR": 1, "DEBUG": 1},  # WARNING read as WARN
        ("app", "views", "db.pool"),
    ),
    "jenkins.log": Expected(
        "jenkins",
        3,
        3,
        _utc("2026-11-23 11:00:00.123"),  # `+0000`, then `[id=1]` and a tab
        _utc("2026-11-23 11:00:02.789"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # INFO, WARNING, SEVERE
        ("winstone.Logger", "o.e.j.s.handler.ContextHandler", "hudson.WebAppMain$3"),
    ),
    "vault.log": Expected(
        "iso-level",
        3,
        3,
        _utc("2026-11-23 11:00:00.123"),
        _utc("2026-11-23 11:00:02.789"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # hclog's `[INFO] `
        ("core",),  # the logger name of the one line that has one
    ),
    "ansi_tracing.log": Expected(
        "rust-tracing",
        3,
        3,
        _utc("2026-11-23 11:00:00.123456"),  # behind ANSI colour sequences (Rust tracing)
        _utc("2026-11-23 11:00:02.123456"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},
        ("my_app::server", "my_app::db"),  # the target
    ),
    "django_runserver.log": Expected(
        "python-http",
        4,
        4,
        _utc("2026-11-23 11:00:00"),
        _utc("2026-11-23 11:00:03"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},  # 200 and 304, 404, 500
    ),
    "caddy_v0_access.log": Expected(
        "access",
        4,
        4,
        _utc("2026-03-14 09:00:00"),  # +0100
        _utc("2026-03-14 09:00:05"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("::1", "203.0.113.9"),  # no user field between the `-` and the time
    ),
    "tensorflow.log": Expected(
        "tensorflow",
        3,
        3,
        _utc("2024-03-01 10:00:00.123456"),
        _utc("2024-03-01 10:00:02.123456"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # `I`, `W`, `E` after the stamp
        ("tensorflow/core/platform/cpu_feature_guard.cc",),
    ),
    "jenkins_trace.log": Expected(
        "jenkins",
        5,
        3,  # a stack trace under the warning
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:02.123"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # SEVERE is ERROR
        ("jenkins.model.Jenkins", "hudson.util.BootFailure"),
    ),
    "zookeeper_myid.log": Expected(
        "zookeeper",
        3,
        3,
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:02.123"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},
        ("QuorumPeerMain", "QuorumCnxManager"),  # after ZooKeeper 3.5's `[myid:1]`
    ),
    "consul_template.log": Expected(
        "go-std",
        5,
        5,
        _utc("2026-03-14 09:00:00.123456"),
        _utc("2026-03-14 09:00:01.323456"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},
        ("runner", "view"),  # `[INFO] (runner) ...`
    ),
    "nginx_error_clients.log": Expected(
        "nginx-error",
        5,
        4,  # FastCGI's stderr over two lines (`PHP message: ...`)
        _utc("2026-03-14 09:00:00"),
        _utc("2026-03-14 09:00:03"),
        {"ERROR": 2, "WARN": 1, "NOTICE": 1},
        ("203.0.113.7", "198.51.100.2"),  # the client the line is about
    ),
    "django_logging.log": Expected(
        "django-logging",
        13,
        6,
        _utc("2026-03-14 09:00:00"),
        _utc("2026-03-14 09:01:11"),
        {"INFO": 1, "WARN": 1, "ERROR": 2, "DEBUG": 1, "CRITICAL": 1},
        ("django.request", "search.cache"),  # the fields under an error are its lines
    ),
    "jdk8_gc.log": Expected(
        "jdk8-gc",
        12,
        8,  # the JVM's three banner lines and the heap summary are kept unparsed
        _utc("2026-03-14 08:00:01.204"),  # +0100
        _utc("2026-03-14 08:05:40.003"),
        {"NONE": 8},
        ("GC", "Full GC"),
        failures=4,
    ),
    # -XX:+PrintTenuringDistribution's lines inside a collection's, -XX:+PrintHeapAtGC's blocks
    # and the stopped and concurrent times: every line in an event of a collection or a time
    "jdk8_gc_tenuring.log": Expected(
        "jdk8-gc",
        14,
        4,
        _utc("2024-05-02 10:15:01.120"),
        _utc("2024-05-02 10:15:09.500"),
        {"NONE": 4},
        ("GC",),
    ),
    "jdk8_gc_uptime.log": Expected(
        "jdk8-gc", 7, 7, None, None, {"NONE": 7}, ("CMS-concurrent-mark",), failures=2
    ),
    "aws_alb.log": Expected(
        "aws-alb",
        2,
        2,
        _utc("2026-11-23 11:00:00.123456"),
        _utc("2026-11-23 11:00:01.123456"),
        {"INFO": 1, "ERROR": 1},  # the load balancer's status
        ("my-lb",),  # the load balancer's name
    ),
    "apt_history.log": Expected(
        "apt-history",
        16,
        14,  # blank lines end stanzas and join the line before them
        _utc("2025-06-24 14:36:25"),
        _utc("2025-06-25 09:00:03"),
        {"NONE": 13, "ERROR": 1},  # `Error:` (the last stanza is written after apt's layout)
        ("Start-Date", "Commandline", "Error"),  # the opening blank line is no failure
    ),
    "dmesg.log": Expected("dmesg", 5, 5, None, None, {"NONE": 5}),  # uptime stamps only
    "dmesg_t.log": Expected(
        "dmesg",
        3,
        3,
        _utc("2026-11-03 08:00:00"),  # `[Tue Nov  3 08:00:00 2026]`
        _utc("2026-11-23 11:03:21"),
        {"NONE": 3},
    ),
    # real output of this machine's PostgreSQL 15 (csvlog) and MariaDB 10.11 (slow query log)
    "postgres.csv": Expected(
        "postgres-csv",
        29,
        23,  # a quoted field's line breaks (a statement, a NOTICE's message) continue a record
        _utc("2026-12-04 06:46:08.301"),
        _utc("2026-12-04 06:46:08.796"),
        {"INFO": 15, "ERROR": 5, "WARN": 1, "NOTICE": 1, "FATAL": 1},  # error_severity, LOG INFO
        ("appdb", "nosuchdb"),  # the database
    ),
    "mariadb_slow.log": Expected(
        "mysql-slow",
        38,
        6,  # four entries, the third without `# Time:` (same second), and two server banners
        _utc("2026-12-04 06:46:21"),  # `SET timestamp=1796366781;`
        _utc("2026-12-04 06:46:35"),
        {"NONE": 6},
        ("root",),  # `# User@Host: root[root]`
        # the banners (`mariadbd, Version: ... started with:` and two more lines) are events
    ),
    # written after each program's documented layout (logcat's `-v time` and `-v brief`, Zeek's
    # ASCII writer, Lambda's Node.js runtime and platform lines, rsyslog and Cisco ASA lines with
    # a year, `log show`, GitHub Actions job logs): the programs do not run here
    "envoy.log": Expected(
        "envoy",
        5,
        5,
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:04.5"),
        # 503 UF an error, 404 NR a warning; status 0 (the client went away, DC): no level
        {"INFO": 2, "ERROR": 1, "WARN": 1, "NONE": 1},
        ("api.example.com", "shop.example.com"),  # the authority; Istio's fields follow
    ),
    "rust_tracing.log": Expected(
        "rust-tracing",
        4,
        4,
        _utc("2024-03-01 10:00:00.123456"),
        _utc("2024-03-01 10:00:03"),
        {"INFO": 1, "WARN": 1, "ERROR": 1, "DEBUG": 1},
        ("my_app::db", "my_app::server", "hyper::proto::h1::io"),  # the target
    ),
    "rust_env_logger.log": Expected(
        "iso-level",
        4,
        4,
        _utc("2024-03-01 10:00:00"),
        _utc("2024-03-01 10:00:03"),
        {"INFO": 1, "WARN": 1, "ERROR": 1, "DEBUG": 1},
        ("my_app::db", "my_app::server", "hyper::proto::h1::io"),
    ),
    "heroku.log": Expected(
        "heroku",
        4,
        4,
        _utc("2024-03-01 10:00:00.123456"),
        _utc("2024-03-01 10:00:03"),
        {"INFO": 1, "ERROR": 1, "NONE": 2},  # the router's at=info / at=error
        ("router", "web.1"),  # the dyno
    ),
    "sidekiq.log": Expected(
        "sidekiq",
        4,
        4,
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:03"),
        {"INFO": 3, "WARN": 1},
        ("HardWorker", "MailWorker"),  # the job's class
    ),
    "mongod_legacy.log": Expected(
        "mongodb-text",
        4,
        4,
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:03"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("NETWORK", "STORAGE", "QUERY"),  # the component
    ),
    "fluentd.log": Expected(
        "iso-level",
        3,
        3,
        _utc("2024-03-01 10:00:00"),  # `2024-03-01 10:00:00 +0000`
        _utc("2024-03-01 10:00:02"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},  # `[info]:`, lower case in brackets
    ),
    "coredns.log": Expected(
        "bracket-level",
        3,
        3,
        None,  # CoreDNS writes no time (kubectl logs --timestamps adds one)
        None,
        {"INFO": 2, "ERROR": 1},
        ("plugin/errors",),
    ),
    "home_assistant.log": Expected(
        "iso-level",
        6,
        3,  # a traceback continues the error
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:02.789"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},
        ("homeassistant.setup", "homeassistant.components.sensor"),  # the logger
    ),
    "squid_cache.log": Expected(
        "go-std",
        4,
        4,
        _utc("2024-03-01 10:00:00"),  # `2024/03/01 10:00:00| ...`
        _utc("2024-03-01 10:00:02"),
        {"NONE": 2, "WARN": 1, "ERROR": 1},  # `WARNING:`, `ERROR:` leading the message
    ),
    "samba.log": Expected(
        "samba",
        5,
        2,  # each message is indented on the lines after its header
        _utc("2024-03-01 10:00:00.123456"),
        _utc("2024-03-01 10:00:01.000001"),
        {"ERROR": 1, "WARN": 1},  # debug levels 0 and 1
        ("main", "smbd_smb2_auth_generic_return"),  # the function
    ),
    "asterisk.log": Expected(
        "asterisk",
        4,
        4,
        _this_year("03-01 10:00:00"),
        _this_year("03-01 10:00:03"),
        {"NOTICE": 1, "WARN": 1, "ERROR": 1, "INFO": 1},  # VERBOSE is INFO
        ("chan_sip.c", "res_pjsip.c", "pbx.c"),
    ),
    "dovecot.log": Expected(
        "dovecot",
        4,
        4,
        _this_year("03-01 10:00:00"),
        _this_year("03-01 10:00:03"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("imap-login", "auth", "imap", "master"),  # not syslog's host
    ),
    "chromium.log": Expected(
        "chromium",
        10,
        8,  # a FATAL check's two stack frames are its lines
        _this_year("03-01 10:00:00.123456"),
        _this_year("03-01 10:00:04.115002"),
        {"ERROR": 3, "INFO": 2, "WARN": 1, "TRACE": 1, "FATAL": 1},  # VERBOSE1 is TRACE
        ("chrome_main_delegate.cc", "gpu_init.cc", "crashpad_client_linux.cc"),
    ),
    "android_time.log": Expected(
        "android-time",
        16,
        13,  # AndroidRuntime's report, four lines under one header, is one event
        _this_year("03-01 10:00:00.123"),
        _this_year("03-01 10:00:04"),
        {"ERROR": 2, "INFO": 3, "WARN": 2, "FATAL": 2, "DEBUG": 1, "TRACE": 1, "NONE": 2},
        ("ActivityManager", "chatty", "Process", "AndroidRuntime"),  # tags padded to 8
        # `--------- beginning of main` and `... of crash`: logcat's marks, events of their own
    ),
    "android_brief.log": Expected(
        "android-brief",
        10,
        9,  # AndroidRuntime's report (`FATAL EXCEPTION: main`, its frame) is one event
        None,  # `-v brief` writes no time
        None,
        {"INFO": 2, "ERROR": 1, "FATAL": 2, "DEBUG": 1, "TRACE": 1, "WARN": 1, "NONE": 1},
        ("ActivityManager", "libc", "DEBUG"),  # V TRACE, F and A FATAL
        # `--------- beginning of main`: logcat's mark, an event of its own
    ),
    "zeek_conn.log": Expected(
        "zeek",
        15,
        15,
        _utc("2019-02-28 21:47:01.154925"),  # 1551390421.154925
        _utc("2019-02-28 21:48:01.999999"),
        {"NONE": 15},
        ("192.168.1.5", "10.0.0.7"),  # id.orig_h
        # the `#separator` ... `#types` and `#close` lines are events of their own
    ),
    "lambda.log": Expected(
        "lambda",
        20,
        16,  # the JSON printed over four lines continues its INFO
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:13.005"),
        # START/END/REPORT/INIT_START have none; `Task timed out after` is an error
        {"NONE": 10, "INFO": 2, "ERROR": 2, "WARN": 1, "DEBUG": 1},
        ("6f1c3a52-9d1e-4c57-8a3e-2b7f0e9d4c11", "3c9d8e7f-1a2b-4c3d-8e9f-0a1b2c3d4e5f"),
    ),
    "syslog_year.log": Expected(
        "syslog-year",
        8,
        8,
        _utc("2024-03-01 10:00:00"),  # `Mar  1 2024 10:00:00`: the year is written
        _utc("2024-03-12 23:59:59"),
        {"NONE": 3, "INFO": 2, "ERROR": 1, "WARN": 1, "CRITICAL": 1},  # <PRI>, `%ASA-4-...:`
        ("kernel", "sshd", "charon", "ASA"),
    ),
    "macos_system.log": Expected(
        "syslog",
        5,
        5,  # syslogd's `--- last message repeated 2 times ---`, without a host, is an event
        _this_year("11-30 09:12:01"),
        _this_year("11-30 09:15:02"),
        {"NONE": 5},
        ("syslogd", "com.apple.xpc.launchd", "kernel"),
    ),
    "macos_log_show.log": Expected(
        "macos",
        14,
        10,  # a message's unstamped further lines continue it
        _utc("2024-03-01 18:00:00.123456"),  # written 10:00:00.123456-0800
        _utc("2024-03-01 18:00:06"),
        {"NOTICE": 3, "INFO": 1, "DEBUG": 1, "ERROR": 2, "CRITICAL": 1, "NONE": 2},
        ("kernel", "Google Chrome Helper", "launchd"),
        failures=2,  # the column header, and the closing statistics after a line of dashes
    ),
    "macos_log_compact.log": Expected(
        "macos-compact",
        11,
        9,  # a message's tab-indented further line continues it, as the heading the filter line
        _utc("2026-08-17 19:20:56.402"),
        _utc("2026-08-17 19:20:59"),
        # Df, I, Db, E, F; an activity (A) has no level, nor has the filter line
        {"NOTICE": 3, "INFO": 1, "DEBUG": 1, "ERROR": 1, "CRITICAL": 1, "NONE": 2},
        ("node", "mDNSResponder", "My App", "Talaria 27"),
        failures=1,  # `Filtering the log data using ...` (and the column heading under it)
    ),
    "iis_rpc_methods.log": Expected(
        "iis",
        16,
        16,
        _utc("2022-01-01 00:01:24"),
        _utc("2022-01-01 18:42:55"),
        # Exchange's RPC over HTTP methods (`RPC_IN_DATA`) are records too; 401 WARN, 500 ERROR
        {"INFO": 8, "WARN": 3, "ERROR": 1, "NONE": 4},
        ("::1", "10.10.10.10"),
    ),
    "istio_access.log": Expected(
        "envoy",
        10,
        10,
        # Istio's later default: `200 - via_upstream - "-" 0 63724 ...` after the request
        _utc("2022-12-05 07:59:36.854"),
        _utc("2022-12-05 08:01:33.196"),
        {"INFO": 10},
        ("archive.ubuntu.com", "helloworld.sample.svc:5000"),
    ),
    "openwrt_no_tag.log": Expected(
        "openwrt",
        30,
        30,
        _utc("2026-07-20 16:36:34"),
        _utc("2026-07-20 16:36:34"),
        {"INFO": 29, "ERROR": 1},  # `daemon.info : 08[CFG] ...`: a program writing no tag
        ("wtm",),
    ),
    "fail2ban_actions.log": Expected(
        "fail2ban",
        34,
        32,  # an action's further commands, a line each, continue its event
        _utc("2018-11-18 21:38:42.41"),
        _utc("2018-11-18 21:39:01.395"),
        {"DEBUG": 26, "INFO": 5, "NOTICE": 1},
        ("fail2ban.action", "fail2ban.filter"),
    ),
    "cassandra_1x.log": Expected(
        "level-first",
        28,
        6,  # ` INFO [main] ...`: log4j's `%5p` pads INFO and WARN with a space before them
        _utc("2012-12-02 21:15:03.738"),
        _utc("2012-12-11 21:46:27.095"),
        {"INFO": 4, "WARN": 1, "ERROR": 1},
        ("AutoSavingCache", "AbstractCassandraDaemon", "CompactionTask"),  # `X.java (line N)`
    ),
    "rails_tagged_fatal.log": Expected(
        "ruby-logger",
        17,
        14,  # the exception's lines, each under the request's id, continue the FATAL event
        _utc("2019-12-11 08:18:29.159777"),
        _utc("2019-12-11 08:21:24.470738"),
        {"INFO": 9, "DEBUG": 4, "FATAL": 1},
    ),
    "suricata_eve.jsonl": Expected(
        "json",
        22,
        22,
        _utc("2024-12-18 00:17:54.565494"),  # written 19:17:54.565494-0500
        _utc("2024-12-18 00:20:13.203742"),
        # an alert's severity (3, as fast.log's `[Priority: 3]`); a dns and a flow record none
        {"NOTICE": 20, "NONE": 2},
        ("192.168.37.130",),  # the address the traffic came from
    ),
    "istio_proxy.log": Expected(
        "iso-plain",
        10,
        10,
        _utc("2022-12-05 07:12:47.300768"),
        _utc("2022-12-05 07:45:05.368774"),
        {"INFO": 8, "NONE": 2},  # `<time>\tinfo\t<scope>\t...`; Envoy's TCP access lines none
    ),
    "rabbitmq_reports.log": Expected(
        "erlang-report",
        35,
        10,  # each report's lines under its heading, most of the file: its first line says so
        _utc("2015-06-07 03:42:13"),
        _utc("2016-12-07 03:49:20"),
        {"INFO": 6, "ERROR": 2, "WARN": 2},
    ),
    "php_xdebug_trace.log": Expected(
        "php",
        55,
        11,  # `PHP Stack trace:` and its `PHP   1. {main}() ...` lines continue their error
        _utc("2020-05-06 11:09:41"),  # written in Europe/Kiev's summer time, +03:00
        _utc("2020-05-18 08:43:55"),
        {"WARN": 4, "FATAL": 3, "NOTICE": 2, "NONE": 2},
    ),
    "gh_run_log.log": Expected(
        "gh-run-log",
        39,
        32,  # an `##[error]` annotation's lines written without a time continue it
        _utc("2026-08-14 05:58:44.346062"),
        _utc("2026-08-14 05:58:50.030150"),
        {"NONE": 30, "ERROR": 2},
        ("Run npm run test:integration", "Run npm test"),  # the step, after the job
    ),
    "sidekiq_journal.log": Expected(
        "syslog",
        20,
        20,
        _utc("2025-10-09 15:34:52.005"),  # Sidekiq's own UTC stamps (the journal's are KST)
        _utc("2025-10-09 16:08:54.441"),
        {"WARN": 12, "INFO": 8},  # after `pid=... tid=... class=... jid=... elapsed=...`
        ("sidekiq-llm",),
    ),
    "exim_mainlog.log": Expected(
        "exim",
        28,
        28,
        _utc("2020-02-22 09:16:37"),
        _utc("2020-02-22 09:41:30"),
        # `Warning:`, `rejected RCPT`, `Message is frozen`; SpamAssassin's `SA: Debug:`
        {"NONE": 12, "WARN": 11, "DEBUG": 5},
    ),
    "openvpn_verb5.log": Expected(
        "ctime",
        54,
        54,  # a line opened by the packets' `RWRW` marks is an event of its own
        _utc("2017-08-01 23:17:21.575774"),  # `us=575774`: the stamp's microseconds
        _utc("2017-08-01 23:17:42.093386"),
        {"NONE": 54},
    ),
    "ansible_play_error.log": Expected(
        "ansible",
        46,
        18,  # a play's further output lines continue its stamped line
        _utc("2023-10-02 10:52:21.329"),
        _utc("2023-10-02 11:17:33.079"),
        {"NONE": 12, "ERROR": 3, "INFO": 3},  # `ERROR! ...` and two `fatal: ... FAILED!`
        ("ansible",),
    ),
    "chromium_pid_only.log": Expected(
        "chromium",
        13,
        13,
        _this_year("09-22 10:56:00.213686"),  # `[4701:0922/105600.213686:ERROR:...]`: a pid alone
        _this_year("09-22 10:56:00.455043"),
        {"ERROR": 12, "FATAL": 1},
        ("file_path_watcher_inotify.cc", "bus.cc"),
    ),
    "oracle_alert_zone.log": Expected(
        "oracle-alert",
        35,
        11,
        # `Fri Nov 24 16:57:19 CST 2017`: CST names several zones, read in the timezone setting
        _utc("2017-11-24 16:57:19"),
        _utc("2017-11-27 15:37:09"),
        {"NONE": 7, "WARN": 4},
    ),
    # Oracle XE 10.2's listener.log, pasted in a forum thread (ubuntuforums "Oracle XE web
    # interface" 2008): the start's banner is an event; `* 12502` is a TNS error
    "oracle_listener_xe.log": Expected(
        "oracle-listener",
        33,
        13,
        _utc("2008-02-29 15:33:41"),
        _utc("2008-02-29 15:58:11"),
        {"NONE": 7, "ERROR": 6},
        ("XE",),
    ),
    # 19c's listener_scan.log (a blog post on ORA-12516 with JDBC over SCAN): the time lines
    # with their offset continue the connection above; read at UTC here (an upload naming no
    # timezone reads them at +08:00: `test_an_oracle_listener_s_time_lines_give_its_offset`)
    "oracle_listener19.log": Expected(
        "oracle-listener",
        10,
        5,
        _utc("2024-07-31 02:00:00"),
        _utc("2024-07-31 02:00:01"),
        {"NONE": 1, "ERROR": 4},
        ("ptdb",),
    ),
    # slapd 2.6 under bitnami's image, `-d` output with ldapadd's lines among it
    # (github.com/jp-gouin/helm-openldap/issues/175): the time in hex, seconds and nanoseconds
    "openldap_26_debug.log": Expected(
        "openldap",
        17,
        16,
        _utc("2024-06-30 16:15:21.366846"),
        _utc("2024-06-30 16:15:21.452531"),
        {"NONE": 16},
        failures=4,
    ),
    # slapd 2.4 in osixia/openldap, its scripts' `***  INFO   | ` lines among slapd's
    # (github.com/osixia/container-openldap/issues/673)
    "openldap_24_osixia.log": Expected(
        "openldap",
        18,
        18,
        _utc("2024-01-05 22:05:22"),
        _utc("2024-01-05 22:05:22"),
        {"NONE": 15, "DEBUG": 2, "INFO": 1},
        failures=1,
    ),
    # Unity's .xsession-errors pasted in a forum thread (Ubuntu 11.04): GLib's messages, the
    # program's or the domain's, among other programs' lines
    "glib_xsession.log": Expected(
        "glib",
        18,
        13,
        None,
        None,
        {"DEBUG": 8, "NONE": 4, "CRITICAL": 1},
        ("nm-applet", "GLib-GObject"),
        failures=4,
    ),
    # GNOME Shell's GLib warnings behind the journal (a forum thread on Firefox's warnings)
    "gnome_shell_journal.log": Expected(
        "syslog",
        3,
        3,
        _this_year("07-02 13:12:14"),
        _this_year("07-02 13:12:17"),
        {"WARN": 3},
        ("gnome-session",),
    ),
    # gunicorn behind the journal (github.com/benoitc/gunicorn/issues/3233): its own stamp with
    # the year and offset dates the line, its bracketed level is read
    "gunicorn_journal.log": Expected(
        "syslog",
        6,
        6,
        _utc("2024-07-05 07:13:44"),
        _utc("2024-07-05 09:13:44"),
        {"INFO": 2, "ERROR": 2, "CRITICAL": 1, "NONE": 1},
        ("wsgi.sh",),
    ),
    # a Go panic's goroutines relayed by the journal, a line each (github.com/selfhst/icons/
    # issues/684): one event
    "go_fatal_journal_icons.log": Expected(
        "syslog",
        14,
        1,
        _this_year("01-31 07:16:18"),
        _this_year("01-31 07:16:18"),
        {"NONE": 1},
        ("icons",),
    ),
    # net/http's recovered panic (github.com/golang/go/issues/36883): the bare `panic(...)`
    # frame is one of the trace's
    "go_http_panic_serving.log": Expected(
        "go-std",
        19,
        2,
        _utc("2020-01-27 03:34:59"),
        _utc("2020-01-27 03:34:59"),
        {"NONE": 2},
    ),
    # Django's console under compose (github.com/thecourseforum/theCourseForum2/pull/890): the
    # traceback ends with the model's `DoesNotExist`
    "django_compose_traceback.log": Expected(
        "compose",
        13,
        3,
        None,
        None,
        {"ERROR": 2, "NONE": 1},
        ("tcf_django",),
    ),
    # Sidekiq 6's TTIN dump (github.com/sidekiq/sidekiq/issues/4516): the frames of the
    # scripts, `bin/sidekiq:23:in `<main>'`, end the backtrace
    "sidekiq6_ttin.log": Expected(
        "sidekiq",
        12,
        3,
        _utc("2020-04-02 17:46:36.549"),
        _utc("2020-04-02 17:46:36.556"),
        {"WARN": 3},
    ),
    # OPNsense's Kea log file (github.com/opnsense/core/issues/10659): RFC 5424 without the
    # priority and host
    "kea_opnsense_rfc5424.log": Expected(
        "opnsense",
        7,
        7,
        _utc("2026-08-03 11:05:53"),
        _utc("2026-08-03 11:05:53"),
        {"INFO": 7},
        ("kea-dhcp4",),
    ),
    # Airflow 2.7's task log in the web UI, shown in London's zone (github.com/apache/airflow/
    # issues/34339): `BST` is British Summer Time, +01:00
    "airflow_task_bst.log": Expected(
        "airflow",
        3,
        3,
        _utc("2023-09-13 11:26:30"),
        _utc("2023-09-13 11:26:31"),
        {"INFO": 3},
        ("subprocess.py:97", "taskinstance.py:1398"),
    ),
    # a task log read back from CloudWatch, `{{file:line}}` (github.com/apache/airflow/issues/
    # 28958)
    "airflow_mwaa_cloudwatch.log": Expected(
        "airflow",
        10,
        8,
        _utc("2023-01-15 08:15:23.735"),
        _utc("2023-01-15 08:15:23.79"),
        {"INFO": 7, "NONE": 1},
        ("taskinstance.py:1035", "taskinstance.py:1241"),
        failures=1,
    ),
    # Kibana 8.4's stdout in a container (github.com/elastic/helm-charts/pull/1679): its
    # upper-case level in brackets is no JDK decoration
    "kibana8_stdout.log": Expected(
        "bracketed",
        4,
        4,
        _utc("2022-08-30 12:47:46.226"),
        _utc("2022-08-30 12:47:59.541"),
        {"INFO": 3, "WARN": 1},
        ("node", "http.server.Preboot"),
    ),
    # Kibana 8.9 behind the journal (github.com/pfelk/pfelk/issues/503): its own stamp dates the
    # line, its `[INFO ]` is the level
    "kibana8_journal.log": Expected(
        "syslog",
        9,
        9,
        _utc("2023-08-25 20:08:24"),
        _utc("2023-08-25 20:08:50.679"),
        {"INFO": 8, "NONE": 1},
        ("kibana", "systemd"),
    ),
    # Kafka Connect behind the journal (github.com/neo4j-contrib/neo4j-streams/issues/222): the
    # exception and its frames under the line logging it are one event
    "kafka_connect_journal.log": Expected(
        "syslog",
        7,
        1,
        _utc("2019-08-07 22:39:51.321"),
        _utc("2019-08-07 22:39:51.321"),
        {"ERROR": 1},
        ("confluent-kafka-connect",),
    ),
    # Dovecot's session lines behind syslog (github.com/docker-mailserver/docker-mailserver/
    # issues/773): `imap(user): Panic: ` (read as FATAL), `Error: `, `Fatal: `
    "dovecot_syslog_panic.log": Expected(
        "syslog",
        3,
        3,
        _this_year("12-11 00:14:15"),
        _this_year("12-11 00:14:15"),
        {"FATAL": 2, "ERROR": 1},
        ("dovecot",),
    ),
    # chronyd's debug log (github.com/omniosorg/omnios-build/issues/2576): `System clock wrong
    # by` names no level (MySQL's `[System]` does, in brackets)
    "chrony_debug_logfile.log": Expected(
        "iso-plain",
        11,
        11,
        _utc("2021-11-22 03:33:08"),
        _utc("2021-11-22 03:43:19"),
        {"NONE": 11},
    ),
    # the classic Notebook 6 server's log (github.com/jupyter/notebook/issues/6227): the time
    # of day alone, and no line naming the day
    "jupyter_notebook6_terminal.log": Expected(
        "tornado",
        17,
        5,
        None,
        None,
        {"INFO": 4, "ERROR": 1},
        ("NotebookApp",),
    ),
    # a Wazuh 4 agent's ossec.log (github.com/wazuh/wazuh/pull/14106): its modules named
    # alone (`sca: `, `rootcheck: `) are its daemons too
    "wazuh_agent_ossec.log": Expected(
        "ossec-log",
        10,
        10,
        _utc("2022-07-01 13:13:19"),
        _utc("2022-07-01 13:13:37"),
        {"INFO": 10},
        ("wazuh-agentd", "wazuh-modulesd:syscollector", "sca", "rootcheck"),
    ),
    # Suricata 4.1's suricata.log, verbose (github.com/StamusNetworks/Clear-NDR-ISO/issues/186):
    # a day-first date, `<Warning>`, the function the source
    "suricata_41_selks.log": Expected(
        "suricata",
        8,
        8,
        _utc("2019-05-24 17:27:59"),
        _utc("2019-05-24 17:27:59"),
        {"INFO": 7, "WARN": 1},
        ("PcapLogInitCtx", "SCConfLogOpenGeneric"),
    ),
    # Suricata 7's default layout (github.com/kevoreilly/CAPEv2/issues/1717): the module the
    # source
    "suricata_7_main.log": Expected(
        "suricata",
        13,
        13,
        _utc("2023-08-26 13:49:20"),
        _utc("2023-08-26 13:49:20"),
        {"INFO": 10, "WARN": 2, "NOTICE": 1},
        ("suricata", "logopenfile"),
    ),
    # Unbound's own file with `log-time-ascii: yes` (github.com/madnuttah/unbound-docker/issues/
    # 75): no host, the thread after the pid, then the level
    "unbound_log_time_ascii.log": Expected(
        "syslog-nohost",
        19,
        19,
        _this_year("08-22 20:23:16"),
        _this_year("08-22 20:23:16"),
        {"DEBUG": 17, "INFO": 2},
        ("unbound",),
    ),
    # ntpd's `-l` log file (github.com/MichaIng/DietPi/issues/1445): the day before the month
    "ntpd_logfile_dietpi.log": Expected(
        "ntpd",
        12,
        12,
        _this_year("02-02 16:19:46"),
        _this_year("02-02 16:19:49"),
        {"NONE": 12},
        ("ntpd",),
    ),
    # fail2ban 0.8.6 at loglevel 4 (github.com/fail2ban/fail2ban/issues/2083): the logger padded
    # before its colon
    "fail2ban_086_debug.log": Expected(
        "fail2ban",
        15,
        15,
        _utc("2018-03-16 14:56:57.817"),
        _utc("2018-03-16 14:56:57.819"),
        {"DEBUG": 9, "INFO": 6},
        ("fail2ban.comm", "fail2ban.filter", "fail2ban.jail"),
    ),
    # cloud-init 19.3's cloud-init-output.log on Amazon Linux 2 (github.com/widdix/aws-cf-
    # templates/issues/721): a stage's line, then what it printed
    "cloudinit_output_amzn2.log": Expected(
        "cloud-init-output",
        13,
        4,
        _utc("2023-11-15 15:45:31"),
        _utc("2023-11-16 08:38:03"),
        {"NONE": 4},
        ("modules:final", "finished", "init-local", "init"),
    ),
    # Falco 0.30's stdout (github.com/falcosecurity/falco/pull/1773): an alert stamped with the
    # time of day alone, dated by the lines above it
    "falco_stdout_text.log": Expected(
        "ctime",
        6,
        6,
        _utc("2021-11-08 11:00:01"),
        _utc("2021-11-08 11:00:10.602534"),
        {"NONE": 5, "ERROR": 1},
    ),
    # NestJS' logger in a Korean locale, TypeORM's query logger among it (a NestJS
    # transactional library's README): `2023. 06. 18. 오후 5:56:06` is 17:56:06
    "nestjs_ko_locale_typeorm.log": Expected(
        "nestjs",
        13,
        11,
        _utc("2023-06-18 17:56:06"),
        _utc("2023-06-18 17:56:06"),
        {"NONE": 8, "DEBUG": 2, "ERROR": 1},
        ("Transactional", "ExceptionsHandler"),
        failures=8,
    ),
    # an HPE Aruba AOS-S switch's `show logging` (a Japanese configuration guide's example of a
    # loop detected): a severity letter, a two-digit year
    "aruba_aoss_show_logging.log": Expected(
        "procurve",
        8,
        5,
        _utc("2017-05-31 10:51:24"),
        _utc("2017-05-31 10:51:25"),
        {"INFO": 3, "NONE": 1, "WARN": 1},
        ("ports", "loop-protect"),
        failures=1,
    ),
    # RouterOS' remote logging through rsyslog's RFC 3339 template (crowdsecurity/hub's test
    # data and PR 687): the topics name the level
    "mikrotik_remote_syslog_iso.log": Expected(
        "mikrotik-relayed",
        6,
        6,
        _utc("2023-03-18 19:35:05.734011"),
        _utc("2023-03-19 11:34:09.757188"),
        {"INFO": 5, "CRITICAL": 1},
        ("firewall", "system"),
    ),
    # RouterOS' default remote logging, bsd-syslog off (MikroTik's forum, thread 124291): the
    # priority glued to the topics, the router's identity before the message
    "mikrotik_topics_syslog_relayed.log": Expected(
        "mikrotik-relayed",
        16,
        16,
        _utc("2022-11-08 16:08:43.989247"),
        _utc("2022-11-08 16:08:43.990362"),
        {"DEBUG": 15, "INFO": 1},
        ("dhcp",),
    ),
    # RouterOS' `/log print detail` (networktocode/ntc-templates' test data): no year
    "mikrotik_log_print_detail.log": Expected(
        "mikrotik-detail",
        15,
        8,
        _this_year("07-19 03:05:02"),
        _this_year("07-20 03:07:46"),
        {"INFO": 7, "WARN": 1},
        ("script", "interface"),
    ),
    # FastAPI with loguru under old uvicorn (github.com/t0mer/broadlinkmanager-docker/issues/
    # 52): uvicorn's `INFO: ` lines are no further lines of loguru's records
    "uvicorn_old_loguru_mix.log": Expected(
        "loguru",
        16,
        8,
        _utc("2022-04-03 18:41:43.227"),
        _utc("2022-04-03 18:41:43.28"),
        {"INFO": 5, "ERROR": 2, "DEBUG": 1},
        ("__main__:GetLocalIP:30", "__main__:<module>:76"),
        failures=5,
    ),
    # PHP-FPM's access log under compose (github.com/mailcow/mailcow-dockerized/issues/1141):
    # its default format, the time in no brackets
    "php_fpm_compose_mailcow.log": Expected(
        "compose",
        12,
        12,
        _utc("2018-03-05 12:01:15"),
        _utc("2018-03-05 12:01:53"),
        {"INFO": 9, "WARN": 2, "NOTICE": 1},
        ("php-fpm-mailcow_1",),
    ),
    # Metabase 0.38 with the request's id first (github.com/metabase/metabase/issues/14916)
    "metabase_cloud_offset.log": Expected(
        "metabase",
        7,
        7,
        _utc("2021-02-22 06:44:10"),
        _utc("2021-02-22 06:44:10"),
        {"INFO": 5, "DEBUG": 2},
        ("metabase.driver.impl", "metabase.plugins.lazy-loaded-driver"),
    ),
    # Metabase 0.19 under compose, `MM-dd HH:mm:ss` (github.com/metabase/metabase/issues/3349)
    "metabase019_compose_noyear.log": Expected(
        "compose",
        10,
        8,
        _this_year("09-14 15:44:28"),
        _this_year("09-14 15:44:31"),
        {"INFO": 4, "DEBUG": 4},
        ("metabase",),
    ),
    # Metabase 0.41's `<time> <LEVEL> <logger> :: ` (github.com/metabase/metabase/issues/19175)
    "metabase_h2_setup.log": Expected(
        "metabase-colons",
        10,
        10,
        _utc("2021-12-03 16:08:10.242"),
        _utc("2021-12-03 16:08:11.494"),
        {"INFO": 8, "DEBUG": 1, "WARN": 1},
        ("db.setup", "plugins.lazy-loaded-driver"),
    ),
    # Phoenix 1.3 on cowboy, Elixir's console (github.com/phoenixframework/phoenix/issues/2935):
    # the crash report's lines are the error's
    "phoenix13_cowboy_terminated.log": Expected(
        "elixir",
        5,
        1,
        None,
        None,
        {"ERROR": 1},
    ),
    # Phoenix's dev console, `[error] ` and no time (github.com/elixir-lang/elixir/issues/13615)
    "elixir_genserver_terminating.log": Expected(
        "raw",
        4,
        1,
        None,
        None,
        {"ERROR": 1},
    ),
    # a Nexus 9000v's console in a network course's lab write-up: the virtual device context's
    # mark before the code, messages wrapped at the terminal's width, a host where a zone may be
    "cisco_nxos_vdc_wrapped.log": Expected(
        "cisco-nxos",
        6,
        4,
        _utc("2025-05-15 10:35:59"),
        _utc("2025-05-15 10:36:29"),
        {"CRITICAL": 2, "ERROR": 2},
        ("VPC", "USER"),
    ),
    # a Nexus' boot console: the lines with no code continue the line above
    "cisco_nxos_boot_console.log": Expected(
        "cisco-nxos",
        11,
        7,
        _utc("2020-04-29 00:23:01"),
        _utc("2020-04-29 00:23:46"),
        {"CRITICAL": 5, "NONE": 1, "FATAL": 1},
        ("USER", "COPP"),
        failures=1,
    ),
    # a Zyxel USG FLEX 700H's syslog, in a syslog parser's tests of real samples: the year
    # after the time
    "zyxel_usgflex_syslog.log": Expected(
        "zyxel",
        5,
        5,
        _utc("2026-05-22 17:24:03"),
        _utc("2026-05-22 17:24:08"),
        {"INFO": 5},
        ("Security Policy Control", "Traffic Log"),
    ),
    # Exim's mainlog with `+pid` and `+arguments` (github.com/mysociety/alaveteli/issues/2824,
    # github.com/fail2ban/fail2ban/issues/1369): the `cwd=... args:` line is Exim's
    "exim_mainlog_pid.log": Expected(
        "exim",
        6,
        6,
        _utc("2015-09-01 17:45:42"),
        _utc("2016-03-21 06:57:36"),
        {"NONE": 6},
    ),
    # AdGuard Home's verbose log (github.com/AdguardTeam/AdGuardHome/issues/7405): its pid and
    # goroutine before the level
    "adguardhome_debug_dnsproxy.log": Expected(
        "go-std",
        10,
        10,
        _utc("2024-11-04 14:43:49.68727"),
        _utc("2024-11-04 14:43:49.687825"),
        {"DEBUG": 10},
    ),
    # SpamAssassin's spamd.log (a mail server guide's output of `spamd -s`): the level after
    # the pid, in lower case
    "spamassassin_spamd_logfile.log": Expected(
        "ctime",
        9,
        9,
        _utc("2019-02-01 05:22:11"),
        _utc("2019-02-01 05:22:38"),
        {"INFO": 8, "WARN": 1},
    ),
    # Windows Update Agent 7.6's legacy log (github.com/LegacyUpdate/LegacyUpdate/issues/8),
    # read at UTC here (`test_windows_update_s_legacy_log_gives_its_offset`)
    "windowsupdate_vista_tz.log": Expected(
        "windows-update-legacy",
        12,
        12,
        _utc("2022-11-06 16:59:28.785"),
        _utc("2022-11-06 16:59:40.968"),
        {"NONE": 12},
    ),
    # a YARN NodeManager's log, Hadoop's default layout (github.com/dmlc/xgboost/issues/852):
    # the class before the colon is the source, out of the message
    "hadoop_nodemanager.log": Expected(
        "iso-level",
        7,
        4,
        _utc("2016-02-22 10:22:11.465"),
        _utc("2016-02-22 10:22:13.565"),
        {"INFO": 2, "WARN": 2},
        ("org.apache.hadoop.yarn.server.nodemanager.DefaultContainerExecutor",),
    ),
    # HDFS 2.7's NameNode (github.com/linkedin/dynamometer/issues/72)
    "hdfs_namenode_default.log": Expected(
        "iso-level",
        9,
        9,
        _utc("2019-03-21 16:03:24.786"),
        _utc("2019-03-21 16:03:25.015"),
        {"INFO": 9},
        ("org.apache.hadoop.http.HttpServer2", "org.apache.hadoop.hdfs.DFSUtil", "org.mortbay.log"),
    ),
    # Proxmox VE's pveproxy access log (a public repo's audit notes, `tail /var/log/pveproxy/
    # access.log`, which give the UTC time): the day before the month, in the host's zone
    "proxmox_pveproxy_access.log": Expected(
        "access",
        6,
        6,
        _utc("2026-09-10 18:13:43"),
        _utc("2026-09-10 18:18:49"),
        {"INFO": 6},
        ("::ffff:192.168.1.164",),
    ),
    # CRI-O behind the journal (github.com/cri-o/cri-o/issues/3915): `time="2020-07-01
    # 17:13:49.335487528+02:00"`, a space for the T, dates the line
    "crio_journal_offset_debug.log": Expected(
        "syslog",
        4,
        4,
        _utc("2020-07-01 15:13:49.335487"),
        _utc("2020-07-01 15:13:49.336148"),
        {"DEBUG": 3, "INFO": 1},
        ("crio",),
    ),
    # Mattermost 4's log4go layout (github.com/mattermost/mattermost/issues/8808): the zone in
    # the stamp, `[EROR]`
    "mattermost4_legacy_pdt.log": Expected(
        "go-std",
        5,
        5,
        _utc("2018-05-03 09:53:51"),
        _utc("2018-05-03 17:04:41"),
        {"ERROR": 5},
    ),
    # VirtualBox 5.1's VBox.log (github.com/rapid7/metasploitable3/issues/112): its first line
    # has no time since start; `Log opened` places the rest
    "virtualbox_vm_51_headless.log": Expected(
        "vbox",
        21,
        21,
        _utc("2017-04-03 21:12:55.815505"),
        _utc("2017-04-03 21:12:56.021634"),
        {"NONE": 21},
        failures=1,
    ),
    # VirtualBox 5.1's VBoxSVC.log (github.com/KD4Z/md380tools-vm/issues/2): the thread before
    # `Log opened`
    "virtualbox_vboxsvc_51.log": Expected(
        "vbox",
        20,
        20,
        _utc("2017-01-09 17:12:32.101579"),
        _utc("2017-01-09 17:12:32.71725"),
        {"NONE": 20},
        failures=1,
    ),
    # Gitea 1.24 behind the journal (github.com/go-gitea/gitea/issues/35148): its stamp with
    # slashes dates the line
    "gitea124_journal_httprequest.log": Expected(
        "syslog",
        5,
        5,
        _utc("2025-07-23 11:46:33"),
        _utc("2025-07-23 11:46:56"),
        {"NONE": 5},
        ("gitea",),
    ),
    # Gitea 1.4's Macaron behind the journal (github.com/go-gitea/gitea/issues/4248)
    "gitea14_macaron_journal.log": Expected(
        "syslog",
        9,
        9,
        _utc("2018-06-27 16:43:35"),
        _utc("2018-06-27 16:43:36"),
        {"NONE": 9},
        ("gitea",),
    ),
    # a Jenkins inbound agent behind the journal (a blog post's `journalctl -f`):
    # java.util.logging's `Aug 03, 2022 7:37:28 PM` dates the line
    "jenkins_agent_journal_jul.log": Expected(
        "syslog",
        19,
        19,
        _utc("2022-08-03 19:37:27"),
        _utc("2022-08-03 19:37:30"),
        {"NONE": 12, "INFO": 7},
        ("bash", "systemd"),
    ),
    # VMware Player 12's vmware.log (a blog post on a freezing VM): the offset in the stamp,
    # the thread and `I125: `
    "vmware_workstation_vmx_offset.log": Expected(
        "vmware-vmx",
        12,
        12,
        _utc("2017-02-14 02:24:26.983"),
        _utc("2017-02-14 02:25:51.683"),
        {"INFO": 12},
        ("vmx",),
    ),
    # an ESXi 8 VM's vmware.log (a forensics cheat sheet's examples): `In(05)`, the thread,
    # the operation's id
    "esxi8_vmware_vm.log": Expected(
        "vmware-vmx",
        12,
        12,
        _utc("2023-12-05 17:42:40.666"),
        _utc("2023-12-05 18:02:23.807"),
        {"INFO": 12},
        ("vmx", "mks", "vcpu-0", "svga"),
    ),
    # cert-manager 1.14's cainjector (github.com/cert-manager/cert-manager/issues/6768): klog's
    # lines, and Kubernetes' JSON whose `"v":2` is an info record's
    "cert_manager_json_mixed_klog.log": Expected(
        "glog",
        8,
        8,
        _utc("2024-02-19 10:58:22.870384"),
        _utc("2024-02-19 10:58:23.044084"),
        {"INFO": 8},
        ("setup.go:119", "cache/reflector.go:351"),
    ),
    # Gitaly of GitLab 9.5 (github.com/sameersbn/docker-gitlab/issues/1354): logrus' list in
    # brackets, `supervisor.args=[bundle exec ...]`
    "gitaly95_logrus.log": Expected(
        "logfmt",
        6,
        6,
        _utc("2017-09-20 12:00:10"),
        _utc("2017-09-20 12:01:10"),
        {"WARN": 4, "INFO": 2},
    ),
    # Mattermost 10.11's plain console (github.com/mattermost/mattermost/pull/33431)
    "mattermost10_console_plain.log": Expected(
        "mattermost-console",
        4,
        4,
        _utc("2025-07-15 07:27:31.052"),
        _utc("2025-07-15 07:27:31.052"),
        {"DEBUG": 2, "INFO": 2},
        ("platform/config.go:183", "platform/service.go:180"),
    ),
    # ESXi 5.5's hostd.log (a blog post grepping for a removed port group): `[thread level
    # 'component' opID=...]`, verbose DEBUG
    "esxi55_hostd_bracket.log": Expected(
        "vmware-bracket",
        5,
        5,
        _utc("2015-05-20 10:25:52.735"),
        _utc("2015-05-20 10:25:52.848"),
        {"DEBUG": 3, "INFO": 2},
        ("Vimsvc.TaskManager", "Hostsvc.NetworkProvider"),
    ),
    # ESX 3.5's hostd (VMware's vSphere SDK guide, its sample log): `['component' thread level]`,
    # trivia TRACE
    "esx35_hostd_soap_trivia.log": Expected(
        "vmware-bracket",
        9,
        5,
        _utc("2008-05-07 09:50:04.857"),
        _utc("2008-05-07 09:50:04.872"),
        {"TRACE": 4, "INFO": 1},
        ("SOAP", "ClientConnection"),
    ),
    # vCenter's vpxd on Windows (github.com/cloudfoundry/bosh-vsphere-cpi-release/issues/228)
    "vcenter55_vpxd_windows_offset.log": Expected(
        "vmware-bracket",
        5,
        5,
        _utc("2019-07-12 13:11:55.288"),
        _utc("2019-07-12 13:14:12.594"),
        {"INFO": 2, "ERROR": 2, "WARN": 1},
        ("vpxdvpxdVmomi",),
    ),
    # `ipmitool sel list` in a syslog collector's sample: each record its own event
    "ipmitool_sel_list_ecc.log": Expected(
        "ipmi-sel",
        20,
        20,
        _utc("2023-04-15 12:45:56"),
        _utc("2023-04-15 19:49:32"),
        {"NONE": 20},
        ("Memory", "Event Logging Disabled"),
    ),
    # a newer ipmitool's 12-hour clock and zone (petersulyok/smfc's README): no compose service
    # in the record numbers
    "ipmitool_sel_list_ampm_tz.log": Expected(
        "ipmi-sel",
        5,
        5,
        _utc("2023-10-19 15:15:35"),
        _utc("2023-10-19 15:20:59"),
        {"NONE": 5},
        ("Fan",),
    ),
    # XCP-ng's xensource.log (a blog post on recovering states.db): xapi's `[error||0 |...]`
    "xcpng_xensource_backtrace.log": Expected(
        "syslog",
        26,
        26,
        _this_year("04-30 20:26:40"),
        _this_year("04-30 20:26:41"),
        {"ERROR": 17, "INFO": 5, "DEBUG": 4},
        ("xapi",),
    ),
    # rclone -vv (github.com/rclone/rclone/issues/4397): `DEBUG : ` out of the message
    "rclone_debug_noprogress.log": Expected(
        "go-std",
        7,
        7,
        _utc("2020-06-30 07:17:44"),
        _utc("2020-06-30 07:21:52"),
        {"DEBUG": 6, "INFO": 1},
    ),
    # rsync --log-file --stats (github.com/jbussdieker/ruby-rsync/issues/18): the pid out of
    # the message
    "rsync_logfile_stats.log": Expected(
        "go-std",
        10,
        10,
        _utc("2018-05-22 01:01:21"),
        _utc("2018-05-22 01:01:21"),
        {"NONE": 10},
    ),
    # GitLab's application.log before 8.0 (GitLab's log documentation): the time to the minute
    "gitlab_application_legacy.log": Expected(
        "month-name-minutes",
        5,
        5,
        _utc("2014-10-06 11:56:00"),
        _utc("2014-10-07 11:25:00"),
        {"NONE": 5},
    ),
    # a Proxmox VE vzdump task's log (a blog post on backing up an unprivileged container over
    # NFS): `INFO: `/`ERROR: ` lines, any program's, no uvicorn's
    "proxmox_vzdump_task_lxc_error.log": Expected(
        "raw",
        18,
        18,
        None,
        None,
        {"INFO": 16, "ERROR": 2},
    ),
    # a Jenkins inbound agent's container log (a public repo's notes, `kubectl logs -c jnlp`):
    # the JVM's uncaught exception is no line of the INFO record above it
    "jenkins_agent_jul_exception.log": Expected(
        "java-logging",
        14,
        4,
        _utc("2021-08-02 14:26:30"),
        _utc("2021-08-02 14:26:30"),
        {"INFO": 3, "ERROR": 1},
        ("hudson.remoting.jnlp.Main", "hudson.remoting.Engine"),
    ),
    # Xen's boot console (`xl dmesg`, a public repo's boot log): uptimes, then dates once the
    # console's timestamps are set (the uptimes untimed)
    "xen_xl_dmesg_mixed_stamps.log": Expected(
        "xen-console",
        27,
        27,
        _utc("2022-01-18 10:40:35.778"),
        _utc("2022-01-18 10:40:41.055"),
        {"NONE": 27},
        ("XEN",),
    ),
    # snapd with SNAPD_DEBUG behind `journalctl -xe` (github.com/canonical/snapd/pull/15508):
    # Go's `tool_linux.go:237: DEBUG: ` names the level; the catalog's `░░` lines are the unit's
    # sysklogd's /var/log/messages on an idle Ubuntu 8.04 server (ubuntuforums.org, "Ubuntu
    # kills my processes after some time on", 2008): its `-- MARK --` lines, every 20 minutes
    "sysklogd_messages_mark.log": Expected(
        "syslog-mark",
        31,
        31,
        _this_year("07-01 06:26:44"),
        _this_year("07-01 16:06:49"),
        {"NONE": 31},
        ("kernel",),
    ),
    # BusyBox syslogd on a LaCie Network Space NAS (ubuntuforums.org, 2008): syslogd's own
    # `syslog.info syslogd started: BusyBox v1.1.0` names no program (was read by syslog with
    # the facility in the tag); the facility's severity is each line's level
    "busybox_nas_messages.log": Expected(
        "syslog-level",
        14,
        14,
        _this_year("01-01 00:00:23"),
        _this_year("01-01 00:00:46"),
        {"INFO": 3, "WARN": 5, "DEBUG": 3, "NOTICE": 2, "ERROR": 1},
        ("kernel", "ifplugd(egiga0)", "udhcpc", "httpd"),
    ),
    # BusyBox crond under logread on a router (a DD-WRT/Tomato wiki page on cron's noise):
    # syslogd's `syslog.info -- MARK --` names no program (was a line no format fitted)
    "busybox_crond_mark.log": Expected(
        "syslog-level",
        5,
        5,
        _this_year("12-22 11:10:01"),
        _this_year("12-22 11:40:01"),
        {"NOTICE": 4, "INFO": 1},
        ("crond",),
    ),
    # the balena supervisor behind the journal (balena's device debugging masterclass, its
    # `journalctl --unit balena.service`): its padded `[info]    `, `[debug]   `, `[warn]    `,
    # `[success] ` are levels (were none), as is Node's `(node:1) [DEP0005] DeprecationWarning`
    "balena_supervisor_journal.log": Expected(
        "syslog",
        21,
        21,
        _utc("2022-08-19 18:24:36.794621"),
        _utc("2022-08-19 18:24:49"),
        {"INFO": 10, "DEBUG": 7, "WARN": 2, "NONE": 2},
        ("e593ab6439fe", "balenad"),
    ),
    # a Node script's output in a code review's notes (a performance check with console.time):
    # Node's deprecation warning is a WARN, the hint under it (`(Use `node --trace-deprecation
    # ...`) is that warning's (was an event of its own)
    "node_deprecation_stdout.log": Expected(
        "raw",
        8,
        6,
        None,
        None,
        {"NONE": 5, "WARN": 1},
    ),
    # a Rust GUI's tracing output, then its panic (github.com/vicanso/zedis/issues/11): Rust
    # 1.91's `thread 'main' (32880) panicked at ...` opens a FATAL event of its own, its
    # message and note below it (were the last INFO event's further lines); tracing's local
    # time with its offset is its format's (was the generic one's, the target `zedis:` lost)
    "rust_tracing_main_panic.log": Expected(
        "rust-tracing",
        10,
        6,
        _utc("2026-01-09 01:35:29.569304"),
        _utc("2026-01-09 01:35:29.600729"),
        {"INFO": 5, "FATAL": 1},
        ("zedis", "zedis::views::sidebar"),
        failures=1,
    ),
    # CBS.log's CSI perf trace, as a Go test's sample of the log keeps it: its second line
    # (`CSIPERF:TXCOMMIT;26151`) is the record's own (was an event with no time)
    "cbs_csiperf.log": Expected(
        "windows",
        3,
        2,
        _utc("2017-04-09 14:40:10"),
        _utc("2017-04-09 14:40:11"),
        {"INFO": 2},
        ("CBS", "CSI"),
    ),
    # AWS Lambda's Node runtime failing at init (github.com/SWO-GS/retro-tag/issues/14): its
    # request id is `undefined`, which zap's console format took for a level
    "lambda_node_uncaught.log": Expected(
        "lambda",
        17,
        1,
        _utc("2021-10-25 15:34:30.792"),
        _utc("2021-10-25 15:34:30.792"),
        {"ERROR": 1},
    ),
    # `fly logs` of late 2023 (github.com/dwyl/phoenix-liveview-todo-list-tutorial/issues/66):
    # its stamps have no `Z` (were read by the generic ISO format, every level lost)
    "flyio_logs_lhr.log": Expected(
        "flyio",
        21,
        11,
        _utc("2023-11-15 03:58:15.712"),
        _utc("2023-11-15 03:58:24.445"),
        {"INFO": 10, "ERROR": 1},
        ("app[2874365a46e318]", "proxy[683d92dce34dd8]"),
    ),
    # journalctl in a Hungarian locale (github.com/paradoxxxzero/gnome-shell-system-monitor-
    # applet/issues/509): `márc 12` is March 12th (had no time)
    "gnome_journal_hu.log": Expected(
        "syslog-localized",
        6,
        6,
        _this_year("03-12 09:57:32"),
        _this_year("03-12 09:57:32"),
        {"NONE": 6},
        ("org.gnome.Shell.desktop",),
    ),
    # NestJS's logger in a pt-BR locale (a Portuguese NestJS course's slides): no comma after
    # the day-first date (was raw text)
    "nestjs_br_date.log": Expected(
        "nestjs",
        6,
        6,
        _utc("2022-07-12 20:48:54"),
        _utc("2022-07-12 20:48:54"),
        {"INFO": 5, "NONE": 1},
        ("NestFactory", "InstanceLoader"),
        failures=1,
    ),
    # Home Assistant 0.10x with a custom component (a Plugwise-HA developer's notes): a logger
    # with a hyphen (`custom_components.Plugwise-HA.sensor`) is the source (was in the message)
    "ha_2020_traceback.log": Expected(
        "iso-level",
        12,
        4,
        _utc("2020-03-14 10:18:06"),
        _utc("2020-03-14 10:18:06"),
        {"DEBUG": 3, "ERROR": 1},
        ("custom_components.Plugwise-HA.sensor", "homeassistant.components.sensor"),
    ),
    # a Vercel build log as downloaded, saved in a repository: its bracketed time of day is the
    # header (was left in each message), no line names the day
    "vercel_build_bracketed.log": Expected(
        "clock-text",
        12,
        12,
        None,
        None,
        {"NONE": 12},
    ),
    # WindowsUpdate.log of Windows 7 (github.com/proxb/PoshPAIG/issues/18): a list item's
    # `  - WARNING: Exit code = 0x80240024` is a warning
    "windowsupdate_legacy_comapi.log": Expected(
        "windows-update-legacy",
        12,
        12,
        _utc("2018-06-13 12:48:33.974"),
        _utc("2018-06-13 12:48:34.005"),
        {"NONE": 11, "WARN": 1},
        ("COMAPI",),
    ),
    # Azure Container Apps' system log (github.com/microsoft/azure-container-apps/issues/1371):
    # its `TimeStamp`, `Msg` and `EventSource` keys (had no time, its fields the message)
    "aca_system_json.log": Expected(
        "json",
        2,
        2,
        _utc("2025-01-10 14:02:03"),
        _utc("2025-01-10 14:02:03"),
        {"NONE": 2},
        ("ContainerAppController",),
    ),
    # the head of an Event Viewer Security.csv, as a CSV tool's README shows it: rows without
    # the description column are rows (the file was one unparsed event)
    "eventviewer_security_csv_5col.log": Expected(
        "windows-events-csv",
        6,
        6,
        _utc("2016-10-07 18:38:24"),
        _utc("2016-10-07 18:38:24"),
        {"INFO": 5, "NONE": 1},
        ("Microsoft-Windows-Security-Auditing",),
        failures=1,
    ),
    # BusyBox syslogd on a board naming no host, in a linux-wireless mail (its lines wrapped
    # by the mail): `kern.warn kernel: ` is a WARN of the kernel's (was read as a host)
    "busybox_nohost_wrapped.log": Expected(
        "syslog-level",
        10,
        10,
        _this_year("04-19 19:39:26"),
        _this_year("04-19 19:39:30"),
        {"WARN": 5, "NONE": 5},
        ("kernel",),
        failures=5,
    ),
    # a Spring Boot 3.3 app failing to reach its database (a CRM lab's write-up, `docker logs`):
    # the unindented lines of the exceptions' messages (Flyway's `SQL State  : 08001` block)
    # outnumber the headers, yet are the WARN's and the ERROR's (were events of their own, the
    # ERROR's stack cut in ten)
    "springboot33_flyway.log": Expected(
        "spring-boot",
        51,
        6,
        _utc("2026-08-21 12:29:14.677"),
        _utc("2026-08-21 12:29:20.737"),
        {"INFO": 4, "WARN": 1, "ERROR": 1},
        ("com.zaxxer.hikari.HikariDataSource", "o.s.boot.SpringApplication"),
    ),
    # a laravel.log record quoted in a review (github.com/chaitin/xray/pull/1045), wrapped at
    # 78 columns by a terminal: one ERROR record (its lines were raw events)
    "laravel_wrapped80.log": Expected(
        "monolog",
        16,
        1,
        _utc("2021-01-26 04:18:00"),
        _utc("2021-01-26 04:18:00"),
        {"ERROR": 1},
        ("local",),
    ),
    # Redis crashing on a SONiC switch (github.com/redis/redis/issues/6133): SONiC's rsyslog
    # template writes the severity after the host (was read as the tag: `INFO supervisord`)
    "redis_crash_syslog.log": Expected(
        "syslog-severity",
        13,
        13,
        _this_year("05-25 00:50:27.79422"),
        _this_year("05-25 00:50:27.804121"),
        {"INFO": 13},
        ("supervisord",),
    ),
    # HAProxy 3.0 refusing its configuration under docker compose (a chat transcript): its
    # `[ALERT]    (1) : ` is a level (was none), its pid off the message
    "haproxy30_compose_alert.log": Expected(
        "compose",
        4,
        4,
        None,
        None,
        {"FATAL": 3, "NOTICE": 1},
        ("haproxy-m1-dm",),
    ),
    # `haproxy -c` of 2.4 in an HAProxy lab's notes: the `[ALERT]` line was a raw line
    "haproxy24_check.log": Expected(
        "bracket-level",
        3,
        3,
        None,
        None,
        {"WARN": 1, "NOTICE": 1, "FATAL": 1},
    ),
    # InfluxDB 1.4 behind the journal (github.com/influxdata/influxdb/issues/9277): its
    # `[I] 2018-01-04T07:46:20Z ` names the level (was none)
    "influx14_journal.log": Expected(
        "syslog",
        5,
        5,
        _utc("2018-01-04 07:46:20"),
        _utc("2018-01-04 07:46:20"),
        {"INFO": 5},
        ("influxd",),
    ),
    # Express 3's `express.logger()` (Connect's logger, morgan's default format), in a Node
    # book's translation: `[Thu, 09 Feb 2012 15:56:40 GMT]`, the web's date (had no time)
    "express3_logger_default.log": Expected(
        "access",
        2,
        2,
        _utc("2012-02-09 15:56:40"),
        _utc("2012-02-09 15:56:40"),
        {"INFO": 2},
        ("127.0.0.1",),
    ),
    # django-errors.log of a Django API's README: `[26/Apr/2021 20:36:04,868] Internal Server
    # Error: ...`, milliseconds in the stamp (was raw text), the request logger's error
    "django_errors_custom.log": Expected(
        "python-http",
        10,
        1,
        _utc("2021-04-26 20:36:04.868"),
        _utc("2021-04-26 20:36:04.868"),
        {"ERROR": 1},
    ),
    # a Netlify build log quoted in a portfolio's notes: npm's `npm ERR! ` after the build's
    # stamp is an error (had no level)
    "netlify_npm_eresolve.log": Expected(
        "iso-plain",
        28,
        28,
        _utc("2025-02-26 15:32:21.29615"),
        _utc("2025-02-26 15:32:26.953333"),
        {"NONE": 14, "ERROR": 13, "WARN": 1},
        failures=3,
    ),
    # an app's crash in `logcat -v brief`, saved with a Google Play services bug: logcat writes
    # each line of AndroidRuntime's report under the same header; the report is one event (its
    # frames were events of their own)
    "logcat_brief_crash.log": Expected(
        "android-brief",
        9,
        2,
        None,
        None,
        {"NONE": 1, "ERROR": 1},
        ("AndroidRuntime",),
    ),
    # Android 6's `logcat -v threadtime` pasted in a file (two lines keep a comma of the
    # paste): the crash's report under one header is one event
    "logcat_threadtime.log": Expected(
        "android",
        15,
        4,
        _this_year("09-15 06:03:07.119"),
        _this_year("09-15 06:03:07.124"),
        {"ERROR": 2, "NONE": 2},
        ("AndroidRuntime",),
        failures=2,
    ),
    # a Windows PowerShell 5.1 transcript with -IncludeInvocationHeader, quoted in a CTF
    # write-up: each command's output under its `Command start time: 20191203063515`, the
    # transcript's header fields under `Start time:` (was raw text, no time)
    "ps_transcript_invocation.log": Expected(
        "powershell-transcript",
        23,
        3,
        _utc("2019-12-03 06:35:15"),
        _utc("2019-12-03 06:35:15"),
        {"NONE": 3},
        failures=1,
    ),
    # Redis 6.2's crash report (github.com/redis/redis/issues/14370): its `------ STACK TRACE
    # ------` heading names no level (was TRACE)
    "redis_crash_62.log": Expected(
        "redis",
        18,
        16,
        _utc("2025-09-18 20:14:39.06"),
        _utc("2025-09-18 20:14:39.061"),
        {"NONE": 13, "WARN": 3},
        ("master",),
        failures=13,
    ),
    # a Render deploy log as its dashboard shows it (github.com/sympy/sympy-bot/pull/102): a
    # 12-hour clock, no year (syslog took `PM` for the host, 12 hours early)
    "render_build_failed.log": Expected(
        "render",
        9,
        9,
        _this_year("12-09 15:03:10"),
        _this_year("12-09 15:03:10"),
        {"NONE": 8, "ERROR": 1},
    ),
    # OS X 10.10's installer log as its window shows it (github.com/MagerValp/AutoDMG/issues/
    # 113): `May 23, 2015 at 6:52:16 AM PDT  installd: ` (was raw text)
    "macos_installer_window_2015.log": Expected(
        "macos-installer",
        12,
        12,
        _utc("2015-05-23 13:52:16"),
        _utc("2015-05-23 13:52:16"),
        {"NONE": 12},
        ("installd",),
    ),
    # the nginx image's entrypoint, then nginx failing (github.com/nginx/nginx/issues/659):
    # the entrypoint's lines are each an event (were one, the error log's rule joining every
    # line its stamp does not open to the first in a log of mostly other lines)
    "nginx128_docker_emerg.log": Expected(
        "nginx-error",
        16,
        16,
        _utc("2025-04-26 20:50:05"),
        _utc("2025-04-26 20:50:05"),
        {"NONE": 10, "NOTICE": 5, "FATAL": 1},
        failures=10,
    ),
    # Caddy's JSON behind `journalctl --no-hostname` (github.com/mcguirepr89/BirdNET-Pi/issues/
    # 593): zap's `"ts":1664999708.246377` dates its lines (the year was this year's)
    "caddy_journal_nohost.log": Expected(
        "syslog-nohost",
        6,
        6,
        _utc("2022-10-05 19:55:08.246377"),
        _utc("2022-10-05 21:55:08"),
        {"INFO": 5, "NONE": 1},
        ("caddy", "systemd"),
    ),
    # Frigate 0.13 starting in Docker (a guide passing a Coral TPU to it): s6's `[INFO] ...`
    # lines before the first stamped one are each an INFO event (were one event, no level)
    "frigate_plain.log": Expected(
        "iso-level",
        12,
        12,
        _utc("2024-06-16 21:18:36"),
        _utc("2024-06-16 21:18:38"),
        {"INFO": 12},
        ("frigate.app", "peewee_migrate.logs", "detector.coral"),
        failures=2,
    ),
    # ZooKeeper with Strimzi's log4j layout, `%d %p %m (%c) [%t]` (github.com/sitewhere/
    # sitewhere/issues/966): the logger after the message is the source (was in the message)
    "zk36_kafka_style.log": Expected(
        "log4j-trailing",
        4,
        4,
        _utc("2021-03-31 07:37:44.452"),
        _utc("2021-03-31 07:37:54.458"),
        {"INFO": 3, "WARN": 1},
        ("org.apache.zookeeper.server.NettyServerCnxn",),
    ),
    # Heroku's lines as its Dev Center prints them, without their stamp: the dyno is the
    # source, the router's `at=error` an error (was raw text)
    "heroku_devcenter_notime.log": Expected(
        "heroku-bare",
        5,
        5,
        None,
        None,
        {"INFO": 2, "NONE": 2, "ERROR": 1},
        ("postgres", "web.1", "router"),
    ),
    # foreman's output of a Procfile's gunicorn and celery (github.com/freyes/freyes.github.io,
    # content/articles/heroku-python-celery.md): each process is a source, the payload's own
    # stamp its lines' time, foreman's time of day the others' (was clock-text, one source)
    "foreman_gunicorn_celery.log": Expected(
        "foreman",
        31,
        13,
        _utc("2014-02-19 17:43:11"),
        _utc("2014-02-19 17:43:19.750"),
        {"INFO": 9, "NONE": 2, "WARN": 2},
        ("web.1", "worker.1"),
        failures=2,
    ),
    # honcho's output as the README of a project built on hack4impact/flask-base shows it
    # (`honcho start -f Local`): the processes are the sources; no line names the day
    "honcho_rq_flask.log": Expected(
        "foreman",
        8,
        7,
        None,
        None,
        {"NONE": 7},
        ("redis.1", "web.1", "worker.1"),
        failures=1,
    ),
    # docker compose's lines of Vite, a Python worker and PostgreSQL (github.com/suporterfid/
    # pdf-knowledge-kit, docs/issues/DOCKER_FIX_VISUAL_GUIDE.md, its "before" lines): Node's
    # `Error: connect ECONNREFUSED` is no apt history stanza's `Error:` line (was an event of
    # its own, an error without a time, read with apt-history)
    "compose_vite_api_db.log": Expected(
        "compose",
        15,
        5,
        _utc("2025-11-18 23:31:45.354"),
        _utc("2025-11-18 23:31:46.018"),
        {"WARN": 3, "NONE": 1, "ERROR": 1},
        ("api-1", "db-1", "frontend-1"),
        failures=1,
    ),
    # VS Code's exthost.log before 1.80, spdlog's default pattern (an Ionide issue's
    # reproduction README quoting `Log (Extension Host)`): the process is the source (was left
    # out of both source and message, read with iso-level)
    "vscode_exthost_spdlog.log": Expected(
        "spdlog",
        6,
        2,
        _utc("2022-10-26 11:45:42.488"),
        _utc("2022-10-26 11:45:42.489"),
        {"ERROR": 2},
        ("exthost",),
    ),
    # logcat threadtime of a Flutter app (a write-up of a Flutter and Rust app): logcat pads a
    # short tag, `I flutter : `, which is no part of the source (was `flutter `)
    "flutter_logcat_padded_tag.log": Expected(
        "android",
        9,
        9,
        _this_year("03-29 23:29:25.836"),
        _this_year("03-29 23:29:33.042"),
        {"INFO": 9},
        ("flutter",),
    ),
    # CEF's debug.log in SyncTrayzor 1.1.20 on Windows (github.com/canton7/SyncTrayzor/issues/
    # 437): stamps without a fraction of a second, `[0302/060245:ERROR:...]` (was raw text)
    "cef_debug_no_fraction.log": Expected(
        "chromium",
        13,
        7,
        _this_year("03-02 06:02:45"),
        _this_year("03-02 06:02:48"),
        {"ERROR": 7},
        ("gpu_child_thread.cc", "backend_impl.cc"),
    ),
    # teams-for-linux's console (github.com/IsmaelMartinez/teams-for-linux/issues/2646): a
    # Chromium line under electron-log's time-of-day lines is an event of its own, with its
    # date and level (was one of the line above's further lines)
    "electron_clock_chromium_stray.log": Expected(
        "clock-text",
        12,
        11,
        _this_year("06-12 14:02:23.224871"),
        _this_year("06-12 14:02:23.224871"),
        {"NONE": 10, "WARN": 1},
        failures=1,
    ),
    # Mastodon 4.3's puma in the journal (github.com/mastodon/mastodon/issues/33400): Ruby's
    # `I, [2024-12-26T20:31:00.769206 #1514013]` in each message dates the journal's year-less
    # lines (were this year's)
    "mastodon_journal_ruby_logger.log": Expected(
        "syslog",
        5,
        5,
        _utc("2024-12-26 20:31:00"),
        _utc("2024-12-26 20:31:00"),
        {"INFO": 5},
        ("bundle",),
    ),
    # Synapse in the journal (github.com/mautrix/googlechat/issues/18): its own stamp, in UTC
    # five hours ahead of the journal's local one, names the year; the time stays the header's
    "synapse_journal_utc_stamp.log": Expected(
        "syslog",
        3,
        2,
        _utc("2020-04-12 18:50:13"),
        _utc("2020-04-12 18:50:13"),
        {"ERROR": 1, "NONE": 1},
        ("matrix-synapse",),
    ),
    # WirePlumber in a Czech journal (github.com/ublue-os/bazzite/issues/4811): `kvě` is May
    # (was raw text, without times)
    "journal_czech_months.log": Expected(
        "syslog-localized",
        5,
        3,
        _this_year("05-02 04:35:13"),
        _this_year("05-02 04:35:19"),
        {"NONE": 3},
        ("wireplumber",),
    ),
    # Jellyfin in a Polish journal (github.com/chenxiaolong/jellyfin-ffmpeg-fedora/issues/2):
    # `lis` is November, and Serilog's `[16:24:28] [ERR] ` after the time of day an error
    "journal_polish_jellyfin.log": Expected(
        "syslog-localized",
        5,
        3,
        _this_year("11-13 16:24:28"),
        _this_year("11-13 16:24:28"),
        {"ERROR": 2, "NONE": 1},
        ("jellyfin",),
    ),
    # fail2ban 0.10 at HEAVYDEBUG (github.com/fail2ban/fail2ban/issues/2211): Python's `#39-Lev.`
    # for a level of no name is a level (one such line made the file iso-plain's)
    "fail2ban_numbered_level.log": Expected(
        "fail2ban",
        9,
        9,
        _utc("2019-02-14 02:25:13.015"),
        _utc("2019-02-14 02:25:13.850"),
        {"INFO": 4, "NOTICE": 2, "ERROR": 2, "WARN": 1},
        ("fail2ban.filter", "fail2ban.utils"),
    ),
    # Win32-OpenSSH's sshd.log (github.com/PowerShell/Win32-OpenSSH/issues/1477): the number
    # before the stamp is sshd's process id, no source (was the source)
    "sshd_win32_openssh.log": Expected(
        "program-iso",
        17,
        17,
        _utc("2019-10-10 14:26:34.837"),
        _utc("2019-10-10 14:26:58.661"),
        {"DEBUG": 14, "NONE": 3},
    ),
    # Teleport 9.1 (github.com/gravitational/teleport/issues/12139): logrus' `DEBU` is a level,
    # the padded `[PROC:1]    ` the source (file was iso-plain: both stayed in the message)
    "teleport_logrus_levels.log": Expected(
        "iso-level",
        5,
        5,
        _utc("2022-04-21 07:32:31"),
        _utc("2022-04-21 07:32:31"),
        {"INFO": 3, "DEBUG": 2},
        ("PROC:1", "CA"),
    ),
    # Teleport 16 with an offset (github.com/gravitational/teleport/pull/45018): `[AUTH]` is the
    # source (was in the message)
    "teleport_component.log": Expected(
        "iso-level",
        7,
        7,
        _utc("2024-08-02 15:49:16"),
        _utc("2024-08-02 15:49:17"),
        {"INFO": 7},
        # (a subcomponent filling the column, one space after it: `[AUTH:COMP] `, `[AUTH:1:CA] `)
        ("AUTH", "PROC:1", "AUTH:COMP", "AUTH:1:CA"),
    ),
    # Synapse 0.99's homeserver.log (github.com/matrix-org/synapse/issues/4603): `- <lineno> - `
    # before the level and `<request>- ` after it (was iso-plain: no level, no source)
    "synapse_homeserver.log": Expected(
        "python",
        10,
        10,
        _utc("2019-02-10 20:52:54.842"),
        _utc("2019-02-10 20:52:54.902"),
        {"INFO": 8, "WARN": 2},
        ("root", "synapse.app.homeserver"),
    ),
    # ... and an error with its traceback (github.com/matrix-org/synapse/issues/4086)
    "synapse_homeserver_traceback.log": Expected(
        "python",
        7,
        1,
        _utc("2018-10-26 16:53:54.313"),
        _utc("2018-10-26 16:53:54.313"),
        {"ERROR": 1},
        ("synapse.http.server",),
    ),
    # Gitea 1.24 (github.com/go-gitea/gitea/issues/34700): a logger's name where the caller was,
    # `HTTPRequest [I] `, the source, its letter the level (was go-std's: neither)
    "gitea_124_logger.log": Expected(
        "gitea",
        8,
        8,
        _utc("2025-06-12 09:45:00"),
        _utc("2025-06-12 09:45:00"),
        {"INFO": 8},
        ("HTTPRequest",),
    ),
    # Jicofo's errors with their stacks (github.com/jitsi/jitsi-videobridge/issues/531):
    # java.util.logging's `SEVERE: [30] ` after the program and stamp is an error (was no level)
    "jicofo_severe.log": Expected(
        "program-iso",
        12,
        2,
        _utc("2017-09-07 13:52:16.392"),
        _utc("2017-09-07 13:52:17.647"),
        {"ERROR": 2},
        ("Jicofo",),
    ),
    # the Jitsi Videobridge in a German JVM (github.com/jitsi/jitsi-meet/issues/15079):
    # `INFORMATION: [1] ` is INFO
    "jvb_german_levels.log": Expected(
        "program-iso",
        6,
        6,
        _utc("2024-09-02 09:08:14.025"),
        _utc("2024-09-02 09:08:16.617"),
        {"INFO": 6},
        ("JVB",),
    ),
    # dnf 1.x's dnf.log on Fedora 22 (github.com/rpm-software-management/dnf-plugin-system-
    # upgrade/issues/18): the level where syslog writes its host (was syslog's: `DDEBUG` the
    # host, `timer` the program, no level)
    "dnf1_dnf.log": Expected(
        "dnf-1",
        4,
        4,
        _this_year("09-24 20:05:59"),
        _this_year("09-24 20:05:59"),
        {"DEBUG": 3, "INFO": 1},
    ),
    # `puppet agent -t` on its console (github.com/puppetlabs/puppetlabs-puppet_agent/issues/737):
    # `Info: `, `Notice: ` are levels, as `Error: ` and `Warning: ` were
    "puppet_agent_console.log": Expected(
        "raw",
        9,
        9,
        None,
        None,
        {"INFO": 4, "NOTICE": 2, "ERROR": 2, "WARN": 1},
    ),
    # IntelliJ IDEA 2020.3's idea.log (github.com/ben-gibson/GitLink/issues/132): a category
    # shorter than its column padded, `       #com.intellij.idea.Main - `, is the source
    "idea_log_2020.log": Expected(
        "jetbrains",
        8,
        8,
        _utc("2021-03-12 13:23:59.423"),
        _utc("2021-03-12 13:24:01.276"),
        {"INFO": 5, "ERROR": 3},
        ("com.intellij.idea.Main", "tellij.openapi.util.ObjectTree"),
    ),
    # IntelliJ IDEA 2026.1's warning with its trace (github.com/krasa/MavenHelper/issues/146)
    "idea_log_warn_trace.log": Expected(
        "jetbrains",
        5,
        1,
        _utc("2026-06-10 09:20:33.510"),
        _utc("2026-06-10 09:20:33.510"),
        {"WARN": 1},
        ("krasa.mavenhelper.analyzer.UIFormEditor",),
    ),
    # PipeWire in a Spanish journal (github.com/NixOS/nixpkgs/pull/93725): its `[W]` and `[E]`
    # before its uptime are levels (were none)
    "pipewire_journal_levels.log": Expected(
        "syslog-localized",
        7,
        7,
        _this_year("09-11 07:20:39"),
        _this_year("09-11 11:25:43"),
        {"WARN": 5, "NONE": 1, "ERROR": 1},
        ("pipewire", "systemd"),
    ),
    # NetworkManager in a Raspberry Pi's journal (github.com/iiab/iiab/issues/3897): its epoch
    # seconds, `<info>  [1737212459.5354] `, name the year of the journal's year-less stamps
    "networkmanager_journal_epoch.log": Expected(
        "syslog",
        8,
        8,
        _utc("2025-01-18 15:00:59"),
        _utc("2025-01-18 15:00:59"),
        {"INFO": 7, "NONE": 1},
        ("NetworkManager", "systemd"),
    ),
    # containerd 1.6 in the journal (github.com/bottlerocket-os/bottlerocket/pull/3523)
    "containerd_journal_bare_msg.log": Expected(
        "syslog",
        6,
        6,
        _utc("2023-10-12 23:28:50.275890"),
        _utc("2023-10-12 23:28:50.276067"),
        {"INFO": 6},
        ("containerd",),
    ),
    # Suricata's stats.log (github.com/jhhuang7/Exploring-Suricata, stats.log, its first three
    # blocks): a block of counters under its `Date: 9/3/2020 -- 20:07:16` is an event (was read
    # as docker compose's lines, the counters their services, no time)
    "suricata_stats.log": Expected(
        "suricata-stats",
        45,
        4,
        _utc("2020-03-09 20:07:16"),
        _utc("2020-03-09 20:08:32"),
        {"NONE": 4},
        failures=1,
    ),
    # Authelia 3's console, winston's `info: ` and `debug: ` (github.com/authelia/authelia/
    # issues/79): `debug:` is no syslog file's name before grep's colon (was grep's envelope, the
    # debug lines under the info ones)
    "authelia_winston_cli.log": Expected(
        "level-colon",
        11,
        11,
        None,
        None,
        {"DEBUG": 9, "INFO": 2},
    ),
    # OpenVPN 2.6's --log with ISO stamps (github.com/OpenVPN/ovpn-dco/issues/50): `us=339717`
    # is the stamp's microseconds (was left in the message, the time cut to the second)
    "openvpn26_iso_us.log": Expected(
        "iso-plain",
        9,
        9,
        _utc("2023-09-26 08:42:51.339717"),
        _utc("2023-09-26 09:01:20.812530"),
        {"NONE": 8, "WARN": 1},
    ),
    # Bitnami's Keycloak image starting (github.com/bitnami/charts/issues/14869): its scripts'
    # `keycloak 06:21:04.92 INFO  ==> ` (the module, the time of day, the level), dated from
    # Keycloak's own stamped line (was raw text, no time)
    "bitnami_keycloak.log": Expected(
        "bitnami",
        13,
        12,
        _utc("2023-02-14 06:21:04.780"),
        _utc("2023-02-14 06:21:28.847"),
        {"DEBUG": 5, "INFO": 4, "NONE": 2, "WARN": 1},
        ("keycloak", "org.keycloak.services"),
        failures=2,
    ),
    # Asterisk with `dateformat=%F %T,%3q` (github.com/asterisk/asterisk/issues/1711): the
    # milliseconds after the stamp (was iso-plain's: no level, no source)
    "asterisk_ms_dateformat.log": Expected(
        "asterisk",
        11,
        11,
        _utc("2026-01-07 11:25:39.283"),
        _utc("2026-01-07 11:25:40.598"),
        {"NOTICE": 8, "INFO": 2, "WARN": 1},
        ("chan_sip.c", "netsock2.c"),
    ),
    # apt's term.log of a run under Ubuntu's old dpkg, mostly its warnings over the status file
    # (a forum thread's pasted term.log, Ubuntu 10.10, lirc's reinstallation, a few repeated
    # blocks left out): it opens with `Log started: `
    # (was raw text, without times)
    "apt_term_old_dpkg.log": Expected(
        "apt-term",
        50,
        12,
        _utc("2011-08-09 01:18:07"),
        _utc("2011-08-09 01:19:01"),
        {"NONE": 12},
    ),
    # Kamailio 5.6 on stderr (github.com/kamailio/kamailio/issues/3204): `7(5837) DEBUG: <core>
    # [core/tcp_main.c:2761]: `, the SIP message a send dumps under its line (was raw text)
    "kamailio_stderr.log": Expected(
        "kamailio-stderr",
        21,
        10,
        None,
        None,
        {"DEBUG": 8, "ERROR": 2},
        ("core",),
    ),
    # Pterodactyl's Wings 1.11 (github.com/pterodactyl/panel/issues/4985; the paste lost the
    # first line's leading space): apex/log's ` INFO: [Jan 23 15:51:09.928] ` (was raw text:
    # java.util.logging's rule took `INFO: [` for a record's second line)
    "wings_apex_cli.log": Expected(
        "apex-cli",
        10,
        10,
        _this_year("01-23 15:51:09.928"),
        _this_year("01-23 15:51:10.091"),
        {"INFO": 10},
    ),
    # Telegraf 1.2 in the journal (github.com/influxdata/telegraf/issues/2486; the host six
    # hours behind UTC): its `I!` after its own stamp is INFO (was no level). Read in UTC, its
    # zoned stamps lie six hours after the journal's naive ones: an upload naming no timezone
    # reads the journal at the offset they show (`zones.naive_offset`)
    "telegraf_journal_bang_levels.log": Expected(
        "syslog",
        6,
        6,
        _utc("2017-02-16 12:44:05"),
        _utc("2017-02-16 18:44:05"),
        {"INFO": 4, "NONE": 2},
        ("telegraf",),
    ),
    # `ausearch -i` (github.com/linux-audit/audit-kernel/issues/121): the time in the locale's
    # format, `msg=audit(02/25/20 00:29:15.732:13133) : `, the records of one event one event,
    # `----` closing it (was raw text, no time)
    "ausearch_interpreted.log": Expected(
        "auditd",
        6,
        2,
        _utc("2020-02-25 00:29:15.732"),
        _utc("2020-02-25 00:29:32.088"),
        {"NONE": 2},
        ("PROCTITLE",),
    ),
    # coturn with `new-log-timestamp` (github.com/coturn/coturn/issues/1285): its pid right after
    # the zoned stamp, `2023-10-04T02:33:52-0500(343249): INFO: ` (was raw text, no time)
    "coturn_new_log_timestamp.log": Expected(
        "iso-level",
        3,
        3,
        _utc("2023-10-04 07:33:52"),
        _utc("2023-10-04 07:33:52"),
        {"INFO": 3},
    ),
    # Frigate 0.12 starting (github.com/blakeblackshear/frigate/issues/6110): a logger of no dot,
    # padded to its column (`peewee_migrate      INFO    : `), is the source too
    "frigate_undotted_logger.log": Expected(
        "iso-level",
        10,
        10,
        _utc("2023-04-14 18:50:53.442179"),
        _utc("2023-04-14 18:50:54.322732"),
        {"INFO": 10},
        ("frigate.app", "peewee_migrate"),
    ),
    # Janus 0.1.2 with its timestamps, under valgrind (github.com/meetecho/janus-gateway/pull/578):
    # its `[WARN] ` after the ctime stamp is a warning
    "janus_ctime_levels.log": Expected(
        "dmesg",
        20,
        5,
        _utc("2016-09-01 11:29:18"),
        _utc("2016-09-01 11:29:18"),
        {"NONE": 4, "WARN": 1},
        failures=1,
    ),
    # Liberty 23.0.0.8 on Java 17 (github.com/e30532/RHDG, its README's messages.log): the
    # comma after the date, `[9/16/23, 7:48:43:400 UTC]` (was raw text, no time)
    "liberty23_messages.log": Expected(
        "websphere",
        33,
        26,
        _utc("2023-09-16 07:48:43.400"),
        _utc("2023-09-16 07:51:55.453"),
        {"NONE": 12, "INFO": 11, "ERROR": 2, "WARN": 1},
        ("com.ibm.ws.kernel.launch.internal.FrameworkManager", "SystemErr"),
        failures=12,
    ),
    # WebSphere's SystemErr.log in Pacific time (IBM Business Automation Workflow's docs,
    # "Limitations in administering the BPM document store"): `PDT` is seven hours behind UTC
    # (was read as UTC)
    "websphere_systemerr_pdt.log": Expected(
        "websphere",
        7,
        7,
        _utc("2013-03-20 06:31:12.548"),
        _utc("2013-03-20 06:33:25.867"),
        {"ERROR": 6, "NONE": 1},
        ("SystemErr",),
        failures=1,
    ),
    # Hugging Face's example scripts (transformers 4.19, a notebook's output): `05/12/2022
    # 09:08:19 - INFO - datasets.utils.file_utils - ` (the level and logger were in the message)
    "hf_examples_logging.log": Expected(
        "hf-examples",
        5,
        5,
        _utc("2022-05-12 09:08:19"),
        _utc("2022-05-12 09:08:22.496"),
        {"INFO": 4, "NONE": 1},
        ("datasets.utils.file_utils",),
        failures=1,
    ),
    # PyTorch 2.5's NCCL watchdog (github.com/modelscope/DiffSynth-Studio/issues/458):
    # `[rank4]:[E318 07:39:53.792630246 ProcessGroupNCCL.cpp:616] ` (was raw text; torchrun's
    # `[rank4]:` is an envelope, the file the lines' source)
    "torch_nccl_watchdog.log": Expected(
        "torchrun",
        5,
        5,
        _this_year("03-18 07:39:53.792630"),
        _this_year("03-18 07:39:53.792795"),
        {"ERROR": 5},
        ("ProcessGroupNCCL.cpp",),
    ),
    # ... and before 2.3, `[E ProcessGroupNCCL.cpp:458] ` with no time, under Lightning's
    # progress bar (github.com/pytorch/pytorch/issues/118369)
    "torch_nccl_watchdog_old.log": Expected(
        "torch-c10",
        5,
        5,
        None,
        None,
        {"ERROR": 4, "NONE": 1},
        ("ProcessGroupNCCL.cpp",),
        failures=1,
    ),
    # PHP-FPM 7.0 at `log_level = debug` (github.com/VirtuBox/ubuntu-nginx-web-server/issues/
    # 35): microseconds in the stamp, `[25-Jun-2019 20:37:12.330148] ` (was raw text, no time)
    "php_fpm_debug_usec.log": Expected(
        "php",
        8,
        4,
        _utc("2019-06-25 20:37:12.330148"),
        _utc("2019-06-25 20:37:12.642169"),
        {"DEBUG": 3, "NOTICE": 1},
    ),
    # PHP's CLI writing a fatal error with its stack, no stamp (github.com/Pierre-Lannoy/
    # wp-decalog/issues/67): `PHP Fatal error: ` is FATAL (was no level)
    "php_cli_fatal.log": Expected("raw", 9, 1, None, None, {"FATAL": 1}),
    # CodeIgniter 4's writable/logs/log-2023-01-01.log (committed in a public repository): the
    # guard line, then `CRITICAL - 2023-01-01 11:46:08 --> `, a database error's lines under it
    # (was raw text, no time)
    "codeigniter4_log.log": Expected(
        "codeigniter",
        28,
        3,
        _utc("2023-01-01 11:46:08"),
        _utc("2023-01-01 11:47:11"),
        {"CRITICAL": 2, "NONE": 1},
        failures=1,  # the guard line
    ),
    # CodeIgniter 3 with `log_date_format = 'd-m-Y H:i:s'` (a WAMP project's log, 2018)
    "codeigniter3_log_day_first.log": Expected(
        "codeigniter",
        8,
        7,
        _utc("2018-07-10 10:37:33"),
        _utc("2018-07-10 10:41:01"),
        {"ERROR": 6, "NONE": 1},
        failures=1,
    ),
    # Jetty 11.0.6 starting (github.com/jetty-project/embedded-jetty-live-war, its README): the
    # level padded, `:INFO :oejs.Server:main: ` (was raw text)
    "jetty11_padded_level.log": Expected(
        "jetty",
        7,
        7,
        _utc("2021-08-10 15:41:23.499"),
        _utc("2021-08-10 15:41:24.041"),
        {"INFO": 6, "NONE": 1},
        ("oejs.Server",),
        failures=1,
    ),
    # WebLogic 12.2.1.2's server log (an @EJB injection bug's reproduction README): its
    # supplemental attributes, `<[severity-value: 64] [rid: 0] ...> `, before the message id
    # (were read as the id, `BEA-149074> <` left in each message)
    "weblogic1221_server.log": Expected(
        "weblogic",
        19,
        8,
        _utc("2017-01-26 11:53:00.497"),
        _utc("2017-01-26 11:53:24.718"),
        {"INFO": 8},
        ("Deployer", "web.DummyWebBean"),
    ),
    # gunicorn 19.7 and Django's error on the same stderr (github.com/spender-sandbox/
    # cuckoo-modified/issues/493): `Internal Server Error: /` and its traceback are an error of
    # their own (were the last `Booting worker` line's further lines)
    "gunicorn_django_500.log": Expected(
        "iso-level",
        17,
        8,
        _utc("2017-11-07 11:26:26"),
        _utc("2017-11-07 11:26:26"),
        {"INFO": 7, "ERROR": 1},
        failures=1,
    ),
    # Next.js 12.2.3's dev server (github.com/vercel/next.js/issues/39178): `event - `, `error - `
    # name the line's kind, an error's stack under it (was raw text, no levels)
    "nextjs12_dev.log": Expected("nextjs", 9, 2, None, None, {"INFO": 1, "ERROR": 1}),
    # Laravel's `queue:work` output, three projects' published lines one after another: the
    # job's id after the stamp, `[2022-01-02 03:20:44][1] ` (was raw text, no time)
    "laravel_queue_worker.log": Expected(
        "iso-plain",
        6,
        6,
        _utc("2020-12-19 15:51:12"),
        _utc("2022-01-02 03:20:45"),
        {"NONE": 6},
    ),
    # TensorFlow 2.20 starting (github.com/tue-bmd/zea/issues/333): Abseil's log before
    # absl::InitializeLog(), `E0000 00:00:1776861778.547665       1 `, the epoch seconds its time
    # (was raw text, no time or level)
    "absl_epoch_glog.log": Expected(
        "glog",
        7,
        6,
        _utc("2026-04-22 12:42:58.533589"),
        _utc("2026-04-22 12:42:58.565164"),
        {"ERROR": 3, "WARN": 3},
        ("cuda_dnn.cc:8579",),
    ),
    # Tomcat 7 in a Spanish JVM (the unredd portal's admin docs, geoladris; frames shortened):
    # java.util.logging's `oct 03, 2016 10:30:31 AM <class> <method>`, then `INFORMACIÓN: ` (was
    # raw text, a record's two lines apart)
    "tomcat7_jul_spanish.log": Expected(
        "java-logging",
        31,
        10,
        _utc("2016-10-03 10:30:31"),
        _utc("2016-10-03 10:30:33"),
        {"INFO": 6, "WARN": 3, "ERROR": 1},
    ),
    # Torque's server_logs (github.com/PecanProject/pecan/issues/652): `;000d;PBS_Server.21174;
    # Job;18713...;`, the event type's error bit an error (was raw text, no time)
    "torque_server.log": Expected(
        "pbs",
        9,
        9,
        _utc("2015-10-23 10:05:38"),
        _utc("2015-10-23 10:06:07"),
        {"INFO": 6, "ERROR": 3},
        ("PBS_Server",),
    ),
    # PBS Pro's mom_logs (github.com/openpbs/openpbs/pull/818): its debug bits are DEBUG
    "pbspro_mom.log": Expected(
        "pbs",
        12,
        12,
        _utc("2018-09-25 15:55:44"),
        _utc("2018-09-25 15:56:04"),
        {"INFO": 6, "DEBUG": 6},
        ("pbs_mom",),
    ),
    # Open Liberty 19.0.0.12's console.log (IBM Application Navigator's docs, "Application
    # Navigator Logging"): its padded `[AUDIT   ] ` is INFO (the lines were raw text)
    "liberty_console.log": Expected(
        "bracket-level",
        19,
        19,
        None,
        None,
        {"INFO": 12, "NONE": 6, "WARN": 1},
        failures=6,
    ),
    # vLLM's API server under Ray (github.com/vllm-project/vllm/issues/32116): `(ApiServer_3
    # pid=39385) ` before each line, a traceback one event (was raw text, a line an event)
    "ray_vllm_apiserver_traceback.log": Expected(
        "ray-prefix", 11, 1, None, None, {"NONE": 1}, ("ApiServer_3",)
    ),
    # DeepSpeed in a Ray actor (github.com/Open-Reasoner-Zero/Open-Reasoner-Zero/issues/73):
    # `(pid=38582) ` before DeepSpeed's own stamped lines (were raw text)
    "ray_pid_deepspeed.log": Expected(
        "ray-prefix",
        2,
        2,
        _utc("2025-05-10 22:11:01.397"),
        _utc("2025-05-10 22:11:01.398"),
        {"WARN": 1, "INFO": 1},
        ("real_accelerator.py",),
    ),
    # Ray 2.2's driver (github.com/ray-project/ray/issues/31119): its logger's two dashes,
    # `WARNING worker.py:1851 -- `, the file the source (was in the message)
    "ray_worker_logger.log": Expected(
        "iso-level",
        6,
        1,
        _utc("2023-02-24 04:30:19.237"),
        _utc("2023-02-24 04:30:19.237"),
        {"WARN": 1},
        ("worker.py",),
    ),
    # Prefect 2's console (github.com/PrefectHQ/prefect/pull/9740): a flow's run is the logger
    # (the `| ` and the logger were the message, a clock-level line's)
    "prefect_flow.log": Expected(
        "prefect",
        6,
        6,
        None,
        None,
        {"INFO": 6},
        ("prefect.engine", "Flow run 'dandelion-cuscus'", "Flow run 'daft-manul'"),
    ),
    # a failed flow run's traceback under its last line (github.com/PrefectHQ/prefect/issues/
    # 14775, cut where the stored copy ends)
    "prefect_flow_failed.log": Expected(
        "prefect",
        13,
        4,
        None,
        None,
        {"INFO": 3, "ERROR": 1},
        ("prefect", "Flow run 'functional-kingfisher'"),
    ),
    # slurmctld at debug3 (github.com/NVIDIA/pyxis/issues/102): `debug3: ` is the level, a
    # plugin (`select/cons_tres: `) or the scheduler (`sched: `) the source, info's lines name
    # no level (were iso-plain's, the level word left in the message)
    "slurmctld_debug.log": Expected(
        "slurm",
        15,
        15,
        _utc("2025-01-24 14:33:47.410"),
        _utc("2025-01-24 14:33:47.428"),
        {"DEBUG": 14, "INFO": 1},
        ("priority/multifactor", "select/cons_tres", "sched"),
    ),
    # slurmctld refusing a munge credential (CloudVeneto's Slurm set-up notes, a public repo's
    # Markdown: its quoted /var/log/slurm/slurmctld.log)
    "slurmctld_munge.log": Expected(
        "slurm",
        6,
        6,
        _utc("2024-02-12 18:44:00.281"),
        _utc("2024-02-12 18:44:00.291"),
        {"ERROR": 4, "INFO": 2},
        ("auth/munge",),
    ),
    # Strapi 5 under pm2 (a public repo's transcript of a deployment, `pm2 logs strapi`):
    # winston's `http: ` is a level (was the message's)
    "strapi_pm2_http.log": Expected(
        "pm2",
        15,
        15,
        _utc("2025-01-21 20:27:43.132"),
        _utc("2025-01-21 20:29:25.188"),
        {"DEBUG": 15},
        ("0|strapi",),
    ),
    # ... its start: pm2's `0|strapi |` alone is an empty line of the app's (was raw text)
    "strapi_pm2_out.log": Expected(
        "pm2",
        15,
        11,
        _utc("2025-01-21 20:20:16.647"),
        _utc("2025-01-21 20:20:45.013"),
        {"NONE": 7, "INFO": 4},
        ("0|strapi",),
        failures=8,
    ),
    # WordPress' debug.log (Dokan's developer docs, a public repo's snippet): `error_log(
    # print_r($data, true))`'s dump is one event (its lines were a stampless event)
    "wordpress_print_r.log": Expected(
        "php",
        10,
        5,
        _utc("2025-06-30 06:21:37"),
        _utc("2025-06-30 06:25:40"),
        {"WARN": 4, "NONE": 1},
    ),
    # a kernel WARNING's splat in dmesg (linux-kernel, "[PATCH] virtio_vdpa: build affinity
    # masks conditionally", 2023-08-11): one event (was 35)
    "kernel_dmesg_warning.log": Expected(
        "dmesg",
        35,
        1,
        None,
        None,
        {"WARN": 1},
    ),
    # ... in the journal (NixOS notes on unbinding a GPU, a public repo's Markdown): the splat
    # under `cut here` to `end trace` one event, 18 kernel lines after it
    "kernel_journal_warning.log": Expected(
        "syslog",
        61,
        20,
        _this_year("09-09 01:57:57"),
        _this_year("09-09 12:24:39"),
        {"NONE": 19, "WARN": 1},
        ("kernel",),
    ),
    # a KASAN report in kern.log (NeuronRain's USBmd design notes): its stacks are events of
    # their own, its `BUG: ` an error, the kernel's uptime out of the messages; the year is
    # NetworkManager's clock's (`[1499938417.1889]`)
    "kernel_syslog_kasan.log": Expected(
        "syslog",
        68,
        18,
        _utc("2017-07-13 15:03:36"),
        _utc("2017-07-13 15:03:37"),
        {"NONE": 16, "ERROR": 1, "INFO": 1},
        ("kernel", "NetworkManager"),
    ),
    # NetworkManager in the journal (github.com/ublue-os/bazzite/issues/3774): `<info>  [epoch]`
    # is the level and its clock, out of the message; the epoch names the year
    "nm_journal_info.log": Expected(
        "syslog",
        9,
        9,
        _utc("2026-01-01 22:07:36"),
        _utc("2026-01-01 22:07:37"),
        {"INFO": 8, "WARN": 1},
        ("NetworkManager",),
    ),
    # ... at debug (github.com/benzea/gnome-network-displays/issues/62): `<debug> [epoch]`
    "nm_journal_debug.log": Expected(
        "syslog",
        9,
        9,
        _utc("2019-09-30 23:12:09"),
        _utc("2019-09-30 23:12:09"),
        {"DEBUG": 8, "WARN": 1},
        ("NetworkManager",),
    ),
    # ... under `systemctl status NetworkManager` (notes on Linux networking, a public repo's
    # Markdown), among dhclient's lines
    "nm_syslog_dhclient.log": Expected(
        "syslog",
        10,
        10,
        _utc("2024-07-22 14:56:28"),
        _utc("2024-07-22 14:56:28"),
        {"INFO": 8, "NONE": 2},
        ("NetworkManager", "dhclient"),
    ),
    # fail2ban logging to syslog (github.com/fail2ban/fail2ban/issues/1030): its level after
    # the logger is the level, out of the message (no level was read)
    "fail2ban_syslog.log": Expected(
        "syslog",
        10,
        10,
        _this_year("05-15 10:08:45"),
        _this_year("05-15 10:08:45"),
        {"INFO": 8, "ERROR": 2},
        ("fail2ban.jail", "fail2ban.actions.action"),
    ),
    # ... 0.8's, its logger padded to a column (a public repo's notes on fail2ban 0.8.10)
    "fail2ban_syslog_padded.log": Expected(
        "syslog",
        3,
        3,
        _this_year("07-12 02:29:41"),
        _this_year("07-12 02:29:41"),
        {"INFO": 3},
        ("fail2ban.jail", "fail2ban.server"),
    ),
    # Hadoop 2.9.2's NameNode (a public repo's notes on an HA cluster): Jetty 6's logger,
    # `org.mortbay.log: `, is the source (was the message's)
    "hadoop_namenode_mortbay.log": Expected(
        "iso-level",
        31,
        31,
        _utc("2021-07-03 06:30:32.443"),
        _utc("2021-07-03 06:30:34.945"),
        {"INFO": 30, "WARN": 1},
        ("org.mortbay.log", "org.apache.hadoop.http.HttpServer2"),
    ),
    # Cloudera Manager's server log (a public repo's lab answers): `%t:%c: `, the thread
    # before the logger
    "cloudera_scm_mortbay.log": Expected(
        "iso-level",
        4,
        4,
        _utc("2017-12-01 16:46:52.486"),
        _utc("2017-12-01 16:46:58.031"),
        {"INFO": 4},
        ("org.mortbay.log", "com.cloudera.server.cmf.WebServerImpl"),
    ),
    # Jenkins in the journal (a public repo's troubleshooting notes, `journalctl -u jenkins`,
    # cut by the pager): its level after its stamp and `[id=1]` and tabs (none was read)
    "jenkins_journal.log": Expected(
        "syslog",
        27,
        27,
        _utc("2026-01-28 14:46:40"),
        _utc("2026-01-28 14:46:52.174"),
        {"INFO": 23, "NONE": 3, "WARN": 1},
        ("jenkins", "systemd"),
    ),
    # Artifactory 7's service log (JFrog notes on replication, a public repo's Markdown): the
    # class is the source (the line was iso-level's, all its brackets the message)
    "artifactory_replication.log": Expected(
        "jfrog",
        9,
        9,
        _utc("2023-09-07 05:15:49.509"),
        _utc("2023-09-07 05:15:49.796"),
        {"INFO": 9},
        ("llLocalReplicationsService", "o.a.a.c.BasicStatusHolder"),
    ),
    # ... its container's start (a public repo's DevOps course notes, `docker logs -f
    # artifactory`): the scripts' lines, the environment table under one
    "artifactory_console_docker.log": Expected(
        "jfrog",
        67,
        27,
        _utc("2023-07-31 09:33:20.999"),
        _utc("2023-07-31 09:33:41.011"),
        {"INFO": 26, "NONE": 1},
        ("installerCommon.sh",),
        failures=1,
    ),
    # torchrun's --tee (github.com/rwth-i6/i6_core/pull/658): `[default0]:` is the rank's
    # source (was raw text)
    "torchrun_tee.log": Expected(
        "torchrun",
        2,
        2,
        None,
        None,
        {"NONE": 2},
        ("default0", "default3"),
    ),
    # ... a rank's crash (github.com/pytorch/pytorch/issues/75087)
    "torchrun_segfault.log": Expected(
        "torchrun",
        2,
        2,
        None,
        None,
        {"NONE": 1, "FATAL": 1},
        ("default3",),
    ),
    # zypper.log (github.com/openSUSE/zypper/issues/405): libzypp's level digit (<1> MIL is
    # INFO, <2> WAR WARN), the group the source, `Progress++`'s debug (were iso-plain's, the
    # fields the message)
    "zypper.log": Expected(
        "zypper",
        11,
        11,
        _utc("2021-08-04 11:05:08"),
        _utc("2021-08-04 11:05:08"),
        {"INFO": 9, "WARN": 1, "DEBUG": 1},
        ("zypper", "zconfig", "zypp", "Progress"),
    ),
    # WildFly 9's domain mode restarting its host controller (the Chinese "WildFly Cookbook",
    # ch. 3, `domain.sh`'s console): `[Host Controller] ` an envelope, the category the source
    # (was raw text; `[org.jboss.as.process.Host Controller.status]` too)
    "wildfly_domain_restart.log": Expected(
        "wildfly-domain",
        28,
        27,  # (the JVM's warning under the host controller's start goes on with it)
        None,
        None,
        {"INFO": 26, "NONE": 1},
        ("org.jboss.as.process.Host Controller.status", "org.jboss.as", "Host Controller"),
    ),
    # a VM's serial console at boot (github.com/smartxworks/cluster-api-provider-virtink/issues/
    # 34): the journal's `[    2.439912] cloud-init[949]: ` lines name their program, and
    # systemd's `         Starting ...` job lines are events of their own (they continued the
    # status line above)
    "cloudinit_console.log": Expected(
        "systemd-boot",
        15,
        15,
        None,
        None,
        {"INFO": 10, "NONE": 5},
        ("cloud-init",),
    ),
    # a Spark streaming application master on YARN failing to renew its Kerberos token (a blog
    # post, "Spark踩坑之Streaming在Kerberos的hadoop中renew失败"): an exception nested in a class,
    # `...SecretManager$InvalidToken: `, opens its trace under the line that logged it (was an
    # untimed event of its own)
    "spark_yarn_am_stderr.log": Expected(
        "spark",
        68,
        11,
        _utc("2016-11-01 15:11:43"),
        _utc("2016-11-02 03:41:20"),
        {"INFO": 9, "NONE": 1, "WARN": 1},
        ("ApplicationMaster", "RetryInvocationHandler", "Client"),
        failures=1,  # the post's `...`
    ),
    # a Zeek run's reporter.log (github.com/Siham-Kh/zeek-dpdk, reporter.log at 624b735):
    # `Reporter::INFO` is the level, the message column the message (was the row's rest, its
    # message the source)
    "zeek_reporter.log": Expected(
        "zeek",
        11,
        11,
        _utc("2021-05-14 18:55:38.989566"),
        _utc("2021-05-14 18:55:38.989566"),
        {"NONE": 9, "INFO": 2},  # the directives name no level
    ),
    # ... a cluster's, its rows extended with the writer's fields (github.com/zeek/zeek,
    # testing/btest/Baseline/scripts.base.frameworks.logging.field-extension-cluster-error/
    # manager-1.reporter.log at 038dfa6)
    "zeek_reporter_cluster.log": Expected(
        "zeek",
        13,
        13,
        _utc("2016-09-22 23:31:34.261799"),
        _utc("2016-09-22 23:31:39.984660"),
        {"NONE": 9, "WARN": 3, "INFO": 1},
    ),
    # Grafana 9.4 behind the journal (`systemctl status grafana-server`, a public blog's notes):
    # its record's `t=...+08:00` is the time, to the microsecond (was the header's stamp: right
    # to the second where its offset is inferred, 8 h off where UTC is named)
    "grafana_journald_offset.log": Expected(
        "syslog",
        10,
        10,
        _utc("2023-03-17 09:26:01.760020"),
        _utc("2023-03-17 17:26:01"),  # systemd's own line: the header's stamp, in UTC
        {"INFO": 8, "NONE": 1, "WARN": 1},
        ("grafana", "systemd"),
    ),
    # ... Grafana 9's `t=...+0000 lvl=` (Cray CSM's docs, `systemctl status grafana`): the record's
    # year, not one guessed for the header's stamp
    "grafana_journald_lvl.log": Expected(
        "syslog",
        10,
        10,
        _utc("2023-02-08 23:06:38.230"),
        _utc("2023-02-08 23:06:38.550"),
        {"INFO": 10},
        ("grafana",),
    ),
    # Prometheus 3's slog records behind the journal (`time=2026-07-21T06:10:48.133Z level=INFO`,
    # a how-to's `systemctl status prometheus`): the record's time, with its milliseconds
    "prometheus_3_journald_slog.log": Expected(
        "syslog",
        8,
        8,
        _utc("2026-07-21 06:10:48.132"),
        _utc("2026-07-21 06:10:48.154"),
        {"INFO": 8},
        ("prometheus",),
    ),
    # Nomad's hclog lines behind the journal, indented by four spaces (a Nomad-on-AWS README's
    # `systemctl status nomad`): the level read after the indented stamp (was none)
    "nomad_journald_indented.log": Expected(
        "syslog",
        10,
        10,
        _utc("2024-01-08 11:42:25.543"),
        _utc("2024-01-08 11:42:25.817"),
        {"INFO": 10},
        ("nomad",),
    ),
    # etcd 3.4's capnslog lines among raft's Go log lines, whose prefix has no space
    # (`raft2021/05/13 11:26:45 INFO: `, notes of an etcd run): each raft line an event of its
    # own, `raft` the source (they continued the line above)
    "etcd_capnslog_raft.log": Expected(
        "capnslog",
        35,
        35,
        _utc("2021-05-13 11:26:45"),
        _utc("2021-05-13 11:27:28.283434"),
        {"INFO": 29, "WARN": 3, "NOTICE": 3},
        ("embed", "raft", "etcdmain"),
        failures=1,  # etcd's `[WARNING] Deprecated '--logger=capnslog' flag` line, unstamped
    ),
    # Fabric's debug.log (a Fabric 1.21.5 mod's dev client, run/logs/debug.log in a public
    # repository): `[20:09:48] [main/DEBUG] (FabricLoader/Discovery) ` (was raw); the mod list
    # one event under its line; a time of day only
    "minecraft_fabric_debug.log": Expected(
        "thread-level",
        60,
        5,
        None,
        None,
        {"DEBUG": 4, "INFO": 1},
        ("FabricLoader/Knot", "FabricLoader/Discovery", "FabricLoader"),
    ),
    # a Spigot console paste keeping its prompt (`> [23:40:43 ERROR]: `, github.com/iSach/
    # UltraCosmetics issue 53): one ERROR event with its trace (was raw)
    "spigot_console_prompt_trace.log": Expected(
        "bukkit-console",
        21,
        1,
        None,
        None,
        {"ERROR": 1},
    ),
    # Gradle's --debug with ISO stamps (github.com/gradle/gradle, OutputScrapingExecutionFailure
    # Test's debug output, its escapes as the ESC byte): `[LIFECYCLE]` is INFO, a line of only a
    # header names its logger (the status bar before line 6's stamp still hides its line)
    "gradle_debug_iso_ansi.log": Expected(
        "iso-level",
        30,
        27,
        _utc("2019-10-03 07:33:08.990"),
        _utc("2019-10-03 07:33:09.034"),
        {"ERROR": 23, "DEBUG": 3, "INFO": 1},
        (
            "org.gradle.internal.buildevents.BuildExceptionReporter",
            "org.gradle.internal.buildevents.BuildResultLogger",
        ),
    ),
    # ... a reproducer's README (`./gradlew publishToMavenLocal --debug`): `[QUIET]` is INFO
    "gradle_debug_iso_spring.log": Expected(
        "iso-level",
        6,
        6,
        _utc("2020-07-07 13:23:41.205"),
        _utc("2020-07-07 13:23:41.225"),
        {"INFO": 4, "DEBUG": 2},
        ("org.gradle.api.Task", "system.out"),
    ),
    # Vagrant's --debug output (hashicorp/vagrant#6854): log4r's right-aligned level, ` INFO
    # loader: `, then the logger (one event with no level: the padded lines continued it)
    "vagrant_debug.log": Expected(
        "vagrant",
        27,
        26,
        None,
        None,
        {"INFO": 22, "DEBUG": 4},
        ("interface", "loader", "environment"),
    ),
    # Wine's debug channels (Matoking/protontricks#176): `0050:err:module:map_image `, the class
    # the level and the channel the source (was raw)
    "wine_debug_channels.log": Expected(
        "wine",
        12,
        12,
        None,
        None,
        {"ERROR": 7, "WARN": 4, "NONE": 1},
        ("ntoskrnl", "service", "module"),
        failures=1,  # esync's `up and running.`
    ),
    # ... a PROTON_LOG's vkd3d-proton lines, after the seconds since start (Wyze3306/
    # BedrockOnLinux#115)
    "proton_vkd3d.log": Expected(
        "wine",
        10,
        10,
        None,
        None,
        {"INFO": 9, "WARN": 1},
        ("vkd3d-proton",),
    ),
    # NiFi's nifi-app.log (notes on NiFi 1.9.2): logback's `[%t] %c %m`, the logger with no
    # dash before the message, is the source (was none, the thread and logger in the message)
    "nifi_app_hive_stacktrace.log": Expected(
        "iso-level",
        37,
        1,
        _utc("2020-07-06 16:09:39.819"),
        _utc("2020-07-06 16:09:39.819"),
        {"ERROR": 1},
        ("o.a.nifi.dbcp.hive.HiveConnectionPool",),
    ),
    # Solr 8.6 in Docker (a "solr-demo" README): `(main) [   ] o.e.j.u.s.S.config ` leaves the
    # message; the JVM's warnings before it are one unparsed event
    "solr_docker_86.log": Expected(
        "iso-level",
        16,
        7,
        _utc("2020-10-21 16:45:34.668"),
        _utc("2020-10-21 16:45:47.884"),
        {"WARN": 6, "NONE": 1},
        ("o.e.j.u.s.S.config", "o.e.j.x.XmlConfiguration", "o.a.s.c.CoreContainer"),
        failures=1,
    ),
    # pytest's live log with `[%(levelname)8s]` (a course's exercise answers): `[    INFO]` is
    # INFO (was iso-plain's, no level); pytest's own lines are unparsed
    "pytest_live_log_padded_level.log": Expected(
        "iso-level",
        23,
        22,
        _utc("2025-03-24 21:40:19"),
        _utc("2025-03-24 21:40:24"),
        {"NONE": 16, "INFO": 6},
        failures=16,
    ),
    # Kafka Connect under Confluent for Kubernetes (vdesabou/kafka-docker-playground#8761): the
    # context after the logger, ` - app=connect, clusterId=confluent, server=0` (was iso-level's
    # line, no source)
    "kafka_connect_cfk_suffix.log": Expected(
        "kafka",
        6,
        6,
        _utc("2026-08-07 19:09:28.067"),
        _utc("2026-08-07 19:09:28.385"),
        {"INFO": 6},
        (
            "org.apache.kafka.common.utils.AppInfoParser",
            "org.apache.kafka.clients.Metadata",
            "org.apache.kafka.clients.consumer.internals.ClassicKafkaConsumer",
        ),
    ),
    # Elasticsearch 5.0's log (elastic/elasticsearch#19868): its padded logger of no dots,
    # `[node                     ] [7kX1QFh] `, and the node after it leave the message
    "elasticsearch_5_bootstrap_trace.log": Expected(
        "bracketed",
        13,
        4,
        _utc("2016-08-08 16:43:37.203"),
        _utc("2016-08-08 16:43:37.343"),
        {"INFO": 3, "WARN": 1},
        ("bootstrap", "node", "transport"),
    ),
    # a GitHub Actions job log of a Maven build (a public repository's CI log): the runner's
    # `##[error]Process completed with exit code 1.` is an error (was none)
    "maven_gha_compile_failure.log": Expected(
        "timestamps",
        43,
        34,
        _utc("2025-10-15 12:01:22.674280"),
        _utc("2025-10-15 12:01:24.946554"),
        {"ERROR": 16, "INFO": 13, "NONE": 5},
        failures=6,  # the runner's own lines
    ),
    # Pulsar's standalone broker (apache/pulsar#11413), stamped with the time of day alone: its
    # build's date in a message (`Built by ... at 2020-01-22T23:10:15+0800`) is not the log's
    # day (was: every line on it)
    "pulsar_build_date.log": Expected(
        "time-thread-level",
        8,
        8,
        None,
        None,
        {"INFO": 8},
        ("org.apache.pulsar.broker.PulsarService", "org.apache.zookeeper.ClientCnxn"),
    ),
    # an Airflow 2 task log in Europe/Istanbul (a public repository's SparkSubmitOperator notes):
    # `%Z` of a zone of no abbreviation is its offset, `[2022-05-26, 07:03:53 +03] ` (was: no
    # line parsed, each `AIRFLOW_CTX_*` line an event)
    "airflow_task_offset.log": Expected(
        "airflow",
        18,
        6,
        _utc("2022-05-26 04:03:53"),
        _utc("2022-05-26 04:03:53"),
        {"INFO": 5, "ERROR": 1},
        ("taskinstance.py:1569", "spark_submit.py:488"),
    ),
    # Hive's CLI with `hive.root.logger=DEBUG,console` (a public repository's study notes):
    # `yy/MM/dd HH:mm:ss [%t]: %p %c{2}: ` (was: HTCondor's `MM/DD/YY`, month 18, no time)
    "hive_cli_thread.log": Expected(
        "spark",
        6,
        2,
        _utc("2018-09-30 15:21:14"),
        _utc("2018-09-30 15:21:14"),
        {"INFO": 1, "WARN": 1},
        ("hive.metastore",),
    ),
    # Sonarr 2's NLog layout (Sonarr/Sonarr#3277): `19-8-26 06:40:19.4|Info|`, `yy-M-d`, the
    # fraction in tenths (was: no line parsed)
    "sonarr2_short_date.log": Expected(
        "nlog",
        7,
        7,
        _utc("2019-08-26 06:40:19.400"),
        _utc("2019-08-26 06:51:48"),
        {"INFO": 4, "WARN": 3},
        ("RssSyncService", "Torznab", "DownloadDecisionMaker"),
    ),
    # a Ray driver's output (ray-project/ray#19695): a worker's `C`, RAY_LOG(FATAL) in spdlog's
    # letters, before its stack trace (was: no level, the header in the message)
    "ray_driver_critical.log": Expected(
        "ray-prefix",
        10,
        3,
        _utc("2021-10-25 02:52:12.853"),
        _utc("2021-10-25 02:52:12.881"),
        {"WARN": 1, "ERROR": 1, "FATAL": 1},
        ("invoke_nested_task", "worker.py"),
    ),
    # HAProxy 2.2's master and workers through syslog (observIQ/bindplane-otel-collector#424):
    # its own `[WARNING] 136/215539 (1502) : ` names the level and leaves the message (was: no
    # level, the header in the message); ALERT is syslog's, read as FATAL
    "haproxy_syslog_own_levels.log": Expected(
        "haproxy",
        11,
        11,
        _this_year("05-17 21:55:39"),
        _this_year("05-17 21:58:23"),
        {"NOTICE": 5, "WARN": 4, "FATAL": 2},
        ("haproxy",),
    ),
    # Prefect 3's console with the thread's column (PrefectHQ/prefect#15153): `| DEBUG   |
    # APILogWorkerThread | prefect._internal.concurrency - ` (was: clock-level, no source, the
    # thread and logger in the message)
    "prefect3_thread.log": Expected(
        "prefect",
        11,
        4,
        None,
        None,
        {"DEBUG": 4},
        ("prefect._internal.concurrency",),
    ),
    # Vault 1.4's hclog with an offset (hashicorp/vault#8719)
    "vault_hclog_offset.log": Expected(
        "iso-level",
        16,
        16,
        _utc("2020-04-09 21:53:00.337"),
        _utc("2020-04-09 21:53:00.338"),
        {"INFO": 9, "DEBUG": 7},
        ("core", "identity", "expiration", "rollback"),
    ),
    # Vault 0.x, HashiCorp's logutils under Go's stamp (hashicorp/vault#872)
    "vault_logutils.log": Expected(
        "go-std",
        12,
        12,
        _utc("2015-12-17 12:45:09"),
        _utc("2015-12-17 12:45:14"),
        {"INFO": 9, "ERROR": 2, "DEBUG": 1},
        ("core", "rollback"),
    ),
    # ESPHome's `esphome logs` at VERY_VERBOSE (esphome/issues#3737): an API message printed
    # over lines under the clock alone, `[01:54:56]  client_info: ...` and `[01:54:56]}`, is one
    # event (was: 13 lines each an event of their own)
    "esphome_api_dump.log": Expected(
        "esphome",
        25,
        12,
        None,
        None,
        {"TRACE": 8, "DEBUG": 4},
        ("sensor", "api.service", "api.connection", "scheduler"),
    ),
    # Syncthing 0.11 with Go's file and line (syncthing/syncthing#2080)
    "syncthing011_shortfile.log": Expected(
        "go-std",
        10,
        10,
        _utc("2015-07-22 16:59:40.013424"),
        _utc("2015-07-22 17:00:27.148510"),
        {"INFO": 7, "DEBUG": 3},
        ("LBYX3", "monitor"),
    ),
    # rspamd's own log file (chatmail/relay#20): `#pid(process) <task>; module; ` (was:
    # iso-plain, the header in the message, no source)
    "rspamd_native.log": Expected(
        "rspamd",
        8,
        8,
        _utc("2023-10-15 21:36:35"),
        _utc("2023-10-15 21:36:35"),
        {"NONE": 8},
        ("task", "lua"),
    ),
    # strongSwan's charon file log with `time_format` (a public repository's notes on AppArmor
    # and /var/log/charon.log): `Feb 27 16:22:44.144 00[DMN] ` (was: raw, no time)
    "strongswan_charon_file.log": Expected(
        "strongswan",
        5,
        5,
        _this_year("02-27 16:22:44.144"),
        _this_year("02-27 16:22:44.454"),
        {"NONE": 5},
        ("DMN", "KNL"),
    ),
    # OPNsense's IPsec log view copied into a repository's notes, newest first: the severity's
    # word and the process are columns (was: iso-plain, both in the message, no level)
    "opnsense_view_charon.log": Expected(
        "opnsense-view",
        22,
        22,
        _utc("2025-05-09 19:32:34"),
        _utc("2025-05-09 19:32:58"),
        {"INFO": 22},
        ("charon",),
    ),
    # Hadoop 3's MapReduce job client (kermitt2/grisp#19), log4j's `%p %c{2}: %m`
    "hadoop_job_client_c2.log": Expected(
        "iso-level",
        10,
        10,
        _utc("2025-01-20 09:26:09.995"),
        _utc("2025-01-20 09:27:29.392"),
        {"INFO": 10},
        ("mapreduce.Job",),
    ),
    # Teleport's text log without its time (gravitational/teleport#5699): `DEBU [PROC:1]    `
    # (was: raw, `DEBU` no level)
    "teleport_no_time.log": Expected(
        "teleport-text",
        12,
        12,
        None,
        None,
        {"DEBUG": 9, "INFO": 3},
        ("PROC:1", "SSH:PROXY", "AUDIT:1"),
    ),
    # slurmd on its standard error in a container (scalableminds/webknossos-libs#929):
    # `slurmd: error: ` names the program and the level (was: raw, no source)
    "slurmd_stderr.log": Expected(
        "program-level",
        5,
        5,
        None,
        None,
        {"ERROR": 5},
        ("slurmd",),
    ),
    # a Celery worker under Open edX's logging (openedx/openedx-platform#14951): `%(process)d
    # [%(name)s] %(filename)s:%(lineno)d - ` (was: no source, all of it in the message)
    "openedx_celery.log": Expected(
        "iso-level",
        8,
        8,
        _utc("2017-04-19 20:49:33.072"),
        _utc("2017-04-19 20:49:33.087"),
        {"INFO": 8},
        ("celery.worker.strategy", "celery.worker.job"),
    ),
    # ROS 1's rospy node log (Wei1234c/ROS_node_on_Windows, its README's talker log)
    "rospy_talker.log": Expected(
        "rospy",
        19,
        19,
        _utc("2018-03-16 21:17:00.447"),
        _utc("2018-03-16 21:17:01.438"),
        {"INFO": 19},
        ("rospy.client", "xmlrpc", "rosout"),
    ),
    # ROS 1 Kinetic's rosout.log on simulated time (Autonomous-Motorsports-Purdue/AMP_ASSv1,
    # its first 21 lines): seconds since the simulation's start are no time
    "ros1_rosout_simtime.log": Expected(
        "rosout",
        21,
        19,
        None,
        None,
        {"INFO": 16, "WARN": 1, "NONE": 2},
        ("main.cpp", "amcl_node.cpp"),
        1,
    ),
    # roscpp's console, wall and simulated time, among a node's printf lines
    # (allanwhledu/ROS-WS-PLANNING, its first 75 lines)
    "roscpp_console.log": Expected(
        "ros1",
        75,
        75,
        _utc("2020-01-19 07:23:44.945504"),
        _utc("2020-01-19 07:23:45.659429"),
        {"INFO": 49, "WARN": 19, "NONE": 7},
        (),
        7,
    ),
    # rospy's console on simulated time, under roslaunch (agilexrobotics/ugv_gazebo_sim#26)
    "ros1_console_simtime.log": Expected(
        "ros1",
        5,
        5,
        _utc("2024-04-19 12:06:34.406269"),
        _utc("2024-04-19 12:06:38.036492"),
        {"INFO": 1, "ERROR": 1, "NONE": 3},
        (),
        3,
    ),
    # `ros2 launch` on the console, ROS 2 Humble (raaftw/PDM_tiago_ws's launch.log, lines left
    # out in 4 places): launch's own lines, then its processes' under `[name-n] `
    "ros2_launch_console.log": Expected(
        "ros2-launch",
        71,
        68,
        _utc("2026-01-04 18:38:00.916982"),
        _utc("2026-01-04 18:38:05.530984"),
        {"INFO": 53, "WARN": 9, "NONE": 6},
        ("launch", "map_server", "map_io", "static_transform_publisher-21", "root"),
        6,
    ),
    # a node's Python traceback under launch's prefix, among other nodes' lines
    # (A-sambhav/VTOL_sim's launch.log, repeated lines left out)
    "ros2_launch_traceback.log": Expected(
        "ros2-launch",
        63,
        40,
        _utc("2026-06-02 20:28:42.050252"),
        _utc("2026-06-02 20:28:42.503146"),
        {"INFO": 32, "WARN": 2, "NONE": 6},
        ("controller_node-5", "planner_node", "launch"),
        6,
    ),
    # ROS 2 launch's own log file, ~/.ros/log/<run>/launch.log, with ArduPilot's SITL
    # (theMostCreativeUserName/ackermann-ardupilot, repeated lines left out)
    "ros2_launch_log.log": Expected(
        "ros2-launch-log",
        40,
        40,
        _utc("2025-03-12 14:24:45.011391"),
        _utc("2025-03-12 14:26:08.942652"),
        {"INFO": 18, "WARN": 3, "ERROR": 1, "NONE": 18},
        ("launch", "mavproxy.py -5", "sdformat_urdf", "robot_state_publisher"),
        18,
    ),
    # Geth 1.15 on Sepolia (Rishavkapil/ethereum-sepolia-node-setup's geth.log, its first 68
    # lines and 3 later ones): log15's terminal header, the year inferred
    "geth_sepolia.log": Expected(
        "geth",
        71,
        71,
        _this_year("04-24 16:08:15.400"),
        _this_year("04-24 16:09:15.164"),
        {"INFO": 65, "WARN": 6},
    ),
    # Geth behind the journal in a French locale (ethereum/go-ethereum#21990): its level read,
    # its header out of the message
    "geth_journal_fr.log": Expected(
        "syslog-localized",
        7,
        7,
        _this_year("12-10 04:55:30"),
        _this_year("12-10 04:56:20"),
        {"INFO": 7},
        ("geth",),
    ),
    # Erigon behind the journal (scx1332/erigon_monitor, its first 43 lines and a later one):
    # `[EROR]` is an error, a value's `level=WRN` no level of the line's
    "erigon_journal.log": Expected(
        "syslog",
        44,
        44,
        _this_year("08-09 15:45:05"),
        _this_year("08-09 15:50:31"),
        {"INFO": 43, "ERROR": 1},
        ("erigon",),
    ),
    # Lighthouse's own log, slog's terminal format (a node launcher's README): not syslog's
    "lighthouse_crit.log": Expected(
        "lighthouse",
        10,
        10,
        _this_year("11-21 17:45:41.833"),
        _this_year("11-21 21:01:59.013"),
        {"INFO": 4, "WARN": 4, "CRITICAL": 1, "NONE": 1},
        ("beacon", "slot_notifier"),
        1,
    ),
    # ... and behind the journal (sigp/lighthouse#3615)
    "lighthouse_journal.log": Expected(
        "syslog",
        6,
        6,
        _this_year("09-27 10:11:05"),
        _this_year("09-27 10:11:50"),
        {"INFO": 6},
        ("lighthouse",),
    ),
    # Tendermint 0.33's text log (notes on an appHash mismatch), an app's print above it
    "tendermint_apphash.log": Expected(
        "tendermint",
        4,
        4,
        _utc("2020-11-06 14:04:45.360"),
        _utc("2020-11-06 14:04:49.532"),
        {"INFO": 1, "ERROR": 2, "NONE": 1},
        ("consensus", "state"),
        1,
    ),
    # Nimbus 0.5's chronicles lines, at +02:00 (nimbus-eth2's docs)
    "nimbus_chronicles.log": Expected(
        "chronicles",
        4,
        4,
        _utc("2020-08-03 14:24:17.950"),
        _utc("2020-08-03 14:24:17.958"),
        {"INFO": 3, "WARN": 1},
        ("beacval", "beacnde"),
    ),
    # Nethermind 1.31's console, its initialization banner under its last stamped line
    # (setup notes; some lines left out)
    "nethermind_banner.log": Expected(
        "nethermind",
        55,
        39,
        _this_year("03-26 03:54:37"),
        _this_year("03-26 03:55:01"),
        {"NONE": 39},
    ),
    # PX4's SITL console with Gazebo Classic's lines (a post on installing PX4-Autopilot):
    # `INFO  [commander] `, the module the source
    "px4_sitl_console.log": Expected(
        "level-module",
        52,
        36,
        None,
        None,
        {"INFO": 27, "WARN": 1, "ERROR": 2, "NONE": 6},
        ("commander", "px4", "mavlink"),
        7,
    ),
    # the Arduino IDE's serial monitor with its times, an ESP32's panic (notes on an ESP32):
    # the arrow leaves the message
    "arduino_serial_monitor.log": Expected("clock-text", 22, 22, None, None, {"NONE": 22}),
    # Zephyr 3.5's console, a board's MPU test (a board's docs; their indentation taken off)
    "zephyr_console.log": Expected(
        "zephyr", 40, 36, None, None, {"ERROR": 29, "NONE": 7}, ("os",), 7
    ),
    # GStreamer's GST_DEBUG in QGroundControl (mavlink/qgroundcontrol#10627)
    "gstreamer_debug.log": Expected(
        "gstreamer",
        9,
        9,
        None,
        None,
        {"DEBUG": 6, "WARN": 2, "INFO": 1},
        ("basesrc", "GST_PADS", "GST_ERROR_SYSTEM"),
    ),
    # ffmpeg's decoder errors as SRS' transcoder printed them (ossrs/srs#550)
    "ffmpeg_h264_errors.log": Expected("ffmpeg", 20, 20, None, None, {"NONE": 20}, ("h264",), 4),
    # OBS Studio 25's log (obsproject/loganalyzer#56): its times of day dated by the
    # `Current Date/Time: ` line it writes
    "obs_windows.log": Expected(
        "clock-text",
        28,
        28,
        _utc("2020-06-09 11:08:19.401"),
        _utc("2020-06-09 11:08:19.897"),
        {"NONE": 28},
    ),
    # mpv's --log-file (mpv-player/mpv#9053)
    "mpv_log_file.log": Expected(
        "mpv", 17, 17, None, None, {"DEBUG": 17}, ("cplayer", "console", "auto_profiles")
    ),
    # libVLC 3's verbose log through vlcj (caprica/vlcj#299)
    "vlc_verbose.log": Expected(
        "vlc",
        15,
        15,
        None,
        None,
        {"DEBUG": 14, "ERROR": 1},
        ("core", "avcodec", "vdpau_avcodec"),
    ),
    # Gazebo Sim 8's server at -v4 (gazebosim/gz-sim#2285)
    "gazebo_sim.log": Expected(
        "gazebo",
        18,
        18,
        None,
        None,
        {"INFO": 15, "DEBUG": 3},
        ("ServerConfig.cc", "SystemManager.cc"),
    ),
    # SSSD 1.x with a child process' lines, its name bracketed twice (insights-core's parser
    # test, its made-up last line left out): three records, not further lines of one
    "sssd1_krb5_child.log": Expected(
        "sssd",
        16,
        16,
        _utc("2017-02-13 08:32:07"),
        _utc("2017-02-14 09:45:02"),
        {"TRACE": 11, "DEBUG": 1, "INFO": 2, "CRITICAL": 2},
        ("sssd[krb5_child[7231]]", "sssd[be[redhat.com]]", "sssd"),
    ),
    # Keycloak 25 on Quarkus, Liquibase's update summary printed under a line (a runtime
    # diagnosis' startup log), and Keycloak 26's `started in` going on over two lines (notes)
    "keycloak25_liquibase.log": Expected(
        "jboss",
        24,
        16,
        _utc("2026-01-29 21:54:28.540"),
        _utc("2026-01-29 21:54:37.920"),
        {"INFO": 15, "WARN": 1},
        ("io.quarkus", "org.keycloak.services"),
    ),
    "keycloak26_started.log": Expected(
        "jboss",
        10,
        7,
        _utc("2025-11-16 20:09:29.004"),
        _utc("2025-11-16 20:09:40.677"),
        {"INFO": 6, "NONE": 1},
        ("io.quarkus",),
        1,
    ),
    # podman-compose's `[service]   | ` (project notes; Keycloak 18 and PostgreSQL)
    "podman_compose_keycloak.log": Expected(
        "compose",
        44,
        37,
        _utc("2025-08-13 12:35:19.887"),
        _utc("2025-08-14 01:38:37.031"),
        {"INFO": 21, "WARN": 12, "ERROR": 4},
        ("idp-serv-external", "postgres"),
    ),
    # FreeRADIUS' radius.log with an unpadded day (pihomeserver/Kupiki-Hotspot-Script#199)
    "freeradius_unpadded_day.log": Expected(
        "ctime",
        7,
        7,
        _utc("2020-05-01 12:51:01"),
        _utc("2020-05-01 13:07:06"),
        {"INFO": 7},
    ),
    # Apereo CAS 6's `[%c] - <%m>` (apereo/cas#4504)
    "cas6_warn_trace.log": Expected(
        "jboss",
        5,
        2,
        _utc("2019-12-03 08:54:45.004"),
        _utc("2019-12-03 08:54:45.011"),
        {"ERROR": 1, "WARN": 1},
        ("org.apereo.cas.authentication.PolicyBasedAuthenticationManager",),
    ),
    # Gluu 3's oxauth.log, log4j's `[%t] [%C{6}] (%F:%L) - ` (GluuFederation/oxAuth#604)
    "gluu_oxauth.log": Expected(
        "iso-level",
        4,
        1,
        _utc("2017-08-08 13:37:10.299"),
        _utc("2017-08-08 13:37:10.299"),
        {"ERROR": 1},
        ("xdi.oxauth.token.ws.rs.TokenRestWebServiceImpl",),
    ),
    # ceph-osd 15's startup (canonical/hotsos' test data, lines left out): a daemon's or
    # subsystem's prefix is the source, a message's first word is not (`set uid:gid to`)
    "ceph_osd_octopus.log": Expected(
        "ceph",
        54,
        46,
        _utc("2022-02-10 09:32:05.746"),
        _utc("2022-02-10 09:32:06.666"),
        {"DEBUG": 36, "INFO": 9, "ERROR": 1},
        ("bluestore", "rocksdb", "osd.0", "bdev"),
    ),
    # ceph-osd 14's milliseconds before Octopus, an abort's message on the line after it
    # (canonical/hotsos' test data)
    "ceph_osd_nautilus.log": Expected(
        "ceph",
        9,
        6,
        _utc("2021-02-09 20:23:23.884"),
        _utc("2021-04-01 00:52:53.266"),
        {"ERROR": 6},
        ("osd.4", "bluestore"),
    ),
    # rclone 1.60 in VolSync's mover (backube/volsync's test): `INFO  :` at a line's end names
    # its level too, and announces the stats below it, which go on under it
    "rclone_sync.log": Expected(
        "go-std",
        42,
        36,
        _utc("2023-01-09 20:00:47"),
        _utc("2023-01-09 20:00:52"),
        {"DEBUG": 28, "INFO": 5, "NONE": 3},
        (),
        3,
    ),
    # Pacemaker's daemons and DRBD's kernel lines through syslog (a blog on a Proxmox
    # cluster): pacemaker's padded `  notice: ` names the level
    "pacemaker_drbd_syslog.log": Expected(
        "syslog",
        23,
        23,
        _this_year("08-04 14:22:04"),
        _this_year("08-04 14:22:55"),
        {"NOTICE": 10, "WARN": 2, "NONE": 11},
        ("crmd", "stonithd", "pengine", "kernel"),
        4,
    ),
    # NFS-Ganesha 2.7 at debug (nfs-ganesha/nfs-ganesha#552): the day first, the component
    # the source
    "ganesha_debug.log": Expected(
        "ganesha",
        10,
        10,
        _utc("2020-03-07 23:39:28"),
        _utc("2020-03-07 23:39:28"),
        {"DEBUG": 9, "NOTICE": 1},
        ("FSAL", "MAIN"),
    ),
    # Duplicati 2's --log-file at -06 (duplicati/duplicati#2658)
    "duplicati.log": Expected(
        "duplicati",
        6,
        6,
        _utc("2020-02-02 02:49:37"),
        _utc("2020-02-02 02:50:02"),
        {"INFO": 6},
        ("Duplicati.Library.Main.Controller", "Duplicati.Library.Main.BasicResults"),
    ),
    # monerod 0.18's log, its columns parted by tabs (bolives-hax/monrod-bigendian-demo-lmdb)
    "monerod.log": Expected(
        "monerod",
        43,
        43,
        _utc("2024-09-24 00:42:55.156"),
        _utc("2024-09-24 00:43:21.208"),
        {"INFO": 43},
        ("global", "logging", "stacktrace"),
    ),
    # lnd 0.19 (ZeusLN/lnd's lnd.log, the fork's own prints among its lines): the subsystem
    # is the source, it and the file out of the message
    "lnd_mixed.log": Expected(
        "lnd",
        145,
        145,
        _utc("2025-09-14 15:43:52.954"),
        _utc("2025-09-14 15:44:13.236"),
        {"INFO": 51, "DEBUG": 27, "WARN": 2, "NONE": 65},
        ("LTND", "RPCS", "HSWC"),
        5,
    ),
    # Besu 24's pipes at +07:00 (langss1/Bhumi's besu.log), its banner one event
    "besu_banner.log": Expected(
        "log4j-pipes",
        79,
        51,
        _utc("2026-05-23 15:51:30.594"),
        _utc("2026-05-23 15:51:42.604"),
        {"INFO": 48, "WARN": 2, "NONE": 1},
        ("Besu", "Runner", "KeyPairUtil"),
        1,
    ),
    # Bitcoin Core 26's debug.log with its categories (Maaxboon/rust-capstone-project)
    "bitcoind_categories.log": Expected(
        "iso-plain",
        64,
        60,
        _utc("2025-07-25 10:27:45.929530"),
        _utc("2025-07-25 10:28:10.714215"),
        {"NONE": 57, "DEBUG": 2, "WARN": 1},
        ("leveldb", "net", "validation"),
    ),
    # ... and 28's under `docker compose` (a note quoting its output): one service's lines are
    # read as one log, `parameter interaction: ` no host and program
    "bitcoind_compose.log": Expected(
        "compose",
        39,
        34,
        _utc("2024-12-18 17:57:19"),
        _utc("2024-12-18 19:03:55"),
        {"NONE": 33, "WARN": 1},
        ("bitcoin-regtest-node-1",),
        1,
    ),
    # a Substrate collator (InfraBlockchain's docs): the thread and target out of the message
    "substrate_parachain.log": Expected(
        "substrate",
        27,
        27,
        _utc("2023-10-30 14:32:24.276"),
        _utc("2023-10-30 14:32:54.021"),
        {"INFO": 19, "DEBUG": 6, "WARN": 2},
        ("sc_service::client::client", "parachain", "sub-libp2p"),
    ),
    # a Core Lightning fork's debug log (a setup doc): the subsystem the source
    "core_lightning.log": Expected(
        "core-lightning",
        21,
        21,
        _utc("2021-05-30 15:54:47.542"),
        _utc("2021-06-01 19:39:41.541"),
        {"DEBUG": 19, "INFO": 2},
        ("lightningd", "gossipd", "plugin-autoclean"),
    ),
    # Prysm 2.0 behind the journal (OffchainLabs/prysm#9788): logrus' `time="2021-10-16
    # 15:26:11"`, the header's wall clock, gives the year (was this year's)
    "prysm_journal.log": Expected(
        "syslog",
        9,
        9,
        _utc("2021-10-16 15:26:11"),
        _utc("2021-10-16 15:26:11"),
        {"NONE": 3, "WARN": 3, "INFO": 2, "ERROR": 1},
        ("beacon-chain", "systemd"),
    ),
    # 389 Directory Server 1.3's errors log under FreeIPA (a blog on FreeIPA's KDC): its
    # subsystem before ` - ` is the source
    "ds389_errors_legacy.log": Expected(
        "clf-stamp",
        10,
        10,
        _utc("2026-02-26 09:32:44"),
        _utc("2026-02-26 09:33:00"),
        {"NONE": 10},
        ("NSMMReplicationPlugin",),
    ),
    # ... and 1.3's behind the journal (an LDAP setup README): its own stamp, with its year and
    # zone, is the time, its level the line's (was this year's, no level)
    "ds389_journal.log": Expected(
        "syslog",
        10,
        10,
        _utc("2020-09-30 21:25:11"),  # systemd's line, in UTC as no timezone was given
        _utc("2020-10-01 01:25:11"),
        {"NOTICE": 8, "INFO": 1, "NONE": 1},
        ("ns-slapd", "systemd"),
    ),
    # authentik and oauth2-proxy under compose (a tutorial on both): oauth2-proxy's request
    # lines are records of their own, their status naming the level (were further lines of
    # its other lines)
    "oauth2_proxy_compose.log": Expected(
        "compose",
        31,
        31,
        _utc("2024-12-31 04:38:11"),
        _utc("2024-12-31 04:39:00.120948"),
        {"INFO": 23, "WARN": 3, "ERROR": 2, "NONE": 3},
        ("oauth2-proxy", "server-1", "worker-1"),
    ),
    # Samba 4.19's AD DC behind the journal (ALT Linux notes, `journalctl -u samba`): each
    # record's header and its indented message lines are one event, its debug level named
    "samba_ad_journal.log": Expected(
        "syslog",
        17,
        8,
        _utc("2026-04-04 21:50:05"),
        _utc("2026-04-04 21:50:08.624378"),
        {"ERROR": 6, "NONE": 2},
        ("samba", "smbd", "winbindd", "systemd"),
    ),
    # glusterd 3.12 (gluster-log-colorize's README): a translator with a slash is the source
    "glusterd_rdma.log": Expected(
        "glusterfs",
        16,
        16,
        _utc("2017-06-19 06:00:40.762751"),
        _utc("2017-06-19 06:00:42.478183"),
        {"INFO": 11, "WARN": 4, "ERROR": 1},
        ("0-rpc-transport/rdma", "0-management"),
    ),
    # Kubo 0.21 with a plugin (nopfs' README): zap's caller after the logger leaves the message
    "kubo_zap_caller.log": Expected(
        "zap-console",
        8,
        8,
        _utc("2023-06-13 19:26:56.951"),
        _utc("2023-06-13 19:26:56.952"),
        {"INFO": 2, "NONE": 6},
        ("nopfs",),
        6,
    ),
    # BitBake's console (oe-alliance/oe-alliance-core#309; gmacario/easy-jenkins#54): NOTE
    # is INFO, the recipe and task the source, the failed task's log under its error one event
    "bitbake_gettext_fail.log": Expected(
        "bitbake",
        9,
        6,
        None,
        None,
        {"ERROR": 3, "INFO": 2, "NONE": 1},
        ("gettext-native-0.19.8.1-r0 do_compile",),
        1,
    ),
    "bitbake_opkg_fail.log": Expected("bitbake", 17, 3, None, None, {"ERROR": 2, "DEBUG": 1}),
    # Bareos 23's job log from bconsole (a media-vault script's README, lines left out): the
    # daemon the source, out of the message; the job's report one event
    "bareos_joblog.log": Expected(
        "bareos-joblog",
        26,
        18,
        _utc("2024-07-31 16:33:08"),
        _utc("2024-07-31 16:33:09"),
        {"NONE": 18},
        ("bareos-dir",),
    ),
    # Ory Kratos 1.3's text log, logrus' quoting off (a tutorial on Kratos): the message runs to
    # the next key, the service the source (was raw text)
    "ory_kratos_text.log": Expected(
        "logrus-unquoted",
        8,
        8,
        _utc("2024-12-26 11:10:04"),
        _utc("2024-12-26 11:10:05"),
        {"INFO": 7, "WARN": 1},
        ("Ory Kratos",),
    ),
    # rclone 1.60 with --log-systemd (rclone/rclone#6518): sd-daemon's `<7>` the level, its own
    # `DEBUG : ` out of the message; its listing's lines between
    "rclone_systemd_prefix.log": Expected(
        "systemd-console", 15, 15, None, None, {"DEBUG": 13, "NONE": 2}, (), 2
    ),
    # stratisd's Rust log behind syslog (stratis-storage/stratisd#1383; its paste wrapped two
    # lines): `WARN libstratis::engine::...: ` names the level
    "stratis_syslog.log": Expected(
        "syslog",
        6,
        6,
        _this_year("12-22 18:09:05"),
        _this_year("12-22 18:09:06"),
        {"INFO": 2, "WARN": 1, "NONE": 3},
        ("stratisd", "kernel"),
        2,
    ),
    # Prometheus 2.11's logfmt (prometheus/prometheus#6049): `component=` names the source
    # before `caller=` (was the caller, `component=` out of the message and the source both)
    "prometheus_component.log": Expected(
        "logfmt",
        9,
        9,
        _utc("2019-09-24 11:18:53.438"),
        _utc("2019-09-24 11:18:53.479"),
        {"INFO": 9},
        ("tsdb", "main.go:329"),
    ),
    # Prometheus 2.0's pre-release on logrus (prometheus/prometheus#2680): `source="main.go:
    # 193"` the source
    "prometheus1_logrus.log": Expected(
        "logrus-text", 6, 6, None, None, {"INFO": 6}, ("main.go:193", "main.go:340")
    ),
    # the OpenTelemetry Collector's console pasted with spaces for its tabs (apache/skywalking
    # #8026) and vmagent's from `kubectl logs` (VictoriaMetrics/helm-charts#1434): zap's
    "otelcol_console_spaces.log": Expected(
        "zap-console",
        9,
        9,
        _utc("2021-10-27 11:34:43.650"),
        _utc("2021-10-27 11:34:43.662"),
        {"INFO": 9},
        ("service/collector.go:262",),
    ),
    "vmagent_flags.log": Expected(
        "zap-console",
        10,
        10,
        _utc("2024-09-11 10:31:01.555"),
        _utc("2024-09-11 10:31:01.555"),
        {"INFO": 10},
        ("VictoriaMetrics/lib/logger/flag.go:12",),
    ),
    # Filebeat 1.0's debug output (elastic/filebeat#287; a line wrapped in the paste): Beats'
    # `DBG ` after the file and line
    "filebeat1_debug.log": Expected(
        "go-std",
        13,
        13,
        _utc("2015-11-24 11:54:56.318874"),
        _utc("2015-11-24 11:54:56.347694"),
        {"INFO": 7, "DEBUG": 5, "NONE": 1},
        ("beat.go", "async.go"),
        1,
    ),
    # Logstash 8.1 (a tutorial's run): its pipeline after its logger out of the message
    "logstash_pipeline.log": Expected(
        "bracketed",
        17,
        11,
        _utc("2022-05-08 10:56:38.950"),
        _utc("2022-05-08 10:56:42.144"),
        {"INFO": 10, "WARN": 1},
        ("logstash.javapipeline", "logstash.runner"),
    ),
    # a GitHub Actions runner under actions-runner-controller, `kubectl logs --prefix` (a
    # deployment report): `[RUNNER <time> LEVEL <component>] `
    "arc_runner_kubectl.log": Expected(
        "kubectl",
        50,
        50,
        _utc("2026-04-06 20:24:12"),
        _utc("2026-04-06 20:24:12"),
        {"INFO": 50},
        ("pod/swarm-runners-scaleset-b84z5-runner-twx7c/runner",),
    ),
    # Zigbee2MQTT 1.x's console (Koenkk/zigbee2mqtt#1656), its locale's time
    "zigbee2mqtt_1.log": Expected(
        "zigbee2mqtt-1",
        11,
        11,
        _utc("2019-06-27 17:16:40"),
        _utc("2019-06-27 17:16:43"),
        {"DEBUG": 4, "ERROR": 4, "INFO": 3},
    ),
    # HOOBS' `[Homebridge] [8/31/2019, 2:24:20 PM] ` (hoobs-org/HOOBS#118) and Homebridge 1.6 in
    # an en-GB locale, the day first (homebridge/homebridge#3417)
    "hoobs_homebridge.log": Expected(
        "homebridge",
        19,
        19,
        _utc("2019-08-31 14:24:20"),
        _utc("2019-08-31 14:24:25"),
        {"NONE": 19},
        ("Homebridge", "Broadlink RM"),
    ),
    "homebridge_day_first.log": Expected(
        "homebridge",
        8,
        7,
        _utc("2023-08-22 06:05:21"),
        _utc("2023-08-22 06:05:35"),
        {"NONE": 6, "ERROR": 1},
        ("Harmony Hub", "Deebot"),
    ),
    # Bamboo's container log as Rancher 1.2's UI showed it (rancher/community-catalog#354): its
    # PM glued to the message is the afternoon's (was read as the morning's, `PM` in the text)
    "bamboo_glued_ampm.log": Expected(
        "slash-ampm",
        11,
        11,
        _utc("2016-12-05 18:28:28"),
        _utc("2016-12-05 18:28:28"),
        {"NONE": 10, "FATAL": 1},
    ),
    # Concourse's lager JSON behind the journal (concourse/concourse#707): its epoch, a string,
    # the header's second, gives the year (was this year's)
    "concourse_lager_journal.log": Expected(
        "syslog",
        5,
        5,
        _utc("2016-10-19 02:15:06.710886"),
        _utc("2016-10-19 02:15:26.710859"),
        {"NONE": 5},
        ("concourse",),
    ),
    # oVirt 4.1's engine.log (oVirt/ovirt-vdsmfake#17): whole hours right after the
    # milliseconds, `,624+02` (the time was two hours off, the rest of the stamp in the message),
    # then JBoss' logger, thread and correlation id
    "ovirt_engine.log": Expected(
        "iso-level",
        9,
        1,
        _utc("2017-03-29 07:45:32.624"),
        _utc("2017-03-29 07:45:32.624"),
        {"ERROR": 1},
        ("org.ovirt.engine.core.vdsbroker.VdsManager",),
    ),
    # vCenter's vpxd at -06:00 (a KB-style page; two blocks joined) and ESXi 6.5's hostd with a
    # question's further lines (a forum page): `[Originator@6876 sub=...] ` leaves the message
    "vcenter_vpxd_offset.log": Expected(
        "esxi",
        16,
        3,
        _utc("2020-04-14 18:48:16.306"),
        _utc("2020-04-14 18:59:58.869"),
        {"ERROR": 2, "INFO": 1},
        ("vpxd",),
    ),
    "esxi_hostd_question.log": Expected(
        "esxi",
        22,
        17,
        _utc("2018-07-05 20:53:34.441"),
        _utc("2018-07-06 21:02:22.566"),
        {"INFO": 16, "DEBUG": 1},
        ("hostd",),
    ),
    # Vector 0.11's console, its stamp without a year (vectordotdev/vector#4994): its WARN
    # line was unparsed, its target left in the message
    "vector_console.log": Expected(
        "vector",
        9,
        9,
        _this_year("11-11 19:54:27.163"),
        _this_year("11-11 19:54:27.180"),
        {"INFO": 8, "WARN": 1},
        ("vector::app", "vector::config::compiler"),
    ),
    "snapd_journal_xe.log": Expected(
        "syslog",
        15,
        8,
        _this_year("10-30 04:01:43"),
        _this_year("10-30 04:01:43"),
        {"NONE": 4, "DEBUG": 4},
        ("snapd", "systemd"),
    ),
    "journal_heading_offset.log": Expected(
        "syslog",
        56,
        56,
        # the heading (`end at Sat 2023-12-23 20:31:27 +07`) gives the year, its zone an offset
        _utc("2023-11-24 15:53:14"),
        _utc("2023-12-23 20:25:15"),
        {"NONE": 56},
        ("systemd",),
    ),
    "log4j_padded_bracket.log": Expected(
        "iso-level",
        5,
        5,
        _utc("2023-02-13 13:54:56"),  # the collector's stamp first, then the program's
        _utc("2023-02-13 13:54:56"),
        {"INFO": 5},  # log4j's `[%5p]`: `[ INFO]`
    ),
    "pacman_hook_warning.log": Expected(
        "pacman",
        25,
        25,
        _utc("2019-10-29 02:20:50"),  # written 21:20:50-0500
        _utc("2019-10-29 02:22:58"),
        {"NONE": 23, "WARN": 2},  # mkinitcpio's `==> WARNING: Possibly missing firmware`
        ("ALPM-SCRIPTLET",),
    ),
    "cockroach_v2_multiline.log": Expected(
        "cockroach",
        24,
        14,  # `⋮ [-] 5881 +build: ...`: an entry's further lines, after its counter and a `+`
        _utc("2021-07-09 04:25:13.062372"),
        _utc("2021-07-09 04:25:20.043493"),
        {"INFO": 12, "WARN": 2},
        ("cli/start.go:686", "server/status/runtime.go:569"),  # the channel (`1@`) left out
    ),
    "vscode_main.log": Expected(
        "vscode",
        17,
        17,  # two lines of one millisecond and level are two events (not Erlang's one)
        _utc("2025-10-08 10:56:14.706"),
        _utc("2025-10-08 11:20:36.307"),
        {"INFO": 17},
    ),
    "vscode_renderer.log": Expected(
        "vscode",
        14,
        5,  # an error's `at ...` lines and the blank line after it continue it
        _utc("2026-02-20 05:38:11.717"),
        _utc("2026-02-20 06:56:35.069"),
        {"ERROR": 4, "INFO": 1},
        ("Extension Host",),
    ),
    "windows_setupact.log": Expected(
        "windows",
        52,
        34,  # the indented lines of `Host system information:` continue it
        _utc("2022-07-06 08:08:30"),
        _utc("2022-07-06 08:08:30"),
        {"INFO": 31, "WARN": 3},
        ("SP", "MOUPG"),  # a line of no component has none (its message's first word is not)
    ),
    "postgres_ru_locale.log": Expected(
        "iso-plain",
        35,
        18,  # ПОДРОБНОСТИ (DETAIL), КОНТЕКСТ, ОПЕРАТОР (STATEMENT) lines continue their message
        _utc("2023-07-09 14:27:49.068"),  # MSK
        _utc("2023-07-09 15:00:11.806"),
        {"INFO": 16, "ERROR": 2},  # СООБЩЕНИЕ (LOG), ОШИБКА (ERROR)
    ),
    "postgres_rds_query_detail.log": Expected(
        "iso-plain",
        28,
        15,  # `...:[1095]:QUERY:  SELECT ...` continues its ERROR, under the same prefix
        _utc("2013-11-05 16:41:07"),
        _utc("2024-08-03 14:44:05"),
        {"INFO": 14, "ERROR": 1},
    ),
    "journal_ru_months.log": Expected(
        "syslog-localized",
        10,
        10,
        # `авг 09 13:09:20`; PostgreSQL's own `2020-08-09 13:09:20.927 MSK` gives its lines'
        # time (and the year of the others): the journal's stamps are read in the setting's UTC
        _utc("2020-08-09 10:09:20.927"),
        _utc("2020-08-09 13:09:20"),
        {"INFO": 6, "ERROR": 1, "NONE": 3},  # СООБЩЕНИЕ, ОШИБКА behind the journal's header
        ("postgres", "systemd"),
    ),
    "journal_zh_months.log": Expected(
        "syslog-localized",
        12,
        12,
        # containerd's own `time="2022-11-05T21:34:04.444635983+08:00"` gives the year and
        # the time of its lines; the others, `11月 06 15:27:06`, follow in that year
        _utc("2022-11-05 13:34:04.444635"),
        _utc("2022-11-06 15:27:06"),
        {"ERROR": 12},
        ("kubelet", "containerd"),
    ),
    "jetbrains_idea.log": Expected(
        "jetbrains",
        34,
        33,
        _utc("2017-06-22 11:20:44.387"),
        _utc("2017-06-23 10:08:35.701"),
        {"INFO": 32, "WARN": 1},
        # the category between dashes after the level, cut to its last 30 characters, or
        # padded to them (`       #com.intellij.idea.Main - `)
        (
            "ns.python.sdk.PythonSdkUpdater",
            "ng.ui.PyCondaManagementService",
            "com.intellij.idea.Main",
        ),
    ),
    "android_time_markers.log": Expected(
        "android-time",
        27,
        # `--------- beginning of main`: an event of its own, not a failure; a trace's frames
        # under their line's header are its own
        10,
        _this_year("02-19 07:42:02.304"),
        _this_year("02-19 07:43:02.249"),
        {"ERROR": 7, "WARN": 2, "NONE": 1},
    ),
    "docker_desktop.log": Expected(
        "docker-desktop",
        10,
        10,
        _utc("2022-09-29 14:20:32.975192"),  # nine decimals, read to the microsecond
        _utc("2022-09-29 14:20:34.025055"),
        {"INFO": 8, "WARN": 2},  # `[I]`, `[W]`, `[Info ]`
        ("com.docker.backend.exe", "GoBackendProcess"),
    ),
    "vbox.log": Expected(
        "vbox",
        38,
        38,
        # `00:00:12.785782 Log opened 2024-12-01T21:14:54.151772900Z`: each line's time since
        # start placed from there (the first line, above it, 5 µs before)
        _utc("2024-12-01 21:14:54.151767"),
        _utc("2024-12-01 21:14:55.629593"),  # `00:00:14.263603`, 1.477821 s later
        {"NONE": 38},
        ("GUI", "Console"),
    ),
    "android_studio_columns.log": Expected(
        "android-studio-columns",
        38,
        14,  # a stack trace's lines, indented under the message column, continue it
        _utc("2025-12-31 00:27:08.591"),
        _utc("2025-12-31 00:27:30.768"),
        # A (assert) FATAL; logcat's buffer marks and the `PROCESS STARTED` mark have none
        {"ERROR": 8, "FATAL": 3, "NONE": 3},
        ("libc", "InputDispatcher", "Finsky"),  # the tag
    ),
    "jenkins_jul_zh.log": Expected(
        "java-logging-zh",
        25,
        8,  # the setup banner's lines go on under the wizard's line of no message
        _utc("2017-07-15 09:11:15"),  # `七月 15, 2017 9:11:15 上午`
        _utc("2017-07-15 09:11:27"),
        {"INFO": 4, "NONE": 4},  # `信息:` on the line after each header
        ("hudson.model.UpdateSite", "jenkins.install.SetupWizard"),
        failures=4,
    ),
    "apigateway_access.jsonl": Expected(
        "json",
        5,
        5,
        _utc("2023-06-10 15:36:28"),  # `"requestTime":"10/Jun/2023:15:36:28 +0000"`
        _utc("2023-07-26 12:07:03"),
        {"INFO": 5},  # status 200
    ),
    "controller_runtime_zap.log": Expected(
        "zap-epoch",
        10,
        10,  # klog's leader-election lines among them, read as strays (their year the zap's)
        _utc("2022-08-09 06:54:41.847619"),  # `1.6600280818476188e+09`
        _utc("2022-08-09 06:54:57.173026"),
        {"INFO": 9, "DEBUG": 1},
        ("controller-runtime.metrics", "setup", "events"),
    ),
    "fluent_bit_stdout.log": Expected(
        "fluent-bit",
        25,
        14,  # the banner's lines are one event
        # `[0] k-events: [[1722572945.000000000, {}], {...}]`: the stdout output's record, at
        # its own (UTC) time, eight minutes before Fluent Bit read it
        _utc("2024-08-02 04:29:05"),
        _utc("2024-08-02 04:37:09"),
        {"INFO": 12, "NONE": 2},
        ("storage", "k-events"),  # the record's tag
        failures=1,
    ),
    "spring_boot_trimmed.log": Expected(
        "spring-boot",
        62,
        7,  # `Caused by:` and its frames continue their ERROR
        _utc("2021-06-28 09:22:39.939"),
        _utc("2021-06-28 09:22:40.007"),
        {"ERROR": 3, "WARN": 2, "INFO": 2},
        # `... ConditionEvaluationReportLoggingListener :`: an empty message, its space trimmed
        ("ConditionEvaluationReportLoggingListener", "o.h.engine.jdbc.spi.SqlExceptionHelper"),
    ),
    "rust_env_logger_crates.log": Expected(
        "iso-level",
        19,
        17,
        _utc("2019-12-10 15:35:04"),
        _utc("2019-12-10 15:38:43"),
        {"INFO": 16, "NONE": 1},
        ("wascc_httpsrv", "wascc_host::host"),  # the target, a crate's name alone too
        failures=1,
    ),
    "journal_begins_zerolog.log": Expected(
        "syslog",
        21,
        21,
        # `-- Logs begin at Sat 2023-05-13 11:40:28 CEST. --`: the year from the journal's start
        # (its CEST warned of, the stamps read in the timezone setting)
        _utc("2023-05-13 12:49:26"),
        _utc("2023-05-13 12:49:31"),
        {"INFO": 16, "ERROR": 1, "NONE": 4},  # zerolog's console `12:49PM ERR ...`
        ("humansd", "systemd"),
    ),
    "github_actions.log": Expected(
        "github-actions",
        26,
        26,
        _utc("2024-03-01 10:00:00.123456"),  # after a byte order mark; 7 decimals read as 6
        _utc("2024-03-01 10:00:26.5"),
        {"NONE": 22, "ERROR": 1, "WARN": 1, "NOTICE": 1, "DEBUG": 1},  # ##[error]...
        ("Operating System", "Run actions/checkout@v4", "Run npm test"),  # the step: its group
    ),
    # written after each program's documented layout (go-hclog's plain writer as Nomad's
    # log_file and TF_LOG write it, Tornado's and Jupyter Server's LogFormatter, Airflow's
    # log_format, WildFly's console pattern, and the field lists AWS documents for S3 server
    # access logs, VPC flow logs version 2 and CloudFront standard logs): they do not run here
    "nomad.log": Expected(
        "iso-level",
        17,
        12,  # a multi-line value (`  error=`, `  | ...`) continues its ERROR
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:06.789"),
        {"INFO": 6, "ERROR": 3, "DEBUG": 1, "WARN": 1, "TRACE": 1},  # `[INFO]  `, `[ERROR] `
        ("agent", "agent.plugin_loader", "client.driver_mgr.docker", "http"),  # the logger name
    ),
    "terraform.log": Expected(
        "iso-level",
        17,
        15,
        _utc("2024-03-01 09:00:00.123"),  # written 10:00:00.123+0100
        _utc("2024-03-01 09:00:05.111"),
        {"DEBUG": 6, "INFO": 5, "ERROR": 2, "TRACE": 1, "WARN": 1},
        ("backend/local", "provider", "provider.terraform-provider-aws_v5.38.0_x5"),
    ),
    "jupyter_server.log": Expected(
        "tornado",
        34,
        17,  # further lines are indented: the token banner, a traceback, the request headers
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:05"),
        {"INFO": 10, "ERROR": 3, "WARN": 2, "CRITICAL": 1, "DEBUG": 1},  # I E W C D
        ("ServerApp", "LabApp"),
    ),
    "tornado.log": Expected(
        "tornado",
        14,
        7,
        _utc("2024-03-01 10:00:00"),  # `240301 10:00:00`
        _utc("2024-03-01 10:00:09"),
        {"INFO": 2, "ERROR": 2, "WARN": 1, "DEBUG": 1, "CRITICAL": 1},
        ("web:2239", "server:42"),  # module:line
    ),
    "airflow_task.log": Expected(
        "airflow",
        31,
        20,  # `----` rules, env vars and the traceback continue their message
        _utc("2024-03-01 10:00:00"),  # `[2024-03-01, 10:00:00 UTC]`
        _utc("2024-03-01 10:00:05"),
        {"INFO": 16, "ERROR": 2, "WARN": 1, "NONE": 1},
        ("taskinstance.py:1157", "subprocess.py:93"),  # `{file.py:line}`
        failures=1,  # the web UI's `*** Found local files:` lines before the first event
    ),
    "airflow_scheduler.log": Expected(
        "airflow",
        21,
        11,
        _utc("2024-03-01 10:00:00.123"),  # `[2024-03-01T10:00:00.123+0000]`
        _utc("2024-03-01 10:01:30"),
        {"INFO": 8, "WARN": 1, "ERROR": 1, "NONE": 1},
        ("scheduler_job_runner.py:411", "dagbag.py:346"),
        failures=1,  # the banner
    ),
    "wildfly.log": Expected(
        "jboss",
        37,
        13,  # stack traces and a management model dump (`]) - ...: {` to `}`) continue
        None,  # the console writes the time of day only
        None,
        {"INFO": 7, "ERROR": 2, "WARN": 1, "DEBUG": 1, "FATAL": 1, "NONE": 1},
        ("org.jboss.as", "org.jboss.msc.service.fail", "stdout"),  # the category
        failures=1,  # standalone.sh's banner between its two rules, one event
    ),
    "s3_access.log": Expected(
        "s3-access",
        8,
        8,
        _utc("2024-03-01 10:00:00"),
        _utc("2024-03-01 10:31:00"),
        {"INFO": 4, "WARN": 2, "ERROR": 1, "NONE": 1},  # 2xx; 403, 404; 503; a lifecycle action
        ("amzn-s3-demo-bucket1",),  # the bucket
    ),
    "vpc_flow.log": Expected(
        "vpc-flow",
        10,
        10,
        _utc("2024-03-01 10:00:00"),  # the start, 1709287200
        _utc("2024-03-01 10:02:00"),
        {"INFO": 6, "WARN": 3, "NONE": 1},  # REJECT and SKIPDATA are WARN
        # the interface; the header line of a file delivered to S3 names the fields, an event
        ("eni-1235b8ca123456789", "eni-0f9e8d7c6b5a43210"),
    ),
    "cloudfront.log": Expected(
        "cloudfront",
        8,
        8,
        _utc("2024-03-01 10:00:00"),
        _utc("2024-03-01 10:00:05"),
        {"INFO": 3, "WARN": 1, "ERROR": 1, "NONE": 3},  # 200 and 304; 404; 502; 000 has none
        ("LAX50-C1", "FRA56-P8"),  # the edge location
        # `#Version:` and `#Fields:` are events of their own
    ),
    # written after each program's documented layout (auditd's raw records with log_format =
    # ENRICHED, Cisco IOS's `show logging` and the lines a syslog server writes for IOS and ASA
    # devices, NLog's default layout, Snort's and Suricata's alert-fast output, loguru's default
    # format): they do not run here
    "audit.log": Expected(
        "auditd",
        23,
        13,  # the records of one event (SYSCALL, EXECVE, CWD, PATH, PROCTITLE) are one
        _utc("2024-03-01 09:59:50.123"),  # audit(1709287190.123:6745)
        _utc("2024-03-01 10:01:00"),
        {"INFO": 7, "WARN": 6},  # success=no, res=failed, an AVC denial, ANOM_ABEND are WARN
        ("SYSCALL", "USER_AUTH", "AVC", "ANOM_ABEND"),  # the record type
    ),
    "cisco_ios.log": Expected(
        "cisco-ios",
        39,
        19,  # RESTART's version banner, MALLOCFAIL's pools and traceback continue them
        _this_year("03-01 00:00:05.123"),  # `*Mar  1`: the clock was never set
        _this_year("03-01 10:09:15.020"),
        {"NOTICE": 10, "ERROR": 4, "NONE": 2, "WARN": 1, "CRITICAL": 1, "INFO": 1},
        ("SYS", "LINK", "LINEPROTO", "SEC_LOGIN", "OSPF"),  # the facility
        failures=1,  # the prompt and `show logging`'s header
    ),
    "cisco_syslog.log": Expected(
        "cisco-ios",
        12,
        12,
        _this_year("03-01 10:00:00"),  # the server's time: the device's clock is not set
        _this_year("03-01 10:00:30.412"),
        {"NOTICE": 3, "WARN": 3, "ERROR": 2, "CRITICAL": 2, "INFO": 1, "NONE": 1},  # NONE: a debug
        ("SYS", "LINK", "SPANTREE", "ASA"),
    ),
    "cisco_year.log": Expected(
        "cisco-ios-year",
        13,
        12,
        _utc("2024-03-01 10:00:00.123"),  # written 11:00:00.123 CET
        _utc("2024-03-01 10:05:00"),
        {"NOTICE": 6, "ERROR": 2, "WARN": 2, "NONE": 1, "INFO": 1},
        ("SYS", "DMI", "BGP", "PLATFORM"),
    ),
    "nlog.log": Expected(
        "nlog",
        24,
        11,  # exceptions (`--- End of stack trace ...` unindented) and a multi-line message
        _utc("2024-03-01 10:00:00.1234"),
        _utc("2024-03-01 10:00:10.0001"),
        {"INFO": 5, "ERROR": 2, "DEBUG": 1, "TRACE": 1, "WARN": 1, "FATAL": 1},
        ("MyApp.Program", "Microsoft.Hosting.Lifetime", "MyApp.Services.OrderService"),
    ),
    "snort_fast.log": Expected(
        "fast-log",
        13,
        13,
        _this_year("03-01 10:00:00.123456"),
        _this_year("03-01 10:01:30"),
        {"WARN": 6, "NOTICE": 3, "ERROR": 2, "INFO": 1, "NONE": 1},  # priority 1 2 3 4; 0
        ("203.0.113.9", "198.51.100.23", "2001:db8::7"),  # the source address
    ),
    "suricata_fast.log": Expected(
        "fast-log-year",
        9,
        9,
        _utc("2024-03-01 10:00:00.123456"),
        _utc("2024-03-01 10:00:10.25"),  # Snort's `-y` stamp (`03/01/24-`) too
        {"WARN": 5, "NOTICE": 3, "ERROR": 1},
        ("203.0.113.9", "10.0.0.5", "2001:db8::12"),
    ),
    "loguru.log": Expected(
        "loguru",
        24,
        10,  # the caught exception's traceback (`> File ...` lines too) continues its ERROR
        _utc("2024-03-01 10:00:00.123"),
        _utc("2024-03-01 10:00:06"),
        # SUCCESS is NOTICE; a custom level keeps its name
        {
            "INFO": 3,
            "DEBUG": 1,
            "NOTICE": 1,
            "TRACE": 1,
            "WARN": 1,
            "ERROR": 1,
            "CRITICAL": 1,
            "AUDIT": 1,
        },
        ("app.main:startup:42", "__main__:<module>:71"),  # module:function:line
    ),
    # written after each program's documented layout (Oracle's alert log in 11g's and 12.2's
    # stamp styles, a SonarQube container's console, SQL Server's ERRORLOG, Windows'
    # setupapi.dev.log and an Event Viewer CSV export, the last three with CRLF line ends):
    # they do not run here
    "oracle_alert.log": Expected(
        "oracle-alert",
        40,
        12,  # a stamp line opens a record; the lines up to the next stamp are its message
        _utc("2024-03-01 09:00:00"),  # `Fri Mar 01 09:00:00 2024`: 11g's local time
        _utc("2024-03-01 10:12:00"),
        # ORA- errors; a WARNING:, TNS- errors and `Checkpoint not complete`; an instance
        # terminated by PMON; the other records say no level
        {"NONE": 6, "WARN": 3, "ERROR": 2, "FATAL": 1},
        ("J000", "ORA", "ARC1", "PMON"),  # the trace file's process, or the one writing
    ),
    # Oracle's audit trail file (written after its documented layout): the banner about the
    # instance is kept as an unparsed event; each record opens with its time and offset, its
    # fields below (a failed logon's STATUS 1017 is WARN; the extended layout on one line)
    "oracle_audit.aud": Expected(
        "oracle-audit",
        61,
        5,
        _utc("2024-03-01 09:00:00"),
        _utc("2024-03-01 09:05:00"),
        {"NONE": 1, "INFO": 3, "WARN": 1},
        ("/", "SCOTT"),
        failures=1,
    ),
    # ModSecurity's audit log (serial): a record per part A, its time and client from part
    # A's line (ModSecurity 2's `--0400` offset), its first rule's severity the level, a
    # record where no rule matched INFO
    "modsec_audit.log": Expected(
        "modsec-audit",
        59,
        3,
        _utc("2023-06-07 15:47:10"),
        _utc("2023-06-07 21:46:02"),
        {"WARN": 1, "CRITICAL": 1, "INFO": 1},
        ("192.168.45.191", "203.0.113.66", "10.0.0.7"),
    ),
    "sonarqube.log": Expected(
        "sonarqube",
        32,
        22,  # stack traces and Elasticsearch's failed bootstrap checks continue their ERROR
        _utc("2024-03-01 09:58:00"),
        _utc("2024-03-01 10:06:31"),
        {"INFO": 16, "ERROR": 3, "WARN": 2, "DEBUG": 1},
        ("o.s.p.ProcessEntryPoint", "o.s.c.t.CeWorkerImpl", "o.e.b.Bootstrap"),  # the logger
    ),
    "mssql_errorlog.log": Expected(
        "mssql-errorlog",
        28,
        19,  # the banner's indented lines continue the first; an error's text continues it
        _utc("2024-03-01 10:00:00.12"),  # two decimals: hundredths
        _utc("2024-03-01 10:20:00.33"),
        # an error's severity (14, 13, 16: WARN; 17: ERROR; 24: FATAL); a failed login alone
        # is WARN; `This is an informational message` INFO
        {"NONE": 9, "WARN": 4, "INFO": 4, "ERROR": 1, "FATAL": 1},
        ("Server", "Logon", "Backup", "spid9s", "spid52"),
    ),
    "setupapi.dev.log": Expected(
        "setupapi",
        40,
        5,  # the log's header, a boot session and three sections
        _utc("2024-03-01 09:55:12.5"),  # `[Boot Session: ...]`
        _utc("2024-03-01 10:07:30"),  # a section's start
        {"NONE": 2, "INFO": 1, "ERROR": 1, "WARN": 1},  # its worst entry: `!!!`, `!`
        ("Device Install (Hardware initiated)", "SetupCopyOEMInf"),  # what the section did
        failures=1,  # `[Device Install Log]`, the system's version and `[BeginLog]`
    ),
    "windows_events.csv": Expected(
        "windows-events-csv",
        25,
        17,  # a quoted description goes on over the lines after it
        _utc("2024-03-01 10:00:00"),  # `3/1/2024 10:00:00 AM`
        _utc("2024-03-01 12:50:00"),  # `3/1/2024 12:50:00 PM`
        {"INFO": 8, "WARN": 3, "ERROR": 3, "CRITICAL": 1, "TRACE": 1, "NONE": 1},
        ("Service Control Manager", "Application Error", "Contoso, Inc. Updater"),
        failures=1,  # the column header
    ),
    "certbot.log": Expected(
        "python-colon",
        10,
        5,  # the traceback and the exception's further line are the ERROR's
        _utc("2026-03-14 02:17:01.101"),
        _utc("2026-03-14 02:17:02.901"),
        {"DEBUG": 2, "INFO": 1, "WARN": 1, "ERROR": 1},
        ("certbot._internal.main", "certbot._internal.renewal"),
    ),
    "cloud_init.log": Expected(
        "cloud-init",
        10,
        6,
        _utc("2026-03-14 06:00:01.101"),
        _utc("2026-03-14 06:00:05.430"),
        {"DEBUG": 2, "WARN": 2, "INFO": 1, "ERROR": 1},
        ("util.py", "url_helper.py", "handlers.py"),
    ),
    "cups_error.log": Expected(
        "cups",
        7,
        7,
        _utc("2026-03-14 08:12:33"),  # +0100
        _utc("2026-03-14 08:13:00"),
        {"INFO": 2, "DEBUG": 1, "ERROR": 1, "WARN": 1, "NOTICE": 1, "CRITICAL": 1},
    ),
    "named.log": Expected(
        "bind",
        7,
        7,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:36.450"),
        {"INFO": 3, "NOTICE": 1, "ERROR": 1, "WARN": 1, "DEBUG": 1},  # `debug 1` is DEBUG
        ("general", "queries", "security", "lame-servers", "resolver"),  # the categories
    ),
    "nagios.log": Expected(
        "epoch-bracket",
        10,
        10,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:19:13"),
        # CRITICAL and DOWN states are errors, WARNING states and `Warning:` lines warnings
        {"ERROR": 4, "WARN": 2, "INFO": 1, "NONE": 3},
    ),
    "unbound.log": Expected(
        "epoch-bracket",
        5,
        5,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:12:41"),
        {"NOTICE": 2, "INFO": 1, "ERROR": 1, "WARN": 1},
        ("unbound",),
    ),
    "icinga2.log": Expected(
        "icinga2",
        7,
        6,  # the notification command's stderr goes on under its warning
        _utc("2026-03-14 08:12:35"),  # the one line written at +0100
        _utc("2026-03-14 09:12:37"),
        {"INFO": 2, "WARN": 1, "CRITICAL": 1, "DEBUG": 1, "NOTICE": 1},
        ("ApiListener", "PluginNotificationTask", "config"),
    ),
    "weblogic_server.log": Expected(
        "weblogic",
        9,
        5,  # a message with a stack trace runs on to its closing `>`
        _utc("2026-03-14 09:12:33.101"),  # the epoch milliseconds
        _utc("2026-03-14 21:12:36.500"),  # 9:12:36 PM
        {"INFO": 1, "NOTICE": 1, "ERROR": 1, "WARN": 1, "CRITICAL": 1},
        ("Server", "Deployer", "JDBC", "Health"),  # the subsystems
    ),
    "weblogic_stdout.log": Expected(
        "weblogic",
        4,
        4,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:41.002"),
        {"NOTICE": 2, "INFO": 1, "WARN": 1},
        ("Security", "WebLogicServer", "Server"),
    ),
    "websphere.log": Expected(
        "websphere",
        11,
        9,  # the frames of the trace printed to System.err are its lines
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:37.450"),
        # I, A (audit) and O (System.out) are INFO; R (System.err) and E are ERROR
        {"INFO": 3, "ERROR": 2, "WARN": 1, "NONE": 3},
        ("WsServerImpl", "SystemErr", "ThreadMonitor"),
        failures=3,  # the environment banner
    ),
    "clickhouse.log": Expected(
        "clickhouse",
        10,
        6,  # the stack trace and its blank lines are the error's
        _utc("2026-03-14 09:12:33.101234"),
        _utc("2026-03-14 09:12:37.001"),
        {"INFO": 1, "WARN": 1, "ERROR": 1, "DEBUG": 1, "TRACE": 1, "FATAL": 1},
        ("Application", "executeQuery", "default.events (ReplicatedMergeTreeQueue)"),
    ),
    "cockroach.log": Expected(
        "cockroach",
        7,
        7,
        _utc("2026-03-14 09:12:33.101234"),
        _utc("2026-03-14 09:12:37.123456"),
        {"INFO": 4, "WARN": 1, "ERROR": 1, "FATAL": 1},
        ("server/server.go:1042", "net/http/server.go:3161", "server/node.go:403"),
    ),
    "esxi_hostd.log": Expected(
        "esxi",
        5,
        5,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:36"),
        {"INFO": 2, "DEBUG": 1, "WARN": 1, "ERROR": 1},  # verbose is DEBUG
        ("hostd", "vpxa"),
    ),
    "esxi8_syslog.log": Expected(
        "esxi",
        5,
        5,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:36"),
        # In(..), Wa(..), Er(..); vmkernel's WARNING: and ALERT: prefixes
        {"INFO": 2, "WARN": 1, "ERROR": 1, "FATAL": 1},
        ("hostd", "vmkernel", "vmkwarning"),
    ),
    "dmesg_x.log": Expected(
        "dmesg",
        7,
        7,
        None,  # uptimes only
        None,
        {"INFO": 2, "NOTICE": 1, "ERROR": 1, "WARN": 1, "CRITICAL": 1, "DEBUG": 1},
        ("kern", "systemd"),  # the facility, else a program's name (`systemd[1]: `)
    ),
    "xorg.log": Expected(
        "dmesg",
        15,
        11,  # the banner's unstamped lines and the markers' legend go on under their line
        # `(==) Log file: ..., Time: Sat Mar 14 09:12:33 2026` at 25.111 s places the uptimes
        _utc("2026-03-14 09:12:32.991"),
        _utc("2026-03-14 09:12:33.889"),
        {"INFO": 5, "ERROR": 2, "WARN": 1, "NONE": 3},  # (EE), (WW); (II), (--), (==), (**)
    ),
    "nextcloud.log": Expected(
        "json",
        5,
        5,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:12:37"),
        {"ERROR": 1, "INFO": 1, "WARN": 1, "DEBUG": 1, "FATAL": 1},  # levels 0-4
        ("core", "files", "cron"),
    ),
    "gelf.jsonl": Expected(
        "json",
        5,
        5,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:37.5"),
        {"ERROR": 1, "INFO": 1, "WARN": 1, "CRITICAL": 1, "DEBUG": 1},  # syslog severities
    ),
    "zimbra_mailbox.log": Expected(
        "log4j",
        4,
        4,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:36.500"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("soap", "imap", "lmtp", "purge"),  # not the request context in brackets
    ),
    "akka.log": Expected(
        "akka",
        6,
        4,  # the exception and its frame are the ERROR's
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:35.001"),
        {"INFO": 1, "DEBUG": 1, "WARN": 1, "ERROR": 1},
        ("akka://shop/user/orders", "akka://shop/user/payments"),  # the actor paths
    ),
    "ceph.log": Expected(
        "ceph",
        6,
        6,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:37"),
        # the cluster log's [WRN] [INF] [ERR]; priority -1 is an error, 1 and 10 debug
        {"ERROR": 2, "DEBUG": 2, "WARN": 1, "INFO": 1},
        ("cluster", "osd.3", "mon.a", "bluestore"),
    ),
    "elixir.log": Expected(
        "elixir",
        9,
        5,  # the crash report's lines are the error's
        None,  # a time of day without a date
        None,
        {"INFO": 3, "ERROR": 1, "WARN": 1},
    ),
    "glusterfs.log": Expected(
        "glusterfs",
        5,
        5,
        _utc("2026-03-14 09:12:33.101234"),
        _utc("2026-03-14 09:12:37"),
        {"INFO": 1, "ERROR": 1, "WARN": 1, "CRITICAL": 1, "DEBUG": 1},
        ("0-glusterd", "0-management", "0-gv0-client-1"),  # the translators
    ),
    "pacemaker.log": Expected(
        "pacemaker",
        5,
        5,
        _this_year("03-14 09:12:33"),
        _this_year("03-14 09:12:36"),
        {"INFO": 2, "NOTICE": 1, "WARN": 1, "ERROR": 1},
        ("pacemaker-controld", "pacemaker-schedulerd", "pacemaker-fenced"),  # not the node
    ),
    "salt_minion.log": Expected(
        "salt",
        8,
        5,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:37"),
        {"ERROR": 2, "INFO": 1, "WARN": 1, "CRITICAL": 1},
        ("salt.minion", "salt.state", "salt.loader"),
    ),
    "sssd_nss.log": Expected(
        "sssd",
        6,
        6,
        _utc("2026-03-14 09:12:33"),  # the hour padded with a space
        _utc("2026-03-14 09:12:37"),
        # the debug level bits: 0x0010 fatal, 0x0040 failure, 0x0080 minor, 0x0200 data
        {"FATAL": 1, "ERROR": 1, "WARN": 1, "DEBUG": 1, "TRACE": 2},
        ("nss", "be[example.com]"),
    ),
    "zabbix_server.log": Expected(
        "zabbix",
        6,
        6,  # the padded pid opens each line; none continues another
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:36.500"),
        {"NONE": 6},  # Zabbix writes no level
    ),
    "slurmctld.log": Expected(
        "slurm",
        5,
        5,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:36"),
        {"INFO": 3, "ERROR": 1, "FATAL": 1},  # `error: `, `fatal: `, info's lines none
    ),
    "structlog.log": Expected(
        "iso-level",
        4,
        4,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:12:36"),
        {"INFO": 1, "DEBUG": 1, "ERROR": 1, "WARN": 1},  # `[info     ]`
    ),
    "cef.log": Expected(
        "cef",
        5,
        5,
        _this_year("03-14 09:12:33"),
        _this_year("03-14 09:12:37"),
        # severities 10, 6, 3, High, Low
        {"CRITICAL": 1, "WARN": 1, "INFO": 2, "ERROR": 1},
        ("threatmanager", "Deep Security Agent", "SecureSphere"),  # the products
    ),
    "f5_ltm.log": Expected(
        "f5",
        6,
        6,
        _this_year("03-14 09:12:33"),
        _this_year("03-14 09:12:38"),
        {"INFO": 1, "WARN": 1, "ERROR": 1, "NOTICE": 1, "CRITICAL": 1, "FATAL": 1},  # alert
        ("tmm", "mcpd"),  # not the level written before them
    ),
    "mikrotik.log": Expected(
        "mikrotik",
        5,
        5,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:12:37"),
        {"INFO": 3, "CRITICAL": 1, "WARN": 1},  # the worst level among the topics
        ("system", "firewall", "dhcp"),
    ),
    "paloalto.log": Expected(
        "paloalto",
        4,
        4,
        _utc("2026-03-14 09:12:33"),  # the CSV's own time, with its year
        _utc("2026-03-14 09:12:36"),
        # THREAT and SYSTEM entries' severities; a TRAFFIC entry has none
        {"CRITICAL": 1, "INFO": 1, "WARN": 1, "NONE": 1},
        ("TRAFFIC", "THREAT", "SYSTEM"),
    ),
    "pfirewall.log": Expected(
        "windows-firewall",
        8,
        8,
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:12:36"),
        {"INFO": 2, "WARN": 2, "NONE": 4},  # DROP is a warning
        ("TCP", "UDP", "ICMP"),
        # the `#` directives are events of their own
    ),
    "windows_dhcp.log": Expected(
        "windows-dhcp",
        14,
        11,  # the blank lines of the legend
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:12:37"),
        {"INFO": 3, "ERROR": 2, "NONE": 6},  # 14: no address left; 31: DNS update failed
        failures=6,  # the title, the event ID legend and the column names
    ),
    "fortigate.log": Expected(
        "logfmt",
        4,
        4,
        _utc("2026-03-14 09:12:33"),  # date= and time= together
        _utc("2026-03-14 09:12:36"),
        {"NOTICE": 1, "FATAL": 1, "WARN": 1, "INFO": 1},  # alert, information
        ("FG100E",),  # the device (`devname=`)
    ),
    "junos.log": Expected(
        "syslog",
        4,
        4,
        _this_year("03-14 09:12:33"),
        _this_year("03-14 09:12:36"),
        {"NONE": 4},
        ("RT_FLOW", "mgd", "sshd"),  # not the host after Junos' two spaces
    ),
    "boot.log": Expected(
        "systemd-boot",
        8,
        7,  # the hint after a failure belongs to the line before; a job's `Starting` line not
        None,
        None,
        {"INFO": 4, "ERROR": 1, "WARN": 2},  # FAILED; DEPEND and TIME
    ),
    "elb_classic.log": Expected(
        "elb-classic",
        4,
        4,
        _utc("2026-03-14 09:12:33.945958"),
        _utc("2026-03-14 09:12:36.5"),
        {"INFO": 1, "ERROR": 2, "WARN": 1},  # the load balancer's status: 503, 504, 404
        ("my-loadbalancer",),
    ),
    "ios_syslog.log": Expected(
        "apple-syslog",
        5,
        5,
        _this_year("03-14 09:12:33"),
        _this_year("03-14 09:12:37"),
        {"NOTICE": 1, "ERROR": 1, "WARN": 1, "INFO": 1, "DEBUG": 1},
        ("SpringBoard", "kernel", "mediaserverd", "locationd"),  # without the subsystem
    ),
    "macos_install.log": Expected(
        "syslog-iso",
        4,
        4,
        _utc("2026-03-14 08:12:33"),  # +01
        _utc("2026-03-14 09:12:36"),  # +00
        {"NONE": 4},
        ("softwareupdated", "installd", "installer"),
    ),
    "wazuh_alerts.log": Expected(
        "ossec-alerts",
        28,
        5,  # an alert runs on to the next `** Alert`
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 09:16:40"),
        # rule levels 5 and 7, 10, 3, 12
        {"WARN": 2, "ERROR": 1, "INFO": 1, "CRITICAL": 1},
        ("web1", "(db1) 10.0.0.7"),  # the agents
    ),
    "ampm_dayfirst.log": Expected(
        "slash-ampm",
        12,
        9,  # a .NET exception continues the ERROR
        _utc("2014-11-14 23:58:02"),  # `14/11/2014 11:58:02 PM`: a day above 12 comes first
        _utc("2014-11-16 13:15:44"),
        {"INFO": 6, "WARN": 1, "ERROR": 1, "DEBUG": 1},
    ),
    "windows_dns.log": Expected(
        "windows-dns",
        12,
        7,  # the legend's indented lines and blank lines
        _utc("2026-03-14 09:12:33"),
        _utc("2026-03-14 21:12:35"),  # 9:12:35 PM
        {"INFO": 3, "ERROR": 1, "NONE": 3},  # SERVFAIL
        ("PACKET",),
        failures=3,  # the file's preamble
    ),
    "yum.log": Expected(
        "yum",
        4,
        4,
        _this_year("03-14 09:12:33"),
        _this_year("03-14 09:12:36"),
        {"NONE": 4},
    ),
    "logback_console.log": Expected(
        "time-thread-level",
        8,
        5,
        None,  # a time of day without a date
        None,
        {"INFO": 1, "DEBUG": 1, "ERROR": 1, "WARN": 1, "TRACE": 1},
        ("com.example.App", "com.example.web.OrderController"),
    ),
    "logrus_tty.log": Expected(
        "logrus-text",
        5,
        5,
        None,  # seconds since the program started
        None,
        {"INFO": 1, "DEBUG": 1, "WARN": 1, "ERROR": 1, "FATAL": 1},  # DEBU, ERRO, FATA
    ),
    "pino_pretty.log": Expected(
        "pino-pretty",
        10,
        4,  # each message's fields are its indented lines
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:36"),
        {"INFO": 1, "ERROR": 1, "WARN": 1, "DEBUG": 1},
        ("api", "worker"),  # the logger's name, not the pid or host
    ),
    "uwsgi.log": Expected(
        "uwsgi",
        4,
        4,
        _utc("2026-03-14 09:12:33"),  # ctime, with its year
        _utc("2026-03-14 09:12:35"),
        {"INFO": 1, "ERROR": 1, "WARN": 1, "NONE": 1},  # the responses' 200, 502, 404
        ("10.0.0.1", "10.0.0.2"),
        failures=1,  # uWSGI's start-up banner
    ),
    "spdlog.log": Expected(
        "iso-level",
        5,
        5,
        _utc("2026-03-14 09:12:33.101"),
        _utc("2026-03-14 09:12:37.5"),
        {"INFO": 1, "ERROR": 1, "WARN": 1, "CRITICAL": 1, "DEBUG": 1},  # `[critical]`
    ),
    "db2diag.log": Expected(
        "db2diag",
        15,
        3,  # a record runs on to the next stamp
        _utc("2026-01-15 08:12:33.101234"),  # +060: sixty minutes east
        _utc("2026-01-15 08:12:35.001"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},  # Event, Error, Warning
        ("base sys utilities", "buffer pool services"),  # the FUNCTION line's component
    ),
    "libvirtd.log": Expected(
        "libvirt",
        3,
        3,
        _utc("2026-01-15 09:12:33.101"),
        _utc("2026-01-15 09:12:35.001"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},
        ("virNetSocketReadWire", "qemuDomainObjTaint"),
    ),
    "telegraf.log": Expected(
        "telegraf",
        4,
        4,
        _utc("2026-01-15 09:12:33"),
        _utc("2026-01-15 09:12:36"),
        {"INFO": 1, "WARN": 1, "ERROR": 1, "DEBUG": 1},  # I! W! E! D!
        ("agent", "outputs.influxdb"),
    ),
    "netlogon.log": Expected(
        "netlogon",
        3,
        3,
        _this_year("01-15 09:12:33"),
        _this_year("01-15 09:12:34"),
        {"NONE": 2, "CRITICAL": 1},
        ("LOGON", "CRITICAL"),
    ),
    "clamav.log": Expected(
        "clamav",
        4,
        4,
        _utc("2026-01-15 09:12:33"),
        _utc("2026-01-15 09:12:36"),
        {"WARN": 2, "ERROR": 1, "NONE": 1},  # a FOUND signature and WARNING:; ERROR:
    ),
    "activemq.log": Expected(
        "activemq",
        3,
        3,
        _utc("2026-01-15 09:12:33.101"),
        _utc("2026-01-15 09:12:35.001"),
        {"INFO": 1, "WARN": 1, "ERROR": 1},
        ("org.apache.activemq.broker.BrokerService",),  # the logger after the message
    ),
    "dnf.log": Expected(
        "iso-level",
        5,
        5,
        _utc("2026-01-15 09:12:33"),
        _utc("2026-01-15 09:12:36"),
        {"DEBUG": 3, "INFO": 1, "WARN": 1},  # DDEBUG and SUBDEBUG are DEBUG
    ),
    "ansible.log": Expected(
        "ansible",
        6,
        6,
        _utc("2026-01-15 09:12:33.101"),
        _utc("2026-01-15 09:12:36.001"),
        {"NONE": 2, "INFO": 2, "ERROR": 1, "WARN": 1},  # fatal:, [WARNING]:, ok:, changed:
        ("ansible",),
    ),
    "gitea.log": Expected(
        "gitea",
        3,
        3,
        _utc("2026-01-15 09:12:33"),
        _utc("2026-01-15 09:12:35"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},  # [I] [E] [W]
        ("cmd/web.go:242:runWeb()",),
    ),
    "plex.log": Expected(
        "plex",
        3,
        3,
        _utc("2026-01-15 09:12:33.101"),
        _utc("2026-01-15 09:12:35.001"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},
    ),
    "syncthing.log": Expected(
        "syncthing",
        3,
        3,
        _utc("2026-01-15 09:12:33"),
        _utc("2026-01-15 09:12:35"),
        {"INFO": 2, "WARN": 1},
        ("ABCDE",),  # the device
    ),
    "clef.jsonl": Expected(
        "json",
        5,
        5,
        _utc("2026-01-15 09:12:33.101"),  # @t
        _utc("2026-01-15 09:12:37"),
        # @l (none is Information)
        {"INFO": 2, "ERROR": 1, "WARN": 1, "DEBUG": 1},  # VERBOSE is DEBUG
        ("Shop.Orders", "Shop.Payments"),  # SourceContext
    ),
    "k8s_audit.jsonl": Expected(
        "json",
        2,
        2,
        _utc("2026-01-15 09:12:33.101234"),  # requestReceivedTimestamp
        _utc("2026-01-15 09:12:34.205"),
        {"INFO": 1, "WARN": 1},  # the response's 200 and 403, not the audit level
        ("admin", "system:anonymous"),  # the user
    ),
    "cloudflare.jsonl": Expected(
        "json",
        2,
        2,
        _utc("2026-01-15 09:12:33.101"),  # EdgeStartTimestamp, in nanoseconds
        _utc("2026-01-15 09:12:34.205"),
        {"INFO": 1, "ERROR": 1},  # EdgeResponseStatus
    ),
    "okta.jsonl": Expected(
        "json",
        2,
        2,
        _utc("2026-01-15 09:12:33.101"),  # published
        _utc("2026-01-15 09:12:34.205"),
        {"INFO": 1, "WARN": 1},
    ),
    "monolog_json.jsonl": Expected(
        "json",
        2,
        2,
        _utc("2026-01-15 09:12:33.101234"),
        _utc("2026-01-15 09:12:34.205"),
        {"INFO": 1, "ERROR": 1},  # level_name, not the level's number
        ("app", "payments"),  # the channel
    ),
    "nginx_json.log": Expected(
        "json",
        3,
        3,
        _utc("2026-01-15 08:12:33"),  # $time_local at +0100
        _utc("2026-01-15 08:12:35"),
        {"INFO": 1, "ERROR": 1, "WARN": 1},  # the status
    ),
    # real logs read off public issues, test data and write-ups
    # https://github.com/Bumblebee-Project/Bumblebee/issues/479 (Xorg.8.log paste)
    "xorg_old.log": Expected(
        "dmesg",
        17,
        15,
        None,
        None,
        {"INFO": 11, "WARN": 2, "ERROR": 2},
        (),
    ),
    # https://github.com/openwrt/openwrt/issues/17266: an oops' call trace, its code and its
    # trace's end one event (`formats.KERNEL_REPORT_LINE`), under its first line's level
    "dmesg_raw.log": Expected(
        "dmesg",
        28,
        5,
        None,
        None,
        {"DEBUG": 1, "FATAL": 3, "CRITICAL": 1},
        (),
        failures=1,  # (the paste opens inside the report: its first line continues none)
    ),
    # https://github.com/bpftrace/bpftrace/issues/852: the kernel's report of a NULL pointer
    # dereference is one event, its `BUG: ` an error
    "journal_nohostname.log": Expected(
        "syslog-nohost",
        14,
        1,
        _this_year("08-13 12:28:38"),
        _this_year("08-13 12:28:38"),
        {"ERROR": 1},
        ("kernel",),
    ),
    # https://github.com/canonical/cloud-init/issues/2388
    "syslog_cloudinit.log": Expected(
        "syslog-cloudinit",
        5,
        5,
        _this_year("08-15 14:13:42"),
        _this_year("08-15 14:13:42"),
        {"DEBUG": 5},
        ("util.py",),
    ),
    # https://github.com/nm-l2tp/NetworkManager-l2tp/issues/180
    "networkmanager.log": Expected(
        "networkmanager",
        11,
        11,
        _utc("2025-03-26 07:23:03.919300"),
        _utc("2025-03-26 07:23:03.927700"),
        {"DEBUG": 10, "INFO": 1},
        ("device", "platform-linux"),
    ),
    # pi-hole/FTL issue #920 (https://github.com/pi-hole/FTL/issues/920), comment by InfiniteSam
    "pihole_ftl.log": Expected(
        "pihole-ftl",
        15,
        15,
        _utc("2020-11-11 11:57:02.692000"),
        _utc("2020-11-11 14:55:24.264000"),
        {"NONE": 14, "INFO": 1},
        (),
    ),
    # blog post markdown ("windows squid ssl_crtd" cygwin post), blo
    "squid_cache_kid.log": Expected(
        "go-std",
        34,
        34,
        _utc("2017-08-25 20:58:33"),
        _utc("2017-08-25 20:58:33"),
        {"NONE": 26, "WARN": 7, "FATAL": 1},
        ("kid1",),
        failures=6,
    ),
    # elastic/integrations: packages/traefik/.../pipeline/test-format-json.log
    "traefik_access.log": Expected(
        "json",
        4,
        4,
        _utc("2021-03-16 18:56:54"),
        _utc("2024-02-02 17:07:08"),
        {"INFO": 4},
        (),
    ),
    # elastic/integrations packages/juniper_srx/data_stream/log/_dev/test/pipeline/test-system.log
    "junos_5424.log": Expected(
        "syslog-5424",
        21,
        21,
        _utc("2023-05-04 05:16:17.341000"),
        _utc("2023-07-04 02:22:36.461000"),
        {"INFO": 11, "ERROR": 4, "DEBUG": 3, "NOTICE": 2, "WARN": 1},
        ("kmd", "mib2d"),
    ),
    # Spanish blog page on Kea, block "Antes de aplicar el descarte
    "kea_syslog.log": Expected(
        "syslog",
        8,
        8,
        _utc("2023-02-10 08:29:05.680000"),
        _utc("2023-02-10 08:32:01.127000"),
        {"INFO": 8},
        ("kea-dhcp4",),
    ),
    # GitHub issue coreos/coreos-kubernetes#440 (pasted journal, first 6 complete lines)
    "dockerd_journal.log": Expected(
        "syslog",
        6,
        6,
        _utc("2016-04-27 20:19:50"),
        _utc("2016-04-27 20:19:50.549527"),
        {"ERROR": 3, "WARN": 2, "NONE": 1},
        ("dockerd", "systemd"),
    ),
    # GitHub issue containerd/containerd#13700 (pasted journal of containerd 2.3, first 3 lines)
    "containerd_journal.log": Expected(
        "syslog",
        3,
        3,
        _utc("2026-07-01 04:09:51.246681"),  # containerd"s own +08:00 time, with its year
        _utc("2026-07-01 04:09:51.246968"),
        {"DEBUG": 2, "INFO": 1},
        ("containerd",),
    ),
    # GitHub knlykos/kafka-connect-demo, logs/connect.log (contiguous excerpt from 11:00:29)
    "kafka_connect.log": Expected(
        "kafka",
        36,
        23,
        _utc("2023-03-22 11:00:29.738000"),
        _utc("2023-03-22 11:03:15.017000"),
        {"INFO": 15, "WARN": 7, "ERROR": 1},
        ("org.apache.kafka.clients.NetworkClient", "org.apache.kafka.common.metrics.Metrics"),
    ),
    # elastic/integrations: packages/activemq/.../pipeline/test-activemq-5-15.log
    "activemq_admin.log": Expected(
        "activemq",
        30,
        16,
        _utc("2019-11-27 15:09:34.491000"),
        _utc("2019-11-29 10:59:49.779000"),
        {"INFO": 15, "ERROR": 1},
        (
            "org.apache.activemq.broker.TransportConnector",
            "org.apache.activemq.broker.BrokerService",
        ),
    ),
    # GitHub issue ceph/ceph-ansible#1297 "Dependency on --pid=host" (pasted ceph-osd output)
    "ceph_old.log": Expected(
        "ceph",
        7,
        7,
        _utc("2017-02-08 06:10:41.321127"),
        _utc("2017-02-08 06:11:17.325118"),
        {"ERROR": 6, "NONE": 1},
        ("osd.2",),
        failures=1,
    ),
    # GitHub issue rook/rook#17085 (pasted `k logs rook-ceph-osd-0`, first 8 lines)
    "ceph_rook.log": Expected(
        "ceph",
        8,
        8,
        _utc("2026-02-18 12:47:06.927000"),
        _utc("2026-02-18 12:47:22.154000"),
        {"DEBUG": 7, "ERROR": 1},
        ("osd.0",),
    ),
    # GitHub issue hashicorp/consul#3742 (pasted `consul agent` console output, first 21 lines)
    "consul_console.log": Expected(
        "go-std",
        21,
        11,
        _utc("2017-12-12 16:43:30"),
        _utc("2017-12-12 16:43:30"),
        {"INFO": 7, "NONE": 3, "DEBUG": 1},
        ("raft", "serf"),
        failures=3,
    ),
    # github.com/qbittorrent/qBittorrent/issues/22935 (qbittorrent.log paste; complete lines)
    "qbittorrent.log": Expected(
        "qbittorrent",
        18,
        18,
        _utc("2025-06-27 10:30:05"),
        _utc("2025-06-27 10:31:52"),
        {"INFO": 18},
        (),
    ),
    # github.com/esphome/esphome/issues/10371 (comment 2025-10-06; complete lines)
    "esphome.log": Expected(
        "esphome",
        20,
        20,
        None,
        None,
        {"TRACE": 12, "DEBUG": 7, "WARN": 1},
        ("i2c.idf", "sensor"),
    ),
    # github.com/esphome/esphome/issues/9517 (turn 105; complete lines)
    "esphome_dashboard.log": Expected(
        "esphome",
        13,
        13,
        None,
        None,
        {"DEBUG": 13},
        ("sensor",),
    ),
    # github.com/linuxserver/docker-jellyfin/issues/101 (complete lines)
    "jellyfin_console.log": Expected(
        "serilog-jellyfin",
        12,
        12,
        None,
        None,
        {"INFO": 12},
        (
            "Emby.Server.Implementations.IO.LibraryMonitor",
            "Emby.Server.Implementations.ScheduledTasks.TaskManager",
        ),
    ),
    # github.com/mrgeneralq/sleep-most/issues/176 (Paper console paste; complete lines)
    "paper_console.log": Expected(
        "bukkit-console",
        9,
        1,
        None,
        None,
        {"ERROR": 1},
        (),
    ),
    # github.com/ioBroker/ioBroker.zigbee/issues/2301 (turn 4; from the first complete record)
    "iobroker.log": Expected(
        "iobroker",
        22,
        12,
        _utc("2024-11-24 19:27:10.125000"),
        _utc("2024-11-24 19:27:14.395000"),
        {"DEBUG": 7, "INFO": 5},
        ("zigbee.0", "host.Homeserver2"),
    ),
    # GitHub file (a LLaMA-Factory LoRA fine-tuning console log in a
    "hf_transformers.log": Expected(
        "hf-transformers",
        48,
        23,
        _utc("2025-04-30 22:55:27"),
        _utc("2025-04-30 22:55:30.697000"),
        {"INFO": 23},
        ("trainer.py", "modeling_utils.py"),
    ),
    # cs-routeros-bouncer documentation, "RouterOS log output example" block
    "mikrotik_noyear.log": Expected(
        "mikrotik-noyear",
        3,
        3,
        _this_year("01-15 14:30:01"),
        _this_year("01-15 14:30:02"),
        {"INFO": 3},
        ("firewall",),
    ),
    # GitHub file (an HTCondor 10.4 security-config write-up), first
    "htcondor.log": Expected(
        "htcondor",
        39,
        39,
        _utc("2023-08-17 11:02:45"),
        _utc("2023-08-17 11:02:47"),
        {"NONE": 39},
        (),
    ),
    # AkiraAcetonoshi/Octoprint-problem-updating-1.3.5-1.3.6, octoprint.log (contiguous excerpt)
    "octoprint.log": Expected(
        "python",
        51,
        22,
        _utc("2017-12-14 19:10:57.234000"),
        _utc("2017-12-14 19:10:58.658000"),
        {"INFO": 18, "WARN": 3, "ERROR": 1},
        ("octoprint.server", "octoprint.plugins.discovery"),
    ),
    # maheedhar132/jenkinslog, jenkins.log lines 1-55 @0fac1702353b
    "jenkins_setupwizard.log": Expected(
        "jenkins",
        55,
        39,
        _utc("2020-08-14 09:50:31.808000"),
        _utc("2020-08-14 09:50:59.792000"),
        {"INFO": 35, "WARN": 3, "NONE": 1},
        ("jenkins.InitReactorRunner$1", "winstone.Logger"),
        failures=1,
    ),
    # DruMMer1337/factorio-current.log, factorio-current.log (first 115 lines) @4f5cb7410eeb
    "factorio.log": Expected(
        "factorio",
        115,
        72,
        _utc("2024-10-30 20:33:05.999000"),
        _utc("2024-10-30 20:33:09.954000"),
        {"NONE": 65, "INFO": 7},
        ("ModManager.cpp",),
    ),
    # github.com/signalwire/freeswitch/issues/1509 (comment 2021-12-30; complete lines)
    "freeswitch_uuid.log": Expected(
        "freeswitch",
        10,
        8,
        _utc("2021-12-30 20:02:49.254811"),
        _utc("2021-12-30 20:02:49.254811"),
        {"DEBUG": 6, "NOTICE": 1, "INFO": 1},
        ("mod_sofia.c", "switch_core_state_machine.c"),
    ),
    # GitHub 01100100/wasserwege, logs/dbt.log (complete file)
    "dbt_init.log": Expected(
        "dbt",
        30,
        13,
        None,
        None,
        {"DEBUG": 8, "INFO": 4, "NONE": 1},
        ("MainThread",),
    ),
    # GitHub PR truenas/middleware#5706 comment by sonicaj (`zpool history -i`, 17 lines)
    "zpool_history.log": Expected(
        "zpool-history",
        17,
        17,
        _utc("2020-09-22 05:27:02"),
        _utc("2020-09-22 05:27:02"),
        {"NONE": 17},
        (),
        failures=1,
    ),
    # GitHub issue apache/pulsar#15045 comment by archmangler (pasted multi-pod broker log)
    "stern_pods.log": Expected(
        "stern",
        5,
        5,
        _utc("2022-04-06 14:26:05.869117"),
        _utc("2022-04-06 14:26:05.877233"),
        {"INFO": 5},
        ("pulsar-broker-2", "pulsar-broker-0"),
    ),
    # GitHub issue gluster/glusterfs#2513 (pasted glusterd.log, first 6 complete lines)
    "glusterd.log": Expected(
        "glusterfs",
        6,
        6,
        _utc("2021-06-08 15:43:42.569302"),
        _utc("2021-06-08 16:32:27.907244"),
        {"INFO": 5, "ERROR": 1},
        ("0-management", "0-glusterd"),
    ),
    # https://github.com/rsnapshot/rsnapshot/issues/220
    "rsnapshot.log": Expected(
        "rsnapshot",
        20,
        20,
        _utc("2018-12-07 04:30:13"),
        _utc("2018-12-11 08:29:41"),
        {"NONE": 19, "ERROR": 1},
        ("rsnapshot",),
    ),
    # https://github.com/cronie-crond/cronie/issues/165 (socklog /var/log/socklog/cron/current)
    "socklog.log": Expected(
        "socklog",
        7,
        7,
        _utc("2023-11-02 22:01:01.553800"),
        _utc("2023-11-03 01:01:01.783450"),
        {"INFO": 7},
        ("CRONIE-CROND",),
    ),
    # https://github.com/TritonDataCenter/smartos-live/issues/294 (/var/adm/messages)
    "smartos_messages.log": Expected(
        "syslog-iso",
        8,
        8,
        _utc("2014-01-16 20:59:18.472054"),
        _utc("2014-01-16 20:59:18.474056"),
        {"INFO": 8},
        ("kvm",),
    ),
    # https://github.com/ansible/ansible/issues/69982 (/var/log/dnf.rpm.log)
    "dnf_rpm.log": Expected(
        "iso-level",
        11,
        3,
        _utc("2020-06-10 10:34:56"),
        _utc("2020-06-10 10:34:58"),
        {"INFO": 2, "DEBUG": 1},
        (),
    ),
    # GitHub file ("vdk-dagster-comparison" README), the "On failure
    "dagster.log": Expected(
        "python-offset",
        27,
        27,
        _utc("2023-07-27 14:17:02"),
        _utc("2023-07-27 14:18:08"),
        {"DEBUG": 19, "INFO": 7, "ERROR": 1},
        ("dagster", "dagster.daemon.SensorDaemon"),
    ),
    # GitHub file (text-generation-inference launcher output in a wr
    "tgi_launcher.log": Expected(
        "rust-tracing",
        28,
        28,
        _utc("2024-09-03 04:36:57.507106"),
        _utc("2024-09-03 04:40:11.835219"),
        {"INFO": 26, "WARN": 2},
        ("text_generation_launcher", "text_generation_router"),
    ),
    # GitHub file (a Trino 410 build write-up), the 3-line startup b
    "trino.log": Expected(
        "airlift",
        3,
        3,
        _utc("2023-03-26 14:31:58.614000"),
        _utc("2023-03-26 14:31:58.655000"),
        {"INFO": 3},
        ("io.trino.security.AccessControlManager", "io.trino.server.Server"),
    ),
    # Cray-HPE CSM docs "View the cray-dhcp-kea logs" example output
    "kea.log": Expected(
        "kea",
        5,
        5,
        _utc("2020-08-03 21:47:50.580000"),
        _utc("2020-08-03 21:48:00.602000"),
        {"INFO": 3, "WARN": 2},
        ("kea-dhcp4.dhcpsrv", "kea-dhcp4.commands"),
    ),
    # github.com/CyferShepard/Jellystat/issues/133 (embyserver.txt lines quoted in a comment)
    "emby_error_report.log": Expected(
        "emby",
        13,
        2,
        _utc("2024-07-28 17:19:26.603000"),
        _utc("2024-07-28 17:19:26.604000"),
        {"INFO": 1, "ERROR": 1},
        ("Server",),
    ),
    # github.com/Koenkk/zigbee2mqtt/issues/21287 (comment 2024-04-06; complete lines)
    "ha_addon.log": Expected(
        "zigbee2mqtt",
        14,
        14,
        _utc("2024-04-06 20:38:30"),  # the add-on's `[20:38:30]`, on the day its lines write
        _utc("2024-04-06 20:38:40"),
        {"INFO": 14},
        ("Zigbee2MQTT",),
    ),
    # github.com/Nimdy/Dedicated_Valheim_Server_Script/issues/52 (excerpt, complete lines only):
    # the server's own `02/21/2021 00:33:41: ` dates the journal's year-less lines
    "valheim_journal.log": Expected(
        "syslog",
        10,
        10,
        _utc("2021-02-21 00:31:40"),
        _utc("2021-02-21 00:33:48"),
        {"NONE": 10},
        ("start_valheim.sh",),
    ),
    # github.com/xlab1/sipfe_kamailio/issues/1 (log pasted in issue; a markdown backtick removed)
    "kamailio.log": Expected(
        "syslog",
        10,
        10,
        _this_year("12-20 10:13:54"),
        _this_year("12-20 10:13:54"),
        {"DEBUG": 10},
        ("/usr/sbin/kamailio",),
    ),
    # igwyd/Other, mattermost.log lines 1-12 @89006eb23638
    "mattermost_dpanic.log": Expected(
        "json",
        12,
        12,
        _utc("2021-09-02 08:25:32.021644"),
        _utc("2021-09-02 08:27:21.694431"),
        {"ERROR": 6, "WARN": 5, "CRITICAL": 1},
        ("mlog/log.go:251", "api4/config.go:353"),
    ),
    # GitHub issue Tinkoff/libvirt-exporter#41 (pasted journal, whole first block)
    "libvirtd_journal.log": Expected(
        "syslog",
        2,
        2,
        _utc("2022-07-20 06:13:31.181000"),
        _utc("2022-07-20 06:13:31.181000"),
        {"NONE": 2},
        ("libvirtd",),
    ),
    # GitHub issue k3s-io/k3s#9204 (pasted journal lines with etcd JSON, first 2 complete lines)
    "etcd_k3s_journal.log": Expected(
        "syslog",
        2,
        2,
        _utc("2024-01-10 07:55:33.433522"),
        _utc("2024-01-10 07:55:33.933832"),
        {"WARN": 2},
        ("k3s",),
    ),
    # GitHub issue rabbitmq/rabbitmq-server#2883 (pasted lager log of RabbitMQ 3.8, first 11 lines)
    "rabbitmq_lager.log": Expected(
        "erlang",
        11,
        10,
        _utc("2021-03-11 08:51:45.325000"),
        _utc("2021-03-11 08:51:45.423000"),
        {"DEBUG": 6, "INFO": 4},
        (),
    ),
    # SSSD/sssd issue #5736 (sssd 1.11 log, 9 lines)
    "sssd_old.log": Expected(
        "sssd",
        9,
        9,
        _utc("2021-08-05 08:06:02.287838"),
        _utc("2021-08-05 08:06:02.299017"),
        {"TRACE": 6, "CRITICAL": 1, "WARN": 1, "ERROR": 1},
        ("sssd",),
    ),
    # SSSD/sssd issue #5323 (sssd_nss.log, first 13 lines)
    "sssd_multiline.log": Expected(
        "sssd",
        13,
        11,
        _utc("2020-09-18 15:52:13"),
        _utc("2020-09-18 15:52:13"),
        {"TRACE": 8, "DEBUG": 2, "WARN": 1},
        ("nss",),
    ),
    # 389-ds-base documentation, troubleshooting page: an errors log block, 8 lines
    "389ds_errors.log": Expected(
        "389ds-errors",
        8,
        8,
        _utc("2022-07-19 14:20:06"),  # at -0400
        _utc("2022-07-19 14:22:10"),
        {"INFO": 5, "WARN": 2, "ERROR": 1},
        ("main", "attrcrypt_cipher_init"),  # the plugin or function
    ),
    # a FreeIPA/389-ds access log pasted in an issue, 15 lines
    "389ds_access.log": Expected(
        "clf-stamp",
        15,
        15,
        _utc("2020-10-23 12:16:51.891366"),
        _utc("2020-10-23 12:20:26.725732"),
        {"NONE": 15},
        (),
    ),
    # Freitas04/proyecto-asir-wazuh-HectorRuiz ossec.log (lines 1-53)
    "ossec_log.log": Expected(
        "ossec-log",
        53,
        53,
        _utc("2025-06-19 19:13:01"),
        _utc("2025-06-19 19:31:59"),
        # (`rootcheck: INFO: Ending rootcheck scan.` too)
        {"INFO": 31, "ERROR": 19, "CRITICAL": 3},
        ("wazuh-logcollector", "wazuh-maild"),
    ),
    # samba-technical mailing list: a KDC"s journal in an Italian locale, 8 lines
    "krb5kdc_it.log": Expected(
        "syslog-localized",
        8,
        8,
        _this_year("05-15 16:58:49"),
        _this_year("05-15 16:58:49"),
        {"INFO": 8},
        ("krb5kdc",),
    ),
    # LaurenceJJones/workshop-katacoda, crowdsec-setup/step2_2.md (example output)
    "crowdsec_console.log": Expected(
        "logrus-text",
        12,
        12,
        _utc("2023-01-05 20:35:11"),
        _utc("2023-01-05 20:35:39"),
        {"INFO": 10, "WARN": 2},
        (),
    ),
    # crowdsecurity/spksrc-crowdsec issue #11 (crowdsec.log, 15 lines)
    "crowdsec_logfmt.log": Expected(
        "logfmt",
        15,
        15,
        _utc("2024-03-29 08:43:39"),
        _utc("2024-03-29 08:43:41"),
        {"INFO": 14, "WARN": 1},
        (),
    ),
    # elastic/integrations: packages/falco/.../pipeline/test-falco.log
    "falco.log": Expected(
        "json",
        5,
        5,
        _utc("2024-05-07 18:54:19.341081"),
        _utc("2024-05-07 18:54:27.767673"),
        {"WARN": 2, "INFO": 2, "NOTICE": 1},
        ("syscall",),
    ),
    # elastic/integrations: packages/osquery/.../pipeline/test-osquery.log
    "osquery_results.log": Expected(
        "json",
        4,
        4,
        _utc("2017-12-28 14:40:08"),
        _utc("2018-01-08 14:51:55"),
        {"NONE": 4},
        ("pack_osquery-monitoring_schedule", "pack_it-compliance_mounts"),
    ),
    # barncow/tf2logparser, test/fixtures/mini.log
    "srcds.log": Expected(
        "srcds",
        77,
        75,
        _utc("2010-09-29 19:05:47"),
        _utc("2010-09-29 19:36:42"),
        {"NONE": 75},
        (),
    ),
    # a Windows 7 WindowsUpdate.log (`type windowsupdate.log`) in a write-up
    "windowsupdate_legacy.log": Expected(
        "windows-update-legacy",
        61,
        61,
        _utc("2017-03-18 19:06:43.471000"),
        _utc("2017-03-19 01:21:43.570000"),
        {"NONE": 58, "WARN": 3},
        ("AU", "Agent"),
    ),
    # `fly logs` of a machine"s start, in a project"s README
    "flyio.log": Expected(
        "flyio",
        26,
        26,
        _utc("2023-03-01 17:27:31"),
        _utc("2023-03-01 17:27:45"),
        {"INFO": 26},
        ("app[2d46f629]", "runner[2d46f629]"),
    ),
    # Cloud Run"s Logs Explorer copied as text, in a project"s notes
    "gcp_logs_copy.log": Expected(
        "gcp-logs-copy",
        69,
        5,
        _utc("2026-03-04 07:23:35.698873"),
        _utc("2026-03-04 07:24:33.504715"),
        # (Flask's `[2026-03-04 07:23:36,477] ERROR in app: ` too)
        {"NONE": 2, "ERROR": 3},
        (),
    ),
    # a Bamboo build log in a checkout script"s README
    "bamboo.log": Expected(
        "bamboo",
        53,
        53,
        _utc("2016-04-04 15:33:26"),
        _utc("2016-04-04 15:33:30"),
        {"NONE": 53},
        ("error", "build"),
    ),
    # an Azurite repro README: `func start` output of Functions v2
    "azure_functions_yy.log": Expected(
        "slash-ampm",
        8,
        8,
        _utc("2019-09-03 20:21:54"),
        _utc("2019-09-03 20:23:42"),
        {"NONE": 8},
        (),
    ),
    # MicrosoftDocs, IoT DPS custom-allocation tutorial: the portal"s Logs
    "azure_functions_portal.log": Expected(
        "iso-level",
        7,
        7,
        _utc("2022-08-03 20:34:41.178000"),
        _utc("2022-08-03 20:34:41.399000"),
        {"INFO": 7},
        (),
    ),
    # a Portuguese NestJS upload API"s README: `npm run start:dev` output
    "nestjs_ptbr.log": Expected(
        "nestjs",
        9,
        6,
        _utc("2023-10-17 16:21:48"),
        _utc("2023-10-17 16:21:48"),
        {"INFO": 5, "NONE": 1},
        ("NestFactory", "InstanceLoader"),
        failures=1,
    ),
    # Turkish socket.io notes: `pm2 logs` output
    "pm2_daemon.log": Expected(
        "pm2",
        21,
        17,
        _utc("2024-02-18 12:25:43"),
        _utc("2024-02-18 14:41:13"),
        {"NONE": 17},
        ("PM2", "0|app"),
        failures=2,
    ),
    # Korean deploy-error notes: `pm2 logs` output
    "pm2_logs.log": Expected(
        "pm2",
        34,
        5,
        None,
        None,
        {"NONE": 5},
        ("0|server", "1|app"),
        failures=2,
    ),
    # the same notes: `heroku logs` of a Rails app
    "heroku_rails.log": Expected(
        "heroku",
        8,
        8,
        _utc("2020-11-17 23:07:37.373849"),
        _utc("2020-11-17 23:07:39.875779"),
        {"INFO": 7, "DEBUG": 1},
        ("web.1", "router"),
    ),
    # PHP-FPM's slow log in a blog post on PHP-FPM's CPU use: a request's script and backtrace
    # below its line
    "phpfpm_slow.log": Expected(
        "php-fpm-slow",
        23,
        2,
        _utc("2015-05-15 12:50:22"),
        _utc("2015-05-15 19:18:48"),
        {"NONE": 2},
        ("www",),  # the pool
    ),
    # r-map/rmap issue #85 (a journal in an Italian locale): Mosquitto's own epoch seconds,
    # `1475682229: `, give the year and the UTC time of its lines
    "mosquitto_journal.log": Expected(
        "syslog-localized",
        7,
        7,
        _utc("2016-10-05 15:43:49"),
        _utc("2016-10-05 15:43:49"),
        {"NONE": 7},
        ("mosquitto",),
    ),
    # Manojgolla0516/wazuh-siem, alerts.log (its first 9 alerts): an alert's findings and a
    # command's output, more lines than its header fits, stay in it (the file opens with an
    # alert: `LogFormat.signature`)
    "wazuh_alerts_rootcheck.log": Expected(
        "ossec-alerts",
        70,
        9,
        _utc("2026-06-01 06:54:16"),  # `** Alert 1780296856.0: `
        _utc("2026-06-01 06:54:18"),
        {"WARN": 9},  # rules of level 7
        ("kali",),
    ),
    # elastic/integrations: packages/panw/.../pipeline/test-panw-panos-globalprotect-sample.log:
    # relayed with no host, PAN-OS 10's ISO times in UTC and `no-serial`
    "paloalto_globalprotect.log": Expected(
        "paloalto",
        12,
        12,
        _utc("2021-03-02 09:39:33"),
        _utc("2021-11-09 21:45:36"),  # `2021-11-09T21:45:36.000000Z`
        {"NONE": 12},
        ("GLOBALPROTECT",),  # the log's type
    ),
    # elastic/integrations: packages/panw/.../pipeline/test-panw-panos-system-sample.log: a
    # virtual firewall's empty serial
    "paloalto_system.log": Expected(
        "paloalto",
        2,
        2,
        _utc("2021-10-26 14:49:02"),
        _utc("2021-10-26 15:05:03"),
        {"INFO": 2},  # `informational`
        ("SYSTEM",),
    ),
    # morpheus65535/bazarr#354 (journal copy in the description): a Python traceback relayed one
    # frame per syslog line joins the event of the same program above it
    "bazarr_syslog_traceback.log": Expected(
        "syslog",
        7,
        2,
        _utc("2019-03-19 20:23:58.199"),  # the payload's dated stamps place the year
        _utc("2019-03-19 20:23:58.205"),
        {"NONE": 2},
        ("bazarr",),
    ),
    # Sonarr/Sonarr#1799: mono's exception and its `  at ...` frames, one syslog line each, are
    # one event; Python's default `DEBUG:IPTORRENTS:` names its level
    "sonarr_mono_syslog.log": Expected(
        "syslog",
        9,
        4,
        _this_year("03-26 02:22:30"),
        _this_year("03-26 02:22:57"),
        {"FATAL": 1, "NONE": 1, "DEBUG": 1, "WARN": 1},
        ("mono", "python3"),
    ),
    # amefs/quickbox-lite#166: Twisted's traceback under deluged, `--- <exception caught here>
    # ---` inside it (the excerpt opens with a trace's last line: a failure)
    "deluged_syslog_traceback.log": Expected(
        "syslog",
        14,
        2,
        _this_year("09-04 00:00:40"),
        _this_year("09-04 00:00:40"),
        {"NONE": 2},
        ("deluged",),
        failures=1,
    ),
    # Node-RED 2.2 on Windows (a project's write-up of its console): read as Redis 2's log
    # before, every line DEBUG (its `-` a level mark); the banner and the credentials warning's
    # box continue their lines
    "node_red.log": Expected(
        "node-red",
        50,
        29,
        _this_year("06-30 16:53:45"),
        _this_year("06-30 18:54:25"),
        {"INFO": 27, "WARN": 2},
    ),
    # node-red/node-red#1518: a node's type as the source (`[warn] [rpi-gpio] ...`)
    "node_red_rpi.log": Expected(
        "node-red",
        14,
        14,
        _this_year("12-13 00:00:15"),
        _this_year("12-13 00:00:17"),
        {"INFO": 8, "WARN": 3, "DEBUG": 3},
        ("rpi-gpio",),
    ),
    # GATK 4.5's HaplotypeCaller console (genomics training notes): log4j's HH:mm:ss.SSS lines,
    # dated by the run's `Start Date/Time: September 16, 2026 at 9:54:19 AM GMT` (`clocks.py`)
    "gatk_haplotypecaller.log": Expected(
        "time-thread-level",
        58,
        57,
        _utc("2026-09-16 09:54:19.195"),
        _utc("2026-09-16 09:54:22.04"),
        {"INFO": 42, "NONE": 13, "WARN": 2},
        ("HaplotypeCaller", "NativeLibraryLoader", "IntelPairHmm"),
        failures=13,
    ),
    # a Kodi 21.3 crash log (a GitHub repository's kodi_crashlog, its first 16,000 characters):
    # Kodi's own format, the component the source (was generic, no level)
    "kodi.log": Expected(
        "kodi",
        138,
        119,
        _utc("2026-01-29 01:19:53.36"),
        _utc("2026-01-29 01:19:53.378"),
        {"INFO": 94, "DEBUG": 20, "WARN": 2, "ERROR": 2, "NONE": 1},
        ("general",),
        failures=1,
    ),
    # a Kodi 14 crash log (a Kodi forum post, 2016-01-11): times of day, dated by the header's
    # ` Date: Tue Jan 12 09:59:50 NZDT 2016` (was raw, no time)
    "kodi14_crashlog.log": Expected(
        "clock-level",
        109,
        89,
        _utc("2016-01-12 09:59:49"),
        _utc("2016-01-12 09:59:50"),
        {"NOTICE": 84, "WARN": 4, "NONE": 1},
        failures=1,
    ),
    # Bazel's --show_timestamps (xjs/bazel-grpc-java-win-repro's README): `(14:47:11) INFO:`,
    # dated by `Current date is 2019-08-12`
    "bazel_timestamps.log": Expected(
        "clock-level",
        15,
        9,
        _utc("2019-08-12 14:47:11"),
        _utc("2019-08-12 14:47:16"),
        {"INFO": 7, "NONE": 1, "ERROR": 1},
        failures=1,
    ),
    # RemyJardin/Octo-related-logs: KlipperScreen.log, its caller (`[screen.py:main()] - `) the
    # source, out of the message
    "klipperscreen.log": Expected(
        "iso-plain",
        55,
        40,
        _utc("2023-03-11 10:26:55.612"),
        _utc("2023-03-11 10:27:02.814"),
        {"NONE": 40},
        ("KlippyRest.py:send_request()", "printer.py:reinit()", "config.py:__init__()"),
        failures=1,
    ),
    # openhab/openhab-addons#1810 (the issue's console, its markdown indent removed): openHAB
    # 2.0's console, times of day and no day named: no time (was raw, no source)
    "openhab2_console.log": Expected(
        "clock-level",
        9,
        2,
        None,
        None,
        {"WARN": 1, "ERROR": 1},
        ("nhab.io.homekit.internal.HomekitImpl", "lfe.hap.impl.connections.HttpSession"),
    ),
    # grafana/alloy#1486 (journalctl -u alloy): the logfmt payload's unquoted `ts=` is the time
    # (was the journal's year-less local stamp, read as this year)
    "alloy_journal.log": Expected(
        "syslog",
        5,
        5,
        _utc("2024-08-16 19:46:05.614498"),
        _utc("2024-08-16 19:46:05.64798"),
        {"DEBUG": 3, "INFO": 2},
        ("alloy",),
    ),
    # PelicanPlatform/pelican#358: Prometheus embedded, logrus' levels written whole
    # (`WARNING[...]`, `ERROR[...]`: were unparsed), `component=` the source
    "logrus_words.log": Expected(
        "logrus-text",
        8,
        8,
        _utc("2023-11-08 19:49:54"),
        _utc("2023-11-08 19:49:54"),
        {"INFO": 6, "WARN": 1, "ERROR": 1},
        ("prometheus", "tsdb"),
    ),
    # notes on an EFK stack (kubectl logs of Fluent Bit 1.5.7): a plugin's line naming no
    # component (`[ info] inotify_fs_add(): ...`) has its level
    "fluent_bit_plugins.log": Expected(
        "fluent-bit",
        21,
        16,
        _utc("2022-01-09 06:59:56"),
        _utc("2022-01-09 06:59:56"),
        {"INFO": 15, "NONE": 1},
        ("filter:kubernetes:kubernetes.0", "storage", "engine"),
        failures=1,
    ),
    # esphome/esphome#16355: ESPHome 2025's `[S]` state lines and an empty tag `[ :374]` (were
    # unparsed); its times of day and no day named: no time
    "esphome_state.log": Expected(
        "esphome",
        18,
        18,
        None,
        None,
        {"DEBUG": 8, "INFO": 5, "WARN": 3, "ERROR": 2},
        ("sensor", "main", "pulse_counter"),
    ),
    # Maven 3's surefire failure (SUREFIRE-2191's README): the stack trace a frame a line under
    # `[ERROR] ` (`[ERROR] \tat org.apache...`) is one event with its exception (was 50 events)
    "maven_surefire_trace.log": Expected(
        "bracket-level",
        50,
        9,
        None,
        None,
        {"ERROR": 9},
    ),
    # SeanAnthonyBaker/notebookLM: chrome_debug.log of a current Chrome on Windows, its file and
    # line after a colon (`...\controller.cc:202]`: was unparsed)
    "chrome_debug_win.log": Expected(
        "chromium",
        18,
        18,
        _this_year("05-22 16:20:11.474"),
        _this_year("05-22 16:26:52.599"),
        {"WARN": 9, "INFO": 7, "NONE": 2},
        ("CONSOLE",),
        failures=2,
    ),
    # ARM-software/keyword-transformer: W&B's debug-internal.log, the thread and the function
    # (`MainThread:26204 [internal.py:wandb_internal():93] `) a header field
    "wandb_debug_internal.log": Expected(
        "iso-level",
        33,
        33,
        _utc("2022-04-29 20:18:50.418"),
        _utc("2022-04-29 20:18:53.284"),
        {"DEBUG": 20, "INFO": 13},
        ("sender.py:send():232", "handler.py:handle_request():141"),
    ),
    # notes on a Raspberry Pi's Netdata (its error.log wrapped at 80 columns): the thread
    # (`INFO  : PLUGIN[proc] : `) the source
    "netdata.log": Expected(
        "iso-level",
        13,
        11,
        _utc("2020-07-19 07:12:12"),
        _utc("2020-07-19 07:17:52"),
        {"INFO": 10, "ERROR": 1},
        ("MAIN", "PLUGIN[proc]", "PLUGIN[tc]"),
    ),
    # mlopatkin/andlogview's test resources: `adb logcat -v long`, each record's message on the
    # lines below its header (was raw: no time, level or source)
    "logcat_long.log": Expected(
        "android-long",
        205,
        47,
        _this_year("03-25 23:53:27.339"),
        _this_year("03-25 23:53:33.027"),
        {"WARN": 22, "DEBUG": 14, "INFO": 5, "TRACE": 3, "ERROR": 2, "NONE": 1},
        ("InputReader", "CompatibilityChangeReporter", "TaplEvents"),
    ),
    # a sample-logs page's iOS section (idevicesyslog's relay): no host, the process with its
    # subsystem (`backboardd[CoreBrightness](68)`) the source, `<Notice>` the level (was read as
    # syslog, the process a host and `<Notice>` the source)
    "ios_syslog_relay.log": Expected(
        "apple-syslog",
        14,
        12,
        _this_year("10-29 11:27:36"),
        _this_year("11-14 15:19:24.335062"),
        {"NOTICE": 12},
        ("EffectCam", "backboardd", "AwemeInhouse"),
    ),
    # Homebridge 1.7 (a user's log in a chat export): the plugin the source (was raw)
    "homebridge.log": Expected(
        "homebridge",
        63,
        48,
        _utc("2023-11-28 08:13:36"),
        _utc("2023-11-28 08:19:50"),
        {"NONE": 48},
        ("Camera FFmpeg", "HB Supervisor", "Homebridge UI"),
    ),
    # syncthing/syncthing#4218: 0.14's times of day (was raw), no day named: no time
    "syncthing_014.log": Expected(
        "syncthing",
        9,
        9,
        None,
        None,
        {"INFO": 5, "DEBUG": 4},
        ("UAFG3",),
    ),
    # syncthing/syncthing#10452: 2.0's structured lines, `log.pkg=` the source
    "syncthing_v2.log": Expected(
        "iso-level",
        6,
        6,
        _utc("2025-11-05 23:56:56"),
        _utc("2025-11-05 23:57:58"),
        {"INFO": 4, "WARN": 2},
        ("connections", "model"),
    ),
    # Ysurac/openmptcprouter#287: ss-server writes a space before its own stamp, each line a
    # record of its own (not a frame of the one above), dated by that stamp
    "ss_server_syslog.log": Expected(
        "syslog",
        6,
        6,
        _utc("2019-01-01 20:39:50"),
        _utc("2019-01-02 05:59:59"),
        {"ERROR": 6},
        ("ss-server",),
    ),
    # fatedier/frp#494: frps' file and line (`[I] [service.go:83] `) the source
    "frps.log": Expected(
        "go-std",
        15,
        15,
        _utc("2017-10-23 22:38:44"),
        _utc("2017-10-23 22:38:55"),
        {"DEBUG": 9, "INFO": 6},
        ("control.go", "service.go", "main.go"),
    ),
    # MHSanaei/3x-ui#5047: Xray's `[Info]` and its component (`[82030507] proxy/dokodemo: `)
    "xray.log": Expected(
        "go-std",
        13,
        13,
        _utc("2026-06-07 13:31:44.003355"),
        _utc("2026-06-07 13:31:53.360438"),
        {"INFO": 9, "DEBUG": 4},
        ("app/dispatcher", "proxy/dokodemo", "transport/internet"),
    ),
    # v2ray/v2ray-core#827: V2Ray 3's `[Info]: Transport|Internet|mKCP: ` (no level before)
    "v2ray3.log": Expected(
        "go-std",
        15,
        15,
        _utc("2018-01-25 12:39:06"),
        _utc("2018-01-25 12:39:32"),
        {"INFO": 15},
        ("Transport|Internet|mKCP", "App|Proxyman|Mux", "App|Dispatcher"),
    ),
    # SagerNet/sing-box#519: its zone before its stamp (`+0800 2023-04-10 12:59:25`), the
    # component the source (was raw)
    "sing_box.log": Expected(
        "sing-box",
        12,
        12,
        _utc("2023-04-10 04:59:25"),
        _utc("2023-04-10 04:59:27"),
        {"INFO": 12},
        ("inbound/tun[0]", "outbound/direct[direct]"),
    ),
    # NginxProxyManager/nginx-proxy-manager#1101: signale's `[5/18/2021] [12:40:42 AM]
    # [Migrate  ] › ℹ  info ...` (was raw)
    "nginx_proxy_manager.log": Expected(
        "signale",
        14,
        14,
        _utc("2021-05-18 00:40:42"),
        _utc("2021-05-18 00:40:42"),
        {"INFO": 14},
        ("Migrate",),
    ),
    # itzg/docker-minecraft-bedrock-server#264: Bedrock's `[2022-07-17 02:32:53:104 INFO]` (was
    # unparsed), after the image's own logrus lines
    "bedrock.log": Expected(
        "bedrock",
        20,
        20,
        _utc("2022-07-17 02:32:53.104"),
        _utc("2022-07-17 02:32:55.811"),
        {"INFO": 13, "NONE": 4, "DEBUG": 3},
        failures=4,
    ),
    # pelican-eggs/eggs#1501: Project Zomboid 41's console, its epoch milliseconds the time and a
    # stack trace one event (was raw)
    "project_zomboid.log": Expected(
        "project-zomboid",
        13,
        8,
        _utc("2021-12-27 07:07:45.416"),
        _utc("2021-12-27 07:07:45.479"),
        {"INFO": 7, "ERROR": 1},
        ("General",),
        failures=1,
    ),
    # BepInEx/BepInEx#629: `[Info   : Unity Log] `, Valheim's own stamp after it the time
    "bepinex.log": Expected(
        "bepinex",
        25,
        13,
        _utc("2023-06-13 09:24:10"),
        _utc("2023-06-13 09:24:14"),
        {"INFO": 13},
        ("Unity Log",),
    ),
    # a docker-teamspeak README's `docker logs -f ts3`: TeamSpeak 3's pipes, the channel the
    # source (was raw)
    "teamspeak3.log": Expected(
        "teamspeak3",
        48,
        35,
        _utc("2018-04-23 12:53:13.442803"),
        _utc("2018-04-23 12:53:17.66448"),
        {"INFO": 21, "NONE": 8, "WARN": 6},
        ("Accounting", "VirtualServer", "ServerLibPriv"),
        failures=8,
    ),
    # notes on ArangoDB 3.9.2's console: the topic the source (was a stamp before Puma's lines)
    "arangodb.log": Expected(
        "arangodb",
        11,
        11,
        _utc("2022-06-25 14:38:42"),
        _utc("2022-06-25 14:38:46"),
        {"INFO": 11},
        ("general", "engines", "memory"),
    ),
    # notes on SeaweedFS 2.03's master: glog with whole seconds (was raw)
    "seaweedfs_glog.log": Expected(
        "glog",
        14,
        14,
        _this_year("10-16 11:49:09"),
        _this_year("10-16 11:49:14"),
        {"INFO": 14},
        ("file_util.go:23", "master.go:164", "master_server.go:107"),
    ),
    # scylladb/scylladb#25618: ScyllaDB 2025's shard and logger (`[shard 0:main] init - `)
    "scylla.log": Expected(
        "level-first",
        12,
        12,
        _utc("2025-08-21 15:14:16.253"),
        _utc("2025-08-21 15:14:16.322"),
        {"INFO": 12},
        ("init", "database", "sstable"),
    ),
    # vromero/activemq-artemis-docker#68: JBoss logging's category with no thread after it, the
    # message code in the message (was log4j: the category a thread, the code the source)
    "activemq_artemis.log": Expected(
        "jboss",
        7,
        7,
        _utc("2018-06-08 13:21:34.56"),
        _utc("2018-06-08 13:21:34.704"),
        {"INFO": 7},
        ("org.apache.activemq.artemis.core.server",),
    ),
    # a PhotoOrganizer README's example output: Dropwizard's `INFO  [<stamp>] <logger>: ` (was
    # raw: no time), its banner under its first line
    "dropwizard.log": Expected(
        "level-first",
        29,
        15,
        _utc("2021-04-01 12:44:34.48"),
        _utc("2021-04-01 12:44:36.225"),
        {"INFO": 14, "NONE": 1},
        ("io.dropwizard.server.DefaultServerFactory", "org.eclipse.jetty.server.Server"),
        failures=1,
    ),
    # 143life/med_center: logs/django.log, Django's verbose formatter (`{levelname} {asctime}
    # {module} {process} {thread} {message}`), the module the source
    "django_verbose.log": Expected(
        "level-first",
        92,
        10,
        _utc("2025-05-31 16:08:57.826"),
        _utc("2025-05-31 16:18:18.133"),
        {"ERROR": 10},
        ("log", "exception"),
    ),
    # LINBIT/linstor-server#131 (a Proxmox VE node's syslog): corosync writes spaces before its
    # `[TOTEM ]`, each line a record of its own, not a frame of the line above
    "corosync_syslog.log": Expected(
        "syslog",
        16,
        16,
        _this_year("04-27 11:26:29"),
        _this_year("04-27 11:26:29"),
        {"NONE": 16},
        ("corosync", "pmxcfs"),
    ),
    # an Elastic Beanstalk `eb logs` bundle (web.stdout.log): Django's `Invalid HTTP_HOST
    # header` with its traceback, a frame a syslog line, its last line
    # `django.core.exceptions.DisallowedHost: ...`, one event each
    "eb_web_stdout.log": Expected(
        "syslog",
        28,
        8,
        _this_year("03-03 12:38:28"),
        _this_year("03-03 12:38:43"),
        {"NONE": 8},
        ("web",),
        failures=4,
    ),
    # home-assistant/supervisor's test fixture (logs_docker_container.txt): the Supervisor's
    # `22-10-11 14:04:23`, the year first (was read day first: 2011-10-22)
    "ha_supervisor.log": Expected(
        "ha-supervisor",
        19,
        19,
        _utc("2022-10-11 14:04:23"),
        _utc("2022-10-11 14:07:46"),
        {"DEBUG": 17, "INFO": 2},
        ("supervisor.api.middleware.security", "supervisor.utils.dbus"),
    ),
    # portainer/portainer#9017: Portainer 2's zerolog console, a minute's stamp with AM/PM (was
    # raw: no time)
    "portainer.log": Expected(
        "zerolog-minutes",
        7,
        7,
        _utc("2023-05-29 20:56:00"),
        _utc("2023-05-29 20:56:00"),
        {"INFO": 7},
        ("main.go:568", "main.go:602"),
    ),
    # caddyserver/caddy#6389: Caddy's console, its tabs turned into spaces in the paste, the
    # logger the source
    "caddy_console.log": Expected(
        "caddy-console",
        8,
        8,
        _utc("2024-06-12 03:14:45.206"),
        _utc("2024-06-12 03:14:45.222"),
        {"INFO": 6, "DEBUG": 2},
        ("http", "admin", "tls.cache.maintenance"),
    ),
    # caddyserver/caddy#6574: the same with its tabs (was raw: no time)
    "caddy_console_tabs.log": Expected(
        "caddy-console",
        4,
        4,
        _utc("2024-09-15 10:50:47.771"),
        _utc("2024-09-15 10:50:47.771"),
        {"DEBUG": 2, "INFO": 2},
        ("tls.issuance.acme.acme_client", "tls.issuance.acme"),
    ),
    # 0xWizop/HeliosNRG: firebase-debug.log (`[debug] [2026-01-22T05:16:20.306Z] ...`: was raw)
    "firebase_debug.log": Expected(
        "firebase-debug",
        40,
        33,
        _utc("2026-01-22 05:16:20.306"),
        _utc("2026-01-22 05:17:02.272"),
        {"DEBUG": 33},
    ),
    # sysown/proxysql#1159: ProxySQL's file, line and function before the level, the source
    # (was dropped: neither source nor message)
    "proxysql.log": Expected(
        "iso-level",
        8,
        5,
        _utc("2017-09-03 10:03:05"),
        _utc("2017-09-03 10:03:15"),
        {"ERROR": 4, "INFO": 1},
        ("MySQL_Monitor.cpp:1347:monitor_ping()",),
    ),
    # tinyproxy/tinyproxy#436: `CONNECT   May 05 13:52:49 [9442]: ` (was raw: no time)
    "tinyproxy.log": Expected(
        "tinyproxy",
        5,
        5,
        _this_year("05-05 13:52:49"),
        _this_year("05-05 13:52:59"),
        {"INFO": 5},
    ),
    # mbentley/docker-omada-controller#399: Omada's month-first stamps, the class the source
    "omada.log": Expected(
        "omada",
        10,
        10,
        _utc("2024-01-13 18:33:26.22"),
        _utc("2024-01-13 18:33:29.882"),
        {"INFO": 8, "ERROR": 2},
        ("c.t.s.e.t.a.t.AbstractServer", "c.t.s.f.c.FacadeUtils"),
    ),
    # a Vercel deployment's build log: times of day before the text (was raw, the clock in
    # every message), Node's AggregateError under one stamp one event; no day named: no time
    "vercel_build.log": Expected(
        "clock-text",
        57,
        44,
        None,
        None,
        # (an AggregateError's inner errors, indented under it, `    Error: connect ...`)
        {"NONE": 40, "ERROR": 4},
    ),
    # Ranger802004/asusmerlin#76: an Asuswrt-Merlin script's lines name no host (`domain_vpn_
    # routing: ...`: was read as a host, the message's first words as the source)
    "asuswrt_scripts.log": Expected(
        "syslog-nohost",
        21,
        21,
        _this_year("04-24 20:51:19"),
        _this_year("04-24 20:51:19"),
        {"NONE": 21},
        ("domain_vpn_routing",),
    ),
    # a Zigbee2MQTT 2 add-on's log pasted in a chat transcript: its namespace after a tab the
    # source (was generic: `error: \tz2m: ` in the message), the add-on's bashio lines dated by
    # the dated lines around them
    "zigbee2mqtt2_addon.log": Expected(
        "zigbee2mqtt2",
        15,
        15,
        _utc("2026-03-31 21:11:40"),
        _utc("2026-03-31 21:12:20"),
        {"ERROR": 7, "INFO": 7, "NONE": 1},
        ("z2m", "zh:zstack:znp"),
        failures=1,
    ),
    # Readarr/Readarr#3049: NLog's console layout (`[Warn] BookInfoProxy: ...`), the exception
    # under a record one event with it (was raw: the logger in the message, the exception apart)
    "readarr_console.log": Expected(
        "nlog-console",
        13,
        6,
        None,
        None,
        {"INFO": 2, "ERROR": 2, "NONE": 1, "WARN": 1},
        ("BookInfoProxy", "AddAuthorService"),
        failures=1,
    ),
    # nsqio/nsq#1248: nsqlookupd's level after its stamp with a colon (`INFO: `), out of the
    # message
    "nsqlookupd.log": Expected(
        "go-std",
        10,
        10,
        _utc("2020-04-27 16:52:54.237033"),
        _utc("2020-04-27 16:52:54.265415"),
        {"INFO": 10},
        ("nsqlookupd",),
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_service_log_profile_matches_the_file(name: str, tmp_path: Path) -> None:
    want = EXPECTED[name]
    assert detect_format(sample_lines(FIXTURES / name)).name == want.format
    profile = ingest_file(FIXTURES / name, tmp_path / "store")
    assert profile.format == want.format
    assert (profile.line_count, profile.event_count) == (want.lines, want.events)
    assert profile.parse_failures == want.failures
    assert (profile.time_range.start, profile.time_range.end) == (want.start, want.end)
    assert dict(profile.levels) == want.levels
    assert set(want.sources) <= set(profile.sources)


def test_every_line_of_a_multiline_event_is_inside_it(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "postgres.log", tmp_path / "pg")
    with LogStore.open([("pg", tmp_path / "pg")]) as store:
        rows = store.rows("SELECT line, end_line, level FROM events WHERE level = 'ERROR'")
    assert rows == [(5, 7, "ERROR")]  # the ERROR, its DETAIL and its STATEMENT


@pytest.mark.parametrize("name", ["journal_catalog.log", "journal_catalog_old.log"])
def test_a_journal_message_s_catalog_explanation_is_in_its_event_and_marks_are_not(
    name: str, tmp_path: Path
) -> None:
    rows = _rows(tmp_path, name, "SELECT line, end_line, message FROM events ORDER BY line")
    spans = [(line, end) for line, end, _ in rows]
    # the heading, then `Starting nginx.service` with its seven lines of explanation
    assert spans[:2] == [(1, 1), (2, 9)]
    assert rows[1][2].endswith("The job identifier is 1234.")
    marks = [(line, text) for line, end, text in rows if text.startswith("-- ")]
    assert [text.split(" ")[1] for _, text in marks] == (
        ["Journal", "Boot"] if name == "journal_catalog.log" else ["Logs", "Reboot", "No"]
    )
    assert all((line, line) in spans for line, _ in marks)


def test_lines_of_two_dashes_continue_an_event_unless_they_end_with_two(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    log.write_text(
        "2024-03-04T10:00:00+00:00 db01 migrate[7]: running the migration\n"
        "-- the statement:\n"
        "--\n"
        "-- ALTER TABLE users ADD COLUMN age INT\n"
        "-- Reboot --\n"
        "2024-03-04T10:00:01+00:00 db01 migrate[7]: done\n"
    )
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.event_count, profile.parse_failures) == (3, 0)
    with LogStore.open([("x", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, end_line, parsed FROM events ORDER BY line")
    assert rows == [(1, 4, True), (5, 5, False), (6, 6, True)]


def test_events_whose_stamp_gives_no_time_are_counted_and_named(tmp_path: Path) -> None:
    uptime = ingest_file(FIXTURES / "jdk_uptime.log", tmp_path / "uptime")
    assert uptime.events_without_time == 8
    assert any("8 parsed events carry no wall-clock time" in w for w in uptime.warnings)
    stamped = ingest_file(FIXTURES / "jdk_gc.log", tmp_path / "stamped")
    assert stamped.events_without_time == 0
    assert not any("wall-clock" in w for w in stamped.warnings)


def test_messages_of_the_dotnet_console_form_are_kept_with_their_event(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "dotnet_console.log", tmp_path / "net")
    with LogStore.open([("net", tmp_path / "net")]) as store:
        rows = store.rows("SELECT line, end_line, message FROM events ORDER BY line")
    # the category and event id stand for the head line's message; the text follows it
    assert rows[0] == (
        1,
        2,
        "Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://localhost:5000",
    )


def test_a_rabbitmq_message_written_under_one_header_per_line_is_one_event(
    tmp_path: Path,
) -> None:
    rows = _rows(
        tmp_path,
        "rabbitmq.log",
        "SELECT line, end_line, level, message FROM events WHERE line > 10 ORDER BY line",
    )
    # the same microsecond under another process opens an event of its own; the boot
    # banner's unstamped lines go on under the line before them
    assert [r[:3] for r in rows] == [
        (11, 15, "ERROR"),
        (16, 16, "INFO"),
        (17, 17, "INFO"),
        (18, 21, "INFO"),
    ]
    assert rows[0][3].splitlines()[:2] == [
        "    supervisor: {<0.705.0>,rabbit_channel_sup_sup}",
        "    errorContext: shutdown_error",
    ]


def test_the_mariadb_version_line_goes_on_with_ready_for_connections(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "mariadb_error.log", "SELECT line, end_line FROM events WHERE line = 4")
    assert rows == [(4, 5)]


def test_gelf_short_messages_are_messages(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "gelf.jsonl", tmp_path / "gelf")
    with LogStore.open([("gelf", tmp_path / "gelf")]) as store:
        rows = store.rows("SELECT message FROM events ORDER BY line LIMIT 2")
    assert rows == [("Connection refused by upstream 10.0.0.7:8080",), ("Started GET /health",)]


def test_weblogic_messages_lose_their_closing_bracket(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "weblogic_server.log", tmp_path / "wls")
    with LogStore.open([("wls", tmp_path / "wls")]) as store:
        rows = store.rows("SELECT line, end_line, message FROM events ORDER BY line")
    assert rows[1] == (2, 2, "Server state changed to RUNNING.")
    assert rows[2][:2] == (3, 7)  # the trace's lines up to the closing `>`


def test_an_ossec_alert_is_named_by_its_rule(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "wazuh_alerts.log", tmp_path / "ossec")
    with LogStore.open([("ossec", tmp_path / "ossec")]) as store:
        rows = store.rows("SELECT line, end_line, message FROM events ORDER BY line LIMIT 2")
    assert rows[0][:2] == (1, 7)  # its location, rule, fields, logged line and blank line
    assert rows[0][2].startswith("sshd: authentication failed.")
    assert rows[1][2].startswith("sshd: brute force trying to get access to the system.")


def test_a_db2_record_is_named_by_its_message_line(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "db2diag.log", tmp_path / "db2")
    with LogStore.open([("db2", tmp_path / "db2")]) as store:
        rows = store.rows("SELECT line, end_line, message FROM events ORDER BY line")
    assert [(r[0], r[1]) for r in rows] == [(1, 6), (7, 12), (13, 15)]
    assert rows[1][2].startswith("ADM6073W  The table space")


def test_json_dialects_name_their_messages(tmp_path: Path) -> None:
    want = {
        "clef.jsonl": "Order {OrderId} placed",  # the message template
        "k8s_audit.jsonl": "list /api/v1/namespaces/default/pods 200",  # verb, resource, status
        "okta.jsonl": "User login to Okta",
        "nginx_json.log": "GET / HTTP/1.1",
    }
    for name, message in want.items():
        ingest_file(FIXTURES / name, tmp_path / name)
        with LogStore.open([("x", tmp_path / name)]) as store:
            assert store.rows("SELECT message FROM events ORDER BY line LIMIT 1") == [(message,)]


# JSON dialects: (records, (first time, last time), levels, sources)
JSON_DIALECTS = {
    # .NET's JSON console formatter: LogLevel, Category, Message, a zoned Timestamp
    "dotnet": (
        [
            {"Timestamp": "2023-12-04T10:00:00.123+01:00", "EventId": 0,
             "LogLevel": "Information", "Category": "Microsoft.Hosting.Lifetime",
             "Message": "Now listening on: http://localhost:5000"},
            {"Timestamp": "2023-12-04T10:00:01.123+01:00", "EventId": 3, "LogLevel": "Error",
             "Category": "App.Worker", "Message": "failed", "Exception": "System.Exception: x"},
        ],
        ("2023-12-04 09:00:00.123", "2023-12-04 09:00:01.123"),
        {"INFO": 1, "ERROR": 1},
        {"Microsoft.Hosting.Lifetime", "App.Worker"},
    ),
    # Google Cloud's structured logging: the time as seconds and nanos
    "gcp": (
        [
            {"severity": "ERROR", "message": "bad",
             "timestamp": {"seconds": 1701684000, "nanos": 123000000}},
            {"severity": "INFO", "message": "good", "timestampSeconds": 1701684001,
             "timestampNanos": 5000},
        ],
        ("2023-12-04 10:00:00.123", "2023-12-04 10:00:01.000005"),
        {"ERROR": 1, "INFO": 1},
        set(),
    ),
    # Elastic's ECS with nested objects: `log.logger`, else `service.name`
    "ecs": (
        [
            {"@timestamp": "2023-12-04T10:00:00.123Z", "log": {"level": "warn", "logger": "db"},
             "service": {"name": "checkout"}, "message": "slow"},
            {"@timestamp": "2023-12-04T10:00:01.123Z", "log": {"level": "error"},
             "service": {"name": "checkout", "version": "1.2"}, "message": "payment failed"},
        ],
        ("2023-12-04 10:00:00.123", "2023-12-04 10:00:01.123"),
        {"WARN": 1, "ERROR": 1},
        {"db", "checkout"},
    ),
    # syslog as JSON (Vector's syslog source); a Kubernetes Event's firstTimestamp
    "syslog-json": (
        [
            {"appname": "sshd", "hostname": "h", "message": "Accepted publickey",
             "severity": "info", "timestamp": "2023-12-04T10:00:00Z"},
            {"kind": "Event", "reason": "BackOff", "message": "Back-off restarting",
             "firstTimestamp": "2023-12-04T10:00:05Z", "lastTimestamp": "2023-12-04T10:05:00Z"},
        ],
        ("2023-12-04 10:00:00", "2023-12-04 10:00:05"),
        {"INFO": 1, "NONE": 1},
        {"sshd"},
    ),
}  # fmt: skip


@pytest.mark.parametrize("dialect", sorted(JSON_DIALECTS))
def test_json_dialects_name_their_time_level_and_source(dialect: str, tmp_path: Path) -> None:
    records, (start, end), levels, sources = JSON_DIALECTS[dialect]
    log = tmp_path / "app.jsonl"
    log.write_text("".join(json.dumps(r) + "\n" for r in records))
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "json" and profile.parse_failures == 0
    assert (profile.time_range.start, profile.time_range.end) == (_utc(start), _utc(end))
    assert profile.levels == levels
    assert set(profile.sources) == sources


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        (
            "audit.jsonl",
            [
                '{"time":"2024-05-01T10:00:00Z","level":"info","user":"bob","action":"login"}',
                '{"ts":1714557601,"severity":"ERROR","user":"amy","err":"disk full","n":3,'
                '"o":{"a":1},"we\\"ird":null,"q\\"k":"v"}',
            ],
        ),
        (
            "audit.log",
            [
                "time=2024-05-01T10:00:00Z level=info user=bob action=login",
                'ts=2024-05-01T10:00:01Z user=amy err="disk full" n=3 level=error',
            ],
        ),
    ],
)
def test_a_record_naming_no_message_is_shown_as_its_other_keys(
    tmp_path: Path, name: str, lines: list[str]
) -> None:
    profile = _ingest_lines(tmp_path, lines, name)
    assert profile.levels == {"INFO": 1, "ERROR": 1}
    with LogStore.open([("x", tmp_path / "store")]) as store:
        messages = [m for (m,) in store.rows("SELECT message FROM events ORDER BY line")]
    assert messages[0] == "user=bob action=login"
    if name.endswith(".jsonl"):  # JSON's null values are left out, a key's quote kept
        assert messages[1] == 'user=amy err="disk full" n=3 o={"a":1} q"k=v'
    else:
        assert messages[1] == 'user=amy err="disk full" n=3'


def test_a_line_among_json_records_that_is_none_keeps_its_text(tmp_path: Path) -> None:
    log = tmp_path / "app.jsonl"
    log.write_text(
        '{"time":"2024-05-01T10:00:00Z","level":"info","msg":"started"}\n'
        "Traceback: not a record {broken\n"
        '{"time":"2024-05-01T10:00:01Z","level":"info","user":"bob"}\n'
        '{"time":"2024-05-01T10:00:02Z","level":"warn","msg":"slow"}\n'
    )
    ingest_file(log, tmp_path / "store")
    with LogStore.open([("x", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, parsed, message FROM events ORDER BY line")
    assert [(r[0], r[1]) for r in rows] == [(1, True), (2, False), (3, True), (4, True)]
    messages = ["started", "Traceback: not a record {broken", "user=bob", "slow"]
    assert [r[2] for r in rows] == messages


def test_google_cloud_text_payloads_are_messages(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "gcp.jsonl", tmp_path / "gcp")
    with LogStore.open([("gcp", tmp_path / "gcp")]) as store:
        assert store.rows("SELECT message FROM events ORDER BY line") == [
            ("Container started",),
            ("Memory limit exceeded",),
        ]


@pytest.mark.parametrize(
    "epoch",
    ["1795431853", "1795431853000", "1795431853000000", "1795431853000000000", "1795431853.0"],
)
def test_epoch_stamps_in_any_unit_are_the_same_time(epoch: str) -> None:
    import duckdb

    from analyzer.logs.formats import epoch_sql

    with duckdb.connect() as conn:
        row = conn.execute(f"SELECT {epoch_sql(repr(epoch))}").fetchone()
    assert row is not None and row[0] == datetime(2026, 11, 23, 11, 4, 13)


@pytest.mark.parametrize(
    ("stamp", "month"),
    [
        ("05-Dec-2026 10:00:00", 12),  # English
        ("05-déc.-2026 10:00:00", 12),  # French
        ("05-févr.-2026 10:00:00", 2),
        ("05-Dez-2026 10:00:00", 12),  # German, before and after the JDK's CLDR data
        ("05-Juli-2026 10:00:00", 7),
        ("05-ago.-2026 10:00:00", 8),  # Spanish, Italian, Portuguese
        ("05-gen-2026 10:00:00", 1),
        ("05-out.-2026 10:00:00", 10),
        ("05-mrt.-2026 10:00:00", 3),  # Dutch
        ("05-Maj-2026 10:00:00", 5),  # Swedish
    ],
)
def test_months_in_other_languages_are_read(stamp: str, month: int) -> None:
    import duckdb

    from analyzer.logs.formats import localized_month_sql

    with duckdb.connect() as conn:
        row = conn.execute(
            f"SELECT {localized_month_sql(repr(stamp), ['%d-%b-%Y %H:%M:%S'])}"
        ).fetchone()
    assert row is not None and row[0] == datetime(2026, month, 5, 10, 0, 0)


def test_an_unknown_month_word_is_no_time() -> None:
    import duckdb

    from analyzer.logs.formats import localized_month_sql

    with duckdb.connect() as conn:
        row = conn.execute(
            f"SELECT {localized_month_sql(repr('05-xyz-2026 10:00:00'), ['%d-%b-%Y %H:%M:%S'])}"
        ).fetchone()
    assert row == (None,)


def test_java_logging_events_take_their_message_from_the_line_after_the_header(
    tmp_path: Path,
) -> None:
    profile = ingest_file(FIXTURES / "java_logging.log", tmp_path / "jul")
    patterns = {t.pattern for t in profile.top_templates}
    assert patterns == {
        "Starting application",
        "Retrying connection to db-<*>",
        "Connection failed",
        "Stopping",
        "Pool status",
    }
    with LogStore.open([("jul", tmp_path / "jul")]) as store:
        rows = store.rows("SELECT line, end_line, message FROM events ORDER BY line LIMIT 3")
    # the `LEVEL: message` line is not repeated in the event's message; a trace follows it
    assert rows[:2] == [(1, 2, "Starting application"), (3, 4, "Retrying connection to db-1")]
    assert rows[2][2].split("\n")[:2] == [
        "Connection failed",
        "java.lang.IllegalStateException: pool exhausted",
    ]
    with LogStore.open([("jul", tmp_path / "jul")]) as store:
        last = store.rows("SELECT line, end_line, message FROM events ORDER BY line DESC LIMIT 1")
    # a message written over several lines (`log.info("...\n...")`) is one event
    assert last == [(19, 22, "Pool status\nactive=4\nidle=0")]


def test_ansi_colours_are_left_out_of_fields_and_templates_but_kept_in_lines(
    tmp_path: Path,
) -> None:
    profile = ingest_file(FIXTURES / "ansi_tracing.log", tmp_path / "ansi")
    assert {t.pattern for t in profile.top_templates} == {
        "listening on <*>:<*>",  # the target is the source
        "slow query",
        "connection lost",
    }
    with LogStore.open([("ansi", tmp_path / "ansi")]) as store:
        raw = store.upload("ansi").raw_lines(1, 1)
    assert raw[0].startswith("\x1b[2m2026-11-23T11:00:00.123456Z")  # the line as written


def test_apt_lines_between_the_dates_take_the_stanzas_start_time(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "apt_history.log", tmp_path / "apt")
    assert profile.events_without_time == 0
    with LogStore.open([("apt", tmp_path / "apt")]) as store:
        rows = store.rows("SELECT line, ts FROM events WHERE source = 'Commandline' ORDER BY line")
    assert rows == [
        (3, datetime(2025, 6, 24, 14, 36, 25)),
        (8, datetime(2025, 6, 24, 14, 36, 29)),
        (13, datetime(2025, 6, 25, 9, 0, 0)),
    ]


def test_a_slow_log_entry_is_one_event_named_by_its_statement(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "mariadb_slow.log", tmp_path / "slow")
    assert profile.format_fit == 1.0  # its lines after the first do not count
    with LogStore.open([("slow", tmp_path / "slow")]) as store:
        rows = store.rows(
            "SELECT line, end_line, ts, header FROM events WHERE parsed ORDER BY line"
        )
    # `# Time:` opens an entry, or `# User@Host:` when MariaDB wrote no time (same second); a
    # server's banner at its start takes the time of the first entry after it
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, 3, datetime(2026, 12, 4, 6, 46, 21)),
        (4, 11, datetime(2026, 12, 4, 6, 46, 21)),
        (12, 21, datetime(2026, 12, 4, 6, 46, 23)),
        (22, 27, datetime(2026, 12, 4, 6, 46, 23)),
        (28, 30, datetime(2026, 12, 4, 6, 46, 35)),
        (31, 38, datetime(2026, 12, 4, 6, 46, 35)),
    ]
    assert rows[3][3] == "# User@Host: root[root] @  [127.0.0.1]"  # the head line is kept
    assert {t.pattern for t in profile.top_templates} >= {
        "SELECT SLEEP(<*>);",
        "SELECT o.id,",  # a statement's first line
        "SELECT * FROM missing_table;",
    }


def test_a_csvlog_record_continues_over_the_line_breaks_of_its_quoted_fields(
    tmp_path: Path,
) -> None:
    rows = _rows(
        tmp_path,
        "postgres.csv",
        "SELECT line, end_line, split_part(message, chr(10), 1) FROM events "
        "WHERE line BETWEEN 9 AND 18 ORDER BY line",
    )
    assert rows == [
        (9, 12, 'column "missing_col" does not exist'),  # the statement's further lines
        (13, 14, 'relation "missing_tbl" does not exist'),  # one at the line's start
        (15, 15, 'disk usage at 91%, check "archive"'),  # quotes undoubled
        (16, 18, "vacuum report:"),  # the message's own line breaks
    ]


@pytest.mark.parametrize(
    ("zone", "utc"),
    [("UTC", "10:00"), ("+03", "07:00"), ("PST", "18:00"), ("CEST", "09:00")],
)
def test_csvlog_stamps_are_read_in_their_zone(zone: str, utc: str, tmp_path: Path) -> None:
    record = (FIXTURES / "postgres.csv").read_text().splitlines()[0]
    log = tmp_path / "pg.csv"
    log.write_text(record.replace("2026-12-04 06:46:08.301 UTC", f"2026-12-04 10:00:00 {zone}"))
    # a zone name DuckDB does not know (CEST) is read with the timezone setting (CET then)
    profile = ingest_file(log, tmp_path / "store", timezone="Europe/Berlin")
    assert profile.time_range.start == _utc(f"2026-12-04 {utc}")


def test_lambda_platform_lines_take_the_time_of_their_invocation(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "lambda.log", tmp_path / "lambda")
    assert profile.events_without_time == 0
    with LogStore.open([("lambda", tmp_path / "lambda")]) as store:
        rows = store.rows("SELECT line, ts FROM events WHERE line IN (1, 7, 14, 15) ORDER BY line")
    assert rows == [
        (1, datetime(2024, 3, 1, 10, 0, 0, 123000)),  # INIT_START: the first stamp after it
        (7, datetime(2024, 3, 1, 10, 0, 5, 10000)),  # START: its invocation's first stamp
        (14, datetime(2024, 3, 1, 10, 0, 5, 300000)),  # END, REPORT: the last stamp before
        (15, datetime(2024, 3, 1, 10, 0, 5, 300000)),
    ]


def test_a_year_written_after_the_day_is_read_not_assumed(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "syslog_year.log", tmp_path / "year")
    assert not any("carry no year" in w for w in profile.warnings)


def test_a_general_log_line_without_a_time_takes_the_time_above(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "mysql_general_old.log",
        "SELECT line, ts, source, message FROM events ORDER BY line",
    )
    assert [(r[0], r[1], r[2]) for r in rows[1:4]] == [
        (4, datetime(2020, 12, 10, 8, 58, 16), "Connect"),
        (5, datetime(2020, 12, 10, 8, 58, 16), "Query"),
        (6, datetime(2020, 12, 10, 8, 58, 16), "Query"),
    ]
    assert rows[0][1] == datetime(2020, 12, 10, 8, 58, 16)  # the banner: the entry after it
    assert rows[2][3] == "Query SELECT 1"


def _iso_level_rows(lines: list[str], tmp_path: Path) -> list[tuple[Any, ...]]:
    """(source, message) of each event, in line order, of lines that must all be read by the
    generic iso-level format."""
    profile = _ingest_lines(tmp_path, lines, "app.log")
    assert (profile.format, profile.parse_failures) == ("iso-level", 0)
    with LogStore.open([("app", tmp_path / "store")]) as store:
        return store.rows("SELECT source, message FROM events ORDER BY line")


@pytest.mark.parametrize(
    ("lines", "sources", "first"),
    [
        (  # go-hclog's first releases (Vault 0.10) padded the level inside the brackets
            [
                "2018-04-26T21:13:49.040Z [INFO ] core: security barrier not initialized",
                "2018-04-26T21:13:49.041Z [WARN ] storage.raft: no tls config found",
            ],
            ["core", "storage.raft"],
            "security barrier not initialized",
        ),
        (  # IncludeLocation writes the caller before the name: both stay, the caller kept
            # nowhere else
            [
                "2024-03-01T10:00:00.123Z [INFO]  agent/agent.go:1234: agent: Starting agent...",
                "2024-03-01T10:00:00.124Z [ERROR] vault/core.go:88: core: failed to unseal",
            ],
            ["agent", "core"],
            "agent/agent.go:1234: agent: Starting agent...",
        ),
    ],
)
def test_hclog_names_are_sources_in_each_header_style(
    lines: list[str], sources: list[str], first: str, tmp_path: Path
) -> None:
    rows = _iso_level_rows(lines, tmp_path)
    assert [r[0] for r in rows] == sources
    assert rows[0][1] == first  # the name, a header field, leaves the message


@pytest.mark.parametrize(
    ("lines", "sources", "messages"),
    [
        (  # log4j's `%c - %m` and `%c{1}:%L - %m`, after a `[thread]` too
            [
                "2024-03-01 10:00:00,123 INFO  com.example.App - Starting",
                "2024-03-01 10:00:01,123 WARN  Cache:17 - cache miss for key 42",
                "2024-03-01 10:00:02,123 ERROR [main] c.e.Db:99 - connection refused",
            ],
            ["com.example.App", "Cache", "c.e.Db"],
            ["Starting", "cache miss for key 42", "connection refused"],
        ),
        (  # a dotted logger in brackets (Python's `[%(name)s]`, a caller's line after it)
            [
                "2024-03-01 10:00:00 INFO     [uvicorn.error] Started server process",
                "2024-03-01 10:00:01 ERROR [myapp.views:42] request failed",
                "2024-03-01 10:00:02 ERROR [com.example.App] - Starting 1",
            ],
            ["uvicorn.error", "myapp.views", "com.example.App"],
            ["Started server process", "request failed", "Starting 1"],
        ),
        (  # a method and line after the bracketed logger, after a thread with a space
            ["2024-11-14 23:35:48,013 Raft thread DEBUG [cn.wjc.TimeOutAction:run:43] - timeout"],
            ["cn.wjc.TimeOutAction"],
            ["timeout"],
        ),
        (  # Python's `%(levelname)s %(name)s: %(message)s`, also after a bracketed stamp: the
            # message keeps the name (a word before a colon may be the message's own)
            [
                "2024-03-01 10:00:00,123 INFO urllib3.connectionpool: Starting new connection",
                "[2024-03-01 10:00:01,123] WARN myapp.db: slow query",
                "2024-03-01 10:00:02,123 INFO __main__: started",
            ],
            ["urllib3.connectionpool", "myapp.db", "__main__"],
            [
                "urllib3.connectionpool: Starting new connection",
                "myapp.db: slow query",
                "__main__: started",
            ],
        ),
        (  # a file name, or one word, before a colon names no logger
            [
                "2024-03-01 10:00:00,123 ERROR config.yaml: not found",
                "2024-03-01 10:00:01,123 ERROR Timeout: no answer",
            ],
            [None, None],
            ["config.yaml: not found", "Timeout: no answer"],
        ),
        (  # a word before ` - `, a thread alone, or a bracketed word name no logger
            [
                "2024-03-01 10:00:00 INFO  Retrying - attempt 2",
                "2024-03-01 10:00:01 INFO  [main] started in 2 s",
                "2024-03-01 10:00:02 INFO  [worker] - idle",
            ],
            [None, None, None],
            ["Retrying - attempt 2", "[main] started in 2 s", "[worker] - idle"],
        ),
    ],
)
def test_a_logger_leading_an_iso_message_is_its_source(
    lines: list[str], sources: list[str | None], messages: list[str], tmp_path: Path
) -> None:
    rows = _iso_level_rows(lines, tmp_path)
    assert [r[0] for r in rows] == sources
    # a logger read as a header field leaves the message (`formats.LOGGER_LEAD`)
    assert [r[1] for r in rows] == messages


@pytest.mark.parametrize(
    ("fmt", "lines"),
    [
        (
            "iso-level",
            [
                "2024-01-01 10:00:00.123 CET [123] LOG:  database system is ready",
                "2024-07-01 10:00:00.123 EDT [124] ERROR:  relation does not exist",
                "2024-07-01 10:00:00 UTC [125] WARNING:  no transaction in progress",
                "2024-07-01 10:00:00 IST [126] LOG:  checkpoint starting",
            ],
        ),
        (
            "iso-plain",
            [
                "2024-01-01 10:00:00 CET daemon started",
                "2024-07-01 10:00:00 EDT daemon reloaded",
                "2024-07-01 10:00:00 UTC daemon stopped",
                "2024-07-01 10:00:00 IST daemon started again",
            ],
        ),
    ],
)
def test_a_zone_abbreviation_after_an_iso_stamp_gives_its_offset(
    fmt: str, lines: list[str], tmp_path: Path
) -> None:
    profile = _ingest_lines(tmp_path, lines, "pg.log", timezone="Asia/Tokyo")
    assert profile.format == fmt
    with LogStore.open([("pg", tmp_path / "store")]) as store:
        rows = store.rows("SELECT ts, message FROM events ORDER BY line")
    assert [r[0].replace(tzinfo=None) for r in rows] == [
        datetime(2024, 1, 1, 9, 0, 0, 123000 if fmt == "iso-level" else 0),  # CET, +01:00
        datetime(2024, 7, 1, 14, 0, 0, 123000 if fmt == "iso-level" else 0),  # EDT, -04:00
        datetime(2024, 7, 1, 10, 0),
        # IST names three zones: the stamp is read in the timezone setting, as a naive one
        datetime(2024, 7, 1, 1, 0),
    ]
    assert not any(re.search(r"\b(CET|EDT|UTC)\b", r[1]) for r in rows[:3])


def test_postgresql_prefix_fields_before_the_level_may_open_with_a_bracket(tmp_path: Path) -> None:
    lines = [
        "2017-07-31 13:36:42.616 CEST [4973] LOG:  database system is ready",
        "2017-07-31 13:36:42.956 CEST [4980] [unknown]@[unknown] LOG:  incomplete startup packet",
        "2017-07-31 13:39:16.249 CEST [5407] postgres@users FATAL:  database does not exist",
    ]
    profile = _ingest_lines(tmp_path, lines, "pg.log")
    assert (profile.format, profile.levels) == ("iso-level", {"INFO": 2, "FATAL": 1})


def test_postgresql_severity_may_follow_a_dash_of_the_prefix(tmp_path: Path) -> None:
    lines = [  # log_line_prefix = '%t-%c-'
        "2026-08-17 20:45:45 UTC-6a8372f9.6b-LOG:  statement: SELECT 2 AS c02;",
        '2026-08-17 20:45:46 UTC-6a8372f9.6b-ERROR:  relation "c03" does not exist',
        "2026-08-17 20:45:47 UTC-6a8372f9.6c-WARNING:  there is no transaction in progress",
    ]
    profile = _ingest_lines(tmp_path, lines, "pg.log")
    assert profile.levels == {"INFO": 1, "ERROR": 1, "WARN": 1}


def test_a_vpc_flow_log_forced_or_detected_reads_the_fields_its_header_names(
    tmp_path: Path,
) -> None:
    lines = sample_lines(FIXTURES / "vpc_flow_custom.log")
    assert detect_format(lines).format.pattern == forced_format("vpc-flow", lines).format.pattern
    # without the header, the lines are no version 2 records
    assert forced_format("vpc-flow", lines[1:]).fit == 0.0


def test_a_windows_event_s_message_is_its_rendered_one_else_its_id_and_data(
    tmp_path: Path,
) -> None:
    rows = _rows(
        tmp_path, "windows_event.xml", "SELECT line, level, message FROM events ORDER BY line"
    )
    by_line = {line: (level, message) for line, level, message in rows}
    assert by_line[3] == ("INFO", 'EventID 7036: param1="Windows Update" param2="running"')
    assert by_line[4] == ("ERROR", "EventID 7: \\Device\\Harddisk0\\DR0")  # binary data left out
    assert by_line[6] == ("WARN", 'EventID 4625: TargetUserName="admin" IpAddress="10.0.0.9"')
    # the rendered message, its entities put back
    assert by_line[7] == ("ERROR", "Faulting application name: app&co.exe, version: 1.0.0.0")


def test_xml_lines_of_another_kind_are_no_bsm_audit_trail(tmp_path: Path) -> None:
    lines = [  # log4j's XMLLayout: no BSM record, so no event swallowing the lines after it
        '<log4j:event logger="com.example.App" timestamp="1700000000000" level="INFO">',
        "<log4j:message><![CDATA[Started]]></log4j:message>",
        "</log4j:event>",
        '<log4j:event logger="com.example.App" timestamp="1700000001000" level="ERROR">',
        "<log4j:message><![CDATA[Failed]]></log4j:message>",
        "</log4j:event>",
    ]
    profile = _ingest_lines(tmp_path, lines, "events.xml")
    assert (profile.format, profile.event_count) == ("raw", 4)
    with LogStore.open([("x", tmp_path / "store")]) as store:
        spans = store.rows("SELECT line, end_line FROM events ORDER BY line")
    # a closing tag opens no event: it goes on with the line above
    assert spans == [(1, 1), (2, 3), (4, 4), (5, 6)]


def test_aws_access_records_read_as_a_request_and_its_outcome(tmp_path: Path) -> None:
    messages: dict[str, list[str]] = {}
    for name in ("s3_access.log", "cloudfront.log", "vpc_flow.log"):
        ingest_file(FIXTURES / name, tmp_path / name)
        with LogStore.open([("aws", tmp_path / name)]) as store:
            messages[name] = [r[0] for r in store.rows("SELECT message FROM events ORDER BY line")]
    assert messages["s3_access.log"][2] == (
        "REST.GET.OBJECT GET /amzn-s3-demo-bucket1/photos/2024/03/missing.jpg HTTP/1.1 "
        "404 NoSuchKey"
    )
    # a lifecycle action has no request: its key stands in
    assert messages["s3_access.log"][6] == "S3.EXPIRE.OBJECT logs/2024-01-30.gz - - -"
    assert messages["cloudfront.log"][3] == "GET /api/items?page=2&limit=50 HTTP/2.0 200 Miss"
    assert messages["vpc_flow.log"][3] == (
        "198.51.100.77 172.31.16.139 50212 3389 6 1 44 1709287215 1709287260 REJECT OK"
    )


def test_a_console_writing_the_time_of_day_only_says_its_events_have_no_time(
    tmp_path: Path,
) -> None:
    profile = ingest_file(FIXTURES / "wildfly.log", tmp_path / "wildfly")
    assert profile.events_without_time == 12
    assert any("12 parsed events carry no wall-clock time" in w for w in profile.warnings)


def test_the_records_of_an_audit_event_are_one_event_each_named_by_its_type(
    tmp_path: Path,
) -> None:
    ingest_file(FIXTURES / "audit.log", tmp_path / "audit")
    with LogStore.open([("audit", tmp_path / "audit")]) as store:
        rows = store.rows("SELECT line, end_line, source, message FROM events WHERE line = 3")
    line, end_line, source, message = rows[0]
    assert (line, end_line, source) == (3, 8, "SYSCALL")
    records = message.split("\n")
    types = [r.split(" ")[0] for r in records]
    assert types == ["SYSCALL", "EXECVE", "CWD", "PATH", "PATH", "PROCTITLE"]
    assert records[1] == 'EXECVE argc=2 a0="sudo" a1="id"'
    # ENRICHED's group separator (0x1D) before the translated fields is a space
    assert ' key="priv_esc" ARCH=x86_64 SYSCALL=execve ' in records[0]


@pytest.mark.parametrize(
    ("zone", "stamps"),
    [
        ("UTC", ["10:00:00", "10:00:05.101", "10:00:09"]),
        ("Europe/Berlin", ["09:00:00", "10:00:05.101", "09:00:09"]),
    ],
)
def test_a_cisco_device_stamp_counts_unless_its_clock_is_not_synchronised(
    zone: str, stamps: list[str], tmp_path: Path
) -> None:
    ingest_file(FIXTURES / "cisco_syslog.log", tmp_path / "cisco", timezone=zone)
    with LogStore.open([("cisco", tmp_path / "cisco")]) as store:
        rows = store.rows("SELECT ts, message FROM events WHERE line IN (1, 4, 7) ORDER BY line")
    # `*Mar  1 00:12:34.567` (never set): the syslog server's time, in the timezone setting's
    # zone; the switch's stamp says UTC; the ASA wrote none
    assert [r[0].time().isoformat().removesuffix("000") for r in rows] == stamps
    # the code opens the message, with or without a stamp before it
    assert rows[2][1].startswith("%ASA-4-106023: Deny tcp src outside:203.0.113.9/51514 ")


def test_fast_log_alerts_keep_a_drop_and_name_the_source_address(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "suricata_fast.log", tmp_path / "fast")
    with LogStore.open([("fast", tmp_path / "fast")]) as store:
        rows = store.rows("SELECT source, message FROM events WHERE line IN (2, 6) ORDER BY line")
    assert rows[0] == (
        "203.0.113.9",
        "[Drop] ET SCAN Suspicious inbound to MSSQL port 1433 [**] [Classification: Potentially "
        "Bad Traffic] [Priority: 2] {TCP} 203.0.113.9:4322 -> 10.0.0.5:1433",
    )
    assert rows[1][0] is None  # a decoder event: a raw packet, no addresses


def test_loguru_messages_follow_the_caller(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "loguru.log", tmp_path / "loguru")
    assert {"Application started", "Connected in <*> s"} <= {
        t.pattern for t in profile.top_templates
    }


def test_an_oracle_record_is_named_by_its_first_error_and_its_process(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "oracle_alert.log",
        "SELECT e.line, e.end_line, e.level, e.source, t.pattern, e.message "
        "FROM events e JOIN templates t USING (log_id, template_id) "
        "WHERE e.line IN (4, 17, 22, 24, 39) ORDER BY e.line",
    )
    assert [r[:5] for r in rows] == [
        (4, 7, "ERROR", "J000", 'ORA-<*>: error on auto execute of job "SYS"."PURGE_LOG"'),
        (
            17,
            21,
            "ERROR",
            "ORA",  # orcl_ora_1234.trc: a session's server process
            "ORA-<*>: internal error code, arguments: [<*>], [], [], [], [], [], [], "
            "[], [], [], [], []",
        ),
        (22, 23, "WARN", None, "WARNING: inbound connection timed out (ORA-<*>)"),
        (24, 33, "WARN", None, "Fatal NI connect error <*>."),  # not the rule of asterisks
        (
            39,
            40,
            "FATAL",
            "PMON",
            "PMON (ospid: <*>): terminating the instance due to ORA error <*>",
        ),
    ]
    # the message is the record's lines as written, each once, without the stamp and blanks
    assert rows[0][5].split("\n") == (FIXTURES / "oracle_alert.log").read_text().splitlines()[4:7]
    assert rows[3][5].startswith("*****") and "\n\n" not in rows[3][5]


def test_oracle_11g_stamps_are_local_time_and_12c_stamps_carry_their_offset(
    tmp_path: Path,
) -> None:
    ingest_file(FIXTURES / "oracle_alert.log", tmp_path / "alert", timezone="Europe/Berlin")
    with LogStore.open([("alert", tmp_path / "alert")]) as store:
        rows = store.rows("SELECT ts FROM events WHERE line IN (1, 11) ORDER BY line")
    assert [r[0] for r in rows] == [
        datetime(2024, 3, 1, 8, 0),  # `Fri Mar 01 09:00:00 2024`, in Berlin
        datetime(2024, 3, 1, 10, 0, 0, 123456),  # `2024-03-01T10:00:00.123456+00:00`
    ]


@pytest.mark.parametrize(
    ("name", "first"),
    [
        # naive stamps: read in the timezone setting, once
        ("rethinkdb.log", datetime(2020, 2, 21, 8, 49, 24, 426623)),
        ("lsf_mbatchd.log", datetime(2025, 1, 15, 20, 46, 34)),
        # a stamp with its offset (`-0500`) or zone (`UTC`) keeps it
        ("contrast_cef.log", datetime(2019, 12, 16, 20, 9, 49, 652000)),
        ("datadog_agent.log", datetime(2019, 2, 14, 9, 35, 38)),
    ],
)
def test_naive_stamps_are_read_in_the_timezone_setting_and_zoned_ones_are_not(
    name: str, first: datetime, tmp_path: Path
) -> None:
    ingest_file(FIXTURES / name, tmp_path / "store", timezone="Europe/Berlin")
    with LogStore.open([("x", tmp_path / "store")]) as store:
        rows = store.rows("SELECT ts FROM events ORDER BY line LIMIT 1")
    assert rows[0][0] == first


def test_sonarqube_lines_name_their_logger_and_keep_what_follows_them(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    lines = (FIXTURES / "sonarqube.log").read_text().splitlines()[2:5]
    # another Logback server's `yyyy.MM.dd HH:mm:ss.SSS LEVEL message`: time and level only
    lines.append("2024.03.01 10:00:07.250 WARN  Low disk space on /var/lib/app")
    log.write_text("\n".join(lines) + "\n")
    ingest_file(log, tmp_path / "store")
    with LogStore.open([("sonar", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, end_line, ts, level, source, message FROM events")
    assert [r[:5] for r in rows] == [
        (1, 3, datetime(2024, 3, 1, 9, 58, 5), "ERROR", "o.e.b.Bootstrap"),
        (4, 4, datetime(2024, 3, 1, 10, 0, 7, 250000), "WARN", None),
    ]
    # Elasticsearch's failed bootstrap checks, on the lines after the error, are its message
    assert rows[0][5].split("\n")[2].startswith("bootstrap check failure [1] of [1]: ")
    assert rows[1][5] == "Low disk space on /var/lib/app"


def test_an_errorlog_error_and_its_text_are_one_event(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "mssql_errorlog.log",
        "SELECT line, end_line, level, message FROM events WHERE line >= 16 ORDER BY line",
    )
    assert [r[:3] for r in rows] == [
        (16, 17, "WARN"),  # Error: 18456, Severity: 14 and its text (a failed login)
        (18, 18, "WARN"),  # a failed login without its error line
        (19, 20, "WARN"),  # Error: 1205, Severity: 13 (a deadlock victim)
        (21, 22, "ERROR"),  # Error: 9002, Severity: 17 (the transaction log is full)
        (23, 24, "WARN"),  # Error: 3041, Severity: 16 (BACKUP failed: the user can correct it)
        (25, 25, "INFO"),  # `This is an informational message only.`
        (26, 27, "FATAL"),  # Error: 824, Severity: 24 (a damaged page)
        (28, 28, "INFO"),
    ]
    # the text leads the message, so that errors are told apart; the numbers follow (and the
    # text's own line is not repeated after them)
    assert rows[0][3] == (
        "Login failed for user 'sa'. Reason: Password did not match that for the login "
        "provided. [CLIENT: 192.168.1.50] (Error: 18456, Severity: 14, State: 8.)"
    )


def test_a_setupapi_section_is_one_event_at_its_start(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "setupapi.dev.log",
        "SELECT line, end_line, ts, level, split_part(message, chr(10), 1) FROM events "
        "WHERE line >= 12 ORDER BY line",
    )
    assert rows == [
        (
            12,
            22,
            datetime(2024, 3, 1, 10, 0, 0, 123000),  # `>>>  Section start` on the next line
            "INFO",
            r"Device Install (Hardware initiated) - USB\VID_046D&PID_C52B\5&2A3B",
        ),
        (
            23,
            34,
            datetime(2024, 3, 1, 10, 5, 0, 10000),
            "ERROR",  # `!!!  ` entries and `[Exit status: FAILURE(0xe0000228)]`
            r"Device Install (Hardware initiated) - PCI\VEN_10EC&DEV_8168&SUBSYS_86771043&REV_15"
            r"\4&1F6A2B3C&0&00E5",
        ),
        (
            35,
            40,
            datetime(2024, 3, 1, 10, 7, 30),
            "WARN",  # a `!    ` entry
            r"SetupCopyOEMInf - C:\Users\admin\Downloads\driver\usbser.inf",
        ),
    ]


def test_an_event_viewer_description_is_unquoted_and_goes_on_over_lines(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "windows_events.csv",
        "SELECT line, end_line, source, message FROM events WHERE line IN (6, 23) ORDER BY line",
    )
    crash, quoted = rows
    assert crash[:3] == (6, 13, "Application Error")
    assert crash[3].split("\n")[:2] == [
        "Faulting application name: app.exe, version: 1.0.0.0, time stamp: 0x65e1a2b3",
        "Faulting module name: ntdll.dll, version: 10.0.19041.3636, time stamp: 0x8f1c2d3e",
    ]
    # a quoted source with a comma; quotes doubled inside a field are undoubled
    assert quoted == (
        23,
        23,
        "Contoso, Inc. Updater",
        'Update check completed: 0 updates "available".',
    )


def test_an_event_viewer_export_in_24_hour_english_reads_day_first(tmp_path: Path) -> None:
    rows = [
        "\ufeffLevel,Date and Time,Source,Event ID,Task Category",
        "Error,01/03/2024 14:05:09,Application Error,1000,(100),"
        '"Faulting application name: app.exe, version: 1.0.0.0"',
        'Information,13/03/2024 09:00:00,Service Control Manager,7036,None,"Started."',
    ]
    log = tmp_path / "uk.csv"
    log.write_bytes("\r\n".join(rows).encode() + b"\r\n")
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "windows-events-csv"
    assert dict(profile.levels) == {"ERROR": 1, "INFO": 1, "NONE": 1}
    assert (profile.time_range.start, profile.time_range.end) == (
        _utc("2024-03-01 14:05:09"),  # 1 March, not 3 January
        _utc("2024-03-13 09:00:00"),
    )


@pytest.mark.parametrize(
    ("stamps", "first"),
    [
        (["11/16/2014 05:48:30 PM", "11/17/2014 09:00:00 AM"], "2014-11-16 17:48:30"),
        (["16/11/2014 05:48:30 PM", "17/11/2014 09:00:00 AM"], "2014-11-16 17:48:30"),
        # no day above 12: read month first, as en-US writes a 12-hour clock
        (["03/01/2024 10:00:00 AM", "03/02/2024 12:00:00 PM"], "2024-03-01 10:00:00"),
        # dots and dashes: day first (de, fr, OpenLDAP's containers) unless a month says not
        (["01.03.2024 10:00:00", "02.03.2024 12:00:00"], "2024-03-01 10:00:00"),
        (["[01-03-2024 10:00:00]", "[02-03-2024 12:00:00]"], "2024-03-01 10:00:00"),
        (["01-03-2024 10:00:00", "01-13-2024 12:00:00"], "2024-01-03 10:00:00"),
        # fractions with a point or a comma, an ISO `T`
        (["[13/03/2024 10:00:00,250]", "[13/03/2024 10:00:01.5]"], "2024-03-13 10:00:00.25"),
        (["13.03.2024T10:00:00", "14.03.2024T10:00:00"], "2024-03-13 10:00:00"),
    ],
)
def test_a_numeric_date_is_read_day_first_only_when_a_day_or_its_separator_says_so(
    stamps: list[str], first: str, tmp_path: Path
) -> None:
    log = tmp_path / "app.log"
    # Python's `%(levelname)s:%(message)s` writes no space after the colon
    levels = ["INFO: step", "ERROR:step"]
    log.write_text("".join(f"{stamp} {levels[i]} {i}\n" for i, stamp in enumerate(stamps)))
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "slash-ampm"
    assert profile.time_range.start == _utc(first)
    assert profile.levels == {"INFO": 1, "ERROR": 1}


def test_go_s_stamp_in_brackets_is_read(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    log.write_text(
        "[2024/03/01 10:00:00] conn=1001 op=0 BIND dn=cn=admin method=128\n"
        "[2024/03/01 10:00:02.25] ERROR bind failed for cn=admin\n"
    )
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "go-std"
    assert (profile.time_range.start, profile.time_range.end) == (
        _utc("2024-03-01 10:00:00"),
        _utc("2024-03-01 10:00:02.25"),
    )
    assert profile.levels == {"NONE": 1, "ERROR": 1}


def test_a_security_log_export_reads_its_audit_keywords_as_levels(tmp_path: Path) -> None:
    rows = [
        "Keywords,Date and Time,Source,Event ID,Task Category",
        "Audit Success,3/1/2024 10:00:00 AM,Microsoft-Windows-Security-Auditing,4624,Logon,"
        '"An account was successfully logged on.',
        "",
        "Logon Information:",
        "\tLogon Type:\t\t5",
        'This event is generated when a logon session is created."',
        "Audit Failure,3/1/2024 10:00:07 PM,Microsoft-Windows-Security-Auditing,4625,Logon,"
        '"An account failed to log on.',
        "",
        "Failure Information:",
        "\tFailure Reason:\t\tUnknown user name or bad password.",
        'This event is generated when a logon request fails."',
    ]
    log = tmp_path / "security.csv"
    log.write_bytes("\r\n".join(rows).encode() + b"\r\n")
    # its descriptions' lines outnumber its rows: the export's header line names the format
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "windows-events-csv" and profile.format_fit == 1.0
    assert (profile.event_count, profile.parse_failures) == (3, 1)
    assert dict(profile.levels) == {"INFO": 1, "WARN": 1, "NONE": 1}
    assert profile.time_range.end == _utc("2024-03-01 22:00:07")  # PM


def test_fractions_of_seconds_of_up_to_nine_digits_are_read(tmp_path: Path) -> None:
    # Windows' and .NET's seven digits (100 ns), and nanoseconds: microseconds are kept
    log = tmp_path / "stamps.log"
    log.write_text(
        "2024/03/01 10:00:00.1234567 Agent * START * Finding updates\n"
        "2024/03/01 10:00:01.123456789 Agent Found 3 updates\n"
        "2024/03/01 10:00:02.5 Agent Done\n"
    )
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "go-std"
    with LogStore.open([("s", tmp_path / "store")]) as store:
        stamps = [r[0] for r in store.rows("SELECT ts FROM events ORDER BY line")]
    assert [s.replace(microsecond=s.microsecond // 10 * 10) for s in stamps] == [
        datetime(2024, 3, 1, 10, 0, 0, 123450),
        datetime(2024, 3, 1, 10, 0, 1, 123450),
        datetime(2024, 3, 1, 10, 0, 2, 500000),
    ]


def test_a_dotnet_exception_with_its_hresult_continues_the_event(tmp_path: Path) -> None:
    log = tmp_path / "log4net.log"
    log.write_text(
        "2024-03-01 10:00:02,789 [5] ERROR MyApp.Data.Repository - Connection failed\n"
        "System.Data.SqlClient.SqlException (0x80131904): A network-related error occurred\n"
        "   at System.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception)\n"
        "--- End of stack trace from previous location ---\n"
        "   at MyApp.Data.Repository.Load()\n"
        "2024-03-01 10:00:03,000 [1] INFO  MyApp.Program - Application stopping\n"
    )
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.event_count, profile.parse_failures) == (2, 0)
    with LogStore.open([("s", tmp_path / "store")]) as store:
        assert store.rows("SELECT line, end_line, level FROM events ORDER BY line") == [
            (1, 5, "ERROR"),
            (6, 6, "INFO"),
        ]


def test_apache_24_error_stamps_keep_their_microseconds(tmp_path: Path) -> None:
    # `[Fri Sep 09 10:42:29.902022 2011]`: Apache 2.4 writes microseconds, 2.2 none
    profile = ingest_file(FIXTURES / "apache_error.log", tmp_path / "store")
    assert profile.format == "apache-error"
    assert profile.time_range.start == _utc("2011-09-09 10:42:29.902022")


def test_a_jdk8_collection_keeps_the_lines_written_inside_it(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path, "jdk8_gc_tenuring.log", "SELECT line, end_line FROM events ORDER BY line"
    )
    assert rows == [(1, 1), (2, 6), (7, 10), (11, 14)]


def test_an_iso_time_with_a_space_before_its_z_is_read(tmp_path: Path) -> None:
    log = tmp_path / "audit.jsonl"
    log.write_text(
        '{"timestamp":"2021-12-04 23:19:32.051 Z","event":"updateConfig","status":"success"}\n'
        '{"timestamp":"2021-12-04 23:20:53.063 Z","event":"login","status":"fail"}\n'
    )
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "json" and profile.events_without_time == 0
    assert profile.time_range.start == _utc("2021-12-04 23:19:32.051")
    assert profile.time_range.end == _utc("2021-12-04 23:20:53.063")


@pytest.mark.parametrize(("zone", "utc_hour"), [('"+08"', 1), ('"UTC"', 9), ("-0500", 14)])
def test_a_firewall_record_is_read_in_the_zone_it_names(
    zone: str, utc_hour: int, tmp_path: Path
) -> None:
    # Sophos XG's `timezone=`, FortiGate's `tz=`; the timezone setting is for records naming none
    key = "tz" if zone.startswith("-") else "timezone"
    log = tmp_path / "fw.log"
    log.write_text(
        "".join(
            f'device="SFW" date=2026-03-14 time=09:00:0{s} {key}={zone} log_type="Firewall" '
            f"priority=Information src_ip=10.0.0.{s}\n"
            for s in range(3)
        )
    )
    profile = ingest_file(log, tmp_path / "store", timezone="Europe/Paris")
    assert profile.format == "logfmt" and profile.time_range.start is not None
    assert profile.time_range.start.hour == utc_hour


def test_a_quoted_csv_header_is_the_heading_not_a_record(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "powershell_export.csv", tmp_path / "store")
    # the header row was read as a record: a time it could not read, `ProviderName` a source
    assert profile.events_without_time == 0
    assert set(profile.sources) == {
        "Service Control Manager",
        "Application Error",
        "Microsoft-Windows-DistributedCOM",
    }


LEVELED_LINES = {
    # a lower-case level word after the stamp, with its colon or not; PostgreSQL's severity
    # after Amazon RDS's prefix, which may write one space after it
    "iso-plain": (
        "2016-06-30 12:00:01 trace entering poll loop\n"
        "2016-06-30 12:00:02 debug2 queue depth 3\n"
        "2016-06-30 12:00:06 warn disk /var at 91%\n"
        "2016-06-30 12:00:07 error: cannot open /etc/app.conf\n"
        "2016-06-30 12:00:08 started worker 4\n"
        '2016-06-30 12:00:09 UTC:10.0.0.1(54321):app@shop:[12345]:ERROR: relation "x" does not '
        "exist at character 15\n"
        "2016-06-30 12:00:10 UTC::@:[400]:LOG:  checkpoint starting: time\n",
        {"TRACE": 1, "DEBUG": 1, "WARN": 1, "ERROR": 2, "INFO": 1, "NONE": 1},
    ),
    # a program's message opening with a level word in any case (not `Errors seen`)
    "syslog": (
        "Apr  7 07:31:56 imac.local VirtualBox[36403]: WARNING: The Gestalt selector is "
        "deprecated\n"
        "Apr  7 07:31:57 imac.local node[812]: Error: ENOENT: no such file or directory\n"
        "Apr  7 07:31:58 imac.local gmetad[90]: Warning: we failed to resolve data source\n"
        "Apr  7 07:31:59 imac.local sshd[91]: PANIC: out of memory\n"
        "Apr  7 07:32:00 imac.local sshd[91]: Errors seen: none\n"
        # NetworkManager's `<warn>`, OpenSSH's `debug1:`, firewalld's stamp and `ERROR:`
        "Apr  7 07:32:01 imac.local NetworkManager[1366]: <warn>  (enp1s0) zone remove failed\n"
        "Apr  7 07:32:02 imac.local NetworkManager[1366]: <info>  (enp1s0) link connected\n"
        "Apr  7 07:32:03 imac.local sshd[91]: debug1: channel 5: connection failed\n"
        "Apr  7 07:32:04 imac.local firewalld: 2014-07-18 10:51:43 ERROR: ZONE_ALREADY_SET\n",
        {"WARN": 3, "ERROR": 2, "FATAL": 1, "NONE": 1, "INFO": 1, "DEBUG": 1},
    ),
    # macOS `log show --style syslog`: microseconds, a -0700 offset, two spaces; a NetScreen's
    # message code names its severity
    "syslog-iso": (
        "2020-03-23 06:47:42.801612-0700  localhost sshd[3186]: error: PAM: unknown user\n"
        "2020-03-23 06:47:43.001612-0700  localhost sshd[3186]: Connection closed\n"
        "2020-03-23T06:47:44.681222-07:00 10.0.0.1 ssg5: NetScreen device_id=0275  "
        "[Root]system-warning-00515: Management session via SSH timed out\n"
        "2020-03-23T06:47:45.681222-07:00 10.0.0.1 ssg5: NetScreen device_id=0275  "
        "[Root]system-notification-00018: Policy (5, Trust->Untrust) was modified\n",
        {"ERROR": 1, "NONE": 1, "WARN": 1, "NOTICE": 1},
    ),
    # an access-log time, then a bare level and a logger before a colon (a Java program's)
    "clf-stamp": (
        "[14/Mar/2026:10:00:01 +0100] DEBUG OrderService: loading cart 12\n"
        "[14/Mar/2026:10:00:02 +0100] WARN OrderService: slow query\n"
        "[14/Mar/2026:10:00:03 +0100] ERROR OrderService: cannot price cart 12\n"
        "java.lang.ArithmeticException: / by zero\n"
        "[14/Mar/2026:10:00:04 +0100] [info] plain bracketed level\n",
        {"DEBUG": 1, "WARN": 1, "ERROR": 1, "INFO": 1},
    ),
    # Asterisk with a date format holding the year (FreePBX's `dateformat=%F %T`)
    "asterisk": (
        "[2019-07-25 14:58:54] ERROR[21763] config_options.c: Unable to load config file\n"
        '[2019-07-25 14:58:55] VERBOSE[21763] pbx.c: Executing [s@macro-dial:1] Dial("SIP/100")\n'
        "[2019-07-25 14:58:56] WARNING[21764][C-00000001] chan_sip.c: Retransmission timeout\n"
        '[2019-07-25 14:58:57] SECURITY[21765] res_security_log.c: SecurityEvent="FailedACL"\n',
        {"ERROR": 1, "INFO": 1, "WARN": 2},
    ),
    # Dovecot 1.x's own log: the level before the process
    "dovecot": (
        "Mar 13 15:25:07 Info: auth(default): passwd-file(amy,::ffff:10.0.0.4): unknown user\n"
        "Mar 13 15:25:08 Warn: auth(default): userdb(bob,::ffff:10.0.0.5): user not found\n"
        "Mar 13 15:25:09 Info: imap-login: Login: user=<amy>, method=PLAIN, rip=10.0.0.4\n",
        {"INFO": 2, "WARN": 1},
    ),
    # syslog-ng's year-first template, the priority the level
    "syslog-year": (
        "<30>2015 Nov 13 13:40:01 ether rsyslogd: imuxsock begins to drop messages\n"
        "<28>2015 Nov 13 13:40:02 ether kernel: eth0 link is down\n",
        {"INFO": 1, "WARN": 1},
    ),
    # Squid's access log, its client's port written by a logformat of its own: the status
    "squid-access": (
        "1773416922.391    104 10.105.21.199 58938 TCP_MISS/200 904 GET http://example.com/ - "
        "HIER_DIRECT/203.0.113.10 text/html\n"
        "1773416923.419     22 10.105.21.199 58964 TCP_MISS/404 824 GET http://example.com/x - "
        "HIER_DIRECT/203.0.113.10 text/html\n",
        {"INFO": 1, "WARN": 1},
    ),
    # Apache's numbered trace levels (`trace1`-`trace8`) are TRACE
    "apache-error": (
        "[Wed Oct 20 19:20:59.121211 2021] [rewrite:trace3] [pid 12:tid 14] mod_rewrite.c(470): "
        "applying pattern '^/import/?(.*)$' to uri '/'\n"
        "[Wed Oct 20 19:21:00.000001 2021] [authz_core:debug] [pid 12:tid 14] mod_authz_core.c"
        "(817): AH01626: authorization result of Require all granted: granted\n"
        "[Wed Oct 20 19:21:01.000002 2021] [ssl:trace8] [pid 12:tid 14] ssl_engine_io.c(2308): "
        "OpenSSL: read 5/5 bytes from BIO\n",
        {"TRACE": 2, "DEBUG": 1},
    ),
}


@pytest.mark.parametrize("fmt", sorted(LEVELED_LINES))
def test_the_level_a_line_writes_is_read(fmt: str, tmp_path: Path) -> None:
    text, levels = LEVELED_LINES[fmt]
    log = tmp_path / "app.log"
    log.write_text(text)
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == fmt
    assert profile.levels == levels


@pytest.mark.parametrize(
    ("month", "number"),
    [("janv.", 1), ("févr.", 2), ("Mär", 3), ("avril", 4), ("Mai", 5), ("ago", 8), ("Dez", 12)],
)
def test_syslog_lines_with_a_month_of_another_language_are_read(
    month: str, number: int, tmp_path: Path
) -> None:
    # (a word of an English month's shape, `Mai`, `Dez`, is read by syslog itself)
    syslog = "syslog" if re.fullmatch("[A-Z][a-z]{2}", month) else "syslog-localized"
    log = tmp_path / "journal.log"
    log.write_text(
        "".join(f"{month} 0{d} 10:00:0{d} host01 app[7]: step {d}\n" for d in range(1, 4)),
        encoding="utf-8",
    )
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == syslog and profile.parse_failures == 0
    start, end = profile.time_range.start, profile.time_range.end
    assert start is not None and end is not None
    assert (start.month, start.day, end.day, end.second) == (number, 1, 3, 3)


def test_samba_messages_are_the_indented_lines_once(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "samba.log", "SELECT line, end_line, message FROM events ORDER BY line")
    assert rows == [
        (
            1,
            3,
            "smbd version 4.17.12-Debian started.\n  Copyright Andrew Tridgell and the Samba "
            "Team 1992-2022",
        ),
        (4, 5, "smbd_smb2_auth_generic_return: Invalid password for user bob"),
    ]


def test_a_stamp_before_a_bracketed_level_is_read_whole(tmp_path: Path) -> None:
    # `kubectl logs --timestamps` of CoreDNS, and HashiCorp's hclog: the same shape, read by
    # iso-level rather than as an envelope around `[INFO] ...`
    log = tmp_path / "coredns.log"
    log.write_text(
        "".join(
            f"2024-03-01T10:00:0{i}.123456789Z {line}\n"
            for i, line in enumerate((FIXTURES / "coredns.log").read_text().splitlines())
        )
    )
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.format, profile.envelopes) == ("iso-level", [])
    assert dict(profile.levels) == {"INFO": 2, "ERROR": 1}
    assert profile.time_range.end == _utc("2024-03-01 10:00:02.123456")


def test_haproxy_lines_with_no_year_anywhere_are_not_read_in_the_future(tmp_path: Path) -> None:
    log = tmp_path / "haproxy.log"
    log.write_text("Dec 31 23:59:59 lb01 haproxy[4242]: Proxy http-in started.\n")
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "haproxy"
    assert profile.time_range.start == _this_year("12-31 23:59:59")


def test_dpkg_steps_in_apt_term_log_take_their_run_s_start_time(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "apt_term.log",
        "SELECT line, end_line, ts FROM events WHERE line IN (5, 12, 21) ORDER BY line",
    )
    assert rows == [
        (5, 5, datetime(2025, 6, 24, 14, 36, 25)),  # Unpacking, in the first run
        (12, 14, datetime(2025, 6, 25, 9, 0, 1)),  # Setting up, and its script's two lines
        (21, 22, datetime(2025, 6, 25, 9, 0, 3)),  # Log ended, and the blank line after it
    ]


@pytest.mark.parametrize("name", ["python_multiline.log", "python_basic.log"])
def test_a_python_message_holding_newlines_is_one_event(tmp_path: Path, name: str) -> None:
    rows = _rows(tmp_path, name, "SELECT line, end_line, message FROM events WHERE line >= 10")
    assert [r[:2] for r in rows] == [(10, 12), (13, 13), (14, 14)]
    assert rows[0][2].split("\n")[1:] == ["line", "error"]  # after `[app.worker: ]multi`


def test_a_tai64n_label_keeps_its_nanoseconds_truncated_to_microseconds(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "qmail_multilog.log", "SELECT ts FROM events WHERE line = 10")
    assert rows == [(datetime(2026, 3, 1, 10, 0, 6, 999999),)]  # 999999999 ns, not 10:00:07


def test_tracing_subscriber_s_json_message_is_among_the_event_s_fields(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "rust_tracing.jsonl", "SELECT message FROM events ORDER BY line")
    assert rows == [("listening",), ("slow query",), ("request failed",)]


def test_jdk_unified_logging_reads_any_decorations_before_the_message(tmp_path: Path) -> None:
    # `-Xlog:gc:file:time,level` (no tags) and `time,tags` (no level): the last decoration
    # before the space is the level or the tags; `[<time>] message` alone is no JDK line
    log = tmp_path / "gc.log"
    log.write_text(
        "[2024-03-01T10:00:00.123+0000][info] Using G1\n"
        "[2024-03-01T10:00:00.130+0000][warning] Heap too small\n"
        "[2024-03-01T10:00:01.500+0000][error ] Out of memory\n"
    )
    profile = ingest_file(log, tmp_path / "level")
    assert profile.format == "jdk-unified"
    assert dict(profile.levels) == {"INFO": 1, "WARN": 1, "ERROR": 1}
    assert dict(profile.sources) == {}
    plain = tmp_path / "plain.log"
    plain.write_text("[2024-03-01T10:00:00Z] started\n[2024-03-01T10:00:01Z] stopped\n")
    assert ingest_file(plain, tmp_path / "plain").format != "jdk-unified"


def test_a_line_no_format_fits_keeps_the_level_it_plainly_writes(tmp_path: Path) -> None:
    # a line among JSON records that no format fits stays an unparsed event, with the level
    # it writes in capitals after a field; a banner has none
    records = [
        json.dumps({"time": f"2024-03-01T10:00:{i:02d}Z", "level": "info", "msg": f"job {i}"})
        for i in range(30)
    ]
    lines = ["Starting worker v1.2.3", *records[:15], "[worker-1] WARN disk slow"]
    log = tmp_path / "worker.log"
    log.write_text("\n".join([*lines, *records[15:]]) + "\n")
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "json"
    assert dict(profile.levels) == {"INFO": 30, "WARN": 1, "NONE": 1}
    assert profile.parse_failures == 2


def test_an_access_line_without_an_answer_has_its_time(tmp_path: Path) -> None:
    # Squid's combined log writes status 0 for a transaction that ended before any answer
    lines = [
        f'10.0.0.{i} - - [12/Sep/2024:12:38:2{i} +0530] "GET /{i} HTTP/1.1" 200 612 "-" "curl"'
        for i in range(6)
    ]
    lines[3] = (
        '10.0.0.3 - - [12/Sep/2024:12:38:23 +0530] "- error:transaction-end-before-headers '
        'NONE/0.0" 0 0 "-" "-" NONE_NONE:HIER_NONE'
    )
    profile = _ingest_lines(tmp_path, lines, "access.log")
    assert (profile.format, profile.parse_failures) == ("access", 0)
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows("SELECT ts, level FROM events WHERE line = 4")
    assert rows == [(datetime(2024, 9, 12, 7, 8, 23), None)]


def _read(tmp_path: Path, lines: list[str], **kw: Any) -> tuple[Any, list[tuple[Any, ...]]]:
    profile = _ingest_lines(tmp_path, lines, "some.log", **kw)
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, end_line, ts, level, source FROM events ORDER BY line")
    return profile, rows


def test_a_level_in_angle_brackets_after_an_iso_time_is_the_level(tmp_path: Path) -> None:
    lines = [
        f"2024-05-02 02:07:2{i} worker-{i} <{w}> step {i}"
        for i, w in enumerate(["INFO", "WARNING", "ERROR", "INFO"])
    ]
    profile, _ = _read(tmp_path, lines)
    assert dict(profile.levels) == {"INFO": 2, "WARN": 1, "ERROR": 1}


def test_dovecot_s_level_behind_syslog_is_the_level(tmp_path: Path) -> None:
    lines = [
        "Oct 12 15:44:43 mx dovecot: pop3-login: Info: Disconnected: Connection closed",
        "Oct 12 15:46:28 mx dovecot: auth-worker(63712): Error: sql(a@b.net): connect failed",
        "Oct 12 15:46:29 mx dovecot: master: Warning: service(imap-login): process_limit reached",
        "Oct 12 15:46:30 mx postfix/smtpd[123]: connect from unknown[10.0.0.1]",
    ]
    profile, _ = _read(tmp_path, lines)
    assert dict(profile.levels) == {"INFO": 1, "ERROR": 1, "WARN": 1, "NONE": 1}


def test_proftpd_s_syslog_tag_names_its_virtual_host_and_no_colon(tmp_path: Path) -> None:
    lines = [
        f"Jan 10 00:00:0{i} myhost proftpd[12345] ftp.example.com (10.0.0.{i}[10.0.0.{i}]): USER "
        "bob (Login failed): Incorrect password"
        for i in range(4)
    ]
    profile, rows = _read(tmp_path, lines)
    assert (profile.format, profile.parse_failures) == ("syslog", 0)
    assert {source for *_, source in rows} == {"proftpd"}


def test_an_apache_error_line_may_open_with_its_virtual_host(tmp_path: Path) -> None:
    lines = [
        f"localhost [Tue Mar 26 07:59:0{i} 2024] [notice] [pid 1662] [client 10.0.0.1:17672] "
        f"Password authentication failed for user {i}"
        for i in range(4)
    ]
    _, rows = _read(tmp_path, lines)
    assert [(ts, level) for _, _, ts, level, _ in rows] == [
        (datetime(2024, 3, 26, 7, 59, i), "NOTICE") for i in range(4)
    ]


def test_asterisk_s_pjsip_module_paths_and_a_space_before_the_pid(tmp_path: Path) -> None:
    lines = [
        "[2016-05-23 10:18:16] NOTICE[19388] res_pjsip/pjsip_distributor.c: Request from "
        "'\"1000\" <sip:1000@10.0.0.1>' failed for '10.0.0.9:5062' - No matching endpoint found",
        "[2016-05-23 10:18:17] NOTICE [22382] chan_sip.c: Registration from '<sip:1@10.0.0.1>' "
        "failed for '10.0.0.9:5061' - Wrong password",
        "[2016-05-23 10:18:18] WARNING[19388] res_pjsip/pjsip_distributor.c: Request from "
        "'\"1001\"' failed",
        '[2016-05-23 10:18:19] WARNING[6756][C-0000001d] Ext. s: "Rejecting unknown SIP '
        'connection from 192.168.55.152"',
    ]
    profile, rows = _read(tmp_path, lines)
    assert profile.format == "asterisk"
    assert [(level, source) for *_, level, source in rows] == [
        ("NOTICE", "res_pjsip/pjsip_distributor.c"),
        ("NOTICE", "chan_sip.c"),
        ("WARN", "res_pjsip/pjsip_distributor.c"),
        ("WARN", "Ext. s"),  # a dialplan application's extension
    ]


def test_grafana_s_log15_eror_is_error(tmp_path: Path) -> None:
    lines = [
        f't=2020-10-19T17:44:3{i}+0200 lvl={lvl} msg="step {i}" logger=context'
        for i, lvl in enumerate(["info", "eror", "warn", "dbug"])
    ]
    profile, _ = _read(tmp_path, lines)
    assert dict(profile.levels) == {"INFO": 1, "ERROR": 1, "WARN": 1, "DEBUG": 1}


def test_an_access_line_s_time_in_gmt(tmp_path: Path) -> None:
    lines = [
        f'173.194.44.31 - - [24/Mar/2013:08:58:3{i} GMT] "POST /SOGo/connect HTTP/1.1" 403 34'
        for i in range(4)
    ]
    profile, rows = _read(tmp_path, lines)
    assert profile.format == "access"
    assert [ts for _, _, ts, _, _ in rows] == [
        datetime(2013, 3, 24, 8, 58, 30 + i) for i in range(4)
    ]


def test_fail2ban_s_own_line_with_a_pid_after_the_logger_or_none(tmp_path: Path) -> None:
    lines = [
        f"2006-02-13 15:52:3{i},388 fail2ban.server.actions[123]: NOTICE [sendmail] Ban 1.2.3.{i}"
        for i in range(4)
    ]
    lines[1] = "2006-02-13 15:52:31,388 fail2ban.server.actions: NOTICE [sendmail] Unban 1.2.3.1"
    profile, rows = _read(tmp_path, lines)
    assert (profile.format, dict(profile.levels)) == ("fail2ban", {"NOTICE": 4})
    assert {source for *_, source in rows} == {"fail2ban.server.actions"}


def test_apache_s_and_nsd_s_levels_behind_syslog_are_the_levels(tmp_path: Path) -> None:
    lines = [
        "Oct  9 11:55:10 web1 httpd[1234]: [authz_core:error] [pid 1234] [client 10.0.0.9:5000] "
        "AH01630: client denied by server configuration",
        "Oct  9 11:55:11 web1 httpd[1234]: [ssl:warn] [pid 1234] AH01909: no ID in certificate",
        "Oct  9 11:55:12 web1 nsd[88]: info: axfr for example.com. from 10.0.0.3 refused",
        "Oct  9 11:55:13 web1 sshd[99]: Accepted publickey for alice",
    ]
    profile, _ = _read(tmp_path, lines)
    assert dict(profile.levels) == {"ERROR": 1, "WARN": 1, "INFO": 1, "NONE": 1}


def test_cpanel_s_access_time_writes_the_month_as_a_number(tmp_path: Path) -> None:
    lines = [
        f'127.0.0.1 - - [06/1{i}/2021:11:19:3{i} -0000] "GET /x HTTP/1.0" 200 0 "-" "-" 2086'
        for i in range(3)
    ]
    profile, rows = _read(tmp_path, lines)
    assert profile.format == "access"
    assert [ts for _, _, ts, _, _ in rows] == [
        datetime(2021, 6, 10 + i, 11, 19, 30 + i) for i in range(3)
    ]


def test_bind_s_severity_without_a_category_is_the_level(tmp_path: Path) -> None:
    lines = [
        "03-Nov-2022 13:37:20.100 general: info: zone example.com/IN: loaded serial 2022110301",
        "03-Nov-2022 13:37:23.345 error: client @0x7f7b200091e8 10.0.0.9#53 (example.com): "
        "query (cache) 'example.com/A/IN' denied",
        "03-Nov-2022 13:37:24.000 security: error: client @0x7f7b200091e9 10.0.0.9#54: denied",
        "03-Nov-2022 13:37:25.000 debug 3: fetch: example.org/A",
    ]
    _, rows = _read(tmp_path, lines)
    assert [(level, source) for _, _, _, level, source in rows] == [
        ("INFO", "general"),
        ("ERROR", None),
        ("ERROR", "security"),
        ("DEBUG", None),
    ]


def test_a_json_record_s_level_name_beats_its_level_number(tmp_path: Path) -> None:
    # Audiobookshelf writes both: `"levelName":"ERROR","level":4`
    lines = [
        json.dumps(
            {
                "timestamp": f"2024-11-13 11:03:3{i}.784",
                "source": "Auth.js:312",
                "message": f"Failed login {i}",
                "levelName": name,
                "level": number,
            }
        )
        for i, (name, number) in enumerate([("INFO", 2), ("ERROR", 4), ("WARN", 3)])
    ]
    profile, _ = _read(tmp_path, lines)
    assert dict(profile.levels) == {"INFO": 1, "ERROR": 1, "WARN": 1}


def test_a_web_application_s_iso_line_in_catalina_out_is_no_tomcat_line_s(tmp_path: Path) -> None:
    # Guacamole's logback lines among Tomcat's: each its own event, with its own time and level
    lines = [
        "28-Mar-2022 07:01:48.101 INFO [main] org.apache.catalina.startup.Catalina.start Server "
        "startup in [1335] milliseconds",
        "2023-04-06T09:05:54,991Z [http-nio-8080-exec-9] WARN  o.a.g.r.auth.AuthenticationService"
        ' - Authentication attempt from [127.0.0.1] for user "test" failed.',
        "28-Mar-2022 07:02:00.000 SEVERE [main] org.apache.catalina.core.StandardContext.start "
        "Context [/guacamole] startup failed",
        "java.lang.IllegalStateException: no config",
        "\tat org.apache.guacamole.Boot.start(Boot.java:42)",
    ]
    _, rows = _read(tmp_path, lines)
    assert [(line, end, level) for line, end, _, level, _ in rows] == [
        (1, 1, "INFO"),
        (2, 2, "WARN"),
        (3, 5, "ERROR"),
    ]
    assert rows[1][2] == datetime(2023, 4, 6, 9, 5, 54, 991000)


def test_nlog_s_bracketed_level_behind_syslog_is_the_level(tmp_path: Path) -> None:
    # Sonarr and Radarr (NLog) through syslog: `mono[125]: [Warn] Auth: ...`
    lines = [
        f"Oct  9 11:55:1{i} nas sonarr mono[125]: [{word}] Auth: attempt {i}"
        for i, word in enumerate(["Info", "Warn", "Error", "Debug"])
    ]
    profile, _ = _read(tmp_path, lines)
    assert dict(profile.levels) == {"INFO": 1, "WARN": 1, "ERROR": 1, "DEBUG": 1}


def test_a_zone_before_the_colon_of_a_postgres_prefix_is_the_stamp_s(tmp_path: Path) -> None:
    # `%t:%r:%u@%d:[%p]:` (Amazon RDS's prefix): the zone `%t` writes ends with the colon
    # opening the client; it is read, whatever the timezone setting
    lines = [
        "2026-01-15 17:00:02 UTC:10.0.0.5(5432):app@shop:[89]:ERROR:  relation does not exist",
        "2026-01-15 12:00:00 EST:10.0.0.5(5433):app@shop:[87]:FATAL:  database does not exist",
        "2026-01-15 18:00:04 plain message",
    ]
    _ingest_lines(tmp_path, lines, "postgresql.log", timezone="Europe/Berlin")
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows("SELECT ts, level, message FROM events ORDER BY line")
    assert [(ts, level) for ts, level, _ in rows] == [
        (datetime(2026, 1, 15, 17, 0, 2), "ERROR"),
        (datetime(2026, 1, 15, 17, 0, 0), "FATAL"),
        (datetime(2026, 1, 15, 17, 0, 4), None),  # naive: in Berlin, an hour ahead
    ]
    assert str(rows[0][2]).startswith("10.0.0.5(5432):app@shop:[89]:ERROR:")


def test_a_line_of_a_format_too_rare_to_detect_is_read_with_it(tmp_path: Path) -> None:
    # one plain line among JSON records is too few to keep its format: it is read with it,
    # time, level and message, and the profile says so
    records = [
        json.dumps({"time": f"2024-03-01T10:00:{i:02d}Z", "level": "info", "msg": f"job {i}"})
        for i in range(30)
    ]
    lines = [*records[:15], "2024-03-01T10:00:15.5Z WARN disk slow", *records[15:]]
    profile = _ingest_lines(tmp_path, lines, "worker.log")
    assert (profile.format, profile.parse_failures) == ("json", 0)
    assert dict(profile.levels) == {"INFO": 30, "WARN": 1}
    assert any("too rare to be detected" in w and "iso-level (1)" in w for w in profile.warnings)
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, ts, level, message FROM events WHERE line = 16")
    assert rows == [(16, datetime(2024, 3, 1, 10, 0, 15, 500000), "WARN", "disk slow")]


def test_a_line_of_a_rare_format_under_an_event_opens_its_own(tmp_path: Path) -> None:
    # log4j takes every line its header does not fit for one of an event's further lines:
    # an sshd line (too rare in the sample to keep syslog) is one of none, while the stack
    # trace above it stays in its event
    lines = [
        f"2024-03-01 10:00:{i:02d},000 INFO [main] com.shop.Api - request {i}" for i in range(20)
    ]
    lines[10:11] = [
        "2024-03-01 10:00:10,000 ERROR [main] com.shop.Api - charge failed",
        "java.lang.IllegalStateException: card declined (code 51)",
        "\tat com.shop.Payment.charge(Payment.java:42)",
        "Caused by: java.io.IOException: reset after 3000 ms",
        "Mar  1 10:00:10 web1 sshd[999]: Accepted publickey for alice from 10.0.0.9 port 50000",
    ]
    profile = _ingest_lines(tmp_path, lines, "app.log")
    assert profile.format == "log4j"
    assert any("syslog (1)" in w for w in profile.warnings)
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, end_line, level, source FROM events WHERE line IN (11, 15)")
    assert rows == [(11, 14, "ERROR", "com.shop.Api"), (15, 15, None, "sshd")]


def test_a_sidecar_s_rare_json_and_logfmt_records_under_text_events_open_their_own(
    tmp_path: Path,
) -> None:
    # a log4j log with a few records another process wrote among its lines, too few to be
    # detected: each is an event of its own, with its time and level (an ERROR is not hidden
    # as one of an INFO event's further lines), its time a JSON record's last key
    lines = [
        f"2024-03-01 10:{i // 60:02d}:{i % 60:02d},123 INFO [main] com.acme.App - request {i}"
        for i in range(300)
    ]
    record = {"msg": "sidecar failed to sync " + "x" * 80, "level": "error", "service": "sidecar"}
    lines[50:50] = [json.dumps({**record, "time": "2024-03-01T11:00:00Z"})]
    lines[150:150] = ['time=2024-03-01T11:30:00Z level=error msg="agent crashed" component=agent']
    lines[250:250] = [json.dumps({**record, "time": "2024-03-01T11:45:00Z"})]
    profile = _ingest_lines(tmp_path, lines, "app.log")
    assert (profile.format, profile.line_count, profile.event_count) == ("log4j", 303, 303)
    assert dict(profile.levels) == {"INFO": 300, "ERROR": 3}
    assert profile.time_range is not None
    assert profile.time_range.end == datetime(2024, 3, 1, 11, 45, tzinfo=UTC)
    assert any("json (2)" in w and "logfmt (1)" in w for w in profile.warnings)
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows(
            "SELECT line, end_line, level, source FROM events WHERE level = 'ERROR' ORDER BY line"
        )
    assert rows == [(51, 51, "ERROR", "sidecar"), (151, 151, "ERROR", "agent"),
                    (251, 251, "ERROR", "sidecar")]  # fmt: skip


def test_a_logger_s_line_stamped_with_the_time_of_day_only_opens_its_own_event(
    tmp_path: Path,
) -> None:
    # Apache Guacamole's container: Tomcat's lines, then the web app's logback console lines
    # (a time of day, a thread, a level); Tomcat's own rule takes a line opening with no date
    # for one of its event's, but this one is a record of its own, with its level, and its time
    # of day on the day of the dated line above (`clocks.py`)
    lines = [
        "28-Mar-2022 07:01:48.459 INFO [main] org.apache.coyote.AbstractProtocol.start Starting",
        *(
            f"28-Mar-2022 07:01:{50 + i}.000 INFO [main] org.apache.catalina.Startup step {i}"
            for i in range(8)
        ),
        "07:27:04.499 [http-nio-8080-exec-1] WARN  o.a.g.r.auth.AuthenticationService - "
        'Authentication attempt from [98.225.139.30, 172.30.0.4] for user "test" failed.',
        "28-Mar-2022 07:02:00.000 SEVERE [main] org.apache.catalina.Startup failed",
        "07:30:00 report for user 7 follows",  # no level: still under the SEVERE event
    ]
    profile = _ingest_lines(tmp_path, lines, "catalina.out")
    assert (profile.format, profile.line_count, profile.event_count) == ("tomcat", 12, 11)
    assert dict(profile.levels) == {"INFO": 9, "WARN": 1, "ERROR": 1}
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, end_line, level, ts FROM events WHERE line >= 10")
    assert rows == [
        (10, 10, "WARN", datetime(2022, 3, 28, 7, 27, 4, 499000)),
        (11, 12, "ERROR", datetime(2022, 3, 28, 7, 2)),
    ]


def test_a_json_payload_without_a_level_stays_in_the_event_above(tmp_path: Path) -> None:
    # a payload the application printed under its header line, a time among its values but no
    # level: one of that event's further lines, as before
    lines = [
        "2024-03-01 10:00:00,000 INFO [main] com.acme.App - order received:",
        '{"id": 7, "timestamp": "2024-03-01T09:59:58Z", "items": 3}',
        "2024-03-01 10:00:01,000 INFO [main] com.acme.App - ready",
    ]
    profile = _ingest_lines(tmp_path, lines, "app.log")
    assert (profile.line_count, profile.event_count) == (3, 2)


def test_cef_after_a_netscaler_header_or_a_spaced_priority_and_its_receipt_time(
    tmp_path: Path,
) -> None:
    lines = [
        # Citrix NetScaler: the facility and severity before the host
        "Jun 12 23:37:17 <local0.info> 81.2.69.144 CEF:0|Citrix|NetScaler|NS11.0|APPFW|"
        "APPFW_STARTURL|6|src=175.16.199.1 spt=47606 method=GET msg=Disallow Illegal URL.",
        # a relay's space after the priority; the receipt time (`rt=`) in epoch milliseconds
        "<134> CEF:0|Citrix|NetScaler|NS14.1|APPFW|APPFW_STARTURL|6|src=10.11.1.34 "
        "rt=1594646954000 method=GET",
        # Imperva's record: no header time, the receipt time written with its year
        "<14>CEF:0|Imperva Inc.|SecureSphere|15.1.0|User logged in|User admin logged in.|High|"
        "suser=admin rt=Oct 05 2023 18:33:02 cat=SystemEvent",
    ]
    profile = _ingest_lines(tmp_path, lines, "waf.log")
    assert (profile.format, profile.event_count, profile.parse_failures) == ("cef", 3, 0)
    assert dict(profile.levels) == {"WARN": 2, "ERROR": 1}
    with LogStore.open([("s", tmp_path / "store")]) as store:
        stamps = [row[0] for row in store.rows("SELECT ts FROM events ORDER BY line")]
    assert stamps[0] is not None and (stamps[0].month, stamps[0].day) == (6, 12)
    assert stamps[1:] == [datetime(2020, 7, 13, 13, 29, 14), datetime(2023, 10, 5, 18, 33, 2)]


def test_a_logfmt_time_is_read_in_the_zone_its_tz_key_names(tmp_path: Path) -> None:
    # Stormshield's records: a naive `time=` and the firewall's offset in `tz=`
    lines = [
        'id=firewall time="2026-03-02 11:05:33" fw="SN310" tz=+0100 pri=1 msg="alarm"',
        'id=firewall time="2026-03-02 11:06:00" fw="SN310" tz=-0530 pri=5 msg="login"',
        'id=firewall time="2026-03-02 11:07:00" fw="SN310" pri=5 msg="no zone"',
    ]
    log = tmp_path / "stormshield.log"
    log.write_text("\n".join(lines) + "\n")
    assert ingest_file(log, tmp_path / "store", timezone="Europe/Paris").format == "logfmt"
    with LogStore.open([("s", tmp_path / "store")]) as store:
        stamps = [row[0] for row in store.rows("SELECT ts FROM events ORDER BY line")]
    assert stamps == [
        datetime(2026, 3, 2, 10, 5, 33),
        datetime(2026, 3, 2, 16, 36),
        datetime(2026, 3, 2, 10, 7),  # in the timezone setting (Paris, UTC+1 in March)
    ]


def test_rfc5424_behind_a_relay_s_bsd_header_and_escaped_brackets_in_its_data(
    tmp_path: Path,
) -> None:
    lines = [
        # a relay put a year-less BSD header where the priority was: the 5424 time is read
        "Oct 19 09:16:53 pcs-node1 1 2021-10-19T09:16:53+02:00 10.5.2.3 PulseSecure: - - - "
        "2021-10-19 09:16:53 - pcs-node1 - [89.160.20.156] user(REALM)[] - Login succeeded",
        # Junos escapes `]` inside a structured data value: the data ends at the real bracket
        "<30>1 2023-05-04T15:27:26.461+10:00 srx1 kmd 13862 KMD_PM_SA_ESTABLISHED [junos@2636 "
        'local-initiator="ipv4_subnet(any:0,[0..7\\]=10.0.0.0/29)" argument1="outbound"] '
        "Local gateway: 10.0.0.1, Remote gateway: 10.0.0.2",
    ]
    profile = _ingest_lines(tmp_path, lines, "relay.log")
    assert (profile.format, profile.event_count, profile.parse_failures) == ("syslog-5424", 2, 0)
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows("SELECT ts, source, message FROM events ORDER BY line")
    assert rows[0][:2] == (datetime(2021, 10, 19, 7, 16, 53), "PulseSecure:")
    assert rows[1][0] == datetime(2023, 5, 4, 5, 27, 26, 461000)
    assert rows[1][2] == "Local gateway: 10.0.0.1, Remote gateway: 10.0.0.2"


def test_a_relayed_program_s_own_zoned_stamp_is_its_event_s_time(tmp_path: Path) -> None:
    # Infoblox NIOS: the relay's header is year-less (and not when the event happened), the
    # message opens with the event's own time, with its year and zone; an empty pid is none
    lines = [
        "<29>Mar 21 09:53:51 infoblox.localdomain httpd[]: 2022-03-18 13:24:41.705Z [admin]: "
        "Logout - - ip=10.50.0.1 group=admin-group",
        "<29>Mar 22 14:26:54 10.0.0.1 httpd: 2011-10-19 19:48:37.299Z [admin]: Login_Allowed - -",
        "<30>Mar 22 14:27:00 10.0.0.1 named[10750]: client 10.0.0.9#53: query refused",
    ]
    profile = _ingest_lines(tmp_path, lines, "infoblox.log")
    assert (profile.format, profile.parse_failures) == ("syslog", 0)
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows("SELECT ts, source FROM events ORDER BY line")
    assert rows[:2] == [
        (datetime(2022, 3, 18, 13, 24, 41, 705000), "httpd"),
        (datetime(2011, 10, 19, 19, 48, 37, 299000), "httpd"),
    ]
    # the line without one: year-less, in the year nearest the lines that write theirs
    assert rows[2] == (datetime(2022, 3, 22, 14, 27), "named")


def test_an_oracle_audit_record_s_template_is_its_action(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "oracle_audit.aud", tmp_path / "store")
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows(
            "SELECT e.line, e.end_line, e.level, t.pattern FROM events e "
            "JOIN templates t USING (template_id) ORDER BY e.line"
        )
    assert rows[1:4] == [
        (16, 29, "INFO", "CONNECT"),
        (30, 44, "INFO", "select /*+ opt_param('parallel_execution_enabled',"),
        (45, 58, "WARN", "CONNECT"),
    ]
    # the extended layout: its line of fields
    assert rows[4][:3] == (59, 61, "INFO")
    assert rows[4][3].startswith('SESSIONID:[<*>] "<*>"') and '"SCOTT"' in rows[4][3]


def test_a_build_tool_s_bracketed_levels_in_a_jenkins_console(tmp_path: Path) -> None:
    lines = [
        "Started by user admin",
        "[Pipeline] Start of Pipeline",
        "[Pipeline] { (Build stage)",
        "+ mvn clean package",
        "[INFO] Scanning for projects...",
        "[WARNING] Using platform encoding (UTF-8 actually) to copy filtered resources",
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0",
        "ERROR: script returned exit code 1",
        "Finished: FAILURE",
    ]
    profile = _ingest_lines(tmp_path, lines, "console.log")
    assert profile.format == "jenkins-console"
    assert dict(profile.levels) == {"NONE": 4, "INFO": 1, "WARN": 1, "ERROR": 3}


def test_mysql_s_system_and_note_are_levels_only_in_their_brackets(tmp_path: Path) -> None:
    lines = [
        # VMware's vmware.log: prose opening with `System` or `Note`
        "2020-05-21T20:05:59.890-07:00| vmx| I125: System uptime 76955023763 us",
        "2020-05-21T20:05:59.891-07:00| vmx| I125: Note the host's clock",
        # ... while these name their level
        "2020-05-21T20:06:00.000-07:00 0 [Note] [MY-010116] [Server] Starting",
        "2020-05-21T20:06:01.000-07:00 0 [System] [MY-010931] [Server] ready for connections",
        "2020-05-21T20:06:02.000-07:00 worker Warning: disk 91% full",
        "2020-05-21T20:06:03.000-07:00 12 ERROR connection lost",
    ]
    _ingest_lines(tmp_path, lines, "mixed.log")
    with LogStore.open([("s", tmp_path / "store")]) as store:
        levels = [row[0] for row in store.rows("SELECT level FROM events ORDER BY line")]
    assert levels == [None, None, "INFO", "NOTICE", "WARN", "ERROR"]


def test_an_offset_of_whole_hours_after_the_stamp_is_read(tmp_path: Path) -> None:
    # PgBouncer writes `%z` as C does for a zone of whole hours: `+07`
    lines = [
        "2025-02-24 20:52:01.686 +07 [49576] ERROR could not open auth_file userlist.txt",
        "2025-02-24 20:52:01.694 +07 [49576] FATAL could not find user 'postgres'",
        "2025-02-24 09:52:11.739 -04 [49733] LOG kernel file descriptor limit: 1024",
    ]
    _ingest_lines(tmp_path, lines, "pgbouncer.log", timezone="Europe/Berlin")
    with LogStore.open([("s", tmp_path / "store")]) as store:
        stamps = [row[0] for row in store.rows("SELECT ts FROM events ORDER BY line")]
    assert stamps == [
        datetime(2025, 2, 24, 13, 52, 1, 686000),
        datetime(2025, 2, 24, 13, 52, 1, 694000),
        datetime(2025, 2, 24, 13, 52, 11, 739000),
    ]


def test_a_kerberos_kdc_s_severity_after_its_pid(tmp_path: Path) -> None:
    lines = [
        "Apr 23 17:12:43 ipa1.example.com krb5kdc[197244](info): closing down fd 4",
        "Apr 23 17:12:44 ipa1.example.com krb5kdc[197244](Error): preauth failed for alice",
    ]
    profile = _ingest_lines(tmp_path, lines, "krb5kdc.log")
    assert (profile.format, profile.parse_failures) == ("syslog", 0)
    assert dict(profile.levels) == {"INFO": 1, "ERROR": 1}
    assert dict(profile.sources) == {"krb5kdc": 2}


def test_a_modsecurity_record_s_template_is_its_first_rule_s_message(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "modsec_audit.log",
        "SELECT e.line, e.end_line, t.pattern FROM events e JOIN templates t "
        "USING (template_id) ORDER BY e.line",
    )
    assert rows == [
        (1, 21, "Host header is a numeric IP address"),
        (22, 40, "SQL Injection Attack Detected via libinjection"),
        (41, 59, "POST <*>"),  # no rule matched: the request line
    ]


def test_rfc5424_without_a_priority_and_proftpd_naming_its_host_alone(tmp_path: Path) -> None:
    lines = [
        # Check Point's log exporter writes no priority before the version
        '1 2019-05-15T16:25:50Z gw-01 CheckPoint 19710 - [action:"Accept"; src:"10.0.0.5"] '
        "connection accepted",
        # ProFTPD's virtual host after its pid, without the client
        "<30>1 2019-05-15T16:26:00Z gw-01 CheckPoint 19710 - - connection closed",
    ]
    log = tmp_path / "checkpoint.log"
    log.write_text("\n".join(lines) + "\n")
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.format, profile.parse_failures) == ("syslog-5424", 0)
    assert dict(profile.sources) == {"CheckPoint": 2}
    ftp = tmp_path / "proftpd.log"
    ftp.write_text(
        "Jan 04 22:51:57 server proftpd[26169] server.example.net: Fatal: unable to bind\n"
        "Jan 04 22:52:00 server proftpd[26170] server.example.net (10.0.0.9[10.0.0.9]): "
        "USER alice: Login successful.\n"
    )
    profile = ingest_file(ftp, tmp_path / "ftp")
    assert (profile.format, profile.parse_failures) == ("syslog", 0)
    with LogStore.open([("s", tmp_path / "ftp")]) as store:
        rows = store.rows("SELECT source, message FROM events ORDER BY line")
    assert rows == [
        ("proftpd", "Fatal: unable to bind"),
        ("proftpd", "USER alice: Login successful."),
    ]


def test_haproxy_sent_to_a_syslog_socket_without_a_host(tmp_path: Path) -> None:
    lines = [
        "<134>Mar 31 02:25:33 haproxy[8]: 172.19.0.1:34866 [31/Mar/2023:02:25:33.784] api "
        'api/<NOSRV> 0/-1/-1/-1/0 204 255 - - LR-- 2/1/0/0/0 0/0 "OPTIONS /putdata HTTP/1.1"',
        "<134>Mar 31 02:25:34 haproxy[8]: 172.19.0.1:34870 [31/Mar/2023:02:25:34.101] api "
        'api/app1 0/0/1/2/3 503 255 - - ---- 2/1/0/0/0 0/0 "GET /data HTTP/1.1"',
    ]
    profile = _ingest_lines(tmp_path, lines, "haproxy.log")
    assert (profile.format, profile.parse_failures) == ("haproxy", 0)
    assert dict(profile.levels) == {"INFO": 1, "ERROR": 1}
    assert profile.time_range is not None
    assert profile.time_range.start == datetime(2023, 3, 31, 2, 25, 33, 784000, tzinfo=UTC)


def test_dotnet_s_and_erlang_s_lower_case_levels_after_a_stamp(tmp_path: Path) -> None:
    lines = [
        # ASP.NET Core's simple console with a TimestampFormat: `fail:` is an error
        "2024-03-14 09:26:55 info: Microsoft.Hosting.Lifetime[14]",
        "      Now listening on: http://localhost:5000",
        "2024-03-14 09:26:55 fail: Microsoft.AspNetCore.Diagnostics.ExceptionMiddleware[1]",
        "      An unhandled exception has occurred while executing the request.",
        # Erlang's logger
        "2024-03-14T09:26:58.000000+01:00 critical: supervisor child terminated",
        "2024-03-14 09:27:00 fail to connect is prose, no level",
    ]
    profile = _ingest_lines(tmp_path, lines, "app.log")
    assert (profile.line_count, profile.event_count) == (6, 4)
    assert dict(profile.levels) == {"INFO": 1, "ERROR": 1, "CRITICAL": 1, "NONE": 1}


def test_a_record_stamped_with_its_year_is_not_moved_by_the_year_walk(tmp_path: Path) -> None:
    lines = [  # Palo Alto's time_generated in the timezone setting; iboss' record has none
        "<14>Dec 31 23:59:58 PA serial=1|type=TRAFFIC|time_generated=2023/12/31 23:59:58|a=b",
        '<14>Jan  1 00:00:03 gw.example {"action":"Allowed","url":"example.com"}',
        "<11>Jan  1 00:00:05 PA serial=1|type=SYSTEM|time_generated=Jan  1 2024 00:00:05 UTC|x=y",
    ]
    log = tmp_path / "relay.log"
    log.write_text("\n".join(lines) + "\n")
    ingest_file(log, tmp_path / "s", timezone="Europe/Berlin")
    with LogStore.open([("s", tmp_path / "s")]) as store:
        stamps = [row[0] for row in store.rows("SELECT ts FROM events ORDER BY line")]
    assert stamps[0] == datetime(2023, 12, 31, 22, 59, 58)  # Berlin, an hour ahead of UTC
    assert stamps[2] == datetime(2024, 1, 1, 0, 0, 5)  # said UTC
    # the record without one is year-less, read in the timezone setting (midnight in Berlin)
    assert stamps[1] is not None and (stamps[1].month, stamps[1].day) == (12, 31)
    assert stamps[1].hour == 23


def test_a_shell_historys_event_is_its_command(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "bash_history.log", tmp_path / "h")
    with LogStore.open([("h", tmp_path / "h")]) as store:
        rows = store.rows("SELECT line, end_line, message FROM events ORDER BY line")
    assert rows[0] == (1, 2, "ls -la /var/www")
    # a command of several lines (a here document) is one event, its first line not repeated
    assert rows[3] == (7, 10, "cat > /tmp/run.sh <<EOF\necho started\nEOF")


def test_a_suricata_alert_s_message_is_its_signature(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "suricata_eve.jsonl",
        "SELECT line, level, source, message FROM events WHERE line IN (1, 4) ORDER BY line",
    )
    assert rows[0] == (1, "NOTICE", "192.168.37.130", "UDP Packet Detected")
    assert rows[1][:3] == (4, None, "192.168.37.130")  # a dns record: no alert, no level
    assert "event_type=dns" in rows[1][3]


def test_kibana_4_names_its_level_as_its_last_tag(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "compose_kibana4.log",
        "SELECT line, level FROM events WHERE source = 'kibana_1' ORDER BY line",
    )
    # `"tags":["status","plugin:kibana","info"]` and Kibana 7's `"tags":["error", ...]` alike
    assert rows == [
        (7, "INFO"),
        (8, "INFO"),
        (9, "ERROR"),
        (10, "WARN"),
        (11, "WARN"),
        (12, "ERROR"),
        (14, "INFO"),
        (23, "ERROR"),
        (24, "WARN"),  # a response: its status, 400
    ]


def test_exim_lines_with_the_log_timezone_s_offset_and_a_pid(tmp_path: Path) -> None:
    path = tmp_path / "mainlog"
    path.write_text(
        "2024-03-01 10:00:00 +0100 [1234] 1rXXab-00000001Ab-C3d4 <= a@b.example "
        "H=mx.example [192.0.2.1] P=esmtp S=1200\n"
        "2024-03-01 10:00:01 +0100 [1235] 1rXXab-00000001Ab-C3d4 ** x@y.example R=dnslookup "
        "T=remote_smtp: SMTP error from remote mail server after RCPT TO:<x@y.example>: 550\n"
        "2024-03-01 10:00:02 +0100 [1236] 1rXXab-00000001Ab-C3d4 == z@y.example R=dnslookup "
        "defer (-44): SMTP error\n"
        "2024-03-01 10:00:03 +0100 [1237] 1rXXab-00000001Ab-C3d4 Completed\n"
    )
    profile = ingest_file(path, tmp_path / "store")
    assert profile.format == "exim"
    assert profile.time_range.start == _utc("2024-03-01 09:00:00")
    assert profile.levels == {"NONE": 2, "ERROR": 1, "WARN": 1}  # `**` failed, `==` deferred


def test_a_heroku_drain_s_octet_count_opens_the_syslog_record(tmp_path: Path) -> None:
    # logplex's HTTPS drain, as a Heroku log parser's spec has it: the octets counted first,
    # no structured data
    lines = [
        "289 <190>1 2019-09-13T17:31:38.888083+00:00 host app worker.3 - I, "
        "[2019-09-13T17:31:38.547618 #4]  INFO -- : [ActiveJob] [DelayedPaperclip::ProcessJob] "
        "[f22e2e8c-58e4-4151-b2cc-df72d4fd1a1b] [paperclip] Performing",
        "316 <190>1 2019-09-13T17:31:38.888092+00:00 host app worker.3 - [Worker(host:07d) "
        "pid:4] Job DelayedPaperclip::ProcessJob completed after 0.4471",
    ]
    profile = _ingest_lines(tmp_path, lines, "heroku.log")
    assert (profile.format, profile.parse_failures, profile.levels) == (
        "syslog-5424",
        0,
        {"INFO": 2},
    )
    assert profile.time_range.start == _utc("2019-09-13 17:31:38.888083")


def test_terraform_s_provider_lines_are_read_at_the_offset_of_its_own(tmp_path: Path) -> None:
    # Terraform 0.13's TF_LOG=TRACE (github.com/hashicorp/terraform/issues/26291): hclog's
    # `2020-09-17T10:27:54.841-0400` around a provider's Go log, `2020/09/17 10:27:54 [INFO]`,
    # the same wall clock: the core's own Go lines are at -04:00 too
    log = FIXTURES / "terraform_013_provider_debug.log"
    profile = ingest_file(log, tmp_path / "s", infer_offset=True)
    assert (profile.timezone, profile.time_range.start, profile.time_range.end) == (
        "-04:00",
        _utc("2020-09-17 14:27:54"),
        _utc("2020-09-17 14:27:54.842"),
    )
    assert profile.levels == {"DEBUG": 6, "TRACE": 4}


def test_windows_update_s_legacy_log_gives_its_offset(tmp_path: Path) -> None:
    # Windows Update Agent 7.6's WindowsUpdate.log (github.com/LegacyUpdate/LegacyUpdate/
    # issues/8): `Logging initialized (build: 7.6.7600.256, tz: -0500)`
    log = FIXTURES / "windowsupdate_vista_tz.log"
    profile = ingest_file(log, tmp_path / "s", infer_offset=True)
    assert (profile.timezone, profile.time_range.start) == (
        "-05:00",
        _utc("2022-11-06 21:59:28.785"),
    )
    assert ingest_file(log, tmp_path / "u").time_range.start == _utc("2022-11-06 16:59:28.785")


def test_an_oracle_listener_s_time_lines_give_its_offset(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "oracle_listener19.log", tmp_path / "s", infer_offset=True)
    assert (profile.timezone, profile.time_range.start) == ("+08:00", _utc("2024-07-30 18:00:00"))
    rows = _rows(
        tmp_path / "r",
        "oracle_listener19.log",
        "SELECT end_line, level, source, message FROM events WHERE line = 4",
    )
    assert rows == [(6, "ERROR", "ptdb", rows[0][3])]
    assert rows[0][3].split("\n")[1].startswith("TNS-12516: TNS:listener could not find")


def test_a_ctime_stamp_naming_an_ambiguous_zone_is_warned_of(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "oracle_alert_zone.log", tmp_path / "s")
    assert any(w.startswith("the stamps name the zone CST") for w in profile.warnings)
    cet = tmp_path / "alert_cet.log"
    cet.write_text("Fri Nov 24 16:57:19 CET 2017\nThread 1 advanced to log sequence 14639\n")
    assert ingest_file(cet, tmp_path / "c").time_range.start == _utc("2017-11-24 15:57:19")


def test_a_windows_setup_line_of_no_component_keeps_its_first_word(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path, "windows_setupact.log", "SELECT source, message FROM events WHERE line = 35"
    )
    assert rows == [(None, "No existing diagnostics data")]


def test_java_logging_in_a_chinese_locale_reads_both_month_forms(tmp_path: Path) -> None:
    path = tmp_path / "catalina.out"
    path.write_text(
        "七月 15, 2017 9:11:24 上午 hudson.model.UpdateSite updateData\n"
        "信息: Obtained the latest update center data file for UpdateSource default\n"
        "7月 15, 2017 1:11:26 下午 hudson.model.UpdateSite updateData\n"  # Java 9 on
        "警告: Failed to download\n"
        "java.io.IOException: boom\n"
        "\tat hudson.Foo.bar(Foo.java:12)\n"
    )
    profile = ingest_file(path, tmp_path / "s")
    assert (profile.format, profile.event_count, profile.parse_failures) == (
        "java-logging-zh",
        2,
        0,
    )
    assert profile.levels == {"INFO": 1, "WARN": 1}
    assert (profile.time_range.start, profile.time_range.end) == (
        _utc("2017-07-15 09:11:24"),
        _utc("2017-07-15 13:11:26"),  # 下午: after noon
    )


def test_a_time_key_inside_another_logfmt_value_stays_in_the_message(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "prometheus_logfmt.log", "SELECT message FROM events WHERE line = 3")
    # `build_context="(go=go1.22.3, ..., date=20240508-21:59:01, ...)"`: `date=` is no pair
    assert "user=root@1b4f4c206e41, date=20240508-21:59:01, tags=" in rows[0][0]
    assert not rows[0][0].startswith(("ts=", "level="))


def test_a_json_record_s_dash_names_no_source(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "apigateway_access.jsonl", tmp_path / "s")
    assert "-" not in profile.sources  # `"caller":"-"`


def test_fluent_bit_s_engine_lines_without_a_level_open_their_own_event(tmp_path: Path) -> None:
    path = tmp_path / "fluent-bit.log"
    path.write_text(
        "[2024/09/08 11:56:45] [ info] [sp] stream processor started\n"
        "[2024/09/08 12:01:06] [engine] caught signal (SIGTERM)\n"
        "[2024/09/08 12:01:06] [ warn] [engine] service will shutdown in max 5 seconds\n"
    )
    profile = ingest_file(path, tmp_path / "s")
    assert (profile.format, profile.event_count, profile.parse_failures) == ("fluent-bit", 3, 0)
    assert profile.time_range.end == _utc("2024-09-08 12:01:06")
    assert profile.levels == {"INFO": 1, "NONE": 1, "WARN": 1}


def test_a_fluent_bit_stdout_record_keeps_its_record_as_message(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "fluent_bit_stdout.log", "SELECT message FROM events WHERE line = 25")
    assert rows[0][0].startswith('{"metadata"=>{"name"=>"events-exporter-test-control-plane.')


def test_a_thunderbird_component_may_hold_a_colon_in_parentheses(tmp_path: Path) -> None:
    path = tmp_path / "tbird.log"
    path.write_text(
        "- 1131567043 2005.11.09 tbird-admin1 Nov 9 12:10:43 local@tbird-admin1 "
        "Vendor: PE/PV Model: 1x2 SCSI BP Rev: 1.0\n"
        "- 1131567043 2005.11.09 tbird-admin1 Nov 9 12:10:43 local@tbird-admin1 "
        "audit(1131538222.234:0): initialized\n"
        "- 1131567125 2005.11.09 tbird-admin1 Nov 9 12:12:05 local@tbird-admin1 "
        "ioctl32(fdisk:515): Unknown cmd fd(5) cmd(80081272){00} arg(ffffda44) on /dev/sda\n"
    )
    ingest_file(path, tmp_path / "store")
    with LogStore.open([("x", tmp_path / "store")]) as store:
        rows = store.rows("SELECT source, message, ts IS NOT NULL FROM events ORDER BY line")
    assert rows[1:] == [
        ("audit(1131538222.234:0)", "initialized", True),
        (
            "ioctl32(fdisk:515)",
            "Unknown cmd fd(5) cmd(80081272){00} arg(ffffda44) on /dev/sda",
            True,
        ),
    ]


@pytest.mark.parametrize(
    ("name", "line", "end_line", "level", "source", "opening"),
    [
        # a record of structured data alone is its message id and data; a nil app is no source
        ("junos_5424.log", 15, 15, "INFO", "mib2d", "SNMP_TRAP_LINK_UP [junos@"),
        # a JSON record's empty `msg` names no message: its other fields are shown
        ("traefik_access.log", 1, 1, "INFO", None, "BackendAddr= BackendName=Traefik"),
        # GlusterFS' count of a message's repeats, at the last repeat's time
        ("glusterd.log", 2, 2, "ERROR", "0-management", "Dict get failed"),
        # a backtrace before the translator is no source
        ("glusterd.log", 1, 1, "INFO", "0-management", "Ran script: "),
        # an announcing line takes the unfit lines under it in a log of few header lines
        ("octoprint.log", 4, 29, "INFO", "octoprint.plugin.core", "25 plugin(s) registered"),
        # a dbt message may be empty, its text below it (which opens the event's, no blank line
        # before it)
        ("dbt_init.log", 8, 23, "INFO", "MainThread", "Your new dbt project"),
        # Factorio's indented lines go on with the message above them
        ("factorio.log", 10, 12, None, None, "Memory info:\n [0]: 1315"),
        # FreeSWITCH's lines under the call's uuid alone
        ("freeswitch_uuid.log", 8, 10, "DEBUG", "sofia_glue.c", "sofia/external/"),
        # Jenkins' setup wizard banner is its message's
        ("jenkins_setupwizard.log", 34, 50, "INFO", "jenkins.install.SetupWizard", ""),
        # an older X.Org's marker right after the uptime, and its indented lines
        ("xorg_old.log", 2, 4, "INFO", None, '(II) Module nvidia: vendor="NVIDIA Corporation"'),
        # HashiCorp's subsystem after logutils' level (the header's), under the banner's
        # indentation
        ("consul_console.log", 15, 15, "INFO", "raft", "raft: Initial configuration"),
        # a syslog line with nothing after the tag
        ("valheim_journal.log", 3, 3, None, "start_valheim.sh", ""),
        # SSSD's message going on over lines
        ("sssd_multiline.log", 2, 4, "WARN", "nss", "The following failure is expected"),
        # Falco's alert: its priority the level, its output the message
        ("falco.log", 1, 1, "WARN", "syscall", "2024-05-07T18:54:19.341081180+0000: Warning "),
        # Ruby's Logger behind Heroku's router: its level
        ("heroku_rails.log", 2, 2, "INFO", "web.1", "I, [2020-11-17T23:07:39.869410 #4]  INFO"),
        # a pm2 app's line under the daemon's: the app is the source
        ("pm2_daemon.log", 21, 21, None, "0|app", "User conenected to"),
        # words before a colon after an RFC 3339 stamp are no syslog tag
        ("compose_7dtd.log", 3, 3, "INFO", "7dtdserver", "Use Imposter Values: False"),
        # an OSSEC alert's lines after its rule's description, as they are
        ("wazuh_alerts.log", 1, 7, "WARN", "web1", "sshd: authentication failed.\n2026 Mar 14"),
        # Hadoop's `%c: %m`: the class leaves the message
        ("hdfs_namenode_default.log", 1, 1, "INFO", "org.apache.hadoop.hdfs.DFSUtil", "Starting "),
    ],
)
def test_real_log_events_read_as_their_lines_say(
    tmp_path: Path,
    name: str,
    line: int,
    end_line: int,
    level: str | None,
    source: str | None,
    opening: str,
) -> None:
    rows = _rows(
        tmp_path, name, f"SELECT end_line, level, source, message FROM events WHERE line = {line}"
    )
    assert len(rows) == 1, rows
    got_end, got_level, got_source, message = rows[0]
    assert (got_end, got_level, got_source) == (end_line, level, source)
    assert message.startswith(opening), message[:80]


def test_times_placed_by_a_start_line_and_written_in_the_message(tmp_path: Path) -> None:
    # X.Org's `(==) Log file: ..., Time: Sat Mar 14 09:12:33 2026` at uptime 25.111
    xorg = _rows(tmp_path / "x", "xorg.log", "SELECT line, ts FROM events WHERE line IN (8, 10)")
    assert xorg == [
        (8, datetime(2026, 3, 14, 9, 12, 33)),
        (10, datetime(2026, 3, 14, 9, 12, 33, 29000)),  # 25.140: 29 ms later
    ]
    # Factorio's first line names the wall clock at 0.001 s
    factorio = _rows(tmp_path / "f", "factorio.log", "SELECT ts FROM events WHERE line = 9")
    assert factorio == [(datetime(2024, 10, 30, 20, 33, 6, 112000),)]  # `   0.113 System info`
    # libvirt's own stamp with its offset behind a year-less syslog header
    libvirt = _rows(tmp_path / "l", "libvirtd_journal.log", "SELECT ts FROM events LIMIT 1")
    assert libvirt == [(datetime(2022, 7, 20, 6, 13, 31, 181000),)]


def test_kamailio_s_opening_words_name_every_level(tmp_path: Path) -> None:
    # Kamailio behind the journal writes its level first: `INFO: `, `DEBUG: ` as `ERROR: `
    # (github.com/kamailio/kamailio/issues/4911; github.com/xlab1/sipfe_kamailio/issues/1)
    journal = ingest_file(FIXTURES / "kamailio_journal.log", tmp_path / "j")
    debug = ingest_file(FIXTURES / "kamailio.log", tmp_path / "d")
    assert (journal.levels, debug.levels) == ({"INFO": 2, "ERROR": 2}, {"DEBUG": 10})


def test_an_ossec_alert_keeps_its_lines_as_they_are(tmp_path: Path) -> None:
    # the rule's description is the message's first line; the alert's own lines follow it as
    # written (its addresses and user were replaced by the description)
    rows = _rows(tmp_path, "wazuh_alerts.log", "SELECT message FROM events WHERE line = 1")
    assert rows[0][0].split("\n")[:5] == [
        "sshd: authentication failed.",
        "2026 Mar 14 09:12:33 web1->/var/log/auth.log",
        "Rule: 5760 (level 5) -> 'sshd: authentication failed.'",
        "Src IP: 203.0.113.9",
        "User: root",
    ]


@pytest.mark.parametrize(
    ("name", "source", "message"),
    [
        # Cassandra's `%F:%L - ` and, before 3.0, `%F (line %L) `
        (
            "cassandra.log",
            "CassandraDaemon",
            "JVM vendor/version: OpenJDK 64-Bit Server VM/11.0.20",
        ),
        ("cassandra_1x.log", "AutoSavingCache", "Saved KeyCache (5 items) in 3 ms"),
        # Elasticsearch's node after its logger
        ("elasticsearch.log", "o.e.n.Node", "version[8.11.0], pid[1234]"),
        # Envoy's file and line after its logger
        ("envoy_app.log", "main", "initializing epoch 0 (base id=0, hot restart version=11.104)"),
        # MySQL 8's error code and subsystem after its level
        ("mysql_error.log", "Server", "/usr/sbin/mysqld (mysqld 8.0.36) starting as process 1"),
        # WebLogic 12.2.1's supplemental attributes before the message id
        (
            "weblogic1221_server.log",
            "Deployer",
            "Successfully completed deployment task: [Deployer:149026]deploy application "
            "primefaces-60 on AdminServer..",
        ),
        # a relayed JSON record's message (zap's behind the journal)
        ("caddy_journal_nohost.log", "caddy", "cleaning storage unit"),
        # a relayed logfmt record's time and level, its message a word (`msg=serving...`)
        (
            "containerd_journal_bare_msg.log",
            "containerd",
            "serving... address=/run/containerd/containerd.sock.ttrpc",
        ),
    ],
)
def test_header_fields_after_the_logger_leave_the_message(
    tmp_path: Path, name: str, source: str, message: str
) -> None:
    rows = _rows(tmp_path, name, "SELECT source, message FROM events ORDER BY line LIMIT 1")
    assert rows == [(source, message)]


def test_a_process_id_before_a_stamp_is_no_source(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "sshd_win32_openssh.log", tmp_path / "store")
    assert dict(profile.sources) == {}


def test_a_logfmt_record_naming_no_message_is_its_pairs_but_the_headers(tmp_path: Path) -> None:
    # Prometheus 2.36.1 starting (github.com/Cray-HPE/csm/pull/935): `caller=` is the source
    rows = _rows(
        tmp_path, "prometheus_no_msg.log", "SELECT source, message FROM events WHERE line = 2"
    )
    assert rows == [
        (
            "main.go:540",
            'build_context="(go=go1.18.3, user=root@e59c79158868, date=20220609-15:25:21)"',
        )
    ]


@pytest.mark.parametrize(
    ("name", "line", "level", "source", "message"),
    [
        # the kernel's uptime before a relayed kernel line, `BUG: ` its level
        (
            "kernel_syslog_kasan.log",
            3,
            "ERROR",
            "kernel",
            "BUG: KASAN: slab-out-of-bounds in last_sector_hacks.isra.1.part.2+0xc9/0x1d0 "
            "[usb_storage] at addr ffff88007cdaa758",
        ),
        # NetworkManager's level and clock
        (
            "nm_journal_info.log",
            1,
            "INFO",
            "NetworkManager",
            "modem-manager: ModemManager available",
        ),
        # fail2ban's level behind syslog
        ("fail2ban_syslog.log", 2, "INFO", "fail2ban.jail", "Jail 'plesk-horde' stopped"),
        # JFrog's service, level, trace id, class, thread
        (
            "artifactory_replication.log",
            1,
            "INFO",
            "llLocalReplicationsService",
            "Scheduling push replication task for repo liquid and url "
            "https://bose.jfrog.io/artifactory/liquid/",
        ),
        # winston's `http: `
        ("strapi_pm2_http.log", 2, "DEBUG", "0|strapi", "GET /i18n/locales (51 ms) 200"),
        # Slurm's level and plugin
        (
            "slurmctld_debug.log",
            3,
            "DEBUG",
            "priority/multifactor",
            "priority_p_set: initial priority for job 1146 is 1",
        ),
        # Prefect's padded level and logger
        (
            "prefect_flow.log",
            1,
            "INFO",
            "prefect.engine",
            "Created flow run 'dandelion-cuscus' for flow 'test'",
        ),
        # Cloudera Manager's thread before Jetty 6's logger
        ("cloudera_scm_mortbay.log", 1, "INFO", "org.mortbay.log", "jetty-6.1.26.cloudera.4"),
        # Zeek's reporter.log row
        ("zeek_reporter.log", 9, "INFO", None, "received termination signal"),
        # Solr's thread and MDC before its logger, out of the message
        (
            "solr_docker_86.log",
            12,
            "WARN",
            "o.e.j.u.s.S.config",
            "Trusting all certificates configured for Client@396ef8b2[provider=null,keyStore=null,"
            "trustStore=null]",
        ),
        (
            "solr.log",
            1,
            "INFO",
            "o.a.s.c.CoreContainer",
            "Initializing authorization plugin: solr.RuleBasedAuthorizationPlugin",
        ),
        # Kafka Connect's context after the logger
        (
            "kafka_connect_cfk_suffix.log",
            1,
            "INFO",
            "org.apache.kafka.common.utils.AppInfoParser",
            "Kafka version: 8.3.0-ce",
        ),
        # Elasticsearch 5's padded logger and its node
        ("elasticsearch_5_bootstrap_trace.log", 1, "INFO", "node", "starting ..."),
        # ... and Elasticsearch 2's behind docker compose
        ("compose_kibana4.log", 16, "INFO", "node2_1", "starting ..."),
        # Wine's class, channel and function
        (
            "wine_debug_channels.log",
            2,
            "ERROR",
            "module",
            "Could not map section .reloc, file probably truncated",
        ),
        # Vagrant's padded level and logger
        ("vagrant_debug.log", 22, "INFO", "loader", 'Set :root = ["#<Pathname:/Vagrantfile>"]'),
        # Fabric's logger in parentheses
        (
            "minecraft_fabric_debug.log",
            1,
            "DEBUG",
            "FabricLoader/Discovery",
            "Mod discovery time: 42.9 ms",
        ),
        # Gradle's header alone: the logger named, no message
        (
            "gradle_debug_iso_ansi.log",
            7,
            "ERROR",
            "org.gradle.internal.buildevents.BuildExceptionReporter",
            "",
        ),
        # hclog's logger, Vault 1.4's (hashicorp/vault#8719): a header field, out of the message
        ("vault_hclog_offset.log", 1, "INFO", "core", "post-unseal setup starting"),
        # ... and HashiCorp's logutils level before it (Vault 0.x, hashicorp/vault#872): the
        # header's, out of the message (was kept for `[INFO]`, taken for `[ERR]` with the source
        # lost); the subsystem the program wrote stays in its text
        ("vault_logutils.log", 1, "INFO", "core", "core: vault is sealed"),
        ("vault_logutils.log", 5, "ERROR", "core", "core: token store is unavailable"),
        # Syncthing 0.11's level after Go's file and line, with a colon (syncthing/syncthing#2080):
        # the header's, `OK` an INFO (was: in the message, `OK:` no level)
        (
            "syncthing011_shortfile.log",
            5,
            "INFO",
            "LBYX3",
            "Ready to synchronize project-library (read only; no external updates accepted)",
        ),
        ("syncthing011_shortfile.log", 1, "INFO", "monitor", "Starting syncthing"),
        # rspamd's module, its header's
        (
            "rspamd_native.log",
            4,
            None,
            "lua",
            "spf.lua:186: skip SPF checks for local networks and authorized users",
        ),
        # log4j's `%c{2}: `, a class under one package (Hadoop's job client): a header field
        # (was: the source, kept in the message too)
        (
            "hadoop_job_client_c2.log",
            2,
            "INFO",
            "mapreduce.Job",
            "Running job: job_1737357756085_0013",
        ),
        # dbt 0.17's bar after the clock (hashmapinc/dbt-demos#2): the header's (was: `| ` opening
        # every message)
        ("dbt017_bar.log", 4, None, None, "Concurrency: 1 threads (target='dev')"),
        # a command's `program: level: ` on its standard error
        ("slurmd_stderr.log", 5, "ERROR", "slurmd", "slurmd initialization failed"),
        # Open edX's pid, logger, file and line: header fields
        (
            "openedx_celery.log",
            1,
            "INFO",
            "celery.worker.strategy",
            "Received task: lms.djangoapps.grades.tasks.add[5a8fa272-2c7e-4b68-8698-aae6e8dffc4f]",
        ),
        # ROS 2's console under launch's process prefix: the logger is the source, the time
        # and logger leave the message (were both in it, the time unread)
        (
            "ros2_launch_console.log",
            4,
            "WARN",
            "rcl",
            "Found remap rule 'world_name:=walls_blocks'. This syntax is deprecated. Use "
            "'--ros-args --remap world_name:=walls_blocks' instead.",
        ),
        # an empty logger: the process names the line
        (
            "ros2_launch_console.log",
            37,
            "WARN",
            "static_transform_publisher-22",
            "Old-style arguments are deprecated; see --help for new-style arguments",
        ),
        # roscpp's padded level
        ("roscpp_console.log", 14, "WARN", None, "this is a new planner"),
        # rosout.log's file, line, function and topics
        (
            "ros1_rosout_simtime.log",
            5,
            "WARN",
            "amcl_node.cpp",
            "Request for map failed; trying again...",
        ),
        # go-ethereum's header leaves the message, Erigon's `[EROR]` named behind the journal
        ("geth_sepolia.log", 1, "INFO", None, "Starting Geth on Sepolia testnet..."),
        (
            "erigon_journal.log",
            30,
            "ERROR",
            "erigon",
            "could not start RPC api for engine: could not start RPC api: listen tcp "
            "127.0.0.1:8551: bind: address already in use",
        ),
        # Lighthouse's CRIT, and its service the source
        (
            "lighthouse_crit.log",
            2,
            "CRITICAL",
            None,
            "Failed to start beacon node             reason: Error loading checkpoint state from "
            "remote: HttpClient(, kind: timeout, detail: operation timed out)",
        ),
        # GStreamer's category the source, its file, line, function and object out of the text
        ("gstreamer_debug.log", 6, "WARN", "basesrc", "error: Internal data stream error."),
        # VLC's module, ffmpeg's component, OBS' and the Arduino IDE's stamps
        (
            "vlc_verbose.log",
            7,
            "ERROR",
            "vdpau_avcodec",
            "decoder profile not supported: 6",
        ),
        ("ffmpeg_h264_errors.log", 3, None, "h264", "error while decoding MB 23 10"),
        ("obs_windows.log", 16, None, None, "Current Date/Time: 2020-06-09, 11:08:19"),
        (
            "arduino_serial_monitor.log",
            1,
            None,
            None,
            "Guru Meditation Error: Core  1 panic'ed (Interrupt wdt timeout on CPU1). ",
        ),
        # FreeRADIUS' severity after its ` : ` is a header field
        (
            "freeradius_unpadded_day.log",
            1,
            "INFO",
            None,
            "Dropping packet without response because of error: Received packet from 127.0.0.1 "
            "with invalid Message-Authenticator! (Shared secret is incorrect.) ",
        ),
        # CAS' dash and brackets around the message are its layout's
        (
            "cas6_warn_trace.log",
            1,
            "ERROR",
            "org.apereo.cas.authentication.PolicyBasedAuthenticationManager",
            "Authentication has failed. Credentials may be incorrect or CAS cannot find "
            "authentication handler that supports [UsernamePasswordCredential(username=non, "
            "source=null, customFields={})] of type [UsernamePasswordCredential]. Examine the "
            "configuration to ensure a method of authentication is defined and analyze CAS logs "
            "at DEBUG level to trace the authentication event.",
        ),
        # Ceph's source is its subsystem's prefix, not a message's first word
        ("ceph_osd_octopus.log", 1, "INFO", None, "set uid:gid to 64045:64045 (ceph:ceph)"),
        # NFS-Ganesha's header fields leave the message
        (
            "ganesha_debug.log",
            1,
            "NOTICE",
            "MAIN",
            "nfs-ganesha Starting: Ganesha Version 2.7.1",
        ),
        # Duplicati's bracketed level, source and event id
        (
            "duplicati.log",
            1,
            "INFO",
            "Duplicati.Library.Main.Controller",
            "The operation Backup has started",
        ),
        # a line of one compose service's is not read as a host and a program
        (
            "bitcoind_compose.log",
            4,
            None,
            "bitcoin-regtest-node-1",
            "parameter interaction: -listen=0 -> setting -upnp=0",
        ),
        # Bitcoin Core's category and level
        ("bitcoind_categories.log", 39, "DEBUG", "leveldb", "Delete type=3 #1"),
        (
            "lnd_mixed.log",
            1,
            "INFO",
            "LTND",
            "Version Info rev=4d1c86 version=0.19.99-beta "
            "commit=sqldb/v1.0.10-645-g4d1c86bd6-dirty debuglevel=development logging=debug",
        ),
        # 389 Directory Server's stamp and level leave a relayed message
        (
            "ds389_journal.log",
            9,
            "INFO",
            "ns-slapd",
            "slapd_daemon - slapd started.  Listening on All Interfaces port 389 for LDAP requests",
        ),
        ("kubo_zap_caller.log", 7, "INFO", "nopfs", "Loading Nopfs plugin: content blocking"),
        (
            "ory_kratos_text.log",
            3,
            "WARN",
            "Ory Kratos",
            "The config has no version specified. Add the version to improve your development "
            "experience.",
        ),
        # a logfmt record's later source key stays in its message when an earlier one names it
        (
            "prometheus_component.log",
            7,
            "INFO",
            "web",
            "Start listening for connections address=0.0.0.0:9090",
        ),
        (
            "esxi_hostd_question.log",
            7,
            "DEBUG",
            "hostd",
            "RecordOp ASSIGN: runtime.question, 95. Sent notification immediately.",
        ),
        # Fluent Bit's source padded in its brackets
        ("fluent_bit_stdout.log", 16, "INFO", "ctraces", "version=0.5.2"),
        # a PHP `print_r` dump under its stamp
        (
            "wordpress_print_r.log",
            5,
            None,
            None,
            "Array\n(\n    [vendor_id] => 2\n    [order_id] => 927\n"
            "    [processing_fee] => 3.98\n)",
        ),
    ],
)
def test_header_fields_leave_the_message_and_name_the_line(
    tmp_path: Path, name: str, line: int, level: str | None, source: str | None, message: str
) -> None:
    rows = _rows(tmp_path, name, f"SELECT level, source, message FROM events WHERE line = {line}")
    assert rows == [(level, source, message)]


def test_a_kernel_report_is_one_event_from_its_first_line_to_its_trace_s_end(
    tmp_path: Path,
) -> None:
    # the splat's lines under syslog's headers are its own (not other formats' strays)
    rows = _rows(
        tmp_path,
        "kernel_journal_warning.log",
        "SELECT line, end_line, level FROM events WHERE line <= 44 ORDER BY line",
    )
    assert rows == [(1, 1, None), (2, 43, "WARN"), (44, 44, None)]


def test_go_s_short_file_and_level_after_the_stamp_are_header_fields(tmp_path: Path) -> None:
    # Ollama 0.1.38 starting (a blog post on Ollama under Fedora 40): Go's `log.Lshortfile`,
    # `routes.go:1008: INFO `, among its slog records (was the message's)
    rows = _rows(
        tmp_path,
        "ollama_go_log.log",
        "SELECT level, source, left(message, 26) FROM events WHERE line = 1",
    )
    assert rows == [("INFO", "routes.go", 'server config env="map[OLL')]


def test_a_line_announcing_what_follows_takes_the_lines_no_format_fits_under_it(
    tmp_path: Path,
) -> None:
    # rclone's `INFO  :` at a line's end, no message: its level read (was `INFO  :`, none),
    # and the stats it prints below go on under it (were six events without a time)
    rows = _rows(
        tmp_path,
        "rclone_sync.log",
        "SELECT line, end_line, level, message FROM events WHERE line BETWEEN 24 AND 32 "
        "ORDER BY line",
    )
    assert [r[:3] for r in rows] == [(24, 24, "INFO"), (25, 31, "INFO"), (32, 32, "DEBUG")]
    assert str(rows[1][3]).startswith("Transferred:         699.051 KiB / 699.051 KiB, 100%")
    assert "Elapsed time:         5.0s" in str(rows[1][3])


def test_esphome_s_message_printed_over_lines_is_its_format_s_not_free_text(
    tmp_path: Path,
) -> None:
    # an API message's fields under the clock alone are the event's further lines: the log is
    # no log of mostly free text (its profile warned so), and the clock leaves their text
    profile = ingest_file(FIXTURES / "esphome_api_dump.log", tmp_path / "e")
    assert not any("most lines fit no known format" in w for w in profile.warnings)
    with LogStore.open([("x", tmp_path / "e")]) as store:
        (row,) = store.rows("SELECT end_line, message FROM events WHERE line = 7")
    assert row[0] == 11
    assert str(row[1]).startswith(
        "on_hello_request: HelloRequest {\n  client_info: 'ESPHome Logs 2022.10.1'\n"
    )
    assert str(row[1]).endswith("\n}")
