"""STOP, START and HELP, and the absolute rule: nothing reaches an opted-out number."""

from __future__ import annotations

import pytest
import redis

from scripts.twilio_standin import TwilioStandIn
from tests.conftest import log_in, make_user, text_line
from warmline.core.keywords import Keyword, classify
from warmline.store import SyncStore, keys

TEXTER = "+14155550111"


@pytest.mark.parametrize(("body", "keyword"), [
    ("STOP", Keyword.STOP), ("stop", Keyword.STOP), (" Stop. ", Keyword.STOP),
    ("STOPALL", Keyword.STOP), ("UNSUBSCRIBE", Keyword.STOP), ("CANCEL", Keyword.STOP),
    ("END", Keyword.STOP), ("QUIT", Keyword.STOP), ("OPTOUT", Keyword.STOP),
    ("REVOKE", Keyword.STOP), ("START", Keyword.START), ("UNSTOP", Keyword.START),
    ("HELP", Keyword.HELP), ("info", Keyword.HELP),
])
def test_carrier_keywords_are_recognised_as_whole_messages(body: str, keyword: Keyword):
    found = classify(body)
    assert found is not None and found.keyword is keyword and not found.answered_by_twilio


@pytest.mark.parametrize("body", [
    "please stop texting me about the bill", "I want to end it", "help me", "yes", "the end",
    "stop it", "info?!? what", "",
])
def test_keywords_inside_a_sentence_are_ordinary_messages(body: str):
    assert classify(body) is None


def test_twilio_opt_out_type_wins_and_means_twilio_already_replied():
    found = classify("arrêt", "STOP")
    assert found is not None and found.keyword is Keyword.STOP and found.answered_by_twilio


def _sent(standin: TwilioStandIn) -> list[str]:
    return [m.body for m in standin.sent_to(TEXTER)]


def test_the_first_text_gets_one_welcome_and_later_texts_none(client, work, standin):
    text_line(client, TEXTER, "hi")
    text_line(client, TEXTER, "are you there")
    work()
    welcomes = [b for b in _sent(standin) if "not clinicians" in b]
    assert len(welcomes) == 1
    assert "988" in welcomes[0] and "911" in welcomes[0] and "STOP" in welcomes[0]


def test_stop_then_a_supporter_reply_sends_nothing(client, work, standin, store: SyncStore):
    make_user(store, "sam")
    csrf = log_in(client, "sam")
    client.put("/api/shift", json={"status": "available", "capacity": 2}, headers=csrf)
    text_line(client, TEXTER, "hi, can someone talk")
    work()
    conversation = client.get("/api/conversations").json()["conversations"][0]
    text_line(client, TEXTER, "STOP")
    work()
    before = len(_sent(standin))
    reply = client.post(f"/api/conversations/{conversation['id']}/messages",
                        json={"body": "I'm here"}, headers=csrf)
    assert reply.status_code == 409
    assert "opted out" in reply.json()["error"]
    work()
    assert len(_sent(standin)) == before


def test_a_reply_queued_before_stop_is_blocked_at_send_time(client, work, standin, store):
    make_user(store, "sam")
    csrf = log_in(client, "sam")
    client.put("/api/shift", json={"status": "available", "capacity": 2}, headers=csrf)
    text_line(client, TEXTER, "hi")
    work()
    conversation_id = client.get("/api/conversations").json()["conversations"][0]["id"]
    reply = client.post(f"/api/conversations/{conversation_id}/messages",
                        json={"body": "hello, I'm Sam"}, headers=csrf)
    assert reply.status_code == 201
    text_line(client, TEXTER, "STOP")  # arrives before the worker gets to the reply
    work()
    assert "hello, I'm Sam" not in _sent(standin)
    detail = client.get(f"/api/conversations/{conversation_id}").json()
    statuses = {m["body"]: m["status"] for m in detail["messages"]}
    assert statuses["hello, I'm Sam"] == "blocked"


def test_stop_is_confirmed_once_when_twilio_has_not_replied(client, work, standin):
    text_line(client, TEXTER, "STOP")
    work()
    assert len([b for b in _sent(standin) if "opted out" in b]) == 1


def test_stop_gets_no_second_confirmation_when_twilio_already_replied(client, work, standin):
    text_line(client, TEXTER, "STOP", OptOutType="STOP")
    work()
    assert _sent(standin) == []


def test_an_opted_out_number_gets_no_welcome_or_queue_texts(client, work, standin, db):
    text_line(client, TEXTER, "STOP", OptOutType="STOP")
    text_line(client, TEXTER, "actually I need to talk")
    work()
    assert _sent(standin) == []
    texter_id = db.hget(keys.TEXTERS_BY_NUMBER, TEXTER)
    assert db.hget(keys.texter(texter_id), "opted_out") == "1"


def test_start_lets_the_line_text_again(client, work, standin):
    text_line(client, TEXTER, "STOP", OptOutType="STOP")
    text_line(client, TEXTER, "START", OptOutType="START")
    text_line(client, TEXTER, "hi")
    work()
    assert any("not clinicians" in b for b in _sent(standin))


def test_help_is_answered_with_help_and_crisis_resources(client, work, standin):
    text_line(client, TEXTER, "HELP")
    work()
    (answer,) = _sent(standin)
    assert "STOP" in answer and "988" in answer


def test_twilio_error_21610_marks_the_texter_opted_out(client, work, standin, db: redis.Redis):
    standin.unsubscribed.add(TEXTER)
    text_line(client, TEXTER, "hi")
    work()
    texter_id = db.hget(keys.TEXTERS_BY_NUMBER, TEXTER)
    assert db.hget(keys.texter(texter_id), "opted_out") == "1"
    assert _sent(standin) == []
