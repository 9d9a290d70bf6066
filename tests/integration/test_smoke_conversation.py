"""A whole exchange over HTTP: conversation, two messages, both streams complete and gapless."""

from __future__ import annotations

from tests.conftest import UserFactory
from tests.live import LiveServer, read_sse


def test_two_messages_stream_gapless_and_end_with_done(
    server: LiveServer, make_user: UserFactory
) -> None:
    token = make_user("alice")
    with server.client(token) as http:
        conv = http.post("/api/conversations", json={}).json()
        for text in ("hello", "what logs are attached?"):
            accepted = http.post(
                f"/api/conversations/{conv['id']}/messages", json={"content": text}
            )
            assert accepted.status_code == 202
            status, events = read_sse(http, accepted.json()["events_url"])
            assert status == 200
            seqs = [e["data"]["seq"] for e in events]
            assert seqs == list(range(1, len(seqs) + 1))
            assert [e["id"] for e in events] == [str(s) for s in seqs]
            assert events[-1]["event"] == "done"
            assert events[-2]["event"] == "run.completed"
        messages = http.get(f"/api/conversations/{conv['id']}/messages").json()
        assert [m["role"] for m in messages["items"]] == ["user", "assistant", "user", "assistant"]
        assert "No log is attached" in messages["items"][3]["content"]
        assert http.get(f"/api/conversations/{conv['id']}").json()["title"] == "hello"
