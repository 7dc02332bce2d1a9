"""Returning texters: offered first to their last supporter for a bounded time, then everyone."""

from __future__ import annotations

import time

from tests.conftest import log_in, text_line
from tests.continuity_support import (
    QUIET_OFF,
    on_shift,
    open_conversation,
    run_scheduled_now,
    scheduled,
)
from warmline.store import keys

TEXTER = "+12125550190"
OTHER = "+12125550191"
CRISIS = "i have the pills and i'm taking them all tonight"


def _url(db) -> str:
    kwargs = db.connection_pool.connection_kwargs
    return f"redis://{kwargs['host']}:{kwargs['port']}/0"


def _first_conversation_with_ana(client, store, db, capacity: int = 1) -> dict[str, str]:
    csrf = on_shift(client, store, "ana", capacity=capacity)
    text_line(client, TEXTER, "hi")
    conversation_id = open_conversation(db, TEXTER)
    assert db.hget(keys.conversation(conversation_id), "supporter") == "ana"
    client.post(f"/api/conversations/{conversation_id}/close", json={}, headers=csrf)
    return csrf


def _supporter(db, number: str) -> str:
    return db.hget(keys.conversation(open_conversation(db, number)), "supporter")


def test_a_returning_texter_goes_first_to_their_last_supporter(line, store, db):
    client = line(**QUIET_OFF)
    _first_conversation_with_ana(client, store, db)
    on_shift(client, store, "ben")  # next in line by routing order: ana was assigned last
    text_line(client, TEXTER, "hi again, it's me")
    assert _supporter(db, TEXTER) == "ana"


def test_the_offer_waits_for_a_busy_last_supporter_then_expires(line, store, db, work):
    client = line(WARMLINE_RETURNING_OFFER_SECONDS="1", **QUIET_OFF)
    _first_conversation_with_ana(client, store, db)
    text_line(client, OTHER, "hello")  # ana is full now
    on_shift(client, store, "ben")
    text_line(client, TEXTER, "hi again")
    conversation_id = open_conversation(db, TEXTER)
    assert _supporter(db, TEXTER) == ""  # ben looks past it while it is offered to ana
    assert db.hget(keys.conversation(conversation_id), "offer_to") == "ana"
    work()
    (due,) = scheduled(_url(db), f"offer-{conversation_id}-").values()
    assert due <= time.time() + 2
    time.sleep(1.1)
    run_scheduled_now(_url(db), work, "offer-")
    assert _supporter(db, TEXTER) == "ben"


def test_a_returning_texter_does_not_wait_for_a_supporter_who_is_away(line, store, db):
    client = line(**QUIET_OFF)
    _first_conversation_with_ana(client, store, db)
    on_shift(client, store, "ana", status="away")
    on_shift(client, store, "ben")
    text_line(client, TEXTER, "hi again")
    assert _supporter(db, TEXTER) == "ben"


def test_a_crisis_never_waits_for_the_last_supporter(line, store, db):
    client = line(**QUIET_OFF)
    _first_conversation_with_ana(client, store, db)
    text_line(client, OTHER, "hello")  # ana is full
    on_shift(client, store, "ben")
    text_line(client, TEXTER, CRISIS)
    assert _supporter(db, TEXTER) == "ben"


def test_a_freed_last_supporter_takes_the_offered_conversation_at_once(line, store, db):
    client = line(**QUIET_OFF)
    _first_conversation_with_ana(client, store, db)
    text_line(client, OTHER, "hello")
    on_shift(client, store, "ben", capacity=3)
    text_line(client, TEXTER, "hi again")
    assert _supporter(db, TEXTER) == ""
    other = open_conversation(db, OTHER)
    closed = client.post(f"/api/conversations/{other}/close", json={},
                         headers=log_in(client, "ana"))
    assert closed.status_code == 200
    assert _supporter(db, TEXTER) == "ana"
