"""GET /api/stats: what the supervisors' dashboard charts (volume per hour, waits); and
GET /api/stats.csv: the same kind of numbers per clock hour, to take away."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.core.conversations import Role
from warmline.core.stats import HOUR_MS, HourRow, hourly_rows, per_hour, summarise_waits
from warmline.errors import BadInput
from warmline.store import routing, stats
from warmline.web.auth import authenticate
from warmline.web.line import line_of, now_ms

HOURS = 24
MAX_EXPORT_HOURS = 24 * 31
CSV_COLUMNS = ("hour_start_utc", "conversations", "waits", "wait_median_seconds",
               "wait_p90_seconds", "escalations")


async def get_stats(request: Request) -> Response:
    await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    now = now_ms()
    since = now - HOURS * HOUR_MS
    created = await line.store.run(stats.created_since(since))
    waits = await line.store.run(routing.recent_waits(since))
    summary = summarise_waits(waits)
    active = sum(state.load for state in await line.store.run(routing.shift_states()))
    return JSONResponse({
        "now": now,
        "per_hour": per_hour(created, now, HOURS),
        "waits_seconds": sorted(waits),
        "wait_median_seconds": summary.median_seconds,
        "wait_p90_seconds": summary.p90_seconds,
        "active": active,
    })


async def get_stats_csv(request: Request) -> Response:
    """Anonymous numbers only: no pseudonyms, numbers, names or message text ever reach it."""
    await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    raw_hours = request.query_params.get("hours", str(HOURS))
    if not raw_hours.isdigit() or not 1 <= int(raw_hours) <= MAX_EXPORT_HOURS:
        raise BadInput(f"'hours' must be a whole number from 1 to {MAX_EXPORT_HOURS}")
    hours = int(raw_hours)
    now = now_ms()
    since = (now // HOUR_MS - (hours - 1)) * HOUR_MS
    created, waits, escalated = await line.store.run_all([
        stats.created_since(since), stats.waits_since(since),
        stats.escalations_opened_since(since)])
    rows = hourly_rows(created, waits, escalated, now, hours)
    stamp = datetime.fromtimestamp(now / 1000, UTC).strftime("%Y%m%dT%H%MZ")
    return Response(_csv(rows), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="warmline-stats-{stamp}.csv"',
        "Cache-Control": "no-store"})


def _csv(rows: list[HourRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([
            datetime.fromtimestamp(row.start_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            row.conversations, row.waits, _seconds(row.wait_median_seconds),
            _seconds(row.wait_p90_seconds), row.escalations])
    return out.getvalue()


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"
