"""Twilio's webhooks: inbound messages and delivery status callbacks."""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote_plus

from starlette.requests import Request
from starlette.responses import Response

from warmline.channel import EMPTY_TWIML, SIGNATURE_HEADER, SIGNATURE_SETTINGS_HEADER
from warmline.core.conversations import TWILIO_STATUSES
from warmline.core.numbers import parse_address
from warmline.errors import BadInput, Forbidden
from warmline.inbound import MAX_BODY_CHARS, InboundText, receive_text
from warmline.store import texting
from warmline.web.bodies import read_body
from warmline.web.line import WebLine, line_of, now_ms

log = logging.getLogger("warmline.webhooks")
_MESSAGE_SID = re.compile(r"^(SM|MM|SS)[0-9a-fA-F]{32}$|^LOCAL[0-9A-Za-z]{1,40}$")
_MAX_MEDIA = 10


async def read_form(request: Request, limit: int) -> dict[str, str]:
    """The url-encoded body as a dict, or BadInput/TooLarge. Refuses repeated fields."""
    body = await read_body(request, content_type="application/x-www-form-urlencoded", limit=limit)
    try:
        return parse_form(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadInput("form body is not UTF-8") from None


class TwilioForm(dict[str, str]):
    """Form fields, one value each. `getall` lets twilio's RequestValidator read the values
    without probing for a multi-dict by catching two AttributeErrors per field."""

    def getall(self, name: str) -> list[str]:
        return [self[name]]


def parse_form(text: str, max_fields: int = 200) -> TwilioForm:
    """Parse url-encoded `text` strictly: every field `name=value`, none repeated.

    Written out rather than `parse_qsl` because most of Twilio's values need no unquoting,
    and this runs on every inbound text.
    """
    form = TwilioForm()
    if not text:
        return form
    parts = text.split("&")
    if len(parts) > max_fields:
        raise BadInput("too many form fields")
    for part in parts:
        name, sep, value = part.partition("=")
        if not sep or not name:
            raise BadInput("malformed form body")
        if "%" in name or "+" in name:
            name = unquote_plus(name, errors="strict")
        if "%" in value or "+" in value:
            value = unquote_plus(value, errors="strict")
        if name in form:
            raise BadInput("a form field is repeated")
        form[name] = value
    return form


def _verify(line: WebLine, request: Request, form: dict[str, str]) -> None:
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if not line.verifier.verify(
        path, form, request.headers.get(SIGNATURE_HEADER, ""),
        request.headers.get(SIGNATURE_SETTINGS_HEADER, ""),
    ):
        raise Forbidden("missing or invalid Twilio signature")


def inbound_text(form: dict[str, str]) -> InboundText:
    """The message Twilio describes in `form`, validated."""
    sid = form.get("MessageSid") or form.get("SmsMessageSid") or ""
    if not _MESSAGE_SID.match(sid):
        raise BadInput("MessageSid missing or malformed")
    if "From" not in form:
        raise BadInput("From is missing")
    body = form.get("Body", "")
    if len(body) > MAX_BODY_CHARS:
        raise BadInput(f"Body longer than {MAX_BODY_CHARS} characters")
    try:
        media_count = int(form.get("NumMedia", "0") or "0")
    except ValueError:
        raise BadInput("NumMedia is not a number") from None
    if not 0 <= media_count <= _MAX_MEDIA:
        raise BadInput("NumMedia out of range")
    media = tuple(form[f"MediaUrl{i}"] for i in range(media_count) if f"MediaUrl{i}" in form)
    if any(not url.startswith("https://") for url in media):
        raise BadInput("media URLs must be https")
    return InboundText(
        message_sid=sid,
        sender=parse_address(form["From"]),
        body=body,
        media_urls=media,
        opt_out_type=form.get("OptOutType", ""),
    )


async def messages(request: Request) -> Response:
    line = line_of(request)
    form = await read_form(request, int(line.settings["WARMLINE_MAX_WEBHOOK_BYTES"]))
    _verify(line, request, form)
    text = inbound_text(form)
    received = await receive_text(line.store, text, line.inbound_rules())
    if received.still_waiting:
        await line.tell_place_in_line(received.record.conversation_id)
    return Response(EMPTY_TWIML, media_type="text/xml")


async def status(request: Request) -> Response:
    line = line_of(request)
    form = await read_form(request, int(line.settings["WARMLINE_MAX_WEBHOOK_BYTES"]))
    _verify(line, request, form)
    sid = form.get("MessageSid", "")
    if not _MESSAGE_SID.match(sid):
        raise BadInput("MessageSid missing or malformed")
    reported = TWILIO_STATUSES.get(form.get("MessageStatus", "").lower())
    if reported is None:
        raise BadInput("MessageStatus missing or unknown")
    message_id = await line.store.run(texting.message_id_for_sid(sid))
    if message_id is None:
        log.warning("status %s for a message we did not send: %s", reported.value, sid)
        return Response(status_code=204)
    error = form.get("ErrorCode", "")
    await line.store.run(texting.update_delivery(
        message_id=message_id, status=reported, now_ms=now_ms(), events_max=line.events_max,
        error=f"Twilio error {error}" if error else "",
    ))
    return Response(status_code=204)
