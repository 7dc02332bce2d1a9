"""Sending one text to a texter: opt-out check, pacing, the channel, retries and status."""

from __future__ import annotations

import logging
import time

from rq import get_current_job

from warmline.channel import OPTED_OUT_ERROR
from warmline.core.conversations import TWILIO_STATUSES, DeliveryStatus
from warmline.core.numbers import Address
from warmline.errors import RejectedSend, RetryableSend
from warmline.store import people, texting
from workers.context import context, now_ms

log = logging.getLogger("warmline.outbound")
# A wait longer than this for a sending slot goes back to the scheduler instead of sleeping.
_MAX_SLEEP_MS = 5000
# Longer than one call to Twilio can take, so a live claim is never stolen.
_CLAIM_MS = 60_000


def send_text(message_id: str, *, retried_elsewhere: bool = False) -> str:
    """Send outbound message `message_id` at most once; answers what became of it.

    A retryable failure marks the text failed on this job's last attempt, unless the caller
    says it will retry it some other way (`retried_elsewhere`).
    """
    ctx = context()
    store = ctx.store
    message = store.run(texting.message(message_id))
    if not message or message.get("direction") != "out":
        return "missing"
    texter = _recipient(message)
    if not texter.get("number"):
        _update(message_id, DeliveryStatus.FAILED, error="no phone number to text")
        return DeliveryStatus.FAILED.value
    if texter.get("opted_out") == "1" and message.get("carrier_required") != "1":
        _update(message_id, DeliveryStatus.BLOCKED, error="texter opted out")
        return DeliveryStatus.BLOCKED.value

    interval_ms = int(1000 / float(ctx.settings["WARMLINE_SEND_RATE_PER_SECOND"]))
    wait_ms = store.run(texting.reserve_send_slot(ctx.settings.sender, now_ms(), interval_ms))
    if wait_ms > _MAX_SLEEP_MS:
        # Far behind: let the scheduler hold this text's place in time, not a worker.
        ctx.jobs.send_text_later(message_id, wait_ms / 1000)
        return "deferred"
    if wait_ms > 0:
        time.sleep(wait_ms / 1000)

    claim = store.run(texting.claim_for_sending(message_id, _CLAIM_MS, now_ms()))
    if claim != "claimed":
        return claim
    try:
        return _send_claimed(message_id, message, texter, retried_elsewhere)
    finally:
        store.run(texting.release_claim(message_id))


def _recipient(message: dict[str, str]) -> dict[str, str]:
    """The texter, or for a page the staff member, as {number, channel, opted_out}."""
    store = context().store
    if message.get("to_user"):
        user = store.run(people.user(message["to_user"]))
        return {"number": user.get("phone", ""), "channel": "sms", "opted_out": "0"}
    return store.run(texting.texter(message["texter_id"]))


def _send_claimed(
    message_id: str, message: dict[str, str], texter: dict[str, str], retried_elsewhere: bool
) -> str:
    ctx = context()
    address = Address(texter["number"], texter.get("channel") or "sms")
    try:
        sent = ctx.channel.send(address, message["body"])
    except RetryableSend as error:
        job = get_current_job()
        if not retried_elsewhere and (job is None or not job.retries_left):
            _update(message_id, DeliveryStatus.FAILED, error=str(error))
        log.warning("sending %s failed and may be retried: %s", message_id, error)
        raise
    except RejectedSend as error:
        if error.code == OPTED_OUT_ERROR and message.get("texter_id"):
            ctx.store.run(texting.mark_opted_out(message["texter_id"], now_ms()))
            _update(message_id, DeliveryStatus.BLOCKED, error="texter opted out (21610)")
            return DeliveryStatus.BLOCKED.value
        _update(message_id, DeliveryStatus.FAILED, error=str(error))
        return DeliveryStatus.FAILED.value
    reported = TWILIO_STATUSES.get(sent.status, DeliveryStatus.QUEUED)
    _update(message_id, reported, twilio_sid=sent.sid)
    return reported.value


def _update(
    message_id: str, status: DeliveryStatus, *, twilio_sid: str = "", error: str = ""
) -> None:
    ctx = context()
    ctx.store.run(texting.update_delivery(
        message_id=message_id, status=status, now_ms=now_ms(), events_max=ctx.events_max,
        twilio_sid=twilio_sid, error=error,
    ))
