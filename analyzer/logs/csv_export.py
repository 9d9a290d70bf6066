"""CSV exports whose first line names their columns (Splunk, Kibana, Datadog, CloudWatch Logs
Insights, Graylog, Azure Log Analytics, PowerShell's Export-Csv): a format built from the
header, reading the time, level, source and message from the columns those names give."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from analyzer.logs.formats import (
    CSV_DESCRIPTION,
    LogFormat,
    TsKind,
    epoch_sql,
    http_level,
    with_directives,
)

DELIMITERS = (",", ";", "\t")
# a format's header nests one group a column deep (a quoted value may end its row on a later
# line): Python's regex parser, which reads the header for detection, recurses about twice a
# level (a thousand frames at 500 columns); wider exports are read as ISO-stamped text
MAX_COLUMNS = 200
# a column's name, as it is compared: lower case, without a leading `@` or `_` (Kibana's
# `@timestamp`, Splunk's `_time` and `_raw`) nor a unit in brackets (`TimeGenerated [UTC]`)
_UNIT = re.compile(r"\s*[\[(][^\])]*[\])]$")
# the names each role takes, the most telling first
TIME_NAMES = (
    "timestamp",
    "time",
    "datetime",
    "date time",
    "date and time",
    "date/time",
    "date_time",
    "eventtime",
    "event_time",
    "event time",
    "timegenerated",
    "time_generated",
    "timecreated",  # PowerShell's Get-WinEvent
    "timewritten",  # Get-EventLog
    "logtime",
    "log_time",
    "messagetime",  # Sumo Logic
    "receipttime",
    "created_at",
    "createdat",
    "ts",
    "date",
)
DATE_NAMES = ("date", "day")  # with a column of TIME_ALONE names beside it
TIME_ALONE = ("time",)
# the line PowerShell's Export-Csv writes above its header: the objects' type (`#TYPE ...`)
POWERSHELL_TYPE = "#TYPE "
LEVEL_NAMES = (
    "level",
    "log.level",
    "severity",
    "loglevel",
    "log_level",
    "levelname",
    "level_name",
    "leveldisplayname",  # Get-WinEvent
    "entrytype",  # Get-EventLog
    "lvl",
    "severity_text",
    "severitytext",
    "status",  # Datadog's log explorer (info, warn, error), else an HTTP status
)
SOURCE_NAMES = (
    "logger",
    "logger_name",
    "loggername",
    "log.logger",
    "service",
    "service.name",
    "servicename",
    "service_name",
    "component",
    "application",
    "app",
    "appname",
    "program",
    "module",
    "category",
    "providername",  # Get-WinEvent
    "host",
    "host.name",
    "hostname",
    "sourcehost",  # Sumo Logic's _sourceHost
    "computer",
    "machinename",
    "logstream",  # CloudWatch Logs Insights
    "sourcecategory",  # Sumo Logic
    "source",
)
MESSAGE_NAMES = (
    "message",
    "msg",
    "raw",  # Splunk's _raw, Sumo Logic's
    "textpayload",  # Google Cloud Logging
    "jsonpayload.message",
    "event.original",
    "line",  # Grafana's
    "log",
    "content",
    "text",
    "description",
    "body",
    "details",
    "event",
)
# a value a time column may hold: an ISO or epoch stamp, Kibana's `Jan 2, 2024 @ 10:00:00.000`,
# a US one (`1/2/2024, 10:00:00.000 AM`), quoted or not
_TIME_VALUE = r'(?:"[\dA-Z][^"]*"|\d[\d:.+TZ /-]*(?: ?[AP]M)?)'
_QUOTED = r'"(?:[^"]|"")*"'
_BARE = r'[^{d}"]*'
# a value going on over the lines below (a quote opened and not closed on this line)
_OPEN = r'"(?:[^"]|"")*$'
# how a time column's text is read: epoch numbers, ISO stamps (with an offset, or naive), then
# the spelled-out ones exports write
_LAYOUTS = (
    "%b %d, %Y @ %H:%M:%S.%g",  # Kibana's Discover
    "%b %d, %Y @ %H:%M:%S",
    "%m/%d/%Y, %I:%M:%S.%g %p",  # Azure Log Analytics
    "%m/%d/%Y, %I:%M:%S %p",
    "%m/%d/%Y %I:%M:%S %p",  # PowerShell (en-US)
    "%m/%d/%Y %H:%M:%S",
    "%Y/%m/%d %H:%M:%S",
    "%d %b %Y %H:%M:%S",
)


@dataclass(frozen=True)
class Columns:
    """The header's column names and the column each role reads (-1: none)."""

    names: tuple[str, ...]
    delimiter: str
    time: int
    clock: int  # a time of day beside a date column (`Date,Time,...`)
    level: int
    source: int
    message: int
    utc: bool  # the time column says its stamps are UTC (`TimeGenerated [UTC]`)


def _normal(name: str) -> str:
    return _UNIT.sub("", name.strip().lower()).lstrip("@_").strip()


def _first(names: list[str], wanted: tuple[str, ...], taken: set[int]) -> int:
    for want in wanted:
        for i, name in enumerate(names):
            if name == want and i not in taken:
                return i
    return -1


def read_header(line: str, *, need_time: bool = True) -> Columns | None:
    """The columns a CSV header names (comma, semicolon or tab apart), or None when the line is
    no header: fewer than two names, a name that is a number or a stamp, or (with `need_time`)
    no column naming a time."""
    text = line.lstrip("\ufeff").rstrip("\r\n")
    if not text or text[0] in "{[<#":
        return None
    best: list[str] = []
    delimiter = ","
    for d in DELIMITERS:
        try:
            fields = next(csv.reader([text], delimiter=d))
        except csv.Error:  # a carriage return inside the line: no header
            continue
        if len(fields) > len(best):
            best, delimiter = fields, d
    if not 2 <= len(best) <= MAX_COLUMNS or not all(_is_name(f) for f in best):
        return None
    names = [_normal(f) for f in best]
    time = _first(names, TIME_NAMES, set())
    date = _first(names, DATE_NAMES, set())
    clock = _first(names, TIME_ALONE, {date})
    # a date and a time of day apart (`Date,Time,...`), unless a column holds both
    if date >= 0 and clock >= 0 and names[time] in (*DATE_NAMES, *TIME_ALONE):
        time = date
    else:
        clock = -1
    if time < 0 and need_time:
        return None
    taken = {time, clock}
    level = _first(names, LEVEL_NAMES, taken)
    source = _first(names, SOURCE_NAMES, taken | {level})
    message = _first(names, MESSAGE_NAMES, taken | {level, source})
    utc = time >= 0 and "utc" in best[time].lower()
    return Columns(tuple(best), delimiter, time, clock, level, source, message, utc)


def _is_name(field: str) -> bool:
    """A column's name: words, not a number, a stamp or a sentence."""
    f = field.strip()
    return (
        0 < len(f) <= 64
        and re.fullmatch(r"[@_]?[A-Za-z][\w .:/()\[\]-]*", f) is not None
        and len(f.split()) <= 4
    )


def _unquoted(value: str) -> str:
    """SQL for a CSV value without its quotes (doubled quotes inside made single; a value going
    on over the lines below has only its opening one)."""
    return (
        f"CASE WHEN starts_with({value}, '\"') THEN replace(CASE WHEN length({value}) > 1 AND "
        f"ends_with({value}, '\"') THEN ({value})[2:-2] ELSE ({value})[2:] END, '\"\"', '\"') "
        f"ELSE {value} END"
    )


def _time_sql(stamp: str, utc: bool) -> str:
    """SQL reading a time column's text: epoch numbers, ISO stamps with an offset, then naive
    ones (ISO, or as _LAYOUTS write them) in the timezone setting, or in UTC when `utc`."""
    layouts = ", ".join(f"'{f}'" for f in _LAYOUTS)
    dotted = f"replace({stamp}, ',', '.')"
    naive = f"coalesce(TRY_CAST({dotted} AS TIMESTAMP), try_strptime({stamp}, [{layouts}]))"
    return (
        f"CASE WHEN regexp_matches({stamp}, '^\\d{{9,19}}(\\.\\d+)?$') THEN {epoch_sql(stamp)} "
        f"WHEN regexp_matches({stamp}, '\\d(Z|[+-]\\d{{2}}:?\\d{{2}})$') "
        f"THEN timezone('UTC', TRY_CAST({dotted} AS TIMESTAMPTZ)) "
        f"ELSE {naive if utc else f'local_utc({naive})'} END"
    )


def _attrs(columns: Columns, values: list[str], *, heading: str) -> str:
    """SQL for a row's values (`values`: each column's, in order) as a JSON object keyed by
    the header's names (the first of names written twice), an empty value null, but for the
    message's column (the event's message: not kept twice); none for the header row (what
    `heading` tells, when given)."""
    pairs: dict[str, str] = {}
    for i, (name, value) in enumerate(zip(columns.names, values, strict=True)):
        if i != columns.message:
            pairs.setdefault(_sql_text(name.strip()), f"NULLIF({_unquoted(value)}, '')")
    body = "json_object(" + ", ".join(f"'{k}', {v}" for k, v in pairs.items()) + ")"
    return f"CASE WHEN {heading} THEN NULL ELSE {body} END" if heading else body


def csv_format(columns: Columns, header: str) -> LogFormat:
    """The format reading rows in `columns` (the header line `header` an event of its own).
    A row names every column, but a quoted value may go on over the lines below (its line
    breaks kept): the row's line then ends inside it, and the lines below continue the row's
    event."""
    d = re.escape(columns.delimiter) if columns.delimiter != "\t" else r"\t"
    roles = {
        columns.time: "ts",
        columns.clock: "tm",
        columns.level: "level",
        columns.source: "source",
        columns.message: "msg",
    }
    last = len(columns.names) - 1
    # every column's value is read: a role's by its group, the others' as c<number>
    groups = {i: roles.get(i, f"c{i}") for i in range(last + 1)}
    body = ""
    for i in range(last, -1, -1):
        group = groups.get(i)
        sep = "" if i == 0 else d

        def named(value: str, name: str | None = group) -> str:
            return f"(?P<{name}>{value})" if name else f"(?:{value})"

        if i in (columns.time, columns.clock):
            # an empty time: a row of its own, without a time (not a line of the row above)
            body = sep + named(f'{_TIME_VALUE}|""|') + body
        elif i == last:
            # unquoted, the last value runs to the line's end (a message holding the
            # delimiter: `connection lost; retrying`)
            body = sep + named(f'{_QUOTED}|{_OPEN}|[^"].*|')
        else:
            whole = named(_QUOTED + "|" + _BARE.format(d=d))
            # a role's value going on over lines is read too (an other column's is left out)
            opened = named(_OPEN, f"{group}_open" if i in roles else None)
            body = f"{sep}(?:{whole}{body}|{opened})"
    # further values than the header names (a trailing delimiter) are kept in the line
    pattern = f"^\ufeff?{body}(?:{d}.*)?$"
    has = {g for i, g in roles.items() if i >= 0}
    ts_kind: TsKind = "none"
    ts_sql = "NULL"
    if "ts" in has:
        stamp = "trim(s.ts, '\"')"  # a stamp holds no quote
        if "tm" in has:
            stamp = "(trim(s.ts, '\"') || ' ' || trim(s.tm, '\"'))"
        ts_sql, ts_kind = _time_sql(stamp, columns.utc), "utc"
    # a role's value in a column before the last may be one going on over the lines below
    value = {
        g: f"CASE WHEN s.{g}_open <> '' THEN s.{g}_open ELSE s.{g} END"
        if i < last and i in roles and i not in (columns.time, columns.clock)
        else f"s.{g}"
        for i, g in groups.items()
    }
    level = _unquoted(value["level"]) if "level" in has else "NULL"
    if "level" in has and _normal(columns.names[columns.level]) == "status":
        status = f"regexp_matches({value['level']}, '^\\d{{3}}$')"
        level = f"CASE WHEN {status} THEN {http_level(value['level'])} ELSE {level} END"
    # the header row: the line opening with the header's text (whose time cell is empty, or,
    # quoted as PowerShell's Export-Csv quotes every name, holds the time column's name)
    text = header.lstrip("\ufeff").rstrip("\r\n")
    heading = f"starts_with(ltrim(p, '\ufeff'), '{_sql_text(text)}')" if "ts" in has else ""
    fmt = LogFormat(
        "csv",
        CSV_DESCRIPTION,
        pattern,
        ts_sql,
        ts_kind,
        level_sql=level,
        source_sql=f"NULLIF({_unquoted(value['source'])}, '')" if "source" in has else "NULL",
        msg_sql=_unquoted(value["msg"]) if "msg" in has else "p",
        continues="NOT ok",
        attrs_sql=_attrs(columns, [value[groups[i]] for i in range(last + 1)], heading=heading),
    )
    return with_directives(fmt, "\ufeff?" + re.escape(text), heading)


def _sql_text(text: str) -> str:
    """A text as it is written inside a SQL string literal."""
    return text.replace("'", "''")
