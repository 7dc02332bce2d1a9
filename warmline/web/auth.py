"""Console sessions: log in and out, who is calling, and CSRF protection.

Sessions live in Redis (any web process can serve any request, and logging out or
deactivating a user takes effect at once). State-changing requests must carry the session's
CSRF token in `X-CSRF-Token`; the cookie alone is not enough.
"""

from __future__ import annotations

import hmac
import json
import secrets
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.core.conversations import Role
from warmline.errors import BadInput, Forbidden, NotAuthenticated
from warmline.passwords import check_password
from warmline.store import people, routing
from warmline.users import User
from warmline.web.bodies import read_body
from warmline.web.line import line_of

COOKIE = "warmline_session"
CSRF_HEADER = "x-csrf-token"
_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
MAX_JSON_BYTES = 65536


async def read_json(request: Request, limit: int = MAX_JSON_BYTES) -> dict[str, Any]:
    """The JSON object in the body, or BadInput/TooLarge with the reason."""
    body = await read_body(request, content_type="application/json", limit=limit)
    try:
        value = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        raise BadInput("malformed JSON") from None
    if not isinstance(value, dict):
        raise BadInput("expected a JSON object")
    return value


def text_field(data: dict[str, Any], name: str, *, max_chars: int, required: bool = True) -> str:
    value = data.get(name, "" if not required else None)
    if not isinstance(value, str):
        raise BadInput(f"{name!r} must be a string")
    if required and not value.strip():
        raise BadInput(f"{name!r} is required")
    if len(value) > max_chars:
        raise BadInput(f"{name!r} is longer than {max_chars} characters")
    return value


async def authenticate(request: Request, *roles: Role) -> User:
    """The caller's user; 401 without a valid session, 403 for a role not in `roles`."""
    line = line_of(request)
    token = request.cookies.get(COOKIE, "")
    session = await line.store.run(people.session(token)) if token else {}
    if not session:
        raise NotAuthenticated("log in first")
    record = await line.store.run(people.user(session["username"]))
    if not record or record.get("active") != "1":
        raise NotAuthenticated("this account is not active")
    if request.method not in _SAFE_METHODS and not hmac.compare_digest(
        request.headers.get(CSRF_HEADER, ""), session.get("csrf", "")
    ):
        raise Forbidden("missing or wrong CSRF token")
    user = User.from_record(record)
    if roles and user.role not in roles:
        raise Forbidden(f"this needs the role {' or '.join(r.value for r in roles)}")
    request.state.user = user
    return user


async def log_in(request: Request) -> Response:
    line = line_of(request)
    data = await read_json(request, 4096)
    username = text_field(data, "username", max_chars=40).strip().lower()
    password = text_field(data, "password", max_chars=1024)
    record = await line.store.run(people.user(username))
    if not check_password(record.get("password_hash"), password) or record.get("active") != "1":
        raise NotAuthenticated("wrong username or password")
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    ttl = int(line.settings.seconds("SESSION"))
    await line.store.run_all(people.create_session(token, username, csrf, ttl))
    user = User.from_record(record)
    response = JSONResponse({"user": user.public(), "csrf_token": csrf})
    response.set_cookie(
        COOKIE, token, max_age=ttl, httponly=True, samesite="strict",
        secure=line.settings.public_url.startswith("https://"), path="/",
    )
    return response


async def log_out(request: Request) -> Response:
    await authenticate(request)
    line = line_of(request)
    await line.store.run(people.end_session(request.cookies[COOKIE]))
    response = Response(status_code=204)
    response.delete_cookie(COOKIE, path="/")
    return response


async def me(request: Request) -> Response:
    user = await authenticate(request)
    line = line_of(request)
    session = await line.store.run(people.session(request.cookies[COOKIE]))
    (shift,) = await line.store.run(routing.shift_states(user.username))
    return JSONResponse({
        "user": user.public(),
        "csrf_token": session.get("csrf", ""),
        "shift": {"status": shift.status, "capacity": shift.capacity, "load": shift.load},
    })
