"""Canned responses: everyone on staff reads them; supervisors add, edit and remove them."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.core.conversations import MAX_REPLY_CHARS, Role
from warmline.errors import Conflict, NotFound
from warmline.store import canned
from warmline.web.auth import authenticate, read_json, text_field
from warmline.web.line import line_of, now_ms

MAX_TITLE_CHARS = 60
MAX_CANNED = 200


def _fields(data: dict[str, Any]) -> tuple[str, str]:
    title = text_field(data, "title", max_chars=MAX_TITLE_CHARS).strip()
    body = text_field(data, "body", max_chars=MAX_REPLY_CHARS).strip()
    return title, body


async def list_canned(request: Request) -> Response:
    await authenticate(request)
    return JSONResponse({"canned": await line_of(request).store.run(canned.all_canned())})


async def add_canned(request: Request) -> Response:
    user = await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    title, body = _fields(await read_json(request))
    existing = await line.store.run(canned.all_canned())
    if len(existing) >= MAX_CANNED:
        raise Conflict(f"at most {MAX_CANNED} canned responses; remove one first")
    record = {"id": await line.store.run(canned.next_id()), "title": title, "body": body,
              "updated_by": user.username, "updated_at": now_ms()}
    await line.store.run(canned.add(record))
    return JSONResponse(record, status_code=201)


async def edit_canned(request: Request) -> Response:
    user = await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    title, body = _fields(await read_json(request))
    record = {"id": request.path_params["canned_id"], "title": title, "body": body,
              "updated_by": user.username, "updated_at": now_ms()}
    if not await line.store.run(canned.update(record)):
        raise NotFound("no such canned response")
    return JSONResponse(record)


async def remove_canned(request: Request) -> Response:
    await authenticate(request, Role.SUPERVISOR)
    if not await line_of(request).store.run(canned.remove(request.path_params["canned_id"])):
        raise NotFound("no such canned response")
    return Response(status_code=204)
