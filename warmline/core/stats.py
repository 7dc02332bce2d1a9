"""Numbers the supervisors' dashboard shows: hourly volume and the spread of waits."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

HOUR_MS = 3600 * 1000


@dataclass(frozen=True)
class WaitSummary:
    count: int
    median_seconds: float | None
    p90_seconds: float | None


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The nearest-rank percentile: a value someone actually waited, never an interpolation."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summarise_waits(waits_seconds: Sequence[float]) -> WaitSummary:
    return WaitSummary(len(waits_seconds), percentile(waits_seconds, 0.5),
                       percentile(waits_seconds, 0.9))


def per_hour(created_ms: Sequence[int], now_ms: int, hours: int = 24) -> list[int]:
    """Counts per hour, oldest first; the last bucket is the hour ending now."""
    counts = [0] * hours
    start = now_ms - hours * HOUR_MS
    for created in created_ms:
        if start < created <= now_ms:
            counts[min(hours - 1, (created - start - 1) // HOUR_MS)] += 1
    return counts
