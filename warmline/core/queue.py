"""The waiting queue's order, the supporters' order, and what a waiting texter is told.

Both orders are encoded as single numbers so that the store can keep them in sorted sets and
pick the head atomically.
"""

from __future__ import annotations

import enum
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

# Wide enough that a band never overlaps the next: epoch milliseconds stay below 10**13
# until the year 2286.
BAND = 10**14
FRONT = 10**13


class Priority(enum.IntEnum):
    """Lower is more urgent."""

    IMMINENT = 0
    URGENT = 1
    NORMAL = 2


def queue_score(priority: Priority, arrived_ms: int, *, front: bool = False) -> int:
    """Waiting order: priority first, then arrival; `front` puts a returned conversation ahead
    of everyone in its band who has not yet been picked up."""
    return int(priority) * BAND + arrived_ms - (FRONT if front else 0)


def supporter_score(load: int, last_assigned_ms: int) -> int:
    """Routing order among available supporters: least loaded, then longest since assigned."""
    return load * BAND + last_assigned_ms


@dataclass(frozen=True)
class QueueNotice:
    """What a waiting texter was last told."""

    position: int
    wait_minutes: int | None
    told_at: float


def estimate_wait_minutes(
    position: int, recent_waits_seconds: Sequence[float], supporters_on_shift: int
) -> int | None:
    """A rough wait from how long recent texters waited, or None if there is nothing to go on."""
    if not recent_waits_seconds:
        return None
    typical = statistics.median(recent_waits_seconds)
    per_place = typical / max(1, supporters_on_shift) if supporters_on_shift else typical
    minutes = (typical + per_place * max(0, position - 1)) / 60
    return max(1, round(minutes))


def notice_due(
    previous: QueueNotice | None, position: int, wait_minutes: int | None, now: float,
    min_interval_seconds: float,
) -> bool:
    """Tell the texter again only when their place changed a lot, and never too often."""
    if previous is None:
        return True
    if now - previous.told_at < min_interval_seconds:
        return False
    moved = previous.position - position
    if moved >= max(2, previous.position // 2):
        return True
    if previous.wait_minutes and wait_minutes is not None:
        return abs(wait_minutes - previous.wait_minutes) >= max(5, previous.wait_minutes // 2)
    return False
