"""Health, readiness and Prometheus metrics for the operator."""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Gauge, generate_latest
from redis.exceptions import RedisError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.store import keys
from warmline.web.line import line_of


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    try:
        await line_of(request).client.ping()
    except (RedisError, OSError):
        return JSONResponse({"status": "redis unreachable"}, status_code=503)
    return JSONResponse({"status": "ready"})


async def metrics(request: Request) -> Response:
    """The line's state as gauges, read from Redis, so every web process reports the same."""
    client = line_of(request).client
    registry = CollectorRegistry()
    gauges = {
        "waiting": (Gauge("warmline_conversations_waiting", "Conversations waiting",
                          registry=registry), client.zcard(keys.QUEUE)),
        "on_shift": (Gauge("warmline_supporters_on_shift", "Supporters on shift",
                           registry=registry), client.scard(keys.ON_SHIFT)),
        "available": (Gauge("warmline_supporters_with_room", "Available supporters with room",
                            registry=registry), client.zcard(keys.AVAILABLE)),
        "outbox": (Gauge("warmline_outbox_pending", "Outbound texts not yet final",
                         registry=registry), client.zcard(keys.OUTBOX)),
        "escalations": (Gauge("warmline_escalations_open", "Escalations not yet resolved",
                              registry=registry), client.zcard(keys.ESCALATIONS_OPEN)),
        "dispatch": (Gauge("warmline_dispatch_backlog", "Work owed to RQ not yet enqueued",
                           registry=registry), client.llen(keys.DISPATCH)),
        "events": (Gauge("warmline_events_retained", "Events kept for reconnecting consoles",
                         registry=registry), client.xlen(keys.EVENTS)),
    }
    try:
        for gauge, value in gauges.values():
            gauge.set(await value)
    except (RedisError, OSError):
        return Response("redis unreachable\n", status_code=503, media_type="text/plain")
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
