"""The queue, shifts and ownership: the atomic moves of conversations between people."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from warmline.core import queue as queue_rules
from warmline.core.conversations import ShiftStatus
from warmline.store import keys
from warmline.store.calls import Call, command, script_call

_BAND = queue_rules.BAND
_FRONT = queue_rules.FRONT


@dataclass(frozen=True)
class Assignment:
    conversation_id: str
    supporter: str


def _assignments(raw: list[str]) -> list[Assignment]:
    return [Assignment(raw[i], raw[i + 1]) for i in range(0, len(raw), 2)]


def assign_waiting(now_ms: int, events_max: int, limit: int = 100) -> Call[list[Assignment]]:
    """Assign as many waiting conversations as there is room for (at most `limit`)."""
    return script_call("assign", now_ms, events_max, _BAND, limit, parse=_assignments)


def set_shift(
    username: str, status: ShiftStatus, capacity: int, now_ms: int, events_max: int
) -> Call[list[str]]:
    """Set status and capacity; answers the conversations returned to the queue."""
    return script_call(
        "shift", username, status.value, capacity, now_ms, events_max, _BAND, _FRONT
    )


class ReleaseRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _released(raw: list[str]) -> str:
    if raw[0] == "error":
        raise ReleaseRefused(raw[1])
    return raw[1]


def release(
    conversation_id: str, action: str, *, owner: str, target: str = "", actor: str,
    now_ms: int, events_max: int, wrapup: str = "",
) -> Call[str]:
    """Close, requeue or transfer a conversation; answers its previous supporter."""
    return script_call(
        "release", conversation_id, action, owner, target, now_ms, events_max, _BAND, _FRONT,
        wrapup, actor, parse=_released,
    )


@dataclass(frozen=True)
class ShiftState:
    username: str
    status: str
    capacity: int
    load: int

    @property
    def has_room(self) -> bool:
        return self.status == "available" and self.load < self.capacity


def _shift_states(raw: list[str]) -> list[ShiftState]:
    return sorted((ShiftState(**json.loads(item)) for item in raw), key=lambda s: s.username)


def shift_states(*usernames: str) -> Call[list[ShiftState]]:
    """Status, capacity and load of the supporters named, or of everyone on shift, at once."""
    return script_call("shifts", *usernames, parse=_shift_states)


def shift(username: str) -> Call[dict[str, str]]:
    return command("HGETALL", keys.shift(username))


def supporter_conversations(username: str) -> Call[set[str]]:
    return command("SMEMBERS", keys.supporter_conversations(username), parse=set)


def on_shift() -> Call[set[str]]:
    return command("SMEMBERS", keys.ON_SHIFT, parse=set)


def waiting(limit: int = 1000) -> Call[list[tuple[str, float]]]:
    return command("ZRANGE", keys.QUEUE, 0, limit - 1, "WITHSCORES", parse=_pairs)


def queue_position(conversation_id: str) -> Call[int | None]:
    return command("ZRANK", keys.QUEUE, conversation_id, parse=_position)


def recent_waits(since_ms: int) -> Call[list[float]]:
    """Seconds waited by conversations assigned since `since_ms`."""
    return command("ZRANGEBYSCORE", keys.WAIT_SAMPLES, since_ms, "+inf", parse=_waits)


def _pairs(raw: Any) -> list[tuple[str, float]]:
    if raw and isinstance(raw[0], (list, tuple)):
        return [(str(a), float(b)) for a, b in raw]
    return [(raw[i], float(raw[i + 1])) for i in range(0, len(raw), 2)]


def _position(raw: Any) -> int | None:
    return None if raw is None else int(raw) + 1


def _waits(raw: list[str]) -> list[float]:
    return [int(member.rsplit(":", 1)[1]) / 1000 for member in raw]
