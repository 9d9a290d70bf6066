"""Format detection: score every known format on a sample of lines and keep the best."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import compress

import pyarrow as pa

from analyzer.logs.csv_export import POWERSHELL_TYPE, csv_format, read_header
from analyzer.logs.envelopes import BY_NAME as ENVELOPE_BY_NAME
from analyzer.logs.envelopes import INDENTED, Envelope, dedent, find_envelopes, unwrap
from analyzer.logs.formats import (
    BY_NAME,
    FORMATS,
    VPC_FLOW_HEADER,
    W3C_DATES,
    W3C_FIELDS,
    W3C_TIMES,
    LogFormat,
    vpc_flow_format,
    w3c_format,
)
from analyzer.logs.headers import SET_KINDS, header_hits
from analyzer.logs.openings import Openings
from analyzer.logs.parsing import continues_any, header, names_level

# the headers of formats that open padded (Zabbix right-aligns its pid): such a line is no
# indented continuation line
_PADDED = [re.compile(header(f)) for f in FORMATS if f.pattern.startswith("^ ")]
MAX_FALLBACKS = 15
MIN_FIT = 0.5  # share of the sample's lines a format (with its fallbacks) must parse
# share of the sample's lines the formats of a log of mostly free text (a program's prints
# around its logger's lines) must parse for them to be read; below it the log is raw
MIN_SPARSE_FIT = 0.1
MIN_FALLBACK_LINES = 3
HEAD_CHARS = 4096  # of a sample line, what the formats' headers are tried on


@dataclass(frozen=True)
class Detection:
    """The chosen format and the share of (non-continuation) sample lines it matched, with
    the envelopes taken off each line first (outermost first; see `envelopes`)."""

    format: LogFormat
    fit: float
    fallbacks: tuple[LogFormat, ...] = ()
    envelopes: tuple[Envelope, ...] = ()
    # no format fits most lines (see `_mixed`): each line goes to the most specific that fits
    mixed: bool = False
    # share of the sample lines a forced envelope opens (detected ones open at least half)
    envelope_fit: float = 1.0
    # the formats fit under MIN_FIT of the lines (see `_mixed`): a line none fits is an event
    # of its own (or a stack frame's, a blank's), never part of a format's event
    sparse: bool = False

    @property
    def collected(self) -> tuple[Envelope, ...]:
        """The envelopes a collector wrote (all but the indentation of a log indented as a
        whole, which names no log and warns of nothing)."""
        return tuple(e for e in self.envelopes if e.name != INDENTED)

    @property
    def name(self) -> str:
        """What the log is called: its outermost collector's envelope, else its format."""
        return self.collected[0].name if self.collected else self.format.name


def format_names() -> list[str]:
    """Every name a format can be forced with: the envelopes, then the formats (`raw` last)."""
    return list(ENVELOPE_BY_NAME) + [f.name for f in FORMATS]


def is_known(name: str) -> bool:
    """Whether a format or an envelope is called `name`."""
    return name in BY_NAME or name in ENVELOPE_BY_NAME


def _is_json(line: str) -> bool:
    if not line.startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):  # nested past Python's parser: read as text
        return False


def _padded(line: str) -> bool:
    """Whether an indented line is the header of a format opening padded (no continuation)."""
    return line.startswith(" ") and any(rx.match(line) for rx in _PADDED)


def _heads(lines: Sequence[str]) -> list[str]:
    """The sample lines that could open an event: not blank, not continuation lines (by the
    rule for every format, `continues_any`), and not `#` comments (W3C/IIS `#Fields:` headers;
    such lines are kept as unparsed lines), which WebLogic's `####<` records are not. A line is
    cut to HEAD_CHARS, but for a JSON record, which is read whole (an audit record runs to
    several kilobytes)."""
    kept = [
        ln for ln in lines if ln.strip() and not (ln.startswith("#") and not ln.startswith("##"))
    ]
    if not kept:
        return []
    continuing = continues_any(pa.array(kept, pa.string())).to_numpy(zero_copy_only=False)
    return [
        ln if ln.startswith("{") else ln[:HEAD_CHARS]
        for ln, cont in zip(kept, continuing, strict=True)
        if not cont or _padded(ln)
    ]


def _all_hits(heads: Sequence[str], forced: LogFormat | None = None) -> dict[str, frozenset[int]]:
    """The sample lines each format fits (formats fitting none may be left out): the regex
    formats' headers and logfmt's all at once on each line (`header_hits`), JSON records by
    parsing them. A format given only by its signature is tried when forced."""
    hits = header_hits(heads)
    for fmt in FORMATS:
        if fmt.kind == "json" and ((found := _hits(fmt, heads)) or fmt is forced):
            hits[fmt.name] = found
        elif fmt.anchor and fmt is not forced and fmt.name in hits:
            anchor = re.compile(fmt.anchor)
            if not any(anchor.match(heads[i]) for i in hits[fmt.name]):
                del hits[fmt.name]
    if forced is not None and forced.name not in hits:
        hits[forced.name] = _hits(forced, heads)
    return hits


def _key(fmt: LogFormat, fit: float) -> tuple[float, int, int]:
    return round(fit, 2), fmt.priority, len(re.compile(fmt.pattern).groupindex)


def format_fit(fmt: LogFormat, lines: Sequence[str]) -> float:
    """Share of the sample's candidate header lines that the format parses."""
    heads = _heads(lines)
    return len(_hits(fmt, heads)) / len(heads) if heads else 0.0


def _hits(fmt: LogFormat, heads: Sequence[str], openings: Openings | None = None) -> frozenset[int]:
    if fmt.kind in SET_KINDS:  # the common case, by RE2 over the lines at once
        return (openings or Openings(heads)).fitting(header(fmt))
    if fmt.kind == "json":
        return frozenset(compress(range(len(heads)), map(_is_json, heads)))
    return frozenset(range(len(heads)))  # raw text: every line


def detect_format(lines: Sequence[str]) -> Detection:
    """Pick the format that parses most of the sample (ties: more fields, then priority),
    after taking off the envelopes around most lines; a file opening with a format's
    signature (an export's column names) has that format."""
    first = lines[0] if lines else ""
    signed = next((f for f in FORMATS if f.signature and re.match(f.signature, first)), None)
    if signed is not None:
        return forced_format(signed.name, lines)
    if (directed := _directed(lines) or _vpc_headed(lines) or _csv_headed(lines)) is not None:
        return directed
    envelopes, payloads = find_envelopes(list(lines))
    while envelopes:
        inner = _inside(envelopes, payloads, lines)
        if all(e.always for e in envelopes):
            return inner
        # a time before unstructured text is a time-stamped line: detected as a whole (the
        # innermost envelope taken off only where the payloads have a format is left on)
        last = max(i for i, e in enumerate(envelopes) if not e.always)
        kept = envelopes[:last] + envelopes[last + 1 :]
        if inner.format.kind != "raw":
            whole = _read_whole(inner, lines)
            if whole is None:
                return inner
            if not kept:
                return whole
        envelopes = kept
        payloads = _without(lines, envelopes)
    return _detect_plain(lines)


def _directed(lines: Sequence[str]) -> Detection | None:
    """A web server's W3C extended log (IIS's), read with the fields its `#Fields:` directives
    name (a date and a time, a request's status among them): the sample's first directive
    makes the format, each other one (the fields changed after a restart) a fallback, and
    IIS's default fields read lines under no directive in view. CloudFront's logs
    (x-edge-location) have a format of their own, as have the Windows Firewall's."""
    directives = (ln[len(W3C_FIELDS) :].split() for ln in lines if ln.startswith(W3C_FIELDS))
    web = dict.fromkeys(
        " ".join(names)
        for names in directives
        if "sc-status" in names
        and not set(W3C_DATES).isdisjoint(names)
        and not set(W3C_TIMES).isdisjoint(names)
        and "x-edge-location" not in names
    )
    if not web:
        return None
    first, *others = (w3c_format(f) for f in web)
    heads = _heads(lines)
    if not heads:
        return Detection(first, 1.0)
    own = fitted = _hits(first, heads)
    kept: list[LogFormat] = []
    for fmt in (*others, BY_NAME["iis"]):  # each kept when it reads lines the others do not
        if not (hits := _hits(fmt, heads)) <= fitted:
            kept.append(fmt)
            fitted |= hits
    if len(fitted) < MIN_FIT * len(heads):
        return None
    return Detection(first, len(own) / len(heads), tuple(kept))


def _vpc_headed(lines: Sequence[str]) -> Detection | None:
    """An AWS VPC flow log whose first line names its fields (as S3 delivers a version 2 to 8
    or custom format), read with those fields when they fit most of the sample."""
    first = lines[0].strip() if lines else ""
    if not re.fullmatch(VPC_FLOW_HEADER, first) or not {"start", "srcaddr"} <= set(first.split()):
        return None
    fmt = vpc_flow_format(first)
    heads = _heads(lines)
    fit = len(_hits(fmt, heads)) / len(heads)
    return Detection(fmt, fit) if fit >= MIN_FIT else None


def _csv_headed(lines: Sequence[str], *, forced: bool = False) -> Detection | None:
    """A CSV export whose first line names its columns, a time among them (forced: any
    columns), read with those columns when they fit most of its records (a record's quoted
    value may go on over lines: those lines are not counted)."""
    # (PowerShell's Export-Csv writes the objects' type above the header: `#TYPE ...`)
    first = next((ln for ln in lines if ln.strip() and not ln.startswith(POWERSHELL_TYPE)), "")
    if (columns := read_header(first, need_time=not forced)) is None:
        return None
    fmt = csv_format(columns, first)
    records = _records(lines[lines.index(first) + 1 :])
    if not records:
        return Detection(fmt, 1.0)
    fit = len(_hits(fmt, records)) / len(records)
    return Detection(fmt, fit) if fit >= MIN_FIT or forced else None


def _records(lines: Sequence[str]) -> list[str]:
    """The lines opening a CSV record: not blank, and not inside a quoted value a line above
    opened (an odd count of quotes opens or closes one)."""
    opening, inside = [], False
    for line in lines:
        if not inside and line.strip():
            opening.append(line[:HEAD_CHARS])
        inside ^= line.count('"') % 2 == 1
    return opening


def _read_whole(inner: Detection, lines: Sequence[str]) -> Detection | None:
    """The lines' detection as a whole when stamped lines are better read whole: by a
    timestamped format fitting more lines than the payloads' format where that reads half of
    them at most (MySQL 5.7's `<ISO time> 0 [Warning] ...`, whose payloads no format reads,
    beside a line of MySQL 5.1's; a payload format reading most of them is kept), or, when the
    payloads' format has no time of its own (`[INFO] message`), at least as specific and
    fitting as many (hclog's `<time> [INFO]  agent: ...` is iso-level's, not a stamp before
    CoreDNS's `[INFO] ...`), or by a format of a higher priority fitting as many; else None."""
    if inner.mixed:
        return None
    whole = _detect_plain(lines)
    if whole.format.ts_kind == "none":
        return None
    if whole.fit > inner.fit <= MIN_FIT:  # the payloads' format reads half of them at most
        return whole
    better = (
        inner.format.ts_kind == "none"
        and whole.fit >= inner.fit
        and _specificity(whole.format) >= _specificity(inner.format)
    )
    # ... or a format of a higher priority reading as many lines whole (ArangoDB's `<time>
    # [pid] INFO [id] {topic} ...`, not a stamp before Puma's `[pid] ...`)
    ranked = whole.fit >= inner.fit and whole.format.priority > inner.format.priority
    return whole if better or ranked else None


def _inside(
    envelopes: tuple[Envelope, ...], payloads: Sequence[str], lines: Sequence[str]
) -> Detection:
    """The format of the lines inside the envelopes; the lines of several services or
    containers (an envelope naming them) each in its own format, those of the one service the
    sample names as a log of one format (a line of prose is not another format's where one
    fits it better: `Config file: /bitcoin/bitcoin.conf` is no host and program)."""
    naming = any("source" in e.groups for e in envelopes)
    per_line = naming and len(_named_sources(envelopes, lines)) != 1
    return replace(_detect_plain(payloads, per_line=per_line), envelopes=envelopes)


def _named_sources(envelopes: tuple[Envelope, ...], lines: Sequence[str]) -> set[str]:
    """The services or containers the envelopes name in the lines (outermost first)."""
    names: set[str] = set()
    inner = list(lines)
    for envelope in envelopes:
        if "source" in envelope.groups:
            rx = re.compile(envelope.pattern)
            names |= {n for line in inner if (m := rx.match(line)) and (n := m.group("source"))}
        inner = unwrap(inner, envelope)[1]
    return names


def _without(lines: Sequence[str], envelopes: tuple[Envelope, ...]) -> list[str]:
    payloads = list(lines)
    for envelope in envelopes:
        payloads = unwrap(payloads, envelope)[1]
    return payloads


def _detect_plain(lines: Sequence[str], *, per_line: bool = False) -> Detection:
    """The format of the lines, or with `per_line` (or when no format fits most lines) the
    formats of a mixed log (see `_mixed`)."""
    heads = _heads(lines)
    if not heads:
        return Detection(FORMATS[-1], 1.0)
    n = len(heads)
    hits = _all_hits(heads)
    keyed = [(_key(f, len(hits[f.name]) / n), f) for f in FORMATS if f.name in hits]
    (fit, *_), best = max(keyed, key=lambda kf: kf[0], default=((0.0, 0, 0), FORMATS[-1]))
    if fit >= MIN_FIT and not per_line:
        best = _specific(best, keyed, hits)
        return Detection(best, len(hits[best.name]) / n, _fallbacks(best, hits, n))
    return _mixed(hits, heads)


# share of a generic format's lines a more specific one must read to be the log's format
SPECIFIC_SHARE = 0.9


def _specific(
    best: LogFormat,
    keyed: list[tuple[tuple[float, int, int], LogFormat]],
    hits: dict[str, frozenset[int]],
) -> LogFormat:
    """The most specific format reading most of the lines the best fitting one reads, and no
    other: the generic format fits a few lines more (a table of dated rows printed under a
    Python logger's line), but the log is the logger's, read with its fields, the generic
    format a fallback for those lines."""
    mine = hits[best.name]
    within = [
        (key, f)
        for key, f in keyed
        if f.priority > best.priority
        and hits[f.name] <= mine
        and len(hits[f.name]) >= SPECIFIC_SHARE * len(mine)
    ]
    return max(within, key=lambda kf: kf[0])[1] if within else best


def _mixed(hits: dict[str, frozenset[int]], heads: Sequence[str]) -> Detection:
    """A log of several formats (many services, each in its own format: `docker compose
    logs`), none of them perhaps fitting most lines: each line goes to the most specific
    format fitting it, and the format given the most lines names the log.

    Formats fitting under MIN_FIT of the lines (a logger's lines among a program's prints,
    a progress bar's, a banner's) still read theirs when they fit MIN_SPARSE_FIT: the log is
    `sparse`, the other lines each an event of its own. Below that the log is raw."""
    n = len(heads)
    owners = _owners(None, hits, n)
    formats = _kept(owners, n, mixed=True)
    owned = sum(owners[f.name] for f in formats)
    sparse = owned < MIN_FIT * n and not _long_records(formats, owners, hits, heads)
    if sparse:
        # only the lines a header fits with a time or a level: a slow-query log's statement
        # lines fit its header, but `select a theme` in a text makes no such log
        hits = {name: _telling(BY_NAME[name], lines, heads) for name, lines in hits.items()}
        owners = _owners(None, hits, n)
        formats = _kept(owners, n, mixed=True)
        owned = sum(owners[f.name] for f in formats)
    if owned < MIN_SPARSE_FIT * n:
        return Detection(FORMATS[-1], 1.0)
    top = max(formats, key=lambda f: owners[f.name])
    rest = tuple(f for f in formats if f is not top)
    return Detection(top, len(hits[top.name]) / n, rest, mixed=bool(rest), sparse=sparse)


# a header naming a warning or an error (its first characters): the records whose further
# lines may outnumber the headers (an exception's message and stack, a wrapped message)
_ALARM = re.compile(
    r"\b(?:WARN|WARNING|ERROR|ERR|FATAL|SEVERE|CRITICAL|CRIT|PANIC|EMERG|ALERT)\b"
    r"|\[(?:warn|warning|error|fatal|critical)\]"
)
_ALARM_CHARS = 100  # a header's, before most of its message
_FIRST_WORD = re.compile(r"\d+")  # (its digits, masked: `step 3:` and `step 4:` are alike)


def _long_records(
    formats: tuple[LogFormat, ...],
    owners: Counter[str],
    hits: dict[str, frozenset[int]],
    heads: Sequence[str],
) -> bool:
    """Whether the sample lines no format fits are the further lines of the log's records, not
    free text around a few logger lines: the format given the most lines takes any line its
    header does not fit for its event's (`joins_unfit`), the sample opens with one of its
    headers, and most of the other lines follow a header naming a warning or an error (Spring
    Boot's `Application run failed`, its exception's message and causes unindented; a wrapped
    laravel.log). Such a log is not `sparse`: its records keep their lines."""
    if not formats:
        return False
    top = max(formats, key=lambda f: owners[f.name])
    mine = hits[top.name]
    if not top.joins_unfit or 0 not in mine:
        return False
    fitted = frozenset().union(*(hits[f.name] for f in formats))
    alarmed = 0
    alarm = False
    openings: Counter[str] = Counter()
    for i, line in enumerate(heads):
        if i in mine:
            alarm = _ALARM.search(line[:_ALARM_CHARS]) is not None
        elif i not in fitted:
            openings[_FIRST_WORD.sub("0", line.split(" ", 1)[0])] += 1
            alarmed += alarm
    unfit = openings.total()
    # (a program's own prints repeat their words: `step 3: copying files`, `step 4: ...`)
    printed = unfit > 2 and 2 * openings.most_common(1)[0][1] > unfit
    return unfit > 0 and 3 * alarmed >= 2 * unfit and not printed


# the groups giving a time or a level (`tsc`: iso-plain's stamp before a colon)
_TELLING = ("ts", "tsc", "level")


def _telling(fmt: LogFormat, hits: frozenset[int], heads: Sequence[str]) -> frozenset[int]:
    """The lines among `hits` whose header gives a time or a level (a JSON record, a logfmt
    line: all of them)."""
    if fmt.kind != "regex":
        return hits
    rx = re.compile(fmt.pattern)
    found = ((i, rx.match(heads[i])) for i in hits)
    return frozenset(
        i for i, m in found if m and any(m.group(g) for g in _TELLING if g in m.re.groupindex)
    )


def forced_format(name: str, lines: Sequence[str]) -> Detection:
    """A forced format's (or envelope's) fit on the sample, with fallback formats for the
    lines it misses. A forced envelope is taken off and the payloads' format detected; a
    forced format reads the lines as they are."""
    if name in ENVELOPE_BY_NAME:
        envelope = ENVELOPE_BY_NAME[name]
        opened, payloads = unwrap(list(lines), envelope)
        return replace(_inside((envelope,), payloads, lines), envelope_fit=opened)
    if name == "iis" and (directed := _directed(lines)) is not None:
        return directed  # the fields its directives name
    if name == "vpc-flow" and (headed := _vpc_headed(lines)) is not None:
        return headed  # the fields its header line names
    if name == "csv" and (headed := _csv_headed(lines, forced=True)) is not None:
        return headed  # the columns its header line names
    fmt = BY_NAME[name]
    # a log indented as a whole is read under its indentation, as detection reads it
    envelopes, lines = dedent(list(lines))
    heads = _heads(lines)
    if not heads or fmt.kind == "raw":
        return Detection(fmt, 1.0 if fmt.kind == "raw" else 0.0, envelopes=envelopes)
    hits = _all_hits(heads, fmt)
    fit = len(hits[fmt.name]) / len(heads)
    return Detection(fmt, fit, _fallbacks(fmt, hits, len(heads)), envelopes=envelopes)


def _specificity(fmt: LogFormat) -> tuple[int, int]:
    return fmt.priority, len(re.compile(fmt.pattern).groupindex)


def _owners(primary: LogFormat | None, hits: dict[str, frozenset[int]], n: int) -> Counter[str]:
    """How many of the sample lines the primary misses each other format is the most specific
    format fitting (priority, then fields)."""
    rest = sorted(frozenset(range(n)) - (hits[primary.name] if primary else frozenset()))
    candidates = sorted(
        (f for f in FORMATS if f.name in hits and f is not primary and hits[f.name]),
        key=_specificity,
        reverse=True,
    )
    owners: Counter[str] = Counter()
    for i in rest:
        owner = next((f for f in candidates if i in hits[f.name]), None)
        if owner is not None:
            owners[owner.name] += 1
    return owners


def _fallbacks(
    primary: LogFormat | None, hits: dict[str, frozenset[int]], n: int
) -> tuple[LogFormat, ...]:
    """Formats for the sample lines the primary misses, most specific first.

    Each missed line goes to the most specific format that fits it (priority, then fields):
    a generic format fitting the lines of two specific ones must not take them from both.
    Formats given at least `floor` lines are kept (the most lines first, up to
    MAX_FALLBACKS), in order of specificity, the order a parser tries them in."""
    return _kept(_owners(primary, hits, n), n)


def _kept(owners: Counter[str], n: int, *, mixed: bool = False) -> tuple[LogFormat, ...]:
    """The formats owning at least `floor` of n sample lines (the most lines first, up to
    MAX_FALLBACKS), most specific first. In a `mixed` log of under 30 lines (a snippet: one
    event and its unindented further lines, a few services' lines) a format with a time
    owning a tenth of them counts (one without a time reads no more than raw text does)."""
    floor = max(MIN_FALLBACK_LINES, n // 100)
    timed = min(floor, max(1, math.ceil(n * MIN_SPARSE_FIT))) if mixed else floor
    kept = {
        name
        for name, count in owners.most_common(MAX_FALLBACKS)
        if count >= (timed if BY_NAME[name].ts_kind != "none" else floor)
    }
    return tuple(sorted((f for f in FORMATS if f.name in kept), key=_specificity, reverse=True))


def stray_formats(lines: Sequence[str], tried: frozenset[str]) -> list[LogFormat | None]:
    """For each line no format of the log's fits (`tried`: the detected ones), the most
    specific other format with a time fitting it, or None: the rare lines of a format the
    sample held too few of to keep (an nginx container's error lines among its access lines,
    a sidecar's JSON or logfmt records among an application's text, a logger's line stamped
    with the time of day only). A format whose header holds no date fits a line only when
    the line opens with a time of day and the header names a level. A header is tried on a
    line's first HEAD_CHARS characters, a JSON record is read whole. A format reading the
    lines around its own, or marker lines above, is not taken: those lines are another
    format's."""
    hits = _all_hits([ln if ln.startswith("{") else ln[:HEAD_CHARS] for ln in lines])
    candidates = sorted(
        (
            f
            for f in FORMATS
            if f.name in hits
            and f.name not in tried
            and f.kind in _STRAY_KINDS
            and (f.ts_kind != "none" or names_level(f))
            and not f.carries
            and not f.reads_neighbours
        ),
        key=_specificity,
        reverse=True,
    )
    return [
        next(
            (
                f
                for f in candidates
                if i in hits[f.name] and (f.ts_kind != "none" or _TIME_OF_DAY.match(line))
            ),
            None,
        )
        for i, line in enumerate(lines)
    ]


_STRAY_KINDS = ("regex", "logfmt", "json")
# a line opening with the time of day (`[10:00:01]`, `10:00:01.123`)
TIME_OF_DAY = r"^\[?\d{2}:\d{2}:\d{2}\b"
_TIME_OF_DAY = re.compile(TIME_OF_DAY)


def by_specificity(detection: Detection) -> tuple[LogFormat, ...]:
    """The detection's formats in the order a parser tries them on a line of a mixed log:
    the most specific first (see `_mixed`)."""
    return tuple(sorted((detection.format, *detection.fallbacks), key=_specificity, reverse=True))
