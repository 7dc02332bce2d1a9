"""Paging up the ladder, and the timers that move an escalation when nobody answers."""

from __future__ import annotations

import json
import logging

from warmline.core import escalation as ladder
from warmline.store import escalations, people, routing, views
from workers.context import context, now_ms

log = logging.getLogger("warmline.escalation")


def page(escalation_id: str, rung_index: str | int) -> str:
    """Page rung `rung_index` if the escalation still needs it, and set the timer for the next."""
    ctx = context()
    store = ctx.store
    index = int(rung_index)
    claimed = store.run(escalations.move(escalation_id, "claim_rung", actor="ladder",
                                         now_ms=now_ms(), events_max=ctx.events_max,
                                         detail=str(index)))
    if claimed[0] != "claimed":
        return claimed[0]  # acknowledged, resolved, or another job paged this rung already
    escalation = store.run(escalations.escalation(escalation_id))
    on_call = store.run(escalations.on_call())
    supervisors = _supervisors_on_shift()
    step = ladder.rung(index, on_call, supervisors)
    if step is None:
        store.run(escalations.move(escalation_id, "unanswered", actor="ladder", now_ms=now_ms(),
                                   events_max=ctx.events_max,
                                   detail=json.dumps({"rungs": index})))
        log.error("escalation %s went unanswered to the end of the ladder", escalation_id)
        return "unanswered"
    paged = [name for name in step.usernames if _text_page(escalation, name)]
    store.run(escalations.move(escalation_id, "paged", actor="ladder", now_ms=now_ms(),
                               events_max=ctx.events_max, detail=json.dumps({
                                   "rung": index, "round": step.round, "paged": paged,
                                   "supervisors": step.supervisors,
                                   "without_phone": sorted(set(step.usernames) - set(paged))})))
    if not step.usernames:
        ctx.jobs.page(escalation_id, index + 1)  # nobody on this rung: climb at once
        return "empty rung"
    ctx.jobs.page(escalation_id, index + 1, after_seconds=_ack_timeout(escalation["level"]))
    return "paged"


def acknowledged(escalation_id: str) -> str:
    """Start the engagement timer after an acknowledgement."""
    ctx = context()
    ctx.jobs.check_engagement(escalation_id, ctx.settings.seconds("ESCALATION_ENGAGE"))
    return "watching"


def check_engagement(escalation_id: str) -> str:
    """Acknowledged but silent: page again, from the next rung."""
    ctx = context()
    moved = ctx.store.run(escalations.move(escalation_id, "not_engaged", actor="ladder",
                                           now_ms=now_ms(), events_max=ctx.events_max,
                                           detail=json.dumps({"reason": "no message or note"})))
    if moved[0] != "ok":
        return moved[1]
    ctx.jobs.page(escalation_id, int(moved[2]) + 1)
    return "paging again"


def _ack_timeout(level: str) -> float:
    settings = context().settings
    return settings.seconds("ESCALATION_L1_ACK" if level == "L1" else "ESCALATION_L2_ACK")


def _supervisors_on_shift() -> list[str]:
    store = context().store
    names = []
    for username in store.run(routing.on_shift()):
        if store.run(people.user(username)).get("role") == "supervisor":
            names.append(username)
    return names


def _text_page(escalation: dict[str, str], username: str) -> bool:
    """Text the page to `username`'s own phone; False if they have none."""
    ctx = context()
    user = ctx.store.run(people.user(username))
    if not user.get("phone") or user.get("active") != "1":
        return False
    conversation = ctx.store.run(views.conversations([escalation["conversation_id"]]))
    peer_engaged = bool(conversation and conversation[0].get("supporter"))
    body = ladder.page_text(
        ctx.texts.line_name, escalation["level"], escalation["code"],
        [s["family"] for s in json.loads(escalation.get("signals") or "[]")],
        peer_engaged, requested=escalation.get("trigger") == "supporter",
    )
    message_id = ctx.store.run(escalations.next_message_id())
    ctx.store.run_all(escalations.staff_text(message_id, username, body, escalation["id"],
                                             now_ms()))
    return True
