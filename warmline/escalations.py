"""Opening and acknowledging escalations from the web process (webhooks and the API).

Paging itself and the timers run in workers (`workers/escalation.py`); what is owed to them
travels on the dispatch list, written in the same transaction as the state it follows.
"""

from __future__ import annotations

import json
import time
from typing import Any

from warmline.core import escalation as ladder
from warmline.core.screening import Verdict
from warmline.core.screening_seam import PRIORITY_FOR_LEVEL
from warmline.core.texts import LineTexts
from warmline.errors import Conflict, NotFound
from warmline.store import AsyncStore, escalations, keys
from warmline.store.calls import command


def now_ms() -> int:
    return int(time.time() * 1000)


async def open_escalation(
    store: AsyncStore, *, conversation_id: str, verdict: Verdict, trigger: str, actor: str,
    texts: LineTexts, events_max: int,
) -> escalations.Opened:
    """Flag the conversation and page the on-call clinician (idempotent per conversation)."""
    level = verdict.level if verdict.crisis else ladder.level_for_request()
    for _ in range(20):  # a three-character code can be taken; draw again
        opened = await store.run(escalations.escalate(
            conversation_id=conversation_id, level=level.value,
            priority=PRIORITY_FOR_LEVEL[level],
            signals=[signal.to_json() for signal in verdict.signals], trigger=trigger,
            actor=actor, now_ms=now_ms(), events_max=events_max, code=ladder.new_code(),
            resources=texts.crisis_resources(),
        ))
        if opened.outcome == "error":
            raise NotFound("no such conversation")
        if opened.outcome != "retry":
            return opened
    raise Conflict("could not draw a free escalation code")


async def acknowledge(
    store: AsyncStore, escalation_id: str, username: str, *, via: str, events_max: int
) -> dict[str, str]:
    """Acknowledge for `username`; a worker then watches that they engage."""
    moved = await store.run(escalations.move(
        escalation_id, "ack", actor=username, now_ms=now_ms(), events_max=events_max,
        detail=json.dumps({"via": via}),
    ))
    if moved[0] == "error":
        raise NotFound("no such escalation")
    if moved[0] == "refused":
        raise Conflict(f"this escalation is already {moved[1]}")
    await store.run(command("RPUSH", keys.DISPATCH, f"acknowledged:{escalation_id}"))
    return await store.run(escalations.escalation(escalation_id))


async def acknowledge_by_text(
    store: AsyncStore, username: str, body: str, texts: LineTexts, events_max: int
) -> None:
    """A text from a staff phone: `ACK <code>` acknowledges; anything else gets a hint."""
    code = ladder.parse_ack(body)
    escalation_id = await store.run(escalations.escalation_for_code(code)) if code else None
    reply = texts.unknown_staff_text()
    if code and escalation_id:
        try:
            await acknowledge(store, escalation_id, username, via="sms", events_max=events_max)
            reply = texts.acknowledged(code)
        except Conflict:
            reply = f"{texts.line_name}: {code} was already handled."
    elif code:
        reply = f"{texts.line_name}: no open escalation has the code {code}."
    message_id = await store.run(escalations.next_message_id())
    await store.run_all(escalations.staff_text(message_id, username, reply, escalation_id or "",
                                               now_ms()))


def escalation_view(record: dict[str, str]) -> dict[str, Any]:
    view: dict[str, Any] = dict(record)
    view["signals"] = json.loads(record.get("signals") or "[]")
    for name in ("created_at", "acked_at", "engaged_at", "resolved_at", "paged_at", "rung",
                 "unanswered_at"):
        if name in view and str(view[name]).lstrip("-").isdigit():
            view[name] = int(view[name])
    return view
