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


def waits_since(since_ms: int) -> Call[list[tuple[int, float]]]:
    """(picked up at, seconds waited) for the conversations picked up after `since_ms`."""
    return command("ZRANGEBYSCORE", keys.WAIT_SAMPLES, since_ms, "+inf", "WITHSCORES",
                   parse=_waits)


def _waits(raw: Any) -> list[tuple[int, float]]:
    pairs = raw if not raw or isinstance(raw[0], (list, tuple)) else list(
        zip(raw[::2], raw[1::2], strict=True))
    return [(int(float(score)), int(str(member).rsplit(":", 1)[1]) / 1000)
            for member, score in pairs]


def escalations_opened_since(since_ms: int) -> Call[list[int]]:
    """When each escalation opened after `since_ms` was opened, from the audit log."""
    return command("XRANGE", keys.AUDIT, since_ms, "+", parse=_opened_times)


def _opened_times(raw: list[Any]) -> list[int]:
    times = []
    for _, fields in raw:
        if isinstance(fields, list):
            fields = dict(zip(fields[::2], fields[1::2], strict=True))
        if fields.get("type") == "escalation.opened":
            times.append(int(fields["at"]))
    return times
