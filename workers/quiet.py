"""Housekeeping for continuity: quiet conversations, and held conversations at opening time."""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from warmline.continuity import load_hours
from warmline.core import hours as opening
from warmline.core.conversations import ShiftStatus
from warmline.core.quiet_conversations import (
    QUIET_CLOSER,
    ConversationClock,
    QuietRules,
    Step,
    next_step,
    session_guidance,
)
from warmline.store import continuity, routing, texting, views
from workers.context import WorkerContext, context, now_ms

log = logging.getLogger("warmline.quiet")
_CHUNK = 200


def rules_from(ctx: WorkerContext) -> QuietRules:
    def ms(what: str) -> int:
        return int(ctx.settings.seconds(what) * 1000)

    return QuietRules(check_after=ms("QUIET_CHECK"), close_after=ms("QUIET_CLOSE"),
                      nudge_after=ms("SUPPORTER_NUDGE"), requeue_after=ms("SUPPORTER_REQUEUE"),
                      session_guide_after=ms("SESSION_GUIDE"))


def sweep(at_ms: int | None = None) -> dict[str, int]:
    """Look at every conversation a supporter holds and take the one step each one needs."""
    ctx = context()
    now = at_ms if at_ms is not None else now_ms()
    rules = rules_from(ctx)
    ids: set[str] = set()
    for username in ctx.store.run(routing.on_shift()):
        ids |= ctx.store.run(routing.supporter_conversations(username))
    ordered = sorted(ids)
    done: Counter[str] = Counter()
    for start in range(0, len(ordered), _CHUNK):
        for conversation in ctx.store.run(views.conversations(ordered[start:start + _CHUNK])):
            if conversation.get("status") != "active":
                continue
            clock = _clock(conversation)
            step = next_step(clock, rules, now)
            if step is not Step.NOTHING and _take(ctx, step, conversation, clock, now):
                done[step.value] += 1
    if done[Step.CLOSE.value] or done[Step.REQUEUE.value]:
        ctx.store.run(routing.assign_waiting(now_ms(), ctx.events_max))
    return dict(done)


def release_held(at_ms: int | None = None) -> int:
    """At opening time, queue what was kept after hours (and contact-limit holds now due)."""
    ctx = context()
    now = at_ms if at_ms is not None else now_ms()
    ids = ctx.store.run(continuity.held())
    if not ids:
        return 0
    hours = load_hours(ctx.store.run(continuity.opening_hours()),
                       str(ctx.settings["WARMLINE_TIME_ZONE"]))
    if not opening.is_open(hours, datetime.fromtimestamp(now / 1000, UTC)):
        return 0
    due = [c["id"] for c in ctx.store.run(views.conversations(ids))
           if c.get("status") != "held" or c.get("held_reason") != "contact_limit"
           or _int(c.get("held_until")) <= now]
    if not due:
        return 0
    released = ctx.store.run(continuity.release_held(due, now, ctx.events_max))
    if released:
        log.info("queued %d conversations held until opening", len(released))
        ctx.store.run(routing.assign_waiting(now_ms(), ctx.events_max))
    return len(released)


def _take(ctx: WorkerContext, step: Step, conversation: dict[str, Any],
          clock: ConversationClock, now: int) -> bool:
    conversation_id, supporter = conversation["id"], conversation.get("supporter", "")
    if step is Step.CHECK_ON_TEXTER:
        if not ctx.store.run(continuity.mark_once(conversation_id, "quiet_check_for",
                                                  clock.last_reply_at)):
            return False
        try:
            ctx.store.run(texting.create_outbound(
                conversation_id=conversation_id, body=ctx.texts.quiet_check(), author="line",
                kind="quiet_check", now_ms=now_ms(), events_max=ctx.events_max))
        except texting.OutboundRefused:
            return False
        return True
    if step is Step.CLOSE:
        return _release(ctx, conversation_id, "close", supporter,
                        wrapup=json.dumps({"outcome": "closed after silence", "tags": []}))
    if step is Step.NUDGE_SUPPORTER:
        owed = clock.reply_owed_since
        if not ctx.store.run(continuity.mark_once(conversation_id, "nudged_for", owed)):
            return False
        ctx.store.run(continuity.event("conversation.nudged", conversation_id, supporter, {
            "id": conversation_id, "supporter": supporter, "waiting_ms": now - owed,
            "message": "This texter is waiting for your reply."}, ctx.events_max))
        return True
    if step is Step.REQUEUE:
        if not _release(ctx, conversation_id, "queue", supporter):
            return False
        # Like a missed call: the supporter is set away, so the conversation does not come
        # straight back to them, and the console tells them why.
        shift = ctx.store.run(routing.shift(supporter))
        ctx.store.run(routing.set_shift(supporter, ShiftStatus.AWAY,
                                        int(shift.get("capacity") or 1), now_ms(),
                                        ctx.events_max))
        ctx.store.run(continuity.event("supporter.set_away", conversation_id, supporter, {
            "id": conversation_id, "supporter": supporter,
            "message": "A conversation went back to the queue after waiting unanswered; you "
                       "are set to away. Set yourself available when you're ready."},
            ctx.events_max))
        return True
    if step is Step.GUIDE_SESSION:
        if not ctx.store.run(continuity.mark_once(conversation_id, "session_guided", "1")):
            return False
        minutes = max(1, (now - clock.assigned_at) // 60000)
        ctx.store.run(continuity.event("conversation.session_guide", conversation_id, supporter, {
            "id": conversation_id, "message": session_guidance(minutes)}, ctx.events_max))
        return True
    return False


def _release(ctx: WorkerContext, conversation_id: str, action: str, supporter: str,
             wrapup: str = "") -> bool:
    try:
        ctx.store.run(routing.release(conversation_id, action, owner=supporter,
                                      actor=QUIET_CLOSER, now_ms=now_ms(),
                                      events_max=ctx.events_max, wrapup=wrapup))
    except routing.ReleaseRefused:
        return False  # it moved on meanwhile
    return True


def _clock(conversation: dict[str, Any]) -> ConversationClock:
    return ConversationClock(
        assigned_at=_int(conversation.get("assigned_at")),
        last_texter_at=_int(conversation.get("last_message_at")),
        last_reply_at=_int(conversation.get("last_reply_at")),
        owed_since=_int(conversation.get("owed_since")),
        checked_for=_int(conversation.get("quiet_check_for")),
        nudged_for=_int(conversation.get("nudged_for")),
        guided=conversation.get("session_guided") == "1",
        priority=str(conversation.get("priority") or "normal"),
    )


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
