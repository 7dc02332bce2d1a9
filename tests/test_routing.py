"""The queue and routing: urgency, then arrival; least loaded, then longest waiting; capacity."""

from __future__ import annotations

import time

import pytest

from warmline.core.conversations import ShiftStatus
from warmline.core.queue import Priority, queue_score
from warmline.store import SyncStore, keys, routing, texting, views

EVENTS_MAX = 10000


def arrive(store: SyncStore, number: str, priority: Priority = Priority.NORMAL,
           at_ms: int | None = None) -> str:
    now = at_ms or int(time.time() * 1000)
    record = store.run(texting.record_inbound(
        message_sid="SM" + number.strip("+").rjust(32, "0"), number=number, channel="sms",
        pseudonym=f"P{number[-4:]}", body="hello", media=[], keyword="", keyword_reply="",
        welcome="welcome", now_ms=now, priority=priority.name.lower(),
        priority_rank=int(priority), queue_score=queue_score(priority, now),
        screening={}, events_max=EVENTS_MAX,
    ))
    return record.conversation_id


def shift(store: SyncStore, username: str, status: str = "available", capacity: int = 1,
          at_ms: int | None = None) -> list[str]:
    return store.run(routing.set_shift(username, ShiftStatus(status), capacity,
                                       at_ms or int(time.time() * 1000), EVENTS_MAX))


def assign(store: SyncStore, at_ms: int | None = None) -> dict[str, str]:
    found = store.run(routing.assign_waiting(at_ms or int(time.time() * 1000), EVENTS_MAX))
    return {a.conversation_id: a.supporter for a in found}


def test_waiting_conversations_go_most_urgent_first_then_by_arrival(store: SyncStore):
    first = arrive(store, "+14155550001", at_ms=1000)
    urgent = arrive(store, "+14155550002", Priority.URGENT, at_ms=2000)
    imminent = arrive(store, "+14155550003", Priority.IMMINENT, at_ms=3000)
    second = arrive(store, "+14155550004", at_ms=4000)
    order = [cid for cid, _ in store.run(routing.waiting())]
    assert order == [imminent, urgent, first, second]


def test_a_conversation_goes_to_the_least_loaded_supporter(store: SyncStore):
    shift(store, "ana", capacity=3, at_ms=1000)
    shift(store, "ben", capacity=3, at_ms=2000)
    got = [assign(store, at_ms=10_000 + i) for i in range(4)
           if arrive(store, f"+1415555010{i}", at_ms=5000 + i)]
    owners = [next(iter(a.values())) for a in got]
    assert sorted(owners) == ["ana", "ana", "ben", "ben"]
    assert owners[0] == "ana"  # tie on load: ana has waited longest since her shift began


def test_ties_go_to_whoever_has_waited_longest_since_an_assignment(store: SyncStore):
    shift(store, "ana", capacity=2, at_ms=1000)
    shift(store, "ben", capacity=2, at_ms=2000)
    arrive(store, "+14155550201", at_ms=3000)
    assert set(assign(store, at_ms=4000).values()) == {"ana"}
    arrive(store, "+14155550202", at_ms=5000)
    assert set(assign(store, at_ms=6000).values()) == {"ben"}


def test_nobody_gets_more_conversations_than_their_capacity(store: SyncStore):
    shift(store, "ana", capacity=2)
    for i in range(5):
        arrive(store, f"+1415555030{i}")
    assign(store)
    assert len(store.run(routing.supporter_conversations("ana"))) == 2
    assert len(store.run(routing.waiting())) == 3


@pytest.mark.parametrize("status", ["away", "off"])
def test_away_and_off_supporters_get_no_new_conversations(store: SyncStore, status: str):
    shift(store, "ana", status=status, capacity=3)
    arrive(store, "+14155550401")
    assert assign(store) == {}


def test_going_off_returns_open_conversations_to_the_front_of_the_queue(store: SyncStore):
    shift(store, "ana", capacity=1)
    held = arrive(store, "+14155550501", at_ms=1000)
    assign(store)
    later = arrive(store, "+14155550502", at_ms=500_000)
    returned = shift(store, "ana", status="off")
    assert returned == [held]
    order = [cid for cid, _ in store.run(routing.waiting())]
    assert order == [held, later]
    (conversation,) = store.run(views.conversations([held]))
    assert conversation["status"] == "waiting" and conversation["supporter"] == ""


def test_a_returned_normal_conversation_stays_behind_a_crisis(store: SyncStore):
    shift(store, "ana", capacity=1)
    held = arrive(store, "+14155550601", at_ms=1000)
    assign(store)
    crisis = arrive(store, "+14155550602", Priority.IMMINENT, at_ms=900_000)
    shift(store, "ana", status="off")
    assert [cid for cid, _ in store.run(routing.waiting())] == [crisis, held]


def test_becoming_available_picks_up_waiting_conversations_at_once(client, store, work):
    from tests.conftest import log_in, make_user, text_line

    text_line(client, "+14155550701", "hello?")
    make_user(store, "ana")
    csrf = log_in(client, "ana")
    answer = client.put("/api/shift", json={"status": "available", "capacity": 2}, headers=csrf)
    assert answer.json()["load"] == 1


def test_closing_frees_capacity_and_assigns_the_next_texter(client, store, work):
    from tests.conftest import log_in, make_user, text_line

    make_user(store, "ana")
    csrf = log_in(client, "ana")
    client.put("/api/shift", json={"status": "available", "capacity": 1}, headers=csrf)
    text_line(client, "+14155550801", "first")
    text_line(client, "+14155550802", "second")
    (mine,) = client.get("/api/conversations").json()["conversations"]
    closed = client.post(f"/api/conversations/{mine['id']}/close",
                         json={"outcome": "supported", "tags": ["anxiety"]}, headers=csrf)
    assert closed.status_code == 200
    (next_one,) = client.get("/api/conversations").json()["conversations"]
    assert next_one["id"] != mine["id"] and next_one["status"] == "active"


def test_a_waiting_texter_is_told_their_place_in_line_once(client, store, work, standin, db):
    from tests.conftest import text_line

    text_line(client, "+14155550901", "hi")
    text_line(client, "+14155550902", "hi")
    work()
    text_line(client, "+14155550902", "still there?")
    work()
    from workers.routing import tell_place_in_line

    conversation_id = db.hget(keys.texter(db.hget(keys.TEXTERS_BY_NUMBER, "+14155550902")),
                              "open_conversation")
    assert tell_place_in_line(conversation_id) == "not due"  # no news, and too soon
    notices = [m.body for m in standin.sent_to("+14155550902") if "in line" in m.body]
    assert notices == [notices[0]] and "number 2 in line" in notices[0]
