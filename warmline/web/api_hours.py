"""Opening hours: everyone on staff reads them; supervisors set them (validated) or clear them."""

from __future__ import annotations

from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.continuity import load_hours
from warmline.core import hours as opening
from warmline.core.conversations import Role
from warmline.store import continuity
from warmline.web.auth import authenticate, read_json
from warmline.web.line import WebLine, line_of


async def _answer(line: WebLine) -> Response:
    zone = str(line.settings["WARMLINE_TIME_ZONE"])
    hours = load_hours(await line.store.run(continuity.opening_hours()), zone)
    now = datetime.now(UTC)
    opens = opening.next_opening(hours, now)
    return JSONResponse({
        "always_open": hours is None,
        "hours": hours.as_json() if hours else None,
        "open_now": opening.is_open(hours, now),
        "next_opening": opens.isoformat() if opens else None,
        "held_conversations": await line.store.run(continuity.held_count()),
    })


async def get_hours(request: Request) -> Response:
    await authenticate(request)
    return await _answer(line_of(request))


async def put_hours(request: Request) -> Response:
    """Replace the schedule: {"time_zone", "weekly": {"mon": [["09:00", "17:00"]], ...},
    "exceptions": [{"date": "2026-12-25", "hours": []}]}."""
    await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    hours = opening.parse_hours(await read_json(request, 65536), str(line.settings["WARMLINE_TIME_ZONE"]))
    await line.store.run(continuity.save_opening_hours(hours.as_json()))
    await line.refresh_rules()
    return await _answer(line)


async def delete_hours(request: Request) -> Response:
    """No schedule: the line is always open."""
    await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    await line.store.run(continuity.save_opening_hours(None))
    await line.refresh_rules()
    return await _answer(line)
