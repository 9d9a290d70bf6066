"""The known log formats: a header regex (RE2 and Python compatible) plus SQL for each column.

A format's SQL reading the line before or after a line writes `lag(p) OVER ()`, not `OVER
(ORDER BY line)`: a chunk is scanned in line order by one thread, and DuckDB streams `lag` and
`lead` over an empty window, where an ordered one holds and sorts the whole chunk (a SQL Server
ERRORLOG of 348 MB peaked at 1.1 GB, now 0.7 GB). A window with a frame (`ROWS BETWEEN ...`)
still orders the lines."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from analyzer.logs.carry import NO_SECTION_SQL
from analyzer.logs.starts import after_start, since_start

TsKind = Literal["local", "utc", "none"]

ISO = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?"
LEVELS = r"TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE"
# the generic ISO formats: a stamp (also `2024-01-01 10:00:00 +0000`), up to three fields
# (pid, thread, zone name, `-`), then a level as servers write it (PostgreSQL's LOG, MySQL's
# [Warning]/[Note]/[System])
# MariaDB pads the hour with a space (`2026-11-23  7:43:22`)
ISO_STAMP = (
    # (oVirt's engine.log writes whole hours right after its milliseconds: `,624+02`)
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}|  \d):\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?"
    # an offset after a space: `+0100`, .NET's `zzz` (Serilog's file sink) `+01:00`, whole
    # hours (PgBouncer's `%z` as C writes it for some zones: `+07`)
    r"(?: [+-]\d{2}(?::?\d{2})?)?"
)
ISO_STAMP_SQL = "replace(replace(replace(s.ts, '  ', ' 0'), ' +', '+'), ' -', '-')"
# zone abbreviations a stamp may end with (PostgreSQL's `%m` in its log_timezone: `CET`,
# `EST`) and their offsets in minutes; an ambiguous one (IST, CST) is not read as a zone
ZONE_ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120, "MET": 60,
    "MEST": 120, "EET": 120, "EEST": 180, "MSK": 180, "EST": -300, "EDT": -240, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480,
    "HST": -600, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480, "ACST": 570,
    "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "PKT": 300, "SAST": 120,
    "WIB": 420, "ICT": 420, "MYT": 480,
}  # fmt: skip
# abbreviations standing for several zones (IST: India, Israel, Ireland; CST: the US, China,
# Cuba; AST: Atlantic, Arabia; SST: Samoa, Singapore; GST: Gulf, South Georgia)
# PostgreSQL's severities as its translations write them (lc_messages ru, de, fr, es, pt_BR,
# it), and the names of a message's further lines (DETAIL, HINT, STATEMENT, CONTEXT, QUERY)
PG_LOCALIZED_LEVELS = {
    "СООБЩЕНИЕ": "INFO", "ОТЛАДКА": "DEBUG", "ИНФОРМАЦИЯ": "INFO", "ЗАМЕЧАНИЕ": "NOTICE",
    "ПРЕДУПРЕЖДЕНИЕ": "WARN", "ОШИБКА": "ERROR", "ВАЖНО": "FATAL", "ПАНИКА": "FATAL",
    "FEHLER": "ERROR", "WARNUNG": "WARN", "PANIK": "FATAL", "HINWEIS": "NOTICE",
    "ERREUR": "ERROR", "ATTENTION": "WARN", "ADVERTENCIA": "WARN", "ERRO": "ERROR",
    "AVISO": "WARN", "PÂNICO": "FATAL", "ERRORE": "ERROR", "ATTENZIONE": "WARN",
}  # fmt: skip
# the severities PostgreSQL writes before `:  ` (its own, then its translations')
PG_SEVERITIES = "|".join(["LOG|FATAL|PANIC|ERROR|WARNING|NOTICE|INFO|DEBUG", *PG_LOCALIZED_LEVELS])
PG_LOCALIZED_DETAILS = (
    "ПОДРОБНОСТИ|ПОДСКАЗКА|ОПЕРАТОР|КОНТЕКСТ|ЗАПРОС|ПОЛОЖЕНИЕ|TIPP|ANWEISUNG|ZUSAMMENHANG|"
    "ANFRAGE|DÉTAIL|ASTUCE|INSTRUCTION|CONTEXTE|REQUÊTE|DETALLE|SUGERENCIA|SENTENCIA|CONTEXTO|"
    "CONSULTA|DETALHE|DICA|COMANDO|DETTAGLI|SUGGERIMENTO|ISTRUZIONE|CONTESTO"
)
# a PostgreSQL message's further line, after the prefix it shares with the message's first
PG_DETAIL_LINE = (
    r"^\S.{0,80}(?:\b(?:DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION)|[ \]:-](?:"
    + PG_LOCALIZED_DETAILS
    + r")):  "
)
AMBIGUOUS_ZONES = ("IST", "CST", "AST", "SST", "GST")
ZONED_ISO_STAMP = ISO_STAMP + "(?: (?:" + "|".join(ZONE_ABBREVIATIONS) + "))?"
# a field: a word, or one opening with a bracket (`[4980]`, `[main]:`, PostgreSQL's
# `[unknown]@[unknown]` for a connection's user and database before it logs in)
FIELDS_BEFORE_LEVEL = r"(?:[^\s\[]+\s+|\[[^\]]*\]\S*\s+){0,3}?"
# levels written short after a stamp: Serilog's three letters ([INF], [WRN], [VRB]) and
# Telegraf's letter and bang (`2017-02-16T18:44:05Z I! Loaded outputs: influxdb`)
SHORT_LEVELS = r"INF|WRN|DBG|VRB|FTL|[DIWE]!"
# ... and the generic ISO formats' others
ISO_LEVELS_WORDS = (
    # (.NET's names: Azure Functions' `[Information]`, `[Critical]`)
    LEVELS
    + r"|LOG|Warning|Error|Info|Debug|Warn|Fatal|Trace|Information|Critical|"
    + SHORT_LEVELS
    # dnf's finer debug levels
    + r"|DDEBUG|SUBDEBUG"
    # logrus' four letters (Teleport's `2022-04-21T07:32:31Z DEBU [PROC:1]    `)
    + r"|DEBU|ERRO|TRAC|FATA|PANI"
)
# (MySQL's, written in brackets: `[Note]`, `[System]`)
ISO_LEVELS = ISO_LEVELS_WORDS + "|Note|System"
# levels written in lower case before a colon only (Erlang's `critical:`, .NET's `fail:`),
# after a bracketed field or none: tested first without a group (RE2 rules most lines out with
# its DFA, several times faster than the extraction alone)
_COLON_LEVELS = "critical|alert|emergency|fail|crit|dbug|trce"
_COLON_LEVEL = (
    r"CASE WHEN regexp_matches(s.msg, '^(?:\[[^\]]*\] )?(?:" + _COLON_LEVELS + r"): ') "
    r"THEN upper(regexp_extract(s.msg, '^(?:\[[^\]]*\] )?(" + _COLON_LEVELS + r"): ', 1)) END"
)


# C's ctime(): `Mon Nov  3 11:00:00 2026` (the day padded with a space)
# (FreeRADIUS pads no day: `Fri May 1 13:07:06 2020`)
CTIME = r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]?\d \d{2}:\d{2}:\d{2} \d{4}"


def ctime_sql(stamp: str) -> str:
    """SQL reading a ctime stamp (a space-padded day: `Mon Nov  3 11:00:00 2026`)."""
    return f"try_strptime(replace({stamp}, '  ', ' '), '%a %b %d %H:%M:%S %Y')"


CTIME_SQL = ctime_sql("s.ts")
# a PHP error log's stamp, with PHP-FPM's microseconds or without
_PHP_TIME = "try_strptime(s.ts, ['%d-%b-%Y %H:%M:%S', '%d-%b-%Y %H:%M:%S.%f'])"
# the level word of a PHP error (`PHP Warning:  ...`) or PHP-FPM line (`NOTICE: ...`)
PHP_LEVEL = (
    "regexp_extract(s.msg, '^(?:PHP )?(Fatal error|Parse error|Warning|Notice|Deprecated|"
    "Strict Standards|DEBUG|NOTICE|WARNING|ERROR|ALERT):', 1)"
)
JUL_LEVELS = "SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST"
# logrus' text formatter without colours writes a level's first four letters (named as the
# store names levels by `parsing.LEVEL_NAMES`)
_LOGRUS_PREFIXES = "('TRAC', 'DEBU', 'INFO', 'WARN', 'ERRO', 'FATA', 'PANI')"
# java.util.logging's levels as a JVM in another language names them (French, German, Spanish,
# Italian, Portuguese, Swedish, Japanese, Chinese), as the English ones
JUL_LOCALIZED = {
    "GRAVE": "SEVERE",
    "AVERTISSEMENT": "WARNING",
    "INFOS": "INFO",
    "PRECIS": "FINE",
    "SCHWERWIEGEND": "SEVERE",
    "WARNUNG": "WARNING",
    "INFORMATION": "INFO",
    "KONFIGURATION": "CONFIG",
    "FEIN": "FINE",
    "FEINER": "FINER",
    "ADVERTENCIA": "WARNING",
    "INFORMACIÓN": "INFO",
    "CONFIGURAR": "CONFIG",
    "PRECISO": "FINE",
    "AVVERTENZA": "WARNING",
    "CONFIGURAZIONE": "CONFIG",
    "ADVERTÊNCIA": "WARNING",
    "INFORMAÇÕES": "INFO",
    "ALLVARLIG": "SEVERE",
    "VARNING": "WARNING",
    "重大": "SEVERE",
    "警告": "WARNING",
    "情報": "INFO",
    "严重": "SEVERE",
    "信息": "INFO",
    "配置": "CONFIG",
    "详细": "FINE",
    "较详细": "FINER",
    "非常详细": "FINEST",
}
# java.util.logging's level, in any language
JUL_ANY = "|".join([JUL_LEVELS, *JUL_LOCALIZED])


def jul_english(level: str) -> str:
    """SQL for the English name of a java.util.logging level `level` written in another
    language (`JUL_LOCALIZED`), else `level` as it is."""
    return (
        f"coalesce({sql_list(JUL_LOCALIZED.values())}[list_position({sql_list(JUL_LOCALIZED)}, "
        f"{level})], {level})"
    )


MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# month abbreviations other languages write (lower case, without their full stop): `déc.`,
# `Dez`, `März`, `ago.`, as the English ones
LOCALE_MONTHS = {
    **dict.fromkeys(("janv", "ene", "gen", "jän"), "Jan"),
    **dict.fromkeys(("févr", "fév", "fev"), "Feb"),
    **dict.fromkeys(("mars", "märz", "mär", "mrt"), "Mar"),
    **dict.fromkeys(("avr", "avril", "abr"), "Apr"),
    **dict.fromkeys(("mai", "mag", "mei", "maj"), "May"),
    **dict.fromkeys(("juin", "juni", "giu"), "Jun"),
    **dict.fromkeys(("juil", "juli", "lug"), "Jul"),
    **dict.fromkeys(("août", "ago"), "Aug"),
    **dict.fromkeys(("sept", "set"), "Sep"),
    **dict.fromkeys(("okt", "ott", "out"), "Oct"),
    **dict.fromkeys(("déc", "dez", "dic"), "Dec"),
    # Hungarian (glibc's hu_HU: `márc 12 09:57:32`)
    **{"febr": "Feb", "márc": "Mar", "ápr": "Apr", "máj": "May", "jún": "Jun", "júl": "Jul",
       "szept": "Sep"},
    # Russian (glibc's ru_RU writes May in the genitive, `мая`)
    **{
        word: english
        for words, english in zip(
            ("янв", "фев", "мар", "апр", "май мая", "июн", "июл", "авг", "сен", "окт", "ноя",
             "дек"),
            MONTH_NAMES,
            strict=True,
        )
        for word in words.split()
    },
    # Czech, Polish and Turkish (glibc's cs_CZ `kvě`, pl_PL `lis`, tr_TR `Ağu`), as journalctl
    # writes them in those locales; `lis` is November in both of the first two
    **{
        word: english
        for words, english in zip(
            ("led sty oca", "úno lut şub", "bře mar", "dub kwi nis", "kvě", "čen cze haz",
             "čec lip tem", "srp sie ağu", "zář wrz eyl", "říj paź eki", "lis kas",
             "pro gru ara"),
            MONTH_NAMES,
            strict=True,
        )
        for word in words.split()
    },
    # Chinese and Japanese (`11月`), Korean (`11월`)
    **{f"{n}{unit}": english for n, english in enumerate(MONTH_NAMES, 1) for unit in ("月", "월")},
}  # fmt: skip
# a month's abbreviation in any of those languages (letters of Latin-1 and Latin Extended-A,
# perhaps a full stop)
LOCALE_MONTH = r"(?:[A-Za-zÀ-ÿĀ-ſа-яё]{3,5}\.?|1[0-2][月월]|[1-9][月월])"
MONTH_DAY = r"(?P<ts>[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)"
# an RFC 3164 line's priority (a syslog server's file keeps it) and stamp
BSD_SYSLOG_STAMP = r"^(?:<(?P<pri>\d{1,3})>)?" + MONTH_DAY + " +"
# a CEF record after its header: CEF:<v>|<vendor>|<product>|<version>|<signature>|<name>|
# <severity>|<extension> (an application's tag may stand before it)
CEF_TAIL = (
    r"(?:[\w.-]+(?:\[\d+\])?: )?CEF:\d+\|[^|]*\|(?P<source>[^|]*)\|[^|]*\|[^|]*\|"
    r"(?P<name>[^|]*)\|(?P<level>[^|]*)\|(?P<msg>.*)$"
)


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
    # SQL for the time of day a line writes with no date (`ts_kind` none): dated from the log's
    # own dates (`clocks.py`)
    clock_sql: str = ""
    kind: Literal["regex", "json", "logfmt", "raw"] = "regex"
    priority: int = 0
    examples: tuple[str, ...] = field(default_factory=tuple)
    # SQL (over a line `p`, whether the header fits it `ok`, and its number `line`) telling that
    # a line continues the event before it beyond the generic rule (blank, indented, stack
    # frames), even a line the header fits: for events spanning lines of any shape
    continues: str = ""
    # SQL (over the same columns) telling that a line's text is already in its event's message,
    # which the format read from it (java.util.logging's `INFO: message` line after its header,
    # an Oracle record's stamp): left out when the event's lines are joined, it is not repeated
    echoes: str = ""
    # a regex for the line some exports open with (a CSV's column names): a file whose first
    # line matches it is read with this format, however few of its lines the header fits
    signature: str = ""
    # only a file opening with the signature (or forced) has the format: its header fits any
    # line (a CI job's output), so detection does not try it
    signed_only: bool = False
    # a regex one at least of the sample lines its header fits must match for the format to be
    # detected (forced, it reads any): a header fitting lines any log may hold (apt's history
    # stanza's `Error: ` line, any program's error) makes no such log without its other lines
    anchor: str = ""
    # its time and source come from marker lines above a line (a CI job's sections: SQL windows
    # over the chunk and the lines framing it), carried over chunk borders (`carry.Carry`);
    # `NO_SECTION_SQL` is the source of a line outside any section
    carries: bool = False
    # ... and its source too (a CI job's section), not its time alone (apt's runs)
    carries_source: bool = True
    # SQL for a JSON object of a line's named values (a CSV export's columns by their names),
    # kept as the event's `attrs`: its fields, as a JSON record's keys are
    attrs_sql: str = ""
    # for a format whose stamp has no year: SQL for a line's time (naive UTC) from a stamp with
    # its year that the line also holds (Palo Alto's time_generated after a year-less syslog
    # header), null where it holds none; a line it gives a time is not moved by the year walk
    dated_ts_sql: str = ""

    @property
    def joins_unfit(self) -> bool:
        """Whether any line its header does not fit continues its event (its `continues` rule
        is that alone, or that but for lines opening as another record of its would: nginx's
        error log's stamp, Apache's `[`): how a line no format fits is read under its event in
        a mixed log, and what a sparse log's format is spared."""
        return (
            self.continues
            in (
                "NOT ok",
                UNSTAMPED,
                UNSTAMPED_OR_PG_DETAIL,
                UNSTAMPED_NOT_UVICORN,
            )
            or _BUT_OPENINGS.fullmatch(self.continues) is not None
        )

    @property
    def reads_neighbours(self) -> bool:
        """Whether its time, level, source or message is read from the lines around a line
        (a window: java.util.logging's level on the line after its header)."""
        return any(
            "OVER (" in sql for sql in (self.ts_sql, self.level_sql, self.source_sql, self.msg_sql)
        )


JDK_LEVELS = "trace|debug|info|warning|error"
_JDK_LEVEL_LAST = f"s.source IN ({', '.join(repr(v) for v in JDK_LEVELS.split('|'))})"


def _fmt(
    name: str, desc: str, pattern: str, ts_sql: str, ts_kind: TsKind, **kw: object
) -> LogFormat:
    return LogFormat(name, desc, pattern, ts_sql, ts_kind, **kw)  # type: ignore[arg-type]


def iso_sql(expr: str) -> str:
    """SQL turning an ISO 8601 string (with or without offset) into a naive UTC timestamp."""
    return (
        # (an offset of whole hours after the time of day: PgBouncer's `+07`)
        f"CASE WHEN regexp_matches({expr}, "
        "'(Z|[+-]\\d{2}:?\\d{2}|:\\d{2}(?:[.,]\\d+)?[+-]\\d{2})$') "
        # (Mattermost writes a space before the Z: `2021-12-04 23:19:32.051 Z`)
        f"THEN timezone('UTC', TRY_CAST(replace(replace({expr}, ',', '.'), ' Z', 'Z') "
        "AS TIMESTAMPTZ)) "
        f"ELSE local_utc(TRY_CAST(replace({expr}, ',', '.') AS TIMESTAMP)) END"
    )


def let(value: str, name: str, body: str) -> str:
    """SQL for `body` with `name` standing for `value`, which is then bound once: an expression
    written out at each mention is bound, and its regexes compiled, once per mention, a cost
    every query pays on no rows (a lambda runs slower on each row: for rare branches)."""
    return f"list_transform([{value}], lambda {name}: {body})[1]"


def sql_list(values: Iterable[str]) -> str:
    """A SQL list literal of texts: where a lookup stands for a CASE of as many branches, which
    DuckDB would set up for every query (~0.1 ms a branch)."""
    quoted = (v.replace("'", "''") for v in values)
    return "[" + ", ".join(f"'{v}'" for v in quoted) + "]"


def localized_month_sql(stamp: str, formats: list[str]) -> str:
    """SQL reading a stamp whose month is written `%b` in English or as another language
    abbreviates it (LOCALE_MONTHS: the word is put in English first)."""
    listed = ", ".join(f"'{f}'" for f in formats)
    word = f"regexp_extract({stamp}, '({LOCALE_MONTH})', 1)"
    english = (
        f"{sql_list(LOCALE_MONTHS.values())}"
        f"[list_position({sql_list(LOCALE_MONTHS)}, rtrim(lower({word}), '.'))]"
    )
    return (
        f"coalesce(try_strptime({stamp}, [{listed}]), "
        f"try_strptime(replace({stamp}, {word}, {english}), [{listed}]))"
    )


def zone_minutes(abbr: str) -> str:
    """SQL for the offset in minutes of a zone abbreviation (null for one not in
    ZONE_ABBREVIATIONS), looked up in a list."""
    minutes = ", ".join(str(m) for m in ZONE_ABBREVIATIONS.values())
    return f"[{minutes}][list_position({sql_list(ZONE_ABBREVIATIONS)}, {abbr})]"


def zoned_iso_sql() -> str:
    """`iso_sql` of `s.ts` for a stamp perhaps ending with a zone abbreviation (ZONED_ISO_STAMP)."""
    abbr = "regexp_extract(s.ts, ' ([A-Z]{3,4})$', 1)"
    bare = "TRY_CAST(replace(regexp_replace(s.ts, ' [A-Z]{3,4}$', ''), ',', '.') AS TIMESTAMP)"
    return (
        f"CASE WHEN regexp_matches(s.ts, ' [A-Z]{{3,4}}$') "
        f"THEN {named_zone_utc(bare, abbr)} "
        f"ELSE {iso_sql(ISO_STAMP_SQL)} END"
    )


def _ctime_zoned_sql() -> str:
    """SQL for `s.ts`, a ctime stamp perhaps holding a zone abbreviation before its year
    (date(1)'s `Wed May 19 08:00:01 EST 2021`): in that zone, else in the timezone setting."""
    zoned = r"' ([A-Z]{3,5})( \d{4})$'"
    bare = ctime_sql(f"regexp_replace(s.ts, {zoned}, '\\2')")
    return in_named_zone(bare, f"regexp_extract(s.ts, {zoned}, 1)")


def named_zone_utc(naive: str, abbr: str) -> str:
    """SQL for a naive stamp in the zone its abbreviation `abbr` names, as naive UTC (null for
    an abbreviation not in ZONE_ABBREVIATIONS)."""
    return f"{naive} - to_minutes({zone_minutes(abbr)})"


def in_named_zone(naive: str, abbr: str) -> str:
    """SQL for a naive stamp in the zone its abbreviation `abbr` names, as naive UTC; with no
    abbreviation, or one not in ZONE_ABBREVIATIONS (no offset), in the timezone setting."""
    return f"coalesce({named_zone_utc(naive, abbr)}, local_utc({naive}))"


def epoch_seconds_sql(secs: str) -> str:
    """SQL turning epoch seconds into a naive UTC timestamp; a value past any time is none
    (`to_timestamp` raised, failing the ingest, also where the general `try` cannot go)."""
    return f"timezone('UTC', try(to_timestamp({secs})))"


def epoch_sql(expr: str) -> str:
    """SQL turning epoch seconds, milli-, micro- or nanoseconds into a naive UTC timestamp."""
    num = f"TRY_CAST({expr} AS DOUBLE)"
    secs = (
        f"CASE WHEN {num} > 1e17 THEN {num} / 1e9 WHEN {num} > 1e14 THEN {num} / 1e6 "
        f"WHEN {num} > 1e11 THEN {num} / 1e3 ELSE {num} END"
    )
    return epoch_seconds_sql(secs)


def _month_day(ts: str = "s.ts") -> str:
    # `journalctl -o short-precise` adds microseconds; in a German or Italian locale it writes
    # `Mai`, `Okt`, `Dez`, `Gen`
    return localized_month_sql(ts, ["%b %d %H:%M:%S", "%b %d %H:%M:%S.%n"])


def severity_sql(code: str) -> str:
    """SQL naming the level of a syslog priority or severity (its last three bits)."""
    # a list, not a CASE: DuckDB sets up a CASE's branches for every query (~0.1 ms each)
    return (
        "['FATAL', 'FATAL', 'CRITICAL', 'ERROR', 'WARN', 'NOTICE', 'INFO', 'DEBUG']"
        f"[TRY_CAST({code} AS UINTEGER) % 8 + 1]"
    )


PRI_LEVEL = severity_sql("s.pri")
# Cisco's message codes carry a syslog severity: `%ASA-4-106023: Deny tcp ...` (the facility
# may have parts of its own: `%PIM-SW1-6-INVALID_RP_JOIN: `)
# (ASA's message classes are written in lower case: `%ASA-auth-4-113004: `)
CISCO_CODE = r"%([A-Z0-9_]+(?:-[A-Za-z0-9_]+)*)-([0-7])-[A-Z0-9_]+: "
# logcat's `-v time` and `-v brief` lines after the time: `I/ActivityManager(  585): ...`
# (the tag padded to eight characters, the pid to five)
LOGCAT = r"(?P<level>[VDIWEFA])/(?P<source>[^(]*?) *\( *(?P<pid>\d+)\): (?P<msg>.*)$"
LAMBDA_REQUEST = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_STAMPED = "TRY_CAST(NULLIF(s.ts, '') AS TIMESTAMPTZ) IGNORE NULLS) OVER (ORDER BY line ROWS "
# Lambda's platform lines have no time: a START takes its invocation's first stamp, the others
# the last stamp before them (each the nearest the other way when there is none)
LAMBDA_TIME = (
    "timezone('UTC', CASE WHEN regexp_matches(p, '^(?:INIT_|RESTORE_)?START ') "
    f"THEN coalesce(first_value({_STAMPED}BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING), "
    f"last_value({_STAMPED}BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) "
    f"ELSE coalesce(last_value({_STAMPED}BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), "
    f"first_value({_STAMPED}BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)) END)"
)
# a quoted field of an access log, whose quotes inside are escaped (Apache's `\"`): a backslash
# takes the character after it, so the match stays one pass for RE2
QUOTED = r'(?:[^"\\]|\\.)*'
# one field of a CSV record: quoted (quotes doubled inside), or bare
CSV_FIELD = r'(?:"(?:[^"]|"")*"|[^,"]*)'
# statements that open the SQL of a slow-log entry (`SET timestamp=...;` among them), written
# in upper or lower case
SQL_VERBS = (
    "SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|TRUNCATE|RENAME|SET|SHOW|USE|CALL|"
    "WITH|BEGIN|START|COMMIT|ROLLBACK|SAVEPOINT|LOCK|UNLOCK|GRANT|REVOKE|EXPLAIN|DESCRIBE|"
    "ANALYZE|OPTIMIZE|CHECK|LOAD|FLUSH|KILL|PREPARE|EXECUTE|DEALLOCATE|HANDLER|DO"
)
# a slow-log entry opens at `# Time:` (MySQL writes one per entry, MariaDB only when the second
# has changed since the last entry) or at a `# User@Host:` without one just before it
SLOW_OPENS = (
    "(starts_with(p, '# Time: ') OR starts_with(p, '# User@Host: ') AND NOT "
    "coalesce(starts_with(lag(p) OVER (), '# Time: '), false))"
)
# the lines of an entry after its first; `log_slow_verbosity` adds `#` lines
SLOW_ENTRY = "OVER (ORDER BY line ROWS BETWEEN CURRENT ROW AND 63 FOLLOWING)"
# the entry's statement: its first line that is not a `#` comment, `use db;` or `SET timestamp`
SLOW_STATEMENT = (
    "first_value(CASE WHEN NOT regexp_matches(p, '^(#|use \\S+;$|SET timestamp=\\d+;$)') "
    "OR starts_with(p, '# administrator command: ') THEN p END IGNORE NULLS) " + SLOW_ENTRY
)

# lines a JDK 8 collection writes in the middle of its own (-XX:+PrintTenuringDistribution:
# `Desired survivor size ...`, `- age   1: ...`, then `: 153138K->12252K(153344K), ...`) and
# -XX:+PrintHeapAtGC's blocks around it (`{Heap before GC invocations=...`, `}`)
JDK8_GC_INNER = r"Desired survivor size |- age +\d+: |: \d+K->|\{Heap before GC |Heap after GC |\}$"
# a line the header does not fit continues the event before it, unless it opens with a date of
# its own: then it is a line of another format (a logging library's own), for the fallbacks
# a `continues` rule taking every line the header does not fit but those opening with a test's
# text (`LogFormat.joins_unfit`)
_BUT_OPENINGS = re.compile(
    r"NOT ok(?: AND NOT (?:starts_with|regexp_matches)\(p, '(?:[^']|'')*'\))+"
)
# Heroku's router names its level first (`at=error code=H13 ...`), with its stamp or without
HEROKU_LEVEL = "NULLIF(regexp_extract(s.msg, '^at=(\\w+) ', 1), '')"
# the heading glog and klog open a file with (`years.read_heading` reads its year)
GLOG_HEADING_BELOW = "Running on machine|Binary|Log line format"
GLOG_HEADING = "Log file created at|" + GLOG_HEADING_BELOW
# (but a Rust panic, which the runtime writes on stderr, opens an event: `thread 'main' panicked
# at src/main.rs:8:23:`, its message and `note: run with `RUST_BACKTRACE=1` ...` below it; so
# does a line opening with its level in brackets: s6's `[INFO] Starting Frigate...`)
UNSTAMPED = (
    "NOT ok AND NOT regexp_matches(p, "
    "'^(?:\\[?\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:|thread ''[^'']*''(?: \\(\\d+\\))? panicked at "
    # (Django's own error, on the stderr gunicorn's lines go to: `Internal Server Error: /`)
    "|\\[(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\\] "
    "|Internal Server Error: )')"
)
# ... but a line of uvicorn's, padded (`INFO:     Started server process [3097]`) or, before
# 0.12, not (`INFO: Started server process [3097]`, which the uvicorn format leaves to raw text:
# any program writes it)
UNSTAMPED_NOT_UVICORN = (
    f"{UNSTAMPED} AND NOT regexp_matches(p, '^(?:DEBUG|INFO|WARNING|ERROR|CRITICAL|TRACE):\\s')"
)
# ... or, a line the header fits, a PostgreSQL message's further line under the prefix it shares
# with the message's first (`%t:%r:%u@%d:[%p]:QUERY:  ...`, `MSK [1351] ОПЕРАТОР:  ...`), as
# the generic ISO format reads it (CASE: DuckDB would run the regex on every line under AND)
UNSTAMPED_OR_PG_DETAIL = (
    f"{UNSTAMPED} OR CASE WHEN ok AND contains(p, ':  ') "
    f"THEN regexp_matches(p, '{PG_DETAIL_LINE}') ELSE false END"
)
# a header the same, to the character, as the line above's (`header` is the header's text)
_SAME_AS_ABOVE = "header = lag(header) OVER ()"
# a crash's further lines, which logcat writes under the same header as its first line (the
# same time, pid, tid, level and tag: AndroidRuntime's `FATAL EXCEPTION: main`, then `Process:
# com.example, PID: 3669`, the exception, its frames and causes); the exception only under the
# report's opening (a message's line naming an exception under a warning, Loghub's
# `registerCallback not in UI.`, stays a line of its own, as its ground truth has it); CASE:
# the regexes run only on lines under a header like theirs
ANDROID_TRACE = (
    f"CASE WHEN ok AND {_SAME_AS_ABOVE} THEN regexp_matches(msg, "
    "'^(?:\\s+at |Caused by: |\\s*\\.\\.\\. \\d+ more|Process: \\S+, PID: \\d+)') "
    "OR (regexp_matches(msg, '^(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error)(?::|$)') "
    "AND regexp_matches(lag(msg) OVER (), '^(?:Process: |FATAL EXCEPTION)')) ELSE false END"
)
# a relayed program's stack trace, one syslog line per frame (journald's copy of a service's
# stderr: `bazarr[396]:   File ".../core.py", line 162, in ...`, `mono[2027]:   at ...`): a line
# whose message is a frame or opens a trace, or a line of code under a Python frame, continues
# the event of the same program above it,
# as does the exception ending a Python trace after an indented line (CASE: the regexes run
# only where the first test passes); not the kernel's indented lines, each a record of a table
# it prints (`BIOS-provided physical RAM map:`, then ` BIOS-e820: ...`)
# what a relayed program wrote before its message, taken off it: klog's header (kubelet's
# `I1219 14:02:50.260541   28949 plugins.go:420] `, its letter read as the level), and a logfmt
# record's pairs before its `msg` (k3s' `time="..." level=info msg="..."`, Grafana Alloy's
# `ts=... level=info msg="..."`: the time and the level read off the line; the pairs after the
# message stay, its quotes unescaped); and the spaces before a program's own stamp (ss-server's
# ` 2019-01-01 20:39:50 ERROR: ...`, Nomad's `    2024-01-08T11:42:25.543Z [INFO]  nomad.raft: `)
_KLOG_HEAD = r"^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d{6} +\d+ [\w.-]+:\d+\] "
# (the message quoted, or a word: containerd's `msg=serving... address=...`)
_LOGFMT_MSG = (
    r'^(?:[\w.]+=(?:"(?:[^"\\]|\\.)*"|\S*) )*?msg=(?:"((?:[^"\\]|\\.)*)"|([^"\s]\S*))(.*)$'
)
# fail2ban's levels, written after its logger (behind syslog: read as the level by
# `parsing.EMBEDDED_LEVEL`, out of the message here)
FAIL2BAN_LEVELS = "CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG"
_FAIL2BAN_LEVEL = f"(?:{FAIL2BAN_LEVELS})"
# the kernel's clock, seconds since boot, before its line (`[ 9837.668191] `)
UPTIME_STAMP = r"\[ *\d+\.\d+\] "
# NetworkManager's level and its own clock (`<info>  [1737212459.5354] `), read as the level
NM_LEVELS = "trace|debug|info|warn|error"
_NM_HEAD = rf"^<(?:{NM_LEVELS})> +\[\d+\.\d+\] "
# go-ethereum's terminal header (Geth's `INFO [04-24|16:08:15.400] `, Erigon's `[EROR] [...] `)
# and Lighthouse's stamp and level (`Sep 27 10:11:05.001 INFO `), behind the journal
GETH_HEAD = (
    r"^(?:(?:TRACE|DEBUG|INFO|WARN|ERROR|CRIT) ?|\[(?:TRCE|DBUG|INFO|WARN|EROR|CRIT)\] )"
    r"\[\d{2}-\d{2}\|\d{2}:\d{2}:\d{2}(?:\.\d{3})?\] "
)
LIGHTHOUSE_HEAD = (
    r"^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}\.\d{3} (CRIT|ERRO|WARN|INFO|DEBG|TRCE) "
)
# Samba's header (its debug level after the stamp), relayed by the journal with its message
# indented on the lines below
SAMBA_HEAD = r"\[\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?, +(\d+)(?:, [^\]]*)?\] "


def samba_level(debug_level: str) -> str:
    """SQL naming the level of Samba's debug level (SQL for its digits, never null): 0 ERROR,
    1 WARN, 2-3 NOTICE, 4-5 INFO, higher DEBUG; as its own log writes it or the journal relays
    it."""
    return (
        "CASE "
        + debug_level
        + " WHEN '0' THEN 'ERROR' WHEN '1' THEN 'WARN' WHEN '2' THEN 'NOTICE' "
        "WHEN '3' THEN 'NOTICE' WHEN '4' THEN 'INFO' WHEN '5' THEN 'INFO' ELSE 'DEBUG' END"
    )


# 389 Directory Server's errors log behind the journal: its stamp and level
DS389_HEAD = (
    r"^\[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2}(?:\.\d+)? [+-]\d{4}\] "
    r"- (EMERG|ALERT|CRIT|ERR|WARNING|NOTICE|INFO|DEBUG) - "
)
RELAYED_MESSAGE = (
    f"CASE WHEN regexp_matches(s.msg, '{_KLOG_HEAD}') "
    f"THEN regexp_replace(s.msg, '{_KLOG_HEAD}', '') "
    f"WHEN starts_with(s.msg, '[') AND regexp_matches(s.msg, '{DS389_HEAD}') "
    f"THEN regexp_replace(s.msg, '{DS389_HEAD}', '') "
    f"WHEN contains(s.msg, '|') AND regexp_matches(s.msg, '{GETH_HEAD}') "
    f"THEN regexp_replace(s.msg, '{GETH_HEAD}', '') "
    f"WHEN regexp_matches(s.msg, '{LIGHTHOUSE_HEAD}') "
    f"THEN regexp_replace(s.msg, '{LIGHTHOUSE_HEAD}', '') "
    f"WHEN starts_with(s.msg, '<') AND regexp_matches(s.msg, '{_NM_HEAD}') "
    f"THEN regexp_replace(s.msg, '{_NM_HEAD}', '') "
    # fail2ban's level, behind syslog (`fail2ban.jail[1238]: INFO Jail 'sshd' started`)
    f"WHEN starts_with(s.source, 'fail2ban') AND regexp_matches(s.msg, '^{_FAIL2BAN_LEVEL} +') "
    f"THEN regexp_replace(s.msg, '^{_FAIL2BAN_LEVEL} +', '') "
    # the kernel's own clock, seconds since boot (`kernel: [ 9837.668191] `)
    f"WHEN s.source = 'kernel' AND regexp_matches(s.msg, '^{UPTIME_STAMP}') "
    f"THEN regexp_replace(s.msg, '^{UPTIME_STAMP}', '') "
    "WHEN regexp_matches(s.msg, '^ +\\d{4}-\\d{2}-\\d{2}[T ]\\d') THEN ltrim(s.msg) "
    # a JSON record's message, as a JSON log's is read (etcd's and k3s' zap records behind the
    # journal: `{"level":"warn","ts":"...","caller":"...","msg":"..."}`)
    "WHEN starts_with(s.msg, '{\"') AND json_valid(s.msg) THEN coalesce(json_extract_string("
    "s.msg, '$.msg'), json_extract_string(s.msg, '$.message'), s.msg) "
    f"WHEN contains(s.msg, 'msg=') THEN CASE WHEN regexp_matches(s.msg, '{_LOGFMT_MSG}') THEN "
    f"replace(regexp_extract(s.msg, '{_LOGFMT_MSG}', 1), '\\\"', '\"') "
    f"|| regexp_extract(s.msg, '{_LOGFMT_MSG}', 2) "
    f"|| regexp_extract(s.msg, '{_LOGFMT_MSG}', 3) ELSE s.msg END ELSE s.msg END"
)
# a Go stack frame's function (`main.(*Server).handle(0x0, {0xc0000, 0x5})`, a closure's
# `net/http.(*conn).serve.func1()`), or a recovered panic's, in no package (`panic(0x8b1dc0,
# 0xc4200100c0)`)
GO_FRAME = r"[\w.-]+(?:/[\w.-]+)*\.(?:\(\*?\w+\)\.)?\w+(?:\.\w+)*\(.*\)$|panic\(.*\)$"
# a line of a kernel's report (a WARNING's or BUG's splat, an oops, a hung task's, a lockdep
# report) under its first line, in the ring buffer or relayed by syslog (`[ 682.146703] ` may
# open it): the task and machine, the registers (x86's, arm64's), the call trace and its frames
# (`  ? __warn+0x7b/0x130`, ` drv_ampdu_action+0x75/0x170 [mac80211]`, before 4.x `[<ffffffff81
# 06e3a7>] warn_slowpath_common+0x87/0xc0`), and the trace's end
KERNEL_REPORT_LINE = (
    rf"^(?:{UPTIME_STAMP})?\s*(?:Modules linked in:|CPU: \d+ (?:UID: \d+ )?PID: \d+ Comm: "
    r"|Hardware name: |Workqueue: |RIP: |Code: |RSP: |Call Trace:|Call trace:|Stack:$"
    r"|(?:R[A-Z0-9]{2}|E[A-D]X|E[SD]I|E[BS]P|[CDEFGS]S|CR[0-4]|DR[0-7]|PKRU|pc|lr|sp"
    r"|x\d{1,2}|pstate) ?: +[0-9a-f]"
    r"|</?(?:TASK|IRQ|NMI|SOFTIRQ|EOI)>$|(?:\[<[0-9a-f]+>\] )?(?:\? )?[\w.$]+\+0x[0-9a-f]+"
    r"/0x[0-9a-f]+(?: \[[\w]+\])?$|0x[0-9a-f]{8,}(?: \[[^\]]+\])?$"
    r"|---\[ end (?:trace|Kernel panic)|(?:Not tainted|Tainted: )"
    r"|\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables|task:\S+ +state:"
    r"|irq event stamp: |hardirqs last |softirqs last |#PF: |PGD [0-9a-f]+ |Oops: )"
    # (the modules' list goes on, indented, on the lines after `Modules linked in:`)
    rf"|^(?:{UPTIME_STAMP})? +[\w-]+(?:\(\w+\))?(?: [\w-]+(?:\(\w+\))?){{3,}}$"
)
RELAYED_TRACE = (
    "CASE WHEN NOT ok THEN false "
    # the kernel's report, under the kernel's line above it
    f"WHEN source = 'kernel' THEN regexp_matches(msg, '{KERNEL_REPORT_LINE}') "
    "AND lag(source) OVER () = 'kernel' "
    "WHEN regexp_matches(msg, '^(?:\\t|\\s+at |\\s+File \"|at |Caused by|Traceback "
    "|During handling|The above exception|\\.\\.\\. \\d+ more|--- <exception caught here> ---)') "
    "THEN source = lag(source) OVER () "
    # the blank line between a Go panic's goroutines
    "WHEN msg = '' THEN source = lag(source) OVER () "
    "AND regexp_matches(lead(msg) OVER (), '^goroutine \\d+ \\[') "
    # a Java exception right under the line that logged it (Kafka Connect's `ERROR ...
    # Task threw an uncaught and unrecoverable exception`, then `com.fasterxml...Exception: `)
    "WHEN regexp_matches(msg, '^(?:[a-z_]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)(?::|$)') "
    "THEN source = lag(source) OVER () "
    # a Go panic's goroutines and frames (`goroutine 1 [running]:`, `net/http.(*conn).serve(
    # 0xc0000de5a0, {0x7fff70, 0xc0000c2ed0})`, `created by ...`, `panic(0x8b1dc0, 0xc42)`)
    f"WHEN regexp_matches(msg, '^(?:goroutine \\d+ \\[|created by |{GO_FRAME})') "
    "THEN source = lag(source) OVER () "
    # a line of code under a Python frame (not any indented message: corosync's `   [TOTEM ] `)
    # or a Go function's (its file: `        /usr/local/go/src/net/http/server.go:3340 +0x8e`),
    # or Samba's message under its header (`[2026/04/04 21:50:05.762025,  0] ../../source4/...`)
    "WHEN regexp_matches(msg, '^ {2,}\\S') THEN source = lag(source) OVER () "
    f"AND (regexp_matches(lag(msg) OVER (), '^(?:\\s+(?:File \"|at )|created by |{GO_FRAME}"
    f"|{SAMBA_HEAD})') OR regexp_matches(lag(msg) OVER (), '^ {{2,}}\\S') "
    f"AND regexp_matches(lag(msg, 2) OVER (), '^{SAMBA_HEAD}')) "
    # (the exception ending a trace, under its last frame's code: `ValueError: ...`, Django's
    # `django.core.exceptions.DisallowedHost: ...`)
    "WHEN regexp_matches(msg, '^(?:[a-z_]\\w*\\.)*[A-Z]\\w*(?::|$)') "
    "THEN source = lag(source) OVER () AND regexp_matches(lag(msg) OVER (), '^(?:\\t| {2})') "
    "ELSE false END"
)
# HashiCorp's hclog (Nomad, Consul, Vault, Terraform) after the stamp: `[INFO]  `, `[ERROR] `
# (`[INFO ]` in its first releases), the caller when asked for (`agent/agent.go:123:`), then
# the logger's lower-case name (`agent.plugin_loader`, Terraform's `backend/local`) and `: `
HCLOG_NAME = (
    "CASE WHEN substr(p, length(s.ts) + 2, 1) = '[' THEN NULLIF(regexp_extract("
    r"substr(p, length(s.ts) + 2), '^\[(?:TRACE|DEBUG|INFO|WARN|ERROR) ?\] +"
    r"(?:[\w./-]+:\d+: )?([a-z][\w./-]*): ', 1), '') END"
)
# the logger a generic line names between its level and its message, read as a header field
# (`iso-level`): Home Assistant's and other Python servers' `(MainThread) [homeassistant.setup] `
# (a thread's name may hold parentheses: `(Thread-2 (_do_shutdown))`); log4j's `%c - %m` and
# `%c{1}:%L - %m` (`com.example.App - `, `Main:42 - `, after a `[thread]`, perhaps the user:
# Nexus' `[qtp-1] *SYSTEM org.sonatype... - `), a dotted one in brackets (`[uvicorn.error] `,
# `[myapp.views:42] `, openHAB's `[org.openhab.core] - `) or a class's name in brackets before
# ` - ` (openHAB 1's `[AbstractGenericBindingProvider] - `, not `[worker] - `); IntelliJ's
# idea.log category between dashes, cut to its last 30 characters (`WARN -
# ng.ui.PyCondaManagementService - `); Moonraker's and KlipperScreen's caller (`[screen.py:main()]
# - `); a class's name in brackets (Graylog 2's `INFO [Periodicals] `); Serilog's file sink's
# thread and logger (Jellyfin's `[INF] [1] Emby.Server.Implementations.ApplicationHost: `);
# Tautulli's thread (`- INFO :: MainThread : `); a dotted logger padded with spaces or a tab
# (zap's console, its tabs turned into spaces: `INFO    controller-runtime.metrics      ...`);
# a Go file and line, after its component (Calico's `felix/int_dataplane.go 1837: `); Netdata's
# thread (`INFO  : PLUGIN[proc] : `); Fluentd's worker (`[info]: #0 `); Spring Boot's pid,
# thread and logger read generically (`1 --- [main] c.e.App     : `); a logger padded before
# its dash (UniFi's `<launcher> INFO  stat   - `); env_logger's target
# closing its bracket (`[... INFO  my_app::db] `) and tracing's (`INFO my_app::db: `); W&B's
# thread and function (`MainThread:26066 [wandb_setup.py:_flush():75] `); or only a separator left
# (`- ERROR - msg`, Frigate's padded `INFO    : msg`). A single word before ` - ` is as likely
# the message's own.
LOGGER_LEAD = (
    # (a custom component's package may hold a hyphen: `[custom_components.Plugwise-HA.sensor]`)
    r"(?P<lead>\((?:[^()]|\([^()]*\))*\) \[(?P<thread_logger>[\w.-]+)\] "
    # (Open edX's `%(process)d [%(name)s] %(filename)s:%(lineno)d - `, perhaps with its user
    # and address in brackets: `13394 [celery.worker.strategy] strategy.py:55 - `)
    r"|\d+ \[(?P<edx_logger>[\w.]+)\] (?:\[[^\]]*\] )*[\w.-]+\.py:\d+ - "
    # (log4j's `[%t] [%C{6}] (%F:%L) - %m`, Gluu's: `[qtp1395089624-18] [xdi.oxauth.token.ws.rs.
    # TokenRestWebServiceImpl] (TokenRestWebServiceImpl.java:323) - `)
    r"|\[[^\]]*\] \[(?P<thread_bracket_logger>[A-Za-z_$][\w$]*(?:\.[\w$]+)+)\] "
    r"(?:\([\w$.-]+:\d+\) )?- "
    r"|(?:\[[^\]]*\] +(?:\*?[\w.@-]+ +)??)?"
    # (Ray's Python logger writes two dashes: `INFO worker.py:1534 -- Started a local Ray ...`)
    r"(?P<dashed_logger>[A-Za-z_$][\w$]*(?:\.[\w$]+)+|[A-Za-z_$][\w$]*:\d+)(?::\d+)?"
    r"(?: +\[[^\]]*\])? +--? "
    # (oVirt's engine, JBoss' layout after an ISO stamp: `[org.ovirt...VdsManager]
    # (DefaultQuartzScheduler4) [] `, the thread and the correlation id)
    r"|\[(?P<bracket_logger>[A-Za-z_$][\w$]*(?:\.[\w$]+)+)(?::[\w$<>]+)*\]"
    r"(?: (?:\([^()]*\) \[[^\]]*\] |- )?|$)"
    r"|\[(?P<named_logger>[A-Z][a-z][\w$]*)\] - "
    r"|\[(?P<py_caller>[\w.-]+\.py:\w+\(\))\] - "
    r"|\[(?P<class_logger>[A-Z][a-z]\w*)\] "
    r"|\[\d+\] (?P<serilog_logger>[A-Za-z_][\w.]*): "
    # (log4j's `%c: %m`, Hadoop's and HBase's default: `org.apache.hadoop.http.HttpServer2: `,
    # Jetty 6's `org.mortbay.log: ` in Hadoop's; Cloudera Manager's `%t:%c: `, after the thread)
    # (`%c{2}`, Hadoop's console: `INFO mapreduce.Job: `)
    r"|(?:[A-Za-z][\w-]*:)?(?P<java_logger>(?:[a-z_][\w$]*\.)+[A-Z][\w$]*|org\.mortbay\.log): "
    r"|(?P<spaced_logger>[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+)(?: {2,}|\t)"
    r"|(?:(?P<go_component>[\w-]+)/)?[\w.-]+\.go \d+: "
    r"|: (?P<netdata_thread>[A-Z][\w-]*(?:\[[\w.-]+\])?) : "
    r"|#\d+ "
    r"|(?P<padded_logger>[\w.]+) {2,}- "
    r"|(?P<rust_target>[A-Za-z_]\w*(?:::\w+)*)\] |(?P<rust_path>[A-Za-z_]\w*(?:::\w+)+): "
    r"|\d+ --- (?:\[[^\]]*\] +)?\[[^\]]*\] +(?P<spring_logger>\S+) +: "
    r"|[\w-]+ ?:\d+ \[(?P<py_function>[\w.-]+\.py:\w+\(\):\d+)\] "
    r"|:: (?P<colon_thread>\w[\w .-]*?) +: "
    r"|- #?(?P<category>[\w$.]+) +- "
    # (MySQL 8's error log: `[Warning] [MY-010068] [Server] message`, the subsystem after the
    # code)
    r"|\[MY-\d+\] \[(?P<mysql_subsystem>[\w-]+)\] "
    # (Teleport's component in capitals, padded to a column: `[AUTH]      `, `[PROC:1]    `; one
    # with a subcomponent may fill it: `[AUTH:COMP] `, `[AUTH:1:CA] `)
    r"|\[(?P<padded_component>[A-Z][A-Z0-9_]*(?::[\w-]+)*)\] {2,}"
    r"|\[(?P<wide_component>[A-Z][A-Z0-9_]*(?::[\w-]+){1,2})\] "
    # (logback's `[%t] %c %m`, no dash before the message: NiFi's `[Timer-Driven Process
    # Thread-3] o.a.nifi.dbcp.hive.HiveConnectionPool `, a class's dotted name)
    r"|\[[^\]]*\] (?P<thread_class>(?:[a-z][\w$]*\.)+[A-Z][\w$]*) "
    # (Solr's `(thread) [collection shard replica core] o.a.s.c.CoreContainer `)
    r"|\([^)]*\) \[[^\]]*\] (?P<solr_logger>[a-z](?:\.[A-Za-z_$][\w$]*)+) "
    r"|[-:] )?"
)
LOGGER_LEAD_SOURCE = (
    "coalesce(NULLIF(s.thread_logger, ''), NULLIF(s.thread_bracket_logger, ''), "
    "NULLIF(regexp_replace(s.dashed_logger, ':\\d+$', ''), ''), NULLIF(s.bracket_logger, ''), "
    "NULLIF(s.named_logger, ''), NULLIF(s.py_caller, ''), NULLIF(s.class_logger, ''), "
    "NULLIF(s.serilog_logger, ''), NULLIF(s.spaced_logger, ''), NULLIF(s.go_component, ''), "
    "NULLIF(s.netdata_thread, ''), NULLIF(s.py_function, ''), NULLIF(s.spring_logger, ''), "
    "NULLIF(s.rust_target, ''), NULLIF(s.rust_path, ''), NULLIF(s.padded_logger, ''), "
    "NULLIF(s.colon_thread, ''), NULLIF(s.category, ''), NULLIF(s.java_logger, ''), "
    "NULLIF(s.mysql_subsystem, ''), NULLIF(s.padded_component, ''), NULLIF(s.thread_class, ''), "
    "NULLIF(s.solr_logger, ''), NULLIF(s.wide_component, ''), NULLIF(s.edx_logger, ''))"
)
# Python logging's `%(levelname)s %(name)s: %(message)s`: a dotted logger name (or `__main__`)
# and its colon opening the message; not a file name (`config.yaml: not found`)
COLON_LOGGER = (
    r"CASE WHEN NOT regexp_matches(s.msg, '^[\w.]+\.(?:log|txt|py|java|js|ts|go|rb|php|c|h|cpp|"
    r"conf|cfg|ini|ya?ml|json|xml|toml|sh|csv|html?|so|jar|gz|zip|tar):') THEN "
    r"NULLIF(regexp_extract(s.msg, '^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+|__main__): ', 1), '') END"
)
# Airflow's `[2024-03-01T10:00:00.123+0000]`, `[2024-03-01 10:00:00,123]` (older releases), and
# `[2024-03-01, 10:00:00 UTC]` (its web UI's, in the zone picked there)
# (a zone of no abbreviation is its offset, after a space: `[2022-05-26, 07:03:53 +03] `,
# Europe/Istanbul's `%Z`)
AIRFLOW_STAMP = (
    r"\d{4}-\d{2}-\d{2}(?:, |[T ])\d{2}:\d{2}:\d{2}(?:[.,]\d+)?"
    r"(?:Z|[+-]\d{2}:?\d{2}| [A-Z]{2,5}| [+-]\d{2}(?::?\d{2})?)?"
)
_AIRFLOW_TS = "replace(s.ts, ', ', ' ')"
# ... its offset against the time, as ISO 8601 writes it (a stamp naming a zone has none)
_AIRFLOW_ISO = rf"regexp_replace({_AIRFLOW_TS}, ' ([+-]\d{{2}}(?::?\d{{2}})?)$', '\1')"
# a zone's abbreviation (`ZONE_ABBREVIATIONS`: the web UI's `BST` is British Summer Time, not
# Bangladesh's, as DuckDB reads it), else a zone name DuckDB knows, else the timezone setting's
_AIRFLOW_NAIVE = f"TRY_CAST(regexp_replace({_AIRFLOW_TS}, ' [A-Z]+$', '') AS TIMESTAMP)"
_AIRFLOW_ZONED = named_zone_utc(_AIRFLOW_NAIVE, "regexp_extract(s.ts, ' ([A-Z]+)$', 1)")
AIRFLOW_TIME = (
    f"CASE WHEN regexp_matches(s.ts, ' [A-Z]+$') THEN coalesce({_AIRFLOW_ZONED}, timezone('UTC', "
    f"TRY_CAST({_AIRFLOW_TS} AS TIMESTAMPTZ)), local_utc({_AIRFLOW_NAIVE})) "
    f"ELSE {iso_sql(_AIRFLOW_ISO)} END"
)
# NLog's `yy-M-d HH:mm:ss.f` (Sonarr 2): the fraction's digits are tenths, hundredths...
_SHORT_DATE = (
    "try_strptime(split_part(s.ts, '.', 1), '%y-%m-%d %H:%M:%S') + to_microseconds(coalesce("
    "CAST(TRY_CAST('0.' || split_part(s.ts, '.', 2) AS DOUBLE) * 1e6 AS BIGINT), 0))"
)
# S3 server access logs: the request's status is the next to last field of `req`
# (`"GET /key HTTP/1.1" 404 NoSuchKey`); `-` when there was no HTTP request (lifecycle)
_S3_STATUS = "split_part(s.req, ' ', -2)"
# `REST.GET.OBJECT GET /bucket/key HTTP/1.1 404 NoSuchKey`: the operation (`op` holds it and the
# key), the request, the status and the error code; the key instead of a request there was none
# of (`S3.EXPIRE.OBJECT logs/old.gz - - -`, a lifecycle action)
S3_MSG = (
    "CASE WHEN starts_with(s.req, '\"-\" ') OR starts_with(s.req, '- ') THEN s.op "
    "ELSE split_part(s.op, ' ', 1) END || ' ' || replace(s.req, '\"', '')"
)
# CloudFront standard logs: `req` is cs-method, cs(Host), cs-uri-stem and sc-status; the
# query, x-edge-result-type and cs-protocol-version are fields 12, 14 and 24 of the line
_CF = "split_part(s.req, chr(9), {})"
_CF_LINE = "NULLIF(NULLIF(split_part(p, chr(9), {}), ''), '-')"
CLOUDFRONT_MSG = (
    f"concat_ws(' ', {_CF.format(1)}, {_CF.format(3)} || coalesce('?' || {_CF_LINE.format(12)}, "
    f"''), {_CF_LINE.format(24)}, {_CF.format(4)}, {_CF_LINE.format(14)})"
)


def http_level(status: str) -> str:
    """SQL naming the level of an HTTP status (none when there is no status: `-`, `000`)."""
    return (
        "[NULL, 'INFO', 'INFO', 'INFO', 'WARN', 'ERROR']"
        f"[TRY_CAST(left({status}, 1) AS UTINYINT) + 1]"
    )


# an access log's line after its client, ident and user: the time, the quoted request, the
# status (`-`: no answer was sent, Traefik's when the client went first; `0`: Squid's for a
# transaction that ended before one), the size, then the referrer and user agent when combined
ACCESS_REQUEST = (
    r"\[(?P<ts>[^\]]+)\] "
    rf"\"(?P<req>{QUOTED})\" (?P<status>\d{{3}}|-|0) (?P<size>\S+)"
    rf"(?: \"(?P<ref>{QUOTED})\" \"(?P<ua>{QUOTED})\")?.*$"
)
# BIND's line naming a severity but no category (`error: client @0x7f...`): the word the
# header reads as the category is the severity
_BIND_SEVERITY = (
    "regexp_matches(s.source, '^(?:critical|error|warning|notice|info|debug|dynamic)$')"
)
_BIND_LEVEL = f"coalesce(NULLIF(s.level, ''), CASE WHEN {_BIND_SEVERITY} THEN s.source END)"
# (cPanel's access logs write the month as a number, before the day, and the offset -0000:
# `[06/10/2021:11:19:31 -0000]` is June 10th; Proxmox' pveproxy the day first, in its zone:
# `[10/09/2026:11:18:47 -0700]` is September 10th; a number above 12 settles it)
# (SOGo writes `GMT` for the offset: `[24/Mar/2013:08:58:32 GMT]`)
ACCESS_TIME = (
    "coalesce(timezone('UTC', try_strptime(s.ts, '%d/%b/%Y:%H:%M:%S %z')), "
    "CASE WHEN regexp_matches(s.ts, '^\\d{2}/\\d{2}/') THEN timezone('UTC', "
    "CASE WHEN ends_with(s.ts, ' -0000') AND substr(s.ts, 4, 2) <= '12' "
    "OR substr(s.ts, 4, 2) > '12' THEN try_strptime(s.ts, '%m/%d/%Y:%H:%M:%S %z') "
    "ELSE try_strptime(s.ts, '%d/%m/%Y:%H:%M:%S %z') END) END, "
    "try_strptime(s.ts, '%d/%b/%Y:%H:%M:%S GMT'), "
    # (Connect's and Express 3's logger write the web's date: `[Thu, 09 Feb 2012 15:56:40 GMT]`)
    "try_strptime(s.ts, '%a, %d %b %Y %H:%M:%S GMT'))"
)
ACCESS_MSG = "s.req || ' ' || s.status || ' ' || s.size"


# A W3C extended log (IIS) opens with directives, written again after each restart; `#Fields:`
# names the values of the lines below it, separated by spaces (IIS writes a space inside a value
# as `+`), date and time first, in UTC
VPC_FLOW_DESCRIPTION = (
    "AWS VPC flow logs, default (version 2) layout: 2 <account> <interface> <srcaddr> <dstaddr> "
    "<srcport> <dstport> <protocol> <packets> <bytes> <start> <end> <action> <log-status>, or "
    "the fields a file's header line names (`version vpc-id ... start end action ...`, "
    "versions 3 to 8); the interface is the source, the start the time, a REJECT or "
    "SKIPDATA a warning"
)
W3C_DIRECTIVE = r"#(?:Software|Version|Date|Fields|Remark|Start-Date|End-Date|GMT-Offset):"
W3C_FIELDS = "#Fields: "
# IIS's default fields: IIS 8.5 and later add cs(Referer) to IIS 7's
IIS_FIELDS = (
    "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
    "cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
)


def directive_time(stamp: str) -> str:
    """SQL for the time `stamp` reads from a line, or, for a line without one (a directive
    heading the lines below it), the time of the next line that has one (else the last)."""
    return (
        f"coalesce({stamp}, first_value({stamp} IGNORE NULLS) OVER (ORDER BY line ROWS "
        f"BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING), last_value({stamp} IGNORE NULLS) OVER "
        "(ORDER BY line ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))"
    )


def with_directives(fmt: LogFormat, directives: str, heading: str = "") -> LogFormat:
    """The format also reading the lines that head the others (W3C's and Zeek's `#`
    directives: lines `directives` opens): events of their own, the line their message, with
    no level or source, at the time of the line below them. The format's header names a
    stamp, `ts`, which a directive line leaves empty, and a line whose stamp is unreadable
    takes the time of the line below too. `heading`: SQL telling a directive line where the
    format's own lines may leave the stamp empty (a CSV row without a time): only a line it
    tells takes another line's time."""
    body = fmt.pattern.removeprefix("^").removesuffix("$")
    ts_sql = directive_time(fmt.ts_sql)
    if heading:
        ts_sql = f"CASE WHEN {heading} THEN {ts_sql} ELSE {fmt.ts_sql} END"
    heading = heading or "s.ts = ''"
    return replace(
        fmt,
        pattern=f"^(?:{body}|{directives}.*)$",
        ts_sql=ts_sql,
        level_sql=f"CASE WHEN {heading} THEN NULL ELSE {fmt.level_sql} END",
        source_sql=f"CASE WHEN {heading} THEN NULL ELSE {fmt.source_sql} END",
        msg_sql=f"CASE WHEN {heading} THEN p ELSE {fmt.msg_sql} END",
    )


# the values a W3C line's header checks, and those it reads (a request is its method and path)
_W3C_VALUES = {
    "sc-status": r"\d{3}",
    "sc-substatus": r"\d+",
    "sc-win32-status": r"\d+",
    "s-port": r"\d+",
    "c-port": r"\d+",
    "sc-bytes": r"\d+",
    "cs-bytes": r"\d+",
    "time-taken": r"\d+(?:\.\d+)?",  # milliseconds (IIS), seconds (Oracle Web Cache)
    "cs-method": r"[A-Z_]+",  # (Exchange's RPC over HTTP: `RPC_IN_DATA`)
}
# HTTP.sys's error log (HTTPERR) names the path cs-uri and says why in s-reason
_W3C_GROUPS = {"c-ip": "source", "sc-status": "status", "cs-method": "req", "s-reason": "reason"}
_W3C_PATHS = ("cs-uri-stem", "cs-uri")
W3C_DATES = ("date", "date-local")
W3C_TIMES = ("time", "time-local")
_W3C_TIME = r"\d{2}:\d{2}:\d{2}(?:\.\d+)?"
# a value: a quoted text (its quotes doubled inside), else anything to the next space
_W3C_QUOTED = r'"(?:[^"]|"")*"'
_W3C_ANY = f"(?:{_W3C_QUOTED}|\\S+)"


def w3c_format(fields: str, optional: tuple[str, ...] = ()) -> LogFormat:
    """A web server's W3C extended log whose `#Fields:` directive names `fields` (IIS's, its
    Advanced Logging module's local date and time, Oracle Web Cache's date and time after the
    client; the `optional` ones may be left out), its directives events of their own. A file
    naming other fields further down has a format for each (see `detect._directed`). Values
    are apart by one space or more, and may be quoted (`"Mozilla/5.0 (X11)"`)."""
    names = fields.split()
    pieces: list[tuple[str, str]] = []  # (field name, its value's regex)
    for i, name in enumerate(names):
        if name in W3C_TIMES and names[i - 1 : i] and names[i - 1] in W3C_DATES:
            continue  # read with the date before it: one stamp
        if name in W3C_DATES:
            joined = names[i + 1 : i + 2] and names[i + 1] in W3C_TIMES
            stamp = r"\d{4}-\d{2}-\d{2}" + (" +" + _W3C_TIME if joined else "")
            pieces.append((name, f"(?P<{'ts' if joined else 'date'}>{stamp})"))
            continue
        if name in W3C_TIMES:
            pieces.append((name, f"(?P<time>{_W3C_TIME})"))
            continue
        # any value may be `-` (HTTP.sys's for a connection it dropped before a request), or
        # quoted
        value = _W3C_VALUES.get(name, _W3C_ANY)
        value = value if value == _W3C_ANY else f"(?:{value}|-|{_W3C_QUOTED})"
        if name == "cs-method" and names[i + 1 : i + 2] and names[i + 1] in _W3C_PATHS:
            value += r" +\S+"  # the request: its method and path, one group
        elif names[i - 1] == "cs-method" and name in _W3C_PATHS:
            continue
        if name in _W3C_GROUPS:
            value = f"(?P<{_W3C_GROUPS[name]}>{value})"
        pieces.append((name, value))
    header = ""
    for k, (name, value) in enumerate(pieces):
        sep = "" if k == 0 else " +"
        header += f"(?:{sep}{value})?" if name in optional else f"{sep}{value}"
    has = {g for g in (*_W3C_GROUPS.values(), "ts") if f"(?P<{g}>" in header}
    req, status, reason = (f"s.{g}" if g in has else "NULL" for g in ("req", "status", "reason"))
    stamp = "regexp_replace(s.ts, ' +', ' ')" if "ts" in has else "s.date || ' ' || s.time"
    stamp = f"TRY_CAST({stamp} AS TIMESTAMP)"
    if any(n.endswith("-local") for n in names if n in (*W3C_DATES, *W3C_TIMES)):
        stamp = f"local_utc({stamp})"
    iis = _fmt(
        "iis",
        "W3C extended logs (Microsoft IIS, also its Advanced Logging module, Oracle Web Cache): "
        "#Software, #Version, #Date and #Fields directives, then the values the #Fields line "
        "names (IIS's default: " + IIS_FIELDS + "), date and time in UTC (date-local and "
        "time-local in the timezone setting); 5xx ERROR, 4xx WARN; the client (c-ip) is the source",
        f"^{header} *$",
        stamp,
        "utc",
        level_sql=http_level(status),
        source_sql="trim(s.source, '\"')" if "source" in has else "NULL",
        # `GET /default.aspx 200` (and HTTP.sys's reason), else the line
        msg_sql="coalesce(NULLIF(concat_ws(' ', "
        + ", ".join(f"NULLIF(ltrim({g}, '- '), '')" for g in (req, status, reason))
        + "), ''), p)",
    )
    return with_directives(iis, W3C_DIRECTIVE)


CSV_DESCRIPTION = (
    "CSV with a header row naming its columns (exports of Splunk, Kibana, Datadog, CloudWatch "
    "Logs Insights, Graylog, Azure Log Analytics, PowerShell's Export-Csv; comma, semicolon or "
    "tab apart): the time from a column named timestamp, time, _time, @timestamp, date (and "
    "time)...; the level, source (logger, service, host...) and message (message, _raw, "
    "line...) from theirs; a quoted value's line breaks keep the row one event; the header "
    "row is an event of its own"
)
# a CSV export's header row naming a time column (the format of the rows is built from it:
# `csv_export`); alone, the format reads such lines only
CSV_HEADER = (
    "^\ufeff?" + r'(?:[^,;\t]*[,;\t])*"?[@_]?(?i:timestamp|time|date|datetime|ts)"?(?:[,;\t].*)?$'
)


# a syslog facility and severity as BusyBox's syslogd, OpenWrt's logread and some relays write
# them before the tag (`daemon.info dnsmasq[1234]: `): the severity is the level
SYSLOG_FACILITY_LEVEL = (
    r"(?:kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|ntp|security|console|"
    r"local[0-7])\.(?P<level>emerg|panic|alert|crit|err|error|warn|warning|notice|info|debug) "
    # (a program writing no tag: OpenWrt's strongSwan, `daemon.info : 08[CFG] ...`; syslogd's
    # own lines, `syslog.info syslogd started: BusyBox v1.36.1` and `syslog.info -- MARK --`)
    r"(?:(?:(?P<source>[^\[:\s]+)(?:\[(?P<pid>\d+)\])?)?: )?(?P<msg>.*)$"
)
# what sudo's own log file (`Defaults logfile=`) writes after the stamp: ` : user : ` then the
# command's TTY, PWD, USER and COMMAND, after a reason when it was refused
_SUDO_TAIL = r" : (?P<source>[^\s:]+) : (?P<msg>.*)$"
SUDO_LEVEL = (
    "CASE WHEN regexp_matches(s.msg, '(?:incorrect password attempt|NOT in sudoers|command not "
    "allowed|authentication failure|a password is required|unknown user|user NOT authorized)') "
    "THEN 'WARN' ELSE 'NOTICE' END"
)


def marked_above(value: str) -> str:
    """SQL for the last non-null `value` at or above a line: what the last marker line above it
    says (a CI job's section or step), within the chunk and the lines framing it (over chunk
    borders: `carry.Carry`)."""
    return (
        f"last_value({value} IGNORE NULLS) "
        "OVER (ORDER BY line ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"
    )


# the time of a record Fluent Bit's stdout output prints (epoch seconds, nanoseconds)
_FLUENT_BIT_EPOCH = epoch_sql("NULLIF(s.epoch, '')")


def below(value: str, *, here: bool = False) -> str:
    """SQL for the first non-null `value` on the lines below a line (`here`: from the line
    itself), up to 63 of them: a record's fields written under its header; `value` gives ''
    at the next record's header to stop there."""
    start = "CURRENT ROW" if here else "1 FOLLOWING"
    return (
        f"first_value({value} IGNORE NULLS) "
        f"OVER (ORDER BY line ROWS BETWEEN {start} AND 63 FOLLOWING)"
    )


def field_below(prefix: str, stop: str) -> str:
    """SQL for the text after `prefix` on the first line below a record's header opening with
    it ('' when none does before the line where `stop` holds, the next header)."""
    return below(
        f"CASE WHEN starts_with(p, '{prefix}') THEN substr(p, {len(prefix) + 1}) "
        f"WHEN {stop} THEN '' END"
    )


def ci_level(text: str) -> str:
    """SQL for the level a CI runner's own line opens with (`ERROR: Job failed`, `WARNING: `),
    or a build tool's in brackets (Maven's `[WARNING] `, `[ERROR] Failed to execute goal`)."""
    return (
        f"NULLIF(regexp_extract({text}, '^(ERROR|WARNING): ', 1) || "
        f"regexp_extract({text}, '^\\[(ERROR|WARNING|INFO|DEBUG)\\] ', 1), '')"
    )


# a Jenkins Pipeline line's stage: the last `[Pipeline] { (Build)` opened at or above it (none
# after its `[Pipeline] // stage`)
JENKINS_STAGE = marked_above(
    "CASE WHEN starts_with(s.msg, '[Pipeline] { (') "
    "THEN regexp_extract(s.msg, '^\\[Pipeline\\] \\{ \\((.*)\\)$', 1) "
    f"WHEN s.msg = '[Pipeline] // stage' THEN {NO_SECTION_SQL} END"
)
# the build's result as its last line says it (`Finished: FAILURE`), else a step's `ERROR: `
# or `WARNING: ` (the Pipeline's own: `ERROR: script returned exit code 2`)
JENKINS_LEVEL = (
    "coalesce(['ERROR', 'WARN', 'WARN', 'INFO', 'WARN'][list_position(['FAILURE', 'UNSTABLE', "
    "'ABORTED', 'SUCCESS', 'NOT_BUILT'], regexp_extract(s.msg, '^Finished: (\\w+)$', 1))], "
    f"{ci_level('s.msg')})"
)


# Palo Alto's time_generated (with its year: `Jan 18 2024 12:46:54 GMT`, `2024/01/18 12:46:54`)
# in a record after a year-less syslog header: the record's time, in UTC when it says GMT or
# UTC, else in the timezone setting
_PAN_GENERATED = (
    r"time_generated\"?[=:] ?\"?(\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}|[A-Z][a-z]{2} +\d{1,2} \d{4} "
    r"\d{2}:\d{2}:\d{2})( GMT| UTC)?"
)


def _pan_generated(group: int) -> str:
    return f"regexp_extract(s.msg, '{_PAN_GENERATED}', {group})"


_PAN_NAIVE = (
    f"try_strptime(replace({_pan_generated(1)}, '  ', ' '), "
    "['%Y/%m/%d %H:%M:%S', '%b %d %Y %H:%M:%S'])"
)
# the time a relayed program wrote in its message, with its year: the event's, where the
# header's is the relay's, without a year. First in the message with its zone (Infoblox's
# `httpd: 2022-03-18 13:24:41.705Z [admin]: ...`, libvirt's `2022-07-20 06:13:31.181+0000: `,
# PostgreSQL's `2020-08-09 13:09:20.927 MSK`; a zone abbreviation naming several zones, `CST`,
# gives none: the header's is kept), or without, where it is the header's wall clock to the
# minute (Kea's `2023-02-10 08:29:05.680 INFO `: the same zone); or a logfmt or JSON record's
# time with its zone (dockerd's and containerd's `time="2016-04-27T20:19:50.526628330Z"`,
# etcd's `{"level":"warn","ts":"2024-01-10T07:55:33.433522Z",...}`)
# (in brackets too: gunicorn's `[2024-07-05 09:13:44 +0200] [3129704] [INFO] `)
# (after a tag too, with slashes: Gitea's `2025/07/23 11:46:33 HTTPRequest [I] `, its Macaron's
# `[Macaron] 2018-06-27 16:43:35: `)
_MESSAGE_STAMP = (
    "^(?:\\[\\w+\\] )?\\[?(\\d{4}[-/]\\d{2}[-/]\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?)"
)
_MESSAGE_ZONE = f"regexp_extract(s.msg, '{_MESSAGE_STAMP} ([A-Z]{{3,4}}) ', 2)"
_MESSAGE_NAIVE = (
    f"TRY_CAST(translate(regexp_extract(s.msg, '{_MESSAGE_STAMP}', 1), ',/', '.-') AS TIMESTAMP)"
)
# (read off the whole line, `p`: `s.msg` is computed anew for each mention)
# (logfmt's `time="..."`, or unquoted: `ts=2024-08-16T19:46:05.614498326Z`, Prometheus', Loki's,
# Grafana Alloy's and InfluxDB's; Go's slog, `time=2026-07-21T06:10:48.133Z`, Prometheus 3's;
# Grafana's `t=2023-03-17T17:26:01.760020976+08:00`)
_RECORD_TIME = (
    'NULLIF(regexp_extract(p, \'(?:\\stime="?|\\sts=|\\st=|"(?:ts|time|timestamp)": ?")'
    # (CRI-O's `time="2020-07-01 17:13:49.335487528+02:00"`: a space for the T)
    "(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2}))"
    "(?:\"|\\s|$)', 1), '')"
)


# ... a logrus text record's with no zone (Prysm's `time="2021-10-16 15:26:11"`), taken where
# it is the header's wall clock to the minute
_RECORD_NAIVE = (
    "TRY_CAST(NULLIF(regexp_extract(p, '\\stime=\"?(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:"
    "\\d{2}(?:\\.\\d+)?)(?:\"|\\s|$)', 1), '') AS TIMESTAMP)"
)
_LEADING_EPOCH = (
    "timezone('UTC', to_timestamp(TRY_CAST(regexp_extract(p, ': (1\\d{9}): ', 1) AS BIGINT)))"
)
# zap's JSON epoch seconds in a relayed record (Caddy's `{"level":"info","ts":1664999708.24,...}`)
# (Concourse's lager: `"timestamp":"1476843306.710886002"`, a string)
_RECORD_EPOCH = epoch_seconds_sql(
    'TRY_CAST(regexp_extract(p, \'"(?:ts|timestamp)": ?"?(1\\d{9}(?:\\.\\d+)?)"?[,}]\', 1) '
    "AS DOUBLE)"
)


_JUL_STAMP = "[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M"
_JUL_TIME = f"try_strptime(regexp_extract(s.msg, '^({_JUL_STAMP}) ', 1), '%b %d, %Y %I:%M:%S %p')"


# a date with its year anywhere in a relayed message (Ruby's `I, [2024-12-26T20:31:00.769206
# #1514013]`, Synapse's `2020-04-12 23:50:13,529 - ` in UTC under a local header, Valheim's
# `02/21/2021 00:33:41: `)
_HINT_ISO = "(?:19|20)\\d{2}-\\d{2}-\\d{2}"
_HINT_US = "\\d{2}/\\d{2}/(?:19|20)\\d{2}"
# (NetworkManager's epoch seconds in brackets: `<info>  [1737212459.5354] `)
_HINT_EPOCH = "\\[(1\\d{9})\\.\\d+\\]"
_HINTED_DAY = (
    f"coalesce(TRY_CAST(NULLIF(regexp_extract(s.msg, '{_HINT_ISO}'), '') AS DATE), "
    f"CAST(try_strptime(NULLIF(regexp_extract(s.msg, '{_HINT_US}'), ''), '%m/%d/%Y') AS DATE), "
    # (the epoch read off the line: the message leaves NetworkManager's clock out)
    f"CAST(to_timestamp(TRY_CAST(NULLIF(regexp_extract(p, '{_HINT_EPOCH}', 1), '') "
    "AS BIGINT)) AS DATE))"
)


def _year_hinted(header: str) -> str:
    """SQL for the header's stamp (read without a year) in the year of a date the message
    writes, where that date is the header's day or the next or last (the message's clock in
    another zone than the header's): the year is the message's, the time the header's."""
    moved = f"(({header}) + to_years(year(hint_day) - year({header})))"
    near = "CASE WHEN abs(date_diff('day', hint_day, CAST(moved AS DATE))) <= 1 "
    return (
        f"CASE WHEN regexp_matches(s.msg, '{_HINT_ISO}|{_HINT_US}') "
        f"OR regexp_matches(p, '{_HINT_EPOCH}') THEN "
        + let(_HINTED_DAY, "hint_day", let(moved, "moved", f"{near}THEN local_utc(moved) END"))
        + " END"
    )


def message_dated_time(header: str) -> str:
    """SQL for the time a relayed program wrote in its message with its year (above), the
    line's header stamp being `header` (read without a year); else, the header's in the year
    of a date the message writes (`_year_hinted`)."""
    return f"coalesce({_message_stamped(header)}, {_year_hinted(header)})"


def _same_clock(value: str, header: str, clock: str, then: str) -> str:
    """SQL: `then` where the time `value` reads as the header's stamp `header` does to the
    `clock` (a strftime format: the minute, the second), a program's stamp of this line."""
    return f"CASE WHEN strftime({value}, '{clock}') = strftime({header}, '{clock}') THEN {then} END"


_MINUTE, _SECOND = "%m-%d %H:%M", "%M:%S"


def _message_stamped(header: str) -> str:
    return (
        # (one test first: most messages open with no stamp, and `s.msg` is computed per mention)
        "CASE WHEN regexp_matches(s.msg, '^(?:\\[\\w+\\] )?\\[?\\d{4}[-/]\\d{2}[-/]\\d{2}[T ]"
        "\\d') THEN "
        f"CASE WHEN regexp_matches(s.msg, '{_MESSAGE_STAMP} ?(?:Z|[+-]\\d{{2}}:?\\d{{2}})"
        "(?:[\\s:\\]]|$)') THEN "
        + iso_sql(
            "regexp_replace(regexp_extract(s.msg, '^(?:\\[\\w+\\] )?\\[?(\\d{4}-\\d{2}-\\d{2}"
            "[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)? ?(?:Z|[+-]\\d{2}:?\\d{2}))', 1), ' ([-+Z])', "
            "'\\1')"
        )
        # (a word after the stamp may be no zone: Kea's level, `INFO `)
        + " ELSE "
        + let(
            _MESSAGE_NAIVE,
            "naive",
            f"coalesce(CASE WHEN regexp_matches(s.msg, '{_MESSAGE_STAMP} [A-Z]{{3,4}} ') THEN "
            f"{named_zone_utc('naive', _MESSAGE_ZONE)} END, "
            f"{_same_clock('naive', header, _MINUTE, 'local_utc(naive)')})",
        )
        + " END "
        "WHEN contains(p, 'time=') OR contains(p, ' ts=') OR contains(p, ' t=') "
        "OR contains(p, '\":\"') OR contains(p, '\": \"') "
        f"THEN coalesce({let(_RECORD_TIME, 'record', iso_sql('record'))}, "
        'CASE WHEN contains(p, \'"ts":1\') OR contains(p, \'"timestamp":"1\') THEN '
        + let(_RECORD_EPOCH, "epoch", _same_clock("epoch", header, _SECOND, "epoch"))
        + " END, CASE WHEN contains(p, ' time=') THEN "
        + let(_RECORD_NAIVE, "naive", _same_clock("naive", header, _MINUTE, "local_utc(naive)"))
        + " END) "
        # a web server's stamp with its zone (389 Directory Server's errors log behind the
        # journal: `ns-slapd[902]: [30/Sep/2020:21:25:11.054475104 -0400] - NOTICE - `)
        # (read off the line: the message leaves the stamp, `DS389_HEAD`)
        "WHEN contains(p, ': [') AND regexp_matches(p, ': \\[\\d{2}/[A-Z][a-z]{2}/\\d{4}:"
        "\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)? [+-]\\d{4}\\] ') THEN timezone('UTC', try_strptime("
        "regexp_replace(regexp_extract(p, ': \\[(\\d{2}/[A-Z][a-z]{2}/[^\\]]+)\\] ', 1), "
        "'\\.\\d+ ', ' '), '%d/%b/%Y:%H:%M:%S %z')) "
        # java.util.logging's header relayed (a Jenkins agent's: `Aug 03, 2022 7:37:28 PM
        # org.jenkinsci...`), where its minute is the header's
        f"WHEN regexp_matches(s.msg, '^{_JUL_STAMP} ') THEN "
        + let(_JUL_TIME, "jul", _same_clock("jul", header, _MINUTE, "local_utc(jul)"))
        # Mosquitto's epoch seconds before its message (`mosquitto[15050]: 1475682229: New
        # client ...`), where its minute and second are the header's (the zones may differ)
        + " WHEN regexp_matches(p, ': 1\\d{9}: ') THEN "
        + let(_LEADING_EPOCH, "epoch", _same_clock("epoch", header, _SECOND, "epoch"))
        + " END"
    )


PAN_TIME_GENERATED = (
    "CASE WHEN contains(s.msg, 'time_generated') THEN "
    f"CASE WHEN {_pan_generated(2)} <> '' THEN {_PAN_NAIVE} ELSE local_utc({_PAN_NAIVE}) END END"
)


# journalctl -o verbose: a record's fields on the indented lines below its header
# (`    PRIORITY=6`), up to the next header (a line not indented)
def journal_field(name: str) -> str:
    """SQL for a journal field's value on the lines below a `journalctl -o verbose` header."""
    value = field_below(f"    {name}=", "NOT starts_with(p, '    ')")
    return f"NULLIF({value}, '')"


# CMTrace's records (Configuration Manager, Intune's management extension): `<![LOG[message]LOG]!>`
# then the attributes (`<time="10:00:00.123+480" date="01-02-2024" component="CcmExec"
# context="" type="1" thread="3412" file="...">`), the message perhaps going on over lines
# before them: a record's attributes are on its line or the first line below it closing one
_CM_ATTRS = below(
    "CASE WHEN contains(p, ']LOG]!><time=') "
    "THEN regexp_extract(p, '\\]LOG\\]!>(<time=.*)$', 1) END",
    here=True,
)


def _cm_attr(name: str) -> str:
    return f'regexp_extract({_CM_ATTRS}, \'{name}="([^"]*)"\', 1)'


_CM_TIME = _cm_attr("time")
_CM_NAIVE = (
    f"try_strptime({_cm_attr('date')} || ' ' || regexp_extract({_CM_TIME}, '^([\\d:.]+)', 1), "
    "['%m-%d-%Y %H:%M:%S.%n', '%m-%d-%Y %H:%M:%S'])"
)
# the time's bias is the zone's in minutes, as Windows keeps it: UTC is the local time plus it
# (`+480` in the Pacific zone); without one the time is local
CMTRACE_TIME = (
    f"CASE WHEN regexp_matches({_CM_TIME}, '[+-]\\d+$') "
    f"THEN {_CM_NAIVE} + to_minutes(TRY_CAST(regexp_extract({_CM_TIME}, '([+-]\\d+)$', 1) "
    "AS INTEGER)) "
    f"ELSE local_utc({_CM_NAIVE}) END"
)


# a shell history's stamp line: bash's (HISTTIMEFORMAT set) and tcsh's (`#+1700000000`)
HISTORY_STAMP = r"^#\+?\d{9,10}$"


# wevtutil's text: a record's fields on the lines below its `Event[N]:` header (`  Level: Error`),
# up to the next header
_WEVT_HEADER = r"^Event\[\d+\]:$"


def wevt_field(name: str) -> str:
    """SQL for a field's value on the lines below a `wevtutil qe /f:text` record's header."""
    value = field_below(f"  {name}:", f"regexp_matches(p, '{_WEVT_HEADER}')")
    return f"NULLIF(trim({value}), '')"


# the description: after `  Description:` on its line, else the first line below it (flush left)
WEVT_DESCRIPTION = (
    f"coalesce({wevt_field('Description')}, "
    + below(
        f"CASE WHEN regexp_matches(p, '{_WEVT_HEADER}') THEN '' "
        "WHEN p <> '' AND NOT starts_with(p, '  ') THEN p END"
    )
    + ")"
)


# a GitLab CI job log's section marker (`section_start:1700000000:step_script\r`, the name
# perhaps followed by options: `[collapsed=true]`); a line's last marker says what follows it
GITLAB_MARKER = r"section_(?:start|end):\d+:"
# a line's text after its markers
GITLAB_TEXT = f"regexp_replace(s.msg, '^(?:{GITLAB_MARKER}[^\\r]*\\r)+', '')"
_GITLAB_LAST = "regexp_extract(p, '.*section_(start|end):(\\d+):([^\\r\\[]*)', {})"
# a line's time: its section's last marker at or above it (`carry.Carry` gives the lines
# before the first marker its time)
_GITLAB_MARK_TIME = epoch_seconds_sql(f"TRY_CAST(NULLIF({_GITLAB_LAST.format(2)}, '') AS BIGINT)")
GITLAB_SECTION_TIME = marked_above(_GITLAB_MARK_TIME)
# a line's section: the one its last marker at or above it opened (none after its end)
GITLAB_SECTION = marked_above(
    f"CASE {_GITLAB_LAST.format(1)} WHEN 'start' THEN {_GITLAB_LAST.format(3)} "
    f"WHEN 'end' THEN {NO_SECTION_SQL} END"
)
# a GitHub Actions (or Azure Pipelines) line's step: the last group (`##[group]Run npm test`)
# or section (`##[section]Starting: npm test`) opened at or above it
ACTIONS_STEP = marked_above(
    "CASE WHEN starts_with(s.msg, '##[group]') THEN substr(s.msg, 10) "
    "WHEN starts_with(s.msg, '##[section]Starting: ') THEN substr(s.msg, 22) END"
)


# an AWS VPC flow log file's first line names its fields (versions 2 to 8, custom formats)
VPC_FLOW_HEADER = r"version(?: [a-z0-9-]+)+"
_VPC_DEFAULT = ["version", "account-id", "interface-id"]
_VPC_GROUPS = {"interface-id": "source", "start": "ts", "action": "action", "log-status": "status"}


def vpc_flow_format(fields: str) -> LogFormat:
    """AWS VPC flow logs in the fields their file's header line names (`version account-id
    interface-id srcaddr ... start end action log-status`, or a custom choice of fields, as
    S3 delivers them), the header an event of its own; `-` where a field has no value."""
    names = fields.split()
    # (a record's version is a number: the header line is no record)
    header = " ".join(
        f"(?P<{_VPC_GROUPS[n]}>\\S+)" if n in _VPC_GROUPS else r"\d+" if n == "version" else r"\S+"
        for n in names
    )
    has = {_VPC_GROUPS[n] for n in names if n in _VPC_GROUPS}
    action, status = (f"s.{g}" if g in has else "NULL" for g in ("action", "status"))
    fmt = _fmt(
        "vpc-flow",
        VPC_FLOW_DESCRIPTION,
        f"^{header} *$",
        epoch_sql("s.ts") if "ts" in has else "NULL",
        "utc",
        # traffic refused, and records the service skipped (lost), are worth a look
        level_sql=f"CASE WHEN {action} = 'REJECT' OR {status} = 'SKIPDATA' THEN 'WARN' "
        "ELSE 'INFO' END",
        source_sql="NULLIF(s.source, '-')" if "source" in has else "NULL",
        # the record without its version, account and interface when it opens with them (the
        # default layout, as the format without a header names it), else the whole record
        msg_sql="regexp_replace(p, '^\\d+ \\S+ \\S+ ', '')" if names[:3] == _VPC_DEFAULT else "p",
    )
    return with_directives(fmt, VPC_FLOW_HEADER)


# Cisco IOS, IOS-XE and ASA device logs: `%FACILITY-SEVERITY-MNEMONIC: ` then the text, after
# what `service timestamps` writes: the date (`*` or `.` first when the clock is not synchronised,
# the zone with `show-timezone`), the uptime (`00:01:23`, `1d02h`) or nothing. A date may stand
# before a debug message, which has no code. Before those, the numbers of the syslog packet and
# of `service sequence-numbers`, and the time and sender a syslog server wrote
# (`Mar  1 10:00:05 10.0.0.1 45: *Mar  1 ...`)
MONTH_TIME = r"[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}"
# ASA's device id is followed by ` : `, a relayed ASA's host by a colon (`abc-asa1: `)
_CISCO_SENDER = r" \S*[^\s:]:? (?:: )?"
# the message's sequence number, the device's uptime, and what a wireless controller writes
# between them: its name and its task (`3393587: WLC001: 7842329: `, `WLC001: *sisfTask: `)
_CISCO_NUMBERS = r"(?:\d+: )?(?:\*?[A-Za-z][\w.-]*: ){0,2}(?:\d+: )?"
# (a zone as `clock timezone` names it: `AEST`, `gmt`, `mng`; a longer word in lower case is
# a program's tag, as `journalctl --no-hostname` writes `kernel: `)
_CISCO_ZONE = r"(?:\.\d{1,6})?(?: (?:[A-Z][A-Za-z]{1,6}|[a-z]{2,4}))?"
_CISCO_CODE = r"(?P<code>%[A-Z0-9_]+-[0-7]-[A-Z0-9_]+: )"
_UPTIME = r"(?:(?:\d{2}:\d{2}:\d{2}|\d+[ywd]\d+[wdh]): )?"
_RELAY = "(?:(?P<rx>" + MONTH_TIME + ")" + _CISCO_SENDER + ")?" + _CISCO_NUMBERS
# (a line of `service timestamps ... year` among lines without: `dated_ts_sql` reads it)
_DATE = r"(?P<ts>[*.]?[A-Z][a-z]{2} +\d{1,2}(?: \d{4})? \d{2}:\d{2}:\d{2}" + _CISCO_ZONE + "): "
CISCO_HEAD = "^(?:<\\d{1,3}>)?" + _RELAY + "(?:" + _DATE + "|" + _UPTIME + _CISCO_CODE + ")"
# with `service timestamps ... year` the device's stamp is the time (a syslog server's has none)
# (an ASA's `logging device-id` after it: its name or address, `INT-FW01 : `, `10.1.1.1: `)
_YEAR_DATE = (
    r"(?P<ts>[*.]?[A-Z][a-z]{2} +\d{1,2} \d{4} \d{2}:\d{2}:\d{2}" + _CISCO_ZONE + r")"
    r"(?: [\w.:-]*[\w.-] ?)?: "
)
CISCO_YEAR_HEAD = (
    "^(?:<\\d{1,3}>)?(?:" + MONTH_TIME + _CISCO_SENDER + ")?" + _CISCO_NUMBERS + _YEAR_DATE
)
# (what follows the time may be a host, which NX-OS' zone takes: `2025 May 15 10:35:59
# otus-leaf-sw02 %$ VDC-1 %$ ...`, read in the timezone setting)
_CISCO_NAIVE = "regexp_replace(ltrim(s.ts, '*.'), ' [A-Za-z][\\w/+-]*$', '')"


def _cisco_time(naive: str) -> str:
    """SQL reading a Cisco stamp (`naive`: parsed without its zone) in the zone it names (one
    of ZONE_ABBREVIATIONS, else one DuckDB knows), else in the timezone setting's, as naive
    UTC."""
    zone = "upper(regexp_extract(s.ts, ' ([A-Za-z]+)$', 1))"
    stamp = f"strftime({naive}, '%Y-%m-%d %H:%M:%S.%f') || ' ' || {zone}"
    listed = named_zone_utc(naive, zone)
    return (
        f"coalesce(CASE WHEN {zone} <> '' THEN coalesce({listed}, "
        f"timezone('UTC', TRY_CAST({stamp} AS TIMESTAMPTZ))) END, local_utc({naive}))"
    )


# without a year the stamp is read in 2001 (in today's zone rules: 1900's were local mean times
# in places), then moved to 1900, where the year rule (`year_missing`) expects it; a syslog
# server's time stands in for a device clock that is not synchronised (`*`, `.`) or not written
_CISCO_DEVICE = _cisco_time(
    f"try_strptime('2001 ' || {_CISCO_NAIVE}, ['%Y %b %d %H:%M:%S', '%Y %b %d %H:%M:%S.%n'])"
)
CISCO_TIME = (
    "CASE WHEN s.rx <> '' AND NOT regexp_matches(s.ts, '^[A-Z]') "
    "THEN local_utc(try_strptime('2001 ' || s.rx, '%Y %b %d %H:%M:%S')) "
    f"ELSE {_CISCO_DEVICE} END - INTERVAL 101 YEARS"
)
# the device's stamp alone, in 1900 (the year is inferred)
CISCO_DEVICE_TIME = f"{_CISCO_DEVICE} - INTERVAL 101 YEARS"
CISCO_YEAR_TIME = _cisco_time(
    f"try_strptime({_CISCO_NAIVE}, ['%b %d %Y %H:%M:%S', '%b %d %Y %H:%M:%S.%n'])"
)
CISCO_YEAR_FIRST_TIME = _cisco_time(
    f"try_strptime({_CISCO_NAIVE}, ['%Y %b %d %H:%M:%S', '%Y %b %d %H:%M:%S.%n'])"
)
# IOS XR: the node before the stamp (`RP/0/RSP0/CPU0:`), then the process and its pid, then
# the message code with a facility of several parts (`%SECURITY-SSHD-6-INFO_USER_LOGOUT : `)
_XR_HEAD = r"^(?:<\d{1,3}>)?(?:\d+: )?(?:[^\s:]+ )?(?:(?:RP|LC)/\d+/\w+/CPU\d+|\d+/\w+/CPU\d+):"
_XR_TAIL = (
    _CISCO_ZONE + r"): (?P<process>[\w-]+)\[\d+\]: "
    r"(?P<code>%[A-Z0-9_]+(?:-[A-Z0-9_]+)*-[0-7]-[A-Z0-9_]+ ?: )?(?P<msg>.*)$"
)
CISCO_XR_HEAD = _XR_HEAD + "(?P<ts>" + MONTH_TIME + _XR_TAIL
CISCO_XR_YEAR_HEAD = _XR_HEAD + r"(?P<ts>\d{4} " + MONTH_TIME + _XR_TAIL
# NX-OS and Firepower Threat Defense: the year first, then a zone (an abbreviation or the name
# set with `clock timezone`), or an ISO 8601 stamp with its offset (FTD's RFC 5424 option:
# `2024-01-17T09:07:34Z: `), perhaps the device (FTD's id, then ` : `), then the code (FTD's
# facility in two parts: `%FTD-auth-6-113039: `)
CISCO_NXOS = (
    r"^(?:<\d{1,3}>)?(?:\d*: ?)?(?P<ts>\d{4} " + MONTH_TIME + r"(?:\.\d{1,6})?"
    r"(?: [A-Za-z][\w/+-]{0,30})?|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?"
    r"(?:Z|[+-]\d{2}:?\d{2})):? +(?:[^\s%]\S*(?: :)? )?"
    # (the virtual device context's mark: `%$ VDC-1 %$ %VPC-2-VPC_SUSP_ALL_VPC: `)
    r"(?:%\$ VDC-\d+ %\$ +)?"
    r"(?P<code>%[A-Z0-9_]+(?:-[A-Za-z0-9_]+)*-[0-7]-[A-Z0-9_]+: )(?P<msg>.*)$"
)
CISCO_NXOS_TIME = (
    f"CASE WHEN s.ts LIKE '____-%' THEN {iso_sql('s.ts')} ELSE {CISCO_YEAR_FIRST_TIME} END"
)
# the severity and the facility of a message code (`s.code`)
CODE_SEVERITY = severity_sql("regexp_extract(s.code, '-([0-7])-[A-Z0-9_]+ ?: $', 1)")
CODE_FACILITY = "NULLIF(regexp_extract(s.code, '^%([A-Z0-9_]+(?:-[A-Za-z0-9_]+)*)-[0-7]-', 1), '')"


# a message's further lines (SYS-5-RESTART's version banner, MALLOCFAIL's pools and traceback)
# and `show logging`'s own header after its first line; a line opening with a stamp (a debug
# message, a line of another format) or a PRI is an event of its own
_STAMP_OPENS = r"^(?:\d+: )*(?:[*.]?[A-Z][a-z]{2} +\d{1,2} |\d{4}-\d{2}-\d{2}|\d+[:ywd]\d+|<\d)"
CISCO_CONTINUES = f"NOT ok AND NOT regexp_matches(p, '{_STAMP_OPENS}')"

# HAProxy's request lines carry the date with its year, and a custom log-format may write the
# Unix time first (`%Ts`); its other lines (a proxy started, a server down) only syslog's stamp,
# read in the year of the line before them that has one (else after them), else this year's
# (last year's for a date that would lie in the future)
_HAPROXY_LINE_YEAR = (
    "coalesce(NULLIF(substr(s.ts, 8, 4), ''), CASE WHEN regexp_matches(s.msg, "
    "'^\\d{10}(?:\\.\\d+)? ') THEN CAST(year(to_timestamp(CAST(regexp_extract(s.msg, "
    "'^(\\d{10})', 1) AS BIGINT))) AS VARCHAR) END)"
)
_HAPROXY_YEAR = f"{_HAPROXY_LINE_YEAR} IGNORE NULLS) OVER (ORDER BY line ROWS BETWEEN "
_HAPROXY_THIS_YEAR = (
    "CAST(year(current_date) - CASE WHEN try_strptime(CAST(year(current_date) AS VARCHAR) || ' ' "
    "|| s.stamp, '%Y %b %d %H:%M:%S') > current_date + INTERVAL 1 DAY THEN 1 ELSE 0 END "
    "AS VARCHAR)"
)
# the request's date; else (a line about no request) the syslog stamp's wall clock: rsyslog's
# RFC 3339 stamp as it is, a year-less one in the year of the requests around it
HAPROXY_TIME = (
    "CASE WHEN s.ts <> '' THEN try_strptime(s.ts, ['%d/%b/%Y:%H:%M:%S.%g', '%d/%b/%Y:%H:%M:%S']) "
    "WHEN s.stamp LIKE '____-%' THEN TRY_CAST(replace(left(s.stamp, 19), 'T', ' ') AS TIMESTAMP) "
    f"ELSE try_strptime(coalesce(last_value({_HAPROXY_YEAR}UNBOUNDED PRECEDING AND CURRENT ROW), "
    f"first_value({_HAPROXY_YEAR}CURRENT ROW AND UNBOUNDED FOLLOWING), "
    f"{_HAPROXY_THIS_YEAR}) || ' ' || s.stamp, '%Y %b %d %H:%M:%S') END"
)

# IBM MQ: a record's lines after its header (up to 12: the message code follows the inserts)
_MQ_AHEAD = "OVER (ORDER BY line ROWS BETWEEN CURRENT ROW AND 12 FOLLOWING)"
_MQ_CODE = (
    "first_value(NULLIF(regexp_extract(p, '(?:^| )(AMQ\\d{{4}})([IWEST]): ', {group}), '') "
    "IGNORE NULLS) " + _MQ_AHEAD
)
_MQ_UTC = (
    "first_value(TRY_CAST(NULLIF(regexp_extract(p, "
    "'Time\\((\\d{4}-\\d{2}-\\d{2}T[\\d:.]+)Z\\)', 1), '') AS TIMESTAMP) IGNORE NULLS) " + _MQ_AHEAD
)
_MQ_MESSAGE = (
    "first_value(NULLIF(regexp_extract(p, "
    "'(?:^| )(AMQ\\d{4}[IWEST]: .*?)(?:  EXPLANATION:|$)', 1), '') IGNORE NULLS) " + _MQ_AHEAD
)

# auditd: the records of one event (SYSCALL, EXECVE, CWD, PATH, PROCTITLE...) share its id
# `audit(<epoch>:<serial>)`; the records written one after another are one event here (the
# kernel may interleave another event's records: those then open events of their own)
_AUDIT_ID = "regexp_extract({}, ' msg=audit\\(([0-9./: ]+)\\)', 1)"
# (`ausearch`'s `----` between events ends the one above)
AUDIT_SAME_EVENT = (
    f"p = '----' OR NULLIF({_AUDIT_ID.format('p')}, '') = {_AUDIT_ID.format('lag(p) OVER ()')}"
)
# an outcome: a failed system call (`success=no`) or user-space operation (`res=failed`, or
# `res=0` in kernel records), an SELinux denial and the kernel's anomalies (ANOM_ABEND: a
# process crashed) are worth a look; none is a fault of the audit system, hence not ERROR (in
# a level, `s.msg` is the message: `AVC avc:  denied ...`)
AUDIT_LEVEL = (
    "CASE WHEN starts_with(s.source, 'ANOM_') OR regexp_matches(s.msg, '^AVC avc: +denied') "
    "THEN 'WARN' ELSE CASE regexp_extract(s.msg, '(?:^|\\s)(?:success|res)=(\\w+)', 1) "
    "WHEN 'no' THEN 'WARN' WHEN 'failed' THEN 'WARN' WHEN '0' THEN 'WARN' "
    "WHEN 'yes' THEN 'INFO' WHEN 'success' THEN 'INFO' WHEN '1' THEN 'INFO' END END"
)

# Snort's and Suricata's fast.log after the stamp: Suricata's `[Drop] ` (`[wDrop] ` when not
# inline) or Snort 3's ` [block]`, `[**] [gid:sid:rev] <signature> [**] [Classification: ...]
# [Priority: N] {PROTO} <source>[:port] -> <destination>[:port]`
FAST_ALERT = r" +(?P<action>\[\w+\] )?\[\*\*\] \[\d+:\d+:\d+\] (?P<msg>.*)$"


# the rule's priority: 1 high, 2 medium, 3 low, 4 very low (classification.config)
# what an Exim line says after its stamp and message id (or from the words that open a line of
# no message id, read apart: `H=`, `SMTP `...)
_EXIM_TEXT = "(s.note || s.msg)"


def priority_level(text: str) -> str:
    """SQL for the level of the `[Priority: N]` a Snort or Suricata alert's text holds."""
    return (
        "['ERROR', 'WARN', 'NOTICE', 'INFO'][TRY_CAST(regexp_extract("
        f"{text}, '\\[Priority: (\\d+)\\]', 1) AS INTEGER)]"
    )


FAST_LEVEL = priority_level("s.msg")
# the source address: its port after the last colon when there is one (Snort writes ports for
# TCP and UDP only, Suricata for every protocol; an IPv6 address holds colons of its own)
FAST_SOURCE = (
    "NULLIF(CASE WHEN regexp_matches(s.msg, '\\{(?:TCP|UDP)\\} |\\} [0-9.]+:\\d+ -> ') "
    "THEN regexp_extract(s.msg, '\\} (\\S+):\\d+ -> ', 1) "
    "ELSE regexp_extract(s.msg, '\\} (\\S+) -> ', 1) END, '')"
)


# a Tomcat record's stamp and level (its month in English or another language)
_TOMCAT_STAMP = (
    r"^\d{2}-" + LOCALE_MONTH + r"-\d{4} \d{2}:\d{2}:\d{2}(?:\.\d{1,3})? [A-ZÀ-ÿ一-鿿]+ \["
)
# Snort's full alerts: the record's lines after its header, and the first of the next three
# opening with a stamp (the priority's line is first, the addresses' line after it)
_SNORT_NEXT = "coalesce(lead(t, {n}) OVER (), '')"
_SNORT_LINE = r"^(\d{2}/\d{2}-\d{2}:\d{2}:\d{2}\.\d{6}) "
_SNORT_ADDRESSES = (
    "CASE "
    + " ".join(
        f"WHEN regexp_matches({_SNORT_NEXT.format(n=n)}, '{_SNORT_LINE}') "
        f"THEN {_SNORT_NEXT.format(n=n)}"
        for n in (1, 2, 3)
    )
    + " END"
)
_SNORT_STAMP = f"regexp_extract({_SNORT_ADDRESSES}, '{_SNORT_LINE}', 1)"


# What the lines of a multi-line record hold, asked by the line opening it: the next line
# passing a test, found by `lead(... IGNORE NULLS)` (one pass over the sorted chunk; `min`
# over a frame to the chunk's end walked a segment tree per line, seven times slower). A record
# crossing a chunk's end is judged on its lines there.
_NEXT = "IGNORE NULLS) OVER (ORDER BY line)"


def _next_line(test: str) -> str:
    """SQL: the number of the first line after this one passing `test` (SQL over `p`)."""
    return f"lead(CASE WHEN {test} THEN line END {_NEXT}"


def _records(opens: str) -> dict[str, str]:
    """A record format's rules, its records opened by the lines passing `opens`: every other
    line continues the record, and the opening line and blank lines, which say nothing of
    their own, are left out of its joined text (`LogFormat.continues`, `echoes`)."""
    return {"continues": f"NOT {opens}", "echoes": f"{opens} OR trim(p) = ''"}


def _in_record(test: str, opens: str) -> str:
    """SQL: whether a line after this one and before the next record (the next line passing
    `opens`) passes `test`."""
    found = _next_line(test)
    return f"coalesce({found} < {_next_line(opens)}, {found} IS NOT NULL)"


def _first_in_record(value: str, test: str, opens: str) -> str:
    """SQL: `value` (over `p`) at the record's first line after this one passing `test` (in a
    struct, so that a null value is not passed over for the next line's)."""
    return (
        f"CASE WHEN {_in_record(test, opens)} THEN "
        f"(lead(CASE WHEN {test} THEN {{'v': {value}}} END {_NEXT}).v END"
    )


# formats whose message is on the line after the header: that line's text, and whether a line
# is that line (passing `test`, a regex), which the joined message then leaves out (`echoes`)
_NEXT_TEXT = "lead(t) OVER ()"
# an ODL record's message: after its `[key: value]` fields, or on the next line after `[[`
_ODL_REST = "regexp_replace(s.msg, '^(?:\\[[\\w.-]+: [^\\]]*\\] ?)*', '')"
_ODL_NEXT = f"regexp_replace(trim(coalesce({_NEXT_TEXT}, '')), '\\]\\]$', '')"


# a month as Java writes it in a Chinese locale: `七月` (Java 8), `7月` (Java 9 on, CLDR)
_ZH_MONTHS = ("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
              "十一月", "十二月")  # fmt: skip
_ZH_MONTH = r"(?:(?:十[一二]?|[一二三四五六七八九])月|1[0-2]月|[1-9]月)"
_EN_MONTHS = sql_list(MONTH_NAMES)
_JUL_ZH_MONTH = "regexp_extract(s.ts, '^(\\S+月) ', 1)"
_JUL_ZH_TIME = (
    f"try_strptime(coalesce({_EN_MONTHS}[list_position({sql_list(_ZH_MONTHS)}, {_JUL_ZH_MONTH})], "
    f"{_EN_MONTHS}[TRY_CAST(rtrim({_JUL_ZH_MONTH}, '月') AS INTEGER)]) || ' ' || "
    "regexp_extract(s.ts, '^\\S+月 (\\d{1,2}, \\d{4} \\d{1,2}:\\d{2}:\\d{2}) ', 1) || "
    "CASE WHEN ends_with(s.ts, '上午') THEN ' AM' ELSE ' PM' END, '%b %d, %Y %I:%M:%S %p')"
)
_JUL_ZH_LEVELS = "严重|警告|信息|配置|详细|较详细|非常详细"


def _read_after_header(test: str) -> str:
    """SQL: whether a line the header does not fit, right after one it fits, matches `test`."""
    return f"NOT ok AND coalesce(lag(ok) OVER (), false) AND regexp_matches(p, '{test}')"


# the lines PostgreSQL writes after a message, about it
PG_EXTRA = "DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION"
PG_EXTRA_LIST = ", ".join(f"'{word}'" for word in PG_EXTRA.split("|"))

# Redis' level marks and the role of the process writing the line
REDIS_LEVEL = (
    "CASE s.level WHEN '.' THEN 'DEBUG' WHEN '-' THEN 'VERBOSE' "
    "WHEN '*' THEN 'NOTICE' WHEN '#' THEN 'WARN' END"
)
# the line Redis writes from its signal handler, where it cannot format a date: the time of
# the line after it (in the log's zone and, without a year, in the year the others are given)
REDIS_SIGNAL = r"signal-handler \(\d+\)"
REDIS_ROLE = (
    "CASE s.role WHEN 'M' THEN 'master' WHEN 'S' THEN 'replica' "
    "WHEN 'C' THEN 'child' WHEN 'X' THEN 'sentinel' END"
)
# MySQL 5.0's and 5.1's error log: `060516 22:38:46 [Note] ...`, the hour padded with a space
# (`060516  2:38:46`; mysqld_safe's lines pad it with a zero)
MYSQL_OLD_STAMP = r"\d{6} [ \d]\d:\d{2}:\d{2}"
MYSQL_OLD_TIME = "try_strptime(replace(s.ts, '  ', ' 0'), '%y%m%d %H:%M:%S')"  # hour padded
_GENERAL_STAMP = (
    "CASE WHEN s.ts = '' THEN NULL WHEN contains(s.ts, 'T') THEN "
    + iso_sql("s.ts")
    + f" ELSE local_utc({MYSQL_OLD_TIME}) END"
)
# the commands of a general query log's lines (sql/sql_parse.cc's command names)
MYSQL_COMMANDS = (
    "Binlog Dump GTID|Binlog Dump|Change user|Close stmt|Connect Out|Connect|Create DB|Daemon|"
    "Debug|Delayed insert|Drop DB|Error|Execute|Fetch|Field List|Init DB|Kill|Long Data|Ping|"
    "Prepare|Processlist|Query|Quit|Refresh|Register Slave|Reset stmt|Set option|Shutdown|Sleep|"
    "Statistics|Table Dump|Time"
)
# lines without a level: InnoDB's errors and warnings, and a crash (`- mysqld got signal 11;`)
MYSQL_OLD_LEVEL = (
    "coalesce(NULLIF(s.level, ''), CASE WHEN starts_with(s.msg, 'InnoDB: Error') THEN 'ERROR' "
    "WHEN starts_with(s.msg, 'InnoDB: Warning') THEN 'WARN' "
    "WHEN contains(s.msg, 'mysqld got signal ') THEN 'FATAL' END)"
)

# Oracle Database's alert log: a line holding only the time opens a record (12.2's ISO stamp,
# microseconds and offset always written, the default with `uniform_log_timestamp_format`;
# 11g's ctime() stamp, in the server's time), and the lines after it, up to the next stamp, are
# its message
# (11g on a machine whose TZ names a zone writes it before the year: `Fri Nov 24 16:57:19 CST
# 2017`)
ORACLE_STAMP = (
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}[+-]\d{2}:\d{2}|"
    + CTIME.removesuffix(r" \d{4}")
    + r"(?: [A-Z]{3,5})? \d{4}"
)
_ORACLE_OPENS = f"regexp_matches(p, '^(?:{ORACLE_STAMP})$')"
# lines an alert log writes often (errors, a startup's banner, background processes, log
# switches): the lines of a record carry no mark of their own and outnumber the stamps in a
# startup, so these count in detection too; in parsing every line but a stamp continues
ORACLE_LINES = "|".join(
    (
        r"(?:ORA|TNS)-\d+",
        r"Errors in file ",  # a Unix or Windows path
        r"Incident details in: ",
        r"Use ADRCI or Support Workbench",
        r"Starting ORACLE instance",
        r"Starting up:$",
        r"Oracle Database \d",
        r"Starting background process ",
        r"[A-Z][A-Z0-9]{2,4} started with pid=",
        r"[A-Z][A-Z0-9]{2,4} \((?:ospid: ?|PID:)\d+\): ",
        r"LICENSE_[A-Z_]+ = ",
        r"Capabi\w+ (?:Type|requested) : ",
        r"capabilities requested : ",
        r"Using parameter settings in ",
        r"System parameters with non-default values:",
        r"(?:Completed: )?(?i:alter (?:database|system|pluggable|tablespace)) ",
        r"Thread \d+ (?:advanced|opened|closed|cannot allocate)",
        r"Successful (?:mount|open) of redo thread \d",
        r"Archived Log entry \d+ added",
        r"Checkpoint not complete",
        r"Fatal NI connect error \d+",
        r"Shutting down (?:ORACLE )?instance",
        r"Instance shutdown complete",
    )
)
_ORA = "regexp_matches(p, '\\bORA-\\d')"
_WORDED = "regexp_matches(p, '[A-Za-z]')"
_KILLED = "contains(p, 'terminating the instance due to')"
_WORTH_A_LOOK = "regexp_matches(p, '^(?:TNS-\\d|Checkpoint not complete)')"
# a background process naming itself (`PMON (ospid: 1234): ...`, 19c's `ARC1 (PID:5678): ...`)
# or a trace file's name (`<sid>_<process>_<ospid>.trc`: `ora` is a session's server process)
_NAMES_PROCESS = (
    "regexp_matches(p, '^[A-Z][A-Z0-9]{2,4} \\((?:ospid: ?|PID:)\\d+\\)|"
    "_[a-z0-9]+_\\d+(?:_i\\d+)?\\.trc')"
)
_PROCESS = (
    "upper(coalesce(NULLIF(regexp_extract(p, '^([A-Z][A-Z0-9]{2,4}) \\(', 1), ''), "
    "regexp_extract(p, '_([a-z0-9]+)_\\d+(?:_i\\d+)?\\.trc', 1)))"
)
# an instance a background process ended is FATAL; an ORA- error in a record is ERROR, unless
# Oracle wrote it as a WARNING (`WARNING: inbound connection timed out (ORA-3136)`); a client's
# failed connection (TNS- errors after `Fatal NI connect error`) and redo logs too small to
# switch (`Checkpoint not complete`: sessions waited) are WARN
ORACLE_LEVEL = (
    f"CASE WHEN s.ts = '' THEN NULL WHEN {_in_record(_KILLED, _ORACLE_OPENS)} THEN 'FATAL' "
    "WHEN regexp_matches(lead(p) OVER (), '^WARNING: ') THEN 'WARN' "
    f"WHEN {_in_record(_ORA, _ORACLE_OPENS)} THEN 'ERROR' "
    f"WHEN {_in_record(_WORTH_A_LOOK, _ORACLE_OPENS)} THEN 'WARN' END"
)
# the record's first line naming an ORA- error (its template tells the errors apart, where the
# `Errors in file <trace>:` before it would not), else its first line holding a word (not the
# rule of asterisks before `Fatal NI connect error`)
ORACLE_MSG = (
    f"CASE WHEN s.ts = '' THEN p ELSE coalesce({_first_in_record('p', _ORA, _ORACLE_OPENS)}, "
    f"{_first_in_record('p', _WORDED, _ORACLE_OPENS)}, '') END"
)
ORACLE_SOURCE = (
    f"CASE WHEN s.ts <> '' THEN NULLIF("
    f"{_first_in_record(_PROCESS, _NAMES_PROCESS, _ORACLE_OPENS)}, '') END"
)
ORACLE_TIME = (
    f"CASE WHEN s.ts = '' THEN NULL WHEN regexp_matches(s.ts, '^\\d') THEN {iso_sql('s.ts')} "
    f"ELSE {_ctime_zoned_sql()} END"
)

# Oracle Net's listener log (listener.log, text): a line per client connection or service
# event, `31-JUL-2024 02:00:00 * <connect data> * <address> * establish * <service> * <code>`, in
# the server's local time, a code other than 0 a TNS error (its `TNS-12516: ...` lines follow);
# 12c and later write the time with its offset on a line of its own (`2024-07-31T02:00:00.006290
# +08:00`: `zones.naive_offset` reads the offset from it), 11g a ctime() line, now and then
# GLib's log domain (`GLib-GObject`, `Gtk`, `dconf`) and the levels it writes with ` **`
_GLIB_DOMAIN = r"[A-Za-z]\w*(?:-[A-Za-z]\w*)*"
_GLIB_LEVELS = "CRITICAL|WARNING|ERROR|DEBUG|INFO"
_LISTENER_STAMP = r"\d{2}-[A-Z]{3}-\d{4} \d{2}:\d{2}:\d{2}"
_LISTENER_CODE = "regexp_extract(s.msg, '(?:^| \\* )(\\d+)$', 1)"
LISTENER_LEVEL = f"CASE WHEN {_LISTENER_CODE} NOT IN ('', '0') THEN 'ERROR' END"
# the service or SID a client asked for (`establish * ptdb * 12516`, `service_update * orcl * 0`)
LISTENER_SOURCE = "NULLIF(regexp_extract(s.msg, '\\b[a-z_]+ \\* ([^*\\s]+) \\* \\d+$', 1), '')"

# Oracle's audit trail in files (`AUDIT_TRAIL=OS`, `<sid>_ora_<pid>_<n>.aud`): a line holding
# the time and its offset (`Wed Oct 21 11:58:08 2020 -04:00`) opens a record, its fields follow
# one a line (`ACTION :[151] 'select ...'`, `DATABASE USER:[1] '/'`, `STATUS:[1] '0'`) or, in
# the extended layout, all on one line (`SESSIONID:[9] "1" ... USERID:[4] "SCOTT" ... RETURNCODE:
# [1] "0"`); the file opens with a banner about the instance (`Audit file /u01/...`)
_AUDIT_OPENS = f"regexp_matches(p, '^{CTIME} [+-]\\d{{2}}:\\d{{2}}$')"
ORACLE_AUDIT_LINES = "|".join(
    (
        r"(?:LENGTH|ACTION|DATABASE USER|PRIVILEGE|CLIENT USER|CLIENT TERMINAL|STATUS|DBID|"
        r"SESSIONID|USERHOST|CLIENT ADDRESS|ACTION NUMBER) ?:(?:\[\d+\])? ['\"]",
        r"Audit file /",
        r"(?:ORACLE_HOME|System name|Node name|Release|Version|Machine|Instance name|"
        r"Redo thread mounted by this instance|Oracle process number|Unix process pid|"
        r"Build label)(?: =|:)",
    )
)
_AUDIT_FIELDS = "starts_with(p, 'SESSIONID:[')"  # the extended layout's line of fields


def _audit_field(name: str) -> str:
    """SQL for a field's quoted value on its line of the record below its header, or on the
    extended layout's line of fields (`USERID:[5] "SCOTT"`) after `also`."""
    test = f"starts_with(p, '{name}')"
    value = f"regexp_extract(p, '^{name} ?:(?:\\[\\d+\\])? [''\"](.*?)[''\"]?$', 1)"
    return _first_in_record(value, test, _AUDIT_OPENS)


def _audit_extended(name: str) -> str:
    value = f'regexp_extract(p, \'\\b{name}:\\[\\d+\\] "([^"]*)"\', 1)'
    return _first_in_record(value, _AUDIT_FIELDS, _AUDIT_OPENS)


# a failed action's status is its ORA- error number (`STATUS:[4] '1017'`: a wrong password)
_AUDIT_STATUS = (
    f"coalesce({_audit_field('STATUS')}, NULLIF({_audit_extended('RETURNCODE')}, ''), '0')"
)
ORACLE_AUDIT_LEVEL = (
    f"CASE WHEN s.ts = '' THEN NULL WHEN {_AUDIT_STATUS} = '0' THEN 'INFO' ELSE 'WARN' END"
)
ORACLE_AUDIT_MSG = (
    f"CASE WHEN s.ts = '' THEN p ELSE coalesce({_audit_field('ACTION')}, "
    f"{_first_in_record('p', _AUDIT_FIELDS, _AUDIT_OPENS)}, '') END"
)
ORACLE_AUDIT_SOURCE = (
    f"CASE WHEN s.ts <> '' THEN NULLIF(coalesce({_audit_field('DATABASE USER')}, "
    f"{_audit_extended('USERID')}), '') END"
)

# ModSecurity's audit log in its native serial layout: a record's parts each open with a marker
# (`--d67af501-A--` to `--d67af501-Z--`); part A's line holds the time, the transaction and
# the client (`[07/Jun/2023:17:45:31 -0400] ZID6e... 192.168.45.191 43614 192.168.210.12 80`;
# ModSecurity 2 writes a negative offset `--0400`), part B the request, part H the rules'
# messages (`Message: Warning. ... [msg "Host header is a numeric IP address"] [severity
# "WARNING"]`)
_MODSEC_OPENS = "regexp_matches(p, '^--[0-9a-f]{8}-A--$')"
_MODSEC_MESSAGE = "starts_with(p, 'Message: ')"
_MODSEC_REQUEST = "regexp_matches(p, '^[A-Z]+ \\S+ HTTP/\\d')"
_MODSEC_A_LINE = "lead(p) OVER ()"
MODSEC_TIME = (
    "CASE WHEN s.part = 'A' THEN timezone('UTC', try_strptime(regexp_replace(regexp_extract("
    f"{_MODSEC_A_LINE}, '^\\[([^\\]]+)\\]', 1), ' --', ' -'), '%d/%b/%Y:%H:%M:%S %z')) END"
)
MODSEC_LEVEL = (
    "CASE WHEN s.part = 'A' THEN coalesce(NULLIF(upper(regexp_extract("
    f"{_first_in_record('p', _MODSEC_MESSAGE, _MODSEC_OPENS)}, "
    "'\\[severity \"(\\w+)\"\\]', 1)), ''), 'INFO') END"
)
MODSEC_MSG = (
    "CASE WHEN s.part <> 'A' THEN p ELSE coalesce(NULLIF(regexp_extract("
    f"{_first_in_record('p', _MODSEC_MESSAGE, _MODSEC_OPENS)}, "
    "'\\[msg \"([^\"]*)\"\\]', 1), ''), "
    f"{_first_in_record('p', _MODSEC_REQUEST, _MODSEC_OPENS)}, '') END"
)
MODSEC_SOURCE = (
    "CASE WHEN s.part = 'A' THEN NULLIF(regexp_extract("
    f"{_MODSEC_A_LINE}, '^\\[[^\\]]+\\] \\S+ (\\S+) ', 1), '') END"
)

# SQL Server's ERRORLOG writes an error as `Error: <number>, Severity: <n>, State: <n>.` then
# its text on a line of the same time and source. Severities 0-10 are informational, 11-16
# errors the user can correct (a failed login, a deadlock victim, a missing object: the server
# is sound, as with an HTTP 4xx), 17-19 resource and software errors an administrator must
# address, 20-25 fatal errors, which end the session (as PostgreSQL's FATAL) or find a database
# damaged
_MSSQL_ERROR = r"Error: \d+, Severity: (\d+),"


def _mssql_severity(severity: str) -> str:
    """SQL naming the level of a SQL Server severity (NULL when there is none)."""
    number = f"TRY_CAST(NULLIF({severity}, '') AS INTEGER)"
    return (
        f"CASE WHEN {number} >= 20 THEN 'FATAL' WHEN {number} >= 17 THEN 'ERROR' "
        f"WHEN {number} >= 11 THEN 'WARN' WHEN {number} >= 0 THEN 'INFO' END"
    )


# an error's severity; a failed login alone is WARN, SQL Server's informational messages INFO
# (read on the line: the message of an error leads with its text, see MSSQL_MSG)
_MSSQL_SEVERITY = f"regexp_extract(p, '^\\S+ \\S+ \\S+ +{_MSSQL_ERROR}', 1)"
MSSQL_LEVEL = (
    f"coalesce({_mssql_severity(_MSSQL_SEVERITY)}, "
    "CASE WHEN regexp_matches(p, '^\\S+ \\S+ \\S+ +Login failed ') THEN 'WARN' "
    "WHEN contains(p, 'This is an informational message') THEN 'INFO' END)"
)
# SQL Server writes an error as two lines of the same time and source: `Error: 18456, Severity:
# 14, State: 8.`, then its text. They are one event, whose message leads with the text (errors
# are told apart by it) and keeps the numbers: `Login failed for user 'sa'. ... (Error: 18456,
# Severity: 14, State: 8.)`
_MSSQL_ERROR_LINE = r"^(\S+ \S+ \S+) +Error: \d+, Severity: \d+,"
_MSSQL_AFTER = "lead(p) OVER ()"
MSSQL_CONTINUES = (
    "coalesce(starts_with(p, regexp_extract(lag(p) OVER (), "
    f"'{_MSSQL_ERROR_LINE}', 1) || ' '), false) "
    f"AND NOT regexp_matches(p, '{_MSSQL_ERROR_LINE}')"
)
MSSQL_MSG = (
    f"CASE WHEN regexp_matches(s.msg, '^{_MSSQL_ERROR}') "
    f"AND starts_with({_MSSQL_AFTER}, s.ts || ' ' || s.source || ' ') "
    f"THEN regexp_extract({_MSSQL_AFTER}, '^\\S+ \\S+ \\S+ +(.*)$', 1) || ' (' || s.msg || ')' "
    "ELSE s.msg END"
)

# Windows' setupapi.dev.log: sections of `>>>  [<title>]`, `>>>  Section start <time>`, entries
# marked by their first five characters (`!!!  ` an error, `!    ` a warning, five spaces
# information), `<<<  Section end <time>` and `<<<  [Exit status: ...]`; a section is an event
SETUPAPI_TIME = r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{3})?"
# a section, or a boot (`[Boot Session: <time>]`); the log's header (`[Device Install Log]`, the
# system's version, `[BeginLog]`) is one unparsed event
_SETUPAPI_OPENS = "regexp_matches(p, '^(?:>>>  \\[|\\[Boot Session: )')"
_SETUPAPI_ERROR = "regexp_matches(p, '^(?:!!!  |<<<  \\[Exit status: FAILURE)')"
_SETUPAPI_WARNING = "starts_with(p, '!    ')"
# a section's worst entry (a failed exit status is an error too); its entries are information
SETUPAPI_LEVEL = (
    "CASE WHEN NOT starts_with(p, '>>>  [') THEN NULL "
    f"WHEN {_in_record(_SETUPAPI_ERROR, _SETUPAPI_OPENS)} THEN 'ERROR' "
    f"WHEN {_in_record(_SETUPAPI_WARNING, _SETUPAPI_OPENS)} THEN 'WARN' ELSE 'INFO' END"
)
# a section's time is its start, on the line after its title (its end stays in its message)
SETUPAPI_START = f"regexp_extract(lead(p) OVER (), '^>>>  Section start ({SETUPAPI_TIME})', 1)"

# Event Viewer's `Save All Events As... > CSV`: the level (`Audit Success`, `Audit Failure` in
# the Security log's `Keywords` column), the exporting machine's local time as its locale
# writes it (here en-US: M/D/YYYY h:mm:ss AM), source, event id, task category, then the quoted
# description, which goes on over further lines (its header names no column for it)
# Nagios' state changes: `SERVICE ALERT: host;service;CRITICAL;HARD;3;output`,
# `HOST ALERT: host;DOWN;...`, notifications naming a contact first
NAGIOS_LEVEL = (
    "CASE regexp_extract(s.msg, '^(?:CURRENT )?(?:SERVICE|HOST) (?:ALERT|STATE|NOTIFICATION): "
    "(?:[^;]*;){1,3}?(OK|WARNING|CRITICAL|UNKNOWN|UP|DOWN|UNREACHABLE)(?:;|$)', 1) "
    "WHEN 'OK' THEN 'INFO' WHEN 'UP' THEN 'INFO' WHEN 'WARNING' THEN 'WARN' "
    "WHEN 'UNKNOWN' THEN 'WARN' WHEN '' THEN CASE regexp_extract(s.msg, '^(Warning|Error): ', 1) "
    "WHEN 'Warning' THEN 'WARN' WHEN 'Error' THEN 'ERROR' END ELSE 'ERROR' END"
)
# WebLogic's domain log gives the time as epoch milliseconds too; its stdout form only as
# `Jan 15, 2024 9:12:33,101 AM UTC`, whose zone name is read with the timezone setting
_WEBLOGIC_DATE = "replace(s.date, ', ', ' ')"
WEBLOGIC_TIME = (
    f"coalesce({epoch_sql('s.epoch')}, local_utc(try_strptime("
    + _WEBLOGIC_DATE
    + ", ['%b %d %Y %I:%M:%S,%g %p', '%b %d %Y %I:%M:%S %p'])))"
)
_WEBSPHERE_TS = "try_strptime(replace(s.ts, ',', ''), '%m/%d/%y %H:%M:%S:%g')"
# WebSphere's event types: F fatal, E error, W warning, A audit, I info, C config, D detail,
# O System.out, R System.err, 1-3 trace, < > entry and exit
WEBSPHERE_LEVEL = (
    "CASE s.level WHEN 'A' THEN 'INFO' WHEN 'C' THEN 'INFO' WHEN 'O' THEN 'INFO' "
    "WHEN 'R' THEN 'ERROR' WHEN 'Z' THEN NULL WHEN '1' THEN 'DEBUG' WHEN '2' THEN 'TRACE' "
    "WHEN '3' THEN 'TRACE' WHEN '<' THEN 'TRACE' WHEN '>' THEN 'TRACE' ELSE s.level END"
)
# hostd's words, and ESXi 8's two letters before the syslog priority (`In(166)`)
ESXI_LEVELS = "verbose|trivia|info|warning|error|critical|alert|panic|In|Wa|Er|No|Db|Cr|Al|Em"
_VMKERNEL_WORLD = r"cpu\d+:\d+(?: opID=[\w-]+)?\)"
_VMKERNEL_LEVEL = (
    "CASE regexp_extract(s.msg, '^(WARNING|ALERT|ERROR): ', 1) WHEN 'ALERT' THEN 'FATAL' "
    "WHEN '' THEN NULL ELSE regexp_extract(s.msg, '^(WARNING|ERROR): ', 1) END"
)
ESXI_LEVEL = (
    f"coalesce({_VMKERNEL_LEVEL}, CASE lower(s.level) WHEN 'verbose' THEN 'DEBUG' "
    "WHEN 'trivia' THEN 'TRACE' WHEN 'in' THEN 'INFO' WHEN 'wa' THEN 'WARN' "
    "WHEN 'er' THEN 'ERROR' WHEN 'no' THEN 'NOTICE' WHEN 'db' THEN 'DEBUG' "
    "WHEN 'cr' THEN 'CRITICAL' WHEN 'al' THEN 'FATAL' WHEN 'em' THEN 'FATAL' "
    "WHEN 'panic' THEN 'FATAL' WHEN 'alert' THEN 'FATAL' WHEN '' THEN NULL "
    "ELSE upper(s.level) END)"
)
# dmesg -x's level names, else an X.Org marker: (EE) error, (WW) warning, (!!) notice, and
# (II), (--), (==), (**), (++), (NI) for what was loaded, probed, defaulted or configured
DMESG_LEVEL = (
    "coalesce(CASE s.level WHEN 'emerg' THEN 'FATAL' WHEN 'alert' THEN 'FATAL' "
    "WHEN 'crit' THEN 'CRITICAL' WHEN 'err' THEN 'ERROR' WHEN 'warn' THEN 'WARN' "
    "WHEN 'notice' THEN 'NOTICE' WHEN 'info' THEN 'INFO' WHEN 'debug' THEN 'DEBUG' END, "
    "CASE regexp_extract(s.msg, '^\\((EE|WW|II|NI|!!|==|--|\\*\\*|\\+\\+)\\) ', 1) "
    "WHEN 'EE' THEN 'ERROR' WHEN 'WW' THEN 'WARN' WHEN '!!' THEN 'NOTICE' WHEN '' THEN NULL "
    "ELSE 'INFO' END)"
)
# the time of a GlusterFS message's last repeat: `... repeated 2 times between [<first>] and
# [2021-06-08 15:43:42.569302 +0000]`
_GLUSTER_LAST = (
    "replace(NULLIF(regexp_extract(s.msg, "
    "' and \\[(\\d{4}-\\d{2}-\\d{2} [\\d:.]+(?: [+-]\\d{4})?)\\]$', 1), ''), ' +', '+')"
)
# a Ceph line's level: the cluster log's severity where it is one, else its priority
CEPH_LEVEL = (
    "CASE WHEN contains(s.msg, ' log [') THEN CASE regexp_extract(s.msg, ' log \\[(\\w+)\\] ', 1) "
    "WHEN 'DBG' THEN 'DEBUG' WHEN 'INF' THEN 'INFO' WHEN 'SEC' THEN 'NOTICE' "
    "WHEN 'WRN' THEN 'WARN' WHEN 'ERR' THEN 'ERROR' END "
    "WHEN s.prio = '-1' THEN 'ERROR' WHEN s.prio = '0' THEN 'INFO' ELSE 'DEBUG' END"
)
# SSSD's debug levels are bits: 0x0010 fatal, 0x0020 critical, 0x0040 operation failed,
# 0x0080 minor failure, 0x0100 configuration, 0x0200 function data, higher bits tracing
SSSD_LEVEL = (
    "CASE lower(s.mask) WHEN '0x0010' THEN 'FATAL' WHEN '0x0020' THEN 'CRITICAL' "
    "WHEN '0x0040' THEN 'ERROR' WHEN '0x0080' THEN 'WARN' WHEN '0x0100' THEN 'INFO' "
    "WHEN '0x0200' THEN 'DEBUG' ELSE 'TRACE' END"
)
# `2024-01-15  9:12:33`, `2024-01-15 09:12:33:123456` (debug_microseconds) or ctime
SSSD_TIME = (
    "coalesce(TRY_CAST(regexp_replace(replace(s.ts, '  ', ' 0'), "
    "'(\\d{2}:\\d{2}:\\d{2}):(\\d+)$', '\\1.\\2') AS TIMESTAMP), "
    + CTIME_SQL
    + ", "
    # (SSSD 1.x's ctime with microseconds: `Thu Aug  5 08:06:02:294703 2021`)
    + ctime_sql("regexp_replace(s.ts, ':\\d+ (\\d{4})$', ' \\1')")
    + " + to_microseconds(TRY_CAST(NULLIF(regexp_extract(s.ts, ':(\\d{6}) \\d{4}$', 1), '') "
    "AS BIGINT)))"
)
# CEF's severity: 0-10 or its words (Low 0-3, Medium 4-6, High 7-8, Very-High 9-10)
# a CEF record's receipt time (`rt=`, the event's own, with its year): epoch milliseconds or
# `Oct 05 2023 18:33:02[.123]` (in the timezone setting)
_CEF_RT = (
    "regexp_extract(s.msg, '(?:^| )rt=(\\d{10,13}|[A-Z][a-z]{2} \\d{1,2} \\d{4} "
    "\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?)(?: |$)', 1)"
)
CEF_RECEIPT_TIME = (
    f"CASE WHEN {_CEF_RT} = '' THEN NULL WHEN regexp_full_match({_CEF_RT}, '\\d+') "
    f"THEN {epoch_sql(_CEF_RT)} ELSE local_utc(try_strptime({_CEF_RT}, "
    "['%b %d %Y %H:%M:%S.%g', '%b %d %Y %H:%M:%S'])) END"
)
CEF_LEVEL = (
    "CASE WHEN TRY_CAST(s.level AS INTEGER) >= 9 THEN 'CRITICAL' "
    "WHEN TRY_CAST(s.level AS INTEGER) >= 7 THEN 'ERROR' "
    "WHEN TRY_CAST(s.level AS INTEGER) >= 4 THEN 'WARN' "
    "WHEN TRY_CAST(s.level AS INTEGER) >= 0 THEN 'INFO' "
    "ELSE CASE lower(s.level) WHEN 'very-high' THEN 'CRITICAL' WHEN 'high' THEN 'ERROR' "
    "WHEN 'medium' THEN 'WARN' WHEN 'low' THEN 'INFO' "
    # ... or a level word (Contrast's agents: `|WARN|`)
    "WHEN 'critical' THEN 'CRITICAL' WHEN 'error' THEN 'ERROR' WHEN 'warn' THEN 'WARN' "
    "WHEN 'warning' THEN 'WARN' WHEN 'info' THEN 'INFO' WHEN 'debug' THEN 'DEBUG' END END"
)
# a Windows event's XML (`windows-event-xml`): its time, its level (the Level element, or an
# audit failure's keyword bit, 0x0010000000000000), and its message: the rendered one, else the
# event id and its data as name="value" (binary data left out, entities put back)
_QUOTE = "[''\"]"  # (in SQL) either quote XML puts around an attribute
_WINEVT_TIME = f"<TimeCreated SystemTime={_QUOTE}([^''\"]+)"
_WINEVT_LEVEL = (
    r"CASE regexp_extract(s.sys, '<Level>(\d+)</Level>', 1) WHEN '1' THEN 'CRITICAL' "
    "WHEN '2' THEN 'ERROR' WHEN '3' THEN 'WARN' WHEN '5' THEN 'DEBUG' ELSE CASE WHEN "
    "regexp_matches(s.sys, '<Keywords>0x[0-9a-fA-F]{2}[13579bBdDfF][0-9a-fA-F]{13}<') "
    "THEN 'WARN' ELSE 'INFO' END END"
)


def _xml_text_sql(expr: str) -> str:
    """SQL for XML text with its five entities put back."""
    for entity, char in (("lt", "<"), ("gt", ">"), ("quot", '"'), ("apos", "''"), ("amp", "&")):
        expr = f"replace({expr}, '&{entity};', '{char}')"
    return expr


def _winevt_data_sql() -> str:
    data = "regexp_replace(s.msg, '<Binary>[^<]*</Binary>', '', 'g')"
    named = f"<Data Name={_QUOTE}([^''\"]*){_QUOTE}\\s*>([^<]*)</Data>"
    data = f"regexp_replace({data}, '{named}', '\\1=\"\\2\" ', 'g')"
    data = f"regexp_replace({data}, '<[^>]*>', ' ', 'g')"
    return _xml_text_sql(f"trim(regexp_replace({data}, '\\s+', ' ', 'g'))")


_WINEVT_ID = r"regexp_extract(s.sys, '<EventID[^>]*>(\d+)</EventID>', 1)"
_WINEVT_MESSAGE = (
    "coalesce(NULLIF(trim("
    + _xml_text_sql("regexp_extract(s.msg, '<Message>([^<]*)</Message>', 1)")
    + f"), ''), concat_ws(' ', 'EventID ' || NULLIF({_WINEVT_ID}, '') || ':', "
    f"NULLIF({_winevt_data_sql()}, '')))"
)
# the tokens praudit -x writes inside a record, each on a line of its own without -l
_BSM_TOKENS = (
    "argument|arbitrary|attribute|exec_args|exec_env|exit|file|group|identity|ip|ipc|ipc_perm|"
    "iport|opaque|path|process|process_ex|return|sequence|socket|socket-inet|socket-inet6|"
    "socket-unix|subject|subject_ex|text|zone"
)
# a BSM record's return token (`<return errval="failure : ..." retval=.../>`), on its line or
# (`praudit -x`) on a line below it, before its `</record>`: the word opening `errval`
_BSM_RETURN = (
    "coalesce(NULLIF(regexp_extract(s.msg, '<return errval=\"(\\w+)', 1), ''), "
    "NULLIF(first_value(CASE WHEN starts_with(p, '<return errval=\"') THEN "
    "regexp_extract(p, '^<return errval=\"(\\w+)', 1) WHEN starts_with(p, '</record>') "
    "THEN '' END IGNORE NULLS) OVER (ORDER BY line ROWS BETWEEN 1 FOLLOWING AND 63 FOLLOWING), "
    "''))"
)
# the worst level word among a MikroTik line's topics
MIKROTIK_LEVEL = (
    "CASE WHEN contains(s.topics, ',critical') THEN 'CRITICAL' "
    "WHEN contains(s.topics, ',error') THEN 'ERROR' "
    "WHEN contains(s.topics, ',warning') THEN 'WARN' "
    "WHEN contains(s.topics, ',info') THEN 'INFO' WHEN contains(s.topics, ',debug') THEN 'DEBUG' "
    "END"
)
# PAN-OS: a THREAT or SYSTEM entry's severity field (informational ... critical)
PANOS_LEVEL = (
    "CASE WHEN s.source IN ('THREAT', 'SYSTEM') THEN CASE regexp_extract(s.msg, "
    "',(critical|high|medium|low|informational),', 1) WHEN 'critical' THEN 'CRITICAL' "
    "WHEN 'high' THEN 'ERROR' WHEN 'medium' THEN 'WARN' WHEN 'low' THEN 'INFO' "
    "WHEN 'informational' THEN 'INFO' END END"
)
# DHCP audit event IDs: 14 and 22 no address left, 31, 34 and 35 DNS updates failed; 13 an
# address in use, 15 a lease denied, 33 NAP, 50-64 rogue server detection
DHCP_LEVEL = (
    "CASE WHEN s.id IN ('14', '22', '31', '34', '35') THEN 'ERROR' "
    "WHEN s.id IN ('13', '15', '33') OR s.id BETWEEN '50' AND '64' THEN 'WARN' ELSE 'INFO' END"
)


def day_first_sql(first: str) -> str:
    """SQL telling that `DD/MM` stamps are day first: the first field (`first`, SQL for it as
    a number, null where it does not apply) is above 12 on a line parsed together with this."""
    return f"max({first}) OVER () > 12"


_LEADING_NUMBER = "TRY_CAST(regexp_extract(s.ts, '^\\d+', 0) AS INTEGER)"
_SECOND_FIELD = "TRY_CAST(regexp_extract(s.ts, '^\\d+[/.-](\\d+)', 1) AS INTEGER)"
# the date's separators made slashes, a decimal comma a point, an ISO `T` a space
_SLASHED = (
    "regexp_replace(replace(replace(s.ts, ',', '.'), 'T', ' '), "
    "'^(\\d{1,2})[.-](\\d{1,2})[.-]', '\\1/\\2/')"
)


def _numeric_date(order: str) -> str:
    """SQL reading the stamp's numeric date in `order` (with a four-digit year), or with the
    year's last two digits (Azure Functions' `[9/3/19 8:23:42 PM]`)."""
    layouts = ("%I:%M:%S %p", "%H:%M:%S", "%H:%M:%S.%f", "%I:%M:%S.%f %p")
    full = f"[{', '.join(repr(order + ' ' + t) for t in layouts)}]"
    short = full.replace("%Y", "%y")
    return (
        f"CASE WHEN regexp_matches(s.ts, '^\\d+[/.-]\\d+[/.-]\\d{{2}}[ T]') "
        f"THEN try_strptime({_SLASHED}, {short}) ELSE try_strptime({_SLASHED}, {full}) END"
    )


# a numeric date with the year last: day first (en-GB, de, fr) or month first (en-US). Day first
# when a line among those parsed together has a first field above 12, month first when one has
# a second field above 12, else as the separator is mostly written: `/` month first, `.` and
# `-` day first
SLASH_AMPM_TIME = (
    f"CASE WHEN {day_first_sql(_LEADING_NUMBER)} "
    f"THEN {_numeric_date('%d/%m/%Y')} "
    f"WHEN max({_SECOND_FIELD}) OVER () > 12 OR regexp_matches(s.ts, '^\\d+/') "
    f"THEN {_numeric_date('%m/%d/%Y')} ELSE {_numeric_date('%d/%m/%Y')} END"
)
# Citrix ADC (NetScaler): its stamp year first, or month first unless a line parsed with it
# has a first field above 12 (the appliance's DDMMYYYY setting), in GMT when it says so
_CITRIX_YEAR_FIRST = "regexp_matches(s.ts, '^\\d{4}/')"
_CITRIX_NAIVE = (
    f"CASE WHEN {_CITRIX_YEAR_FIRST} THEN try_strptime(s.ts, '%Y/%m/%d:%H:%M:%S') "
    f"WHEN {day_first_sql(f'CASE WHEN NOT {_CITRIX_YEAR_FIRST} THEN {_LEADING_NUMBER} END')} "
    "THEN try_strptime(s.ts, '%d/%m/%Y:%H:%M:%S') "
    "ELSE try_strptime(s.ts, '%m/%d/%Y:%H:%M:%S') END"
)
CITRIX_TIME = f"CASE WHEN s.gmt <> '' THEN {_CITRIX_NAIVE} ELSE local_utc({_CITRIX_NAIVE}) END"
# the level: a relay's `<local0.info>`, else the priority
CITRIX_LEVEL = "coalesce(NULLIF(s.severity, ''), " + severity_sql("NULLIF(s.pri, '')") + ")"
# OSSEC/Wazuh: an alert's lines after its `** Alert` line, read at that line
_OSSEC_OPENS = "starts_with(p, '** Alert ')"
OSSEC_LINES = (
    r"\d{4} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} .+->|Rule: \d+ \(level \d+\) -> |"
    r"(?:Src|Dst) (?:IP|Port): |User: "
)
_OSSEC_RULE = "starts_with(p, 'Rule: ')"
_OSSEC_RULE_LEVEL = _first_in_record(
    "TRY_CAST(regexp_extract(p, '^Rule: \\d+ \\(level (\\d+)\\)', 1) AS INTEGER)",
    _OSSEC_RULE,
    _OSSEC_OPENS,
)
# rule levels 0-3 are routine, 4-7 errors and low-relevance attacks, 8-11 repeated or
# first-seen errors, 12-15 events of high importance
OSSEC_LEVEL = (
    f"CASE WHEN {_OSSEC_RULE_LEVEL} >= 12 THEN 'CRITICAL' WHEN {_OSSEC_RULE_LEVEL} >= 8 "
    f"THEN 'ERROR' WHEN {_OSSEC_RULE_LEVEL} >= 4 THEN 'WARN' "
    f"WHEN {_OSSEC_RULE_LEVEL} >= 0 THEN 'INFO' END"
)
# the rule's description, else the groups on the alert's line; the alert's other lines (its
# location, rule, addresses, user) as they are
OSSEC_MSG = (
    f"CASE WHEN {_OSSEC_OPENS} THEN coalesce("
    + _first_in_record("regexp_extract(p, '-> ''(.*)''$', 1)", _OSSEC_RULE, _OSSEC_OPENS)
    + ", s.msg) ELSE p END"
)
# the agent and location line: `2024 Jan 15 09:12:33 web1->/var/log/auth.log`
OSSEC_SOURCE = _first_in_record(
    "NULLIF(regexp_extract(p, '^\\d{4} [A-Z][a-z]{2} +\\d{1,2} [\\d:]+ (.+?)->', 1), '')",
    "regexp_matches(p, '^\\d{4} [A-Z][a-z]{2} ')",
    _OSSEC_OPENS,
)
# IBM Db2's db2diag.log: a record opens at its stamp; its lines name the process, the component
# (`FUNCTION: DB2 UDB, buffer pool services, ...`) and the message
_DB2_OPENS = (
    "regexp_matches(p, '^\\d{4}-\\d{2}-\\d{2}-\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{6}[+-]\\d{3} ')"
)
DB2_LINES = (
    r"(?:PID|INSTANCE|FUNCTION|MESSAGE|APPHDL|APPID|AUTHID|HOSTNAME|EDUID|CALLED|RETCODE|"
    r"DATA #\d+|START|STOP|CHANGE|IMPACT|LOCATION|ARG #\d+) *: "
)
# the stamp's offset is in minutes (`+060`)
DB2_TIME = "try_strptime(s.ts, '%Y-%m-%d-%H.%M.%S.%f') - to_minutes(TRY_CAST(s.tz AS INTEGER))"
DB2_MSG = (
    "coalesce("
    + _first_in_record(
        "regexp_extract(p, '^MESSAGE : (.*)$', 1)", "starts_with(p, 'MESSAGE : ')", _DB2_OPENS
    )
    + ", trim(s.msg))"
)
DB2_SOURCE = _first_in_record(
    "NULLIF(regexp_extract(p, '^FUNCTION: [^,]*, ([^,]+),', 1), '')",
    "starts_with(p, 'FUNCTION: ')",
    _DB2_OPENS,
)
EVENTVIEWER_LEVELS = "Information|Warning|Error|Critical|Verbose|Audit Success|Audit Failure"
# Verbose is Windows' lowest level (Serilog's and logcat's verbose are TRACE too); a failed
# audit (a refused logon, a denied access) is worth a look, not a fault of the system
EVENTVIEWER_LEVEL = (
    "CASE s.level WHEN 'Information' THEN 'INFO' WHEN 'Warning' THEN 'WARN' "
    "WHEN 'Error' THEN 'ERROR' WHEN 'Critical' THEN 'CRITICAL' WHEN 'Verbose' THEN 'TRACE' "
    "WHEN 'Audit Success' THEN 'INFO' WHEN 'Audit Failure' THEN 'WARN' END"
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
        "Spark: <Date> <Time> <Level> <Component>: <Content> (Hive's CLI: the thread before the "
        "level, `[main]: `)",
        r"^(?P<ts>\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}) (?:\[(?P<thread>[^\]]*)\]: )?"
        r"(?P<level>[A-Z]+) "
        r"(?P<source>[^:\s]+): (?P<msg>.*)$",
        "try_strptime(s.ts, '%y/%m/%d %H:%M:%S')",
        "local",
    ),
    _fmt(
        "zookeeper",
        "Zookeeper: <Date> <Time> [[myid:<id>] ]- <Level> [<Node>:<Component>@<Id>] - <Content> "
        "(3.5 and later write the server's id)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}) (?:\[myid:\d*\] )?- "
        r"(?P<level>[A-Z]+) +"
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
        "try_strptime(s.time, '%Y-%m-%d-%H.%M.%S.%n')",
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
        # (a component may hold a colon in its parentheses: `audit(1131538222.234:0): `)
        r"(?P<source>(?:[^\[:(]|\([^)]*\))*?)(?:\[(?P<pid>\d+)\])?: (?P<msg>.*)$",
        epoch_sql("s.epoch"),
        "utc",
        level_sql="CASE WHEN s.label <> '-' THEN 'ALERT' END",
    ),
    _fmt(
        "windows",
        "Windows CBS: <Date> <Time>, <Level> <Component> <Content>",
        # the level is padded to 22 characters, the component to 7: a line of no component
        # (setupact.log's) has over 20 spaces after its level
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}), (?P<level>\w+)"
        r"(?:\s{1,20}(?P<source>\S+)\s+|\s{21,})(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y-%m-%d %H:%M:%S')",
        "local",
        # a record's further lines: CBS's own (`CSI perf trace:`, then `CSIPERF:TXCOMMIT;...`),
        # and a line a console wrapped
        continues="NOT ok",
    ),
    _fmt(
        "android",
        "Android logcat threadtime: <Date> <Time> <Pid> <Tid> <Level> <Component>: ...",
        r"^(?P<ts>\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +(?P<pid>\d+) +(?P<tid>\d+) "
        # (logcat pads a short tag: `I flutter : `)
        r"(?P<level>[VDIWEFA]) (?P<source>.*?) *: (?P<msg>.*)$",
        "try_strptime(s.ts, '%m-%d %H:%M:%S.%n')",
        "local",
        year_missing=True,
        continues=ANDROID_TRACE,
    ),
    _fmt(
        "android-long",
        "Android logcat -v long: [ MM-DD HH:MM:SS.mmm <pid>:<tid> <L>/<tag> ], the message on the "
        "lines below it, a blank line after",
        r"^\[ (?P<ts>\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +\d+: *\d+ (?P<level>[VDIWEFA])/"
        r"(?P<source>.*?) *\](?P<msg>)$",
        "try_strptime(s.ts, '%m-%d %H:%M:%S.%n')",
        "local",
        year_missing=True,
        # the first line below is the message (and is not repeated when lines are joined)
        msg_sql=f"coalesce({_NEXT_TEXT}, '')",
        echoes="NOT ok AND coalesce(lag(ok) OVER (), false)",
        # (its records' lines outnumber its headers two to one: a log that is not sparse, whose
        # lines below a header are that record's, which `joins_unfit` would take it for)
        continues="NOT ok AND true",
        priority=1,
    ),
    _fmt(
        "homebridge",
        "Homebridge and HOOBS: [<prefix>] [<the locale's date and time>] [<plugin or bridge>] "
        "<message> (JavaScript's toLocaleString: `8/31/2019, 2:24:20 PM` month first, "
        "`22/08/2023, 06:05:21` day first; the plugin, else HOOBS' prefix, is the source; a "
        "plugin's line without the stamp continues the line above)",
        r"^(?:\[(?P<prefix>[^\]\[]+)\] )?\[(?P<ts>\d{1,2}/\d{1,2}/\d{4}, \d{1,2}:\d{2}:\d{2}"
        r"(?: [AP]M)?)\] (?:\[(?P<source>[^\]]+)\] )?(?P<msg>.*)$",
        "CASE WHEN regexp_matches(s.ts, '[AP]M$') THEN try_strptime(s.ts, '%m/%d/%Y, %I:%M:%S %p') "
        "ELSE try_strptime(s.ts, '%d/%m/%Y, %H:%M:%S') END",
        "local",
        level_sql="NULL",
        source_sql="coalesce(NULLIF(s.source, ''), NULLIF(s.prefix, ''))",
        continues="NOT ok",
    ),
    _fmt(
        "android-year",
        "Android logcat threadtime with the year (`adb logcat -v threadtime,year`): <YYYY-MM-DD> "
        "<Time> <Pid> <Tid> <Level> <Tag>: ...",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +(?P<pid>\d+) +(?P<tid>\d+) "
        # (a tag padded to eight characters: `libc    `)
        r"(?P<level>[VDIWEFA]) (?P<source>.*?) *: (?P<msg>.*)$",
        "try_strptime(s.ts, '%Y-%m-%d %H:%M:%S.%g')",
        "local",
    ),
    _fmt(
        "systemd-console",
        "A service writing for systemd's journal with only a priority before each line "
        "(.NET's AddSystemdConsole, sd-daemon's <n> prefixes): <0-7><category>[<event id>] "
        "<message> (the priority the level, the category the source; no time)",
        # (or any program's line after it: rclone's `--log-systemd`, `<7>DEBUG : `, its level
        # word out of the message)
        r"^<(?P<pri>[0-7])>(?:(?P<source>[A-Za-z_][\w.]*)\[\d+\] |"
        r"(?:DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY) +: )?(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql=PRI_LEVEL,
        priority=-1,
    ),
    _fmt(
        "android-studio",
        "Android Studio's logcat window, copied: [YYYY-]MM-DD HH:MM:SS.mmm <pid>-<tid>/<package> "
        "<L>/<tag>: <message> (with the year since Android Studio 3)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +\d+-\d+/\S+ "
        r"(?P<level>[VDIWEFA])/(?P<source>[^:]*?): (?P<msg>.*)$",
        "try_strptime(s.ts, '%Y-%m-%d %H:%M:%S.%g')",
        "local",
        priority=1,
    ),
    _fmt(
        "android-studio-columns",
        "Android Studio's logcat window since Dolphin (2022.1), copied: YYYY-MM-DD HH:MM:SS.mmm "
        "<pid>-<tid> <tag> <package> <L> <message>, in padded columns (the tag is the source)",
        # (a process of no package leaves its column blank)
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +\d+-\d+ +(?P<source>\S+) +"
        r"(?:\S+ +)?(?P<level>[VDIWEFA]) +(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y-%m-%d %H:%M:%S.%g')",
        "local",
        priority=1,
    ),
    _fmt(
        "android-studio-noyear",
        "Android Studio's logcat window before version 3, copied: MM-DD HH:MM:SS.mmm "
        "<pid>-<tid>/<package or ?> <L>/<tag>: <message>",
        r"^(?P<ts>\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +\d+-\d+/\S+ "
        r"(?P<level>[VDIWEFA])/(?P<source>[^:]*?): (?P<msg>.*)$",
        "try_strptime(s.ts, '%m-%d %H:%M:%S.%g')",
        "local",
        year_missing=True,
        priority=1,
    ),
    _fmt(
        "android-time",
        "Android logcat -v time: <Date> <Time> <L>/<tag>(<pid>): <message>",
        r"^(?P<ts>\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) " + LOGCAT,
        "try_strptime(s.ts, '%m-%d %H:%M:%S.%n')",
        "local",
        year_missing=True,
        continues=ANDROID_TRACE,
    ),
    _fmt(
        "android-brief",
        "Android logcat -v brief: <L>/<tag>(<pid>): <message> (no time)",
        "^" + LOGCAT,
        "NULL",
        "none",
        continues=ANDROID_TRACE,
    ),
    _fmt(
        "puppet",
        "Puppet agent and server logs (--logdest file): <time> <zone offset> <source> "
        "(<level>): <message>; the source is Puppet or the resource (/Stage[main]/...)",
        r"^(?P<ts>" + ISO_STAMP + r") (?P<source>\S(?:.*?\S)?) \((?P<level>debug|info|notice|"
        r"warning|err|crit|alert|emerg)\): (?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        level_sql="upper(s.level)",
    ),
    _fmt(
        "jetty",
        "Jetty 9's StdErrLog: <YYYY-MM-DD HH:MM:SS.mmm>:<LEVEL>:<logger>:<thread>: <message> "
        "(Jetty 10 and later pad the level: `:INFO :oejs.Server:main: `)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}):(?P<level>INFO|WARN|DBUG|DEBUG|"
        r"ERROR|IGNORED) *:(?P<source>[^: ]*):[^: ]*: (?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "local",
        level_sql="CASE s.level WHEN 'IGNORED' THEN 'DEBUG' ELSE s.level END",
    ),
    _fmt(
        "windows-update",
        "WindowsUpdate.log (Get-WindowsUpdateLog): YYYY/MM/DD HH:MM:SS.fffffff <pid> <tid> "
        "<component> <message>; *FAILED* is an error, WARNING: a warning",
        r"^(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\.\d{7}) +\d+ +\d+ +(?P<source>\S+) +"
        r"(?P<msg>.*)$",
        "try_strptime(left(s.ts, 26), '%Y/%m/%d %H:%M:%S.%f')",
        "local",
        level_sql="CASE WHEN contains(s.msg, '*FAILED*') THEN 'ERROR' "
        "WHEN starts_with(s.msg, 'WARNING:') THEN 'WARN' END",
        priority=1,
    ),
    _fmt(
        "passenger",
        "Phusion Passenger (in nginx's or Apache's error log): [ <L> <YYYY-MM-DD HH:MM:SS.ffff> "
        "<pid>/<thread> <file>:<line> ]: <message> (C, E, W, N, I, D, D2, D3)",
        r"^\[ (?P<level>[CEWNID]\d?) (?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?) "
        r"\d+/\w+ (?P<source>[^\s:]+):\d+ \]: (?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "local",
        level_sql="CASE left(s.level, 1) WHEN 'C' THEN 'CRITICAL' WHEN 'E' THEN 'ERROR' "
        "WHEN 'W' THEN 'WARN' WHEN 'N' THEN 'NOTICE' WHEN 'I' THEN 'INFO' ELSE 'DEBUG' END",
        priority=1,
    ),
    _fmt(
        "esp-idf",
        "ESP-IDF (Espressif's ESP32 SDK): <L> (<milliseconds since boot>) <tag>: <message>, "
        "or the time of day in the parentheses (no date); Wi-Fi's tag takes no space",
        r"^(?P<level>[EWIDV]) \((?:\d+|(?P<clock>\d{2}:\d{2}:\d{2}\.\d{3}))\) (?P<source>[^:]+?): ?"
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        clock_sql="s.clock",
    ),
    _fmt(
        "zigbee2mqtt",
        "Zigbee2MQTT 1.x: Zigbee2MQTT:<level> <YYYY-MM-DD HH:MM:SS>: <message>",
        r"^(?P<source>[\w-]+):(?P<level>error|warn|info|debug) +"
        r"(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}): (?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "local",
        level_sql="upper(s.level)",
    ),
    _fmt(
        "zigbee2mqtt2",
        "Zigbee2MQTT 2.x: [YYYY-MM-DD HH:MM:SS] <level>: <TAB><namespace>: <message> (the "
        "namespace, `z2m` or `zh:zstack:znp`, is the source)",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\] (?P<level>error|warning|info|debug): "
        r"\t(?P<source>[\w:.-]+): (?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "local",
        level_sql="upper(s.level)",
        priority=1,  # above iso-plain, which reads the same stamp
    ),
    _fmt(
        "healthapp",
        "HealthApp: <Time>|<Component>|<Pid>|<Content>",
        r"^(?P<ts>\d{8}-\d{1,2}:\d{1,2}:\d{1,2}:\d{1,3})\|(?P<source>[^|]*)\|(?P<pid>\d+)\|"
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y%m%d-%H:%M:%S:%n')",
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
        "Apache error log: [<Time>] [<module:level>] [pid] [client] <Content> (the time as "
        "ctime, or ISO 8601 by ErrorLogFormat's %{cu}t)",
        # (a virtual host may lead, ErrorLogFormat's `%v`: Group-Office's `localhost [Tue ...`)
        r"^(?:[\w.-]+(?::\d+)? )?"
        r"\[(?:(?P<ts>\w{3} \w{3} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d+)? \d{4})\] "
        # (PHP's module writes no name: `[:error]`)
        r"\[(?:(?P<source>[\w.]*):)?|"
        # an ISO time is Apache 2.4's, whose level always follows its module (not spdlog's
        # `[2026-03-14 10:00:00.123] [net] [info]`)
        r"(?P<iso>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?)\] \[(?P<module>[\w.]*):)"
        r"(?P<level>\w+)\](?: \[pid (?P<pid>[^\]]*)\])?"
        r"(?: \[client (?P<client>[^\]]*)\])? (?P<msg>.*)$",
        "coalesce(try_strptime(s.ts, ['%a %b %d %H:%M:%S.%n %Y', '%a %b %d %H:%M:%S %Y']), "
        "TRY_CAST(s.iso AS TIMESTAMP))",
        "local",
        source_sql="coalesce(NULLIF(s.source, ''), s.module)",
        # a message's further lines (FastCGI's stderr: `Got error 'PHP message: ...`), not
        # what apachectl writes to the log itself (`AH00558: apache2: Could not reliably ...`)
        continues="NOT ok AND NOT starts_with(p, '[') AND NOT regexp_matches(p, '^AH\\d{5}: ')",
    ),
    _fmt(
        "apache-ssl-request",
        "Apache mod_ssl's request log (ssl_request_log): [<time>] <client> <protocol> <cipher> "
        '"<request>" <bytes> (the client is the source)',
        r"^\[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\] (?P<source>\S+) "
        r"(?P<proto>(?:TLS|SSL)v[\d.]+|-) (?P<cipher>\S+) \"(?P<req>(?:[^\"\\]|\\.)*)\" "
        r"(?P<size>\d+|-)$",
        ACCESS_TIME,
        "utc",
        level_sql="NULL",
        msg_sql="s.req || ' ' || s.proto || ' ' || s.cipher",
    ),
    _fmt(
        "nginx-error",
        "nginx error log: <Date> <Time> [<level>] <pid>#<tid>: <Content>",
        # (the connection's number, `*14 `, a header field too)
        r"^(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}) \[(?P<level>\w+)\] (?P<pid>\d+)#"
        r"(?P<tid>\d+): (?:\*\d+ )?(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y/%m/%d %H:%M:%S')",
        "local",
        # the client of the request the line is about, as in the access log
        source_sql="CASE WHEN contains(s.msg, ', client: ') "
        "THEN NULLIF(regexp_extract(s.msg, ', client: ([^,\\s]+)', 1), '') END",
        # a message's further lines, as FastCGI's stderr brings them (`PHP message: ...`)
        continues="NOT ok AND NOT regexp_matches(p, '^\\d{4}[/-]\\d{2}[/-]\\d{2}[T ]\\d{2}:')",
    ),
    _fmt(
        "access",
        "Apache/nginx access log (common or combined, optionally after a vhost:port; Caddy 0.x "
        "writes no user field)",
        r"^(?:[\w.-]+:\d+ )?(?P<source>\S+) (?P<ident>\S+) (?:(?P<user>[^\s\[]\S*) )?"
        + ACCESS_REQUEST,
        ACCESS_TIME,
        "utc",
        level_sql=http_level("s.status"),
        msg_sql=ACCESS_MSG,
    ),
    _fmt(
        "php-fpm-access",
        'PHP-FPM\'s access log, its default access.format (`%R - %u %t "%m %r" %s`): <client> '
        '- <user> DD/Mon/YYYY:HH:MM:SS +zone "<method> <script>" <status> (the time in no '
        "brackets; the client the source)",
        r"^(?P<source>\S+) - (?P<user>\S*) (?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} "
        r"[+-]\d{4}) \"(?P<req>[^\"]*)\" (?P<status>\d{3})(?P<msg>.*)$",
        ACCESS_TIME,
        "utc",
        level_sql=http_level("s.status"),
        msg_sql="s.req || ' ' || s.status || s.msg",
        examples=('172.22.1.10 - admin 05/Mar/2018:12:01:36 +0000 "PROPFIND /remote.php" 207',),
    ),
    _fmt(
        "access-forwarded",
        "Apache/nginx access log whose client is a list of addresses (X-Forwarded-For before the "
        "remote address, quoted or not) or follows the virtual host's name (or both); the first "
        "address is the source",
        r'^(?P<client>(?:"[^"]*"|[^\s",\[]+)(?:(?:, ?| )(?:"[^"]*"|[^\s",\[]+))*?) '
        r"(?P<ident>\S+) (?P<user>\S+) " + ACCESS_REQUEST,
        ACCESS_TIME,
        "utc",
        level_sql=http_level("s.status"),
        source_sql="coalesce(NULLIF(regexp_extract(s.client, "
        "'(\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})', 1), ''), "
        "s.client)",
        msg_sql=ACCESS_MSG,
        # below access: a list is read only where the address is no single word
        priority=-1,
    ),
    _fmt(
        "nginx-ingress",
        "Kubernetes ingress-nginx controller before 0.20: <remote address> - [<real client "
        'address>] - <user> [<time>] "<request>" <status> <bytes> ... (the real client is '
        "the source; upstream fields after the user agent)",
        r"^(?P<remote>\S+) - \[(?P<source>[^\]\s]*)\] - (?P<user>\S+) " + ACCESS_REQUEST,
        ACCESS_TIME,
        "utc",
        level_sql=http_level("s.status"),
        msg_sql=ACCESS_MSG,
    ),
    _fmt(
        "envoy",
        "Envoy and Istio access logs (Envoy's default format): [START_TIME] \"METHOD PATH "
        'PROTOCOL" CODE FLAGS RECEIVED SENT DURATION UPSTREAM_TIME "FORWARDED_FOR" '
        '"USER_AGENT" "REQUEST_ID" "AUTHORITY" "UPSTREAM_HOST" [Istio\'s fields] (5xx ERROR, '
        "4xx WARN; the authority is the source), perhaps after the log type (ACCESS)",
        r"^(?:ACCESS )?\[(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)\] "
        # (Istio 1.1-1.5 writes the mixer status and the upstream failure, quoted, after the
        # flags; later ones the response code's details and the connection's termination,
        # `via_upstream -`, then the upstream failure)
        r"\"(?P<req>[^\"]*)\" (?P<status>\d{1,3}) (?P<flags>\S+) (?:[^\s\"]+ [^\s\"]+ )?"
        r"(?:\"[^\"]*\" ){0,2}\d+ \d+ "
        r"(?:\d+|-) \S+ "
        r"\"[^\"]*\" \"[^\"]*\" \"[^\"]*\" \"(?P<source>[^\"]*)\".*$",
        iso_sql("s.ts"),
        "utc",
        level_sql=http_level("s.status"),
        source_sql="NULLIF(s.source, '-')",
        # the response flags tell failures apart: `UF` (upstream connection failure), `UH`, `NR`
        msg_sql="s.req || ' ' || s.status || ' ' || s.flags",
    ),
    _fmt(
        "syslog-5424",
        "syslog RFC 5424: <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG (or a relay's "
        "Mon DD HH:MM:SS host before the 1, instead of the priority)",
        # (a structured data value escapes `]` as `\]`: Junos' `reason="...(10.0.0.0\]..."`)
        # (Check Point's exporter writes no priority: `1 2019-05-15T16:25:50Z host CheckPoint`)
        # (Heroku's drains count the octets first: `289 <190>1 2019-09-13T17:31:38.888083+00:00
        # host app worker.3 - ...`)
        r"^(?:(?:\d{1,6} )?<(?P<pri>\d{1,3})>|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \S+ )?1 "
        r"(?P<ts>-|\d{4}-\d{2}-\d{2}T\S+) "
        # (Heroku's write no structured data: `host app worker.3 - I, [2019-09-13T17:31:38...`)
        r"(?P<host>\S+) (?P<source>\S+) (?P<pid>\S+) (?P<mid>\S+) "
        r"(?:(?P<sd>-|(?:\[(?:[^\]\\]|\\.)*\])+) ?)?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=PRI_LEVEL,
        source_sql="NULLIF(s.source, '-')",  # the nil value
        # a record of structured data alone (Junos' `SNMP_TRAP_LINK_UP [junos@... ...]`) is
        # its message id and data
        msg_sql="CASE WHEN trim(s.msg) = '' AND s.sd NOT IN ('-', '') THEN "
        "concat_ws(' ', NULLIF(s.mid, '-'), s.sd) ELSE s.msg END",
    ),
    _fmt(
        "opnsense",
        "OPNsense's log files: RFC 5424 without the priority, version and host: TIMESTAMP APP "
        "PROCID MSGID SD MSG (`2026-08-03T13:05:53+02:00 kea-dhcp4 71948 - [meta "
        'sequenceId="21"] INFO  [kea-dhcp4.dhcpsrv] ...`)',
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) +"
        r"(?P<source>[^\s\[]+) (?P<pid>\d+|-) (?P<mid>\S+) "
        r"(?P<sd>-|\[meta sequenceId=\"\d+\"\](?:\[(?:[^\]\\]|\\.)*\])*) ?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        # (Kea's level before its logger: `INFO  [kea-dhcp4.dhcpsrv] `)
        level_sql="NULLIF(regexp_extract(s.msg, '^(DEBUG|INFO|WARN|ERROR|FATAL) +\\[', 1), '')",
        examples=(
            '2026-08-03T13:05:53+02:00 kea-dhcp4 71948 - [meta sequenceId="21"] INFO  '
            "[kea-dhcp4.dhcpsrv] DHCPSRV_CFGMGR_ADD_IFACE listening on interface vtnet0_vlan105",
        ),
    ),
    _fmt(
        "syslog",
        "syslog RFC 3164 (Linux, OpenSSH, macOS): Mon DD HH:MM:SS host app[pid]: msg, and BSD "
        "syslogd's Mon DD HH:MM:SS --- last message repeated N times ---",
        # Junos writes two spaces before the host
        # (ProFTPD names its virtual host after its pid, and the client: `proftpd[1]
        # ftp.example.com (c[ip]): `, or not: `proftpd[1] ftp.example.com: `)
        # (Infoblox writes an empty pid: `httpd[]: `)
        # (MIT Kerberos' KDC names the severity after its pid: `krb5kdc[1977](info): `)
        # (a host ends with no colon: `Apr 24 20:51:19 domain_vpn_routing: Debug - ...` names no
        # host, Asuswrt-Merlin's scripts', and is read by syslog-nohost)
        # (a host holds no bracket: Unbound's own file, `Aug 22 20:23:16 unbound[7:0] info: `,
        # names none, its thread after the pid)
        BSD_SYSLOG_STAMP + r"(?:(?P<host>[^\s\[]*[^\s:\[]) +"
        r"(?P<source>[^\[:]*?)(?:\[(?P<pid>\d*)\](?:\(\w+\))?(?: [\w.-]+(?: \([^)]*\))?)?)?"
        # (a program's empty line: `start_valheim.sh[80869]:` and nothing after)
        r"(?: \((?P<addr>[^)]*)\))?:(?: |$)|--- )(?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql=f"coalesce({PRI_LEVEL}, CASE WHEN contains(p, '](') THEN NULLIF(upper("
        "regexp_extract(p, '^[^\\[]*\\[\\d*\\]\\((\\w+)\\): ', 1)), '') END)",
        dated_ts_sql=message_dated_time(_month_day()),
        # a Cisco device's line relayed by the server: its facility, not its sequence number
        # (IOS) or its message code (ASA); its level is read from the code (`EMBEDDED_LEVEL`)
        # (fail2ban 0.8 pads its logger to a column: `fail2ban.jail   : INFO   `)
        source_sql="CASE WHEN regexp_matches(s.source, '^(?:\\d+|%[A-Z0-9_]+-[0-7]-\\w+)$') "
        f"THEN coalesce(NULLIF(regexp_extract(p, ' {CISCO_CODE}', 1), ''), s.source) "
        "ELSE rtrim(s.source) END",
        continues=RELAYED_TRACE,
        msg_sql=RELAYED_MESSAGE,
    ),
    _fmt(
        "zypper",
        "openSUSE's libzypp logs (zypper.log, the YaST and PackageKit logs): <YYYY-MM-DD HH:MM:SS> "
        "<<level digit>> <host>(<pid>) [<group>] <file>(<function>):<line> <message> (the group "
        "the source, a group ending in ++ debug)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) <(?P<lvl>[0-6])> [\w.-]+\(\d+\) "
        r"\[(?P<source>[^\]+]+)(?P<debug>\+\+)?\] [\w.+-]+\([^)]*\):\d+ (?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "local",
        # Logger.h: DBG, MIL(estone), WAR, ERR, SEC(urity), INT(ernal error), USR
        level_sql="CASE WHEN s.debug <> '' THEN 'DEBUG' ELSE ['DEBUG', 'INFO', 'WARN', 'ERROR', "
        "'CRITICAL', 'ERROR', 'INFO'][TRY_CAST(s.lvl AS INTEGER) + 1] END",
        # a message's further lines (a command's output, a solver's problem)
        continues=UNSTAMPED,
        priority=1,
    ),
    _fmt(
        "vector",
        "Vector's console and other Rust programs on tracing's format with a year-less stamp: "
        "Mon DD HH:MM:SS.mmm  LEVEL <target>: <message> (the target, `vector::app`, is the "
        "source)",
        r"^(?P<ts>[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}\.\d{3}) +(?P<level>TRACE|DEBUG|INFO"
        r"|WARN|ERROR) (?P<source>[a-z_]\w*(?:::\w+)*): (?P<msg>.*)$",
        "try_strptime(s.ts, '%b %d %H:%M:%S.%g')",
        "local",
        year_missing=True,
        priority=2,  # above dnf 1.x's, whose header fits its INFO lines
    ),
    _fmt(
        "dnf-1",
        "dnf 1.x's dnf.log, dnf.librepo.log and dnf.rpm.log (Fedora 22 to 25): Mon DD HH:MM:SS "
        "<LEVEL> <message> (no host: the level where syslog writes one)",
        BSD_SYSLOG_STAMP + r"(?P<level>DDEBUG|SUBDEBUG|DEBUG|INFO|WARNING|ERROR|CRITICAL) "
        r"(?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        source_sql="NULL",
        priority=1,
    ),
    _fmt(
        "syslog-mark",
        "syslogd's mark, written when nothing else was for a while (sysklogd, rsyslog's immark): "
        "Mon DD HH:MM:SS host -- MARK --",
        # (an idle server's /var/log/messages may hold little else)
        BSD_SYSLOG_STAMP + r"(?P<host>[^\s\[]*[^\s:\[]) +(?P<msg>-- MARK --)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql="NULL",
        source_sql="NULL",
        examples=("Jul  1 06:46:44 stan -- MARK --",),
    ),
    _fmt(
        "syslog-severity",
        "syslog RFC 3164 with the severity in capitals after the host (SONiC's rsyslog template, "
        "%TIMESTAMP%.%subseconds% %HOSTNAME% %syslogseverity-text:::uppercase% %syslogtag%%msg%): "
        "Mon DD HH:MM:SS.ffffff host LEVEL app[pid]: msg",
        BSD_SYSLOG_STAMP
        + r"(?P<host>[^\s\[]+) (?P<level>EMERG|ALERT|CRIT|ERR|WARNING|NOTICE|INFO|DEBUG) "
        r"(?P<source>[^\s\[:]+)(?:\[(?P<pid>\d+)\])?: (?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        priority=1,  # above syslog, which reads `INFO supervisord` as the tag
        examples=(
            "May 25 00:50:27.794220 MyDUT INFO supervisord: redis-server === REDIS BUG REPORT "
            "START: Cut & paste starting from here ===",
        ),
    ),
    _fmt(
        "render",
        "Render's deploy and service logs as its dashboard shows them: Mon D HH:MM:SS AM|PM  "
        "<message> (no year; a 12-hour clock)",
        r"^(?P<ts>[A-Z][a-z]{2} \d{1,2} \d{1,2}:\d{2}:\d{2} [AP]M) +(?P<msg>.*)$",
        "try_strptime(s.ts, '%b %d %I:%M:%S %p')",
        "local",
        year_missing=True,
        level_sql="NULL",
        source_sql="NULL",
        priority=1,  # above syslog, which reads `PM` as the host
        examples=("Dec 9 03:03:10 PM  Dockerfile.render:25",),
    ),
    _fmt(
        "macos-installer",
        "macOS Installer's log as its window or Console shows it: Mon D, YYYY at h:mm:ss AM|PM "
        "<zone>  <process>: <message> (the process the source)",
        r"^(?P<ts>[A-Z][a-z]{2} \d{1,2}, \d{4} at \d{1,2}:\d{2}:\d{2} [AP]M) (?P<zone>[A-Z]{3,4}) +"
        r"(?P<source>[^\s:\[]+)(?:\[\d+\])?: (?P<msg>.*)$",
        in_named_zone("try_strptime(s.ts, '%b %d, %Y at %I:%M:%S %p')", "s.zone"),
        "utc",
        level_sql="NULL",
        examples=(
            "May 23, 2015 at 6:52:16 AM PDT  installd: PackageKit: Touched bundle /Applications/"
            "iTunes.app",
        ),
    ),
    _fmt(
        "syslog-notag",
        "syslog RFC 3164 with no tag, as appliances send their records (iboss, Palo Alto "
        "Panorama's custom formats): <PRI>Mon DD HH:MM:SS host <JSON record or key=value "
        "fields> (the host is the source, the priority's severity the level)",
        # (a record: other untagged lines are a tagged format's further segments, Cisco ISE's)
        r"^<(?P<pri>\d{1,3})>" + MONTH_DAY + r" +(?P<source>[\w.:-]+) (?P<msg>(?:\{|[\w.-]+=).*)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql=PRI_LEVEL,
        priority=-2,  # below the formats reading a tag, or a device's own fields, after it
        dated_ts_sql=PAN_TIME_GENERATED,  # a Palo Alto record's own time, with its year
    ),
    _fmt(
        "syslog-localized",
        "syslog RFC 3164 lines whose month is written in another language, as journalctl writes "
        "them in a French, German, Spanish... locale: `août 19 11:08:37 host app[pid]: msg`",
        r"^(?P<ts>" + LOCALE_MONTH + r" +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?) +"
        # (MIT Kerberos' KDC names the severity after its pid: `krb5kdc[821](info): `)
        r"(?P<host>[^\s\[]+) (?P<source>[^\[:]*?)(?:\[(?P<pid>\d+)\](?:\((?P<sev>\w+)\))?)?: "
        r"(?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        # (else what the program writes first: `parsing.EMBEDDED_LEVEL`)
        level_sql="s.sev",
        priority=-1,  # below syslog, which reads the English months' lines
        dated_ts_sql=message_dated_time(_month_day()),
        continues=RELAYED_TRACE,
        msg_sql=RELAYED_MESSAGE,
    ),
    _fmt(
        "syslog-nohost",
        "syslog RFC 3164 without the host (FreeBSD's and pfSense's local files, their remote "
        "logging, journalctl --no-hostname): [<PRI>]Mon DD HH:MM:SS program[pid]: msg "
        "(filterlog, openvpn, dhcpd; the kernel's without a pid)",
        # (Unbound's own file names its thread and level: `unbound[7:0] info: `)
        BSD_SYSLOG_STAMP + r"(?P<source>[\w./-]+)(?:\[(?P<pid>\d+)(?::\d+)?\])?"
        r"(?: (?P<lvl>debug|info|notice|warning|error))?: (?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql=f"coalesce({PRI_LEVEL}, upper(NULLIF(s.lvl, '')))",
        # (Caddy's JSON behind `journalctl --no-hostname`: its `"ts"` dates the line)
        dated_ts_sql=message_dated_time(_month_day()),
        continues=RELAYED_TRACE,
        msg_sql=RELAYED_MESSAGE,
    ),
    _fmt(
        "procurve",
        "HPE Aruba AOS-S (ProCurve) switches' event log (show logging): <severity letter> "
        "MM/DD/YY HH:MM:SS <event id> <subsystem>: <message> (I information, W warning, E "
        "error, M major, D debug; the subsystem the source)",
        r"^ *(?P<level>[IWEMD]) (?P<ts>\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}) (?P<id>\d{5}) "
        r"(?P<source>[\w-]+): (?P<msg>.*)$",
        "try_strptime(s.ts, '%m/%d/%y %H:%M:%S')",
        "local",
        level_sql="CASE s.level WHEN 'I' THEN 'INFO' WHEN 'W' THEN 'WARN' WHEN 'E' THEN 'ERROR' "
        "WHEN 'M' THEN 'CRITICAL' ELSE 'DEBUG' END",
        examples=("  I 05/31/17 10:51:24 00076 ports: port 1 is now on-line",),
    ),
    _fmt(
        "ipmi-sel",
        "A BMC's system event log as `ipmitool sel list` prints it: <id> | MM/DD/YYYY | "
        "HH:MM:SS[ AM|PM][ zone] | <sensor> #<number> | <event> | Asserted|Deasserted (the "
        "sensor the source)",
        r"^ *(?P<id>[0-9a-fA-F]+) \| (?P<date>\d{2}/\d{2}/\d{4}) \| (?P<time>\d{2}:\d{2}:\d{2})"
        r"(?: (?P<ampm>[AP]M))?(?: (?P<zone>[A-Z]{2,5}))? \| (?P<source>[^|#]+?)"
        r"(?: #0x[0-9a-fA-F]+)? \| (?P<msg>.*)$",
        "coalesce(CASE WHEN s.ampm <> '' THEN try_strptime(s.date || ' ' || s.time || ' ' || "
        "s.ampm, '%m/%d/%Y %I:%M:%S %p') END, try_strptime(s.date || ' ' || s.time, "
        "'%m/%d/%Y %H:%M:%S'))",
        "local",
        level_sql="NULL",
        # (a zone the stamp names, `ZONE_ABBREVIATIONS`)
        dated_ts_sql="CASE WHEN s.zone <> '' THEN "
        + named_zone_utc(
            "try_strptime(s.date || ' ' || s.time || ' ' || s.ampm, '%m/%d/%Y %I:%M:%S %p')",
            "s.zone",
        )
        + " END",
        examples=(
            "   3 | 04/15/2023 | 19:49:31 | Memory #0xb2 | Correctable ECC | Asserted",
            "   1 | 10/19/2023 | 05:15:35 PM CEST | Fan #0x46 | Lower Critical going low  | "
            "Asserted",
        ),
    ),
    _fmt(
        "month-name-minutes",
        "The month's name, the day, the year and the time to the minute before a colon: "
        "October 06, 2014 11:56: <message> (GitLab's application.log before 8.0)",
        r"^(?P<ts>(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December) \d{2}, \d{4} \d{2}:\d{2}): (?P<msg>.*)$",
        "try_strptime(s.ts, '%B %d, %Y %H:%M')",
        "local",
        level_sql="NULL",
        source_sql="NULL",
        examples=('October 06, 2014 11:56: User "Administrator" (admin@example.com) was created',),
    ),
    _fmt(
        "xen-console",
        "The Xen hypervisor's console (xl dmesg, a serial console): (XEN) [<YYYY-MM-DD "
        "HH:MM:SS.mmm> or <uptime>] <message> (console_timestamps=date or boot; the "
        "hypervisor, XEN, or a domain's vCPU, d0v1, the source; an uptime is no time)",
        r"^\((?P<source>XEN|d\d+(?:v\d+)?)\) (?:\[(?:(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"
        r"(?:\.\d{3})?)|(?P<up> *\d+\.\d+))\] )?(?P<msg>.*)$",
        "TRY_CAST(NULLIF(s.ts, '') AS TIMESTAMP)",
        "local",
        level_sql="NULL",
        examples=(
            "(XEN) [2022-01-18 10:40:41.000] HVM: ASIDs enabled.",
            "(XEN) [    4.701531] AMD-Vi: IVHD Device Entry: type 0x48 id 0 flags 0xd7",
        ),
    ),
    _fmt(
        "ntpd",
        "ntpd's own log file (-l, logfile): DD Mon HH:MM:SS program[pid]: msg, the day first "
        "(` 2 Feb 16:19:46 ntpd[540]: `), no year",
        r"^(?P<ts> ?\d{1,2} [A-Z][a-z]{2} \d{2}:\d{2}:\d{2}) (?P<source>[\w.-]+)\[(?P<pid>\d+)\]: "
        r"(?P<msg>.*)$",
        "try_strptime(ltrim(s.ts), '%d %b %H:%M:%S')",
        "local",
        year_missing=True,
        level_sql="NULL",
        examples=(" 2 Feb 16:19:46 ntpd[540]: proto: precision = 3.000 usec (-18)",),
    ),
    _fmt(
        "haproxy",
        "HAProxy through syslog: Mon DD HH:MM:SS host haproxy[pid]: <client:port> "
        "[DD/Mon/YYYY:HH:MM:SS.mmm] <frontend> <backend/server> <timers> <status> ... (the "
        "request's date, with its year, is the time; 5xx ERROR, 4xx WARN); haproxy's other "
        "lines take the year of the requests around them",
        r"^(?:<(?P<pri>\d{1,3})>)?(?P<stamp>" + MONTH_TIME + r"|\d{4}-\d{2}-\d{2}T"
        # (sent to a syslog socket with no host: `<134>Mar 31 02:25:33 haproxy[8]: `)
        r"\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?) +(?:\S+ )?haproxy\[\d+\]: "
        r"(?:\S+:\d+ \[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2}(?:\.\d{3})?)\] \S+ \S+ "
        # a log-format may add a field before the timers (the request's host: `%[req.hdr(host)]`)
        r"(?:[^\s/]+ )?"
        # HTTP's five timers then the status; TCP's three timers
        r"(?:(?:-?\d+/){4}\+?-?\d+ (?P<status>-?\d+)|(?:-?\d+/){2}\+?-?\d+) )?"
        # haproxy's own messages: a level, the day of the year and the time (before 2.4), the
        # pid (`[WARNING] 136/215539 (1502) : Exiting Master process...`)
        r"(?:\[(?P<hlevel>EMERG|ALERT|CRIT|ERR|WARNING|NOTICE|INFO|DEBUG)\] +"
        r"(?:\d{3}/\d{6} +)?\(\d+\) : )?(?P<msg>.*)$",
        HAPROXY_TIME,
        "local",
        level_sql=f"coalesce({http_level('s.status')}, NULLIF(s.hlevel, ''), {PRI_LEVEL})",
        source_sql="'haproxy'",
        # what syslog reads, all after the pid, but for haproxy's own header
        msg_sql="CASE WHEN s.hlevel <> '' THEN s.msg ELSE substr(p, strpos(p, ']: ') + 3) END",
        priority=1,  # above syslog, which reads the time without its year
    ),
    _fmt(
        "haproxy-stdout",
        "HAProxy logging to stdout or a file without syslog (`log stdout format raw`, "
        "containers): <client:port> [DD/Mon/YYYY:HH:MM:SS.mmm] <frontend> <backend/server> "
        "<timers> <status> ... (5xx ERROR, 4xx WARN)",
        r"^\S+:\d+ \[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2}(?:\.\d{3})?)\] \S+ \S+ "
        r"(?:(?:-?\d+/){4}\+?-?\d+ (?P<status>-?\d+)|(?:-?\d+/){2}\+?-?\d+) (?P<msg>.*)$",
        "try_strptime(s.ts, ['%d/%b/%Y:%H:%M:%S.%g', '%d/%b/%Y:%H:%M:%S'])",
        "local",
        level_sql=http_level("s.status"),
        source_sql="'haproxy'",
        msg_sql="p",
    ),
    _fmt(
        "syslog-year",
        "syslog RFC 3164 with the year (firewalls, network gear): Mon DD YYYY HH:MM:SS (or "
        "YYYY Mon DD) host app[pid]: msg (Cisco's `%ASA-4-...:` codes give the level and the "
        "source)",
        # (or the year first: syslog-ng's `$YEAR $MONTH_NAME $DAY` templates)
        r"^(?:<(?P<pri>\d{1,3})>)?(?P<ts>(?:[A-Z][a-z]{2} +\d{1,2} \d{4}|\d{4} [A-Z][a-z]{2} +"
        r"\d{1,2}) \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?) (?P<host>\S+) (?P<source>[^\[:]*?)"
        r"(?:\[(?P<pid>\d+)\])?: (?P<msg>.*)$",
        "try_strptime(s.ts, ['%b %d %Y %H:%M:%S', '%b %d %Y %H:%M:%S.%n', '%Y %b %d %H:%M:%S', "
        "'%Y %b %d %H:%M:%S.%n'])",
        "local",
        level_sql=severity_sql(
            f"coalesce(NULLIF(s.pri, ''), regexp_extract(s.msg, '^{CISCO_CODE}', 2))"
        ),
        source_sql=f"coalesce(NULLIF(s.source, ''), regexp_extract(p, ': {CISCO_CODE}', 1))",
        continues=RELAYED_TRACE,
        msg_sql=RELAYED_MESSAGE,
    ),
    _fmt(
        "cisco-ios",
        "Cisco IOS / IOS-XE / ASA (show logging, or a syslog server's file): [<seq>: ]"
        "[*|.]Mon DD HH:MM:SS.mmm[ zone]: %FACILITY-SEVERITY-MNEMONIC: <message> (the "
        "severity is the level, the facility the source; also an uptime or no stamp before "
        "the code, and debug messages, which have none)",
        CISCO_HEAD + r"(?P<msg>.*)$",
        CISCO_TIME,
        "utc",
        year_missing=True,
        dated_ts_sql=f"CASE WHEN regexp_matches(s.ts, ' \\d{{4}} ') THEN {CISCO_YEAR_TIME} END",
        # in a level `s.msg` is the message, code first; without a date the header holds it
        level_sql=severity_sql(f"regexp_extract(s.msg, '^{CISCO_CODE}', 2)"),
        source_sql=f"NULLIF(regexp_extract(s.code || s.msg, '^{CISCO_CODE}', 1), '')",
        msg_sql="s.code || s.msg",
        # above syslog, which reads a syslog server's lines as the packet's number for the
        # program and the device's stamp for the message
        priority=1,
        continues=CISCO_CONTINUES,
    ),
    _fmt(
        "cisco-ios-year",
        "Cisco IOS / IOS-XE / ASA with the year (service timestamps ... year): [<seq>: ]"
        "[*|.]Mon DD YYYY HH:MM:SS.mmm[ zone]: %FACILITY-SEVERITY-MNEMONIC: <message>",
        CISCO_YEAR_HEAD + r"(?P<msg>.*)$",
        CISCO_YEAR_TIME,
        "utc",
        level_sql=severity_sql(f"regexp_extract(s.msg, '^{CISCO_CODE}', 2)"),
        source_sql=f"NULLIF(regexp_extract(p, ': {CISCO_CODE}', 1), '')",
        # above syslog-year, which reads the zone as a host, and cisco-ios, which reads a year
        # among lines without
        priority=2,
        continues=CISCO_CONTINUES,
    ),
    _fmt(
        "cisco-xr",
        "Cisco IOS XR: [<seq>: ][<host> ]<node>:Mon DD HH:MM:SS.mmm[ zone]: <process>[<pid>]: "
        "%FACILITY-SUB-SEVERITY-MNEMONIC : <message> (the severity is the level, the facility "
        "the source)",
        CISCO_XR_HEAD,
        CISCO_DEVICE_TIME,
        "utc",
        year_missing=True,
        level_sql=CODE_SEVERITY,
        source_sql=f"coalesce({CODE_FACILITY}, s.process)",
        msg_sql="s.code || s.msg",
        priority=1,
    ),
    _fmt(
        "cisco-xr-year",
        "Cisco IOS XR with the year (`service timestamps log datetime show-year`): [<seq>: ]"
        "[<host> ]<node>:YYYY Mon DD HH:MM:SS.mmm[ zone]: <process>[<pid>]: "
        "%FACILITY-SUB-SEVERITY-MNEMONIC : <message>",
        CISCO_XR_YEAR_HEAD,
        CISCO_YEAR_FIRST_TIME,
        "utc",
        level_sql=CODE_SEVERITY,
        source_sql=f"coalesce({CODE_FACILITY}, s.process)",
        msg_sql="s.code || s.msg",
        priority=1,
    ),
    _fmt(
        "cisco-nxos",
        "Cisco NX-OS (Nexus) and Firepower Threat Defense: [<PRI>][<seq>:] YYYY Mon DD "
        "HH:MM:SS[.mmm][ zone] or YYYY-MM-DDTHH:MM:SSZ[:][ <host>[ :]] "
        "%FACILITY-SEVERITY-MNEMONIC: <message> (the zone "
        "an abbreviation, or a name the timezone setting stands for; the severity is the "
        "level, the facility the source)",
        CISCO_NXOS,
        CISCO_NXOS_TIME,
        "utc",
        level_sql=CODE_SEVERITY,
        source_sql=CODE_FACILITY,
        msg_sql="s.code || s.msg",
        # a message wrapped at the terminal's width (`show logging` on a console)
        continues="NOT ok",
        priority=1,
    ),
    _fmt(
        "python",
        "Python logging: <asctime> - <name> - <LEVEL> - <message> (Synapse's homeserver.log: "
        "<asctime> - <name> - <lineno> - <LEVEL> - <request>- <message>)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:,\d{3})?) - (?P<source>\S+) - (?:\d+ - )?"
        r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) - (?:[\w.]+(?:-\d+)?- )?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        continues=UNSTAMPED,  # a message's further lines (logging writes its newlines as they are)
    ),
    _fmt(
        "rust-tracing",
        "Rust's tracing-subscriber (fmt, no colours): <RFC 3339 time> <LEVEL, padded> "
        "[<span>{<fields>}: ...]<target>: <message> (the target, a module path, is the source)",
        # (in UTC, or local with its offset: `2026-01-09T09:35:29.569304764+08:00  INFO zedis: `)
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6,9}(?:Z|[+-]\d{2}:\d{2})) +"
        r"(?P<level>TRACE|DEBUG|INFO|WARN|"
        r"ERROR) (?:[\w-]+(?:\{[^}]*\})?: )*(?P<source>[a-z_][a-z0-9_]*(?:::[a-z0-9_]+)*): "
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        priority=1,  # above the generic ISO format
        continues=UNSTAMPED,  # a message's further lines
    ),
    _fmt(
        "python-offset",
        "Python logging with an offset in its time (`%z` in the date format: Dagster): "
        "<asctime> <offset> - <name> - <LEVEL> - <message>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:,\d{3})? ?[+-]\d{2}:?\d{2}) - "
        r"(?P<source>\S+) - (?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) - (?P<msg>.*)$",
        iso_sql("replace(replace(s.ts, ' +', '+'), ' -', '-')"),
        "utc",
        continues=UNSTAMPED,  # a message's further lines
    ),
    _fmt(
        "loguru",
        "Python loguru default: <time> | <LEVEL> | <module>:<function>:<line> - <message> "
        "(SUCCESS is NOTICE), a traceback on the lines after it",
        r"^(?P<ts>" + ISO + r") \| (?P<level>\w+) *\| (?P<source>[^\s:|]+:[^\s:|]+:\d+) -(?: |$)"
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        # SUCCESS (25) lies between INFO (20) and WARNING (30), as syslog's notice does: a
        # normal but significant condition
        level_sql="CASE s.level WHEN 'SUCCESS' THEN 'NOTICE' ELSE s.level END",
        # a message's further lines, and `backtrace`'s `> File ...` frame lines; not uvicorn's
        # own lines among them (FastAPI's app logging with loguru)
        continues=UNSTAMPED_NOT_UVICORN,
    ),
    _fmt(
        "uvicorn",
        "uvicorn / FastAPI console: LEVEL:<spaces><message>",
        # (one space, before 0.12, is any program's `INFO: ` line: Proxmox' vzdump tasks)
        r"^(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL|TRACE):\s{2,}(?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="NULL",
        priority=1,
    ),
    _fmt(
        "postgres-stderr",
        "PostgreSQL's stderr without a log_line_prefix: LEVEL:  <message> (two spaces; PANIC is "
        "FATAL, DEBUG1-5 DEBUG), DETAIL:, HINT:, CONTEXT:, STATEMENT: and the lines of a "
        "statement continue the line above (no time)",
        # the lines that continue an event count in detection too; one space then another does
        # not open a message (uvicorn pads its levels: `ERROR:    `)
        r"^(?P<level>LOG|INFO|NOTICE|WARNING|ERROR|FATAL|PANIC|DEBUG[1-5]?|" + PG_EXTRA + r"):  "
        r"(?P<msg>\S.*)$",
        "NULL",
        "none",
        level_sql="CASE WHEN starts_with(s.level, 'DEBUG') THEN 'DEBUG' "
        "WHEN s.level = 'PANIC' THEN 'FATAL' ELSE s.level END",
        source_sql="NULL",
        # the lines about a message keep their keyword in its event's joined message
        msg_sql=f"CASE WHEN s.level IN ({PG_EXTRA_LIST}) THEN p ELSE s.msg END",
        # a statement's further lines are written as the client sent them, indented or not
        continues=f"NOT ok OR regexp_matches(p, '^(?:{PG_EXTRA}):  ')",
    ),
    _fmt(
        "vmware-bracket",
        "ESXi 5.x's hostd and vCenter 5.x/6.0's vpxd: <ISO time> [<thread> <level> "
        "'<component>'[ opID=<id>]] <message>; ESX 3.5/4's and vCenter Converter's: [<time> "
        "'<component>' <thread> <level>] <message> (the component the source; verbose DEBUG, "
        "trivia TRACE)",
        r"^(?:(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(?:Z|[+-]\d{2}:\d{2})) "
        r"\[[0-9A-Fa-f]+ "
        r"(?P<level>verbose|info|warning|error|trivia|panic) '(?P<source>[^']+)'(?: opID=[^\]]*)?\]"
        r"|\[(?P<old>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) '(?P<component>[^']+)' \d+ "
        r"(?P<oldlevel>verbose|info|warning|error|trivia|panic)\]) (?P<msg>.*)$",
        f"coalesce(CASE WHEN s.ts <> '' THEN {iso_sql('s.ts')} END, "
        "local_utc(TRY_CAST(NULLIF(s.old, '') AS TIMESTAMP)))",
        "utc",
        level_sql="CASE coalesce(NULLIF(s.level, ''), s.oldlevel) WHEN 'verbose' THEN 'DEBUG' "
        "WHEN 'trivia' THEN 'TRACE' WHEN 'warning' THEN 'WARN' WHEN 'panic' THEN 'FATAL' "
        "ELSE upper(coalesce(NULLIF(s.level, ''), s.oldlevel)) END",
        source_sql="coalesce(NULLIF(s.source, ''), NULLIF(s.component, ''))",
        continues=UNSTAMPED,
        examples=(
            "2015-05-20T10:25:52.735Z [59741B90 info 'Vimsvc.TaskManager' opID=131DAF7A-0000094A"
            "-aa-61] Task Created : haTask-ha-host-vim.host.NetworkSystem.invokeHostTransaction",
            "[2008-05-07 09:50:04.857 'ClientConnection' 2260 info] UFAD interface version is "
            "vmware-converter-4.0.0",
        ),
    ),
    _fmt(
        "vmware-vmx",
        "A VMware virtual machine's vmware.log (Workstation, Fusion, Player, ESXi): <ISO time>| "
        "<thread>| <level letter><verbosity>: <message> (I info, W warning, E error), or, from "
        "ESXi 7, <ISO time> <In|Wa|Er|...>(<n>) <thread> <operation id> <message> (the thread "
        "the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(?:Z|[+-]\d{2}:\d{2}))"
        r"(?:\| (?P<source>[\w-]+)\| (?P<letter>[IWEA])\d{3}: "
        r"| (?P<lvl>Em|Al|Cr|Er|Wa|No|In|Db)\(\d{2,3}\) (?P<thread>[\w-]+) \S+ )(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="CASE coalesce(NULLIF(s.letter, ''), s.lvl) WHEN 'I' THEN 'INFO' WHEN 'A' THEN "
        "'INFO' WHEN 'W' THEN 'WARN' WHEN 'E' THEN 'ERROR' WHEN 'Em' THEN 'FATAL' WHEN 'Al' "
        "THEN 'FATAL' WHEN 'Cr' THEN 'CRITICAL' WHEN 'Er' THEN 'ERROR' WHEN 'Wa' THEN 'WARN' "
        "WHEN 'No' THEN 'NOTICE' WHEN 'In' THEN 'INFO' WHEN 'Db' THEN 'DEBUG' END",
        source_sql="coalesce(NULLIF(s.source, ''), NULLIF(s.thread, ''))",
        continues=UNSTAMPED,
        examples=(
            "2017-02-13T20:24:26.983-06:00| vmx| I125: GuestRpc: Reinitializing Channel "
            "0(toolbox-dnd)",
            "2023-12-05T17:42:40.741Z In(05) vcpu-0 - SnapshotVMXTakeSnapshotWork: Initiated "
            "lazy snapshot 'snapshot_exfill': 2",
        ),
    ),
    _fmt(
        "vbox",
        "VirtualBox's VM log (VBox.log): <time since the VM process started> <message>, placed "
        "in time by its `Log opened <UTC time>` line (the component before a colon is the "
        "source)",
        r"^(?P<el>\d{2,}:\d{2}:\d{2}\.\d{6}) (?P<msg>.*)$",
        # the time the log was opened, less the elapsed time it was opened at, plus the line's
        # (`starts.run_start`)
        after_start("s.el"),
        "utc",
        level_sql="NULL",
        source_sql="NULLIF(regexp_extract(s.msg, '^([A-Za-z][\\w/-]{1,20}): ', 1), '')",
        continues="NOT ok",
        # its first line names the program (`00:00:12.785777 VirtualBox VM 7.1.4 r165100
        # win.amd64 (...) release log`; before 6, with no time: `VirtualBox VM 5.1.18 r114002
        # win.amd64 (...) release log`); a time since start alone says nothing of a format
        signature=r"^(?:\d{2,}:\d{2}:\d{2}\.\d{6} )?VirtualBox .*release log",
        signed_only=True,
    ),
    _fmt(
        "docker-desktop",
        "Docker Desktop's log (4.x, Windows and macOS): [<time>Z][<process>][<I|W|E|D or Info>] "
        "<message> (the process is the source)",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)\]\[(?P<source>[^\]]*?) *\]"
        r"\[(?P<level>[IWED]|Info|Warning|Error|Debug) *\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="CASE s.level WHEN 'I' THEN 'INFO' WHEN 'W' THEN 'WARN' WHEN 'E' THEN 'ERROR' "
        "WHEN 'D' THEN 'DEBUG' ELSE s.level END",
        priority=1,  # above JDK unified logging's `[<time>][<tags>] `
    ),
    _fmt(
        "jdk-unified",
        "JDK unified logging (-Xlog, GC logs): [<time or uptime>][<level>][<tags>] <message> "
        "(or any other decorations: [<time>][<uptime>], [<time>][<pid>][<tags>])",
        # the first decoration is the time, or the JVM's uptime (`-Xlog:gc`'s default); the
        # others, in the JVM's order, end with the level and the tags when they are chosen
        # (`-Xlog:gc:file:time,uptime` leaves both out, `time,tags` the level); at least one
        # more follows the first, and a space the last (`[<time>] message` is no JDK line)
        r"^\[(?:(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)|"
        # (a decoration ends with no capital: Kibana's and Elasticsearch's `[INFO ]` is no JDK
        # line's, whose levels are written in lower case)
        r"(?P<uptime>\d+(?:\.\d+)?(?:s|ms|ns)))\](?:\[[^\]]*[^\]A-Z\s]\s*\])*?"
        r"(?:\[(?P<level>" + JDK_LEVELS + r")\s*\])?(?:\[(?P<source>[a-z][\w,+]*?)\s*\]|\[[^\]]*\])"
        r"(?: |$)(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        # a level chosen without the tags is the last decoration, read as the tags
        level_sql=f"coalesce(NULLIF(s.level, ''), CASE WHEN {_JDK_LEVEL_LAST} THEN s.source END)",
        source_sql=f"CASE WHEN NOT {_JDK_LEVEL_LAST} THEN s.source END",
    ),
    _fmt(
        "jdk8-gc",
        "JDK 8 and older GC logs (-XX:+PrintGCDetails): [<date stamp>: ]<uptime seconds>: "
        "[<collection> ...]",
        # `-XX:+PrintGCDateStamps` writes the date before the uptime
        r"^(?:(?:(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}): )?"
        # -XX:+PrintGCApplicationStoppedTime's and -XX:+PrintGCApplicationConcurrentTime's lines
        r"(?P<uptime>\d+\.\d{3}): (?P<msg>\[.*|Total time for which application threads "
        r"were stopped: .*|Application time: .*)|"
        # the lines `continues` joins to a collection count in detection (as many as its own)
        r"(?:" + JDK8_GC_INNER + r").*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="NULL",
        # the collection: `GC (Allocation Failure)`, `Full GC (Ergonomics)`, `CMS-remark`
        source_sql="NULLIF(regexp_extract(s.msg, '^\\[((?:Full )?GC|[\\w-]+)', 1), '')",
        continues=f"regexp_matches(p, '^(?:{JDK8_GC_INNER})')",
    ),
    _fmt(
        "vllm",
        "vLLM: [(<process> pid=<pid>) ]<LEVEL> MM-DD HH:MM:SS [<file.py>:<line>] <message> (no "
        "year; older releases write no brackets around the file; the V1 engine names the "
        "process first)",
        r"^(?:\((?P<proc>[\w-]+) pid=\d+\) )?(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) "
        r"(?P<ts>\d{2}-\d{2} \d{2}:\d{2}:\d{2}"
        r"(?:\.\d+)?) \[?(?P<source>[\w.-]+\.py):\d+\] (?P<msg>.*)$",
        "try_strptime(s.ts, ['%m-%d %H:%M:%S', '%m-%d %H:%M:%S.%f'])",
        "local",
        year_missing=True,
        continues=UNSTAMPED,  # a traceback, a table
    ),
    _fmt(
        "log4j-ttcc",
        "log4j's TTCCLayout and `%r [%t] %-5p %c %x - %m%n`: <ms since start> [<thread>] <LEVEL> "
        "<logger> [<context>] - <message> (no time; the logger is the source)",
        r"^\d+ \[(?P<thread>[^\]]*)\] (?P<level>TRACE|DEBUG|INFO|WARN|ERROR|FATAL) +"
        r"(?P<source>[\w.$-]+) +(?:[^\s-]\S* +)?- (?P<msg>.*)$",
        "NULL",
        "none",
        continues=UNSTAMPED,  # a stack trace's lines
    ),
    _fmt(
        "python-basic",
        "Python logging basicConfig: LEVEL:name:message",
        # a logger's name opens with no space (`INFO: 2018/09/05 ...` is Go's log with a prefix)
        r"^(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL):(?P<source>(?:[^:\s][^:]*)?):(?P<msg>.*)$",
        "NULL",
        "none",
        continues=UNSTAMPED,  # a message's further lines
    ),
    _fmt(
        "python-notime",
        "Python logging without a time: <name> - <LEVEL> - <message> (the logger is the source)",
        # a logger's name opens with a letter (`root`, `myapp.db`) or `_` (`__main__`): not tried
        # on the lines opening with a digit, as most stamped lines do
        r"^(?P<source>[A-Za-z_][\w.-]*) - (?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) - "
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        continues=UNSTAMPED,  # a message's further lines
    ),
    _fmt(
        "log4j",
        "log4j / Hadoop: <Date> <Time> <Level> [<thread>] <logger>: <Content>",
        # Zimbra writes its request context in brackets after the thread (a logger opens with no
        # `[`: that keeps the regex one-pass for RE2; an ambiguous opening made the parse of
        # log4j lines 40% slower)
        r"^(?P<ts>" + ISO + r") +(?P<level>" + LEVELS + r") +\[(?P<thread>[^\]]*)\] +"
        r"(?:\[[^\]]*\] +)?(?P<source>[^\s:\[][^\s:]*)(?:: (?:- )?| - )(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        # a message's further lines, indented or not (a banner, a table, a pretty-printed
        # object): log4j stamps only the first
        continues=UNSTAMPED,
    ),
    _fmt(
        "logback",
        "logback: <Date> <Time> [<thread>] <LEVEL> <logger> - <message>",
        r"^(?P<ts>" + ISO + r") +\[(?P<thread>[^\]]*)\] +(?P<level>" + LEVELS + r") +"
        r"(?P<source>\S+) +- (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        continues=UNSTAMPED,  # a message's further lines, as log4j's
    ),
    _fmt(
        "jfrog",
        "JFrog Platform's services (Artifactory 7, Xray, Access, the router; their console.log "
        "and <service>-service.log): <ISO time>Z|L [<service>] [<LEVEL>] [<trace id>] "
        "[<class>:<line>] [<thread>] - <message> (the class is the source; `L` marks local time)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})(?P<z>[ZL]) \[[a-z_ ]+\] "
        r"\[(?P<level>[A-Z]+) *\] \[[^\]]*\] \[(?P<source>[^\]:]*?)(?::\d+)? *\] "
        r"\[[^\]]*\] - (?P<msg>.*)$",
        "CASE WHEN s.z = 'Z' THEN TRY_CAST(s.ts AS TIMESTAMP) "
        "ELSE local_utc(TRY_CAST(s.ts AS TIMESTAMP)) END",
        "utc",
        # a stack trace, the environment table the start-up script prints
        continues=UNSTAMPED,
        priority=1,
    ),
    _fmt(
        "sonarqube",
        "SonarQube (and Logback servers writing yyyy.MM.dd): <yyyy.MM.dd HH:mm:ss> <LEVEL> "
        "<process>[<request or task id>][<logger>] <message> (the logger is the source)",
        r"^(?P<ts>\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}:\d{2}(?:[.,]\d{3})?) +"
        r"(?P<level>TRACE|DEBUG|INFO|WARN|ERROR) +(?:[\w-]+\[[^\]]*\]\[(?P<source>[^\]\s]+)\] ?)?"
        r"(?P<msg>.*)$",
        "try_strptime(replace(s.ts, ',', '.'), ['%Y.%m.%d %H:%M:%S', '%Y.%m.%d %H:%M:%S.%n'])",
        "local",
        # a message's further lines: a stack trace, Elasticsearch's failed bootstrap checks
        continues="NOT ok AND NOT regexp_matches(p, '^\\d{4}[.-]\\d{2}[.-]\\d{2}[T ]\\d{2}:')",
    ),
    _fmt(
        "torch-c10",
        "PyTorch's C++ logging (c10d, NCCL's watchdog): [rank<n>]:[<L><M>DD HH:MM:SS.nnnnnnnnn "
        "<file>:<line>] <message>, before 2.3 `[<L> <file>:<line>] ` with no time (the file is "
        "the source)",
        r"^(?:\[rank\d+\]:)?\[(?P<level>[IWEF])(?:(?P<md>\d{3,4}) (?P<clock>\d{2}:\d{2}:\d{2}"
        r"\.\d{1,9}) | )(?P<source>[\w.-]+\.(?:cpp|hpp|cc|cu|h|c)):\d+\] (?P<msg>.*)$",
        "try_strptime(lpad(NULLIF(s.md, ''), 4, '0') || ' ' || s.clock, '%m%d %H:%M:%S.%n')",
        "local",
        year_missing=True,
        priority=1,
        continues=UNSTAMPED,  # an exception's frames (`frame #0: ...`) and its further lines
    ),
    _fmt(
        "glog",
        "Go glog / klog: Lmmdd hh:mm:ss.uuuuuu pid file:line] msg (a file's heading, `Log file "
        "created at: YYYY/MM/DD ...` and the lines under it, one event giving the year)",
        # (SeaweedFS writes whole seconds)
        # (Abseil's log in TensorFlow 2.16 and JAX before absl::InitializeLog(): no date, the
        # epoch seconds for the time of day, `E0000 00:00:1736841518.537290   68237 `)
        r"^(?:(?P<level>[IWEF])(?:(?P<ts>\d{4} \d{2}:\d{2}:\d{2}(?:\.\d{6})?)"
        r"|0000 00:00:(?P<epoch>\d{10}\.\d+)) +(?P<pid>\d+) "
        r"(?P<source>[^\]\s]+)\] |(?:" + GLOG_HEADING + r"): )(?P<msg>.*)$",
        "try_strptime(s.ts, ['%m%d %H:%M:%S.%n', '%m%d %H:%M:%S'])",
        "local",
        year_missing=True,
        # a message's further lines (a fatal error's advice before its goroutines), and the
        # heading's lines under its first
        continues=f"({UNSTAMPED}) OR regexp_matches(p, '^(?:{GLOG_HEADING_BELOW}): ')",
        # the heading's time, with its year, and Abseil's epoch seconds
        dated_ts_sql="CASE WHEN starts_with(p, 'Log file created at: ') THEN local_utc("
        "try_strptime(substr(p, 22, 19), '%Y/%m/%d %H:%M:%S')) WHEN s.epoch <> '' THEN "
        + epoch_seconds_sql("TRY_CAST(s.epoch AS DOUBLE)")
        + " END",
    ),
    _fmt(
        "ray",
        "Ray's components (raylet.out, gcs_server.out, core workers): [YYYY-MM-DD HH:MM:SS,mmm "
        "<L> <pid> <tid>] (<component>) <file>:<line>: <message> (I info, W warning, E error, "
        "D debug, F fatal; the component is the source)",
        # (spdlog's letters: `C`, critical, is what RAY_LOG(FATAL) writes before its stack
        # trace; `T` trace)
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}) (?P<level>[TDIWEFC]) \d+ \d+\] "
        r"(?:\((?P<source>[\w-]+)\) )?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        level_sql="CASE s.level WHEN 'C' THEN 'FATAL' WHEN 'T' THEN 'TRACE' ELSE s.level END",
        continues=UNSTAMPED,  # a state dump's lines
    ),
    _fmt(
        "hf-transformers",
        "Hugging Face transformers' and LLaMA-Factory's logging: [<LEVEL>|<file>:<line>] "
        "YYYY-MM-DD HH:MM:SS,mmm >> <message>, or [<LEVEL>|YYYY-MM-DD HH:MM:SS] <logger>:<line> "
        ">> <message> (the file or logger is the source)",
        r"^\[(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\|(?:(?P<file>[\w.-]+):\d+\] "
        r"(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3})|(?P<ts2>\d{4}-\d{2}-\d{2} "
        r"\d{2}:\d{2}:\d{2})\] (?P<logger>[\w.]+):\d+) >> (?P<msg>.*)$",
        iso_sql("coalesce(NULLIF(s.ts, ''), s.ts2)"),
        "local",
        source_sql="coalesce(NULLIF(s.file, ''), s.logger)",
        continues=UNSTAMPED,  # a message's further lines, a traceback
    ),
    _fmt(
        "hf-examples",
        "Hugging Face's example scripts' logging (and many a research project's): MM/DD/YYYY "
        'HH:MM:SS - <LEVEL> - <logger> - <message> (`datefmt="%m/%d/%Y %H:%M:%S"`)',
        r"^(?P<ts>\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}) - "
        r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) - (?P<source>[\w.-]+) - (?P<msg>.*)$",
        "try_strptime(s.ts, '%m/%d/%Y %H:%M:%S')",
        "local",
        priority=1,
        continues=UNSTAMPED,  # a message's further lines, a traceback
    ),
    _fmt(
        "glog-year",
        "glog 0.7+ and Abseil's log (Milvus, Arrow, TensorFlow's C++ side): Lyyyymmdd "
        "hh:mm:ss.uuuuuu pid file:line] msg",
        # (YugabyteDB's FATAL line may write whole seconds and no thread: `F20201102 02:14:26
        # ../../src/yb/consensus/replica_state.cc:847] ...`, its stack's `    @ 0x...` under it)
        r"^(?P<level>[IWEF])(?P<ts>\d{8} \d{2}:\d{2}:\d{2}(?:\.\d{6})?) +(?:(?P<pid>\d+) +)?"
        r"(?P<source>[^\]\s]+)\] (?P<msg>.*)$",
        "try_strptime(s.ts, ['%Y%m%d %H:%M:%S.%n', '%Y%m%d %H:%M:%S'])",
        "local",
        continues=UNSTAMPED,
    ),
    _fmt(
        "capnslog",
        "CoreOS capnslog (etcd before 3.4, flannel, locksmith, fleet): <date> <time.uuuuuu> "
        "<L> | <package>: <msg>, the level's letter C (critical), E, W, N (notice), I, D or T "
        "(trace); the package is the source",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}) (?P<level>[CEWNIDT]) \| "
        r"(?:(?P<source>[\w./-]+): )?(?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "local",
        level_sql="['CRITICAL', 'ERROR', 'WARN', 'NOTICE', 'INFO', 'DEBUG', 'TRACE']"
        "[list_position(['C', 'E', 'W', 'N', 'I', 'D', 'T'], s.level)]",
        continues=UNSTAMPED,
    ),
    _fmt(
        "chromium",
        "Chromium, Chrome, Electron and CEF (base/logging): [pid:tid:MMDD/HHMMSS.uuuuuu:LEVEL:"
        "file.cc(line) or file.cc:line] msg (pid and tid optional; VERBOSEn is TRACE; the file is "
        "the source)",
        # (Electron's and VS Code's main process: the pid alone)
        # (CEF and older builds on Windows: no fraction of a second, `[0302/060245:ERROR:...]`)
        r"^\[(?:\d+:(?:\d+:)?)?(?P<ts>\d{4}/\d{6}(?:\.\d{3,6})?):(?P<level>[A-Z]+\d*):"
        # (Chrome 100 and later write the line after a colon: `components\...\controller.cc:202]`)
        r"(?P<source>[^\]():]+)(?:\(\d+\)|:\d+)\] (?P<msg>.*)$",
        "try_strptime(s.ts, ['%m%d/%H%M%S.%n', '%m%d/%H%M%S'])",
        "local",
        year_missing=True,
        level_sql="CASE WHEN starts_with(s.level, 'VERBOSE') THEN 'TRACE' ELSE s.level END",
    ),
    _fmt(
        "zap-console",
        "Go zap console: <ISO time>\\t<LEVEL>\\t<caller>\\t<msg>",
        # (a level zap names, in either case: not AWS Lambda's Node runtime's request id, which
        # is `undefined` before a request exists)
        # (its tabs turned into runs of spaces where it was copied from a terminal or `kubectl
        # logs`: the OpenTelemetry Collector's, vmagent's, InfluxDB 2's)
        r"^(?P<ts>" + ISO + r")(?P<tab>\t| {2,})"
        r"(?P<level>(?i:debug|info|warn|warning|error|dpanic|panic|fatal))"
        # (the logger's name, then the caller where asked for: Kubo's `nopfs\tplugin.go:59\t`;
        # a caller alone is the source, as a logger is)
        r"(?:\t(?:(?P<source>[^\t]+)\t)?(?:[\w./@-]+\.go:\d+\t)?"
        r"| {2,}(?:(?P<spaced>[\w./@-]+\.go:\d+|[a-z][\w.-]*) {2,})?)(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        source_sql="coalesce(NULLIF(s.source, ''), NULLIF(s.spaced, ''))",
        # an error's stacktrace: each function (`pkg/path.(*T).Method`, no parentheses after
        # it), its file indented below it
        continues=UNSTAMPED,
    ),
    _fmt(
        "zap-epoch",
        "Go zap console with epoch-seconds stamps (Kubernetes controller-runtime before 0.15): "
        "<seconds as 1.66e+09>\\t<LEVEL>\\t[<logger>\\t]<msg>\\t<JSON fields>",
        # (pasted from a terminal, the tabs become runs of spaces)
        r"^(?P<epoch>\d\.\d+e\+09)(?:\t| {2,})(?P<level>DEBUG|INFO|WARN|ERROR|DPANIC|PANIC|FATAL)"
        r"(?:\t| {2,})(?:(?P<source>[\w./-]+)(?:\t| {2,}))?(?P<msg>.*)$",
        epoch_sql("s.epoch"),
        "utc",
        continues=UNSTAMPED,  # an error's stacktrace
    ),
    _fmt(
        "tai64n",
        "daemontools' multilog, runit's svlogd -tt and s6-log (qmail, djbdns): @<TAI64N label> "
        "[<program>: ]<message> (the program is the source)",
        r"^@(?P<ts>[0-9a-f]{24}) (?:(?P<source>[\w.-]+)(?:\[\d+\])?: )?(?P<msg>.*)$",
        # the label is 2^62 + 10 + the Unix time's seconds (TAI ahead of UTC by 10 s in 1970,
        # as daemontools writes it), then nanoseconds
        "make_timestamp(CAST(CAST(('0x' || substr(s.ts, 1, 16)) AS UBIGINT) "
        "- 4611686018427387914 AS BIGINT) * 1000000 "
        "+ CAST(('0x' || substr(s.ts, 17, 8)) AS BIGINT) // 1000)",
        "utc",
        # qmail-send's own words before a colon are its message's, not a program's
        level_sql="CASE s.source WHEN 'warning' THEN 'WARN' WHEN 'alert' THEN 'FATAL' "
        "WHEN 'error' THEN 'ERROR' WHEN 'fatal' THEN 'FATAL' END",
        source_sql="CASE WHEN s.source NOT IN ('status', 'info', 'warning', 'alert', 'error', "
        "'fatal') THEN s.source END",
        msg_sql="CASE WHEN s.source IN ('status', 'info', 'warning', 'alert', 'error', 'fatal') "
        "THEN substr(p, 27) ELSE s.msg END",
        priority=1,
    ),
    _fmt(
        "openldap",
        "OpenLDAP slapd's debug output (-d, the logfile directive, its containers' logs): "
        "<Unix time in hex>[.<nanoseconds in hex> 0x<thread>] <message> (2.4 writes the "
        "seconds alone)",
        r"^(?P<ts>[4-7][0-9a-f]{7})(?:\.(?P<ns>[0-9a-f]{8}) 0x[0-9a-f]{6,16})? (?P<msg>\S.*)$",
        "make_timestamp(CAST(('0x' || s.ts) AS BIGINT) * 1000000 "
        "+ coalesce(TRY_CAST(('0x' || NULLIF(s.ns, '')) AS BIGINT) // 1000, 0))",
        "utc",
        level_sql="NULL",
        source_sql="NULL",
        examples=(
            "66818499.1a8fd9d3 0x7ff097fff6c0 conn=1003 fd=12 ACCEPT from PATH=/opt/bitnami/"
            "openldap/var/run/ldapi (PATH=/opt/bitnami/openldap/var/run/ldapi)",
            '65987d22 conn=1000 op=0 BIND dn="" method=163',
        ),
    ),
    _fmt(
        "osixia",
        "osixia's container images (openldap, keepalived, phpLDAPadmin): ***  <LEVEL> | "
        "<YYYY-MM-DD HH:MM:SS> | <message>",
        r"^\*\*\*  (?P<level>[A-Z]+) +\| (?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) \| "
        r"(?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "local",
        source_sql="NULL",
        examples=("***  INFO   | 2024-01-05 22:05:22 | Add bootstrap schemas...",),
    ),
    _fmt(
        "vdsm",
        "oVirt VDSM and Python loggers with `::` between fields: <thread>::<LEVEL>::<time>::"
        "<module>::<line>::<logger>::(<function>) <message> (the logger is the source)",
        r"^(?P<thread>[\w.-]+)::(?P<level>[A-Z]+)::(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"
        r"(?:,\d{3})?)::(?P<module>[\w.]+)::\d+::(?P<source>[\w.]+)::\((?P<func>\w+)\) "
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        continues=UNSTAMPED,  # a traceback's lines, its frames sometimes flush left
        priority=1,
    ),
    _fmt(
        "heroku",
        "Heroku's log stream (heroku logs, drains): <RFC 3339 time> <source>[<dyno>]: <message> "
        "(the dyno is the source; the router's at=info/error is the level)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) "
        # Heroku's two sources; a dyno opens with a letter (`web.1`, `router`), a pid does not
        r"(?:app|heroku)\[(?P<source>[a-z][\w.-]*)\]: (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=HEROKU_LEVEL,
    ),
    _fmt(
        "heroku-bare",
        "Heroku's log lines without their stamp, as its Dev Center prints them: <source>[<dyno>]: "
        "<message> (the dyno is the source; the router's at=info/error is the level)",
        r"^(?:app|heroku)\[(?P<source>[a-z][\w.-]*)\]: (?P<msg>.*)$",
        "NULL",
        "none",
        level_sql=HEROKU_LEVEL,
        examples=("heroku[web.1]: State changed from up to crashed",),
    ),
    _fmt(
        "sidekiq",
        "Sidekiq: <time> pid=<pid> tid=<tid>[ <key>=<value>...] <LEVEL>: <message>, or before "
        "Sidekiq 6 <time> <pid> TID-<tid>[ <class> JID-<jid>] <LEVEL>: <message> (the job's "
        "class is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z) (?:pid=\d+ tid=\w+"
        r"(?P<ctx>(?: [\w.]+=\S*)*)|\d+ TID-\w+(?: (?P<job>[\w:]+) JID-\w+)?) "
        r"(?P<level>DEBUG|INFO|WARN|ERROR|FATAL|UNKNOWN): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        source_sql="coalesce(NULLIF(regexp_extract(s.ctx, ' class=(\\S+)', 1), ''), "
        "NULLIF(s.job, ''))",
        priority=1,  # its `TID-` or `tid=`: no syslog host and program
    ),
    _fmt(
        "mongodb-text",
        "MongoDB before 4.4: <time> <severity F E W I D1-D5> <COMPONENT> [<context>] <message> "
        "(the component is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(?:Z|[+-]\d{2}:?\d{2})) "
        # (a few lines name no context: `I CONTROL  Ctrl-C signal`)
        r"(?P<level>[FEWI]|D[1-5]?) +(?P<source>[A-Z_]+|-) +(?:\[[^\]]*\] )?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        source_sql="NULLIF(s.source, '-')",
    ),
    _fmt(
        "journal-verbose",
        "journalctl -o verbose: <Www> YYYY-MM-DD HH:MM:SS.micro <zone> [s=...;i=...;b=...;m=...;"
        "t=...;x=...] then the record's fields on indented lines (its time the cursor's t=, in "
        "UTC; PRIORITY the level, SYSLOG_IDENTIFIER or _COMM the source, MESSAGE the message)",
        r"^[A-Z][a-z]{2} \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6} [A-Za-z0-9+-]{1,6} "
        r"\[s=[0-9a-f]+;i=[0-9a-f]+;b=[0-9a-f]+;m=[0-9a-f]+;t=(?P<ts>[0-9a-f]+);x=[0-9a-f]+\]$",
        "make_timestamp(CAST(CAST(('0x' || s.ts) AS UBIGINT) AS BIGINT))",  # µs since the epoch
        "utc",
        level_sql=severity_sql(journal_field("PRIORITY")),
        source_sql=f"coalesce({journal_field('SYSLOG_IDENTIFIER')}, {journal_field('_COMM')})",
        msg_sql=f"coalesce({journal_field('MESSAGE')}, p)",
        # the field lines: in the raw lines, not repeated in the message
        echoes="starts_with(p, '    ')",
        priority=1,  # above program-iso, which would take the weekday for a program
    ),
    _fmt(
        "journal-full",
        "journalctl -o short-full: <Www> YYYY-MM-DD HH:MM:SS[.micro] <zone> host app[pid]: msg "
        "(the zone abbreviation gives the offset; an ambiguous one is read in the timezone "
        "setting)",
        r"^[A-Z][a-z]{2} (?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})? [A-Z]{2,5}) "
        r"(?P<host>\S+) (?P<source>[^\[:\s]+)(?:\[(?P<pid>\d+)\])?: (?P<msg>.*)$",
        zoned_iso_sql(),
        "utc",
        level_sql="NULL",  # (what the program writes first: `parsing.EMBEDDED_LEVEL`)
        priority=1,  # above program-iso, which would take the weekday for a program
    ),
    _fmt(
        "syslog-iso",
        "syslog with RFC 3339 stamps (rsyslog, journalctl -o short-iso): TIME host app[pid]: msg",
        # a host does not open with `[`, is not all capitals and holds no `=`: after a stamp,
        # `[INFO]  agent: ...` (hclog) and `INFO main: ...` are a level then a logger, and
        # `pid=1 tid=2ld INFO: ...` (Sidekiq) fields
        # (macOS' install.log: a space before the time, which an offset of whole hours follows,
        # `-07`; `log show --style syslog`: microseconds, `-0800` and two spaces; `log show`'s
        # own style is not syslog)
        r"^(?:<(?P<pri>\d{1,3})>)?(?:(?P<ts>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?| \d{2}:\d{2}:\d{2}(?:\.\d+)?[+-]\d{2})) |"
        r"(?P<mts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}[+-]\d{4})  )"
        r"(?P<host>[^\s\[A-Z=][^\s=]*|[A-Z]+[^\sA-Z=][^\s=]*) "
        # (AOS-CX switches write no colon after the pid: `port-accessd[4911] Event|...`)
        # (a program's name holds spaces before its pid only, `Google Chrome Helper[1]: `: a
        # line's words before a colon, `47.744 INF Use Imposter Values: False`, are no tag)
        r"(?:(?P<source>[^\[:]*?)\[(?P<pid>\d+)\]:?|(?P<tag>[^\[:\s]*):) "
        r"(?P<msg>.*)$",
        iso_sql("coalesce(NULLIF(regexp_replace(s.ts, '([+-]\\d{2})$', '\\1:00'), ''), s.mts)"),
        "utc",
        level_sql=PRI_LEVEL,
        source_sql="coalesce(NULLIF(s.source, ''), NULLIF(s.tag, ''))",
        continues=RELAYED_TRACE,
        msg_sql=RELAYED_MESSAGE,
    ),
    _fmt(
        "syslog-pri-iso",
        "syslog relayed with its priority and an RFC 3339 stamp, from a host named in capitals "
        "(VMware ESXi's `<166>TIME ESXI Hostd: info hostd[pid] ...`): <PRI>TIME HOST app[pid]: msg",
        # after a priority, a word in capitals is a host, not a level (see syslog-iso); where
        # syslog-iso fits, it reads the line (a lower priority)
        r"^<(?P<pri>\d{1,3})>(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?) (?P<host>[^\s=]+) (?P<source>[^\[:\s]+)(?:\[(?P<pid>\d+)\])?: "
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=PRI_LEVEL,
        priority=-1,
    ),
    _fmt(
        "watchguard",
        "WatchGuard Firebox (Fireware) syslog: [<PRI>]<Mon DD HH:MM:SS> <device> <serial> "
        '(<ISO time>) <process>[<pid>]: [msg_id="XXXX-XXXX" ]<message> (the device\'s own '
        "time, the process the source; the priority's severity the level)",
        r"^(?:<(?P<pri>\d{1,3})>)?" + MONTH_TIME + r" \S+ [\w-]+ "
        r"\((?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:?\d{2})?)\) "
        r"(?P<source>[\w.-]+)(?:\[\d+\])?: (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=PRI_LEVEL,
    ),
    _fmt(
        "spring-boot",
        "Spring Boot: <ISO time> <LEVEL> <pid> --- [<app>] [<thread>] <logger> : <message>",
        r"^(?P<ts>" + ISO + r") +(?P<level>" + LEVELS + r") +(?P<pid>\d+) --- "
        # (a message left empty, its line's trailing space trimmed: `...ReportLoggingListener :`)
        r"(?:\[[^\]]*\] +)?\[(?P<thread>[^\]]*)\] +(?P<source>\S+) +:(?: |$)(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        # the failure analysis (`APPLICATION FAILED TO START`, its Description and Action)
        continues=UNSTAMPED,
    ),
    _fmt(
        "ruby-logger",
        "Ruby Logger: <L>, [<ISO time> #<pid>]  <LEVEL> -- <progname>: <message>",
        r"^[DIWEFAU], \[(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?) #(?P<pid>\d+)\] +"
        r"(?P<level>[A-Z]+) -- (?P<source>[^:]*?): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        # a message's further lines: an exception's, which Rails' tagged logging writes each
        # under the request's id (`[b7d1e681-...] app/controllers/users_controller.rb:67:in`)
        continues="NOT ok",
    ),
    _fmt(
        "celery",
        "Celery: [<time>: <LEVEL>/<process>] <message> (the worker's console: no time)",
        r"^\[(?:(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}): )?(?P<level>[A-Z]+)/"
        r"(?P<source>[^\]]+)\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        # a warning's text goes on at the start of the next lines (`whether broker connection
        # retries are made...`): a line opening with no `[` continues
        continues="NOT ok AND NOT starts_with(p, '[')",
    ),
    _fmt(
        "redis",
        "Redis: <pid>:<role> <DD Mon YYYY HH:MM:SS.mmm> <level mark> <message>, and "
        "<pid>:signal-handler (<epoch>) <message>",
        r"^(?P<pid>\d+):(?:(?P<role>[XCSM]) (?P<ts>\d{1,2} [A-Z][a-z]{2} \d{4} "
        r"\d{2}:\d{2}:\d{2}\.\d{3}) (?P<level>[.*#-])|" + REDIS_SIGNAL + r") (?P<msg>.*)$",
        directive_time("try_strptime(NULLIF(s.ts, ''), '%d %b %Y %H:%M:%S.%n')"),
        "local",
        level_sql=REDIS_LEVEL,
        source_sql=REDIS_ROLE,
    ),
    _fmt(
        "redis-3",
        "Redis 3 and 4: <pid>:<role> <DD Mon HH:MM:SS.mmm> <level mark> <message> (no year; "
        "also with every line indented by a space, as some collectors relay it), and "
        "<pid>:signal-handler (<epoch>) <message>",
        r"^ ?(?P<pid>\d+):(?:(?P<role>[XCSM]) (?P<ts>\d{1,2} [A-Z][a-z]{2} "
        r"\d{2}:\d{2}:\d{2}\.\d{3}) (?P<level>[.*#-])|" + REDIS_SIGNAL + r") (?P<msg>.*)$",
        directive_time("try_strptime(NULLIF(s.ts, ''), '%d %b %H:%M:%S.%g')"),
        "local",
        year_missing=True,
        level_sql=REDIS_LEVEL,
        source_sql=REDIS_ROLE,
    ),
    _fmt(
        "node-red",
        "Node-RED's console and log: <DD Mon HH:MM:SS> - [<level>] [[<node type>:<name>]] "
        "<message> (no year; the lines of a banner or a warning's box continue the line above)",
        r"^(?P<ts>\d{1,2} [A-Z][a-z]{2} \d{2}:\d{2}:\d{2}) - "
        r"\[(?P<level>trace|debug|info|warn|error|fatal|metric|audit)\]"
        r"(?: \[(?P<source>[^\]:]+)(?::[^\]]*)?\])?(?: |$)(?P<msg>.*)$",
        "try_strptime(s.ts, '%d %b %H:%M:%S')",
        "local",
        year_missing=True,
        level_sql="upper(s.level)",
        continues="NOT ok",
        priority=1,  # above Redis 2's `DD Mon HH:MM:SS - ` (its `-` a level mark)
    ),
    _fmt(
        "redis-old",
        "Redis before 3.0: [<pid>] <DD Mon HH:MM:SS[.mmm]> <level mark> <message> (no year; the "
        "logo's lines continue the line above; Redis 1.x writes no pid)",
        r"^(?:\[(?P<pid>\d+)\] )?(?P<ts>\d{1,2} [A-Z][a-z]{2} \d{2}:\d{2}:\d{2}(?:\.\d{3})?) "
        r"(?P<level>[.*#-]) (?P<msg>.*)$",
        "try_strptime(s.ts, ['%d %b %H:%M:%S.%n', '%d %b %H:%M:%S'])",
        "local",
        year_missing=True,
        level_sql="CASE s.level WHEN '.' THEN 'DEBUG' WHEN '-' THEN 'VERBOSE' "
        "WHEN '*' THEN 'NOTICE' WHEN '#' THEN 'WARN' END",
        source_sql="NULL",
    ),
    _fmt(
        "vscode",
        "VS Code and its forks (Cursor, Windsurf), and Electron apps logging with its logger: "
        "<time> [<level>] [[<component>]] <message> (main.log, renderer.log, exthost.log)",
        # (a message opening with `<` is Erlang's process: its logger writes the same stamp and
        # level; the message's first character is read apart to rule it out)
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) \[(?P<level>trace|debug|info|"
        r"warning|error|critical)\] (?:\[(?P<source>[^\]]+)\] )?(?P<lead>[^<]|$)(?P<msg>.*)$",
        "local_utc(TRY_CAST(s.ts AS TIMESTAMP))",
        "local",
        msg_sql="s.lead || s.msg",
        priority=1,
        continues=UNSTAMPED,  # an error's stack, indented `at ...` lines
    ),
    _fmt(
        "jetbrains",
        "JetBrains IDEs' idea.log (IntelliJ IDEA, PyCharm, GoLand...): <time> [<uptime, ms>] "
        "<LEVEL> - <category> - <message> (the category, its `#` off, is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}) \[ *\d+\] +"
        r"(?P<level>TRACE|FINE|DEBUG|INFO|WARN|ERROR|SEVERE) - +#?(?P<source>[\w.$-]+) +- "
        r"(?P<msg>.*)$",
        "local_utc(TRY_CAST(replace(s.ts, ',', '.') AS TIMESTAMP))",
        "local",
        priority=1,
        continues=UNSTAMPED,  # an error's stack, its `java.lang.Throwable` and frames
    ),
    _fmt(
        "spdlog",
        "spdlog's default pattern (C++ programs; VS Code before 1.80: main.log, exthost.log): "
        "[<time>] [<logger>] [<level>] <message> (the logger the source)",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{3,9})?)\] \[(?P<source>[^\]\s]+)\] "
        r"\[(?P<level>trace|debug|info|warning|warn|error|critical)\] (?P<msg>.*)$",
        "local_utc(TRY_CAST(s.ts AS TIMESTAMP))",
        "local",
        priority=1,
        continues=UNSTAMPED,  # an error's stack, `at ...` lines indented by a tab
    ),
    _fmt(
        "erlang",
        "Erlang/OTP logger (RabbitMQ): <ISO time> [<level>] <<pid>> <message>",
        r"^(?P<ts>" + ISO_STAMP + r") \[(?P<level>debug|info|notice|warning|error|critical|"
        r"alert|emergency)\] (?:<(?P<pid>\d+\.\d+\.\d+)> )?(?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        source_sql="NULL",  # an Erlang process id names no component
        # RabbitMQ 3.9+ writes each line of a message (an error report, its banner) under the
        # same header: the same microsecond, level and process
        # and the lines of a message written over several (the boot banner's `node : ...`,
        # the plugins started), but a JSON record (a later release's JSON log)
        continues=f"(ok AND {_SAME_AS_ABOVE}) OR ({UNSTAMPED} AND NOT starts_with(p, '{{\"'))",
    ),
    _fmt(
        "tidb",
        "TiDB, TiKV, PD and Milvus (PingCAP's unified log format): [YYYY/MM/DD HH:MM:SS.mmm "
        '+ZZ:ZZ] [LEVEL] [<file:line>] ["<message>"] [key=value]... (the file is the source)',
        r"^\[(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)? [+-]\d{2}:?\d{2})\] "
        r"\[(?P<level>DEBUG|INFO|WARN|ERROR|FATAL)\] \[(?P<source>[^\]]*)\] (?P<msg>.*)$",
        "timezone('UTC', TRY_CAST(replace(replace(s.ts, '/', '-'), ' +', '+') AS TIMESTAMPTZ))",
        "utc",
        source_sql="NULLIF(s.source, '<unknown>')",
    ),
    _fmt(
        "couchdb",
        "CouchDB 2 and later: [<level>] <ISO time> <node> <<pid>> <request id or --------> "
        "<message> (the node is the source)",
        r"^\[(?P<level>debug|info|notice|warning|error|critical|alert|emergency)\] "
        r"(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})) "
        r"(?P<source>[^\s@]+@\S+) (?P<msg><\d+\.\d+\.\d+> .*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "couchdb-1",
        "CouchDB 1.x: [<RFC 1123 time> GMT] [<level>] [<<pid>>] <message>",
        r"^\[(?P<ts>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2}) GMT\] "
        r"\[(?P<level>debug|info|warning|error)\] \[(?P<source><\d+\.\d+\.\d+>)\] (?P<msg>.*)$",
        "try_strptime(s.ts, '%a, %d %b %Y %H:%M:%S')",
        "utc",
        source_sql="NULL",  # a process id
    ),
    _fmt(
        "erlang-report",
        "Erlang's error_logger (RabbitMQ before 3.7, ejabberd, Riak): =<LEVEL> REPORT==== "
        "D-Mon-YYYY::HH:MM:SS (ejabberd 2: YYYY-MM-DD HH:MM:SS) === and the report on the lines "
        "below (CRASH and SUPERVISOR reports are ERROR, PROGRESS INFO)",
        r"^=(?P<level>INFO|WARNING|ERROR|CRASH|SUPERVISOR|PROGRESS) REPORT==== "
        r"(?P<ts>\d{1,2}-[A-Z][a-z]{2}-\d{4}::\d{2}:\d{2}:\d{2}(?:\.\d+)?"
        r"|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) ===(?: (?P<msg>.*))?$",
        "try_strptime(s.ts, ['%d-%b-%Y::%H:%M:%S', '%d-%b-%Y::%H:%M:%S.%f', '%Y-%m-%d %H:%M:%S'])",
        "local",
        level_sql="CASE WHEN s.level IN ('CRASH', 'SUPERVISOR') THEN 'ERROR' "
        "WHEN s.level = 'PROGRESS' THEN 'INFO' ELSE s.level END",
        source_sql="NULL",
        # the report is on the lines below the heading: the event's message and what mines it
        # (`assemble`), not the heading's `INFO REPORT`, which made one template of each level
        msg_sql="coalesce(s.msg, '')",
        continues="NOT ok",  # the report
        # a log of reports of several lines each fits on few lines of its sample: one opening
        # with a report's heading is one
        signature=r"^=(?:INFO|WARNING|ERROR|CRASH|SUPERVISOR|PROGRESS) REPORT==== ",
    ),
    _fmt(
        "python-http",
        "Python http.server, werkzeug, Django runserver: [<client> - - ][DD/Mon/YYYY HH:MM:SS] "
        "<request or error>",
        # (a formatter's `%(asctime)s` in Django's date format adds milliseconds: `,868`)
        r"^(?:(?P<source>\S+) - - )?\[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4} \d{2}:\d{2}:\d{2}"
        r"(?:,\d{3})?)\] (?P<msg>.*)$",
        "try_strptime(replace(s.ts, ',', '.'), ['%d/%b/%Y %H:%M:%S', '%d/%b/%Y %H:%M:%S.%g'])",
        "local",
        # the status of `"GET / HTTP/1.1" 404 -` and of `code 404, message File not found`
        # (Django's request logger: `Internal Server Error: /path`, its traceback below it)
        level_sql="CASE WHEN starts_with(s.msg, 'Internal Server Error: ') THEN 'ERROR' ELSE "
        'CASE regexp_extract(s.msg, \'^(?:"[^"]*" |code )([1-5])\\d\\d\\b\', 1) '
        "WHEN '5' THEN 'ERROR' WHEN '4' THEN 'WARN' ELSE 'INFO' END END",
        priority=1,
    ),
    _fmt(
        "django-logging",
        "Django's usual logging formatter: [DD/Mon/YYYY HH:MM:SS] <LEVEL> [<logger>[:<line>]] "
        "<message>, its further lines at column 0",
        r"^\[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4} \d{2}:\d{2}:\d{2})\] (?P<level>DEBUG|INFO|WARNING|"
        r"ERROR|CRITICAL) \[(?P<source>[^\]:\s]+)(?::\d+)?\] (?P<msg>.*)$",
        "try_strptime(s.ts, '%d/%b/%Y %H:%M:%S')",
        "local",
        # a message's further lines (a record's fields, a dict) open with no stamp
        continues="NOT ok AND NOT regexp_matches(p, '^\\[\\d{2}/[A-Z][a-z]{2}/\\d{4} ')",
        priority=2,
    ),
    _fmt(
        "arangodb",
        "ArangoDB: <ISO time> [<pid>[-<thread>]] <LEVEL> [<log id>] {<topic>} <message> (the topic "
        "is the source)",
        r"^(?P<ts>" + ZONED_ISO_STAMP + r") \[\d+(?:-\d+)?\] "
        r"(?P<level>TRACE|DEBUG|INFO|WARNING|ERROR|FATAL) \[[0-9a-f]{5}\] \{(?P<source>[\w-]+)\} "
        r"(?P<msg>.*)$",
        zoned_iso_sql(),
        "utc",
        priority=1,
    ),
    _fmt(
        "sing-box",
        "sing-box: <zone offset> <YYYY-MM-DD HH:MM:SS> <LEVEL> [[<connection id> <elapsed>]] "
        "<component>[/<type>[<tag>]]: <message> (the component is the source)",
        r"^(?P<zone>[+-]\d{4}) (?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) "
        r"(?P<level>TRACE|DEBUG|INFO|WARN|ERROR|FATAL|PANIC) (?:\[\d+ [\d.]+[mµn]?s\] )?"
        r"(?P<source>[a-z][\w-]*(?:/[\w-]+)?(?:\[[^\]]*\])?): (?P<msg>.*)$",
        "timezone('UTC', try_strptime(s.ts || ' ' || s.zone, '%Y-%m-%d %H:%M:%S %z'))",
        "utc",
    ),
    _fmt(
        "sing-box-console",
        "sing-box without its stamp: <LEVEL> [[<connection id> <elapsed>]] <component>/<type>"
        "[<tag>]: <message> (a connection's id, or a component's type, tells it from other "
        "lines of a level and a word; no time)",
        r"^(?P<level>TRACE|DEBUG|INFO|WARN|ERROR|FATAL|PANIC) (?:\[\d+ [\d.]+[mµn]?s\] "
        r"(?P<source>[a-z][\w-]*(?:/[\w-]+)?(?:\[[^\]]*\])?)|(?P<typed>[a-z][\w-]*/[\w-]+"
        r"(?:\[[^\]]*\])?)): (?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="coalesce(NULLIF(s.source, ''), s.typed)",
    ),
    _fmt(
        "signale",
        "Node's signale (Nginx Proxy Manager): [M/D/YYYY] [h:mm:ss AM] [<scope>] › <badge> "
        "<level> <message> (the scope is the source)",
        r"^\[(?P<date>\d{1,2}/\d{1,2}/\d{4})\] \[(?P<time>\d{1,2}:\d{2}:\d{2}(?: [AP]M)?)\] "
        r"\[(?P<source>[^\]]*?) *\] › \S+ +(?P<level>[a-z]+) +(?P<msg>.*)$",
        "try_strptime(s.date || ' ' || s.time, ['%m/%d/%Y %I:%M:%S %p', '%m/%d/%Y %H:%M:%S'])",
        "local",
        continues="NOT ok",
    ),
    _fmt(
        "bedrock",
        "Minecraft Bedrock's dedicated server: [YYYY-MM-DD HH:MM:SS:mmm LEVEL] <message>",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}):(?P<ms>\d{3}) "
        r"(?P<level>INFO|WARN|ERROR|DEBUG|VERBOSE)\] (?P<msg>.*)$",
        "try_strptime(s.ts || '.' || s.ms, '%Y-%m-%d %H:%M:%S.%g')",
        "local",
        level_sql="CASE s.level WHEN 'VERBOSE' THEN 'TRACE' ELSE s.level END",
        source_sql="NULL",
    ),
    _fmt(
        "project-zomboid",
        "Project Zomboid's server console (build 41 on): <LEVEL>: <category>, <epoch ms>> "
        "[<uptime ms>> ]<message> (the category is the source)",
        r"^(?P<level>LOG|WARN|ERROR|DEBUG|TRACE) *: (?P<source>\w+) *, (?P<epoch>\d{13})> "
        r"(?:[\d,]+> )?(?P<msg>.*)$",
        epoch_sql("s.epoch"),
        "utc",
        # a Java stack trace, a frame a line under the level
        continues="CASE WHEN ok THEN regexp_matches(msg, '^\\s+at ') ELSE false END",
    ),
    _fmt(
        "bepinex",
        "BepInEx's console and LogOutput.log (Unity game mods): [<Level> : <source>] <message> "
        "(no time but a game's own: Valheim's `06/13/2023 09:24:10: ` opening the message)",
        r"^\[(?P<level>Fatal|Error|Warning|Message|Info|Debug) *: *(?P<source>[^\]]+?)\] "
        r"(?:(?P<ts>\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}): )?(?P<msg>.*)$",
        "try_strptime(NULLIF(s.ts, ''), '%m/%d/%Y %H:%M:%S')",
        "local",
        level_sql="CASE s.level WHEN 'Message' THEN 'INFO' ELSE upper(s.level) END",
    ),
    _fmt(
        "teamspeak3",
        "TeamSpeak 3 server: YYYY-MM-DD HH:MM:SS.micro|<LEVEL>|<channel>|<server id>|<message> "
        "(the channel is the source; UTC)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+)\|(?P<level>[A-Z]+) *\|"
        r"(?P<source>[^|]*?) *\|[^|]*\|(?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "utc",
        level_sql="CASE s.level WHEN 'CRITICAL' THEN 'CRITICAL' ELSE s.level END",
    ),
    _fmt(
        "ha-supervisor",
        "Home Assistant's Supervisor: YY-MM-DD HH:MM:SS <LEVEL> (<thread>) [<logger>] <message> "
        "(the year first, in two digits; the logger is the source)",
        r"^(?P<ts>\d{2}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) "
        r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) \((?:[^()]|\([^()]*\))*\) "
        r"\[(?P<source>[\w.]+)\] (?P<msg>.*)$",
        "try_strptime(s.ts, '%y-%m-%d %H:%M:%S')",
        "local",
        continues=UNSTAMPED,
        priority=2,  # above the generic day-month-year stamps
    ),
    _fmt(
        "zerolog-minutes",
        "zerolog's console writer with a minute's stamp (Portainer 2): YYYY/MM/DD hh:mmAM <LVL> "
        "<file:line> > <message> | <fields> (the file is the source)",
        r"^(?P<ts>\d{4}/\d{2}/\d{2} \d{1,2}:\d{2}[AP]M) (?P<level>TRC|DBG|INF|WRN|ERR|FTL|PNC) "
        r"(?:(?P<source>\S+) > )?(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y/%m/%d %I:%M%p')",
        "local",
    ),
    _fmt(
        "caddy-console",
        "Caddy 2's console (zap's console encoder): YYYY/MM/DD HH:MM:SS.mmm <LEVEL> [<logger>] "
        "<message> [<JSON fields>], tab- or space-separated (the logger is the source)",
        r"^(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\.\d{3})(?:\t| +)"
        r"(?P<level>DEBUG|INFO|WARN|ERROR|DPANIC|PANIC|FATAL)(?:\t| +)"
        r"(?:(?P<source>[a-z][\w-]*(?:\.[\w-]+)*)(?:\t| {2,}))?(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y/%m/%d %H:%M:%S.%g')",
        "local",
        priority=1,  # above go-std, which reads the same stamp
    ),
    _fmt(
        "firebase-debug",
        "firebase-tools' firebase-debug.log: [<level>] [<ISO time>] <message>",
        r"^\[(?P<level>debug|info|warn|error)\] \[(?P<ts>" + ISO + r")\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        source_sql="NULL",
        continues=UNSTAMPED,
    ),
    _fmt(
        "tinyproxy",
        "Tinyproxy: <LEVEL> <Mon DD HH:MM:SS[.mmm]> [<pid>]: <message> (CONNECT lines are INFO; no "
        "year)",
        r"^(?P<level>CONNECT|INFO|NOTICE|WARNING|ERROR|CRITICAL|DEBUG) +"
        r"(?P<ts>[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{3})?) \[\d+\]: (?P<msg>.*)$",
        "try_strptime(s.ts, ['%b %d %H:%M:%S', '%b %d %H:%M:%S.%g'])",
        "local",
        year_missing=True,
        level_sql="CASE s.level WHEN 'CONNECT' THEN 'INFO' ELSE s.level END",
        source_sql="NULL",
    ),
    _fmt(
        "omada",
        "TP-Link Omada controller (server.log): MM-DD-YYYY HH:MM:SS.mmm <LEVEL> [<thread>] [] "
        "<class>(<line>): <message> (the month first; the class is the source)",
        r"^(?P<ts>\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}\.\d{3}) (?P<level>" + LEVELS + r") "
        r"\[[^\]]*\] \[[^\]]*\] (?P<source>[\w.$]+)\(\d*\): (?P<msg>.*)$",
        "try_strptime(s.ts, '%m-%d-%Y %H:%M:%S.%g')",
        "local",
        continues=UNSTAMPED,
        priority=2,  # above the generic day-month-year stamps
    ),
    _fmt(
        "nlog-console",
        "NLog's console layout of the *arr apps (Sonarr, Radarr, Readarr, Prowlarr): [<Level>] "
        "<logger>: <message>, an exception on the lines under it (no time; the logger is the "
        "source)",
        r"^\[(?P<level>Trace|Debug|Info|Warn|Error|Fatal)\] (?P<source>[A-Za-z_][\w.]*): "
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="upper(s.level)",
        continues="NOT ok",
    ),
    _fmt(
        "puma",
        "Puma's cluster-mode output: [<pid>] <message> (the `=== puma shutdown: <time> ===` and "
        "`startup` lines carry the only times)",
        r"^\[(?P<pid>\d{1,7})\] (?P<msg>.*)$",
        iso_sql(
            "replace(NULLIF(regexp_extract(s.msg, '^=== puma (?:startup|shutdown): "
            "(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}) ===$', 1), ''), ' +', '+')"
        ),
        "utc",
        level_sql="NULL",
        source_sql="NULL",
        priority=-3,
    ),
    _fmt(
        "squid-access",
        "Squid's native access.log: <epoch>.<ms> <elapsed> <client> <result>/<status> <bytes> "
        "<method> <URL> ... (the status gives the level, the client is the source)",
        # (a logformat of its own may write the client's port after it: `10.0.0.5 58962`)
        r"^(?P<ts>\d{10}\.\d{3}) +\d+ (?P<source>\S+)(?: \d+)? (?P<code>[A-Z_]+)/(?P<status>\d{3}) "
        r"(?P<msg>.*)$",
        epoch_sql("s.ts"),
        "utc",
        level_sql=http_level("s.status"),
        msg_sql="s.code || ' ' || s.status || ' ' || s.msg",
        priority=1,
    ),
    _fmt(
        "morgan",
        "Express' morgan `dev` and `tiny` lines (no time): <METHOD> <url> <status> "
        "<ms> ms - <size>, or <METHOD> <url> <status> <size> - <ms> ms",
        r"^(?P<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE) \S+ "
        # the status, named `level` as it gives the level (a line of a program's output
        # among others: see `detect._telling`)
        r"(?P<level>\d{3}) (?:[\d.]+ ms - \S+|\S+ - [\d.]+ ms)(?P<msg>)$",
        "NULL",
        "none",
        level_sql=http_level("s.level"),
        source_sql="NULL",
        msg_sql="p",
    ),
    _fmt(
        "gin",
        "Gin's request log (Go web services, Ollama): [GIN] YYYY/MM/DD - HH:MM:SS | <status> | "
        '<latency> | <client> | <method> "<path>" (5xx ERROR, 4xx WARN, the client the '
        "source), and its [GIN-debug] lines ([WARNING] a warning)",
        r"^\[GIN\] (?P<ts>\d{4}/\d{2}/\d{2} - \d{2}:\d{2}:\d{2}) +\| +(?P<status>\d{3}) +\| +"
        r"(?P<dur>\S+) +\| +(?P<source>\S+) +\| +(?P<req>[A-Z]+ +\".*)$|"
        r"^\[GIN-debug\] (?:\[(?P<warn>WARNING)\] )?(?P<debug>.*)$",
        "try_strptime(s.ts, '%Y/%m/%d - %H:%M:%S')",
        "local",
        level_sql=f"CASE WHEN s.ts = '' THEN CASE WHEN s.warn <> '' THEN 'WARN' ELSE 'DEBUG' END "
        f"ELSE {http_level('s.status')} END",
        source_sql="NULLIF(s.source, '')",
        # `POST "/api/chat" 200 1.234567ms`
        msg_sql="CASE WHEN s.ts = '' THEN s.debug "
        "ELSE regexp_replace(s.req, ' +', ' ') || ' ' || s.status || ' ' || s.dur END",
    ),
    _fmt(
        "journal-unix",
        "journalctl -o short-unix: <epoch seconds.microseconds> host app[pid]: msg (the app is "
        "the source)",
        r"^(?P<ts>\d{10}\.\d{6}) (?P<host>[\w.-]+) (?P<source>[^\[:\s]+)(?:\[(?P<pid>\d+)\])?: "
        r"(?P<msg>.*)$",
        epoch_sql("s.ts"),
        "utc",
        level_sql="NULL",
    ),
    _fmt(
        "journal-monotonic",
        "journalctl -o short-monotonic: [<seconds since boot>] host app[pid]: msg (no wall "
        "clock: the app is the source)",
        r"^\[ *\d+\.\d{6}\] (?P<host>[\w.-]+) (?P<source>[^\[:\s]+)(?:\[(?P<pid>\d+)\])?: "
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="NULL",
        priority=1,  # above dmesg, whose `[uptime] message` each such line fits too
    ),
    _fmt(
        "epoch",
        "Epoch-stamped lines (Mosquitto, Squid): <unix seconds or milliseconds>[:] <message>",
        r"^(?P<ts>\d{10}(?:\d{3})?(?:\.\d{1,9})?)(?:: | +)(?P<msg>.*)$",
        epoch_sql("s.ts"),
        "utc",
        level_sql="NULL",
        source_sql="NULL",
        priority=-2,
    ),
    _fmt(
        "nestjs",
        "NestJS's default logger: [Nest] <pid>  - <MM/DD/YYYY, h:mm:ss AM|PM, or a 24-hour "
        "locale's DD/MM/YYYY, HH:mm:ss>   <LEVEL> [<context>] <message> (the context is the "
        "source; LOG is INFO)",
        # (pt-BR's writes no comma: `12/07/2022 20:48:54`)
        r"^\[Nest\] (?P<pid>\d+) +- (?P<ts>\d{1,2}[/.]\d{1,2}[/.]\d{4},? \d{1,2}:\d{2}:\d{2}"
        # (ko-KR's `2023. 06. 18. 오후 5:56:06`, ja-JP's and zh-CN's `2023/6/18 17:56:06`)
        r"(?: [AP]M| [ap]m)?|\d{4}\. \d{1,2}\. \d{1,2}\. (?:오전|오후) \d{1,2}:\d{2}:\d{2}|"
        r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d{2}:\d{2}) +"
        r"(?P<level>LOG|ERROR|WARN|DEBUG|VERBOSE|FATAL) \[(?P<source>[^\]]*)\] (?P<msg>.*)$",
        # (en-US's time; en-AU's and en-IN's, `pm`, the day first; a locale of a 24-hour clock,
        # en-GB's, pt-BR's, de's, the day first)
        "CASE WHEN regexp_matches(s.ts, '[AP]M$') THEN try_strptime(s.ts, '%m/%d/%Y, %I:%M:%S %p') "
        "WHEN regexp_matches(s.ts, '[ap]m$') THEN "
        "try_strptime(upper(s.ts), '%d/%m/%Y, %I:%M:%S %p') "
        "WHEN regexp_matches(s.ts, '^\\d{4}/') THEN try_strptime(s.ts, '%Y/%m/%d %H:%M:%S') "
        "WHEN regexp_matches(s.ts, '^\\d{4}\\. ') THEN try_strptime(replace(replace(s.ts, "
        "'오전', 'AM'), '오후', 'PM'), '%Y. %m. %d. %p %I:%M:%S') "
        "ELSE try_strptime(replace(replace(s.ts, '.', '/'), ',', ''), '%d/%m/%Y %H:%M:%S') END",
        "local",
        level_sql="CASE s.level WHEN 'LOG' THEN 'INFO' WHEN 'VERBOSE' THEN 'TRACE' "
        "ELSE s.level END",
        continues=UNSTAMPED,  # an exception's stack, as the process writes it
    ),
    _fmt(
        "metabase",
        "Metabase's log with the request's id first (0.38 and later in some deployments): "
        "[<uuid>] <ISO time> <LEVEL> <logger> <message> (the logger the source)",
        r"^\[(?P<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\] (?P<ts>"
        + ISO
        + r") (?P<level>TRACE|DEBUG|INFO|WARN|ERROR|FATAL) (?P<source>[a-z][\w.-]*) (?:::? )?"
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        continues=UNSTAMPED,
    ),
    _fmt(
        "metabase-colons",
        "Metabase's (Clojure's log4j) layout: <time> <LEVEL> <logger> :: <message>, the time "
        "ISO 8601 or MM-dd HH:mm:ss with no year (before 0.30; the logger the source)",
        r"^(?:(?P<iso>" + ISO + r")|(?P<ts>\d{2}-\d{2} \d{2}:\d{2}:\d{2})) "
        r"(?P<level>TRACE|DEBUG|INFO|WARN|ERROR|FATAL) (?P<source>[a-z][\w.-]*) :: (?P<msg>.*)$",
        "try_strptime(NULLIF(s.ts, ''), '%m-%d %H:%M:%S')",
        "local",
        year_missing=True,
        dated_ts_sql=f"CASE WHEN s.iso <> '' THEN {iso_sql('s.iso')} END",
        continues=UNSTAMPED,
    ),
    _fmt(
        "mattermost-console",
        "Mattermost's plain console (5.x and later, ConsoleJson off): <level> [YYYY-MM-DD "
        'HH:MM:SS.mmm +HH:MM] <message> caller="<file:line>" <fields> (the caller the source)',
        r"^(?P<level>debug|info|warn|error|fatal|panic|trace|critical) +\[(?P<ts>\d{4}-\d{2}-\d{2} "
        r"\d{2}:\d{2}:\d{2}\.\d{3} [+-]\d{2}:\d{2})\] (?P<msg>.*)$",
        iso_sql("replace(replace(s.ts, ' +', '+'), ' -', '-')"),
        "utc",
        source_sql="NULLIF(regexp_extract(s.msg, ' caller=\"([^\"]*)\"', 1), '')",
        examples=(
            "info  [2025-07-15 09:27:31.052 +02:00] Server is initializing...                     "
            'caller="platform/service.go:180" go_version=go1.24.3',
        ),
    ),
    _fmt(
        "sabnzbd",
        "SABnzbd: YYYY-MM-DD HH:MM:SS,mmm::<LEVEL>::[<module>:<line>] <message> (the module is "
        "the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3})::(?P<level>[A-Z]+)::"
        r"\[(?P<source>[\w.]+)(?::\d+)?\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "vertica",
        "Vertica's vertica.log: <YYYY-MM-DD HH:MM:SS.mmm> <thread name>:<thread id> [<subsystem>] "
        "<LEVEL> <message> (the subsystem is the source; LOG is INFO)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) (?P<thread>[^:<\[]+?):"
        r"(?:0x)?[0-9a-f]{6,}(?:-[0-9a-f]+)? (?:\[(?P<source>\w+)\] )?"
        r"<(?P<level>[A-Z]+)> (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "freeswitch",
        "FreeSWITCH: [<call uuid>] <YYYY-MM-DD HH:MM:SS.micro> [<CPU idle %>] [<LEVEL>] "
        "<file>:<line> <message> (the file is the source)",
        r"^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12} )?"
        r"(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}) (?:\d{1,3}\.\d{2}% )?"
        r"\[(?P<level>DEBUG|INFO|NOTICE|WARNING|ERR|CRIT|ALERT|CONSOLE)\] "
        r"(?P<source>[\w.-]+):\d+ (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="CASE s.level WHEN 'CONSOLE' THEN 'INFO' ELSE s.level END",
        # a message's further lines, each under the call's uuid alone (`<uuid> Local SDP:`,
        # `<uuid> v=0`), or with nothing before them (an XML document)
        continues="NOT ok",
    ),
    _fmt(
        "airlift",
        "Airlift's log (Trino, Presto): <ISO time with offset>\t<LEVEL>\t<thread>\t<logger>"
        "\t<message> (the logger is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(?:Z|[+-]\d{2}:?\d{2}))\t"
        r"(?P<level>DEBUG|INFO|WARN|ERROR)\t(?P<thread>[^\t]*)\t(?P<source>[\w.$]+)\t(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        priority=2,  # above zap's console encoder, whose tabs it shares
        continues=UNSTAMPED,  # a stack trace
    ),
    _fmt(
        "kea",
        "ISC Kea (DHCP): YYYY-MM-DD HH:MM:SS.mmm <LEVEL> [<logger>/<pid>[.<thread>]] <MESSAGE_ID> "
        "<message> (the logger is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +(?P<level>FATAL|ERROR|WARN|INFO|"
        r"DEBUG) +\[(?P<source>[\w.-]+)/\d+(?:\.\d+)?\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        priority=1,  # above the generic ISO format
    ),
    _fmt(
        "rsnapshot",
        "rsnapshot's log (logfile): [DD/Mon/YYYY:HH:MM:SS] <program> <interval>: [ERROR: |"
        "WARNING: ]<message> (the program is the source)",
        r"^\[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2})\] (?:/[\w./-]*/)?"
        r"(?P<source>[\w.-]+) (?P<msg>.*)$",
        "try_strptime(s.ts, '%d/%b/%Y:%H:%M:%S')",
        "local",
        level_sql="NULLIF(regexp_extract(s.msg, '^\\w*: (ERROR|WARNING): ', 1), '')",
    ),
    _fmt(
        "socklog",
        "socklog (Void Linux's syslog, svlogd -ttt): <ISO time, UTC> <facility>.<level>: "
        "[Mon DD HH:MM:SS ]<program>[<pid>]: <message> (the program is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{5}) [a-z0-9]+\.(?P<level>emerg|alert|"
        r"crit|err|warn|warning|notice|info|debug): (?:[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} )?"
        r"(?P<source>[^\s\[:]+)(?:\[\d+\])?: ?(?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "utc",
        priority=1,
    ),
    _fmt(
        "flyio",
        "Fly.io's log stream (flyctl logs): <time>Z <process>[<machine>] <region> [<level>]"
        "<message> (the process and machine are the source)",
        # (flyctl of late 2023 printed the time without its `Z`)
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?) (?P<source>[\w-]+\[[0-9a-f]+\]) "
        r"[a-z]{3} \[(?P<level>trace|debug|info|warn|warning|error|fatal)\] ?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        priority=1,
        continues=UNSTAMPED,
    ),
    _fmt(
        "gcp-logs-copy",
        "Google Cloud's Logs Explorer copied or downloaded as text: <SEVERITY> <RFC 3339 time> "
        "<message> (DEFAULT names no level)",
        r"^(?P<level>DEFAULT|DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY) "
        r"(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="NULLIF(s.level, 'DEFAULT')",
        source_sql="NULL",
        continues=UNSTAMPED,  # a JSON payload printed below its line
    ),
    _fmt(
        "bamboo",
        "Atlassian Bamboo's build log: <simple|build|command|error>\tDD-Mon-YYYY HH:MM:SS\t"
        "<message> (the kind is the source: error is the build's stderr)",
        r"^(?P<source>simple|build|command|error)\t"
        r"(?P<ts>\d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}:\d{2})\t(?P<msg>.*)$",
        "try_strptime(s.ts, '%d-%b-%Y %H:%M:%S')",
        "local",
        level_sql="NULL",
    ),
    _fmt(
        "srcds",
        "Source engine servers' logs (Team Fortress 2, Counter-Strike, Garry's Mod): L MM/DD/YYYY "
        "- HH:MM:SS: <message> (a line going on past its quotes continues it)",
        r"^L (?P<ts>\d{2}/\d{2}/\d{4} - \d{2}:\d{2}:\d{2}): (?P<msg>.*)$",
        "try_strptime(s.ts, '%m/%d/%Y - %H:%M:%S')",
        "local",
        level_sql="NULL",
        source_sql="NULL",
        continues="NOT ok",
    ),
    _fmt(
        "windows-update-legacy",
        "WindowsUpdate.log before Windows 10: YYYY-MM-DD<TAB>HH:MM:SS:mmm<TAB><pid><TAB><tid>"
        "<TAB><component><TAB><message> (the component is the source)",
        r"^(?P<date>\d{4}-\d{2}-\d{2})\t(?P<time>\d{2}:\d{2}:\d{2}:\d{3})\t *\d+\t[0-9a-f]+\t"
        r"(?P<source>[^\t]*)\t(?P<msg>.*)$",
        "try_strptime(s.date || ' ' || s.time, '%Y-%m-%d %H:%M:%S:%g')",
        "local",
        # (a marker may open an item of a list: `  - WARNING: Exit code = 0x80240024`)
        level_sql="CASE WHEN regexp_matches(s.msg, '^\\s*(?:- )?WARNING:') THEN 'WARN' "
        "WHEN regexp_matches(s.msg, '^\\s*(?:- )?FATAL:') THEN 'FATAL' END",
    ),
    _fmt(
        "powershell-transcript",
        "PowerShell's transcript (Start-Transcript): `Start time: YYYYMMDDHHMMSS` under "
        "`Windows PowerShell transcript start`, each command's output under `Command start time: "
        "YYYYMMDDHHMMSS` (with -IncludeInvocationHeader), between lines of 22 asterisks",
        r"^(?P<msg>(?:Command start|Start|End) time: (?P<ts>\d{14}))$",
        "try_strptime(s.ts, '%Y%m%d%H%M%S')",
        "local",
        level_sql="NULL",
        source_sql="NULL",
        continues="NOT ok",  # the command's output, the transcript's header fields
        signature=r"^\ufeff?\*{22}$",
    ),
    _fmt(
        "ossec-log",
        "OSSEC's and Wazuh's own log (ossec.log): YYYY/MM/DD HH:MM:SS <daemon>[:<module>]: "
        "<LEVEL>: <message> (the daemon is the source)",
        r"^(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}) "
        # (the agent's modules named alone: `sca: INFO: `, `rootcheck: INFO: `)
        r"(?P<source>(?:ossec|wazuh)-[\w-]+(?::[\w-]+)?|sca|rootcheck|syscheck|logcollector)"
        r"(?:\[\d+\])?: "
        r"(?:(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL): )?(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y/%m/%d %H:%M:%S')",
        "local",
        priority=1,  # above Go's standard log, whose stamp it shares
    ),
    _fmt(
        "suricata-stats",
        "Suricata's stats.log: a block of counters under each `Date: D/M/YYYY -- HH:MM:SS "
        "(uptime: ...)` line, framed by dashes (`<counter> | <thread> | <value>`): a block is "
        "an event",
        r"^(?:Date: (?P<ts>\d{1,2}/\d{1,2}/\d{4} -- \d{2}:\d{2}:\d{2}) \(uptime: [^)]*\)"
        r"|-{20,}|Counter +\| TM Name +\| Value|[\w.-]+ +\| [^|]+\| +-?\d+)(?P<msg>)$",
        "try_strptime(NULLIF(s.ts, ''), '%d/%m/%Y -- %H:%M:%S')",
        "local",
        level_sql="NULL",
        source_sql="NULL",
        msg_sql="p",
        priority=1,
        # the block's frame and counters are its further lines
        continues="NOT starts_with(p, 'Date: ')",
        anchor=r"^Date: \d{1,2}/\d{1,2}/\d{4} -- ",
    ),
    _fmt(
        "suricata",
        "Suricata's engine log (suricata.log): [<pid>] D/M/YYYY -- HH:MM:SS - [(<file>:<line>) ]"
        "<<Level>> [(<function>) ]-- <message> (up to 6), [<pid> - <thread>] YYYY-MM-DD "
        "HH:MM:SS <Level>: <module>: <message> (7 and later); the module, else the function, "
        "the source",
        r"^(?:\[(?P<pid>\d+)(?: - [^\]]+)?\] )?"
        r"(?:(?P<dmy>\d{1,2}/\d{1,2}/\d{4} -- \d{2}:\d{2}:\d{2})(?: \[[^\]:]*:(?P<mod>[\w-]+)\])?"
        r" - (?:\([^)]+\) )?<(?P<level>[A-Z][a-z]+)> "
        r"(?:\((?P<func>\w+)\) )?-{1,2} ?|(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) "
        r"(?P<level7>Emergency|Alert|Critical|Error|Warning|Notice|Info|Perf|Config|Debug): "
        r"(?P<source>[\w-]+): )(?P<msg>.*)$",
        "coalesce(try_strptime(NULLIF(s.dmy, ''), '%d/%m/%Y -- %H:%M:%S'), "
        "TRY_CAST(NULLIF(s.ts, '') AS TIMESTAMP))",
        "local",
        level_sql="CASE coalesce(NULLIF(s.level, ''), s.level7) WHEN 'Perf' THEN 'DEBUG' "
        "WHEN 'Config' THEN 'DEBUG' ELSE upper(coalesce(NULLIF(s.level, ''), s.level7)) END",
        source_sql="coalesce(NULLIF(s.source, ''), NULLIF(s.mod, ''), NULLIF(s.func, ''))",
        priority=1,  # above the generic `[pid] ...` of Puma's
        examples=(
            "[818] 24/5/2019 -- 17:27:59 - (util-logopenfile.c:478) <Info> (SCConfLogOpenGeneric) "
            "-- http-log output device (regular) initialized: http.log",
            "[9438 - Suricata-Main] 2023-08-26 13:49:20 Info: cpu: CPUs/cores online: 8",
        ),
    ),
    _fmt(
        "389ds-errors",
        "389 Directory Server's (FreeIPA's) errors log: [DD/Mon/YYYY:HH:MM:SS.nanos +zone] - "
        "<LEVEL> - <plugin or function> - <message> (the plugin is the source)",
        r"^\[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2})(?:\.\d+)? (?P<zone>[+-]\d{4})\] - "
        r"(?P<level>EMERG|ALERT|CRIT|ERR|WARNING|WARN|NOTICE|INFO|DEBUG) - (?P<source>[^ ]+) - "
        r"(?P<msg>.*)$",
        "timezone('UTC', try_strptime(s.ts || ' ' || s.zone, '%d/%b/%Y:%H:%M:%S %z'))",
        "utc",
        priority=1,  # above an access-log time before any message, which its lines fit too
        continues="NOT ok AND NOT starts_with(p, '[')",  # a message's further lines
    ),
    _fmt(
        "zpool-history",
        "ZFS' zpool history [-i] [-l]: YYYY-MM-DD.HH:MM:SS [[txg:<n>]] <command or internal "
        "event> (the command's program, zfs or zpool, is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}\.\d{2}:\d{2}:\d{2}) (?:\[txg:\d+\] )?(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y-%m-%d.%H:%M:%S')",
        "local",
        level_sql="NULL",
        source_sql="NULLIF(regexp_extract(s.msg, '^(zfs|zpool) ', 1), '')",
    ),
    _fmt(
        "pbs",
        "PBS Pro, OpenPBS and Torque server, scheduler and MOM logs: MM/DD/YYYY HH:MM:SS;<event "
        "type, hex>;<daemon>;<object type>;<object name>;<message> (the daemon the source; the "
        "event type's error bit ERROR, its debug bits DEBUG)",
        r"^(?P<ts>\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?);(?P<ev>[0-9a-fA-F]{4});"
        # (Torque names its server's pid: `PBS_Server.21174`)
        r"(?P<source>[\w-]+)(?:\.\d+)?;(?P<objtype>[^;]*);(?P<objname>[^;]*);(?P<msg>.*)$",
        "try_strptime(s.ts, ['%m/%d/%Y %H:%M:%S', '%m/%d/%Y %H:%M:%S.%f'])",
        "local",
        level_sql="CASE WHEN (TRY_CAST('0x' || s.ev AS INTEGER) & 1) = 1 THEN 'ERROR' "
        "WHEN (TRY_CAST('0x' || s.ev AS INTEGER) & 3456) <> 0 THEN 'DEBUG' ELSE 'INFO' END",
        # the job or object the line is about leads its message (`Job 18713.modex: `)
        msg_sql="CASE WHEN s.objname <> '' THEN s.objtype || ' ' || s.objname || ': ' || s.msg "
        "ELSE s.msg END",
        priority=1,
    ),
    _fmt(
        "htcondor",
        "HTCondor's daemon logs (SchedLog, StartLog, MasterLog): MM/DD/YY HH:MM:SS[.mmm] "
        "[(D_PID's pid)] <message> (no level: `ERROR`, `WARNING` opening a message name it)",
        r"^(?P<ts>\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{3})?) (?:\(pid:\d+\) )?(?P<msg>.*)$",
        "try_strptime(s.ts, ['%m/%d/%y %H:%M:%S', '%m/%d/%y %H:%M:%S.%g'])",
        "local",
        level_sql="NULL",  # (`parsing.EMBEDDED_LEVEL`: the word a message opens with)
        source_sql="NULL",
        # below the formats whose lines open with the same date, above a generic numeric date
        priority=-1,
    ),
    _fmt(
        "zoneminder",
        "ZoneMinder: <MM/DD/YY HH:MM:SS.micro> <process>[<pid>].<DB1-9|DBG|INF|WAR|ERR|FAT|PNC> "
        "[<where>] <message> (the process is the source)",
        r"^(?P<ts>\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\.\d{6}) (?P<source>[\w.-]+)\[\d+\]\."
        r"(?P<level>DB\d|DBG|INF|WAR|ERR|FAT|PNC) (?P<msg>.*)$",
        "try_strptime(s.ts, '%m/%d/%y %H:%M:%S.%f')",
        "local",
        level_sql="CASE WHEN starts_with(s.level, 'D') THEN 'DEBUG' WHEN s.level = 'WAR' THEN "
        "'WARN' WHEN s.level IN ('FAT', 'PNC') THEN 'FATAL' ELSE s.level END",
    ),
    _fmt(
        "proxmox-firewall",
        "Proxmox VE's firewall log (pve-firewall.log): <VM id> <syslog level 0-7> <chain> "
        "<DD/Mon/YYYY:HH:MM:SS +zone> <message> (the chain is the source)",
        r"^(?P<vmid>\d+) (?P<pri>[0-7]) (?P<source>[\w-]+) "
        r"(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}) (?P<msg>.*)$",
        "timezone('UTC', try_strptime(s.ts, '%d/%b/%Y:%H:%M:%S %z'))",
        "utc",
        level_sql=PRI_LEVEL,
        source_sql="NULLIF(s.source, '-')",  # (the logger's own lines)
    ),
    _fmt(
        "webmin",
        "Webmin's action log (webmin.log): <epoch>.<pid>.<n> [DD/Mon/YYYY HH:MM:SS] <user> "
        "<session> <client address> <module> <script> <action> ... (the module is the source; "
        "a failed login's action `failed` is WARN)",
        r"^\d{9,10}\.\d+\.\d+ \[(?P<ts>\d{1,2}/[A-Z][a-z]{2}/\d{4} \d{2}:\d{2}:\d{2})\] "
        r"(?P<user>\S+) (?P<sid>\S+) (?P<client>\S+) (?P<source>[\w.-]+) (?P<msg>.*)$",
        "try_strptime(s.ts, '%d/%b/%Y %H:%M:%S')",
        "local",
        level_sql="CASE WHEN regexp_matches(s.msg, '^\\S+ \"failed\"') THEN 'WARN' END",
    ),
    _fmt(
        "monit",
        "Monit's own log: [<zone> Mon DD HH:MM:SS] <level> : <message> (no year; the zone "
        "abbreviation applied where it names one offset)",
        r"^\[(?P<zone>[A-Z]{3,5}) (?P<ts>[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2})\] "
        r"(?P<level>debug|info|notice|warning|error|critical|alert|emergency) *: (?P<msg>.*)$",
        in_named_zone(_month_day(), "s.zone"),
        "utc",
        year_missing=True,
        source_sql="NULL",
    ),
    _fmt(
        "stunnel",
        "stunnel: YYYY.MM.DD HH:MM:SS LOG<0-7>[<pid>:<thread>, a connection's number or ui]: "
        "<message> (the digit a syslog level)",
        r"^(?P<ts>\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}:\d{2}) LOG(?P<pri>[0-7])\[[\w:]*\]: "
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y.%m.%d %H:%M:%S')",
        "local",
        level_sql=PRI_LEVEL,
        source_sql="NULL",
    ),
    _fmt(
        "murmur",
        "Murmur (Mumble's server): <W|I|D|C|F>YYYY-MM-DD HH:MM:SS.mmm <message>",
        r"^<(?P<level>[WIDCF])>(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="CASE s.level WHEN 'C' THEN 'CRITICAL' ELSE s.level END",
        source_sql="NULL",
    ),
    _fmt(
        "singlestore",
        "SingleStore (MemSQL) tracelog: <microseconds since start> <YYYY-MM-DD HH:MM:SS.mmm> "
        "<LEVEL, right-aligned>: <message>",
        r"^(?P<ticks>\d+) (?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +"
        r"(?P<level>DEBUG|INFO|WARNING|ERROR|FATAL): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        source_sql="NULL",
    ),
    _fmt(
        "program-iso",
        "A word then ISO time (update-alternatives, AWS load balancers): <word> <ISO time>[:] "
        "<message>",
        # (a number is a process' id: Win32-OpenSSH's sshd.log, `3148 2019-10-10 14:26:34.837 `)
        r"^(?:\d+|(?P<source>[\w.-]+)) (?P<ts>" + ISO_STAMP + r"):? "
        # (Jitsi's java.util.logging level and thread, in the JVM's language: `Jicofo 2017-09-07
        # 13:52:16.392 SEVERE: [30] `, `JVB 2024-09-02 09:08:14.025 INFORMATION: [1] `)
        r"(?:(?P<level>" + JUL_ANY + r"): (?:\[\d+\] )?)?"
        r"(?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        level_sql=jul_english("s.level"),
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
        # the lines of one call (a stack) share its number
        continues="ok AND split_part(p, ' ', 1) = lag(split_part(p, ' ', 1)) OVER ()",
        priority=-1,
    ),
    _fmt(
        "nlog",
        "NLog (.NET) default layout: <longdate>|<LEVEL>|<logger>|<message>, the exception on the "
        "lines after it (ASP.NET Core's layout writes an event id before the level)",
        # (Sonarr 2's short date: `19-8-26 06:40:19.4|Info|RssSyncService|`, `yy-M-d HH:mm:ss.f`)
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,7})?"
        r"|\d{2}-\d{1,2}-\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,7})?)\|(?:\d+\|)?"
        r"(?P<level>(?i:trace|debug|info|warn|error|fatal))\|(?P<source>[^|\s]+)\|(?P<msg>.*)$",
        # local time: `${longdate}`
        f"CASE WHEN s.ts[3] = '-' THEN {_SHORT_DATE} ELSE {iso_sql('s.ts')} END",
        "utc",
        # an exception's lines (`--- End of stack trace from previous location ---` unindented)
        continues=UNSTAMPED,
    ),
    _fmt(
        "tomcat",
        "Tomcat / java.util.logging one-line: DD-Mon-YYYY HH:MM:SS.mmm LEVEL [thread] "
        "<logger.method> <message> (also a JVM's in French, German, Spanish, Italian, "
        "Portuguese..., its months and levels in its language)",
        r"^(?P<ts>\d{2}-" + LOCALE_MONTH + r"-\d{4} \d{2}:\d{2}:\d{2}(?:\.\d{1,3})?) "
        r"(?P<level>" + JUL_ANY + r") \[(?P<thread>[^\]]*)\] "
        r"(?P<source>\S+) (?P<msg>.*)$",
        localized_month_sql("s.ts", ["%d-%b-%Y %H:%M:%S.%n", "%d-%b-%Y %H:%M:%S"]),
        "local",
        level_sql=jul_english("s.level"),
        # a message's further lines, whatever they hold (a JSP's source quoted by its compile
        # error), but a line opening with an ISO date: the web application's own logger's
        # (Guacamole's logback in catalina.out); a file opening with a record is Tomcat's,
        # however few its records
        continues=f"NOT ok AND NOT regexp_matches(p, '{_TOMCAT_STAMP}') AND {UNSTAMPED}",
        signature=_TOMCAT_STAMP,
    ),
    _fmt(
        "ibm-mq",
        "IBM MQ error logs (AMQERR01.LOG): MM/DD/YY[YY] HH:MM:SS [AM|PM] - Process(<pid>) "
        "User(<user>) Program(<program>), the record's further lines (Host, Time(<UTC>), "
        "AMQnnnnX: <message>, EXPLANATION, ACTION) below it (the program is the source; the "
        "message code's letter the level: I INFO, W WARN, E ERROR, S SEVERE, T FATAL)",
        r"^(?P<stamp>\d{2}/\d{2}/\d{2}(?:\d{2})? +\d{2}:\d{2}:\d{2}(?: [AP]M)?) - "
        r"Process\([\d.]+\) User\([^)]*\) Program\((?P<source>[^)]*)\)(?P<msg>.*)$",
        # the UTC time the record names (on the header line in a one-line copy, else below
        # it), else the header's local time
        # (a locale writing the day first, `17/11/2004  10:32:29`, where the month cannot be)
        f"coalesce({_MQ_UTC}, local_utc(try_strptime(regexp_replace(s.stamp, ' +', ' '), "
        "['%m/%d/%y %I:%M:%S %p', '%m/%d/%Y %I:%M:%S %p', '%m/%d/%y %H:%M:%S', "
        "'%m/%d/%Y %H:%M:%S', '%d/%m/%Y %H:%M:%S', '%d/%m/%y %H:%M:%S'])))",
        "utc",
        level_sql=f"['INFO', 'WARN', 'ERROR', 'SEVERE', 'FATAL'][list_position(['I', 'W', "
        f"'E', 'S', 'T'], {_MQ_CODE.format(group=2)})]",
        msg_sql=f"coalesce(NULLIF({_MQ_MESSAGE}, ''), s.msg)",
        continues="NOT ok",
        # a record's header is one line in ten or more: the file opening with one is MQ's
        signature=r"^\d{2}/\d{2}/\d{2}(?:\d{2})? +\d{2}:\d{2}:\d{2}(?: [AP]M)? - Process\(",
    ),
    _fmt(
        "java-logging",
        "java.util.logging default: <Mon D, YYYY h:mm:ss AM> <class> <method>, then "
        "<LEVEL>: <message> on the next line",
        # (the JVM's report of an uncaught exception opens an event of its own: `Exception in
        # thread "main" java.io.IOException: ...`, its frames below it)
        # (a JVM in another language: its month in lower case, `oct 03, 2016 10:30:31 AM`, its
        # level in its words, `INFORMACIÓN: `)
        r"^(?:(?P<ts>[A-Za-z]{3} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} [AP]M) (?P<source>\S+)"
        r"(?: \S+)?$|Exception in thread \"(?P<thread>[^\"]*)\" (?P<uncaught>.*)$)",
        localized_month_sql("NULLIF(s.ts, '')", ["%b %d, %Y %I:%M:%S %p"]),
        "local",
        # the level and the message are on the line after the header (a continuation line);
        # as a fallback format (other formats first in the file) that line is not at hand
        level_sql="CASE WHEN s.thread <> '' THEN 'ERROR' ELSE "
        + jul_english(f"regexp_extract({_NEXT_TEXT}, '^({JUL_ANY}): ', 1)")
        + " END",
        source_sql="NULLIF(s.source, '')",
        msg_sql=f"CASE WHEN s.thread <> '' THEN s.uncaught ELSE "
        f"regexp_extract({_NEXT_TEXT}, '^(?:{JUL_ANY}): (.*)$', 1) END",
        echoes=_read_after_header(f"^(?:{JUL_ANY}): "),
        # every line but a header: the level's, a message's further lines, an exception
        continues="NOT ok",
    ),
    _fmt(
        "java-logging-zh",
        "java.util.logging default in a Chinese locale (Tomcat, Jenkins): <七月 15, 2017 9:11:24 "
        "上午> <class> <method>, then <信息|警告|严重>: <message> on the next line (Java 9 on "
        "writes the month `7月`)",
        r"^(?P<ts>" + _ZH_MONTH + r" \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} [上下]午) "
        r"(?P<source>\S+)(?: \S+)?$",
        _JUL_ZH_TIME,
        "local",
        level_sql=f"{sql_list(JUL_LOCALIZED.values())}[list_position({sql_list(JUL_LOCALIZED)}, "
        f"regexp_extract({_NEXT_TEXT}, '^({_JUL_ZH_LEVELS}):', 1))]",
        msg_sql=f"regexp_extract({_NEXT_TEXT}, '^(?:{_JUL_ZH_LEVELS}): ?(.*)$', 1)",
        echoes=_read_after_header(f"^(?:{_JUL_ZH_LEVELS}):"),
        continues="NOT ok",
    ),
    _fmt(
        "php-fpm-slow",
        "PHP-FPM's slow log: [DD-Mon-YYYY HH:MM:SS]  [pool <pool>] pid <pid>, then the "
        "script_filename and the request's backtrace below it (the pool is the source)",
        r"^\[(?P<ts>\d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}:\d{2})\]  \[pool (?P<source>[^\]]+)\] "
        r"(?P<msg>pid \d+)$",
        "try_strptime(s.ts, '%d-%b-%Y %H:%M:%S')",
        "local",
        level_sql="NULL",
        priority=1,  # above PHP's error log, whose stamp it shares
        continues="NOT ok",  # the script and the backtrace
    ),
    _fmt(
        "php",
        "PHP error log and PHP-FPM: [DD-Mon-YYYY HH:MM:SS [zone]] [PHP ]<Level>: <message> "
        "(Roundcube's: [DD-Mon-YYYY HH:MM:SS +zone]: <message>)",
        # (PHP-FPM at `log_level = debug` writes microseconds: `[25-Jun-2019 20:37:12.330148] `)
        r"^\[(?P<ts>\d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)"
        r"(?: (?P<zone>[\w/+-]+))?\]:? "
        r"(?P<msg>.*)$",
        # a stamp is in the zone it names (PHP's date.timezone: `UTC`, `America/Denver`, or an
        # offset); one naming none, or a zone DuckDB does not know, is read with the timezone
        # setting
        f"CASE WHEN s.zone = 'UTC' THEN {_PHP_TIME} "
        "WHEN regexp_matches(s.zone, '^[+-]\\d{4}$') THEN timezone('UTC', "
        "try_strptime(s.ts || ' ' || s.zone, ['%d-%b-%Y %H:%M:%S %z', '%d-%b-%Y %H:%M:%S.%f %z'])) "
        "WHEN s.zone IN (SELECT name FROM pg_timezone_names()) THEN timezone('UTC', "
        f"timezone(s.zone, {_PHP_TIME})) "
        f"ELSE local_utc({_PHP_TIME}) END",
        "utc",
        level_sql="CASE " + PHP_LEVEL + " WHEN 'Fatal error' THEN 'FATAL' "
        "WHEN 'Parse error' THEN 'ERROR' "
        "WHEN 'Strict Standards' THEN 'NOTICE' WHEN '' THEN NULL "
        "ELSE upper(" + PHP_LEVEL + ") END",
        source_sql="NULL",
        # an error's stack trace (Xdebug's, PHP 7's), a stamped line each: `PHP Stack trace:`,
        # `PHP   1. {main}() /app/index.php:0`; a message's further lines, unstamped
        # (WordPress' `error_log(print_r($order, true))`: `Array`, then `(`, `    [id] => 927`)
        continues=f"{UNSTAMPED} OR (ok AND regexp_matches(p, "
        "'^\\[[^\\]]+\\]:? PHP (?:Stack trace:|  ?\\d+\\. )'))",
    ),
    _fmt(
        "codeigniter",
        "CodeIgniter 3 and 4 (application/logs/log-<date>.php, writable/logs/): <LEVEL> - "
        "<YYYY-MM-DD HH:MM:SS> --> <message>, under the file's `<?php defined(...) ?>` guard "
        "(the date day first too, as a locale's `log_date_format` writes it)",
        r"^(?P<level>EMERGENCY|ALERT|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG|ALL) - "
        r"(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}|\d{2}[-/]\d{2}[-/]\d{4} \d{2}:\d{2}:\d{2})"
        r" --> (?P<msg>.*)$",
        "coalesce(TRY_CAST(s.ts AS TIMESTAMP), try_strptime(s.ts, ['%d-%m-%Y %H:%M:%S', "
        "'%d/%m/%Y %H:%M:%S']))",
        "local",
        source_sql="NULL",
        priority=1,
        # a message's further lines (a database error's, a stack trace), the guard line above
        continues="NOT ok AND NOT starts_with(p, '<?php')",
        signature=r"^<\?php defined\('(?:BASEPATH|SYSTEMPATH)'\)",
    ),
    _fmt(
        "monolog",
        "Monolog (Laravel, Symfony): [<time>] <channel>.<LEVEL>: <message> <context>",
        r"^\[(?P<ts>" + ISO_STAMP + r")\] (?P<source>[\w-]+)\.(?P<level>DEBUG|INFO|NOTICE|"
        r"WARNING|ERROR|CRITICAL|ALERT|EMERGENCY): (?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        # a record's further lines: a message's own line breaks, its context and exception
        # (`[stacktrace]`, `#0 /var/www/...`), a line a terminal wrapped
        continues=UNSTAMPED,
    ),
    _fmt(
        "scrapy",
        "Scrapy and Python's `%(asctime)s [%(name)s] %(levelname)s: %(message)s`: <time> "
        "[<logger>] <LEVEL>: <message> (the logger is the source)",
        r"^(?P<ts>" + ISO + r") \[(?P<source>[\w.-]+)\] (?P<level>DEBUG|INFO|WARNING|ERROR|"
        r"CRITICAL): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "python-name-level",
        "Python's `%(asctime)s [%(name)s.%(levelname)s] %(message)s` (script-server): <time> "
        "[<logger>.<LEVEL>] <message> (the logger is the source)",
        r"^(?P<ts>" + ISO + r") \[(?P<source>[\w.-]+)\.(?P<level>DEBUG|INFO|WARNING|ERROR|"
        r"CRITICAL)\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        continues=UNSTAMPED,  # a message's further lines
    ),
    _fmt(
        "odoo",
        "Odoo: <time> <pid> <LEVEL> <database or ?> <logger>: <message> (the logger is the source)",
        r"^(?P<ts>" + ISO + r") \d+ (?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) \S+ "
        r"(?P<source>[\w.]+): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "kafka",
        "Apache Kafka (log4j `[%d] %p %m (%c)%n`, or `(%c:%L)`): [<time>] <LEVEL> <message> "
        "(<logger>) (the "
        "logger is the source; a line ending in `:` opens a block of indented lines)",
        r"^\[(?P<ts>" + ISO + r")\] +(?P<level>" + LEVELS + r") +(?:(?P<msg>.*?) "
        # (Kafka Connect's `%c:%L`, the line after the logger: `(org.apache...Client:937)`;
        # Confluent for Kubernetes' context after it: ` - app=connect, clusterId=confluent`)
        r"\((?P<source>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\$?)(?::\d+)?\)(?: - [\w.-]+=.*)?"
        r"|(?P<block>.*:)\s*)$",
        iso_sql("s.ts"),
        "utc",
        msg_sql="CASE WHEN s.block <> '' THEN s.block ELSE s.msg END",
        continues=UNSTAMPED,  # (log4j's: a message's further lines, an XML document it prints)
    ),
    _fmt(
        "log4j-trailing",
        "log4j with the logger and thread after the message (ZooKeeper in Kafka's style, "
        "`%d %p %m (%c) [%t]%n`): <time> <LEVEL> <message> (<logger>) [<thread>] (the logger is "
        "the source)",
        r"^(?P<ts>" + ISO + r") +(?P<level>" + LEVELS + r") +(?P<msg>.*?) "
        r"\((?P<source>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\$?)(?::\d+)?\) \[[^\]]*\]$",
        iso_sql("s.ts"),
        "utc",
        continues=UNSTAMPED,  # an exception's stack, after the line
        examples=(
            "2021-03-31 07:37:44,452 INFO Processing ruok command from /127.0.0.1:52908 "
            "(org.apache.zookeeper.server.NettyServerCnxn) [nioEventLoopGroup-4-1]",
        ),
    ),
    _fmt(
        "flask",
        "Flask's default handler: [<time>] <LEVEL> in <module>: <message> (the module is the "
        "source)",
        r"^\[(?P<ts>" + ISO + r")\] (?P<level>" + LEVELS + r") in (?P<source>[\w.]+): "
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "bracketed",
        "Elasticsearch / Logstash / OpenSearch: [<time>][<LEVEL>][<logger>] [<node>] <message>; "
        "Envoy: [<time>][<thread>][<level>][<logger>] [<file:line>] <message>; Python's "
        "`[%(asctime)s][%(name)s][%(levelname)-6s] ` (ceph-volume): the logger after the level, "
        "else the one before it",
        r"^\[(?P<ts>"
        + ISO
        + r")\](?:\[[^\]\[]*\])?\[(?P<level>"
        + LEVELS
        + "|"
        + LEVELS.lower()
        # (Elasticsearch's and OpenSearch's node after their logger: `[o.e.n.Node   ] [node-1] `,
        # `[index.search.slowlog.query] [node-1] `, empty while it has no name yet; Envoy's file
        # and line after its: `[main] [source/server/server.cc:255] `, the bracket before it
        # missing in 1.x)
        # (Elasticsearch 2 and 5 pad a logger of any name to a column: `[node                 ]
        # [7kX1QFh] `, OpenSearch's `[r.suppressed      ] [91616f4bd951] `: the padding read
        # into the group, which names no more fields than before, as detection counts them)
        + r") *\](?:\[(?P<es>(?:o(?:rg)?\.(?:e|elasticsearch|o|opensearch)|index\.\w+\.slowlog)"
        r"\.[^\]\s]+|[^\]\s]+ {2,}) *\] \[[^\]\s]*\]"
        # (Logstash's pipeline after its logger: `[logstash.javapipeline    ][main] `)
        r"|\[(?P<source>[^\]\s]+) *\](?: \[?[\w/.-]+\.\w+:\d+\]|\[[\w.-]+\])?)? ?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="upper(s.level)",
        source_sql="coalesce(NULLIF(rtrim(s.es), ''), NULLIF(s.source, ''), "
        "NULLIF(regexp_extract(p, '^\\[[^\\]]*\\]\\[([^\\]\\d\\s][^\\]\\s]*)\\]\\[', 1), ''))",
        # a message's further lines: a slow log's pretty-printed query, a line wrapped mid-word
        continues=UNSTAMPED,
    ),
    _fmt(
        "level-first",
        "Level before the time (Cassandra, `[%(levelname)s] %(asctime)s - %(message)s`): "
        "[LEVEL] [<thread>] <ISO time> [-] <message>",
        # (log4j's `%5p` pads a level of four letters with a space before it: ` INFO [main] `,
        # as Cassandra 1.x and 2.x write theirs)
        # (Dropwizard's stamp in brackets: `INFO  [2021-04-01 12:44:34,480] io.dropwizard...: `)
        r"^ ?\[?(?P<level>" + LEVELS + r")\]? +(?:\[[^\]]*\] +)?\[?(?P<ts>" + ISO + r")\]?(?: -)? +"
        # (ScyllaDB's shard and logger: `[shard 0:main] database - `; Dropwizard's logger and a
        # colon; Django's verbose formatter's module, process and thread: `log 1 140167585393464 `)
        r"(?:\[shard [^\]]*\] (?P<scylla>[\w.-]+) - |(?P<dotted>[a-z][\w$]*(?:\.[\w$]+)+): "
        r"|(?P<module>\w+) \d+ \d+ "
        # Cassandra's `%F:%L - ` (before 3.0 `%F (line %L) `): the file writing the line, named
        # after its class
        r"|(?P<file>[\w$]+)\.(?:java|scala|kt)(?::\d+ -| \(line \d+\)) )?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        source_sql=r"coalesce(NULLIF(s.scylla, ''), NULLIF(s.dotted, ''), NULLIF(s.module, ''), "
        r"NULLIF(s.file, ''))",
        priority=-1,
        # a message's further lines (Cassandra's token list after `Normal Tokens:`)
        continues="NOT ok AND NOT regexp_matches(p, '^ ?\\[?(?:" + LEVELS + ")\\]? ')",
    ),
    _fmt(
        "nextjs",
        "Next.js 12 and 13's server output (`next dev`, `next start`): <kind> - <message>, the "
        "kind ready, wait, event, info, warn or error (no time)",
        r"^(?P<level>ready|wait|event|info|warn|error) +- (?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="CASE s.level WHEN 'error' THEN 'ERROR' WHEN 'warn' THEN 'WARN' ELSE 'INFO' END",
        source_sql="NULL",
    ),
    _fmt(
        "winston-stamped",
        "winston's timestamp and printf formats (Node.js; Strapi's default): [<time>] <level>: "
        "<message>, its npm levels in lower case (http, verbose and silly are debug and trace)",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z?)\] "
        r"(?P<level>error|warn|info|http|verbose|debug|silly): +(?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        source_sql="NULL",
        # a stack trace, a value's dump
        continues=UNSTAMPED,
    ),
    _fmt(
        "level-colon",
        "A level word in lower case, a colon, then the message, with no time: winston's simple "
        "and cli formats (Node.js: `info: listening`, `warn:    slow`), and compilers' and "
        "build tools' diagnostics (`warning: unused variable`, `error: could not compile`)",
        r"^(?P<level>error|warn|warning|info|http|verbose|debug|silly|notice|fatal|critical|"
        r"trace)(?:\[\w+\])?: +(?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="NULL",
        priority=-3,
        # a diagnostic's source excerpt and notes (`2 |     let x = 5;`), a value's dump
        continues="NOT ok",
    ),
    _fmt(
        "bitbake",
        "BitBake's console (Yocto, OpenEmbedded): NOTE:, WARNING:, ERROR: <message>, a task's "
        "log after `Log data follows:` its lines behind `| ` (NOTE is INFO; the recipe and task, "
        "`u-boot-1_v2016.07-r0 do_compile`, the source)",
        r"^(?P<level>NOTE|WARNING|ERROR|DEBUG|FATAL|CRITICAL): (?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="CASE s.level WHEN 'NOTE' THEN 'INFO' WHEN 'WARNING' THEN 'WARN' "
        "ELSE s.level END",
        source_sql="NULLIF(regexp_extract(s.msg, '^(\\S+-r\\d+ do_\\w+): ', 1), '')",
        # the failed task's log under its error, `Log data follows:` then `| DEBUG: ...`
        continues="NOT ok AND (p = 'Log data follows:' OR starts_with(p, '| '))",
        anchor=r"^(?:NOTE: (?:Executing|Running|Tasks Summary|Resolving|Preparing|Fetching|"
        r"Setscene|Started)|ERROR: Logfile of failure stored in: |ERROR: Task \()",
    ),
    _fmt(
        "vagrant",
        "Vagrant's --debug log (log4r's `%5l %c: %m`): <LEVEL, right-aligned to five> "
        "<logger>: <message>, with no time (the logger is the source)",
        # (a paste may lose the padding space: `INFO environment: `)
        r"^(?P<level>DEBUG| ?INFO| ?WARN|ERROR|FATAL) (?P<source>[a-z][\w:.-]*): (?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="ltrim(s.level)",
        # a message's further lines (a command's output, a Ruby error's backtrace)
        continues="NOT ok",
        # (below the formats whose header this header may be the rest of: a stamp, then
        # `INFO main: `, is the generic ISO format's)
        priority=-3,
    ),
    _fmt(
        "wine",
        "Wine's and Proton's debug channels (WINEDEBUG, PROTON_LOG): [<seconds since start>:]"
        "[<pid>:]<tid>:<class>:<channel>:<function> <message> (the class the level: err, "
        "fixme and warn, trace, info; the channel the source; no time of day)",
        r"^(?:\d+\.\d{3}:)?(?:[0-9a-f]{4}:){1,2}(?P<level>err|fixme|warn|trace|info):"
        r"(?P<source>[\w.-]+):[\w$.]+:? (?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="['ERROR', 'WARN', 'WARN', 'TRACE', 'INFO']"
        "[list_position(['err', 'fixme', 'warn', 'trace', 'info'], s.level)]",
    ),
    _fmt(
        "santa",
        "Santa (macOS binary authorization) and other daemons writing [<ISO time>Z] <level "
        "letter> <program>: <message> (santad's decisions as key=value|key=value)",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)\] (?P<level>[DIWEF]) "
        r"(?P<source>[\w.-]+): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "geth",
        "go-ethereum's terminal log (Geth, core-geth, BSC; Erigon with its level in brackets): "
        "LEVEL [MM-DD|HH:MM:SS.mmm] <message>  key=value... (TRCE, DBUG, EROR as Erigon writes "
        "them; CRIT is CRITICAL)",
        r"^(?:(?P<level>TRACE|DEBUG|INFO|WARN|ERROR|CRIT) ?|\[(?P<bracketed>TRCE|DBUG|INFO|WARN"
        r"|EROR|CRIT)\] )\[(?P<ts>\d{2}-\d{2}\|\d{2}:\d{2}:\d{2}(?:\.\d{3})?)\] (?P<msg>.*)$",
        "try_strptime(s.ts, ['%m-%d|%H:%M:%S.%g', '%m-%d|%H:%M:%S'])",
        "local",
        year_missing=True,
        level_sql="['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'TRACE', 'DEBUG', "
        "'ERROR'][list_position(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRIT', 'TRCE', "
        "'DBUG', 'EROR'], coalesce(NULLIF(s.level, ''), s.bracketed))]",
        source_sql="NULL",
        continues=UNSTAMPED,  # a panic's goroutines
    ),
    _fmt(
        "tendermint",
        "Tendermint's, CometBFT's (before 0.38) and the Cosmos SDK's text log: "
        "L[YYYY-MM-DD|HH:MM:SS.mmm] <message>  module=<module> key=value... (the module is the "
        "source)",
        r"^(?P<level>[DIEW])\[(?P<ts>\d{4}-\d{2}-\d{2}\|\d{2}:\d{2}:\d{2}(?:\.\d{3})?)\] "
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, ['%Y-%m-%d|%H:%M:%S.%g', '%Y-%m-%d|%H:%M:%S'])",
        "local",
        level_sql="['DEBUG', 'INFO', 'ERROR', 'WARN']"
        "[list_position(['D', 'I', 'E', 'W'], s.level)]",
        source_sql="NULLIF(regexp_extract(s.msg, '\\smodule=([\\w.-]+)', 1), '')",
        continues=UNSTAMPED,
    ),
    _fmt(
        "lighthouse",
        "Lighthouse's log (slog's terminal format): Mon DD HH:MM:SS.mmm LEVEL <message>  key: "
        "value, ..., service: <service> (CRIT, ERRO, DEBG, TRCE as written; the service is the "
        "source)",
        r"^(?P<ts>[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}\.\d{3}) "
        r"(?P<level>CRIT|ERRO|WARN|INFO|DEBG|TRCE) (?P<msg>.*)$",
        "try_strptime(s.ts, '%b %d %H:%M:%S.%g')",
        "local",
        year_missing=True,
        level_sql="['CRITICAL', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE']"
        "[list_position(['CRIT', 'ERRO', 'WARN', 'INFO', 'DEBG', 'TRCE'], s.level)]",
        source_sql="NULLIF(regexp_extract(s.msg, '(?:^|, |\\s)service: ([\\w.-]+)(?:,|$)', 1), '')",
        priority=1,  # above syslog's, whose host and program its level and message would fill
    ),
    _fmt(
        "nethermind",
        "Nethermind's console: DD Mon HH:MM:SS | <message> (its banner's lines under it)",
        r"^(?P<ts>\d{2} [A-Z][a-z]{2} \d{2}:\d{2}:\d{2}) \| (?P<msg>.*)$",
        "try_strptime(s.ts, '%d %b %H:%M:%S')",
        "local",
        year_missing=True,
        level_sql="NULL",
        source_sql="NULL",
        continues=UNSTAMPED,
    ),
    _fmt(
        "chronicles",
        "Nim's chronicles (Nimbus): LVL YYYY-MM-DD HH:MM:SS.mmm[+HH:MM] <message>  key=value... "
        "(TRC, DBG, INF, NTC, WRN, ERR, FTL; its topics are the source)",
        r"^(?P<level>TRC|DBG|INF|NTC|NOT|WRN|ERR|FTL) (?P<ts>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:"
        r"\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})?) (?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        level_sql="['TRACE', 'DEBUG', 'INFO', 'NOTICE', 'NOTICE', 'WARN', 'ERROR', 'FATAL']"
        "[list_position(['TRC', 'DBG', 'INF', 'NTC', 'NOT', 'WRN', 'ERR', 'FTL'], s.level)]",
        source_sql="NULLIF(regexp_extract(s.msg, '\\stopics=\"([^\"]+)\"', 1), '')",
        continues=UNSTAMPED,
    ),
    _fmt(
        "gstreamer",
        "GStreamer's debug log (GST_DEBUG): <time since start> <pid> <thread> LEVEL <category> "
        "<file>:<line>:<function>:[<object>] <message> (no wall clock: the category is the "
        "source; FIXME is WARN, LOG DEBUG)",
        r"^(?P<elapsed>\d+:\d{2}:\d{2}\.\d{9}) +(?P<pid>\d+) +(?P<thread>0x[0-9a-f]+) +"
        r"(?P<level>ERROR|WARN|FIXME|INFO|DEBUG|LOG|TRACE|MEMDUMP) +(?P<source>\S+) "
        r"(?P<where>[^:\s]+:\d+:[^:\s]*:(?:<[^>]*>)?) ?(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="['ERROR', 'WARN', 'WARN', 'INFO', 'DEBUG', 'DEBUG', 'TRACE', 'TRACE']"
        "[list_position(['ERROR', 'WARN', 'FIXME', 'INFO', 'DEBUG', 'LOG', 'TRACE', 'MEMDUMP'], "
        "s.level)]",
    ),
    _fmt(
        "ffmpeg",
        "FFmpeg's messages on its standard error (ffmpeg, ffprobe, programs built on libav*): "
        "[<component> @ <address>] [[<level>] ]<message> (the component, `h264`, `sdp`, the "
        "source; its other lines, a stream's description, progress, are lines of their own)",
        r"^\[(?P<source>[\w/:.-]+) @ (?:0x)?[0-9a-fA-F]{6,16}\] "
        r"(?:\[(?P<level>trace|debug|verbose|info|warning|error|fatal|panic)\] )?(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="['TRACE', 'DEBUG', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL', 'FATAL']"
        "[list_position(['trace', 'debug', 'verbose', 'info', 'warning', 'error', 'fatal', "
        "'panic'], s.level)]",
        priority=-2,
    ),
    _fmt(
        "mpv",
        "mpv's log file (--log-file): [<seconds since start>][<level letter>][<module>] <message> "
        "(f fatal, e error, w warn, i info, v verbose and d debug as DEBUG, t trace; the module is "
        "the source)",
        r"^\[ *(?P<elapsed>\d+\.\d{3})\]\[(?P<level>[fewivdt])\]\[(?P<source>[\w/.-]+)\] "
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="['FATAL', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'DEBUG', 'TRACE']"
        "[list_position(['f', 'e', 'w', 'i', 'v', 'd', 't'], s.level)]",
    ),
    _fmt(
        "vlc",
        "VLC's verbose log (vlc -vv, libVLC): [<object address>] <module> <object type> "
        "<error|warning|debug|info>: <message> (the module is the source)",
        r"^\[(?P<obj>[0-9a-f]{8,16})\] (?P<source>[\w.-]+) (?P<kind>[\w ]+?) "
        r"(?P<level>error|warning|debug|info): (?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="['ERROR', 'WARN', 'DEBUG', 'INFO']"
        "[list_position(['error', 'warning', 'debug', 'info'], s.level)]",
    ),
    _fmt(
        "zephyr",
        "Zephyr RTOS' log on its console: [<uptime HH:MM:SS.mmm,uuu>] <err|wrn|inf|dbg> "
        "<module>: <message> (no wall clock; the module is the source)",
        r"^(?:\[(?P<uptime>\d{2}:\d{2}:\d{2}\.\d{3},\d{3})\] )?(?:\x1b\[[\d;]*m)?"
        r"<(?P<level>err|wrn|inf|dbg)> (?P<source>[\w.-]+): (?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="['ERROR', 'WARN', 'INFO', 'DEBUG']"
        "[list_position(['err', 'wrn', 'inf', 'dbg'], s.level)]",
    ),
    _fmt(
        "gazebo",
        "Gazebo's console (Gazebo Sim, Ignition, Gazebo Classic): [Msg|Dbg|Wrn|Err] "
        "[<file>:<line>] <message> (the file is the source)",
        r"^\[(?P<level>Msg|Dbg|Wrn|Err|Inf)\] (?:\[(?P<source>[\w.-]+):\d+\] )?(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="['INFO', 'DEBUG', 'WARN', 'ERROR', 'INFO']"
        "[list_position(['Msg', 'Dbg', 'Wrn', 'Err', 'Inf'], s.level)]",
    ),
    _fmt(
        "level-module",
        "A level and a module in brackets, no time (PX4's console, `INFO  [commander] Ready`, "
        "and loggers printing `%-5p [%t] %m`): LEVEL [<module or thread>] <message> (the "
        "module is the source)",
        r"^(?P<level>TRACE|DEBUG|INFO|WARN|WARNING|ERROR|PANIC|FATAL) +\[(?P<source>[\w.$:/-]+)\] "
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="CASE s.level WHEN 'WARNING' THEN 'WARN' WHEN 'PANIC' THEN 'FATAL' "
        "ELSE s.level END",
        priority=-2,
    ),
    _fmt(
        "lnd",
        "lnd's and btcd's log (btclog): YYYY-MM-DD HH:MM:SS.mmm [LVL] <SUBSYSTEM> [<file>.go:"
        "<line>]: <message> (the subsystem, `LTND`, `HSWC`, is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) \[(?P<level>TRC|DBG|INF|WRN|ERR"
        r"|CRT|OFF)\] (?P<source>[A-Z0-9]{2,6})(?: [\w.-]+\.go:\d+)?: (?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        level_sql="['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL']"
        "[list_position(['TRC', 'DBG', 'INF', 'WRN', 'ERR', 'CRT'], s.level)]",
    ),
    _fmt(
        "log4j-pipes",
        "log4j's and Logback's fields parted by pipes (Besu, Pantheon, Teku's file log): <ISO "
        "time> | <thread> | <LEVEL> | <logger> | <message> (the logger is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?)"
        r" \| (?P<thread>[^|]*?) \| (?P<level>TRACE|DEBUG|INFO|WARN|ERROR|FATAL) *\| "
        r"(?P<source>[^|\s]+) \| (?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        continues=UNSTAMPED,  # a banner, a stack trace
    ),
    _fmt(
        "monerod",
        "Monero's daemon and wallet (easylogging): YYYY-MM-DD HH:MM:SS.mmm<tab><thread><tab>LEVEL"
        "<tab><category><tab><file>:<line><tab><message> (the category is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3})\t *(?P<thread>\S+)\t"
        r"(?P<level>TRACE|DEBUG|INFO|WARNING|WARN|ERROR|FATAL) *\t(?P<source>[\w.]+)\t"
        r"(?P<where>\S+:\d+)\t(?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        level_sql="CASE s.level WHEN 'WARNING' THEN 'WARN' ELSE s.level END",
    ),
    _fmt(
        "core-lightning",
        "Core Lightning (lightningd and its daemons): <ISO time>Z LEVEL <subsystem>: <message> "
        "(BROKEN is ERROR, UNUSUAL WARN, IO DEBUG; the subsystem, `gossipd`, `plugin-bcli`, "
        "`chanmgr`, the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z) (?P<level>BROKEN|UNUSUAL|INFO"
        r"|DEBUG|IO|TRACE) +(?P<source>[\w#-]+(?:-[0-9a-f]{66})?(?:-chan#\d+)?): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="CASE s.level WHEN 'BROKEN' THEN 'ERROR' WHEN 'UNUSUAL' THEN 'WARN' "
        "WHEN 'IO' THEN 'DEBUG' ELSE s.level END",
    ),
    _fmt(
        "substrate",
        "Substrate's and Polkadot SDK nodes' log: YYYY-MM-DD HH:MM:SS.mmm LEVEL <thread> "
        "<target>: <message> (the target, `sc_service::client`, `parachain`, is the source)",
        r"^ *(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +(?P<level>TRACE|DEBUG|INFO"
        r"|WARN|ERROR) +(?P<thread>[\w-]+) (?P<source>[a-z_][\w-]*(?:::[\w-]+)*): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
    ),
    _fmt(
        "oauth2-proxy",
        "oauth2-proxy's request log: <client> - [<request id> - ]<user> [YYYY/MM/DD HH:MM:SS] "
        '<host> <method> <upstream> "<path>" <protocol> "<user agent>" <status> <size> '
        "<seconds> (the level from the status)",
        r"^(?P<client>\S+) - (?:(?P<request>[0-9a-f-]{36}|-) - )?(?P<user>\S+) "
        r"\[(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2})\] (?P<msg>\S+ [A-Z]+ \S+ \"[^\"]*\" "
        r"\S+ \"[^\"]*\" (?P<status>\d{3}) \d+ [\d.]+)$",
        "try_strptime(s.ts, '%Y/%m/%d %H:%M:%S')",
        "local",
        level_sql=http_level("s.status"),
        source_sql="NULL",
    ),
    _fmt(
        "logrus-unquoted",
        "logrus' text formatter with its quoting off (Ory Kratos, Hydra, Keto, Oathkeeper): "
        "time=<RFC 3339> level=<level> msg=<message up to the next key=> <key=value>... (the "
        "service_name, else the audience, is the source)",
        r"^time=(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) "
        r"level=(?P<level>trace|debug|info|warning|warn|error|fatal|panic) msg=(?P<msg>[^\"].*?)"
        r"(?P<fields>(?: [a-z_][\w.]*=.*)?)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="upper(s.level)",
        source_sql="NULLIF(regexp_extract(s.fields, "
        "' service_name=(.+?)(?: [a-z_][\\w.]*=|$)', 1), '')",
        # below logfmt, which reads such a line whole where its values are quoted
        priority=-1,
    ),
    _fmt(
        "actions-runner",
        "GitHub Actions' and Azure Pipelines' runner (its _diag logs; `RUNNER `/`WORKER ` first "
        "on a runner container's output, actions-runner-controller's): [YYYY-MM-DD HH:MM:SSZ "
        "LEVEL <component>] <message> (ERR is ERROR, VERB DEBUG; the component is the source)",
        r"^\[(?:(?P<process>RUNNER|WORKER) )?(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?Z)"
        r" (?P<level>INFO|WARN|ERR|VERB|WARNING|ERROR|VERBOSE) (?P<source>[\w.`]+)\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="CASE s.level WHEN 'ERR' THEN 'ERROR' WHEN 'VERB' THEN 'DEBUG' "
        "WHEN 'VERBOSE' THEN 'DEBUG' ELSE s.level END",
        continues=UNSTAMPED,  # an exception's message and stack
    ),
    _fmt(
        "zigbee2mqtt-1",
        "Zigbee2MQTT 1.x's console: <M/D/YYYY, h:mm:ss AM|PM> - <level>: <message>",
        r"^(?P<ts>\d{1,2}/\d{1,2}/\d{4}, \d{1,2}:\d{2}:\d{2} [AP]M) - "
        r"(?P<level>debug|info|warn|error): (?P<msg>.*)$",
        "try_strptime(s.ts, '%m/%d/%Y, %I:%M:%S %p')",
        "local",
        level_sql="upper(s.level)",
        source_sql="NULL",
        continues=UNSTAMPED,
    ),
    _fmt(
        "ros2",
        "ROS 2's console (rcutils, `ros2 run`, `ros2 launch` under its process prefix): "
        "[LEVEL] [<unix time>] [<logger>]: <message> (launch's own lines write no time; the "
        "logger is the source)",
        r"^\[(?P<level>DEBUG|INFO|WARN|ERROR|FATAL)\] (?:\[(?P<ts>\d{9,10}\.\d{1,9})\] )?"
        r"\[(?P<source>(?:[^\]\d][^\]]*)?)\]: (?P<msg>.*)$",
        epoch_sql("s.ts"),
        "utc",
        # (a message's further lines, `[map_server]: ` then its text tab-indented, continue it
        # by the generic rule; a process's other prints are lines of their own)
        source_sql="NULLIF(s.source, '')",
    ),
    _fmt(
        "ros1",
        "ROS 1's console (roscpp, rospy): [ LEVEL] [<unix time>[, <simulated time>]]: <message>",
        r"^\[ ?(?P<level>DEBUG|INFO|WARN|ERROR|FATAL)\] "
        r"\[(?P<ts>\d+\.\d+)(?:, \d+\.\d+)?\]: (?P<msg>.*)$",
        # (a node on simulated time alone writes seconds since the simulation's start)
        f"CASE WHEN TRY_CAST(s.ts AS DOUBLE) >= 1e8 THEN {epoch_sql('s.ts')} END",
        "utc",
        source_sql="NULL",
    ),
    _fmt(
        "rospy",
        "ROS 1's Python log files (rospy nodes, roslaunch, ~/.ros/log): [<logger>][LEVEL] "
        "YYYY-MM-DD HH:MM:SS,mmm: <message> (the logger is the source)",
        r"^\[(?P<source>[\w./-]+)\]\[(?P<level>DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL|FATAL)\] "
        r"(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        level_sql="CASE s.level WHEN 'WARNING' THEN 'WARN' WHEN 'CRITICAL' THEN 'FATAL' "
        "ELSE s.level END",
        continues=UNSTAMPED,  # a traceback
    ),
    _fmt(
        "rosout",
        "ROS 1's rosout.log: <unix or simulated time> LEVEL [<node>] [<file>:<line>(<function>)"
        "[\\]] [topics: <topics>] <message> (the node, else the file, is the source)",
        r"^(?P<ts>\d+\.\d{9}) +(?P<level>DEBUG|INFO|WARN|ERROR|FATAL) (?:(?P<node>/\S*) )?"
        r"\[(?P<file>[^\[\]:]*?)(?P<base>[^/\[\]:]+):\d+\([^\[\]]*\)\]? \[topics: [^\]]*\] "
        r"(?P<msg>.*)$",
        f"CASE WHEN TRY_CAST(s.ts AS DOUBLE) >= 1e8 THEN {epoch_sql('s.ts')} END",
        "utc",
        source_sql="coalesce(NULLIF(s.node, ''), NULLIF(s.base, ''))",
    ),
    _fmt(
        "bracket-level",
        "A level in brackets and no time (CoreDNS, Maven, HAProxy's startup, install and build "
        "scripts): [LEVEL] <message> ([SUCCESS] and [OK] are INFO; CoreDNS's plugin/<name> is "
        "the source)",
        # (HAProxy pads its level and writes its pid: `[ALERT]    (1) : config : parsing ...`)
        # (Liberty's console.log pads its level: `[AUDIT   ] CWWKE0001I: `, `[WARNING ] `)
        r"^\[(?P<level>TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ALERT|FATAL|SUCCESS|OK|AUDIT)"
        r" *\](?: +\(\d+\) : | |$)(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="CASE s.level WHEN 'SUCCESS' THEN 'INFO' WHEN 'OK' THEN 'INFO' "
        "WHEN 'AUDIT' THEN 'INFO' ELSE s.level END",
        source_sql="NULLIF(regexp_extract(s.msg, '^(plugin/\\w+):', 1), '')",
        # Maven's stack trace, a frame a line under the level (`[ERROR] \tat org.apache...`)
        continues="CASE WHEN ok THEN regexp_matches(msg, "
        "'^(?:\\t| {2,})(?:at |\\.\\.\\. \\d+ more)|^Caused by: ') ELSE false END",
        priority=-1,
    ),
    _fmt(
        "samba",
        "Samba (log.smbd, log.nmbd): [YYYY/MM/DD HH:MM:SS.micro,  <debug level>] "
        "<file:line(function)>, the message indented on the lines after it (the debug level as "
        "Samba names it: 0 ERROR, 1 WARN, 2-3 NOTICE, 4-5 INFO, higher DEBUG; the function is the "
        "source)",
        r"^\[(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?), +(?P<level>\d+)"
        r"(?:, [^\]]*)?\] (?P<where>\S+?)(?:\((?P<source>\w+)\))?(?P<msg>)$",
        "try_strptime(s.ts, ['%Y/%m/%d %H:%M:%S.%n', '%Y/%m/%d %H:%M:%S'])",
        "local",
        level_sql=samba_level("s.level"),
        # the first indented line is the message (and is not repeated when lines are joined)
        msg_sql=f"trim(coalesce(regexp_extract({_NEXT_TEXT}, '^\\s+(.*)$', 1), ''))",
        echoes=_read_after_header("^\\s"),
    ),
    _fmt(
        "asterisk",
        "Asterisk: [Mon DD HH:MM:SS or YYYY-MM-DD HH:MM:SS] LEVEL[<pid>][<call id>] <file>: "
        "<message> (VERBOSE and DTMF INFO, SECURITY WARN)",
        # (`dateformat=%F %T.%3q`: milliseconds, after a comma or a point)
        r"^\[(?:" + MONTH_DAY + r"|(?P<iso>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?))\] "
        # (Asterisk 13 on: `SECURITY[77]: res_security_log.c:114 security_event_stasis_cb: `)
        # (PJSIP's modules name their directory: `res_pjsip/pjsip_distributor.c`; a space may
        # come before the pid: `NOTICE [22382]`)
        r"(?P<level>[A-Z]+) ?\[\d+\](?:\[[^\]]*\])?:? (?P<source>[\w./-]+(?: \w+)?)(?::\d+ \w+)?:"
        r"(?: |$)"
        r"(?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        # (a date format with the year: FreePBX's `dateformat=%F %T`)
        dated_ts_sql="local_utc(TRY_CAST(replace(NULLIF(s.iso, ''), ',', '.') AS TIMESTAMP))",
        level_sql="CASE s.level WHEN 'VERBOSE' THEN 'INFO' WHEN 'DTMF' THEN 'INFO' "
        "WHEN 'SECURITY' THEN 'WARN' ELSE s.level END",
        continues=UNSTAMPED,  # a SIP message dumped under its VERBOSE line
    ),
    _fmt(
        "exim",
        "Exim's mainlog: <time>[ zone][ [pid]] [<message id>] <what happened> (`<=` arrival, "
        "`=>` delivery, `**` failed: ERROR, `==` deferred: WARN, a rejection, a warning or a "
        "frozen message WARN)",
        # a line with no message id opens with what only Exim writes there (a connection's
        # `H=`, a queue run, an SMTP session's end); ids are 6-6-2 before 4.97, 6-11-4 since
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{3})?(?: [+-]\d{4})?)(?: \[\d+\])? "
        r"(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} |(?P<note>H=|SMTP |"
        r"Start queue run|End queue run|exim \d|TLS error |no host name found |cwd=\S+ \d+ args: |"
        r"unexpected disconnection |rejected |no MAIL in SMTP |Connection from ))(?P<msg>.*)$",
        iso_sql("regexp_replace(s.ts, ' ([+-]\\d{4})$', '\\1')"),  # (log_timezone's offset)
        "utc",
        level_sql=f"CASE WHEN regexp_matches({_EXIM_TEXT}, '^\\*\\* ') THEN 'ERROR' "
        f"WHEN starts_with({_EXIM_TEXT}, '== ') OR regexp_matches({_EXIM_TEXT}, "
        "'(?:^|\\s)(?:rejected|Warning:|frozen)\\b') THEN 'WARN' "
        f"WHEN starts_with({_EXIM_TEXT}, 'SA: Debug:') THEN 'DEBUG' END",
        source_sql="NULL",
        msg_sql=_EXIM_TEXT,
    ),
    _fmt(
        "dovecot",
        "Dovecot's own log file: Mon DD HH:MM:SS <process>[(<user>)<pid>...]: <Level>: <message> "
        "(1.x: <Level>: <process>(<user>): <message>)",
        r"^" + MONTH_DAY + r" (?:(?P<source>[\w-]+)(?:\([^)]*\))?(?:<[^>]*>)*: "
        r"(?P<level>Info|Warning|Error|Fatal|Panic|Debug): |"
        r"(?P<old>Info|Warn|Error|Fatal|Panic|Debug): (?P<process>[\w-]+)(?:\([^)]*\))?: )"
        r"(?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql="CASE s.level || s.old WHEN 'Panic' THEN 'FATAL' "
        "ELSE upper(s.level || s.old) END",
        source_sql="NULLIF(s.source || s.process, '')",
        priority=1,  # above syslog, which takes the process for a host
    ),
    _fmt(
        "dmesg",
        "Kernel ring buffer (dmesg, dmesg -T, dmesg -x's <facility>:<level>: or dmesg -r's "
        "<priority> before), and X.Org's log with its (EE) and (WW) markers: [<uptime> or "
        "<date>] <message>, X.Org's placed in time by its `Log file: ..., Time: <date>` line",
        r"^(?:(?P<source>[a-z]+) *:(?P<level>[a-z]+) *: |<(?P<pri>\d{1,3})>)?\["
        r"(?:(?P<up> *\d+\.\d+)|(?P<ts>" + CTIME + r"))\]"
        r"(?: |(?P<mark>\((?:EE|WW|II|NI|!!|==|--|\*\*|\+\+|\?\?)\) ))"
        # (a program's line the journal forwards to the console: `cloud-init[1266]: `)
        r"(?:(?P<prog>[\w.@-]+)\[\d+\]: )?(?P<msg>.*)$",
        f"coalesce({CTIME_SQL}, {since_start('s.up')})",
        "local",
        level_sql=f"coalesce({severity_sql('s.pri')}, {DMESG_LEVEL})",
        # (an older X.Org writes its marker right after the uptime: `[   494.426](EE) `)
        msg_sql="s.mark || s.msg",
        # (the program, else `dmesg -x`'s facility)
        source_sql="coalesce(NULLIF(s.prog, ''), NULLIF(s.source, ''))",
        priority=-1,
        # X.Org indents what a message goes on with (a module's version and class), and its
        # banner's lines after a stamp are unstamped
        # (and a kernel report's further lines: `KERNEL_REPORT_LINE`)
        continues=r"NOT ok OR regexp_matches(p, '^\[ *\d+\.\d+\](?: {3,}|\t)\S') OR "
        f"regexp_matches(msg, '{KERNEL_REPORT_LINE}')",
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
        "ctime-stamped lines (OpenVPN), and date(1)'s stamp before a script's lines: "
        "Www Mmm DD HH:MM:SS [ZONE] YYYY[:] <message>",
        # in brackets too (Nessus' nessusd.messages: `[Sun Oct  6 16:00:58 2019][2168.17]...`)
        # (FreeRADIUS' radius.log: a colon between spaces, ` : Info: `)
        # (OpenVPN: at verbosity 5 the packets' R and W marks, written without a newline, open
        # the next line; `us=410523` after the stamp, its microseconds, with --log's timestamps)
        r"^[RrWw]*\[?(?P<ts>" + CTIME.removesuffix(r" \d{4}") + r"(?: [A-Z]{3,5})? \d{4})"
        r"(?:\] ?| : (?:(?P<severity>Info|Warning|Critical|Debug|Trace|Error): )?| ?:? )"
        r"(?:us=(?P<us>\d{1,6}) )?(?P<msg>.*)$",
        f"({_ctime_zoned_sql()} + "
        "to_microseconds(coalesce(TRY_CAST(NULLIF(s.us, '') AS BIGINT), 0)))",
        "utc",
        # Cisco's Secure Email and Web appliances write the level as a word (`Info: `), as
        # FreeRADIUS does (its `Auth: ` and `Proxy: ` lines are informational)
        # (SpamAssassin's spamd after its pid, in lower case: `[9674] info: spamd: `)
        level_sql="coalesce(NULLIF(s.severity, ''), "
        "CASE regexp_extract(s.msg, '^(?:\\[\\d+\\] )?(Info|Warning|Critical|Debug|Trace|"
        "Error|Auth|Proxy|info|warn|error|dbg): ', 1) WHEN '' THEN NULL WHEN 'Auth' THEN 'INFO' "
        "WHEN 'Proxy' THEN 'INFO' WHEN 'dbg' THEN 'DEBUG' "
        "ELSE regexp_extract(s.msg, '^(?:\\[\\d+\\] )?(\\w+): ', 1) END)",
        source_sql="NULL",
        # (FreeRADIUS' severity after its ` : ` is a header field, out of the message; its
        # `Auth: ` and `Proxy: `, what the line is of, stay in it)
        priority=-2,
        # what a script prints between its stamped lines
        continues=UNSTAMPED,
    ),
    _fmt(
        "clf-stamp",
        "A web server's access-log time opening the line: [DD/Mon/YYYY:HH:MM:SS +zone] "
        "[<level>[, <context>]] <message> (Nessus' www_server.log and backend.log), or a bare "
        "LEVEL and a logger before a colon",
        # (389 Directory Server's access log writes nanoseconds: `[23/Oct/2020:08:16:51.965507560
        # -0400] conn=30 op=0 RESULT err=49 ...`)
        r"^\[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2})(?:\.(?P<frac>\d{1,9}))? "
        r"(?P<zone>[+-]\d{4})\] "
        r"(?:\[(?P<level>" + LEVELS + "|" + LEVELS.lower() + r")(?:, (?P<source>[^\]]*))?\] |"
        # a Java program's `%t %p %c: %m` (`[04/Jun/2016:12:41:45 +0100] DEBUG HelloExample: `)
        r"(?P<bare>" + LEVELS + r") (?:(?P<logger>[\w.$]+): )?|"
        # (389 Directory Server's errors log: `- NOTICE - ldbm_back_start - ` from 1.4, its
        # subsystem alone before: `NSMMReplicationPlugin - `)
        r"- (?P<dslevel>EMERG|ALERT|CRIT|ERR|WARNING|NOTICE|INFO|DEBUG) - (?P<dssource>[\w-]+) - |"
        r"(?P<subsystem>[A-Za-z][\w-]*) - )?"
        r"(?P<msg>.*)$",
        "(timezone('UTC', try_strptime(s.ts || ' ' || s.zone, '%d/%b/%Y:%H:%M:%S %z')) + "
        "to_microseconds(coalesce(TRY_CAST(left(rpad(NULLIF(s.frac, ''), 6, '0'), 6) AS BIGINT), "
        "0)))",
        "utc",
        level_sql="upper(NULLIF(s.level || s.bare || s.dslevel, ''))",
        source_sql="NULLIF(s.source || s.logger || s.dssource || s.subsystem, '')",
        continues=UNSTAMPED,  # a message's further lines
        priority=-1,  # below the formats reading their fields after such a time
    ),
    _fmt(
        "trafficserver",
        "Apache Traffic Server's diags.log and traffic.out: [Mon DD HH:MM:SS.mmm] [<thread> or "
        "{<thread id>} or <program>] <LEVEL>: <message> (no year; DIAG and STATUS are DEBUG "
        "and INFO, NOTE is NOTICE)",
        r"^\[(?P<ts>[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}\.\d{3})\] "
        r"(?:\[[^\]]+\] |\{0x[0-9a-f]+\} |(?P<source>[a-z][\w.-]*) )?"
        r"(?P<level>DIAG|DEBUG|STATUS|NOTE|WARNING|ERROR|FATAL|ALERT|EMERGENCY): (?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql="CASE s.level WHEN 'DIAG' THEN 'DEBUG' WHEN 'STATUS' THEN 'INFO' "
        "WHEN 'NOTE' THEN 'NOTICE' WHEN 'WARNING' THEN 'WARN' WHEN 'ALERT' THEN 'FATAL' "
        "WHEN 'EMERGENCY' THEN 'FATAL' ELSE s.level END",
    ),
    _fmt(
        "rethinkdb",
        "RethinkDB's log_file: <local ISO time with nanoseconds> <seconds since start>s "
        "<level>: <message>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+) \d+\.\d+s "
        r"(?P<level>debug|info|notice|warn|error|critical|alert|emergency): (?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "local",
        level_sql="CASE s.level WHEN 'critical' THEN 'CRITICAL' WHEN 'alert' THEN 'FATAL' "
        "WHEN 'emergency' THEN 'FATAL' ELSE upper(s.level) END",
        source_sql="NULL",
        priority=1,  # above syslog-iso, which would take the uptime for a host
    ),
    _fmt(
        "datadog-agent",
        "Datadog Agent: [[ <PROCESS> ] ]<time> <zone> | [<COMPONENT> | ]<LEVEL> | (<file:line> in "
        "<function>) | [check:<name> | ]<message> (the component, else the process, is the "
        "source)",
        r"^(?:\[ (?P<process>[A-Z][A-Z-]*) \] )?(?P<ts>" + ZONED_ISO_STAMP + r") \| "
        r"(?:(?P<component>[A-Z][A-Z-]*) \| )?(?P<level>TRACE|DEBUG|INFO|WARN|ERROR|CRITICAL) \| "
        # the caller and a check's name are header fields too
        r"(?:\([^)]*\) \| )*(?:check:[\w.-]+ \| )?(?P<msg>.*)$",
        zoned_iso_sql(),
        "utc",
        source_sql="coalesce(NULLIF(s.component, ''), NULLIF(s.process, ''))",
        priority=1,  # above iso-level, which reads the same stamp and level
        continues=UNSTAMPED,  # a check's traceback
    ),
    _fmt(
        "lsf",
        "IBM Spectrum LSF daemons (mbatchd, sbatchd, lim, res): Mon DD HH:MM:SS YYYY <pid>[:"
        "<thread>] <syslog severity> <version> <function>: <message> (the function is the "
        "source)",
        r"^(?P<ts>[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}) \d+(?::\d+)? (?P<pri>[0-7]) "
        r"\d+(?:\.\d+)+ (?P<msg>.*)$",
        "try_strptime(s.ts, '%b %d %H:%M:%S %Y')",
        "local",
        level_sql=PRI_LEVEL,
        source_sql="NULLIF(regexp_extract(s.msg, '^(\\w+)(?:\\(\\))?: ', 1), '')",
        priority=1,  # above syslog, which would take the year for a host
    ),
    _fmt(
        "strace",
        "strace -t, -tt or -ttt output (and -f's pids): [pid] TIME syscall(args) = result "
        "[<duration>] (a failed call, `= -1 ERRNO`, is an ERROR; the syscall is the source; "
        "only -ttt's epoch stamps are a wall-clock time)",
        r"^(?:\[pid +\d+\] |\d+ +)?(?:(?P<epoch>\d{10}\.\d+)|\d{2}:\d{2}:\d{2}(?:\.\d+)?) "
        r"(?P<msg>(?:[a-z_]\w*\(|<\.\.\. |--- |\+\+\+ ).*)$",
        f"CASE WHEN s.epoch <> '' THEN {epoch_sql('s.epoch')} END",
        "utc",
        level_sql="CASE WHEN regexp_matches(s.msg, ' = -1 [A-Z]') THEN 'ERROR' END",
        source_sql="NULLIF(regexp_extract(s.msg, '^(?:<\\.\\.\\. )?([a-z_]\\w*)[( ]', 1), '')",
    ),
    _fmt(
        "bacula",
        "Bacula and Bareos daemons' messages: DD-Mon HH:MM <daemon>[ JobId N]: <message> "
        "(`Fatal error:`, `Error:` and `Warning:` open a message of that level)",
        r"^(?P<ts>\d{2}-[A-Z][a-z]{2} \d{2}:\d{2}) (?P<source>[\w.-]+)(?: JobId \d+)?[:,] *"
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, '%d-%b %H:%M')",
        "local",
        year_missing=True,
        level_sql="CASE WHEN starts_with(s.msg, 'Fatal error:') THEN 'FATAL' "
        "WHEN starts_with(s.msg, 'Error:') THEN 'ERROR' "
        "WHEN starts_with(s.msg, 'Warning:') THEN 'WARN' END",
        continues=UNSTAMPED,  # a message's further lines (`Possible causes:` and its list)
    ),
    _fmt(
        "bareos-joblog",
        "Bareos' job log as bconsole lists it (`list joblog`): YYYY-MM-DD HH:MM:SS <daemon> "
        "JobId N: <message> (levels as Bacula's messages name them)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) (?P<source>[\w.-]+) JobId \d+: "
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        level_sql="CASE WHEN starts_with(s.msg, 'Fatal error:') THEN 'FATAL' "
        "WHEN starts_with(s.msg, 'Error:') THEN 'ERROR' "
        "WHEN starts_with(s.msg, 'Warning:') THEN 'WARN' END",
        continues=UNSTAMPED,  # a job report's lines
    ),
    _fmt(
        "thread-level",
        "Time of day, thread and level (Minecraft's server, Forge 1.12's latest.log, log4j2 "
        "consoles): [HH:MM:SS] [<thread>/<LEVEL>] [<logger>]: <message>, or Fabric's "
        "[HH:MM:SS] [<thread>/<LEVEL>] (<logger>) <message> (the logger, else the thread, is "
        "the source)",
        # (the logger kept with its brackets: one group for both ways of writing it)
        r"^\[(?P<clock>\d{2}:\d{2}:\d{2})\] \[(?P<thread>[^\]]*)/(?P<level>[A-Z]+)\]"
        r"(?: (?P<logger>\[[^\]]*\]:|\([^()]*\))|:) (?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="coalesce(NULLIF(trim(rtrim(s.logger, ':'), '[]()'), ''), s.thread)",
        clock_sql="s.clock",
    ),
    _fmt(
        "forge",
        "Minecraft Forge/NeoForge debug.log and latest.log: [ddMMMyyyy HH:mm:ss.SSS] "
        "[<thread>/<LEVEL>] [<logger>/<marker>]: <message> (the logger is the source)",
        r"^\[(?P<ts>\d{1,2}[A-Z][a-z]{2}\d{4} \d{2}:\d{2}:\d{2}\.\d{3})\] \[[^\]]*/"
        r"(?P<level>[A-Z]+)\] \[(?P<source>[^\]/]+)(?:/[^\]]*)?\]: (?P<msg>.*)$",
        "try_strptime(s.ts, '%d%b%Y %H:%M:%S.%n')",
        "local",
    ),
    _fmt(
        "serilog-console",
        "Serilog's console sink (.NET): [HH:mm:ss LVL] <message>, the exception on the lines "
        "after it (a time of day without a date)",
        r"^\[(?P<clock>\d{2}:\d{2}:\d{2}) (?P<level>VRB|DBG|INF|WRN|ERR|FTL)\] (?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="NULL",
        clock_sql="s.clock",
    ),
    _fmt(
        "factorio",
        "Factorio's factorio-current.log: <seconds since start, right-aligned> [<Info|Warning|"
        "Error|Verbose> <file>:<line>: ]<message>, placed in time by its first line's "
        "`YYYY-MM-DD HH:MM:SS; ` (the file is the source)",
        r"^ *(?P<el>\d+\.\d{3}) (?:(?P<level>Info|Warning|Error|Verbose|Debug) "
        r"(?P<source>[\w.-]+:\d+): )?(?P<msg>.*)$",
        since_start("s.el"),
        "local",
        source_sql="regexp_replace(s.source, ':\\d+$', '')",
        # what a message goes on with, indented after the seconds (`Memory info:`'s modules)
        continues="regexp_matches(p, '^ *\\d+\\.\\d{3}  ')",
    ),
    _fmt(
        "bashio",
        "Home Assistant add-ons' bashio log: [HH:MM:SS] <LEVEL>: <message> (a time of day "
        "without a date)",
        r"^\[(?P<clock>\d{2}:\d{2}:\d{2})\] "
        r"(?P<level>TRACE|DEBUG|INFO|NOTICE|WARNING|ERROR|FATAL): "
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="NULL",
        clock_sql="s.clock",
    ),
    _fmt(
        "emby",
        "Emby Server's log: YYYY-MM-DD HH:MM:SS.mmm <Level> <component>: <message> (the "
        "component is the source; an error report's lines indented below it)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) (?P<level>Debug|Info|Warn|Error|"
        r"Fatal) (?P<source>[\w.-]+): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        priority=1,  # above the generic ISO format
    ),
    _fmt(
        "bukkit-console",
        "Minecraft's Bukkit, Spigot and Paper console: [HH:MM:SS LEVEL]: <message> (a time of "
        "day without a date; a plugin's name in brackets opens its message; a paste from the "
        "console may keep its prompt, `> `)",
        r"^(?:> )?\[(?P<clock>\d{2}:\d{2}:\d{2}) (?P<level>INFO|WARN|ERROR|FATAL|DEBUG|TRACE)\]: "
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="NULLIF(regexp_extract(s.msg, '^\\[([\\w.-]+)\\] ', 1), '')",
        clock_sql="s.clock",
    ),
    _fmt(
        "serilog-jellyfin",
        "Jellyfin's and Emby's console (Serilog): [HH:MM:SS] [LVL] [<thread>] <logger>: "
        "<message> (a time of day without a date; the logger is the source)",
        r"^\[(?P<clock>\d{2}:\d{2}:\d{2})\] \[(?P<level>VRB|DBG|INF|WRN|ERR|FTL)\] \[\d+\] "
        r"(?P<source>[\w.`]+): (?P<msg>.*)$",
        "NULL",
        "none",
        clock_sql="s.clock",
    ),
    _fmt(
        "esphome",
        "ESPHome's device log (serial, `esphome logs`, the dashboard): [HH:MM:SS][<L>][<tag>:"
        "<line>]: <message>, or the dashboard's HH:MM:SS | [<L>] | [<tag>:<line>] | <message> "
        "(E error, W warning, I info, C config, D debug, V verbose, VV very verbose; the tag is "
        "the source)",
        r"^(?:(?:\[(?P<clock>\d{2}:\d{2}:\d{2}(?:\.\d{3})?)\]|(?P<dash>\d{2}:\d{2}:\d{2}) \| )?"
        # (2025's `[S]` for a state; a tag may be empty: `[ :374]`)
        r"\[(?P<level>E|W|I|C|D|V|VV|S)\](?: \| )?\[(?P<source>[\w.]*) ?(?::\d+)?\](?::| \|) "
        # (a message's further lines under the clock alone fit too, as its own: `continues`)
        r"|\[\d{2}:\d{2}:\d{2}(?:\.\d{3})?\](?:  |\}))(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="CASE s.level WHEN 'E' THEN 'ERROR' WHEN 'W' THEN 'WARN' WHEN 'I' THEN 'INFO' "
        "WHEN 'C' THEN 'INFO' WHEN 'S' THEN 'INFO' WHEN 'D' THEN 'DEBUG' WHEN '' THEN NULL "
        "ELSE 'TRACE' END",
        # (a further line's text after the clock, its indentation or closing brace kept)
        msg_sql="CASE WHEN s.level = '' THEN regexp_replace(p, '^\\[[^\\]]*\\]', '') "
        "ELSE s.msg END",
        clock_sql="coalesce(NULLIF(s.clock, ''), s.dash)",
        # a message printed over lines, each under the clock alone: an API message's fields,
        # indented, and its closing brace (`[01:54:56]  client_info: '...'`, `[01:54:56]}`)
        continues="regexp_matches(p, '^\\[\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{3})?\\](?:  |\\})')",
    ),
    _fmt(
        "rspamd",
        "rspamd's own log file: YYYY-MM-DD HH:MM:SS #<pid>(<process>) <<task id>>; <module>; "
        "<function>: <message> (the module is the source; no level is written)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?) #(?P<pid>\d+)"
        r"\((?P<process>[\w ]+)\) (?:<(?P<tag>\w*)>; )?(?:(?P<source>[\w.-]+); )?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        level_sql="NULL",  # (`parsing.EMBEDDED_LEVEL`: what a message opens with)
    ),
    _fmt(
        "opnsense-view",
        "OPNsense's log view copied or exported: <ISO time with offset>  <Severity>  <process>  "
        "<message> (columns parted by runs of spaces or tabs; newest first)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))(?: {2,}|\t)"
        r"(?P<level>Emergency|Alert|Critical|Error|Warning|Notice|Informational|Debug)(?: {2,}|\t)"
        r"(?P<source>[^\s\[]+)(?:\[\d+\])?(?: {2,}|\t)(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "qbittorrent",
        "qBittorrent's log: (<N|I|W|C>) YYYY-MM-DDTHH:MM:SS - <message> (normal, information, "
        "warning, critical)",
        r"^\((?P<level>[NIWC])\) (?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}) - (?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        level_sql="CASE s.level WHEN 'W' THEN 'WARN' WHEN 'C' THEN 'CRITICAL' ELSE 'INFO' END",
        source_sql="NULL",
    ),
    _fmt(
        "iobroker",
        "ioBroker: YYYY-MM-DD HH:MM:SS.mmm - <level>: <adapter.instance> (<pid>) <message> (the "
        "adapter, or `host.<name>`, is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) - (?:\x1b\[\d+m)?"
        r"(?P<level>silly|debug|info|warn|error)(?:\x1b\[\d+m)?: (?P<source>[\w.-]+)"
        r"(?: \(\d+\))? ?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        priority=1,  # above the generic ISO format
        continues=UNSTAMPED,  # a message's further lines
    ),
    _fmt(
        "zerolog-console",
        "zerolog's ConsoleWriter (Go): <h:mmAM> <LVL> <message> <key=value...> (a time of day "
        "without a date)",
        r"^\d{1,2}:\d{2}[AP]M (?P<level>TRC|DBG|INF|WRN|ERR|FTL|PNC|\?\?\?) (?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="CASE s.level WHEN 'PNC' THEN 'FATAL' WHEN '???' THEN NULL ELSE s.level END",
        source_sql="NULL",
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
        # a stanza's start time, over chunk borders (its lines name their own key)
        carries=True,
        carries_source=False,
        anchor=r"^(?:Start-Date|End-Date|Commandline): ",
    ),
    _fmt(
        "apt-term",
        "apt's term.log (what dpkg wrote to the terminal): runs between Log started: and Log "
        "ended: <YYYY-MM-DD  HH:MM:SS>; dpkg's steps (Unpacking, Setting up, Processing triggers "
        "for, update-alternatives: ...) take their run's start time, and the lines a package's "
        "scripts print go on with the step above",
        r"^(?:Log (?:started|ended): (?P<ts>\d{4}-\d{2}-\d{2}  \d{2}:\d{2}:\d{2})$|"
        r"(?P<source>update-alternatives|invoke-rc\.d|debconf|dpkg|adduser|addgroup|"
        r"start-stop-daemon|update-rc\.d|deb-systemd-helper|ldconfig|E|W): |"
        r"Selecting previously unselected package |\(Reading database \.\.\. |"
        r"Preparing to unpack |Unpacking |Setting up |Processing triggers for |Removing |"
        r"Purging configuration files for |Adding |Created symlink |"
        r"Errors were encountered while processing:)(?P<msg>.*)$",
        "last_value(try_strptime(NULLIF(s.ts, ''), '%Y-%m-%d  %H:%M:%S') IGNORE NULLS) "
        "OVER (ORDER BY line ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)",
        "local",
        level_sql="CASE WHEN s.source = 'E' OR starts_with(p, 'Errors were encountered') "
        "OR regexp_matches(p, '^dpkg: (?:error|dependency problems)') THEN 'ERROR' "
        "WHEN s.source = 'W' OR regexp_matches(p, '^[\\w.-]+: (?:[Ww]arning|WARNING)') "
        "THEN 'WARN' END",
        source_sql="CASE WHEN length(s.source) > 1 THEN s.source END",  # not E: or W:
        msg_sql="p",
        continues="NOT ok",
        priority=-1,
        # a term.log opens with its first run, however few of its lines are dpkg's steps (an
        # old dpkg's warnings over its status file, a package's own script printing)
        signature=r"^Log started: \d{4}-\d{2}-\d{2}  \d{2}:\d{2}:\d{2}\s*$",
        # a run's start time, over chunk borders (its lines name their own source)
        carries=True,
        carries_source=False,
    ),
    _fmt(
        "rails",
        'Ruby on Rails development log (no prefix per line): Started <METHOD> "<path>" for '
        "<ip> at <time> (Rails 2: Processing <Controller#action> (for <ip> at <time>)), "
        "Processing by <Controller#action>, Completed <status>, exceptions; every line takes "
        "its request's time; indented lines (SQL, renders) and backtraces continue the line "
        "above (Completed 5xx and exceptions ERROR, 4xx WARN; the controller is the source)",
        r"^(?P<tags>(?:\[[^\]]*\] )*)(?P<what>Started [A-Z]+ \"|Processing by "
        r"|Processing [\w:]+#\w+ \(for |Completed \d{3} |Completed in "
        r"|Redirected to |Filter chain halted|Rendered |Rendering |Can't verify CSRF|"
        r"No template found|Sent (?:data|file) |[A-Z]\w*(?:::[A-Z]\w*)+ \(|"
        r"[A-Z]\w*(?:Error|Exception|Invalid|NotFound) \()(?P<msg>.*)$",
        # every line takes the time its request started at (Rails 2 wrote no offset)
        "last_value(CASE WHEN starts_with(s.what, 'Started ') THEN timezone('UTC', try_strptime("
        "regexp_extract(p, ' at (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4})$', 1), "
        "'%Y-%m-%d %H:%M:%S %z')) WHEN ends_with(s.what, '(for ') THEN local_utc(try_strptime("
        "regexp_extract(p, ' at (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})\\)', 1), "
        "'%Y-%m-%d %H:%M:%S')) END IGNORE NULLS) OVER (ORDER BY line ROWS BETWEEN UNBOUNDED "
        "PRECEDING AND CURRENT ROW)",
        "utc",
        level_sql="CASE WHEN starts_with(s.what, 'Completed ') THEN "
        + http_level(
            "coalesce(NULLIF(regexp_extract(s.msg, '^Completed (\\d{3}) ', 1), ''), "
            "regexp_extract(s.msg, '^Completed in .*?\\| (\\d{3}) ', 1))"
        )
        + " WHEN ends_with(s.what, ' (') THEN 'ERROR' WHEN starts_with(s.what, 'Can''t') "
        "THEN 'WARN' END",
        source_sql="NULLIF(regexp_extract(s.msg, '^Processing (?:by )?([\\w:]+#\\w+)', 1), '')",
        msg_sql="substr(p, length(s.tags) + 1)",
        continues="NOT ok",
    ),
    _fmt(
        "go-std",
        "Go standard log / plain stamped lines: [<pid>] YYYY/MM/DD HH:MM:SS[.micro] [<LVL>] "
        "<message> (NATS writes the pid and a three-letter level; Squid's cache.log a `|`; a "
        "logger's prefix, `redis: ` or `[raft] `, before the stamp is the source; the stamp "
        "perhaps in brackets)",
        # (a level word as the prefix, `log.SetPrefix("WARNING ")`: sshesame; a prefix with no
        # space, etcd's raft: `raft2021/05/13 11:26:45 INFO: `)
        r"^(?:\[\d+\] |(?P<prefix>[A-Za-z][\w.-]{0,40}): |\[(?P<tag>[A-Za-z][\w.-]{0,40})\] "
        r"|(?P<lead>DEBUG|INFO|WARNING|WARN|ERROR|FATAL) |(?P<glued>[a-z]{2,20}))?"
        # (log4go's, Mattermost 4's, with the zone: `[2018/05/03 02:53:51 PDT] [EROR] `)
        r"\[?(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?)(?: (?P<zone>[A-Z]{3,4})\]|\]?)"
        # Beego writes one letter (`[I]`, `[E]`; `[M]` emergency, `[C]` critical, `[N]` notice);
        # AdGuard Home the word in lower case (`[error]`, `[info]`)
        # (Xray's and V2Ray's capitalised: `[Info]`, `[Warning]`)
        # (AdGuard Home's verbose log names its pid and goroutine first: `3295#2813 [debug] `)
        # (HashiCorp's logutils, before hclog: Vault 0.x's, Terraform 0.13's `[INFO] `, `[TRACE] `)
        r"(?: +(?:\d+#\d+ )?\[(?P<level>INF|WRN|ERR|DBG|TRC|FTL|[MACEWNID]|debug|info|warn|warning"
        r"|error|fatal|Debug|Info|Warning|Error|EROR|DEBG|TRAC|CRIT|FINE|FNST"
        r"|TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)"
        # (Squid 3.2 and later name the worker process: `kid1| `)
        r"\]:?(?: +|$)|\| ?| (?P<kid>kid\d+)\| "
        # (NSQ's daemons write the level after the stamp with a colon: `INFO: `)
        # (rclone's padded before its colon: `DEBUG : `, `INFO  : `, `NOTICE: `; rsync's log file
        # names its pid: `[559755] `)
        r"| (?P<after>DEBUG|INFO|NOTICE|WARNING|WARN|ERROR|FATAL|CRITICAL) {0,2}:(?: |$)"
        r"| \[\d+\] | )"
        # frp's file and line (`[I] [service.go:83] `); Xray's session and component (`[Info]
        # [82030507] proxy/dokodemo: `), V2Ray 3's (`[Info]: Transport|Internet|mKCP: `)
        # (`log.Lshortfile`'s file and line, then perhaps a level: Ollama's `routes.go:1008: INFO `)
        r"(?:\[(?P<gofile>[\w.-]+\.go):\d+\] |(?:\[\d+\] )?"
        r"(?P<component>[a-z]+/[\w.-]+|[A-Z]\w*(?:\|\w+)+): "
        # (Syncthing 0.11's level after it, with a colon: `main.go:631: OK: `, `INFO: `)
        # (Beats 1.x's: `beat.go:97: DBG  Initializing`, `ERR `, `CRIT `)
        r"|(?P<shortfile>[\w.-]+\.go):\d+: (?:(?P<sflevel>DEBUG|INFO|WARN|ERROR|DBG|ERR|CRIT) +"
        r"|(?P<stlevel>DEBUG|VERBOSE|INFO|OK|WARNING|FATAL): )?)?"
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, ['%Y/%m/%d %H:%M:%S.%n', '%Y/%m/%d %H:%M:%S'])",
        "local",
        level_sql="coalesce(CASE s.level WHEN 'M' THEN 'FATAL' WHEN 'C' THEN 'CRITICAL' "
        "WHEN 'DEBG' THEN 'DEBUG' WHEN 'TRAC' THEN 'TRACE' WHEN 'FINE' THEN 'TRACE' "
        "WHEN 'FNST' THEN 'TRACE' "
        "WHEN 'N' THEN 'NOTICE' ELSE NULLIF(s.level, '') END, NULLIF(s.lead, ''), "
        "NULLIF(s.after, ''), CASE s.sflevel WHEN '' THEN NULL WHEN 'DBG' THEN 'DEBUG' "
        "WHEN 'ERR' THEN 'ERROR' WHEN 'CRIT' THEN 'CRITICAL' ELSE s.sflevel END, "
        "CASE s.stlevel WHEN 'OK' THEN 'INFO' WHEN '' THEN NULL ELSE s.stlevel END, "
        # logrus' four letters as the prefix (Weave Net's `ERRO: 2018/12/07 18:30:13.232527 `)
        f"CASE WHEN s.prefix IN {_LOGRUS_PREFIXES} THEN s.prefix END, "
        # after the file and line of `log.Lshortfile` too (`pool.go:128: [ERROR] `)
        "NULLIF(regexp_extract(s.msg, '^(?:[\\w.-]+\\.go:\\d+: )?\\[?("
        + LEVELS
        + r")\]?:?\s', 1), ''))",
        # HashiCorp's consul-template and envconsul name their component: `[INFO] (runner) `,
        # their agents before 1.3 after the level: `[INFO] raft: `
        source_sql=f"coalesce(CASE WHEN s.prefix NOT IN {_LOGRUS_PREFIXES} THEN NULLIF(s.prefix, "
        "'') END, NULLIF(s.tag, ''), NULLIF(s.glued, ''), NULLIF(s.kid, ''), "
        "NULLIF(s.gofile, ''), NULLIF(s.shortfile, ''), "
        "NULLIF(s.component, ''), NULLIF(regexp_extract(s.msg, "
        "'^(?:\\[[A-Z]+\\] +)?\\(([a-z][\\w.-]*)\\) ', 1), ''), NULLIF(regexp_extract(s.msg, "
        "'^\\[[A-Z]+\\] +([a-z][\\w.-]*): ', 1), ''), "
        # (the level read off the header, by logutils' words: `[INFO] raft: `, `[ERR] core: `;
        # the subsystem stays in the message, whose text it opens as the program wrote it)
        "CASE WHEN s.level IN ('TRACE', 'DEBUG', 'INFO', 'WARN', 'WARNING', 'ERR', 'ERROR') "
        "THEN NULLIF(regexp_extract(s.msg, '^([a-z][\\w.-]*): ', 1), '') END)",
        # a zone the stamp names (`ZONE_ABBREVIATIONS`), where it names one
        dated_ts_sql="CASE WHEN s.zone <> '' THEN "
        + named_zone_utc(
            "try_strptime(s.ts, ['%Y/%m/%d %H:%M:%S.%n', '%Y/%m/%d %H:%M:%S'])", "s.zone"
        )
        + " END",
        priority=-2,
    ),
    _fmt(
        "auditd",
        "Linux audit (auditd's audit.log): [node=<host> ]type=<TYPE> msg=audit(<epoch>:<serial>): "
        "<key=value...>, the records of one event one after another (the type is the source)",
        r"^(?:node=\S+ )?type=(?P<source>[A-Z0-9_]+(?:\[\d+\])?) "
        # (`ausearch -i` writes the time in the locale's format: `msg=audit(02/25/20
        # 00:29:15.732:13133) : `)
        r"msg=audit\((?P<ts>\d+\.\d+|\d{2}/\d{2}/\d{2,4} \d{2}:\d{2}:\d{2}\.\d{3}):\d+\) ?: *"
        r"(?P<msg>.*)$",
        "CASE WHEN contains(s.ts, '/') THEN local_utc(try_strptime(s.ts, "
        "['%m/%d/%y %H:%M:%S.%g', '%m/%d/%Y %H:%M:%S.%g'])) ELSE " + epoch_sql("s.ts") + " END",
        "utc",
        level_sql=AUDIT_LEVEL,
        # `SYSCALL arch=...`: the type names each record of an event's message; log_format =
        # ENRICHED puts the translated fields after a group separator (0x1D)
        msg_sql="s.source || ' ' || replace(s.msg, chr(29), ' ')",
        continues=AUDIT_SAME_EVENT,
    ),
    _fmt(
        "bsm-xml",
        "BSM audit trail as XML (macOS and FreeBSD `praudit -x`): <record version= event= "
        'modifier= time=<ctime> msec=" + <ms> msec" > and its tokens, on one line (`-l`) or '
        "on the lines after it (the event is the source; the return's failure is WARN, its "
        "success INFO)",
        r'^(?:<record version="\d+" event="(?P<source>[^"]*)" modifier="\d+" '
        r'time="(?P<ts>' + CTIME + r')" msec=" \+ (?P<ms>\d{1,3}) msec" ?>|'
        # a token's line, the file's `<?xml ...>`, `<audit>` and `</audit>`: they count in
        # detection, and continue their record
        r"<(?:\?xml |/?(?:audit|record)>|(?:" + _BSM_TOKENS + r")[ >/]).*)(?P<msg>.*)$",
        f"{CTIME_SQL} + to_milliseconds(TRY_CAST(s.ms AS INTEGER))",
        "local",
        level_sql=f"CASE WHEN s.ts = '' THEN NULL ELSE CASE {_BSM_RETURN} WHEN 'failure' THEN "
        "'WARN' WHEN 'success' THEN 'INFO' END END",
        # a record named by its tokens on its line, else (`praudit -x`) by its event
        msg_sql="CASE WHEN s.ts = '' THEN p ELSE coalesce(NULLIF(s.msg, ''), s.source) END",
        continues="NOT starts_with(p, '<record ')",
    ),
    _fmt(
        "windows-event-xml",
        "Windows events as XML, one a line (`wevtutil qe /f:xml`, PowerShell's `ToXml()`, "
        "Windows Event Forwarding): <Event xmlns=...><System>... TimeCreated SystemTime=... "
        "</System><EventData>... (the provider is the source; Level 1-5 critical to verbose, an "
        "audit failure WARN; the message is the rendered one, else the event id and data)",
        r"^(?:<\?xml[^>]*\?>\s*)?(?:<Events>\s*)?(?P<sys><Event xmlns=['\"]"
        r"http://schemas\.microsoft\.com/win/2004/08/events/event['\"]\s*>\s*<System>.*?</System>)"
        r"(?P<msg>.*)$",
        iso_sql(f"regexp_extract(s.sys, '{_WINEVT_TIME}', 1)"),
        "utc",
        level_sql=_WINEVT_LEVEL,
        source_sql=f"NULLIF(regexp_extract(s.sys, '<Provider Name={_QUOTE}([^''\"]*)', 1), '')",
        msg_sql=_WINEVT_MESSAGE,
        # an export's closing `</Events>` is under its last event, not in its message
        echoes="trim(p) = '</Events>'",
    ),
    _fmt(
        "tor",
        "Tor's log (notices.log, info.log): Mon DD HH:MM:SS.mmm [<severity>] <message> (no "
        "year; debug, info, notice, warn, err)",
        r"^(?P<ts>[A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2}\.\d{3}) "
        r"\[(?P<level>debug|info|notice|warn|err)\] (?P<msg>.*)$",
        "try_strptime(s.ts, '%b %d %H:%M:%S.%g')",
        "local",
        year_missing=True,
        source_sql="NULL",
    ),
    _fmt(
        "dbt",
        "dbt's log (logs/dbt.log): HH:MM:SS.micro [<level>] [<thread>]: <message> (the time of "
        "day only; the thread is the source)",
        # (a message may be empty, its text on the lines below; each invocation opens with a
        # banner: `===... 03:24:06.649088 | <invocation id> ===...`)
        r"^(?:(?P<time>\d{2}:\d{2}:\d{2}\.\d{6}) +\[(?P<level>debug|info|warn|error) *\] "
        r"\[(?P<source>[^\]]*)\]:(?: |$)|(?P<banner>=+ (?:\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}:\d{2}"
        r"\.\d{6} \| ))(?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="trim(s.source)",  # (padded: `[Thread-1  ]`)
        msg_sql="CASE WHEN s.banner <> '' THEN 'invocation ' || rtrim(s.msg, ' =') ELSE s.msg END",
        continues=UNSTAMPED,  # an error's further lines
        clock_sql="s.time",
    ),
    _fmt(
        "fast-log",
        "Snort fast.log alerts (alert_fast): MM/DD-HH:MM:SS.micro [**] [gid:sid:rev] <signature> "
        "[**] [Classification: ...] [Priority: N] {PROTO} <src> -> <dst> (no year; the "
        "priority is the level, the source address the source)",
        r"^(?P<ts>\d{2}/\d{2}-\d{2}:\d{2}:\d{2}\.\d{6})" + FAST_ALERT,
        "try_strptime(s.ts, '%m/%d-%H:%M:%S.%n')",
        "local",
        year_missing=True,
        level_sql=FAST_LEVEL,
        source_sql=FAST_SOURCE,
        msg_sql="s.action || s.msg",  # a dropped packet's alert says so
    ),
    _fmt(
        "snort-full",
        "Snort's full alerts (alert_full): [**] [gid:sid:rev] <signature> [**], then "
        "[Classification: ...] [Priority: N], then MM/DD-HH:MM:SS.micro <src> -> <dst> and the "
        "packet's headers on the lines below (one event a record; the time, the priority, the "
        "level, and the source address are read from the record's lines; no year)",
        r"^\[\*\*\] \[\d+:\d+:\d+\] (?P<msg>.*?) ?\[\*\*\]$",
        f"try_strptime({_SNORT_STAMP}, '%m/%d-%H:%M:%S.%n')",
        "local",
        year_missing=True,
        level_sql=priority_level(_SNORT_NEXT.format(n=1)),
        source_sql=f"NULLIF(regexp_extract({_SNORT_ADDRESSES}, ' (\\S+?)(?::\\d+)? -> ', 1), '')",
        # every line but a header: the priority's, the addresses', the packet's, the blank one
        continues="NOT ok",
        # a record's header is one line in six or so: the file opening with one is Snort's
        signature=r"^\[\*\*\] \[\d+:\d+:\d+\] .* \[\*\*\]$",
    ),
    _fmt(
        "fast-log-year",
        "Suricata fast.log alerts (and Snort's with -y): MM/DD/YYYY-HH:MM:SS.micro  [Drop] [**] "
        "[gid:sid:rev] <signature> [**] [Classification: ...] [Priority: N] {PROTO} <src> -> <dst>",
        r"^(?P<ts>\d{2}/\d{2}/(?:\d{4}|\d{2})-\d{2}:\d{2}:\d{2}\.\d{6})" + FAST_ALERT,
        "CASE WHEN length(s.ts) = 26 THEN try_strptime(s.ts, '%m/%d/%Y-%H:%M:%S.%n') "
        "ELSE try_strptime(s.ts, '%m/%d/%y-%H:%M:%S.%n') END",
        "local",
        level_sql=FAST_LEVEL,
        source_sql=FAST_SOURCE,
        msg_sql="s.action || s.msg",
    ),
    with_directives(
        _fmt(
            "zeek",
            "Zeek (Bro) TSV logs: #fields/#types header lines, then <epoch.micro>\\t<uid>\\t"
            "<originator>\\t... (the originator, id.orig_h in conn, dns, http logs, is the source)",
            r"^(?P<ts>\d{10}\.\d{6})\t(?P<msg>.*)$",
            epoch_sql("s.ts"),
            "utc",
            # reporter.log's level and message (`Reporter::WARNING\t<message>\t<location>`)
            # (read off the line `p`: `s.msg` in another column is the message read)
            level_sql="CASE WHEN contains(p, chr(9) || 'Reporter::') THEN NULLIF(regexp_extract(p, "
            "'\\tReporter::(\\w+)\\t', 1), '') END",
            source_sql="CASE WHEN contains(p, chr(9) || 'Reporter::') THEN NULL "
            "ELSE NULLIF(split_part(p, chr(9), 3), '-') END",
            msg_sql="CASE WHEN contains(s.msg, 'Reporter::') THEN coalesce(NULLIF(regexp_extract("
            "s.msg, '(?:^|\\t)Reporter::\\w+\\t([^\\t]*)', 1), ''), s.msg) ELSE s.msg END",
        ),
        r"#[a-z_]+[\t ]",
    ),
    _fmt(
        "lambda",
        "AWS Lambda in CloudWatch: <ISO time>\\t<request id>\\t<LEVEL>\\t<message> (Node.js; "
        "Python's [LEVEL] first), the platform's START/END/REPORT RequestId: <id> and INIT_START",
        r"^(?:(?:\[[A-Z]+\]\t)?(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)[\t ]"
        r"(?P<source>" + LAMBDA_REQUEST + r"|undefined)[\t ](?:(?P<level>TRACE|DEBUG|INFO|WARN|"
        r"ERROR|FATAL)\t)?|(?:START |END |REPORT )?RequestId: |(?:INIT|RESTORE)_(?:START|REPORT) |"
        r"EXTENSION )(?P<msg>.*)$",
        LAMBDA_TIME,
        "utc",
        # a timeout, or a runtime that exited, is written without a level
        level_sql="coalesce(NULLIF(s.level, ''), "
        "NULLIF(regexp_extract(p, '^\\[([A-Z]+)\\]\\t', 1), ''), "
        "CASE WHEN regexp_matches(s.msg, '^(Task timed out after |RequestId: \\S+ Error: )') "
        "THEN 'ERROR' END)",
        source_sql="coalesce(NULLIF(NULLIF(s.source, ''), 'undefined'), "
        "NULLIF(regexp_extract(p, '^[A-Z ]*RequestId: ([0-9a-f-]+)', 1), ''))",
        # the platform's lines keep their keyword in the message
        msg_sql="CASE WHEN s.ts = '' THEN p ELSE s.msg END",
        continues=UNSTAMPED,  # a message's further lines (JSON printed over several lines)
    ),
    _fmt(
        "macos",
        "macOS unified log (log show): <time+zone> <thread> <Type> <activity> <pid> <ttl> "
        "<process>: (<library>) [<subsystem>] <message>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}[+-]\d{4}) +0x[0-9a-f]+ +"
        r"(?P<level>[A-Z][a-z]+) +0x[0-9a-f]+ +\d+ +(?:\d+ +)?(?P<source>[^:]*?): (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        # Default is what os_log and Logger.notice() write; Fault (Logger.fault(), .critical())
        # marks a system-level bug, not the end of a process
        level_sql="CASE s.level WHEN 'Default' THEN 'NOTICE' WHEN 'Fault' THEN 'CRITICAL' "
        "WHEN 'Info' THEN 'INFO' WHEN 'Debug' THEN 'DEBUG' WHEN 'Error' THEN 'ERROR' END",
        # a message's further lines; the closing statistics (after a line of dashes) stand alone
        continues="NOT ok AND NOT starts_with(p, '-----')",
    ),
    _fmt(
        "macos-compact",
        "macOS unified log, compact style (log show --style compact, simctl): <local time> "
        "<Ty> <process>[<pid>:<tid>] [<subsystem>:<category>] <message>",
        # (a process name may hold spaces: `My App[59972:780a15]`)
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) (?P<level>Df|Db|Er|Fa|[AEFIS]) +"
        r"(?P<source>[^\[\]]+?)\[\d+:[0-9a-f]+\] (?P<msg>.*)$",
        "local_utc(TRY_CAST(s.ts AS TIMESTAMP))",
        "local",
        # Df (default) is what os_log and Logger.notice() write; F (fault) a system-level bug;
        # A (an activity) and S (a signpost) have no level
        level_sql="CASE s.level WHEN 'Df' THEN 'NOTICE' WHEN 'I' THEN 'INFO' WHEN 'Db' "
        "THEN 'DEBUG' WHEN 'E' THEN 'ERROR' WHEN 'Er' THEN 'ERROR' WHEN 'F' THEN 'CRITICAL' "
        "WHEN 'Fa' THEN 'CRITICAL' END",
        continues="NOT ok",  # a message's further lines
    ),
    _fmt(
        "postgres-csv",
        "PostgreSQL csvlog: <time zone>,<user>,<database>,<pid>,<client>,<session>,<line>,"
        "<command>,<session start>,<vxid>,<xid>,<SEVERITY>,<SQLSTATE>,<message>,...",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)? [^,]+)," + CSV_FIELD + ","
        r"(?P<source>" + CSV_FIELD + r"),(?:" + CSV_FIELD + r",){8}"
        r"(?P<level>[A-Z0-9]+),[0-9A-Z]{5},(?P<msg>.*)$",
        # an offset or a zone name DuckDB knows (UTC, PST...), else the timezone setting's
        "coalesce(timezone('UTC', TRY_CAST(regexp_replace(s.ts, ' ([+-]\\d)', '\\1') "
        "AS TIMESTAMPTZ)), local_utc(TRY_CAST(regexp_replace(s.ts, ' \\S+$', '') AS TIMESTAMP)))",
        "utc",
        level_sql="CASE WHEN s.level LIKE 'DEBUG_' THEN 'DEBUG' WHEN s.level = 'PANIC' "
        "THEN 'FATAL' ELSE s.level END",
        source_sql="NULLIF(replace(trim(s.source, '\"'), '\"\"', '\"'), '')",  # the database
        # the quoted message, up to the line's end when it goes on over further lines
        msg_sql='replace(regexp_extract(s.msg, \'^"((?:[^"]|"")*)\', 1), \'""\', \'"\')',
        continues="NOT ok",  # a quoted field's further lines
    ),
    _fmt(
        "mysql-slow",
        "MySQL / MariaDB slow query log: # Time:, # User@Host:, # Query_time:, SET timestamp=...; "
        "and the statement, one event per entry (MariaDB writes # Time: once a second)",
        # the statements count in detection, which leaves `#` lines out
        # (MySQL 5.7 on writes `# Time:` in ISO 8601 with microseconds, MariaDB `YYMMDD H:MM:SS`)
        r"^(?:# Time: (?P<iso>\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?$)?.*|"
        r"# User@Host: (?P<source>[^\[\s]*)\[.*|SET timestamp=(?P<ts>\d+);$|"
        # the server's banner at each start (its time: the first entry's after it)
        r"\S+, Version: .*started with:$|"
        r"(?:" + SQL_VERBS + "|" + SQL_VERBS.lower() + r")(?:\s|\(|;|$)|/\*)",
        # the time `# Time:` writes in ISO 8601 (to the microsecond), else the statement's start,
        # `SET timestamp=` (seconds, UTC): every entry has one
        f"first_value(coalesce(CASE WHEN s.iso <> '' THEN {iso_sql('s.iso')} END, "
        + epoch_seconds_sql("TRY_CAST(NULLIF(s.ts, '') AS DOUBLE)")
        + ") IGNORE NULLS) "
        + SLOW_ENTRY,
        "utc",
        level_sql="NULL",
        source_sql="first_value(NULLIF(s.source, '') IGNORE NULLS) "
        "OVER (ORDER BY line ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING)",  # the user
        msg_sql=f"CASE WHEN {SLOW_OPENS} THEN {SLOW_STATEMENT} ELSE p END",
        # every line of an entry but its first, and of the banner but its first
        continues=f"NOT ({SLOW_OPENS} OR regexp_matches(p, '^\\S+, Version: .*started with:$'))",
    ),
    _fmt(
        "mysql-general",
        "MySQL / MariaDB general query log: <ISO time, 5.7+ | YYMMDD H:MM:SS>\\t<id> <Command>\\t"
        "<argument> (before 5.7 a line in the same second as the one above opens with two tabs "
        "and takes its time); the command is the source, a statement's further lines and the "
        "server's banner lines continue",
        r"^(?:(?:(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?|"
        + MYSQL_OLD_STAMP
        + r")\t|\t\t) *(?P<id>\d+) (?P<cmd>"
        + MYSQL_COMMANDS
        + r")(?:\t(?P<arg>.*))?|\S+, Version: .*started with:)$",
        # a line in the second of the one above takes its time, the banner the first entry's
        f"CASE WHEN s.cmd = '' THEN first_value({_GENERAL_STAMP} IGNORE NULLS) OVER (ORDER BY "
        "line ROWS BETWEEN CURRENT ROW AND 3 FOLLOWING) ELSE "
        f"last_value({_GENERAL_STAMP} IGNORE NULLS) OVER (ORDER BY line ROWS BETWEEN UNBOUNDED "
        "PRECEDING AND CURRENT ROW) END",
        "utc",
        level_sql="CASE WHEN starts_with(s.arg, 'Access denied') THEN 'ERROR' END",
        source_sql="NULLIF(s.cmd, '')",
        msg_sql="CASE WHEN s.cmd = '' THEN p ELSE rtrim(s.cmd || ' ' || s.arg) END",
        continues="NOT ok OR starts_with(p, 'Tcp port: ') "
        "OR regexp_matches(p, '^Time +Id +Command +Argument')",
        priority=1,
    ),
    _fmt(
        "mysql-old",
        "MySQL 5.0/5.1 error log: YYMMDD H:MM:SS [ERROR|Warning|Note] <message> (the hour padded "
        "with a space; InnoDB's and mysqld_safe's lines without a level), InnoDB's unstamped "
        "lines and the Version: line continue the line above",
        # InnoDB's unstamped lines count in detection: they outnumber the stamps in a startup
        r"^(?:(?P<ts>" + MYSQL_OLD_STAMP + r") +(?:\[(?P<level>ERROR|Warning|Note)\] )?|"
        r"InnoDB: |Version: ')(?P<msg>.*)$",
        MYSQL_OLD_TIME,
        "local",
        level_sql=MYSQL_OLD_LEVEL,
        source_sql="CASE WHEN starts_with(s.msg, 'InnoDB: ') THEN 'InnoDB' ELSE "
        "NULLIF(regexp_extract(s.msg, '^(?:/\\S*/)?(mysqld\\w*)[: ]', 1), '') END",
        # the lines without a stamp keep their opening in the event's joined message
        msg_sql="CASE WHEN s.ts = '' THEN p ELSE s.msg END",
        # every line but a stamped one (a line of ISO-stamped MySQL after an upgrade is its own)
        continues=f"NOT regexp_matches(p, '^(?:{MYSQL_OLD_STAMP} |\\[?\\d{{4}}-\\d{{2}}-\\d{{2}}"
        "[T ]\\d{2}:)')",
    ),
    _fmt(
        "oracle-alert",
        "Oracle Database alert log (alert_<SID>.log): a line holding only the time (12.2's "
        "2024-03-01T10:00:00.123456+00:00, 11g's Fri Mar 01 10:00:00 2024) opens a record, "
        "the lines after it are its message (ORA- errors make it ERROR)",
        r"^(?:(?P<ts>" + ORACLE_STAMP + r")$|(?:" + ORACLE_LINES + "))",
        ORACLE_TIME,
        "utc",
        # the level, source and message come from the record's lines: as a fallback format
        # (other formats first in the file) they are not at hand, and a stamp keeps its time
        level_sql=ORACLE_LEVEL,
        source_sql=ORACLE_SOURCE,
        msg_sql=ORACLE_MSG,
        # the stamp's message is a line of its record; blank lines in a record say nothing
        **_records(_ORACLE_OPENS),
    ),
    _fmt(
        "oracle-audit",
        "Oracle Database audit trail files (AUDIT_TRAIL=OS, .aud): a line holding the time and "
        "its offset (Wed Oct 21 11:58:08 2020 -04:00) opens a record, its fields on the lines "
        "below (ACTION :[n] '<statement>' the message, DATABASE USER the source, a STATUS "
        "other than 0, an ORA- error, WARN)",
        r"^(?:(?P<ts>" + CTIME + r") (?P<zone>[+-]\d{2}:\d{2})$|(?:" + ORACLE_AUDIT_LINES + "))",
        "CASE WHEN s.ts = '' THEN NULL ELSE timezone('UTC', "
        "try_strptime(s.ts || ' ' || s.zone, '%a %b %d %H:%M:%S %Y %z')) END",
        "utc",
        level_sql=ORACLE_AUDIT_LEVEL,
        source_sql=ORACLE_AUDIT_SOURCE,
        msg_sql=ORACLE_AUDIT_MSG,
        **_records(_AUDIT_OPENS),
    ),
    _fmt(
        "oracle-listener",
        "Oracle Net listener log (listener.log): 31-JUL-2024 02:00:00 * <connect data> * "
        "<address> * establish * <service> * <code>, the service the source, a code other than "
        "0 (a TNS error, on the lines below) ERROR; the time lines between them (12c's ISO "
        "stamp with its offset, 11g's ctime) continue the line above",
        r"^(?:(?P<ts>"
        + _LISTENER_STAMP
        + r") \* (?P<msg>.*)|TNSLSNR for .{1,40} on (?P<started>"
        + _LISTENER_STAMP
        + r")$|(?:"
        + ORACLE_STAMP
        + r")$|TNS-\d+: |WARNING: )",
        # (the banner of the listener's start; a time line opening the file: its wall-clock
        # time, the offset read as the others')
        "CASE WHEN s.ts <> '' THEN try_strptime(s.ts, '%d-%b-%Y %H:%M:%S') "
        "WHEN s.started <> '' THEN try_strptime(s.started, '%d-%b-%Y %H:%M:%S') "
        "ELSE TRY_CAST(left(p, 19) AS TIMESTAMP) END",
        "local",
        level_sql=LISTENER_LEVEL,
        source_sql=LISTENER_SOURCE,
        # (a time line with no connection's line above it, the file's first: its own text)
        msg_sql="CASE WHEN s.ts = '' THEN p ELSE s.msg END",
        continues=f"NOT regexp_matches(p, '^(?:{_LISTENER_STAMP} \\* |TNSLSNR for )') AND line > 1",
        examples=(
            "31-JUL-2024 02:00:00 * (CONNECT_DATA=(CID=(PROGRAM=JDBC Thin Client)(HOST=jdbc)"
            "(USER=ptdb))(SERVICE_NAME=ptdb)) * (ADDRESS=(PROTOCOL=tcp)(HOST=192.168.12.27)"
            "(PORT=47898)) * establish * ptdb * 12516",
        ),
    ),
    _fmt(
        "modsec-audit",
        "ModSecurity's audit log (modsec_audit.log, serial): a record's parts each after a "
        "marker --<id>-A-- to --<id>-Z--, part A's line giving the time and the client (the "
        "source), part H's first rule message the template and its severity the level (INFO "
        "where no rule matched), else the request line",
        r"^--[0-9a-f]{8}-(?P<part>[A-KZ])--$",
        MODSEC_TIME,
        "utc",
        level_sql=MODSEC_LEVEL,
        source_sql=MODSEC_SOURCE,
        msg_sql=MODSEC_MSG,
        **_records(_MODSEC_OPENS),
        # (most of a record's lines are a request's and a response's headers and bodies: the
        # file's first marker tells the log)
        signature=r"^--[0-9a-f]{8}-A--$",
    ),
    _fmt(
        "mssql-errorlog",
        "Microsoft SQL Server ERRORLOG: <YYYY-MM-DD HH:MM:SS.cc> <Server|Logon|Backup|spidN[s]> "
        "<message> (an Error: N, Severity: S line's severity is the level)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{2}) "
        r"(?P<source>spid\d+s?|Server|Logon|Backup) +(?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",  # the server's local time
        "local",
        level_sql=MSSQL_LEVEL,
        msg_sql=MSSQL_MSG,
        continues=MSSQL_CONTINUES,
        echoes=MSSQL_CONTINUES,  # an error's text line leads the error line's message
    ),
    _fmt(
        "setupapi",
        "Windows setupapi.dev.log: >>>  [<section title>], >>>  Section start <time>, entries "
        "(!!! error, ! warning), <<<  Section end <time>, <<<  [Exit status: ...]; a section is "
        "an event at its start, the kind of section its source",
        # the entries count in detection, which leaves the indented ones out
        r"^(?:>>>  \[(?P<msg>.*)\]$|\[Boot Session: (?P<ts>" + SETUPAPI_TIME + r")\]|"
        r">>>  Section start |<<<  |!!!  |!    )",
        "try_strptime(coalesce(NULLIF(s.ts, ''), " + SETUPAPI_START + "), "
        "['%Y/%m/%d %H:%M:%S.%n', '%Y/%m/%d %H:%M:%S'])",
        "local",
        level_sql=SETUPAPI_LEVEL,
        # `Device Install (Hardware initiated)`, `SetupCopyOEMInf`: what the section did
        source_sql="NULLIF(regexp_extract(s.msg, '^(.+?) - ', 1), '')",
        msg_sql="CASE WHEN starts_with(p, '>>>  [') THEN s.msg "
        "WHEN starts_with(p, '[Boot Session: ') THEN trim(p, '[]') ELSE p END",
        continues=f"NOT {_SETUPAPI_OPENS}",
    ),
    _fmt(
        "windows-events-csv",
        "Windows Event Viewer CSV export: Level (Keywords for the Security log),Date and Time,"
        "Source,Event ID,Task Category then <level>,<time>,<source>,<id>,<category>,"
        '"<description>"; the time as English exports write it: M/D/YYYY h:mm:ss AM (en-US) '
        "or DD/MM/YYYY HH:MM:SS (en-GB and other 24-hour English locales)",
        r"^(?P<level>" + EVENTVIEWER_LEVELS + r"),"
        r"(?P<ts>\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2}(?: [AP]M)?),"
        # (a row without the description: a copy of the columns up to the task's category)
        r"(?P<source>" + CSV_FIELD + r"),\d+," + CSV_FIELD + "(?:,|$)(?P<msg>.*)$",
        "CASE WHEN ends_with(s.ts, 'M') THEN try_strptime(s.ts, '%m/%d/%Y %I:%M:%S %p') "
        "ELSE try_strptime(s.ts, '%d/%m/%Y %H:%M:%S') END",
        "local",
        level_sql=EVENTVIEWER_LEVEL,
        source_sql="NULLIF(replace(trim(s.source, '\"'), '\"\"', '\"'), '')",
        # the quoted description, up to the line's end when it goes on over further lines
        msg_sql="CASE WHEN starts_with(s.msg, '\"') THEN replace(regexp_extract(s.msg, "
        '\'^"((?:[^"]|"")*)\', 1), \'""\', \'"\') ELSE s.msg END',
        continues="NOT ok",  # the description's further lines
        # a description of many lines (the Security log's) outnumbers the rows in a sample
        signature=r"^\ufeff?(?:Level|Keywords),Date and Time,Source,Event ID,Task Category\s*$",
    ),
    _fmt(
        "tornado",
        "Tornado / Jupyter Server: [<L> <time> <logger or module:line>] <message>, the level's "
        "letter (D I W E C) first; further lines (tracebacks too) indented by four spaces",
        r"^\[(?P<level>[DIWEC]) (?:(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{3})?|"
        r"\d{6} \d{2}:\d{2}:\d{2})|(?P<clock>\d{2}:\d{2}:\d{2}\.\d{3})) "
        r"(?P<source>[^\]\s]+)(?: [^\]]*)?\](?: |$)(?P<msg>.*)$",
        # Jupyter's `%Y-%m-%d %H:%M:%S.<msecs>`, Tornado's own `%y%m%d %H:%M:%S`; the classic
        # Notebook's and JupyterLab 1-2's time of day alone (`[I 11:45:09.708 NotebookApp]`),
        # dated from the log's own dates (`clocks.py`)
        "try_strptime(NULLIF(s.ts, ''), ['%Y-%m-%d %H:%M:%S.%n', '%Y-%m-%d %H:%M:%S', "
        "'%y%m%d %H:%M:%S'])",
        "local",
        level_sql="CASE s.level WHEN 'C' THEN 'CRITICAL' ELSE s.level END",
        clock_sql="NULLIF(s.clock, '')",
    ),
    _fmt(
        "airflow",
        "Apache Airflow task and component logs: [<time>] {<file.py>:<line>} <LEVEL> - <message>",
        # (doubled braces where `log_format` was escaped for Jinja: MWAA, Airflow 2.0 to 2.2)
        r"^\[(?P<ts>"
        + AIRFLOW_STAMP
        + r")\] \{\{?(?P<source>[^}\s]+)\}\}? (?P<level>[A-Z]+) -(?: |$)"
        r"(?P<msg>.*)$",
        AIRFLOW_TIME,
        "utc",
        # a message's further lines (`----` rules, a command's output, tracebacks); the
        # `*** Found local files:` lines of a log read from the web UI open it
        continues=UNSTAMPED,
    ),
    _fmt(
        "jboss",
        "WildFly / JBoss EAP / Quarkus (JBoss Log Manager): [<date>] <HH:MM:SS[,mmm]> <LEVEL> "
        "[<category>] (<thread>) <message> (the console writes the time of day only)",
        # (ActiveMQ Artemis writes no thread: `INFO  [org.apache.activemq.artemis.core.server]
        # AMQ221000: ...`, its category dotted)
        r"^(?P<ts>(?:\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}:\d{2}(?:,\d{3})?) +(?P<level>[A-Z]+) +"
        # (the domain's process controller names a process in its category: `[org.jboss.as.
        # process.Host Controller.status]`)
        r"(?:\[(?P<source>[^\]\s]+(?: Controller\.\w+)?)\] \((?P<thread>.*?)\) "
        r"|\[(?P<category>[a-z][\w$]*(?:\.[\w$]+)+)\] )(?P<msg>.*)$",
        "try_strptime(s.ts, ['%Y-%m-%d %H:%M:%S,%n', '%Y-%m-%d %H:%M:%S'])",
        "local",
        source_sql="coalesce(NULLIF(s.source, ''), s.category)",
        # Apereo CAS' layout, `[%c] - <%m>`: the dash and the brackets around the message are
        # the layout's
        msg_sql="CASE WHEN s.category <> '' AND starts_with(s.msg, '- ') THEN regexp_replace("
        "regexp_replace(s.msg, '^- <(.*)>$', '\\1'), '^- <?', '') ELSE s.msg END",
        # a time of day alone (the console's), dated from the log's own dates (`clocks.py`)
        clock_sql="CASE WHEN length(s.ts) <= 12 THEN replace(s.ts, ',', '.') END",
        # above log4j, which reads `[category] (thread` as thread and logger
        priority=1,
        # a message's further lines (Keycloak's `Listening on: ...` after `started in 11.5s.`,
        # Liquibase's update summary, CAS' audit record, a management model dump's end)
        continues=UNSTAMPED,
    ),
    _fmt(
        "s3-access",
        "Amazon S3 server access log: <owner> <bucket> [<time>] <remote IP> <requester> "
        '<request id> <operation> <key> "<request>" <status> <error code> <bytes> ... (the bucket '
        "is the source)",
        r"^\S+ (?P<source>[a-z0-9][a-z0-9.-]*) "
        r"\[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\] \S+ \S+ \S+ "
        r"(?P<op>[A-Z0-9_]+(?:\.[A-Z0-9_]+)+ \S+) "
        r"(?P<req>(?:\"[^\"]*\"|-) (?:\d{3}|-) \S+)(?P<msg>.*)$",
        "timezone('UTC', try_strptime(s.ts, '%d/%b/%Y:%H:%M:%S %z'))",
        "utc",
        level_sql=http_level(_S3_STATUS),
        msg_sql=S3_MSG,
    ),
    _fmt(
        "vpc-flow",
        VPC_FLOW_DESCRIPTION,
        r"^2 \S+ (?P<source>eni-[0-9a-f]+) (?P<msg>(?:\S+ ){7}(?P<ts>\d{9,10}) \d{9,10} "
        r"(?P<action>(?:ACCEPT|REJECT|-) (?:OK|NODATA|SKIPDATA)))$",
        epoch_sql("s.ts"),
        "utc",
        # traffic a security group or network ACL refused, and records the service skipped
        # (lost), are worth a look; neither is a failure of the interface
        level_sql="CASE WHEN s.action IN ('REJECT OK', '- SKIPDATA') THEN 'WARN' ELSE 'INFO' END",
    ),
    with_directives(
        _fmt(
            "cloudfront",
            "Amazon CloudFront standard logs: #Version and #Fields lines, then date\\ttime\\t"
            "x-edge-location\\tsc-bytes\\tc-ip\\tcs-method\\tcs(Host)\\tcs-uri-stem\\t"
            "sc-status\\t... (the edge location is the source)",
            r"^(?P<ts>\d{4}-\d{2}-\d{2}\t\d{2}:\d{2}:\d{2})\t(?P<source>[A-Z0-9-]+)\t\d+\t[^\t]*\t"
            r"(?P<req>[A-Z]+\t[^\t]*\t[^\t]*\t\d{3})\t(?P<msg>.*)$",
            "try_strptime(replace(s.ts, chr(9), ' '), '%Y-%m-%d %H:%M:%S')",
            "utc",
            level_sql=http_level(_CF.format(4)),  # 000: the viewer left before the answer
            # `GET /index.html?x=1 HTTP/2.0 200 Hit`: method, path and query, protocol, status and
            # how the edge served it
            msg_sql=CLOUDFRONT_MSG,
        ),
        "#(?:Version|Fields): ",
    ),
    # a log naming other fields in its `#Fields:` directive has a format of its own (see
    # `detect._directed`)
    w3c_format(IIS_FIELDS, optional=("cs(Referer)",)),
    _fmt(
        "github-actions",
        "GitHub Actions / Azure Pipelines job log: <ISO time, 7 decimals>Z <output>, where "
        "##[error], ##[warning], ##[notice] and ##[debug] are the level",
        "^\ufeff?" + r"(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z)(?: |$)(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="NULLIF(regexp_extract(s.msg, '^##\\[(error|warning|notice|debug)\\]', 1), '')",
        source_sql=ACTIONS_STEP,  # the step
        carries=True,
        # below iso-level: a log of 7-decimal stamps where every line has a level word is not
        # a job log
        priority=-2,
    ),
    _fmt(
        "gh-run-log",
        "GitHub CLI's gh run view --log: <job>\\t<step>\\t<ISO time, 7 decimals>Z <output>, "
        "where ##[error], ##[warning], ##[notice] and ##[debug] are the level (the step is the "
        "source)",
        r"^[^\t]+\t(?P<source>[^\t]+)\t(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z)"
        r"(?: |$)(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="NULLIF(regexp_extract(s.msg, '^##\\[(error|warning|notice|debug)\\]', 1), '')",
        continues="NOT ok",  # an annotation's further lines, written without a time
    ),
    _fmt(
        "syslog-level",
        "syslog RFC 3164 with the facility and severity before the tag (BusyBox syslogd, "
        "embedded Linux, routers): Mon DD HH:MM:SS host daemon.info app[pid]: msg (the severity "
        "is the level)",
        # (a BusyBox syslogd on a board that names no host: `Apr 19 19:39:26 kern.warn kernel: `)
        BSD_SYSLOG_STAMP + r"(?:(?P<host>\S+) )?" + SYSLOG_FACILITY_LEVEL,
        _month_day(),
        "local",
        year_missing=True,
        priority=1,  # above syslog, which reads `daemon.info dnsmasq` as the tag
    ),
    _fmt(
        "openwrt",
        "OpenWrt's logread: Www Mmm DD HH:MM:SS YYYY facility.severity app[pid]: msg (the "
        "severity is the level)",
        r"^(?P<ts>" + CTIME + r") " + SYSLOG_FACILITY_LEVEL,
        CTIME_SQL,
        "local",
    ),
    _fmt(
        "fluent-bit",
        "Fluent Bit: [YYYY/MM/DD HH:MM:SS] [level] [component] msg (the level padded: `[ info]`, "
        "`[ warn]`)",
        # (the engine's signal handler writes no level: `[engine] caught signal (SIGTERM)`; the
        # stdout output's records, `[0] tag: [[1722572945.000000000, {}], {...}]` (before 2.1
        # `[0] tag: [1722572945.000000000, {...}]`), carry their epoch time)
        r"^(?:\[(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?)\] "
        # (a plugin's line may name no component: `[ info] inotify_fs_add(): ...`)
        r"(?:\[ ?(?P<level>trace|debug|info|warn|error|help)\] (?:\[(?P<source>[^\]]+)\] )?"
        r"|\[(?P<engine>[^\]]+)\] )|"
        r"\[\d+\] (?P<tag>[^\s:]+): \[\[?(?P<epoch>\d{9,}\.\d+),)(?P<msg>.*)$",
        "coalesce(local_utc(try_strptime(NULLIF(s.ts, ''), ['%Y/%m/%d %H:%M:%S', "
        f"'%Y/%m/%d %H:%M:%S.%n'])), {_FLUENT_BIT_EPOCH})",
        "utc",
        # (a record's tag)
        # (a source padded in its brackets: `[simd    ]`, `[ctraces ]`)
        source_sql="coalesce(NULLIF(rtrim(s.source), ''), NULLIF(s.engine, ''), NULLIF(s.tag, ''))",
        msg_sql="CASE WHEN s.epoch = '' THEN s.msg "
        "ELSE regexp_replace(s.msg, '^ ?(?:\\{\\}\\], )?', '') END",
        continues=UNSTAMPED,
    ),
    _fmt(
        "strongswan",
        "strongSwan's charon log file: [Mon DD HH:MM:SS] NN[SUB] msg (the thread, then the "
        "subsystem, the source: IKE, CFG, KNL, NET...; `[IKE1]` with its log level; no time "
        "unless time_format is set)",
        # (milliseconds where time_format asks for them: `Feb 27 16:22:44.144 00[DMN] `)
        r"^(?:(?P<ts>[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}(?:\.\d{3,6})?) )?\d{2}"
        r"\[(?P<source>[A-Z]{3})\d?\] (?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql="NULL",
    ),
    _fmt(
        "sudo",
        "sudo's own log file (Defaults logfile=): Mon DD HH:MM:SS : user : [reason ; ]TTY=... ; "
        "PWD=... ; USER=... ; COMMAND=... (the user is the source; a refused command WARN, "
        "others NOTICE, as sudo's syslog priorities rank them)",
        r"^(?P<ts>[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2})" + _SUDO_TAIL,
        _month_day(),
        "local",
        year_missing=True,
        level_sql=SUDO_LEVEL,
        priority=1,  # above syslog, which reads `: alice` as a host and its tag
    ),
    _fmt(
        "sudo-year",
        "sudo's own log file with log_year: Mon DD HH:MM:SS YYYY : user : ... (as sudo)",
        r"^(?P<ts>[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})" + _SUDO_TAIL,
        "try_strptime(s.ts, '%b %d %H:%M:%S %Y')",
        "local",
        level_sql=SUDO_LEVEL,
        priority=1,  # above syslog
    ),
    _fmt(
        "nextflow",
        "Nextflow's .nextflow.log: Mmm-DD HH:MM:SS.mmm [thread] LEVEL logger - msg (no year)",
        r"^(?P<ts>[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) \[(?P<thread>[^\]]+)\] "
        r"(?P<level>TRACE|DEBUG|INFO|WARN|ERROR) +(?P<source>\S+) - (?P<msg>.*)$",
        "try_strptime(s.ts, '%b-%d %H:%M:%S.%g')",
        "local",
        year_missing=True,
        continues=UNSTAMPED,
    ),
    _fmt(
        "jenkins-console",
        "Jenkins build console output (known by its `Started by ...` first line), with the "
        "Timestamper plugin's [ISO time] before each line or without times: each line's stage "
        "(`[Pipeline] { (Build)`) is the source, `Finished: FAILURE` an error (UNSTABLE and "
        "ABORTED warnings), `ERROR:` lines errors",
        r"^(?:\[(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)\] )?(?P<msg>.*)$",
        "CASE WHEN s.ts <> '' THEN " + iso_sql("s.ts") + " END",
        "utc",
        level_sql=JENKINS_LEVEL,
        source_sql=JENKINS_STAGE,
        # the message as its own expression, so that the match holds it: a line without a stamp
        # has no other header (a header matching nothing is a line the format does not fit)
        msg_sql="CAST(s.msg AS VARCHAR)",
        signature=r"^(?:\[\d{4}-\d{2}-\d{2}T[\d:.]+Z\] )?Started by ",
        signed_only=True,
        carries=True,
    ),
    _fmt(
        "shell-history",
        "Shell history with times (bash's HISTTIMEFORMAT `#<epoch>`, tcsh's `#+<epoch>`), known "
        "by its first line: each command, with its further lines, at the time above it",
        r"^(?:#\+?(?P<ts>\d{9,10})|(?P<command>.*))$",
        "CASE WHEN s.ts <> '' THEN " + epoch_sql("s.ts") + " END",
        "utc",
        level_sql="NULL",
        source_sql="NULL",
        # a stamp's event is the command below it; the command line is not repeated
        msg_sql="CASE WHEN s.ts <> '' THEN coalesce(lead(p) OVER (), '') ELSE s.command END",
        continues=f"NOT regexp_matches(p, '{HISTORY_STAMP}')",
        echoes=f"regexp_matches(coalesce(lag(p) OVER (), ''), '{HISTORY_STAMP}')",
        signature=HISTORY_STAMP,
        signed_only=True,
    ),
    _fmt(
        "wevtutil",
        "Windows events as wevtutil qe /f:text writes them: Event[N]: then the record's fields "
        "indented below it (Log Name, Source, Date, Event ID, Level, Keyword, Computer, "
        "Description) and the description's lines (the Date in local time, the Source the "
        "source, an Audit Failure a warning)",
        _WEVT_HEADER,
        iso_sql(wevt_field("Date")),
        "utc",
        level_sql=f"CASE WHEN contains(coalesce({wevt_field('Keyword')}, ''), 'Audit Failure') "
        f"THEN 'WARN' ELSE {wevt_field('Level')} END",
        source_sql=wevt_field("Source"),
        msg_sql=f"coalesce({WEVT_DESCRIPTION}, p)",
        continues=f"NOT regexp_matches(p, '{_WEVT_HEADER}')",
        # the fields and the description's first line: in the raw lines, not repeated
        echoes="starts_with(p, '  ') OR rtrim(coalesce(lag(p) OVER (), '')) = '  Description:'",
        signature=_WEVT_HEADER,
    ),
    _fmt(
        "cmtrace",
        "CMTrace logs (Configuration Manager, Intune's IntuneManagementExtension.log, Autopilot): "
        '<![LOG[message]LOG]!><time="HH:MM:SS.fff+bias" date="MM-DD-YYYY" component=... '
        'type="1|2|3" ...>, a message going on over lines until its ]LOG]!> (the type is '
        "INFO, WARN or ERROR, the component the source; the bias, minutes, gives UTC)",
        # a record's line, or the line closing a message that went on over lines
        r"^(?:<!\[LOG\[(?P<msg>.*?)|(?P<tail>.*?))(?:\]LOG\]!><time=.*)?$",
        CMTRACE_TIME,
        "utc",
        level_sql=f"['INFO', 'WARN', 'ERROR'][TRY_CAST({_cm_attr('type')} AS INTEGER)]",
        source_sql=f"NULLIF({_cm_attr('component')}, '')",
        msg_sql="CASE WHEN starts_with(p, '<![LOG[') THEN s.msg ELSE s.tail END",
        continues="NOT starts_with(p, '<![LOG[')",
        signature=r"^\ufeff?<!\[LOG\[",
        signed_only=True,
    ),
    _fmt(
        "gitlab-ci",
        "GitLab CI job log (as the job page's raw view and the API give it): the runner's "
        "banner, then each section's lines between section_start:<epoch>:<name> and "
        "section_end:<epoch>:<name> markers, which give the lines their time and section (the "
        "source); with job log timestamps, each line's own time and stream (`<time>Z 00O `, "
        "`00O+` going on with the line above); an `ERROR:` line is an error",
        r"^(?:(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z) [0-9a-f]{2}[OE]\+? ?)?"
        r"(?P<msg>.*)$",
        f"CASE WHEN s.ts <> '' THEN {iso_sql('s.ts')} ELSE {GITLAB_SECTION_TIME} END",
        "utc",
        # the runner's `ERROR: Job failed: exit code 1`, `WARNING: ...`
        level_sql=ci_level(GITLAB_TEXT),
        source_sql=GITLAB_SECTION,
        msg_sql=GITLAB_TEXT,
        continues="regexp_matches(p, '^\\S+Z [0-9a-f]{2}[OE]\\+')",
        signature=r"^(?:\S+Z [0-9a-f]{2}[OE]\+? )?Running with gitlab-(?:ci-multi-)?runner ",
        signed_only=True,
        carries=True,
    ),
    _fmt(
        "python-colon",
        "Python logging with colons (Certbot, VMware's appliances): <asctime>:<LEVEL>:[<name>:]"
        "<message>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?):"
        r"(?P<level>DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL|FATAL):(?:(?P<source>[^:\s]+):)?"
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        continues=UNSTAMPED,  # a message's further lines
    ),
    _fmt(
        "pihole-ftl",
        "Pi-hole's FTL.log: [YYYY-MM-DD HH:MM:SS.mmm <pid>[/<thread>|M]] <message> (`INFO: `, "
        "`WARNING: `, `ERROR: ` before a message its level)",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) \d+(?:M|/[A-Z]?\d+)?\] "
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        level_sql="NULLIF(regexp_extract(s.msg, '^(DEBUG|INFO|NOTICE|WARNING|WARN|ERROR|CRIT|"
        "CRITICAL|FATAL): ', 1), '')",
        source_sql="NULL",  # a process and thread number name no component
        priority=1,  # above the generic ISO format, which reads `FTL` as a level
    ),
    _fmt(
        "networkmanager",
        "NetworkManager's own lines (journalctl -o cat, its stdout): <level> [<epoch seconds>] "
        "<domain>[<id>] (<interface>): <message> (the domain, as `device` or `dhcp4`, is the "
        "source)",
        r"^<(?P<level>trace|debug|info|warn|error)> +\[(?P<ts>\d{10}\.\d{1,6})\] (?P<msg>.*)$",
        epoch_sql("s.ts"),
        "utc",
        source_sql="NULLIF(regexp_extract(s.msg, '^([a-z][\\w-]*)(?:\\[[0-9a-f]+\\])?"
        "(?: \\([^)]*\\))?: ', 1), '')",
    ),
    _fmt(
        "syslog-cloudinit",
        "cloud-init's lines in syslog: Mon DD HH:MM:SS host [CLOUDINIT] <file>[<LEVEL>]: "
        "<message> (the file is the source)",
        BSD_SYSLOG_STAMP + r"(?P<host>\S+) +\[CLOUDINIT\] (?P<source>[\w.-]+)\["
        r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\]: ?(?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        dated_ts_sql=message_dated_time(_month_day()),
    ),
    _fmt(
        "cloud-init",
        "cloud-init: <asctime> - <file>[<LEVEL>]: <message>",
        r"^(?P<ts>" + ISO_STAMP + r") - (?P<source>[\w.-]+)\["
        r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\]: ?(?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        continues=UNSTAMPED,  # a message's further lines
    ),
    _fmt(
        "cloud-init-output",
        "cloud-init's cloud-init-output.log: a stage's line, Cloud-init v. <version> running "
        "'<stage>' at <RFC 2822 date>. Up N seconds., opens an event; what its modules and "
        "scripts print (`ci-info:` tables, package managers) continues it (the stage the source)",
        r"^Cloud-init v\. \S+ (?:running '(?P<source>[^']+)'|(?P<done>finished)) at "
        r"(?P<ts>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4})\. ?"
        r"(?P<msg>.*)$",
        "timezone('UTC', try_strptime(s.ts, '%a, %d %b %Y %H:%M:%S %z'))",
        "utc",
        level_sql="NULL",
        source_sql="coalesce(NULLIF(s.source, ''), NULLIF(s.done, ''))",
        msg_sql="p",
        continues="NOT ok",
        signature=r"^Cloud-init v\. \S+ (?:running '[^']+'|finished) at ",
        examples=(
            "Cloud-init v. 19.3-46.amzn2.0.1 running 'init-local' at Thu, 16 Nov 2023 08:38:02 "
            "+0000. Up 4.03 seconds.",
        ),
    ),
    _fmt(
        "cups",
        "CUPS error_log: <level letter> [DD/Mon/YYYY:HH:MM:SS +zone] <message>",
        r"^(?P<level>[dDINWECAX]) \[(?P<ts>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2}"
        r"(?:\.\d{1,6})? [+-]\d{4})\] (?P<msg>.*)$",
        "timezone('UTC', try_strptime(s.ts, ['%d/%b/%Y:%H:%M:%S %z', '%d/%b/%Y:%H:%M:%S.%n %z']))",
        "utc",
        # d is CUPS's debug2, X its emergency
        level_sql="CASE s.level WHEN 'd' THEN 'DEBUG' WHEN 'N' THEN 'NOTICE' "
        "WHEN 'C' THEN 'CRITICAL' WHEN 'X' THEN 'FATAL' ELSE s.level END",
        source_sql="NULL",
    ),
    _fmt(
        "bind",
        "BIND named: DD-Mon-YYYY HH:MM:SS.mmm [<category>: ][<severity>: ]<message>",
        r"^(?P<ts>\d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}:\d{2}(?:\.\d{3})?) "
        r"(?:(?P<source>[a-z][a-z-]*): )?"
        r"(?:(?P<level>critical|error|warning|notice|info|debug(?: \d+)?|dynamic): )?(?P<msg>.*)$",
        "try_strptime(s.ts, ['%d-%b-%Y %H:%M:%S.%n', '%d-%b-%Y %H:%M:%S'])",
        "local",
        level_sql=f"CASE WHEN starts_with({_BIND_LEVEL}, 'debug') THEN 'DEBUG' "
        f"WHEN {_BIND_LEVEL} <> 'dynamic' THEN upper({_BIND_LEVEL}) END",
        source_sql=f"CASE WHEN NOT {_BIND_SEVERITY} THEN s.source END",
        priority=-2,  # any line after such a stamp fits; Tomcat's level and thread do not
    ),
    _fmt(
        "epoch-bracket",
        "Bracketed epoch seconds (Nagios, Icinga 1, Unbound): [<unix seconds>] "
        "[<program>[<pid>:<thread>] <level>: ]<message>",
        r"^\[(?P<ts>\d{10})\] (?:(?P<source>[\w.-]+)\[\d+(?::\d+)?\] "
        r"(?:(?P<level>debug|info|notice|warning|error|fatal): )?)?(?P<msg>.*)$",
        epoch_sql("s.ts"),
        "utc",
        level_sql=f"coalesce(upper(NULLIF(s.level, '')), {NAGIOS_LEVEL})",
        priority=-1,
    ),
    _fmt(
        "icinga2",
        "Icinga 2: [YYYY-MM-DD HH:MM:SS +zone] <severity>/<facility>: <message>",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?: [+-]\d{4})?)\] "
        r"(?P<level>debug|notice|information|warning|critical)/(?P<source>[\w.-]+): (?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        level_sql="CASE s.level WHEN 'information' THEN 'INFO' ELSE upper(s.level) END",
        # what a notification's or a check's command wrote to its stderr goes on under it
        continues=UNSTAMPED,
    ),
    _fmt(
        "weblogic",
        "Oracle WebLogic server and domain logs: ####<date> <Severity> <Subsystem> ... "
        "<epoch ms> <message id> <message> (the stdout form without #### and the fields between)",
        r"^(?:####)?<(?P<date>[A-Z][a-z]{2} \d{1,2}, \d{4},? \d{1,2}:\d{2}:\d{2}(?:,\d{3})? "
        r"[AP]M)(?: [A-Z][\w+:-]*)*> <(?P<level>[A-Za-z]+)> <(?P<source>[^>]*)> "
        # (12.2.1 and later: the supplemental attributes after the time, `<[severity-value: 64]
        # [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > `)
        r"(?:.*? <(?P<epoch>\d{13})> (?:<\[severity-value: [^>]*> )?)?<[^>]*> <(?P<msg>.*)$",
        WEBLOGIC_TIME,
        "utc",
        level_sql="CASE s.level WHEN 'Alert' THEN 'FATAL' ELSE upper(s.level) END",
        msg_sql="regexp_replace(s.msg, '> ?$', '')",
        # a message runs on over lines without a header until its closing `>`
        continues="NOT ok",
        priority=1,
    ),
    _fmt(
        "odl",
        "Oracle Diagnostic Logging (GlassFish 4+, Payara, Fusion Middleware): [<time>] "
        "[<component>] [<LEVEL>[:n]] [<message id>] [<logger>] [key: value]... <message>, or "
        "[[ and the message on the lines after, to ]]",
        r"^\[(?P<ts>" + ISO_STAMP + r")\] \[[^\]]*\] \[(?P<level>[A-Z_]+)(?::(?P<n>\d+))?\] "
        r"\[[^\]]*\] \[(?P<source>[^\]]*)\] (?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        # NOTIFICATION is its INFO; TRACE:1 its FINE, TRACE:16 and :32 finer
        level_sql="CASE s.level WHEN 'NOTIFICATION' THEN 'INFO' WHEN 'INCIDENT_ERROR' THEN "
        "'CRITICAL' WHEN 'TRACE' THEN CASE WHEN s.n = '1' THEN 'DEBUG' ELSE 'TRACE' END "
        "ELSE s.level END",
        msg_sql=f"CASE WHEN ends_with({_ODL_REST}, '[[') THEN {_ODL_NEXT} "
        f"ELSE regexp_replace(regexp_replace({_ODL_REST}, '^\\[\\[', ''), '\\]\\]$', '') END",
        # a message runs on over lines without a header, to its closing ]]
        continues="NOT ok",
        echoes="NOT ok AND coalesce(lag(ok) OVER (), false) AND "
        "coalesce(ends_with(lag(p) OVER (), '[['), false)",
        priority=1,
    ),
    _fmt(
        "glassfish-ulf",
        "GlassFish 3 uniform log format: [#|<time>|<LEVEL>|<product>|<logger>|<key=value;...>|"
        "<message>|#], the message perhaps over several lines",
        r"^\[#\|(?P<ts>" + ISO_STAMP + r")\|(?P<level>[A-Z]+)\|[^|]*\|(?P<source>[^|]*)\|"
        r"[^|]*\|(?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        msg_sql="regexp_replace(s.msg, '\\|#\\]$', '')",
        continues="NOT ok",
        priority=1,
    ),
    _fmt(
        "websphere",
        "IBM WebSphere / Liberty basic log (SystemOut.log): [M/D/YY H:MM:SS:mmm ZONE] <thread> "
        "<source> <level letter> <message>",
        # (Liberty on Java 9 and later, a comma after the date: `[9/16/23, 7:48:43:400 UTC]`)
        r"^\[(?P<ts>\d{1,2}/\d{1,2}/\d{2},? \d{1,2}:\d{2}:\d{2}:\d{3}) (?P<zone>[A-Z]{2,5}|"
        r"GMT[+-]\d{2}:\d{2})\] [0-9a-fA-F]{8} (?P<source>\S+) +(?P<level>[FEWAICDORZ123<>]) "
        r"(?P<msg>.*)$",
        # in the zone the stamp names (`PDT`, `GMT+02:00`), else in the timezone setting
        "CASE WHEN starts_with(s.zone, 'GMT') AND length(s.zone) > 3 THEN timezone('UTC', "
        f"TRY_CAST(strftime({_WEBSPHERE_TS}, '%Y-%m-%d %H:%M:%S.%f') || substr(s.zone, 4) AS "
        f"TIMESTAMPTZ)) ELSE {in_named_zone(_WEBSPHERE_TS, 's.zone')} END",
        "utc",
        level_sql=WEBSPHERE_LEVEL,
        msg_sql="ltrim(s.msg)",
        # the frames of a trace printed to System.err each come with a header
        continues="ok AND regexp_matches(p, '^\\[[^\\]]+\\] \\S+ SystemErr +R +"
        "(?:\\s+at |\\s*Caused by|\\s*\\.\\.\\. \\d+ more)')",
    ),
    _fmt(
        "clickhouse",
        "ClickHouse server log: YYYY.MM.DD HH:MM:SS.uuuuuu [ <thread> ] {<query id>} <Level> "
        "<logger>: <message>",
        r"^(?P<ts>\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?) \[ *\d+ *\] \{[^}]*\} "
        r"<(?P<level>Trace|Debug|Information|Notice|Warning|Error|Critical|Fatal|Test)> "
        r"(?:(?P<source>[^:]+(?:::[^:]+)*?): )?(?P<msg>.*)$",
        "try_strptime(s.ts, ['%Y.%m.%d %H:%M:%S.%n', '%Y.%m.%d %H:%M:%S'])",
        "local",
        level_sql="CASE s.level WHEN 'Information' THEN 'INFO' ELSE upper(s.level) END",
        # an exception's stack trace follows on lines without a header
        continues="NOT ok",
    ),
    _fmt(
        "cockroach",
        "CockroachDB (crdb-v1, crdb-v2): Lyymmdd hh:mm:ss.uuuuuu <goroutine>[@<channel>] "
        "[(<tag>) ]<file>:<line> [⋮ ]<message>",
        r"^(?P<level>[IWEF])(?P<ts>\d{6} \d{2}:\d{2}:\d{2}\.\d{6})(?: [+-]\d{2}:?\d{2})? +\d+"
        r"(?:@\w+)? (?:\([^)]*\) )?(?P<source>[^\s:]+:\d+) +(?:⋮ )?(?P<msg>.*)$",
        "try_strptime(s.ts, '%y%m%d %H:%M:%S.%n')",
        "utc",
        # crdb-v2 writes the channel before the file (`1@cli/start.go:686`): the file is the source
        source_sql="regexp_replace(s.source, '^\\d+@', '')",
        # a redacted message's further lines, each in its own markers (`‹  A larger value...›`);
        # crdb-v2's further lines of an entry, their counter followed by `+` (or `|`, a long
        # line's next part): `⋮ [-] 5881 +build: ...`
        continues="starts_with(p, '‹') OR (ok AND regexp_matches(p, ' ⋮ \\[[^\\]]*\\] \\d+ [+|]'))",
    ),
    _fmt(
        "esxi",
        "VMware ESXi (hostd, vpxa, vmkernel, ESXi 8's syslog): <ISO time>Z <level>[(<pri>)] "
        "<program>[<pid>]: <message>, or cpu<n>:<world>)<message>",
        # (vCenter's vpxd may write its offset: `2020-03-02T10:01:02.345-06:00`)
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) (?:(?P<level>"
        + ESXI_LEVELS
        + r")(?:\(\d+\))? (?P<source>[\w.-]+)(?:\[\w+\]:? |: )(?:"
        + _VMKERNEL_WORLD
        # (hostd's and vpxd's originator and component, `[Originator@6876 sub=Vimsvc.TaskManager
        # opID=...] `: a header field, kept in the header, the program the source)
        + r"|\[Originator@\d+[^\]]*\] )?|"
        + _VMKERNEL_WORLD
        + r")(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=ESXI_LEVEL,
        source_sql="coalesce(NULLIF(s.source, ''), 'vmkernel')",
        priority=1,
        # vCenter continues a message on lines opening with `-->`
        continues="starts_with(p, '-->')",
    ),
    _fmt(
        "akka",
        "Akka's standard-out logger: [LEVEL] [MM/DD/YYYY HH:MM:SS.mmm] [<thread>] [<actor path>] "
        "<message>",
        r"^\[(?P<level>ERROR|WARN|INFO|DEBUG)\] \[(?P<ts>\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}"
        r"(?:\.\d{3})?)\] \[[^\]]*\] \[(?P<source>[^\]]*)\] (?P<msg>.*)$",
        "try_strptime(s.ts, ['%m/%d/%Y %H:%M:%S.%g', '%m/%d/%Y %H:%M:%S'])",
        "local",
    ),
    _fmt(
        "ceph",
        "Ceph daemons: <ISO time> <thread> <priority> <message> (-1 is an error, 0 always "
        "written, 1-20 debug; the cluster log's [WRN] and [ERR] within; before Octopus a naive "
        "`YYYY-MM-DD HH:MM:SS.micro` (or milli) stamp; Rook's containers write `debug ` first)",
        # (a crash's dump of recent events numbers them: `   -9> 2021-07-05T06:43:29.118+0000 `)
        r"^(?:debug | *-?\d+> )?(?P<ts>\d{4}-\d{2}-\d{2}"
        r"(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?[+-]\d{2}:?\d{2}| \d{2}:\d{2}:\d{2}\.\d{3,6})) "
        r"[0-9a-f]{6,16} +(?P<prio>-?\d+) (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=CEPH_LEVEL,
        # the daemon or subsystem the message opens with (`osd.3`, `mon.a@0`, `bluestore(...)`,
        # `rocksdb: `), the channel of a cluster log line; not a message's first word (`set
        # uid:gid to ...`, `starting osd.0`)
        source_sql="NULLIF(regexp_replace(regexp_extract(s.msg, '^(?:log_channel\\([a-z_]+"
        "|[a-z_]+\\.[\\w-]+|[a-z_]+[(:])', 0), '^log_channel\\(|[(:]$', '', 'g'), '')",
        # an assertion's or abort's further lines (`.../RocksDBStore.cc: 1264: ceph_abort_msg(`)
        continues=UNSTAMPED,
    ),
    _fmt(
        "duplicati",
        "Duplicati 2's log file: YYYY-MM-DD HH:MM:SS <offset> - [<Level>-<source>-<event id>]: "
        "<message> (Information is INFO, Verbose DEBUG, Profiling TRACE, Retry WARN)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) (?P<offset>[+-]\d{2}(?::?\d{2})?) - "
        r"\[(?P<level>Information|Warning|Error|Verbose|Profiling|Retry|DryRun|ExplicitOnly)-"
        r"(?P<source>[\w.]+)-(?P<event>\w+)\]: (?P<msg>.*)$",
        iso_sql("(s.ts || s.offset)"),
        "utc",
        level_sql="['INFO', 'WARN', 'ERROR', 'DEBUG', 'TRACE', 'WARN', 'INFO', 'DEBUG']"
        "[list_position(['Information', 'Warning', 'Error', 'Verbose', 'Profiling', 'Retry', "
        "'DryRun', 'ExplicitOnly'], s.level)]",
        continues=UNSTAMPED,  # an exception's message and stack
    ),
    _fmt(
        "ganesha",
        "NFS-Ganesha's log: DD/MM/YYYY HH:MM:SS : epoch <hex> : <host> : <program>-<pid>"
        "[<thread>] <function> :<COMPONENT> :<LEVEL> :<message> (the day first; the component "
        "is the source; EVENT is NOTICE, MAJ ERROR, CRIT CRITICAL, MID_DEBUG and FULL_DEBUG "
        "DEBUG)",
        r"^(?P<ts>\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}) : epoch [0-9a-f]+ : (?P<host>[^:]*?) : "
        r"(?P<proc>\S+?)-(?P<pid>\d+)\[(?P<thread>[^\]]*)\] (?P<func>\S+) "
        r":(?P<source>[A-Z][A-Z0-9_ ]*?) :(?P<level>NULL|FATAL|MAJ|CRIT|WARN|EVENT|INFO|DEBUG"
        r"|MID_DEBUG|FULL_DEBUG|F_DBG|M_DBG) ?:(?P<msg>.*)$",
        "try_strptime(s.ts, '%d/%m/%Y %H:%M:%S')",
        "local",
        level_sql="['FATAL', 'ERROR', 'CRITICAL', 'WARN', 'NOTICE', 'INFO', 'DEBUG', 'DEBUG', "
        "'DEBUG', 'DEBUG', 'DEBUG'][list_position(['FATAL', 'MAJ', 'CRIT', 'WARN', 'EVENT', "
        "'INFO', 'DEBUG', 'MID_DEBUG', 'FULL_DEBUG', 'F_DBG', 'M_DBG'], s.level)]",
    ),
    _fmt(
        "ceph-cluster",
        "Ceph's cluster and audit logs (ceph.log, ceph.audit.log): <time> <daemon> <id or "
        "(rank)> [<address>] <sequence> : <channel> [DBG|INF|SEC|WRN|ERR] <message>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:?\d{2})?) "
        r"(?P<source>[a-z]+\.[\w.-]+) (?:\S+ ){1,2}\d+ : ?(?P<channel>\w*) "
        r"\[(?P<level>DBG|INF|SEC|WRN|ERR)\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="CASE s.level WHEN 'SEC' THEN 'NOTICE' ELSE s.level END",  # as `ceph` reads it
    ),
    _fmt(
        "aerospike",
        "Aerospike server: <Mon DD YYYY HH:MM:SS[.mmm]> GMT: <CRITICAL|WARNING|INFO|DEBUG|DETAIL> "
        "(<context>): (<file>:<line>) <message> (the context is the source)",
        r"^(?P<ts>[A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2}(?:\.\d{3})?) GMT: "
        r"(?P<level>CRITICAL|WARNING|INFO|DEBUG|DETAIL) \((?P<source>[\w-]+)\): "
        r"(?:\([\w.-]+:\d+\) )?(?P<msg>.*)$",
        "try_strptime(s.ts, ['%b %d %Y %H:%M:%S.%g', '%b %d %Y %H:%M:%S'])",  # in GMT
        "utc",
        level_sql="CASE s.level WHEN 'DETAIL' THEN 'DEBUG' ELSE s.level END",
        priority=3,  # a Cisco device's `Nov 16 2020 13:41:29 GMT: ` stamp, and more
    ),
    _fmt(
        "elixir",
        "Elixir's Logger (console default, Phoenix): HH:MM:SS.mmm [metadata] [level] <message> "
        "(no date)",
        r"^(?P<time>\d{2}:\d{2}:\d{2}\.\d{3}) (?:[\w.]+=\S* )*\[(?P<level>debug|info|notice|"
        r"warning|warn|error|critical|alert|emergency)\] (?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="CASE s.level WHEN 'alert' THEN 'FATAL' ELSE upper(s.level) END",
        source_sql="NULL",
        continues="NOT ok",  # a crash report's further lines (`** (RuntimeError) ...`)
        clock_sql="s.time",
    ),
    _fmt(
        "glusterfs",
        "GlusterFS: [YYYY-MM-DD HH:MM:SS.uuuuuu [+zone]] <level letter> [MSGID: <n>] "
        "[<file>:<line>:<function>] <translator>: <message> (a backtrace in parentheses "
        "may stand before the translator); and the line counting a message's repeats: The "
        'message "<level letter> ... <message>" repeated <n> times between [<time>] and [<time>] '
        "(at the last repeat's time)",
        r"^(?:\[(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?(?: [+-]\d{4})?)\] |"
        r"The message \")"
        r"(?P<level>[TDINWECA]) (?:\[MSGID: \d+\] )?\[[^\]]*\] (?:\(-->.*? \) )?"
        # (a translator's name may hold a slash: `0-rpc-transport/rdma: `)
        r"(?:(?P<source>[\w.-]+(?:/[\w.-]+)*): )?(?P<msg>.*)$",
        "coalesce(" + iso_sql(ISO_STAMP_SQL) + ", " + iso_sql(_GLUSTER_LAST) + ")",
        "utc",
        level_sql="CASE s.level WHEN 'T' THEN 'TRACE' WHEN 'N' THEN 'NOTICE' "
        "WHEN 'C' THEN 'CRITICAL' ELSE s.level END",
        # the repeated message's closing quote is the count's, not the message's
        msg_sql="CASE WHEN starts_with(p, 'The message \"') THEN regexp_replace(s.msg, "
        "'\" (repeated \\d+ times between )', ' \\1') ELSE s.msg END",
    ),
    _fmt(
        "pacemaker",
        "Pacemaker's detail log: Mon DD HH:MM:SS <node> <daemon> [<pid>] (<function>) "
        "<level>: <message>",
        r"^" + MONTH_DAY + r" \S+ (?P<source>[\w-]+) *\[\d+\] \([^)]*\)\s+"
        r"(?:(?P<level>trace|debug|info|notice|warning|error|crit|critical):\s+)?(?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql="upper(NULLIF(s.level, ''))",
        priority=1,
    ),
    _fmt(
        "salt",
        "Salt master and minion logs: <asctime> [<logger> :<line>][<LEVEL> ][<pid>] <message>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:,\d{3})?) \[(?P<source>[^\]\s:]+) *"
        r":\d+ *\]\[(?P<level>[A-Z]+) *\]\[\d+\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="CASE s.level WHEN 'GARBAGE' THEN 'TRACE' WHEN 'PROFILE' THEN 'DEBUG' "
        "WHEN 'QUIET' THEN NULL ELSE s.level END",
        continues=UNSTAMPED,  # a message's further lines (tracebacks)
    ),
    _fmt(
        "sssd",
        "SSSD debug logs: (<time>): [<component>] [<function>] (<debug level>): <message>",
        # (SSSD 1.x: `(Thu Aug  5 08:06:02:294703 2021) `, its microseconds after a colon)
        r"^\((?P<ts>\d{4}-\d{2}-\d{2} (?:\d{2}| \d):\d{2}:\d{2}(?::\d{1,6})?|"
        r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}(?::\d{1,6})? \d{4})\):? "
        # (SSSD 1.x's child processes bracket their name twice: `[[sssd[krb5_child[7231]]]]`)
        r"\[\[?(?P<source>(?:[^\[\]]|\[(?:[^\[\]]|\[[^\[\]]*\])*\])*)\]?\] \[[^\]]*\] "
        r"\((?P<mask>0x[0-9a-fA-F]+)\): (?P<msg>.*)$",
        SSSD_TIME,
        "local",
        level_sql=SSSD_LEVEL,
        continues=UNSTAMPED,  # a message's further lines
    ),
    _fmt(
        "zabbix",
        "Zabbix server, proxy and agent: <pid>:<YYYYMMDD>:<HHMMSS.mmm> <message>",
        r"^ *\d+:(?P<ts>\d{8}:\d{6}\.\d{3}) (?P<msg>.*)$",
        "try_strptime(s.ts, '%Y%m%d:%H%M%S.%g')",
        "local",
        level_sql="NULL",
        source_sql="NULL",
    ),
    _fmt(
        "cef",
        "ArcSight Common Event Format, alone or after a syslog header: [Mon DD HH:MM:SS host] "
        "CEF:<v>|<vendor>|<product>|<version>|<signature>|<name>|<severity>|<extension>",
        # (Citrix NetScaler writes the facility and severity before its host, `<local0.info>`;
        # some relays a space after the priority)
        r"^(?:<\d{1,3}> ?)?(?:" + MONTH_DAY + r" +(?:<\w+\.\w+> +)?\S+ )?" + CEF_TAIL,
        _month_day(),
        "local",
        year_missing=True,
        level_sql=CEF_LEVEL,
        # the event's name, then its extension's key=value fields
        msg_sql="s.name || ' ' || s.msg",
        priority=1,
        dated_ts_sql=CEF_RECEIPT_TIME,
    ),
    _fmt(
        "cef-year",
        "ArcSight Common Event Format after a stamp with its year, as ArcSight's connectors and "
        "Contrast's agents write it: Mon DD YYYY HH:MM:SS[.mmm][+-zone] [host] CEF:<v>|...",
        r"^(?:<\d{1,3}>)?(?P<ts>[A-Z][a-z]{2} [ \d]\d \d{4} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)"
        r"(?P<zone>[+-]\d{4})? +(?:\S+ )?" + CEF_TAIL,
        "coalesce(timezone('UTC', try_strptime(s.ts || s.zone, ['%b %d %Y %H:%M:%S.%f%z', "
        "'%b %d %Y %H:%M:%S%z'])), local_utc(try_strptime(s.ts, ['%b %d %Y %H:%M:%S.%f', "
        "'%b %d %Y %H:%M:%S'])))",
        "utc",
        level_sql=CEF_LEVEL,
        msg_sql="s.name || ' ' || s.msg",
        priority=1,
    ),
    _fmt(
        "f5",
        "F5 BIG-IP (/var/log/ltm and others): Mon DD HH:MM:SS host <level> <process>[<pid>]: "
        "<message>",
        r"^" + MONTH_DAY + r" \S+ (?P<level>emerg|alert|crit|err|warning|notice|info|debug) "
        r"(?P<source>[^\s\[:]+)(?:\[\d+\])?: (?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        priority=1,
    ),
    _fmt(
        "mikrotik",
        "MikroTik RouterOS log: mmm/DD/YYYY HH:MM:SS <topics> <message> (the topics name the "
        "level: error, critical, warning, info, debug)",
        r"^(?P<ts>[a-z]{3}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}) (?P<source>[a-z-]+)"
        r"(?P<topics>(?:,[a-z-]+)*) (?P<msg>.*)$",
        "try_strptime(s.ts, '%b/%d/%Y %H:%M:%S')",
        "local",
        level_sql=MIKROTIK_LEVEL,
    ),
    _fmt(
        "mikrotik-noyear",
        "MikroTik RouterOS' /log print of this year's entries: mmm/DD HH:MM:SS <topics> "
        "<message> (no year; the topics name the level)",
        r"^(?P<ts>[a-z]{3}/\d{2} \d{2}:\d{2}:\d{2}) (?P<source>[a-z-]+)"
        r"(?P<topics>(?:,[a-z-]+)*) (?P<msg>.*)$",
        "try_strptime(s.ts, '%b/%d %H:%M:%S')",
        "local",
        year_missing=True,
        level_sql=MIKROTIK_LEVEL,
    ),
    _fmt(
        "mikrotik-detail",
        "MikroTik RouterOS' /log print detail: time=mmm/DD[/YYYY] HH:MM:SS topics=<topics> "
        'message="<message>" (no year for this year\'s entries; the topics name the level)',
        r"^ *time=(?:(?P<ts>[a-z]{3}/\d{2} \d{2}:\d{2}:\d{2})|(?P<dated>[a-z]{3}/\d{2}/\d{4} "
        r"\d{2}:\d{2}:\d{2})) topics=(?P<source>[a-z-]+)(?P<topics>(?:,[a-z-]+)*) "
        r'message="(?P<msg>.*)"\s*$',
        "try_strptime(NULLIF(s.ts, ''), '%b/%d %H:%M:%S')",
        "local",
        year_missing=True,
        dated_ts_sql="local_utc(try_strptime(NULLIF(s.dated, ''), '%b/%d/%Y %H:%M:%S'))",
        level_sql=MIKROTIK_LEVEL,
        examples=(
            ' time=jul/19 14:27:01 topics=script,info message="Ping testA: Packets Sent = 18, '
            'Packets Loss = 10 % "',
        ),
    ),
    _fmt(
        "mikrotik-relayed",
        "MikroTik RouterOS' remote logging as a syslog server writes it: <ISO time> <host> "
        "<topics> <message>, or with RouterOS' default bsd-syslog=no, <ISO time> <PRI><topics> "
        "<identity>: <message> (the first topic the source, the topics name the level)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) "
        r"(?:(?P<host>[^\s<]\S*) |<(?P<pri>\d{1,3})>)(?P<source>[a-z-]+)"
        r"(?P<topics>(?:,[a-z-]+)*,(?:critical|error|warning|info|debug)(?:,[a-z-]+)*) "
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=MIKROTIK_LEVEL,
        msg_sql="CASE WHEN s.pri <> '' THEN regexp_replace(s.msg, '^[\\w.-]+: ', '') "
        "ELSE s.msg END",
        priority=1,  # above the generic ISO formats, and syslog-iso, which its lines fit
        examples=(
            "2023-03-19T12:34:09.757188+01:00 10.120.127.1 system,error,critical login failure "
            "for user admin from 10.127.0.35 via winbox",
            "2022-11-08T17:08:43.990315+01:00 <13>dhcp,info MikroTik: dhcp-client on bridge got "
            "IP address 10.11.10.141",
        ),
    ),
    _fmt(
        "zyxel",
        "Zyxel USG FLEX / ATP firewalls' syslog: <PRI>Mon DD HH:MM:SS YYYY <device> "
        'key="value" ... (the year after the time; the priority\'s severity the level, the '
        "category, cat=, the source)",
        r"^<(?P<pri>\d{1,3})>(?P<ts>[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4}) (?P<host>\S+) "
        r'(?P<msg>src="[^"]*" dst="[^"]*" msg=".*)$',
        "try_strptime(s.ts, '%b %d %H:%M:%S %Y')",
        "local",
        level_sql=PRI_LEVEL,
        source_sql="NULLIF(regexp_extract(s.msg, ' cat=\"([^\"]*)\"', 1), '')",
        examples=(
            '<142>May 22 17:24:04 2026 usgflex700h src="0.0.0.0:68" dst="255.255.255.255:67" '
            'msg="Match default rule DROP" note="ACCESS BLOCK" user="" devID="f44d5c94f517" '
            'cat="Security Policy Control"',
        ),
    ),
    _fmt(
        "sophos-utm",
        "Sophos UTM (Astaro) logs: YYYY:MM:DD-HH:MM:SS <host> <process>[<pid>]: <message> "
        '(key="value" pairs whose severity is the level; the process is the source)',
        r"^(?:<\d{1,3}>)?(?P<ts>\d{4}:\d{2}:\d{2}-\d{2}:\d{2}:\d{2}) (?P<host>\S+) "
        r"(?P<source>[^\s\[:]+)(?:\[(?P<pid>\d+)\])?: (?P<msg>.*)$",
        "try_strptime(s.ts, '%Y:%m:%d-%H:%M:%S')",
        "local",
        level_sql="CASE WHEN contains(s.msg, 'severity=\"') "
        "THEN NULLIF(regexp_extract(s.msg, '\\bseverity=\"([A-Za-z]+)\"', 1), '') END",
    ),
    _fmt(
        "paloalto",
        "Palo Alto Networks PAN-OS logs over syslog: [Mon DD HH:MM:SS host] <future>,"
        "<YYYY/MM/DD HH:MM:SS>,<serial>,<TYPE>,<subtype>,... (CSV)",
        # (a relay may write no host; a virtual firewall's serial may be empty, or `no-serial`;
        # PAN-OS 10 may write ISO 8601 times in UTC)
        r"^(?:<\d{1,3}>)?(?:" + MONTH_DAY.replace("?P<ts>", "?:") + r" +(?:\S+ )?)?\d+,"
        r"(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?"
        r"(?:Z|[+-]\d{2}:\d{2})),[\w-]*,(?P<source>[A-Z]+),(?P<msg>.*)$",
        "coalesce(local_utc(try_strptime(s.ts, '%Y/%m/%d %H:%M:%S')), " + iso_sql("s.ts") + ")",
        "utc",
        level_sql=PANOS_LEVEL,
        priority=1,
    ),
    with_directives(
        _fmt(
            "windows-firewall",
            "Windows Firewall log (pfirewall.log): YYYY-MM-DD HH:MM:SS <action> <protocol> "
            "<src-ip> <dst-ip> ... (W3C fields; DROP is a warning)",
            r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) (?P<action>ALLOW|DROP|OPEN|CLOSE|"
            r"OPEN-INBOUND|INFO-EVENTS-LOST) (?P<source>[A-Z]+|\d+|-) (?P<msg>.*)$",
            iso_sql("s.ts"),
            "utc",
            level_sql="CASE WHEN s.action IN ('DROP', 'INFO-EVENTS-LOST') THEN 'WARN' "
            "ELSE 'INFO' END",
            msg_sql="s.action || ' ' || s.source || ' ' || s.msg",
        ),
        "#(?:Version|Software|Time Format|Fields): ",
    ),
    _fmt(
        "windows-dhcp",
        "Windows DHCP Server audit log (DhcpSrvLog-*.log): <ID>,<MM/DD/YY>,<HH:MM:SS>,"
        "<Description>,<IP>,<Host>,<MAC>,... after the event ID legend",
        r"^(?P<id>\d{2,5}),(?P<ts>\d{2}/\d{2}/\d{2},\d{2}:\d{2}:\d{2}),(?P<msg>.*)$",
        "try_strptime(s.ts, '%m/%d/%y,%H:%M:%S')",
        "local",
        level_sql=DHCP_LEVEL,
        source_sql="NULL",
        signature=r"^\s*Microsoft DHCP Service Activity Log",
    ),
    _fmt(
        "apple-syslog",
        "iOS and macOS syslog with the level in angle brackets: Mon DD HH:MM:SS[.micro] [host] "
        "<process>[(<subsystem>)][<pid>] <Level>: <message> (idevicesyslog's relay writes no "
        "host; a subsystem in brackets may come before the pid in parentheses: "
        "`backboardd[CoreBrightness](68)`)",
        r"^" + MONTH_DAY + r" (?:\S+ )??(?P<source>[^\s\[(]+)(?:\[[^\]\s]*\]|\([^)\s]*\))+ "
        r"<(?P<level>Emergency|Alert|Critical|Error|Warning|Notice|Info|Debug|Fault|Default)>: "
        r"(?P<msg>.*)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql="CASE s.level WHEN 'Fault' THEN 'CRITICAL' WHEN 'Default' THEN 'NOTICE' "
        "ELSE upper(s.level) END",
        priority=1,
    ),
    _fmt(
        "systemd-boot",
        "systemd's console status lines (boot.log): [  OK  ], [FAILED], [DEPEND], [ WARN ] "
        "<message> (no time)",
        # (and its jobs' lines, indented to the status' width: `         Starting Network ...`)
        r"^(?:\[(?P<level>  OK  |FAILED|DEPEND| WARN | INFO | TIME )\] (?P<msg>.*)"
        r"| {9}(?P<job>(?:Starting|Stopping|Mounting|Unmounting|Activating|Deactivating"
        r"|Reloading) .*))$",
        "NULL",
        "none",
        level_sql="CASE s.level WHEN 'FAILED' THEN 'ERROR' WHEN 'DEPEND' THEN 'WARN' "
        "WHEN ' WARN ' THEN 'WARN' WHEN ' TIME ' THEN 'WARN' ELSE 'INFO' END",
        source_sql="NULL",
        msg_sql="coalesce(NULLIF(s.msg, ''), s.job)",
        continues="NOT ok",  # `See 'systemctl status ...' for details.`
    ),
    _fmt(
        "yum",
        "yum's log (/var/log/yum.log): Mon DD HH:MM:SS <Installed|Updated|Erased...>: <package>",
        r"^" + MONTH_DAY + r" (?P<msg>(?:Installed|Updated|Erased|Dep-Installed|Reinstalled|"
        r"Downgraded|Obsoleted|Reinstall|Downgrade): .*)$",
        _month_day(),
        "local",
        year_missing=True,
        level_sql="NULL",
        source_sql="NULL",
        priority=1,
    ),
    _fmt(
        "elb-classic",
        "AWS Classic Load Balancer access log: <ISO time> <elb> <client:port> <backend:port> "
        '<request s> <backend s> <response s> <elb status> <backend status> ... "<request>"',
        r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+Z) (?P<source>[\w-]+) \S+ \S+ "
        r"-?[\d.]+ -?[\d.]+ -?[\d.]+ (?P<status>\d{3}|-) (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=http_level("s.status"),
        msg_sql="s.status || ' ' || s.msg",
    ),
    _fmt(
        "aws-alb",
        "AWS Application Load Balancer access log: <type> <ISO time> app/<name>/<id> "
        "<client:port> <target:port> <request s> <target s> <response s> <elb status> "
        '<target status> <bytes in> <bytes out> "<request>" "<user agent>" ... (the load '
        "balancer's status gives the level, its name the source)",
        r"^(?:https?|h2|grpcs|wss?) (?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+Z) "
        r"app/(?P<source>[^/\s]+)/\S+ \S+ \S+ -?[\d.]+ -?[\d.]+ -?[\d.]+ (?P<status>\d{3}|-) "
        r"(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql=http_level("s.status"),
        msg_sql="s.status || ' ' || s.msg",
    ),
    _fmt(
        "aws-nlb",
        "AWS Network Load Balancer's TLS access log: tls <version> <time, UTC> net/<name>/<id> "
        "<listener> <client:port> <destination:port> <connection ms> <handshake ms> <bytes in> "
        "<bytes out> <incoming TLS alert> ... (an alert is a warning; the name the source)",
        r"^tls (?P<version>\d\.\d) (?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}) "
        r"net/(?P<source>[^/\s]+)/\S+ \S+ (?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "utc",
        level_sql="CASE WHEN regexp_extract(s.msg, '^(?:\\S+ ){6}(\\S+)', 1) "
        "NOT IN ('-', '') THEN 'WARN' ELSE 'INFO' END",
    ),
    _fmt(
        "unreal",
        "Unreal Engine's log: [YYYY.MM.DD-HH.MM.SS:mmm][frame]Category: [Verbosity: ]message, in "
        "UTC (the lines written before the engine's clock, `LogInit: ...`, carry no time; a "
        "line naming no verbosity was logged at Log, INFO)",
        r"^(?:\[(?P<ts>\d{4}\.\d{2}\.\d{2}-\d{2}\.\d{2}\.\d{2}:\d{3})\]\[ *\d+\](?P<source>\w+)|"
        r"(?P<early>Log\w+)): (?:(?P<level>Verbose|VeryVerbose|Display|Warning|Error|Fatal): )?"
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, '%Y.%m.%d-%H.%M.%S:%g')",
        "utc",
        level_sql="CASE s.level WHEN '' THEN 'INFO' WHEN 'Display' THEN 'INFO' "
        "WHEN 'VeryVerbose' THEN 'TRACE' ELSE s.level END",
        source_sql="coalesce(NULLIF(s.source, ''), s.early)",
    ),
    _fmt(
        "cisco-ise",
        "Cisco ISE through syslog: <PRI>Mon DD HH:MM:SS <host> CISE_<category> <message id> "
        "<segments> <segment> <YYYY-MM-DD HH:MM:SS.mmm +HH:MM> <sequence> <code> <LEVEL> "
        "<class>: <message> (the category is the source; a message's further segments, "
        "without a stamp, continue it)",
        r"^(?:<\d{1,3}>)?[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} \S+ (?P<source>CISE_\w+) "
        r"\d+ \d+ 0 (?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)? [+-]\d{2}:\d{2}) "
        r"\d+ \d+ (?P<level>[A-Z]+) (?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        continues="NOT ok AND regexp_matches(p, ' CISE_\\w+ \\d+ \\d+ [1-9]\\d* ')",
    ),
    _fmt(
        "barracuda-waf",
        "Barracuda Web Application Firewall through syslog: <PRI>YYYY-MM-DD HH:MM:SS.mmm +HHMM  "
        "<unit> <SYS|AUDIT|WF|TR|NF> ... (the log's type is the source; a system or web "
        "firewall line's four-letter severity, ALER, NOTI, ERRO..., the level)",
        r"^(?:<\d{1,3}>)?(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} [+-]\d{4})  \S+ "
        r"(?P<source>SYS|AUDIT|WF|TR|NF) (?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        level_sql="['FATAL', 'FATAL', 'CRITICAL', 'ERROR', 'WARN', 'NOTICE', 'INFO', 'DEBUG']"
        "[list_position(['EMER', 'ALER', 'CRIT', 'ERRO', 'WARN', 'NOTI', 'INFO', 'DEBU'], "
        "regexp_extract(s.msg, '^(?:\\S+ )?(EMER|ALER|CRIT|ERRO|WARN|NOTI|INFO|DEBU) ', 1))]",
    ),
    _fmt(
        "citrix-adc",
        "Citrix ADC (NetScaler) native logs through syslog: <PRI> or a relay's `Mon D HH:MM:SS "
        "<facility.level> <ip>`, then MM/DD/YYYY:HH:MM:SS (DD/MM/YYYY, YYYY/MM/DD)[ GMT] "
        "[<host>] <n>-PPE-<n> : [default ]<MODULE> <EVENT> <id> <n> : <message> (the module "
        "is the source)",
        r"^(?:[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} <\w+\.(?P<severity>\w+)> \S+ |"
        r"<(?P<pri>\d{1,3})> ?)(?P<ts>\d{2}/\d{2}/\d{4}:\d{2}:\d{2}:\d{2}|"
        r"\d{4}/\d{2}/\d{2}:\d{2}:\d{2}:\d{2})(?P<gmt> GMT)? +(?:\S+ )?\d+-PPE-\d+ : "
        r"(?:default )?(?P<source>[A-Z][A-Z0-9_]*) (?P<msg>.*)$",
        CITRIX_TIME,
        "utc",
        level_sql=CITRIX_LEVEL,
    ),
    _fmt(
        "windows-dns",
        "Windows DNS Server debug log: M/D/YYYY H:MM:SS AM <thread> PACKET <context> <proto> "
        "<Snd|Rcv> <ip> <xid> <R> <opcode> [<flags> <rcode>] <type> <name>",
        r"^(?P<ts>\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M) [0-9A-F]{3,4} "
        r"(?P<source>PACKET|EVENT|NOTE) +(?P<msg>.*)$",
        "try_strptime(s.ts, '%m/%d/%Y %I:%M:%S %p')",
        "local",
        level_sql="CASE regexp_extract(s.msg, '\\[[^\\]]* ([A-Z]+)\\]', 1) "
        "WHEN 'SERVFAIL' THEN 'ERROR' WHEN 'REFUSED' THEN 'WARN' WHEN '' THEN NULL "
        "ELSE 'INFO' END",
    ),
    _fmt(
        "slash-ampm",
        "Generic: [DD/MM/YYYY or MM/DD/YYYY hh:mm:ss AM|PM, or HH:MM:SS[.frac]] [LEVEL:] "
        "<message>, the date also with `.` or `-`, the stamp perhaps in brackets (Unity game "
        "servers such as Valheim, OpenLDAP in containers; day first when a line of the chunk "
        "read has a first field above 12, month first when one has a second field above 12, "
        "else month first after `/` and day first after `.` or `-`)",
        r"^\[?(?P<ts>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})[ T]\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,6})?"
        r"(?: [AP]M)?)(?:\]?:? +(?:\[?(?P<level>"
        + LEVELS
        # Python's `%(levelname)s:%(message)s` leaves no space after the colon
        # (a copy from Rancher's UI glues the message to the stamp: `12/5/2016 6:28:28 PMCaused
        # by: `, `PM\tat `; its first character kept apart, as the stamp must end before it)
        + r")\]?(?::\s*|\s+))?|(?P<glued>[\w\t]))(?P<msg>.*)$",
        SLASH_AMPM_TIME,
        "local",
        source_sql="NULL",
        msg_sql="s.glued || s.msg",
        priority=-2,  # below the formats writing such a stamp before fields of their own
    ),
    _fmt(
        "ossec-alerts",
        "OSSEC / Wazuh alerts.log: ** Alert <epoch>.<id>: <groups> opens an alert; its lines "
        "name the location, the rule (its level 0-15 the level; its description the message) and "
        "the logged line",
        # an alert's location and rule lines count in detection too: they outnumber its first
        r"^(?:\*\* Alert (?P<ts>\d{10})\.\d+: (?P<msg>.*)$|" + OSSEC_LINES + ")",
        epoch_sql("s.ts"),
        "utc",
        level_sql=OSSEC_LEVEL,
        source_sql=OSSEC_SOURCE,
        msg_sql=OSSEC_MSG,
        continues=f"NOT {_OSSEC_OPENS}",
        # an alerts.log opens with an alert: its alerts' bodies (a rootcheck's findings, a
        # command's output) may outnumber the lines its header fits
        signature=r"^\*\* Alert \d{10}\.\d+: ",
    ),
    _fmt(
        "time-thread-level",
        "log4j2's and logback's default console pattern: HH:mm:ss.SSS [[<thread>]] <LEVEL> "
        "<logger> - <message>, or Liferay's HH:mm:ss,SSS <LEVEL> [[<thread>]][<logger>:<line>] "
        "<message> (6.2 writes the thread) (no date)",
        r"^(?P<time>\d{2}:\d{2}:\d{2}(?:[.,]\d{3})?) (?:\[(?P<thread>[^\]]*)\] +)?(?P<level>"
        + LEVELS
        + r") +(?:(?P<source>\S+) +- |\[(?:[^\[\]]*\]\[)?(?P<logger>[^\]:\s]+)(?::\d+)?\] )"
        r"(?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="coalesce(NULLIF(s.source, ''), NULLIF(s.logger, ''))",
        clock_sql="s.time",
    ),
    _fmt(
        "logrus-text",
        "Go logrus' text formatter on a terminal: LEVL[<seconds since start> or <time>, or "
        "DD-MM-YYYY HH:MM:SS] "
        "<message> <key=value...>",
        # (or a custom layout's time: CrowdSec's `02-01-2006 15:04:05`, the day first)
        # (Prometheus' embedded in Pelican writes the levels whole: `WARNING[...]`, `ERROR[...]`)
        r"^(?P<level>TRAC|DEBU|INFO|WARN|ERRO|FATA|PANI|TRACE|DEBUG|WARNING|ERROR|FATAL|PANIC)\["
        r"(?:(?P<ts>" + ISO + r")|"
        r"(?P<dmy>\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2})|\d+)\] (?P<msg>.*)$",
        f"coalesce({iso_sql('s.ts')}, local_utc(try_strptime(s.dmy, '%d-%m-%Y %H:%M:%S')))",
        "utc",
        # a field naming the writer among those after the message (`component=tsdb`)
        # (else the file and line of `caller=`, ZITADEL's: `caller="/home/.../init.go:72"`)
        # (or Prometheus 1's `source="main.go:193"`, its go-kit logger's caller)
        source_sql="coalesce(NULLIF(regexp_extract(s.msg, "
        "'\\s(?:component|logger|module|subsys)=\"?([\\w./:-]+)', 1), ''), "
        "NULLIF(regexp_extract(s.msg, "
        "'\\s(?:caller|source)=\"?(?:[^\\s\"]*/)?([^\\s\"/]+)', 1), ''))",
    ),
    _fmt(
        "teleport-text",
        "Teleport's text log without its time (`log: format: [level, component, message, "
        "caller]`): LEVL [<COMPONENT>] <message> <file:line> (the component is the source)",
        r"^(?P<level>TRAC|DEBU|INFO|WARN|ERRO|FATA|PANI) +\[(?P<source>[A-Z][A-Z0-9_]*"
        r"(?::[\w-]+)*)\] +(?P<msg>.*)$",
        "NULL",
        "none",
        # below iso-level, which reads its lines with their time whole (not a stamp before them)
        priority=-2,
    ),
    _fmt(
        "pino-pretty",
        "pino-pretty (Node.js): [<time or HH:MM:SS.mmm>] <LEVEL> ([<name>/]<pid>[ on <host>]): "
        "<message>, its fields on indented lines",
        r"^\[(?:(?P<ts>" + ISO_STAMP + r")|\d{2}:\d{2}:\d{2}\.\d{3})\] (?P<level>TRACE|DEBUG|"
        r"INFO|WARN|ERROR|FATAL|USERLVL) \((?:(?P<source>[^/()]+)/)?\d+(?: on [^)]*)?\): "
        r"(?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        level_sql="NULLIF(s.level, 'USERLVL')",
    ),
    _fmt(
        "uwsgi",
        "uWSGI request log: [pid: <pid>|app: <n>|req: <n>/<n>] <client> (<user>) {<vars>} "
        "[<ctime>] <METHOD> <path> => generated <bytes> bytes in <n> msecs (<protocol> <status>)",
        r"^\[pid: \d+\|app: -?\d+\|req: -?\d+/\d+\] (?P<source>\S+) \([^)]*\) \{[^}]*\} "
        r"\[(?P<ts>" + CTIME + r")\] (?P<msg>.*)$",
        CTIME_SQL,
        "local",
        level_sql=http_level("regexp_extract(s.msg, ' \\(HTTP/[\\d.]+ (\\d{3})\\)', 1)"),
    ),
    _fmt(
        "db2diag",
        "IBM Db2 db2diag.log: a YYYY-MM-DD-HH.MM.SS.uuuuuu+<minutes> <record id> LEVEL: <level> "
        "line opens a record; its FUNCTION line names the component, its MESSAGE line the message",
        r"^(?:(?P<ts>\d{4}-\d{2}-\d{2}-\d{2}\.\d{2}\.\d{2}\.\d{6})(?P<tz>[+-]\d{3}) [IE]\d+[A-Z]\d+"
        r" +LEVEL: (?P<level>\w+)(?P<msg>.*)$|" + DB2_LINES + ")",
        DB2_TIME,
        "utc",
        level_sql="CASE s.level WHEN 'Event' THEN 'INFO' WHEN 'Severe' THEN 'ERROR' "
        "ELSE upper(s.level) END",
        source_sql=DB2_SOURCE,
        msg_sql=DB2_MSG,
        continues=f"NOT {_DB2_OPENS}",
    ),
    _fmt(
        "libvirt",
        "libvirt and QEMU driver logs: <time>+<offset>: <thread>: <level> : [<function>:<line> : "
        "]<message>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}): \d+: (?P<level>debug|info|"
        r"warning|error) : (?:(?P<source>\w+):\d+ : )?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="upper(s.level)",
    ),
    _fmt(
        "telegraf",
        "Telegraf: <ISO time> <D|I|W|E>! [<plugin>] <message>",
        r"^(?P<ts>" + ISO + r") (?P<level>[DIWE])! (?:\[(?P<source>[^\]]+)\] )?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
    ),
    _fmt(
        "netlogon",
        "Windows netlogon.log: MM/DD HH:MM:SS [<category>] [<pid>] <message> (no year)",
        r"^(?P<ts>\d{2}/\d{2} \d{2}:\d{2}:\d{2}) \[(?P<source>[A-Z_]+)\] (?:\[\d+\] )?"
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, '%m/%d %H:%M:%S')",
        "local",
        year_missing=True,
        level_sql="CASE s.source WHEN 'CRITICAL' THEN 'CRITICAL' END",
    ),
    _fmt(
        "clamav",
        "ClamAV (clamd.log, freshclam.log): <ctime> -> <message> (ERROR:, WARNING:, a FOUND "
        "signature is a warning)",
        r"^(?P<ts>" + CTIME + r") -> (?P<msg>.*)$",
        CTIME_SQL,
        "local",
        level_sql="CASE WHEN starts_with(s.msg, 'ERROR: ') THEN 'ERROR' "
        "WHEN starts_with(s.msg, 'WARNING: ') THEN 'WARN' "
        "WHEN ends_with(s.msg, ' FOUND') THEN 'WARN' END",
        source_sql="NULL",
    ),
    _fmt(
        "activemq",
        "Apache ActiveMQ: <time> | <LEVEL> | <message> | <logger> | <thread>",
        r"^(?P<ts>" + ISO + r") \| (?P<level>" + LEVELS + r") *\| (?P<msg>.*) \| "
        # (a Jetty context's logger is its path: `/admin`)
        r"(?P<source>[\w.$/-]+) \| [^|]*$",
        iso_sql("s.ts"),
        "utc",
        priority=1,
    ),
    _fmt(
        "activemq-audit",
        "Apache ActiveMQ's audit log: <LEVEL> | <user> called|requested <what> [at DD-MM-YYYY "
        "HH:MM:SS,mmm] | <thread> (the user is the source; a request from the web console "
        "names no time)",
        r"^(?P<level>" + LEVELS + r") +\| (?P<msg>\S+ (?:called|requested) .*?)"
        r"(?: at (?P<ts>\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2},\d{3}))? \| [^|]*$",
        "try_strptime(NULLIF(s.ts, ''), '%d-%m-%Y %H:%M:%S,%g')",
        "local",
        source_sql="regexp_extract(s.msg, '^(\\S+)', 1)",
    ),
    _fmt(
        "ansible",
        "Ansible's log_path: <asctime> p=<pid> u=<user> n=<logger> | <output> (fatal: and failed: "
        "are errors, [WARNING] warnings)",
        r"^(?P<ts>" + ISO_STAMP + r") p=\d+ u=\S+ n=(?P<source>\S+) \| (?P<msg>.*)$",
        iso_sql(ISO_STAMP_SQL),
        "utc",
        # (a playbook Ansible cannot read: `ERROR! 'pre_ tasks' is not a valid attribute`)
        level_sql="CASE WHEN regexp_matches(s.msg, '^(?:fatal|failed|\\[ERROR\\]|ERROR!)[:!]?') "
        "THEN 'ERROR' WHEN regexp_matches(s.msg, '^\\[(?:DEPRECATION )?WARNING\\]') THEN 'WARN' "
        "WHEN regexp_matches(s.msg, '^(?:ok|changed|skipping|included):') THEN 'INFO' END",
        continues=UNSTAMPED,
        priority=1,
    ),
    _fmt(
        "gitea",
        "Gitea and Forgejo: YYYY/MM/DD HH:MM:SS <file>:<line>:<function>() [<level letter>] "
        "<message> (1.24 and later: a logger's name for the caller, `HTTPRequest [I] `)",
        r"^(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?) "
        r"(?P<source>\S+:\d+:\S+\(\)|[A-Z][A-Za-z]+) "
        r"\[(?P<level>[TDIWEFC])\] (?P<msg>.*)$",
        "try_strptime(s.ts, ['%Y/%m/%d %H:%M:%S', '%Y/%m/%d %H:%M:%S.%n'])",
        "local",
        level_sql="CASE s.level WHEN 'T' THEN 'TRACE' WHEN 'C' THEN 'CRITICAL' ELSE s.level END",
    ),
    _fmt(
        "plex",
        "Plex Media Server: Mon D, YYYY HH:MM:SS.mmm [<thread>] <LEVEL> - <message>",
        r"^(?P<ts>[A-Z][a-z]{2} \d{1,2}, \d{4} \d{2}:\d{2}:\d{2}\.\d{3}) \[[^\]]+\] "
        r"(?P<level>" + LEVELS + r") - (?P<msg>.*)$",
        "try_strptime(s.ts, '%b %d, %Y %H:%M:%S.%g')",
        "local",
        source_sql="NULL",
    ),
    _fmt(
        "syncthing",
        "Syncthing: [<device id>] YYYY/MM/DD HH:MM:SS <LEVEL>: <message>",
        # (0.14 and before wrote the time of day alone: `[UAFG3] 09:28:48 VERBOSE: `)
        r"^\[(?P<source>[A-Z0-9]{5})\] (?:(?P<ts>\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?)"
        r"|(?P<clock>\d{2}:\d{2}:\d{2})) (?P<level>DEBUG|VERBOSE|INFO|OK|WARNING|FATAL): "
        r"(?P<msg>.*)$",
        "try_strptime(s.ts, ['%Y/%m/%d %H:%M:%S', '%Y/%m/%d %H:%M:%S.%n'])",
        "local",
        level_sql="CASE s.level WHEN 'VERBOSE' THEN 'DEBUG' WHEN 'OK' THEN 'INFO' ELSE s.level END",
        clock_sql="s.clock",
    ),
    _fmt(
        "tensorflow",
        "TensorFlow's and Abseil's C++ log lines after a stamp: <time>: <I|W|E|F> "
        "<file>:<line>] <message>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?): (?P<level>[IWEF]) "
        r"(?P<source>[\w./-]+):\d+\] (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        priority=1,
    ),
    _fmt(
        "jenkins",
        "Jenkins: <time with offset> [id=<thread>]<TAB><LEVEL><TAB><class>#<method>: <message>",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}) \[id=\d+\]\t"
        r"(?P<level>[A-Z]+)\t(?P<source>[^\s#:]+)(?:#[^\s:]*)?: (?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        priority=1,
        continues=UNSTAMPED,  # a message's further lines (the setup wizard's banner)
    ),
    _fmt(
        "hydra",
        "Hydra's job logging (PyTorch Lightning templates): [<time>][<logger>][<LEVEL>] - "
        "<message>",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:,\d{3})?)\]\[(?P<source>[^\]]+)\]"
        r"\[(?P<level>[A-Z]+)\] -(?: |$)(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        priority=1,
    ),
    _fmt(
        "pacman",
        "Arch Linux's pacman.log: [<time>] [<PACMAN|ALPM|ALPM-SCRIPTLET>] <message> (the part is "
        "the source; `warning:` and `error:` give the level)",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{4})?)\] "
        r"\[(?P<source>PACMAN|ALPM|ALPM-SCRIPTLET)\] (?P<msg>.*)$",
        # pacman before 5.2 wrote `[2019-03-01 10:00]`, in local time
        iso_sql("CASE WHEN length(s.ts) = 16 THEN s.ts || ':00' ELSE s.ts END"),
        "utc",
        # (a hook's script: mkinitcpio's `==> WARNING: Possibly missing firmware`)
        level_sql="upper(NULLIF(regexp_extract(s.msg, "
        "'^(?:==> )?(warning|error|WARNING|ERROR): ', 1), ''))",
        priority=1,
    ),
    _fmt(
        "fail2ban",
        "fail2ban: <time> <logger> [<pid>]: <LEVEL> <message> (the logger, fail2ban.actions, "
        "is the source; the jail leads the message; before 0.9 no pid)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:,\d{3})?) "
        # (0.8 pads the logger: `fail2ban.jail   : INFO   `)
        r"(?:(?P<source>[A-Za-z_][\w.]*) *\[\d+\]|(?P<old>fail2ban(?:\.\w+)*) *): "
        # (a level of no name as Python writes its number, `#39-Lev.`: HEAVYDEBUG's commands)
        r"(?P<level>[A-Z]+|#\d+-Lev\.) +(?P<msg>.*)$",
        iso_sql("s.ts"),
        "utc",
        level_sql="CASE s.level WHEN 'HEAVYDEBUG' THEN 'DEBUG' WHEN 'TRACEDEBUG' THEN 'TRACE' "
        "WHEN 'MSG' THEN 'INFO' ELSE CASE WHEN starts_with(s.level, '#') THEN "
        "['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL'][least(6, 1 + "
        "TRY_CAST(regexp_extract(s.level, '\\d+') AS INTEGER) // 10)] ELSE s.level END END",
        source_sql="coalesce(NULLIF(s.source, ''), s.old)",
        priority=1,
        continues=UNSTAMPED,  # an action's further commands, a line each
    ),
    _fmt(
        "kodi",
        "Kodi 18 and later (kodi.log, crash logs): <YYYY-MM-DD HH:MM:SS.mmm> T:<thread> <level> "
        "<<component>>: <message> (the component is the source)",
        r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) T:\d+ +"
        r"(?P<level>debug|info|notice|warning|error|severe|fatal|none) <(?P<source>[^>]+)>: "
        r"(?P<msg>.*)$",
        "TRY_CAST(s.ts AS TIMESTAMP)",
        "local",
        level_sql="upper(NULLIF(s.level, 'none'))",
        continues=UNSTAMPED,
    ),
    _fmt(
        "apex-cli",
        "apex/log's CLI handler (Pterodactyl's Wings): <LEVEL>: [Mon DD HH:MM:SS.mmm] <message> "
        "<key=value...> (the level right-aligned)",
        r"^ *(?P<level>DEBUG|INFO|WARN|ERROR|FATAL): \[(?P<ts>[A-Z][a-z]{2} +\d{1,2} "
        r"\d{2}:\d{2}:\d{2}\.\d{3})\] (?P<msg>.*)$",
        "try_strptime(s.ts, '%b %d %H:%M:%S.%g')",
        "local",
        year_missing=True,
        source_sql="NULL",
        priority=1,
    ),
    _fmt(
        "kamailio-stderr",
        "Kamailio and OpenSER writing to stderr (`log_stderror=yes`, a container's output): "
        "<process no>(<pid>) <LEVEL>: <<module>> [<file:line>]: <function>(): <message> (no time; "
        "the module the source)",
        r"^ ?\d+\((?P<pid>\d+)\) (?P<level>ALERT|BUG|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG): "
        r"(?:<(?P<source>[\w-]+)> )?(?:\[[^\]\s]+:\d+\]: )?(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="CASE s.level WHEN 'BUG' THEN 'CRITICAL' WHEN 'ALERT' THEN 'FATAL' "
        "ELSE s.level END",
        priority=1,
        # a SIP message dumped under its line (`buf=` and the message's lines)
        continues="NOT ok",
    ),
    _fmt(
        "bitnami",
        "Bitnami's container scripts (liblog.sh: PostgreSQL, Redis, Keycloak, Kafka... images): "
        "<module> <HH:MM:SS.cc> <LEVEL> ==> <message> (the module the source; dated from the "
        "log's own dates: `clocks.py`)",
        r"^(?P<source>[\w.-]+) (?P<clock>\d{2}:\d{2}:\d{2}\.\d{2}) "
        r"(?P<level>DEBUG|INFO|WARN|ERROR|SUCCESS) +==> (?P<msg>.*)$",
        "NULL",
        "none",
        clock_sql="s.clock",
        priority=1,
    ),
    _fmt(
        "clock-text",
        "Generic: <time of day> <text> (build consoles: Vercel's `13:28:00.010 Running build`, "
        "Cloudflare Pages' tab after it, Netlify's `6:03:38 PM: `, Arma's RPT; dated from the "
        "log's own dates: `clocks.py`)",
        # (Vite's dev server: `1:25:30 PM [vite] Internal server error: ...`)
        r"^(?:(?P<ampm>\d{1,2}:\d{2}:\d{2} [AP]M):? "
        # (one space or tab: the message's own indentation stays, a stack frame's)
        # (Vercel's downloaded build log brackets it: `[11:56:55.942] Running build in ...`)
        # (dbt 0.x parts it with a bar: `15:56:39 | Concurrency: 1 threads`)
        # (OBS Studio's a colon: `14:19:52.773: Using EGL/X11`; the Arduino IDE's serial monitor
        # an arrow: `17:24:50.601 -> Guru Meditation Error`)
        r"| ?(?P<clock>\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,6})?):?[\t ](?:\| ?|-> ?)?"
        r"|\[(?P<bracketed>\d{1,2}:\d{2}:\d{2}\.\d{3})\] )(?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="NULL",
        level_sql="NULL",
        clock_sql="coalesce(NULLIF(s.clock, ''), NULLIF(s.bracketed, ''), "
        "strftime(try_strptime(NULLIF(s.ampm, ''), '%I:%M:%S %p'), '%H:%M:%S'))",
        # an unstamped line, or a stack frame under the stamp (Node's error printed at once)
        continues="CASE WHEN NOT ok THEN true ELSE regexp_matches(msg, '^\\s+at ') END",
        priority=-3,  # below every format reading more of such a line
    ),
    _fmt(
        "glib",
        "GLib's and GTK's messages on a program's stderr (.xsession-errors, a desktop app's "
        "output): [** ](<program>:<pid>): [<Domain>-]<LEVEL> **: [HH:MM:SS.mmm: ]<message>, "
        "or <Domain>-Message: ... (the domain, else the program, the source; GLib 2.50 and "
        "later write the time of day, dated from the log's own dates: `clocks.py`)",
        r"^(?:\*\* )?(?:\((?P<prog>[^():\s]+|<unknown>):\d+\): (?:(?P<domain>"
        + _GLIB_DOMAIN
        + r")-)?(?P<level>"
        + _GLIB_LEVELS
        + r"|Message)(?: \*\*)?|(?P<source>"
        + _GLIB_DOMAIN
        + r")-(?:(?P<dlevel>"
        + _GLIB_LEVELS
        + r") \*\*|Message)): "
        r"(?:(?P<clock>\d{2}:\d{2}:\d{2}\.\d{3}): )?(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="CASE coalesce(NULLIF(s.level, ''), NULLIF(s.dlevel, ''), 'Message') "
        "WHEN 'Message' THEN 'INFO' WHEN 'WARNING' THEN 'WARN' "
        "ELSE coalesce(NULLIF(s.level, ''), s.dlevel) END",
        source_sql="coalesce(NULLIF(s.source, ''), NULLIF(s.domain, ''), "
        "NULLIF(NULLIF(s.prog, '<unknown>'), ''))",
        clock_sql="NULLIF(s.clock, '')",
        examples=(
            "(nautilus:2036): GLib-GObject-CRITICAL **: g_object_unref: assertion "
            "`G_IS_OBJECT (object)' failed",
            "** (nm-applet:2037): DEBUG: old state indicates that this was not a disconnect 0",
        ),
    ),
    _fmt(
        "falco",
        "Falco's alerts on stdout or in its file output: HH:MM:SS.nnnnnnnnn: <Priority> <rule's "
        "output> (the time of day alone, dated from its own `Mon Nov  8 11:00:01 2021: ` lines: "
        "`clocks.py`)",
        r"^(?P<clock>\d{2}:\d{2}:\d{2}\.\d{9}): (?P<level>Emergency|Alert|Critical|Error|Warning|"
        r"Notice|Informational|Debug) (?P<msg>.*)$",
        "NULL",
        "none",
        source_sql="NULL",
        clock_sql="s.clock",
        examples=(
            "11:00:10.602534779: Error File below known binary directory renamed/removed "
            "(user=root user_loginuid=1000 command=rm -i /usr/bin/topkek)",
        ),
    ),
    _fmt(
        "prefect",
        "Prefect 2 and 3's console: HH:MM:SS.mmm | <LEVEL padded> | <logger> - <message> (a "
        "flow's or task's run, `Flow run 'name'`, is the logger; a time of day without a date)",
        # (with the thread's name when asked for: `| DEBUG   | APILogWorkerThread | prefect.x - `)
        r"^(?P<clock>\d{2}:\d{2}:\d{2}\.\d{3}) \| (?P<level>[A-Z]+) *\| "
        r"(?:(?P<thread>[\w.-]+) *\| )?"
        r"(?P<source>(?:Flow|Task) run '[^']*'|[\w.-]+) - (?P<msg>.*)$",
        "NULL",
        "none",
        clock_sql="s.clock",
        continues=UNSTAMPED,
    ),
    _fmt(
        "clock-level",
        "Generic: <time of day> [up to 3 fields] [LEVEL] <message> (openHAB 2.0's console, "
        "Gradle's --debug, pytest's live log, Bazel's --show_timestamps; dated from the log's "
        "own dates: `clocks.py`)",
        r"^[\[(]?(?P<clock>\d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?)[\])]?:?\s+"
        + r"(?:(?P<pre>[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+)\s+|"
        + FIELDS_BEFORE_LEVEL
        + r")(?:\[ ?)?(?P<level>"
        + ISO_LEVELS_WORDS
        + r"|LIFECYCLE|QUIET)(?: ?\])?:?\s+"
        + LOGGER_LEAD
        + r"(?P<msg>.*)$",
        "NULL",
        "none",
        source_sql=f"coalesce({LOGGER_LEAD_SOURCE}, NULLIF(s.pre, ''))",
        clock_sql="s.clock",
        continues=UNSTAMPED,
        priority=-1,
    ),
    _fmt(
        "iso-level",
        "Generic: <ISO time> [up to 3 fields] [LEVEL] <message> (gunicorn, PostgreSQL, MySQL, "
        "HashiCorp's hclog, whose logger name is the source...)",
        r"^\[?(?P<ts>"
        + ZONED_ISO_STAMP
        # (coturn's `new-log-timestamp` writes the pid right after it: `...-0500(343249): `)
        + r")\]?(?:\(\d+\))?:?\s+"
        # a dotted logger alone before the level (Dask's `distributed.worker INFO`, Frigate's
        # padded `[2024-03-09 13:30:37] frigate.app        INFO    : ` after s6's stamp), or a
        # file, line and function (ProxySQL's `MySQL_Monitor.cpp:1347:monitor_ping(): [ERROR] `)
        # (a logger of no dot too, padded to a column: Frigate's `peewee_migrate      INFO    : `)
        + r"(?:(?:\[[^\]]*\]\s+)?(?:(?P<pre>[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+"
        + r"(?::\d+:\w+\(\))?):?\s+|(?P<padded>[A-Za-z_]\w*) {2,})|"
        + FIELDS_BEFORE_LEVEL
        + ")"
        # (log4j's `[%5p]` pads a level of four letters inside its bracket: `[ INFO]`; pytest's
        # `[%(levelname)8s]` to eight: `[    INFO]`)
        + r"(?:(?:\[ {0,4})?(?P<level>"
        + ISO_LEVELS_WORDS
        # (Gradle's own, `--debug` after an ISO stamp: `[LIFECYCLE] [logger] `)
        + r"|LIFECYCLE|QUIET"
        # a pid may follow the bracket (Calico's felix: `[INFO][58] `); lower case only in
        # brackets (Fluentd's `[info]:`, structlog's padded `[info     ]`, spdlog's
        # `[critical]`), or one capital letter (`[D]`, `[W]`: SonoffLAN, C++ loggers), where no
        # word of a message is
        # MySQL's `[Note]` and `[System]` in brackets only (chrony's `System clock wrong by`)
        + r")(?: ?\](?:\[\d+\])?)?|\[(?P<lower>trace|debug|info|notice|warn|warning|error|critical"
        + r"|fatal|[DIWEFV]|Note|System)"
        # (more brackets may follow: winston's `[warn][API]: `, Overseerr's)
        + r" *\](?:\[[^\]]*\])*):?\s+"
        + LOGGER_LEAD
        + r"(?P<msg>.*)$",
        zoned_iso_sql(),
        "utc",
        level_sql="coalesce(NULLIF(s.level, ''), upper(NULLIF(s.lower, '')))",
        # a logger read as a header field leaves the message (`LOGGER_LEAD`); the others stay in
        # it, as the target of Rust's tracing and env_logger does
        source_sql=f"coalesce({HCLOG_NAME}, {LOGGER_LEAD_SOURCE}, "
        f"NULLIF(s.pre, ''), NULLIF(s.padded, ''), {COLON_LOGGER}, "
        # (Syncthing 2's package, last: `... log.pkg=connections)`)
        "NULLIF(regexp_extract(s.msg, '\\slog\\.pkg=([\\w.-]+)\\)?$', 1), ''))",
        # hclog's logger is its header's: it leaves the message (where no caller is written
        # before it, `agent/agent.go:123: `, which would be kept nowhere else)
        msg_sql=f"CASE WHEN ({HCLOG_NAME}) IS NOT NULL THEN regexp_replace(s.msg, "
        r"'^[a-z][\w./-]*: ', '') ELSE s.msg END",
        # a message's further lines: Python's logging writes a message's newlines as they are,
        # MariaDB's `ready for connections.` goes on with `Version: '10.11.19-MariaDB' ...`
        continues=UNSTAMPED,
        priority=-1,
    ),
    _fmt(
        "slurm",
        "Slurm's daemons (slurmctld, slurmd, slurmdbd, slurmstepd): [ISO time] [<job step>] "
        "<level>: <plugin>: <message> (info's lines name no level; the job step, else a "
        "plugin, `select/cons_tres`, or the scheduler, `sched`, is the source)",
        r"^\[(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3,6})?(?:[+-]\d{2}:\d{2})?)\] "
        r"(?:\[(?P<step>\d+\.(?:batch|extern|interactive|\d+))\] )?"
        r"(?:(?P<level>fatal|error|warning|verbose|debug[2-5]?): +)?"
        r"(?:(?P<plugin>[a-z_]+/[\w-]+|sched): )?(?P<msg>.*)$",
        iso_sql("s.ts"),
        "local",
        level_sql="coalesce(NULLIF(s.level, ''), 'INFO')",
        source_sql="coalesce(NULLIF(s.step, ''), NULLIF(s.plugin, ''))",
        # (under a step's source, the plugin stays in the message)
        msg_sql="CASE WHEN s.step <> '' AND s.plugin <> '' THEN s.plugin || ': ' || s.msg "
        "ELSE s.msg END",
        # a level word, a job's step or a plugin names a line of Slurm's (a time in brackets
        # alone opens any program's lines: Airflow's `[...] {file.py:12} INFO - `)
        anchor=r"^\[[\d:.T+-]+\] (?:\[\d+\.\w+\] )?(?:(?:error|fatal|verbose|debug[2-5]?): "
        r"|(?:sched|[a-z_]+/[a-z_]+): |_?slurm)",
    ),
    _fmt(
        "iso-plain",
        "Generic: <ISO time> <message> (a level word within its first fields is the level)",
        # the stamp ends at a space or a pipe (PingFederate's `2024-06-17 11:04:19,342| tid:`)
        # (PostgreSQL's `log_line_prefix = '<%m %r %a %d %u %p %c %i>'` opens with `<`)
        # (a zone abbreviation may end with the colon opening what follows: PostgreSQL's
        # `%t:%r:%u@%d:[%p]:`, Amazon RDS's prefix, `2024-03-01 10:00:00 UTC:10.0.0.5(5432):`)
        r"^[\[<]?(?:(?P<tsc>" + ISO_STAMP + " (?:" + "|".join(ZONE_ABBREVIATIONS) + r")):\s*|"
        # (a dash may part the stamp from the message: openHAB's events.log `... - Thing ...`)
        # (Laravel's queue worker names the job after the stamp: `[2022-01-02 03:20:44][1] `)
        r"(?P<ts>" + ZONED_ISO_STAMP + r")\]?(?:\[\d+\])?(?::?\s+|\s*\|\s*))(?:- )?"
        # (OpenVPN 2.6's microseconds after the stamp, with --log's timestamps: `us=339717 `)
        r"(?:us=(?P<us>\d{1,6}) )?"
        # (Moonraker's and KlipperScreen's caller: `[screen.py:main()] - `)
        r"(?:\[(?P<py_caller>[\w.-]+\.py:\w+\(\))\] - )?"
        # (Bitcoin Core's category, with its level from v26: `[leveldb:debug] `, `[net] `)
        r"(?:\[(?P<category>[a-z][a-z0-9_]*)(?::(?P<catlevel>trace|debug|info|warning|error))?\] )?"
        r"(?P<msg>.*)$",
        "(" + zoned_iso_sql().replace("s.ts", "(s.tsc || s.ts)") + " + "
        "to_microseconds(coalesce(TRY_CAST(NULLIF(s.us, '') AS BIGINT), 0)))",
        "utc",
        # ... or a lower-case level word opening the message or after one bracketed field, with
        # its colon or not (Slurm's `error: ` and `[63.batch] debug2: `, pip's and C daemons'
        # `warning: `, winston's `warn: `, `2016-06-30 12:00:06 warn disk slow`)
        # (in angle brackets: Vertica's `Cluster Inviter:7fe50b7fe700-fff0000000000d00 <WARNING>`)
        level_sql="NULLIF(coalesce(upper(NULLIF(s.catlevel, '')), NULLIF(regexp_extract(s.msg, '^"
        + FIELDS_BEFORE_LEVEL
        + r"(?:[\[<] ?)?("
        + ISO_LEVELS_WORDS
        + r")[\]>]?:?\s', 1), ''), "
        # MySQL's `[System]` and `[Note]` only in their brackets: the bare words open prose
        # (VMware's `vmx| I125: System uptime ...`)
        + "CASE WHEN contains(s.msg, '[System] ') THEN 'System' "
        + "WHEN contains(s.msg, '[Note] ') THEN 'Note' END, "
        + "NULLIF(upper(regexp_extract(s.msg, "
        # (or a tab: Istio's proxy, `<time>\tinfo\tads\tADS: ...`)
        + r"'^(?:\[[^\]]*\] )?(error|fatal|warning|warn|notice|info|debug|verbose|trace)\d?:?\s', "
        + r"1)), ''), "
        # (and, before a colon, Erlang's `critical:` and .NET's `fail:` with a timestamp format)
        + _COLON_LEVEL
        + ", "
        # ... or PostgreSQL's, after a longer prefix (`[%p]: [%l-1] db=%d,user=%u,app=%a,
        # client=%h `, as pgBadger asks for; `%r:%u@%d:[%p]:...:%a:`, `<... idle>`): a severity,
        # a colon and two spaces (`%t-%c-`: after a dash), or one (Amazon RDS's `[%p]:ERROR: `)
        # (and in its translations: `[1351] ОШИБКА:  отношение ...`)
        + r"NULLIF(regexp_extract(s.msg, '[ :>\]-]("
        + PG_SEVERITIES
        + r")[1-5]?: ', 1), '')), '')",
        source_sql="coalesce(NULLIF(s.py_caller, ''), NULLIF(s.category, ''))",
        continues=UNSTAMPED_OR_PG_DETAIL,
        priority=-3,
    ),
    _fmt(
        "kv-comma",
        "Comma-separated key=value lines, perhaps after a syslog priority (FortiMail, "
        "FortiGate's CSV option): date=YYYY-MM-DD,time=HH:MM:SS,...,pri|level=<level>,...,"
        'msg="..." (the device is the source)',
        r'^(?:<\d{1,3}> *)?[\w.-]+=(?:"[^"]*"|[^,"\s]*)(?:,[\w.-]+=(?:"[^"]*"|[^,"\s]*)){2,}$',
        "local_utc(TRY_CAST(regexp_extract(p, '(?:^|[,>])date=(\\d{4}-\\d{2}-\\d{2}),', 1) "
        "|| ' ' || regexp_extract(p, ',time=(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)(?:,|$)', 1) "
        "AS TIMESTAMP))",
        "utc",
        level_sql="NULLIF(regexp_extract(p, '(?:^|[,>])(?:level|pri|priority|severity)=\"?"
        "([A-Za-z]+)', 1), '')",
        source_sql="NULLIF(regexp_extract(p, '(?:^|[,>])(?:devname|device_id)=\"?([^,\"]+)', "
        "1), '')",
        msg_sql="coalesce(NULLIF(regexp_extract(p, '(?:^|,)msg=\"([^\"]*)\"', 1), ''), "
        "regexp_replace(p, '^<\\d{1,3}> *', ''))",
        # below logfmt, whose values may hold commas
        priority=-2,
    ),
    _fmt(
        "iso-csv",
        "Generic CSV opening with an ISO time, quoted or not (Exchange's message tracking and "
        "SMTP logs, Symantec Endpoint's exports, Cisco Umbrella's): <time>,[<Level>,]<fields> "
        "(a level word in the second field is the level)",
        r'^"?(?P<ts>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)"?,'
        r'(?:"?(?P<level>' + ISO_LEVELS + r"|Critical|Information|Informational|Notice|Emergency|"
        r'Alert)"?,)?(?P<msg>(?:\D.*|\d{1,2}[^\d\s].*|\d{3}[^\d\s|:].*|\d{4,}[^\d\s].*)?)$',
        iso_sql("s.ts"),
        "utc",
        source_sql="NULL",
        # below the ISO formats: `10:00:00,123 ` is a time's milliseconds, not a field (a
        # field after the comma is no number followed by a space, nor three digits followed by
        # a pipe or a colon: PingFederate's `11:04:19,342| tid:...`, SABnzbd's `,797::WARNING`)
        priority=-4,
    ),
    _fmt(
        "cisco-meraki",
        "Cisco Meraki through syslog: <PRI>1 <epoch.nanoseconds> <device> <log type> <message> "
        "(urls, flows, events, ids-alerts, security_event...; the device is the source, the "
        "priority's severity the level)",
        r"^<(?P<pri>\d{1,3})>1 (?P<ts>\d{10}\.\d+) (?P<source>\S+) (?P<msg>[a-z][\w-]* .*)$",
        epoch_sql("s.ts"),
        "utc",
        level_sql=PRI_LEVEL,
    ),
    _fmt(
        "program-level",
        "A command's own messages on its standard error: <program>: <level>: <message> (Slurm's "
        "daemons and commands, `slurmd: error: `, compilers' `gcc: warning: `; no time)",
        r"^(?P<source>[a-z][\w.+-]{0,40}): (?P<level>error|warning|fatal|info|verbose|debug[2-5]?):"
        r" +(?P<msg>.*)$",
        "NULL",
        "none",
        level_sql="CASE WHEN starts_with(s.level, 'debug') THEN 'DEBUG' WHEN s.level = 'verbose' "
        "THEN 'DEBUG' ELSE upper(s.level) END",
        # below every format with a time or a richer header reading such a line
        priority=-3,
    ),
    # below every other format: its header rule alone reads only a CSV export's header row
    _fmt(
        "csv",
        CSV_DESCRIPTION,
        CSV_HEADER,
        "NULL",
        "none",
        level_sql="NULL",
        source_sql="NULL",
        msg_sql="p",
        priority=-8,
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
