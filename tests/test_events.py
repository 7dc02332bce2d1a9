"""GET /api/events: Server-Sent Events that resume after a disconnect without a gap."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import httpx2 as httpx

from tests.conftest import PASSWORD, LiveLine, make_user, sign, twilio_form
from warmline.store import SyncStore


def _logged_in(line: LiveLine, username: str) -> httpx.Client:
    # The session cookie is Secure (the public URL is https), so carry it by hand over http.
    client = httpx.Client(base_url=line.url, timeout=10)
    answer = client.post("/api/session", json={"username": username, "password": PASSWORD})
    assert answer.status_code == 200
    token = answer.cookies.get("warmline_session") or answer.headers["set-cookie"].split(
        "warmline_session=")[1].split(";")[0]
    client.headers["Cookie"] = f"warmline_session={token}"
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client


def _text(line: LiveLine, number: str, body: str) -> None:
    form = twilio_form(number, body)
    answer = httpx.post(f"{line.url}/twilio/messages", data=form,
                        headers={"X-Twilio-Signature": sign("/twilio/messages", form)})
    assert answer.status_code == 200


def _events(client: httpx.Client, last_event_id: str = "") -> Iterator[tuple[str, dict]]:
    headers = {"Last-Event-ID": last_event_id} if last_event_id else {}
    with client.stream("GET", "/api/events", headers=headers) as stream:
        event_id, data = "", ""
        for line in stream.iter_lines():
            if line.startswith("id: "):
                event_id = line[4:]
            elif line.startswith("data: "):
                data = line[6:]
            elif line == "" and data:
                yield event_id, json.loads(data)
                event_id, data = "", ""


def test_sse_resumes_after_a_disconnect_without_a_gap(live_line: LiveLine, store: SyncStore):
    make_user(store, "sue", role="supervisor")
    client = _logged_in(live_line, "sue")
    seen: list[tuple[str, dict]] = []

    def first_connection() -> None:
        for event_id, event in _events(client):
            seen.append((event_id, event))
            if len([e for _, e in seen if e["type"] == "message.created"]) >= 3:
                return  # the console drops off here

    reader = threading.Thread(target=first_connection)
    reader.start()
    time.sleep(0.3)
    for i in range(3):
        _text(live_line, f"+1415555070{i}", f"before {i}")
    reader.join(10)
    assert not reader.is_alive()
    last_id = seen[-1][0]
    for i in range(3):  # while the console is away
        _text(live_line, f"+1415555071{i}", f"during {i}")

    resumed: list[tuple[str, dict]] = []
    for event_id, event in _events(client, last_id):
        resumed.append((event_id, event))
        bodies = [e["data"].get("body") for _, e in resumed if e["type"] == "message.created"]
        if "during 2" in bodies:
            break
    ids = [event_id for event_id, _ in seen + resumed]
    assert len(ids) == len(set(ids)), "an event was sent twice"
    texts = [e["data"]["body"] for _, e in seen + resumed
             if e["type"] == "message.created" and e["data"]["direction"] == "in"]
    assert texts == ["before 0", "before 1", "before 2", "during 0", "during 1", "during 2"]


def test_a_supporter_gets_only_their_own_events(live_line: LiveLine, store: SyncStore):
    make_user(store, "sam")
    make_user(store, "ana")
    sam = _logged_in(live_line, "sam")
    assert sam.put("/api/shift", json={"status": "available", "capacity": 1}).status_code == 200
    ana = _logged_in(live_line, "ana")
    start = ana.get("/api/conversations").json()["event_id"]
    _text(live_line, "+14155550801", "for sam")
    mine = sam.get("/api/conversations").json()["conversations"]
    assert len(mine) == 1
    got: list[dict] = []

    def read() -> None:
        try:
            for _, event in _events(ana, start):
                got.append(event)
        except httpx.HTTPError:
            pass  # the server stops at the end of the test

    threading.Thread(target=read, daemon=True).start()
    time.sleep(1.5)
    assert [e for e in got if e.get("conversation")] == []


def test_a_bad_last_event_id_gets_400(live_line: LiveLine, store: SyncStore):
    make_user(store, "sam")
    sam = _logged_in(live_line, "sam")
    answer = sam.get("/api/events", headers={"Last-Event-ID": "yesterday"})
    assert answer.status_code == 400
