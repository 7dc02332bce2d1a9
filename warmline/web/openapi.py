"""The JSON API's description, served at /api/openapi.json."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response


def _op(
    summary: str,
    *,
    body: dict[str, Any] | None = None,
    auth: bool = True,
    responses: dict[str, str] | None = None,
) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "summary": summary,
        "responses": {
            "200": {"description": "OK"},
            **{k: {"description": v} for k, v in (responses or {}).items()},
        },
    }
    if auth:
        operation["security"] = [{"session": []}]
        operation["responses"]["401"] = {"description": "not logged in"}
    if body is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object", "properties": body}}},
        }
        operation["responses"]["400"] = {"description": "malformed body, with a reason"}
    return operation


_ID = {"name": "conversation_id", "in": "path", "required": True, "schema": {"type": "string"}}
_STRING = {"type": "string"}

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "warmline",
        "version": "1",
        "description": "State-changing calls need the session cookie and X-CSRF-Token.",
    },
    "components": {
        "securitySchemes": {
            "session": {"type": "apiKey", "in": "cookie", "name": "warmline_session"}
        }
    },
    "paths": {
        "/api/session": {
            "post": _op(
                "Log in; sets the session cookie and returns the CSRF token",
                body={"username": _STRING, "password": _STRING},
                auth=False,
            ),
            "delete": _op("Log out"),
        },
        "/api/me": {"get": _op("The caller, their CSRF token and shift")},
        "/api/shift": {
            "put": _op(
                "Set shift status and capacity",
                body={
                    "status": {"enum": ["available", "away", "off"]},
                    "capacity": {"type": "integer"},
                },
            )
        },
        "/api/conversations": {
            "get": {
                **_op("My conversations (supervisors: all), with the current event id"),
                "parameters": [
                    {"name": "status", "in": "query", "schema": _STRING},
                    {"name": "supporter", "in": "query", "schema": _STRING},
                ],
            }
        },
        "/api/conversations/{conversation_id}": {
            "get": {
                **_op("One conversation with its messages", responses={"404": "not found"}),
                "parameters": [_ID],
            }
        },
        "/api/conversations/{conversation_id}/messages": {
            "post": {
                **_op(
                    "Send a text to the texter",
                    body={"body": _STRING},
                    responses={"201": "created", "409": "ended or opted out"},
                ),
                "parameters": [_ID],
            }
        },
        "/api/conversations/{conversation_id}/transfer": {
            "post": {
                **_op(
                    "Return to the queue (to='queue') or hand to a supporter on shift",
                    body={"to": _STRING},
                    responses={"409": "no room"},
                ),
                "parameters": [_ID],
            }
        },
        "/api/conversations/{conversation_id}/close": {
            "post": {
                **_op(
                    "End with a wrap-up",
                    body={"outcome": _STRING, "tags": {"type": "array", "items": _STRING}},
                ),
                "parameters": [_ID],
            }
        },
        "/api/queue": {
            "get": _op(
                "Waiting conversations and supporters (supervisors)",
                responses={"403": "not a supervisor"},
            )
        },
        "/api/events": {
            "get": {
                **_op("Server-Sent Events; resume with the Last-Event-ID header"),
                "parameters": [{"name": "Last-Event-ID", "in": "header", "schema": _STRING}],
            }
        },
    },
}


_CANNED_ID = {"name": "canned_id", "in": "path", "required": True, "schema": _STRING}
_USERNAME = {"name": "username", "in": "path", "required": True, "schema": _STRING}
SPEC["paths"].update(
    {
        "/api/conversations/{conversation_id}/notes": {
            "post": {
                **_op(
                    "Add a staff-only note (kind 'note') or a supervisor's whisper (kind 'whisper');"
                    " never sent to the texter",
                    body={"body": _STRING, "kind": {"enum": ["note", "whisper"]}},
                    responses={
                        "201": "created",
                        "403": "whisper by a non-supervisor",
                        "404": "not found",
                    },
                ),
                "parameters": [_ID],
            }
        },
        "/api/conversations/{conversation_id}/read": {
            "post": {
                **_op(
                    "The conversation's own supporter has read it: unread goes to 0",
                    responses={"403": "supervisors read silently", "404": "not found"},
                ),
                "parameters": [_ID],
            }
        },
        "/api/conversations/{conversation_id}/history": {
            "get": {
                **_op(
                    "The same texter's earlier conversations: dates, wrap-ups, notes",
                    responses={"404": "not found"},
                ),
                "parameters": [_ID],
            }
        },
        "/api/canned": {
            "get": _op("Canned responses"),
            "post": _op(
                "Add a canned response (supervisors)",
                body={"title": _STRING, "body": _STRING},
                responses={"201": "created", "403": "not a supervisor"},
            ),
        },
        "/api/canned/{canned_id}": {
            "put": {
                **_op(
                    "Edit a canned response (supervisors)",
                    body={"title": _STRING, "body": _STRING},
                    responses={"404": "not found"},
                ),
                "parameters": [_CANNED_ID],
            },
            "delete": {
                **_op(
                    "Remove a canned response (supervisors)",
                    responses={"204": "removed", "404": "not found"},
                ),
                "parameters": [_CANNED_ID],
            },
        },
        "/api/users": {
            "get": _op("Staff accounts (supervisors)", responses={"403": "not a supervisor"}),
            "post": _op(
                "Add a staff account (supervisors)",
                body={
                    "username": _STRING,
                    "role": {"enum": ["supporter", "supervisor", "clinician"]},
                    "password": _STRING,
                    "display_name": _STRING,
                    "phone": _STRING,
                },
                responses={"201": "created", "409": "username taken"},
            ),
        },
        "/api/users/{username}": {
            "patch": {
                **_op(
                    "Change role, display name or password, or (de)activate (supervisors)",
                    body={
                        "role": _STRING,
                        "display_name": _STRING,
                        "password": _STRING,
                        "active": {"type": "boolean"},
                    },
                    responses={"404": "no such user"},
                ),
                "parameters": [_USERNAME],
            }
        },
        "/api/supporters": {"get": _op("Supporters on shift with status and load")},
        "/api/hours": {
            "get": _op("Opening hours, whether the line is open now, and when it next opens"),
            "put": _op(
                "Set the weekly schedule and dated exceptions (supervisors)",
                body={
                    "time_zone": _STRING,
                    "weekly": {"type": "object", "description": 'mon..sun: [["09:00", "17:00"]]'},
                    "exceptions": {
                        "type": "array",
                        "description": '[{"date": "YYYY-MM-DD", "hours": []}]',
                    },
                },
                responses={"403": "not a supervisor"},
            ),
            "delete": _op(
                "Clear the schedule: always open (supervisors)",
                responses={"403": "not a supervisor"},
            ),
        },
        "/api/stats": {
            "get": _op(
                "Conversations per hour (24 h) and waits to first reply",
                responses={"403": "not a supervisor"},
            )
        },
        "/api/stats.csv": {
            "get": {
                **_op(
                    "Anonymous statistics as CSV, one row per clock hour (UTC): conversations, "
                    "waits, median and 90th-percentile wait in seconds, escalations opened. "
                    "No pseudonyms, numbers or message text (supervisors)",
                    responses={"400": "bad 'hours'", "403": "not a supervisor"},
                ),
                "parameters": [{"name": "hours", "in": "query", "required": False,
                                "schema": {"type": "integer", "minimum": 1, "maximum": 744},
                                "description": "how many hours back, ending with this one "
                                               "(default 24)"}],
            }
        },
    }
)

_ESCALATION = {"name": "escalation_id", "in": "path", "required": True, "schema": _STRING}
_STAFF_ONLY = {"403": "not a clinician or supervisor"}
SPEC["paths"].update(
    {
        "/api/escalations": {"get": _op("Open escalations (supporters: on their conversations)")},
        "/api/conversations/{conversation_id}/escalate": {
            "post": {
                **_op(
                    "Ask for a clinician: opens an L2 escalation and pages the on-call clinician",
                    responses={"201": "opened (or already open)", "409": "conversation ended"},
                ),
                "parameters": [_ID],
            }
        },
        "/api/escalations/{escalation_id}/ack": {
            "post": {
                **_op("Acknowledge a page", responses={**_STAFF_ONLY, "409": "already handled"}),
                "parameters": [_ESCALATION],
            }
        },
        "/api/escalations/{escalation_id}/take": {
            "post": {
                **_op("Take the conversation over (clinicians)", responses=_STAFF_ONLY),
                "parameters": [_ESCALATION],
            }
        },
        "/api/escalations/{escalation_id}/resolve": {
            "post": {
                **_op(
                    "Resolve with an outcome",
                    body={"outcome": _STRING},
                    responses={**_STAFF_ONLY, "409": "already resolved"},
                ),
                "parameters": [_ESCALATION],
            }
        },
        "/api/oncall": {
            "get": _op("The on-call order: clinicians paged first to last"),
            "put": _op(
                "Set the on-call order (supervisors)",
                body={"order": {"type": "array", "items": _STRING}},
                responses={"403": "not a supervisor"},
            ),
        },
        "/api/audit": {
            "get": _op(
                "The audit log, newest first (supervisors)", responses={"403": "not a supervisor"}
            )
        },
        "/api/crisis-terms": {
            "get": _op("Crisis terms added by supervisors", responses=_STAFF_ONLY),
            "post": _op(
                "Add a crisis term (supervisors)",
                body={"phrase": _STRING, "family": _STRING, "level": {"enum": ["L1", "L2"]}},
                responses={"201": "added", "403": "not a supervisor"},
            ),
            "delete": _op(
                "Remove a crisis term (supervisors)",
                body={"phrase": _STRING},
                responses={"204": "removed", "404": "no such term"},
            ),
        },
    }
)


async def openapi(request: Request) -> Response:
    return JSONResponse(SPEC)
