"""The closing texts after a conversation ends."""

from __future__ import annotations

from warmline.core.quiet_conversations import QUIET_CLOSER
from warmline.store import continuity, views
from workers.context import context, now_ms


def send_ending(conversation_id: str) -> str:
    """Text the closing message (and, after a supporter's ending, the survey and follow-up
    offer) once; answers what happened."""
    ctx = context()
    found = ctx.store.run(views.conversations([conversation_id]))
    if not found or found[0].get("status") != "closed":
        return "stale"
    quiet = found[0].get("closed_by") == QUIET_CLOSER
    result = ctx.store.run(continuity.send_ending(
        conversation_id, with_survey=not quiet,
        closing=ctx.texts.quiet_closing() if quiet else ctx.texts.closing(),
        survey=ctx.texts.survey_question(), now_ms=now_ms(), events_max=ctx.events_max,
    ))
    return str(result[0])
