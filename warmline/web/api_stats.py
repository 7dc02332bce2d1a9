"""GET /api/stats: what the supervisors' dashboard charts (volume per hour, waits)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.core.conversations import Role
from warmline.core.stats import HOUR_MS, per_hour, summarise_waits
from warmline.store import routing, stats
from warmline.web.auth import authenticate
from warmline.web.line import line_of, now_ms

HOURS = 24


async def get_stats(request: Request) -> Response:
    await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    now = now_ms()
    since = now - HOURS * HOUR_MS
    created = await line.store.run(stats.created_since(since))
    waits = await line.store.run(routing.recent_waits(since))
    summary = summarise_waits(waits)
    active = 0
    working = await line.store.run(routing.on_shift())
    for username in working:
        holding = await line.store.run(routing.supporter_conversations(username))
        active += len(holding)
    return JSONResponse({
        "now": now,
        "per_hour": per_hour(created, now, HOURS),
        "waits_seconds": sorted(waits),
        "wait_median_seconds": summary.median_seconds,
        "wait_p90_seconds": summary.p90_seconds,
        "active": active,
    })
