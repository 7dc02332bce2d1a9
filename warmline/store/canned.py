"""Canned responses: short texts any supporter can insert into a reply, then edit."""

from __future__ import annotations

import json
from typing import Any

from warmline.store import keys
from warmline.store.calls import Call, command, script_call


def _records(raw: Any) -> list[dict[str, Any]]:
    if isinstance(raw, dict):
        values = list(raw.values())
    else:
        values = list(raw[1::2]) if raw else []
    records = [json.loads(value) for value in values]
    return sorted(records, key=lambda r: (r["title"].lower(), r["id"]))


def all_canned() -> Call[list[dict[str, Any]]]:
    return command("HGETALL", keys.CANNED, parse=_records)


def next_id() -> Call[str]:
    return command("INCR", keys.CANNED_SEQ, parse=lambda n: f"r{n}")


def add(record: dict[str, Any]) -> Call[Any]:
    return command("HSET", keys.CANNED, record["id"], json.dumps(record))


def update(record: dict[str, Any]) -> Call[bool]:
    """Replace an existing response; False if it was removed meanwhile."""
    return script_call("canned_update", record["id"], json.dumps(record), parse=bool)


def remove(canned_id: str) -> Call[bool]:
    return command("HDEL", keys.CANNED, canned_id, parse=bool)
