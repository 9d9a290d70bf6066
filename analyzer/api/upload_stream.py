"""Streaming multipart upload: written to disk as it arrives, hashed, size-limited early."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from fastapi import Request
from python_multipart.multipart import MultipartParser, parse_options_header

from analyzer.errors import AppError, ErrorCode

FIELD_LIMIT = 1024
MULTIPART_OVERHEAD = 64 * 1024
FALLBACK_NAME = "upload.log"
UNSAFE = re.compile(r"[\x00-\x1f\x7f<>:\"|?*]")


def safe_filename(raw: str) -> str:
    """A display name from a client's file name: no directories, controls or odd characters."""
    name = unicodedata.normalize("NFC", raw).replace("\\", "/").rsplit("/", 1)[-1]
    name = UNSAFE.sub("_", name).strip(" .")
    return name[:200] or FALLBACK_NAME


@dataclass
class ReceivedUpload:
    """A file part saved to `path`, with its digest and the form's text fields."""

    path: Path
    filename: str = FALLBACK_NAME
    size: int = 0
    sha256: str = ""
    fields: dict[str, str] = field(default_factory=dict)


class _Receiver:
    """Parser callbacks: one file part to disk, small text fields to memory."""

    def __init__(self, dest: Path, max_bytes: int) -> None:
        self.upload = ReceivedUpload(path=dest)
        self.max_bytes = max_bytes
        self.hasher = hashlib.sha256()
        self.headers: dict[str, bytes] = {}
        self.header_field = bytearray()
        self.header_value = bytearray()
        self.part_name = ""
        self.value = bytearray()
        self.file: BinaryIO | None = None
        self.files_seen = 0

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        self.headers[bytes(self.header_field).decode("latin-1").lower()] = bytes(self.header_value)
        self.header_field.clear()
        self.header_value.clear()

    def on_headers_finished(self) -> None:
        _kind, options = parse_options_header(self.headers.get("content-disposition", b""))
        self.part_name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename")
        self.headers.clear()
        self.value.clear()
        if filename is not None and self.part_name == "file":
            self.files_seen += 1
            if self.files_seen > 1:
                raise AppError(ErrorCode.VALIDATION_FAILED, "file: send one file per upload")
            self.upload.filename = safe_filename(filename.decode("utf-8", "replace"))
            self.file = self.upload.path.open("wb")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self.file is None:
            self.value += chunk
            if len(self.value) > FIELD_LIMIT:
                raise AppError(ErrorCode.VALIDATION_FAILED, f"{self.part_name}: field too long")
            return
        self.upload.size += len(chunk)
        if self.upload.size > self.max_bytes:
            raise AppError(
                ErrorCode.PAYLOAD_TOO_LARGE,
                f"the file is larger than the {self.max_bytes:,}-byte limit (MAX_LOG_BYTES)",
            )
        self.hasher.update(chunk)
        self.file.write(chunk)

    def on_part_end(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None
        elif self.part_name:
            self.upload.fields[self.part_name] = bytes(self.value).decode("utf-8", "replace")

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None


async def receive_upload(request: Request, dest: Path, *, max_bytes: int) -> ReceivedUpload:
    """Stream a multipart/form-data body's `file` part to `dest`; remove it on any failure."""
    kind, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise AppError(ErrorCode.VALIDATION_FAILED, "send multipart/form-data with a `file` part")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes + MULTIPART_OVERHEAD:
        raise AppError(
            ErrorCode.PAYLOAD_TOO_LARGE,
            f"the upload is larger than the {max_bytes:,}-byte limit (MAX_LOG_BYTES)",
        )
    receiver = _Receiver(dest, max_bytes)
    callbacks = {
        name: getattr(receiver, name)
        for name in (
            "on_header_field", "on_header_value", "on_header_end", "on_headers_finished",
            "on_part_data", "on_part_end",
        )
    }  # fmt: skip
    parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except AppError:
        receiver.close()
        dest.unlink(missing_ok=True)
        raise
    except Exception as exc:  # a malformed body or a client that went away
        receiver.close()
        dest.unlink(missing_ok=True)
        raise AppError(ErrorCode.VALIDATION_FAILED, "the multipart body is malformed") from exc
    if receiver.files_seen == 0:
        dest.unlink(missing_ok=True)
        raise AppError(ErrorCode.VALIDATION_FAILED, "file: a `file` part is required")
    receiver.upload.sha256 = receiver.hasher.hexdigest()
    return receiver.upload
