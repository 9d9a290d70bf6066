"""The known log formats: a header regex (RE2 and Python compatible) plus SQL for each column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

TsKind = Literal["local", "utc", "none"]

ISO = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?"
LEVELS = r"TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE"
# the generic ISO formats: a stamp (also `2024-01-01 10:00:00 +0000`), up to three fields
# (pid, thread, zone name, `-`), then a level as servers write it (PostgreSQL's LOG, MySQL's
# [Warning]/[Note]/[System])
# MariaDB pads the hour with a space (`2026-11-23  7:43:22`)
ISO_STAMP = (
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}|  \d):\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?"
    r"(?: [+-]\d{4})?"
)
ISO_STAMP_SQL = "replace(replace(replace(s.ts, '  ', ' 0'), ' +', '+'), ' -', '-')"
FIELDS_BEFORE_LEVEL = r"(?:[^\s\[]+\s+|\[[^\]]*\]:?\s+){0,3}?"
# ... and Serilog's three letters ([INF], [WRN], [VRB])
ISO_LEVELS = LEVELS + r"|LOG|Warning|Note|Error|System|Info|Debug|INF|WRN|DBG|VRB|FTL"
# C's ctime(): `Mon Nov  3 11:00:00 2026` (the day padded with a space)
CTIME = r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}"
CTIME_SQL = "try_strptime(replace(s.ts, '  ', ' '), '%a %b %d %H:%M:%S %Y')"
# the level word of a PHP error (`PHP Warning:  ...`) or PHP-FPM line (`NOTICE: ...`)
PHP_LEVEL = (
    "regexp_extract(s.msg, '^(?:PHP )?(Fatal error|Parse error|Warning|Notice|Deprecated|"
    "Strict Standards|DEBUG|NOTICE|WARNING|ERROR|ALERT):', 1)"
)
JUL_LEVELS = "SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST"
MONTH_DAY = r"(?P<ts>[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)"


@dataclass(frozen=True)
class LogFormat:
    """One log format: how to split a line into time, level, source and message."""

    name: str
    description: str
    pattern: str = ""
    ts_sql: str = "NULL"
    ts_kind: TsKind = "none"
    year_missing: bool = False
    level_sql: str = "s.level"
    source_sql: str = "s.source"
    msg_sql: str = "s.msg"
    kind: Literal["regex", "json", "logfmt", "raw"] = "regex"
    priority: int = 0
    examples: tuple[str, ...] = field(default_factory=tuple)


def _fmt(
    name: str, desc: str, pattern: str, ts_sql: str, ts_kind: TsKind, **kw: object
) -> LogFormat:
    return LogFormat(name, desc, pattern, ts_sql, ts_kind, **kw)  # type: ignore[arg-type]


def iso_sql(expr: str) -> str:
    """SQL turning an ISO 8601 string (with or without offset) into a naive UTC timestamp."""
    return (
        f"CASE WHEN regexp_matches({expr}, '(Z|[+-]\\d{{2}}:?\\d{{2}})$') "
        f"THEN timezone('UTC', TRY_CAST(replace({expr}, ',', '.') AS TIMESTAMPTZ)) "
        f"ELSE local_utc(TRY_CAST(replace({expr}, ',', '.') AS TIMESTAMP)) END"
    )


def epoch_sql(expr: str) -> str:
    """SQL turning epoch seconds, milli-, micro- or nanoseconds into a naive UTC timestamp."""
    num = f"TRY_CAST({expr} AS DOUBLE)"
    secs = (
        f"CASE WHEN {num} > 1e17 THEN {num} / 1e9 WHEN {num} > 1e14 THEN {num} / 1e6 "
        f"WHEN {num} > 1e11 THEN {num} / 1e3 ELSE {num} END"
    )
    return f"timezone('UTC', to_timestamp({secs}))"


def _month_day(ts: str = "s.ts") -> str:
    # `journalctl -o short-precise` adds microseconds
    return f"try_strptime({ts}, ['%b %d %H:%M:%S', '%b %d %H:%M:%S.%f'])"


PRI_LEVEL = (
    "CASE TRY_CAST(s.pri AS INTEGER) % 8 WHEN 0 THEN 'FATAL' WHEN 1 THEN 'FATAL' "
    "WHEN 2 THEN 'FATAL' WHEN 3 THEN 'ERROR' WHEN 4 THEN 'WARN' WHEN 5 THEN 'NOTICE' "
    "WHEN 6 THEN 'INFO' WHEN 7 THEN 'DEBUG' END"
)

FORMATS: list[LogFormat] = [
    _fmt(
        "hdfs",
        "HDFS: <Date> <Time> <Pid> <Level> <Component>: <Content>",
        r"^(?P<ts>\d{6} \d{6}) (?P<pid>\d+) (?P<level>[A-Z]+) (?P<source>[^:\s]+): "
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, '%y%m%d %H%M%S')",
        "local",
    ),
    _fmt(
        "spark",
        "Spark: <Date> <Time> <Level> <Component>: <Content>",
        r"^(?P<ts>\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}) (?P<level>[A-Z]+) "
        r"(?P<source>[^:\s]+): (?P<msg>.*)$",
        "try_strptime(s.ts, '%y/%m/%d %H:%M:%S')",
        "local",
    ),
    _fmt(
        "zookeeper",
        "Zookeeper: <Date> <Time> - <Level> [<Node>:<Component>@<Id>] - <Content>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}) - (?P<level>[A-Z]+) +"
        r"\[(?P<node>.*):(?P<source>[^:@\]]+)@(?P<lid>\d+)\] - (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "bgl",
        "BGL: <Label> <Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> <Component> "
        "<Level> <Content>",
        r"^(?P<label>\S+) (?P<epoch>\d{9,10}) (?P<date>\d{4}\.\d{2}\.\d{2}) (?P<node>\S+) "
        r"(?P<time>\d{4}-\d{2}-\d{2}-\d{2}\.\d{2}\.\d{2}\.\d+) (?P<node2>\S+) (?P<type>\S+) "
        r"(?P<source>\S+) (?P<level>\S+) (?P<msg>.*)$",
        "try_strptime(s.time, '%Y-%m-%d-%H.%M.%S.%f')",
        "local",
    ),
    _fmt(
        "hpc",
        "HPC: <LogId> <Node> <Component> <State> <Time> <Flag> <Content>",
        r"^(?P<lid>\d+) (?P<node>\S+) (?P<source>\S+) (?P<state>\S+) (?P<epoch>\d{9,10}) "
        r"(?P<flag>-?\d+) (?P<msg>.*)$",
        epoch_sql("s.epoch"),
        "utc",
        level_sql="NULL",
    ),
    _fmt(
        "thunderbird",
        "Thunderbird: <Label> <Timestamp> <Date> <User> <Month> <Day> <Time> "
        "<Location> <Component>[<PID>]: <Content>",
        r"^(?P<label>\S+) (?P<epoch>\d{9,10}) (?P<date>\d{4}\.\d{2}\.\d{2}) (?P<user>\S+) "
        r"[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} (?P<loc>\S+) "
        r"(?P<source>[^\[:]*?)(?:\[(?P<pid>\d+)\])?: (?P<msg>.*)$",
        epoch_sql("s.epoch"),
        "utc",
        level_sql="CASE WHEN s.label <> '-' THEN 'ALERT' END",
    ),
    _fmt(
        "windows",
        "Windows CBS: <Date> <Time>, <Level> <Component> <Content>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}), (?P<level>\w+)\s+"
        r"(?P<source>\S+)\s+(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y-%m-%d %H:%M:%S')",
        "local",
    ),
    _fmt(
        "android",
        "Android logcat threadtime: <Date> <Time> <Pid> <Tid> <Level> <Component>: ...",
        r"^(?P<ts>\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +(?P<pid>\d+) +(?P<tid>\d+) "
        r"(?P<level>[VDIWEFA]) (?P<source>.*?): (?P<msg>.*)$",
        "try_strptime(s.ts, '%m-%d %H:%M:%S.%g')",
        "local",
        year_missing=True,
    ),
    _fmt(
        "healthapp",
        "HealthApp: <Time>|<Component>|<Pid>|<Content>",
        r"^(?P<ts>\d{8}-\d{1,2}:\d{1,2}:\d{1,2}:\d{1,3})\|(?P<source>[^|]*)\|(?P<pid>\d+)\|"
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y%m%d-%H:%M:%S:%g')",
        "local",
        level_sql="NULL",
    ),
    _fmt(
        "openstack",
        "OpenStack (oslo): [<Logrecord>] <Date> <Time> <Pid> <Level> <Component> "
        "[<ADDR>] <Content>",
        r"^(?:(?P<rec>\S+) )?(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) (?P<pid>\d+) "
        r"(?P<level>[A-Z]+) (?P<source>\S+) \[(?P<addr>[^\]]*)\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "proxifier",
        "Proxifier: [<Time>] <Program> - <Content>",
        r"^\[(?P<ts>\d{2}\.\d{2} \d{2}:\d{2}:\d{2})\] (?P<source>.*?) - (?P<msg>.*)$",
        "try_strptime(s.ts, '%m.%d %H:%M:%S')",
        "local",
        year_missing=True,
        level_sql="NULL",
    ),
    _fmt(
        "apache-error",
        "Apache error log: [<Time>] [<module:level>] [pid] [client] <Content>",
        r"^\[(?P<ts>\w{3} \w{3} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d+)? \d{4})\] "
        r"\[(?:(?P<source>[\w.]+):)?(?P<level>\w+)\](?: \[pid (?P<pid>[^\]]*)\])?"
        r"(?: \[client (?P<client>[^\]]*)\])? (?P<msg>.*)$",
        "try_strptime(regexp_replace(s.ts, '\\.\\d+', ''), '%a %b %d %H:%M:%S %Y')",
        "local",
    ),
    _fmt(
        "nginx-error",
        "nginx error log: <Date> <Time> [<level>] <pid>#<tid>: <Content>",
        r"^(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}) \[(?P<level>\w+)\] (?P<pid>\d+)#"
        r"(?P<tid>\d+): (?P<msg>.*)$",
        "try_strptime(s.ts, '%Y/%m/%d %H:%M:%S')",
        "local",
        source_sql="NULL",
    ),
    _fmt(
        "access",
        "Apache/nginx access log (common or combined, optionally after a vhost:port)",
        r"^(?:[\w.-]+:\d+ )?(?P<source>\S+) (?P<ident>\S+) (?P<user>\S+) \[(?P<ts>[^\]]+)\] "
        r"\"(?P<req>[^\"]*)\" "
        r"(?P<status>\d{3}) (?P<size>\S+)(?: \"(?P<ref>[^\"]*)\" \"(?P<ua>[^\"]*)\")?.*$",
        "timezone('UTC', try_strptime(s.ts, '%d/%b/%Y:%H:%M:%S %z'))",
        "utc",
        level_sql="CASE WHEN s.status >= '500' THEN 'ERROR' WHEN s.status >= '400' "
        "THEN 'WARN' ELSE 'INFO' END",
        msg_sql="s.req || ' ' || s.status || ' ' || s.size",
    ),
    _fmt(
        "syslog-5424",
        "syslog RFC 5424: <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG",
        r"^<(?P<pri>\d{1,3})>1 (?P<ts>\S+) (?P<host>\S+) (?P<source>\S+) (?P<pid>\S+) "
        r"(?P<msgid>\S+) (?P<sd>-|(?:\[[^\]]*\])+) ?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=PRI_LEVEL,
    ),
    _fmt(
        "syslog",
        "syslog RFC 3164 (Linux, OpenSSH, macOS): Mon DD HH:MM:SS host app[pid]: msg",
        r"^(?:<(?P<pri>\d{1,3})>)?" + MONTH_DAY + r" (?P<host>\S+) "
        r"(?P<source>[^\[:]*?)(?:\[(?P<pid>\d+)\])?(?: \((?P<addr>[^)]*)\))?: (?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql=PRI_LEVEL,
    ),
    _fmt(
        "python",
        "Python logging: <asctime> - <name> - <LEVEL> - <message>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:,\d{3})?) - (?P<source>\S+) - "
        r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) - (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "uvicorn",
        "uvicorn / FastAPI console: LEVEL:<spaces><message>",
        r"^(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL|TRACE):\s{2,}(?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="NULL",
        priority=1,
    ),
    _fmt(
        "jdk-unified",
        "JDK unified logging (-Xlog, GC logs): [<time or uptime>][<level>][<tags>] <message>",
        # the first decoration is the time, or the JVM's uptime (`-Xlog:gc`'s default)
        r"^\[(?:(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)|"
        r"(?P<uptime>\d+(?:\.\d+)?(?:s|ms|ns)))\]"
        r"(?:\[[^\]]*\])*?\[(?P<level>trace|debug|info|warning|error)\s*\]"
        r"\[(?P<source>[\w,]+?)\s*\] ?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "python-basic",
        "Python logging basicConfig: LEVEL:name:message",
        r"^(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL):(?P<source>[^:]*):(?P<msg>.*)$",
        "NULL",
        "none",
    ),
    _fmt(
        "log4j",
        "log4j / Hadoop: <Date> <Time> <Level> [<thread>] <logger>: <Content>",
        r"^(?P<ts>" + ISO + r") +(?P<level>" + LEVELS + r") +\[(?P<thread>[^\]]*)\] +"
        r"(?P<source>[^\s:]+):? (?:- )?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "logback",
        "logback: <Date> <Time> [<thread>] <LEVEL> <logger> - <message>",
        r"^(?P<ts>" + ISO + r") +\[(?P<thread>[^\]]*)\] +(?P<level>" + LEVELS + r") +"
        r"(?P<source>\S+) +- (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "glog",
        "Go glog / klog: Lmmdd hh:mm:ss.uuuuuu pid file:line] msg",
        r"^(?P<level>[IWEF])(?P<ts>\d{4} \d{2}:\d{2}:\d{2}\.\d{6}) +(?P<pid>\d+) "
        r"(?P<source>[^\]\s]+)\] (?P<msg>.*)$",
        "try_strptime(s.ts, '%m%d %H:%M:%S.%f')",
        "local",
        year_missing=True,
    ),
    _fmt(
        "zap-console",
        "Go zap console: <ISO time>\\t<LEVEL>\\t<caller>\\t<msg>",
        r"^(?P<ts>" + ISO + r")\t(?P<level>[A-Za-z]+)\t(?:(?P<source>[^\t]+)\t)?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "syslog-iso",
        "syslog with RFC 3339 stamps (rsyslog, journalctl -o short-iso): TIME host app[pid]: msg",
        r"^(?:<(?P<pri>\d{1,3})>)?(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?) (?P<host>\S+) (?P<source>[^\[:]*?)(?:\[(?P<pid>\d+)\])?: "
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=PRI_LEVEL,
    ),
    _fmt(
        "spring-boot",
        "Spring Boot: <ISO time> <LEVEL> <pid> --- [<app>] [<thread>] <logger> : <message>",
        r"^(?P<ts>" + ISO + r") +(?P<level>" + LEVELS + r") +(?P<pid>\d+) --- "
        r"(?:\[[^\]]*\] +)?\[(?P<thread>[^\]]*)\] +(?P<source>\S+) +: (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "ruby-logger",
        "Ruby Logger: <L>, [<ISO time> #<pid>]  <LEVEL> -- <progname>: <message>",
        r"^[DIWEFAU], \[(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?) #(?P<pid>\d+)\] +"
        r"(?P<level>[A-Z]+) -- (?P<source>[^:]*?): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "celery",
        "Celery: [<time>: <LEVEL>/<process>] <message>",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}): (?P<level>[A-Z]+)/"
        r"(?P<source>[^\]]+)\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "redis",
        "Redis: <pid>:<role> <DD Mon YYYY HH:MM:SS.mmm> <level mark> <message>",
        r"^(?P<pid>\d+):(?P<role>[XCSM]) (?P<ts>\d{1,2} [A-Z][a-z]{2} \d{4} "
        r"\d{2}:\d{2}:\d{2}\.\d{3}) (?P<level>[.*#-]) (?P<msg>.*)$",
        "try_strptime(s.ts, '%d %b %Y %H:%M:%S.%g')",
        "local",
        level_sql="CASE s.level WHEN '.' THEN 'DEBUG' WHEN '-' THEN 'VERBOSE' "
        "WHEN '*' THEN 'NOTICE' WHEN '#' THEN 'WARN' END",
        source_sql="CASE s.role WHEN 'M' THEN 'master' WHEN 'S' THEN 'replica' "
        "WHEN 'C' THEN 'child' WHEN 'X' THEN 'sentinel' END",
    ),
    _fmt(
        "erlang",
        "Erlang/OTP logger (RabbitMQ): <ISO time> [<level>] <<pid>> <message>",
        r"^(?P<ts>" + ISO_STAMP + r") \[(?P<level>debug|info|notice|warning|error|critical|"
        r"alert|emergency)\] (?:<(?P<source>\d+\.\d+\.\d+)> )?(?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
    ),
    _fmt(
        "python-http",
        "Python http.server, werkzeug, Django runserver: [<client> - - ][DD/Mon/YYYY HH:MM:SS] "
        "<request or error>",
        r"^(?:(?P<source>\S+) - - )?\[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4} \d{2}:\d{2}:\d{2})\] "
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, '%d/%b/%Y %H:%M:%S')",
        "local",
        # the status of `"GET / HTTP/1.1" 404 -` and of `code 404, message File not found`
        level_sql='CASE regexp_extract(s.msg, \'^(?:"[^"]*" |code )([1-5])\\d\\d\\b\', 1) '
        "WHEN '5' THEN 'ERROR' WHEN '4' THEN 'WARN' ELSE 'INFO' END",
        priority=1,
    ),
    _fmt(
        "epoch",
        "Epoch-stamped lines (Mosquitto, Squid): <unix seconds>[:] <message>",
        r"^(?P<ts>\d{10}(?:\.\d{1,9})?)(?:: | +)(?P<msg>.*)$",
        epoch_sql("s.ts"),
        "utc",
        level_sql="NULL",
        source_sql="NULL",
        priority=-2,
    ),
    _fmt(
        "program-iso",
        "A word then ISO time (update-alternatives, AWS load balancers): <word> <ISO time>[:] "
        "<message>",
        r"^(?P<source>[\w.-]+) (?P<ts>" + ISO_STAMP + r"):? (?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        level_sql="NULL",
        priority=-2,
    ),
    _fmt(
        "npm-debug",
        "npm debug log: <sequence> <level> <message>",
        r"^(?P<seq>\d+) (?P<level>silly|verbose|info|http|notice|timing|warn|error)(?: |$)"
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="NULL",
        priority=-1,
    ),
    _fmt(
        "tomcat",
        "Tomcat / java.util.logging one-line: DD-Mon-YYYY HH:MM:SS.mmm LEVEL [thread] "
        "<logger.method> <message>",
        r"^(?P<ts>\d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}:\d{2}(?:\.\d{1,3})?) "
        r"(?P<level>" + JUL_LEVELS + r") \[(?P<thread>[^\]]*)\] "
        r"(?P<source>\S+) (?P<msg>.*)$",
        "try_strptime(s.ts, ['%d-%b-%Y %H:%M:%S.%g', '%d-%b-%Y %H:%M:%S'])",
        "local",
    ),
    _fmt(
        "java-logging",
        "java.util.logging default: <Mon D, YYYY h:mm:ss AM> <class> <method>, then "
        "<LEVEL>: <message> on the next line",
        r"^(?P<ts>[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} [AP]M) (?P<source>\S+)"
        r"(?: \S+)?$",
        "try_strptime(s.ts, '%b %d, %Y %I:%M:%S %p')",
        "local",
        # the level and the message are on the line after the header (a continuation line);
        # a header ending a chunk has no next line there and keeps neither, and as a fallback
        # format (other formats first in the file) the next line is not at hand either
        level_sql=f"regexp_extract(lead(t) OVER (ORDER BY line), '^({JUL_LEVELS}): ', 1)",
        msg_sql=f"regexp_extract(lead(t) OVER (ORDER BY line), '^(?:{JUL_LEVELS}): (.*)$', 1)",
    ),
    _fmt(
        "php",
        "PHP error log and PHP-FPM: [DD-Mon-YYYY HH:MM:SS [zone]] [PHP ]<Level>: <message>",
        r"^\[(?P<ts>\d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}:\d{2})(?: (?P<zone>[\w/+-]+))?\] "
        r"(?P<msg>.*)$",
        # a stamp written in UTC is UTC; any other zone name is read with the timezone setting
        "CASE WHEN s.zone = 'UTC' THEN try_strptime(s.ts, '%d-%b-%Y %H:%M:%S') "
        "ELSE local_utc(try_strptime(s.ts, '%d-%b-%Y %H:%M:%S')) END",
        "utc",
        level_sql="CASE " + PHP_LEVEL + " WHEN 'Fatal error' THEN 'FATAL' "
        "WHEN 'Parse error' THEN 'ERROR' "
        "WHEN 'Strict Standards' THEN 'NOTICE' WHEN '' THEN NULL "
        "ELSE upper(" + PHP_LEVEL + ") END",
        source_sql="NULL",
    ),
    _fmt(
        "monolog",
        "Monolog (Laravel, Symfony): [<time>] <channel>.<LEVEL>: <message> <context>",
        r"^\[(?P<ts>" + ISO_STAMP + r")\] (?P<source>[\w-]+)\.(?P<level>DEBUG|INFO|NOTICE|"
        r"WARNING|ERROR|CRITICAL|ALERT|EMERGENCY): (?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
    ),
    _fmt(
        "bracketed",
        "Elasticsearch / Logstash / OpenSearch: [<time>][<LEVEL>][<logger>] [<node>] <message>",
        r"^\[(?P<ts>" + ISO + r")\]\[(?P<level>" + LEVELS + r") *\]\[(?P<source>[^\]\s]+) *\] ?"
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "level-first",
        "Level before the time (Cassandra): LEVEL [<thread>] <ISO time> <message>",
        r"^(?P<level>" + LEVELS + r") +(?:\[[^\]]*\] +)?(?P<ts>" + ISO + r") +(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        source_sql="NULL",
        priority=-1,
    ),
    _fmt(
        "dmesg",
        "Kernel ring buffer (dmesg, dmesg -T): [<uptime> or <date>] <message>",
        r"^\[(?: *\d+\.\d+|(?P<ts>" + CTIME + r"))\] (?P<msg>.*)$",
        CTIME_SQL,
        "local",
        level_sql="NULL",
        source_sql="NULL",
        priority=-1,
    ),
    _fmt(
        "dotnet-console",
        ".NET console logger: <lvl>: <Category>[<EventId>] then the message on indented lines",
        r"^(?P<level>trce|dbug|info|warn|fail|crit): (?P<source>[^\s\[]+)\[(?P<eid>\d+)\] ?"
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        # the message of the multi-line form is on the next lines: the category and event id
        # (which names the message kind) stand for it
        msg_sql="coalesce(NULLIF(s.msg, ''), s.source || '[' || s.eid || ']')",
    ),
    _fmt(
        "ctime",
        "ctime-stamped lines (OpenVPN): Www Mmm DD HH:MM:SS YYYY <message>",
        r"^(?P<ts>" + CTIME + r") (?P<msg>.*)$",
        CTIME_SQL,
        "local",
        level_sql="NULL",
        source_sql="NULL",
        priority=-2,
    ),
    _fmt(
        "thread-level",
        "Time of day, thread and level (Minecraft, log4j2 consoles): "
        "[HH:MM:SS] [<thread>/<LEVEL>]: <message>",
        r"^\[\d{2}:\d{2}:\d{2}\] \[(?P<source>[^\]]*)/(?P<level>[A-Z]+)\]: (?P<msg>.*)$",
        "NULL",
        "none",
    ),
    _fmt(
        "apt-history",
        "apt's history.log: stanzas of Start-Date, Commandline, Install/Upgrade/Remove..., "
        "Error, End-Date lines",
        r"^(?P<source>Start-Date|End-Date|Commandline|Requested-By|Install|Upgrade|Remove|Purge|"
        r"Reinstall|Downgrade|Error): (?P<ts>\d{4}-\d{2}-\d{2}  \d{2}:\d{2}:\d{2})?"
        r"(?P<msg>.*)$",
        # the lines between the dates take the stanza's start time
        "last_value(try_strptime(NULLIF(s.ts, ''), '%Y-%m-%d  %H:%M:%S') IGNORE NULLS) "
        "OVER (ORDER BY line ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)",
        "local",
        level_sql="CASE WHEN s.source = 'Error' THEN 'ERROR' END",
        msg_sql="p",  # the key stays in the message: `Start-Date: <*>` and `End-Date: <*>`
    ),
    _fmt(
        "go-std",
        "Go standard log / plain stamped lines: [<pid>] YYYY/MM/DD HH:MM:SS[.micro] [<LVL>] "
        "<message> (NATS writes the pid and a three-letter level)",
        r"^(?:\[\d+\] )?(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?)"
        r"(?: \[(?P<level>INF|WRN|ERR|DBG|TRC|FTL)\](?: |$)| )(?P<msg>.*)$",
        "try_strptime(s.ts, ['%Y/%m/%d %H:%M:%S.%f', '%Y/%m/%d %H:%M:%S'])",
        "local",
        level_sql="coalesce(NULLIF(s.level, ''), "
        "NULLIF(regexp_extract(s.msg, '^\\[?(" + LEVELS + r")\]?:?\s', 1), ''))",
        source_sql="NULL",
        priority=-2,
    ),
    _fmt(
        "iso-level",
        "Generic: <ISO time> [up to 3 fields] [LEVEL] <message> (gunicorn, PostgreSQL, MySQL...)",
        r"^\[?(?P<ts>"
        + ISO_STAMP
        + r")\]?:?\s+"
        + FIELDS_BEFORE_LEVEL
        + r"\[?(?P<level>"
        + ISO_LEVELS
        + r")\]?:?\s+(?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        source_sql="NULL",
        priority=-1,
    ),
    _fmt(
        "iso-plain",
        "Generic: <ISO time> <message> (a level word within its first fields is the level)",
        r"^\[?(?P<ts>" + ISO_STAMP + r")\]?:?\s+(?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        level_sql="NULLIF(regexp_extract(s.msg, '^"
        + FIELDS_BEFORE_LEVEL
        + r"\[?("
        + ISO_LEVELS
        + r")\]?:?\s', 1), '')",
        source_sql="NULL",
        priority=-3,
    ),
    LogFormat(
        "json",
        "JSON lines (time/ts/@timestamp, level/severity, msg/message, logger/...)",
        kind="json",
        ts_kind="utc",
    ),
    LogFormat(
        "logfmt",
        "logfmt: key=value pairs (time=, level=, msg=)",
        kind="logfmt",
        ts_kind="utc",
        priority=-1,
    ),
    LogFormat("raw", "Unstructured text: one event per line", kind="raw", priority=-9),
]

BY_NAME: dict[str, LogFormat] = {f.name: f for f in FORMATS}


def get_format(name: str) -> LogFormat:
    """The format called `name`; KeyError when unknown."""
    return BY_NAME[name]
