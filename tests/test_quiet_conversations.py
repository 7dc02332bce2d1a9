"""Quiet conversations: one gentle check, then a closing that frees capacity; a nudge for an
unanswered texter, then back to the head of the queue; gentle session-length guidance."""

from __future__ import annotations

import json
import time

from tests.conftest import log_in, text_line
from tests.continuity_support import QUIET_OFF, on_shift, open_conversation
from warmline.store import keys, routing
from workers import quiet

TEXTER, NEXT = "+12125550160", "+12125550161"
MINUTE = 60_000


def _events(db, kind: str) -> list[dict]:
    return [{**fields, "data": json.loads(fields["data"])}
            for _, fields in db.xrange(keys.EVENTS) if fields["type"] == kind]


def _talking(client, store, db, work) -> tuple[str, dict[str, str]]:
    csrf = on_shift(client, store, "ana", capacity=1)
    text_line(client, TEXTER, "hi")
    conversation_id = open_conversation(db, TEXTER)
    reply = client.post(f"/api/conversations/{conversation_id}/messages",
                        json={"body": "Hi, I'm here. How are you doing?"}, headers=csrf)
    assert reply.status_code == 201
    work()
    return conversation_id, csrf


def _now() -> int:
    return int(time.time() * 1000)


def test_a_silent_texter_gets_one_check_then_the_conversation_closes_and_frees_capacity(
        line, store, db, work, standin):
    client = line(**QUIET_OFF)
    conversation_id, _ = _talking(client, store, db, work)
    text_line(client, NEXT, "hello?")  # waiting: ana is full
    assert quiet.sweep(_now() + 14 * MINUTE) == {}
    assert quiet.sweep(_now() + 15 * MINUTE) == {"check_on_texter": 1}
    assert quiet.sweep(_now() + 16 * MINUTE) == {}  # once per silence
    work()
    checks = [m.body for m in standin.sent_to(TEXTER) if "still there" in m.body]
    assert len(checks) == 1
    assert quiet.sweep(_now() + 31 * MINUTE) == {"close": 1}
    work()
    assert db.hget(keys.conversation(conversation_id), "status") == "closed"
    closing = standin.sent_to(TEXTER)[-1].body
    assert "haven't heard from you" in closing and "988" in closing
    assert not [m for m in standin.sent_to(TEXTER) if "how helpful" in m.body]  # no survey
    assert db.hget(keys.conversation(open_conversation(db, NEXT)), "supporter") == "ana"


def test_a_texter_who_answers_the_check_keeps_the_conversation(line, store, db, work):
    client = line(**QUIET_OFF)
    conversation_id, _ = _talking(client, store, db, work)
    quiet.sweep(_now() + 15 * MINUTE)
    text_line(client, TEXTER, "sorry, still here")
    assert "close" not in quiet.sweep(_now() + 31 * MINUTE)
    assert db.hget(keys.conversation(conversation_id), "status") != "closed"


def test_a_crisis_conversation_is_never_closed_for_silence(line, store, db, work):
    client = line(**QUIET_OFF)
    conversation_id, _ = _talking(client, store, db, work)
    db.hset(keys.conversation(conversation_id), mapping={"priority": "imminent", "rank": 0})
    quiet.sweep(_now() + 15 * MINUTE)
    assert quiet.sweep(_now() + 600 * MINUTE) == {}
    assert db.hget(keys.conversation(conversation_id), "status") == "active"


def test_an_unanswered_texter_nudges_the_supporter_then_returns_to_the_head_of_the_queue(
        line, store, db, work):
    client = line(**QUIET_OFF)
    on_shift(client, store, "ana", capacity=1)
    text_line(client, TEXTER, "hi, is anyone there?")
    first = open_conversation(db, TEXTER)
    text_line(client, NEXT, "hello")
    assert quiet.sweep(_now() + 5 * MINUTE) == {"nudge_supporter": 1}
    assert quiet.sweep(_now() + 6 * MINUTE) == {}
    (nudge,) = _events(db, "conversation.nudged")
    assert nudge["supporter"] == "ana" and nudge["conversation"] == first
    assert quiet.sweep(_now() + 10 * MINUTE) == {"requeue": 1}
    assert [cid for cid, _ in store.run(routing.waiting())] == [first,
                                                                open_conversation(db, NEXT)]
    assert store.run(routing.shift("ana"))["status"] == "away"
    assert _events(db, "supporter.set_away")[0]["supporter"] == "ana"


def test_a_reply_settles_the_debt(line, store, db, work):
    client = line(**QUIET_OFF)
    csrf = on_shift(client, store, "ana", capacity=1)
    text_line(client, TEXTER, "hi")
    conversation_id = open_conversation(db, TEXTER)
    client.post(f"/api/conversations/{conversation_id}/messages", json={"body": "hi!"},
                headers=csrf)
    assert quiet.sweep(_now() + 5 * MINUTE) == {}


def test_session_guidance_is_off_by_default_and_gentle_when_on(line, store, db, work):
    client = line(**QUIET_OFF)
    conversation_id, _ = _talking(client, store, db, work)
    text_line(client, TEXTER, "thanks")
    log_in(client, "ana")
    client.post(f"/api/conversations/{conversation_id}/messages", json={"body": "of course"},
                headers=log_in(client, "ana"))
    assert "guide_session" not in quiet.sweep(_now() + 31 * MINUTE)
    line(WARMLINE_SESSION_GUIDE_SECONDS="1800", WARMLINE_QUIET_CLOSE_SECONDS="0")
    assert quiet.sweep(_now() + 31 * MINUTE) == {"guide_session": 1}
    assert quiet.sweep(_now() + 32 * MINUTE) == {}
    (guide,) = _events(db, "conversation.session_guide")
    assert guide["supporter"] == "ana" and "no rush" in guide["data"]["message"]
