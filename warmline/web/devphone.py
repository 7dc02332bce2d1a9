"""The dev phone: text the line from a browser when there is no Twilio (local channel only)."""

from __future__ import annotations

import secrets

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.channel import local_inbox_key
from warmline.core.numbers import parse_address
from warmline.errors import NotFound
from warmline.inbound import MAX_BODY_CHARS, InboundText, receive_text
from warmline.web.auth import read_json, text_field
from warmline.web.line import WebLine, line_of
from warmline.web.pages import render


def _local_only(line: WebLine) -> None:
    if line.settings.twilio_enabled:
        raise NotFound("the dev phone exists only on the local channel")


async def page(request: Request) -> Response:
    _local_only(line_of(request))
    return render(request, "devphone.html", {})


async def send(request: Request) -> Response:
    line = line_of(request)
    _local_only(line)
    data = await read_json(request, 8192)
    sender = parse_address(text_field(data, "from", max_chars=40))
    body = text_field(data, "body", max_chars=MAX_BODY_CHARS)
    text = InboundText(message_sid=f"LOCAL{secrets.token_hex(16)}", sender=sender, body=body)
    received = await receive_text(line.store, text, line.inbound_rules())
    if received.still_waiting:
        await line.tell_place_in_line(received.record.conversation_id)
    return JSONResponse({"ok": True}, status_code=201)


async def inbox(request: Request) -> Response:
    """Texts the line sent to the dev phone's number, oldest first."""
    line = line_of(request)
    _local_only(line)
    number = parse_address(request.query_params.get("number", "")).number
    raw = [str(item) for item in await line.client.lrange(local_inbox_key(number), 0, -1)]
    texts = [{"sid": item.split(":", 1)[0], "body": item.split(":", 1)[1]} for item in raw]
    return JSONResponse({"number": number, "texts": texts})


