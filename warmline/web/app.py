"""The web app: the whole URL map, the middleware and the lifespan in one place."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from warmline.channel import WebhookVerifier
from warmline.core.texts import LineTexts
from warmline.settings import Settings, load_settings
from warmline.store import AsyncStore
from warmline.store.calls import connect_async
from warmline.web import (
    api,
    api_canned,
    api_escalations,
    api_hours,
    api_notes,
    api_stats,
    api_users,
    auth,
    devphone,
    health,
    openapi,
    pages,
    twilio_webhooks,
)
from warmline.web.errors import EXCEPTION_HANDLERS
from warmline.web.events import EventHub
from warmline.web.line import WebLine

ROUTES = [
    Route("/twilio/messages", twilio_webhooks.messages, methods=["POST"]),
    Route("/twilio/status", twilio_webhooks.status, methods=["POST"]),
    Route("/healthz", health.healthz),
    Route("/readyz", health.readyz),
    Route("/metrics", health.metrics),
    Route("/api/openapi.json", openapi.openapi),
    Route("/api/session", auth.log_in, methods=["POST"]),
    Route("/api/session", auth.log_out, methods=["DELETE"]),
    Route("/api/me", auth.me),
    Route("/api/shift", api.put_shift, methods=["PUT"]),
    Route("/api/conversations", api.list_conversations),
    Route("/api/conversations/{conversation_id}", api.get_conversation),
    Route("/api/conversations/{conversation_id}/messages", api.post_message, methods=["POST"]),
    Route("/api/conversations/{conversation_id}/transfer", api.transfer, methods=["POST"]),
    Route("/api/conversations/{conversation_id}/close", api.close, methods=["POST"]),
    Route("/api/queue", api.get_queue),
    Route("/api/events", api.events),
    Route("/console", pages.console),
    Route("/supervisor", pages.supervisor),
    Route("/dev/phone", devphone.page),
    Route("/dev/phone/send", devphone.send, methods=["POST"]),
    Route("/dev/phone/inbox", devphone.inbox),
    Route("/api/escalations", api_escalations.list_escalations),
    Route("/api/conversations/{conversation_id}/escalate", api_escalations.ask_for_clinician,
          methods=["POST"]),
    Route("/api/escalations/{escalation_id}/ack", api_escalations.acknowledge_escalation,
          methods=["POST"]),
    Route("/api/escalations/{escalation_id}/take", api_escalations.take_over, methods=["POST"]),
    Route("/api/escalations/{escalation_id}/resolve", api_escalations.resolve, methods=["POST"]),
    Route("/api/oncall", api_escalations.get_on_call),
    Route("/api/oncall", api_escalations.put_on_call, methods=["PUT"]),
    Route("/api/audit", api_escalations.get_audit),
    Route("/api/crisis-terms", api_escalations.list_terms),
    Route("/api/crisis-terms", api_escalations.add_term, methods=["POST"]),
    Route("/api/crisis-terms", api_escalations.remove_term, methods=["DELETE"]),
    Mount("/static", StaticFiles(directory=pages.STATIC_DIR), name="static"),
    # The console's extras: staff-only notes, history, canned responses, users, stats.
    Route("/api/conversations/{conversation_id}/notes", api_notes.post_note, methods=["POST"]),
    Route("/api/conversations/{conversation_id}/read", api_notes.mark_read, methods=["POST"]),
    Route("/api/conversations/{conversation_id}/history", api_notes.history),
    Route("/api/canned", api_canned.list_canned),
    Route("/api/canned", api_canned.add_canned, methods=["POST"]),
    Route("/api/canned/{canned_id}", api_canned.edit_canned, methods=["PUT"]),
    Route("/api/canned/{canned_id}", api_canned.remove_canned, methods=["DELETE"]),
    Route("/api/users", api_users.list_users),
    Route("/api/users", api_users.add_user, methods=["POST"]),
    Route("/api/users/{username}", api_users.update_user, methods=["PATCH"]),
    Route("/api/supporters", api_users.on_shift),
    Route("/api/stats", api_stats.get_stats),
    Route("/api/stats.csv", api_stats.get_stats_csv),
    # Continuity: opening hours (supervisors set them).
    Route("/api/hours", api_hours.get_hours),
    Route("/api/hours", api_hours.put_hours, methods=["PUT"]),
    Route("/api/hours", api_hours.delete_hours, methods=["DELETE"]),
]


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or load_settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        client = connect_async(settings.redis_url)
        hub = EventHub(connect_async(settings.redis_url))
        line = WebLine(
            settings=settings,
            client=client,
            store=AsyncStore(client),
            verifier=WebhookVerifier(settings),
            texts=LineTexts(str(settings["WARMLINE_LINE_NAME"])),
            events=hub,
        )
        line.start()
        # Everything loaded so far (modules, the screener's compiled rules) lives as long as the
        # process: keep it out of the collector's way, so full collections stay short.
        gc.collect()
        gc.freeze()
        try:
            yield {"line": line}
        finally:
            await line.close()
            await hub.client.aclose()

    return Starlette(routes=ROUTES, exception_handlers=EXCEPTION_HANDLERS, lifespan=lifespan)


def app_from_environment() -> Starlette:
    """Factory for `uvicorn --factory`."""
    return create_app()
