"""Read models: conversations as the API shows them. Never a phone number."""

from __future__ import annotations

import json
from typing import Any

from warmline.store import keys
from warmline.store.calls import Call, command, script_call

_JSON_FIELDS = ("media", "screening", "wrapup")
_INT_FIELDS = ("created_at", "queued_at", "assigned_at", "closed_at", "last_message_at",
               "unread", "status_at", "first_reply_at", "last_reply_at", "rank", "returned_at")


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    record.pop("status_rank", None)
    for name in _JSON_FIELDS:
        if isinstance(record.get(name), str) and record[name]:
            record[name] = json.loads(record[name])
    for name in _INT_FIELDS:
        if isinstance(record.get(name), str) and record[name].lstrip("-").isdigit():
            record[name] = int(record[name])
    return record


def _conversations(raw: list[str]) -> list[dict[str, Any]]:
    out = []
    for text in raw:
        conversation = _clean(json.loads(text))
        if "messages" in conversation:
            messages = conversation["messages"]
            conversation["messages"] = [_clean(m) for m in messages] if messages else []
        out.append(conversation)
    return out


def conversations(ids: list[str], *, with_messages: bool = False) -> Call[list[dict[str, Any]]]:
    return script_call("view", "1" if with_messages else "0", *ids, parse=_conversations)


def recent_conversation_ids(limit: int = 200, offset: int = 0) -> Call[list[str]]:
    return command("ZREVRANGE", keys.CONVERSATIONS, offset, offset + limit - 1)


def texter_conversation_ids(texter_id: str) -> Call[list[str]]:
    return command("LRANGE", keys.texter_conversations(texter_id), 0, -1)
