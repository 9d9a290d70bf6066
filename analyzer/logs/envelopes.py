"""Envelopes: what a log collector writes around each line of a service's own log.

`docker compose logs` prefixes each line with its service (`web-1  | `), Kubernetes' container
runtime (CRI) with a time, a stream and a partial-line tag, Docker's json-file driver wraps the
line in a JSON object, `kubectl logs --prefix` names the pod and container, `docker logs -t` and
`kubectl logs --timestamps` put an RFC 3339 time first, `aws logs tail` a time and the log
stream, runit's `svlogd -tt` a UTC time (GitLab Omnibus' service logs), Cloud Foundry's `cf
logs` a time and the line's origin, the Java Service Wrapper its JVM's instance, `grep -r` the
file. Under the envelope each service writes its own format (PostgreSQL's, log4j's, JSON...). An
envelope is taken off every line before the payload's format is detected and parsed; what the
envelope says (time, service, stream) completes the payload's fields, and the envelope text is
kept in the line's header.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from analyzer.logs.clocks import clock_sql
from analyzer.logs.formats import iso_sql

RFC3339 = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})"
MAX_DEPTH = 2  # `docker compose logs -t`: the service, then the time


@dataclass(frozen=True)
class Envelope:
    """One envelope: how it opens a line, and what it tells about the line.

    `pattern` matches the envelope at the start of a line (the payload is the rest); its named
    groups are `ts` (RFC 3339), `source` (the service or pod: wins over the payload's own
    source), `stream` (stdout/stderr: the source when the payload names none) and `tag` (CRI's
    `P` marks a line the runtime split: the next line continues it). `kind="json"` is Docker's
    json-file record instead. An envelope that is not `always` is taken off only when the
    payloads have a known format of their own (a time before a plain message is just a
    time-stamped line). `ts_sql` reads the `ts` group (`{}` in it) as naive UTC when it is no
    RFC 3339 time.
    """

    name: str
    description: str
    pattern: str = ""
    kind: Literal["regex", "json"] = "regex"
    always: bool = True
    ts_sql: str = ""
    # `ts` is the time of day alone (local), dated as a clock-text line is (`clocks.py`)
    clock: bool = False
    # share of a sample's non-blank lines it must open to be taken off, and a regex one sample
    # line at least must match then (an envelope opening few lines, where its program's own
    # lines hold the rest: `ros2 launch`'s)
    min_fit: float = 0.5
    anchor: str = ""
    # its `stream` names the process a line is of (launch's `[talker-1] `): a line of another
    # process than the line before it continues no event of that one's, as one of another
    # `source` does not
    apart: bool = False

    @property
    def names_source(self) -> bool:
        """Whether the envelope names the line's source (`source` wins over the payload's)."""
        return "(?P<source>" in self.pattern

    @cached_property
    def _rx(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    def payload(self, line: str) -> str | None:
        """The line without this envelope, or None when the envelope does not open it."""
        if self.kind == "json":
            return _docker_json_log(line)
        found = self._rx.match(line)
        return None if found is None else line[found.end() :]

    @cached_property
    def groups(self) -> frozenset[str]:
        """The named groups of the pattern (what the envelope tells)."""
        if self.kind == "json":
            return frozenset({"ts", "stream"})
        return frozenset(self._rx.groupindex)


def _docker_json_log(line: str) -> str | None:
    if not line.startswith('{"log":'):  # the json-file driver writes `log` first
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict) or not isinstance(record.get("log"), str):
        return None
    if "stream" not in record or "time" not in record:
        return None
    log: str = record["log"]
    return log.rstrip("\r\n")


# a CloudWatch log stream's name: segments of which one at least is not digits alone (Lambda's
# `2024/01/02/[$LATEST]<id>`, ECS' `<prefix>/<container>/<task>`), with a slash or more
_STREAM = (
    r"(?:\d+/)+[\w.$-]*[A-Za-z_.$\[-][\w.$\[\]-]*(?:/[\w.$\[\]-]+)*|"
    r"\d*[A-Za-z_.$-][\w.$-]*(?:/[\w.$\[\]-]+)+"
)


def _named(dot: str) -> str:
    """A regex for a process' or service's name before a pipe, holding dots where `dot` is
    "." (foreman's `web.1`; compose's `web-1`, `API-1`, without): a name of capitals only is a
    level (`INFO  | ...`, ActiveMQ's audit log), and a number none (the record numbers of
    `ipmitool sel list`: `   1 | 10/19/2023 | ...`)."""
    return rf"[A-Z]*(?:[a-z_{dot}-]|\d+[A-Za-z_{dot}-])[\w{dot}-]*"


_PROCESS = _named(".")
_SERVICE = _named("")

ENVELOPES: tuple[Envelope, ...] = (
    Envelope(
        "cri",
        "Container runtime (CRI, Kubernetes /var/log/containers): <RFC 3339 time> "
        "<stdout|stderr> <F|P> <the container's line>",
        rf"(?P<ts>{RFC3339}) (?P<stream>stdout|stderr) (?P<tag>[FP]) ",
    ),
    Envelope(
        "docker-json",
        'Docker json-file logs: {"log":"<the container\'s line>","stream":"stdout",'
        '"time":"<RFC 3339 time>"}',
        kind="json",
    ),
    Envelope(
        "pm2",
        "pm2 logs (Node.js' process manager): <id>|<app name> | <the app's line> (the app is "
        "the source; `PM2 | ` before the daemon's own lines; tried before compose's, which "
        "`PM2 | ` fits)",
        # (an empty line of the app's is its name and the bar alone: `0|strapi |`)
        r"(?P<source>\d+\|[\w.@/-]+|PM2) *\|(?: |$)",
    ),
    Envelope(
        "wildfly-domain",
        "WildFly's and JBoss EAP's domain mode on the console (domain.sh): [Host Controller] or "
        "[Server:<name>] <the process's line> (the process is the source where the line names "
        "none; the process controller's own lines have no prefix)",
        r"\[(?P<stream>Host Controller|Server:[\w.-]+)\](?: |$)",
    ),
    Envelope(
        "torchrun",
        "PyTorch's torchrun (torch.distributed.elastic) with --tee or --log-dir: [rank<n>]:<the "
        "rank's line> ([default<n>]: before 2.2; the rank is the source where the line names "
        "none: NCCL's C++ lines name their file)",
        r"\[(?P<stream>rank\d+|default\d+)\]:",
    ),
    Envelope(
        "ray-prefix",
        "Ray's driver output (and vLLM's, DeepSpeed's on Ray): (<daemon or process pid=<pid>>"
        "[, ip=<ip>]) <the process's line>, `(raylet) `, `(pid=38582) `, `(ApiServer_3 "
        "pid=39385) ` (a daemon is the source, a process where its line names none)",
        # (a process is named with its pid: a bare word in parentheses is another program's
        # mark, qBittorrent's `(I) `, Xen's `(XEN) `)
        r"\((?:(?P<source>raylet|gcs_server|autoscaler|monitor|log_monitor|dashboard(?:_agent)?"
        r"|runtime_env_agent)|(?P<stream>[A-Za-z_][\w.-]*) pid=\d+|pid=\d+)(?:, ip=[\d.:]+)?\)"
        r"(?: |$)",
    ),
    Envelope(
        "ros2-launch-log",
        "ROS 2 launch's own log file (~/.ros/log/<run>/launch.log): <unix time, 7 decimals> <the "
        "launcher's line or a process's under its prefix>",
        r"(?P<ts>\d{10}\.\d{7}) ",
        ts_sql="timezone('UTC', try(to_timestamp(TRY_CAST({} AS DOUBLE))))",
    ),
    Envelope(
        "ros2-launch",
        "ros2 launch's console and launch.log: [<executable>-<n>] <the process's line> (the "
        "process is the source where its line names none; launch's own lines, `[INFO] "
        "[launch]: `, have no prefix)",
        r"\[(?P<stream>[^\[\]]*?-\d+)\](?: |$)",
        apart=True,
        min_fit=0.3,
        anchor=r"^(?:\d{10}\.\d{7} )?\[(?:INFO|WARN|ERROR)\] \[launch(?:\.user)?\]: ",
    ),
    Envelope(
        "foreman",
        "foreman, honcho, goreman and node-foreman (a Procfile's processes, `bin/dev`): "
        "<HH:MM:SS> <process>  | <the process's line> (the process is the source; the time of "
        "day, local, dates a line whose payload writes no stamp of its own)",
        rf"(?P<ts>\d{{2}}:\d{{2}}:\d{{2}}) (?P<source>{_PROCESS}) *\|(?: |$)",
        clock=True,
    ),
    Envelope(
        "compose",
        "docker compose logs (and podman-compose's, the service in brackets): <service>  | "
        "<the service's line>",
        # (a service names no dot: a dotted name before a pipe is a table's row, Suricata's
        # stats.log's `decoder.pkts    | Total    | 14`)
        # (podman-compose brackets the service: `[keycloak]          | `)
        rf"\[?(?P<source>{_SERVICE})\]? *\|(?: |$)",
    ),
    Envelope(
        "jsw",
        "Java Service Wrapper (wrapper.log, its console): [<LEVEL> | ]jvm <n> | [<YYYY/MM/DD "
        "HH:MM:SS> | ]<the JVM's line> (Nexus 2, ActiveMQ 5, Jira and other Java services; the "
        "JVM's instance names the stream)",
        r"(?:(?:INFO|STATUS|DEBUG|WARN|ERROR|FATAL|ADVICE) +\| )?(?P<stream>jvm \d+) +\| "
        r"(?:\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} \| )?",
    ),
    Envelope(
        "kubectl",
        "kubectl logs --prefix: [pod/<pod>/<container>] <the container's line>",
        r"\[(?P<source>pod/[^\]\s]+)\] ",
    ),
    Envelope(
        "stern",
        "stern --timestamps (the logs of several pods at once): <pod> <container> <RFC 3339 "
        "time> <the container's line> (the pod is the source)",
        rf"(?P<source>[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?) [a-z0-9](?:[a-z0-9-]*[a-z0-9])? "
        rf"(?P<ts>{RFC3339}) ",
    ),
    Envelope(
        "stern-plain",
        "stern and kubectl logs --prefix without timestamps: <pod> <container> <the container's "
        "line> (the pod is the source; taken off only when the lines have a format of their "
        "own)",
        # (the container's name opens with a letter: FreeSWITCH's call id and date are none)
        r"(?P<source>[a-z0-9]+(?:-[a-z0-9]+)+) [a-z](?:[a-z0-9-]*[a-z0-9])? ",
        always=False,
    ),
    Envelope(
        "svlogd",
        "runit's svlogd -tt (GitLab Omnibus' service logs): <YYYY-MM-DD_HH:MM:SS.fraction, "
        "UTC> <the service's line>",
        r"(?P<ts>\d{4}-\d{2}-\d{2}_\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?) ",
        ts_sql="TRY_CAST(replace({}, '_', ' ') AS TIMESTAMP)",
    ),
    Envelope(
        "cloudwatch",
        "aws logs tail (CloudWatch Logs): <RFC 3339 time> <log stream> <the stream's line>, the "
        "stream named as Lambda (2024/01/02/[$LATEST]<id>), ECS (<prefix>/<container>/<task>) or "
        "EKS and the agent (<name>/<id>) name theirs: the stream is the source",
        # (a name, not a date: `kubectl logs --timestamps` of nginx's error log puts its own
        # `2024/09/29 15:57:44` after the time)
        rf"(?P<ts>{RFC3339}) (?P<source>{_STREAM}) ",
    ),
    Envelope(
        "cloudfoundry",
        "cf logs (Cloud Foundry): [indentation] <ISO 8601 time with its offset> "
        "[<origin>/<instance>] <OUT|ERR> <the line>, the origin the router (RTR), the cell, "
        "staging or the app's process (APP/PROC/WEB/0): the origin is the source",
        r" *(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})) "
        r"\[(?P<source>[A-Z]+(?:/[\w.-]+)+)\] +(?P<stream>OUT|ERR)(?: |$)",
    ),
    Envelope(
        "grep",
        "grep -r's or grep -H's output: <file>:<the file's line> (the file names the stream; "
        "taken off only when the lines have a format of their own)",
        # (a path, a log file's name or a syslog file's, perhaps rotated: `/var/log/auth.log:`,
        # `messages:`, `syslog.1:`; not a time's hour, `2026-03-14T14:`, nor OpenStack's
        # `nova-api.log.1.2017-05-16_13:`, nor a Cisco uptime's `1d02h:`)
        r"(?P<stream>(?:[\w.-]+/)+[\w.-]*[A-Za-z](?:\.\d+)*|[\w.-]+\.(?:log|txt|out|err)(?:\.\d+)*"
        # (not `debug:`, `user:`, `cron:`, which open many a program's lines: winston's `debug: `)
        r"|(?:messages|syslog|secure|maillog|kern|daemon)(?:\.\d+)*|(?:cron|user|debug)(?:\.\d+)+):",
        always=False,
    ),
    Envelope(
        "timestamps",
        "docker logs -t, kubectl logs --timestamps: <RFC 3339 time> <the container's line>",
        rf"(?P<ts>{RFC3339}) ",
        always=False,
    ),
)
BY_NAME: dict[str, Envelope] = {e.name: e for e in ENVELOPES}
# envelopes whose source is the service, pod or container a line came from
NAMING = frozenset(e.name for e in ENVELOPES if "source" in e.groups)
INDENTED = "indented"  # the envelope of a log whose every line is indented (`indentation`)


def unwrap(lines: list[str], envelope: Envelope) -> tuple[float, list[str]]:
    """The share of the non-blank lines the envelope opens, and every line without it."""
    payloads, opened, counted = [], 0, 0
    for line in lines:
        inner = envelope.payload(line)
        if line.strip():
            counted += 1
            opened += inner is not None
        payloads.append(line if inner is None else inner)
    return (opened / counted if counted else 0.0), payloads


# a line flush left that opens with a time (or a number in brackets) is a log's own line
_STAMPED = re.compile(r"\[?\d")


def indentation(lines: list[str]) -> Envelope | None:
    """The indentation every non-blank sample line opens with (a log pasted from a document
    or a mail, or printed by a script under its own heading), as an envelope: indentation
    shared by every line continues no line, and without it the whole file would be one event
    of indented lines. Most lines are indented by that much alone (the others, indented
    further, are continuation lines). A few lines flush left before the first of them, none
    opening with a time, are a banner the indented log is printed under (HashiCorp's agents
    before 1.3: `==> Consul agent running!`, then `    2017/12/12 16:43:30 [INFO] ...`);
    lines flush left among them are a log's own (a journal's records, their fields indented)."""
    nonblank = [line for line in lines if line.strip()]
    flush_left = [line for line in nonblank if line[:1] not in (" ", "\t")]
    if len(flush_left) * 4 > len(nonblank) or any(_STAMPED.match(f) for f in flush_left):
        return None  # most logs: lines flush left
    texts = [line for line in nonblank if line[:1] in (" ", "\t")]
    if not texts:
        return None
    indents = [line[: len(line) - len(line.lstrip(" \t"))] for line in texts]
    low, high = min(indents), max(indents)  # the common prefix of all is theirs
    pairs = enumerate(zip(low, high, strict=False))
    indent = low[: next((i for i, (a, b) in pairs if a != b), len(low))]
    if not indent:
        return None
    flush = sum(not line[len(indent)].isspace() for line in texts)
    if flush < len(texts) / 2:
        return None
    if flush_left:
        first = next(i for i, line in enumerate(nonblank) if _opens_at(line, indent))
        if any(line[:1] not in (" ", "\t") for line in nonblank[first:]):
            return None
    return Envelope(
        INDENTED,
        f"every line indented by {len(indent)} characters: <indentation> <the log's line>",
        re.escape(indent),
    )


def _opens_at(line: str, indent: str) -> bool:
    """Whether the line is indented by `indent` alone."""
    return line.startswith(indent) and not line[len(indent) : len(indent) + 1].isspace()


def dedent(lines: list[str]) -> tuple[tuple[Envelope, ...], list[str]]:
    """The `indentation` envelope of the sample lines, if any, and the lines without it."""
    indented = indentation(lines)
    if indented is None:
        return (), lines
    return (indented,), unwrap(lines, indented)[1]


def find_envelopes(lines: list[str]) -> tuple[tuple[Envelope, ...], list[str]]:
    """The envelopes around most sample lines (outermost first), and the lines without them."""
    indented, lines = dedent(lines)
    found = list(indented)
    while len(found) < MAX_DEPTH + len(indented):
        for envelope in ENVELOPES:
            if envelope in found or not _likely(lines, envelope):
                continue
            fit, payloads = unwrap(lines, envelope)
            if fit >= envelope.min_fit and _anchored(lines, envelope):
                found.append(envelope)
                lines = payloads
                break
        else:
            break
    return tuple(found), lines


def _anchored(lines: list[str], envelope: Envelope) -> bool:
    """Whether a line matches the envelope's anchor, if it has one."""
    if not envelope.anchor:
        return True
    anchor = re.compile(envelope.anchor)
    return any(anchor.search(line) for line in lines)


def _likely(lines: list[str], envelope: Envelope, stride: int = 8) -> bool:
    """Whether the envelope opens a fair share of every `stride`-th line (most envelopes open
    no line of a given log: this spares unwrapping the whole sample for each); a short
    sample is tried whole."""
    few = [line for line in lines[:: stride if len(lines) > stride * stride else 1] if line.strip()]
    return bool(few) and sum(envelope.payload(ln) is not None for ln in few) >= len(few) * 0.3


# ----------------------------------------------------------------------------- SQL


def _sql_str(text: str) -> str:
    return text.replace("'", "''")


def _regex_step(envelope: Envelope, k: int, text: str) -> tuple[str, str, dict[str, str]]:
    """SQL taking envelope `k` off the column `text`: the extraction, whether the envelope
    opens the line, and an expression per field."""
    pattern = f"^(?P<_all>{envelope.pattern})"
    index = re.compile(pattern).groupindex  # DuckDB names the groups in their order
    names = ", ".join(f"'{n}'" for n in sorted(index, key=index.__getitem__))
    pattern = _sql_str(pattern)
    s, ok = f"s{k}", f"ok{k}"
    fields = {
        "payload": f"CASE WHEN {ok} THEN substr({text}, length({s}._all) + 1) ELSE {text} END",
        "header": f"CASE WHEN {ok} THEN {s}._all ELSE '' END",
    }
    if "ts" in envelope.groups:
        read = (
            clock_sql(f"{s}.ts")
            if envelope.clock
            else envelope.ts_sql.format(f"{s}.ts")
            if envelope.ts_sql
            else iso_sql(f"{s}.ts")
        )
        fields["ts"] = f"CASE WHEN {ok} THEN {read} END"
    for name in ("source", "stream"):
        if name in envelope.groups:
            fields[name] = f"CASE WHEN {ok} THEN NULLIF({s}.{name}, '') END"
    who = "source" if "source" in envelope.groups else "stream" if envelope.apart else ""
    if who:
        fields["who"] = fields[who]
    if "tag" in envelope.groups:
        # a partial line goes on in the next line of its own stream (the runtime writes
        # stdout's and stderr's as they come): not in the other's
        same = f"lag({s}.stream) OVER () = {s}.stream" if "stream" in envelope.groups else "true"
        fields["cont"] = f"coalesce(lag({s}.tag) OVER () = 'P' AND {same}, false)"
    extract = f"regexp_extract({text}, '{pattern}', [{names}])"
    return extract, f"coalesce({s}._all <> '', false)", fields


def _json_step(k: int, text: str) -> tuple[str, str, dict[str, str]]:
    """SQL reading Docker's json-file record in the column `text` (see `_regex_step`)."""
    s, ok = f"s{k}", f"ok{k}"
    log, stream, time = (f"{s}->>'$.{key}'" for key in ("log", "stream", "time"))
    fields = {
        "payload": f"CASE WHEN {ok} THEN rtrim({log}, chr(10) || chr(13)) ELSE {text} END",
        "header": f"CASE WHEN {ok} THEN coalesce({stream}, '') || ' ' ELSE '' END",
        "ts": f"CASE WHEN {ok} THEN {iso_sql(f'({time})')} END",
        "stream": f"CASE WHEN {ok} THEN NULLIF({stream}, '') END",
        # Docker splits a line of over 16 KiB into records, all but the last without their `\n`
        "cont": f"coalesce(lag(CASE WHEN {ok} THEN NOT ends_with({log}, chr(10)) END) OVER (), "
        "false)",
    }
    record = f"CASE WHEN left({text}, 1) = '{{' AND json_valid({text}) THEN {text}::JSON END"
    return record, f"coalesce({log} IS NOT NULL, false)", fields


def envelope_sql(envelopes: tuple[Envelope, ...], table: str, plain: str) -> str:
    """SQL over `(line, t)` rows of `table` taking the envelopes off (outermost first).

    Columns: line, t (the payload), e_ts (naive UTC), e_source, e_stream, e_who (the process
    or service the line is of: `Envelope.apart`), e_header (the
    envelopes' text) and e_cont (the line continues the one before: CRI's partial lines,
    Docker's records of a split line).
    `plain` is SQL for `t` without ANSI colour sequences, which the envelope may carry.
    """
    query = f"SELECT line, {plain} AS x0 FROM {table}"
    steps: list[dict[str, str]] = []
    for k, envelope in enumerate(envelopes):
        text = f"x{k}"
        extract, ok, fields = (
            _json_step(k, text) if envelope.kind == "json" else _regex_step(envelope, k, text)
        )
        query = f"SELECT *, {ok} AS ok{k} FROM (SELECT *, {extract} AS s{k} FROM ({query}))"
        query = f"SELECT *, {fields['payload']} AS x{k + 1} FROM ({query})"
        steps.append(fields)

    def pick(name: str, order: list[dict[str, str]], cast: str) -> str:
        found = [step[name] for step in order if name in step]
        return f"CAST({_coalesce(found) if found else 'NULL'} AS {cast})"

    conts = [step["cont"] for step in steps if "cont" in step]
    return f"""
    SELECT line, x{len(envelopes)} AS t,
      {pick("ts", steps[::-1], "TIMESTAMP")} AS e_ts,
      {pick("source", steps, "VARCHAR")} AS e_source,
      {pick("stream", steps, "VARCHAR")} AS e_stream,
      {pick("who", steps, "VARCHAR")} AS e_who,
      {" || ".join(step["header"] for step in steps)} AS e_header,
      {" OR ".join(conts) if conts else "false"} AS e_cont
    FROM ({query})
    """


def _coalesce(exprs: list[str]) -> str:
    return exprs[0] if len(exprs) == 1 else f"coalesce({', '.join(exprs)})"
