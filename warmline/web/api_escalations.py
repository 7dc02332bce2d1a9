"""Escalations in the API: ask for a clinician, acknowledge, take over, resolve; the on-call
order, supervisor-defined crisis terms and the audit log."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.core import escalation as ladder
from warmline.core.conversations import Role
from warmline.core.screening import CustomTerm, Level, Verdict
from warmline.errors import BadInput, Conflict, NotFound
from warmline.escalations import acknowledge, escalation_view, open_escalation
from warmline.store import crisis_terms, escalations, people, routing, views
from warmline.users import User
from warmline.web import access
from warmline.web.auth import authenticate, read_json, text_field
from warmline.web.line import WebLine, line_of, now_ms

STAFF = (Role.CLINICIAN, Role.SUPERVISOR)
FAMILIES = ("ideation_explicit", "ideation_implicit", "method", "means", "place", "plan_time",
            "farewell", "preparation", "self_harm", "attempt_in_progress", "danger",
            "third_party", "coded_slang")


async def mark_engaged(line: WebLine, user: User, conversation: dict[str, Any]) -> None:
    """A clinician's message or note in an escalated conversation counts as engaging."""
    escalation_id = conversation.get("escalation")
    if user.role is Role.CLINICIAN and escalation_id:
        await line.store.run(escalations.move(
            escalation_id, "engaged", actor=user.username, now_ms=now_ms(),
            events_max=line.events_max, detail=json.dumps({"by": user.username})))


async def _escalation(request: Request) -> dict[str, str]:
    record = await line_of(request).store.run(
        escalations.escalation(request.path_params["escalation_id"]))
    if not record:
        raise NotFound("no such escalation")
    return record


async def list_escalations(request: Request) -> Response:
    """Open escalations, newest last; supporters see those on their own conversations."""
    user = await authenticate(request)
    line = line_of(request)
    ids = await line.store.run(escalations.open_escalation_ids())
    records = await line.store.run_all([escalations.escalation(i) for i in ids]) if ids else []
    found = [escalation_view(r) for r in records if r]
    if user.role is Role.SUPPORTER:
        mine = await line.store.run(routing.supporter_conversations(user.username))
        found = [e for e in found if e["conversation_id"] in mine]
    on_call = await line.store.run(escalations.on_call()) if found else []
    for view in found:
        view["paged"] = _paged(view, on_call)
    return JSONResponse({"escalations": found})


def _paged(view: dict[str, Any], on_call: list[str]) -> dict[str, Any]:
    """Who the current rung pages, read against today's on-call order, for the console."""
    index = int(view.get("rung", -1))
    step = ladder.rung(index, on_call, ()) if index >= 0 else None
    if step is None:
        return {"clinicians": [], "supervisors": False, "round": 0}
    return {"clinicians": list(step.usernames) if not step.supervisors else [],
            "supervisors": step.supervisors, "round": step.round + 1}


async def ask_for_clinician(request: Request) -> Response:
    user = await authenticate(request)
    line = line_of(request)
    found = await line.store.run(views.conversations([request.path_params["conversation_id"]]))
    if not found or not access.can_read(user, found[0]):
        raise NotFound("no such conversation")
    if found[0]["status"] == "closed":
        raise Conflict("this conversation has ended")
    opened = await open_escalation(
        line.store, conversation_id=found[0]["id"], verdict=Verdict(Level.NONE),
        trigger="supporter", actor=user.username, texts=line.texts, events_max=line.events_max)
    return JSONResponse({"escalation_id": opened.escalation_id, "code": opened.code,
                         "already_open": opened.outcome == "existing"}, status_code=201)


async def acknowledge_escalation(request: Request) -> Response:
    user = await authenticate(request, *STAFF)
    line = line_of(request)
    record = await _escalation(request)
    updated = await acknowledge(line.store, record["id"], user.username, via="console",
                                events_max=line.events_max)
    return JSONResponse(escalation_view(updated))


async def take_over(request: Request) -> Response:
    """The clinician becomes the conversation's owner (no capacity limit applies)."""
    user = await authenticate(request, Role.CLINICIAN)
    line = line_of(request)
    record = await _escalation(request)
    try:
        await line.store.run(routing.release(
            record["conversation_id"], "takeover", owner="", target=user.username,
            actor=user.username, now_ms=now_ms(), events_max=line.events_max))
    except routing.ReleaseRefused as refused:
        if refused.reason != "same_supporter":
            raise Conflict(f"cannot take over: {refused.reason.replace('_', ' ')}") from None
    if record.get("status") == "paging":
        await acknowledge(line.store, record["id"], user.username, via="takeover",
                          events_max=line.events_max)
    await line.store.run(escalations.move(
        record["id"], "engaged", actor=user.username, now_ms=now_ms(),
        events_max=line.events_max, detail=json.dumps({"by": user.username, "took_over": True})))
    return JSONResponse({"ok": True, "conversation_id": record["conversation_id"]})


async def resolve(request: Request) -> Response:
    user = await authenticate(request, *STAFF)
    line = line_of(request)
    data = await read_json(request)
    outcome = text_field(data, "outcome", max_chars=200).strip()
    record = await _escalation(request)
    moved = await line.store.run(escalations.move(
        record["id"], "resolve", actor=user.username, now_ms=now_ms(),
        events_max=line.events_max, detail=outcome))
    if moved[0] == "refused":
        raise Conflict("this escalation is already resolved")
    return JSONResponse(escalation_view(await line.store.run(
        escalations.escalation(record["id"]))))


async def get_on_call(request: Request) -> Response:
    await authenticate(request)
    return JSONResponse({"order": await line_of(request).store.run(escalations.on_call())})


async def put_on_call(request: Request) -> Response:
    user = await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    data = await read_json(request)
    order = data.get("order")
    if not isinstance(order, list) or not all(isinstance(n, str) for n in order):
        raise BadInput("'order' must be a list of usernames")
    if len(order) != len(set(order)) or len(order) > 20:
        raise BadInput("'order' must name each clinician once (at most 20)")
    for name in order:
        record = await line.store.run(people.user(name))
        if record.get("role") != "clinician" or record.get("active") != "1":
            raise BadInput(f"{name!r} is not an active clinician")
        if not record.get("phone"):
            raise BadInput(f"{name!r} has no phone to be paged on")
    await line.store.run_all(escalations.set_on_call(order) + [escalations.audit(
        "oncall.changed", actor=user.username, now_ms=now_ms(), detail={"order": order})])
    return JSONResponse({"order": order})


async def get_audit(request: Request) -> Response:
    await authenticate(request, Role.SUPERVISOR)
    entries = await line_of(request).store.run(escalations.audit_entries())
    for entry in entries:
        detail = entry.get("detail", "")
        if detail.startswith(("{", "[")):
            entry["detail"] = json.loads(detail)
    return JSONResponse({"entries": entries})


async def list_terms(request: Request) -> Response:
    await authenticate(request, *STAFF)
    terms = await line_of(request).store.run(crisis_terms.terms())
    return JSONResponse({"terms": [{"phrase": t.phrase, "family": t.family,
                                    "level": t.level.value} for t in terms]})


async def add_term(request: Request) -> Response:
    user = await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    data = await read_json(request)
    phrase = " ".join(text_field(data, "phrase", max_chars=80).lower().split())
    if len(phrase) < 3:
        raise BadInput("'phrase' must have at least 3 characters")
    family = data.get("family", "coded_slang")
    if family not in FAMILIES:
        raise BadInput(f"'family' must be one of {', '.join(FAMILIES)}")
    if data.get("level", "L2") not in ("L1", "L2"):
        raise BadInput("'level' must be L1 or L2")
    term = CustomTerm(phrase=phrase, family=family, level=Level(data.get("level", "L2")))
    await line.store.run_all(crisis_terms.add(term) + [escalations.audit(
        "crisis_term.added", actor=user.username, now_ms=now_ms(),
        detail={"phrase": phrase, "family": family, "level": term.level.value})])
    await line.refresh_rules()
    return JSONResponse({"phrase": phrase, "family": family, "level": term.level.value},
                        status_code=201)


async def remove_term(request: Request) -> Response:
    user = await authenticate(request, Role.SUPERVISOR)
    line = line_of(request)
    data = await read_json(request)
    phrase = " ".join(text_field(data, "phrase", max_chars=80).lower().split())
    removed = await line.store.run_all(crisis_terms.remove(phrase) + [escalations.audit(
        "crisis_term.removed", actor=user.username, now_ms=now_ms(),
        detail={"phrase": phrase})])
    if not removed[0]:
        raise NotFound("no such term")
    await line.refresh_rules()
    return Response(status_code=204)
