"""SQL that splits a chunk of lines into time, level, source and message for one format."""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any, NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from analyzer.logs.clocks import clock_sql
from analyzer.logs.formats import (
    CISCO_CODE,
    DS389_HEAD,
    FAIL2BAN_LEVELS,
    FIELDS_BEFORE_LEVEL,
    GO_FRAME,
    ISO_LEVELS,
    JUL_ANY,
    LEVELS,
    LIGHTHOUSE_HEAD,
    MONTH_TIME,
    NM_LEVELS,
    PG_DETAIL_LINE,
    PG_LOCALIZED_LEVELS,
    PG_SEVERITIES,
    SAMBA_HEAD,
    SHORT_LEVELS,
    LogFormat,
    epoch_sql,
    http_level,
    iso_sql,
    let,
    samba_level,
    severity_sql,
    sql_list,
)
from analyzer.logs.masking import bounded_sql, key_sql
from analyzer.logs.reader import ANSI_ESCAPE
from analyzer.logs.zones import is_offset, offset_minutes

PARSE_BOUND = 65536
MSG_TAIL = "(?P<msg>.*)$"
# Lines that continue the event before them when its format's header does not fit them:
# indented lines, Java and Python stack traces (down to the exception line, including Python's
# exceptions not named *Error), and PostgreSQL's DETAIL/HINT/STATEMENT... lines after an error.
CONTINUATION_STACK = (
    r"^(\s|at |Caused by|Suppressed:|\.\.\. \d+ more|Traceback |During handling|"
    r"The above exception was|"
    # (Node's hint under a process warning: `(Use `node --trace-deprecation ...` to show ...)`)
    r"\(Use `node --trace-|"
    # .NET's exception line may carry its HRESULT (`SqlException (0x80131904): ...`), and its
    # traces mark rethrows with `--- End of stack trace from previous location ---`
    r"[\w.$]+(Exception|Error|Warning)( \(0x[0-9A-Fa-f]+\))?(:|$|\()|--- End of |"
    r"(SystemExit|KeyboardInterrupt|StopIteration|StopAsyncIteration|GeneratorExit|"
    r"(?:Base)?ExceptionGroup)(:|$)|"
    # (Django's model exceptions: `shop.models.Book.DoesNotExist: Book matching query ...`)
    r"(?:[a-z_]\w*\.)+[A-Z]\w*\.(?:DoesNotExist|MultipleObjectsReturned)(:|$)|"
    # ... and those named otherwise in a module of exceptions (`django.core.exceptions.
    # AppRegistryNotReady: `, `requests.exceptions.ConnectTimeout: `, `sqlalchemy.exc.`)
    r"(?:[a-z_]\w*\.)*(?:exceptions?|exc|errors)\.[A-Z]\w*(:|$)|"
    # ... or nested in a class (Hadoop's `org.apache.hadoop.security.token.SecretManager$
    # InvalidToken: ` under Spark's ERROR line)
    r"(?:[a-z_]\w*\.)+[A-Z]\w*\$[A-Z]\w*: |"
    # PHP's and Laravel's traces (the exceptions before it, and the `"}` closing Laravel's
    # context after them); Ruby's backtraces (`app/models/user.rb:12:in `, Rails'
    # `activerecord (5.2.3) lib/...:696:in `, after the request's tags of a tagged logger:
    # `[2c89...] rack (2.2.3) lib/...`)
    r"Stack trace:|#\d+ |\[stacktrace\]|\[previous exception\] |\"\}|"
    # Elixir's crash reports (`** (stop) :econnaborted`, `** (exit) exited in: ...`, then
    # `Last message: ...`, `State: %{...}`; Phoenix's on cowboy: `Server: example.org:80 (http)`,
    # `Request: POST /path`)
    r"\*\* \([\w.]+\) |Last message(?: \(from [^)]*\))?: |State: [%{\[#]|"
    r"Server: \S+:\d+ \(https?\)$|Request: [A-Z]+ /|"
    # PHP-FPM's slow log: the script and each frame of the request's backtrace
    # (`[0x00007f2d286c2790] replace() /var/www/Plugin.php:72`)
    r"script_filename = |\[0x[0-9a-f]{16}\] |"
    r"(?:\[[\w-]+\] )*(?:[\w.-]+ \([\w.-]+\) )?[\w./-]+\.rb:\d+:in |"
    # (a script's frame, with no `.rb`: `bin/rails:4:in `<main>'`, Ruby 3.4's quote: `in 'load'`)
    r"(?:\[[\w-]+\] )*[\w./-]+:\d+:in [`\x27]|"
    # a Go panic's goroutines (`goroutine 1 [running]:`, then each frame's function, its file
    # indented below it: `main.(*Server).handle(0x0, {0xc0000, 0x5})`, `created by main.main`)
    r"goroutine \d+ \[|\[signal (?:SIG|0x)|created by [\w./]|" + GO_FRAME + "|"
    # a Python dict or list printed by pprint after the line announcing it (Scrapy's stats)
    r"\{\x27|\[\x27|"  # (the quote as \x27: the rule is written into SQL strings)
    # the brackets closing an object printed over lines (Node's `util.inspect` of an error:
    # `  }` indented, its last `}` not), alone on their line
    r"[}\])]+[,;]?\s*$|"
    # `journalctl -x`'s explanations of a message from the catalog, below it: `░░ Subject: ...`
    # (systemd 248 on), `-- Subject: ...` before; not its markers, which end in ` --`
    # (`-- Boot 2f5e... --`, `-- Reboot --`, `-- Logs begin at ..., end at ... --`)
    r"░░|--(?: ?$| .*(?:[^-]|[^-]-|[^ ]--)$)|"
    # an XML document a message holds, printed over lines: its declaration and closing tags
    # (`<?xml version="1.0"?>`, `</soap:Envelope>`) open no event
    r"<\?xml |</[\w:.-]+>)"
)
CONTINUATION_PG = PG_DETAIL_LINE
# java.util.logging's second line (`INFO: message`): it continues a record by that format's own
# rule only; by the rule for every format it would take a program's own `WARNING: ...` line
# (Flask's) for part of the line above. Detection counts it as a continuation line, not as a
# line no format fits. (Not Weave's `INFO: 2018/09/05 03:42:57.264469 ...`, Go's standard log.)
# (In other languages too: `信息: ...`, `INFOS: ...`.) (Nor apex/log's `INFO: [Jan 23
# 15:51:09.928] ...`: a bracketed month.)
CONTINUATION_JUL = (
    r"^(?:" + JUL_ANY + r"): "
    r"(?:[^\d\s\[]|\[(?:[^A-Z]|[A-Z](?:[^a-z]|[a-z](?:[^a-z]|[a-z][^ ])))|\d+[^\d/])"
)


def continues_any(text: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """Whether each line continues the event above it by the rule for every format
    (`finish_sql`'s): blank, a stack frame or exception line, PostgreSQL's DETAIL lines; or
    by java.util.logging's (`CONTINUATION_JUL`). RE2 over the lines at once, as DuckDB reads
    the rule."""
    stack = pc.or_(
        pc.match_substring_regex(text, CONTINUATION_STACK),
        pc.match_substring_regex(text, CONTINUATION_JUL),
    )
    pg = pc.and_(pc.match_substring(text, ":  "), pc.match_substring_regex(text, CONTINUATION_PG))
    return pc.or_(pc.or_(pc.equal(text, ""), stack), pg)


# What may stand before a logfmt line's pairs: a syslog priority (firewalls send
# `<189>date=...`), or a relay's BSD stamp and the sender (SonicWall through a syslog server:
# `Jan  3 13:45:51 10.10.10.10 id=firewall ...`), or the sender's address alone
LOGFMT_OPENING = r"(?:<\d{1,3}> *)?(?:" + MONTH_TIME + r" [\w.:-]+ |\d{1,3}(?:\.\d{1,3}){3} )?"
# A logfmt line; a value is quoted, or bare and not opening with a quote: one way to read
# each, so that Python's backtracking matcher, which detection uses, stays linear on a line
# that fails
LOGFMT_LINE = (
    "^"
    + LOGFMT_OPENING
    # a quoted value may hold an escaped quote (FortiGate's `forwardedfor="a\"b"`); a list in
    # brackets its spaces (logrus' `supervisor.args=[bundle exec bin/gitaly-ruby 597]`)
    + r'[\w.@-]+=("(?:[^"\\]|\\.)*"|\[[^\]]*\]\S*|[^\s"\[]\S*|)'
    + r'(\s+[\w.@-]+=("(?:[^"\\]|\\.)*"|\[[^\]]*\]\S*|[^\s"\[]\S*|))+\s*$'
)
# `@timestamp` first: the convention's name for the event's time (ECS, Logstash, HashiCorp's
# JSON logs), where a record may also hold a field named `time` (Vault's Raft: a duration)
JSON_TIME = (
    "@timestamp",
    "time",
    "ts",
    "timestamp",
    "t",
    "datetime",
    "date",
    "asctime",
    "__REALTIME_TIMESTAMP",  # journalctl -o json: microseconds since the epoch
    "eventTime",  # CloudTrail
    "@t",  # Serilog's compact JSON (CLEF)
    "Timestamp",  # Serilog's JsonFormatter
    "time_iso8601",  # nginx's JSON log_format
    "time_local",
    "published",  # Okta
    "requestReceivedTimestamp",  # Kubernetes audit
    "EdgeStartTimestamp",  # Cloudflare
    "created_at",
    "createdAt",
    "eventTimestamp",
    "receiveTimestamp",
    "timeMillis",  # log4j2's JsonLayout (Logstash's own JSON logs)
    "LogTimestamp",  # Zscaler ZPA (ctime: `Wed Jul 3 05:17:22 2019`)
    "Time",  # FoundationDB's trace files (epoch seconds), .NET's
    "DateTime",
    "EventTime",  # NXLog's Windows events
    "TimeGenerated",  # Azure Monitor
    "createdDateTime",  # Microsoft Graph (Copilot interactions, sign-ins)
    "reqTimeSec",  # Akamai DataStream 2
    "firstTimestamp",  # a Kubernetes Event (`kubectl get events -o json`)
    "requestTime",  # AWS API Gateway's access log (`10/Jun/2023:15:36:28 +0000`)
    "unixTime",  # osquery's results (epoch seconds as a string)
    "TimeStamp",  # Azure Container Apps' system log (`az containerapp logs show --type system`)
)
# Monolog's JSON writes its level as a number and `level_name` as a word
JSON_LEVEL = (
    "level_name",
    "levelName",  # Audiobookshelf's, beside its numbered `level`
    "level",
    "severity",
    "lvl",
    "loglevel",
    "log_level",
    "levelname",
    "@level",
    "@l",  # CLEF
    "Level",  # Serilog's JsonFormatter
    "error_severity",  # PostgreSQL's jsonlog
    "LogLevel",  # .NET's JSON console formatter (`Information`, `Warning`)
    "priority",  # Falco's alerts (`Warning`, `Informational`)
)
JSON_MSG = (
    "msg",
    "message",
    "log",
    "event",
    "text",
    "@message",
    "textPayload",
    "MESSAGE",
    "eventName",
    "short_message",  # GELF
    "@m",  # CLEF: the rendered message, else its template
    "@mt",
    "RenderedMessage",  # Serilog's JsonFormatter
    "MessageTemplate",
    "displayMessage",  # Okta
    "request",  # nginx's JSON log_format
    "Message",  # .NET's JSON console formatter, a Windows event's
    "output",  # Falco's alerts
    "Msg",  # Azure Container Apps' system log
)
JSON_SOURCE = (
    "logger",
    "service",
    "component",
    "logger_name",
    "devname",  # FortiGate's key=value records, whose `name` may be an endpoint's
    "name",
    "module",
    "subsys",  # Cilium's subsystem
    "caller",
    "logSource",  # Velero's, before its controllers' `source` (what they watch)
    "source",
    "app",
    "SYSLOG_IDENTIFIER",
    "eventSource",
    "EventSource",  # Azure Container Apps' system log
    "SourceContext",  # Serilog
    "channel",  # Monolog
    "target",  # Rust's tracing-subscriber and env_logger: the module path
    "loggerName",  # log4j2's JsonLayout
    "@module",  # HashiCorp's hclog
    "Category",  # .NET's JSON console formatter: the logger's category
    "appname",  # syslog as JSON (Vector, syslog-ng, rsyslog's mmjsonparse)
)


def _j(path: str) -> str:
    """A JSON record's value at `path` (JSONPath), as text: every value an expression names is
    read in one pass over the record (`_json_columns`), not by parsing it once per key."""
    return f"__JSON<{path}>__"


def _json_key(key: str) -> str:
    return _j(f'$."{key}"')


_JSON_PATH = re.compile(r"__JSON<(.+?)>__")
# journalctl -o json: PRIORITY is the syslog severity, 0 (emerg) to 7 (debug)
JOURNAL_PRIORITY = severity_sql(_json_key("PRIORITY"))
# levels written as small numbers: Nextcloud's (0 debug ... 4 fatal; its records carry a
# reqId) and GELF's syslog severity (its records carry a short_message)
NUMBERED_LEVEL = (
    f"CASE WHEN {_j('$.reqId')} IS NOT NULL THEN CASE {_j('$.level')} WHEN '0' THEN 'DEBUG' "
    "WHEN '1' THEN 'INFO' WHEN '2' THEN 'WARN' WHEN '3' THEN 'ERROR' WHEN '4' THEN 'FATAL' END "
    f"WHEN {_j('$.short_message')} IS NOT NULL THEN {severity_sql(_j('$.level'))} END"
)
# Suricata's EVE alert: its rule's severity, 1 the gravest (as `[Priority: N]` in its fast.log),
# and the rule's signature as its message
_EVE_ALERT = f"{_j('$.event_type')} = 'alert'"
_EVE_LEVEL = (
    f"CASE WHEN {_EVE_ALERT} THEN ['ERROR', 'WARN', 'NOTICE', 'INFO']"
    f"[TRY_CAST({_j('$.alert.severity')} AS INTEGER)] END"
)
_EVE_SIGNATURE = f"CASE WHEN {_EVE_ALERT} THEN {_j('$.alert.signature')} END"
# Kibana 7's records name their level as their first tag: `"tags":["warning","plugins"]`,
# Kibana 4's as their last: `"tags":["status","plugin:kibana","info"]`
_TAG_LEVELS = "('trace', 'debug', 'info', 'warning', 'warn', 'error', 'fatal', 'critical')"
TAG_LEVEL = (
    f"CASE WHEN lower({_j('$.tags[0]')}) IN {_TAG_LEVELS} THEN {_j('$.tags[0]')} "
    f"WHEN lower({_j('$.tags[#-1]')}) IN {_TAG_LEVELS} THEN {_j('$.tags[#-1]')} END"
)
_FIELD = re.compile(r"\bs\.(\w+)")
_GROUP = re.compile(r"\(\?P<(\w+)>")


def _not_object(value: str) -> str:
    """SQL: a JSON value as text, unless it is an object."""
    return f"CASE WHEN NOT starts_with({value}, '{{') THEN {value} END"


def _coalesce(exprs: list[str]) -> str:
    return "coalesce(" + ", ".join(exprs) + ")"


# a Kubernetes audit event: its `level` is how much was recorded, not a severity; its outcome
# is its response's status, its message the verb and the resource
_K8S_AUDIT = f"({_j('$.auditID')} IS NOT NULL AND {_j('$.kind')} = 'Event')"
# Google Cloud's structured logging: `"timestamp":{"seconds":..,"nanos":..}`, or
# `timestampSeconds` and `timestampNanos`
_SECONDS_NANOS = (
    f"CASE WHEN {_j('$.timestamp.seconds')} IS NOT NULL THEN {_j('$.timestamp.seconds')} "
    f"|| '.' || lpad(coalesce({_j('$.timestamp.nanos')}, '0'), 9, '0') "
    f"WHEN {_j('$.timestampSeconds')} IS NOT NULL THEN {_j('$.timestampSeconds')} "
    f"|| '.' || lpad(coalesce({_j('$.timestampNanos')}, '0'), 9, '0') END"
)
# log4j2's JsonLayout with `includeTimeMillis=false`: `"instant":{"epochSecond":..,
# "nanoOfSecond":..}`, as epoch seconds with their fraction
_INSTANT = (
    f"CASE WHEN {_j('$.instant.epochSecond')} IS NOT NULL THEN {_j('$.instant.epochSecond')} "
    f"|| '.' || lpad(coalesce({_j('$.instant.nanoOfSecond')}, '0'), 9, '0') END"
)
# a record naming no level by a level key: CLEF leaves Information out; an access log (nginx's
# JSON log_format, Cloudflare's, ModSecurity's audit log) has an HTTP status
_HTTP_STATUS = _coalesce(
    [
        _j("$.status"),
        _j("$.EdgeResponseStatus"),
        _j("$.response_code"),
        _j("$.responseStatus.code"),
        _j("$.response.status"),  # ModSecurity's JSON audit log
        _j("$.statusCode"),  # Akamai DataStream 2
    ]
)
# (Kubernetes' structured JSON, `--logging-format=json`, names no level: an info record its
# verbosity, `"v":2`, an error record its error, `"err":"..."`)
IMPLIED_LEVEL = (
    f"CASE WHEN {_json_key('@mt')} IS NOT NULL OR {_json_key('@m')} IS NOT NULL THEN 'INFO' "
    f"WHEN {_json_key('ts')} IS NOT NULL AND {_json_key('msg')} IS NOT NULL THEN "
    f"CASE WHEN {_json_key('v')} IS NOT NULL THEN 'INFO' "
    f"WHEN {_json_key('err')} IS NOT NULL THEN 'ERROR' END "
    f"WHEN regexp_full_match(coalesce({_HTTP_STATUS}, ''), '[1-5]\\d\\d') THEN "
    + http_level(_HTTP_STATUS)
    + " END"
)


# a level in capitals opening the message of a record naming none (a container's line that a
# collector wrapped: `{"message":"[INFO] 172.17.0.4:36413 - ...","stream":"stdout"}`)
_MESSAGE = _coalesce([_json_key(k) for k in ("msg", "message", "log")])
MESSAGE_LEVEL = f"NULLIF(regexp_extract({_MESSAGE}, '^\\[?({LEVELS})\\]?:?\\s', 1), '')"


# the keys a record's header gives (its time and level): a record naming no message is
# shown as its other keys, `key=value` in its own order (a value with a space in quotes)
# (and its message keys, which are empty where the rest is read)
_HEADER_KEYS = (*JSON_TIME, *JSON_LEVEL, "log.level", *JSON_MSG)


def _json_rest(record: str, named: str) -> str:
    """SQL for a JSON record's keys but its time and level, as `key=value` pairs, when the
    record names no message (`named`, SQL for the message it names, is null): the keys of
    other records and other lines are not read, so that the lambdas cost nothing there
    (DuckDB runs them on every row of a `coalesce`)."""
    skip = ", ".join(f"'{_sql_str(k)}'" for k in _HEADER_KEYS)
    keys = f"json_keys(CASE WHEN s IS NOT NULL AND {named} IS NULL THEN {record} END)"
    value = "json_extract_string(" + record + ", '$.\"' || replace(k, '\"', '\\\"') || '\"')"
    pair = (
        f"k || '=' || CASE WHEN contains({value}, ' ') THEN '\"' || {value} || '\"' "
        f"ELSE {value} END"
    )
    return (
        f"NULLIF(array_to_string(list_transform(list_filter({keys}, "
        f"lambda k: k NOT IN ({skip})), lambda k: {pair}), ' '), '')"
    )


# the most pairs a logfmt record may write for those beside its message to be shown in it
LOGFMT_MESSAGE_PAIRS = 12


def _logfmt_pair(keys: tuple[str, ...], *, capture: bool) -> str:
    """A regex for a logfmt pair of one of `keys`; with `capture`, group 1 holds a quoted
    value (unquoted) and group 2 a bare one."""
    alt = "|".join(re.escape(k) for k in keys)
    g = "" if capture else "?:"
    return f'(?:^(?:<\\d{{1,3}}>)?|\\s)(?:{alt})=(?:"({g}(?:[^"\\\\]|\\\\.)*)"|({g}\\S*))'


def _logfmt_rest(line: str, without: tuple[str, ...] = ()) -> str:
    """SQL for a logfmt line without its time and level pairs (nor those of the keys
    `without`). Another pair's quoted value is matched whole and put back (`\\1`), so that a
    key inside it stays (Prometheus' `build_context="(go=go1.22.3, ..., date=..., ...)"`)."""
    pair = _logfmt_pair((*JSON_TIME, *JSON_LEVEL, *LOGFMT_PRIORITY, *without), capture=False)
    quoted = r'((?:^|\s)[\w.@-]+="(?:[^"\\]|\\.)*")'
    pattern = _sql_str(pair + "|" + quoted)
    return f"NULLIF(trim(regexp_replace({line}, '{pattern}', '\\1', 'g')), '')"


def _logfmt_key(keys: tuple[str, ...]) -> str:
    pat = _logfmt_pair(keys, capture=True)
    return (
        f"NULLIF(coalesce(NULLIF(regexp_extract(p, '{pat}', 1), ''), "
        f"regexp_extract(p, '{pat}', 2)), '')"
    )


# the keys naming a logfmt record's source, but its caller's place, read only where none is
_NAMING = tuple(k for k in JSON_SOURCE if k != "caller")
# firewalls name the level `priority=` (Sophos: a word) or `pri=` (SonicWall: a syslog
# severity, 0 to 7; FortiMail: a word); a level key, when there is one, comes first
LOGFMT_PRIORITY = ("priority", "pri")
_WITHOUT_PRI = f"regexp_replace(p, '^{LOGFMT_OPENING}', '')"  # (the opening has no quote)


# FortiGate and FortiAnalyzer write the date and the time of day as two keys
_DATE_TIME = r"(?:^(?:<\d{1,3}>)?|\s)date=(\d{4}-\d{2}-\d{2}) time=(\d{2}:\d{2}:\d{2})"
_FORTI_TEXT = f"regexp_extract(p, '{_DATE_TIME}', 1) || ' ' || regexp_extract(p, '{_DATE_TIME}', 2)"
# ... in the zone its `tz="-0500"` names (FortiOS 6.2 on; Sophos XG's `timezone="+08"`), else
# in the timezone setting
_FORTI_ZONE = (
    "NULLIF(regexp_replace(regexp_extract(p, "
    "'\\s(?:tz|timezone)=\"?([+-]\\d{2}(?::?\\d{2})?|UTC|GMT)(?:[\\s\"]|$)', 1), "
    "'^(?:UTC|GMT)$', '+00'), '')"
)
FORTIGATE_TIME = (
    f"CASE WHEN contains(p, 'date=') THEN coalesce(CASE WHEN contains(p, 'tz=') "
    "OR contains(p, 'timezone=') THEN "
    f"timezone('UTC', TRY_CAST({_FORTI_TEXT} || {_FORTI_ZONE} AS TIMESTAMPTZ)) END, "
    f"local_utc(TRY_CAST({_FORTI_TEXT} AS TIMESTAMP))) END"
)

# ... and a naive ISO time key in the zone such a key names (Stormshield's `time="2026-03-02
# 11:05:33" ... tz=+0100`)
_ZONED_TIME = (
    "CASE WHEN (contains(p, 'tz=') OR contains(p, 'timezone=')) AND regexp_full_match(s.time, "
    "'\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?') THEN timezone('UTC', "
    f"TRY_CAST(replace(s.time, ',', '.') || {_FORTI_ZONE} AS TIMESTAMPTZ)) END"
)


def _any_time(v: str) -> str:
    """SQL reading a time written as epoch seconds (or milli-, micro-, nanoseconds), ISO 8601,
    as an access log writes it (`15/Jan/2024:09:12:33 +0000`, nginx's `$time_local`), as
    C's ctime (`Wed Jul  3 05:17:22 2019`, Zscaler's), or as DD-MM-YYYY HH:MM:SS (CrowdSec's;
    both in the timezone setting)."""
    return (
        f"CASE WHEN regexp_full_match({v}, '\\d+(\\.\\d+)?') THEN {epoch_sql(v)} "
        f"WHEN regexp_matches({v}, '^\\d{{2}}/[A-Z][a-z]{{2}}/') "
        f"THEN timezone('UTC', try_strptime({v}, '%d/%b/%Y:%H:%M:%S %z')) "
        f"WHEN regexp_matches({v}, '^[A-Z][a-z]{{2}} [A-Z][a-z]{{2}} +\\d') "
        f"THEN local_utc(try_strptime({v}, '%a %b %d %H:%M:%S %Y')) "
        # (CrowdSec's Go layout `02-01-2006 15:04:05`: the day first)
        f"WHEN regexp_matches({v}, '^\\d{{2}}-\\d{{2}}-\\d{{4}} ') "
        f"THEN local_utc(try_strptime({v}, '%d-%m-%Y %H:%M:%S')) "
        f"ELSE {iso_sql(v)} END"
    )


def regex_names(pattern: str) -> list[str]:
    """The named groups of a pattern, in group order."""
    index = re.compile(pattern).groupindex
    return sorted(index, key=lambda n: index[n])


def names_level(fmt: LogFormat) -> bool:
    """Whether every line the format's header fits names its level there: the level is the
    `level` group, in no optional part or branch of the pattern and never empty. Such a
    format's lines need no level looked for in their message (`EMBEDDED_LEVEL`), an expression
    costing each parse query some milliseconds to set up."""
    if fmt.kind != "regex" or fmt.level_sql != "s.level":
        return False
    parsed = _SRE_PARSER.parse(fmt.pattern)
    group = parsed.state.groupdict.get("level")
    return group is not None and _required(parsed, group)


# the standard library's regex parser, the one way to read a pattern's structure (its old
# public name, `sre_parse`, is deprecated)
_SRE_PARSER: Any = importlib.import_module("re._parser")
_SRE: Any = importlib.import_module("re._constants")


def _required(pattern: Any, group: int) -> bool:
    """Whether the group is in every match of the (parsed) pattern, matching a character or
    more (a group in a branch counts as optional)."""
    for op, arg in pattern:
        if op is _SRE.SUBPATTERN:
            number, _, _, inner = arg
            if number == group:
                return bool(inner.getwidth()[0] >= 1)
            if _required(inner, group):
                return True
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT):
            low, _, inner = arg
            if low >= 1 and _required(inner, group):
                return True
        elif op is _SRE.ATOMIC_GROUP and _required(arg, group):
            return True
    return False


def _only_groups(pattern: str, used: set[str]) -> str:
    """The pattern with the named groups not in `used` made non-capturing.

    RE2 extracts up to four groups (plus the whole match) with its fast one-pass matcher;
    more groups fall back to a matcher several times slower.
    """
    return _GROUP.sub(lambda m: m.group(0) if m.group(1) in used else "(?:", pattern)


@cache
def _never_empty(body: str) -> bool:
    """Whether a format's header (its pattern, `MSG_TAIL` ending it) matches no empty line."""
    return re.match("(?:" + body.removesuffix(MSG_TAIL) + ")$", "") is None


class _Columns(NamedTuple):
    """A format's SQL expressions over its line `p` and the struct of its fields `s`;
    `hoisted`: columns computed once over them (`expr AS name`) that the others name."""

    struct: str
    ok: str
    ts: str
    level: str
    source: str
    msg: str
    hoisted: str = ""


# the columns of a JSON record's time as written and of the message it names
# (`_Columns.hoisted`)
_STAMP, _NAMED = "jts", "jmsg"


def _columns(fmt: LogFormat, keys: frozenset[str] | None = None, *, lead: bool = False) -> _Columns:
    """SQL expressions for a format (for JSON records, reading only the values under `keys`,
    when given: see `_json_columns`)."""
    if fmt.kind == "regex":
        body, rest = fmt.pattern.removeprefix("^"), "s.msg"
        if body.endswith(MSG_TAIL) and (fmt.msg_sql == "s.msg" or _never_empty(body)):
            # Capturing only the header is several times faster than capturing `.*` too: the
            # message is the rest of the line, wherever an expression reads it (a message of
            # its own making is read with the header unless the header is never empty: a match
            # of nothing would be a line the format does not fit, `ok`)
            body, rest = body.removesuffix(MSG_TAIL), _REST
        # (`s.msg` in the other expressions is the format's message)
        msg = fmt.msg_sql.replace("s.msg", rest)
        ts, level, source = (
            sql.replace("s.msg", msg) for sql in (fmt.ts_sql, fmt.level_sql, fmt.source_sql)
        )
        extra = [fmt.attrs_sql, fmt.dated_ts_sql.replace("s.msg", msg), fmt.clock_sql]
        used = set(_FIELD.findall(" ".join([ts, level, source, msg, *extra]))) | (
            {"lead"} if lead else set()
        )
        pattern = f"^(?P<_all>{_only_groups(body, used)})"
        names = ", ".join(f"'{n}'" for n in regex_names(pattern))
        struct = f"regexp_extract(p, '{_sql_str(pattern)}', [{names}])"
        return _Columns(struct, "s._all <> ''", ts, level, source, msg)
    if fmt.kind == "json":
        # also MongoDB's {"t":{"$date":..},"s":"I","c":"NETWORK"} and Elastic's (ECS) dotted
        # keys "log.level" and "log.logger", after the usual names
        ts = _coalesce(
            # (before `timestamp`, which is then an object)
            [_j('$."t"."$date"'), _SECONDS_NANOS]
            + [_json_key(k) for k in JSON_TIME]
            + [_INSTANT, _j("$.transaction.time")]  # ModSecurity's JSON audit log
            # Auth0's log streams wrap the event in `data`; a Windows event turned into
            # JSON keeps its XML's nesting
            + [_j("$.data.date"), _j("$.Event.System.TimeCreated.SystemTime")]
        )
        # (an audit event's level is the one its outcome implies; written once: each mention
        # costs every query its binding)
        other = f"CASE WHEN NOT coalesce({_K8S_AUDIT}, false) THEN "
        level = _coalesce(
            [
                other
                + _coalesce(
                    [NUMBERED_LEVEL]
                    + [_json_key(k) for k in (*JSON_LEVEL, "log.level")]
                    + [_j("$.log.level"), _json_key("s"), JOURNAL_PRIORITY, TAG_LEVEL]
                    + [MESSAGE_LEVEL]
                )
                + " END",
                IMPLIED_LEVEL,
                f"{other}{_EVE_LEVEL} END",
            ]
        )
        # (`-` names none: API Gateway's `"caller":"-"`)
        source = (
            "NULLIF("
            + _coalesce(
                [f"CASE WHEN {_K8S_AUDIT} THEN {_j('$.user.username')} END"]
                # (Elastic's ECS nests its `service` as an object: its name, after the other keys;
                # Authelia's `caller` is an object of its file, line and function: none)
                + [
                    _not_object(_json_key(k)) if k == "caller" else _json_key(k)
                    for k in JSON_SOURCE
                    if k != "service"
                ]
                + [_not_object(_json_key("service"))]
                + [_json_key(k) for k in ("log.logger", "c", "service.name")]
                + [_j("$.log.logger"), _j("$.service.name")]
                # a container's line a Kubernetes collector wrapped: Fluent Bit's and Fluentd's
                # `kubernetes.container_name`, Elastic's `kubernetes.container.name`
                + [_j("$.kubernetes.container_name"), _j("$.kubernetes.container.name")]
                # a Windows event turned into JSON: its provider; a network sensor's record
                # (Suricata's EVE, honeypots): the address the traffic came from
                + [_j("$.Event.System.Provider.Name"), _json_key("src_ip")]
            )
            + ", '-')"
        )
        audit = (
            f"CASE WHEN {_K8S_AUDIT} THEN concat_ws(' ', {_j('$.verb')}, {_j('$.requestURI')}, "
            f"{_j('$.responseStatus.code')}) END"
        )
        # Rust's tracing-subscriber puts the message among the event's fields, Logstash's JSON
        # logs in their logEvent
        nested = [_j("$.fields.message"), _j("$.logEvent.message"), _EVE_SIGNATURE]
        # (an empty message names none: Traefik's access log writes `"msg":""`)
        named = _coalesce([audit] + [f"NULLIF({_json_key(k)}, '')" for k in JSON_MSG] + nested)
        struct, ok, stamp, level, source, named = _json_columns(ts, level, source, named, keys=keys)
        # the time's and the message's values read once, as columns: `_any_time` names the
        # time a dozen times, and binding a 40-key coalesce a dozen times cost each query
        # 100 ms to set up
        msg = _coalesce([_NAMED, _json_rest("p", _NAMED), "p"])
        hoisted = f"{stamp} AS {_STAMP}, {named} AS {_NAMED}"
        return _Columns(struct, ok, _any_time(_STAMP), level, source, msg, hoisted)
    if fmt.kind == "logfmt":
        # each key's value read once (`s`), not once for each time an expression names it
        # (reading a time tries four layouts: the time key's regexes ran 31 times a line)
        struct = (
            f"struct_pack(time := {_logfmt_key(JSON_TIME)}, level := {_logfmt_key(JSON_LEVEL)}, "
            f"pri := {_logfmt_key(LOGFMT_PRIORITY)}, msg := {_logfmt_key(JSON_MSG)}, "
            f"source := coalesce({_logfmt_key(_NAMING)}, {_logfmt_key(('caller',))}))"
        )
        ts = f"coalesce({FORTIGATE_TIME}, {_ZONED_TIME}, {_any_time('s.time')})"
        ok = (
            f"regexp_matches(p, '^{LOGFMT_OPENING}[\\w.@-]+=') "
            "AND regexp_matches(p, '\\s[\\w.@-]+=')"
        )
        # the message, its quotes unescaped, then the other pairs (an error's `err="..."`,
        # `duration=9.774ms`) but the caller's place and the source's, read as a header's; a
        # record of many pairs (a firewall's, dozens) is its fields, kept in the header
        # (the pair naming the source, the first such, leaves the message; a later one, another
        # key's, stays: Prometheus' `caller=web.go:448 component=web`, Loki's `module=`)
        naming = _sql_str(_logfmt_pair(_NAMING, capture=False))
        named = f"regexp_replace({_WITHOUT_PRI}, '{naming}', '')"
        rest = _logfmt_rest(named, ("msg", "message", "caller"))
        few = f"CASE WHEN strlen(p) - strlen(replace(p, '=', '')) <= {LOGFMT_MESSAGE_PAIRS} "
        msg = (
            "coalesce(CASE WHEN s.msg IS NOT NULL THEN concat_ws(' ', "
            "replace(replace(s.msg, '\\\"', '\"'), '\\\\', '\\'), "
            # (a record naming no message is its pairs but its header's: Prometheus' `caller=
            # main.go:540 level=info build_context="(go=go1.18.3, ...)"`)
            f"{few}THEN {rest} END) END, {_logfmt_rest(named, ('caller',))}, p)"
        )
        level = f"coalesce(s.level, {severity_sql('s.pri')}, s.pri)"
        return _Columns(struct, ok, ts, level, "s.source", msg)
    # unstructured text: a line continuing the one above by the rule for every format (a stack
    # trace, a Python traceback, an indented line) is no event of its own (see `finish_sql`),
    # and a line opening with a level in capitals (pip's `ERROR: `, a script's `[WARN] `) has
    # it, as has one writing it in capitals after a few fields (`00:00:01.250 db WARN slow`)
    return _Columns(
        "p",
        f"NOT (p = '' OR regexp_matches(p, '{CONTINUATION_STACK}'))",
        "NULL",
        f"coalesce({RAW_LEVEL}, {UNPARSED_LEVEL})",
        "NULL",
        "p",
    )


# a level opening a line of text of no known format, perhaps after the program and place
# writing it (`psql:setup.sql:1: ERROR:  ...`, a compiler's `main.c:12:5: error: ...`): in
# capitals, or in lower case (or capitalised) with its colon
_RAW_LEVEL = (
    r"^(?:[\w./-]+(?::[\w./-]*)*: )?(?:\[?(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|"
    r"CRITICAL)\]?:?(?:\s|$)|(error|warning|fatal|Error|Warning|Fatal)(?: error)?:\s)"
)
RAW_LEVEL = (
    f"NULLIF(regexp_extract(p, '{_RAW_LEVEL}', 1) || regexp_extract(p, '{_RAW_LEVEL}', 2), '')"
)


def _json_columns(
    *exprs: str, keys: frozenset[str] | None = None
) -> tuple[str, str, str, str, str, str]:
    """`_columns` for JSON records: every value the expressions name is read into a list by
    one `json_extract_string` over the record (`s`), and each expression takes its own.

    `keys`: the top-level keys the records hold (`json_keys_sql`); a value under another key is
    null without being looked for. Each path costs every record a lookup, and the expressions
    name a hundred (every convention's time, level, message and source keys), where a log's
    records hold a handful."""
    named = list(dict.fromkeys(m for e in exprs for m in _JSON_PATH.findall(e)))
    paths = [p for p in named if keys is None or _top_key(p) in keys] or ["$"]
    index = {path: i + 1 for i, path in enumerate(paths)}
    listed = ", ".join(f"'{_sql_str(path)}'" for path in paths)
    struct = (
        f"CASE WHEN left(p, 1) = '{{' AND json_valid(p) THEN json_extract_string(p, [{listed}]) END"
    )

    def value(m: re.Match[str]) -> str:
        at = index.get(m.group(1))
        return f"s[{at}]" if at else "CAST(NULL AS VARCHAR)"

    ts, level, source, msg = (_JSON_PATH.sub(value, e) for e in exprs)
    return struct, "s IS NOT NULL", ts, level, source, msg


def _top_key(path: str) -> str:
    """The record's key a JSONPath starts at: `$."log.level"` -> `log.level`,
    `$.kubernetes.container_name` -> `kubernetes`, `$.tags[0]` -> `tags`."""
    rest = path.removeprefix("$.")
    if rest.startswith('"'):
        return rest[1 : rest.index('"', 1)]
    return re.split(r"[.\[]", rest, maxsplit=1)[0]


def json_keys_sql(table: str) -> str:
    """SQL for the top-level keys the JSON records among the lines of `table` (a `(line, t)`
    table) hold, as one list: what `_json_columns` reads of them."""
    return (
        f"SELECT list_distinct(flatten(list(json_keys(p)))) FROM {lines_sql(table)} "
        "WHERE left(p, 1) = '{' AND json_valid(p)"
    )


def header(fmt: LogFormat) -> str:
    """The regex a line of a regex or logfmt format fits: a regex format's pattern without the
    message it ends with (a line has no line break: `^header(?P<msg>.*)$` matches where
    `^header` does, and testing the header alone does not scan the rest of the line), a logfmt
    line."""
    return LOGFMT_LINE if fmt.kind == "logfmt" else fmt.pattern.removesuffix(MSG_TAIL)


def fits_sql(fmt: LogFormat, line: str) -> str:
    """A SQL test telling whether a line (an expression) fits the format's header."""
    if fmt.kind == "json":
        return f"(left({line}, 1) = '{{' AND coalesce(json_valid({line}), false))"
    if fmt.kind == "raw":
        return "true"
    return f"regexp_matches({line}, '{_sql_str(header(fmt))}')"


def plain_sql(line: str) -> str:
    """SQL for a line without its ANSI colour and style sequences (what a terminal logger
    writes into `docker logs`) and without NUL bytes (a crash's unwritten blocks before the
    text written after the restart), copied only when the line holds such a character."""
    line = f"CASE WHEN contains({line}, chr(0)) THEN replace({line}, chr(0), '') ELSE {line} END"
    return (
        f"CASE WHEN contains({line}, chr(27)) THEN "
        f"regexp_replace({line}, '{ANSI_ESCAPE}', '', 'g') ELSE {line} END"
    )


def _sql_str(text: str) -> str:
    return text.replace("'", "''")


NAMED_LEVELS = ("INFO", "ERROR", "WARN", "DEBUG", "TRACE", "FATAL", "NOTICE", "CRITICAL")
# the other ways levels are written, as the store names them
LEVEL_NAMES = {
    "WARNING": "WARN",
    "W": "WARN",
    "ERR": "ERROR",
    # numbers: pino/bunyan (10 trace ... 60 fatal); D1-D5: MongoDB's debug levels
    "10": "TRACE",
    "20": "DEBUG",
    "30": "INFO",
    "40": "WARN",
    "50": "ERROR",
    "60": "FATAL",
    "D1": "DEBUG",
    "D2": "DEBUG",
    "D3": "DEBUG",
    "D4": "DEBUG",
    "D5": "DEBUG",
    # PostgreSQL's DEBUG1-5, Apache's trace1-8 (`[rewrite:trace3]`)
    **{f"DEBUG{n}": "DEBUG" for n in range(1, 6)},
    **{f"TRACE{n}": "TRACE" for n in range(1, 9)},
    "E": "ERROR",
    "I": "INFO",
    "D": "DEBUG",
    "V": "TRACE",
    "F": "FATAL",
    "A": "FATAL",
    "CRIT": "CRITICAL",
    "SEVERE": "ERROR",
    "EMERGENCY": "FATAL",
    "EMERG": "FATAL",
    # syslog's alert; Windows' and others' spelled-out information
    "ALERT": "FATAL",
    "INFORMATION": "INFO",
    "NOTIFICATION": "NOTICE",  # ScreenOS
    "INFORMATIONAL": "INFO",
    # Go services' three-letter levels (NATS)
    "INF": "INFO",
    "WRN": "WARN",
    "PNC": "FATAL",  # zerolog's console writer's panic
    "DBG": "DEBUG",
    "TRC": "TRACE",
    "FTL": "FATAL",
    "VRB": "TRACE",
    # logrus' first four letters (its text formatter, Weave Net's prefixes)
    "TRAC": "TRACE",
    "DEBU": "DEBUG",
    "ERRO": "ERROR",
    "EROR": "ERROR",  # log15's (Grafana's `lvl=eror`)
    # Telegraf's letter and bang
    "D!": "DEBUG",
    "I!": "INFO",
    "W!": "WARN",
    "E!": "ERROR",
    "FATA": "FATAL",
    "PANI": "FATAL",
    "PANIC": "FATAL",  # zerolog's and logrus' panic, syslog's old name for emerg
    "DPANIC": "CRITICAL",  # zap's development panic: an error in production
    # java.util.logging's fine levels, .NET's four letters
    "FINE": "DEBUG",
    "FINER": "TRACE",
    "FINEST": "TRACE",
    "CONFIG": "INFO",
    "TRCE": "TRACE",
    "DBUG": "DEBUG",
    "FAIL": "ERROR",
    # build tools' words (`unparsed_level`): sbt's `[success]`, Gradle's LIFECYCLE and QUIET
    # (written at its default verbosity), npm's `npm ERR!`, `npm http`, `npm timing`
    "SUCCESS": "INFO",
    "LIFECYCLE": "INFO",
    "QUIET": "INFO",
    "ERR!": "ERROR",
    "HTTP": "DEBUG",
    "TIMING": "DEBUG",
    # dnf's finer debug levels
    "DDEBUG": "DEBUG",
    "SUBDEBUG": "DEBUG",
    # PostgreSQL's LOG, MySQL's and MariaDB's [Note] and [System] (written whatever the
    # verbosity: startup, shutdown)
    "LOG": "INFO",
    "NOTE": "INFO",
    "SYSTEM": "NOTICE",
    # npm's and winston's finer levels
    "VERBOSE": "DEBUG",
    "SILLY": "TRACE",
    # a security finding's severity (Tenable, Proofpoint, CrowdStrike: `"severity":"medium"`),
    # as CEF's words read
    "LOW": "INFO",
    "MEDIUM": "WARN",
    "MODERATE": "WARN",
    "HIGH": "ERROR",
    **PG_LOCALIZED_LEVELS,
}


def _level(u: str) -> str:
    """SQL normalising an upper-cased, trimmed level column `u` (a column: it is read twice).

    The levels already named as the store names them are let through first (most lines have
    one); the others are looked up in LEVEL_NAMES, and an unknown level is kept as written.
    A lookup in a list costs DuckDB a fraction of what a CASE of as many branches costs to set
    up for every query (~0.1 ms a branch), and no more a line."""
    keys, names = sql_list(LEVEL_NAMES), sql_list(LEVEL_NAMES.values())
    return (
        f"CASE WHEN {u} IN ({', '.join(repr(v) for v in NAMED_LEVELS)}) THEN {u} "
        f"ELSE coalesce({names}[list_position({keys}, {u})], NULLIF({u}, '')) END"
    )


def _timestamp(fmt: LogFormat, ts: str, year: int, dated: str) -> str:
    stamp = _dated_timestamp(fmt, ts, year, dated)
    if fmt.clock_sql:  # else the time of day alone, on `CLOCK_DAY` (`clocks.py`)
        clock = clock_sql(fmt.clock_sql)
        return clock if stamp == _NO_TIME else f"coalesce({stamp}, {clock})"
    return stamp


_NO_TIME = "CAST(NULL AS TIMESTAMP)"


def _dated_timestamp(fmt: LogFormat, ts: str, year: int, dated: str) -> str:
    if fmt.ts_kind == "none" or ts == "NULL":
        return _NO_TIME
    if fmt.year_missing:
        # read in the ingest year; the log's order then decides its years (`years.py`, `ym`)
        ts = f"({ts} + to_years({year - 1900}))"
    if fmt.ts_kind == "local":
        ts = f"local_utc({ts})"
    if dated:  # a stamp with its year in the line, where there is one
        ts = f"coalesce({dated}, {ts})"
    # a value no time can be (a journal cursor's `t=ffffffffffffffff`, a TAI64N label past any
    # time) is none: its line is kept untimed instead of the error failing the whole ingest
    # (DuckDB allows neither a window nor a subquery inside `try`: a time read from the lines
    # around or looked up in a table is left as is)
    if _NOT_IN_TRY.search(ts):
        return f"CAST({ts} AS TIMESTAMP)"
    return f"try(CAST({ts} AS TIMESTAMP))"


_NOT_IN_TRY = re.compile(r"\bOVER\s*\(|\bSELECT\b")


def _yearless(fmt: LogFormat, dated: str) -> str:
    """SQL telling whether a row's stamp was read without its year."""
    if not fmt.year_missing or fmt.ts_kind == "none":
        return "false"
    return f"(ok AND ({dated}) IS NULL)" if dated else "ok"


def local_macro(tz: str) -> str:
    """SQL defining `local_utc(ts)`: a naive local timestamp in `tz` (a zone's name, or a fixed
    offset: `zones.is_offset`) as naive UTC."""
    if tz == "UTC":
        return "CREATE OR REPLACE MACRO local_utc(x) AS x"
    if is_offset(tz):
        return f"CREATE OR REPLACE MACRO local_utc(x) AS x - to_minutes({offset_minutes(tz)})"
    return f"CREATE OR REPLACE MACRO local_utc(x) AS timezone('UTC', timezone('{tz}', x))"


def _stamped_level(group: str) -> str:
    """A regex for a stamp, a few key=value fields, then a level (`... pid=1 tid=x2 WARN: `),
    or fields parted by dashes, as Python's logging writes them (Synapse's `... - synapse.http.
    server - 108 - ERROR - `), or in brackets (gunicorn's `[2024-07-05 09:13:44 +0200] [3129704]
    [CRITICAL] `, Kibana's `[2023-08-25T20:08:29.214+00:00][INFO ][node] `), or after the time
    of day alone, Serilog's three letters too (Jellyfin's `[16:24:28] [ERR] [58] `), the level's
    group opening with `group` (`(` to capture it, `(?:` to test)."""
    return (
        "^\\[?(?:\\d{4}[-/]\\d{2}[-/]\\d{2}[T ][\\d:.,]+|\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?)"
        "(?: ?(?:Z|[+-]\\d{2}:?\\d{2}))?(?:\\] ?|\\s+)"
        # (Jenkins' thread and tabs: `2023-05-16 08:53:45.172+0000 [id=1]\tINFO\t`)
        "(?:(?:- )?(?:[\\w.-]+(?:=\\S+)?|\\[(?:id=)?\\d+\\])\\s+){0,6}(?:- )?\\[?"
        + group
        + LEVELS
        + "|"
        + SHORT_LEVELS
        + ") *\\]?:?[ \\[]"
    )


# the word a message opens with, in any case (Postfix's and sshd's `warning: `, VirtualBox's
# `WARNING: ` behind syslog, Node's `Error: `)
_OPENING_WORDS = {
    # (NetworkManager's `<warn>  [1405675903.12] ...`, `<info>`; OpenSSH's `debug1: `)
    # (NLog's `[Warn] ` of Sonarr and Radarr behind syslog)
    # (the balena supervisor's padded `[warn]    `, `[success] `, its other levels)
    # (npm's, after a stamp: a CI's build log, `2025-02-26T15:32:23.689Z npm ERR! code ERESOLVE`)
    # (Janus' `[WARN] ` and `[ERR] ` after its ctime stamp, as `dmesg -T` writes one)
    "WARN": (
        "warning: ",
        "WARNING: ",
        "Warning: ",
        "<warn> ",
        "[Warn] ",
        "[warn] ",
        "[WARN] ",
        "PHP Warning: ",
        "npm WARN ",
    ),
    "ERROR": (
        "error: ",
        "ERROR: ",
        "Error: ",
        "BUG: ",  # (the kernel's report: `BUG: KASAN: slab-out-of-bounds in ...`)
        "<error> ",
        "[Error] ",
        "[error] ",
        "[ERR] ",
        "[ERROR] ",
        "PHP Parse error: ",
        "npm ERR! ",
    ),
    # (PHP's CLI on stderr, no stamp: `PHP Fatal error:  Uncaught Error: ...`)
    "FATAL": (
        "fatal: ",
        "FATAL: ",
        "Fatal: ",
        "panic: ",
        "PANIC: ",
        "[Fatal] ",
        "PHP Fatal error: ",
    ),
    # (NSD's `info: `; Kamailio's `INFO: `, `NOTICE: `, `DEBUG: ` as its `ERROR: `)
    # (Puppet's agent on its console: `Info: `, `Notice: `, `Debug: `)
    "INFO": ("<info> ", "[Info] ", "info: ", "INFO: ", "Info: ", "[info] ", "[success] "),
    # (Pacemaker's daemons pad theirs to a column: `crmd[1232]:   notice: te_fence_node: `)
    "NOTICE": ("NOTICE: ", "Notice: ", "PHP Notice: ", "notice: "),
    "CRITICAL": ("CRITICAL: ", "crit: "),
    "DEBUG": (
        "<debug> ",
        "<trace> ",
        "debug1: ",
        "debug2: ",
        "debug3: ",
        "[Debug] ",
        "[Trace] ",
        "[debug] ",
        "DEBUG: ",
        "Debug: ",
        "debug: ",  # (Authelia 3's `authelia: debug: `, as its `info: `)
    ),
}
_OPENING_PAIRS = [(word, level) for level, words in _OPENING_WORDS.items() for word in words]
_OPENING_RE = "|".join(word.replace("[", "\\[").replace("]", "\\]") for word, _ in _OPENING_PAIRS)
# one anchored regex for the word and a list lookup for its level: a CASE of `starts_with` tests
# reads every message thirty times (a third of the level's cost on syslog lines)
OPENING_LEVEL = (
    f"{sql_list(level for _, level in _OPENING_PAIRS)}[list_position("
    f"{sql_list(word for word, _ in _OPENING_PAIRS)}, regexp_extract(msg, '^ *((?:"
    + _OPENING_RE
    + "))', 1))]"
)
# Dovecot's level after its process's name, behind syslog (read in EMBEDDED_LEVEL)
# (a session's process names its user, pid and session: `imap(user@example.com)<142><oUkChFiy>: `)
_DOVECOT_LEVEL = (
    r"[\w-]+(?:\([^()\s]*\))?(?:<\d+>)?(?:<[\w+/=-]+>)?: (Info|Warning|Error|Fatal|Panic|Debug): "
)
# what each way of EMBEDDED_LEVEL needs in the line (`p`) or at its message's start: most
# lines have none, and two passes of RE2's DFA rule them out instead of a dozen tests reading
# the line each (a third of the parse of syslog lines)
_EMBEDDED_LINE = (
    " fail2ban\\.|"
    ': [IWEF]\\d{4} \\d{2}:|level=| lvl=| %|\\]system-| -- |\\[ID |\\|LOG_| \\*\\*: |: \\{"'
    "|: <\\w+> +\\[\\d|\\[\\d{2}-\\d{2}\\|\\d{2}:"
    "|: [A-Z][a-z]{2} [ \\d]\\d [\\d:]{8}\\.\\d{3} [A-Z]{4} |\\d{4}\\] - [A-Z]+ - "
    "|: \\[\\d{4}/\\d{2}/\\d{2} [\\d:.]+, +\\d"
)
_PYTHON_DEFAULT = r"(DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.-]+:"
_ENVOY_LEVEL = r"\[\d{4}-\d{2}-\d{2} [\d:.]+\]\[\d+\]\[(trace|debug|info|warning|error|critical)\]"
# Go's log with `Lshortfile` behind the journal (snapd's `tool_linux.go:237: DEBUG: `)
_GO_CALLER_LEVEL = r"[\w.-]+\.go:\d+: (DEBUG|INFO|NOTICE|WARNING|WARN|ERROR|FATAL|PANIC): "
# Node's process warnings on stderr (`(node:1) [DEP0005] DeprecationWarning: Buffer() is ...`,
# `(node:8) UnhandledPromiseRejectionWarning: `, `(node:42) Warning: `)
NODE_WARNING = r"\(node:\d+\) (?:\[\w+\] )?\w*Warning: "
_EMBEDDED_OPENING = (
    f"^(?: *(?:{_OPENING_RE})|{_PYTHON_DEFAULT}|\\[|[A-Z]{{4,5}} [a-z_]\\w*::"
    f"|\\d{{1,2}}:\\d{{2}}[AP]M |{_DOVECOT_LEVEL}"
    f"|{_GO_CALLER_LEVEL}|{NODE_WARNING}|\\d{{4}}[-/]|\\{{)|:  "
)
# a level written inside the message when the format has none: klog's `E0501 10:05:33` after
# a syslog header, logfmt's `level=info` (containerd, Go services behind syslog), the
# severity in a Cisco device's message code (`%LINK-3-UPDOWN: `) in a syslog server's file, or
# the word the message opens with (`OPENING_LEVEL`)
EMBEDDED_LEVEL = (
    f"CASE WHEN regexp_matches(p, '{_EMBEDDED_LINE}') "
    f"OR regexp_matches(msg, '{_EMBEDDED_OPENING}') "
    "THEN NULLIF(coalesce(NULLIF(regexp_extract(p, ': ([IWEF])\\d{4} \\d{2}:', 1), ''), "
    # go-ethereum's (`geth[9184]: INFO [12-10|04:55:30.365] `, Erigon's `[EROR] [08-09|...] `)
    # and Lighthouse's (`lighthouse[2332257]: Sep 27 10:11:05.001 INFO `)
    "CASE WHEN contains(p, '|') THEN NULLIF(regexp_extract(p, ': \\[?(TRACE|DEBUG|INFO|WARN"
    "|ERROR|CRIT|TRCE|DBUG|EROR)\\]? ?\\[\\d{2}-\\d{2}\\|', 1), '') END, "
    f"NULLIF(regexp_extract(p, ': {LIGHTHOUSE_HEAD[1:]}', 1), ''), "
    # 389 Directory Server's (`ns-slapd[902]: [30/Sep/2020:21:25:11.054 -0400] - NOTICE - `)
    f"NULLIF(regexp_extract(p, ': {DS389_HEAD[1:]}', 1), ''), "
    # Rust's env_logger, its target a path (`stratisd[10829]: WARN libstratis::engine: `)
    "NULLIF(regexp_extract(msg, '^(TRACE|DEBUG|INFO|WARN|ERROR) [a-z_]\\w*(?:::\\w+)+: ', 1), ''), "
    # Samba's debug level, as its own format reads it (`samba[3410]: [2026/04/04 ...,  0] `)
    # (its digits read once: `let`)
    + let(
        f"regexp_extract(p, ': {SAMBA_HEAD}', 1)",
        "samba",
        f"CASE WHEN samba <> '' THEN {samba_level('samba')} END",
    )
    + ", "
    # fail2ban's behind syslog, before its message (`fail2ban.jail[1238]: INFO Jail ...`)
    "CASE WHEN contains(p, ' fail2ban.') THEN NULLIF(regexp_extract(p, "
    f"' fail2ban\\.[\\w.]* *(?:\\[\\d+\\])?: ({FAIL2BAN_LEVELS}) ', 1), '') END, "
    # NetworkManager's, before its clock (`<info>  [1737212459.5354] `: the message leaves both)
    "CASE WHEN contains(p, '> [') OR contains(p, '>  [') THEN NULLIF(regexp_extract(p, "
    f"': <({NM_LEVELS})> +\\[\\d+\\.\\d+\\] ', 1), '') END, "
    # `\b` keeps RE2 from skipping ahead to the literal: look for the literal first
    # (InfluxDB 1.x's `lvl=info`)
    "CASE WHEN contains(p, 'level=') OR contains(p, ' lvl=') "
    "THEN regexp_extract(p, '\\b(?:level|lvl)=\"?([A-Za-z]+)', 1) END, "
    "CASE WHEN contains(p, ' %') THEN "
    + severity_sql(f"NULLIF(regexp_extract(p, ' {CISCO_CODE}', 2), '')")
    + " END, "
    # a NetScreen's (ScreenOS) message code: `[Root]system-warning-00515: `
    "CASE WHEN contains(p, ']system-') THEN NULLIF(regexp_extract(p, "
    "'\\]system-(emergency|alert|critical|error|warning|notification|information|debug)-\\d+: ',"
    " 1), '') END, "
    # Ruby's Logger behind a router or platform (`app[web.1]: I, [2020-11-17T23:07:39.869410 #4]
    # INFO -- : ...`, Heroku's and dokku's streams)
    "CASE WHEN contains(p, ' -- ') THEN NULLIF(regexp_extract(msg, '^[DIWEFA], \\[[^\\]]+\\] +"
    "(DEBUG|INFO|WARN|ERROR|FATAL|ANY) -- ', 1), '') END, "
    # Solaris' and illumos' message id with its facility and level (`[ID 987709 kern.info]`)
    "CASE WHEN contains(p, '[ID ') THEN NULLIF(regexp_extract(p, '\\[ID \\d+ [a-z0-9]+\\."
    "(emerg|alert|crit|err|warning|notice|info|debug)\\]', 1), '') END, "
    # an AOS-CX switch's event (`Event|1201|LOG_CRIT|AMM|-|...`): syslog's own level names
    "CASE WHEN contains(p, '|LOG_') THEN NULLIF(regexp_extract(p, "
    "'\\|LOG_(EMERG|ALERT|CRIT|ERR|WARNING|WARN|NOTICE|INFO|DEBUG)\\|', 1), '') END, "
    # GLib's (`(gnome-shell:2113): Gjs-WARNING **: 09:12:33.112: JS ERROR: ...`)
    "CASE WHEN contains(p, ' **: ') THEN NULLIF(regexp_extract(p, "
    "'(?:^|[-\\s])(CRITICAL|WARNING|ERROR|DEBUG|INFO) \\*\\*: ', 1), '') END, "
    + OPENING_LEVEL
    + ", "
    # Apache's error line behind syslog (`httpd[1234]: [authz_core:error] [pid 1234] ...`)
    "upper(NULLIF(regexp_extract(msg, '^\\[[\\w.]*:(emerg|alert|crit|error|warn|notice|info"
    "|debug|trace\\d)\\] ', 1), '')), "
    # XenServer's and XCP-ng's xapi behind syslog (`xapi: [error||0 |Xapi.watchdog|backtrace] `)
    "upper(NULLIF(regexp_extract(msg, '^\\[ ?(debug|info|warn|error)\\|', 1), '')), "
    # Envoy's behind syslog (`envoy[24914]: [2018-11-25 22:51:34.616][24915][info][main] ...`)
    f"upper(NULLIF(regexp_extract(msg, '^{_ENVOY_LEVEL}', 1), '')), "
    # zerolog's console writer behind syslog (`12:49PM ERR Stopped accept routine ...`)
    "NULLIF(regexp_extract(msg, '^\\d{1,2}:\\d{2}[AP]M (TRC|DBG|INF|WRN|ERR|FTL|PNC) ', 1), ''), "
    # Python logging's default format (`basicConfig()`: `DEBUG:IPTORRENTS:Sonarr rejected ...`,
    # `WARNING:root:...`)
    f"NULLIF(regexp_extract(msg, '^{_PYTHON_DEFAULT}', 1), ''), "
    # Dovecot's, after its process's name (`pop3-login: Info: `, `auth-worker(63712): Error: `)
    f"upper(NULLIF(regexp_extract(msg, '^{_DOVECOT_LEVEL}', 1), '')), "
    f"NULLIF(regexp_extract(msg, '^{_GO_CALLER_LEVEL}', 1), ''), "
    f"CASE WHEN regexp_matches(msg, '^{NODE_WARNING}') THEN 'WARN' END, "
    # InfluxDB 1.x's letter before its stamp behind the journal (`[I] 2018-01-04T07:46:20Z `),
    # PipeWire's before its uptime (`[W][000000024.958623][module-rtkit.c:499 idle_func()] `)
    "CASE WHEN regexp_matches(msg, '^\\[[TDIWE]\\](?: \\d{4}-\\d{2}-\\d{2}T|\\[\\d+\\.\\d+\\])') "
    "THEN substr(msg, 2, 1) END, "
    # ... or what a program behind syslog writes first (Harbor's services, a database): a
    # stamp and a level in capitals (after a few key=value fields: Sidekiq's `pid=1 tid=x2`),
    # PostgreSQL's `LOG:  `, a JSON record's level (`"L":"INFO"`: zap's short keys)
    f"CASE WHEN regexp_matches(msg, '{_stamped_level('(?:')}') THEN "
    f"NULLIF(regexp_extract(msg, '{_stamped_level('(')}', 1), '') "
    "WHEN contains(msg, ':  ') THEN NULLIF(regexp_extract(msg, "
    # (after its log_line_prefix too, in its translations: `2020-08-09 13:09:20.927 MSK
    # [149270] СООБЩЕНИЕ:  ...`)
    "'^(?:\\S.{0,80}[ \\]:-])?(" + PG_SEVERITIES + ")[1-5]?:  ', 1), '') "
    # (a relayed JSON record's message is its `msg`: its level is read off the line)
    "WHEN starts_with(msg, '{') OR contains(p, ': {\"') THEN NULLIF(regexp_extract(p, "
    "'\"(?:level|L|severity)\" ?: ?\"([A-Za-z]+)\"', 1), '') END), '') END"
)


def _leading_level(levels: str, after: str, otherwise: str = "NULL") -> str:
    """SQL for one of `levels` written after at most three fields opening a line `p`, then
    `after` (a regex), else `otherwise`. Most lines write none: a test without a capture group
    (RE2's DFA) rules them out first, five times faster on text than the extraction alone."""
    pattern = "^" + FIELDS_BEFORE_LEVEL + r"\[?(LEVEL)\]?:?" + after
    return (
        f"CASE WHEN regexp_matches(p, '{pattern.replace('LEVEL', '?:' + levels)}') "
        f"THEN NULLIF(regexp_extract(p, '{pattern.replace('LEVEL', levels)}', 1), '') "
        f"ELSE {otherwise} END"
    )


# a level leading a payload (see `finish_sql`): a level word after at most three fields, or
# klog's letter before its date
PAYLOAD_LEVEL = _leading_level(
    ISO_LEVELS, r"\s", otherwise=r"NULLIF(regexp_extract(p, '^([IWEF])\d{4} \d{2}:', 1), '')"
)


# the ISO 8601 time a line no format fits opens with, bracketed or not, perhaps after a syslog
# priority (CoreDNS's `2023-05-23T10:00:00.123Z [INFO] ...` among its unstamped lines, pfSense's
# `<134>1 2023-05-23T10:00:00.123+00:00 ...` among its BSD lines): the line is a failure, but
# one placed in time
_UNPARSED_STAMP = (
    r"^(?:<\d{1,3}>(?:1 )?)?\[?"
    r"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)(?:[\]\s,|]|$)"
)
_UNPARSED_STAMP_TEXT = f"regexp_extract(p, '{_UNPARSED_STAMP}', 1)"
UNPARSED_TIME = (
    f"CASE WHEN regexp_matches(p, '{_UNPARSED_STAMP}') THEN {iso_sql(_UNPARSED_STAMP_TEXT)} END"
)


# a level in capitals that a line no format fits plainly writes after at most three fields
# (a timestamp, a thread), bracketed or not: `2024-03-01T10:00:20Z WARN disk slow` among JSON
# records, a stray `[ERROR] ...`; a Go program's `panic: ` or runtime's `fatal error: `
# the level words of build tools' output, at a line's start: sbt's `[info]`, `[warn]`,
# `[error]`, `[success]`; npm's `npm error`, `npm warn`, `npm verbose`..., `npm ERR!`, `npm WARN`;
# CMake's `CMake Error at ...`; BitBake's `NOTE: `; Spack's and Homebrew's `==> Error: `; and a
# compiler's diagnostic after its place (MSBuild's, TypeScript's `file.ts(3,1): error TS2307: `)
_BUILD_LEVEL = (
    r"^(?:\[(info|warn|error|success|debug)\] |npm (ERR!|WARN|error|warn|verbose|info|notice"
    r"|http|timing|silly) |CMake (Error|Warning)\b|(NOTE): |==> (Error|Warning): |\S+\(\d+,\d+\): "
    r"(error|warning) [A-Z]+\d+: )"
)
UNPARSED_LEVEL = _leading_level(
    LEVELS,
    # (not a heading's word: Redis' crash report's `------ STACK TRACE ------`)
    r"(?:\s+(?:[^\s-]|-[^-]|--[^-])|\s*$)",
    # (a Go panic; Rust's, `thread 'main' panicked at `, 1.91's `thread 'main' (32880) ...`)
    otherwise="CASE WHEN regexp_matches(p, "
    "'^(?:panic|fatal error): |thread ''[^'']*''(?: \\(\\d+\\))? panicked at ') THEN 'FATAL' "
    f"WHEN regexp_matches(p, '^{NODE_WARNING}') THEN 'WARN' "
    # (Django's own error on a server's stderr, between gunicorn's or uWSGI's lines)
    "WHEN starts_with(p, 'Internal Server Error: ') THEN 'ERROR' "
    # (a GitHub Actions or Azure Pipelines command among a build's lines: `##[error]Process
    # completed with exit code 1.`)
    "WHEN starts_with(p, '##[') THEN ['ERROR', 'WARN', 'NOTICE', 'DEBUG'][list_position("
    "['error', 'warning', 'notice', 'debug'], regexp_extract(p, '^##\\[(\\w+)\\]', 1))] "
    f"WHEN regexp_matches(p, '{_BUILD_LEVEL}') THEN upper("
    + " || ".join(f"regexp_extract(p, '{_BUILD_LEVEL}', {k})" for k in range(1, 7))
    + ") END",
)


def _header(fmt: LogFormat) -> str:
    """What a regex format's header held (thread, node, client address, request time), or a
    logfmt line whole: kept beside the message so that no field a question may ask about is
    lost (searched by `anywhere` terms and read by named fields)."""
    if fmt.attrs_sql:  # its values are the event's fields, kept there (a CSV row's columns)
        return "CAST(NULL AS VARCHAR)"
    if fmt.kind == "regex":
        return "CASE WHEN ok THEN s._all END"
    if fmt.kind == "logfmt":
        return "CASE WHEN ok THEN p END"
    return "CAST(NULL AS VARCHAR)"


def lines_sql(table: str) -> str:
    """SQL for the `(line, t, p)` rows of a `(line, t)` table: p is the line without its ANSI
    sequences, cut to the parse bound (what formats read)."""
    return f"""(SELECT line, t, {bounded_sql("u", PARSE_BOUND)} AS p
      FROM (SELECT line, t, {plain_sql("t")} AS u FROM {table}))"""


def fields_sql(
    fmt: LogFormat,
    *,
    year: int,
    table: str,
    bounded: bool = False,
    keys: frozenset[str] | None = None,
    keep_lead: bool = False,
) -> str:
    """SQL over `(line, t)` rows of `table` splitting each line with one format.

    Columns: line, t, p (the line cut to the parse bound), ok (the header fits), ts, ym (the
    stamp has no year: `years.py` decides it), lv (the level as written), source, msg (the
    whole line when the header does not fit), attrs, header. Every format gives the same
    columns, so several can be stacked (`UNION ALL`).
    `bounded`: the table's rows are `lines_sql`'s already (made once for several formats).
    `keys`: the top-level keys JSON records hold (`_json_columns`; None: any).
    `keep_lead`: the logger a format reads as a header field before the message (its `lead`
    group: `formats.LOGGER_LEAD`) stays in the message, as where an envelope names the line's
    source instead (a container's service): else the payload's logger would be lost."""
    lead = keep_lead and fmt.kind == "regex" and "(?P<lead>" in fmt.pattern
    struct, ok, ts, level, source, msg, hoisted = _columns(fmt, keys, lead=lead)
    dated = fmt.dated_ts_sql.replace("s.msg", msg)
    rows = table if bounded else lines_sql(table)
    inner = (
        f"SELECT line, t, p, s, coalesce({ok}, false) AS ok "
        f"FROM (SELECT line, t, p, {struct} AS s FROM {rows})"
    )
    if hoisted:
        inner = f"SELECT *, {hoisted} FROM ({inner})"
    attrs_sql = fmt.attrs_sql
    if fmt.kind == "regex" and sum(e.count(_REST) for e in (msg, ts, level, source, dated)) > 1:
        # the rest of the line after the header, cut once where a format's message reads it
        # again and again (a relayed program's header taken off it: `RELAYED_MESSAGE`)
        inner = f"SELECT *, CASE WHEN ok THEN {_REST} END AS fr FROM ({inner})"
        msg, ts, level, source, dated, attrs_sql = (
            e.replace(_REST, "fr") for e in (msg, ts, level, source, dated, attrs_sql)
        )
    named = re.compile(r"(?<![\w.])" + re.escape(msg) + r"(?![\w.])")
    others = (ts, level, source, dated, attrs_sql)
    if fmt.kind == "regex" and not _WINDOWED.search(msg + ts) and any(map(named.search, others)):
        # the message and the header's time computed once, as columns, where the other
        # expressions name them again and again (a relayed program's dated time compares the
        # header's with its own): binding each copy compiles its regexes anew, and running it
        # reads the line again (a column of its own costs a copy where one would do)
        ts, level, source, dated, attrs_sql = (named.sub("fm", sql) for sql in others)
        inner = f"SELECT *, CASE WHEN ok THEN {msg} END AS fm FROM ({inner})"
        msg = "fm"
        if ts != "NULL" and ts in dated:
            dated = dated.replace(ts, "fts")
            inner = f"SELECT *, CASE WHEN ok THEN try({ts}) END AS fts FROM ({inner})"
            ts = "fts"
    if dated and fmt.year_missing and fmt.ts_kind != "none" and not _NOT_IN_TRY.search(dated):
        # the stamp a year-less line dates itself by, which both its time and `ym` read: once
        # (syslog's, a relayed program's stamp compared with the header's, is hundreds of
        # expressions; `ym` ran it on every line, the header fit or not)
        inner = f"SELECT *, CASE WHEN ok THEN try({dated}) END AS fdt FROM ({inner})"
        dated = "fdt"
    attrs = (
        "CASE WHEN ok THEN p END"
        if fmt.kind == "json"
        else f"CASE WHEN ok THEN CAST({attrs_sql} AS VARCHAR) END"
        if attrs_sql
        else "CAST(NULL AS VARCHAR)"
    )
    header = (
        "CASE WHEN ok THEN left(s._all, length(s._all) - length(s.lead)) END"
        if lead
        else _header(fmt)
    )
    return f"""
    SELECT line, t, p, ok,
      CASE WHEN ok THEN {_timestamp(fmt, ts, year, dated)} END AS ts,
      {_yearless(fmt, dated)} AS ym,
      CASE WHEN ok THEN NULLIF(CAST({level} AS VARCHAR), '') END AS lv,
      CASE WHEN ok THEN NULLIF(CAST({source} AS VARCHAR), '') END AS source,
      {_message(fmt, f"concat(s.lead, {msg})" if lead else msg)} AS msg,
      {attrs} AS attrs, {header} AS header
    FROM ({inner})
    """


# the rest of a line after its header, where a format's message is that (`_columns`)
_REST = "substr(p, length(s._all) + 1)"
# a window (the line before or after) or a subquery: not computed apart from its own query
_WINDOWED = re.compile(r"\bOVER\s*\(|\bSELECT\b")


def _message(fmt: LogFormat, msg: str) -> str:
    """SQL for a line's message: the format's, or the line when the header does not fit it.

    A JSON record's message expression gives the line by itself on a line that is no record
    (its values are all null, its keys are read from a record only), and is not put in a
    CASE: DuckDB runs the lambdas of `_json_rest` several times slower under one."""
    if fmt.kind == "json":
        return f"coalesce(CAST({msg} AS VARCHAR), '')"
    return f"CASE WHEN ok THEN coalesce(CAST({msg} AS VARCHAR), '') ELSE p END"


def unparsed_sql(table: str) -> str:
    """`fields_sql`'s columns for lines no format fits, kept whole as unparsed events: the
    `(line, t, p)` rows of `table` (`lines_sql`)."""
    return f"""
    SELECT line, t, p, false AS ok, CAST(NULL AS TIMESTAMP) AS ts, false AS ym,
      CAST(NULL AS VARCHAR) AS lv,
      CAST(NULL AS VARCHAR) AS source, p AS msg, CAST(NULL AS VARCHAR) AS attrs,
      CAST(NULL AS VARCHAR) AS header
    FROM {table}
    """


def finish_sql(
    fields: str,
    *,
    continuation: bool,
    key_unparsed: bool = True,
    payload_levels: bool = False,
    continues: str = "",
    echoes: str = "",
    levels_named: bool = False,
) -> str:
    """SQL over `fields_sql` rows returning one parsed row per physical line: the level named
    (or read from the message), continuation lines marked, and the mining key.

    `continuation`: a line the header does not fit continues the event before it when it is
    blank or looks like a stack frame. `key_unparsed`: also key lines the header does not fit,
    and read the level they plainly write (`UNPARSED_LEVEL`); False when other formats will
    still be tried on them. `payload_levels`: the lines are
    payloads taken out of envelopes, whose level, when their format names none, may lead the
    text (`INFO ready`, `10:00:00.123 [main] WARN ...`, klog's `E0301 10:00:01`).
    `continues`: the format's own rule (`LogFormat.continues`), header fit or not; a line it
    continues is not counted as a header fit. `echoes`: the format's rule telling that a line's
    text is already in its event's message (`LogFormat.echoes`): `echo`, for joining.
    `levels_named`: every line the header fits names its level (`names_level`), so none is
    looked for in the message."""
    # CASE, not AND/OR: DuckDB evaluates both sides of AND and OR in a select list, and the
    # PostgreSQL rule's `.{0,80}` is costly; it runs only on lines holding its `:  `
    cont = (
        "(CASE WHEN ok THEN false WHEN p = '' THEN true "
        f"WHEN regexp_matches(p, '{CONTINUATION_STACK}') THEN true "
        f"WHEN contains(p, ':  ') THEN regexp_matches(p, '{CONTINUATION_PG}') ELSE false END)"
    )
    if continues:
        cont = f"({cont} OR coalesce({continues}, false))"
    keyed = "NOT cont" if key_unparsed else "ok AND NOT cont"
    unparsed = f"WHEN NOT cont THEN {UNPARSED_LEVEL}" if key_unparsed else ""
    embedded = f"coalesce({EMBEDDED_LEVEL}, {PAYLOAD_LEVEL})" if payload_levels else EMBEDDED_LEVEL
    named = "lv" if levels_named else f"coalesce(lv, {embedded})"
    return f"""
    SELECT line, ok AND NOT cont AS ok, cont, strlen(t) > {PARSE_BOUND} AS truncated,
      {f"CASE WHEN ok OR cont THEN ts ELSE {UNPARSED_TIME} END" if key_unparsed else "ts"} AS ts,
      ym,
      {_level("u")} AS level, source, msg, attrs, header,
      {f"coalesce({echoes}, false)" if echoes else "false"} AS echo,
      CASE WHEN {keyed} THEN {key_sql("msg")} END AS key
    FROM (SELECT *, {cont if continuation else "false"} AS cont,
                 CASE WHEN ok THEN upper(trim({named})) {unparsed} END AS u
          FROM ({fields}))
    """


def chunk_sql(
    fmt: LogFormat,
    *,
    year: int,
    table: str = "chunk",
    key_unparsed: bool = True,
    payload_levels: bool = False,
    keys: frozenset[str] | None = None,
    keep_lead: bool = False,
) -> str:
    """SQL over a table `(line, t)` named `table` returning one parsed row per physical line
    (of JSON records holding only top-level `keys`, when given: `_json_columns`).

    Rows come back in the table's order (DuckDB preserves insertion order without ORDER BY).
    """
    fields = fields_sql(fmt, year=year, table=table, keys=keys, keep_lead=keep_lead)
    return finish_sql(
        fields,
        continuation=True,
        key_unparsed=key_unparsed,
        payload_levels=payload_levels,
        continues=fmt.continues,
        echoes=fmt.echoes,
        levels_named=names_level(fmt),
    )
