"""Texts in and out: inbound recording, outbound creation, delivery status, the outbox."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from warmline.core.conversations import DeliveryStatus
from warmline.store import keys
from warmline.store.calls import Call, command, script_call

INBOUND_DEDUPE_SECONDS = 14 * 24 * 3600


@dataclass(frozen=True)
class InboundRecord:
    duplicate: bool
    message_id: str
    staff: str = ""
    texter_id: str = ""
    conversation_id: str = ""
    new_conversation: bool = False
    supporter: str = ""
    was_opted_out: bool = False
    opted_out: bool = False
    replies: tuple[str, ...] = ()
    recent_texts: tuple[str, ...] = ()


def _json_list(raw: str) -> tuple[str, ...]:
    value = json.loads(raw)
    return tuple(value) if isinstance(value, list) else ()  # Lua encodes {} for empty


def _inbound_record(raw: list[str]) -> InboundRecord:
    if raw[0] == "duplicate":
        return InboundRecord(duplicate=True, message_id=raw[1])
    if raw[0] == "staff":
        return InboundRecord(duplicate=False, message_id="", staff=raw[1])
    return InboundRecord(
        duplicate=False,
        message_id=raw[1],
        texter_id=raw[2],
        conversation_id=raw[3],
        new_conversation=raw[4] == "1",
        supporter=raw[5],
        was_opted_out=raw[6] == "1",
        opted_out=raw[7] == "1",
        replies=_json_list(raw[8]),
        recent_texts=_json_list(raw[9]),
    )


def record_inbound(
    *, message_sid: str, number: str, channel: str, pseudonym: str, body: str,
    media: list[str], keyword: str, keyword_reply: str, welcome: str, now_ms: int,
    priority: str, priority_rank: int, queue_score: int, screening: dict[str, Any],
    events_max: int, continuity: dict[str, Any] | None = None,
) -> Call[InboundRecord]:
    return script_call(
        "inbound", message_sid, number, channel, pseudonym, body, json.dumps(media), keyword,
        keyword_reply, welcome, now_ms, priority, queue_score, json.dumps(screening),
        INBOUND_DEDUPE_SECONDS, events_max, priority_rank, json.dumps(continuity or {}),
        parse=_inbound_record,
    )


class OutboundRefused(Exception):
    """The store refused to create an outbound text; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _created(raw: list[str]) -> str:
    if raw[0] == "error":
        raise OutboundRefused(raw[1])
    return raw[1]


def create_outbound(
    *, conversation_id: str, body: str, author: str, kind: str, now_ms: int, events_max: int,
    owner: str = "",
) -> Call[str]:
    """Create an outbound text (pending, in the outbox); raises OutboundRefused on refusal."""
    return script_call(
        "outbound", conversation_id, owner, author, kind, body, now_ms, events_max,
        parse=_created,
    )


def update_delivery(
    *, message_id: str, status: DeliveryStatus, now_ms: int, events_max: int,
    twilio_sid: str = "", error: str = "",
) -> Call[list[str]]:
    return script_call(
        "delivery", message_id, status.value, status.rank, now_ms, events_max,
        "1" if status.final else "0", twilio_sid, error,
    )


def claim_for_sending(message_id: str, lock_ms: int, now_ms: int) -> Call[str]:
    """'claimed', or 'done' (already sent or final), 'busy' (another job has it), 'missing'."""
    return script_call("claim", message_id, lock_ms, now_ms)


def release_claim(message_id: str) -> Call[Any]:
    return command("DEL", keys.sending(message_id))


def message(message_id: str) -> Call[dict[str, str]]:
    return command("HGETALL", keys.message(message_id), parse=_hash)


def texter(texter_id: str) -> Call[dict[str, str]]:
    return command("HGETALL", keys.texter(texter_id), parse=_hash)


def message_id_for_sid(twilio_sid: str) -> Call[str | None]:
    return command("HGET", keys.MESSAGES_BY_SID, twilio_sid)


def mark_opted_out(texter_id: str, now_ms: int) -> Call[Any]:
    return command("HSET", keys.texter(texter_id), "opted_out", "1", "opted_out_at", now_ms)


def message_status(message_id: str) -> Call[str | None]:
    return command("HGET", keys.message(message_id), "status")


def outbox_older_than(cutoff_ms: int, limit: int = 500) -> Call[list[str]]:
    return command("ZRANGEBYSCORE", keys.OUTBOX, "-inf", cutoff_ms, "LIMIT", 0, limit)


def reserve_send_slot(sender: str, now_ms: int, interval_ms: int) -> Call[int]:
    """Book the sender's next free sending slot; answers how many ms to wait for it."""
    return script_call("send_slot", sender, now_ms, interval_ms, parse=int)


def _hash(raw: Any) -> dict[str, str]:
    if isinstance(raw, dict):
        return raw
    return dict(zip(raw[::2], raw[1::2], strict=True)) if raw else {}
