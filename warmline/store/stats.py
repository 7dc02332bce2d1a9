"""Reads for the supervisors' dashboard."""

from __future__ import annotations

from typing import Any

from warmline.store import keys
from warmline.store.calls import Call, command


def created_since(since_ms: int) -> Call[list[int]]:
    """Creation times (ms) of the conversations created after `since_ms`."""
    return command("ZRANGEBYSCORE", keys.CONVERSATIONS, since_ms, "+inf", "WITHSCORES",
                   parse=_scores)


def _scores(raw: Any) -> list[int]:
    if raw and isinstance(raw[0], (list, tuple)):
        return [int(float(score)) for _, score in raw]
    return [int(float(raw[i])) for i in range(1, len(raw), 2)]
