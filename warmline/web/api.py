"""The JSON API the console uses; anything the console does, a script can do here."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from warmline.core.conversations import MAX_REPLY_CHARS, Role, ShiftStatus
from warmline.errors import BadInput, Conflict, Forbidden, NotFound
from warmline.store import escalations, keys, routing, texting, views
from warmline.users import User
from warmline.web import access
from warmline.web.api_escalations import mark_engaged
from warmline.web.auth import authenticate, read_json, text_field
from warmline.web.events import Event, event_stream
from warmline.web.line import line_of, now_ms

MAX_CAPACITY = 10
_REFUSALS = {
    "not_found": (NotFound, "no such conversation"),
    "not_owner": (Forbidden, "this conversation is not yours"),
    "closed": (Conflict, "this conversation has ended"),
    "opted_out": (Conflict, "the texter has opted out; nothing can be sent until they text START"),
    "no_room": (Conflict, "that supporter is not available or has no room"),
    "same_supporter": (BadInput, "the conversation is already with that supporter"),
}


def _refused(reason: str) -> Exception:
    kind, text = _REFUSALS.get(reason, (Conflict, reason))
    return kind(text)


def _is_supervisor(user: User) -> bool:
    return user.role is Role.SUPERVISOR


async def put_shift(request: Request) -> Response:
    user = await authenticate(request)
    line = line_of(request)
    data = await read_json(request)
    try:
        status = ShiftStatus(data.get("status"))
    except ValueError:
        raise BadInput("status must be available, away or off") from None
    capacity = data.get("capacity", 1)
    if isinstance(capacity, bool) or not isinstance(capacity, int):
        raise BadInput("capacity must be a whole number")
    if not 1 <= capacity <= MAX_CAPACITY:
        raise BadInput(f"capacity must be between 1 and {MAX_CAPACITY}")
    now = now_ms()
    returned = await line.store.run(
        routing.set_shift(user.username, status, capacity, now, line.events_max)
    )
    await line.store.run(routing.assign_waiting(now, line.events_max))
    (mine,) = await line.store.run(routing.shift_states(user.username))
    return JSONResponse({"status": status.value, "capacity": capacity, "load": mine.load,
                         "returned_to_queue": returned})


def _visible_to(user: User, conversation: dict[str, Any]) -> bool:
    return access.can_read(user, conversation)


async def _last_event_id(request: Request) -> str:
    newest = await line_of(request).client.xrevrange(keys.EVENTS, count=1)
    return str(newest[0][0]) if newest else "0-0"


async def list_conversations(request: Request) -> Response:
    user = await authenticate(request)
    line = line_of(request)
    event_id = await _last_event_id(request)
    if _is_supervisor(user):
        ids = await line.store.run(views.recent_conversation_ids(limit=200))
    else:
        ids = sorted(await line.store.run(routing.supporter_conversations(user.username)))
    found = await line.store.run(views.conversations(ids))
    status = request.query_params.get("status")
    if status:
        found = [c for c in found if c.get("status") == status]
    supporter = request.query_params.get("supporter")
    if supporter:
        found = [c for c in found if c.get("supporter") == supporter]
    return JSONResponse({"conversations": found, "event_id": event_id})


async def _conversation(request: Request, user: User) -> dict[str, Any]:
    line = line_of(request)
    conversation_id = request.path_params["conversation_id"]
    found = await line.store.run(views.conversations([conversation_id], with_messages=True))
    if not found or not _visible_to(user, found[0]):
        raise NotFound("no such conversation")
    return found[0]


async def get_conversation(request: Request) -> Response:
    user = await authenticate(request)
    conversation = await _conversation(request, user)
    conversation["event_id"] = await _last_event_id(request)
    return JSONResponse(conversation)


async def post_message(request: Request) -> Response:
    user = await authenticate(request)
    line = line_of(request)
    data = await read_json(request)
    body = text_field(data, "body", max_chars=MAX_REPLY_CHARS).strip()
    conversation = await _conversation(request, user)
    try:
        message_id = await line.store.run(texting.create_outbound(
            conversation_id=conversation["id"], body=body, author=user.username, kind="reply",
            now_ms=now_ms(), events_max=line.events_max,
            owner=user.username if access.writes_as_owner(user, conversation) else "",
        ))
    except texting.OutboundRefused as refused:
        raise _refused("not_found" if refused.reason == "not_owner" else refused.reason) from None
    await mark_engaged(line, user, conversation)
    return JSONResponse({"id": message_id, "status": "pending"}, status_code=201)


async def transfer(request: Request) -> Response:
    user = await authenticate(request)
    line = line_of(request)
    data = await read_json(request)
    target = data.get("to", "queue")
    if not isinstance(target, str) or not target:
        raise BadInput("'to' must be 'queue' or a supporter's username")
    action = "queue" if target == "queue" else "transfer"
    await _release(request, user, action, target=target if action == "transfer" else "")
    await line.store.run(routing.assign_waiting(now_ms(), line.events_max))
    return JSONResponse({"ok": True, "to": target})


async def close(request: Request) -> Response:
    user = await authenticate(request)
    line = line_of(request)
    data = await read_json(request)
    outcome = text_field(data, "outcome", max_chars=80, required=False)
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) and len(t) <= 40 for t in tags):
        raise BadInput("'tags' must be a list of short strings")
    if len(tags) > 20:
        raise BadInput("at most 20 tags")
    wrapup = json.dumps({"outcome": outcome, "tags": tags})
    await _release(request, user, "close", wrapup=wrapup)
    await line.store.run(routing.assign_waiting(now_ms(), line.events_max))
    return JSONResponse({"ok": True})


async def _release(
    request: Request, user: User, action: str, *, target: str = "", wrapup: str = ""
) -> None:
    line = line_of(request)
    try:
        await line.store.run(routing.release(
            request.path_params["conversation_id"], action,
            owner="" if _is_supervisor(user) else user.username, target=target,
            actor=user.username, now_ms=now_ms(), events_max=line.events_max, wrapup=wrapup,
        ))
    except routing.ReleaseRefused as refused:
        raise _refused("not_found" if refused.reason == "not_owner" else refused.reason) from None


async def get_queue(request: Request) -> Response:
    await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    waiting = await line.store.run(routing.waiting())
    conversations = await line.store.run(views.conversations([cid for cid, _ in waiting]))
    now = now_ms()
    by_priority: dict[str, int] = {}
    for conversation in conversations:
        by_priority[conversation["priority"]] = by_priority.get(conversation["priority"], 0) + 1
    supporters = [{"username": s.username, "status": s.status, "capacity": s.capacity,
                   "load": s.load} for s in await line.store.run(routing.shift_states())]
    return JSONResponse({
        "waiting": [{"id": c["id"], "pseudonym": c["pseudonym"], "priority": c["priority"],
                     "waiting_ms": now - c["queued_at"]} for c in conversations],
        "by_priority": by_priority,
        "longest_wait_ms": max((now - c["queued_at"] for c in conversations), default=0),
        "supporters": supporters,
    })


async def events(request: Request) -> Response:
    user = await authenticate(request)
    line = line_of(request)
    last_event_id = request.headers.get("last-event-id") or request.query_params.get(
        "last_event_id", "")
    if last_event_id and not _valid_stream_id(last_event_id):
        raise BadInput("Last-Event-ID is not an event id")

    flagged: set[str] = set()
    if user.role is Role.CLINICIAN:
        for record in await line.store.run_all(
            [escalations.escalation(i) for i in await line.store.run(
                escalations.open_escalation_ids())]
        ):
            flagged.add(record.get("conversation_id", ""))

    def visible(event: Event) -> bool:
        if _is_supervisor(user) or event.supporter == user.username:
            return True
        if user.role is not Role.CLINICIAN:
            return False
        if event.type == "escalation.opened":
            flagged.add(event.conversation)
        return event.type.startswith("escalation.") or event.conversation in flagged

    return StreamingResponse(
        event_stream(line.events, last_event_id, visible,
                     float(line.settings.seconds("SSE_PING"))),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _valid_stream_id(value: str) -> bool:
    millis, _, sequence = value.partition("-")
    return millis.isdigit() and (sequence == "" or sequence.isdigit()) and len(value) < 45
