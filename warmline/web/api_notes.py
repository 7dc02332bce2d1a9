"""Staff-only parts of a conversation: private notes, supervisors' whispers, the read marker,
and a returning texter's earlier conversations. None of it ever reaches the texter."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.core.conversations import Role
from warmline.errors import BadInput, Forbidden, NotFound
from warmline.store import notes, views
from warmline.users import User
from warmline.web import access
from warmline.web.api_escalations import mark_engaged
from warmline.web.auth import authenticate, read_json, text_field
from warmline.web.line import line_of, now_ms

MAX_NOTE_CHARS = 2000
NOTE_KINDS = ("note", "whisper")
HISTORY_LIMIT = 20


async def visible_conversation(request: Request, user: User, *,
                               with_messages: bool = False) -> dict[str, Any]:
    """The conversation in the path if `user` may see it; 404 otherwise (not 403, so a
    supporter cannot probe which ids exist)."""
    found = await line_of(request).store.run(views.conversations(
        [request.path_params["conversation_id"]], with_messages=with_messages))
    if not found:
        raise NotFound("no such conversation")
    if not access.can_read(user, found[0]):
        raise NotFound("no such conversation")
    return found[0]


async def post_note(request: Request) -> Response:
    user = await authenticate(request)
    line = line_of(request)
    data = await read_json(request)
    body = text_field(data, "body", max_chars=MAX_NOTE_CHARS).strip()
    kind = data.get("kind", "note")
    if kind not in NOTE_KINDS:
        raise BadInput("'kind' must be 'note' or 'whisper'")
    if kind == "whisper" and user.role is not Role.SUPERVISOR:
        raise Forbidden("only supervisors whisper")
    conversation = await visible_conversation(request, user)
    try:
        note_id = await line.store.run(notes.add_note(
            conversation_id=conversation["id"],
            owner=user.username if access.writes_as_owner(user, conversation) else "",
            author=user.username, kind=kind, body=body, now_ms=now_ms(),
            events_max=line.events_max,
        ))
    except notes.NoteRefused:
        raise NotFound("no such conversation") from None
    await mark_engaged(line, user, conversation)
    return JSONResponse({"id": note_id, "kind": kind}, status_code=201)


async def mark_read(request: Request) -> Response:
    """Only the conversation's supporter can mark it read; a supervisor reading is silent."""
    user = await authenticate(request, Role.SUPPORTER, Role.CLINICIAN)
    line = line_of(request)
    try:
        await line.store.run(notes.mark_read(request.path_params["conversation_id"],
                                             user.username, line.events_max))
    except notes.NoteRefused:
        raise NotFound("no such conversation") from None
    return JSONResponse({"ok": True})


def _earlier(conversation: dict[str, Any]) -> dict[str, Any]:
    staff_notes = [
        {"kind": m.get("kind"), "author": m.get("author"), "body": m.get("body"),
         "created_at": m.get("created_at")}
        for m in conversation.get("messages", []) if m.get("direction") == "note"
    ]
    return {
        "id": conversation["id"], "status": conversation.get("status"),
        "created_at": conversation.get("created_at"), "closed_at": conversation.get("closed_at"),
        "supporter": conversation.get("supporter", ""), "wrapup": conversation.get("wrapup") or {},
        "notes": staff_notes,
    }


async def history(request: Request) -> Response:
    """A returning texter's earlier conversations, found by texter id (never by number)."""
    user = await authenticate(request)
    line = line_of(request)
    conversation = await visible_conversation(request, user)
    ids = await line.store.run(views.texter_conversation_ids(conversation["texter_id"]))
    earlier = [cid for cid in ids if cid != conversation["id"]][-HISTORY_LIMIT:]
    found = await line.store.run(views.conversations(earlier, with_messages=True))
    found.sort(key=lambda c: c.get("created_at", 0), reverse=True)
    return JSONResponse({"pseudonym": conversation.get("pseudonym", ""),
                         "conversations": [_earlier(c) for c in found]})
