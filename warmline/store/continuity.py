"""Endings, follow-ups, held conversations and opening hours: the store's side of continuity."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from warmline.core import queue as queue_rules
from warmline.store import keys
from warmline.store.calls import Call, command, script_call


def opening_hours() -> Call[dict[str, Any] | None]:
    return command("GET", keys.OPENING_HOURS, parse=lambda raw: json.loads(raw) if raw else None)


def save_opening_hours(hours: dict[str, Any] | None) -> Call[Any]:
    if hours is None:
        return command("DEL", keys.OPENING_HOURS)
    return command("SET", keys.OPENING_HOURS, json.dumps(hours, sort_keys=True))


def send_ending(
    conversation_id: str, *, with_survey: bool, closing: str, survey: str, now_ms: int,
    events_max: int,
) -> Call[list[str]]:
    """Create the closing texts once; answers ['ok', message ids...] or ['<why not>']."""
    return script_call("ending", conversation_id, "1" if with_survey else "0", now_ms, events_max,
                       closing, survey)


@dataclass(frozen=True)
class FollowUpClaim:
    outcome: str  # ok, stale, opted_out, conversation_open
    message_id: str = ""


def claim_follow_up(
    texter_id: str, token: str, body: str, now_ms: int, events_max: int
) -> Call[FollowUpClaim]:
    return script_call("followup", texter_id, token, body, now_ms, events_max,
                       parse=lambda raw: FollowUpClaim(*raw))


def move_follow_up(texter_id: str, token: str, due_ms: int) -> list[Call[Any]]:
    """Calls (for one transaction) that move a pending follow-up to `due_ms`."""
    return [command("HSET", keys.texter(texter_id), "followup_due", due_ms),
            command("ZADD", keys.FOLLOW_UPS, "XX", due_ms, f"{texter_id}:{token}")]


def take_due_follow_ups(now_ms: int, limit: int, lease_ms: int) -> Call[list[tuple[str, str]]]:
    """Up to `limit` due follow-ups as (texter id, token), leased to the caller."""
    return script_call("take_due", now_ms, limit, lease_ms,
                       parse=lambda raw: [tuple(m.split(":", 1)) for m in raw])


def overdue_follow_ups(now_ms: int) -> Call[int]:
    return command("ZCOUNT", keys.FOLLOW_UPS, "-inf", now_ms, parse=int)


def held(limit: int = 1000) -> Call[list[str]]:
    return command("ZRANGE", keys.HELD, 0, limit - 1)


def held_count() -> Call[int]:
    return command("ZCARD", keys.HELD, parse=int)


def release_held(conversation_ids: list[str], now_ms: int, events_max: int) -> Call[list[str]]:
    return script_call("unhold", now_ms, events_max, queue_rules.BAND, *conversation_ids)


def mark_once(conversation_id: str, field: str, value: str | int) -> Call[bool]:
    """Set the conversation's `field` to `value`; False if it already held that value."""
    return script_call("mark_once", conversation_id, field, value, parse=lambda raw: raw == 1)


def event(kind: str, conversation_id: str, supporter: str, data: dict[str, Any],
          events_max: int) -> Call[Any]:
    return command("XADD", keys.EVENTS, "MAXLEN", "~", events_max, "*", "type", kind,
                   "conversation", conversation_id, "supporter", supporter,
                   "data", json.dumps(data))
