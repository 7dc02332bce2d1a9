"""Changing staff accounts after they exist: role, name, password, active."""

from __future__ import annotations

from warmline.store import keys
from warmline.store.calls import Call, command, script_call


def update_user(username: str, changes: dict[str, str]) -> Call[bool]:
    """Apply `changes` only if the user exists; False otherwise."""
    flat = [item for pair in changes.items() for item in pair]
    return script_call("user_update", username, *flat, parse=bool)


def users(usernames: list[str]) -> list[Call[dict[str, str]]]:
    return [command("HGETALL", keys.user(name)) for name in usernames]


def claim_username(username: str) -> Call[bool]:
    return command("HSETNX", keys.user(username), "username", username, parse=bool)
