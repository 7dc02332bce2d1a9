"""The console's extra API: notes and whispers, the read marker, history, canned responses,
users, supporters on shift and stats. Validated, role-checked, CSRF-protected."""

from __future__ import annotations

import contextlib

import pytest
from starlette.testclient import TestClient

from tests.conftest import log_in, make_user, text_line
from warmline.store import SyncStore

TEXTER = "+14155550444"


@pytest.fixture
def sue(client: TestClient, store: SyncStore, stack: contextlib.ExitStack):
    """A supervisor on a second client: (client, csrf headers)."""
    make_user(store, "sue", role="supervisor")
    other = stack.enter_context(TestClient(client.app, base_url="https://testserver"))
    return other, log_in(other, "sue")


def _conversation(client: TestClient, body: str = "hi") -> str:
    text_line(client, TEXTER, body)
    (conversation,) = client.get("/api/conversations").json()["conversations"]
    return conversation["id"]


@pytest.mark.parametrize(("method", "path"), [
    ("POST", "/api/conversations/c1/notes"), ("POST", "/api/conversations/c1/read"),
    ("GET", "/api/conversations/c1/history"), ("GET", "/api/canned"), ("POST", "/api/canned"),
    ("PUT", "/api/canned/r1"), ("DELETE", "/api/canned/r1"), ("GET", "/api/users"),
    ("POST", "/api/users"), ("PATCH", "/api/users/sam"), ("GET", "/api/supporters"),
    ("GET", "/api/stats"),
])
def test_anonymous_callers_get_401(client: TestClient, method: str, path: str):
    assert client.request(method, path, json={}).status_code == 401


@pytest.mark.parametrize(("method", "path", "body"), [
    ("POST", "/api/canned", {"title": "t", "body": "b"}),
    ("PUT", "/api/canned/r1", {"title": "t", "body": "b"}),
    ("DELETE", "/api/canned/r1", None),
    ("GET", "/api/users", None),
    ("POST", "/api/users", {"username": "x", "role": "supporter", "password": "p" * 12}),
    ("PATCH", "/api/users/sam", {"role": "supervisor"}),
    ("GET", "/api/stats", None),
])
def test_supporters_get_403_on_supervisor_only_calls(client, sam, method, path, body):
    assert client.request(method, path, json=body, headers=sam).status_code == 403


@pytest.mark.parametrize(("method", "path"), [
    ("POST", "/api/conversations/c1/notes"), ("POST", "/api/canned"),
    ("POST", "/api/users"), ("PATCH", "/api/users/sam"),
])
def test_state_changes_without_csrf_get_403(client, sue, method, path):
    other, _ = sue
    assert other.request(method, path, json={"body": "x"}).status_code == 403


def test_a_private_note_is_kept_with_the_conversation_and_never_sent(client, sam, work, standin):
    conversation = _conversation(client)
    work()
    sent_before = len(standin.messages)
    answer = client.post(f"/api/conversations/{conversation}/notes",
                         json={"body": "mentions sleep trouble"}, headers=sam)
    assert answer.status_code == 201
    work()
    assert len(standin.messages) == sent_before
    notes = [m for m in client.get(f"/api/conversations/{conversation}").json()["messages"]
             if m["direction"] == "note"]
    assert [(n["kind"], n["author"], n["body"]) for n in notes] == [
        ("note", "sam", "mentions sleep trouble")]


@pytest.mark.parametrize("body", [{}, {"body": ""}, {"body": 3}, {"body": "x" * 2001},
                                  {"body": "ok", "kind": "shout"}])
def test_a_bad_note_gets_400_and_adds_nothing(client, sam, body):
    conversation = _conversation(client)
    answer = client.post(f"/api/conversations/{conversation}/notes", json=body, headers=sam)
    assert answer.status_code == 400 and answer.json()["error"]
    messages = client.get(f"/api/conversations/{conversation}").json()["messages"]
    assert not [m for m in messages if m["direction"] == "note"]


def test_only_supervisors_whisper_and_the_supporter_sees_it(client, sam, sue):
    conversation = _conversation(client)
    path = f"/api/conversations/{conversation}/notes"
    assert client.post(path, json={"body": "psst", "kind": "whisper"},
                       headers=sam).status_code == 403
    other, csrf = sue
    assert other.post(path, json={"body": "ask about sleep", "kind": "whisper"},
                      headers=csrf).status_code == 201
    messages = client.get(f"/api/conversations/{conversation}").json()["messages"]
    assert [(m["kind"], m["author"]) for m in messages if m["direction"] == "note"] == [
        ("whisper", "sue")]


def test_a_supporter_cannot_note_someone_elses_conversation(client, store, sam, stack):
    conversation = _conversation(client)
    make_user(store, "ana")
    other = stack.enter_context(TestClient(client.app, base_url="https://testserver"))
    csrf = log_in(other, "ana")
    answer = other.post(f"/api/conversations/{conversation}/notes", json={"body": "x"},
                        headers=csrf)
    assert answer.status_code == 404


def test_a_supervisor_reading_never_clears_the_supporters_unread_count(client, sam, sue):
    conversation = _conversation(client)
    text_line(client, TEXTER, "are you there?")
    other, csrf = sue
    assert other.get(f"/api/conversations/{conversation}").status_code == 200
    assert other.post(f"/api/conversations/{conversation}/read",
                      headers=csrf).status_code == 403
    assert client.get(f"/api/conversations/{conversation}").json()["unread"] == 2
    assert client.post(f"/api/conversations/{conversation}/read",
                       headers=sam).status_code == 200
    assert client.get(f"/api/conversations/{conversation}").json()["unread"] == 0


def test_a_returning_texter_brings_earlier_wrapups_and_notes_but_no_number(client, sam):
    first = _conversation(client, "first time")
    client.post(f"/api/conversations/{first}/notes", json={"body": "likes walks"}, headers=sam)
    client.post(f"/api/conversations/{first}/close",
                json={"outcome": "supported", "tags": ["sleep"]}, headers=sam)
    second = _conversation(client, "back again")
    answer = client.get(f"/api/conversations/{second}/history")
    assert answer.status_code == 200
    assert TEXTER not in answer.text and TEXTER[2:] not in answer.text
    (earlier,) = answer.json()["conversations"]
    assert earlier["id"] == first
    assert earlier["wrapup"] == {"outcome": "supported", "tags": ["sleep"]}
    assert [n["body"] for n in earlier["notes"]] == ["likes walks"]


def test_canned_responses_add_edit_remove(client, sam, sue):
    other, csrf = sue
    added = other.post("/api/canned", json={"title": "Welcome", "body": "Hi, I'm here."},
                       headers=csrf)
    assert added.status_code == 201
    canned_id = added.json()["id"]
    assert [c["title"] for c in client.get("/api/canned").json()["canned"]] == ["Welcome"]
    edited = other.put(f"/api/canned/{canned_id}", json={"title": "Welcome", "body": "Hello."},
                       headers=csrf)
    assert edited.status_code == 200
    assert client.get("/api/canned").json()["canned"][0]["body"] == "Hello."
    assert other.delete(f"/api/canned/{canned_id}", headers=csrf).status_code == 204
    assert other.put(f"/api/canned/{canned_id}", json={"title": "a", "body": "b"},
                     headers=csrf).status_code == 404
    assert client.get("/api/canned").json()["canned"] == []


@pytest.mark.parametrize("body", [{}, {"title": "", "body": "b"}, {"title": "t"},
                                  {"title": "t" * 61, "body": "b"}, {"title": "t", "body": 5}])
def test_a_bad_canned_response_gets_400(client, sue, body):
    other, csrf = sue
    answer = other.post("/api/canned", json=body, headers=csrf)
    assert answer.status_code == 400 and answer.json()["error"]
    assert other.get("/api/canned").json()["canned"] == []


def test_supervisors_add_users_change_roles_reset_passwords_and_deactivate(client, sue, stack):
    other, csrf = sue
    added = other.post("/api/users", json={"username": "Kim", "role": "supporter",
                                           "password": "a long password", "display_name": "Kim"},
                       headers=csrf)
    assert added.status_code == 201 and added.json()["username"] == "kim"
    assert other.post("/api/users", json={"username": "kim", "role": "supporter",
                                          "password": "a long password"},
                      headers=csrf).status_code == 409
    assert other.patch("/api/users/kim", json={"role": "clinician"},
                       headers=csrf).json()["role"] == "clinician"
    assert other.patch("/api/users/kim", json={"password": "another long one"},
                       headers=csrf).status_code == 200
    kim = stack.enter_context(TestClient(client.app, base_url="https://testserver"))
    assert kim.post("/api/session", json={"username": "kim", "password": "another long one"}
                    ).status_code == 200
    assert other.patch("/api/users/kim", json={"active": False},
                       headers=csrf).json()["active"] is False
    assert kim.get("/api/me").status_code == 401
    users = {u["username"]: u for u in other.get("/api/users").json()["users"]}
    assert users["kim"]["active"] is False and "password_hash" not in users["kim"]


@pytest.mark.parametrize("body", [
    {"username": "k", "role": "supporter", "password": "a long password"},
    {"username": "kim", "role": "boss", "password": "a long password"},
    {"username": "kim", "role": "supporter", "password": "short"},
    {"username": "kim", "role": "supporter"},
    {"username": "kim", "role": "supporter", "password": "a long password", "phone": "nope"},
])
def test_a_bad_new_user_gets_400_and_is_not_created(client, sue, body):
    other, csrf = sue
    answer = other.post("/api/users", json=body, headers=csrf)
    assert answer.status_code == 400 and answer.json()["error"]
    assert [u["username"] for u in other.get("/api/users").json()["users"]] == ["sue"]


@pytest.mark.parametrize("body", [{}, {"role": "boss"}, {"active": "no"}, {"password": "short"},
                                  {"display_name": ""}])
def test_a_bad_user_change_gets_400(client, store, sue, body):
    make_user(store, "kim")
    other, csrf = sue
    answer = other.patch("/api/users/kim", json=body, headers=csrf)
    assert answer.status_code == 400 and answer.json()["error"]


def test_a_supervisor_cannot_lock_themselves_out(client, sue):
    other, csrf = sue
    assert other.patch("/api/users/sue", json={"active": False}, headers=csrf).status_code == 400
    assert other.patch("/api/users/sue", json={"role": "supporter"},
                       headers=csrf).status_code == 400
    assert other.patch("/api/users/nobody", json={"active": False},
                       headers=csrf).status_code == 404


def test_deactivating_a_supporter_returns_their_conversations_to_the_queue(client, sam, sue):
    conversation = _conversation(client)
    other, csrf = sue
    other.patch("/api/users/sam", json={"active": False}, headers=csrf)
    queue = other.get("/api/queue").json()
    assert [w["id"] for w in queue["waiting"]] == [conversation]


def test_supporters_on_shift_lists_load_and_room_without_phones(client, store, sam):
    make_user(store, "ana", phone="+14155550999")
    answer = client.get("/api/supporters")
    assert answer.json()["supporters"] == [{"username": "sam", "display_name": "Sam",
                                            "status": "available", "capacity": 2, "load": 0,
                                            "has_room": True}]


def test_stats_count_conversations_per_hour_and_waits(client, sam, sue):
    _conversation(client)
    other, _ = sue
    stats = other.get("/api/stats").json()
    assert len(stats["per_hour"]) == 24 and stats["per_hour"][-1] == 1
    assert len(stats["waits_seconds"]) == 1 and stats["wait_median_seconds"] is not None
    assert stats["active"] == 1


def test_the_openapi_document_describes_the_console_calls(client: TestClient):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/conversations/{conversation_id}/notes",
                 "/api/conversations/{conversation_id}/read",
                 "/api/conversations/{conversation_id}/history", "/api/canned",
                 "/api/canned/{canned_id}", "/api/users", "/api/users/{username}",
                 "/api/supporters", "/api/stats"):
        assert path in paths, path
