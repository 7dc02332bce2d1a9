"""Outbound texts: through the real twilio client, retried when worth it, paced, tracked."""

from __future__ import annotations

import time

import pytest
import redis
from rq.registry import ScheduledJobRegistry
from starlette.testclient import TestClient

from tests.conftest import LINE_NUMBER, PUBLIC_URL, post_signed, text_line
from warmline.core.conversations import DeliveryStatus, later_status
from warmline.jobs import QUEUE_NAME
from warmline.store import SyncStore, keys, texting

TEXTER = "+14155550222"


def _welcome_id(db: redis.Redis) -> str:
    texter_id = db.hget(keys.TEXTERS_BY_NUMBER, TEXTER)
    conversation_id = db.hget(keys.texter(texter_id), "open_conversation")
    for message_id in db.lrange(keys.conversation_messages(conversation_id), 0, -1):
        if db.hget(keys.message(message_id), "kind") == "welcome":
            return message_id
    raise AssertionError("no welcome")


def test_texts_go_through_the_messages_api_with_a_status_callback(client, work, standin, db):
    text_line(client, TEXTER, "hi")
    work()
    (welcome,) = [m for m in standin.sent_to(TEXTER) if "not clinicians" in m.body]
    assert welcome.params["From"] == LINE_NUMBER
    assert welcome.params["StatusCallback"] == f"{PUBLIC_URL}/twilio/status"
    message = db.hgetall(keys.message(_welcome_id(db)))
    assert message["twilio_sid"] == welcome.sid and message["status"] == "queued"


@pytest.mark.parametrize("status", [429, 500, 503])
def test_a_429_or_5xx_is_retried_later(client, work, standin, db, status: int):
    standin.fail_next(status, times=1)
    text_line(client, TEXTER, "hi")
    work()
    registry = ScheduledJobRegistry(QUEUE_NAME, connection=redis.Redis.from_url(_url(db)))
    welcome_id = _welcome_id(db)
    assert f"send-{welcome_id}" in registry.get_job_ids()
    assert db.hget(keys.message(welcome_id), "status") == "sending"


def _url(db: redis.Redis) -> str:
    kwargs = db.connection_pool.connection_kwargs
    return f"redis://{kwargs['host']}:{kwargs['port']}/0"


def test_a_retried_text_is_sent_once_it_gets_through(client, work, standin, db):
    from workers.outbound import send_text

    standin.fail_next(503, times=1)
    text_line(client, TEXTER, "hi")
    work()
    welcome_id = _welcome_id(db)
    assert send_text(welcome_id) == "queued"  # what the retry does when its time comes
    assert send_text(welcome_id) == "done"  # and a duplicate retry texts nobody twice
    assert len([m for m in standin.sent_to(TEXTER) if "not clinicians" in m.body]) == 1


def test_other_4xx_answers_fail_the_text_without_retrying(client, work, standin, db):
    standin.fail_next(400, code=21211, message="Invalid 'To' Phone Number")
    text_line(client, TEXTER, "hi")
    work()
    welcome = db.hgetall(keys.message(_welcome_id(db)))
    assert welcome["status"] == "failed" and "Invalid" in welcome["error"]
    registry = ScheduledJobRegistry(QUEUE_NAME, connection=redis.Redis.from_url(_url(db)))
    assert registry.get_job_ids() == []


def test_a_timeout_is_retried(client, work, standin, db, monkeypatch):
    from workers.context import context

    monkeypatch.setattr(context().channel.client.http_client, "timeout", 0.2)
    standin.delay_seconds = 0.5
    text_line(client, TEXTER, "hi")
    work()
    standin.delay_seconds = 0
    registry = ScheduledJobRegistry(QUEUE_NAME, connection=redis.Redis.from_url(_url(db)))
    assert f"send-{_welcome_id(db)}" in registry.get_job_ids()


def _status(client: TestClient, sid: str, status: str) -> int:
    form = {"MessageSid": sid, "MessageStatus": status, "AccountSid": "AC1", "To": TEXTER,
            "From": LINE_NUMBER, "ApiVersion": "2010-04-01", "SmsSid": sid, "SmsStatus": status}
    return post_signed(client, "/twilio/status", form).status_code


def test_delivery_status_is_recorded_and_a_late_sent_never_overwrites_delivered(
    client, work, standin, db
):
    text_line(client, TEXTER, "hi")
    work()
    welcome_id = _welcome_id(db)
    sid = db.hget(keys.message(welcome_id), "twilio_sid")
    assert _status(client, sid, "delivered") == 204
    assert _status(client, sid, "sent") == 204
    assert db.hget(keys.message(welcome_id), "status") == "delivered"


def test_a_status_callback_with_a_bad_signature_changes_nothing(client, work, db):
    text_line(client, TEXTER, "hi")
    work()
    welcome_id = _welcome_id(db)
    sid = db.hget(keys.message(welcome_id), "twilio_sid")
    answer = client.post("/twilio/status", data={"MessageSid": sid, "MessageStatus": "failed"},
                         headers={"X-Twilio-Signature": "bad"})
    assert answer.status_code == 403
    assert db.hget(keys.message(welcome_id), "status") == "queued"


def test_a_status_callback_with_an_unknown_status_gets_400(client, work, db):
    text_line(client, TEXTER, "hi")
    work()
    sid = db.hget(keys.message(_welcome_id(db)), "twilio_sid")
    assert _status(client, sid, "exploded") == 400


@pytest.mark.parametrize(("current", "reported", "kept"), [
    (DeliveryStatus.DELIVERED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED),
    (DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED),
    (DeliveryStatus.QUEUED, DeliveryStatus.SENT, DeliveryStatus.SENT),
    (DeliveryStatus.FAILED, DeliveryStatus.SENT, DeliveryStatus.FAILED),
    (DeliveryStatus.SENDING, DeliveryStatus.QUEUED, DeliveryStatus.QUEUED),
])
def test_delivery_statuses_only_move_forward(current, reported, kept):
    assert later_status(current, reported) is kept


def test_sending_is_paced_per_number_across_workers(store: SyncStore):
    now = int(time.time() * 1000)
    waits = [store.run(texting.reserve_send_slot("+15005550006", now, 1000)) for _ in range(4)]
    assert waits == [0, 1000, 2000, 3000]
    other = store.run(texting.reserve_send_slot("MG123", now, 1000))
    assert other == 0


def test_a_text_stuck_in_the_outbox_is_recovered(client, db, work, standin, monkeypatch):
    from workers.housekeeping import recover_outbox

    text_line(client, TEXTER, "hi")
    db.delete(keys.DISPATCH)  # the worker that popped the text died before enqueueing it
    monkeypatch.setenv("WARMLINE_OUTBOX_RECOVERY_SECONDS", "0")
    from workers.context import context

    context.cache_clear()
    assert recover_outbox() >= 1
    work()
    assert any("not clinicians" in m.body for m in standin.sent_to(TEXTER))
    context.cache_clear()


def test_every_outbound_text_is_in_the_transcript_with_its_status(client, work, store, standin):
    from tests.conftest import log_in, make_user

    make_user(store, "sam")
    csrf = log_in(client, "sam")
    client.put("/api/shift", json={"status": "available", "capacity": 1}, headers=csrf)
    text_line(client, TEXTER, "hi")
    (conversation,) = client.get("/api/conversations").json()["conversations"]
    client.post(f"/api/conversations/{conversation['id']}/messages", json={"body": "Hi, I'm Sam"},
                headers=csrf)
    work()
    detail = client.get(f"/api/conversations/{conversation['id']}").json()
    outbound = {m["kind"]: m["status"] for m in detail["messages"] if m["direction"] == "out"}
    assert outbound == {"welcome": "queued", "intro": "queued", "reply": "queued"}


def test_a_messaging_service_sends_instead_of_the_number(client, work, standin, monkeypatch):
    from workers.context import context

    monkeypatch.setenv("TWILIO_MESSAGING_SERVICE_SID", "MG" + "2" * 32)
    context.cache_clear()
    try:
        text_line(client, TEXTER, "hi")
        work()
        (welcome,) = [m for m in standin.sent_to(TEXTER) if "not clinicians" in m.body]
        assert welcome.params["MessagingServiceSid"] == "MG" + "2" * 32
        assert "From" not in welcome.params
    finally:
        context.cache_clear()


def test_whatsapp_texters_are_answered_on_whatsapp(client, work, standin):
    text_line(client, f"whatsapp:{TEXTER}", "hola")
    work()
    (welcome,) = [m for m in standin.sent_to(TEXTER) if "not clinicians" in m.body]
    assert welcome.params["To"] == f"whatsapp:{TEXTER}"
    assert welcome.params["From"] == f"whatsapp:{LINE_NUMBER}"
