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


@dataclass(frozen=True)
class HourRow:
    """One clock hour of anonymous statistics: counts and wait times, nothing about a person."""

    start_ms: int
    conversations: int
    waits: int
    wait_median_seconds: float | None
    wait_p90_seconds: float | None
    escalations: int


def hourly_rows(
    created_ms: Sequence[int], waits: Sequence[tuple[int, float]], escalated_ms: Sequence[int],
    now_ms: int, hours: int = 24,
) -> list[HourRow]:
    """Clock-aligned hours, oldest first, the last one being the hour now under way.

    `waits` pairs the time a conversation was picked up with the seconds it waited.
    """
    first = (now_ms // HOUR_MS - (hours - 1)) * HOUR_MS
    counts = [0] * hours
    escalated = [0] * hours
    waited: list[list[float]] = [[] for _ in range(hours)]

    def slot(at_ms: int) -> int | None:
        index = (at_ms - first) // HOUR_MS
        return index if 0 <= index < hours and at_ms <= now_ms else None

    for at in created_ms:
        if (index := slot(at)) is not None:
            counts[index] += 1
    for at in escalated_ms:
        if (index := slot(at)) is not None:
            escalated[index] += 1
    for at, seconds in waits:
        if (index := slot(at)) is not None:
            waited[index].append(seconds)
    rows = []
    for index in range(hours):
        summary = summarise_waits(waited[index])
        rows.append(HourRow(first + index * HOUR_MS, counts[index], summary.count,
                            summary.median_seconds, summary.p90_seconds, escalated[index]))
    return rows
