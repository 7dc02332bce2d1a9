"""Staff accounts for supervisors (add, change role, reset password, deactivate), and who is
on shift for everyone (the names a conversation can be transferred to)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.core.conversations import Role, ShiftStatus
from warmline.errors import BadInput, Conflict, NotFound
from warmline.passwords import hash_password
from warmline.store import accounts, people, routing
from warmline.users import User, new_user_record, validate_username
from warmline.web.auth import authenticate, read_json, text_field
from warmline.web.line import line_of, now_ms


def _listed(record: dict[str, str]) -> dict[str, str | bool]:
    user = User.from_record(record)
    return {**user.public(), "phone": user.phone, "active": user.active}


async def list_users(request: Request) -> Response:
    await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    known = await line.store.run(people.usernames())
    names = sorted(known)
    records = await line.store.run_all(accounts.users(names)) if names else []
    return JSONResponse({"users": [_listed(r) for r in records if r.get("role")]})


async def add_user(request: Request) -> Response:
    await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    data = await read_json(request, 8192)
    record = new_user_record(
        text_field(data, "username", max_chars=40),
        text_field(data, "role", max_chars=20),
        text_field(data, "password", max_chars=1024),
        text_field(data, "display_name", max_chars=60, required=False),
        text_field(data, "phone", max_chars=40, required=False),
    )
    # HSETNX on the username field claims the name atomically, so two supervisors adding the
    # same name at once cannot overwrite each other.
    claimed = await line.store.run(accounts.claim_username(record["username"]))
    if not claimed:
        raise Conflict(f"user {record['username']!r} already exists")
    await line.store.run_all(people.save_user(record))
    return JSONResponse(_listed(record), status_code=201)


async def update_user(request: Request) -> Response:
    caller = await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    username = validate_username(request.path_params["username"])
    data = await read_json(request, 8192)
    changes: dict[str, str] = {}
    if "role" in data:
        try:
            changes["role"] = Role(data["role"]).value
        except (ValueError, TypeError):
            raise BadInput(f"role must be one of {', '.join(r.value for r in Role)}") from None
    if "display_name" in data:
        display = text_field(data, "display_name", max_chars=60).strip()
        changes["display_name"] = display
    if "password" in data:
        changes["password_hash"] = hash_password(text_field(data, "password", max_chars=1024))
    if "active" in data:
        if not isinstance(data["active"], bool):
            raise BadInput("'active' must be true or false")
        changes["active"] = "1" if data["active"] else "0"
    if not changes:
        raise BadInput("nothing to change: give role, display_name, password or active")
    if username == caller.username and (changes.get("active") == "0"
                                        or changes.get("role", "supervisor") != "supervisor"):
        raise BadInput("you cannot deactivate or demote yourself")
    if not await line.store.run(accounts.update_user(username, changes)):
        raise NotFound("no such user")
    if changes.get("active") == "0":
        # A deactivated supporter's conversations go back to the queue at once.
        now = now_ms()
        await line.store.run(routing.set_shift(username, ShiftStatus.OFF, 1, now,
                                               line.events_max))
        await line.store.run(routing.assign_waiting(now, line.events_max))
    return JSONResponse(_listed(await line.store.run(people.user(username))))


async def on_shift(request: Request) -> Response:
    """Supporters on shift with their status and load; any staff member may ask."""
    await authenticate(request)
    line = line_of(request)
    states = await line.store.run(routing.shift_states())
    names = [state.username for state in states]
    records = await line.store.run_all(accounts.users(names)) if names else []
    supporters = [{
        "username": state.username, "display_name": record.get("display_name") or state.username,
        "status": state.status, "capacity": state.capacity, "load": state.load,
        "has_room": state.has_room,
    } for state, record in zip(states, records, strict=True)]
    return JSONResponse({"supporters": supporters})
