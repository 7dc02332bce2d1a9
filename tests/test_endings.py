"""Endings and follow-ups: the closing texts, answers read in the closed conversation, and a
follow-up check-in that respects quiet hours and STOP, sent once."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import redis

from tests.conftest import text_line
from tests.continuity_support import (
    QUIET_OFF,
    on_shift,
    open_conversation,
    run_scheduled_now,
    scheduled,
    texter_id,
)
from warmline.jobs import Jobs
from warmline.store import keys

TEXTER = "+12125550142"  # New York


def _talk_then_close(client, store, work, db, supporter: str = "ana") -> tuple[str, dict]:
    csrf = on_shift(client, store, supporter)
    text_line(client, TEXTER, "hi, rough day")
    work()
    conversation_id = open_conversation(db, TEXTER)
    client.post(f"/api/conversations/{conversation_id}/messages", json={"body": "I'm here"},
                headers=csrf)
    closed = client.post(f"/api/conversations/{conversation_id}/close",
                         json={"outcome": "supported", "tags": []}, headers=csrf)
    assert closed.status_code == 200, closed.text
    work()
    return conversation_id, csrf


def _bodies(standin) -> list[str]:
    return [m.body for m in standin.sent_to(TEXTER)]


def _conversation(client, conversation_id: str) -> dict:
    return client.get(f"/api/conversations/{conversation_id}").json()


def test_ending_texts_a_closing_message_then_the_survey_and_follow_up_offer(
        line, store, work, db, standin):
    client = line(**QUIET_OFF)
    _talk_then_close(client, store, work, db)
    closing, survey = _bodies(standin)[-2:]
    assert "conversation has ended" in closing and "988" in closing
    assert "1 (not at all) to 5 (very)" in survey and "reply YES" in survey


def test_the_closing_texts_are_sent_once_even_if_the_ending_job_runs_again(
        line, store, work, db, standin, redis_server):
    client = line(**QUIET_OFF)
    conversation_id, _ = _talk_then_close(client, store, work, db)
    before = len(_bodies(standin))
    _jobs(db).queue.enqueue("workers.endings.send_ending", conversation_id)
    work()
    assert len(_bodies(standin)) == before


@pytest.mark.parametrize(("reply", "rating", "consent"), [
    ("4", "4", None), ("no thanks", None, "no"), ("5, no thank you", "5", "no"),
])
def test_answers_are_recorded_in_the_closed_conversation_without_opening_one(
        line, store, work, db, standin, reply, rating, consent):
    client = line(**QUIET_OFF)
    conversation_id, _ = _talk_then_close(client, store, work, db)
    text_line(client, TEXTER, reply)
    work()
    assert open_conversation(db, TEXTER) == ""
    record = db.hgetall(keys.conversation(conversation_id))
    assert record.get("survey_rating") == rating and record.get("followup_consent") == consent
    assert record["status"] == "closed"
    assert _conversation(client, conversation_id)["messages"][-1]["kind"] == "survey"
    assert db.llen(keys.texter_conversations(texter_id(db, TEXTER))) == 1
    assert scheduled(db_url(db), "followups-") == {}


def test_anything_else_after_the_closing_texts_opens_a_new_conversation(
        line, store, work, db, standin):
    client = line(**QUIET_OFF)
    conversation_id, _ = _talk_then_close(client, store, work, db)
    text_line(client, TEXTER, "actually, can we keep talking?")
    work()
    new = open_conversation(db, TEXTER)
    assert new and new != conversation_id


def test_after_both_answers_a_further_yes_is_a_new_conversation(line, store, work, db, standin):
    client = line(**QUIET_OFF)
    conversation_id, _ = _talk_then_close(client, store, work, db)
    text_line(client, TEXTER, "4")
    text_line(client, TEXTER, "no thanks")
    text_line(client, TEXTER, "yes")
    assert open_conversation(db, TEXTER) not in ("", conversation_id)


def test_a_yes_schedules_one_follow_up_that_is_sent_once(line, store, work, db, standin):
    client = line(**QUIET_OFF)
    conversation_id, _ = _talk_then_close(client, store, work, db)
    said_yes = datetime.now(UTC)
    text_line(client, TEXTER, "YES!")
    work()
    (due,) = scheduled(db_url(db), "followups-").values()
    assert abs(due - (said_yes + timedelta(days=1)).timestamp()) < 5  # tomorrow, same hour
    assert db.hget(keys.conversation(conversation_id), "followup_consent") == "yes"
    assert open_conversation(db, TEXTER) == ""
    (member,) = _come_due(db)
    # The scheduled job, a duplicate of it, and the single follow-up run again by hand: one text.
    _jobs(db).queue.enqueue("workers.followups.send_due_follow_ups")
    run_scheduled_now(db_url(db), work, "followups-")
    _jobs(db).queue.enqueue("workers.followups.send_follow_up", *member.split(":"))
    work()
    follow_ups = [b for b in _bodies(standin) if "checking in as promised" in b]
    assert len(follow_ups) == 1
    assert _conversation(client, conversation_id)["messages"][-1]["kind"] == "followup"
    assert db.zcard(keys.FOLLOW_UPS) == 0


def _come_due(db) -> list[str]:
    """Pretend a day has passed: every pending follow-up is due now."""
    members = db.zrange(keys.FOLLOW_UPS, 0, -1)
    for member in members:
        db.zadd(keys.FOLLOW_UPS, {member: int(time.time() * 1000) - 1})
    return members


def test_quiet_hours_move_the_follow_up_to_the_texters_morning(line, store, work, db, standin):
    # Quiet from an hour ago to two hours from now, New York time, with no delay: the check-in
    # is due now, inside quiet hours, so it moves to their end.
    now = datetime.now(ZoneInfo("America/New_York"))
    start, end = now - timedelta(hours=1), now + timedelta(hours=2)
    client = line(WARMLINE_QUIET_HOURS=f"{start:%H:%M}-{end:%H:%M}",
                  WARMLINE_FOLLOWUP_DELAY_SECONDS="0")
    _talk_then_close(client, store, work, db)
    text_line(client, TEXTER, "yes")
    work()
    (due,) = scheduled(db_url(db), "followups-").values()
    assert due == end.replace(second=0, microsecond=0).timestamp()


def test_a_follow_up_that_comes_due_in_quiet_hours_moves_itself(line, store, work, db, standin):
    client = line(**QUIET_OFF)
    _talk_then_close(client, store, work, db)
    text_line(client, TEXTER, "yes")
    work()
    now = datetime.now(ZoneInfo("America/New_York"))
    start, end = now - timedelta(hours=1), now + timedelta(hours=2)
    line(WARMLINE_QUIET_HOURS=f"{start:%H:%M}-{end:%H:%M}")  # the workers now see quiet hours
    _come_due(db)
    run_scheduled_now(db_url(db), work, "followups-")
    assert not [b for b in _bodies(standin) if "checking in" in b]
    (due,) = scheduled(db_url(db), "followups-").values()
    assert due == end.replace(second=0, microsecond=0).timestamp()
    (score,) = [score for _, score in db.zrange(keys.FOLLOW_UPS, 0, -1, withscores=True)]
    assert score == due * 1000


def test_stop_cancels_a_pending_follow_up(line, store, work, db, standin):
    client = line(**QUIET_OFF)
    _talk_then_close(client, store, work, db)
    text_line(client, TEXTER, "yes")
    work()
    (member,) = _come_due(db)
    text_line(client, TEXTER, "STOP")
    work()
    assert db.zcard(keys.FOLLOW_UPS) == 0
    run_scheduled_now(db_url(db), work, "followups-")  # the job runs anyway, and so does
    _jobs(db).queue.enqueue("workers.followups.send_follow_up", *member.split(":"))  # a stray
    work()
    assert not [b for b in _bodies(standin) if "checking in" in b]


def test_a_new_conversation_cancels_a_pending_follow_up(line, store, work, db, standin):
    client = line(**QUIET_OFF)
    _talk_then_close(client, store, work, db)
    text_line(client, TEXTER, "yes")
    work()
    (member,) = _come_due(db)
    text_line(client, TEXTER, "hey, it's getting bad again")
    work()
    assert db.zcard(keys.FOLLOW_UPS) == 0
    run_scheduled_now(db_url(db), work, "followups-")  # the job runs anyway, and so does
    _jobs(db).queue.enqueue("workers.followups.send_follow_up", *member.split(":"))  # a stray
    work()
    assert not [b for b in _bodies(standin) if "checking in" in b]


def test_an_opted_out_texter_gets_no_closing_texts(line, store, work, db, standin):
    client = line(**QUIET_OFF)
    csrf = on_shift(client, store, "ana")
    text_line(client, TEXTER, "hi")
    work()
    conversation_id = open_conversation(db, TEXTER)
    text_line(client, TEXTER, "STOP")
    client.post(f"/api/conversations/{conversation_id}/close", json={}, headers=csrf)
    work()
    assert not [b for b in _bodies(standin) if "conversation has ended" in b]


def test_a_reply_to_a_follow_up_is_offered_to_the_same_supporter(line, store, work, db, standin):
    client = line(**QUIET_OFF)
    _talk_then_close(client, store, work, db, supporter="ana")
    on_shift(client, store, "ben", capacity=5)  # ben is less loaded and waiting longest
    text_line(client, TEXTER, "yes")
    work()
    _come_due(db)
    run_scheduled_now(db_url(db), work, "followups-")
    assert [b for b in _bodies(standin) if "checking in" in b]
    text_line(client, TEXTER, "thanks for checking, I'm a bit better")
    work()
    conversation = db.hgetall(keys.conversation(open_conversation(db, TEXTER)))
    assert conversation["supporter"] == "ana"


def _jobs(db) -> Jobs:
    return Jobs(redis.Redis.from_url(db_url(db)))


def db_url(db) -> str:
    kwargs = db.connection_pool.connection_kwargs
    return f"redis://{kwargs['host']}:{kwargs['port']}/0"


def test_wrapup_is_kept_with_the_survey_answers(line, store, work, db, standin):
    client = line(**QUIET_OFF)
    conversation_id, _ = _talk_then_close(client, store, work, db)
    text_line(client, TEXTER, "5")
    record = _conversation(client, conversation_id)
    assert record["wrapup"] == json.loads('{"outcome": "supported", "tags": []}')
    assert record["survey_rating"] == "5"


@pytest.mark.slow
def test_live_a_yes_brings_one_follow_up_through_the_real_worker_and_its_scheduler(
        settings, environment, store, standin):
    import httpx2 as httpx

    from tests.conftest import LiveLine, sign, twilio_form, wait_until
    from warmline.settings import load_settings
    from warmline.store import routing

    env = {**environment, **QUIET_OFF, "WARMLINE_FOLLOWUP_DELAY_SECONDS": "2"}
    live = LiveLine(load_settings(env), env)
    try:
        def send(body: str) -> None:
            form = twilio_form(TEXTER, body)
            answer = httpx.post(f"{live.url}/twilio/messages", data=form,
                                headers={"X-Twilio-Signature": sign("/twilio/messages", form)})
            assert answer.status_code == 200

        send("hi")
        conversation_id = wait_until(lambda: open_conversation(store.client, TEXTER))
        store.run(routing.release(conversation_id, "close", owner="", actor="test",
                                  now_ms=int(time.time() * 1000), events_max=1000))
        assert wait_until(lambda: [m for m in standin.sent_to(TEXTER) if "how helpful" in m.body])
        send("yes please")
        assert wait_until(lambda: [m for m in standin.sent_to(TEXTER)
                                   if "checking in" in m.body], 10)
        time.sleep(1.5)
        assert len([m for m in standin.sent_to(TEXTER) if "checking in" in m.body]) == 1
    finally:
        live.stop()
