"""A returning texter's offer to their last supporter has run out: route to everyone."""

from __future__ import annotations

from warmline.store import routing
from workers.context import context, now_ms


def offer_expired(conversation_id: str) -> int:
    """Route the waiting conversations again; answers how many were assigned."""
    ctx = context()
    return len(ctx.store.run(routing.assign_waiting(now_ms(), ctx.events_max)))
