"""JSON documents as JSON lines: a `.json` upload holding an array of records (pretty-printed
or not), several pretty-printed objects one after another, or one object wrapping an array of
records (CloudTrail's `{"Records": [...]}`) is rewritten with one minified record per line, so
that every record is an event; the events then cite the lines each record spans in the
uploaded file (`jsonspans`), or, in a minified document, the record's number."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb

from analyzer.logs.duck import shared
from analyzer.logs.jsonspans import RecordSpans, record_spans
from analyzer.logs.parsing import JSON_TIME

HEAD_BYTES = 1 << 16
RECORDS_FILE = "records.jsonl"
_BLANK = b" \t\r\n"


@dataclass(frozen=True)
class JsonDocument:
    """A rewritten JSON document: the JSON-lines file, how many records it holds, where they
    were found (`array`, `objects`, or the wrapping object's key), and the uploaded lines each
    spans (None when records share lines: a minified document)."""

    path: Path
    records: int
    shape: str
    spans: RecordSpans | None = None

    def notice(self) -> str:
        """What the profile says about the rewrite."""
        where = {"array": "an array", "objects": "objects one after another"}.get(
            self.shape, f"the array under {self.shape!r}"
        )
        if self.spans is not None:
            return (
                f"a JSON document ({where}) was read as {self.records} records: each is an "
                "event citing the lines it spans in the uploaded file"
            )
        return (
            f"a JSON document ({where}) was read as {self.records} records, one per line: "
            "its records share lines, so line numbers count records, not the lines of the "
            "uploaded file"
        )


def _layout(path: Path) -> str | None:
    """`array` or `objects` when the file is a JSON document rather than JSON lines, else None
    (JSON lines, or no JSON at all)."""
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    body = head.removeprefix(b"\xef\xbb\xbf").lstrip(_BLANK)
    if body.startswith(b"["):
        # an array of records (`[2026-...]` or dmesg's `[    0.0]` open text lines too)
        return "array" if body[1:].lstrip(_BLANK).startswith((b"{", b"]")) else None
    if not body.startswith(b"{"):
        return None
    first = body.split(b"\n", 1)[0]
    try:
        json.loads(first)
    except ValueError:
        return "objects"  # an object spread over several lines
    except RecursionError:  # nested past Python's parser: a line of text, not a document
        return None
    return None  # JSON lines: each line is a whole object


def _wrapped_key(conn: duckdb.DuckDBPyConnection, source: str) -> str | None:
    """The one key of a single top-level object whose value is an array of objects (the
    records), found by DuckDB without bringing the document into Python; none where the object
    names a time itself: it is a record (a Cloud Logging entry, its `errorGroups` a list)."""
    count = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {source} LIMIT 2)").fetchall()
    if count != [(1,)]:
        return None
    rows = conn.execute(
        f"""
        SELECT k, list_has_any(json_keys(json), ?) FROM (
          SELECT unnest(json_keys(json)) AS k, json FROM {source})
        WHERE regexp_full_match(k, '[\\w$@.-]+')
          AND json_type(json, '$."' || k || '"[0]') = 'OBJECT'""",
        [list(JSON_TIME)],
    ).fetchall()
    return rows[0][0] if len(rows) == 1 and not rows[0][1] else None


def rewrite_json_document(path: Path, dest_dir: Path) -> JsonDocument | None:
    """The document's records written one per line under dest_dir, or None when the file is not
    a JSON document (or not valid JSON: it is then read line by line like any text)."""
    layout = _layout(path)
    if layout is None:
        return None
    with shared() as conn:
        return _rewrite(conn, path, dest_dir, layout)


def _rewrite(
    conn: duckdb.DuckDBPyConnection, path: Path, dest_dir: Path, layout: str
) -> JsonDocument | None:
    quoted = str(path).replace("'", "''")
    fmt = "array" if layout == "array" else "unstructured"
    size = min(max(path.stat().st_size + 1, 1 << 20), (1 << 32) - 1)
    source = (
        f"read_json_objects('{quoted}', format='{fmt}', maximum_object_size={size}, "
        "ignore_errors=false)"
    )
    dest = dest_dir / RECORDS_FILE
    try:
        key = _wrapped_key(conn, source) if layout == "objects" else None
        if key is not None:
            layout = key
            pointer = ("$." + json.dumps(key) + "[*]").replace("'", "''")
            query = f"SELECT json(unnest(json_extract(json, '{pointer}'))) FROM {source}"
        else:
            query = f"SELECT json(json) FROM {source}"
        records = 0
        with dest.open("w", encoding="utf-8", newline="\n") as out:
            reader = conn.sql(query).to_arrow_reader()
            for batch in reader:
                lines = batch.column(0).to_pylist()
                out.write("".join(f"{ln}\n" for ln in lines))
                records += len(lines)
    except (duckdb.Error, OSError):  # the Arrow reader reports a parse error as OSError
        dest.unlink(missing_ok=True)
        return None
    if records == 0:
        dest.unlink(missing_ok=True)
        return None
    depth = {"objects": 0, "array": 1}.get(layout, 2)
    spans = record_spans(path, depth)
    if spans is not None and len(spans.first) != records:
        spans = None  # records that are not all objects: counted by DuckDB alone
    return JsonDocument(dest, records, layout, spans)
