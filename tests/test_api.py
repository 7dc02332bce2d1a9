"""The JSON API: sessions, roles, CSRF, validation, and never a phone number for supporters."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from tests.conftest import PASSWORD, log_in, make_user, text_line
from warmline.store import SyncStore

TEXTER = "+14155550333"


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/api/me"), ("GET", "/api/conversations"), ("GET", "/api/conversations/c1"),
    ("POST", "/api/conversations/c1/messages"), ("POST", "/api/conversations/c1/transfer"),
    ("POST", "/api/conversations/c1/close"), ("PUT", "/api/shift"), ("GET", "/api/queue"),
    ("GET", "/api/events"), ("DELETE", "/api/session"),
])
def test_anonymous_callers_get_401(client: TestClient, method: str, path: str):
    answer = client.request(method, path, json={})
    assert answer.status_code == 401


def test_a_wrong_password_gets_401_and_no_cookie(client: TestClient, store: SyncStore):
    make_user(store, "sam")
    answer = client.post("/api/session", json={"username": "sam", "password": "nope nope nope"})
    assert answer.status_code == 401 and "warmline_session" not in answer.cookies


def test_an_unknown_user_gets_the_same_401(client: TestClient):
    answer = client.post("/api/session", json={"username": "who", "password": PASSWORD})
    assert answer.status_code == 401 and answer.json()["error"] == "wrong username or password"


@pytest.mark.parametrize("body", [b"{", b"[]", b'{"username": 5, "password": "x"}'])
def test_a_malformed_login_gets_400(client: TestClient, body: bytes):
    answer = client.post("/api/session", content=body,
                         headers={"Content-Type": "application/json"})
    assert answer.status_code == 400 and answer.json()["error"]


def test_a_supporter_gets_403_on_the_supervisors_queue(client, sam):
    assert client.get("/api/queue").status_code == 403


def test_a_supervisor_sees_the_queue(client: TestClient, store: SyncStore):
    make_user(store, "sue", role="supervisor")
    log_in(client, "sue")
    text_line(client, TEXTER, "hi")
    queue = client.get("/api/queue").json()
    assert queue["by_priority"] == {"normal": 1} and len(queue["waiting"]) == 1


def test_state_changes_without_the_csrf_token_get_403_and_change_nothing(client, sam):
    answer = client.put("/api/shift", json={"status": "off", "capacity": 1})
    assert answer.status_code == 403
    assert client.get("/api/me").json()["shift"]["status"] == "available"


@pytest.mark.parametrize("body", [
    {"status": "sleeping", "capacity": 1}, {"status": "available", "capacity": 0},
    {"status": "available", "capacity": 99}, {"status": "available", "capacity": "3"},
    {"status": "available", "capacity": True},
])
def test_a_bad_shift_gets_400_and_changes_nothing(client, sam, body):
    answer = client.put("/api/shift", json=body, headers=sam)
    assert answer.status_code == 400 and answer.json()["error"]
    assert client.get("/api/me").json()["shift"] == {"status": "available", "capacity": 2,
                                                     "load": 0}


def test_a_supporter_sees_only_their_own_conversations(client, store, sam, stack):
    text_line(client, TEXTER, "hi")
    (mine,) = client.get("/api/conversations").json()["conversations"]
    make_user(store, "ana")
    other = stack.enter_context(TestClient(client.app, base_url="https://testserver"))
    log_in(other, "ana")
    assert other.get("/api/conversations").json()["conversations"] == []
    assert other.get(f"/api/conversations/{mine['id']}").status_code == 404


def test_no_phone_number_ever_reaches_a_supporter(client, store, sam, work):
    text_line(client, TEXTER, "my number is in your records but should not be shown")
    (conversation,) = client.get("/api/conversations").json()["conversations"]
    client.post(f"/api/conversations/{conversation['id']}/messages", json={"body": "hello"},
                headers=sam)
    work()
    detail = client.get(f"/api/conversations/{conversation['id']}")
    listing = client.get("/api/conversations")
    for text in (detail.text, listing.text):
        assert TEXTER not in text and TEXTER[2:] not in text
    assert conversation["pseudonym"]


def test_a_reply_is_validated(client, sam):
    text_line(client, TEXTER, "hi")
    (conversation,) = client.get("/api/conversations").json()["conversations"]
    path = f"/api/conversations/{conversation['id']}/messages"
    for body in ({"body": ""}, {"body": 7}, {}, {"body": "x" * 1601}):
        answer = client.post(path, json=body, headers=sam)
        assert answer.status_code == 400, body
    assert client.post(path, content=b"\x00", headers={**sam, "Content-Type":
                       "application/json"}).status_code == 400
    detail = client.get(f"/api/conversations/{conversation['id']}").json()
    assert not [m for m in detail["messages"] if m["kind"] == "reply"]


def test_a_supporter_cannot_write_in_someone_elses_conversation(client, store, sam, stack):
    text_line(client, TEXTER, "hi")
    (conversation,) = client.get("/api/conversations").json()["conversations"]
    make_user(store, "ana")
    other = stack.enter_context(TestClient(client.app, base_url="https://testserver"))
    csrf = log_in(other, "ana")
    answer = other.post(f"/api/conversations/{conversation['id']}/messages", json={"body": "hi"},
                        headers=csrf)
    assert answer.status_code == 404


def test_transfer_to_the_queue_and_to_a_named_supporter(client, store, sam, stack):
    text_line(client, TEXTER, "hi")
    (conversation,) = client.get("/api/conversations").json()["conversations"]
    make_user(store, "ana")
    other = stack.enter_context(TestClient(client.app, base_url="https://testserver"))
    ana = log_in(other, "ana")
    other.put("/api/shift", json={"status": "away", "capacity": 1}, headers=ana)
    path = f"/api/conversations/{conversation['id']}/transfer"
    refused = client.post(path, json={"to": "ana"}, headers=sam)
    assert refused.status_code == 409  # away: no new conversations
    other.put("/api/shift", json={"status": "available", "capacity": 1}, headers=ana)
    # ana picked nothing up (sam holds the only conversation); now hand it over
    assert client.post(path, json={"to": "ana"}, headers=sam).status_code == 200
    assert [c["id"] for c in other.get("/api/conversations").json()["conversations"]] == [
        conversation["id"]]
    assert client.get("/api/conversations").json()["conversations"] == []


def test_closing_needs_a_sane_wrapup(client, sam):
    text_line(client, TEXTER, "hi")
    (conversation,) = client.get("/api/conversations").json()["conversations"]
    path = f"/api/conversations/{conversation['id']}/close"
    assert client.post(path, json={"tags": "x"}, headers=sam).status_code == 400
    assert client.post(path, json={"outcome": 5}, headers=sam).status_code == 400
    assert client.get("/api/conversations").json()["conversations"][0]["status"] == "active"
    assert client.post(path, json={"outcome": "supported", "tags": ["sleep"]},
                       headers=sam).status_code == 200
    assert client.post(path, json={}, headers=sam).status_code in (404, 409)


def test_logging_out_ends_the_session(client, sam):
    assert client.delete("/api/session", headers=sam).status_code == 204
    assert client.get("/api/me").status_code == 401


def test_the_openapi_document_lists_the_api(client: TestClient):
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/session", "/api/me", "/api/shift", "/api/conversations",
                 "/api/conversations/{conversation_id}/messages", "/api/queue", "/api/events"):
        assert path in spec["paths"]


def test_health_readiness_and_metrics(client: TestClient):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}
    text_line(client, TEXTER, "hi")
    metrics = client.get("/metrics").text
    assert "warmline_conversations_waiting 1.0" in metrics
