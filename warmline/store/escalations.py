"""Escalations: opening them, moving them along the ladder, the on-call list, the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from warmline.core import queue as queue_rules
from warmline.store import keys
from warmline.store.calls import Call, command, script_call


@dataclass(frozen=True)
class Opened:
    outcome: str  # created, existing, retry (the code was taken), error
    escalation_id: str = ""
    code: str = ""


def _opened(raw: list[str]) -> Opened:
    if raw[0] == "error":
        return Opened("error")
    return Opened(raw[0], raw[1] if raw[0] != "retry" else "", raw[2] if len(raw) > 2 else "")


def escalate(
    *, conversation_id: str, level: str, priority: queue_rules.Priority, signals: list[Any],
    trigger: str, actor: str, now_ms: int, events_max: int, code: str, resources: str,
) -> Call[Opened]:
    return script_call(
        "escalate", conversation_id, level, int(priority), json.dumps(signals), trigger, actor,
        now_ms, events_max, queue_rules.BAND, code, resources, parse=_opened,
    )


def move(escalation_id: str, action: str, *, actor: str, now_ms: int, events_max: int,
         detail: str = "") -> Call[list[str]]:
    """One guarded step: claim_rung, paged, ack, engaged, not_engaged, unanswered, resolve."""
    return script_call("escalation_move", escalation_id, action, actor, now_ms, events_max,
                       detail)


def escalation(escalation_id: str) -> Call[dict[str, str]]:
    return command("HGETALL", keys.escalation(escalation_id))


def escalation_for_code(code: str) -> Call[str | None]:
    return command("GET", keys.escalation_code(code))


def open_escalation_ids() -> Call[list[str]]:
    return command("ZRANGE", keys.ESCALATIONS_OPEN, 0, -1)


def on_call() -> Call[list[str]]:
    return command("LRANGE", keys.ON_CALL, 0, -1)


def set_on_call(usernames: list[str]) -> list[Call[Any]]:
    calls: list[Call[Any]] = [command("DEL", keys.ON_CALL)]
    if usernames:
        calls.append(command("RPUSH", keys.ON_CALL, *usernames))
    return calls


def audit_entries(count: int = 500, before: str = "+") -> Call[list[dict[str, Any]]]:
    return command("XREVRANGE", keys.AUDIT, before, "-", "COUNT", count, parse=_entries)


def audit(kind: str, *, actor: str, now_ms: int, detail: dict[str, Any],
          escalation_id: str = "", conversation_id: str = "") -> Call[Any]:
    return command("XADD", keys.AUDIT, "MAXLEN", "~", 1_000_000, "*", "type", kind,
                   "escalation", escalation_id, "conversation", conversation_id, "actor", actor,
                   "at", now_ms, "detail", json.dumps(detail))


def _entries(raw: list[Any]) -> list[dict[str, Any]]:
    out = []
    for entry_id, fields in raw:
        if isinstance(fields, list):
            fields = dict(zip(fields[::2], fields[1::2], strict=True))
        out.append({"id": entry_id, **fields})
    return out


def staff_text(message_id: str, username: str, body: str, escalation_id: str,
               now_ms: int) -> list[Call[Any]]:
    """Calls (one transaction) that owe `username` a text on their own phone, urgently."""
    return [
        command("HSET", keys.message(message_id), "id", message_id, "direction", "out",
                "author", "line", "kind", "page", "body", body, "status", "pending",
                "created_at", now_ms, "to_user", username, "escalation_id", escalation_id,
                "texter_id", "", "conversation_id", "", "carrier_required", "0"),
        command("ZADD", keys.OUTBOX, now_ms, message_id),
        command("RPUSH", keys.DISPATCH, f"send-urgent:{message_id}"),
    ]


def next_message_id() -> Call[str]:
    return command("INCR", f"{keys.PREFIX}seq:message", parse=lambda n: f"m{n}")
