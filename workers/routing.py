"""Jobs that follow routing: the supporter's intro and the texter's place in line."""

from __future__ import annotations

import json
import time

from warmline.core import queue as queue_rules
from warmline.store import keys, people, routing, texting, views
from warmline.store.calls import command
from workers.context import context, now_ms


def introduce_supporter(conversation_id: str, supporter: str) -> str:
    """Text the texter who is now with them, if that is still true."""
    ctx = context()
    found = ctx.store.run(views.conversations([conversation_id]))
    if not found or found[0].get("status") != "active" or found[0].get("supporter") != supporter:
        return "stale"
    user = ctx.store.run(people.user(supporter))
    name = (user.get("display_name") or supporter).split()[0]
    try:
        message_id = ctx.store.run(texting.create_outbound(
            conversation_id=conversation_id, body=ctx.texts.supporter_intro(name), author="line",
            kind="intro", now_ms=now_ms(), events_max=ctx.events_max,
        ))
    except texting.OutboundRefused as refused:
        return refused.reason
    ctx.jobs.send_text(message_id)
    return message_id


def tell_place_in_line(conversation_id: str) -> str:
    """Tell a waiting texter their place and a rough wait, when that is news to them."""
    ctx = context()
    position = ctx.store.run(routing.queue_position(conversation_id))
    if position is None:
        return "not waiting"
    sample_since = now_ms() - int(ctx.settings.seconds("WAIT_SAMPLE") * 1000)
    waits = ctx.store.run(routing.recent_waits(sample_since))
    on_shift = len(ctx.store.run(routing.on_shift()))
    minutes = queue_rules.estimate_wait_minutes(position, waits, on_shift)
    notice_key = keys.queue_notice(conversation_id)
    # One job at a time decides for a conversation, so two racing here text the person once.
    if not ctx.store.run(command("SET", f"{notice_key}:deciding", "1", "NX", "PX", 10_000)):
        return "raced"
    raw: str | None = ctx.store.run(command("GET", notice_key))
    previous = queue_rules.QueueNotice(**json.loads(raw)) if raw else None
    now = time.time()
    if not queue_rules.notice_due(previous, position, minutes, now,
                                  ctx.settings.seconds("QUEUE_UPDATE")):
        ctx.store.run(command("DEL", f"{notice_key}:deciding"))
        return "not due"
    notice = queue_rules.QueueNotice(position=position, wait_minutes=minutes, told_at=now)
    ctx.store.run(command("SET", notice_key, json.dumps(notice.__dict__), "EX", 7 * 24 * 3600))
    ctx.store.run(command("DEL", f"{notice_key}:deciding"))
    try:
        message_id = ctx.store.run(texting.create_outbound(
            conversation_id=conversation_id, body=ctx.texts.place_in_line(position, minutes),
            author="line", kind="place_in_line", now_ms=now_ms(), events_max=ctx.events_max,
        ))
    except texting.OutboundRefused as refused:
        return refused.reason
    ctx.jobs.send_text(message_id)
    return message_id
