"""A fake Ollama server speaking the real HTTP API, scripted reply by reply, over loopback."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

NDJSON = "application/x-ndjson"


@dataclass
class FakeReply:
    """How the fake answers one `/api/chat` request."""

    text: str = "The fake model says hello."
    model: str | None = None  # reported model; None echoes the request, "" omits the field
    pieces: list[str] | None = None  # explicit stream chunks; default splits on words
    prompt_eval_count: int | None = 26
    eval_count: int | None = 8
    total_duration: int | None = 5_000_000_000
    load_duration: int | None = 1_000_000_000
    prompt_eval_duration: int | None = 500_000_000
    eval_duration: int | None = 2_000_000_000
    done_reason: str = "stop"
    status: int = 200  # not 200: an error reply before any streaming
    error: str = "the model failed to generate a response"
    error_after: int | None = None  # an `{"error": ...}` line after this many chunks
    delay_s: float = 0.0  # before the response starts
    chunk_delay_s: float = 0.0  # between chunks
    drop_final: bool = False  # end the stream without the `done: true` chunk

    def chunks(self) -> list[str]:
        """The text pieces streamed one per line."""
        if self.pieces is not None:
            return self.pieces
        words = self.text.split(" ")
        return [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]


@dataclass
class FakeOllama:
    """The scripted state shared by the server thread and the test."""

    models: list[str] = field(default_factory=lambda: ["llama3.2:3b", "qwen2.5:7b"])
    replies: deque[FakeReply] = field(default_factory=deque)
    requests: list[dict[str, Any]] = field(default_factory=list)
    version: str = "0.6.3"

    def enqueue(self, *replies: FakeReply) -> None:
        """Queue replies for the next chat requests; when empty, a default reply is used."""
        self.replies.extend(replies)

    def reset(self) -> None:
        """Forget replies and requests."""
        self.replies.clear()
        self.requests.clear()

    def next_reply(self) -> FakeReply:
        """The next scripted reply or the default one."""
        return self.replies.popleft() if self.replies else FakeReply()

    def app(self) -> Starlette:
        """The ASGI app: `/api/chat`, `/api/tags`, `/api/version`."""
        return Starlette(
            routes=[
                Route("/api/chat", self._chat, methods=["POST"]),
                Route("/api/tags", self._tags, methods=["GET"]),
                Route("/api/version", self._version, methods=["GET"]),
            ]
        )

    async def _tags(self, request: Request) -> Response:
        """The installed models, shaped like Ollama's list."""
        now = _stamp()
        models = [
            {
                "name": m,
                "model": m,
                "modified_at": now,
                "size": 2_019_393_189,
                "digest": f"{i:064x}",
                "details": {"format": "gguf", "family": "llama"},
            }
            for i, m in enumerate(self.models)
        ]
        return JSONResponse({"models": models})

    async def _version(self, request: Request) -> Response:
        """The server version."""
        return JSONResponse({"version": self.version})

    async def _chat(self, request: Request) -> Response:
        """A chat reply, streamed as NDJSON unless `stream` is false."""
        body: dict[str, Any] = await request.json()
        self.requests.append(body)
        reply = self.next_reply()
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        model = str(body.get("model", ""))
        if model not in self.models:
            error = f'model "{model}" not found, try pulling it first'
            return JSONResponse({"error": error}, status_code=404)
        if reply.status != 200:
            return JSONResponse({"error": reply.error}, status_code=reply.status)
        if body.get("stream", True) is False:
            return JSONResponse(_final(reply, model, reply.text))
        return StreamingResponse(_stream(reply, model), media_type=NDJSON)


def _stamp() -> str:
    """Ollama's `created_at`: RFC 3339 UTC with nanoseconds."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f000Z")


def _chunk(model: str | None, text: str) -> dict[str, Any]:
    """One streamed piece of the assistant message."""
    out: dict[str, Any] = {"created_at": _stamp(), "done": False}
    if model:
        out["model"] = model
    out["message"] = {"role": "assistant", "content": text}
    return out


def _final(reply: FakeReply, requested: str, text: str) -> dict[str, Any]:
    """The last object, with `done: true`, the finish reason, counts and durations."""
    out = _chunk(requested if reply.model is None else reply.model, text)
    out.update(done=True, done_reason=reply.done_reason)
    for name in (
        "total_duration",
        "load_duration",
        "prompt_eval_count",
        "prompt_eval_duration",
        "eval_count",
        "eval_duration",
    ):
        value = getattr(reply, name)
        if value is not None:
            out[name] = value
    return out


async def _stream(reply: FakeReply, requested: str) -> AsyncIterator[bytes]:
    """NDJSON lines: pieces, perhaps an error line, then the final chunk."""
    model = requested if reply.model is None else reply.model
    for i, piece in enumerate(reply.chunks()):
        if reply.error_after is not None and i == reply.error_after:
            yield _line({"error": reply.error})
            return
        if reply.chunk_delay_s and i:
            await asyncio.sleep(reply.chunk_delay_s)
        yield _line(_chunk(model, piece))
    if not reply.drop_final:
        yield _line(_final(reply, requested, ""))


def _line(obj: dict[str, Any]) -> bytes:
    """One NDJSON line."""
    return (json.dumps(obj) + "\n").encode()


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class FakeOllamaServer:
    """Runs a `FakeOllama` with uvicorn on a free loopback port in a background thread."""

    def __init__(self, fake: FakeOllama | None = None) -> None:
        self.fake = fake or FakeOllama()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            self.fake.app(),
            host="127.0.0.1",
            port=self.port,
            log_level="critical",
            lifespan="off",
            loop="asyncio",
            http="h11",
            ws="none",
            timeout_graceful_shutdown=1,
            access_log=False,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self) -> FakeOllamaServer:
        """Start serving and wait until the port accepts connections."""
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("fake Ollama server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for the thread."""
        self._server.should_exit = True
        self._thread.join(timeout=10)


def serve(fake: FakeOllama | None = None) -> Iterator[FakeOllamaServer]:
    """A generator for pytest fixtures: a started server, stopped afterwards."""
    server = FakeOllamaServer(fake).start()
    try:
        yield server
    finally:
        server.stop()
