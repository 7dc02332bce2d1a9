"""The dashboard's numbers: nearest-rank percentiles and hourly buckets."""

from __future__ import annotations

import pytest

from warmline.core.stats import HOUR_MS, per_hour, percentile, summarise_waits


@pytest.mark.parametrize(("values", "fraction", "expected"), [
    ([], 0.5, None), ([7], 0.9, 7), ([1, 2, 3, 4], 0.5, 2), ([5, 1, 3], 0.5, 3),
    (list(range(1, 11)), 0.9, 9), (list(range(1, 11)), 1.0, 10),
])
def test_percentile_is_a_value_someone_waited(values, fraction, expected):
    assert percentile(values, fraction) == expected


def test_summarise_waits_marks_median_and_p90():
    summary = summarise_waits([10.0] * 9 + [100.0])
    assert (summary.count, summary.median_seconds, summary.p90_seconds) == (10, 10.0, 10.0)


def test_per_hour_puts_each_conversation_in_its_hour_and_drops_older_ones():
    now = 100 * HOUR_MS
    counts = per_hour([now, now - 1, now - HOUR_MS - 1, now - 24 * HOUR_MS, now + 5], now)
    assert counts[-1] == 2 and counts[-2] == 1 and sum(counts) == 3
