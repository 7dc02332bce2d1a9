"""Opening hours: set by supervisors, an honest after-hours reply (rate-limited), messages kept
and queued at opening; crises are queued and paged at every hour; the daily contact limit."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import log_in, make_user, text_line
from tests.continuity_support import QUIET_OFF, on_shift, open_conversation
from warmline.store import escalations, keys, routing
from workers import quiet

TEXTER = "+12125550177"
CRISIS = "i have the pills and i'm taking them all tonight"
WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _closed_now() -> dict:
    """A schedule open one hour a day, six hours from now (New York time)."""
    hour = (datetime.now(ZoneInfo("America/New_York")) + timedelta(hours=6)).hour
    span = [f"{hour:02d}:00", f"{hour + 1:02d}:00" if hour < 23 else "24:00"]
    return {"time_zone": "America/New_York", "weekly": {day: [span] for day in WEEK}}


def _supervisor(client, store) -> dict[str, str]:
    make_user(store, "sue", role="supervisor")
    return log_in(client, "sue")


def _after_hours(standin) -> list[str]:
    return [m.body for m in standin.sent_to(TEXTER) if "We're closed right now" in m.body]


def test_supervisors_set_opening_hours_and_everyone_reads_them(line, store):
    client = line()
    csrf = _supervisor(client, store)
    answer = client.put("/api/hours", json=_closed_now(), headers=csrf)
    assert answer.status_code == 200, answer.text
    assert answer.json()["open_now"] is False and answer.json()["next_opening"]
    make_user(store, "ana")
    log_in(client, "ana")
    read = client.get("/api/hours").json()
    assert read["hours"]["weekly"]["mon"] == _closed_now()["weekly"]["mon"]
    assert client.put("/api/hours", json=_closed_now(), headers=log_in(client, "ana")
                      ).status_code == 403


@pytest.mark.parametrize("body", [
    {"weekly": {"mon": [["17:00", "09:00"]]}}, {"weekly": {"mon": [["9am", "5pm"]]}},
    {"weekly": {"funday": []}}, {"time_zone": "Nowhere/Special", "weekly": {}},
    {"weekly": {}, "exceptions": [{"date": "25/12/2026", "hours": []}]}, ["mon"], "closed",
])
def test_malformed_opening_hours_get_400_and_change_nothing(line, store, body):
    client = line()
    csrf = _supervisor(client, store)
    client.put("/api/hours", json=_closed_now(), headers=csrf)
    before = client.get("/api/hours").json()
    answer = client.put("/api/hours", json=body, headers=csrf)
    assert answer.status_code == 400 and answer.json()["error"]
    assert client.get("/api/hours").json()["hours"] == before["hours"]


def test_opening_hours_that_are_not_json_get_400(line, store):
    client = line()
    csrf = _supervisor(client, store)
    answer = client.put("/api/hours", content=b"{mon: 9-5", headers={
        **csrf, "Content-Type": "application/json"})
    assert answer.status_code == 400
    assert client.get("/api/hours").json()["always_open"] is True


def test_after_hours_a_texter_gets_an_honest_reply_at_most_once_every_few_hours(
        line, store, work, db, standin):
    client = line()
    client.put("/api/hours", json=_closed_now(), headers=_supervisor(client, store))
    on_shift(client, store, "ana")
    for body in ("hello?", "is anyone there", "I can't sleep"):
        text_line(client, TEXTER, body)
    work()
    (reply,) = _after_hours(standin)
    assert "open again" in reply and "988" in reply and "NO THANKS" in reply
    conversation_id = open_conversation(db, TEXTER)
    record = db.hgetall(keys.conversation(conversation_id))
    assert record["status"] == "held" and record["supporter"] == ""
    assert store.run(routing.waiting()) == []
    assert db.llen(keys.conversation_messages(conversation_id)) >= 4  # all three kept
    # Hours later, still closed: one more honest answer.
    tkey = keys.texter(db.hget(keys.TEXTERS_BY_NUMBER, TEXTER))
    db.hset(tkey, "after_hours_notice_at", int(db.hget(tkey, "after_hours_notice_at"))
            - 5 * 3600 * 1000)
    text_line(client, TEXTER, "still here")
    work()
    assert len(_after_hours(standin)) == 2


def test_held_conversations_are_queued_at_opening_time(line, store, work, db, standin):
    client = line()
    csrf = _supervisor(client, store)
    client.put("/api/hours", json=_closed_now(), headers=csrf)
    text_line(client, TEXTER, "hello?")
    text_line(client, "+12125550178", "anyone?")
    work()
    assert quiet.release_held() == 0  # still closed
    client.delete("/api/hours", headers=csrf)  # now open
    on_shift(client, store, "ana", capacity=1)
    assert quiet.release_held() == 2
    first, second = open_conversation(db, TEXTER), open_conversation(db, "+12125550178")
    assert db.hget(keys.conversation(first), "supporter") == "ana"  # first come, first served
    assert [cid for cid, _ in store.run(routing.waiting())] == [second]


def test_no_thanks_while_held_means_no_callback_at_opening(line, store, work, db, standin):
    client = line()
    csrf = _supervisor(client, store)
    client.put("/api/hours", json=_closed_now(), headers=csrf)
    text_line(client, TEXTER, "hello?")
    conversation_id = open_conversation(db, TEXTER)
    text_line(client, TEXTER, "no thanks")
    assert db.hget(keys.conversation(conversation_id), "status") == "closed"
    client.delete("/api/hours", headers=csrf)
    assert quiet.release_held() == 0 and store.run(routing.waiting()) == []


def _on_call(store) -> None:
    make_user(store, "cara", role="clinician", phone="+14155550301")
    store.run_all(escalations.set_on_call(["cara"]))


def test_a_crisis_after_hours_is_queued_at_once_and_pages_the_clinician(
        line, store, work, db, standin):
    client = line()
    client.put("/api/hours", json=_closed_now(), headers=_supervisor(client, store))
    _on_call(store)
    text_line(client, TEXTER, CRISIS)
    work()
    conversation_id = open_conversation(db, TEXTER)
    assert db.hget(keys.conversation(conversation_id), "status") == "waiting"
    assert [cid for cid, _ in store.run(routing.waiting())] == [conversation_id]
    assert [m for m in standin.sent_to("+14155550301") if "ACK" in m.body]
    assert _after_hours(standin) == []


def test_crisis_words_in_a_held_conversation_queue_it_and_page(line, store, work, db, standin):
    client = line()
    client.put("/api/hours", json=_closed_now(), headers=_supervisor(client, store))
    _on_call(store)
    text_line(client, TEXTER, "can't sleep again")
    conversation_id = open_conversation(db, TEXTER)
    assert db.hget(keys.conversation(conversation_id), "status") == "held"
    for part in ("i have the pills", "all of them", "tonight"):
        text_line(client, TEXTER, part)
    work()
    assert db.hget(keys.conversation(conversation_id), "status") == "waiting"
    assert [cid for cid, _ in store.run(routing.waiting())] == [conversation_id]
    assert [m for m in standin.sent_to("+14155550301") if "ACK" in m.body]


def _close(client, csrf, db) -> None:
    conversation_id = open_conversation(db, TEXTER)
    assert client.post(f"/api/conversations/{conversation_id}/close", json={},
                       headers=csrf).status_code == 200


def test_the_contact_limit_is_off_by_default(line, store, work, db, standin):
    client = line(**QUIET_OFF)
    csrf = on_shift(client, store, "ana", capacity=5)
    for _ in range(5):
        text_line(client, TEXTER, "hi it's me again")
        _close(client, csrf, db)
    text_line(client, TEXTER, "hi it's me again")
    assert db.hget(keys.conversation(open_conversation(db, TEXTER)), "status") == "active"


def test_over_the_contact_limit_a_conversation_is_held_gently_but_never_a_crisis(
        line, store, work, db, standin):
    client = line(WARMLINE_CONTACTS_PER_DAY="2", **QUIET_OFF)
    csrf = on_shift(client, store, "ana", capacity=5)
    for _ in range(2):
        text_line(client, TEXTER, "hi it's me again")
        _close(client, csrf, db)
    text_line(client, TEXTER, "hi it's me again")
    work()
    held = open_conversation(db, TEXTER)
    assert db.hget(keys.conversation(held), "held_reason") == "contact_limit"
    (reply,) = [m.body for m in standin.sent_to(TEXTER) if "conversations a day" in m.body]
    assert "saved" in reply and "988" in reply
    text_line(client, TEXTER, CRISIS)
    assert db.hget(keys.conversation(held), "status") in ("waiting", "active")


def test_a_contact_limit_hold_is_queued_once_the_day_has_passed(line, store, work, db):
    client = line(WARMLINE_CONTACTS_PER_DAY="1", **QUIET_OFF)
    csrf = on_shift(client, store, "ana", capacity=5)
    text_line(client, TEXTER, "hi")
    _close(client, csrf, db)
    text_line(client, TEXTER, "hi again")
    held = open_conversation(db, TEXTER)
    assert quiet.release_held() == 0  # not yet: a day has not passed
    assert quiet.release_held(int(db.hget(keys.conversation(held), "held_until"))) == 1
    assert db.hget(keys.conversation(held), "supporter") == "ana"


def test_supervisors_see_how_many_conversations_are_held(line, store, work, db):
    client = line()
    client.put("/api/hours", json=_closed_now(), headers=_supervisor(client, store))
    text_line(client, TEXTER, "hello?")
    assert client.get("/api/hours").json()["held_conversations"] == 1
