"""Staff accounts and console sessions."""

from __future__ import annotations

from typing import Any

from warmline.store import keys
from warmline.store.calls import Call, command

USER_FIELDS = ("username", "role", "display_name", "phone", "active", "created_at")


def save_user(record: dict[str, str]) -> list[Call[Any]]:
    """Calls (for one transaction) that create or replace a user."""
    calls: list[Call[Any]] = [
        command("HSET", keys.user(record["username"]), *_flatten(record)),
        command("SADD", keys.USERS, record["username"]),
    ]
    if record.get("phone"):
        calls.append(command("HSET", keys.STAFF_BY_PHONE, record["phone"], record["username"]))
    return calls


def user(username: str) -> Call[dict[str, str]]:
    return command("HGETALL", keys.user(username))


def usernames() -> Call[set[str]]:
    return command("SMEMBERS", keys.USERS, parse=set)


def create_session(token: str, username: str, csrf: str, ttl_seconds: int) -> list[Call[Any]]:
    key = keys.session(token)
    return [
        command("HSET", key, "username", username, "csrf", csrf),
        command("EXPIRE", key, ttl_seconds),
    ]


def session(token: str) -> Call[dict[str, str]]:
    return command("HGETALL", keys.session(token))


def end_session(token: str) -> Call[Any]:
    return command("DEL", keys.session(token))


def _flatten(record: dict[str, str]) -> list[str]:
    return [item for pair in record.items() for item in pair]
